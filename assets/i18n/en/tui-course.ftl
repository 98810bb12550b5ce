# The workbench: the course screen (src/tui/screens/course) and the jobs panel and generation dialogs (src/tui/screens/jobs), with the [course] keymap section.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## The course screen: header

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
