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
        [0] { $n } lições abaixo dos mínimos pedidos
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
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $planned ->
        [0] { $planned } só planejadas
        [one] { $planned } só planejada
       *[other] { $planned } só planejadas
    }, { $warnings ->
        [0] { $warnings } avisos
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
import-replaced = { $n ->
        [0] { $n } textos substituídos ficaram no histórico (`lectern history { $slug }`)
        [one] { $n } texto substituído ficou no histórico (`lectern history { $slug }`)
       *[other] { $n } textos substituídos ficaram no histórico (`lectern history { $slug }`)
    }
import-kept = { $n ->
        [0] mantidas { $n } lições que só existem no banco de dados (--prune as remove)
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
        [0] { $courses } cursos
        [one] { $courses } curso
       *[other] { $courses } cursos
    }, { $lessons ->
        [0] { $lessons } lições avaliadas
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
        [0] { $n } lições
        [one] { $n } lição
       *[other] { $n } lições
    }
stats-trend = Evolução por revisão
stats-trend-row = revisão { $revision }: { $lessons } { $count ->
        [0] lições
        [one] lição
       *[other] lições
    }  DL { $dl }  GPS { $gps }
stats-origin = Origem: { $origin }
stats-outcomes = Resultados dos alunos
stats-outcomes-row = { $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $views } visualizações, conclusão { $completion }, avaliação { $rating }
stats-correlation-note = correlação: { $note }
stats-correlation = Didática × conclusão: r = { $r } (n = { $n })

## check

check-link-skipped = link simbólico, ignorado:
check-ok = ok
check-matches = `{ $slug }` confere com { $dir } ({ $files ->
        [0] { $files } arquivos
        [one] { $files } arquivo
       *[other] { $files } arquivos
    })
check-differs = `{ $slug }` difere de { $dir }: { $n ->
        [0] { $n } diferenças
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
        [0] restam { $n } diferenças
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

## --help of each subcommand

help-template-sub =
    {"{"}about-with-newline{"}"}
    Uso: {"{"}usage{"}"}
help-heading-commands = Comandos:
help-heading-arguments = Argumentos:
help-heading-options = Opções:
help-arg-help = Mostra a ajuda
help-arg-version = Mostra a versão
help-cmd-help = Mostra esta mensagem ou a ajuda do(s) subcomando(s) indicado(s)
help-heading-values = Valores possíveis:
help-values-short = valores possíveis
help-value-import-on-existing-update = Atualiza o curso no lugar (lições casadas pelo id); as lições que só existem no banco de dados (geradas, ou planejadas lá, desde a última importação) são mantidas
help-value-import-on-existing-skip = Deixa o curso guardado como está
help-value-import-on-existing-fail = Recusa o curso
help-value-export-format-folder = O formato CreatorOS: briefing, curriculum.yaml, course-outline.md, lessons/, research/
help-value-export-format-json = Um documento JSON: curso, metadados, lições com notas e problemas, pesquisa
help-value-generate-provider-offline = Rascunhos estruturados gerados localmente a partir do currículo e do briefing; sem rede
help-value-generate-provider-openai = Chat Completions compatível com a OpenAI (OpenAI, Ollama, LM Studio, vLLM, OpenRouter)
help-value-generate-provider-anthropic = API Messages da Anthropic
help-arg-list-json = Imprime um array JSON (um objeto por curso) em vez de uma tabela
help-arg-list-all = Inclui os cursos arquivados
help-arg-show-slug = O slug do curso (veja `lectern list`)
help-arg-show-json = Imprime o curso como um documento JSON
help-cmd-config-path = Mostra os caminhos do banco de dados, do arquivo de configuração e da pasta de logs
help-cmd-config-show = Mostra cada chave com seu valor em vigor e de onde ele vem (padrão, arquivo, ambiente, flag), como TOML com comentários
help-arg-import-paths = Pastas de curso, ou pastas de pastas de curso
help-arg-import-from-db = Importa todos os cursos de um banco de dados SQLite do CreatorOS-design (somente leitura)
help-arg-import-dry-run = Lê, interpreta e avalia, informa o que aconteceria e não grava nada
help-arg-import-on-existing = O que fazer com um curso cujo slug já está no banco de dados
help-arg-import-prune = Ao atualizar, remove também as lições que só existem no banco de dados (geradas ou planejadas lá desde a última importação); sem isso elas são mantidas e contadas
help-arg-import-rubric = Rubrica com que as lições são avaliadas (padrão: `scoring.rubric` da configuração)
help-arg-import-json = Imprime um documento JSON em vez do relatório
help-arg-import-jobs = Threads que leem, interpretam e avaliam cursos à frente daquele que os grava (padrão: uma por núcleo). O resultado é o mesmo qualquer que seja o número
help-arg-validate-target = Um arquivo de lição, uma pasta de curso, uma pasta de pastas de curso ou o slug de um curso
help-arg-validate-rubric = Rubrica da avaliação (padrão: `scoring.rubric` da configuração, senão creatoros)
help-arg-validate-json = Imprime JSON Lines: um objeto por lição e depois uma linha `{"{"}"summary": …{"}"}`
help-arg-validate-min-gps = Sai com 1 quando uma lição tem menos pontos GPS que isto (0–30)
help-arg-validate-min-didatica = Sai com 1 quando uma lição tem menos pontos de Didática que isto (0–100)
help-arg-validate-fail-on = Sai com 1 quando o status de uma lição é este ou pior
help-arg-validate-jobs = Threads que leem e avaliam uma pasta de cursos (padrão: uma por núcleo). A saída é a mesma qualquer que seja o número
help-arg-completions-shell = bash, zsh, fish, elvish ou powershell
help-arg-export-slug = O slug do curso (veja `lectern list`)
help-arg-export-to = Pasta a gravar (`folder`) ou arquivo a gravar (`json`; `-` para a saída padrão)
help-arg-export-force = Substitui DIR (ou o arquivo JSON) se ele existir e não estiver vazio
help-arg-check-slug = O slug do curso (veja `lectern list`)
help-arg-check-against = A pasta de curso com que comparar
help-arg-check-json = Imprime um documento JSON
help-arg-check-fix = Reimporta a pasta no curso (uma transação) quando houver diferença
help-arg-generate-slug = O slug do curso (veja `lectern list`)
help-arg-generate-lessons-mode = Gera lições: o padrão, escrito por extenso para scripts que dizem o que geram
help-arg-generate-lessons = Gera esta lição (pode repetir), qualquer que seja o estado dela
help-arg-generate-failed = Gera de novo cada lição reprovada
help-arg-generate-missing = Gera cada lição planejada sem conteúdo (o padrão quando nada é escolhido)
help-arg-generate-provider = offline (sem rede), openai (qualquer servidor compatível com a OpenAI) ou anthropic
help-arg-generate-base-url = p. ex. http://localhost:11434/v1 para o Ollama. Uma URL com credenciais (user:pw@) só é aceita da variável de ambiente LECTERN_BASE_URL
help-arg-generate-concurrency = Lições geradas ao mesmo tempo
help-arg-generate-max-attempts = Tentativas por lição enquanto ela é reprovada pela rubrica (os problemas que a reprovam voltam no prompt)
help-arg-generate-max-retries = Novas tentativas de uma requisição em limites de taxa, erros do servidor e timeouts (0 = nenhuma)
help-arg-generate-instruction = Uma instrução de uma linha acrescentada a cada prompt ("mais exemplos com Excel")
help-arg-generate-resume = Continua a tarefa interrompida do curso com as lições que ela não terminou (com --curriculum ou --research: a tarefa desse tipo, pedindo só as partes que faltam)
help-arg-generate-switch-provider = Com --resume: usa o --provider/--model/--base-url informado em vez dos registrados na tarefa (a troca fica registrada na tarefa)
help-arg-generate-show-prompt = Imprime os prompts exatos e para (nada é chamado nem guardado)
help-arg-generate-curriculum = Gera o currículo a partir do briefing em vez de lições (offline: um rascunho a partir do roteiro do §3.3 do briefing)
help-arg-generate-research = Gera os quatro relatórios de pesquisa de mercado a partir do briefing em vez de lições (offline: esqueletos a pesquisar)
help-arg-generate-force = Com --curriculum ou --research: substitui o que o curso já tem
help-arg-generate-json = JSON Lines de eventos na saída padrão (um documento JSON com --curriculum ou --research)
help-arg-generate-yes = Começa sem imprimir a estimativa antes
help-arg-generate-allow-unapproved = Gera lições mesmo que o currículo tenha mudado e não tenha sido aprovado de novo
help-arg-new-slug = Slug em kebab-case (3–50 de a-z, 0-9, -); sugerido a partir do título quando omitido
help-arg-new-title = O título do curso
help-arg-brief-slug = O slug do curso (veja `lectern list`)
help-arg-brief-print = Imprime o texto guardado (o padrão)
help-arg-brief-edit = Abre o texto em $VISUAL / $EDITOR (na falta deles, vi) e o salva se tiver mudado
help-arg-brief-set = Substitui o texto por FILE, depois de validá-lo (nada muda se ele for recusado)
help-arg-brief-raw = Com --print: grava o texto byte a byte mesmo num terminal (por padrão um terminal recebe caracteres de controle e sequências de escape como marcadores visíveis, como `␛`)
help-arg-brief-force = Com --edit ou --set: guarda o texto mesmo que o guardado tenha mudado desde que foi aberto (o outro texto fica no histórico)
help-arg-curriculum-slug = O slug do curso (veja `lectern list`)
help-arg-curriculum-print = Imprime o texto guardado (o padrão)
help-arg-curriculum-edit = Abre o texto em $VISUAL / $EDITOR (na falta deles, vi) e o salva se tiver mudado
help-arg-curriculum-set = Substitui o texto por FILE, depois de validá-lo (nada muda se ele for recusado)
help-arg-curriculum-raw = Com --print: grava o texto byte a byte mesmo num terminal (por padrão um terminal recebe caracteres de controle e sequências de escape como marcadores visíveis, como `␛`)
help-arg-curriculum-force = Com --edit ou --set: guarda o texto mesmo que o guardado tenha mudado desde que foi aberto (o outro texto fica no histórico)
help-arg-curriculum-approve = Mostra o ponto de aprovação e aprova o currículo salvo (cria as lições planejadas)
help-arg-curriculum-yes = Aprova sem perguntar (para scripts)
help-arg-lesson-slug = O slug do curso (veja `lectern list`)
help-arg-lesson-id = O id da lição, p. ex. 1.2 (veja `lectern show SLUG`)
help-arg-lesson-print = Imprime o texto guardado (o padrão)
help-arg-lesson-edit = Abre o texto em $VISUAL / $EDITOR (na falta deles, vi) e o salva se tiver mudado
help-arg-lesson-set = Substitui o texto por FILE, depois de validá-lo (nada muda se ele for recusado)
help-arg-lesson-force = Com --edit ou --set: guarda o texto mesmo que o guardado tenha mudado desde que foi aberto (o outro texto fica no histórico)
help-arg-lesson-rev = Com --print: imprime esta revisão em vez do texto atual (id completo, prefixo único ou `~N`; veja `lectern history SLUG ID`)
help-arg-lesson-raw = Com --print: grava o texto byte a byte mesmo num terminal (por padrão um terminal recebe caracteres de controle e sequências de escape como marcadores visíveis, como `␛`)
help-cmd-persona-list = Cada persona com seu tipo e os cursos escritos na voz dela
help-cmd-persona-show = Uma persona, e o texto exato que os prompts levam dela
help-cmd-persona-new = Cria uma persona a partir de flags: um arquivo de system prompt ou um perfil de voz
help-arg-persona-new-system-prompt = Um arquivo Markdown com o system prompt da persona (o clone MMOS)
help-arg-persona-new-phrases = Uma frase recorrente (pode repetir, no máximo 5)
help-arg-persona-new-never-says = Algo que o instrutor nunca diz ou faz (pode repetir)
help-arg-persona-new-force = Substitui uma persona com o mesmo slug
help-cmd-persona-import = Importa uma persona de uma pasta (system_prompt.md, voice.yaml / profile.yaml opcionais) ou da seção de voz §4 de um briefing (um arquivo COURSE-BRIEF .md)
help-arg-persona-import-slug = O slug da persona (padrão: profile.yaml, o slug da mente no briefing ou a pasta)
help-arg-persona-import-name = O nome exibido dela
help-arg-persona-import-assign = Atribui a persona também a este curso
help-arg-persona-import-force = Substitui uma persona com o mesmo slug
help-cmd-persona-edit = Edita o system prompt da persona (Markdown) em $VISUAL / $EDITOR, ou o substitui por FILE. Uma mudança salva nesse meio-tempo é mesclada; edições sobrepostas ficam num arquivo com marcadores de conflito e nada é salvo (sai com 1)
help-arg-persona-edit-file = Lê o system prompt deste arquivo Markdown em vez de abrir o editor
help-cmd-persona-assign = Escreve COURSE na voz de PERSONA (os prompts dele levam a persona)
help-cmd-persona-unassign = Tira a persona de COURSE
help-arg-search-query = Palavras a encontrar (`exercicio` também encontra `exercício`)
help-arg-search-course = Busca só neste curso (o slug dele, como `lectern list` o mostra)
help-arg-search-limit = Mostra no máximo esta quantidade de resultados, os melhores primeiro
help-arg-search-json = Imprime um documento JSON: `{"{"}"query", "hits": [{"{"}kind, course, target, line, title, snippet, rank{"}"}]{"}"}`, com as palavras encontradas marcadas com «» no trecho
help-arg-history-slug = O slug do curso (veja `lectern list`)
help-arg-history-target = Um id de lição (p. ex. 1.2), `brief`, `curriculum`, `status` ou `research/NAME`; todos os textos do curso quando omitido
help-arg-history-json = Imprime um array JSON de revisões, das mais novas às mais antigas
help-arg-diff-slug = O slug do curso (veja `lectern list`)
help-arg-diff-target = Um id de lição (p. ex. 1.2), `brief`, `curriculum`, `status` ou `research/NAME`
help-arg-diff-rev-a = A revisão mais antiga: id completo, prefixo único ou `~N` (padrão `~1`, a anterior)
help-arg-diff-rev-b = A revisão mais nova (padrão `~0`, o texto atual)
help-arg-diff-word = Marca as palavras alteradas em vez de linhas inteiras
help-arg-restore-slug = O slug do curso (veja `lectern list`)
help-arg-restore-target = Um id de lição (p. ex. 1.2), `brief`, `curriculum`, `status` ou `research/NAME`
help-arg-restore-rev = A revisão a trazer de volta: id completo, prefixo único ou `~N` (veja `lectern history`)
help-arg-undo-slug = O slug do curso (veja `lectern list`)
help-arg-undo-json = Imprime o que foi desfeito como um documento JSON
help-arg-archive-slug = O slug do curso (veja `lectern list --all`)
help-arg-unarchive-slug = O slug do curso (veja `lectern list --all`)
help-arg-sync-status = Mostra o servidor, a última sincronização, as mudanças locais pendentes e os conflitos abertos; não sincroniza nada
help-arg-sync-json = Com --status: um documento JSON
help-cmd-sync-init = Cria ou atualiza as tabelas do Lectern no servidor (o init de uma segunda réplica não faz nada)
help-arg-conflicts-json = Um documento JSON (todos os conflitos, os resolvidos também)
help-cmd-conflicts-resolve = Resolve o conflito aberto de um texto (ou campo: `1.2#title`, `course#subtitle`)
help-arg-conflicts-resolve-slug = O slug do curso
help-arg-conflicts-resolve-target = Um id de lição, `brief`, `curriculum`, `research/NAME`, `status` ou `TARGET#field`
help-arg-conflicts-resolve-keep = Fica com um dos lados como está
help-arg-conflicts-resolve-file = Um texto mesclado à mão (p. ex. editado a partir de `lectern conflicts --json`)
help-arg-stats-slug = O slug de um curso (padrão: todos os cursos não arquivados)
help-arg-stats-json = Imprime um documento JSON (chaves estáveis, veja docs/cli.md)
help-cmd-performance-import = Importa um arquivo CSV com linha de cabeçalho, uma linha por lição (uma transação: tudo ou nada; importar uma lição de novo substitui os números dela)
help-arg-performance-import-file = O arquivo CSV (separado por `,` `;` ou tab; UTF-8 ou Windows-1252)
help-arg-performance-import-skip-unmatched = Importa as linhas que correspondem a uma lição e lista as outras, em vez de não importar nada
help-arg-performance-import-json = Imprime o que foi importado como JSON
help-arg-report-slug = O slug de um curso (padrão: todos os cursos não arquivados)
help-arg-report-html = Grava o relatório como um arquivo HTML autocontido
help-arg-report-open = Abre o arquivo HTML com o programa padrão da plataforma depois
help-arg-report-csv = Grava lessons.csv e modules.csv (e courses.csv para a biblioteca) em DIR

## archive, undo, restore, new, export

archive-done = `{ $slug }` arquivado: continua no banco de dados, fora da biblioteca (`lectern unarchive { $slug }` o traz de volta)
archive-already = `{ $slug }` já estava arquivado; nada mudou
unarchive-done = `{ $slug }` desarquivado: de volta à biblioteca como { $status }
unarchive-not-archived = `{ $slug }` não está arquivado; nada mudou
undo-done = desfeita a última ação `{ $source }` em `{ $slug }`: { $n ->
        [0] { $n } textos voltaram à revisão anterior
        [one] { $n } texto voltou à revisão anterior
       *[other] { $n } textos voltaram à revisão anterior
    }
restore-done = { $target } de `{ $slug }` restaurado da revisão { $from }; `lectern undo { $slug }` desfaz
new-created = curso `{ $slug }` criado; preencha o briefing com `lectern brief { $slug } --edit`
export-wrote = `{ $slug }` gravado em { $path }

## conflicts

conflicts-how = informe --keep mine|theirs ou --file CAMINHO
conflicts-resolved = { $n ->
        [0] { $n } conflitos resolvidos
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
        [0] { $n } lições
        [one] { $n } lição
       *[other] { $n } lições
    } de { $file }
performance-skipped = { $file }: linha { $line }: `{ $named }` ignorado: { $reason }
performance-ignored-columns = colunas não lidas: { $columns }

## errors

error-line = erro: { $message }
error-caused-by = causado por: { $cause }

## Comuns a vários comandos
# O status de uma lição numa frase ("lição 1.2 salva (versão 3): aprovada — …").
lesson-status = { $status ->
        [passed] aprovada
        [warning] aviso
       *[failed] reprovada
    }
no-change = nada mudou; nada foi salvo
note = nota: { $note }
cost-unknown = custo desconhecido

## sync

sync-init-current = o esquema de sync `{ $schema }` em { $server } já está na versão { $version }
sync-init-upgraded = esquema de sync `{ $schema }` em { $server }: versão { $from } → { $to }
sync-new-replica = este banco de dados é cópia de outra réplica; agora ele sincroniza com um novo id de réplica e nada se perdeu
sync-summary = ↑ { $pushed_revisions ->
        [0] { $pushed_revisions } revisões
        [one] { $pushed_revisions } revisão
       *[other] { $pushed_revisions } revisões
    }, { $pushed_courses ->
        [0] { $pushed_courses } cursos
        [one] { $pushed_courses } curso
       *[other] { $pushed_courses } cursos
    } · ↓ { $pulled_revisions ->
        [0] { $pulled_revisions } revisões
        [one] { $pulled_revisions } revisão
       *[other] { $pulled_revisions } revisões
    }{ $pulled_courses ->
        [0] {""}
        [1] {""}
       *[other] , { $pulled_courses } cursos
    } · { $conflicts ->
        [0] { $conflicts } conflitos
        [one] { $conflicts } conflito
       *[other] { $conflicts } conflitos
    }
sync-status-server = servidor          { $server } (esquema { $schema })
sync-status-last = último sync       { $when }
sync-status-never = nunca
sync-status-pending-all = pendente          tudo (este banco de dados nunca sincronizou)
sync-status-pending = pendente          { $n ->
        [0] { $n } mudanças locais a enviar
        [one] { $n } mudança local a enviar
       *[other] { $n } mudanças locais a enviar
    }
sync-status-to-pull = a receber         { $n ->
        [0] { $n } mudanças do servidor
        [one] { $n } mudança do servidor
       *[other] { $n } mudanças do servidor
    }
sync-status-conflicts = conflitos         { $n ->
        [0] { $n } abertos
        [one] { $n } aberto
       *[other] { $n } abertos
    }

## persona

persona-none = ainda não há personas: `lectern persona new` ou `lectern persona import`
persona-kind = { $kind ->
        [system-prompt] prompt de sistema
        [voice-profile] perfil de voz
       *[name-only] só o nome
    }
persona-assigned = `{ $course }` agora é escrito na voz da persona `{ $persona }`
persona-unassigned = `{ $course }` agora não tem persona
persona-saved = persona `{ $slug }` ({ $name }) salva: { $kind }; atribua-a com `lectern persona assign CURSO { $slug }`
persona-show-kind = tipo: { $kind }; atualizada em { $updated }
persona-show-courses = cursos: { $courses }
persona-show-no-courses = nenhum
persona-show-prompt = --- texto nos prompts ---
persona-prompt-saved = persona `{ $slug }`: prompt de sistema salvo
persona-prompt-merged = persona `{ $slug }`: prompt de sistema salvo, combinado com uma mudança salva enquanto você editava (em outras linhas)
persona-prompt-overlap = o prompt de sistema da persona `{ $slug }` mudou enquanto você o editava, nas mesmas linhas ({ $n ->
        [0] { $n } lugares
        [one] { $n } lugar
       *[other] { $n } lugares
    }); nada foi salvo.
persona-prompt-kept = as duas versões estão em { $file } entre marcadores de conflito: fique com o que quiser, tire os marcadores e rode `lectern persona edit { $slug } --file { $file }`

## brief, curriculum, lesson (--print, --edit, --set)

brief-saved = briefing de `{ $slug }` salvo (versão { $version }, { $percent }% completo)
brief-saved-to-fill = briefing de `{ $slug }` salvo (versão { $version }, { $percent }% completo); ainda falta preencher: { $sections }
lesson-saved = lição { $id } salva (versão { $version }): { $status } — GPS { $gps }/30, DL { $dl }/100, { $issues ->
        [0] nenhum problema
        [one] { $issues } problema
       *[other] { $issues } problemas
    }
curriculum-saved = currículo de `{ $slug }` salvo (versão { $version }): { $modules ->
        [0] { $modules } módulos
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $findings ->
        [0] nenhum apontamento
        [one] { $findings } apontamento
       *[other] { $findings } apontamentos
    }
curriculum-approval-withdrawn = a aprovação anterior foi retirada: aprove de novo com --approve
curriculum-approve-needs-terminal = a aprovação precisa de uma confirmação: rode num terminal e digite `yes`, ou passe --yes
curriculum-approve-ask = Tem certeza? Digite yes para aprovar (yes/no)
curriculum-not-approved = não aprovado; nada mudou
curriculum-approved = aprovado em { $at }; { $n ->
        [0] nenhuma lição planejada criada
        [one] { $n } lição planejada criada
       *[other] { $n } lições planejadas criadas
    }
curriculum-retitled = títulos trocados pelos do currículo: { $ids }
curriculum-archived = arquivadas (planejadas, fora do currículo agora): { $ids }
approval-size = { $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    } em { $modules ->
        [0] { $modules } módulos
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $hours } h ({ $minutes } min)
approval-estimate = Estimativa: { $estimate }
approval-note = Nota: { $note }
approval-module = Módulo { $number }: { $title } ({ $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, ~{ $minutes } min)
approval-lesson = { $id } - { $title } ({ $minutes } min)
approval-already = Já aprovado em { $at }
approval-to-create = { $n ->
        [0] nenhuma lição planejada será criada
        [one] { $n } lição planejada será criada
       *[other] { $n } lições planejadas serão criadas
    }
authoring-draft-continued = continuando do rascunho não salvo de { $when } (de { $age } s atrás)
authoring-refused-kept = seu texto foi guardado como rascunho; rode o mesmo --edit de novo para corrigi-lo
authoring-conflict-kept = seu texto foi guardado como rascunho: `{ $command } --edit` o reabre (acrescente --force para gravá-lo por cima), `{ $command } --print` mostra o texto gravado
authoring-force = para gravar seu texto por cima mesmo assim (o outro texto fica no histórico): { $command }

## generate (lições, --curriculum, --research) e suas estimativas

generate-skipped = { $n ->
        [0] { $n } lições ignoradas
        [one] { $n } lição ignorada
       *[other] { $n } lições ignoradas
    } por ter texto de uma pessoa, de uma importação ou de um modelo real ({ $ids }): o provedor offline só preenche lições planejadas
generate-replaced = { $n ->
        [0] { $n } lições
        [one] { $n } lição
       *[other] { $n } lições
    } com { $kinds ->
        [imported] texto importado
        [person] texto de uma pessoa
       *[both] texto de uma pessoa ou importado
    } { $n ->
        [0] serão substituídas
        [one] será substituída
       *[other] serão substituídas
    }; o texto fica no histórico (`lectern undo { $slug }` desfaz a execução)
generate-job = job { $job }: { $summary }
generate-estimate = estimativa: { $estimate }
generate-start = gerando { $n ->
        [0] { $n } lições
        [one] { $n } lição
       *[other] { $n } lições
    } de { $slug } com { $provider } ({ $model })
generate-superseded = nota: o job de geração interrompido { $jobs } de { $slug } foi encerrado; esta execução o substitui (--resume não vale mais para ele)
generate-bar-lessons = lições
generate-regenerating = { $id } { $why ->
        [unusable] deu uma resposta inutilizável
       *[rubric] foi reprovada pela rubrica
    }; gerando de novo (tentativa { $attempt })
generate-attempt-unusable = { $id } tentativa { $attempt }: { $message }
generate-lesson-started = { $id } começou
generate-lesson-streaming = { $id } recebendo
generate-retry = { $id } nova tentativa { $retry } em { $seconds } s após um erro { $class }: { $message }
generate-passed = ✓ aprovada
generate-warning = ✓ aviso
generate-failed = ✗ reprovada
generate-error = ✗ erro
generate-cancelled = - cancelada
generate-lesson-row = { $id } GPS { $gps }/30  DL { $dl }/100  { $attempts ->
        [0] { $attempts } tentativas
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    }  { $cost }  { $seconds } s
generate-totals = { $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }: { $finished ->
        [0] 0 geradas
        [one] { $finished } gerada
       *[other] { $finished } geradas
    } ({ $passed ->
        [0] 0 aprovadas
        [one] { $passed } aprovada
       *[other] { $passed } aprovadas
    }), { $failed } com falha, { $cancelled ->
        [0] 0 canceladas
        [one] { $cancelled } cancelada
       *[other] { $cancelled } canceladas
    } · { $cost } · { $input } de entrada, { $output } tokens de saída · { $seconds } s
generate-interrupted = interrompido: as lições terminadas estão salvas; rode `lectern generate { $slug } --resume` para continuar
generate-no-lessons = nenhuma lição a gerar (use --lesson ID, --failed ou --missing)
generate-prompt-system = ===== lição { $id } · sistema =====
generate-prompt-prompt = ===== lição { $id } · prompt =====
generate-doc-prompt-system = --- sistema ---
generate-doc-prompt-prompt = --- prompt ---
generate-doc-interrupted = interrompido; o job { $job } guarda o que chegou: `lectern generate { $slug } --{ $flag } --resume` o termina
generate-curriculum-done = currículo de `{ $slug }` gerado{ $offline ->
        [yes] {" "}(rascunho offline: revise-o antes de aprovar)
       *[no] {""}
    }: { $modules ->
        [0] { $modules } módulos
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }, { $findings ->
        [0] nenhum apontamento
        [one] { $findings } apontamento
       *[other] { $findings } apontamentos
    }; versão { $version }; { $cost }
generate-curriculum-next = próximo passo: `lectern curriculum { $slug } --edit`, depois `lectern curriculum { $slug } --approve`
generate-research-done = pesquisa de mercado de `{ $slug }` gerada{ $offline ->
        [yes] {" "}(esqueletos offline: a pesquisar)
       *[no] {""}
    }: { $reports }; { $cost }
generate-doc-cost = { $provider } { $model }, { $cost }, { $retries ->
        [0] nenhuma nova tentativa
        [one] { $retries } nova tentativa
       *[other] { $retries } novas tentativas
    }
estimate-offline = offline: grátis, instantâneo
estimate-tokens = ≈{ $input } tokens de entrada + ≈{ $output } de saída em { $requests ->
        [0] { $requests } requisições
        [one] { $requests } requisição
       *[other] { $requests } requisições
    }
estimate-usd = ≈{ $usd } com { $provider } { $model }
estimate-unknown-price = preço desconhecido: { $model } não está na tabela de preços
estimate-free = grátis
estimate-retries = (até { $n }× se as respostas forem recusadas)
estimate-time = ≈{ $duration } a { $rate } tokens/s medidos
estimate-no-time = sem estimativa de tempo (ainda não há execução medida de { $model })
estimate-actual-tokens = { $input } tokens de entrada + { $output } de saída
estimate-tokens-not-reported = tokens não informados
estimate-actual = real: { $actual }, { $cost }
estimate-actual-and-estimated = real: { $actual }, { $cost } · estimado: ≈{ $input } de entrada + ≈{ $output } de saída, { $estimated }
estimate-unknown-price-short = preço desconhecido
ignored-instruction = rascunhos offline ignoram instruções (--instruction)
ignored-temperature = rascunhos offline não têm temperatura (configurada { $temperature })
ignored-model = rascunhos offline não usam modelo (--model)

## diff

diff-no-revision = (nenhuma)

## config path, config show (suas linhas de comentário)

config-path-database = banco de dados: { $path }
config-path-config = configuração:   { $path }
config-path-log = log:             { $path }
config-show-header = configuração em vigor: cada chave, seu valor e de onde ele vem
config-show-file = arquivo de configuração: { $path } ({ $source }{ $found ->
        [yes] {""}
       *[no] , não encontrado: só os valores padrão
    })
config-show-database = banco de dados:           { $path } ({ $source })
config-show-log = log:                      { $path }
config-show-unset = { $key } não está definida ({ $why })
config-note-variable = { $name } { $set ->
        [yes] está definida
       *[no] não está definida
    }
config-note-sync-off = sync desligado: defina { $variable } ou [sync] url para ligá-lo
config-note-speaking = falando { $lang }: { $why }
config-choice-config = [ui] language no arquivo de configuração
config-choice-env = { $name }={ $value }
config-choice-locale = locale { $name }={ $value }
config-choice-default = padrão: nenhum idioma na configuração, em LECTERN_LANG ou no locale
config-source = { $source ->
        [default] padrão
        [file] arquivo
        [env] variável de ambiente { $name }
       *[flag] opção { $name }
    }

## Erros destes comandos (o que as camadas de baixo dizem é citado como está)

sync-not-configured = o sync não está configurado: defina { $var } com a URL PostgreSQL do servidor (postgres://usuario:senha@host:5432/banco), ou `url` na seção [sync] da configuração, ou passe --url (veja docs/sync.md)
persona-cannot-read = não foi possível ler { $path }: { $error }
persona-prompt-cannot-read = não foi possível ler { $path }: { $error } (informe um arquivo Markdown UTF-8 com o prompt de sistema)
persona-cannot-keep = não foi possível guardar o prompt de sistema combinado na pasta atual nem na temporária: { $error }
persona-too-many-kept = arquivos guardados demais
authoring-reading = lendo { $path }
authoring-not-utf8 = { $file }:1:1: não é texto UTF-8; nada mudou
authoring-refused = { $file }:{ $line }:{ $column }: { $message } ({ $hint }); nada mudou

## Abertura do banco de dados, dev

db-migrated = { $db } migrado do esquema v{ $from } para v{ $to }; o arquivo anterior foi copiado para { $backup }
db-new-demo = novo banco de dados em { $db }; o curso de demonstração `{ $slug }` foi adicionado
dev-seeded = { $courses } cursos e { $lessons } lições semeados em { $db } em { $seconds } s

## export (uma pasta)

export-folder = { $replaced ->
        [yes] `{ $slug }` substituiu o conteúdo de { $dir }
       *[no] `{ $slug }` exportado para { $dir }
    }: { $files ->
        [0] { $files } arquivos
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }
# Depois de um número de arquivos, alinhado à direita no código.
export-fidelity = { $kind ->
        [original] byte a byte como importados
        [transcoded] convertidos para UTF-8 (de Windows-1252 ou UTF-16)
        [changed] alterados desde a importação
       *[unrecorded] sem original registrado
    }
export-utf8-now = agora em UTF-8:
# Depois do número, alinhado à direita no código.
export-planned-not-written = { $n ->
        [0] lições planejadas não escritas (ainda sem conteúdo): { $ids }
        [one] lição planejada não escrita (ainda sem conteúdo): { $ids }
       *[other] lições planejadas não escritas (ainda sem conteúdo): { $ids }
    }

## O que uma falha estava fazendo (a primeira linha de um erro, as causas abaixo)

context-opening-database = abrindo o banco de dados { $path }
context-reading-merged = lendo o texto combinado { $path }
context-opening-report = abrindo { $path } (o relatório foi gravado)
context-async-runtime = iniciando o runtime assíncrono
context-sync-with = sync com { $server }
context-sync-init = sync init em { $server }
context-sync-status = status do sync de { $server }
import-from-db-label = { $db } (curso { $course })
import-legacy-slug = { $label }: o slug de content_pieces { $problem }; corrija-o nesse banco de dados e importe de novo; nada foi importado deste curso

# As linhas de comentário no alto de um rascunho offline do currículo (parte do texto do
# autor); mantêm o marcador "Rascunho offline", que distingue um rascunho de um currículo revisto.
generate-curriculum-draft-header = # Rascunho offline (draft): feito pelo `lectern generate --curriculum` a partir do roteiro do briefing (§3.3).
    # Revise títulos, durações e níveis de Bloom, acrescente objetivos e conceitos-chave e depois aprove.
