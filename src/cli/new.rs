//! `lectern new [SLUG] --title "…"`: a new course with a brief from our template.

use clap::Args;

use crate::services::authoring::{self, NewCourseRequest};

use super::Context;
use super::authoring_io::today;
use super::output::Exit;
use crate::tr;

#[derive(Debug, Args)]
pub struct Cmd {
    /// Kebab-case slug (3–50 of a-z, 0-9, -); suggested from the title when left out.
    pub slug: Option<String>,
    /// The course title.
    #[arg(long)]
    pub title: String,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let slug = match cmd.slug {
        Some(slug) => slug,
        None => authoring::suggest_free_slug(&ctx.store, &cmd.title)?,
    };
    authoring::create_course(
        &mut ctx.store,
        &NewCourseRequest {
            slug: slug.clone(),
            title: cmd.title,
            created_date: today(),
        },
    )?;
    outln!("{}", tr!(ctx.texts, "new-created", slug = slug.as_str()));
    Ok(Exit::Ok)
}
