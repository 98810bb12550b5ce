//! The data that crosses between the pure side and the I/O side: global intents, effects
//! (what `update` asks the outside world to do), events (what comes back) and the editors'
//! and generation runs' messages. Plain data only: must not depend on screens, the I/O side
//! (`run/`), rendering, or any crate that does I/O (rusqlite, tokio, reqwest).

pub mod action;
pub mod analysis;
pub mod authoring;
pub mod conflicts;
pub mod effect;
pub mod event;
pub mod history;
pub mod jobs;
pub mod messages;
pub mod sync;
pub mod target;
