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


## --help

help-about = Uma bancada de trabalho no terminal, guiada pelo teclado, para quem cria cursos (método CreatorOS)
help-template =
    {"{"}about-with-newline{"}"}
    Uso: {"{"}usage{"}"}

    Comandos:
    {"{"}subcommands{"}"}

    Opções:
    {"{"}options{"}"}
help-arg-db = Arquivo do banco de dados (padrão: a pasta de dados da plataforma, p. ex. ~/.local/share/lectern/lectern.db)
help-arg-config = Arquivo de configuração (padrão: ~/.config/lectern/config.toml)
help-arg-no-demo = Não cria o curso de demonstração num banco de dados novo
help-cmd-list = Lista os cursos com suas notas
help-cmd-show = Mostra um curso com suas lições, notas e problemas
help-cmd-config = Mostra onde o lectern guarda seus arquivos, ou a configuração em vigor
help-cmd-import = Importa pastas de curso CreatorOS (uma transação por curso)
help-cmd-validate = Avalia lições (arquivo, pasta de curso, pasta de cursos ou curso do banco) com uma rubrica
help-cmd-completions = Gera um script de autocompletar para o shell
help-cmd-export = Grava um curso de volta como pasta CreatorOS ou como um documento JSON
help-cmd-check = Compara uma pasta de curso com o banco de dados (sai com 1 se houver diferença)
help-cmd-generate = Gera lições (rascunhos offline ou um LLM de verdade), avaliadas e guardadas à medida que ficam prontas; ou, com --curriculum / --research, o currículo ou a pesquisa de mercado a partir do briefing
help-cmd-new = Cria um curso com um briefing a partir do modelo
help-cmd-brief = Mostra, edita ($EDITOR) ou substitui o briefing de um curso
help-cmd-curriculum = Mostra, edita, substitui ou aprova o currículo de um curso
help-cmd-lesson = Mostra, edita ou substitui uma lição (avaliada ao salvar)
help-cmd-persona = Personas (mentes MMOS) em que um curso é escrito: listar, mostrar, criar, importar, atribuir
help-cmd-search = Busca no texto de lições, briefings, cursos e pesquisas (como o Ctrl-f da bancada)
help-cmd-history = Revisões dos textos de um curso, das mais novas às mais antigas
help-cmd-diff = O que mudou entre duas revisões de um texto
help-cmd-restore = Traz de volta o texto exato de uma revisão (como nova revisão)
help-cmd-undo = Desfaz a última ação do curso (regeração, reimportação, arquivamento, restauração, gravação)
help-cmd-archive = Arquiva um curso: sai da biblioteca e fica no banco de dados com seu histórico
help-cmd-unarchive = Traz um curso arquivado de volta à biblioteca, com o status que ele tinha
help-cmd-sync = Envia as mudanças locais ao servidor de sincronização e depois traz as remotas (`sync init` cria as tabelas do servidor; `--status` mostra como está a sincronização)
help-cmd-conflicts = Conflitos de sincronização: lista-os ou resolve um (fico com a minha, fico com a deles ou um arquivo mesclado)
help-cmd-stats = Números da biblioteca ou de um curso (notas, elementos, módulos, códigos, evolução, origem, resultados dos alunos); --json para um documento
help-cmd-performance = Resultados dos alunos vindos de uma plataforma de cursos: `performance import ARQUIVO.csv`
help-cmd-report = Grava os números como um arquivo HTML autocontido (--html) ou tabelas CSV (--csv)

## archive, undo, restore, new, export

archive-done = `{ $slug }` arquivado: continua no banco de dados, fora da biblioteca (`lectern unarchive { $slug }` o traz de volta)
archive-already = `{ $slug }` já estava arquivado; nada mudou
unarchive-done = `{ $slug }` desarquivado: de volta à biblioteca como { $status }
unarchive-not-archived = `{ $slug }` não está arquivado; nada mudou
undo-done = desfeita a última ação `{ $source }` em `{ $slug }`: { $n ->
        [one] { $n } texto voltou à revisão anterior
       *[other] { $n } textos voltaram à revisão anterior
    }
restore-done = { $target } de `{ $slug }` restaurado da revisão { $from }; `lectern undo { $slug }` desfaz
new-created = curso `{ $slug }` criado; preencha o briefing com `lectern brief { $slug } --edit`
export-wrote = `{ $slug }` gravado em { $path }

## conflicts

conflicts-how = informe --keep mine|theirs ou --file CAMINHO
conflicts-resolved = { $n ->
        [one] { $n } conflito resolvido
       *[other] { $n } conflitos resolvidos
    } em `{ $target }` de `{ $course }`{ $has_revision ->
        [yes] {" "}(nova revisão { $revision })
       *[no] {""}
    }; rode `lectern sync` para compartilhar
conflicts-none = nenhum conflito em aberto
conflicts-row = meu: { $mine } { $mine_at } · deles: { $theirs } { $theirs_at }

## report, performance

report-wrote-kb = Gravado { $path } ({ $kb } KB)
report-wrote = Gravado { $path }
performance-imported = Números dos alunos importados para { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    } de { $file }
performance-skipped = { $file }: linha { $line }: `{ $named }` ignorado: { $reason }
performance-ignored-columns = colunas não lidas: { $columns }

## errors

error-line = erro: { $message }
error-caused-by = causado por: { $cause }
error-course-not-found = curso `{ $slug }` não encontrado (veja `lectern list`)
error-slug-taken = o slug de curso `{ $slug }` já existe
