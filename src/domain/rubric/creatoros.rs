//! The `creatoros` rubric's heading rules for Didática Lendária (spec §2.2, §2.3): where the
//! hook text is and how many `###` subsections there are, quirks Q-8..Q-10 and Q-12 included.
//! (GPS section locating lives in `gps.rs` next to the shared judging.)

use std::sync::LazyLock;

use regex::Regex;

use super::didatica::DlInputs;
use super::gps::GOAL_HEAD;
use super::re;

/// The hook text ends at the next `\n##` of any level, `###` included (Q-8).
static HOOK_END: LazyLock<Regex> = LazyLock::new(|| re(r"\n##"));
/// `###` + whitespace + at least one more character, anywhere (so `####` counts too).
static SUBSECTION: LazyLock<Regex> = LazyLock::new(|| re(r"###[\s\x1C-\x1F]+.+"));

/// Heading-dependent Didática inputs as the reference computes them.
pub fn dl_inputs(text: &str) -> DlInputs {
    DlInputs {
        hook: hook_range(text),
        subsections: SUBSECTION.find_iter(text).count(),
        review_heading: None,
        action_heading: None,
    }
}

/// The rest of the Goal heading's line is skipped; a heading with no later newline is not
/// found (Q-10); an adjacent heading is swallowed (Q-9).
fn hook_range(text: &str) -> Option<std::ops::Range<usize>> {
    let head = GOAL_HEAD.find(text)?;
    let newline = text.get(head.end()..)?.find('\n')?;
    let start = head.end() + newline + 1;
    let end = HOOK_END
        .find_at(text, start)
        .map_or(text.len(), |m| m.start());
    Some(start..end)
}
