# Refusals and errors of the use cases (src/services), said by `Texts::said`. English repeats
# each one's old sentence word for word: tests/integration/i18n_errors_services.rs compares
# them with the errors' `Display`.

## shared

# A refusal that does not name its folder or course, after the one it concerns.
err-at = { $label }: { $error }
err-cannot-read-folder = cannot read folder { $path }: { $error }

## file operations (src/services/folder_write.rs)

err-fs-inspect = cannot inspect { $path }: { $error }
err-fs-create = cannot create { $path }: { $error }
err-fs-write = cannot write { $path }: { $error }
err-fs-sync = cannot sync { $path }: { $error }
err-fs-move = cannot move { $path }: { $error }
err-fs-move-aside = cannot move aside { $path }: { $error }
err-fs-move-into-place = cannot move into place { $path }: { $error }
err-fs-remove-replaced = cannot remove the replaced folder { $path }: { $error }

## import (src/services/folder.rs, import_plan.rs)

err-import-not-a-folder = { $path } is not a folder; pass a course folder or a folder of course folders
err-import-no-course-folder = { $path } holds no course folder (one with lessons/, curriculum.yaml or COURSE-BRIEF.md)
err-import-reserved-character = { $path }: the file name contains U+{ $code }, a character lectern reserves for file names that are not UTF-8; rename the file and import again
err-import-refusal = { $file }:{ $line }:{ $column }: { $message } ({ $hint }); nothing was imported for this course

## export (src/services/folder_write.rs, export_guard.rs, export_plan.rs)

err-export-folder-not-empty = { $path } exists and is not empty; nothing was written — pass --force to replace it, or choose another folder
err-export-parent-missing = the folder { $parent } does not exist; create it first (lectern writes only inside { $path })
err-export-folder-link = { $path } is a symbolic link; lectern never writes through links — pass the real folder
err-export-folder-is-file = { $path } is a file, not a folder; choose a folder to export into
err-export-no-temporary-name = cannot find a free temporary folder name next to { $path }; remove old `.{ $name }.lectern-*` folders there
err-export-file-link = { $path } is a symbolic link; lectern never writes through links — pass a real path
err-export-file-is-folder = { $path } is a folder; pass a file name for the JSON export
err-export-file-exists = { $path } exists; nothing was written — pass --force to replace it
err-export-linked-parent = { $parent } is a symbolic link (a parent folder of { $path }); lectern never writes through links — pass the real folder
err-export-is-protected = { $target } is lectern's { $what } ({ $path }); nothing was written — export to a folder that holds none of lectern's own files
err-export-holds-protected = { $target } contains lectern's { $what } ({ $path }); nothing was written — export to a folder that holds none of lectern's own files
err-export-inside-protected = { $target } is inside lectern's { $what } ({ $path }); nothing was written — export to a folder that holds none of lectern's own files
err-protected-database = database
err-protected-wal = database's write-ahead log
err-protected-shm = database's shared-memory file
err-protected-journal = database's journal
err-protected-backup = database backup
err-protected-config = config file
err-protected-state = state folder
err-export-same-path = two files of course `{ $slug }` would be written to `{ $path }`; rename one lesson's file path and export again
err-export-source-name = the stored { $role } file name `{ $path }` is not a plain file name; re-import the course folder to reset it
err-export-lesson-path = lesson { $lesson } has the stored file path `{ $path }`, which cannot be exported: { $reason }; nothing was written — fix the lesson's file path (or re-import the course) and export again
err-export-research-name = the research report `{ $path }` cannot be exported: { $reason }; rename it in the database (research_summary) or re-import the course
err-export-json = cannot write the { $what } of `{ $slug }` as JSON: { $error }

## why a stored path cannot be written (src/services/safe_path.rs)

err-path-empty = it is empty
err-path-nul = it contains a NUL byte
err-path-backslash = it contains `\`, which some systems read as a folder separator
err-path-absolute = it is absolute
err-path-drive-letter = it starts with a drive letter
err-path-empty-segment = it has an empty path segment (`//` or a trailing `/`)
err-path-dot-segment = it contains `.` or `..`
err-path-outside-lessons = it is not inside `lessons/`

## history, restore, undo (src/services/history/)

err-history-no-target = course `{ $slug }` has no history for `{ $name }`; name a lesson id (see `lectern show { $slug }`), `brief`, `curriculum`, `status` or `research/NAME`
err-history-hint = see `lectern history { $slug } { $target }`
err-history-not-back = `{ $name }` is not a revision: `~N` takes a number of revisions back ({ $hint })
err-history-no-back = `{ $target }` has no revision { $count } back from the current one ({ $hint })
err-history-ambiguous = `{ $name }` names more than one revision of `{ $target }`; give more characters ({ $hint })
err-history-no-revision = `{ $target }` has no revision `{ $name }` ({ $hint })
err-restore-same-text = revision { $revision } already holds the current text of `{ $target }`; nothing to restore
err-undo-nothing = course `{ $slug }` has nothing to undo (see `lectern history { $slug }`)
err-restore-lesson-gone = lesson `{ $lesson }` is no longer in the course; its history is kept but cannot be restored into it
