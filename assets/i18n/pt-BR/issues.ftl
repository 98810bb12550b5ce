# Mensagens (o valor) e dicas (.hint) dos problemas das duas rubricas e das verificações do
# curso, uma mensagem por código. As variáveis são os valores do problema (Issue::args).
# Vocabulário: glossário em docs/i18n.md (lição, seção Goal/Position/Steps, rubrica…).

-gps-missing-cost = o GPS perde 10 de 30 pontos e a lição deixa de ser válida no GPS.

## Rubrica GPS

GPS-G-MISSING = Nenhuma seção Goal encontrada: { -gps-missing-cost }
    .hint = Abra a lição com uma seção Goal, p. ex. `## 🎯 G - GOAL`, dizendo o que o aluno vai conseguir fazer.
GPS-P-MISSING = { $near ->
        [bare] Nenhuma seção Position encontrada: há um título de Position com o emoji sem o seletor de variação; a rubrica CreatorOS exige `🗺️` ou `## P - POSITION`. Assim, { -gps-missing-cost }
        [pin] Nenhuma seção Position encontrada: há um título de Position com `📍`, que a rubrica CreatorOS não reconhece; ela exige `🗺️` ou `## P - POSITION`. Assim, { -gps-missing-cost }
       *[none] Nenhuma seção Position encontrada: { -gps-missing-cost }
    }
    .hint = Logo depois do Goal, acrescente uma seção Position, p. ex. `## 🗺️ P - POSITION`, encontrando o aluno onde ele está.
GPS-S-MISSING = { $near ->
        [bare] Nenhuma seção Steps encontrada: há um título de Steps com o emoji sem o seletor de variação; a rubrica CreatorOS exige `🛤️` ou `## S - STEPS`. Assim, { -gps-missing-cost }
       *[none] Nenhuma seção Steps encontrada: { -gps-missing-cost }
    }
    .hint = Acrescente uma seção Steps, p. ex. `## 🛤️ S - STEPS`, com uma subseção `###` para cada passo.
GPS-G-NO-OUTCOMES = A seção Goal não traz resultados ou promessas claros (nenhum ✅, ✓, [x] ou "- … você vai").
    .hint = Liste no Goal resultados concretos, marcados com ✅ ou numa linha `- ... você vai ...`.
GPS-P-NO-EMPATHY = A seção Position não mostra empatia nem valida o que o aluno sente.
    .hint = Reconheça como o aluno se sente, p. ex. "Talvez você ..." ou "Eu sei que ...".
GPS-S-NO-SUBSECTIONS = A seção Steps não tem subseções estruturadas (nenhuma linha `### `).
    .hint = Divida os Steps em subseções `### Passo 1 ...`.
GPS-G-NO-MOTIVATION = A seção Goal não diz por que isso importa.
    .hint = Diga por que o objetivo importa ("Por que isso importa", tempo economizado); não vale pontos, mas ajuda o aluno.
GPS-P-NO-LEVELS = A seção Position não considera alunos em níveis de partida diferentes.
    .hint = Fale com quem parte de níveis diferentes ("Se você nunca ...", iniciante / avançado); não vale pontos, mas deixa a lição mais clara.

## Rubrica Didática Lendária

DL-BELOW-THRESHOLD = Nota de Didática { $score }/100, abaixo do mínimo de { $threshold }.
    .hint = Resolva os itens DL desta lição; cada um diz quantos pontos acrescenta.
DL-HOOK-NO-GOAL = Nenhum título Goal seguido de texto: o hook emocional fica com 0 de 15.
    .hint = O hook é lido do texto logo abaixo do título Goal; acrescente um título Goal com o texto dele.
DL-HOOK-FEW-OUTCOMES = { $n ->
        [0] O Goal não tem nenhuma marca de resultado
        [one] O Goal tem { $n } marca de resultado
       *[other] O Goal tem { $n } marcas de resultado
    }; com 3 ganha 5 pontos (agora { $now }).
    .hint = Prometa no Goal pelo menos três resultados, cada um marcado com ✅ (ou ✓, `[x]`).
DL-HOOK-FEW-EMOTION-WORDS = { $n ->
        [0] O Goal não usa nenhuma palavra de benefício
        [one] O Goal usa { $n } palavra de benefício
       *[other] O Goal usa { $n } palavras de benefício
    }; com 2 ganha 5 pontos (agora { $now }).
    .hint = Use no Goal pelo menos duas palavras de benefício: economizar, transformar, dominar, melhorar.
DL-HOOK-NO-WHY = O Goal não diz por que isso importa: 5 pontos perdidos.
    .hint = Diga no Goal por que isso importa: "Por que isso importa ..." ou "Isso vai ...".
DL-CONCEPTS-FEW-SUBSECTIONS = { $n ->
        [0] Nenhuma subseção `###`
        [one] { $n } subseção `###`
       *[other] { $n } subseções `###`
    }; com 3 ganha 10 pontos (agora { $now }).
    .hint = Divida a explicação em pelo menos três subseções `###`.
DL-CONCEPTS-NO-WHY-FIRST = Falta explicar o porquê antes do quê: 5 pontos perdidos.
    .hint = Explique o porquê antes do como, p. ex. "Por que isso funciona: ..." ou "Antes do como ...".
DL-CONCEPTS-FEW-DEFINITIONS = { $n ->
        [0] Nenhum tipo de definição
        [one] { $n } tipo de definição
       *[other] { $n } tipos de definição
    }; com 2 ganha 5 pontos (agora { $now }).
    .hint = Defina os conceitos-chave de dois jeitos, p. ex. "X é como ..." e "X significa ...".
DL-LINK-FEW = { $n ->
        [0] Nenhum tipo de link de transição
        [one] { $n } tipo de link de transição
       *[other] { $n } tipos de link de transição
    }; com 2 ganha 10 pontos (agora { $now }).
    .hint = Acrescente duas transições explícitas, p. ex. "Agora que você ..." e "Na próxima ...".
DL-QUESTION-FEW = { $n ->
        [0] Nenhuma pergunta contada
        [one] { $n } pergunta contada
       *[other] { $n } perguntas contadas
    }; com 3 ganha 15 pontos (agora { $now }).
    .hint = Faça pelo menos três perguntas reflexivas ao aluno, p. ex. "🤔 Como isso mudaria sua rotina?".
DL-ANALOGY-FEW = { $n ->
        [0] Nenhuma analogia
        [one] { $n } analogia
       *[other] { $n } analogias
    }; com 2 ganha 10 pontos (agora { $now }).
    .hint = Acrescente duas analogias, p. ex. "Uma tag é como ..." ou "Imagine que ...".
DL-DIAGRAM-MISSING = Nenhuma descrição de diagrama: { $now } de 10 pontos (mencionar visual/imagem/screenshot vale 5).
    .hint = Descreva um diagrama, p. ex. `[DIAGRAM: nota -> tag -> filtro]`.
DL-REVIEW-NO-SECTION = Nenhuma seção de revisão nem pontos-chave: 5 pontos perdidos.
    .hint = Acrescente uma seção de revisão, p. ex. `## 💡 REVISÃO`, com os pontos-chave.
DL-REVIEW-NO-BEFORE-AFTER = Nenhum contraste entre antes e depois: 5 pontos perdidos.
    .hint = Contraste o antes e o depois, p. ex. "Agora você sabe ..." ou "Você entrou achando ...".
DL-QUICK-ACTION-NO-SECTION = Nenhum título de ação rápida: 5 pontos perdidos.
    .hint = Termine com uma seção de ação rápida, p. ex. `## ⚡ FAÇA AGORA (2 minutos)`.
DL-QUICK-ACTION-NO-TIMEBOX = A ação não tem o tempo de 2 minutos: 2 pontos perdidos.
    .hint = Dê um tempo à ação: escreva "2 minutos" (ou "2 min").
DL-QUICK-ACTION-NO-CHECKLIST = Nenhum checklist (`[...]`, ✓ ou ✅): 3 pontos perdidos.
    .hint = Dê à ação um checklist: itens `[ ]` ou marcas ✅.

## Verificações do curso

COURSE-LESSONS-MISSING = Faltam lições: { $expected } previstas, { $found } encontradas
    .hint = Escreva as lições que faltam ou tire-as do curriculum.yaml.
COURSE-LESSON-SHORT = { $name }: curta demais ({ $words ->
        [one] { $words } palavra
       *[other] { $words } palavras
    }, mínimo { $min })
    .hint = Amplie a lição para pelo menos 500 palavras.
COURSE-CURRICULUM-INVALID = { $file }:{ $line }:{ $column }: { err-curriculum }
    .hint = { err-curriculum-hint }
COURSE-NO-LESSONS = Nenhuma lição para avaliar: o critério pedagógico não é atingido.
    .hint = Acrescente arquivos de lição; o critério pedagógico precisa de pelo menos uma.
COURSE-GPS-RATE-LOW = { $passed }/{ $total } lições válidas no GPS ({ $pct }%, o mínimo é 80%)
    .hint = Corrija os erros GPS-… das lições reprovadas até que 80% sejam válidas no GPS.
COURSE-DL-RATE-LOW = { $passed }/{ $total } lições chegam a Didática 70 ({ $pct }%, o mínimo é 80%)
    .hint = Leve as lições mais fracas a Didática 70 até que 80% passem.
COURSE-BLOOM-MINOR-JUMP = Módulo { $module }: um salto de mais de dois níveis de Bloom: { $jumps }
    .hint = Insira uma lição de nível de Bloom intermediário ou baixe o nível da lição seguinte.
    .item = lição { $from } ({ $from_level ->
        [remember] lembrar
        [understand] entender
        [apply] aplicar
        [analyze] analisar
        [evaluate] avaliar
        [create] criar
       *[other] { $from_level }
    }) → lição { $to } ({ $to_level ->
        [remember] lembrar
        [understand] entender
        [apply] aplicar
        [analyze] analisar
        [evaluate] avaliar
        [create] criar
       *[other] { $to_level }
    })
COURSE-BLOOM-ILLOGICAL = Módulo { $module }: { $count } saltos de mais de dois níveis de Bloom: { $jumps }
    .hint = Reordene o módulo para que o nível suba no máximo dois degraus de uma lição para a outra.
    .item = lição { $from } ({ $from_level ->
        [remember] lembrar
        [understand] entender
        [apply] aplicar
        [analyze] analisar
        [evaluate] avaliar
        [create] criar
       *[other] { $from_level }
    }) → lição { $to } ({ $to_level ->
        [remember] lembrar
        [understand] entender
        [apply] aplicar
        [analyze] analisar
        [evaluate] avaliar
        [create] criar
       *[other] { $to_level }
    })
COURSE-BLOOM-START-HIGH = A primeira lição do curso está acima de Aplicar.
    .hint = Abra o curso com uma lição de nível Lembrar, Entender ou Aplicar.
COURSE-BLOOM-ENDS-LOWER = O último módulo chega a um nível de Bloom mais baixo que o primeiro.
    .hint = Faça o último módulo chegar pelo menos ao nível mais alto do primeiro.
COURSE-DURATION-OFF = Tempo de leitura { $estimate } min contra { $planned } min no currículo ({ $off }% de diferença, tolerância 25%)
    .hint = Ajuste o tamanho das lições ou os minutos do currículo (estimativa = palavras ÷ 200).
COURSE-DURATION-UNKNOWN = O currículo não tem minutos para comparar com a leitura estimada de { $estimate } min
    .hint = Dê `duration_minutes` às lições do currículo para comparar com o tempo de leitura.

## Avisos da importação

IMPORT-EMPTY-FILE = o arquivo está vazio; importado como uma lição sem texto
    .hint = escreva a lição ou apague o arquivo
IMPORT-NUL-BYTE = o arquivo contém um byte NUL (linha { $line }, coluna { $column })
    .hint = é um arquivo binário? salve-o de novo como texto UTF-8
IMPORT-UTF16 = lido como { $encoding } (o arquivo começa com a marca de ordem de bytes); guardado e exportado em UTF-8
    .hint = salve o arquivo de novo em UTF-8 para este aviso sumir
IMPORT-NOT-UTF8 = não é UTF-8 válido (byte 0x{ $byte } na linha { $line }, coluna { $column }); lido como Windows-1252
    .hint = salve o arquivo de novo em UTF-8 para este aviso sumir
IMPORT-BINARY-RESEARCH = { $path } não é um arquivo de texto ({ $bytes } bytes); ignorado, a pesquisa só guarda texto
    .hint = salve o texto dele num .md ou .txt ao lado para importá-lo
IMPORT-SYMLINK-SKIPPED = link simbólico, não seguido; ignorado
    .hint = copie o arquivo (ou a pasta) para dentro da pasta do curso para importá-lo
IMPORT-UNLISTED-LESSON = { $path } não está no curriculum.yaml; importado e sinalizado
    .hint = inclua-o no curriculum.yaml ou remova o arquivo
IMPORT-UNNUMBERED-LESSON = { $path } não tem número de lição no nome; mantido como `{ $id }`, depois das lições numeradas de { $folder }/
    .hint = renomeie-o para M.L-slug.md para posicioná-lo no curso
IMPORT-PLANNED-ONLY = { $reason ->
        [no-file] curriculum.yaml linha { $line }: a lição { $id } não tem arquivo; mantida como lição planejada, sem conteúdo
        [outside] curriculum.yaml linha { $line }: a lição { $id } aponta para { $path }, que fica fora da pasta do curso (a importação só lê arquivos dentro dela); mantida como lição planejada, sem conteúdo
       *[missing] curriculum.yaml linha { $line }: a lição { $id } aponta para { $path }, que não existe; mantida como lição planejada, sem conteúdo
    }
    .hint = escreva a lição ou gere-a
IMPORT-FRONT-MATTER = { $path }: o front matter não é YAML válido (linha { $line }, coluna { $column }: { $error }); foi mantido como texto e ignorado
    .hint = corrija o valor do front matter nessa linha ou coloque-o entre aspas
IMPORT-DUPLICATE-LESSON-NUMBER = { $count } arquivos têm o mesmo número de lição { $base }: { $files }; todos foram mantidos, na ordem dos nomes, e a entrada { $base } do currículo fica ambígua
    .hint = renumere os arquivos ou dê a cada um um lesson_id distinto no front matter ({ $base }-…)
    .item = { $path } (como { $id })
IMPORT-AMBIGUOUS-CURRICULUM-ENTRY = curriculum.yaml linha { $line }: a entrada { $base } é ambígua, { $count } arquivos têm esse número ({ $paths }); ela foi associada a { $chosen }, os outros são importados como lições fora do currículo
    .hint = renumere os arquivos ou liste cada um no currículo com seu file_path
IMPORT-CURRICULUM-PATH = curriculum.yaml linha { $line }: a lição { $id } aponta para { $path }, { $reason ->
        [outside] que fica fora da pasta do curso (a importação só lê arquivos dentro dela)
       *[missing] que não existe
    }; associada a { $chosen } pelo { $by ->
        [title] título
       *[number] número
    }
    .hint = defina file_path como "{ $chosen }"
IMPORT-NOT-IN-CURRICULUM = { $file }: o módulo { $module } não está no curriculum.yaml; a lição { $id } aparece no grupo final "Not in the curriculum"
    .hint = inclua o módulo { $module } no curriculum.yaml ou renumere o arquivo
IMPORT-FILE-NAME-NOT-UTF8 = o nome de arquivo { $name } não é UTF-8; seus bytes são mantidos e a exportação grava o mesmo nome de volta
    .hint = as telas mostram os bytes ilegíveis como �; renomeie o arquivo para UTF-8 (por exemplo com `convmv -f latin1 -t utf8`) para ver o nome em todo lugar
# `reason` e `hint` vêm do leitor do currículo, citados como estão.
IMPORT-REFUSED = { err-curriculum }; nada foi importado, o curso continua como estava
    .hint = { err-curriculum-hint }

## O briefing (COURSE-BRIEF.md)

BRIEF-TITLE = Seção 1: o título falta ou é curto demais
    .hint = preencha **Título do Curso:** na seção 1
BRIEF-OBJECTIVES = Seção 3: nenhum objetivo de aprendizagem definido
    .hint = liste de 5 a 10 objetivos numerados em 3.2 Objetivos de Aprendizagem
BRIEF-DURATION = Seção 1: duração total não informada
    .hint = marque ou escreva a duração total em 1.2
BRIEF-PAINS = Seção 2: nenhuma dor definida para o ICP
    .hint = descreva as dores em 2.2 Dores & Problemas
BRIEF-FRONT-MATTER = o front matter não é YAML válido (linha { $line }, coluna { $column }: { $error }); ignorado
    .hint = coloque entre aspas os valores que contêm `: ` ou começam com `[`
BRIEF-PERSONA-SLUG = mmos_persona nomeia `{ $slug }`, que não pode ser o slug de uma persona; nenhuma persona foi atribuída
    .hint = use letras minúsculas, dígitos, `-` ou `_` (por exemplo `jose_amorim`), ou atribua uma com `lectern persona assign`

## O currículo (curriculum.yaml)

CURRICULUM-NO-MODULES = Nenhum módulo encontrado no currículo
    .hint = acrescente uma lista `modules:`; as lições em disco são importadas mesmo assim
CURRICULUM-MODULE-TITLE = O módulo { $module } está sem título
    .hint = acrescente `module_title:` (ou `title:`) ao módulo
CURRICULUM-LESSON-COUNT = O módulo { $module } dá um número de lições ({ $count }) em vez de uma lista; suas lições planejadas não têm título
    .hint = troque `lessons: N` por uma lista de lições (lesson_id, lesson_title, file_path)
CURRICULUM-EMPTY-MODULE = O módulo { $module } não tem lições
    .hint = liste as lições do módulo em `lessons:`
CURRICULUM-NUMBERING = Erro na numeração das lições: esperado { $expected }, encontrado { $got }
    .hint = numere as lições M.L em ordem e ponha os ids entre aspas (lesson_id: "1.10")
CURRICULUM-LESSON-TITLE = A lição { $id } está sem título
    .hint = acrescente `lesson_title:` (ou `title:`)
CURRICULUM-BLOOM-UNKNOWN = A lição { $id } tem um nível de Bloom desconhecido `{ $level }`
    .hint = use Lembrar, Entender, Aplicar, Analisar, Avaliar ou Criar (ou Remember, Understand, Apply, Analyze, Evaluate, Create)
CURRICULUM-SHORT-LESSON = A lição { $id } tem duração muito curta: { $minutes } min
    .hint = confira `duration_minutes` (lições com menos de 5 minutos são incomuns)
CURRICULUM-LONG-LESSON = A lição { $id } tem duração muito longa: { $minutes } min
    .hint = considere dividir a lição (mais de 120 minutos)
CURRICULUM-DUPLICATE-ID = IDs de lição repetidos: { $ids }
    .hint = dê a cada lição seu próprio id M.L; na importação, os repetidos ganharam os sufixos -b, -c …
CURRICULUM-SHORT-TOTAL = A duração total parece curta: { $total } minutos (< 1 hora)
    .hint = confira o `duration_minutes` das lições
CURRICULUM-LONG-TOTAL = A duração total parece longa demais: { $total } minutos (> 50 horas)
    .hint = confira o `duration_minutes` das lições

## lectern check (guardadas como mensagens do curso, mostradas por `lectern show`); `detail`
## são as palavras do próprio check

CHECK-MISSING-IN-DATABASE = { $path } está na pasta, não no banco de dados: { $detail }
    .hint = rode `lectern check { $slug } --against { $dir } --fix` para ficar com a versão da pasta
CHECK-MISSING-ON-DISK = { $path } está no banco de dados, não na pasta: { $detail }
    .hint = rode `lectern check { $slug } --against { $dir } --fix` para ficar com a versão da pasta
CHECK-CONTENT-DIFFERS = { $path } difere da pasta: { $detail }
    .hint = rode `lectern check { $slug } --against { $dir } --fix` para ficar com a versão da pasta
