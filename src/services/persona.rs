//! Personas (MMOS minds) as an author manages them: list, show, create, import from a folder
//! (`system_prompt.md`, optional `voice.yaml` / `profile.yaml`) or from a brief's §4 voice
//! section, and assign to or take off a course. Each action is one transaction. The persona
//! text itself is rendered by `domain::persona`; this module must not depend on front ends.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::brief::{ParsedBrief, parse_brief};
use crate::domain::persona::{
    MAX_PHRASES, Persona, VoiceProfile, mind_slug_in_section, slug_problem,
    voice_from_brief_section,
};
use crate::domain::said::Said;
use crate::domain::slug::suggest_slug;
use crate::storage::{MindRecord, MindRow, Repo, Store, StoreError};

use super::ServiceError;

/// A persona with what the list and `show` say about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonaEntry {
    #[serde(flatten)]
    pub persona: Persona,
    /// `system prompt`, `voice profile` or `name only`.
    pub kind: &'static str,
    pub updated_at: String,
    pub courses: Vec<String>,
}

/// Whether saving a persona may replace one with the same slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnExistingPersona {
    Refuse,
    Replace,
}

pub fn persona_from_record(record: &MindRecord) -> Persona {
    Persona {
        slug: record.slug.clone(),
        display_name: record.display_name.clone(),
        short_bio: record.short_bio.clone(),
        system_prompt: record.system_prompt.clone(),
        voice: VoiceProfile::from_json(&record.voice_profile),
    }
}

fn record_of(persona: &Persona) -> MindRecord {
    MindRecord {
        slug: persona.slug.clone(),
        display_name: persona.display_name.clone(),
        short_bio: persona.short_bio.clone(),
        voice_profile: persona.voice.to_json(),
        system_prompt: persona.system_prompt.clone(),
    }
}

fn entry(row: MindRow) -> PersonaEntry {
    let persona = persona_from_record(&row.record);
    PersonaEntry {
        kind: persona.kind(),
        persona,
        updated_at: row.updated_at,
        courses: row.courses,
    }
}

/// Every persona, by slug.
pub fn list_personas(store: &Store) -> Result<Vec<PersonaEntry>, ServiceError> {
    Ok(store.read().minds()?.into_iter().map(entry).collect())
}

/// One persona, or an error naming the slug and how to see the others.
pub fn persona(store: &Store, slug: &str) -> Result<PersonaEntry, ServiceError> {
    store
        .read()
        .mind_by_slug(slug)?
        .map(entry)
        .ok_or_else(|| not_found(slug))
}

pub(super) fn not_found(slug: &str) -> ServiceError {
    ServiceError::refused(Said::new("err-persona-not-found").with("slug", slug))
}

/// Stores `persona` (one transaction); refuses an existing slug unless `Replace`.
pub fn save_persona(
    store: &mut Store,
    persona: &Persona,
    on_existing: OnExistingPersona,
) -> Result<PersonaEntry, ServiceError> {
    store.write(|repo| save_persona_in(repo, persona, on_existing))?;
    self::persona(store, &persona.slug)
}

/// `save_persona` inside the caller's transaction.
pub(super) fn save_persona_in(
    repo: &Repo,
    persona: &Persona,
    on_existing: OnExistingPersona,
) -> Result<(), ServiceError> {
    check(persona)?;
    if on_existing == OnExistingPersona::Refuse && repo.mind_by_slug(&persona.slug)?.is_some() {
        return Err(ServiceError::refused(
            Said::new("err-persona-exists").with("slug", &persona.slug),
        ));
    }
    repo.upsert_mind(&record_of(persona))?;
    Ok(())
}

fn check(persona: &Persona) -> Result<(), ServiceError> {
    // The domain's rule, said here as data (its sentence is English only).
    if slug_problem(&persona.slug).is_some() {
        return Err(ServiceError::refused(
            Said::new("err-persona-slug").with("slug", &persona.slug),
        ));
    }
    if persona.display_name.trim().is_empty() {
        return Err(ServiceError::refused(
            Said::new("err-persona-no-name").with("slug", &persona.slug),
        ));
    }
    if persona.voice.problem().is_some() {
        return Err(ServiceError::refused(
            Said::new("err-persona-too-many-phrases")
                .with("slug", &persona.slug)
                .with("max", MAX_PHRASES)
                .with("given", persona.voice.phrases.len()),
        ));
    }
    Ok(())
}

/// Makes `persona` the voice of course `course` (`None` takes it off); one transaction.
pub fn assign_persona(
    store: &mut Store,
    course: &str,
    persona: Option<&str>,
) -> Result<(), ServiceError> {
    store.write(|repo| {
        let course = repo.require_course(course)?;
        let mind = match persona {
            Some(slug) => Some(repo.mind_by_slug(slug)?.ok_or_else(|| not_found(slug))?.id),
            None => None,
        };
        repo.set_course_persona(course.id, mind)?;
        Ok(())
    })
}

/// What `profile.yaml` may say.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ProfileFile {
    slug: Option<String>,
    #[serde(alias = "name")]
    display_name: Option<String>,
    #[serde(alias = "bio")]
    short_bio: Option<String>,
}

/// Names a persona import may override.
#[derive(Debug, Clone, Default)]
pub struct PersonaNames {
    pub slug: Option<String>,
    pub display_name: Option<String>,
}

/// A persona read from `path`: a folder with `system_prompt.md` and/or `voice.yaml` (and an
/// optional `profile.yaml`), or a brief (`.md`) whose §4 describes the voice.
pub fn read_persona(path: &Path, names: &PersonaNames) -> Result<Persona, ServiceError> {
    let mut persona = if path.is_dir() {
        read_folder(path)?
    } else {
        let text = read_text(path)?;
        let brief = parse_brief(&text);
        persona_from_brief(&brief).ok_or_else(|| {
            ServiceError::refused(Said::new("err-persona-empty-brief").with("path", path))
        })?
    };
    if let Some(slug) = &names.slug {
        persona.slug = slug.clone();
    }
    if let Some(name) = &names.display_name {
        persona.display_name = name.clone();
    }
    if persona.display_name.trim().is_empty() {
        persona.display_name = persona.slug.clone();
    }
    check(&persona)?;
    Ok(persona)
}

fn read_text(path: &Path) -> Result<String, ServiceError> {
    std::fs::read_to_string(path).map_err(|e| {
        ServiceError::refused(
            Said::new("err-cannot-read")
                .with("path", path)
                .with("error", &e),
        )
    })
}

fn optional_yaml<T: for<'de> Deserialize<'de> + Default>(path: &Path) -> Result<T, ServiceError> {
    if !path.exists() {
        return Ok(T::default());
    }
    serde_saphyr::from_str(&read_text(path)?).map_err(|e| {
        // The YAML parser's sentence, quoted after the file's name.
        ServiceError::refused(
            Said::new("err-at")
                .with("label", path)
                .with("error", e.to_string()),
        )
    })
}

fn read_folder(dir: &Path) -> Result<Persona, ServiceError> {
    let prompt_path = dir.join("system_prompt.md");
    let system_prompt = match prompt_path.exists() {
        true => Some(read_text(&prompt_path)?).filter(|t| !t.trim().is_empty()),
        false => None,
    };
    let voice: VoiceProfile = optional_yaml(&dir.join("voice.yaml"))?;
    let profile: ProfileFile = optional_yaml(&dir.join("profile.yaml"))?;
    if system_prompt.is_none() && voice.is_empty() {
        return Err(ServiceError::refused(
            Said::new("err-persona-empty-folder").with("path", dir),
        ));
    }
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    Ok(Persona {
        slug: profile.slug.unwrap_or_else(|| suggest_slug(&folder)),
        display_name: profile.display_name.unwrap_or(folder),
        short_bio: profile.short_bio,
        system_prompt,
        voice,
    })
}

/// The persona a brief names or describes: the slug from `mmos_persona` (`mind_slug` or
/// `persona_slug`) or §4, the name from `mind_name` or the instructor, the voice from §4.
/// `None` when the brief neither names a mind nor describes a voice.
pub fn persona_from_brief(brief: &ParsedBrief) -> Option<Persona> {
    let section = brief.voice.as_deref().unwrap_or("");
    let voice = voice_from_brief_section(section);
    let slug = brief
        .persona_slug
        .clone()
        .or_else(|| mind_slug_in_section(section));
    if slug.is_none() && voice.is_empty() {
        return None;
    }
    let mind_name = brief
        .front_matter
        .as_ref()
        .and_then(|f| f.pointer("/mmos_persona/mind_name"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let display_name = mind_name
        .or_else(|| brief.instructor.clone())
        .or_else(|| slug.clone())
        .unwrap_or_default();
    Some(Persona {
        slug: slug.unwrap_or_else(|| suggest_slug(&display_name)),
        display_name,
        short_bio: None,
        system_prompt: None,
        voice,
    })
}

/// The persona a course import assigns: the brief's `mmos_persona` when it names a mind and
/// is not switched off (`enabled: false`).
pub(super) fn brief_assignment(brief: &ParsedBrief) -> Option<Persona> {
    let switched_off = brief
        .front_matter
        .as_ref()
        .and_then(|f| f.pointer("/mmos_persona/enabled"))
        .is_some_and(|v| v == &Value::Bool(false) || v.as_str() == Some("false"));
    if switched_off || brief.persona_slug.is_none() {
        return None;
    }
    persona_from_brief(brief).filter(|p| slug_problem(&p.slug).is_none())
}

/// In an import's transaction: assigns `persona` to course `course`, creating it from the
/// brief when no persona has that slug (an existing one is never overwritten by an import).
pub(super) fn assign_from_import(
    repo: &Repo<'_>,
    course: crate::storage::CourseId,
    persona: &Persona,
) -> Result<(), StoreError> {
    let id = match repo.mind_by_slug(&persona.slug)? {
        Some(row) => row.id,
        None => repo.upsert_mind(&record_of(persona))?,
    };
    repo.set_course_persona(course, Some(id))
}
