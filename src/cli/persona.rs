//! `lectern persona list|show|new|import|assign|unassign`: the MMOS personas a course can be
//! written in (the `minds` table). Human output or `--json`; bad input exits 2.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::domain::persona::{Persona, VoiceProfile};
use crate::services::{self, OnExistingPersona, PersonaEntry, PersonaNames};

use crate::i18n::Texts;
use crate::tr;

use super::Context;
use super::output::{Exit, print_json};

#[derive(Debug, Args)]
pub struct Cmd {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Every persona with its kind and the courses written in its voice.
    List {
        #[arg(long)]
        json: bool,
    },
    /// One persona, and the exact text prompts carry for it.
    Show {
        slug: String,
        #[arg(long)]
        json: bool,
    },
    /// Create a persona from flags: a system prompt file, or a voice profile.
    New(NewArgs),
    /// Import a persona from a folder (system_prompt.md, optional voice.yaml / profile.yaml)
    /// or from a brief's §4 voice section (a COURSE-BRIEF .md file).
    Import {
        path: PathBuf,
        /// The persona's slug (default: profile.yaml, the brief's mind slug, or the folder).
        #[arg(long)]
        slug: Option<String>,
        /// Its display name.
        #[arg(long)]
        name: Option<String>,
        /// Assign it to this course too.
        #[arg(long, value_name = "COURSE")]
        assign: Option<String>,
        /// Replace a persona with the same slug.
        #[arg(long)]
        force: bool,
        #[arg(long)]
        json: bool,
    },
    /// Edit the persona's system prompt (Markdown) in $VISUAL / $EDITOR, or replace it with
    /// FILE. A change saved meanwhile is merged; overlapping edits are kept in a file with
    /// conflict markers and nothing is saved (exit 1).
    Edit {
        slug: String,
        /// Take the system prompt from this Markdown file instead of opening the editor.
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Write COURSE in PERSONA's voice (its prompts carry the persona).
    Assign { course: String, persona: String },
    /// Take the persona off COURSE.
    Unassign { course: String },
}

#[derive(Debug, Args)]
pub struct NewArgs {
    pub slug: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub bio: Option<String>,
    /// A Markdown file with the persona's system prompt (the MMOS clone).
    #[arg(long, value_name = "FILE")]
    pub system_prompt: Option<PathBuf>,
    #[arg(long)]
    pub tone: Option<String>,
    #[arg(long)]
    pub style: Option<String>,
    /// A recurring phrase (repeatable, at most 5).
    #[arg(long = "phrase", value_name = "TEXT")]
    pub phrases: Vec<String>,
    /// Something the instructor never says or does (repeatable).
    #[arg(long = "never", value_name = "TEXT")]
    pub never_says: Vec<String>,
    /// Replace a persona with the same slug.
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub json: bool,
}

fn on_existing(force: bool) -> OnExistingPersona {
    if force {
        OnExistingPersona::Replace
    } else {
        OnExistingPersona::Refuse
    }
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let t = ctx.texts;
    match cmd.action {
        Action::List { json } => {
            let all = services::list_personas(&ctx.store)?;
            if json {
                print_json(&all)?;
            } else if all.is_empty() {
                outln!("{}", tr!(t, "persona-none"));
            } else {
                // The kind column is as wide as this language's longest kind (14 in English).
                let width = ["system prompt", "voice profile", "name only"]
                    .iter()
                    .map(|k| kind(t, k).chars().count() + 1)
                    .max()
                    .unwrap_or(14);
                for p in &all {
                    outln!(
                        "{:<24} {:<28} {:<width$} {}",
                        p.persona.slug,
                        p.persona.display_name,
                        kind(t, p.kind),
                        p.courses.join(", ")
                    );
                }
            }
        }
        Action::Show { slug, json } => {
            let entry = services::persona(&ctx.store, &slug)?;
            if json {
                print_json(&serde_json::json!({
                    "persona": entry,
                    "prompt_block": entry.persona.prompt_block(),
                }))?;
            } else {
                show(&entry, t);
            }
        }
        Action::New(args) => {
            let system_prompt = match &args.system_prompt {
                Some(path) => {
                    Some(std::fs::read_to_string(path).map_err(|e| cannot_read(t, path, &e))?)
                }
                None => None,
            };
            let persona = Persona {
                slug: args.slug.clone(),
                display_name: args.name.clone(),
                short_bio: args.bio.clone(),
                system_prompt,
                voice: VoiceProfile {
                    tone: args.tone.clone(),
                    style: args.style.clone(),
                    phrases: args.phrases.clone(),
                    never_says: args.never_says.clone(),
                },
            };
            let saved = services::save_persona(&mut ctx.store, &persona, on_existing(args.force))?;
            saved_line(&saved, args.json, t)?;
        }
        Action::Import {
            path,
            slug,
            name,
            assign,
            force,
            json,
        } => {
            let names = PersonaNames {
                slug,
                display_name: name,
            };
            let persona = services::read_persona(&path, &names)?;
            let saved = services::save_persona(&mut ctx.store, &persona, on_existing(force))?;
            if let Some(course) = &assign {
                services::assign_persona(&mut ctx.store, course, Some(&persona.slug))?;
            }
            let saved = services::persona(&ctx.store, &saved.persona.slug)?;
            saved_line(&saved, json, t)?;
        }
        Action::Edit { slug, file } => {
            return super::persona_edit::run(ctx, &slug, file.as_deref());
        }
        Action::Assign { course, persona } => {
            services::assign_persona(&mut ctx.store, &course, Some(&persona))?;
            outln!(
                "{}",
                tr!(
                    t,
                    "persona-assigned",
                    course = course.as_str(),
                    persona = persona.as_str()
                )
            );
        }
        Action::Unassign { course } => {
            services::assign_persona(&mut ctx.store, &course, None)?;
            outln!("{}", tr!(t, "persona-unassigned", course = course.as_str()));
        }
    }
    Ok(Exit::Ok)
}

/// The persona's kind (`system prompt`, `voice profile`, `name only`: the JSON's words) in
/// `t`'s language.
fn kind(t: Texts, kind: &str) -> String {
    tr!(t, "persona-kind", kind = kind.replace(' ', "-"))
}

fn saved_line(saved: &PersonaEntry, json: bool, t: Texts) -> anyhow::Result<()> {
    if json {
        return print_json(saved);
    }
    outln!(
        "{}",
        tr!(
            t,
            "persona-saved",
            slug = saved.persona.slug.as_str(),
            name = saved.persona.display_name.as_str(),
            kind = kind(t, saved.kind)
        )
    );
    Ok(())
}

fn show(entry: &PersonaEntry, t: Texts) {
    let p = &entry.persona;
    outln!("{} ({})", p.display_name, p.slug);
    outln!(
        "{}",
        tr!(
            t,
            "persona-show-kind",
            kind = kind(t, entry.kind),
            updated = t.timestamp(&entry.updated_at).into_owned()
        )
    );
    let courses = match entry.courses.is_empty() {
        true => t.get("persona-show-no-courses"),
        false => entry.courses.join(", "),
    };
    outln!("{}", tr!(t, "persona-show-courses", courses = courses));
    outln!("{}\n{}", t.get("persona-show-prompt"), p.prompt_block());
}

fn cannot_read(t: Texts, path: &std::path::Path, e: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "{}",
        tr!(
            t,
            "persona-cannot-read",
            path = path.display().to_string(),
            error = crate::services::say(t, e)
        )
    )
}
