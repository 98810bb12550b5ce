# The workbench: the workbench's frame (src/tui/app, widgets): notifications, the status bar's sync line, the too-small notice.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).
# `{ $error }` is a lower layer's own text (storage, services, the sync server), quoted as written.

## The frame: screen names (breadcrumb, help sections, palette) and the too-small notice

tui-app-section-course = Course
tui-app-section-lesson = Lesson
tui-app-section-editor = Editor
tui-app-section-search = Search
tui-app-section-history = History
tui-app-section-messages = Messages
tui-app-section-personas = Personas
tui-app-section-conflicts = Conflicts
tui-app-section-analytics = Analytics
tui-app-too-small = Terminal too small
tui-app-too-small-size = { $width }×{ $height }, needs { $min_width }×{ $min_height }
tui-app-too-small-hint = Enlarge the window, or Q to quit

## Watching a lesson being written (footer and help)

tui-app-watch-section = Watching a lesson being written
tui-app-watch-help = help
tui-app-watch-leave-short = leave (the run goes on)
tui-app-watch-leave = leave the lesson; the run goes on (J shows it)
tui-app-watch-jobs-short = jobs ({ $cancel } cancels)
tui-app-watch-jobs = the jobs panel, where { $cancel } cancels the run
tui-app-watch-quit = quit (asks first)

## Notifications (the status line)

tui-app-your-data = your data: { $path }
# Appended to what a bulk action did, so the way back is never a secret.
tui-app-undo-hint = { " " }· u undo
tui-app-library-failed = cannot load the library: { $error }
tui-app-course-failed = cannot load course { $slug }: { $error }
tui-app-lesson-failed = cannot open the lesson: { $error }
tui-app-archived = archived { $slug }: kept in the database, out of the library
tui-app-archive-failed = cannot archive { $slug }: { $error }
# $status: the course status it has again (`course-status`).
tui-app-unarchived = unarchived { $slug }: back in the library as { $status }
tui-app-not-archived = { $slug } is not archived
tui-app-unarchive-failed = cannot unarchive { $slug }: { $error }
tui-app-import-refused = import refused: { $error }
# After an import's report: `m` opens the messages of the course it warned about.
tui-app-import-messages = { " " }· m messages
tui-app-import-messages-of = { " " }· m messages of { $first } (and { $n ->
        [one] { $n } more course
       *[other] { $n } more courses
    })
tui-app-nothing-to-undo = nothing to undo: no course selected
tui-app-not-restored = not restored: { $error }
tui-app-nothing-undone = nothing undone: { $error }
tui-app-no-course-selected = no course selected: nothing to show
tui-app-persona-set = { $course } is now written in { $persona }'s voice
tui-app-persona-cleared = { $course } has no persona now
tui-app-persona-failed = cannot set the persona of { $course }: { $error }
tui-app-resolve-failed = cannot resolve the conflict: { $error }
tui-app-merge-ready = merged text with conflict markers (unsaved): edit it, Ctrl-s resolves
tui-app-watch-needs-course = open the course to watch lesson { $lesson } being written

## What the storage worker reports (src/tui/run)

tui-app-imported-one = imported { $slug } ({ $lessons } lessons, { $warnings } warnings)
tui-app-imported-many = imported { $courses } courses ({ $lessons } lessons, { $warnings } warnings in { $warned } of them)
tui-app-import-also-refused = ; refused { $n } (first: { $first })
tui-app-import-no-course = { $path } holds no course folder (COURSE-BRIEF.md, curriculum, lessons/)
tui-app-no-such-lesson = course { $slug } has no lesson { $lesson }
# $what: the text restored (`brief`, `curriculum`, `lesson 1.2`), as the history names it.
tui-app-restored = { $what } of { $slug } restored from revision { $from } (kept as new revision { $id })
tui-app-restored-what = { $target ->
        [brief] Brief
        [curriculum] Curriculum
       *[other] Lesson { $target }
    }
tui-app-undone = undid the last `{ $source }` on { $slug }: { $n } text(s) back to their previous revision
tui-app-diff-nothing = nothing
tui-app-diff-current = { $revision } → current text
tui-app-resolved = resolved `{ $target }` of { $course }; the next sync shares it
tui-app-resolved-revision = resolved `{ $target }` of { $course } (new revision { $id }); the next sync shares it
# Where a refused brief is pointed at (`brief:3:1: …`).
tui-app-brief-file = brief
tui-app-hand-off-runtime = the $EDITOR hand-off needs the terminal (runtime only)
tui-app-hand-off-failed = cannot hand the terminal to the editor: { $error }
tui-app-take-back-failed = cannot take the terminal back: { $error }
tui-app-generation-stopped = the generation task stopped: { $error }
tui-app-lookup-stopped = the lookup task stopped: { $error }
tui-app-curriculum-generated = curriculum generated ({ $provider }): { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    }, { $lessons ->
        [one] { $lessons } lesson
       *[other] { $lessons } lessons
    } saved as version { $version }
tui-app-research-generated = market research generated ({ $provider }): { $n } reports stored ({ $reports })
tui-app-needs-terminal = the workbench needs a terminal and stdout is not one; in scripts use `lectern list` or `lectern show SLUG`
tui-app-opening-database = opening database { $path }
tui-app-opening-database-sync = opening database { $path } for sync
tui-app-terminal-setup = setting up the terminal
tui-app-sigterm = listening for SIGTERM
tui-app-no-storage-thread = cannot start the storage thread: { $error }
tui-app-terminal-input = reading terminal input
# How long ago (the history's rows, the sync line): $unit is min, h, d or mo.
tui-app-age-now = now
tui-app-age = { $unit ->
        [min] { $n } min
        [h] { $n } h
        [d] { $n } d
       *[mo] { $n } mo
    }

## Sync: the status bar's line and the sync-now key

tui-sync-counts = ⇅ { $up }↑ { $down }↓
tui-sync-offline = ⇅ offline · { $up }↑
tui-sync-pending = ⇅ { $up }↑
tui-sync-conflicts = { $n ->
        [one] { $n } conflict
       *[other] { $n } conflicts
    }
tui-sync-just-now = synced just now
# $age: `tui-app-age`.
tui-sync-ago = synced { $age } ago
tui-sync-never = never synced
tui-sync-syncing = ⇅ syncing…
tui-sync-syncing-then = ⇅ syncing… · { $rest }
tui-sync-not-configured = sync is not configured: set LECTERN_SYNC_URL (or [sync] url in the config) to the server's PostgreSQL URL and restart; see docs/sync.md
tui-sync-already-running = a sync is already running
tui-sync-started = syncing with { $server }…
tui-sync-synced = synced: { $summary }
tui-sync-pulled = pulled { $n ->
        [one] { $n } revision
       *[other] { $n } revisions
    } from the server
tui-sync-pulled-course = pulled { $n ->
        [one] { $n } revision
       *[other] { $n } revisions
    } of { $course } from the server
tui-sync-pulled-courses = pulled { $n ->
        [one] { $n } revision
       *[other] { $n } revisions
    } of { $courses } courses from the server
tui-sync-failed = sync with { $server }: { $error }
tui-sync-no-thread = cannot start the sync thread: { $error }
tui-sync-no-runtime = sync cannot start its runtime: { $error }
tui-app-conflict-no-editor = the workbench has no editor for `{ $target }`: merge it with `lectern conflicts resolve { $course } { $target } --file MERGED`
