//! Outlets that run the same copy: two sources that state a fact in the same sentence, with
//! the same words around the quote (a wire story that both ran, a press release both
//! printed), are one original source, whatever their names. Corroboration counts them once.

use super::placed::Placed;
use ahash::AHashMap as HashMap;

/// A cited source that states a fact in the same words as an earlier one around the quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copy {
    /// The source (its place in the facts file) that runs the copy.
    pub source: usize,
    /// The earlier cited source whose copy it runs.
    pub of: usize,
    /// Words both read beyond the quote, as the first of them has them (shortened).
    pub words: String,
}

/// How many words beyond the quote two sources must share, word for word in the same
/// sentences, to be one copy: a sentence of reporting, not a stock phrase ("he said").
const SHARED_WORDS: usize = 12;

/// How many of the shared words the finding and the briefing show.
const SHOWN_WORDS: usize = 15;

/// The stating citations of a fact that run the copy of an earlier one: `placed[i]` is where
/// citation `i` stands in its source (none when not found), `article[i]` the article it cites
/// (one declared twice is one) when it states the fact. Each sentence is looked up once, so a
/// fact with many citations costs no more than their number.
pub fn same_copies(placed: &[Option<Placed<'_>>], article: &[Option<usize>]) -> Vec<Copy> {
    let mut first: HashMap<&str, (usize, &Placed<'_>)> = HashMap::new();
    let mut copies: Vec<Copy> = Vec::new();
    for (place, &source) in placed.iter().zip(article) {
        let (Some(place), Some(source)) = (place, source) else {
            continue;
        };
        let &mut (of, earlier) = first.entry(place.sentence).or_insert((source, place));
        if of == source || copies.iter().any(|c| c.source == source) {
            continue;
        }
        if let Some(words) = shared(earlier, place) {
            copies.push(Copy { source, of, words });
        }
    }
    copies
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
