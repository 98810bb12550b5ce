//! `lectern curriculum SLUG [--print | --edit | --set FILE | --approve [--yes]]`: the
//! curriculum, saved only when it parses, and the approval checkpoint before generation
//! (spec §5.5: lesson count, estimated cost and time; only a typed `yes` approves).

use std::io::{BufRead, IsTerminal, Write};

use clap::Args;

use crate::services::authoring::{self, ApprovalSummary, CurriculumSaved, DraftKey};
use crate::storage::SaveBase;

use crate::i18n::Texts;
use crate::tr;

use super::Context;
use super::authoring_io::{SaveMode, TextMode, TextSubject, now_iso, run_text_mode};
use super::generate_estimate::ignored_options;
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
    let t = ctx.texts;
    let subject = TextSubject {
        key: DraftKey::curriculum(slug),
        file_name: "curriculum.yaml".to_string(),
        command: format!("lectern curriculum {slug}"),
        texts: t,
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
                .map(|r| describe(slug, &r, t))
        },
    )
}

fn describe(slug: &str, saved: &CurriculumSaved, t: Texts) -> String {
    let mut out = tr!(
        t,
        "curriculum-saved",
        slug = slug,
        version = saved.version.to_string(),
        modules = saved.modules,
        lessons = saved.lessons,
        findings = saved.findings.len()
    );
    for f in &saved.findings {
        let at = f
            .line_start
            .map(|l| format!("{} ", tr!(t, "at-line", line = l)))
            .unwrap_or_default();
        out.push_str(&format!("\n  {at}{}", t.issue_message(f)));
    }
    if saved.approval_cleared {
        out.push_str(&format!("\n  {}", tr!(t, "curriculum-approval-withdrawn")));
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
    let t = ctx.texts;
    out!("{}", shown_lines(&render_summary(&summary, t)));
    if !yes {
        if !std::io::stdin().is_terminal() {
            anyhow::bail!("{}", tr!(t, "curriculum-approve-needs-terminal"));
        }
        out!("{} ", tr!(t, "curriculum-approve-ask"));
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !answer.trim().eq_ignore_ascii_case("yes") {
            outln!("{}", tr!(t, "curriculum-not-approved"));
            return Ok(Exit::Ok);
        }
    }
    let seen = SaveBase::Sha256(summary.curriculum_sha256.clone());
    let approved = authoring::approve_curriculum_seen(&mut ctx.store, slug, &now_iso(), &seen)?;
    outln!(
        "{}",
        tr!(
            t,
            "curriculum-approved",
            at = t.timestamp(&approved.approved_at).into_owned(),
            n = approved.created.len()
        )
    );
    if !approved.retitled.is_empty() {
        outln!(
            "{}",
            tr!(
                t,
                "curriculum-retitled",
                ids = shown(&approved.retitled.join(", ")).into_owned()
            )
        );
    }
    if !approved.archived.is_empty() {
        outln!(
            "{}",
            tr!(
                t,
                "curriculum-archived",
                ids = shown(&approved.archived.join(", ")).into_owned()
            )
        );
    }
    Ok(Exit::Ok)
}

/// The checkpoint text of spec §5.5.
pub fn render_summary(s: &ApprovalSummary, t: Texts) -> String {
    let mut out = format!(
        "{}\n{}\n",
        s.title,
        tr!(
            t,
            "approval-size",
            lessons = s.lesson_count,
            modules = s.modules.len(),
            hours = t.number(f64::from(s.total_minutes) / 60.0, 1),
            minutes = s.total_minutes
        )
    );
    out.push_str(&format!(
        "{}\n",
        tr!(t, "approval-estimate", estimate = s.estimate.describe_in(t))
    ));
    for ignored in ignored_options(&s.estimate, t) {
        out.push_str(&format!("{}\n", tr!(t, "approval-note", note = ignored)));
    }
    for m in &s.modules {
        out.push_str(&format!(
            "{}\n",
            tr!(
                t,
                "approval-module",
                number = m.number,
                title = m.title.as_str(),
                lessons = m.lessons.len(),
                minutes = m.minutes
            )
        ));
        for (id, title, min) in &m.lessons {
            out.push_str(&format!(
                "  {}\n",
                tr!(
                    t,
                    "approval-lesson",
                    id = id.as_str(),
                    title = title.as_str(),
                    minutes = *min
                )
            ));
        }
    }
    if let Some(at) = &s.approved_at {
        out.push_str(&format!(
            "{}\n",
            tr!(t, "approval-already", at = t.timestamp(at).into_owned())
        ));
    }
    out.push_str(&format!(
        "{}\n",
        tr!(t, "approval-to-create", n = s.to_create)
    ));
    out
}
