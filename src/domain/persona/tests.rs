use super::*;

const FILLED: &str = "### 4.1. Instrutor / Persona\n\n**Usar clone MMOS como instrutor?**\n```\n[X] SIM - Usar mind do MMOS: jose_amorim\n```\n\n**Características da Voz:**\n```\nTom geral:\n[X] Casual [ ] Formal [X] Didático\n\nPersonalidade (traços):\n1. TRADUTOR APAIXONADO - traduz complexidade\n2. ZERO ENROLAÇÃO\n\nFrases/bordões característicos:\n1. \"Sabe aquele momento que...\" (gancho)\n2. \"E aí que tá...\"\n3. \"Porque no fundo...\"\n4. \"Olha só\"\n5. \"Tá bom?\"\n6. \"Vamos lá?\"\n\nCoisas que o instrutor NUNCA faz/diz:\n1. Nunca explica abstratamente\n2. Nunca usa jargão sem traduzir\n```\n\n### 4.2. Storytelling\n\n**O instrutor deve usar casos pessoais?**\n```\n[X] SIM\n```\n";

const TEMPLATE: &str = "**Se NÃO usar MMOS, descreva a voz desejada:**\n```\nTom geral:\n[ ] Formal [ ] Casual\n\nPersonalidade em 3-5 traços:\nExemplo: \"Direto, sem enrolação\"\n\n1.\n2.\n\nFrases/bordões característicos (3-5 exemplos):\nExemplo: \"Vamos direto ao ponto\"\n\n1.\n2.\n\nCoisas que o instrutor NUNCA faz/diz:\nExemplo: \"Nunca promete\"\n\n1.\n```\n";

#[test]
fn a_filled_section_gives_tone_style_five_phrases_and_never_says() {
    let v = voice_from_brief_section(FILLED);
    assert_eq!(v.tone.as_deref(), Some("Casual, Didático"));
    assert_eq!(
        v.style.as_deref(),
        Some("TRADUTOR APAIXONADO - traduz complexidade; ZERO ENROLAÇÃO")
    );
    assert_eq!(v.phrases.len(), MAX_PHRASES, "{:?}", v.phrases);
    assert_eq!(v.phrases[0], "Sabe aquele momento que... (gancho)");
    assert_eq!(
        v.never_says,
        [
            "Nunca explica abstratamente",
            "Nunca usa jargão sem traduzir"
        ]
    );
    assert_eq!(mind_slug_in_section(FILLED).as_deref(), Some("jose_amorim"));
}

#[test]
fn the_unfilled_template_gives_an_empty_profile_and_no_slug() {
    assert!(voice_from_brief_section(TEMPLATE).is_empty());
    let unticked = "[ ] SIM - Usar mind do MMOS: _________________ (slug do mind)";
    assert_eq!(mind_slug_in_section(unticked), None);
}

#[test]
fn a_slug_line_and_a_never_do_heading_are_read() {
    let text = "**Slug do Mind:** `adriano-lendario`\n\n**Frases Características:**\n- \"Olha só\" (transição)\n\n### 4.2 Never Do\n\n- Nunca enrolar\n";
    assert_eq!(
        mind_slug_in_section(text).as_deref(),
        Some("adriano-lendario")
    );
    let v = voice_from_brief_section(text);
    assert_eq!(v.phrases, ["Olha só (transição)"]);
    assert_eq!(v.never_says, ["Nunca enrolar"]);
}

#[test]
fn the_prompt_block_carries_the_system_prompt_else_the_voice() {
    let mut p = Persona {
        slug: "ana".into(),
        display_name: "Ana".into(),
        short_bio: Some("Professora".into()),
        system_prompt: Some("Você é a Ana.".into()),
        voice: VoiceProfile {
            tone: Some("calmo".into()),
            ..VoiceProfile::default()
        },
    };
    let block = p.prompt_block();
    assert_eq!(block, "Ana (ana)\nProfessora\nVocê é a Ana.");
    assert_eq!(p.kind(), "system prompt");
    p.system_prompt = None;
    assert_eq!(p.prompt_block(), "Ana (ana)\nProfessora\nTone: calmo");
    assert_eq!(p.kind(), "voice profile");
}

#[test]
fn profiles_round_trip_through_json_and_too_many_phrases_are_refused() {
    let v = voice_from_brief_section(FILLED);
    assert_eq!(VoiceProfile::from_json(&v.to_json()), v);
    let mut long = v.clone();
    long.phrases.push("sexta".into());
    assert!(long.problem().unwrap().contains("at most 5"));
    assert!(slug_problem("jose_amorim").is_none());
    assert!(slug_problem("José").is_some());
}
