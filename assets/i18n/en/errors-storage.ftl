# Refusals of storage and sync (src/storage, src/services/sync), said by `Texts::said`.
# English repeats each error's own `Display` word for word ("stored value is invalid: " where
# the old message showed it): tests/integration/i18n_errors_lower.rs compares them.

## stored values that do not hold together (src/storage)

err-store-no-job = stored value is invalid: no generation job { $job }
err-store-job-no-lesson = stored value is invalid: job { $job } has no lesson { $lesson }
err-store-no-lesson-row = stored value is invalid: no lesson row { $row }
err-store-not-creatoros = stored value is invalid: { $path } has no content_pieces table; is it a CreatorOS database?
err-store-lesson-not-written = stored value is invalid: lesson { $lesson } was not written
err-store-unknown-status = stored value is invalid: unknown { $kind } `{ $value }` (expected one of: { $expected })
err-status-kind-validation = validation status
err-status-kind-lesson = lesson status
err-status-kind-course = course status
err-course-message-source = stored value is invalid: course_messages.source `{ $value }` is not import, validate or check
err-course-message-severity = stored value is invalid: course_messages.severity `{ $value }` is not error, warning or info
err-course-message-values = stored value is invalid: course message { $code } values: { $error }
err-draft-kind = stored value is invalid: unknown draft kind `{ $value }`
err-draft-no-metadata = stored value is invalid: course { $course } has no metadata row to approve

## revision texts (src/storage/revision_blobs.rs)

err-blob-missing = stored value is invalid: revision text { $sha } is missing from revision_blobs; restore the database from a backup
err-blob-damaged = stored value is invalid: revision text { $sha } is damaged ({ $what }); run `PRAGMA integrity_check` or restore a backup
err-blob-cannot-inflate = cannot inflate: { $error }
err-blob-chain-too-long = delta chain too long
err-blob-not-utf8 = text is not UTF-8
err-blob-bad-delta = bad delta
err-blob-sha-mismatch = rebuilt text does not match its sha256

## what a pull brought (src/storage/sync)

err-sync-row-key-bad = stored value is invalid: sync row key { $key }: { $error }
err-sync-row-key-unknown = stored value is invalid: unknown sync row key { $key }
err-sync-pulled-change-course = stored value is invalid: a pulled change names course `{ $slug }`, which this replica does not hold
err-sync-pulled-revision-course = stored value is invalid: a pulled revision names course `{ $slug }`, which this replica does not hold
err-sync-log-kind = stored value is invalid: server log entry { $seq } has unknown kind `{ $kind }`
err-sync-pulled-revision-hash = stored value is invalid: pulled revision { $id } does not hash to its sha256
err-sync-head-unknown = stored value is invalid: the server's head { $id } of { $target } is not among this replica's revisions
err-sync-conflict-no-id = stored value is invalid: a pulled conflict has no id

## resolving a conflict (src/services/sync/resolve.rs)

err-no-open-conflict = no open conflict on `{ $target }` of `{ $slug }` (see `lectern conflicts`)
err-conflict-mine-missing = stored value is invalid: the mine side of this conflict (revision { $id }) is not on this replica yet; run `lectern sync` first
err-conflict-theirs-missing = stored value is invalid: the theirs side of this conflict (revision { $id }) is not on this replica yet; run `lectern sync` first
err-conflict-target-no-row = conflict target `{ $target }` names no synced row

## talking to the sync server (src/storage/sync, src/services/sync); the server's own words
## are quoted as written

err-sync-server = sync server: { $message }
err-sync-no-answer-push = sync server: { $server } did not answer the push within { $seconds } s; nothing was lost — run the sync again
err-sync-no-answer-pull = sync server: { $server } did not answer the pull within { $seconds } s; nothing was lost — run the sync again
err-sync-too-new = the server's sync schema `{ $schema }` is at version { $found }, newer than this lectern supports ({ $supported }); nothing was written — upgrade lectern on this machine
err-sync-not-initialized = the server has no lectern sync schema `{ $schema }` yet; run `lectern sync init` once (any replica may run it)
err-sync-bad-schema = invalid sync schema name `{ $name }`: use lower-case letters, digits and _

## the sync connection (src/storage/sync/connect)

err-sync-config = sync configuration: { $error }
err-sync-url-password = [sync] url `{ $url }` carries a password; put the URL in the environment variable `{ $var }` instead, or the password alone in the variable named by password_env
err-sync-password-env-unset = [sync] password_env names `{ $var }`, but that environment variable is not set
err-sync-url-no-user = the sync URL for { $host }:{ $port } names no user; write it as postgres://USER@{ $host }:{ $port }/DB
err-sync-url-socket = the sync URL names the Unix socket folder { $folder }; use a TCP host (127.0.0.1 for a local server)
err-sync-ca-file = CA file { $path }: { $reason }; [sync] ca_file must be the PEM file of the server's certificate authority
err-sync-ca-no-pem = it holds no PEM certificate (BEGIN CERTIFICATE)
err-sync-connect = cannot reach the sync server at { $endpoint }: { $reason }
err-sync-not-postgres = unexpected answer { $answer } to the TLS request: is this a PostgreSQL server?
err-sync-connect-timeout = the sync server at { $endpoint } did not complete the connection within { $seconds } s ([sync] connect_timeout_secs); check the host, port and network
err-sync-tls = TLS with the sync server at { $endpoint } failed: { $reason }
err-sync-no-tls = the server does not support TLS; if it is on a network you trust (loopback), add ?sslmode=disable to the URL
err-sync-answered = the sync server at { $endpoint } answered with an error: { $message }
err-sync-stalled = the sync server at { $endpoint } sent no answer within { $seconds } s ([sync] statement_timeout_secs); the connection was dropped and the next sync starts afresh
err-sync-closed = the connection to the sync server at { $endpoint } broke: { $reason }

## a save whose base moved on (src/storage/conflict.rs)

err-conflict = { $what } changed since it was opened; started from text { $base }, stored text is now { $current }; nothing was saved
err-conflict-by = { $what } changed since it was opened ({ $source } by { $author } at { $at }, revision { $revision }); started from text { $base }, stored text is now { $current }; nothing was saved
err-conflict-what-lesson = lesson { $id }
err-conflict-what-brief = the brief
err-conflict-what-curriculum = the curriculum
err-conflict-what-research = research report { $name }
err-conflict-what-status = the course status
