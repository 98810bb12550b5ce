# Issue messages (the value) and hints (.hint) of both rubrics and of the course checks, one
# message per issue code. Variables are the issue's values (src/domain: Issue::args).
# English must say exactly what the domain's own text says: a test compares them.

-gps-missing-cost = GPS loses 10 of 30 points and the lesson is not GPS-valid.

## GPS rubric

GPS-G-MISSING = No Goal section found: { -gps-missing-cost }
    .hint = Add a Goal section near the top, e.g. `## 🎯 G - GOAL`, saying what the learner will be able to do.
GPS-P-MISSING = { $near ->
        [bare] No Position section found: a Position heading was found without the emoji's variation selector; the CreatorOS rubric requires `🗺️` or `## P - POSITION`. { -gps-missing-cost }
        [pin] No Position section found: a Position heading was found with `📍`, which the CreatorOS rubric does not know; it requires `🗺️` or `## P - POSITION`. { -gps-missing-cost }
       *[none] No Position section found: { -gps-missing-cost }
    }
    .hint = Add a Position section right after the Goal, e.g. `## 🗺️ P - POSITION`, meeting learners where they start.
GPS-S-MISSING = { $near ->
        [bare] No Steps section found: a Steps heading was found without the emoji's variation selector; the CreatorOS rubric requires `🛤️` or `## S - STEPS`. { -gps-missing-cost }
       *[none] No Steps section found: { -gps-missing-cost }
    }
    .hint = Add a Steps section, e.g. `## 🛤️ S - STEPS`, with one `###` subsection per step.
GPS-G-NO-OUTCOMES = Goal section lacks clear outcomes/promises (no ✅, ✓, [x] or "- … você vai").
    .hint = List concrete outcomes in the Goal with ✅ marks or a `- ... você vai ...` line.
GPS-P-NO-EMPATHY = Position section lacks empathy/validation.
    .hint = Acknowledge how the learner feels, e.g. "Talvez você ..." or "Eu sei que ...".
GPS-S-NO-SUBSECTIONS = Steps section lacks structured subsections (no `### ` lines).
    .hint = Split the Steps into `### Passo 1 ...` subsections.
GPS-G-NO-MOTIVATION = Goal section does not say why it matters.
    .hint = Say why the goal matters ("Por que isso importa", time saved); this earns no points but helps learners.
GPS-P-NO-LEVELS = Position section does not acknowledge different starting levels.
    .hint = Address different starting levels ("Se você nunca ...", iniciante / avançado); no points, but clearer.

## Didática Lendária rubric

DL-BELOW-THRESHOLD = Didática score { $score }/100 is below { $threshold }.
    .hint = Work through the DL items of this lesson; each names the points it would add.
DL-HOOK-NO-GOAL = No Goal heading followed by text: the hook scores 0 of 15.
    .hint = The hook is read from the text under the Goal heading; add a Goal heading followed by its text.
DL-HOOK-FEW-OUTCOMES = The Goal shows { $n } outcome mark(s); 3 earn 5 points (now { $now }).
    .hint = Promise at least three outcomes in the Goal, each marked ✅ (or ✓, `[x]`).
DL-HOOK-FEW-EMOTION-WORDS = The Goal uses { $n } benefit word(s); 2 earn 5 points (now { $now }).
    .hint = Use at least two benefit words in the Goal: economizar, transformar, dominar, melhorar (save, transform, master, improve).
DL-HOOK-NO-WHY = The Goal has no why-statement: 5 points lost.
    .hint = State why it matters in the Goal: "Por que isso importa ..." or "Isso vai ...".
DL-CONCEPTS-FEW-SUBSECTIONS = { $n } `###` subsection(s); 3 earn 10 points (now { $now }).
    .hint = Break the explanation into at least three `###` subsections.
DL-CONCEPTS-NO-WHY-FIRST = No why-before-what explanation: 5 points lost.
    .hint = Explain why before how, e.g. "Por que isso funciona: ..." or "Antes do como ...".
DL-CONCEPTS-FEW-DEFINITIONS = { $n } kind(s) of definition; 2 earn 5 points (now { $now }).
    .hint = Define key terms in two ways, e.g. "X é como ..." and "X significa ...".
DL-LINK-FEW = { $n } kind(s) of transition; 2 earn 10 points (now { $now }).
    .hint = Add two explicit transitions, e.g. "Agora que você ..." and "Na próxima ...".
DL-QUESTION-FEW = { $n } counted question(s); 3 earn 15 points (now { $now }).
    .hint = Ask the learner at least three questions, e.g. "🤔 Como isso mudaria sua rotina?".
DL-ANALOGY-FEW = { $n } analogy(ies); 2 earn 10 points (now { $now }).
    .hint = Add two analogies, e.g. "Uma tag é como ..." or "Imagine que ...".
DL-DIAGRAM-MISSING = No diagram description: { $now } of 10 points (a mention of visual/imagem/screenshot gives 5).
    .hint = Describe a diagram, e.g. `[DIAGRAM: nota -> tag -> filtro]`.
DL-REVIEW-NO-SECTION = No review section or takeaways: 5 points lost.
    .hint = Add a review section, e.g. `## 💡 REVISÃO`, with the key takeaways.
DL-REVIEW-NO-BEFORE-AFTER = No before/after contrast: 5 points lost.
    .hint = Contrast before and after, e.g. "Agora você sabe ..." or "Você entrou achando ...".
DL-QUICK-ACTION-NO-SECTION = No quick-action section heading: 5 points lost.
    .hint = End with a quick action section, e.g. `## ⚡ FAÇA AGORA (2 minutos)`.
DL-QUICK-ACTION-NO-TIMEBOX = No 2-minute time box: 2 points lost.
    .hint = Time-box the action: say "2 minutos" (or "2 min", "2-minute").
DL-QUICK-ACTION-NO-CHECKLIST = No checklist (`[...]`, ✓ or ✅): 3 points lost.
    .hint = Give the action a checklist: `[ ]` items or ✅ marks.

## Course checks

COURSE-LESSONS-MISSING = Missing lessons: expected { $expected }, found { $found }
    .hint = Write the missing lessons or remove them from curriculum.yaml.
COURSE-LESSON-SHORT = { $name }: Too short ({ $words } words, min { $min })
    .hint = Expand the lesson to at least 500 words.
COURSE-CURRICULUM-INVALID = { $file }:{ $line }:{ $column }: { err-curriculum }
    .hint = { err-curriculum-hint }
COURSE-NO-LESSONS = No lessons to judge: the pedagogical gate fails.
    .hint = Add lesson files; the pedagogical gate needs at least one.
COURSE-GPS-RATE-LOW = { $passed }/{ $total } lessons GPS-valid ({ $pct }%, need 80%)
    .hint = Fix the GPS-… errors of the failing lessons until 80 % are GPS-valid.
COURSE-DL-RATE-LOW = { $passed }/{ $total } lessons reach Didática 70 ({ $pct }%, need 80%)
    .hint = Raise the weakest lessons to Didática 70 until 80 % pass.
COURSE-BLOOM-MINOR-JUMP = Module { $module }: one jump of more than two Bloom levels: { $jumps }
    .hint = Insert a lesson at an intermediate Bloom level, or lower the later lesson's level.
    .item = lesson { $from } ({ $from_level }) → lesson { $to } ({ $to_level })
COURSE-BLOOM-ILLOGICAL = Module { $module }: { $count } jumps of more than two Bloom levels: { $jumps }
    .hint = Reorder the module so levels rise at most two steps between lessons.
    .item = lesson { $from } ({ $from_level }) → lesson { $to } ({ $to_level })
COURSE-BLOOM-START-HIGH = The course's first lesson is above Apply.
    .hint = Open the course with a Remember, Understand or Apply lesson.
COURSE-BLOOM-ENDS-LOWER = The last module peaks at a lower Bloom level than the first.
    .hint = Let the last module reach at least the first module's highest level.
COURSE-DURATION-OFF = Reading time { $estimate } min vs curriculum { $planned } min ({ $off }% off, tolerance 25%)
    .hint = Adjust lesson length or the curriculum's minutes (estimate = words ÷ 200).
COURSE-DURATION-UNKNOWN = No curriculum minutes to compare with the reading estimate of { $estimate } min
    .hint = Give the curriculum's lessons `duration_minutes` to compare with reading time.

## Import warnings

IMPORT-EMPTY-FILE = the file is empty; imported as a lesson without text
    .hint = write the lesson, or delete the file
IMPORT-NUL-BYTE = the file contains a NUL byte (line { $line }, column { $column })
    .hint = is it a binary file? re-save it as UTF-8 text
IMPORT-UTF16 = read as { $encoding } (the file starts with its byte-order mark); stored and exported as UTF-8
    .hint = re-save the file as UTF-8 to silence this warning
IMPORT-NOT-UTF8 = not valid UTF-8 (byte 0x{ $byte } at line { $line }, column { $column }); read as Windows-1252
    .hint = re-save the file as UTF-8 to silence this warning
IMPORT-BINARY-RESEARCH = { $path } is not a text file ({ $bytes } bytes); skipped, research keeps text only
    .hint = save its text as a .md or .txt next to it to import it
IMPORT-SYMLINK-SKIPPED = symbolic link, not followed; skipped
    .hint = copy the file (or folder) into the course folder to import it
IMPORT-UNLISTED-LESSON = { $path } is not listed in curriculum.yaml; imported and flagged
    .hint = add it to curriculum.yaml or remove the file
IMPORT-UNNUMBERED-LESSON = { $path } has no lesson number in its name; kept as `{ $id }`, ordered after the numbered lessons of { $folder }/
    .hint = rename it M.L-slug.md to place it in the course
IMPORT-PLANNED-ONLY = { $reason ->
        [no-file] curriculum.yaml line { $line }: lesson { $id } has no lesson file; kept as a planned lesson without content
        [outside] curriculum.yaml line { $line }: lesson { $id } lists { $path }, which is outside the course folder (import reads only files inside it); kept as a planned lesson without content
       *[missing] curriculum.yaml line { $line }: lesson { $id } lists { $path }, which does not exist; kept as a planned lesson without content
    }
    .hint = write the lesson or generate it
IMPORT-FRONT-MATTER = { $path }: front matter is not valid YAML (line { $line }, column { $column }: { $error }); it was kept as text and ignored
    .hint = fix or quote the front matter value at that line
IMPORT-DUPLICATE-LESSON-NUMBER = { $count } files share lesson number { $base }: { $files }; all are kept, in file-name order, and a curriculum entry { $base } is ambiguous
    .hint = renumber the files or give each a distinct front matter lesson_id ({ $base }-…)
    .item = { $path } (as { $id })
IMPORT-AMBIGUOUS-CURRICULUM-ENTRY = curriculum.yaml line { $line }: entry { $base } is ambiguous, { $count } files carry that number ({ $paths }); it was paired with { $chosen }, the others are imported as unlisted lessons
    .hint = renumber the files or list each one in the curriculum with its file_path
IMPORT-CURRICULUM-PATH = curriculum.yaml line { $line }: lesson { $id } names { $path }, { $reason ->
        [outside] which is outside the course folder (import reads only files inside it)
       *[missing] which does not exist
    }; paired with { $chosen } by { $by ->
        [title] title
       *[number] number
    }
    .hint = set file_path to "{ $chosen }"
IMPORT-NOT-IN-CURRICULUM = { $file }: module { $module } is not in curriculum.yaml; lesson { $id } is shown in the final "Not in the curriculum" group
    .hint = add module { $module } to curriculum.yaml or renumber the file
IMPORT-FILE-NAME-NOT-UTF8 = the file name { $name } is not UTF-8; its bytes are kept and export writes the same name back
    .hint = screens show the undecodable bytes as �; rename the file to UTF-8 (for example with `convmv -f latin1 -t utf8`) to see its name everywhere
# Stored as a course message (src/services/course_messages.rs); `reason` and `hint` are the
# curriculum parser's own words, quoted as written.
IMPORT-REFUSED = { $reason }; nothing was imported, the course is as before
    .hint = { $hint }

## The brief (COURSE-BRIEF.md)

BRIEF-TITLE = Section 1: Title is missing or too short
    .hint = fill **Título do Curso:** in section 1
BRIEF-OBJECTIVES = Section 3: No learning objectives defined
    .hint = list 5–10 numbered objectives under 3.2 Objetivos de Aprendizagem
BRIEF-DURATION = Section 1: Total duration not specified
    .hint = tick or write the total duration under 1.2
BRIEF-PAINS = Section 2: No pain points defined for ICP
    .hint = describe the pains under 2.2 Dores & Problemas
BRIEF-FRONT-MATTER = front matter is not valid YAML (line { $line }, column { $column }: { $error }); ignored
    .hint = quote values that contain `: ` or start with `[`
BRIEF-PERSONA-SLUG = mmos_persona names `{ $slug }`, which cannot be a persona slug; no persona was assigned
    .hint = use lower-case letters, digits, `-` or `_` (e.g. `jose_amorim`), or assign one with `lectern persona assign`

## The curriculum (curriculum.yaml)

CURRICULUM-NO-MODULES = No modules found in curriculum
    .hint = add a `modules:` list; lessons on disk are still imported
CURRICULUM-MODULE-TITLE = Module { $module } missing title
    .hint = add `module_title:` (or `title:`) to the module
CURRICULUM-LESSON-COUNT = Module { $module } gives a lesson count ({ $count }) instead of a list; its planned lessons have no titles
    .hint = replace `lessons: N` with a list of lessons (lesson_id, lesson_title, file_path)
CURRICULUM-EMPTY-MODULE = Module { $module } has no lessons
    .hint = list the module's lessons under `lessons:`
CURRICULUM-NUMBERING = Lesson numbering error: Expected { $expected }, got { $got }
    .hint = number lessons M.L in order and quote ids (lesson_id: "1.10")
CURRICULUM-LESSON-TITLE = Lesson { $id } missing title
    .hint = add `lesson_title:` (or `title:`)
CURRICULUM-BLOOM-UNKNOWN = Lesson { $id } has an unknown Bloom level `{ $level }`
    .hint = use Remember, Understand, Apply, Analyze, Evaluate or Create (or Lembrar, Entender, Aplicar, Analisar, Avaliar, Criar)
CURRICULUM-SHORT-LESSON = Lesson { $id } has very short duration: { $minutes } min
    .hint = check `duration_minutes` (lessons under 5 minutes are unusual)
CURRICULUM-LONG-LESSON = Lesson { $id } has very long duration: { $minutes } min
    .hint = consider splitting the lesson (over 120 minutes)
CURRICULUM-DUPLICATE-ID = Duplicate lesson IDs found: { $ids }
    .hint = give every lesson its own M.L id; duplicates were suffixed -b, -c … on import
CURRICULUM-SHORT-TOTAL = Total duration seems short: { $total } minutes (< 1 hour)
    .hint = check the lessons' `duration_minutes`
CURRICULUM-LONG-TOTAL = Total duration seems very long: { $total } minutes (> 50 hours)
    .hint = check the lessons' `duration_minutes`

## lectern check (stored as course messages, shown by `lectern show`); `detail` is the
## check's own words

CHECK-MISSING-IN-DATABASE = { $path } in the folder, not in the database: { $detail }
    .hint = run `lectern check { $slug } --against { $dir } --fix` to take the folder's version
CHECK-MISSING-ON-DISK = { $path } in the database, not in the folder: { $detail }
    .hint = run `lectern check { $slug } --against { $dir } --fix` to take the folder's version
CHECK-CONTENT-DIFFERS = { $path } differs from the folder: { $detail }
    .hint = run `lectern check { $slug } --against { $dir } --fix` to take the folder's version
