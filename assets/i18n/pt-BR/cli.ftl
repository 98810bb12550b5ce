# Saída legível, erros e ajuda da linha de comando (src/cli). A saída JSON nunca é traduzida.
# Palavras alinhadas em colunas (status, gravidade) são medidas no código: podem ter tamanhos
# diferentes dos do inglês.

## Palavras comuns

status-passed = aprovada
status-warning = aviso
status-failed = reprovada
status-draft = rascunho
status-planned = planejada
severity-error = erro
severity-warning = aviso
severity-info = info
# Antes da mensagem de um problema: "linha 12: …"
at-line = linha { $line }:
course-status = { $status ->
        [draft] rascunho
        [published] publicado
        [archived] arquivado
       *[other] { $status }
    }
gate-pass = APROVADO
gate-fail = REPROVADO

## validate

validate-no-target = { $target } não existe; informe um arquivo de lição, uma pasta de curso ou o slug de um curso
validate-below-thresholds = { $n ->
        [one] { $n } lição abaixo dos mínimos pedidos
       *[other] { $n } lições abaixo dos mínimos pedidos
    }
validate-warning = aviso: { $course }: { $file }: { $message }
validate-summary = { $lessons ->
        [0] nenhuma lição
        [one] { $lessons } lição
       *[other] { $lessons } lições
    } · válidas no GPS { $gps_passed }/{ $lessons } ({ $gps_pct }%) · Didática ≥ 70 { $dl_passed }/{ $lessons } ({ $dl_pct }%) · média de Didática { $avg } · critério { $gate }

## show

show-messages = Mensagens
show-persona = persona: { $persona }
show-more-issues = … mais { $n }

## import

import-course = { $outcome ->
        [would-import] seria importado
        [created] criado
        [updated] atualizado
       *[skipped] ignorado (já está no banco de dados)
    }: { $lessons ->
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $planned ->
        [one] { $planned } só planejada
       *[other] { $planned } só planejadas
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
import-replaced = { $n ->
        [one] { $n } texto substituído ficou no histórico (`lectern history { $slug }`)
       *[other] { $n } textos substituídos ficaram no histórico (`lectern history { $slug }`)
    }
import-kept = { $n ->
        [one] mantida { $n } lição que só existe no banco de dados (--prune a remove)
       *[other] mantidas { $n } lições que só existem no banco de dados (--prune as remove)
    }
import-refused = recusado

## list

list-empty = Nenhum curso ainda em { $db }. Importe uma pasta CreatorOS ou crie um curso (veja `lectern --help`).
list-header-slug = SLUG
list-header-title = TÍTULO
list-header-status = STATUS
list-header-lessons = LIÇÕES
list-header-counts = APROV./AVISO/REPROV.

## stats

stats-library = Biblioteca
stats-scope = { $courses ->
        [one] { $courses } curso
       *[other] { $courses } cursos
    }, { $lessons ->
        [one] { $lessons } lição avaliada
       *[other] { $lessons } lições avaliadas
    } de { $total }
stats-gps = GPS       média { $mean }/30, válidas { $valid } · em 0/10/20/30: { $distribution }
stats-didatica = Didática  média { $mean }/100, aprovadas (≥70) { $passed } ({ $rate }) · faixas 0–9 … 90–100: { $bands }
stats-elements = Elementos, do mais fraco ao mais forte
stats-element = { $mean } de { $max } pontos ({ $share })
stats-gps-parts = Partes do GPS presentes: { $parts }
stats-modules = Módulos
stats-module = módulo { $module }  { $lessons } lições  aprovadas { $passed }  DL { $dl }  GPS { $gps }
stats-codes = Códigos de problema (10 mais frequentes)
stats-code-lessons = { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    }
stats-trend = Evolução por revisão
stats-trend-row = revisão { $revision }: { $lessons } { $count ->
        [one] lição
       *[other] lições
    }  DL { $dl }  GPS { $gps }
stats-origin = Origem: { $origin }
stats-outcomes = Resultados dos alunos
stats-outcomes-row = { $lessons ->
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $views } visualizações, conclusão { $completion }, avaliação { $rating }
stats-correlation-note = correlação: { $note }
stats-correlation = Didática × conclusão: r = { $r } (n = { $n })

## check

check-link-skipped = link simbólico, ignorado:
check-ok = ok
check-matches = `{ $slug }` confere com { $dir } ({ $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    })
check-differs = `{ $slug }` difere de { $dir }: { $n ->
        [one] { $n } diferença
       *[other] { $n } diferenças
    }
check-missing-in-database = fora do banco de dados
check-missing-on-disk = fora da pasta
check-content-differs = conteúdo diferente
check-fixed = corrigido:
check-fixed-detail = { $slug } reimportado da pasta: { $lessons } lições, { $planned } planejadas; agora idênticos
check-not-fixed = não corrigido:
check-not-fixed-detail = reimportado, mas { $n ->
        [one] resta { $n } diferença
       *[other] restam { $n } diferenças
    } (veja `lectern check --json`)
check-fix-hint = Rode com --fix para reimportar a pasta (a pasta prevalece).

## history

history-empty = o curso `{ $slug }` ainda não tem histórico

## search

search-no-matches = Nada encontrado para "{ $query }".
