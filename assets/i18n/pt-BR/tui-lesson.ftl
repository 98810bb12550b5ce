# The workbench: the lesson, editor, search and history screens (src/tui/screens/{lesson,editor,search,history}) with their keymap sections.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## A tela da lição (src/tui/screens/lesson)

tui-lesson-text-title = { " " }{ $id } · { $n ->
        [one] { $n } linha
       *[other] { $n } linhas
    }{ " " }
tui-lesson-text-title-wrapped = { " " }{ $id } · { $n ->
        [one] { $n } linha
       *[other] { $n } linhas
    } · quebra{ " " }
tui-lesson-words-minutes = { " " }· { $words } pal. ~{ $minutes } min
tui-lesson-scores = { " " }Notas{ " " }
tui-lesson-issues = { " " }Problemas ({ $n }){ " " }
tui-lesson-no-issues = Nenhum problema: esta lição está aprovada.
tui-lesson-at-line = { " " }· linha { $line }
tui-lesson-status-draft = ◌ rascunho offline
tui-lesson-status-unscored = ? sem nota
tui-lesson-status-planned = · planejada
tui-lesson-no-issues-notice = esta lição não tem problemas
tui-lesson-whole-lesson = { $code } vale para a lição inteira: { $message }

## [lesson]

key-lesson-open-issue = ir às linhas do problema selecionado
    .hint = ir ao problema
key-lesson-next-issue = próximo problema no texto
    .hint = próximo problema
key-lesson-previous-issue = problema anterior no texto
key-lesson-wrap = quebrar linhas longas (liga/desliga)
    .hint = quebra
key-lesson-switch-pane = alternar entre o texto e os problemas
    .hint = painel
key-lesson-focus-left = focar o texto
key-lesson-focus-right = focar a lista de problemas
key-lesson-down = rolar para baixo (ou próximo problema)
key-lesson-up = rolar para cima (ou problema anterior)
key-lesson-page-down = rolar uma página para baixo
key-lesson-page-up = rolar uma página para cima
key-lesson-top = início da lição
key-lesson-bottom = fim da lição
key-lesson-edit-lesson = editar esta lição
    .hint = editar
key-lesson-history = histórico desta lição: revisões, diffs, restauração

## A tela de busca (src/tui/screens/search)

tui-section-search = Busca
tui-search-title = { " " }Busca{ " " }
tui-search-results-title = { " " }Resultados{ " " }
tui-search-prompt = digite palavras para buscar em todas as lições e cursos
tui-search-searching = buscando…
tui-search-results-more = { $n }+ resultados
tui-search-results = { $n ->
        [0] nenhum resultado
        [one] { $n } resultado
       *[other] { $n } resultados
    }
tui-search-failed = A busca falhou: { $error }
tui-search-failed-notice = a busca falhou: { $error }
tui-search-nothing = Nada encontrado. As palavras são buscadas pelo início; tente menos palavras.
tui-search-in-lesson = { $slug } · lição { $id }
tui-search-in-brief = { $slug } · briefing
tui-search-in-course = { $slug } · curso

## [search]

key-search-open = abrir a lição no trecho encontrado (ou o curso)
    .hint = abrir
key-search-down = próximo resultado
key-search-up = resultado anterior
key-search-page-down = dez resultados abaixo
key-search-page-up = dez resultados acima
key-search-clear = limpar a busca

## A tela de histórico (src/tui/screens/history)

tui-history-title = Histórico · { $text }
tui-history-brief = Briefing
tui-history-curriculum = Currículo
tui-history-lesson = Lição { $id }
tui-history-count = { " " }· { $n ->
        [0] nenhuma revisão
        [one] { $n } revisão
       *[other] { $n } revisões
    }
tui-history-tab = { "  " }Tab: próximo texto
tui-history-didatica = Didática{ " " }
tui-history-revisions = { " " }Revisões (mais novas primeiro){ " " }
tui-history-loading = Carregando o histórico…
tui-history-load-failed = Não foi possível carregar o histórico: { $error }
tui-history-empty = Nenhuma revisão ainda: este texto nunca foi salvo.
tui-history-is-current = esta revisão é o texto atual; escolha uma mais antiga para restaurar
tui-history-draft = { " " }rascunho
tui-history-source = { $source ->
        [imported] importada
        [reimported] reimportada
        [edited] editada
        [cli-set] via CLI
        [external-editor] $EDITOR
        [generated] gerada
        [restored] restaurada
        [undo] desfazer
        [migrated] migrada
        [merged] mesclada
       *[other] { $source }
    }
tui-history-age-now = agora
tui-history-age-months = { $n } mes.
tui-history-restore-title = { " " }Restaurar revisão{ " " }
tui-history-restore-the = Restaurar a revisão{ " " }
tui-history-restore-of = { " " }{ $kind ->
        [brief] do briefing
        [curriculum] do currículo
       *[lesson] da lição { $id }
    }?
tui-history-restore-becomes = O texto dela vira o texto atual, como uma nova revisão.
tui-history-restore-stays = O texto atual continua no histórico; `u` no curso desfaz.
tui-history-restore-yes = { " " }restaurar ·{ " " }
tui-history-restore-no = { " " }cancelar
tui-history-diff = { " " }Diff { $title }{ " " }
tui-history-diff-previous = { " " }Diff com a revisão anterior{ " " }
tui-history-diff-current = { " " }Diff com o texto atual{ " " }
tui-history-diff-nothing = nada
tui-history-diff-current-text = texto atual
tui-history-diff-keys = { " " }Esc fecha · PgDn/PgUp rolam{ " " }
tui-history-diff-failed = Não foi possível comparar: { $error }
tui-history-diff-computing = Calculando o diff…
tui-history-no-difference = Nenhuma diferença: os dois textos são iguais.

## [history]

key-history-diff-previous = diff por palavra da revisão selecionada com a anterior a ela
    .hint = diff
key-history-diff-current = diff por palavra da revisão selecionada com o texto atual
    .hint = diff atual
key-history-restore = restaurar a revisão selecionada (pergunta antes; cria uma nova revisão, `u` desfaz)
    .hint = restaurar
key-history-close = fechar o diff (ou sair do histórico)
key-history-next-target = próximo texto do curso: lição, briefing, currículo
key-history-down = próxima revisão (mais antiga)
key-history-up = revisão anterior (mais nova)
key-history-top = revisão mais nova
key-history-bottom = revisão mais antiga
key-history-scroll-down = rolar o diff para baixo
key-history-scroll-up = rolar o diff para cima

## Os editores (src/tui/screens/editor): briefing, currículo, lição

tui-editor-brief = Briefing
tui-editor-curriculum = Currículo
tui-editor-lesson = Lição { $id }
tui-editor-title = { $slug } · { $text }
tui-editor-title-unsaved = { $slug } · { $text } *
tui-editor-key-undo = desfazer (uma colagem é um passo só)
tui-editor-key-redo = refazer
tui-editor-key-new-line = nova linha
tui-editor-key-replace = localizar e substituir: Enter a próxima, Ctrl-a todas (com a contagem)
tui-editor-key-word = palavra à esquerda / à direita
tui-editor-key-line = início / fim da linha
tui-editor-still-saving = ainda salvando; só um momento
tui-editor-save-before-approving = salve o currículo (Ctrl-s) antes de aprovar
tui-editor-find-empty = digite primeiro o que procurar
tui-editor-not-found = “{ $text }” não encontrado
tui-editor-replaced-one = 1 substituído · { $left ->
        [0] nenhum restante
        [one] { $left } restante
       *[other] { $left } restantes
    }
tui-editor-replaced = { $n ->
        [one] { $n } substituído
       *[other] { $n } substituídos
    }
tui-editor-draft-write-failed = não foi possível gravar o rascunho: { $error }
tui-editor-draft-keep-failed = não foi possível guardar o rascunho: { $error }
tui-editor-took-theirs = o texto salvo foi adotado; o seu fica guardado no histórico (H)
tui-editor-keep-mine-failed = não foi possível guardar o seu texto no histórico: { $error }
tui-editor-external-loaded = texto do editor externo carregado (não salvo; Ctrl-s salva)
tui-editor-external-unchanged = nada mudou no editor externo
tui-editor-external-failed = editor externo: { $error }
tui-editor-approved = currículo aprovado; { $n ->
        [0] nenhuma lição planejada criada
        [one] { $n } lição planejada criada
       *[other] { $n } lições planejadas criadas
    }
tui-editor-not-saved = não salvo: { $error }
tui-editor-not-saved-changed = não salvo: o texto salvo mudou ({ $by })
tui-editor-discard-failed = não foi possível descartar o rascunho: { $error }
tui-editor-discarded = alterações descartadas
tui-editor-merge-mine = meu
tui-editor-merge-theirs = salvo
tui-editor-merged = mesclado sem sobreposições; confira e Ctrl-s salva
tui-editor-merged-overlaps = { $n ->
        [one] { $n } alteração sobreposta
       *[other] { $n } alterações sobrepostas
    } entre <<<<<<< e >>>>>>>; edite e depois Ctrl-s
tui-editor-approve-word = sim
tui-editor-loading = carregando…
tui-editor-search = Buscar:{ " " }
tui-editor-search-keys = { "  " }Enter/↓ próximo · ↑ anterior · Esc fecha
tui-editor-find = Localizar:{ " " }
tui-editor-replace-with = { "  " }Substituir por:{ " " }
tui-editor-replace-keys = { "  " }Tab · Enter próximo · Ctrl-a todos · Esc
tui-editor-panel = { " " }Painel{ " " }
tui-editor-analysing = analisando…
tui-editor-completeness = Completude { $percent }%
tui-editor-section-missing = { $number } (ausente)
tui-editor-preview-label = { $label ->
        [title] título
        [slug] slug
        [tags] tags
        [ICP] ICP
        [objectives] objetivos
        [voice] voz
       *[other] { $label }
    }:{ " " }
tui-editor-yaml-error = ✗ YAML linha { $line }, col. { $column }
tui-editor-saves-once-parsed = Ctrl-s salva quando o YAML for válido
tui-editor-parses = ✓ válido · { $n ->
        [0] nenhum achado
        [one] { $n } achado
       *[other] { $n } achados
    }
tui-editor-untitled = (sem título)
tui-editor-bloom-jump = Salto de Bloom { $from ->
        [remember] lembrar
        [understand] entender
        [apply] aplicar
        [analyze] analisar
        [evaluate] avaliar
        [create] criar
       *[other] { $from }
    } → { $to ->
        [remember] lembrar
        [understand] entender
        [apply] aplicar
        [analyze] analisar
        [evaluate] avaliar
        [create] criar
       *[other] { $to }
    } ({ $from_lesson } → { $to_lesson })
tui-editor-bloom-starts-high = { $id } começa acima de aplicar
tui-editor-bloom-ends-lower = o último módulo chega a um nível mais baixo que o primeiro
tui-editor-status-passed = aprovada
tui-editor-status-warning = aviso
tui-editor-status-failed = reprovada
tui-editor-draft-title = { " " }Rascunho não salvo encontrado{ " " }
tui-editor-draft-found = Um rascunho gravado há { $seconds } s difere do texto salvo (+{ $added } −{ $removed } linhas).
tui-editor-draft-keys = r restaurar · d descartá-lo · Esc decidir depois
tui-editor-unsaved-title = { " " }Alterações não salvas{ " " }
tui-editor-unsaved-question = Sair com alterações não salvas?
tui-editor-unsaved-keys = s salvar · d descartar · c/Esc cancelar
tui-editor-conflict-title = { " " }O texto salvo mudou{ " " }
tui-editor-conflict-text = O texto salvo mudou desde que você o abriu ({ $by }). Nada foi salvo.
tui-editor-conflict-keep = k manter o meu (salvo por cima; o deles fica no histórico)
tui-editor-conflict-take = t adotar o deles (o seu fica no histórico) · m abrir uma mesclagem · Esc voltar
tui-editor-approve-title = { " " }Aprovar currículo{ " " }
tui-editor-approve-size = { $lessons ->
        [one] { $lessons } lição
       *[other] { $lessons } lições
    } em { $modules ->
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $minutes } min
tui-editor-approve-estimate = Estimativa: { $estimate }
tui-editor-approve-create = { $n ->
        [0] Nenhuma lição planejada será criada
        [one] { $n } lição planejada será criada
       *[other] { $n } lições planejadas serão criadas
    }; nenhum texto de lição é substituído
tui-editor-approve-tab = Tab mostra o prompt da primeira lição, com a persona
tui-editor-approve-type = Digite sim e Enter para aprovar (Esc cancela):{ " " }
tui-editor-prompt-none = O currículo não lista nenhuma lição: não há prompt para mostrar.
tui-editor-prompt-persona = A persona do curso está no prompt de sistema abaixo, uma vez (INSTRUCTOR VOICE PROFILE).
tui-editor-prompt-no-persona = Sem persona: o curso não tem nenhuma atribuída (p no curso escolhe uma).
tui-editor-prompt-system = PROMPT DE SISTEMA · lição { $id }
tui-editor-prompt-user = PROMPT
tui-editor-prompt-title = { " " }Prompt da primeira lição{ " " }
tui-editor-prompt-keys = { " " }↑↓ PgUp/PgDn rolam · Tab volta ao resumo · Esc cancela{ " " }

## [editor]

key-editor-save = salvar (texto, campos lidos ou notas, e uma versão)
    .hint = salvar
key-editor-leave = sair (pergunta salvar / descartar / cancelar se houver algo não salvo)
    .hint = sair
key-editor-switch-pane = alternar entre o texto e o painel lateral
    .hint = painel
key-editor-jump = ir à seção do briefing selecionada
key-editor-approve = aprovar o currículo (mostra lições, custo e tempo); Ctrl-a também enquanto digita, A a partir do painel
key-editor-down = próxima seção no painel
key-editor-up = seção anterior no painel
key-editor-external-editor = editar no $VISUAL/$EDITOR (E quando o painel tem o foco); as alterações voltam não salvas
    .hint = $EDITOR
key-editor-search = buscar no texto enquanto digita (Enter/↓ próximo, ↑ anterior, Esc fecha)
    .hint = buscar
key-editor-replace = localizar e substituir (Tab alterna os campos, Enter substitui o próximo, Ctrl-a todos, com a contagem; Esc fecha)
tui-editor-conflict-another = por outro programa
tui-editor-conflict-by = { $source }, em { $when }
tui-editor-saved-brief = briefing salvo (versão { $version }, { $percent }% completo)
tui-editor-saved-curriculum = currículo salvo (versão { $version }, { $lessons ->
        [one] { $lessons } lição
       *[other] { $lessons } lições
    })
tui-editor-saved-lesson = lição { $id } salva: { $status ->
        [passed] aprovada
        [warning] com aviso
        [failed] reprovada
       *[other] { $status }
    }

# As linhas de comentário no alto do esqueleto de um currículo novo (parte do texto do autor).
tui-editor-skeleton-header = # Esqueleto do currículo feito a partir do roteiro do briefing (§3.3); nada é salvo até o Ctrl-s.
    # Revise títulos, durações e níveis de Bloom, acrescente objetivos e conceitos-chave e depois aprove.
