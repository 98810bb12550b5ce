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

## --help of each subcommand

help-template-sub =
    {"{"}about-with-newline{"}"}
    Usage: {"{"}usage{"}"}
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
help-arg-help = Print help
help-arg-version = Print version
help-cmd-help = Print this message or the help of the given subcommand(s)
help-heading-values = Possible values:
help-values-short = possible values
help-value-import-on-existing-update = Update the course in place (lessons matched by id); lessons that exist only in the database (generated, or planned there, since the last import) are kept
help-value-import-on-existing-skip = Leave the stored course as it is
help-value-import-on-existing-fail = Refuse the course
help-value-export-format-folder = The CreatorOS layout: brief, curriculum.yaml, course-outline.md, lessons/, research/
help-value-export-format-json = One JSON document: course, metadata, lessons with scores and issues, research
help-value-generate-provider-offline = Structured drafts built locally from the curriculum and brief; no network
help-value-generate-provider-openai = OpenAI-compatible Chat Completions (OpenAI, Ollama, LM Studio, vLLM, OpenRouter)
help-value-generate-provider-anthropic = Anthropic Messages API
help-arg-list-json = Print a JSON array (one object per course) instead of a table
help-arg-list-all = Include archived courses
help-arg-show-slug = The course slug (see `lectern list`)
help-arg-show-json = Print the course as one JSON document
help-cmd-config-path = Print the database, config file and log folder paths
help-cmd-config-show = Print every key with its effective value and where it comes from (default, file, environment, flag), as TOML with comments
help-arg-import-paths = Course folders, or folders of course folders
help-arg-import-from-db = Import every course of a CreatorOS-design SQLite database (read-only)
help-arg-import-dry-run = Read, parse and score, report what would happen, write nothing
help-arg-import-on-existing = What to do with a course whose slug is already in the database
help-arg-import-prune = On update, also remove lessons that exist only in the database (generated or planned there since the last import); without it they are kept and counted
help-arg-import-rubric = Rubric to score lessons with (default: the config's `scoring.rubric`)
help-arg-import-json = Print one JSON document instead of the report
help-arg-import-jobs = Threads reading, parsing and scoring courses ahead of the one that stores them (default: one per core). The result is the same whatever the number
help-arg-validate-target = A lesson file, a course folder, a folder of course folders, or a course slug
help-arg-validate-rubric = Rubric to score with (default: the config's `scoring.rubric`, else creatoros)
help-arg-validate-json = Print JSON Lines: one object per lesson, then a `{"{"}"summary": …{"}"}` line
help-arg-validate-min-gps = Exit 1 when a lesson has fewer GPS points than this (0–30)
help-arg-validate-min-didatica = Exit 1 when a lesson has fewer Didática points than this (0–100)
help-arg-validate-fail-on = Exit 1 when a lesson's status is this bad or worse
help-arg-validate-jobs = Threads reading and scoring a folder of courses (default: one per core). Output is the same whatever the number
help-arg-completions-shell = bash, zsh, fish, elvish or powershell
help-arg-export-slug = The course slug (see `lectern list`)
help-arg-export-to = Folder to write (`folder`), or file to write (`json`; `-` for stdout)
help-arg-export-force = Replace DIR (or the JSON file) if it exists and is not empty
help-arg-check-slug = The course slug (see `lectern list`)
help-arg-check-against = The course folder to compare with
help-arg-check-json = Print one JSON document
help-arg-check-fix = Re-import the folder into the course (one transaction) when they differ
help-arg-generate-slug = The course slug (see `lectern list`)
help-arg-generate-lessons-mode = Generate lessons: the default, written out for scripts that name what they generate
help-arg-generate-lessons = Generate this lesson (repeatable), whatever its state
help-arg-generate-failed = Regenerate every lesson whose score failed
help-arg-generate-missing = Generate every planned lesson with no content (the default when nothing is chosen)
help-arg-generate-provider = offline (no network), openai (any OpenAI-compatible server) or anthropic
help-arg-generate-base-url = e.g. http://localhost:11434/v1 for Ollama. A URL with credentials (user:pw@) is only accepted from the LECTERN_BASE_URL environment variable
help-arg-generate-concurrency = Lessons generated at the same time
help-arg-generate-max-attempts = Attempts per lesson while it fails the rubric (its failing issues are fed back)
help-arg-generate-max-retries = Retries of one request on rate limits, server errors and timeouts (0 = none)
help-arg-generate-instruction = A one-line instruction added to every prompt ("more examples with Excel")
help-arg-generate-resume = Continue the course's interrupted job with the lessons it has not finished (with --curriculum or --research: that kind's job, asking only for the missing parts)
help-arg-generate-switch-provider = With --resume: use the --provider/--model/--base-url given instead of the job's recorded ones (the switch is recorded on the job)
help-arg-generate-show-prompt = Print the exact prompts and stop (nothing is called or stored)
help-arg-generate-curriculum = Generate the curriculum from the brief instead of lessons (offline: a draft from the brief's §3.3 outline)
help-arg-generate-research = Generate the four market-research reports from the brief instead of lessons (offline: skeletons to be researched)
help-arg-generate-force = With --curriculum or --research: replace what the course already has
help-arg-generate-json = JSON Lines of events on stdout (one JSON document with --curriculum or --research)
help-arg-generate-yes = Start without printing the estimate first
help-arg-generate-allow-unapproved = Generate lessons although the curriculum was changed and not approved again
help-arg-new-slug = Kebab-case slug (3–50 of a-z, 0-9, -); suggested from the title when left out
help-arg-new-title = The course title
help-arg-brief-slug = The course slug (see `lectern list`)
help-arg-brief-print = Print the stored text (the default)
help-arg-brief-edit = Open the text in $VISUAL / $EDITOR (fallback vi) and save it when it changed
help-arg-brief-set = Replace the text with FILE, after validating it (nothing changes if it is refused)
help-arg-brief-raw = With --print: write the text byte for byte even to a terminal (by default a terminal gets control characters and escape sequences as visible placeholders like `␛`)
help-arg-brief-force = With --edit or --set: store the text even if the stored one changed since it was opened (the other text stays in history)
help-arg-curriculum-slug = The course slug (see `lectern list`)
help-arg-curriculum-print = Print the stored text (the default)
help-arg-curriculum-edit = Open the text in $VISUAL / $EDITOR (fallback vi) and save it when it changed
help-arg-curriculum-set = Replace the text with FILE, after validating it (nothing changes if it is refused)
help-arg-curriculum-raw = With --print: write the text byte for byte even to a terminal (by default a terminal gets control characters and escape sequences as visible placeholders like `␛`)
help-arg-curriculum-force = With --edit or --set: store the text even if the stored one changed since it was opened (the other text stays in history)
help-arg-curriculum-approve = Show the approval checkpoint and approve the saved curriculum (creates planned lessons)
help-arg-curriculum-yes = Approve without asking (for scripts)
help-arg-lesson-slug = The course slug (see `lectern list`)
help-arg-lesson-id = The lesson id, e.g. 1.2 (see `lectern show SLUG`)
help-arg-lesson-print = Print the stored text (the default)
help-arg-lesson-edit = Open the text in $VISUAL / $EDITOR (fallback vi) and save it when it changed
help-arg-lesson-set = Replace the text with FILE, after validating it (nothing changes if it is refused)
help-arg-lesson-force = With --edit or --set: store the text even if the stored one changed since it was opened (the other text stays in history)
help-arg-lesson-rev = With --print: print this revision instead (full id, unique prefix or `~N`; see `lectern history SLUG ID`)
help-arg-lesson-raw = With --print: write the text byte for byte even to a terminal (by default a terminal gets control characters and escape sequences as visible placeholders like `␛`)
help-cmd-persona-list = Every persona with its kind and the courses written in its voice
help-cmd-persona-show = One persona, and the exact text prompts carry for it
help-cmd-persona-new = Create a persona from flags: a system prompt file, or a voice profile
help-arg-persona-new-system-prompt = A Markdown file with the persona's system prompt (the MMOS clone)
help-arg-persona-new-phrases = A recurring phrase (repeatable, at most 5)
help-arg-persona-new-never-says = Something the instructor never says or does (repeatable)
help-arg-persona-new-force = Replace a persona with the same slug
help-cmd-persona-import = Import a persona from a folder (system_prompt.md, optional voice.yaml / profile.yaml) or from a brief's §4 voice section (a COURSE-BRIEF .md file)
help-arg-persona-import-slug = The persona's slug (default: profile.yaml, the brief's mind slug, or the folder)
help-arg-persona-import-name = Its display name
help-arg-persona-import-assign = Assign it to this course too
help-arg-persona-import-force = Replace a persona with the same slug
help-cmd-persona-edit = Edit the persona's system prompt (Markdown) in $VISUAL / $EDITOR, or replace it with FILE. A change saved meanwhile is merged; overlapping edits are kept in a file with conflict markers and nothing is saved (exit 1)
help-arg-persona-edit-file = Take the system prompt from this Markdown file instead of opening the editor
help-cmd-persona-assign = Write COURSE in PERSONA's voice (its prompts carry the persona)
help-cmd-persona-unassign = Take the persona off COURSE
help-arg-search-query = Words to find (`exercicio` also finds `exercício`)
help-arg-search-course = Search only this course (its slug, as `lectern list` shows it)
help-arg-search-limit = Show at most this many hits, best first
help-arg-search-json = Print one JSON document: `{"{"}"query", "hits": [{"{"}kind, course, target, line, title, snippet, rank{"}"}]{"}"}`, matched words marked «» in the snippet
help-arg-history-slug = The course slug (see `lectern list`)
help-arg-history-target = A lesson id (e.g. 1.2), `brief`, `curriculum`, `status` or `research/NAME`; every text of the course when left out
help-arg-history-json = Print a JSON array of revisions, newest first
help-arg-diff-slug = The course slug (see `lectern list`)
help-arg-diff-target = A lesson id (e.g. 1.2), `brief`, `curriculum`, `status` or `research/NAME`
help-arg-diff-rev-a = The older revision: full id, unique prefix or `~N` (default `~1`, the previous one)
help-arg-diff-rev-b = The newer revision (default `~0`, the current text)
help-arg-diff-word = Mark changed words instead of whole lines
help-arg-restore-slug = The course slug (see `lectern list`)
help-arg-restore-target = A lesson id (e.g. 1.2), `brief`, `curriculum`, `status` or `research/NAME`
help-arg-restore-rev = The revision to bring back: full id, unique prefix or `~N` (see `lectern history`)
help-arg-undo-slug = The course slug (see `lectern list`)
help-arg-undo-json = Print what was undone as one JSON document
help-arg-archive-slug = The course slug (see `lectern list --all`)
help-arg-unarchive-slug = The course slug (see `lectern list --all`)
help-arg-sync-status = Show the server, the last sync, pending local changes and open conflicts; sync nothing
help-arg-sync-json = With --status: one JSON document
help-cmd-sync-init = Create or upgrade Lectern's tables on the server (a second replica's init does nothing)
help-arg-conflicts-json = One JSON document (every conflict, resolved ones too)
help-cmd-conflicts-resolve = Resolve the open conflict of one text (or field: `1.2#title`, `course#subtitle`)
help-arg-conflicts-resolve-slug = The course slug
help-arg-conflicts-resolve-target = A lesson id, `brief`, `curriculum`, `research/NAME`, `status`, or `TARGET#field`
help-arg-conflicts-resolve-keep = Keep one side as it is
help-arg-conflicts-resolve-file = A text merged by hand (e.g. edited from `lectern conflicts --json`)
help-arg-stats-slug = A course slug (default: every course not archived)
help-arg-stats-json = Print one JSON document (stable keys, see docs/cli.md)
help-cmd-performance-import = Import a CSV file with a header row, one row per lesson (one transaction: all or nothing; importing a lesson again replaces its figures)
help-arg-performance-import-file = The CSV file (`,` `;` or tab separated; UTF-8 or Windows-1252)
help-arg-performance-import-skip-unmatched = Import the rows that match a lesson and list the others, instead of importing nothing
help-arg-performance-import-json = Print what was imported as JSON
help-arg-report-slug = A course slug (default: every course not archived)
help-arg-report-html = Write the report as one self-contained HTML file
help-arg-report-open = Open the HTML file with the platform's opener afterwards
help-arg-report-csv = Write lessons.csv and modules.csv (and courses.csv for the library) into DIR

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

## Shared by several commands
# A lesson's status as a word in a sentence ("saved lesson 1.2 (version 3): passed — …").
lesson-status = { $status ->
        [passed] passed
        [warning] warning
       *[failed] failed
    }
no-change = no change; nothing saved
note = note: { $note }
cost-unknown = cost unknown

## sync

sync-init-current = sync schema `{ $schema }` on { $server } is already at version { $version }
sync-init-upgraded = sync schema `{ $schema }` on { $server }: version { $from } → { $to }
sync-new-replica = this database is a copy of another replica; it now syncs under a new replica id and nothing was lost
sync-summary = ↑ { $pushed_revisions ->
        [one] { $pushed_revisions } revision
       *[other] { $pushed_revisions } revisions
    }, { $pushed_courses ->
        [one] { $pushed_courses } course
       *[other] { $pushed_courses } courses
    } · ↓ { $pulled_revisions ->
        [one] { $pulled_revisions } revision
       *[other] { $pulled_revisions } revisions
    }{ $pulled_courses ->
        [0] {""}
        [1] {""}
       *[other] , { $pulled_courses } courses
    } · { $conflicts ->
        [one] { $conflicts } conflict
       *[other] { $conflicts } conflicts
    }
sync-status-server = server       { $server } (schema { $schema })
sync-status-last = last sync    { $when }
sync-status-never = never
sync-status-pending-all = pending      everything (this database has never synced)
sync-status-pending = pending      { $n } local change(s) to push
sync-status-to-pull = to pull      { $n } server change(s)
sync-status-conflicts = conflicts    { $n } open

## persona

persona-none = no personas yet: `lectern persona new` or `lectern persona import`
persona-kind = { $kind ->
        [system-prompt] system prompt
        [voice-profile] voice profile
       *[name-only] name only
    }
persona-assigned = `{ $course }` is now written in the voice of persona `{ $persona }`
persona-unassigned = `{ $course }` has no persona now
persona-saved = persona `{ $slug }` ({ $name }) saved: { $kind }; assign it with `lectern persona assign COURSE { $slug }`
persona-show-kind = kind: { $kind }; updated { $updated }
persona-show-courses = courses: { $courses }
persona-show-no-courses = none
persona-show-prompt = --- text in prompts ---
persona-prompt-saved = persona `{ $slug }`: system prompt saved
persona-prompt-merged = persona `{ $slug }`: system prompt saved, merged with a change saved while you edited (other lines)
persona-prompt-overlap = persona `{ $slug }`'s system prompt was changed while you edited it, on the same lines ({ $n ->
        [one] { $n } place
       *[other] { $n } places
    }); nothing was saved.
persona-prompt-kept = both versions are in { $file } between conflict markers: keep what you want, remove the markers, then run `lectern persona edit { $slug } --file { $file }`

## brief, curriculum, lesson (--print, --edit, --set)

brief-saved = saved the brief of `{ $slug }` (version { $version }, { $percent }% complete)
brief-saved-to-fill = saved the brief of `{ $slug }` (version { $version }, { $percent }% complete); still to fill: { $sections }
lesson-saved = saved lesson { $id } (version { $version }): { $status } — GPS { $gps }/30, DL { $dl }/100, { $issues } issue(s)
curriculum-saved = saved the curriculum of `{ $slug }` (version { $version }): { $modules } modules, { $lessons } lessons, { $findings } finding(s)
curriculum-approval-withdrawn = the earlier approval was withdrawn: approve again with --approve
curriculum-approve-needs-terminal = approval needs a confirmation: run on a terminal and type `yes`, or pass --yes
curriculum-approve-ask = Are you sure? (yes/no)
curriculum-not-approved = not approved; nothing changed
curriculum-approved = approved at { $at }; { $n } planned lesson(s) created
curriculum-retitled = retitled from the curriculum: { $ids }
curriculum-archived = archived (planned, no longer in the curriculum): { $ids }
approval-size = { $lessons } lessons across { $modules } modules, { $hours } h ({ $minutes } min)
approval-estimate = Estimate: { $estimate }
approval-note = Note: { $note }
approval-module = Module { $number }: { $title } ({ $lessons } lessons, ~{ $minutes } min)
approval-lesson = { $id } - { $title } ({ $minutes } min)
approval-already = Already approved at { $at }
approval-to-create = { $n } planned lesson(s) will be created
authoring-draft-continued = continuing from the unsaved draft of { $when } ({ $age } s old)
authoring-refused-kept = your text was kept as a draft; run the same --edit again to fix it
authoring-conflict-kept = your text was kept as a draft: `{ $command } --edit` reopens it (add --force to store it on top), `{ $command } --print` shows the stored text
authoring-force = to store your text on top anyway (the other text stays in history): { $command }

## generate (lessons, --curriculum, --research) and its estimates

generate-skipped = skipped { $n } lesson(s) with a person's, an import's or a real model's text ({ $ids }): the offline provider only fills planned lessons
generate-replaced = { $n } lesson(s) with { $kinds ->
        [imported] imported text
        [person] a person's text
       *[both] a person's or imported text
    } will be replaced; their text stays in history (`lectern undo { $slug }` takes the run back)
generate-job = job { $job }: { $summary }
generate-estimate = estimate: { $estimate }
generate-start = generating { $n } lesson(s) of { $slug } with { $provider } ({ $model })
generate-superseded = note: closed interrupted generation job { $jobs } of { $slug }; this run replaces it (--resume no longer applies to it)
generate-bar-lessons = lessons
generate-regenerating = { $id } { $why ->
        [unusable] gave an unusable answer
       *[rubric] failed the rubric
    }; regenerating (attempt { $attempt })
generate-attempt-unusable = { $id } attempt { $attempt }: { $message }
generate-lesson-started = { $id } started
generate-lesson-streaming = { $id } streaming
generate-retry = { $id } retry { $retry } in { $seconds } s after a { $class } error: { $message }
generate-passed = ✓ passed
generate-warning = ✓ warning
generate-failed = ✗ failed
generate-error = ✗ error
generate-cancelled = - cancelled
generate-lesson-row = { $id } GPS { $gps }/30  DL { $dl }/100  { $attempts } attempt(s)  { $cost }  { $seconds } s
generate-totals = { $lessons } lesson(s): { $finished } generated ({ $passed } passing), { $failed } failed, { $cancelled } cancelled · { $cost } · { $input } in, { $output } out tokens · { $seconds } s
generate-interrupted = interrupted: finished lessons are saved; run `lectern generate { $slug } --resume` to continue
generate-no-lessons = no lessons to generate (use --lesson ID, --failed or --missing)
generate-prompt-system = ===== lesson { $id } · system =====
generate-prompt-prompt = ===== lesson { $id } · prompt =====
generate-doc-prompt-system = --- system ---
generate-doc-prompt-prompt = --- prompt ---
generate-doc-interrupted = interrupted; job { $job } keeps what arrived: `lectern generate { $slug } --{ $flag } --resume` finishes it
generate-curriculum-done = curriculum of `{ $slug }` generated{ $offline ->
        [yes] {" "}(offline draft: review it before approving)
       *[no] {""}
    }: { $modules } modules, { $lessons } lessons, { $findings } findings; version { $version }; { $cost }
generate-curriculum-next = next: `lectern curriculum { $slug } --edit`, then `lectern curriculum { $slug } --approve`
generate-research-done = market research of `{ $slug }` generated{ $offline ->
        [yes] {" "}(offline skeletons: to be researched)
       *[no] {""}
    }: { $reports }; { $cost }
generate-doc-cost = { $provider } { $model }, { $cost }, { $retries } retries
estimate-offline = offline: free, instant
estimate-tokens = ≈{ $input } tokens in + ≈{ $output } out over { $requests } request(s)
estimate-usd = ≈{ $usd } with { $provider } { $model }
estimate-unknown-price = unknown price: { $model } is not in the pricing table
estimate-free = free
estimate-retries = (up to { $n }× if answers are refused)
estimate-time = ≈{ $duration } at { $rate } tokens/s measured
estimate-no-time = no time estimate (no measured run of { $model } yet)
estimate-actual-tokens = { $input } tokens in + { $output } out
estimate-tokens-not-reported = tokens not reported
estimate-actual = actual: { $actual }, { $cost }
estimate-actual-and-estimated = actual: { $actual }, { $cost } · estimated: ≈{ $input } in + ≈{ $output } out, { $estimated }
estimate-unknown-price-short = unknown price
ignored-instruction = offline drafts ignore instructions (--instruction)
ignored-temperature = offline drafts have no temperature (configured { $temperature })
ignored-model = offline drafts use no model (--model)

## diff

diff-no-revision = (none)

## config path, config show (its comment lines)

config-path-database = database: { $path }
config-path-config = config:   { $path }
config-path-log = log:      { $path }
config-show-header = effective configuration: each key, its value and where it comes from
config-show-file = config file: { $path } ({ $source }{ $found ->
        [yes] {""}
       *[no] , not found: defaults only
    })
config-show-database = database:    { $path } ({ $source })
config-show-log = log:         { $path }
config-show-unset = { $key } is not set ({ $why })
config-note-variable = { $name } is { $set ->
        [yes] set
       *[no] not set
    }
config-note-sync-off = sync is off: set { $variable } or [sync] url to turn it on
config-note-speaking = speaking { $lang }: { $why }
config-choice-config = [ui] language in the config file
config-choice-env = { $name }={ $value }
config-choice-locale = locale { $name }={ $value }
config-choice-default = default: no language in config, LECTERN_LANG or the locale
config-source = { $source ->
        [default] default
        [file] file
        [env] environment { $name }
       *[flag] flag { $name }
    }

## Errors of these commands (what lower layers say is quoted as written)

sync-not-configured = sync is not configured: set { $var } to the server's PostgreSQL URL (postgres://user:password@host:5432/db), or `url` in the [sync] section of the config, or pass --url (see docs/sync.md)
persona-cannot-read = cannot read { $path }: { $error }
persona-prompt-cannot-read = cannot read { $path }: { $error } (give a UTF-8 Markdown file with the system prompt)
persona-cannot-keep = cannot keep the merged system prompt in the current or temporary folder: { $error }
persona-too-many-kept = too many kept files
authoring-reading = reading { $path }
authoring-not-utf8 = { $file }:1:1: not UTF-8 text; nothing was changed
authoring-refused = { $file }:{ $line }:{ $column }: { $message } ({ $hint }); nothing was changed

## Opening the database, dev

db-migrated = migrated { $db } from schema v{ $from } to v{ $to }; the previous file was copied to { $backup }
db-new-demo = new database at { $db }; added the demo course `{ $slug }`
dev-seeded = seeded { $courses } courses, { $lessons } lessons into { $db } in { $seconds }s

## export (a folder)

export-folder = { $replaced ->
        [yes] Replaced with
       *[no] Exported
    } `{ $slug }` to { $dir }: { $files } files
# After a count of files, right-aligned in code.
export-fidelity = { $kind ->
        [original] byte-for-byte as imported
        [transcoded] converted to UTF-8 (from Windows-1252 or UTF-16)
        [changed] changed since import
       *[unrecorded] with no recorded original
    }
export-utf8-now = UTF-8 now:
# After the count, right-aligned in code.
export-planned-not-written = planned lessons not written (no content yet): { $ids }

## What a failure was doing (the first line of an error, its causes below)

context-opening-database = opening database { $path }
context-reading-merged = reading the merged text { $path }
context-opening-report = opening { $path } (the report was written)
context-async-runtime = starting the async runtime
context-sync-with = sync with { $server }
context-sync-init = sync init on { $server }
context-sync-status = sync status of { $server }
import-from-db-label = { $db } (course { $course })
import-legacy-slug = { $label }: content_pieces slug { $problem }; correct it in that database and import again; nothing was imported for this course

# The comment lines at the top of an offline curriculum draft (part of the author's text);
# they keep the marker "Rascunho offline" that tells a draft from a reviewed curriculum.
generate-curriculum-draft-header = # Rascunho offline (draft): built by `lectern generate --curriculum` from the brief's outline (§3.3).
    # Review titles, durations and Bloom levels, add objectives and key concepts, then approve.
