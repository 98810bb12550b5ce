//! `lectern persona edit SLUG [--file FILE]`: the system prompt in $VISUAL / $EDITOR (or from a
//! file), saved against the prompt the edit started from so a change saved meanwhile (another
//! terminal, a sync) is merged, or handed back with conflict markers, never overwritten.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::services::authoring::{self, EditOutcome};
use crate::services::{self, PromptSave};

use super::Context;
use super::output::Exit;

pub fn run(ctx: &mut Context, slug: &str, file: Option<&Path>) -> anyhow::Result<Exit> {
    let entry = services::persona(&ctx.store, slug)?;
    let base = entry.persona.system_prompt.clone().unwrap_or_default();
    let edited = match file {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            anyhow::anyhow!(
                "cannot read {}: {e} (give a UTF-8 Markdown file with the system prompt)",
                path.display()
            )
        })?,
        None => match authoring::edit_externally(&base, &format!("{slug}-system_prompt.md"))? {
            EditOutcome::Unchanged => {
                eprintln!("lectern: no change; nothing saved");
                return Ok(Exit::Ok);
            }
            EditOutcome::Changed(text) => text,
        },
    };
    let saved = services::save_persona_prompt(&mut ctx.store, slug, &base, &edited).map_err(
        |e| match file {
            Some(path) => anyhow::anyhow!("{}: {e}", path.display()),
            None => e.into(),
        },
    )?;
    match saved {
        PromptSave::Saved(entry) => {
            outln!("persona `{}`: system prompt saved", entry.persona.slug);
            Ok(Exit::Ok)
        }
        PromptSave::Merged(entry) => {
            outln!(
                "persona `{}`: system prompt saved, merged with a change saved while you edited \
                 (other lines)",
                entry.persona.slug
            );
            Ok(Exit::Ok)
        }
        PromptSave::Overlap {
            text, conflicts, ..
        } => {
            let kept = keep(slug, &text)?;
            eprintln!(
                "lectern: persona `{slug}`'s system prompt was changed while you edited it, on \
                 the same lines ({conflicts} place{}); nothing was saved.",
                if conflicts == 1 { "" } else { "s" }
            );
            eprintln!(
                "  both versions are in {} between conflict markers: keep what you want, remove \
                 the markers, then run `lectern persona edit {slug} --file {}`",
                kept.display(),
                kept.display()
            );
            Ok(Exit::CheckFailed)
        }
    }
}

/// Writes the merged text to a new file in the current folder (the temporary folder when
/// that is not writable), never over an existing file.
fn keep(slug: &str, text: &str) -> anyhow::Result<PathBuf> {
    let folders = [PathBuf::from("."), std::env::temp_dir()];
    let mut last_error = None;
    for folder in folders {
        for n in 1..100 {
            let name = match n {
                1 => format!("{slug}-system_prompt.conflict.md"),
                n => format!("{slug}-system_prompt.conflict-{n}.md"),
            };
            let path = folder.join(name);
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut file) => {
                    file.write_all(text.as_bytes())?;
                    return Ok(std::path::absolute(&path).unwrap_or(path));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    last_error = Some(e);
                    break;
                }
            }
        }
    }
    Err(anyhow::anyhow!(
        "cannot keep the merged system prompt in the current or temporary folder: {}",
        last_error.map_or_else(|| "too many kept files".to_string(), |e| e.to_string())
    ))
}
