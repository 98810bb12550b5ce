# Errors about the configuration file and connection URLs (src/config), said by `Texts::said`.
# English repeats each error's own `Display` word for word: tests/integration/i18n_errors_lower.rs
# compares them. The TOML reader's own sentences are quoted as written.

## the file (src/config/mod.rs)

err-config-no-home = cannot find a home directory to keep lectern's data in; pass --db and --config
err-config-read = cannot read config file { $path }: { $error }
err-config-parse =
    { $path }:{ $line }:{ $column }: { $message }
    {"  "}fix the value or remove the line (see `lectern config show` for the accepted keys)
err-config-parse-key =
    { $path }:{ $line }:{ $column }: key `{ $key }`: { $message }
    {"  "}fix the value or remove the line (see `lectern config show` for the accepted keys)
err-config-toml-suggest = { $message } (did you mean `{ $best }`?)

## the values (src/config/validate.rs)

err-config-unknown-name = unknown { $what } `{ $value }`; accepted: { $accepted }
err-config-unknown-name-suggest = unknown { $what } `{ $value }`; accepted: { $accepted } (did you mean `{ $best }`?)
err-config-what-provider = provider
err-config-what-language = language
err-config-at-least-one = { $key } must be at least 1
err-config-temperature = temperature { $value } is outside 0.0 to 2.0 (the range the providers accept)
err-config-not-http-url = `{ $url }` is not an http:// or https:// URL with a host
err-config-not-env-name = `{ $name }` is not an environment variable name (letters, digits and `_`); name the variable here, never its value
err-config-url-password = `{ $url }` carries a password, and the config file is no place for it: remove it from the URL and put the whole URL in the environment variable `{ $var }` (url_env), or the password alone in the variable named by password_env
err-config-url-no-user = `{ $url }` names no user; write it as postgres://USER@{ $host }:{ $port }/DATABASE
err-config-ca-file = { $path } is not a readable file; give the PEM file of the server's certificate authority (a relative path starts at the config file's folder)
err-config-schema = schema `{ $schema }` must be a plain PostgreSQL name: lower-case letters, digits and `_`, not starting with a digit, at most 63 characters

## PostgreSQL URLs (src/config/pg_url.rs)

err-pg-url-scheme = `{ $url }` is not a PostgreSQL URL: it must start with postgres:// or postgresql://
err-pg-url-no-host = `{ $url }` names no host
err-pg-url-port = `{ $url }`: port `{ $port }` is not a number from 1 to 65535
err-pg-url-escape = `{ $url }`: `{ $what }` has a bad %-escape
err-pg-url-part-user = user
err-pg-url-part-password = password
err-pg-url-part-host = host
err-pg-url-part-database = database name
err-pg-url-part-parameter = parameter
err-pg-url-unknown-param = `{ $url }`: unknown parameter `{ $name }` (accepted: { $accepted })
err-pg-url-sslmode = `{ $url }`: sslmode `{ $value }` is not one of { $accepted }
err-pg-url-connect-timeout = `{ $url }`: connect_timeout `{ $value }` is not a whole number of seconds

## the TOML reader's usual sentences (src/config/toml_said.rs): English as serde writes them

err-config-toml-unknown-field = unknown field `{ $name }`, expected { $expected }
err-config-toml-unknown-variant = unknown variant `{ $name }`, expected { $expected }
