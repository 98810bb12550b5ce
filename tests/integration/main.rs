//! One integration-test binary for the whole crate (faster to link than one per file).

// Tests may unwrap: a panic there is the failure report.
#![allow(clippy::unwrap_used)]

mod architecture;
mod authoring;
mod authoring_cli;
mod brief_parse;
mod brownfield;
mod check_folder;
mod cli;
mod course_matching;
mod curriculum_parse;
mod editor_polish;
mod editor_screens;
mod export_cli;
mod export_roundtrip;
mod export_safety;
mod external_editor;
mod fuzz_parsers;
mod generation;
mod generation_docs;
mod generation_resume;
mod hardening_input;
mod import;
mod import_run;
mod keybindings_doc;
mod lesson_files;
mod lesson_wrap;
mod library_row_cache;
mod llm_server;
mod mouse_clicks;
mod new_course_dialog;
mod pty;
mod pty_authoring;
mod scoring_diff;
mod scoring_diff_hook;
mod scoring_issues;
mod scoring_parity;
mod scoring_props;
mod scoring_quirks;
mod screen_flow;
mod screens;
mod storage;
mod support;
mod tui_documents;
mod tui_generation;
mod tui_harness;
mod validate_cli;
mod workbench_flow;
mod workbench_screens;
