//! The editors' requests and answers (issue 6), served by the I/O side (`run::authoring` on
//! the storage worker thread, `$EDITOR` in the runtime): load the saved text with any waiting
//! draft, analyse after a typing pause, write drafts, save, and the approval checkpoint.
//! Plain data: must not depend on the worker, screens or rendering.

use crate::services::GenerateOptions;
use crate::services::authoring::{ApprovalSummary, DraftDiff, EditorText};
use crate::storage::SaveBase;
use crate::tui::text::highlight::Highlights;

use super::analysis::Analysis;
use super::target::EditorTarget;

/// Names one request of an editor; its answer carries the same id, so an autosave's answer
/// can never be taken for the answer to a save or a discard (issue 21, item 4).
pub type RequestId = u64;

#[derive(Debug, Clone, PartialEq)]
pub enum AuthoringRequest {
    Load(EditorTarget),
    Analyze {
        target: EditorTarget,
        generation: u64,
        text: String,
    },
    SaveDraft {
        id: RequestId,
        target: EditorTarget,
        text: String,
        base_sha256: String,
    },
    /// Remove the live draft, or (`kept`) the one set aside from an offer.
    DiscardDraft {
        id: RequestId,
        target: EditorTarget,
        kept: bool,
    },
    /// `keep`: set the offered live draft aside ("decide later"), kept until restored or
    /// discarded while new typing drafts beside it; `!keep`: the kept draft was restored
    /// into the editor and is the live one again.
    MoveDraft {
        id: RequestId,
        target: EditorTarget,
        keep: bool,
    },
    /// "Take theirs": keep the person's `text` in history under the stored text.
    KeepBeside {
        id: RequestId,
        target: EditorTarget,
        text: String,
    },
    /// Store `text` if the stored text is still `base` (`OnTop`: keep mine).
    Save {
        id: RequestId,
        target: EditorTarget,
        text: String,
        base: SaveBase,
    },
    /// The approval checkpoint's summary, with cost estimated for the configured `options`
    /// (provider, model, pricing table), or for `provider`'s default model when the
    /// configuration is unusable.
    ApprovalSummary {
        target: EditorTarget,
        provider: String,
        options: Option<RunOptions>,
    },
    /// Approve the saved curriculum now (the worker reads the clock, not the screen), if it
    /// is still the one the summary showed (`seen_sha256`).
    Approve {
        target: EditorTarget,
        seen_sha256: String,
    },
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
    /// Set aside earlier ("decide later") rather than the live draft of a closed editor.
    pub kept: bool,
    pub age_seconds: i64,
    pub diff: DraftDiff,
}

/// Why a save stored nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveFailure {
    /// The text does not pass validation (or storage failed): what to say.
    Refused(String),
    /// The stored text moved on since the editor loaded it.
    Conflict(Box<SaveConflict>),
}

/// What a save stored, for the editor to say in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveReport {
    Brief {
        version: u32,
        percent: u8,
    },
    Curriculum {
        version: u32,
        lessons: usize,
    },
    Lesson {
        id: String,
        status: crate::domain::course::ValidationStatus,
    },
}

/// What the conflict dialog needs: who changed the text and when, their text, and the text
/// both started from (for the three-way merge) when history holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveConflict {
    /// Who stored the text the save collided with; `None` when history does not say.
    pub by: Option<ConflictAuthor>,
    pub theirs: String,
    pub base: Option<String>,
}

/// The source and time of the revision a save collided with, as stored
/// (`generate:openai`, `2026-01-02T03:04:05Z`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictAuthor {
    pub source: String,
    pub at: String,
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
        id: RequestId,
        target: EditorTarget,
        result: Result<(), String>,
    },
    DraftDiscarded {
        id: RequestId,
        target: EditorTarget,
        result: Result<(), String>,
    },
    DraftMoved {
        id: RequestId,
        target: EditorTarget,
        result: Result<(), String>,
    },
    KeptBeside {
        id: RequestId,
        target: EditorTarget,
        result: Result<(), String>,
    },
    Saved {
        id: RequestId,
        target: EditorTarget,
        result: Result<SaveReport, SaveFailure>,
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
            | AuthoringEvent::DraftDiscarded { target, .. }
            | AuthoringEvent::DraftMoved { target, .. }
            | AuthoringEvent::KeptBeside { target, .. }
            | AuthoringEvent::Saved { target, .. }
            | AuthoringEvent::Summary { target, .. }
            | AuthoringEvent::Approved { target, .. }
            | AuthoringEvent::EditedExternally { target, .. } => target,
        }
    }
}

/// The configured generation options an estimate is made for. Compared by provider and model
/// only (requests are compared to drop duplicates; the rest does not change an estimate's
/// identity).
#[derive(Debug, Clone)]
pub struct RunOptions(pub Box<GenerateOptions>);

impl PartialEq for RunOptions {
    fn eq(&self, other: &RunOptions) -> bool {
        self.0.provider == other.0.provider && self.0.model == other.0.model
    }
}
