# Errors of the domain's parsers (src/domain), said by `Texts::said`. English repeats the
# parsers' own sentences word for word (tests compare them).

## curriculum.yaml (src/domain/curriculum/error_said.rs); `kind` picks the sentence

err-curriculum = { $detail }
err-curriculum-hint = { $kind ->
    [mapping-value] quote the value on line { $line }: a value containing ": " must be written in double quotes, e.g. { $suggestion }
    [unclosed-quote] close the quote opened on or before line { $line }
    [tab] indent line { $line } with spaces; YAML does not allow tabs there
    [aliases] write the repeated blocks out, or use fewer and smaller anchors (`&name`) and aliases (`*name`) around line { $line }
    [module-too-big] check the lesson count near line { $line }, or split the module in several
    [course-too-big] split the course in several
    [other] fix the YAML syntax at line { $line }, column { $column } (check indentation and quote values containing `:` or `#`)
   *[unknown] { $english_hint }
}
