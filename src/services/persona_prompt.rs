//! Saving a persona's system prompt edited outside Lectern without losing a change made
//! meanwhile: the edit is stored against the prompt it started from, a concurrent change is
//! merged line by line, and overlapping edits are handed back with conflict markers instead
//! of one side overwriting the other (the same rule as briefs and lessons).

use crate::domain::merge::{MergeLabels, MergeOutcome, three_way_lines};
use crate::domain::persona::Persona;
use crate::domain::said::Said;
use crate::storage::Repo;

use super::persona::{OnExistingPersona, PersonaEntry, not_found, save_persona_in};
use super::{ServiceError, persona};
use crate::storage::Store;

/// What became of an edited system prompt.
#[derive(Debug, Clone, PartialEq)]
pub enum PromptSave {
    /// Stored as edited (nobody changed it meanwhile).
    Saved(PersonaEntry),
    /// Somebody changed other lines meanwhile; both changes are stored.
    Merged(PersonaEntry),
    /// Somebody changed the same lines meanwhile; nothing was stored. `text` holds both
    /// sides between `<<<<<<<`/`=======`/`>>>>>>>` markers, `stored` the prompt now saved.
    Overlap {
        text: String,
        conflicts: usize,
        stored: String,
    },
}

/// Stores `edited` as `slug`'s system prompt if the stored prompt is still `base` (merging
/// line by line when it is not); one transaction. An empty prompt takes the prompt off.
pub fn save_persona_prompt(
    store: &mut Store,
    slug: &str,
    base: &str,
    edited: &str,
) -> Result<PromptSave, ServiceError> {
    if let Some(line) = conflict_marker_line(edited) {
        return Err(ServiceError::refused(
            Said::new("err-persona-prompt-conflict-marker").with("line", line.to_string()),
        ));
    }
    let outcome = store.write(|repo: &Repo| {
        let row = repo.mind_by_slug(slug)?.ok_or_else(|| not_found(slug))?;
        let mut persona: Persona = super::persona_from_record(&row.record);
        let stored = persona.system_prompt.clone().unwrap_or_default();
        let (text, merged) = if stored == base {
            (edited.to_string(), false)
        } else {
            let labels = MergeLabels {
                mine: "your edit",
                theirs: "saved meanwhile",
            };
            match three_way_lines(base, edited, &stored, labels) {
                MergeOutcome::Clean(text) => (text, true),
                MergeOutcome::Conflicted { text, conflicts } => {
                    return Ok::<_, ServiceError>(Err((text, conflicts, stored)));
                }
            }
        };
        persona.system_prompt = Some(text).filter(|t| !t.trim().is_empty());
        save_persona_in(repo, &persona, OnExistingPersona::Replace)?;
        Ok(Ok(merged))
    })?;
    match outcome {
        Ok(merged) => {
            let entry = persona(store, slug)?;
            Ok(if merged {
                PromptSave::Merged(entry)
            } else {
                PromptSave::Saved(entry)
            })
        }
        Err((text, conflicts, stored)) => Ok(PromptSave::Overlap {
            text,
            conflicts,
            stored,
        }),
    }
}

/// The 1-based line of the first git-style conflict marker left in `text`.
pub fn conflict_marker_line(text: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.starts_with("<<<<<<< ") || line == "=======" || line.starts_with(">>>>>>> ")
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_marker_line() {
        assert_eq!(conflict_marker_line("a\nb\n"), None);
        assert_eq!(
            conflict_marker_line("a\n<<<<<<< your edit\nb\n=======\nc\n>>>>>>> x\n"),
            Some(2)
        );
        assert_eq!(conflict_marker_line("a\n=======\n"), Some(2));
        // A Markdown setext underline is longer or shorter than seven signs.
        assert_eq!(conflict_marker_line("Title\n========\n"), None);
    }
}
