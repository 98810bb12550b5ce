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
