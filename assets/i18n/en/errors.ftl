# Errors and refusals of the lower layers (storage, services, config, parsers), said by
# `Texts::said` (src/i18n/said.rs). English repeats each error's own `Display` word for word:
# tests/integration/i18n_errors.rs compares them.

## system failures, by kind (English quotes the system's own sentence instead)

io-not-found = No such file or directory
io-permission-denied = Permission denied
io-already-exists = File exists
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-directory-not-empty = Directory not empty
io-read-only-filesystem = Read-only file system
io-storage-full = No space left on device
io-quota-exceeded = Disk quota exceeded
io-invalid-data = invalid data
io-invalid-filename = File name too long or invalid
io-file-too-large = File too large
io-crosses-devices = Invalid cross-device link
io-connection-refused = Connection refused
io-timed-out = Timed out
io-broken-pipe = Broken pipe
io-interrupted = Interrupted
io-unexpected-eof = unexpected end of file
io-out-of-memory = Out of memory

## shared

err-io = { $error }

err-cannot-read = cannot read { $path }: { $error }

## storage (src/storage/error.rs)

err-store-too-new = database { $path } is at schema version { $found }, newer than this lectern supports ({ $supported }); it was left untouched — upgrade lectern or open another database with --db
err-store-backup = cannot back up { $path } to { $backup } before migrating: { $error }
err-store-backup-file = cannot create a backup file next to { $path } before migrating ({ $backup }): { $error }; the database was not changed — check that its folder is writable
err-store-migration = migration { $number } ({ $name }) failed on { $path }: { $error }; the database was left at version { $left_at }
err-store-create-dir = cannot create the folder for database { $path }: { $error }
err-store-busy = database { $path } stayed locked by another lectern process for more than { $seconds } s; wait for that command (an import or generation) to finish and run this one again
err-course-not-found = course `{ $slug }` not found (see `lectern list`)
err-slug-taken = course slug `{ $slug }` already exists
err-store-json = stored { $what } is not valid JSON: { $error }
err-store-lock-file = cannot use the generation lock file { $path }: { $error }; check that its folder is writable

## the user's keymap.toml (src/tui/keys/keymap_said.rs)

err-keymap-read = cannot read keymap file { $path }: { $error }
err-keymap-parse = { $path }:{ $line }:{ $column }: { $problem }
    {"  "}fix the entry or remove it (the defaults are listed in docs/keybindings.md)
err-keymap-unknown-key = { $english }
err-keymap-unknown-action = { $english }
err-keymap-quoted = { $message }
