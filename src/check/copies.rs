//! Outlets that run the same copy: two sources that state a fact in the same sentence, with
//! the same words around the quote (a wire story that both ran, a press release both
//! printed), or that both carry one agency's dateline ("KYIV (Reuters) -"), however each
//! edited it, are one original source, whatever their names. Corroboration counts them once.

use super::placed::Placed;
use crate::load::sources::SourceFile;
use ahash::AHashMap as HashMap;

/// A cited source that states a fact in the same words as an earlier one around the quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copy {
    /// The source (its place in the facts file) that runs the copy.
    pub source: usize,
    /// The earlier cited source whose copy it runs.
    pub of: usize,
    /// Words both read beyond the quote, as the first of them has them (shortened); or, for a
    /// `wire` copy, the dateline both carry ("(Reuters)").
    pub words: String,
    /// Whether the two are told one copy by the agency's dateline both carry.
    pub wire: bool,
}

/// How many words beyond the quote two sources must share, word for word in the same
/// sentences, to be one copy: a sentence of reporting, not a stock phrase ("he said").
const SHARED_WORDS: usize = 12;

/// How many of the shared words the finding and the briefing show.
const SHOWN_WORDS: usize = 15;

/// The stating citations of a fact that run the copy of an earlier one: `placed[i]` is where
/// citation `i` stands in its source (none when not found), `article[i]` the article it cites
/// (one declared twice is one) when it states the fact, and `texts` the sources' files (for
/// their datelines). Each sentence is looked up once, so a fact with many citations costs no
/// more than their number.
pub fn same_copies(
    placed: &[Option<Placed<'_>>],
    article: &[Option<usize>],
    texts: &[SourceFile],
) -> Vec<Copy> {
    let mut first: HashMap<&str, (usize, &Placed<'_>)> = HashMap::new();
    let mut wires: Vec<(usize, &str)> = Vec::new();
    let mut copies: Vec<Copy> = Vec::new();
    for (place, &source) in placed.iter().zip(article) {
        let (Some(place), Some(source)) = (place, source) else {
            continue;
        };
        let wire = dateline(&texts[source]);
        let &mut (of, earlier) = first.entry(place.sentence).or_insert((source, place));
        let copy = if copies.iter().any(|c| c.source == source) {
            None
        } else if let Some(words) = (of != source).then(|| shared(earlier, place)).flatten() {
            Some((of, words, false))
        } else {
            let earlier_wire = wire.and_then(|w| same_wire(&wires, source, w));
            earlier_wire.map(|(of, words)| (of, words.to_owned(), true))
        };
        if let Some((of, words, wire)) = copy {
            copies.push(Copy {
                source,
                of,
                words,
                wire,
            });
        }
        if let Some(wire) = wire {
            wires.push((source, wire));
        }
    }
    copies
}

/// The earlier source with the dateline `wire` (in any case), and its dateline.
fn same_wire<'w>(
    wires: &[(usize, &'w str)],
    source: usize,
    wire: &str,
) -> Option<(usize, &'w str)> {
    (wires.iter())
        .find(|(of, w)| *of != source && w.eq_ignore_ascii_case(wire))
        .copied()
}

/// The agency's dateline an article opens with (`dateline::agency`), near the start of one of
/// its first paragraphs.
fn dateline(file: &SourceFile) -> Option<&str> {
    let SourceFile::Read(text) = file else {
        return None;
    };
    let starts = std::iter::once(0).chain(text.paragraphs.iter().copied());
    let text = text.normalized.as_str();
    starts.take(4).find_map(|start| {
        let head = text.get(start..text.ceil_char_boundary((start + 80).min(text.len())))?;
        crate::dateline::agency(head)
    })
}

/// The words beyond the quote that two placings of one sentence share, shortened for the
/// reader, when they are enough to be one copy: the sentence's own words outside the quote,
/// and the sentence before and after it when they are the same too.
fn shared(a: &Placed<'_>, b: &Placed<'_>) -> Option<String> {
    let same = |x: &str, y: &str| !x.trim().is_empty() && x == y;
    let pieces = [
        (same(a.before, b.before)).then_some(a.before),
        (same(a.after, b.after)).then_some(a.after),
        (same(a.previous, b.previous)).then_some(a.previous),
        (same(a.next, b.next)).then_some(a.next),
    ];
    let pieces: Vec<&str> = pieces.into_iter().flatten().collect();
    let count: usize = pieces.iter().map(|p| p.split_whitespace().count()).sum();
    if count < SHARED_WORDS {
        return None;
    }
    let longest = pieces.iter().max_by_key(|p| p.split_whitespace().count())?;
    let words: Vec<&str> = longest.split_whitespace().collect();
    let mut shown = words[..words.len().min(SHOWN_WORDS)].join(" ");
    if words.len() > SHOWN_WORDS {
        shown.push_str(" ...");
    }
    Some(shown)
}
