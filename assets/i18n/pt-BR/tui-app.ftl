# The workbench: the workbench's frame (src/tui/app, widgets): notifications, the status bar's sync line, the too-small notice.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).
