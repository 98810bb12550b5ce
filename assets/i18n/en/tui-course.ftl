# The workbench: the course screen (src/tui/screens/course) and the jobs panel and generation dialogs (src/tui/screens/jobs), with the [course] keymap section.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## The course screen: its help and palette section, header


tui-course-loading = Loading { $slug }…
tui-course-load-error = Cannot load { $slug }: { $error }
tui-course-conflicts = { $n ->
        [one] { $n } sync conflict
       *[other] { $n } sync conflicts
    } · K
tui-course-messages = { $n ->
        [one] { $n } message
       *[other] { $n } messages
    } · m
tui-course-voice = voice: { $persona }
tui-course-lessons = { $n ->
        [one] { $n } lesson
       *[other] { $n } lessons
    }
tui-course-gps-avg = GPS avg { $avg }
tui-course-didatica-avg = Didática avg { $avg }
tui-course-pass-rate = pass rate { $rate }{ " " }
tui-course-drafts = { " " }◌{ $n ->
        [one] { $n } offline draft
       *[other] { $n } offline drafts
    }
tui-course-planned = { " " }· { $n } planned
tui-course-checking = checking the course…
tui-course-brief-complete = brief { $percent }% complete
tui-course-no-brief = no brief
tui-course-bloom-logical = Bloom ✓ logical
tui-course-bloom-minor = Bloom ! minor jumps
tui-course-bloom-illogical = Bloom ✗ illogical
tui-course-bloom-unknown = Bloom –
tui-course-gate-pass = gate ✓ PASS
tui-course-gate-fail = gate ✗ FAIL (GPS { $gps }%, DL { $dl }%)
tui-course-files-match = curriculum = files
tui-course-planned-only = { $n } planned-only (no file)

## The curriculum tree and the lesson summary

tui-course-tree = { " " }Curriculum{ " " }
tui-course-tree-failing = { " " }Curriculum · failing only{ " " }
tui-course-no-failing = No failing lessons. f shows every lesson.
tui-course-no-lessons = This course has no lessons yet. c write the curriculum · C generate it from the brief · i import a folder (from the library)
tui-course-module = Module { $n }
tui-course-not-in-curriculum = Not in the curriculum
tui-course-other-lessons = Other lessons
tui-course-cell-planned = plan
tui-course-summary = { " " }Lesson{ " " }
tui-course-select = Select a lesson.
tui-course-planned-no-content = Planned in the curriculum; no content yet.
tui-course-not-scored-yet = Not scored yet.
tui-course-passes-at = { " " }(passes at 70)
tui-course-words = { $words } words · ~{ $minutes } min read
tui-course-no-issues = No issues.
tui-course-top-issues = Top issues ({ $n })
tui-course-more-issues = … { $n } more: Enter opens the lesson

## A lesson's status, its editorial status (full, and in the tree's 5-column cell) and its
## Bloom level (glossary: lembrar … criar; the short form fills a 3-column cell).

tui-course-status-passed = ✓ passed
tui-course-status-warning = ! warning
tui-course-status-failed = ✗ failed
tui-course-status-planned = · planned
tui-course-status-draft = ◌ offline draft
tui-course-status-not-scored = ? not scored
tui-course-editorial-draft = draft
tui-course-editorial-reviewed = reviewed
tui-course-editorial-published = published
tui-course-editorial-archived = archived
tui-course-editorial-cell-draft = draft
tui-course-editorial-cell-reviewed = reviewed
tui-course-editorial-cell-published = published
tui-course-editorial-cell-archived = archived
tui-course-bloom-remember = Remember
tui-course-bloom-understand = Understand
tui-course-bloom-apply = Apply
tui-course-bloom-analyze = Analyze
tui-course-bloom-evaluate = Evaluate
tui-course-bloom-create = Create

## The course screen's notifications

tui-course-cannot-load = cannot load course { $slug }: { $error }
tui-course-none-failing = no failing lessons in this course
tui-course-planned-lesson = lesson { $id } is planned in the curriculum but has no content yet

## [course]

key-course-open = open the lesson
    .hint = open lesson
key-course-failing-only = show failing lessons only / all lessons
    .hint = failing only
key-course-switch-pane = switch between tree and summary
    .hint = pane
key-course-focus-left = focus the curriculum tree
key-course-focus-right = focus the lesson summary
key-course-down = next lesson (or scroll the summary)
key-course-up = previous lesson (or scroll the summary)
key-course-page-down = ten lessons down
key-course-page-up = ten lessons up
key-course-top = first lesson (g generates here)
key-course-bottom = last lesson
key-course-edit-brief = edit the course brief
    .hint = brief
key-course-edit-curriculum = edit (and approve) the curriculum
    .hint = curriculum
key-course-edit-lesson = edit the selected lesson (planned ones too)
    .hint = edit
key-course-review = failing lessons grouped by issue
    .hint = review
key-course-generate-all = generate every planned lesson (asks first: count, provider, cost)
key-course-regenerate = regenerate the selected lesson (optional one-line instruction)
key-course-regenerate-failing = regenerate every failing lesson (asks first)
key-course-cancel-job = cancel the selected generation (stored lessons stay)
key-course-cancel-all-jobs = cancel every running generation
key-course-generate-curriculum = generate the curriculum from the brief (asks first; the old one is kept as a version)
key-course-generate-research = generate the four market-research reports from the brief (asks first)
key-course-history = history of the selected lesson (Tab there: brief, curriculum)
key-course-undo = undo the course's last bulk action (regeneration, re-import, restore, archive)
key-course-messages = what the last import, validate and check said about the course
    .hint = messages
key-course-personas = pick the persona whose voice the course is written in
key-course-conflicts = what sync could not merge in this course: keep mine, keep theirs or merge in the editor
key-course-analytics = analytics of this course: score spread, weakest elements, modules, issue codes, trends

## The jobs panel (J): runs of this session, then the recorded jobs

tui-jobs-title = { " " }Generation jobs · total { $cost }{ " " }
tui-jobs-empty = No generation yet. On a course: g generates the planned lessons, r regenerates the selected one, R every failing one.
tui-jobs-key-select = select
tui-jobs-key-open = resume / watch
tui-jobs-key-cancel = cancel
tui-jobs-key-cancel-all = cancel all
tui-jobs-key-close = close
tui-jobs-cost-free = free
tui-jobs-cost-unknown = cost unknown
tui-jobs-state-stored = stored
tui-jobs-state-cancelled-resumable = cancelled (the job stays resumable)
tui-jobs-state-refused = refused: { $message }
tui-jobs-state-cancelling = cancelling…
tui-jobs-state-running = running
tui-jobs-state-starting = starting
tui-jobs-state-running-count = running { $done }/{ $all }
tui-jobs-state-finished = finished { $done }/{ $all }
tui-jobs-state-cancelled = Cancelled { $done }/{ $all }
tui-jobs-state-interrupted = interrupted, { $all } left — Enter resumes
tui-jobs-tokens = { " " }({ $input }+{ $output } tokens)
tui-jobs-estimated = { " " }· est. { $cost }
tui-jobs-document-curriculum = curriculum
tui-jobs-document-research = market research
tui-jobs-lesson-queued = queued
tui-jobs-lesson-streaming = streaming
tui-jobs-lesson-retrying = retrying: { $message }
tui-jobs-lesson-scored = scored { $status }
tui-jobs-lesson-failed = failed: { $message }
tui-jobs-lesson-cancelled = Cancelled
# $chars and $seconds come padded to their column; $attempt is a number or "-".
tui-jobs-lesson-facts-wide = { " " }{ $chars } ch · a{ $attempt } · { $seconds } s · { $cost } ·{ " " }
tui-jobs-lesson-facts = { " " }{ $chars }ch a{ $attempt } { $seconds }s { $cost }{ " " }
tui-jobs-recorded = Recorded jobs (newest first)
tui-jobs-recorded-id = { "  " }job { $id }{ " " }
tui-jobs-kind-lessons = lessons
tui-jobs-kind-curriculum = curriculum
tui-jobs-kind-research = research
tui-jobs-status-running = running
tui-jobs-status-cancelled = cancelled
tui-jobs-status-finished = finished

## A lesson streaming, and its score change once stored

tui-jobs-stream-title = { " " }{ $id } · generating · attempt { $attempt } · { $chars } chars · { $seconds } s · { $cost }{ " " }
tui-jobs-generated = { " " }Generated ·{ " " }
tui-jobs-change-facts = { " " }· attempt { $attempt } · { $cost } · { $seconds } s

## The generation dialogs: g / R (confirm), r (instruction), C / M (documents)

tui-jobs-generate-title = { " " }Generate{ " " }
tui-jobs-generate-planned = Generate { $n } planned { $n ->
        [one] lesson
       *[other] lessons
    } of { $course }?
tui-jobs-generate-failing = Generate { $n } failing { $n ->
        [one] lesson
       *[other] lessons
    } of { $course }?
tui-jobs-confirm-keys = Enter or y starts · Esc or n cancels
tui-jobs-regenerate-title = { " " }Regenerate{ " " }
tui-jobs-regenerate = Regenerate { $id } { $title }
tui-jobs-instruction = Instruction for the model (optional, one line):
tui-jobs-instruction-keys = Enter starts · Esc cancels
tui-jobs-document-keys = Enter or y generates · Esc or n cancels
tui-jobs-curriculum-title = { " " }Curriculum{ " " }
tui-jobs-research-title = { " " }Market research{ " " }
tui-jobs-generate-curriculum = Generate the curriculum of { $course } from its brief?
tui-jobs-generate-research = Generate the market research of { $course } from its brief?
tui-jobs-replaces-curriculum = Replaces the stored curriculum (kept as a version; lessons stay).
tui-jobs-replaces-research = Replaces the four stored market-research reports.
tui-jobs-no-curriculum = The course has no curriculum yet.
tui-jobs-no-research = The course has no market research yet.
tui-jobs-provider = Provider{ " " }
tui-jobs-model = { " " }· model{ " " }
tui-jobs-note = Note: { $note }
tui-jobs-ignored-instruction = offline drafts ignore instructions (--instruction)
tui-jobs-ignored-temperature = offline drafts have no temperature (configured { $temperature })
tui-jobs-ignored-model = offline drafts use no model (--model)
# The estimate's labels are padded to the longest one plus a space.
tui-jobs-label-estimate = Estimate
tui-jobs-label-tokens = Tokens
tui-jobs-label-cost = Cost
tui-jobs-label-time = Time
tui-jobs-estimating = counting the prompts' tokens…
tui-jobs-no-estimate = none: { $reason }
tui-jobs-offline-cost = free, instant (offline drafts, no network)
tui-jobs-cost-table = ~{ $usd } (pricing table)
tui-jobs-cost-table-retries = ~{ $usd } (pricing table; up to ×{ $n } if answers are refused)
tui-jobs-unknown-price = unknown price: { $model } is not in the pricing table
tui-jobs-time-seconds = ~{ $seconds } s at { $rate } tokens/s measured
tui-jobs-time-minutes = ~{ $minutes } min at { $rate } tokens/s measured
tui-jobs-no-time = no estimate yet (no measured run of this model)
tui-jobs-token-counts = ~{ $input } in + ~{ $output } out, { $requests } { $requests ->
        [one] request
       *[other] requests
    }
# Which texts a run replaces: $whose is person, imported or both.
tui-jobs-replaced = { $n } { $n ->
        [one] lesson
       *[other] lessons
    } with { $whose ->
        [person] a person's text
        [imported] imported text
       *[both] a person's or imported text
    } will be replaced; { $n ->
        [one] its
       *[other] their
    } text stays in history, `u` undoes
tui-jobs-replaced-offline = { $n } { $n ->
        [one] lesson
       *[other] lessons
    } with { $whose ->
        [person] a person's text
        [imported] imported text
       *[both] a person's or imported text
    } will be left as { $n ->
        [one] it is
       *[other] they are
    }: the offline provider only fills planned lessons and its own drafts

## The jobs panel's notifications

tui-jobs-cannot-generate = cannot generate: { $message }
tui-jobs-none-planned = no planned lessons to generate (R regenerates failing ones, r the selected one)
tui-jobs-none-failing = no failing lessons to regenerate
tui-jobs-none-selected = no lesson selected
tui-jobs-already-running = a generation of this course is already running (J shows it)
tui-jobs-generating = generating { $n } { $n ->
        [one] lesson
       *[other] lessons
    } with { $provider } { $model } — J shows progress, x cancels
tui-jobs-cancelling = cancelling the generation; stored lessons stay
tui-jobs-nothing-to-cancel = no running generation to cancel
tui-jobs-cancelling-all = cancelling { $n } generation(s); stored lessons stay
tui-jobs-cannot-resume = cannot resume: { $message }
tui-jobs-resuming = resuming the generation of { $course }
tui-jobs-did-not-start = generation did not start: { $message }
tui-jobs-cannot-find-unfinished = cannot look for unfinished generations: { $error }
tui-jobs-unfinished = unfinished generation of { $course } ({ $n } lesson(s) left){ $more ->
        [0] {""}
       *[other] { " " }and { $more } more
    } — J, then Enter resumes
tui-jobs-run-finished = generation finished: { $finished } of { $lessons } lesson(s) stored, { $passed } passed, { $failed } failed · { $cost } · { $seconds } s
tui-jobs-run-cancelled = generation cancelled: { $finished } of { $lessons } lesson(s) stored, { $passed } passed, { $failed } failed · { $cost } · { $seconds } s
tui-jobs-document-running = { $document ->
        [curriculum] the curriculum
       *[research] the market research
    } of this course is already being generated
tui-jobs-document-generating = generating { $document ->
        [curriculum] the curriculum
       *[research] the market research
    } of { $course } with { $provider } { $model } — J shows it, x cancels
tui-jobs-document-failed = { $document ->
        [curriculum] the curriculum
       *[research] the market research
    } was not generated: { $message }
