# The workbench: the lesson, editor, search and history screens (src/tui/screens/{lesson,editor,search,history}) with their keymap sections.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).
