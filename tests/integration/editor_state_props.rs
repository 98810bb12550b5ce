//! Issue 21, items 3 and 4: the editor's state machine under random interleavings of keys,
//! ticks, another writer's saves and the worker's (late, in-order) answers, served by the
//! real worker code on a real SQLite file. Properties: no answer is dropped (a save or
//! discard never stays pending once answered; every refused save is said or asked about),
//! and no text is lost (an editor that closed after saving left its text stored; every text
//! a save stored, or "take theirs" set aside, is in the lesson's history).

use std::collections::VecDeque;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lectern::services::authoring;
use lectern::storage::{RevisionSource, Store, Target};
use lectern::tui::{
    AuthoringEvent, AuthoringRequest, Dialog, EditState, EditorAction, EditorScreen, EditorTarget,
    Effect, Keymap, StorageEvent, StorageRequest, serve,
};
use proptest::prelude::*;

use crate::tui_harness::one_lesson_course;

#[derive(Debug, Clone)]
enum Op {
    Type(char),
    Backspace,
    Save,
    Leave,
    Dialog(char),
    DialogEsc,
    Tick,
    Deliver(usize),
    OtherWriter(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => prop::sample::select(vec!['a', 'b', ' ', '\n']).prop_map(Op::Type),
        2 => Just(Op::Backspace),
        2 => Just(Op::Save),
        1 => Just(Op::Leave),
        2 => prop::sample::select(vec!['s', 'd', 'c', 'k', 't', 'm', 'r']).prop_map(Op::Dialog),
        1 => Just(Op::DialogEsc),
        3 => Just(Op::Tick),
        3 => (1usize..4).prop_map(Op::Deliver),
        1 => any::<u8>().prop_map(Op::OtherWriter),
    ]
}

struct World {
    _dir: tempfile::TempDir,
    store: Store,
    editor: Option<EditorScreen>,
    keymap: Keymap,
    queue: VecDeque<AuthoringRequest>,
    /// Texts a save stored or "take theirs" kept: each must be in history at the end.
    must_keep: Vec<String>,
    /// Sent saves and discards not yet answered.
    pending: usize,
    /// The answer being handed to the editor is a stored save (a close then follows it).
    saved: bool,
}

const TARGET: (&str, &str) = ("curso", "1.1");

fn target() -> EditorTarget {
    EditorTarget::Lesson {
        slug: TARGET.0.into(),
        lesson_id: TARGET.1.into(),
    }
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lectern.db");
        let (mut store, _) = lectern::services::open_library(
            &path,
            lectern::services::OpenOptions { seed_demo: false },
        )
        .unwrap();
        one_lesson_course(&mut store, "curso", "Curso", "Intro", "a\n");
        // A draft from an earlier session, so the restore offer is part of the runs.
        authoring::save_draft(
            &mut store,
            &authoring::DraftKey::lesson("curso", "1.1"),
            "rascunho antigo\n",
            None,
        )
        .unwrap();
        let mut w = World {
            _dir: dir,
            store,
            editor: Some(EditorScreen::new(target())),
            keymap: Keymap::defaults().unwrap(),
            queue: VecDeque::new(),
            must_keep: Vec::new(),
            pending: 0,
            saved: false,
        };
        w.queue.push_back(AuthoringRequest::Load(target()));
        w.deliver(1);
        w
    }

    fn apply(&mut self, effect: Option<Effect>) {
        match effect {
            Some(Effect::Storage(StorageRequest::Authoring(r))) => {
                if matches!(
                    r,
                    AuthoringRequest::Save { .. } | AuthoringRequest::DiscardDraft { .. }
                ) {
                    self.pending += 1;
                }
                if let AuthoringRequest::KeepBeside { text, .. } = &r {
                    self.must_keep.push(text.clone());
                }
                self.queue.push_back(r);
            }
            Some(Effect::Close(_)) => {
                let editor = self.editor.take().unwrap();
                // Closing after a save: what the editor held is what is stored. (A clean
                // editor closes on a key, a discard on its answer: nothing to keep there.)
                if std::mem::take(&mut self.saved) {
                    let stored = authoring::load_lesson(&self.store, TARGET.0, TARGET.1)
                        .unwrap()
                        .text;
                    assert_eq!(stored, editor.text(), "closed with its text not stored");
                }
            }
            Some(Effect::Notify(_)) | None => {}
            Some(other) => panic!("unexpected effect {other:?}"),
        }
    }

    fn key(&mut self, key: KeyEvent) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        if let Some(action) = editor.handle_key(&key, self.keymap.editor()) {
            let dirty = editor.is_dirty();
            let effect = editor.update(action);
            assert!(
                !(dirty && matches!(effect, Some(Effect::Close(_)))),
                "a key closed an editor holding unsaved text"
            );
            self.apply(effect);
        }
    }

    fn deliver(&mut self, n: usize) {
        for _ in 0..n {
            let Some(request) = self.queue.pop_front() else {
                return;
            };
            let StorageEvent::Authoring(event) =
                serve(&mut self.store, StorageRequest::Authoring(request))
            else {
                panic!("an authoring request answered otherwise");
            };
            self.saved = matches!(event, AuthoringEvent::Saved { result: Ok(_), .. });
            let (saved, refused) = match &event {
                AuthoringEvent::Saved { result, .. } => (true, result.is_err()),
                AuthoringEvent::DraftDiscarded { .. } => (true, false),
                _ => (false, false),
            };
            if saved {
                self.pending -= 1;
            }
            if let AuthoringEvent::Saved { result: Ok(_), .. } = &event {
                let stored = authoring::load_lesson(&self.store, TARGET.0, TARGET.1)
                    .unwrap()
                    .text;
                self.must_keep.push(stored);
            }
            let Some(editor) = &mut self.editor else {
                continue;
            };
            let may_close = matches!(
                event,
                AuthoringEvent::Saved { result: Ok(_), .. }
                    | AuthoringEvent::DraftDiscarded { result: Ok(()), .. }
            );
            let effect = editor.update(EditorAction::Answered(event));
            assert!(
                may_close || !matches!(effect, Some(Effect::Close(_))),
                "an answer that is not the save's or the discard's closed the editor"
            );
            let asked = matches!(editor.dialog(), Some(Dialog::Conflict { .. }));
            assert!(
                !refused || asked || matches!(effect, Some(Effect::Notify(_))),
                "a refused save was neither said nor asked about"
            );
            self.apply(effect);
            self.saved = false;
        }
    }

    fn run(&mut self, op: Op) {
        let plain = |c| KeyEvent::new(c, KeyModifiers::NONE);
        match op {
            Op::Type('\n') => self.key(plain(KeyCode::Enter)),
            Op::Type(c) | Op::Dialog(c) => self.key(plain(KeyCode::Char(c))),
            Op::Backspace => self.key(plain(KeyCode::Backspace)),
            Op::Save => self.key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            Op::Leave | Op::DialogEsc => self.key(plain(KeyCode::Esc)),
            Op::Tick => {
                if let Some(editor) = &mut self.editor {
                    let effect = editor.update(EditorAction::Tick);
                    self.apply(effect);
                }
            }
            Op::Deliver(n) => self.deliver(n),
            Op::OtherWriter(n) => {
                let text = format!("outra janela {n}\n");
                authoring::save_lesson_as(
                    &mut self.store,
                    TARGET.0,
                    TARGET.1,
                    &text,
                    RevisionSource::CliSet,
                )
                .unwrap();
                self.must_keep.push(text);
            }
        }
    }

    fn history(&self) -> Vec<String> {
        let repo = self.store.read();
        let course = repo.require_course(TARGET.0).unwrap().id;
        repo.revisions_of(course, &Target::Lesson(TARGET.1.into()))
            .unwrap()
            .iter()
            .map(|r| repo.text_by_sha(&r.sha256).unwrap())
            .collect()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn no_answer_is_dropped_and_no_text_is_lost(ops in prop::collection::vec(op(), 1..80)) {
        let mut w = World::new();
        for op in ops {
            w.run(op);
        }
        w.deliver(usize::MAX);
        prop_assert_eq!(w.pending, 0);
        if let Some(editor) = &w.editor {
            prop_assert!(
                !matches!(editor.state(), EditState::Saving { .. } | EditState::Discarding { .. }),
                "still waiting for an answer that came: {:?}", editor.state()
            );
        }
        let history = w.history();
        for text in &w.must_keep {
            prop_assert!(history.contains(text), "{:?} is not in history {:?}", text, history);
        }
    }
}
