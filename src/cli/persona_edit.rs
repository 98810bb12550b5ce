//! `lectern persona edit SLUG [--file FILE]`: the system prompt in $VISUAL / $EDITOR (or from a
//! file), saved against the prompt the edit started from so a change saved meanwhile (another
//! terminal, a sync) is merged, or handed back with conflict markers, never overwritten.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::services::authoring::{self, EditOutcome};
use crate::services::{self, PromptSave};

use crate::tr;

use super::Context;
use super::output::Exit;

pub fn run(ctx: &mut Context, slug: &str, file: Option<&Path>) -> anyhow::Result<Exit> {
    let t = ctx.texts;
    let entry = services::persona(&ctx.store, slug)?;
    let base = entry.persona.system_prompt.clone().unwrap_or_default();
    let edited = match file {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            anyhow::anyhow!(
                "{}",
                tr!(
                    t,
                    "persona-prompt-cannot-read",
                    path = path.display().to_string(),
                    error = crate::services::say(t, &e)
                )
            )
        })?,
        None => match authoring::edit_externally(&base, &format!("{slug}-system_prompt.md"))? {
            EditOutcome::Unchanged => {
                eprintln!("lectern: {}", tr!(t, "no-change"));
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
            outln!(
                "{}",
                tr!(
                    t,
                    "persona-prompt-saved",
                    slug = entry.persona.slug.as_str()
                )
            );
            Ok(Exit::Ok)
        }
        PromptSave::Merged(entry) => {
            outln!(
                "{}",
                tr!(
                    t,
                    "persona-prompt-merged",
                    slug = entry.persona.slug.as_str()
                )
            );
            Ok(Exit::Ok)
        }
        PromptSave::Overlap {
            text, conflicts, ..
        } => {
            let kept = keep(slug, &text, t)?;
            eprintln!(
                "lectern: {}",
                tr!(t, "persona-prompt-overlap", slug = slug, n = conflicts)
            );
            eprintln!(
                "  {}",
                tr!(
                    t,
                    "persona-prompt-kept",
                    file = kept.display().to_string(),
                    slug = slug
                )
            );
            Ok(Exit::CheckFailed)
        }
    }
}

/// Writes the merged text to a new file in the current folder (the temporary folder when
/// that is not writable), never over an existing file.
fn keep(slug: &str, text: &str, t: crate::i18n::Texts) -> anyhow::Result<PathBuf> {
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
    let why = last_error.map_or_else(
        || t.get("persona-too-many-kept"),
        |e| crate::services::say(t, &e),
    );
    Err(anyhow::anyhow!(
        "{}",
        tr!(t, "persona-cannot-keep", error = why)
    ))
}
