# As palavras do próprio clap: anotações da ajuda e erros de uso da linha de comando.

## Páginas de ajuda: a linha de uso e as notas depois da ajuda de um argumento

clap-usage-options = [OPÇÕES]
clap-usage-command = COMANDO
clap-spec-env = [variável: { $name }]
clap-spec-env-set = [variável: { $name }={ $value }]
clap-spec-default = [padrão: { $value }]

## Erros de uso

clap-usage-heading = Uso:
clap-error = erro:
clap-tip = dica:
clap-more-info = Para mais informações, tente '{ $flag }'.
clap-error-unknown-subcommand = subcomando não reconhecido '{ $name }'
clap-error-unknown-argument = argumento inesperado '{ $arg }'
clap-error-invalid-value = valor inválido '{ $value }' para '{ $arg }'
clap-error-value-missing = falta o valor de '{ $arg }'
clap-error-too-many-values = valor inesperado '{ $value }' para '{ $arg }'; ele não aceita mais valores
clap-error-missing-required = { $count ->
        [one] falta este argumento obrigatório:
       *[other] faltam estes argumentos obrigatórios:
    }
clap-error-missing-subcommand = '{ $name }' precisa de um subcomando, e nenhum foi dado
clap-error-invalid-utf8 = há UTF-8 inválido em um ou mais argumentos
clap-error-used-twice = o argumento '{ $arg }' não pode ser usado mais de uma vez
clap-error-conflict = { $kind ->
        [subcommand] o subcomando
       *[argument] o argumento
    } '{ $arg }' não pode ser usado com '{ $other }'
clap-error-conflict-list = { $kind ->
        [subcommand] o subcomando
       *[argument] o argumento
    } '{ $arg }' não pode ser usado com:
clap-error-conflict-others = { $kind ->
        [subcommand] o subcomando
       *[argument] o argumento
    } '{ $arg }' não pode ser usado com um ou mais dos outros argumentos indicados
clap-list-subcommands = subcomandos
clap-tip-similar-subcommand = { $count ->
        [one] existe um subcomando parecido
       *[other] existem subcomandos parecidos
    }: { $names }
clap-tip-similar-argument = { $count ->
        [one] existe um argumento parecido
       *[other] existem argumentos parecidos
    }: { $names }
clap-tip-similar-value = { $count ->
        [one] existe um valor parecido
       *[other] existem valores parecidos
    }: { $names }
clap-tip-as-value = para passar '{ $arg }' como valor, use '{ $fix }'
clap-tip-exists = '{ $name }' existe
clap-tip-remove-dashes = o subcomando '{ $name }' existe; para usá-lo, tire o '--' da frente

## Por que um valor foi recusado (depois de "valor inválido 'x' para '--jobs <N>': ")

clap-reason-not-a-number = não é um número inteiro
clap-reason-empty = está vazio
clap-reason-too-large = é grande demais
clap-reason-too-small = é pequeno demais
clap-reason-range = { $value } está fora do intervalo de { $min } a { $max }
clap-reason-rubric = rubrica desconhecida `{ $name }` (as que existem: creatoros e strict)
