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
tui-messages-from = {"  "}do último import, validate e check
tui-messages-loading = Carregando as mensagens…
tui-messages-error = Não foi possível carregar as mensagens: { $error }
tui-messages-none = Nenhuma mensagem: o último import, validate e check não tiveram nada a dizer.
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
