# The workbench: the course screen (src/tui/screens/course) and the jobs panel and generation dialogs (src/tui/screens/jobs), with the [course] keymap section.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## The course screen: header

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
