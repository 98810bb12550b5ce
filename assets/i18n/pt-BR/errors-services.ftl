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
