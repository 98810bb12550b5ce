# Erros e recusas das camadas de baixo (armazenamento, serviços, configuração, leitores),
# ditos por `Texts::said` (src/i18n/said.rs).

## falhas do sistema, por tipo

io-not-found = arquivo ou pasta não encontrado
io-permission-denied = permissão negada
io-already-exists = o arquivo já existe
io-is-a-directory = é uma pasta
io-not-a-directory = não é uma pasta
io-directory-not-empty = a pasta não está vazia
io-read-only-filesystem = sistema de arquivos somente leitura
io-storage-full = não há espaço livre no disco
io-quota-exceeded = cota de disco excedida
io-invalid-data = dados inválidos
io-invalid-filename = nome de arquivo longo demais ou inválido
io-file-too-large = arquivo grande demais
io-crosses-devices = não é possível mover entre discos diferentes
io-connection-refused = conexão recusada
io-timed-out = tempo esgotado
io-broken-pipe = a saída foi fechada
io-interrupted = interrompido
io-unexpected-eof = o arquivo terminou antes do esperado
io-out-of-memory = memória insuficiente

## comuns

err-io = { $error }

err-cannot-read = não foi possível ler { $path }: { $error }

## armazenamento (src/storage/error.rs)

err-store-too-new = o banco de dados { $path } está na versão de esquema { $found }, mais nova do que esta versão do lectern aceita ({ $supported }); ele não foi alterado — atualize o lectern ou abra outro banco com --db
err-store-backup = não foi possível copiar { $path } para { $backup } antes de migrar: { $error }
err-store-backup-file = não foi possível criar uma cópia de segurança ao lado de { $path } antes de migrar ({ $backup }): { $error }; o banco de dados não foi alterado — confira se a pasta dele aceita gravação
err-store-migration = a migração { $number } ({ $name }) falhou em { $path }: { $error }; o banco de dados ficou na versão { $left_at }
err-store-create-dir = não foi possível criar a pasta do banco de dados { $path }: { $error }
err-store-busy = o banco de dados { $path } ficou bloqueado por outro processo do lectern por mais de { $seconds } s; espere esse comando (uma importação ou geração) terminar e rode este de novo
err-course-not-found = curso `{ $slug }` não encontrado (veja `lectern list`)
err-slug-taken = o slug de curso `{ $slug }` já existe
err-store-json = { $what } guardado não é um JSON válido: { $error }
err-store-lock-file = não foi possível usar o arquivo de trava da geração { $path }: { $error }; confira se a pasta dele aceita gravação

## o keymap.toml da pessoa (src/tui/keys/keymap_said.rs)

err-keymap-read = não foi possível ler o arquivo de atalhos { $path }: { $error }
err-keymap-parse = { $path }:{ $line }:{ $column }: { $problem }
    {"  "}corrija a entrada ou apague-a (os atalhos padrão estão em docs/keybindings.md)
err-keymap-unknown-key = tecla desconhecida `{ $key }` (use um único caractere ou um nome como enter, esc, tab, up, pagedown, home, f5, com ctrl-, alt- ou shift- antes se quiser)
err-keymap-unknown-action = nome desconhecido `{ $name }`; os aceitos são { $expected }
err-keymap-quoted = erro no TOML (o leitor diz: “{ $message }”)
