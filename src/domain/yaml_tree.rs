//! A located, lossless YAML tree built from the event parser that ships inside `serde-saphyr`.
//!
//! Why not `serde_saphyr::from_str` into typed structs: real CreatorOS files are too irregular
//! for fixed structs, and serde resolution turns an unquoted `1.10` into the float `1.1` before
//! we can see it (spec §5.3, Q-20). Building the tree from parser events keeps every scalar as
//! the text the author typed, records the 1-based line and column of every node, accepts several
//! documents in one file and tolerates duplicate keys (the first wins; callers may report them).
//! Pure: no I/O.

use serde_saphyr::granit_parser::{ErrorKind, Event, Parser, ScalarStyle, ScanError, Span};
use std::collections::HashMap;

use crate::domain::yaml_budget::{Budget, Refusal, Shape};

/// One YAML node and where it starts (1-based line and column).
#[derive(Debug, Clone, PartialEq)]
pub struct YamlNode {
    pub value: YamlValue,
    pub line: u32,
    pub column: u32,
}

/// The shape of a node. Scalars stay text; `plain` says whether they were unquoted, which is
/// what decides if `true`, `3` or `~` mean anything other than a string.
#[derive(Debug, Clone, PartialEq)]
pub enum YamlValue {
    Scalar { text: String, plain: bool },
    Seq(Vec<YamlNode>),
    Map(Vec<(YamlNode, YamlNode)>),
}

/// A syntax error with its 1-based position and the parser's category (used to pick a hint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlSyntaxError {
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub kind: YamlErrorKind,
}

/// The error categories we give specific advice for; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlErrorKind {
    MappingValueNotAllowed,
    UnclosedQuote,
    TabIndentation,
    /// Aliases would expand past the limits of `yaml_budget` (or nest too deeply).
    TooManyAliases,
    Other,
}

enum Frame {
    Seq {
        items: Vec<YamlNode>,
        line: u32,
        column: u32,
        anchor: usize,
        shape: Shape,
    },
    Map {
        entries: Vec<(YamlNode, YamlNode)>,
        key: Option<YamlNode>,
        line: u32,
        column: u32,
        anchor: usize,
        shape: Shape,
    },
}

/// Parses every document of `text`. An empty stream gives an empty list.
///
/// Aliases are expanded into copies, within the limits of `yaml_budget` (a file whose aliases
/// would expand past them is refused at the offending alias, before the copy is made).
pub fn parse_yaml_documents(text: &str) -> Result<Vec<YamlNode>, YamlSyntaxError> {
    let mut docs = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, YamlNode> = HashMap::new();
    let mut budget = Budget::default();
    let mut root: Option<YamlNode> = None;
    for item in Parser::new_from_str(text) {
        let (event, span) = item.map_err(syntax_error)?;
        let (line, column) = position(&span);
        let refused = |refusal: Refusal| limit_error(&refusal, line, column);
        let finished = match event {
            Event::DocumentStart(..) => {
                anchors.clear();
                budget.new_document();
                None
            }
            Event::DocumentEnd => {
                docs.extend(root.take());
                None
            }
            Event::Scalar(text, style, anchor, _) => {
                budget.written();
                let node = YamlNode {
                    value: YamlValue::Scalar {
                        text: text.into_owned(),
                        plain: style == ScalarStyle::Plain,
                    },
                    line,
                    column,
                };
                remember(&mut anchors, &mut budget, anchor, &node, Shape::LEAF);
                Some((node, Shape::LEAF))
            }
            Event::Alias(id) => {
                let shape = budget.alias(id).map_err(refused)?;
                let node = anchors
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| null_at(line, column));
                Some((node, shape))
            }
            Event::SequenceStart(_, anchor, _) => {
                budget.written();
                stack.push(Frame::Seq {
                    items: Vec::new(),
                    line,
                    column,
                    anchor,
                    shape: Shape::default(),
                });
                None
            }
            Event::MappingStart(_, anchor, _) => {
                budget.written();
                stack.push(Frame::Map {
                    entries: Vec::new(),
                    key: None,
                    line,
                    column,
                    anchor,
                    shape: Shape::default(),
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(frame) => {
                    let (node, anchor, shape) = close(frame);
                    Budget::check_nesting(shape).map_err(refused)?;
                    remember(&mut anchors, &mut budget, anchor, &node, shape);
                    Some((node, shape))
                }
                None => None,
            },
            _ => None,
        };
        if let Some((node, shape)) = finished {
            if let Some(Frame::Seq { shape: parent, .. } | Frame::Map { shape: parent, .. }) =
                stack.last_mut()
            {
                parent.add_child(shape);
                Budget::check_nesting(parent.closed()).map_err(refused)?;
            }
            attach(&mut stack, &mut root, node);
        }
    }
    docs.extend(root.take());
    Ok(docs)
}

fn limit_error(refusal: &Refusal, line: u32, column: u32) -> YamlSyntaxError {
    YamlSyntaxError {
        line,
        column,
        message: refusal.message(),
        kind: YamlErrorKind::TooManyAliases,
    }
}

fn null_at(line: u32, column: u32) -> YamlNode {
    YamlNode {
        value: YamlValue::Scalar {
            text: String::new(),
            plain: true,
        },
        line,
        column,
    }
}

fn remember(
    anchors: &mut HashMap<usize, YamlNode>,
    budget: &mut Budget,
    anchor: usize,
    node: &YamlNode,
    shape: Shape,
) {
    if anchor != 0 {
        anchors.insert(anchor, node.clone());
        budget.anchor(anchor, shape);
    }
}

fn close(frame: Frame) -> (YamlNode, usize, Shape) {
    match frame {
        Frame::Seq {
            items,
            line,
            column,
            anchor,
            shape,
        } => (
            YamlNode {
                value: YamlValue::Seq(items),
                line,
                column,
            },
            anchor,
            shape.closed(),
        ),
        Frame::Map {
            mut entries,
            key,
            line,
            column,
            anchor,
            shape,
        } => {
            // A key without a value cannot survive a successful parse, but keep it rather than lose it.
            if let Some(key) = key {
                let (l, c) = (key.line, key.column);
                entries.push((key, null_at(l, c)));
            }
            (
                YamlNode {
                    value: YamlValue::Map(entries),
                    line,
                    column,
                },
                anchor,
                shape.closed(),
            )
        }
    }
}

fn attach(stack: &mut [Frame], root: &mut Option<YamlNode>, node: YamlNode) {
    match stack.last_mut() {
        None => *root = Some(node),
        Some(Frame::Seq { items, .. }) => items.push(node),
        Some(Frame::Map { entries, key, .. }) => match key.take() {
            None => *key = Some(node),
            Some(k) => entries.push((k, node)),
        },
    }
}

fn position(span: &Span) -> (u32, u32) {
    let line = u32::try_from(span.start.line()).unwrap_or(u32::MAX);
    let column = u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX);
    (line, column)
}

fn syntax_error(err: ScanError) -> YamlSyntaxError {
    let marker = err.marker();
    let kind = match err.kind() {
        ErrorKind::MappingValueNotAllowed => YamlErrorKind::MappingValueNotAllowed,
        ErrorKind::UnclosedQuotedScalar => YamlErrorKind::UnclosedQuote,
        // The relaxed scanner reports a tab in indentation under several names.
        ErrorKind::TabInIndentation
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabNotAllowed
        | ErrorKind::TabAtBlockScalarStart => YamlErrorKind::TabIndentation,
        _ => YamlErrorKind::Other,
    };
    YamlSyntaxError {
        line: u32::try_from(marker.line()).unwrap_or(u32::MAX),
        column: u32::try_from(marker.col() + 1).unwrap_or(u32::MAX),
        message: err.info(),
        kind,
    }
}

impl YamlNode {
    /// The value under `key` when this is a mapping (first occurrence; keys compared as text).
    pub fn get(&self, key: &str) -> Option<&YamlNode> {
        self.entries()
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    /// The first of `keys` present with a non-null value.
    pub fn get_any(&self, keys: &[&str]) -> Option<&YamlNode> {
        keys.iter()
            .filter_map(|k| self.get(k))
            .find(|v| !v.is_null())
    }

    pub fn entries(&self) -> &[(YamlNode, YamlNode)] {
        match &self.value {
            YamlValue::Map(entries) => entries,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[YamlNode] {
        match &self.value {
            YamlValue::Seq(items) => items,
            _ => &[],
        }
    }

    /// Scalar text exactly as written (after quote/escape processing), `None` for collections.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            YamlValue::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// Non-empty trimmed scalar text, ignoring YAML nulls.
    pub fn as_text(&self) -> Option<String> {
        if self.is_null() {
            return None;
        }
        self.as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    }

    /// A non-negative integer written as a plain number (or quoted digits).
    pub fn as_u32(&self) -> Option<u32> {
        self.as_str()?.trim().parse().ok()
    }

    pub fn is_null(&self) -> bool {
        matches!(&self.value, YamlValue::Scalar { text, plain: true } if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// Scalar items of a sequence (or a lone scalar) as strings; nested collections skipped.
    pub fn string_list(&self) -> Vec<String> {
        match &self.value {
            YamlValue::Seq(items) => items.iter().filter_map(YamlNode::as_text).collect(),
            YamlValue::Scalar { .. } => self.as_text().into_iter().collect(),
            YamlValue::Map(_) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_unquoted_numbers_as_written() {
        let docs = parse_yaml_documents("id: 1.10\nn: 3\n").expect("parses");
        let id = docs[0].get("id").expect("id");
        assert_eq!(id.as_str(), Some("1.10"));
        assert_eq!((id.line, id.column), (1, 5));
        assert_eq!(docs[0].to_json()["id"], serde_json::json!("1.10"));
        assert_eq!(docs[0].to_json()["n"], serde_json::json!(3));
    }

    #[test]
    fn several_documents_and_aliases() {
        let docs = parse_yaml_documents("---\na: 1\n---\nx: &x [1, 2]\nb: *x\n").expect("parses");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].get("b").map(|b| b.items().len()), Some(2));
    }

    #[test]
    fn reports_unquoted_colon_with_position() {
        let err = parse_yaml_documents("a:\n  title: Aula 1.2: Origem\n").expect_err("fails");
        assert_eq!(err.kind, YamlErrorKind::MappingValueNotAllowed);
        assert_eq!((err.line, err.column), (2, 18)); // the second `:`
    }
}
