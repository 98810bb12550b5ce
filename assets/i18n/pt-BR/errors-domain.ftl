# Erros dos leitores do domínio (src/domain), ditos por `Texts::said`.

## curriculum.yaml (src/domain/curriculum/error_said.rs); `kind` escolhe a frase

err-curriculum = { $kind ->
    [mapping-value] há um “: ” dentro de um valor sem aspas, e o YAML o lê como o início de outra chave
    [unclosed-quote] uma aspa foi aberta e não foi fechada
    [tab] há uma tabulação onde o YAML só aceita espaços
    [aliases] as âncoras e referências (`&nome`, `*nome`) se expandiriam além do limite
    [module-too-big] o módulo { $module } tem { $count } aulas; o máximo é { $max } por módulo
    [course-too-big] o currículo passa de { $max } aulas (ultrapassou no módulo { $module })
   *[other] erro de sintaxe no YAML (o leitor diz: “{ $detail }”)
}
err-curriculum-hint = { $kind ->
    [mapping-value] ponha o valor da linha { $line } entre aspas duplas: um valor que contém “: ” precisa delas, por exemplo { $suggestion }
    [unclosed-quote] feche a aspa aberta na linha { $line } ou antes dela
    [tab] indente a linha { $line } com espaços; o YAML não aceita tabulação ali
    [aliases] escreva os blocos repetidos por extenso, ou use menos âncoras (`&nome`) e referências (`*nome`), e menores, perto da linha { $line }
    [module-too-big] confira o número de aulas perto da linha { $line } ou divida o módulo em vários
    [course-too-big] divida o curso em vários
    [other] corrija a sintaxe do YAML na linha { $line }, coluna { $column } (confira a indentação e ponha entre aspas os valores com `:` ou `#`)
   *[unknown] { $english_hint }
}
