# A bancada (src/tui). As telas são traduzidas inteiras; ver docs/i18n.md.
# Entradas do keymap: `key-SEÇÃO-AÇÃO` é a descrição, `.hint` o rótulo da barra de status.

## O quadro, a ajuda e a paleta

tui-program = Lectern
tui-section-library = Biblioteca
tui-section-everywhere = Em qualquer tela
tui-section-your-data = Seus dados
tui-section-everywhere-palette = qualquer tela
tui-help-database = banco de dados
tui-help-title = { " " }Teclas{ " " }
tui-help-footer = Esc, ? ou q fecha esta ajuda
tui-help-more-down = mais ↓
tui-help-more-both = mais ↑↓
tui-help-more-up = mais ↑
tui-help-scroll = { $more } · j/k PgUp/PgDn rolam · Esc fecha
tui-palette-title = { " " }Comandos{ " " }
tui-palette-count = { "  " }{ $shown } de { $total }
tui-palette-none = nenhuma ação corresponde

## Sair

tui-quit-unsaved = { $n ->
        [one] { $n } editor com texto não salvo (guardado como rascunho)
       *[other] { $n } editores com texto não salvo (guardados como rascunho)
    }
tui-quit-running = uma geração está em andamento (ela para; retome depois)
tui-quit-ask = Sair? { $why }. y sai, qualquer outra tecla fica
tui-quit-stay = continuando aqui

## A biblioteca

tui-library-filter = Filtro:{ " " }
tui-library-shown = { "  " }({ $n } { $n ->
        [one] exibido
       *[other] exibidos
    })
tui-library-courses = Cursos
tui-library-archived = Cursos arquivados (A: os outros · d: desarquivar)
tui-library-sorted = { " " }{ $what } · ordem: { $column } { $arrow }{ $more }{ " " }
tui-library-loading-more = { " " }· carregando mais…
tui-library-loading = Carregando os cursos…
tui-library-error = Não foi possível carregar a biblioteca: { $error }
tui-library-no-archived = Nenhum curso arquivado. A mostra os outros.
tui-library-no-match = Nenhum curso corresponde a “{ $filter }”. Esc limpa o filtro.
tui-library-empty-title = Nenhum curso ainda.
tui-library-empty-import-1 = Importe uma pasta de curso do CreatorOS (COURSE-BRIEF.md, curriculum.yaml,
tui-library-empty-import-2 = lessons/) a partir de um shell e volte aqui:
tui-library-empty-demo = Um banco de dados novo começa com o curso de demonstração, a menos que se use --no-demo.
tui-library-col-title = Título
tui-library-col-slug = Slug
tui-library-col-status = Situação
tui-library-col-lessons = Lições
tui-library-col-results = Result. ✓/!/✗
tui-library-col-persona = Persona
tui-library-col-changed = Alterado
tui-library-sort-title = título
tui-library-sort-slug = slug
tui-library-sort-status = situação
tui-library-sort-lessons = lições
tui-library-sort-failed = reprovadas
tui-library-sort-persona = persona
tui-library-sort-changed = última alteração
tui-library-archive-title = { " " }Arquivar curso{ " " }
tui-library-archive-ask = Arquivar{ " " }
tui-library-archive-note-1 = Ele sai da lista da biblioteca; nada é apagado e
tui-library-archive-note-2 = `lectern list --all` continua a mostrá-lo.
tui-library-archive-yes = { " " }arquivar{ "   " }
tui-library-archive-no = { " " }manter
tui-library-import-title = { " " }Importar uma pasta de curso{ " " }
tui-library-import-what-1 = Uma pasta de curso (COURSE-BRIEF.md, curriculum, lessons/)
tui-library-import-what-2 = ou uma pasta de pastas de curso:
tui-library-import-completing = completando…
tui-library-import-no-match = nenhuma pasta corresponde
tui-library-import-more = { "  " }… mais { $n }
tui-library-import-complete = { " " }completar{ "   " }
tui-library-import-go = { " " }importar{ "   " }
tui-library-import-cancel = { " " }cancelar
tui-library-new-title-field = Título
tui-library-new-slug-field = Slug
tui-library-new-creating = criando…
tui-library-new-keys = Tab alterna · Enter no slug cria · Esc cancela
tui-library-new-dialog = { " " }Novo curso{ " " }
tui-library-new-empty-title = o título não pode ficar vazio
tui-library-new-slug-taken = já existe um curso com o slug `{ $slug }`

## [global]

key-global-back = voltar (q sai a partir da biblioteca; lá o Esc só limpa o filtro)
    .hint = voltar
key-global-help = mostrar ou esconder esta ajuda (F1 nos editores, onde ? digita)
    .hint = ajuda
key-global-quit = sair do Lectern de qualquer tela (pergunta se há texto não salvo ou uma geração em andamento)
    .hint = sair
key-global-search = buscar lições e cursos
key-global-palette = executar qualquer ação pelo nome
    .hint = comandos
key-global-jobs = mostrar ou esconder o painel de gerações
key-global-where-is-my-data = onde estão meus dados: o caminho do banco de dados (como o Ctrl-g do vim; também na ajuda)
key-global-sync-now = sincronizar agora: envia e depois recebe, em segundo plano (S inverte a ordem da biblioteca)

## [library]

key-library-open = abrir o curso
    .hint = abrir
key-library-filter = filtrar enquanto digita (Enter mantém, Esc limpa)
    .hint = filtrar
key-library-cycle-sort = ordenar pela próxima coluna
    .hint = ordenar
key-library-reverse-sort = inverter a ordem
key-library-down = próximo curso
key-library-up = curso anterior
key-library-page-down = dez cursos abaixo
key-library-page-up = dez cursos acima
key-library-top = primeiro curso
key-library-bottom = último curso
key-library-reload = recarregar a biblioteca do banco de dados
key-library-edit-brief = editar o briefing do curso
    .hint = briefing
key-library-review-all = revisar as lições reprovadas de todos os cursos
    .hint = revisar
key-library-archive = arquivar o curso (pergunta antes); na vista Arquivados, desarquivá-lo
key-library-toggle-archived = mostrar os cursos arquivados (vista Arquivados) ou os outros de novo
key-library-import = importar uma pasta de curso
key-library-new-course = novo curso: título e slug, depois o editor do briefing
    .hint = novo
key-library-undo = desfazer a última ação em lote (regeneração, reimportação, restauração, arquivamento) do curso recém-citado, senão do selecionado
key-library-messages = mensagens do curso sobre o qual a última importação avisou, senão do selecionado
key-library-personas = as personas (vozes) da biblioteca, cada uma mostrada inteira
key-library-conflicts = o que o sync não conseguiu mesclar, em todos os cursos: manter o meu, manter o deles ou mesclar no editor
key-library-analytics = análises da biblioteca inteira: distribuição das notas, elementos mais fracos, códigos de problema, tendências

## A revisão (lições reprovadas agrupadas por código de problema)

tui-section-review = Revisão
tui-review-title-course = Revisão { $slug }
tui-review-title-library = Revisão da biblioteca
tui-review-block = { " " }Problemas por código{ " " }
tui-review-loading = Carregando as lições reprovadas e com aviso…
tui-review-error = Não foi possível carregar a revisão: { $error }
tui-review-lessons = { " " }{ $n ->
        [one] { $n } lição
       *[other] { $n } lições
    }
tui-review-have-code = { " " }{ $n ->
        [one] tem
       *[other] têm
    } { $code }, incluindo as aprovadas
tui-review-need-attention = { " " }{ $n ->
        [one] precisa
       *[other] precisam
    } de atenção · { $codes ->
        [one] { $codes } código de problema
       *[other] { $codes } códigos de problema
    }
tui-review-enter = { "  " }(Enter abre a lição no problema)
tui-review-none-with-code = ✓ Nenhuma lição tem { $code } agora.
tui-review-none = ✓ Nenhuma lição reprovada ou com aviso aqui.
tui-review-group-lessons = { " " }— { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    }
tui-review-whole-lesson = lição inteira
tui-review-line = linha { $line }
tui-status-passed = ✓ aprovada
tui-status-warning = ! aviso
tui-status-failed = ✗ reprovada

## [review]

key-review-open = abrir a lição no problema (ou expandir o grupo)
    .hint = abrir
key-review-toggle = expandir ou recolher o grupo do problema
    .hint = expandir
key-review-expand-all = expandir ou recolher todos os grupos
key-review-down = próxima linha
key-review-up = linha anterior
key-review-page-down = dez linhas abaixo
key-review-page-up = dez linhas acima
key-review-top = primeira linha
key-review-bottom = última linha
key-review-reload = carregar a revisão de novo

## Notifications of the library and the review
tui-library-notify-load-failed = não foi possível carregar a biblioteca: { $error }
tui-library-notify-not-created = curso não criado: { $error }
tui-library-import-type-folder = digite a pasta a importar
tui-review-notify-load-failed = não foi possível carregar a revisão: { $error }
