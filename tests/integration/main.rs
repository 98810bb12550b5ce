//! One integration-test binary for the whole crate (faster to link than one per file).

// Tests may unwrap: a panic there is the failure report.
#![allow(clippy::unwrap_used)]

mod architecture;
mod brief_parse;
mod brownfield;
mod check_folder;
mod cli;
mod course_matching;
mod curriculum_parse;
mod export_cli;
mod export_roundtrip;
mod export_safety;
mod import;
mod keybindings_doc;
mod lesson_files;
mod pty;
mod scoring_parity;
mod screen_flow;
mod screens;
mod storage;
mod support;
mod tui_harness;
mod validate_cli;
mod workbench_flow;
mod workbench_screens;
