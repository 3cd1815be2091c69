//! YAML text to a tree of nodes that remember where they stand.
//!
//! saphyr-parser gives events with positions; this module folds them into a small tree with
//! hard limits (nesting depth, alias expansion) so that no input can exhaust the stack or memory.
//! The typed model is read from the tree by `de`.

use super::spanned::Pos;
use ahash::AHashMap as HashMap;
use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use std::borrow::Cow;

/// Deeper nesting than this is refused: the facts format needs five levels.
pub const MAX_DEPTH: usize = 64;
/// Nodes that aliases may add on top of the nodes written out, so `&a [*b, *b, ...]` chains
/// ("billion laughs") stop long before they exhaust memory.
const MAX_ALIAS_NODES: usize = 100_000;
/// Text that aliases may add, as a multiple of the file's own size: one long text anchored
/// once and named by thousands of aliases would otherwise fill memory with few nodes.
const ALIAS_BYTES_PER_BYTE: usize = 10;
/// The longest single value: a statement or quote is a few hundred bytes; an article is not
/// quoted whole.
pub const MAX_FIELD_BYTES: usize = 1024 * 1024;

/// A node of the tree. Scalars borrow from the input where the text needs no unescaping, so
/// building the tree copies little; the model copies what it keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct Node<'a> {
    pub pos: Pos,
    pub kind: NodeKind<'a>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind<'a> {
    /// `plain` scalars are resolved by the YAML core schema (null, booleans, numbers);
    /// quoted and block scalars are always text.
    Scalar {
        value: Cow<'a, str>,
        plain: bool,
    },
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
}

impl Node<'_> {
    /// A plain `~`, `null` or empty scalar: YAML's null.
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, NodeKind::Scalar { value, plain: true } if is_null_word(value))
    }

    /// A short name of the node's kind, for messages.
    pub fn describe(&self) -> String {
        match &self.kind {
            _ if self.is_null() => "nothing (null)".to_owned(),
            NodeKind::Scalar { value, .. } => format!("the text `{}`", preview(value)),
            NodeKind::Seq(_) => "a list".to_owned(),
            NodeKind::Map(_) => "a mapping".to_owned(),
        }
    }

    /// The bytes of text in the node and all it holds.
    fn text_bytes(&self) -> usize {
        match &self.kind {
            NodeKind::Scalar { value, .. } => value.len(),
            NodeKind::Seq(items) => items.iter().map(Node::text_bytes).sum(),
            NodeKind::Map(pairs) => pairs
                .iter()
                .map(|(k, v)| k.text_bytes() + v.text_bytes())
                .sum(),
        }
    }

    fn count(&self) -> usize {
        match &self.kind {
            NodeKind::Scalar { .. } => 1,
            NodeKind::Seq(items) => 1 + items.iter().map(Node::count).sum::<usize>(),
            NodeKind::Map(pairs) => {
                1 + pairs
                    .iter()
                    .map(|(k, v)| k.count() + v.count())
                    .sum::<usize>()
            }
        }
    }
}

pub fn is_null_word(value: &str) -> bool {
    matches!(value, "" | "~" | "null" | "Null" | "NULL")
}

/// The first characters of a value, for messages about it.
pub fn preview(value: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = value.chars().take(MAX).collect();
    if value.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
}

impl YamlError {
    fn new(pos: Pos, message: impl Into<String>) -> Self {
        YamlError {
            pos,
            message: message.into(),
        }
    }
}

/// Parses one YAML document. `Ok(None)` is a document with no content.
pub fn parse(text: &str) -> Result<Option<Node<'_>>, YamlError> {
    parse_at(text, 0)
}

/// Parses `text` as one document whose first line is line `line_offset + 1` of the file.
pub(crate) fn parse_at(text: &str, line_offset: u32) -> Result<Option<Node<'_>>, YamlError> {
    if let Some(at) = memchr::memchr(0, text.as_bytes()) {
        return Err(nul_byte(text, at, line_offset));
    }
    let mut builder = Builder {
        line_offset,
        stack: Vec::new(),
        anchors: HashMap::new(),
        alias_nodes: 0,
        alias_bytes: 0,
        max_alias_bytes: text.len().saturating_mul(ALIAS_BYTES_PER_BYTE),
        root: None,
        documents: 0,
    };
    for event in Parser::new_from_str(text) {
        match event {
            Ok((event, span)) => builder.event(event, span)?,
            Err(err) => {
                let m = err.marker();
                let pos = Pos::new(to_u32(m.line()) + line_offset, to_u32(m.col()) + 1);
                return Err(super::syntax::explain(text, line_offset, pos, err.info()));
            }
        }
    }
    Ok(builder.root)
}

/// A NUL byte, which YAML does not allow: the parser takes it for the end of the text, and
/// would report a quoted value "not closed" or nothing at all where the text goes on.
fn nul_byte(text: &str, at: usize, line_offset: u32) -> YamlError {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before[line_start..].chars().count() + 1;
    YamlError::new(
        Pos::new(to_u32(line) + line_offset, to_u32(column)),
        "a NUL character (byte 0), which YAML does not allow: delete it (a file with many is \
         not UTF-8 text: save it as UTF-8)",
    )
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

struct Frame<'a> {
    pos: Pos,
    anchor: usize,
    kind: FrameKind<'a>,
}

enum FrameKind<'a> {
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>, Option<Node<'a>>),
}

struct Builder<'a> {
    line_offset: u32,
    stack: Vec<Frame<'a>>,
    /// Anchored nodes with their number of nodes and bytes of text, so an alias costs what it
    /// expands to.
    anchors: HashMap<usize, (Node<'a>, usize, usize)>,
    alias_nodes: usize,
    alias_bytes: usize,
    max_alias_bytes: usize,
    root: Option<Node<'a>>,
    documents: usize,
}

impl<'a> Builder<'a> {
    fn pos(&self, span: Span) -> Pos {
        Pos::new(
            to_u32(span.start.line()) + self.line_offset,
            to_u32(span.start.col()) + 1,
        )
    }

    fn event(&mut self, event: Event<'a>, span: Span) -> Result<(), YamlError> {
        let pos = self.pos(span);
        match event {
            Event::DocumentStart(_) => self.document_start(pos),
            Event::Scalar(value, style, anchor, tag) => {
                if tag.is_some() {
                    return Err(unsupported_tag(pos));
                }
                if value.len() > MAX_FIELD_BYTES {
                    return Err(YamlError::new(
                        pos,
                        format!(
                            "this value is {} bytes, over factsheet's limit of {} MB for one \
                             value: quote the words that support the fact, not the article",
                            value.len(),
                            MAX_FIELD_BYTES / (1024 * 1024)
                        ),
                    ));
                }
                let plain = style == ScalarStyle::Plain;
                let node = Node {
                    pos,
                    kind: NodeKind::Scalar { value, plain },
                };
                self.finish(node, anchor)
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                if tag.is_some() {
                    return Err(unsupported_tag(pos));
                }
                let kind = if matches!(event, Event::SequenceStart(..)) {
                    FrameKind::Seq(Vec::new())
                } else {
                    FrameKind::Map(Vec::new(), None)
                };
                self.open(Frame { pos, anchor, kind })
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(),
            Event::Alias(id) => self.alias(id, pos),
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => Ok(()),
        }
    }

    /// A facts file is one document: the second is refused.
    fn document_start(&mut self, pos: Pos) -> Result<(), YamlError> {
        self.documents += 1;
        if self.documents > 1 {
            return Err(YamlError::new(
                pos,
                "a second YAML document (`---`): a facts file holds exactly one",
            ));
        }
        Ok(())
    }

    /// Starts a list or mapping, unless that would nest deeper than `MAX_DEPTH`.
    fn open(&mut self, frame: Frame<'a>) -> Result<(), YamlError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(YamlError::new(
                frame.pos,
                format!("nesting deeper than {MAX_DEPTH} levels: a facts file needs only a few"),
            ));
        }
        self.stack.push(frame);
        Ok(())
    }

    /// Ends the innermost list or mapping, which is then a complete node.
    fn close(&mut self) -> Result<(), YamlError> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let kind = match frame.kind {
            FrameKind::Seq(items) => NodeKind::Seq(items),
            FrameKind::Map(pairs, _) => NodeKind::Map(pairs),
        };
        let node = Node {
            pos: frame.pos,
            kind,
        };
        self.finish(node, frame.anchor)
    }

    /// Puts a copy of the anchored node at `pos`, counting what it adds against
    /// `MAX_ALIAS_NODES`.
    fn alias(&mut self, id: usize, pos: Pos) -> Result<(), YamlError> {
        let Some((node, size, bytes)) = self.anchors.get(&id) else {
            return Err(YamlError::new(
                pos,
                "an alias (`*name`) to an unknown anchor",
            ));
        };
        self.alias_nodes += size;
        self.alias_bytes = self.alias_bytes.saturating_add(*bytes);
        if self.alias_nodes > MAX_ALIAS_NODES {
            return Err(YamlError::new(
                pos,
                format!(
                    "aliases (`*name`) expand to more than {MAX_ALIAS_NODES} values: write the \
                     values out instead"
                ),
            ));
        }
        if self.alias_bytes > self.max_alias_bytes {
            return Err(YamlError::new(
                pos,
                format!(
                    "aliases (`*name`) expand to more than {ALIAS_BYTES_PER_BYTE} times the \
                     file's own text ({} bytes): write the values out instead",
                    self.max_alias_bytes
                ),
            ));
        }
        let mut node = node.clone();
        node.pos = pos;
        self.finish(node, 0)
    }

    /// Puts a complete node into its parent, or makes it the document's root.
    fn finish(&mut self, node: Node<'a>, anchor: usize) -> Result<(), YamlError> {
        if anchor != 0 {
            let (size, bytes) = (node.count(), node.text_bytes());
            self.anchors.insert(anchor, (node.clone(), size, bytes));
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame {
                kind: FrameKind::Seq(items),
                ..
            }) => items.push(node),
            Some(Frame {
                kind: FrameKind::Map(pairs, pending),
                ..
            }) => match pending.take() {
                None => {
                    if !matches!(node.kind, NodeKind::Scalar { .. }) {
                        return Err(YamlError::new(
                            node.pos,
                            "a list or mapping used as a key: keys are plain names",
                        ));
                    }
                    *pending = Some(node);
                }
                Some(key) => pairs.push((key, node)),
            },
        }
        Ok(())
    }
}

fn unsupported_tag(pos: Pos) -> YamlError {
    YamlError::new(
        pos,
        "YAML tags (`!name`, `!!str`) are not used in facts files: remove the tag",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar<'n>(node: &'n Node<'_>) -> &'n str {
        match &node.kind {
            NodeKind::Scalar { value, .. } => value,
            _ => panic!("not a scalar: {node:?}"),
        }
    }

    #[test]
    fn positions_are_one_based_and_point_at_values() {
        let root = parse_at("a: 1\nlist:\n  - id: x\n    b: \"q\"\n", 0)
            .unwrap()
            .unwrap();
        let NodeKind::Map(pairs) = &root.kind else {
            panic!()
        };
        assert_eq!(pairs[0].0.pos, Pos::new(1, 1));
        assert_eq!(pairs[0].1.pos, Pos::new(1, 4));
        let NodeKind::Seq(items) = &pairs[1].1.kind else {
            panic!()
        };
        // A block mapping inside a list starts at its first key.
        assert_eq!(items[0].pos, Pos::new(3, 5));
        let NodeKind::Map(inner) = &items[0].kind else {
            panic!()
        };
        assert_eq!(scalar(&inner[1].1), "q");
        assert_eq!(inner[1].1.pos, Pos::new(4, 8));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let text = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(parse_at(&text, 0).is_err());
        let block: String = (0..10_000).map(|i| " ".repeat(i) + "k:\n").collect();
        let err = parse_at(&block, 0).unwrap_err();
        assert!(err.message.contains("nesting deeper"), "{err:?}");
    }

    #[test]
    fn a_long_text_named_by_many_aliases_stops_at_ten_times_the_file() {
        let long = "x".repeat(10_000);
        let mut text = format!("a: &a \"{long}\"\nlist:\n");
        for _ in 0..11 {
            text.push_str("  - *a\n");
        }
        let err = parse_at(&text, 0).unwrap_err();
        assert!(
            err.message.contains("10 times the file's own text"),
            "{err:?}"
        );
        // Ten fit: the file is a little longer than the text that is named ten times.
        let within = text.replace("  - *a\n  - *a\n", "  - *a\n");
        assert!(parse_at(&within, 0).is_ok());
    }

    #[test]
    fn a_value_over_a_megabyte_is_refused() {
        let text = format!("statement: \"{}\"\n", "y".repeat(MAX_FIELD_BYTES + 1));
        let err = parse_at(&text, 0).unwrap_err();
        assert!(
            err.message.contains("limit of 1 MB for one value"),
            "{err:?}"
        );
        let text = format!("statement: \"{}\"\n", "y".repeat(MAX_FIELD_BYTES));
        assert!(parse_at(&text, 0).is_ok());
    }

    #[test]
    fn alias_bombs_stop_early() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let err = parse_at(&text, 0).unwrap_err();
        assert!(err.message.contains("aliases"), "{err:?}");
    }

    #[test]
    fn aliases_within_budget_are_expanded() {
        let root = parse_at("a: &x hello\nb: *x\n", 0).unwrap().unwrap();
        let NodeKind::Map(pairs) = &root.kind else {
            panic!()
        };
        assert_eq!(scalar(&pairs[1].1), "hello");
        assert_eq!(pairs[1].1.pos, Pos::new(2, 4));
    }

    #[test]
    fn a_nul_byte_is_refused_where_it_is() {
        for text in [
            "a: \"x\0y\"\n",
            "a: x\0y\n",
            "a: |\n  x\0\n",
            "a: x\n# \0\n",
        ] {
            let err = parse_at(text, 10).unwrap_err();
            let nul = text.find('\0').unwrap();
            let line = text[..nul].matches('\n').count() as u32 + 11;
            let column = nul - text[..nul].rfind('\n').map_or(0, |i| i + 1) + 1;
            assert_eq!(err.pos, Pos::new(line, column as u32), "{text:?}");
            assert!(err.message.starts_with("a NUL character"), "{err:?}");
        }
    }

    #[test]
    fn a_second_document_and_tags_are_refused() {
        assert!(parse_at("a: 1\n---\nb: 2\n", 0).is_err());
        assert!(parse_at("a: !!str 1\n", 0).is_err());
    }

    #[test]
    fn line_offset_shifts_positions() {
        let root = parse_at("- a\n", 10).unwrap().unwrap();
        assert_eq!(root.pos, Pos::new(11, 1));
    }
}
