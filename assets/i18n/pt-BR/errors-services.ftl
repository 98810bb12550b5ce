# Recusas e erros dos casos de uso (src/services), ditos por `Texts::said`.

## comuns

err-at = { $label }: { $error }
err-cannot-read-folder = não foi possível ler a pasta { $path }: { $error }

## operações com arquivos (src/services/folder_write.rs)

err-fs-inspect = não foi possível examinar { $path }: { $error }
err-fs-create = não foi possível criar { $path }: { $error }
err-fs-write = não foi possível gravar { $path }: { $error }
err-fs-sync = não foi possível descarregar { $path } no disco: { $error }
err-fs-move = não foi possível mover { $path }: { $error }
err-fs-move-aside = não foi possível tirar { $path } do lugar: { $error }
err-fs-move-into-place = não foi possível pôr { $path } no lugar: { $error }
err-fs-remove-replaced = não foi possível apagar a pasta substituída { $path }: { $error }

## importação (src/services/folder.rs, import_plan.rs)

err-import-not-a-folder = { $path } não é uma pasta; passe a pasta de um curso ou uma pasta com pastas de cursos
err-import-no-course-folder = { $path } não contém nenhuma pasta de curso (uma com lessons/, curriculum.yaml ou COURSE-BRIEF.md)
err-import-reserved-character = { $path }: o nome do arquivo contém U+{ $code }, um caractere que o lectern reserva para nomes de arquivo que não são UTF-8; renomeie o arquivo e importe de novo
err-import-refusal = { $file }:{ $line }:{ $column }: { $message } ({ $hint }); nada foi importado deste curso

## exportação (src/services/folder_write.rs, export_guard.rs, export_plan.rs)

err-export-folder-not-empty = { $path } existe e não está vazia; nada foi gravado — passe --force para substituí-la ou escolha outra pasta
err-export-parent-missing = a pasta { $parent } não existe; crie-a antes (o lectern só grava dentro de { $path })
err-export-folder-link = { $path } é um link simbólico; o lectern nunca grava através de links — passe a pasta real
err-export-folder-is-file = { $path } é um arquivo, não uma pasta; escolha uma pasta para onde exportar
err-export-no-temporary-name = não há nome livre para uma pasta temporária ao lado de { $path }; apague as pastas antigas `.{ $name }.lectern-*` de lá
err-export-file-link = { $path } é um link simbólico; o lectern nunca grava através de links — passe um caminho real
err-export-file-is-folder = { $path } é uma pasta; passe um nome de arquivo para a exportação JSON
err-export-file-exists = { $path } já existe; nada foi gravado — passe --force para substituí-lo
err-export-linked-parent = { $parent } é um link simbólico (uma pasta acima de { $path }); o lectern nunca grava através de links — passe a pasta real
err-export-is-protected = { $target } é { $what } do lectern ({ $path }); nada foi gravado — exporte para uma pasta que não contenha nenhum arquivo do próprio lectern
err-export-holds-protected = { $target } contém { $what } do lectern ({ $path }); nada foi gravado — exporte para uma pasta que não contenha nenhum arquivo do próprio lectern
# `$what` starts with its article (o, a): `d{ $what }` reads "do …" or "da …".
err-export-inside-protected = { $target } fica dentro d{ $what } do lectern ({ $path }); nada foi gravado — exporte para uma pasta que não contenha nenhum arquivo do próprio lectern
err-protected-database = o banco de dados
err-protected-wal = o log de escrita antecipada (WAL) do banco de dados
err-protected-shm = o arquivo de memória compartilhada do banco de dados
err-protected-journal = o journal do banco de dados
err-protected-backup = a cópia de segurança do banco de dados
err-protected-config = o arquivo de configuração
err-protected-state = a pasta de estado
err-export-same-path = dois arquivos do curso `{ $slug }` seriam gravados em `{ $path }`; mude o caminho do arquivo de uma das lições e exporte de novo
err-export-source-name = o nome de arquivo guardado { $role ->
        [brief] do briefing
        [curriculum] do currículo
       *[other] do roteiro do curso
    }, `{ $path }`, não é um nome de arquivo simples; reimporte a pasta do curso para redefini-lo
err-export-lesson-path = a lição { $lesson } tem o caminho de arquivo guardado `{ $path }`, que não pode ser exportado: { $reason }; nada foi gravado — corrija o caminho do arquivo da lição (ou reimporte o curso) e exporte de novo
err-export-research-name = o relatório de pesquisa `{ $path }` não pode ser exportado: { $reason }; renomeie-o no banco de dados (research_summary) ou reimporte o curso
err-export-json = não foi possível escrever { $what ->
        [course] o curso
        [metadata] os metadados
        [lessons] as lições
        [research] a pesquisa
       *[other] os arquivos de origem
    } de `{ $slug }` como JSON: { $error }

## por que um caminho guardado não pode ser gravado (src/services/safe_path.rs)

err-path-empty = ele está vazio
err-path-nul = ele contém um byte NUL
err-path-backslash = ele contém `\`, que alguns sistemas leem como separador de pastas
err-path-absolute = ele é absoluto
err-path-drive-letter = ele começa com uma letra de unidade
err-path-empty-segment = ele tem um trecho vazio (`//` ou uma `/` no final)
err-path-dot-segment = ele contém `.` ou `..`
err-path-outside-lessons = ele não fica dentro de `lessons/`

## histórico, restaurar, desfazer (src/services/history/)

err-history-no-target = o curso `{ $slug }` não tem histórico para `{ $name }`; indique o id de uma lição (veja `lectern show { $slug }`), `brief`, `curriculum`, `status` ou `research/NOME`
err-history-hint = veja `lectern history { $slug } { $target }`
err-history-not-back = `{ $name }` não é uma revisão: `~N` pede um número de revisões para trás ({ $hint })
err-history-no-back = `{ $target }` não tem { $count ->
        [one] uma revisão anterior à atual
       *[other] { $count } revisões anteriores à atual
    } ({ $hint })
err-history-ambiguous = `{ $name }` corresponde a mais de uma revisão de `{ $target }`; digite mais caracteres ({ $hint })
err-history-no-revision = `{ $target }` não tem a revisão `{ $name }` ({ $hint })
err-restore-same-text = a revisão { $revision } já contém o texto atual de `{ $target }`; nada a restaurar
err-undo-nothing = o curso `{ $slug }` não tem nada para desfazer (veja `lectern history { $slug }`)
err-restore-lesson-gone = a lição `{ $lesson }` não está mais no curso; o histórico dela foi mantido, mas não pode ser restaurado nela

## geração (src/services/generate*.rs, doc_job.rs; src/generation/pricing.rs, prompt.rs)

err-cannot-read-prices = não foi possível ler a tabela de preços { $path }: { $error }
err-pricing-entry =
    { $path }:{ $line }:{ $column }: { $message }
    { "  " }corrija a entrada ou remova-a (os preços são em dólares por milhão de tokens, como no assets/pricing.toml que acompanha o lectern)
err-cannot-read-template = não foi possível ler o modelo de prompt { $path }: { $error }
err-generate-no-brief = o curso `{ $slug }` não tem briefing; escreva um com `lectern brief { $slug } --edit`
err-generate-empty-outline = o roteiro do briefing (§3.3) não lista nenhum módulo nem lição; preencha-o com `lectern brief { $slug } --edit` ou use um provedor de modelo de linguagem
err-generate-curriculum-exists = o curso `{ $slug }` já tem um currículo; passe --force para substituí-lo
err-generate-research-exists = o curso `{ $slug }` já tem uma pesquisa de mercado; passe --force para substituí-la
err-generate-saving-thread = não foi possível iniciar a thread que salva os resultados: { $error }
err-generate-running = uma geração de `{ $slug }` já está em andamento (processo { $pid }, trava { $lock }); espere ela terminar ou interrompa-a e rode de novo (ou use `--resume` para o que ela deixar por fazer)
err-generate-nothing-to-resume = o curso `{ $slug }` não tem nenhum job de geração por terminar para retomar
err-generate-no-job-to-resume = o curso `{ $slug }` não tem nenhum job { $kind ->
        [curriculum] de currículo
        [research] de pesquisa
       *[other] de lições
    } por terminar para retomar; comece um sem --resume
err-generate-curriculum-changed = o currículo de `{ $slug }` mudou desde que o job começou ({ $at }); comece uma nova execução sem --resume
err-generate-unapproved = o currículo de `{ $slug }` foi alterado ({ $source ->
        [imported] importado
        [reimported] reimportado
        [edited] editado
        [cli-set] via CLI
        [external-editor] no $EDITOR
        [generated] gerado
        [restored] restaurado
        [undo] desfazer
        [migrated] migrado
       *[other] { $source }
    }, { $at }) e não foi aprovado desde então, então as lições dele podem não ser mais as que ele lista; aprove-o de novo (`lectern curriculum { $slug } --approve` ou no editor de currículo) ou passe --allow-unapproved para gerar mesmo assim
err-no-lesson = o curso `{ $slug }` não tem a lição `{ $lesson }` (veja `lectern show { $slug }`)
err-generate-unknown-provider = { "[" }generation] provider = "{ $provider }" não é offline, openai nem anthropic
err-provider-url-credentials = a URL base { $url } contém credenciais (usuário:senha@); elas iriam parar no histórico do shell ou no arquivo de configuração — ponha a URL na variável de ambiente LECTERN_BASE_URL ou a chave em { $key }
err-provider-key-env-unnamed = a variável indicada por `api_key_env`
err-provider-no-key = não há chave de API para { $provider }: defina { $env } (ou `api_key_env` em [generation]) ou use --provider offline
err-resume-unknown-provider = o job { $job } registra o provedor `{ $provider }`, que esta versão do lectern não conhece
err-resume-differs = o job { $job } foi iniciado com o provedor { $provider }, modelo { $model }; uma retomada continua com eles, mas você pediu { $asked }: tire essas opções ou passe --switch-provider para retomar com as suas (fica registrado no job)
err-resume-differs-provider = o provedor { $asked } (job: { $job })
err-resume-differs-model = o modelo { $asked } (job: { $job })
err-resume-differs-url = a URL base { $asked } (job: { $job })
err-resume-default-url = padrão
err-list-comma = { $first }, { $rest }
err-document-bad-answer = o currículo do modelo foi recusado: resposta:{ $line }:{ $column }: { $message } ({ $hint }); nada foi guardado
err-document-interrupted = interrompido; o job { $job } guarda o que chegou: rode de novo com --resume para terminá-lo
err-document-incomplete = { $message }; o job { $job } guarda as partes que chegaram: rode de novo com --resume para pedir o resto

## personas (src/services/persona.rs, persona_prompt.rs)

err-persona-not-found = não há persona `{ $slug }` (veja `lectern persona list`; crie uma com `lectern persona new` ou `lectern persona import`)
err-persona-exists = a persona `{ $slug }` já existe; passe --force para substituí-la
err-persona-slug = `{ $slug }` não é um slug de persona válido: use de 2 a 60 letras minúsculas, dígitos, `-` ou `_`, começando com uma letra ou um dígito
err-persona-no-name = a persona `{ $slug }` precisa de um nome de exibição (--name)
err-persona-too-many-phrases = persona `{ $slug }`: um perfil de voz guarda no máximo { $max } frases recorrentes ({ $given } informadas); fique com as mais características
err-persona-empty-brief = { $path }: a §4 (Voz & Personalidade) não descreve tom, traços, frases nem o que a persona nunca diz, e não indica nenhuma mente; preencha-a ou importe uma pasta com system_prompt.md
err-persona-empty-folder = { $path } não tem nem um system_prompt.md com texto nem um voice.yaml (tone, style, phrases, never_says)
err-persona-prompt-conflict-marker = a linha { $line } do prompt de sistema é um marcador de conflito (`<<<<<<<`, `=======` ou `>>>>>>>`); mantenha o texto que você quer, apague os marcadores e salve de novo

## autoria (src/services/authoring/), a trava do provedor offline, relatórios

err-no-lesson = o curso `{ $slug }` não tem a lição `{ $lesson }` (veja `lectern show { $slug }`)
err-skeleton-no-lesson = o curso `{ $slug }` não tem a lição { $lesson }
err-course-slug = `{ $slug }` não é um slug válido: use de 3 a 50 letras minúsculas, dígitos e hífens simples (por exemplo, `{ $suggestion }`)
err-course-title-empty = o título não pode ficar vazio
err-curriculum-exists = o curso `{ $slug }` já tem um currículo ({ $lines ->
        [one] { $lines } linha
       *[other] { $lines } linhas
    }); passe --force para substituí-lo
err-curriculum-none-yet = o curso `{ $slug }` ainda não tem currículo; escreva um com `lectern curriculum { $slug } --edit`
err-curriculum-changed-since-summary = o currículo mudou desde que você abriu este resumo ({ $conflict }); abra o resumo de novo e aprove o que ele mostra
err-curriculum-none-to-approve = o curso `{ $slug }` não tem currículo para aprovar
err-curriculum-no-lessons-to-approve = o currículo não lista nenhuma lição (nenhum módulo encontrado); nada a aprovar
err-offline-nothing-to-generate = nada a gerar: { $count ->
        [one] a lição escolhida tem
       *[other] as { $count } lições escolhidas têm
    } texto de uma pessoa, de uma importação ou de um modelo real, que o provedor offline nunca substitui (ele só preenche lições planejadas); escolha um provedor real com --provider

## o editor da pessoa (src/services/authoring/external_editor.rs)

err-editor-temp-file = não foi possível preparar o arquivo temporário { $path }: { $error }
err-editor-spawn = não foi possível abrir o editor `{ $editor }`: { $error }
err-editor-failed = o editor `{ $editor }` terminou com { $status }; o texto não foi alterado
err-editor-not-text = o arquivo editado { $path } não é texto UTF-8: { $error }

## números dos alunos (src/services/analytics/performance_import.rs)

err-text = { $text }
err-performance-header = { $file }: linha 1 (cabeçalho): { $message }
err-performance-malformed = { $file }: linha { $line }, coluna { $column } `{ $header }`: { $message }; nada foi importado
err-performance-row = { $file }: linha { $line }: { $message }; nada foi importado
err-performance-unmatched = { $file }: { $count ->
        [one] { $count } linha não corresponde a nenhuma lição; nada foi importado (corrija-a
       *[other] { $count } linhas não correspondem a nenhuma lição; nada foi importado (corrija-as
    } ou passe --skip-unmatched para importar o resto){ $rows }
err-performance-unmatched-row = { "\u000A" }  linha { $line }: `{ $named }`: { $reason }{ $rest }
err-performance-two-columns = duas colunas significam `{ $column }` (`{ $cell }` é a segunda); mantenha uma
err-performance-no-lesson-column = nenhuma coluna indica a lição: adicione `lesson id` (com `course`) ou `title` (nomes aceitos: { $names })
err-performance-no-figures = nenhuma coluna de números encontrada (visualizações, conclusões, taxa de conclusão, avaliação, tempo médio); nomes aceitos: { $names }
err-performance-too-many-fields = { $fields } campos, mas o cabeçalho tem { $header } (um valor que contém o delimitador precisa de aspas)
err-performance-twice = a lição { $lesson } já tinha números na linha { $first }
err-performance-completions = { $done } conclusões, mas só { $views } visualizações
err-performance-names-no-lesson = não indica nenhuma lição (as células de id e de título da lição estão vazias)

## dados guardados que não fecham mais (src/services/generate_save.rs, history/restore.rs)

err-save-lesson-gone = valor guardado inválido: a lição { $lesson } não existe mais
err-save-offline-replaced = valor guardado inválido: a lição { $lesson } agora tem texto de uma pessoa, de uma importação ou de um modelo real; o rascunho offline não foi guardado
err-restore-no-revision = valor guardado inválido: restaurar `{ $target }` não registrou nenhuma revisão
err-restore-parent-missing = valor guardado inválido: a revisão { $revision } está faltando
err-restore-bad-status = valor guardado inválido: a revisão de status guardada `{ $text }` não é um status

## por que uma linha de números não corresponde a nenhuma lição (src/services/analytics/lesson_match.rs)

err-match-no-course-no-title = não há slug de curso nem título para encontrar a lição pelo id
err-match-no-lesson-in-course = não há lição { $lesson } em um curso `{ $course }`
err-match-no-id-or-title = não há id nem título de lição
err-match-no-title = nenhuma lição tem o título `{ $title }`
err-match-many-titles = { $count } lições têm o título `{ $title }` ({ $lessons }); adicione a coluna do curso

## recusas da edição (src/services/authoring/refusal.rs)

err-quoted = { $text }
err-lesson-empty = o texto da lição está vazio
err-lesson-empty-hint = escreva a lição ou deixe-a como estava
err-answer-no-lessons = a resposta não lista nenhuma aula
err-answer-no-lessons-hint = peça de novo ou escreva o currículo com `lectern curriculum --edit`
err-authoring-refusal = { $line }:{ $column }: { $message } ({ $hint })
