//! Small drawing helpers shared by screens: one line drawn straight into the buffer, word-diff
//! lines, the results bar, the status bar, the help overlay, list windowing and the lesson
//! facts (status and severity marks) three screens show.
//! Read-only over what they are given. May import `keys`, `text` and `theme`; must not import
//! a screen, `app`, `run/`, or storage.

mod diff_line;
mod help_overlay;
pub mod lesson_facts;
mod line_draw;
mod score_bar;
mod status_bar;
mod window;

pub use diff_line::diff_line;
pub use help_overlay::{HelpLayout, HelpOverlay};
pub use line_draw::draw_line;
pub use score_bar::{ResultsBar, gps_badge};
pub use status_bar::StatusBar;
pub use window::{ListWindow, visible_window};
