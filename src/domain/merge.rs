//! Three-way line merge of a text against its common ancestor — the one merge shared by the
//! workbench's "open a merge" and sync.
//!
//! A clean merge combines edits that touch different lines; overlapping, different edits are
//! kept as git-style conflict blocks so a person decides. Pure: strings in, strings out.

use similar::TextMerge;

/// What merging two descendants of one ancestor produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeOutcome {
    /// Every edit applied without overlap; the text is ready to store.
    Clean(String),
    /// Some edits overlap: `text` holds both sides between `<<<<<<<`/`=======`/`>>>>>>>`
    /// markers, and `conflicts` counts the blocks.
    Conflicted { text: String, conflicts: usize },
}

impl MergeOutcome {
    /// The merged text, with conflict markers when the merge was not clean.
    pub fn text(&self) -> &str {
        match self {
            MergeOutcome::Clean(text) | MergeOutcome::Conflicted { text, .. } => text,
        }
    }

    pub fn is_clean(&self) -> bool {
        matches!(self, MergeOutcome::Clean(_))
    }
}

/// Labels written on the conflict marker lines (`<<<<<<< mine`, `>>>>>>> theirs`).
#[derive(Debug, Clone, Copy)]
pub struct MergeLabels<'a> {
    pub mine: &'a str,
    pub theirs: &'a str,
}

impl Default for MergeLabels<'_> {
    fn default() -> Self {
        MergeLabels {
            mine: "mine",
            theirs: "theirs",
        }
    }
}

/// Merges `mine` and `theirs`, both edited from `base`, line by line.
pub fn three_way_lines(base: &str, mine: &str, theirs: &str, labels: MergeLabels) -> MergeOutcome {
    // The trivial cases skip the diff: they are most saves and most syncs.
    if mine == theirs || theirs == base {
        return MergeOutcome::Clean(mine.to_string());
    }
    if mine == base {
        return MergeOutcome::Clean(theirs.to_string());
    }
    let mut merge = TextMerge::from_lines(base, mine, theirs);
    merge.labels("base", labels.mine, labels.theirs);
    let conflicts = merge.conflict_count();
    let text = merge.to_string();
    if conflicts == 0 {
        MergeOutcome::Clean(text)
    } else {
        MergeOutcome::Conflicted { text, conflicts }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn merge(base: &str, mine: &str, theirs: &str) -> MergeOutcome {
        three_way_lines(base, mine, theirs, MergeLabels::default())
    }

    #[test]
    fn edits_on_different_lines_merge_cleanly() {
        let out = merge("um\ndois\ntrês\n", "UM\ndois\ntrês\n", "um\ndois\nTRÊS\n");
        assert_eq!(out, MergeOutcome::Clean("UM\ndois\nTRÊS\n".into()));
    }

    #[test]
    fn overlapping_edits_keep_both_sides_between_markers() {
        let out = merge("um\ndois\n", "um\nDOIS mine\n", "um\nDOIS theirs\n");
        let MergeOutcome::Conflicted { text, conflicts } = out else {
            panic!("expected a conflict");
        };
        assert_eq!(conflicts, 1);
        assert!(text.contains("<<<<<<< mine\nDOIS mine\n=======\nDOIS theirs\n>>>>>>> theirs\n"));
        assert!(text.starts_with("um\n"));
    }

    #[test]
    fn the_same_edit_on_both_sides_is_not_a_conflict() {
        let out = merge("a\nb\n", "a\nB\n", "a\nB\n");
        assert_eq!(out, MergeOutcome::Clean("a\nB\n".into()));
    }

    #[test]
    fn a_missing_final_newline_survives() {
        let out = merge("a\nb\nc", "A\nb\nc", "a\nb\nC");
        assert_eq!(out.text(), "A\nb\nC");
    }

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(vec!["a", "b", "c", "d", ""]), 0..8)
            .prop_map(|lines| lines.join("\n"))
    }

    proptest! {
        #[test]
        fn one_sided_changes_win_and_clean_merges_contain_no_markers(
            base in text(), edit in text(), other in text()
        ) {
            prop_assert_eq!(merge(&base, &edit, &base), MergeOutcome::Clean(edit.clone()));
            prop_assert_eq!(merge(&base, &base, &edit), MergeOutcome::Clean(edit.clone()));
            prop_assert_eq!(merge(&base, &edit, &edit), MergeOutcome::Clean(edit.clone()));
            if let MergeOutcome::Clean(text) = merge(&base, &edit, &other) {
                prop_assert!(!text.contains("<<<<<<<"));
            }
        }
    }
}
