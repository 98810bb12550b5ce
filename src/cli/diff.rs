//! `lectern diff SLUG TARGET [REV_A [REV_B]] [--word]`: what changed between two revisions of
//! one text (default: the previous one → the current one). Unified line diff, or with
//! `--word` the changed words marked `[-old-]{+new+}`; colour only on a terminal.

use clap::Args;

use crate::services::history::{self, line_diff, word_diff};

use super::Context;
use super::output::{Exit, Paint, document_writer, emit};

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// A lesson id (e.g. 1.2), `brief`, `curriculum`, `status` or `research/NAME`.
    pub target: String,
    /// The older revision: full id, unique prefix or `~N` (default `~1`, the previous one).
    pub rev_a: Option<String>,
    /// The newer revision (default `~0`, the current text).
    pub rev_b: Option<String>,
    /// Mark changed words instead of whole lines.
    #[arg(long)]
    pub word: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let store = &ctx.store;
    let (slug, target) = (cmd.slug.as_str(), cmd.target.as_str());
    let (new_rev, new) =
        history::revision_text(store, slug, target, cmd.rev_b.as_deref().unwrap_or("~0"))?;
    let (old_label, old) = match &cmd.rev_a {
        Some(name) => {
            let (rev, text) = history::revision_text(store, slug, target, name)?;
            (short(&rev.id), text)
        }
        // A text with one revision is compared with nothing: all of it is new.
        None => match history::revision_text(store, slug, target, "~1") {
            Ok((rev, text)) => (short(&rev.id), text),
            Err(_) if new_rev.parent.is_none() => {
                (ctx.texts.get("diff-no-revision"), String::new())
            }
            Err(e) => return Err(e.into()),
        },
    };
    let new_label = short(&new_rev.id);
    let paint = Paint::stdout();
    if cmd.word {
        emit(&paint_words(&word_diff(&old, &new), paint));
        return Ok(Exit::Ok);
    }
    let diff = line_diff(
        &old,
        &new,
        &format!("{target} {old_label}"),
        &format!("{target} {new_label}"),
    );
    let mut out = String::with_capacity(diff.unified.len());
    // Lesson text reaches a terminal neutralised, a pipe byte for byte (like `--print`).
    let document = document_writer(false);
    for line in diff.unified.split_inclusive('\n') {
        let body = document(line.trim_end_matches('\n'));
        let body = body.as_ref();
        let shown = if body.starts_with("+++") || body.starts_with("---") {
            paint.bold(body)
        } else if body.starts_with('+') {
            paint.good(body)
        } else if body.starts_with('-') {
            paint.bad(body)
        } else if body.starts_with("@@") {
            paint.dim(body)
        } else {
            body.to_string()
        };
        out.push_str(&shown);
        out.push('\n');
    }
    emit(&out);
    Ok(Exit::Ok)
}

/// The word diff with markers; on a terminal the markers are coloured too (they stay, so the
/// output reads the same without colour).
fn paint_words(diff: &history::DiffOutput, paint: Paint) -> String {
    let mut out = String::new();
    let document = document_writer(false);
    for line in &diff.lines {
        let Some(line) = line else {
            out.push_str(&paint.dim("@@"));
            out.push('\n');
            continue;
        };
        for span in &line.spans {
            match span {
                history::WordSpan::Same(t) => out.push_str(&document(t)),
                history::WordSpan::Removed(t) => {
                    out.push_str(&paint.bad(&format!("[-{}-]", document(t))))
                }
                history::WordSpan::Added(t) => {
                    out.push_str(&paint.good(&format!("{{+{}+}}", document(t))))
                }
            }
        }
        out.push('\n');
    }
    out
}

fn short(id: &str) -> String {
    id.get(..13).unwrap_or(id).to_string()
}
