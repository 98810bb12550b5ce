//! MMOS personas ("minds"): the instructor whose voice a course is written in. A persona has a
//! slug, a display name, a short bio and either a system prompt (Markdown) or a voice profile
//! (tone, style, up to five recurring phrases, things the instructor never says). This module
//! reads a voice profile out of a brief's §4 answer, checks persona slugs, and renders the one
//! block of persona text that prompts carry. Pure: no I/O, no storage, no serde formats beyond
//! JSON values handed in.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::fold::fold;

/// Recurring phrases kept in a voice profile; more would crowd the prompt.
pub const MAX_PHRASES: usize = 5;

/// How the instructor sounds when there is no system prompt.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VoiceProfile {
    pub tone: Option<String>,
    pub style: Option<String>,
    pub phrases: Vec<String>,
    pub never_says: Vec<String>,
}

impl VoiceProfile {
    pub fn is_empty(&self) -> bool {
        self.tone.is_none()
            && self.style.is_none()
            && self.phrases.is_empty()
            && self.never_says.is_empty()
    }

    /// The profile stored as JSON (`minds.voice_profile`); fields it does not know are ignored
    /// so a profile written by the CreatorOS tools still reads.
    pub fn from_json(value: &Value) -> VoiceProfile {
        let text = |key: &str| {
            value
                .get(key)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let list = |key: &str| -> Vec<String> {
            value
                .get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        VoiceProfile {
            tone: text("tone"),
            style: text("style"),
            phrases: list("phrases"),
            never_says: list("never_says"),
        }
    }

    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Why the profile cannot be stored, phrased as what to do.
    pub fn problem(&self) -> Option<String> {
        (self.phrases.len() > MAX_PHRASES).then(|| {
            format!(
                "a voice profile keeps at most {MAX_PHRASES} recurring phrases ({} given); keep the most characteristic ones",
                self.phrases.len()
            )
        })
    }
}

/// A persona as prompts and front ends see it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Persona {
    pub slug: String,
    pub display_name: String,
    pub short_bio: Option<String>,
    pub system_prompt: Option<String>,
    pub voice: VoiceProfile,
}

impl Persona {
    /// The persona text every prompt carries once: name and bio, then the system prompt when
    /// there is one (it is the MMOS clone and says everything), else the voice profile.
    pub fn prompt_block(&self) -> String {
        let mut text = format!("{} ({})", self.display_name, self.slug);
        if let Some(bio) = self.short_bio.as_deref().filter(|b| !b.trim().is_empty()) {
            text.push('\n');
            text.push_str(bio.trim());
        }
        match self
            .system_prompt
            .as_deref()
            .filter(|p| !p.trim().is_empty())
        {
            Some(prompt) => {
                text.push('\n');
                text.push_str(prompt.trim());
            }
            None if !self.voice.is_empty() => {
                text.push('\n');
                text.push_str(&voice_block(&self.voice));
            }
            None => {}
        }
        text
    }

    /// `system prompt`, `voice profile` or `name only`: what the persona gives prompts.
    pub fn kind(&self) -> &'static str {
        if self
            .system_prompt
            .as_deref()
            .is_some_and(|p| !p.trim().is_empty())
        {
            "system prompt"
        } else if !self.voice.is_empty() {
            "voice profile"
        } else {
            "name only"
        }
    }
}

/// The voice profile as prompt lines.
pub fn voice_block(voice: &VoiceProfile) -> String {
    let mut lines = Vec::new();
    if let Some(tone) = &voice.tone {
        lines.push(format!("Tone: {tone}"));
    }
    if let Some(style) = &voice.style {
        lines.push(format!("Style: {style}"));
    }
    if !voice.phrases.is_empty() {
        lines.push("Recurring phrases:".to_string());
        lines.extend(voice.phrases.iter().map(|p| format!("- {p}")));
    }
    if !voice.never_says.is_empty() {
        lines.push("Never says or does:".to_string());
        lines.extend(voice.never_says.iter().map(|p| format!("- {p}")));
    }
    lines.join("\n")
}

/// Why `s` cannot be a persona slug; `None` when it can. MMOS mind slugs use underscores
/// (`jose_amorim`) as well as hyphens, so both are accepted.
pub fn slug_problem(s: &str) -> Option<String> {
    let ok = (2..=60).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && s.starts_with(|c: char| c.is_ascii_alphanumeric());
    (!ok).then(|| {
        format!(
            "`{s}` is not a valid persona slug: use 2–60 lower-case letters, digits, `-` or `_`, starting with a letter or digit"
        )
    })
}

/// Which list a line of the §4 answer starts.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    None,
    Tone,
    Style,
    Phrases,
    Never,
}

/// The voice profile a brief's §4 ("Voz & Personalidade") answer describes: ticked tone
/// boxes, personality traits (style), characteristic phrases (at most five kept) and what the
/// instructor never does or says. Template lines (`Exemplo:`, empty numbered items, unticked
/// boxes) are skipped.
pub fn voice_from_brief_section(text: &str) -> VoiceProfile {
    let mut voice = VoiceProfile::default();
    let mut styles = Vec::new();
    let mut tones = Vec::new();
    let mut slot = Slot::None;
    for raw in text.lines() {
        let line = raw.trim().trim_matches('*').trim();
        if line.is_empty() || line.starts_with("```") || line.starts_with("---") {
            continue;
        }
        let folded = fold(line).to_lowercase();
        if let Some(next) = label_slot(&folded) {
            slot = next;
            // `Tom geral: [X] Casual` keeps its answer on the label line.
            if let Some((_, rest)) = line.split_once(':') {
                collect(slot, rest.trim(), &mut tones, &mut styles, &mut voice);
            }
            continue;
        }
        if line.starts_with('#') || (line.ends_with(':') && !is_item(line)) {
            slot = Slot::None;
            continue;
        }
        collect(slot, line, &mut tones, &mut styles, &mut voice);
    }
    voice.tone = (!tones.is_empty()).then(|| tones.join(", "));
    voice.style = (!styles.is_empty()).then(|| styles.join("; "));
    voice.phrases.truncate(MAX_PHRASES);
    voice
}

fn label_slot(folded: &str) -> Option<Slot> {
    let label = folded.trim_start_matches('#').trim();
    if label.starts_with("tom geral") || label.starts_with("tom:") {
        Some(Slot::Tone)
    } else if label.starts_with("personalidade") || label.starts_with("estilo") {
        Some(Slot::Style)
    } else if label.starts_with("frases") {
        Some(Slot::Phrases)
    } else if label.contains("nunca faz") || label.contains("nunca diz") || label.contains("never")
    {
        Some(Slot::Never)
    } else {
        None
    }
}

fn is_item(line: &str) -> bool {
    line.starts_with("- ") || line.starts_with("* ") || numbered(line).is_some()
}

/// The text of `1. foo` / `1) foo`.
fn numbered(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let rest = &line[digits..];
    rest.strip_prefix('.')
        .or_else(|| rest.strip_prefix(')'))
        .map(str::trim)
}

fn item_text(line: &str) -> Option<&str> {
    let text = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("* "))
        .map(str::trim)
        .or_else(|| numbered(line))?;
    let placeholder = text.is_empty() || text.chars().all(|c| c == '_' || c.is_whitespace());
    (!placeholder).then_some(text)
}

fn collect(
    slot: Slot,
    line: &str,
    tones: &mut Vec<String>,
    styles: &mut Vec<String>,
    voice: &mut VoiceProfile,
) {
    if fold(line).to_lowercase().starts_with("exemplo") {
        return;
    }
    match slot {
        Slot::Tone => tones.extend(ticked(line)),
        Slot::Style => styles.extend(item_text(line).map(str::to_string)),
        Slot::Phrases => voice.phrases.extend(item_text(line).map(unquote)),
        Slot::Never => voice.never_says.extend(item_text(line).map(str::to_string)),
        Slot::None => {}
    }
}

/// `"Olha só" (transição frequente)` → `Olha só (transição frequente)`.
fn unquote(text: &str) -> String {
    text.replacen(['"', '“', '”'], "", 2).trim().to_string()
}

/// The labels after ticked boxes: `[X] Casual [ ] Formal [x] Didático` → Casual, Didático.
fn ticked(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('[') {
        let after = &rest[start + 1..];
        let Some(end) = after.find(']') else { break };
        let mark = after[..end].trim();
        let tail = &after[end + 1..];
        let label_end = tail.find('[').unwrap_or(tail.len());
        let label = tail[..label_end].trim();
        if mark.eq_ignore_ascii_case("x") && !label.is_empty() {
            out.push(label.to_string());
        }
        rest = &tail[label_end..];
    }
    out
}

/// The mind slug a §4 answer names (`[X] SIM - Usar mind do MMOS: jose_amorim`,
/// `**Slug do Mind:** \`adriano-lendario\``), for briefs whose front matter does not.
pub fn mind_slug_in_section(text: &str) -> Option<String> {
    text.lines().find_map(|raw| {
        let line = raw.trim();
        let folded = fold(line).to_lowercase();
        let named = folded.contains("slug do mind")
            || (folded.contains("mind do mmos") && ticked_line(line));
        if !named {
            return None;
        }
        let (_, value) = line.rsplit_once(':')?;
        let value = value.trim().trim_matches(['`', '*', ' ']);
        let value = value.split_whitespace().next()?;
        slug_problem(value).is_none().then(|| value.to_string())
    })
}

fn ticked_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("[X]") || t.starts_with("[x]")
}

#[cfg(test)]
mod tests;
