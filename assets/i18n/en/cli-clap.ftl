# clap's own words, as clap writes them in English. English output never goes through these
# (clap prints it); they exist so both languages hold the same ids (docs/i18n.md).

## Help pages: the usage line and the notes after an argument's help

clap-usage-options = [OPTIONS]
clap-usage-command = COMMAND
clap-spec-env = [env: { $name }]
clap-spec-env-set = [env: { $name }={ $value }]
clap-spec-default = [default: { $value }]

## Parse errors

clap-usage-heading = Usage:
clap-error = error:
clap-tip = tip:
clap-more-info = For more information, try '{ $flag }'.
clap-error-unknown-subcommand = unrecognized subcommand '{ $name }'
clap-error-unknown-argument = unexpected argument '{ $arg }' found
clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-error-value-missing = a value is required for '{ $arg }' but none was supplied
clap-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
# clap says the same whatever the count; pt-BR says it in the singular for one.
clap-error-missing-required = the following required arguments were not provided:
clap-error-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
clap-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-error-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-error-conflict = { $kind ->
        [subcommand] the subcommand
       *[argument] the argument
    } '{ $arg }' cannot be used with '{ $other }'
clap-error-conflict-list = { $kind ->
        [subcommand] the subcommand
       *[argument] the argument
    } '{ $arg }' cannot be used with:
clap-error-conflict-others = { $kind ->
        [subcommand] the subcommand
       *[argument] the argument
    } '{ $arg }' cannot be used with one or more of the other specified arguments
clap-list-subcommands = subcommands
clap-tip-similar-subcommand = { $count ->
        [one] a similar subcommand exists
       *[other] some similar subcommands exist
    }: { $names }
clap-tip-similar-argument = { $count ->
        [one] a similar argument exists
       *[other] some similar arguments exist
    }: { $names }
clap-tip-similar-value = { $count ->
        [one] a similar value exists
       *[other] some similar values exist
    }: { $names }
clap-tip-as-value = to pass '{ $arg }' as a value, use '{ $fix }'
clap-tip-exists = '{ $name }' exists
clap-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it

## Why a value was refused (after "invalid value 'x' for '--jobs <N>': ")

clap-reason-not-a-number = invalid digit found in string
clap-reason-empty = cannot parse integer from empty string
clap-reason-too-large = number too large to fit in target type
clap-reason-too-small = number too small to fit in target type
clap-reason-range = { $value } is not in { $min }..={ $max }
clap-reason-rubric = unknown rubric `{ $name }` (expected creatoros or strict)
