# The command line's human output and errors (src/cli). JSON output is never translated.
# Words padded into columns (statuses, severities) are measured in code, so they may differ
# in length between languages.

## Shared words

status-passed = passed
status-warning = warning
status-failed = failed
status-draft = draft
status-planned = planned
severity-error = error
severity-warning = warning
severity-info = info
# Before an issue's message: "line 12: …"
at-line = line { $line }:
course-status = { $status }
gate-pass = PASS
gate-fail = FAIL

## validate

validate-no-target = { $target } does not exist; pass a lesson file, a course folder or a course slug
validate-below-thresholds = { $n ->
        [one] { $n } lesson below the requested thresholds
       *[other] { $n } lesson(s) below the requested thresholds
    }
validate-warning = warning: { $course }: { $file }: { $message }
validate-summary = { $lessons ->
        [one] { $lessons } lesson
       *[other] { $lessons } lessons
    } · GPS-valid { $gps_passed }/{ $lessons } ({ $gps_pct }%) · Didática ≥ 70 { $dl_passed }/{ $lessons } ({ $dl_pct }%) · avg Didática { $avg } · gate { $gate }

## show

show-messages = Messages
show-persona = persona: { $persona }
show-more-issues = … { $n } more

## import

import-course = { $outcome ->
        [would-import] would import
        [created] created
        [updated] updated
       *[skipped] skipped (already in the database)
    }: { $lessons } lesson(s), { $planned } planned only, { $warnings } warning(s)
import-replaced = { $n } replaced text(s) kept in history (`lectern history { $slug }`)
import-kept = kept { $n } lesson(s) that exist only in the database (--prune removes them)
import-refused = refused

## list

list-empty = No courses yet in { $db }. Import a CreatorOS folder or create one (see `lectern --help`).
list-header-slug = SLUG
list-header-title = TITLE
list-header-status = STATUS
list-header-lessons = LESSONS
list-header-counts = PASSED/WARNING/FAILED

## stats

stats-library = Library
stats-scope = { $courses } course(s), { $lessons } scored lesson(s) of { $total }
stats-gps = GPS       mean { $mean }/30, valid { $valid } · at 0/10/20/30: { $distribution }
stats-didatica = Didática  mean { $mean }/100, passed (≥70) { $passed } ({ $rate }) · bands 0–9 … 90–100: { $bands }
stats-elements = Elements, weakest first
stats-element = { $mean } of { $max } points ({ $share })
stats-gps-parts = GPS parts present: { $parts }
stats-modules = Modules
stats-module = module { $module }  { $lessons } lessons  passed { $passed }  DL { $dl }  GPS { $gps }
stats-codes = Issue codes (top 10)
stats-code-lessons = { $n } lesson(s)
stats-trend = Trend over revisions
stats-trend-row = revision { $revision }: { $lessons } lesson(s)  DL { $dl }  GPS { $gps }
stats-origin = Origin: { $origin }
stats-outcomes = Learner outcomes
stats-outcomes-row = { $lessons } lesson(s), { $views } views, completion { $completion }, rating { $rating }
stats-correlation-note = correlation: { $note }
stats-correlation = Didática × completion: r = { $r } (n = { $n })

## check

check-link-skipped = symbolic link, skipped:
check-ok = ok
check-matches = `{ $slug }` matches { $dir } ({ $files } files)
check-differs = `{ $slug }` differs from { $dir }: { $n } difference(s)
check-missing-in-database = not in database
check-missing-on-disk = not in folder
check-content-differs = content differs
check-fixed = fixed:
check-fixed-detail = re-imported { $slug } from the folder: { $lessons } lessons, { $planned } planned; now identical
check-not-fixed = not fixed:
check-not-fixed-detail = re-imported, but { $n } difference(s) remain (see `lectern check --json`)
check-fix-hint = Run with --fix to re-import the folder (the folder wins).

## history

history-empty = course `{ $slug }` has no history yet

## search

search-no-matches = No matches for "{ $query }".


## --help (English comes from the code's doc comments; these ids exist for pt-BR)

help-about = A keyboard-driven terminal workbench for course authors (CreatorOS method)
help-template =
    {"{"}about-with-newline{"}"}
    Usage: {"{"}usage{"}"}

    Commands:
    {"{"}subcommands{"}"}

    Options:
    {"{"}options{"}"}
help-arg-db = Database file (default: the platform data dir, e.g. ~/.local/share/lectern/lectern.db)
help-arg-config = Config file (default: ~/.config/lectern/config.toml)
help-arg-no-demo = Do not create the demo course in a new database
help-cmd-list = List courses with their scores
help-cmd-show = Show one course with its lessons, scores and issues
help-cmd-config = Print where lectern keeps its files, or the effective configuration
help-cmd-import = Import CreatorOS course folders (one transaction per course)
help-cmd-validate = Score lessons (file, course folder, folder of courses, or a stored course) with a rubric
help-cmd-completions = Print a shell completion script
help-cmd-export = Write a course back out as a CreatorOS folder or one JSON document
help-cmd-check = Compare a course folder with the database (exit 1 on any difference)
help-cmd-generate = Generate lessons (offline drafts or a real LLM), scored and stored as they finish; or, with --curriculum / --research, the curriculum or the market research from the brief
help-cmd-new = Create a course with a brief from the template
help-cmd-brief = Print, edit ($EDITOR) or replace a course brief
help-cmd-curriculum = Print, edit, replace or approve a course curriculum
help-cmd-lesson = Print, edit or replace one lesson (scored on save)
help-cmd-persona = Personas (MMOS minds) a course is written in: list, show, new, import, assign
help-cmd-search = Full-text search of lessons, briefs, courses and research (as the workbench's Ctrl-f)
help-cmd-history = Revisions of a course's texts, newest first
help-cmd-diff = What changed between two revisions of a text
help-cmd-restore = Bring back a revision's exact text (as a new revision)
help-cmd-undo = Take back the course's last action (regeneration, re-import, archive, restore, save)
help-cmd-archive = Archive a course: out of the library, kept in the database with its history
help-cmd-unarchive = Bring an archived course back into the library with the status it had
help-cmd-sync = Push local changes to the sync server, then pull remote ones (`sync init` creates the server's tables; `--status` shows where sync stands)
help-cmd-conflicts = Sync conflicts: list them, or resolve one (keep mine, keep theirs, or a merged file)
help-cmd-stats = Analytics figures of the library or one course (scores, elements, modules, codes, trends, origin, learner outcomes); --json for one document
help-cmd-performance = Learner outcomes from a course platform: `performance import FILE.csv`
help-cmd-report = Write the analytics as one self-contained HTML file (--html) or CSV tables (--csv)

## archive, undo, restore, new, export

archive-done = archived `{ $slug }`: kept in the database, out of the library (`lectern unarchive { $slug }` brings it back)
archive-already = `{ $slug }` was archived already; nothing changed
unarchive-done = unarchived `{ $slug }`: back in the library as { $status }
unarchive-not-archived = `{ $slug }` is not archived; nothing changed
undo-done = undid the last `{ $source }` action on `{ $slug }`: { $n } text(s) back to their previous revision
restore-done = restored { $target } of `{ $slug }` from revision { $from }; `lectern undo { $slug }` takes it back
new-created = created course `{ $slug }`; fill its brief with `lectern brief { $slug } --edit`
export-wrote = wrote `{ $slug }` to { $path }

## conflicts

conflicts-how = pass --keep mine|theirs or --file PATH
conflicts-resolved = resolved { $n } conflict(s) on `{ $target }` of `{ $course }`{ $has_revision ->
        [yes] {" "}(new revision { $revision })
       *[no] {""}
    }; run `lectern sync` to share it
conflicts-none = no open conflicts
conflicts-row = mine: { $mine } { $mine_at } · theirs: { $theirs } { $theirs_at }

## report, performance

report-wrote-kb = Wrote { $path } ({ $kb } KB)
report-wrote = Wrote { $path }
performance-imported = Imported learner figures for { $n } lesson(s) from { $file }
performance-skipped = { $file }: line { $line }: skipped `{ $named }`: { $reason }
performance-ignored-columns = columns not read: { $columns }

## errors

error-line = error: { $message }
error-caused-by = caused by: { $cause }
error-course-not-found = course `{ $slug }` not found (see `lectern list`)
error-slug-taken = course slug `{ $slug }` already exists
