# The workbench: the lesson, editor, search and history screens (src/tui/screens/{lesson,editor,search,history}) with their keymap sections.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## A tela da lição (src/tui/screens/lesson)

tui-section-lesson = Lição
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
tui-lesson-whole-lesson = { $code } trata da lição inteira: { $message }

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
tui-search-nothing = Nada encontrado. As palavras casam pelo início; tente menos palavras.
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

tui-section-history = Histórico
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
        [undo] desfeita
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

tui-section-editor = Editor
tui-editor-brief = Briefing
tui-editor-curriculum = Currículo
tui-editor-lesson = Lição { $id }
tui-editor-title = { $slug } · { $text }
tui-editor-title-unsaved = { $slug } · { $text } *
