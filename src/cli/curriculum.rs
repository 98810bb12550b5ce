//! `lectern curriculum SLUG [--print | --edit | --set FILE | --approve [--yes]]`: the
//! curriculum, saved only when it parses, and the approval checkpoint before generation
//! (spec §5.5: lesson count, estimated cost and time; only a typed `yes` approves).

use std::io::{BufRead, IsTerminal, Write};

use clap::Args;

use crate::services::authoring::{self, ApprovalSummary, CurriculumSaved, DraftKey};
use crate::storage::SaveBase;

use super::Context;
use super::authoring_io::{SaveMode, TextMode, TextSubject, now_iso, run_text_mode};
use super::output::{Exit, shown, shown_lines};

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    #[command(flatten)]
    pub mode: TextMode,
    /// With --print: write the text byte for byte even to a terminal (by default a terminal
    /// gets control characters and escape sequences as visible placeholders like `␛`).
    #[arg(long, conflicts_with_all = ["edit", "set"])]
    pub raw: bool,
    #[command(flatten)]
    pub save: SaveMode,
    /// Show the approval checkpoint and approve the saved curriculum (creates planned lessons).
    #[arg(long, conflicts_with_all = ["print", "edit", "set"])]
    pub approve: bool,
    /// Approve without asking (for scripts).
    #[arg(long, requires = "approve")]
    pub yes: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let slug = cmd.slug.as_str();
    if cmd.approve {
        return approve(slug, cmd.yes, ctx);
    }
    let saved = authoring::load_curriculum(&ctx.store, slug)?;
    let subject = TextSubject {
        key: DraftKey::curriculum(slug),
        file_name: "curriculum.yaml".to_string(),
        command: format!("lectern curriculum {slug}"),
    };
    run_text_mode(
        &cmd.mode,
        cmd.raw,
        &cmd.save,
        &mut ctx.store,
        &subject,
        &saved,
        |store, text, source, base| {
            authoring::save_curriculum_on(store, slug, text, base, source)
                .map(|r| describe(slug, &r))
        },
    )
}

fn describe(slug: &str, saved: &CurriculumSaved) -> String {
    let mut out = format!(
        "saved the curriculum of `{slug}` (version {}): {} modules, {} lessons, {} finding(s)",
        saved.version,
        saved.modules,
        saved.lessons,
        saved.findings.len()
    );
    for f in &saved.findings {
        let at = f
            .line_start
            .map(|l| format!("line {l}: "))
            .unwrap_or_default();
        out.push_str(&format!("\n  {at}{}", f.message));
    }
    if saved.approval_cleared {
        out.push_str("\n  the earlier approval was withdrawn: approve again with --approve");
    }
    out
}

fn approve(slug: &str, yes: bool, ctx: &mut Context) -> anyhow::Result<Exit> {
    // Estimated for the configured provider and model; an unusable generation config is
    // reported when generating, so the summary then prices the provider's default model.
    let summary = match super::generate::tui_options(ctx) {
        Ok(opts) => authoring::approval_summary_with(&ctx.store, slug, &opts)?,
        Err(_) => authoring::approval_summary(&ctx.store, slug, &ctx.config.generation.provider)?,
    };
    out!("{}", shown_lines(&render_summary(&summary)));
    if !yes {
        if !std::io::stdin().is_terminal() {
            anyhow::bail!(
                "approval needs a confirmation: run on a terminal and type `yes`, or pass --yes"
            );
        }
        out!("Are you sure? (yes/no) ");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !answer.trim().eq_ignore_ascii_case("yes") {
            outln!("not approved; nothing changed");
            return Ok(Exit::Ok);
        }
    }
    let seen = SaveBase::Sha256(summary.curriculum_sha256.clone());
    let approved = authoring::approve_curriculum_seen(&mut ctx.store, slug, &now_iso(), &seen)?;
    outln!(
        "approved at {}; {} planned lesson(s) created",
        approved.approved_at,
        approved.created.len()
    );
    if !approved.retitled.is_empty() {
        outln!(
            "retitled from the curriculum: {}",
            shown(&approved.retitled.join(", "))
        );
    }
    if !approved.archived.is_empty() {
        outln!(
            "archived (planned, no longer in the curriculum): {}",
            shown(&approved.archived.join(", "))
        );
    }
    Ok(Exit::Ok)
}

/// The checkpoint text of spec §5.5.
pub fn render_summary(s: &ApprovalSummary) -> String {
    let mut out = format!(
        "{}\n{} lessons across {} modules, {:.1} h ({} min)\n",
        s.title,
        s.lesson_count,
        s.modules.len(),
        f64::from(s.total_minutes) / 60.0,
        s.total_minutes
    );
    out.push_str(&format!("Estimate: {}\n", s.estimate.describe()));
    for ignored in &s.estimate.ignored {
        out.push_str(&format!("Note: {ignored}\n"));
    }
    for m in &s.modules {
        out.push_str(&format!(
            "Module {}: {} ({} lessons, ~{} min)\n",
            m.number,
            m.title,
            m.lessons.len(),
            m.minutes
        ));
        for (id, title, min) in &m.lessons {
            out.push_str(&format!("  {id} - {title} ({min} min)\n"));
        }
    }
    if let Some(at) = &s.approved_at {
        out.push_str(&format!("Already approved at {at}\n"));
    }
    out.push_str(&format!(
        "{} planned lesson(s) will be created\n",
        s.to_create
    ));
    out
}
