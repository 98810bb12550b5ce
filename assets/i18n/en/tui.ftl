# The workbench (src/tui). Screens are translated whole: a screen listed in docs/i18n.md
# ("What is translated") has every word here; the others are still English in code.
# Keymap entries: `key-SECTION-ACTION` is the description in assets/keymap.toml (English text
# = that file's), `.hint` the status-bar label. Widths: cells and titles are cut to their
# panel with `text::clip`, so a longer Portuguese word is shortened, never overflows.

## The frame, help and palette

tui-program = Lectern
tui-section-library = Library
tui-section-everywhere = Everywhere
tui-section-your-data = Your data
tui-section-everywhere-palette = everywhere
tui-help-database = database
tui-help-title = { " " }Keys{ " " }
tui-help-footer = Esc, ? or q closes this help
tui-help-more-down = more ↓
tui-help-more-both = more ↑↓
tui-help-more-up = more ↑
tui-help-scroll = { $more } · j/k PgUp/PgDn scroll · Esc closes
tui-palette-title = { " " }Commands{ " " }
tui-palette-count = { "  " }{ $shown } of { $total }
tui-palette-none = no action matches

## Quitting

tui-quit-unsaved = { $n ->
        [one] { $n } editor with unsaved text (kept as a draft)
       *[other] { $n } editors with unsaved text (kept as a draft)
    }
tui-quit-running = a generation is running (it stops; resume later)
tui-quit-ask = Quit? { $why }. y quits, any other key stays
tui-quit-stay = still here

## The library

tui-library-filter = Filter:{ " " }
tui-library-shown = { "  " }({ $n } shown)
tui-library-courses = Courses
tui-library-archived = Archived courses (A: the others · d: unarchive)
tui-library-sorted = { " " }{ $what } · sorted by { $column } { $arrow }{ $more }{ " " }
tui-library-loading-more = { " " }· loading more…
tui-library-loading = Loading courses…
tui-library-error = Cannot load the library: { $error }
tui-library-no-archived = No archived course. A shows the others.
tui-library-no-match = No course matches “{ $filter }”. Esc clears the filter.
tui-library-empty-title = No courses yet.
tui-library-empty-import-1 = Import a CreatorOS course folder (COURSE-BRIEF.md, curriculum.yaml,
tui-library-empty-import-2 = lessons/) from a shell, then come back here:
tui-library-empty-demo = A new database starts with the demo course unless --no-demo is given.
tui-library-col-title = Title
tui-library-col-slug = Slug
tui-library-col-status = Status
tui-library-col-lessons = Lessons
tui-library-col-results = Results ✓/!/✗
tui-library-col-persona = Persona
tui-library-col-changed = Changed
tui-library-sort-title = title
tui-library-sort-slug = slug
tui-library-sort-status = status
tui-library-sort-lessons = lessons
tui-library-sort-failed = failed
tui-library-sort-persona = persona
tui-library-sort-changed = last change
tui-library-archive-title = { " " }Archive course{ " " }
tui-library-archive-ask = Archive{ " " }
tui-library-archive-note-1 = It leaves the library list; nothing is deleted and
tui-library-archive-note-2 = `lectern list --all` still shows it.
tui-library-archive-yes = { " " }archive{ "   " }
tui-library-archive-no = { " " }keep it
tui-library-import-title = { " " }Import a course folder{ " " }
tui-library-import-what-1 = A course folder (COURSE-BRIEF.md, curriculum, lessons/)
tui-library-import-what-2 = or a folder of course folders:
tui-library-import-completing = completing…
tui-library-import-no-match = no directory matches
tui-library-import-more = { "  " }… { $n } more
tui-library-import-complete = { " " }complete{ "   " }
tui-library-import-go = { " " }import{ "   " }
tui-library-import-cancel = { " " }cancel
tui-library-new-title-field = Title
tui-library-new-slug-field = Slug
tui-library-new-creating = creating…
tui-library-new-keys = Tab switches · Enter on the slug creates · Esc cancels
tui-library-new-dialog = { " " }New course{ " " }
tui-library-new-empty-title = the title must not be empty
tui-library-new-slug-taken = a course with the slug `{ $slug }` exists

## [global]

key-global-back = back (q quits from the library; Esc there only clears the filter)
    .hint = back
key-global-help = show or hide this help (F1 in the editors, where ? types)
    .hint = help
key-global-quit = quit Lectern from anywhere (asks when text is unsaved or a generation runs)
    .hint = quit
key-global-search = search lessons and courses
key-global-palette = run any action by name
    .hint = commands
key-global-jobs = show or hide the generation jobs panel
key-global-where-is-my-data = where is my data: the database's path (as vim's Ctrl-g; also in the help)
key-global-sync-now = sync now: push, then pull, in the background (S reverses the library's sort)

## [library]

key-library-open = open the course
    .hint = open
key-library-filter = filter as you type (Enter keeps it, Esc clears it)
    .hint = filter
key-library-cycle-sort = sort by the next column
    .hint = sort
key-library-reverse-sort = reverse the sort order
key-library-down = next course
key-library-up = previous course
key-library-page-down = ten courses down
key-library-page-up = ten courses up
key-library-top = first course
key-library-bottom = last course
key-library-reload = reload the library from the database
key-library-edit-brief = edit the course brief
    .hint = brief
key-library-review-all = review failing lessons of all courses
    .hint = review
key-library-archive = archive the course (asks first); in the Archived view, unarchive it
key-library-toggle-archived = show the archived courses (Archived view) or the others again
key-library-import = import a course folder
key-library-new-course = new course: title and slug, then its brief editor
    .hint = new
key-library-undo = undo the last bulk action (regeneration, re-import, restore, archive) of the course just named, else of the selected one
key-library-messages = messages of the course the last import warned about, else of the selected one
key-library-personas = the personas (voices) of the library, each shown whole
key-library-conflicts = what sync could not merge, in every course: keep mine, keep theirs or merge in the editor
key-library-analytics = analytics of the whole library: score spread, weakest elements, issue codes, trends

## The review (failing lessons grouped by issue code)

tui-section-review = Review
tui-review-title-course = Review { $slug }
tui-review-title-library = Review library
tui-review-block = { " " }Issues by code{ " " }
tui-review-loading = Loading failing and warning lessons…
tui-review-error = Cannot load the review: { $error }
tui-review-lessons = { " " }{ $n } lessons
tui-review-have-code = { " " }have { $code }, passing ones included
tui-review-need-attention = { " " }need attention · { $codes } issue codes
tui-review-enter = { "  " }(Enter opens the lesson at the issue)
tui-review-none-with-code = ✓ No lesson has { $code } now.
tui-review-none = ✓ No failing or warning lesson here.
tui-review-group-lessons = { " " }— { $n } { $n ->
        [one] lesson
       *[other] lessons
    }
tui-review-whole-lesson = whole lesson
tui-review-line = line { $line }
tui-status-passed = ✓ passed
tui-status-warning = ! warning
tui-status-failed = ✗ failed

## [review]

key-review-open = open the lesson at the issue (or expand the group)
    .hint = open
key-review-toggle = expand or collapse the issue group
    .hint = expand
key-review-expand-all = expand or collapse every group
key-review-down = next row
key-review-up = previous row
key-review-page-down = ten rows down
key-review-page-up = ten rows up
key-review-top = first row
key-review-bottom = last row
key-review-reload = load the review again

## Notifications of the library and the review
tui-library-notify-load-failed = cannot load the library: { $error }
tui-library-notify-not-created = course not created: { $error }
tui-library-import-type-folder = type the folder to import
tui-review-notify-load-failed = cannot load the review: { $error }
