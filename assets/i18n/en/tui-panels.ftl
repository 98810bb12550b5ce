# The workbench: the messages, personas, conflicts and analytics screens (src/tui/screens/{messages,personas,conflicts,analytics}) with their keymap sections.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## Messages (src/tui/screens/messages)

tui-messages-title = Messages
tui-messages-block = { " " }Messages{ " " }
tui-messages-count = { " " }· { $n ->
        [one] { $n } message
       *[other] { $n } messages
    }
tui-messages-from = {"  "}from the last import, validate and check
tui-messages-loading = Loading the messages…
tui-messages-error = Cannot load the messages: { $error }
tui-messages-none = No messages: the last import, validate and check found nothing to say.
tui-messages-selected = { " " }Selected{ " " }
tui-messages-severity-error = error
tui-messages-severity-warning = warning
tui-messages-severity-info = info
tui-messages-opens-at = { " " }opens lesson { $lesson } at line { $line }
tui-messages-opens = { " " }opens lesson { $lesson }
tui-messages-nothing-to-open = not about a lesson: nothing to open
tui-messages-not-a-lesson = { $location } is not a lesson: open it with b (brief), c (curriculum) or your editor

key-messages-open = open the lesson at the message's line (when it points into one)
    .hint = open lesson
key-messages-close = back to the course
key-messages-down = next message
key-messages-up = previous message
key-messages-page-down = ten messages down
key-messages-page-up = ten messages up
key-messages-top = first message
key-messages-bottom = last message

## Personas (src/tui/screens/personas)

tui-personas-title = Personas
tui-personas-header = { " " }Personas
tui-personas-block = { " " }Personas{ " " }
tui-personas-detail = { " " }Persona{ " " }
tui-personas-voice-of = {"  "}voice of { $course }: Enter assigns · x none
tui-personas-browsing = {"  "}the instructors whose voice courses are written in
tui-personas-loading = Loading the personas…
tui-personas-error = Cannot load the personas: { $error }
tui-personas-none = No personas yet: `lectern persona import FOLDER` or `lectern persona new`.
tui-personas-courses-count = { $n ->
        [0] no course
        [one] { $n } course
       *[other] { $n } courses
    }
tui-personas-courses = courses: { $courses }
tui-personas-no-courses = none
tui-personas-prompt-text = text in prompts:
tui-personas-kind-system-prompt = system prompt
tui-personas-kind-voice-profile = voice profile
tui-personas-kind-name-only = name only
tui-personas-not-picking = open a course and press p to give it one of these voices (or `lectern persona assign`)

key-personas-assign = make the selected persona the course's voice (when picking for a course)
    .hint = assign
key-personas-unassign = take the course's persona off (when picking for a course)
    .hint = none
key-personas-close = back
key-personas-down = next persona
key-personas-up = previous persona
key-personas-top = first persona
key-personas-bottom = last persona

## Conflicts (src/tui/screens/conflicts)

tui-conflicts-title = Conflicts
tui-conflicts-header = { " " }Conflicts
tui-conflicts-open = { " " }· { $n } open
tui-conflicts-open-of = { " " }of { $course } · { $n } open
tui-conflicts-explain = {"  "}texts both sides changed; both are kept until you choose
tui-conflicts-block = { " " }Open conflicts{ " " }
tui-conflicts-loading = Loading the conflicts…
tui-conflicts-error = Cannot load the conflicts: { $error }
tui-conflicts-none = No open conflicts: every synced text is merged.
tui-conflicts-sides = mine { $mine } { $mine_at } · theirs { $theirs } { $theirs_at }
tui-conflicts-no-ancestor = (no common text)
tui-conflicts-ancestor = { " " }Ancestor{ " " }
tui-conflicts-mine = { " " }Mine · { $author }{ " " }
tui-conflicts-theirs = { " " }Theirs · { $author }{ " " }
tui-conflicts-single-value = { $target } is a single value: keep mine or keep theirs
# The labels on the conflict marker lines of the merged text (`<<<<<<< mine`).
tui-conflicts-marker-mine = mine
tui-conflicts-marker-theirs = theirs

key-conflicts-keep-mine = keep my side (a new revision; the next sync shares it)
    .hint = keep mine
key-conflicts-keep-theirs = keep their side (a new revision; the next sync shares it)
    .hint = keep theirs
key-conflicts-open-merged = open the merged text, with conflict markers, in the editor (saving it resolves)
    .hint = merge
key-conflicts-close = back
key-conflicts-down = next conflict
key-conflicts-up = previous conflict
key-conflicts-scroll-down = scroll the three texts down
key-conflicts-scroll-up = scroll the three texts up

## Analytics (src/tui/screens/analytics)

tui-analytics-title = Analytics { $name }
# The help and palette section of the screen.
tui-analytics-title-library-loaded = Analytics Library
tui-analytics-title-library = Analytics library
# The library's name once its figures are loaded (the loader's title).
tui-analytics-library = Library
tui-analytics-section-scores = Scores
tui-analytics-section-elements = Elements
tui-analytics-section-courses = Courses
tui-analytics-section-modules = Modules
tui-analytics-section-issues = Issues
tui-analytics-section-trends = Trends
tui-analytics-section-origin = Origin
tui-analytics-section-outcomes = Outcomes
tui-analytics-section-lessons = Lessons
tui-analytics-module = Module { $n }
tui-analytics-no-module = no module
tui-analytics-error = Cannot load the figures: { $error }
tui-analytics-loading = Loading the figures…
tui-analytics-headline = { " " }· { $lessons } of { $total } scored · Didática { $didatica } · passed { $passed } · GPS { $gps }/30
# Each section's answer. English is the domain's sentence (domain::analytics::answers, shared
# with the HTML report); these English lines say the same, for the other languages to follow.
tui-analytics-answer-scores = { $below } of { $lessons } scored lessons are below the Didática pass line of 70; { $valid } have a valid GPS.
tui-analytics-answer-weakest-element = Lessons miss { $element } most: they earn { $share } of its { $points } points on average.
tui-analytics-answer-no-elements = No lesson in scope has per-element points stored.
tui-analytics-answer-trend = Didática averaged { $first } at the first revision of { $lessons } lessons and { $last } at revision { $revision } ({ $revised ->
        [one] { $revised } lesson
       *[other] { $revised } lessons
    } revised that often): { $verdict }.
tui-analytics-trend-helped = revising helped
tui-analytics-trend-not-yet = revising has not helped yet
tui-analytics-trend-no-change = no change
tui-analytics-answer-single-revision = Every lesson has a single scored revision so far (Didática { $didatica }).
tui-analytics-answer-no-revisions = No scored revisions yet.
tui-analytics-answer-no-outcomes = No learner outcomes imported (lectern performance import FILE.csv).
tui-analytics-answer-not-enough = not enough data: { $n } lessons with both a score and a completion rate ({ $needed } needed)
tui-analytics-answer-correlation = Across { $n } lessons, Didática and completion correlate at r = { $r } ({ $strength }).
tui-analytics-strength-strong = strong
tui-analytics-strength-moderate = moderate
tui-analytics-strength-weak = weak
tui-analytics-strength-none = none to speak of
tui-analytics-answer-never-varies = Completion or Didática never varies across { $n } lessons.
tui-analytics-answer-top-issue = { $code } is the most frequent issue: { $n ->
        [one] { $n } lesson has
       *[other] { $n } lessons have
    } it.
tui-analytics-answer-no-issues = No issues found in the lessons in scope.
tui-analytics-didatica-bands = Didática, lessons per 10-point band
# The line under the Didática chart: this text, filled with ─ up to the pass line, then ┤.
tui-analytics-below-pass = ✗ below 70{ " " }
tui-analytics-pass-line = ✓ pass ≥ 70
tui-analytics-gps-levels = GPS, lessons at 0/10/20/30 points
tui-analytics-points = { $n } pts
tui-analytics-elements = Didática elements, weakest first
tui-analytics-element-share = { $share } of { $points } pts
tui-analytics-gps-parts = GPS parts present
tui-analytics-answer-weakest-group = { $name } is the weakest: Didática { $didatica } on average, { $pass } of its lessons pass.
tui-analytics-answer-no-scored = No scored lessons yet.
tui-analytics-groups-caption = Average Didática · pass rate · lessons (◀ weakest)
# The bar's text is drawn over the bar; keep it short (ratatui 0.30 misplaces the part past the
# bar's end when the text has accents or symbols: it counts bytes there).
tui-analytics-weakest-mark = { " " }◀ weakest
tui-analytics-group-value = { $didatica } · { $pass } pass · { $n ->
        [one] { $n } lesson
       *[other] { $n } lessons
    }{ $weakest }
tui-analytics-issues-caption = Ten most frequent issue codes · Enter: review them
tui-analytics-lessons = { $n ->
        [one] { $n } lesson
       *[other] { $n } lessons
    }
tui-analytics-trend-didatica = Didática (points) •
tui-analytics-trend-gps = GPS (% of 30) ▄
tui-analytics-trend-axis = revision
tui-analytics-answer-origin = { $total } lessons: { $imported } imported, { $written } written in Lectern, { $generated } generated, { $offline } offline drafts.
tui-analytics-origin-imported = imported
tui-analytics-origin-written = written in Lectern
tui-analytics-origin-generated = generated
tui-analytics-origin-offline = offline drafts
tui-analytics-origin-unknown = unknown
tui-analytics-outcomes-summary = { $lessons } lessons with figures · { $views } views · completion { $completion } · rating { $rating }
tui-analytics-correlation-caption = Correlation with completion (|r| as bar, n = { $n })
tui-analytics-col-lesson = lesson
tui-analytics-col-title = title
tui-analytics-col-status = status
tui-analytics-col-completion = compl
tui-analytics-col-rating = rate
tui-analytics-status-planned = planned

key-analytics-next-section = next section
    .hint = section
key-analytics-previous-section = previous section
key-analytics-down = next row
key-analytics-up = previous row
key-analytics-page-down = ten rows down
key-analytics-page-up = ten rows up
key-analytics-top = first row
key-analytics-bottom = last row
key-analytics-open = Issues: review the lessons with that code; Lessons: open the lesson
    .hint = open
key-analytics-reload = load the figures again

## Shared widgets (src/tui/widgets: lesson_facts)

# A lesson's status as the course, lesson and jobs screens show it (`✓ passed` … are
# tui-status-… in tui.ftl).
tui-widget-status-planned = · planned
tui-widget-status-draft = ◌ offline draft
tui-widget-status-not-scored = ? not scored
