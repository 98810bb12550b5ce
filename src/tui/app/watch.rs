//! Watching a lesson being written (Enter on a streaming lesson in `J`, or opening one while
//! it streams): the main area shows the live text, not the lesson screen, so the lesson's own
//! keys (scroll, issues, `e` edit) do nothing there and are neither offered nor shown. The
//! footer and the `?` help show what works while watching — leave (the run goes on), the
//! jobs panel where `x` cancels, help, quit — taken from the keymap. Pure side, like the rest
//! of `app/`.

use crate::tr;
use crate::tui::keys::help::KeyHelp;
use crate::tui::message::action::GlobalAction;
use crate::tui::screens::CourseCommand;

use super::App;

impl App {
    /// The top screen is a lesson whose new text is streaming in.
    pub(super) fn watching(&self) -> bool {
        self.top_lesson_progress()
            .is_some_and(|l| l.state.is_active())
    }

    /// What the keys do while watching: every key of each (`short`: the first only, for
    /// the footer), for the footer and the help.
    pub(super) fn watch_keys(&self, short: bool) -> Vec<KeyHelp> {
        let global = self.keymap.global();
        let label = |b: &crate::tui::keys::keymap::Binding<_>| match short {
            true => b.keys.first().map(ToString::to_string),
            false => Some(b.keys_label()),
        };
        let keys = |action: GlobalAction| global.get(action).and_then(label);
        let cancel = self
            .keymap
            .course()
            .get(CourseCommand::CancelJob)
            .and_then(|b| b.keys.first().map(ToString::to_string))
            .unwrap_or_else(|| "x".to_string());
        let t = self.theme.texts;
        let back = match short {
            true => t.get("tui-app-watch-leave-short"),
            false => t.get("tui-app-watch-leave"),
        };
        let jobs = match short {
            true => tr!(t, "tui-app-watch-jobs-short", cancel = cancel),
            false => tr!(t, "tui-app-watch-jobs", cancel = cancel),
        };
        [
            (keys(GlobalAction::Help), t.get("tui-app-watch-help")),
            (keys(GlobalAction::Back), back),
            (keys(GlobalAction::Jobs), jobs),
            (keys(GlobalAction::Quit), t.get("tui-app-watch-quit")),
        ]
        .into_iter()
        .filter_map(|(keys, description)| {
            Some(KeyHelp {
                keys: keys?,
                description,
            })
        })
        .collect()
    }
}
