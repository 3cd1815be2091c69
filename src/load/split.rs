//! Parsing a large facts file on every core.
//!
//! Almost all of a large facts file is the `facts:` list, whose items start on lines of the form
//! `  - ` at one indentation. The file is cut at such lines into pieces that are parsed side by
//! side, then joined. A cut can only change the meaning of the text when it falls inside a quoted
//! or flow value, an anchor is used across pieces, or the layout is unusual; each of those makes
//! a piece fail to parse or fail the shape checks below, and then the caller parses the whole
//! file in one go. So this path either gives exactly the tree the plain parse gives, or nothing.

use super::spanned::Pos;
use super::yaml::{Node, NodeKind, YamlError, parse_at};
use rayon::prelude::*;

/// Below this size one core is as fast as splitting the work.
const MIN_PARALLEL_BYTES: usize = 1 << 20;
/// Pieces are about this large, so the cores stay evenly loaded.
const PIECE_BYTES: usize = 1 << 19;

/// The keys and values of a mapping.
type Pairs<'a> = Vec<(Node<'a>, Node<'a>)>;

/// A document whose `facts:` items were parsed and converted piece by piece.
pub(crate) struct SplitDocument<'a, T> {
    /// The top-level mapping, with `facts:` left empty.
    pub root: Node<'a>,
    /// Each item of the `facts:` list, converted.
    pub items: Vec<T>,
}

/// Parses a large file on every core, converting each item of `facts:` as soon as its piece is
/// parsed, so the whole tree never has to be in memory at once. `None`: parse it in one go.
pub(crate) fn parse_in_parallel<'a, T: Send>(
    text: &'a str,
    convert: impl Fn(Node<'a>) -> T + Sync,
) -> Option<SplitDocument<'a, T>> {
    if text.len() < MIN_PARALLEL_BYTES || rayon::current_num_threads() < 2 {
        return None;
    }
    parse_pieces(text, PIECE_BYTES, convert)
}

/// A line of the text: where it starts, its 0-based number, and its content.
struct Line<'a> {
    start: usize,
    number: u32,
    text: &'a str,
}

fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    // memchr finds the line ends: this scans every line of a file of 50 MB before any parsing.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|i| i + 1)
        .chain((!text.ends_with('\n') && !text.is_empty()).then_some(text.len()));
    let mut start = 0;
    let mut number = 0u32;
    ends.map(move |end| {
        let line = Line {
            start,
            number,
            text: text[start..end].trim_end_matches(['\n', '\r']),
        };
        start = end;
        number += 1;
        line
    })
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t']);
    t.is_empty() || t.starts_with('#')
}

fn is_facts_key(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("facts:") else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    rest.is_empty() || rest.starts_with('#')
}

/// Where the file is cut: the head (up to the `facts:` line), the pieces of the `facts:` list,
/// and the tail (the top-level keys after the list).
struct Cuts {
    facts_line: u32,
    item_indent: usize,
    head_end: usize,
    /// Start byte, first line and number of items of each piece of items.
    pieces: Vec<(usize, u32, usize)>,
    /// Start byte and first line of the tail.
    tail: Option<(usize, u32)>,
}

impl Cuts {
    /// How many items the `facts:` list has in all.
    fn item_count(&self) -> usize {
        self.pieces.iter().map(|&(_, _, items)| items).sum()
    }
}

/// Finds where to cut the file, at item starts about `piece_bytes` apart; `None` when the file
/// is not laid out as this module expects.
fn find_cuts(text: &str, piece_bytes: usize) -> Option<Cuts> {
    let mut facts: Option<(u32, usize)> = None;
    let mut item_indent: Option<usize> = None;
    let mut pieces: Vec<(usize, u32, usize)> = Vec::new();
    let mut tail = None;
    for line in lines(text) {
        let t = line.text;
        // Most lines are inside an item, indented deeper than its `- `: nothing to decide there.
        if let Some(item) = item_indent
            && t.as_bytes()
                .get(..=item)
                .is_some_and(|b| b.iter().all(|&c| c == b' '))
        {
            continue;
        }
        // Directives and document markers change how the whole stream reads: not for cutting.
        if t.starts_with('%') || t.starts_with("---") || t.starts_with("...") {
            return None;
        }
        if facts.is_none() {
            if is_facts_key(t) {
                facts = Some((line.number, line.start + line.text.len()));
            }
            continue;
        }
        if is_facts_key(t) {
            return None; // a second `facts:` key: leave it to the plain parse to report
        }
        if is_blank_or_comment(t) {
            continue;
        }
        let n = indent(t);
        let Some(item) = item_indent else {
            if !is_item_start(&t[n..]) {
                return None;
            }
            item_indent = Some(n);
            pieces.push((line.start, line.number, 1));
            continue;
        };
        if n == item && is_item_start(&t[n..]) {
            match pieces.last_mut() {
                Some((last_start, _, _)) if line.start - *last_start >= piece_bytes => {
                    pieces.push((line.start, line.number, 1));
                }
                Some((_, _, items)) => *items += 1,
                None => return None,
            }
        } else if n < item || (n == item && item == 0) {
            // The list has ended: what follows must be another top-level key.
            if n != 0 || !t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '"' || c == '\'')
            {
                return None;
            }
            tail = Some((line.start, line.number));
            break;
        }
    }
    let (facts_line, head_end) = facts?;
    Some(Cuts {
        facts_line,
        item_indent: item_indent?,
        head_end,
        pieces,
        tail,
    })
}

fn is_item_start(rest: &str) -> bool {
    rest == "-" || rest.starts_with("- ")
}

/// The text of a piece of the `facts:` list, its first line, and the slots its items go into.
type Piece<'a, 's, T> = (&'a str, u32, &'s mut [Option<T>]);

/// What a part of the file (the head or the tail) parses to.
type Parsed<'a> = Result<Option<Node<'a>>, YamlError>;

/// Cuts the file into pieces of about `piece_bytes` and parses them side by side.
fn parse_pieces<'a, T: Send>(
    text: &'a str,
    piece_bytes: usize,
    convert: impl Fn(Node<'a>) -> T + Sync,
) -> Option<SplitDocument<'a, T>> {
    let cuts = find_cuts(text, piece_bytes)?;
    if cuts.pieces.len() < 2 {
        return None;
    }
    let mut slots = empty_slots(cuts.item_count());
    let pieces = cut_pieces(text, &cuts, &mut slots);
    // The head is everything up to and including the `facts:` line.
    let head_text = text.get(..cuts.head_end)?;
    let tail_text = cuts.tail.map(|(start, line)| (&text[start..], line));
    let (head, (tail, pieces_read)) = rayon::join(
        || parse_at(head_text, 0),
        || {
            rayon::join(
                || tail_text.map(|(tail, line)| parse_at(tail, line)),
                || parse_each_piece(pieces, cuts.item_indent, &convert),
            )
        },
    );

    let (root_pos, mut pairs) = head_pairs(head, cuts.facts_line)?;
    if !pieces_read {
        return None;
    }
    // In place (an `Option` of an item is as large as the item): `filter_map` is collected into
    // the same allocation, where `flatten` would make a new one, touched on one core.
    #[allow(clippy::filter_map_identity)]
    let items = slots.into_iter().filter_map(|slot| slot).collect();
    if let Some(tail) = tail {
        pairs.extend(tail_pairs(tail)?);
    }
    Some(SplitDocument {
        root: Node {
            pos: root_pos,
            kind: NodeKind::Map(pairs),
        },
        items,
    })
}

/// A slot for each item of the `facts:` list. Each piece converts its items straight into its
/// own part of this list, so no piece holds a list of its own that would then be copied. The
/// list is large (38 MB for 100,000 facts) and the system is slow to hand over fresh memory, so
/// it is first touched on every core.
fn empty_slots<T: Send>(total: usize) -> Vec<Option<T>> {
    let mut slots = Vec::new();
    (0..total)
        .into_par_iter()
        .map(|_| None)
        .collect_into_vec(&mut slots);
    slots
}

/// Each piece of the `facts:` list, with its share of `slots`.
fn cut_pieces<'a, 's, T>(
    text: &'a str,
    cuts: &Cuts,
    slots: &'s mut [Option<T>],
) -> Vec<Piece<'a, 's, T>> {
    let items_end = cuts.tail.map_or(text.len(), |(start, _)| start);
    let mut rest = slots;
    let mut pieces = Vec::with_capacity(cuts.pieces.len());
    for (i, &(start, line, items)) in cuts.pieces.iter().enumerate() {
        let end = cuts.pieces.get(i + 1).map_or(items_end, |&(s, _, _)| s);
        let (these, others) = std::mem::take(&mut rest).split_at_mut(items);
        pieces.push((&text[start..end], line, these));
        rest = others;
    }
    pieces
}

/// Parses every piece into its slots; `false` when any piece is not what the cut assumed.
fn parse_each_piece<'a, T: Send>(
    pieces: Vec<Piece<'a, '_, T>>,
    item_indent: usize,
    convert: &(impl Fn(Node<'a>) -> T + Sync),
) -> bool {
    pieces
        .into_par_iter()
        // A task per piece. Left to itself, rayon hands each core a run of pieces that it then
        // works through alone, and one core could finish a third of a second before the other.
        .with_max_len(1)
        .map(|(piece, line, slots)| piece_items(piece, line, item_indent, convert, slots))
        .collect::<Vec<_>>()
        .into_iter()
        .all(|read| read.is_some())
}

/// Where the top-level mapping starts, and its pairs so far. The head must be that mapping,
/// ending with an empty `facts:` key on the line where the cut found it.
fn head_pairs(head: Parsed<'_>, facts_line: u32) -> Option<(Pos, Pairs<'_>)> {
    let head = head.ok().flatten()?;
    let NodeKind::Map(pairs) = head.kind else {
        return None;
    };
    if head.pos.column != 1 {
        return None;
    }
    let (key, value) = pairs.last()?;
    if !matches!(&key.kind, NodeKind::Scalar { value, .. } if value == "facts")
        || key.pos.line != facts_line + 1
        || key.pos.column != 1
        || !value.is_null()
    {
        return None;
    }
    Some((head.pos, pairs))
}

/// The pairs of the tail, which must be more keys of the same top-level mapping.
fn tail_pairs(tail: Parsed<'_>) -> Option<Pairs<'_>> {
    let node = tail.ok().flatten()?;
    let NodeKind::Map(pairs) = node.kind else {
        return None;
    };
    if node.pos.column != 1 {
        return None;
    }
    Some(pairs)
}

/// Parses one piece into `slots`; it must be a list of as many items as there are slots, at
/// the indentation the cut assumed.
fn piece_items<'a, T>(
    text: &'a str,
    line: u32,
    item_indent: usize,
    convert: &impl Fn(Node<'a>) -> T,
    slots: &mut [Option<T>],
) -> Option<()> {
    let node = parse_at(text, line).ok().flatten()?;
    let NodeKind::Seq(items) = node.kind else {
        return None;
    };
    if node.pos.line != line + 1
        || node.pos.column as usize != item_indent + 1
        || items.len() != slots.len()
    {
        return None;
    }
    for (slot, item) in slots.iter_mut().zip(items) {
        *slot = Some(convert(item));
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// The plain parse's top-level pairs and `facts:` items, to compare with the split parse.
    fn whole(text: &str) -> (Pairs<'_>, Vec<Node<'_>>) {
        let root = parse_at(text, 0).unwrap().unwrap();
        let NodeKind::Map(pairs) = root.kind else {
            panic!("not a mapping")
        };
        let mut items = Vec::new();
        let mut rest = Vec::new();
        for (k, v) in pairs {
            match (&k.kind, v.kind) {
                (NodeKind::Scalar { value, .. }, NodeKind::Seq(list)) if value == "facts" => {
                    items = list;
                    rest.push((
                        k,
                        Node {
                            pos: v.pos,
                            kind: NodeKind::Scalar {
                                value: "".into(),
                                plain: true,
                            },
                        },
                    ));
                }
                (_, kind) => rest.push((k, Node { pos: v.pos, kind })),
            }
        }
        (rest, items)
    }

    fn split(text: &str) -> Option<(Pairs<'_>, Vec<Node<'_>>)> {
        let doc = parse_pieces(text, 1, |n| n)?;
        let NodeKind::Map(pairs) = doc.root.kind else {
            panic!("not a mapping")
        };
        Some((pairs, doc.items))
    }

    /// Compares everything but the position of the emptied `facts:` value.
    fn assert_same(text: &str) -> bool {
        let Some((pairs, items)) = split(text) else {
            return false;
        };
        let (whole_pairs, whole_items) = whole(text);
        assert_eq!(items, whole_items, "items differ for:\n{text}");
        assert_eq!(pairs.len(), whole_pairs.len());
        for ((k1, v1), (k2, v2)) in pairs.iter().zip(&whole_pairs) {
            assert_eq!(k1, k2);
            if !v1.is_null() || !v2.is_null() {
                assert_eq!(v1, v2);
            }
        }
        true
    }

    const DOC: &str = "briefing:\n  title: T\n  as_of: 2022-03-03\nsources:\n  - id: a\n    title: A\nfacts:\n  - id: one\n    statement: \"x\"\n    sources:\n      - source: a\n        quote: |\n          block\n          text\n  # a comment\n  - id: two\n    statement: 'y'\n\n  - id: three\n    statement: plain\n      continued\n";

    #[test]
    fn a_plain_layout_is_split_and_equal() {
        assert!(assert_same(DOC));
        let with_tail = format!("{DOC}tail_key: 1\n");
        assert!(assert_same(&with_tail));
        let unindented = "briefing:\n  title: T\nfacts:\n- id: one\n  quote: |\n    block\n- id: two\n  statement: 'y'\n# comment\n- id: three\nsources: []\n";
        assert!(assert_same(unindented));
        let crlf = DOC.replace('\n', "\r\n");
        assert!(assert_same(&crlf));
    }

    #[test]
    fn cuts_inside_values_fall_back() {
        // A quoted value that runs over a line that looks like an item.
        let quoted =
            "facts:\n  - id: one\n    statement: \"a\n  - id: fake\n    b\"\n  - id: two\n";
        assert!(split(quoted).is_none() || assert_same(quoted));
        // An anchor used in another piece.
        let anchored = "facts:\n  - id: &x one\n  - id: *x\n";
        assert!(split(anchored).is_none());
        // A flow list across items.
        let flow = "facts: [\n  - a\n]\n";
        assert!(split(flow).is_none());
        // A second document.
        let docs = "facts:\n  - id: one\n---\nfacts:\n  - id: two\n";
        assert!(split(docs).is_none());
        // A less indented line that is not a top-level key.
        let odd = "facts:\n    - id: one\n    - id: two\n  x: 1\n";
        assert!(split(odd).is_none());
    }

    /// Words for values, among them some that would mean something else at the start of a
    /// line (an item, a key, a comment, a document marker, an anchor).
    fn words() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "a",
            "- id: x",
            "  - id: y",
            "facts:",
            "#c",
            "\"q\"",
            "'s'",
            "k: v",
            "[",
            "]",
            "{",
            "---",
            "...",
            "&a",
            "*a",
            "|",
            ">",
            "\u{a0}",
            "é",
            "",
        ]);
        prop::collection::vec(word, 0..4).prop_map(|words| words.join(" "))
    }

    /// A value that stays within its item: the split parse must give the plain parse's tree.
    fn value_within_item() -> impl Strategy<Value = String> {
        (words(), 0..4u8).prop_map(|(body, style)| match style {
            0 => format!("\"{}\"", body.replace('\\', "\\\\").replace('"', "\\\"")),
            1 => format!("'{}'", body.replace('\'', "''")),
            // A first line indented deeper than the others would end the block early.
            2 => format!("|\n      {}\n      - id: z", body.trim_start()),
            _ => "plain words\n      continued".to_owned(),
        })
    }

    /// A quoted value that runs over a line that looks like the start of an item, so a cut
    /// falls inside it: the split must decline (or give the same tree).
    fn value_across_items() -> impl Strategy<Value = String> {
        (words(), any::<bool>()).prop_map(|(body, double)| {
            if double {
                format!("\"{}\n  - id: cut\n  rest\"", body.replace('"', ""))
            } else {
                format!("'{}\n  - id: w'", body.replace('\'', ""))
            }
        })
    }

    /// In a quarter of the files one value runs across items; the others must be split and
    /// compared, and the test fails when fewer than a third of its cases get that far.
    #[test]
    fn the_split_parse_equals_the_plain_parse_or_declines() {
        let cases = AtomicUsize::new(0);
        let compared = AtomicUsize::new(0);
        proptest!(|(
            mut values in prop::collection::vec(value_within_item(), 2..8),
            across in prop::option::weighted(
                0.25,
                (value_across_items(), any::<prop::sample::Index>()),
            ),
            indent in prop::sample::select(vec!["", "  "]),
            gap in prop::sample::select(vec!["", "\n", "  # between\n", "# between\n"]),
            tail in prop::sample::select(vec!["", "sources: []\n", "after: 1\n"]),
        )| {
            cases.fetch_add(1, Ordering::Relaxed);
            if let Some((value, at)) = across {
                let i = at.index(values.len());
                values[i] = value;
            }
            let mut text = String::from("briefing:\n  title: t\nfacts:\n");
            for (i, v) in values.iter().enumerate() {
                text.push_str(&format!("{gap}{indent}- id: f{i}\n{indent}  statement: {v}\n"));
            }
            text.push_str(tail);
            if parse_at(&text, 0).is_ok_and(|r| r.is_some()) {
                if assert_same(&text) {
                    compared.fetch_add(1, Ordering::Relaxed);
                }
            } else {
                // Where the whole file is not valid YAML the split must not produce a tree.
                prop_assert!(split(&text).is_none());
            }
        });
        let (cases, compared) = (cases.into_inner(), compared.into_inner());
        assert!(
            compared * 3 >= cases,
            "only {compared} of {cases} cases were split and compared with the plain parse"
        );
    }
}
