# The workbench: the lesson, editor, search and history screens (src/tui/screens/{lesson,editor,search,history}) with their keymap sections.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## The lesson screen (src/tui/screens/lesson)

tui-section-lesson = Lesson
tui-lesson-text-title = { " " }{ $id } · { $n ->
        [one] { $n } line
       *[other] { $n } lines
    }{ " " }
tui-lesson-text-title-wrapped = { " " }{ $id } · { $n ->
        [one] { $n } line
       *[other] { $n } lines
    } · wrap{ " " }
tui-lesson-words-minutes = { " " }· { $words } w · ~{ $minutes } min
tui-lesson-scores = { " " }Scores{ " " }
tui-lesson-issues = { " " }Issues ({ $n }){ " " }
tui-lesson-no-issues = No issues: this lesson passes.
tui-lesson-at-line = { " " }· line { $line }
tui-lesson-status-draft = ◌ offline draft
tui-lesson-status-unscored = ? not scored
tui-lesson-status-planned = · planned
tui-lesson-no-issues-notice = this lesson has no issues
tui-lesson-whole-lesson = { $code } is about the whole lesson: { $message }

## [lesson]

key-lesson-open-issue = go to the selected issue's lines
    .hint = go to issue
key-lesson-next-issue = next issue in the text
    .hint = next issue
key-lesson-previous-issue = previous issue in the text
key-lesson-wrap = wrap long lines on/off
    .hint = wrap
key-lesson-switch-pane = switch between text and issues
    .hint = pane
key-lesson-focus-left = focus the text
key-lesson-focus-right = focus the issue list
key-lesson-down = scroll down (or next issue)
key-lesson-up = scroll up (or previous issue)
key-lesson-page-down = scroll a page down
key-lesson-page-up = scroll a page up
key-lesson-top = top of the lesson
key-lesson-bottom = end of the lesson
key-lesson-edit-lesson = edit this lesson
    .hint = edit
key-lesson-history = history of this lesson: revisions, diffs, restore

## The search screen (src/tui/screens/search)

tui-section-search = Search
tui-search-title = { " " }Search{ " " }
tui-search-results-title = { " " }Results{ " " }
tui-search-prompt = type words to search every lesson and course
tui-search-searching = searching…
tui-search-results-more = { $n }+ results
tui-search-results = { $n ->
        [one] { $n } result
       *[other] { $n } results
    }
tui-search-failed = Search failed: { $error }
tui-search-failed-notice = search failed: { $error }
tui-search-nothing = Nothing matches. Words match as prefixes; try fewer.
tui-search-in-lesson = { $slug } · lesson { $id }
tui-search-in-brief = { $slug } · brief
tui-search-in-course = { $slug } · course

## [search]

key-search-open = open the lesson at the match (or the course)
    .hint = open
key-search-down = next result
key-search-up = previous result
key-search-page-down = ten results down
key-search-page-up = ten results up
key-search-clear = clear the query

## The history screen (src/tui/screens/history)

tui-section-history = History
tui-history-title = History · { $text }
tui-history-brief = Brief
tui-history-curriculum = Curriculum
tui-history-lesson = Lesson { $id }
tui-history-count = { " " }· { $n } revisions
tui-history-tab = { "  " }Tab: next text
tui-history-didatica = Didática{ " " }
tui-history-revisions = { " " }Revisions (newest first){ " " }
tui-history-loading = Loading the history…
tui-history-load-failed = Cannot load the history: { $error }
tui-history-empty = No revision yet: this text has never been stored.
tui-history-is-current = this revision is the current text; pick an older one to restore
tui-history-draft = { " " }draft
tui-history-source = { $source }
tui-history-age-now = now
tui-history-age-months = { $n } mo
tui-history-restore-title = { " " }Restore revision{ " " }
tui-history-restore-the = Restore the{ " " }
tui-history-restore-of = { " " }revision of { $kind ->
        [brief] Brief
        [curriculum] Curriculum
       *[lesson] Lesson { $id }
    }?
tui-history-restore-becomes = Its text becomes the current text, as a new revision.
tui-history-restore-stays = The text now current stays in history; `u` on the course undoes.
tui-history-restore-yes = { " " }restore ·{ " " }
tui-history-restore-no = { " " }cancel
tui-history-diff = { " " }Diff { $title }{ " " }
tui-history-diff-previous = { " " }Diff against the revision before{ " " }
tui-history-diff-current = { " " }Diff against the current text{ " " }
tui-history-diff-nothing = nothing
tui-history-diff-current-text = current text
tui-history-diff-keys = { " " }Esc closes · PgDn/PgUp scroll{ " " }
tui-history-diff-failed = Cannot diff: { $error }
tui-history-diff-computing = Computing the diff…
tui-history-no-difference = No difference: the two texts are the same.

## [history]

key-history-diff-previous = word diff of the selected revision against the one before it
    .hint = diff
key-history-diff-current = word diff of the selected revision against the current text
    .hint = diff current
key-history-restore = restore the selected revision (asks first; a new revision, `u` undoes)
    .hint = restore
key-history-close = close the diff (or leave the history)
key-history-next-target = next text of the course: lesson, brief, curriculum
key-history-down = next (older) revision
key-history-up = previous (newer) revision
key-history-top = newest revision
key-history-bottom = oldest revision
key-history-scroll-down = scroll the diff down
key-history-scroll-up = scroll the diff up

## The editors (src/tui/screens/editor): brief, curriculum, lesson

tui-section-editor = Editor
tui-editor-brief = Brief
tui-editor-curriculum = Curriculum
tui-editor-lesson = Lesson { $id }
tui-editor-title = { $slug } · { $text }
tui-editor-title-unsaved = { $slug } · { $text } *
