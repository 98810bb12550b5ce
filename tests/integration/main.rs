//! One integration-test binary for the whole crate (faster to link than one per file).

mod scoring_parity;
mod support;
