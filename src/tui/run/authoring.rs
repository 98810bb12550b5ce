//! The editors' requests and answers (issue 6), served on the storage worker thread: load the
//! saved text with any waiting draft, analyse text after a typing pause, write, set aside and
//! discard drafts, save against the text the editor loaded (a conflict carries what the
//! dialog needs), keep a person's text beside the stored one, and the approval checkpoint.
//! Goes through `services::authoring` only; must not depend on screens' rendering.

use crate::i18n::Texts;
use crate::services::authoring::{self, DraftKey, EditorText, diff_summary};
use crate::services::say;
use crate::storage::{RevisionSource, SaveBase, Store, Target};

use crate::tui::message::analysis::analyze;
use crate::tui::message::authoring::{
    AuthoringEvent, AuthoringRequest, ConflictAuthor, DraftOffer, SaveConflict, SaveFailure,
    SaveReport,
};
use crate::tui::message::target::EditorTarget;
use crate::tui::text::highlight::{Grammar, highlight};

fn key(target: &EditorTarget) -> DraftKey {
    match target {
        EditorTarget::Brief { slug } => DraftKey::brief(slug),
        EditorTarget::Curriculum { slug } => DraftKey::curriculum(slug),
        EditorTarget::Lesson { slug, lesson_id } => DraftKey::lesson(slug, lesson_id),
    }
}

fn grammar(target: &EditorTarget) -> Grammar {
    match target {
        EditorTarget::Curriculum { .. } => Grammar::Yaml,
        EditorTarget::Brief { .. } | EditorTarget::Lesson { .. } => Grammar::Markdown,
    }
}

pub fn serve(store: &mut Store, t: Texts, request: AuthoringRequest) -> AuthoringEvent {
    match request {
        AuthoringRequest::Load(target) => AuthoringEvent::Loaded {
            result: load(store, t, &target).map_err(|e| say(t, &e)),
            target,
        },
        AuthoringRequest::Analyze {
            target,
            generation,
            text,
        } => AuthoringEvent::Analyzed {
            analysis: analyze(&target, &text),
            highlights: Box::new(highlight(&text, grammar(&target))),
            target,
            generation,
        },
        AuthoringRequest::SaveDraft {
            id,
            target,
            text,
            base_sha256,
        } => AuthoringEvent::DraftWritten {
            result: authoring::save_draft(store, &key(&target), &text, Some(&base_sha256))
                .map_err(|e| say(t, &e)),
            id,
            target,
        },
        AuthoringRequest::DiscardDraft { id, target, kept } => AuthoringEvent::DraftDiscarded {
            result: authoring::discard_draft_slot(store, &key(&target), kept)
                .map(|_| ())
                .map_err(|e| say(t, &e)),
            id,
            target,
        },
        AuthoringRequest::MoveDraft { id, target, keep } => AuthoringEvent::DraftMoved {
            result: authoring::move_draft(store, &key(&target), keep)
                .map(|_| ())
                .map_err(|e| say(t, &e)),
            id,
            target,
        },
        AuthoringRequest::KeepBeside { id, target, text } => AuthoringEvent::KeptBeside {
            result: authoring::keep_beside_stored(
                store,
                target.slug(),
                &revision_target(&target),
                &text,
            )
            .map(|_| ())
            .map_err(|e| say(t, &e)),
            id,
            target,
        },
        AuthoringRequest::Save {
            id,
            target,
            text,
            base,
        } => AuthoringEvent::Saved {
            result: save(store, t, &target, &text, &base),
            id,
            target,
        },
        AuthoringRequest::ApprovalSummary {
            target,
            provider,
            options,
        } => AuthoringEvent::Summary {
            result: match options {
                Some(options) => authoring::approval_summary_with(store, target.slug(), &options.0),
                None => authoring::approval_summary(store, target.slug(), &provider),
            }
            .map(Box::new)
            .map_err(|e| say(t, &e)),
            target,
        },
        AuthoringRequest::Approve {
            target,
            seen_sha256,
        } => AuthoringEvent::Approved {
            result: authoring::approve_curriculum_seen(
                store,
                target.slug(),
                &now_iso(),
                &SaveBase::Sha256(seen_sha256),
            )
            .map(|a| a.created.len())
            .map_err(|e| say(t, &e)),
            target,
        },
        // Only reached when something bypassed the runtime: say so instead of hanging.
        AuthoringRequest::EditExternally { target, .. } => AuthoringEvent::EditedExternally {
            target,
            result: Err(t.get("tui-app-hand-off-runtime")),
        },
    }
}

fn load(
    store: &Store,
    t: Texts,
    target: &EditorTarget,
) -> Result<(EditorText, Option<DraftOffer>), authoring::AuthoringError> {
    let mut saved = match target {
        EditorTarget::Brief { slug } => authoring::load_brief(store, slug)?,
        EditorTarget::Curriculum { slug } => authoring::load_curriculum(store, slug)?,
        EditorTarget::Lesson { slug, lesson_id } => authoring::load_lesson(store, slug, lesson_id)?,
    };
    // No text yet: the editor starts from a skeleton, counted as unchanged (leaving stores
    // nothing) while the save's base stays the stored empty text.
    if saved.text.trim().is_empty() {
        let skeleton = match target {
            EditorTarget::Brief { .. } => None,
            EditorTarget::Curriculum { slug } => {
                let header = t.get("tui-editor-skeleton-header");
                authoring::curriculum_skeleton(store, slug, &format!("{header}\n")).ok()
            }
            EditorTarget::Lesson { slug, lesson_id } => {
                authoring::lesson_skeleton_of(store, slug, lesson_id).ok()
            }
        };
        if let Some(text) = skeleton {
            saved.text = text;
        }
    }
    let offer = authoring::load_draft(store, &key(target))?
        .filter(|d| d.text != saved.text)
        .map(|d| DraftOffer {
            diff: diff_summary(&saved.text, &d.text),
            kept: d.kept,
            text: d.text,
            age_seconds: d.age_seconds,
        });
    Ok((saved, offer))
}

fn revision_target(target: &EditorTarget) -> Target {
    match target {
        EditorTarget::Brief { .. } => Target::Brief,
        EditorTarget::Curriculum { .. } => Target::Curriculum,
        EditorTarget::Lesson { lesson_id, .. } => Target::Lesson(lesson_id.clone()),
    }
}

fn save(
    store: &mut Store,
    t: Texts,
    target: &EditorTarget,
    text: &str,
    base: &SaveBase,
) -> Result<SaveReport, SaveFailure> {
    let refused = |file: &str, e: authoring::AuthoringError| match e {
        authoring::AuthoringError::Refused(r) => SaveFailure::Refused(format!(
            "{file}:{}:{}: {}",
            r.line,
            r.column,
            r.message_in(t)
        )),
        authoring::AuthoringError::Conflict(c) => SaveFailure::Conflict(Box::new(SaveConflict {
            by: c.head.as_ref().map(|h| ConflictAuthor {
                source: h.source.to_string(),
                at: h.created_at.clone(),
            }),
            theirs: c.current_text,
            base: c.base_text,
        })),
        other => SaveFailure::Refused(say(t, &other)),
    };
    let by = RevisionSource::Edited;
    match target {
        EditorTarget::Brief { slug } => authoring::save_brief_on(store, slug, text, base, by)
            .map(|s| SaveReport::Brief {
                version: s.version,
                percent: s.completeness.percent,
            })
            .map_err(|e| refused(&t.get("tui-app-brief-file"), e)),
        EditorTarget::Curriculum { slug } => {
            authoring::save_curriculum_on(store, slug, text, base, by)
                .map(|s| SaveReport::Curriculum {
                    version: s.version,
                    lessons: s.lessons,
                })
                .map_err(|e| refused("curriculum.yaml", e))
        }
        EditorTarget::Lesson { slug, lesson_id } => {
            authoring::save_lesson_on(store, slug, lesson_id, text, base, by)
                .map(|s| SaveReport::Lesson {
                    id: lesson_id.clone(),
                    status: s.score.status,
                })
                .map_err(|e| refused(lesson_id, e))
        }
    }
}

/// Creates a course from the brief template, dated today (UTC).
pub fn create_course(
    store: &mut Store,
    t: Texts,
    title: String,
    slug: String,
) -> Result<String, String> {
    let created_date = now_iso().get(..10).unwrap_or_default().to_string();
    let request = authoring::NewCourseRequest {
        slug: slug.clone(),
        title,
        created_date,
    };
    authoring::create_course(store, &request)
        .map(|_| slug)
        .map_err(|e| say(t, &e))
}

fn now_iso() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}
