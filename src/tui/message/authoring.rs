//! The editors' requests and answers (issue 6), served by the I/O side (`run::authoring` on
//! the storage worker thread, `$EDITOR` in the runtime): load the saved text with any waiting
//! draft, analyse after a typing pause, write drafts, save, and the approval checkpoint.
//! Plain data: must not depend on the worker, screens or rendering.

use crate::services::authoring::{ApprovalSummary, DraftDiff, EditorText};
use crate::tui::text::highlight::Highlights;

use super::analysis::Analysis;
use super::target::EditorTarget;

#[derive(Debug, Clone, PartialEq)]
pub enum AuthoringRequest {
    Load(EditorTarget),
    Analyze {
        target: EditorTarget,
        generation: u64,
        text: String,
    },
    SaveDraft {
        target: EditorTarget,
        text: String,
        base_sha256: String,
    },
    DiscardDraft(EditorTarget),
    Save {
        target: EditorTarget,
        text: String,
    },
    /// The approval checkpoint's summary, with cost estimated for `provider`.
    ApprovalSummary {
        target: EditorTarget,
        provider: String,
    },
    /// Approve the saved curriculum now (the worker reads the clock, not the screen).
    Approve(EditorTarget),
    /// Hand `text` to `$VISUAL`/`$EDITOR`. Needs the terminal, so the runtime serves it
    /// (`external_edit::hand_off`), not the worker.
    EditExternally {
        target: EditorTarget,
        text: String,
    },
}

/// A draft found on open, offered for restore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftOffer {
    pub text: String,
    pub age_seconds: i64,
    pub diff: DraftDiff,
}

#[derive(Debug, Clone)]
pub enum AuthoringEvent {
    Loaded {
        target: EditorTarget,
        result: Result<(EditorText, Option<DraftOffer>), String>,
    },
    Analyzed {
        target: EditorTarget,
        generation: u64,
        analysis: Analysis,
        highlights: Box<Highlights>,
    },
    DraftWritten {
        target: EditorTarget,
        result: Result<(), String>,
    },
    Saved {
        target: EditorTarget,
        result: Result<String, String>,
    },
    Summary {
        target: EditorTarget,
        result: Result<Box<ApprovalSummary>, String>,
    },
    Approved {
        target: EditorTarget,
        result: Result<usize, String>,
    },
    /// Back from `$EDITOR`: `Some(text)` when the file changed, `None` when it did not.
    EditedExternally {
        target: EditorTarget,
        result: Result<Option<String>, String>,
    },
}

impl AuthoringEvent {
    /// The editor this answer is for.
    pub fn target(&self) -> &EditorTarget {
        match self {
            AuthoringEvent::Loaded { target, .. }
            | AuthoringEvent::Analyzed { target, .. }
            | AuthoringEvent::DraftWritten { target, .. }
            | AuthoringEvent::Saved { target, .. }
            | AuthoringEvent::Summary { target, .. }
            | AuthoringEvent::Approved { target, .. }
            | AuthoringEvent::EditedExternally { target, .. } => target,
        }
    }
}
