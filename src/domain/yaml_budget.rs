//! Limits on what YAML aliases may expand into, so a small hostile file cannot exhaust memory.
//!
//! Why: the located tree copies the anchored node at every `*alias` (callers need plain owned
//! nodes), so nine levels of nine aliases ("billion laughs") would grow to hundreds of millions
//! of nodes. Every node is counted as it is built, aliases by the size of what they copy, and
//! the copy is refused before it is made once the total would pass the budget. Pure.

use std::collections::HashMap;

/// Expanded nodes allowed per node the author actually wrote (aliases legitimately repeat
/// blocks a few times; a hundredfold is already far beyond any real curriculum).
pub const EXPANSION_FACTOR: u64 = 100;
/// Small files may always expand this far, whatever their own size.
pub const MIN_EXPANDED_NODES: u64 = 10_000;
/// No file may expand past this many nodes (about 60 MB of tree and anchor copies at worst).
pub const MAX_EXPANDED_NODES: u64 = 500_000;
/// An alias inside an anchor that holds an alias …: deeper than this is refused.
pub const MAX_ALIAS_DEPTH: u32 = 16;
/// Collections nested deeper than this (after expanding aliases) are refused: every later walk
/// over the tree is recursive.
pub const MAX_NESTING: u32 = 256;

/// Size of a subtree: nodes, height and how many aliases deep it reaches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    pub nodes: u64,
    pub height: u32,
    pub aliases: u32,
}

impl Shape {
    pub const LEAF: Shape = Shape {
        nodes: 1,
        height: 1,
        aliases: 0,
    };

    /// Folds a finished child into the shape of the collection holding it.
    pub fn add_child(&mut self, child: Shape) {
        self.nodes += child.nodes;
        self.height = self.height.max(child.height);
        self.aliases = self.aliases.max(child.aliases);
    }

    /// The collection's own shape once all children are in.
    pub fn closed(self) -> Shape {
        Shape {
            nodes: self.nodes + 1,
            height: self.height + 1,
            aliases: self.aliases,
        }
    }
}

/// Why a document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    TooManyNodes { would_be: u64, limit: u64 },
    AliasesTooDeep { depth: u32 },
    NestedTooDeep { depth: u32 },
}

impl Refusal {
    pub fn message(&self) -> String {
        match self {
            Refusal::TooManyNodes { would_be, limit } => format!(
                "too many aliases: expanding this alias would make {would_be} nodes, more than \
                 the limit of {limit} ({EXPANSION_FACTOR}× the nodes written, at most \
                 {MAX_EXPANDED_NODES})"
            ),
            Refusal::AliasesTooDeep { depth } => format!(
                "too many aliases: this alias is nested {depth} aliases deep, more than the \
                 limit of {MAX_ALIAS_DEPTH}"
            ),
            Refusal::NestedTooDeep { depth } => format!(
                "nested too deeply: {depth} levels after expanding aliases, more than the limit \
                 of {MAX_NESTING}"
            ),
        }
    }
}

/// The running count for one YAML stream (all its documents).
#[derive(Debug, Default)]
pub struct Budget {
    written: u64,
    total: u64,
    anchors: HashMap<usize, Shape>,
}

impl Budget {
    /// A node the author wrote (scalar or collection start).
    pub fn written(&mut self) {
        self.written += 1;
        self.total += 1;
    }

    pub fn limit(&self) -> u64 {
        (self.written * EXPANSION_FACTOR).clamp(MIN_EXPANDED_NODES, MAX_EXPANDED_NODES)
    }

    /// Records the shape of an anchored node, for the aliases that copy it later.
    pub fn anchor(&mut self, id: usize, shape: Shape) {
        if id != 0 {
            self.anchors.insert(id, shape);
        }
    }

    /// Refuses a finished collection nested too deeply.
    pub fn check_nesting(shape: Shape) -> Result<(), Refusal> {
        if shape.height > MAX_NESTING {
            return Err(Refusal::NestedTooDeep {
                depth: shape.height,
            });
        }
        Ok(())
    }

    /// Accounts for `*id` before its copy is made; gives the copy's shape.
    pub fn alias(&mut self, id: usize) -> Result<Shape, Refusal> {
        let anchored = self.anchors.get(&id).copied().unwrap_or(Shape::LEAF);
        let shape = Shape {
            aliases: anchored.aliases + 1,
            ..anchored
        };
        if shape.aliases > MAX_ALIAS_DEPTH {
            return Err(Refusal::AliasesTooDeep {
                depth: shape.aliases,
            });
        }
        let would_be = self.total.saturating_add(shape.nodes);
        let limit = self.limit();
        if would_be > limit {
            return Err(Refusal::TooManyNodes { would_be, limit });
        }
        self.total = would_be;
        Ok(shape)
    }

    /// Anchors are per document.
    pub fn new_document(&mut self) {
        self.anchors.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::yaml_tree::{YamlErrorKind, parse_yaml_documents};

    fn laughs(levels: usize) -> String {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..=levels {
            let refs = vec![format!("*a{}", i - 1); 9].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        text
    }

    #[test]
    fn billion_laughs_is_refused_at_the_alias_that_passes_the_limit() {
        let err = parse_yaml_documents(&laughs(9)).expect_err("refused");
        assert_eq!(err.kind, YamlErrorKind::TooManyAliases);
        assert!(
            err.message.starts_with("too many aliases"),
            "{}",
            err.message
        );
        assert_eq!(err.line, 5, "{err:?}"); // a4 is the first level past 10,000 nodes
    }

    #[test]
    fn modest_aliases_still_expand() {
        let docs = parse_yaml_documents(&laughs(2)).expect("parses");
        assert_eq!(docs[0].get("a2").map(|a| a.items().len()), Some(9));
    }

    #[test]
    fn aliases_nested_too_deeply_are_refused() {
        let mut text = String::from("a0: &a0 x\n");
        for i in 1..=MAX_ALIAS_DEPTH + 1 {
            text.push_str(&format!("a{i}: &a{i} [*a{}]\n", i - 1));
        }
        let err = parse_yaml_documents(&text).expect_err("refused");
        assert!(err.message.contains("aliases deep"), "{}", err.message);
    }

    #[test]
    fn small_files_get_a_floor_and_large_ones_a_ceiling() {
        let mut budget = Budget::default();
        budget.written();
        assert_eq!(budget.limit(), MIN_EXPANDED_NODES);
        budget.written = 1_000_000;
        assert_eq!(budget.limit(), MAX_EXPANDED_NODES);
    }

    #[test]
    fn an_alias_past_the_limit_is_refused_before_it_is_copied() {
        let mut budget = Budget::default();
        budget.written();
        let big = Shape {
            nodes: MIN_EXPANDED_NODES,
            height: 2,
            aliases: 0,
        };
        budget.anchor(1, big);
        assert!(matches!(budget.alias(1), Err(Refusal::TooManyNodes { .. })));
        assert_eq!(budget.total, 1, "nothing was counted for the refused copy");
    }
}
