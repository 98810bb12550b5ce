//! Lectern: a keyboard-driven terminal workbench for course authors.
//!
//! The crate is layered; each layer may only depend on the ones below it:
//!
//! ```text
//!   cli        tui          front ends (thin)
//!     \        /
//!      services             use cases shared by CLI and TUI
//!      /      \
//!  storage  generation      never import each other
//!      \      /
//!       domain              pure: no I/O, no clock, no async, no SQL
//! ```
//!
//! `tests/integration/architecture.rs` enforces the rule.

// Tests may unwrap: a panic there is the failure report.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod cli;
pub mod config;
pub mod domain;
pub mod generation;
pub mod i18n;
pub mod services;
pub mod storage;
pub mod tui;
