# The workbench: the workbench's frame (src/tui/app, widgets): notifications, the status bar's sync line, the too-small notice.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).
# A linha de sync cabe na metade da barra a 80 colunas como a inglesa: "sync há 3 h", curto.
# `{ $error }` é o texto de uma camada de baixo (armazenamento, serviços, servidor de sync), citado como veio.

## A moldura: nomes das telas (trilha, seções da ajuda, paleta) e o aviso de terminal pequeno

tui-app-section-course = Curso
tui-app-section-lesson = Lição
tui-app-section-editor = Editor
tui-app-section-search = Busca
tui-app-section-history = Histórico
tui-app-section-messages = Mensagens
tui-app-section-personas = Personas
tui-app-section-conflicts = Conflitos
tui-app-section-analytics = Análises
tui-app-too-small = Terminal pequeno demais
tui-app-too-small-size = { $width }×{ $height }, o mínimo é { $min_width }×{ $min_height }
tui-app-too-small-hint = Aumente a janela, ou Q para sair

## Acompanhando a escrita de uma lição (rodapé e ajuda)

tui-app-watch-section = Acompanhando a escrita de uma lição
tui-app-watch-help = ajuda
tui-app-watch-leave-short = voltar (a geração continua)
tui-app-watch-leave = sair da lição; a geração continua (J a mostra)
tui-app-watch-jobs-short = gerações ({ $cancel } cancela)
tui-app-watch-jobs = o painel de gerações, onde { $cancel } cancela a geração
tui-app-watch-quit = sair (pergunta antes)

## Notificações (a linha de status)

tui-app-your-data = seus dados: { $path }
# Vai depois do que uma ação em lote fez, para que o caminho de volta nunca seja segredo.
tui-app-undo-hint = { " " }· u desfaz
tui-app-library-failed = não foi possível carregar a biblioteca: { $error }
tui-app-course-failed = não foi possível carregar o curso { $slug }: { $error }
tui-app-lesson-failed = não foi possível abrir a lição: { $error }
tui-app-archived = { $slug } arquivado: continua no banco de dados, fora da biblioteca
tui-app-archive-failed = não foi possível arquivar { $slug }: { $error }
tui-app-unarchived = { $slug } desarquivado: de volta à biblioteca como { $status }
tui-app-not-archived = { $slug } não está arquivado
tui-app-unarchive-failed = não foi possível desarquivar { $slug }: { $error }
tui-app-import-refused = importação recusada: { $error }
tui-app-import-messages = { " " }· m mensagens
tui-app-import-messages-of = { " " }· m mensagens de { $first } (e de mais { $n ->
        [one] { $n } curso
       *[other] { $n } cursos
    })
tui-app-nothing-to-undo = nada a desfazer: nenhum curso selecionado
tui-app-not-restored = não restaurado: { $error }
tui-app-nothing-undone = nada foi desfeito: { $error }
tui-app-no-course-selected = nenhum curso selecionado: nada a mostrar
tui-app-persona-set = { $course } agora é escrito na voz de { $persona }
tui-app-persona-cleared = { $course } agora está sem persona
tui-app-persona-failed = não foi possível definir a persona de { $course }: { $error }
tui-app-resolve-failed = não foi possível resolver o conflito: { $error }
tui-app-merge-ready = texto mesclado com marcas de conflito (não salvo): edite-o; Ctrl-s resolve
tui-app-watch-needs-course = abra o curso para acompanhar a escrita da lição { $lesson }

## O que o trabalhador de armazenamento relata (src/tui/run)

tui-app-imported-one = { $slug } importado ({ $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $warnings ->
        [0] { $warnings } avisos
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    })
tui-app-imported-many = { $courses } cursos importados ({ $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $warnings ->
        [0] { $warnings } avisos
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    } em { $warned } deles)
tui-app-import-also-refused = ; { $n ->
        [one] { $n } recusado
       *[other] { $n } recusados
    } (o primeiro: { $first })
tui-app-import-no-course = { $path } não tem nenhuma pasta de curso (COURSE-BRIEF.md, currículo, lessons/)
tui-app-no-such-lesson = o curso { $slug } não tem a lição { $lesson }
tui-app-restored = { $what } de { $slug } restaurado da revisão { $from } (guardado como nova revisão { $id })
tui-app-restored-what = { $target ->
        [brief] Briefing
        [curriculum] Currículo
       *[other] Lição { $target }
    }
tui-app-undone = desfeita a última { $source ->
        [imported] importação
        [reimported] reimportação
        [edited] edição
        [cli-set] gravação via CLI
        [external-editor] edição no $EDITOR
        [generated] geração
        [restored] restauração
        [merged] mesclagem
       *[other] ação `{ $source }`
    } em { $slug }: { $n ->
        [0] { $n } textos voltaram à revisão anterior
        [one] { $n } texto voltou à revisão anterior
       *[other] { $n } textos voltaram à revisão anterior
    }
tui-app-diff-nothing = nada
tui-app-diff-current = { $revision } → texto atual
tui-app-resolved = `{ $target }` de { $course } resolvido; o próximo sync o compartilha
tui-app-resolved-revision = `{ $target }` de { $course } resolvido (nova revisão { $id }); o próximo sync o compartilha
# Where a refused brief is pointed at (`brief:3:1: …`).
tui-app-brief-file = briefing
tui-app-hand-off-runtime = passar o texto ao $EDITOR exige o terminal (só no programa em execução)
tui-app-hand-off-failed = não foi possível passar o terminal ao editor: { $error }
tui-app-take-back-failed = não foi possível retomar o terminal: { $error }
tui-app-generation-stopped = a tarefa de geração parou: { $error }
tui-app-lookup-stopped = a tarefa de consulta parou: { $error }
tui-app-curriculum-generated = currículo gerado ({ $provider }): { $modules ->
        [0] { $modules } módulos
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    } salvos como versão { $version }
tui-app-research-generated = pesquisa de mercado gerada ({ $provider }): { $n ->
        [0] { $n } relatórios guardados
        [one] { $n } relatório guardado
       *[other] { $n } relatórios guardados
    } ({ $reports })
tui-app-needs-terminal = a bancada precisa de um terminal e a saída padrão não é um; em scripts use `lectern list` ou `lectern show SLUG`
tui-app-opening-database = abrindo o banco de dados { $path }
tui-app-opening-database-sync = abrindo o banco de dados { $path } para o sync
tui-app-terminal-setup = preparando o terminal
tui-app-sigterm = registrando o tratamento de SIGTERM
tui-app-no-storage-thread = não foi possível iniciar a thread de armazenamento: { $error }
tui-app-terminal-input = lendo a entrada do terminal
# How long ago (the history's rows, the sync line): $unit is min, h, d or mo.
tui-app-age-now = agora
tui-app-age = { $unit ->
        [min] { $n } min
        [h] { $n } h
        [d] { $n ->
            [one] { $n } dia
           *[other] { $n } dias
        }
       *[mo] { $n ->
            [one] { $n } mês
           *[other] { $n } meses
        }
    }

## Sync: a linha da barra de status e a tecla de sincronizar agora

tui-sync-counts = ⇅ { $up }↑ { $down }↓
tui-sync-offline = ⇅ offline · { $up }↑
tui-sync-pending = ⇅ { $up }↑
tui-sync-conflicts = { $n ->
        [one] { $n } conflito
       *[other] { $n } conflitos
    }
tui-sync-just-now = sync agora mesmo
tui-sync-ago = sync há { $age }
tui-sync-never = nunca sincronizado
tui-sync-syncing = ⇅ sincronizando…
tui-sync-syncing-then = ⇅ sincronizando… · { $rest }
tui-sync-not-configured = o sync não está configurado: defina LECTERN_SYNC_URL (ou url em [sync] na configuração) com a URL PostgreSQL do servidor e reinicie; veja docs/sync.md
tui-sync-already-running = já há uma sincronização em andamento
tui-sync-started = sincronizando com { $server }…
tui-sync-synced = sincronizado: { $summary }
tui-sync-pulled = { $n ->
        [one] { $n } revisão recebida
       *[other] { $n } revisões recebidas
    } do servidor
tui-sync-pulled-course = { $n ->
        [one] { $n } revisão
       *[other] { $n } revisões
    } de { $course } { $n ->
        [one] recebida
       *[other] recebidas
    } do servidor
tui-sync-pulled-courses = { $n ->
        [one] { $n } revisão
       *[other] { $n } revisões
    } de { $courses } cursos { $n ->
        [one] recebida
       *[other] recebidas
    } do servidor
tui-sync-failed = sync com { $server }: { $error }
tui-sync-no-thread = não foi possível iniciar a thread do sync: { $error }
tui-sync-no-runtime = o sync não conseguiu iniciar seu runtime: { $error }
tui-app-conflict-no-editor = o workbench não tem editor para `{ $target }`: faça a mesclagem com `lectern conflicts resolve { $course } { $target } --file MERGED`
