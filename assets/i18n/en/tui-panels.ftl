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
