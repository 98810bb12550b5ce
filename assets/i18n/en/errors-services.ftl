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

## generation (src/services/generate*.rs, doc_job.rs; src/generation/pricing.rs, prompt.rs)

err-cannot-read-prices = cannot read price table { $path }: { $error }
err-pricing-entry =
    { $path }:{ $line }:{ $column }: { $message }
    { "  " }fix the entry or remove it (prices are dollars per million tokens, as in the shipped assets/pricing.toml)
err-cannot-read-template = cannot read prompt template { $path }: { $error }
err-generate-no-brief = course `{ $slug }` has no brief; write one with `lectern brief { $slug } --edit`
err-generate-empty-outline = the brief's outline (§3.3) lists no modules or lessons; fill it in with `lectern brief { $slug } --edit`, or use a language-model provider
err-generate-curriculum-exists = course `{ $slug }` already has a curriculum; pass --force to replace it
err-generate-research-exists = course `{ $slug }` already has market research; pass --force to replace it
err-generate-saving-thread = cannot start the saving thread: { $error }
err-generate-running = a generation of `{ $slug }` is already running (process { $pid }, lock { $lock }); wait for it to finish or stop it, then run again (or `--resume` what it leaves unfinished)
err-generate-nothing-to-resume = course `{ $slug }` has no unfinished generation job to resume
err-generate-no-job-to-resume = course `{ $slug }` has no unfinished { $kind } job to resume; start one without --resume
err-generate-curriculum-changed = the curriculum of `{ $slug }` changed since the job started ({ $at }); start a new run without --resume
err-generate-unapproved = the curriculum of `{ $slug }` was changed ({ $source }, { $at }) and has not been approved since, so its lessons may no longer be the ones it lists; approve it again (`lectern curriculum { $slug } --approve`, or approve in the curriculum editor), or pass --allow-unapproved to generate anyway
err-no-lesson = course `{ $slug }` has no lesson `{ $lesson }` (see `lectern show { $slug }`)
err-generate-unknown-provider = { "[" }generation] provider = "{ $provider }" is not offline, openai or anthropic
err-provider-url-credentials = the base URL { $url } carries credentials (user:password@); they would end up in shell history or the config file — put the URL in the LECTERN_BASE_URL environment variable instead, or the key in { $key }
err-provider-key-env-unnamed = the variable named by `api_key_env`
err-provider-no-key = no API key for { $provider }: set { $env } (or `api_key_env` in [generation]), or use --provider offline
err-resume-unknown-provider = job { $job } records provider `{ $provider }`, which this lectern does not know
err-resume-differs = job { $job } was started with provider { $provider }, model { $model }; a resume continues with those, but you asked for { $asked }: drop those flags, or pass --switch-provider to resume with yours (recorded on the job)
err-resume-differs-provider = provider { $asked } (job: { $job })
err-resume-differs-model = model { $asked } (job: { $job })
err-resume-differs-url = base URL { $asked } (job: { $job })
err-resume-default-url = default
err-list-comma = { $first }, { $rest }
err-document-bad-answer = the model's curriculum was refused: answer:{ $line }:{ $column }: { $message } ({ $hint }); nothing was stored
err-document-interrupted = interrupted; job { $job } keeps what arrived: run again with --resume to finish it
err-document-incomplete = { $message }; job { $job } keeps the parts that arrived: run again with --resume to ask for the rest

## personas (src/services/persona.rs, persona_prompt.rs)

err-persona-not-found = no persona `{ $slug }` (see `lectern persona list`; create one with `lectern persona new` or `lectern persona import`)
err-persona-exists = persona `{ $slug }` already exists; pass --force to replace it
# The domain's slug rule (domain::persona::slug_problem), word for word.
err-persona-slug = `{ $slug }` is not a valid persona slug: use 2–60 lower-case letters, digits, `-` or `_`, starting with a letter or digit
err-persona-no-name = persona `{ $slug }` needs a display name (--name)
err-persona-too-many-phrases = persona `{ $slug }`: a voice profile keeps at most { $max } recurring phrases ({ $given } given); keep the most characteristic ones
err-persona-empty-brief = { $path }: §4 (Voz & Personalidade) describes no tone, traits, phrases or never-says and names no mind; fill it in, or import a folder with system_prompt.md
err-persona-empty-folder = { $path } holds neither a system_prompt.md with text nor a voice.yaml (tone, style, phrases, never_says)
err-persona-prompt-conflict-marker = line { $line } of the system prompt is a conflict marker (`<<<<<<<`, `=======` or `>>>>>>>`); keep the text you want, remove the markers and save again

## authoring (src/services/authoring/), the offline guard, reports

err-no-lesson = course `{ $slug }` has no lesson `{ $lesson }` (see `lectern show { $slug }`)
err-skeleton-no-lesson = course `{ $slug }` has no lesson { $lesson }
# The domain's slug rule (domain::slug::slug_problem), word for word.
err-course-slug = `{ $slug }` is not a valid slug: use 3–50 lower-case letters, digits and single hyphens (e.g. `{ $suggestion }`)
err-course-title-empty = the title must not be empty
err-curriculum-exists = course `{ $slug }` already has a curriculum ({ $lines } lines); pass --force to replace it
err-curriculum-none-yet = course `{ $slug }` has no curriculum yet; write one with `lectern curriculum { $slug } --edit`
err-curriculum-changed-since-summary = the curriculum changed since you opened this summary ({ $conflict }); open the summary again and approve what it shows
err-curriculum-none-to-approve = course `{ $slug }` has no curriculum to approve
err-curriculum-no-lessons-to-approve = the curriculum lists no lessons (No modules found in curriculum); nothing to approve
err-offline-nothing-to-generate = nothing to generate: the { $count } selected lesson(s) hold text from a person, an import or a real model, which the offline provider never replaces (it only fills planned lessons); choose a real provider with --provider

## the person's own editor (src/services/authoring/external_editor.rs)

err-editor-temp-file = cannot prepare the temp file { $path }: { $error }
err-editor-spawn = cannot start the editor `{ $editor }`: { $error }
err-editor-failed = the editor `{ $editor }` exited with { $status }; the text was left unchanged
err-editor-not-text = the edited file { $path } is not UTF-8 text: { $error }

## learners' figures (src/services/analytics/performance_import.rs)

# Another program's sentence (the CSV reader's), quoted as written in every language.
err-text = { $text }
err-performance-header = { $file }: line 1 (header): { $message }
err-performance-malformed = { $file }: line { $line }, column { $column } `{ $header }`: { $message }; nothing was imported
err-performance-row = { $file }: line { $line }: { $message }; nothing was imported
err-performance-unmatched = { $file }: { $count } row(s) match no lesson; nothing was imported (fix them, or pass --skip-unmatched to import the rest){ $rows }
err-performance-unmatched-row = { "\u000A" }  line { $line }: `{ $named }`: { $reason }{ $rest }
err-performance-two-columns = two columns mean `{ $column }` (`{ $cell }` is the second); keep one
err-performance-no-lesson-column = no column names the lesson: add `lesson id` (with `course`) or `title` (accepted names: { $names })
err-performance-no-figures = no figure columns found (views, completions, completion rate, rating, avg time); accepted names: { $names }
err-performance-too-many-fields = { $fields } fields, the header has { $header } (a value with the delimiter needs quotes)
err-performance-twice = lesson { $lesson } already had figures on line { $first }
err-performance-completions = { $done } completions but only { $views } views
err-performance-names-no-lesson = names no lesson (the lesson id and title cells are empty)

## stored data that no longer holds together (src/services/generate_save.rs, history/restore.rs)

err-save-lesson-gone = stored value is invalid: lesson { $lesson } is gone
err-save-offline-replaced = stored value is invalid: lesson { $lesson } now holds text from a person, an import or a real model; the offline draft was not stored
err-restore-no-revision = stored value is invalid: restoring `{ $target }` recorded no revision
err-restore-parent-missing = stored value is invalid: revision { $revision } is missing
err-restore-bad-status = stored value is invalid: stored status revision `{ $text }` is not a status

## why a row of figures matched no lesson (src/services/analytics/lesson_match.rs)

err-match-no-course-no-title = no course slug and no title to match the lesson id by
err-match-no-lesson-in-course = no lesson { $lesson } in a course `{ $course }`
err-match-no-id-or-title = no lesson id or title
err-match-no-title = no lesson titled `{ $title }`
err-match-many-titles = { $count } lessons are titled `{ $title }` ({ $lessons }); add the course column

## authoring refusals (src/services/authoring/refusal.rs)

err-quoted = { $text }
err-lesson-empty = the lesson text is empty
err-lesson-empty-hint = write the lesson, or leave it unchanged
err-answer-no-lessons = the answer lists no lessons
err-answer-no-lessons-hint = ask again, or write the curriculum with `lectern curriculum --edit`
err-authoring-refusal = { $line }:{ $column }: { $message } ({ $hint })
