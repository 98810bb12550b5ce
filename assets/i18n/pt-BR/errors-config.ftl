# Erros do arquivo de configuração e das URLs de conexão (src/config), ditos por
# `Texts::said`. As frases do próprio leitor de TOML são citadas como vieram.

## o arquivo (src/config/mod.rs)

err-config-no-home = não foi encontrada uma pasta pessoal para guardar os dados do lectern; passe --db e --config
err-config-read = não foi possível ler o arquivo de configuração { $path }: { $error }
err-config-parse =
    { $path }:{ $line }:{ $column }: { $message }
    {"  "}corrija o valor ou apague a linha (veja em `lectern config show` as chaves aceitas)
err-config-parse-key =
    { $path }:{ $line }:{ $column }: chave `{ $key }`: { $message }
    {"  "}corrija o valor ou apague a linha (veja em `lectern config show` as chaves aceitas)
err-config-toml-suggest = { $message } (você quis dizer `{ $best }`?)

## os valores (src/config/validate.rs)

err-config-unknown-name = { $what } desconhecido `{ $value }`; aceitos: { $accepted }
err-config-unknown-name-suggest = { $what } desconhecido `{ $value }`; aceitos: { $accepted } (você quis dizer `{ $best }`?)
err-config-what-provider = provedor
err-config-what-language = idioma
err-config-at-least-one = { $key } deve ser pelo menos 1
err-config-temperature = a temperatura { $value } está fora da faixa de 0.0 a 2.0 (a que os provedores aceitam)
err-config-not-http-url = `{ $url }` não é uma URL http:// ou https:// com host
err-config-not-env-name = `{ $name }` não é um nome de variável de ambiente (letras, dígitos e `_`); escreva aqui o nome da variável, nunca o valor dela
err-config-url-password = `{ $url }` traz uma senha, e o arquivo de configuração não é lugar para ela: tire a senha da URL e coloque a URL inteira na variável de ambiente `{ $var }` (url_env), ou só a senha na variável indicada por password_env
err-config-url-no-user = `{ $url }` não indica usuário; escreva postgres://USUARIO@{ $host }:{ $port }/BANCO
err-config-ca-file = { $path } não é um arquivo legível; indique o arquivo PEM da autoridade certificadora do servidor (um caminho relativo parte da pasta do arquivo de configuração)
err-config-schema = o esquema `{ $schema }` deve ser um nome simples do PostgreSQL: letras minúsculas, dígitos e `_`, sem começar por dígito, com no máximo 63 caracteres

## URLs do PostgreSQL (src/config/pg_url.rs)

err-pg-url-scheme = `{ $url }` não é uma URL do PostgreSQL: ela deve começar com postgres:// ou postgresql://
err-pg-url-no-host = `{ $url }` não indica host
err-pg-url-port = `{ $url }`: a porta `{ $port }` não é um número de 1 a 65535
err-pg-url-escape = `{ $url }`: { $what } tem um escape % inválido
err-pg-url-part-user = o usuário
err-pg-url-part-password = a senha
err-pg-url-part-host = o host
err-pg-url-part-database = o nome do banco
err-pg-url-part-parameter = um parâmetro
err-pg-url-unknown-param = `{ $url }`: parâmetro desconhecido `{ $name }` (aceitos: { $accepted })
err-pg-url-sslmode = `{ $url }`: sslmode `{ $value }` não é um destes: { $accepted }
err-pg-url-connect-timeout = `{ $url }`: connect_timeout `{ $value }` não é um número inteiro de segundos

## as frases mais comuns do leitor de TOML (src/config/toml_said.rs)

err-config-toml-unknown-field = chave desconhecida `{ $name }`; aceitas: { $accepted }
err-config-toml-unknown-variant = valor desconhecido `{ $name }`; aceitos: { $accepted }
