# The workbench: the messages, personas, conflicts and analytics screens (src/tui/screens/{messages,personas,conflicts,analytics}) with their keymap sections.
# Conventions as in tui.ftl; ids start with the file's area (`tui-course-…`, `key-course-…`).

## Mensagens (src/tui/screens/messages)

tui-messages-title = Mensagens
tui-messages-block = { " " }Mensagens{ " " }
tui-messages-count = { " " }· { $n ->
        [0] nenhuma mensagem
        [one] { $n } mensagem
       *[other] { $n } mensagens
    }
tui-messages-from = {"  "}dos últimos import, validate e check
tui-messages-loading = Carregando as mensagens…
tui-messages-error = Não foi possível carregar as mensagens: { $error }
tui-messages-none = Nenhuma mensagem: os últimos import, validate e check não tiveram nada a dizer.
tui-messages-selected = { " " }Selecionada{ " " }
tui-messages-severity-error = erro
tui-messages-severity-warning = aviso
tui-messages-severity-info = info
tui-messages-opens-at = { " " }abre a lição { $lesson } na linha { $line }
tui-messages-opens = { " " }abre a lição { $lesson }
tui-messages-nothing-to-open = não é sobre uma lição: nada a abrir
tui-messages-not-a-lesson = { $location } não é uma lição: abra com b (briefing), c (currículo) ou no seu editor

key-messages-open = abrir a lição na linha da mensagem (quando ela aponta para uma)
    .hint = abrir lição
key-messages-close = voltar ao curso
key-messages-down = próxima mensagem
key-messages-up = mensagem anterior
key-messages-page-down = dez mensagens abaixo
key-messages-page-up = dez mensagens acima
key-messages-top = primeira mensagem
key-messages-bottom = última mensagem

## Personas (src/tui/screens/personas)

tui-personas-title = Personas
tui-personas-header = { " " }Personas
tui-personas-block = { " " }Personas{ " " }
tui-personas-detail = { " " }Persona{ " " }
tui-personas-voice-of = {"  "}voz de { $course }: Enter atribui · x nenhuma
tui-personas-browsing = {"  "}os instrutores em cuja voz os cursos são escritos
tui-personas-loading = Carregando as personas…
tui-personas-error = Não foi possível carregar as personas: { $error }
tui-personas-none = Nenhuma persona: `lectern persona import PASTA` ou `lectern persona new`.
tui-personas-courses-count = { $n ->
        [0] sem curso
        [one] { $n } curso
       *[other] { $n } cursos
    }
tui-personas-courses = cursos: { $courses }
tui-personas-no-courses = nenhum
tui-personas-prompt-text = texto nos prompts:
tui-personas-kind-system-prompt = prompt de sistema
tui-personas-kind-voice-profile = perfil de voz
tui-personas-kind-name-only = só o nome
tui-personas-not-picking = abra um curso e tecle p para dar a ele uma destas vozes (ou use `lectern persona assign`)

key-personas-assign = tornar a persona selecionada a voz do curso (ao escolher para um curso)
    .hint = atribuir
key-personas-unassign = tirar a persona do curso (ao escolher para um curso)
    .hint = nenhuma
key-personas-close = voltar
key-personas-down = próxima persona
key-personas-up = persona anterior
key-personas-top = primeira persona
key-personas-bottom = última persona

## Conflitos (src/tui/screens/conflicts)

tui-conflicts-title = Conflitos
tui-conflicts-header = { " " }Conflitos
tui-conflicts-open = { " " }· { $n } em aberto
tui-conflicts-open-of = { " " }de { $course } · { $n } em aberto
tui-conflicts-explain = {"  "}textos mudados dos dois lados; os dois ficam guardados até você escolher
tui-conflicts-block = { " " }Conflitos em aberto{ " " }
tui-conflicts-loading = Carregando os conflitos…
tui-conflicts-error = Não foi possível carregar os conflitos: { $error }
tui-conflicts-none = Nenhum conflito em aberto: todo texto sincronizado está combinado.
tui-conflicts-sides = meu lado { $mine } { $mine_at } · lado deles { $theirs } { $theirs_at }
tui-conflicts-no-ancestor = (nenhum texto em comum)
tui-conflicts-ancestor = { " " }Ancestral comum{ " " }
tui-conflicts-mine = { " " }Meu lado · { $author }{ " " }
tui-conflicts-theirs = { " " }Lado deles · { $author }{ " " }
tui-conflicts-single-value = { $target } é um valor único: fique com o meu lado ou com o lado deles
# Os rótulos nas linhas de marcador de conflito do texto combinado (`<<<<<<< meu lado`).
tui-conflicts-marker-mine = meu lado
tui-conflicts-marker-theirs = lado deles

key-conflicts-keep-mine = ficar com o meu lado (uma nova revisão; o próximo sync a compartilha)
    .hint = meu lado
key-conflicts-keep-theirs = ficar com o lado deles (uma nova revisão; o próximo sync a compartilha)
    .hint = lado deles
key-conflicts-open-merged = abrir o texto combinado, com marcadores de conflito, no editor (salvar resolve)
    .hint = combinar
key-conflicts-close = voltar
key-conflicts-down = próximo conflito
key-conflicts-up = conflito anterior
key-conflicts-scroll-down = rolar os três textos para baixo
key-conflicts-scroll-up = rolar os três textos para cima

## Análises (src/tui/screens/analytics)

tui-analytics-title = Análises de { $name }
# A seção da ajuda e da paleta.
tui-analytics-title-library-loaded = Análises da biblioteca
tui-analytics-title-library = Análises da biblioteca
tui-analytics-library = Biblioteca
tui-analytics-section-scores = Notas
tui-analytics-section-elements = Elementos
tui-analytics-section-courses = Cursos
tui-analytics-section-modules = Módulos
tui-analytics-section-issues = Problemas
tui-analytics-section-trends = Evolução
tui-analytics-section-origin = Origem
tui-analytics-section-outcomes = Resultados
tui-analytics-section-lessons = Lições
tui-analytics-module = Módulo { $n }
tui-analytics-no-module = sem módulo
tui-analytics-error = Não foi possível carregar os números: { $error }
tui-analytics-loading = Carregando os números…
tui-analytics-headline = { " " }· { $lessons }/{ $total } pontuadas · Didática { $didatica } · { $passed } aprovadas · GPS { $gps }/30
# A resposta de cada seção.
tui-analytics-answer-scores = Abaixo da linha de aprovação da Didática (70): { $below } de { $lessons ->
        [0] { $lessons } lições pontuadas
        [one] { $lessons } lição pontuada
       *[other] { $lessons } lições pontuadas
    }; { $valid } com GPS válido.
tui-analytics-answer-weakest-element = O que mais falta nas lições é { $element }: em média elas ganham { $share } dos { $points } pontos desse elemento.
tui-analytics-answer-no-elements = Nenhuma lição no escopo tem pontos por elemento guardados.
tui-analytics-answer-trend = A Didática teve média { $first } na primeira revisão de { $lessons ->
        [one] { $lessons } lição
       *[other] { $lessons } lições
    } e { $last } na revisão { $revision } (alcançada por { $revised ->
        [one] { $revised } lição
       *[other] { $revised } lições
    }): { $verdict }.
tui-analytics-trend-helped = revisar ajudou
tui-analytics-trend-not-yet = revisar ainda não ajudou
tui-analytics-trend-no-change = nada mudou
tui-analytics-answer-single-revision = Até agora, cada lição tem uma única revisão pontuada (Didática { $didatica }).
tui-analytics-answer-no-revisions = Ainda não há revisões pontuadas.
tui-analytics-answer-no-outcomes = Nenhum resultado de alunos importado (lectern performance import ARQUIVO.csv).
tui-analytics-answer-not-enough = dados insuficientes: { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    } com nota e taxa de conclusão (são necessárias { $needed })
tui-analytics-answer-correlation = Em { $n } lições, Didática e conclusão se correlacionam com r = { $r } ({ $strength }).
tui-analytics-strength-strong = forte
tui-analytics-strength-moderate = moderada
tui-analytics-strength-weak = fraca
tui-analytics-strength-none = praticamente nenhuma
tui-analytics-answer-never-varies = A conclusão ou a Didática não varia em nenhuma das { $n } lições.
tui-analytics-answer-top-issue = { $code } é o problema mais frequente: aparece em { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    }.
tui-analytics-answer-no-issues = Nenhum problema encontrado nas lições do escopo.
tui-analytics-didatica-bands = Didática, lições por faixa de 10 pontos
# A linha sob o gráfico da Didática: este texto, completado com ─ até a linha de aprovação, e ┤.
tui-analytics-below-pass = ✗ abaixo de 70{ " " }
tui-analytics-pass-line = ✓ aprovada ≥ 70
tui-analytics-gps-levels = GPS, lições com 0/10/20/30 pontos
tui-analytics-points = { $n } pts
tui-analytics-elements = Elementos da Didática, do mais fraco ao mais forte
tui-analytics-element-share = { $share } de { $points } pts
tui-analytics-gps-parts = Partes do GPS presentes
tui-analytics-answer-weakest-group = { $name } é o mais fraco: Didática { $didatica } em média, { $pass } das suas lições aprovadas.
tui-analytics-answer-no-scored = Ainda não há lições pontuadas.
tui-analytics-groups-caption = Didática média · aprovação · lições (◀ o mais fraco)
# O texto da barra é desenhado sobre ela: curto (o ratatui 0.30 desloca a parte que passa do
# fim da barra quando o texto tem acentos ou símbolos, porque conta bytes ali).
tui-analytics-weakest-mark = { " " }◀
tui-analytics-group-value = { $didatica } · { $pass } aprov. · { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    }{ $weakest }
tui-analytics-issues-caption = Os dez códigos de problema mais frequentes · Enter: revisá-los
tui-analytics-lessons = { $n ->
        [one] { $n } lição
       *[other] { $n } lições
    }
tui-analytics-trend-didatica = Didática (pontos) •
tui-analytics-trend-gps = GPS (% de 30) ▄
tui-analytics-trend-axis = revisão
tui-analytics-answer-origin = { $total } lições: { $imported } importadas, { $written } escritas no Lectern, { $generated } geradas, { $offline } rascunhos offline.
tui-analytics-origin-imported = importadas
tui-analytics-origin-written = escritas no Lectern
tui-analytics-origin-generated = geradas
tui-analytics-origin-offline = rascunhos offline
tui-analytics-origin-unknown = desconhecida
tui-analytics-outcomes-summary = { $lessons } lições com dados · { $views } visualizações · conclusão { $completion } · nota { $rating }
tui-analytics-correlation-caption = Correlação com a conclusão (|r| na barra, n = { $n })
tui-analytics-col-lesson = lição
tui-analytics-col-title = título
tui-analytics-col-status = situação
tui-analytics-col-completion = concl
tui-analytics-col-rating = nota
tui-analytics-status-planned = planejada

key-analytics-next-section = próxima seção
    .hint = seção
key-analytics-previous-section = seção anterior
key-analytics-down = próxima linha
key-analytics-up = linha anterior
key-analytics-page-down = dez linhas abaixo
key-analytics-page-up = dez linhas acima
key-analytics-top = primeira linha
key-analytics-bottom = última linha
key-analytics-open = Problemas: revisar as lições com esse código; Lições: abrir a lição
    .hint = abrir
key-analytics-reload = carregar os números de novo

## Widgets compartilhados (src/tui/widgets: lesson_facts)

# A situação de uma lição como as telas de curso, lição e gerações a mostram (`✓ aprovada` …
# são tui-status-… em tui.ftl).
tui-widget-status-planned = · planejada
tui-widget-status-draft = ◌ rascunho offline
tui-widget-status-not-scored = ? sem nota
