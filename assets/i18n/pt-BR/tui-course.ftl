# The workbench: the course screen (src/tui/screens/course) and the jobs panel and generation dialogs (src/tui/screens/jobs), with the [course] keymap section.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).
