# The workbench: the course screen (src/tui/screens/course) and the jobs panel and generation dialogs (src/tui/screens/jobs), with the [course] keymap section.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## The course screen: its help and palette section, header


tui-course-loading = Carregando { $slug }…
tui-course-load-error = Não foi possível carregar { $slug }: { $error }
tui-course-conflicts = { $n ->
        [one] { $n } conflito de sync
       *[other] { $n } conflitos de sync
    } · K
tui-course-messages = { $n ->
        [one] { $n } mensagem
       *[other] { $n } mensagens
    } · m
tui-course-voice = voz: { $persona }
tui-course-lessons = { $n ->
        [0] { $n } lições
        [one] { $n } lição
       *[other] { $n } lições
    }
tui-course-gps-avg = média GPS { $avg }
tui-course-didatica-avg = média Didática { $avg }
tui-course-pass-rate = aprovação { $rate }{ " " }
tui-course-drafts = { " " }◌{ $n ->
        [one] { $n } rascunho offline
       *[other] { $n } rascunhos offline
    }
tui-course-planned = { " " }· { $n ->
        [one] { $n } planejada
       *[other] { $n } planejadas
    }
tui-course-checking = verificando o curso…
tui-course-brief-complete = briefing { $percent }% completo
tui-course-no-brief = sem briefing
tui-course-bloom-logical = Bloom ✓ lógico
tui-course-bloom-minor = Bloom ! saltos leves
tui-course-bloom-illogical = Bloom ✗ ilógico
tui-course-bloom-unknown = Bloom –
tui-course-gate-pass = critério ✓ APROVADO
tui-course-gate-fail = critério ✗ REPROVADO (GPS { $gps }%, DL { $dl }%)
tui-course-files-match = currículo = arquivos
tui-course-planned-only = { $n ->
        [one] { $n } só planejada (sem arquivo)
       *[other] { $n } só planejadas (sem arquivo)
    }

## The curriculum tree and the lesson summary

tui-course-tree = { " " }Currículo{ " " }
tui-course-tree-failing = { " " }Currículo · só reprovadas{ " " }
tui-course-no-failing = Nenhuma lição reprovada. f mostra todas as lições.
tui-course-no-lessons = Este curso ainda não tem lições. c escrever o currículo · C gerá-lo a partir do briefing · i importar uma pasta (na biblioteca)
tui-course-module = Módulo { $n }
tui-course-not-in-curriculum = Fora do currículo
tui-course-other-lessons = Outras lições
tui-course-cell-planned = plan.
tui-course-summary = { " " }Lição{ " " }
tui-course-select = Selecione uma lição.
tui-course-planned-no-content = Planejada no currículo; ainda sem conteúdo.
tui-course-not-scored-yet = Ainda não avaliada.
tui-course-passes-at = { " " }(aprova com 70)
tui-course-words = { $words } palavras · ~{ $minutes } min de leitura
tui-course-no-issues = Nenhum problema.
tui-course-top-issues = Principais problemas ({ $n })
tui-course-more-issues = … mais { $n }: Enter abre a lição

## A lesson's status, its editorial status (full, and in the tree's 5-column cell) and its
## Bloom level (glossary: lembrar … criar; the short form fills a 3-column cell).

tui-course-status-passed = ✓ aprovada
tui-course-status-warning = ! aviso
tui-course-status-failed = ✗ reprovada
tui-course-status-planned = · planejada
tui-course-status-draft = ◌ rascunho offline
tui-course-status-not-scored = ? não avaliada
tui-course-editorial-draft = rascunho
tui-course-editorial-reviewed = revisada
tui-course-editorial-published = publicada
tui-course-editorial-archived = arquivada
tui-course-editorial-cell-draft = rasc.
tui-course-editorial-cell-reviewed = rev.
tui-course-editorial-cell-published = publ.
tui-course-editorial-cell-archived = arq.
tui-course-bloom-remember = Lembrar
tui-course-bloom-understand = Entender
tui-course-bloom-apply = Aplicar
tui-course-bloom-analyze = Analisar
tui-course-bloom-evaluate = Avaliar
tui-course-bloom-create = Criar

## The course screen's notifications

tui-course-cannot-load = não foi possível carregar o curso { $slug }: { $error }
tui-course-none-failing = nenhuma lição reprovada neste curso
tui-course-planned-lesson = a lição { $id } está planejada no currículo, mas ainda não tem conteúdo

## [course]

key-course-open = abrir a lição
    .hint = abrir lição
key-course-failing-only = mostrar só as lições reprovadas / todas as lições
    .hint = só reprovadas
key-course-switch-pane = alternar entre a árvore e o resumo
    .hint = painel
key-course-focus-left = focar a árvore do currículo
key-course-focus-right = focar o resumo da lição
key-course-down = próxima lição (ou rolar o resumo)
key-course-up = lição anterior (ou rolar o resumo)
key-course-page-down = dez lições abaixo
key-course-page-up = dez lições acima
key-course-top = primeira lição (g gera aqui)
key-course-bottom = última lição
key-course-edit-brief = editar o briefing do curso
    .hint = briefing
key-course-edit-curriculum = editar (e aprovar) o currículo
    .hint = currículo
key-course-edit-lesson = editar a lição selecionada (planejadas também)
    .hint = editar
key-course-review = lições reprovadas agrupadas por problema
    .hint = revisão
key-course-generate-all = gerar todas as lições planejadas (pergunta antes: quantidade, provedor, custo)
key-course-regenerate = gerar de novo a lição selecionada (instrução de uma linha opcional)
key-course-regenerate-failing = gerar de novo todas as lições reprovadas (pergunta antes)
key-course-cancel-job = cancelar a geração selecionada (as lições salvas ficam)
key-course-cancel-all-jobs = cancelar todas as gerações em andamento
key-course-generate-curriculum = gerar o currículo a partir do briefing (pergunta antes; o anterior fica como versão)
key-course-generate-research = gerar os quatro relatórios de pesquisa de mercado a partir do briefing (pergunta antes)
key-course-history = histórico da lição selecionada (Tab lá: briefing, currículo)
key-course-undo = desfazer a última ação em lote do curso (geração, reimportação, restauração, arquivamento)
key-course-messages = o que a última importação, validação e verificação disseram sobre o curso
    .hint = mensagens
key-course-personas = escolher a persona em cuja voz o curso é escrito
key-course-conflicts = o que o sync não conseguiu mesclar neste curso: manter o meu, manter o deles ou mesclar no editor
key-course-analytics = análise deste curso: distribuição das notas, elementos mais fracos, módulos, códigos de problema, tendências

## The jobs panel (J): runs of this session, then the recorded jobs

tui-jobs-title = { " " }Jobs de geração · total { $cost }{ " " }
tui-jobs-empty = Nenhuma geração ainda. Em um curso: g gera as lições planejadas, r gera de novo a selecionada, R todas as reprovadas.
tui-jobs-key-select = selecionar
tui-jobs-key-open = retomar / acompanhar
tui-jobs-key-cancel = cancelar
tui-jobs-key-cancel-all = cancelar todos
tui-jobs-key-close = fechar
tui-jobs-cost-free = grátis
tui-jobs-cost-unknown = custo desconhecido
tui-jobs-state-stored = salvo
tui-jobs-state-cancelled-resumable = cancelado (o job pode ser retomado)
tui-jobs-state-refused = recusado: { $message }
tui-jobs-state-cancelling = cancelando…
tui-jobs-state-running = em andamento
tui-jobs-state-starting = iniciando
tui-jobs-state-running-count = em andamento { $done }/{ $all }
tui-jobs-state-finished = concluído { $done }/{ $all }
tui-jobs-state-cancelled = Cancelado { $done }/{ $all }
tui-jobs-state-interrupted = interrompido, { $all ->
        [one] falta { $all }
       *[other] faltam { $all }
    } — Enter retoma
tui-jobs-tokens = { " " }({ $input }+{ $output } tokens)
tui-jobs-estimated = { " " }· estim. { $cost }
tui-jobs-document-curriculum = currículo
tui-jobs-document-research = pesquisa de mercado
tui-jobs-lesson-queued = na fila
tui-jobs-lesson-streaming = recebendo
tui-jobs-lesson-retrying = nova tentativa: { $message }
tui-jobs-lesson-scored = avaliada { $status }
tui-jobs-lesson-failed = falhou: { $message }
tui-jobs-lesson-cancelled = Cancelada
# $chars and $seconds come padded to their column; $attempt is a number or "-".
tui-jobs-lesson-facts-wide = { " " }{ $chars } car · t{ $attempt } · { $seconds } s · { $cost } ·{ " " }
tui-jobs-lesson-facts = { " " }{ $chars }car t{ $attempt } { $seconds }s { $cost }{ " " }
tui-jobs-recorded = Jobs registrados (mais recentes primeiro)
tui-jobs-recorded-id = { "  " }job { $id }{ " " }
tui-jobs-kind-lessons = lições
tui-jobs-kind-curriculum = currículo
tui-jobs-kind-research = pesquisa
tui-jobs-status-running = em andamento
tui-jobs-status-cancelled = cancelado
tui-jobs-status-finished = concluído

## A lesson streaming, and its score change once stored

tui-jobs-stream-title = { " " }{ $id } · gerando · tentativa { $attempt } · { $chars } caracteres · { $seconds } s · { $cost }{ " " }
tui-jobs-generated = { " " }Gerada ·{ " " }
tui-jobs-change-facts = { " " }· tentativa { $attempt } · { $cost } · { $seconds } s

## The generation dialogs: g / R (confirm), r (instruction), C / M (documents)

tui-jobs-generate-title = { " " }Gerar{ " " }
tui-jobs-generate-planned = Gerar { $n ->
        [one] { $n } lição planejada
       *[other] { $n } lições planejadas
    } de { $course }?
tui-jobs-generate-failing = Gerar de novo { $n ->
        [one] { $n } lição reprovada
       *[other] { $n } lições reprovadas
    } de { $course }?
tui-jobs-confirm-keys = Enter ou y inicia · Esc ou n cancela
tui-jobs-regenerate-title = { " " }Gerar de novo{ " " }
tui-jobs-regenerate = Gerar de novo { $id } { $title }
tui-jobs-instruction = Instrução para o modelo (opcional, uma linha):
tui-jobs-instruction-keys = Enter inicia · Esc cancela
tui-jobs-document-keys = Enter ou y gera · Esc ou n cancela
tui-jobs-curriculum-title = { " " }Currículo{ " " }
tui-jobs-research-title = { " " }Pesquisa de mercado{ " " }
tui-jobs-generate-curriculum = Gerar o currículo de { $course } a partir do briefing?
tui-jobs-generate-research = Gerar a pesquisa de mercado de { $course } a partir do briefing?
tui-jobs-replaces-curriculum = Substitui o currículo salvo (ele fica como versão; as lições ficam).
tui-jobs-replaces-research = Substitui os quatro relatórios de pesquisa de mercado salvos.
tui-jobs-no-curriculum = O curso ainda não tem currículo.
tui-jobs-no-research = O curso ainda não tem pesquisa de mercado.
tui-jobs-provider = Provedor{ " " }
tui-jobs-model = { " " }· modelo{ " " }
tui-jobs-note = Nota: { $note }
tui-jobs-ignored-instruction = rascunhos offline ignoram instruções (--instruction)
tui-jobs-ignored-temperature = rascunhos offline não têm temperatura (configurada { $temperature })
tui-jobs-ignored-model = rascunhos offline não usam modelo (--model)
# The estimate's labels are padded to the longest one plus a space.
tui-jobs-label-estimate = Estimativa
tui-jobs-label-tokens = Tokens
tui-jobs-label-cost = Custo
tui-jobs-label-time = Tempo
tui-jobs-estimating = contando os tokens dos prompts…
tui-jobs-no-estimate = nenhuma: { $reason }
tui-jobs-offline-cost = grátis, instantâneo (rascunhos offline, sem rede)
tui-jobs-cost-table = ~{ $usd } (tabela de preços)
tui-jobs-cost-table-retries = ~{ $usd } (tabela de preços; até ×{ $n } se as respostas forem recusadas)
tui-jobs-unknown-price = preço desconhecido: { $model } não está na tabela de preços
tui-jobs-time-seconds = ~{ $seconds } s a { $rate } tokens/s medidos
tui-jobs-time-minutes = ~{ $minutes } min a { $rate } tokens/s medidos
tui-jobs-no-time = sem estimativa ainda (nenhuma execução medida deste modelo)
tui-jobs-token-counts = ~{ $input } de entrada + ~{ $output } de saída, { $requests } { $requests ->
        [one] requisição
       *[other] requisições
    }
# Which texts a run replaces: $whose is person, imported or both.
tui-jobs-replaced = { $n ->
        [one] { $n } lição com { $whose ->
            [person] texto de uma pessoa
            [imported] texto importado
           *[both] texto de uma pessoa ou importado
        } será substituída; o texto dela fica no histórico, `u` desfaz
       *[other] { $n } lições com { $whose ->
            [person] texto de uma pessoa
            [imported] texto importado
           *[both] texto de uma pessoa ou importado
        } serão substituídas; o texto delas fica no histórico, `u` desfaz
    }
tui-jobs-replaced-offline = { $n ->
        [one] { $n } lição com { $whose ->
            [person] texto de uma pessoa
            [imported] texto importado
           *[both] texto de uma pessoa ou importado
        } ficará como está
       *[other] { $n } lições com { $whose ->
            [person] texto de uma pessoa
            [imported] texto importado
           *[both] texto de uma pessoa ou importado
        } ficarão como estão
    }: o provedor offline só preenche lições planejadas e os próprios rascunhos

## The jobs panel's notifications

tui-jobs-cannot-generate = não foi possível gerar: { $message }
tui-jobs-none-planned = nenhuma lição planejada a gerar (R gera de novo as reprovadas, r a selecionada)
tui-jobs-none-failing = nenhuma lição reprovada a gerar de novo
tui-jobs-none-selected = nenhuma lição selecionada
tui-jobs-already-running = já há uma geração deste curso em andamento (J mostra)
tui-jobs-generating = gerando { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    } com { $provider } { $model } — J mostra o progresso, x cancela
tui-jobs-cancelling = cancelando a geração; as lições salvas ficam
tui-jobs-nothing-to-cancel = nenhuma geração em andamento para cancelar
tui-jobs-cancelling-all = cancelando { $n ->
        [one] { $n } geração
       *[other] { $n } gerações
    }; as lições salvas ficam
tui-jobs-cannot-resume = não foi possível retomar: { $message }
tui-jobs-resuming = retomando a geração de { $course }
tui-jobs-did-not-start = a geração não começou: { $message }
tui-jobs-cannot-find-unfinished = não foi possível procurar gerações não terminadas: { $error }
tui-jobs-unfinished = geração não terminada de { $course } ({ $n ->
        [one] falta { $n } lição
       *[other] faltam { $n } lições
    }){ $more ->
        [0] {""}
       *[other] { " " }e mais { $more }
    } — J, depois Enter retoma
tui-jobs-run-finished = geração concluída: { $finished } de { $lessons ->
        [one] { $lessons } lição salva
       *[other] { $lessons } lições salvas
    }, { $passed } { $passed ->
        [0] aprovadas
        [one] aprovada
       *[other] aprovadas
    }, { $failed } { $failed ->
        [0] reprovadas
        [one] reprovada
       *[other] reprovadas
    } · { $cost } · { $seconds } s
tui-jobs-run-cancelled = geração cancelada: { $finished } de { $lessons ->
        [one] { $lessons } lição salva
       *[other] { $lessons } lições salvas
    }, { $passed } { $passed ->
        [0] aprovadas
        [one] aprovada
       *[other] aprovadas
    }, { $failed } { $failed ->
        [0] reprovadas
        [one] reprovada
       *[other] reprovadas
    } · { $cost } · { $seconds } s
tui-jobs-document-running = { $document ->
        [curriculum] o currículo
       *[research] a pesquisa de mercado
    } deste curso já está sendo gerad{ $document ->
        [curriculum] o
       *[research] a
    }
tui-jobs-document-generating = gerando { $document ->
        [curriculum] o currículo
       *[research] a pesquisa de mercado
    } de { $course } com { $provider } { $model } — J mostra, x cancela
tui-jobs-document-failed = { $document ->
        [curriculum] o currículo
       *[research] a pesquisa de mercado
    } não foi gerad{ $document ->
        [curriculum] o
       *[research] a
    }: { $message }
