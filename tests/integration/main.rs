//! One integration-test binary for the whole crate (faster to link than one per file).

mod scoring_diff;
mod scoring_diff_hook;
mod scoring_issues;
mod scoring_parity;
mod scoring_props;
mod scoring_quirks;
mod support;
