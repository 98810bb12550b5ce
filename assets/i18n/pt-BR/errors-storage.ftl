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

## conversa com o servidor de sincronização (src/storage/sync, src/services/sync); as palavras
## do próprio servidor são citadas como vieram

err-sync-server = servidor de sincronização: { $message }
err-sync-no-answer-push = servidor de sincronização: { $server } não respondeu ao envio em { $seconds } s; nada se perdeu — rode o sync de novo
err-sync-no-answer-pull = servidor de sincronização: { $server } não respondeu ao recebimento em { $seconds } s; nada se perdeu — rode o sync de novo
err-sync-too-new = o esquema de sync `{ $schema }` do servidor está na versão { $found }, mais nova do que esta versão do lectern aceita ({ $supported }); nada foi gravado — atualize o lectern nesta máquina
err-sync-not-initialized = o servidor ainda não tem o esquema de sync do lectern `{ $schema }`; rode `lectern sync init` uma vez (qualquer réplica pode rodar)
err-sync-bad-schema = nome de esquema de sync inválido `{ $name }`: use letras minúsculas, dígitos e _

## a conexão de sync (src/storage/sync/connect)

err-sync-config = configuração do sync: { $error }
err-sync-url-password = a [sync] url `{ $url }` traz uma senha; coloque a URL na variável de ambiente `{ $var }`, ou só a senha na variável indicada por password_env
err-sync-password-env-unset = [sync] password_env indica `{ $var }`, mas essa variável de ambiente não está definida
err-sync-url-no-user = a URL de sync de { $host }:{ $port } não indica usuário; escreva postgres://USUARIO@{ $host }:{ $port }/BANCO
err-sync-url-socket = a URL de sync indica a pasta de socket Unix { $folder }; use um host TCP (127.0.0.1 para um servidor local)
err-sync-ca-file = arquivo de CA { $path }: { $reason }; [sync] ca_file deve ser o arquivo PEM da autoridade certificadora do servidor
err-sync-ca-no-pem = ele não contém nenhum certificado PEM (BEGIN CERTIFICATE)
err-sync-connect = não foi possível alcançar o servidor de sincronização em { $endpoint }: { $reason }
err-sync-not-postgres = resposta inesperada { $answer } ao pedido de TLS: isto é mesmo um servidor PostgreSQL?
err-sync-connect-timeout = o servidor de sincronização em { $endpoint } não completou a conexão em { $seconds } s ([sync] connect_timeout_secs); confira o host, a porta e a rede
err-sync-tls = o TLS com o servidor de sincronização em { $endpoint } falhou: { $reason }
err-sync-no-tls = o servidor não aceita TLS; se ele está numa rede em que você confia (loopback), acrescente ?sslmode=disable à URL
err-sync-answered = o servidor de sincronização em { $endpoint } respondeu com um erro: { $message }
err-sync-stalled = o servidor de sincronização em { $endpoint } não respondeu em { $seconds } s ([sync] statement_timeout_secs); a conexão foi descartada e o próximo sync começa do zero
err-sync-closed = a conexão com o servidor de sincronização em { $endpoint } caiu: { $reason }

## um salvamento cuja base mudou (src/storage/conflict.rs)

err-conflict = { $what } mudou desde que o texto foi aberto; o texto de partida era { $base }, o guardado agora é { $current }; nada foi salvo
err-conflict-by = { $what } mudou desde que o texto foi aberto ({ $source } por { $author } em { $at }, revisão { $revision }); o texto de partida era { $base }, o guardado agora é { $current }; nada foi salvo
err-conflict-what-lesson = a lição { $id }
err-conflict-what-brief = o briefing
err-conflict-what-curriculum = o currículo
err-conflict-what-research = o relatório de pesquisa { $name }
err-conflict-what-status = o status do curso
