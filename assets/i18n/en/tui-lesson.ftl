# The workbench: the lesson, editor, search and history screens (src/tui/screens/{lesson,editor,search,history}) with their keymap sections.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## The lesson screen (src/tui/screens/lesson)

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

tui-editor-brief = Brief
tui-editor-curriculum = Curriculum
tui-editor-lesson = Lesson { $id }
tui-editor-title = { $slug } · { $text }
tui-editor-title-unsaved = { $slug } · { $text } *
tui-editor-key-undo = undo (a paste is one step)
tui-editor-key-redo = redo
tui-editor-key-new-line = new line
tui-editor-key-replace = find and replace: Enter the next, Ctrl-a all (with a count)
tui-editor-key-word = word left / right
tui-editor-key-line = start / end of the line
tui-editor-still-saving = still saving; a moment
tui-editor-save-before-approving = save the curriculum (Ctrl-s) before approving
tui-editor-find-empty = type what to find first
tui-editor-not-found = “{ $text }” not found
tui-editor-replaced-one = replaced 1 · { $left } left
tui-editor-replaced = replaced { $n }
tui-editor-draft-write-failed = cannot write the draft: { $error }
tui-editor-draft-keep-failed = cannot keep the draft: { $error }
tui-editor-took-theirs = took the stored text; yours is kept in the history (H)
tui-editor-keep-mine-failed = cannot keep your text in the history: { $error }
tui-editor-external-loaded = text from the external editor loaded (unsaved; Ctrl-s saves)
tui-editor-external-unchanged = no change in the external editor
tui-editor-external-failed = external editor: { $error }
tui-editor-approved = curriculum approved; { $n } planned lesson(s) created
tui-editor-not-saved = not saved: { $error }
tui-editor-not-saved-changed = not saved: the stored text changed (by { $by })
tui-editor-discard-failed = cannot discard the draft: { $error }
tui-editor-discarded = changes discarded
tui-editor-merge-mine = mine
tui-editor-merge-theirs = stored
tui-editor-merged = merged without overlaps; check it and Ctrl-s saves
tui-editor-merged-overlaps = { $n } overlapping change(s) between <<<<<<< and >>>>>>>; edit, then Ctrl-s
tui-editor-approve-word = yes
tui-editor-loading = loading…
tui-editor-search = Search:{ " " }
tui-editor-search-keys = { "  " }Enter/↓ next · ↑ previous · Esc close
tui-editor-find = Find:{ " " }
tui-editor-replace-with = { "  " }Replace with:{ " " }
tui-editor-replace-keys = { "  " }Tab · Enter next · Ctrl-a all · Esc
tui-editor-panel = { " " }Panel{ " " }
tui-editor-analysing = analysing…
tui-editor-completeness = Completeness { $percent }%
tui-editor-section-missing = { $number } (missing)
tui-editor-preview-label = { $label }:{ " " }
tui-editor-yaml-error = ✗ YAML line { $line }, col { $column }
tui-editor-saves-once-parsed = Ctrl-s saves once it parses
tui-editor-parses = ✓ parses · { $n } finding(s)
tui-editor-untitled = (untitled)
tui-editor-bloom-jump = Bloom jump { $from } → { $to } ({ $from_lesson } → { $to_lesson })
tui-editor-bloom-starts-high = { $id } starts above Apply
tui-editor-bloom-ends-lower = the last module peaks lower than the first
tui-editor-status-passed = passed
tui-editor-status-warning = warning
tui-editor-status-failed = failed
tui-editor-draft-title = { " " }Unsaved draft found{ " " }
tui-editor-draft-found = A draft from { $seconds } s ago differs from the saved text (+{ $added } −{ $removed } lines).
tui-editor-draft-keys = r restore · d discard it · Esc decide later
tui-editor-unsaved-title = { " " }Unsaved changes{ " " }
tui-editor-unsaved-question = Leave with unsaved changes?
tui-editor-unsaved-keys = s save · d discard · c/Esc cancel
tui-editor-conflict-title = { " " }The stored text changed{ " " }
tui-editor-conflict-text = The stored text changed since you opened it (by { $by }). Nothing was saved.
tui-editor-conflict-keep = k keep mine (stored on top; theirs stays in history)
tui-editor-conflict-take = t take theirs (yours is kept in history) · m open a merge · Esc back
tui-editor-approve-title = { " " }Approve curriculum{ " " }
tui-editor-approve-size = { $lessons } lessons across { $modules } modules, { $minutes } min
tui-editor-approve-estimate = Estimate: { $estimate }
tui-editor-approve-create = { $n } planned lesson(s) will be created; no lesson's text is replaced
tui-editor-approve-tab = Tab shows the first lesson's prompt, persona included
tui-editor-approve-type = Type yes and Enter to approve (Esc cancels):{ " " }
tui-editor-prompt-none = The curriculum lists no lesson: there is no prompt to show.
tui-editor-prompt-persona = The course's persona is in the system prompt below, once (INSTRUCTOR VOICE PROFILE).
tui-editor-prompt-no-persona = No persona: the course has none assigned (p on the course picks one).
tui-editor-prompt-system = SYSTEM PROMPT · lesson { $id }
tui-editor-prompt-user = PROMPT
tui-editor-prompt-title = { " " }Prompt of the first lesson{ " " }
tui-editor-prompt-keys = { " " }↑↓ PgUp/PgDn scroll · Tab back to the summary · Esc cancels{ " " }

## [editor]

key-editor-save = save (text, parsed fields or scores, and a version)
    .hint = save
key-editor-leave = leave (asks save / discard / cancel when unsaved)
    .hint = leave
key-editor-switch-pane = switch between text and side panel
    .hint = panel
key-editor-jump = jump to the selected brief section
key-editor-approve = approve the curriculum (shows lessons, cost and time); Ctrl-a also while typing, A from the panel
key-editor-down = next section in the panel
key-editor-up = previous section in the panel
key-editor-external-editor = edit in $VISUAL/$EDITOR (E while the panel has focus); changes come back unsaved
    .hint = $EDITOR
key-editor-search = search the text as you type (Enter/↓ next, ↑ previous, Esc closes)
    .hint = search
key-editor-replace = find and replace (Tab switches fields, Enter replaces the next, Ctrl-a all, with a count; Esc closes)
tui-editor-conflict-another = another writer
tui-editor-conflict-by = { $source } at { $when }
tui-editor-saved-brief = brief saved (version { $version }, { $percent }% complete)
tui-editor-saved-curriculum = curriculum saved (version { $version }, { $lessons } lessons)
tui-editor-saved-lesson = lesson { $id } saved: { $status }

# The comment lines at the top of a new curriculum's skeleton (part of the author's text).
tui-editor-skeleton-header = # Curriculum skeleton from the brief's outline (§3.3); nothing is saved until Ctrl-s.
    # Review titles, durations and Bloom levels, add objectives and key concepts, then approve.
