//! The storage worker's side of the history screen (issue 12): revisions of a text as rows
//! (ages from this thread's clock), word diffs computed here — off the draw loop and under
//! the history service's time budget — and restore and undo, one transaction each, through
//! `services::history`. Must not depend on screens or rendering.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::i18n::Texts;
use crate::services::ServiceError;
use crate::services::history::{self, WordSpan};
use crate::services::say;
use crate::storage::{RevisionRow, Store, Target};
use crate::tr;
use crate::tui::message::event::StorageEvent;
use crate::tui::message::history::{
    DiffBase, DiffRow, DiffSpan, HistoryDiff, HistoryEntry, HistoryTarget,
};

pub fn load_history(store: &Store, t: Texts, target: HistoryTarget) -> StorageEvent {
    let now = OffsetDateTime::now_utc();
    let result = revisions(store, &target)
        .map(|rows| rows.iter().map(|r| entry(r, t, now)).collect())
        .map_err(|e| say(t, &e));
    StorageEvent::HistoryLoaded { target, result }
}

/// The revisions of `target`, none for a text never stored (a course without a brief yet):
/// the screen says so, where the service would point at the CLI.
fn revisions(store: &Store, target: &HistoryTarget) -> Result<Vec<RevisionRow>, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(&target.slug)?;
    if repo
        .head_revision(course.id, &Target::parse_arg(&target.target))?
        .is_none()
    {
        return Ok(Vec::new());
    }
    history::history(store, &target.slug, Some(&target.target))
}

pub fn load_diff(
    store: &Store,
    t: Texts,
    target: HistoryTarget,
    revision: String,
    base: DiffBase,
) -> StorageEvent {
    let result = diff(store, t, &target, &revision, base).map_err(|e| say(t, &e));
    StorageEvent::DiffLoaded {
        target,
        revision,
        base,
        result,
    }
}

fn diff(
    store: &Store,
    t: Texts,
    target: &HistoryTarget,
    revision: &str,
    base: DiffBase,
) -> Result<HistoryDiff, ServiceError> {
    let now = OffsetDateTime::now_utc();
    // Revisions are named by source and age, as in the list (ids mean nothing to a reader).
    let name = |r: &RevisionRow| {
        let age = age_in(t, &age_of(&r.created_at, now));
        format!("{} {age}", r.source)
    };
    let text = |name: &str| history::revision_text(store, &target.slug, &target.target, name);
    let (row, chosen) = text(revision)?;
    let (title, old, new) = match base {
        DiffBase::Previous => {
            let (from, old) = match &row.parent {
                Some(parent) => {
                    let (parent, old) = text(parent)?;
                    (name(&parent), old)
                }
                None => (t.get("tui-app-diff-nothing"), String::new()),
            };
            (format!("{from} → {}", name(&row)), old, chosen)
        }
        DiffBase::Current => {
            let (_, current) = text("~0")?;
            let title = tr!(t, "tui-app-diff-current", revision = name(&row));
            (title, chosen, current)
        }
    };
    Ok(HistoryDiff {
        title,
        rows: diff_rows(&old, &new),
    })
}

/// The word diff of `old` → `new` as the screens draw it (history and conflicts alike).
pub fn diff_rows(old: &str, new: &str) -> Vec<Option<DiffRow>> {
    history::word_diff(old, new)
        .lines
        .into_iter()
        .map(|line| {
            line.map(|l| DiffRow {
                line: l.new_line,
                spans: l.spans.into_iter().map(span).collect(),
            })
        })
        .collect()
}

fn span(span: WordSpan) -> DiffSpan {
    match span {
        WordSpan::Same(t) => DiffSpan::Same(t),
        WordSpan::Removed(t) => DiffSpan::Removed(t),
        WordSpan::Added(t) => DiffSpan::Added(t),
    }
}

pub fn restore(store: &mut Store, t: Texts, target: HistoryTarget, revision: &str) -> StorageEvent {
    let result = history::restore_revision(store, &target.slug, &target.target, revision)
        .map(|r| {
            // The text as the history screen names it (`HistoryTarget::label`).
            let what = tr!(t, "tui-app-restored-what", target = target.target.as_str());
            tr!(
                t,
                "tui-app-restored",
                what = what,
                slug = target.slug.as_str(),
                from = short(&r.from),
                id = short(&r.id)
            )
        })
        .map_err(|e| say(t, &e));
    StorageEvent::Restored { target, result }
}

pub fn undo(store: &mut Store, t: Texts, slug: String) -> StorageEvent {
    let result = history::undo_last_action(store, &slug)
        .map(|u| {
            tr!(
                t,
                "tui-app-undone",
                source = u.source.as_str(),
                slug = slug.as_str(),
                n = u.revisions.len()
            )
        })
        .map_err(|e| say(t, &e));
    StorageEvent::Undone { slug, result }
}

fn entry(row: &RevisionRow, t: Texts, now: OffsetDateTime) -> HistoryEntry {
    let made_by = match (&row.provider, &row.model) {
        (Some(p), Some(m)) if !m.is_empty() => format!("{p} {m}"),
        (Some(p), _) => p.clone(),
        _ => String::new(),
    };
    // Scores are stored as fractions; people read points.
    let points = |v: Option<f64>, of: f64| v.map(|v| (v * of).round().clamp(0.0, of) as u32);
    HistoryEntry {
        id: row.id.clone(),
        age: age_in(t, &age_of(&row.created_at, now)),
        source: row.source.clone(),
        made_by,
        author: row.author.clone(),
        origin: row.origin.clone(),
        gps: points(row.gps_score, 30.0),
        didatica: points(row.didatica_score, 100.0),
        added: row.lines_added,
        removed: row.lines_removed,
    }
}

/// How long ago a stored time was, in whole units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Age {
    /// Under a minute.
    Now,
    /// `n` of `unit`: `min`, `h`, `d` or `mo` (the `tui-app-age` selector).
    Ago { n: i64, unit: &'static str },
    /// The stored date itself (its first 10 characters) when it does not parse.
    Unread(String),
}

pub fn age_of(created_at: &str, now: OffsetDateTime) -> Age {
    let Ok(at) = OffsetDateTime::parse(created_at, &Rfc3339) else {
        return Age::Unread(created_at.get(..10).unwrap_or(created_at).to_string());
    };
    let ago = |n, unit| Age::Ago { n, unit };
    match (now - at).whole_seconds().max(0) {
        s if s < 60 => Age::Now,
        s if s < 3600 => ago(s / 60, "min"),
        s if s < 86_400 => ago(s / 3600, "h"),
        s if s < 86_400 * 60 => ago(s / 86_400, "d"),
        s => ago(s / (86_400 * 30), "mo"),
    }
}

/// An [`Age`] in `t`'s language: "now", "5 min", "3 h", "2 d", "7 mo" in English (the
/// history's rows as before), "agora", "2 dias", "7 meses" in pt-BR; an unread date as stored.
pub fn age_in(t: Texts, age: &Age) -> String {
    match age {
        Age::Now => t.get("tui-app-age-now"),
        Age::Ago { n, unit } => tr!(t, "tui-app-age", n = *n, unit = *unit),
        Age::Unread(text) => text.clone(),
    }
}

/// A revision id as people read it: its first 8 characters.
fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn age(created_at: &str, now: OffsetDateTime) -> String {
        age_in(Texts::new(Lang::En), &age_of(created_at, now))
    }

    #[test]
    fn ages_read_like_a_person_would_say_them() {
        let now = OffsetDateTime::parse("2026-12-07T12:00:00Z", &Rfc3339).unwrap();
        assert_eq!(age("2026-12-07T11:59:30.500Z", now), "now");
        assert_eq!(age("2026-12-07T11:55:00Z", now), "5 min");
        assert_eq!(age("2026-12-07T09:00:00Z", now), "3 h");
        assert_eq!(age("2026-12-05T12:00:00Z", now), "2 d");
        assert_eq!(age("2026-05-01T12:00:00Z", now), "7 mo");
        assert_eq!(age("yesterday-ish", now), "yesterday-");
    }

    #[test]
    fn ages_in_portuguese() {
        let pt = Texts::new(Lang::PtBr);
        let ago = |n, unit| age_in(pt, &Age::Ago { n, unit });
        assert_eq!(age_in(pt, &Age::Now), "agora");
        assert_eq!(ago(5, "min"), "5 min");
        assert_eq!(ago(3, "h"), "3 h");
        assert_eq!(ago(1, "d"), "1 dia");
        assert_eq!(ago(2, "d"), "2 dias");
        assert_eq!(ago(1, "mo"), "1 mês");
        assert_eq!(ago(7, "mo"), "7 meses");
    }
}
