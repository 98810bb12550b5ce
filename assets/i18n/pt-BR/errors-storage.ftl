# Recusas do armazenamento e do sync (src/storage, src/services/sync), ditas por `Texts::said`.

## valores guardados que não batem (src/storage)

err-store-no-job = valor guardado inválido: não existe o job de geração { $job }
err-store-job-no-lesson = valor guardado inválido: o job { $job } não tem a lição { $lesson }
err-store-no-lesson-row = valor guardado inválido: não existe a linha de lição { $row }
err-store-not-creatoros = valor guardado inválido: { $path } não tem a tabela content_pieces; é mesmo um banco de dados do CreatorOS?
err-store-lesson-not-written = valor guardado inválido: a lição { $lesson } não foi gravada
err-store-unknown-status = valor guardado inválido: { $kind } desconhecido `{ $value }` (aceitos: { $expected })
err-status-kind-validation = status de validação
err-status-kind-lesson = status de lição
err-status-kind-course = status de curso
err-course-message-source = valor guardado inválido: course_messages.source `{ $value }` não é import, validate nem check
err-course-message-severity = valor guardado inválido: course_messages.severity `{ $value }` não é error, warning nem info
err-course-message-values = valor guardado inválido: valores da mensagem de curso { $code }: { $error }
err-draft-kind = valor guardado inválido: tipo de rascunho desconhecido `{ $value }`
err-draft-no-metadata = valor guardado inválido: o curso { $course } não tem linha de metadados para aprovar

## textos das revisões (src/storage/revision_blobs.rs)

err-blob-missing = valor guardado inválido: o texto da revisão { $sha } não está em revision_blobs; restaure o banco de dados de uma cópia de segurança
err-blob-damaged = valor guardado inválido: o texto da revisão { $sha } está danificado ({ $what }); rode `PRAGMA integrity_check` ou restaure uma cópia de segurança
err-blob-cannot-inflate = não foi possível descompactar: { $error }
err-blob-chain-too-long = cadeia de deltas longa demais
err-blob-not-utf8 = o texto não é UTF-8
err-blob-bad-delta = delta inválido
err-blob-sha-mismatch = o texto reconstruído não bate com o sha256 dele

## o que um pull trouxe (src/storage/sync)

err-sync-row-key-bad = valor guardado inválido: chave de linha do sync { $key }: { $error }
err-sync-row-key-unknown = valor guardado inválido: chave de linha do sync desconhecida { $key }
err-sync-pulled-change-course = valor guardado inválido: uma mudança recebida cita o curso `{ $slug }`, que esta réplica não tem
err-sync-pulled-revision-course = valor guardado inválido: uma revisão recebida cita o curso `{ $slug }`, que esta réplica não tem
err-sync-log-kind = valor guardado inválido: o registro { $seq } do log do servidor tem o tipo desconhecido `{ $kind }`
err-sync-pulled-revision-hash = valor guardado inválido: a revisão recebida { $id } não bate com o sha256 dela
err-sync-head-unknown = valor guardado inválido: a revisão atual do servidor { $id } de { $target } não está entre as revisões desta réplica
err-sync-conflict-no-id = valor guardado inválido: um conflito recebido não tem id

## resolução de conflitos (src/services/sync/resolve.rs)

err-no-open-conflict = não há conflito aberto em `{ $target }` de `{ $slug }` (veja `lectern conflicts`)
err-conflict-mine-missing = valor guardado inválido: o lado “meu” deste conflito (revisão { $id }) ainda não está nesta réplica; rode `lectern sync` antes
err-conflict-theirs-missing = valor guardado inválido: o lado “deles” deste conflito (revisão { $id }) ainda não está nesta réplica; rode `lectern sync` antes
err-conflict-target-no-row = o alvo de conflito `{ $target }` não corresponde a nenhuma linha sincronizada
