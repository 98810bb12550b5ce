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
