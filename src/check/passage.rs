//! The passage of a source that comes closest to a quote that is not in it, and the words that
//! differ, so an editor sees at once what to correct.
//!
//! A source's words are indexed once ([`Index`]), when a first quote of it is not found; each
//! quote then scores only the windows around its rarest words, so its work depends on how often
//! those occur, not on the length of the source. The best window, widened by the quote's length
//! on each side, is then aligned with the quote word by word (`align`): the passage is the
//! stretch of it that the quote's words align with, and the differences are the words the quote
//! adds, leaves out or has in place of others.

use ahash::AHashMap as HashMap;
use std::ops::Range;

/// Quotes longer than this many words are compared by their first words only.
const MAX_WORDS: usize = 300;
/// Passages are shown up to about this many characters.
const MAX_SHOWN: usize = 200;

/// What the alignment charges for a word the quote adds, a word of the passage it leaves out, a
/// word in place of one spelled alike (`centre` for `center`, `the` for `The`) and in place of
/// any other. A word in place of an unlike one costs more than a word added, so that the passage
/// never reaches out to an unrelated word beyond its edge (the end of the previous sentence) to
/// pair it with a word the quote adds there; and less than a word added and one left out, so
/// that inside the passage a word in place of another is named as such.
const ADDED: u32 = 3;
const LEFT_OUT: u32 = 2;
const ALIKE: u32 = 1;
const UNLIKE: u32 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// The passage as it reads in the (normalised) source.
    pub text: String,
    /// Where the quote differs from the passage, in order.
    pub differences: Vec<Difference>,
    /// The bytes of the text that the passage covers, whole (`text` may be cut short):
    /// what `factsheet quote` prints.
    pub span: Range<usize>,
}

/// One place where the quote differs from the passage: the quote's words that stand where the
/// passage has its own. Without words of the passage, the quote adds words; without words of
/// the quote, it leaves some out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Difference {
    pub quote: Vec<String>,
    pub source: Vec<String>,
}

/// What the search for a quote's closest passage gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Closest {
    /// The stretch of the source that the quote aligns with best, around the window as long as
    /// the quote that shares the most words with it (the first of equals).
    Passage(Passage),
    /// No word of the quote occurs in the text.
    Nothing,
    /// The closest window could not be made certain within the budget of windows.
    OverBudget,
}

fn key(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(' ').filter(|w| !w.is_empty())
}

/// A text's words, their keys (lowercase, without the punctuation around them) and where each
/// key occurs. About 12 bytes a word.
pub struct Index<'t> {
    text: &'t str,
    /// The byte offset of each word.
    starts: Vec<u32>,
    /// The key of each word, as a number.
    keys: Vec<u32>,
    ids: HashMap<String, u32>,
    /// The words with key `i` are `positions[offsets[i]..offsets[i + 1]]`, in text order.
    offsets: Vec<u32>,
    positions: Vec<u32>,
}

/// The windows one quote looks at: its keys that the text has, and how often the quote has each.
struct Wanted {
    /// Key number to its place in `ids` and `need`.
    slot_of: HashMap<u32, usize>,
    ids: Vec<u32>,
    need: Vec<u32>,
}

/// The best window so far: how many words it shares, and its first word.
struct Best {
    overlap: u32,
    start: usize,
}

impl Best {
    /// Keeps the window that shares more words, or as many but comes first.
    fn offer(&mut self, overlap: u32, start: usize) {
        if overlap > self.overlap || (overlap == self.overlap && overlap > 0 && start < self.start)
        {
            *self = Best { overlap, start };
        }
    }
}

impl<'t> Index<'t> {
    /// `None` when the text is too long for 32-bit offsets (4 GiB; sources are far smaller).
    pub fn new(text: &'t str) -> Option<Self> {
        u32::try_from(text.len()).ok()?;
        let mut ids: HashMap<String, u32> = HashMap::new();
        let (mut starts, mut keys) = (Vec::new(), Vec::new());
        let mut lower = String::new();
        let mut at = 0;
        for word in text.split(' ') {
            if !word.is_empty() {
                let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
                keys.push(intern(&mut ids, bare, &mut lower));
                // Below the text's length, which fits.
                starts.push(at as u32);
            }
            at += word.len() + 1;
        }
        let (offsets, positions) = postings(&keys, ids.len());
        Some(Index {
            text,
            starts,
            keys,
            ids,
            offsets,
            positions,
        })
    }

    /// The passage of the text that comes closest to the quote, found around the window as long
    /// as the quote that shares the most words with it, with at most `budget` windows scored;
    /// and how many were.
    pub fn closest(&self, quote: &str, budget: usize) -> (Closest, usize) {
        let quote_words: Vec<&str> = words(quote).take(MAX_WORDS).collect();
        match self.closest_window(&quote_words, budget) {
            (Some(Some(start)), spent) => {
                let range = around(start, quote_words.len(), self.keys.len());
                let starts: Vec<usize> = self.starts[range.clone()]
                    .iter()
                    .map(|&s| s as usize)
                    .collect();
                let region = self.words(range);
                let found = describe(quote, &quote_words, &region, &starts);
                (found.map_or(Closest::Nothing, Closest::Passage), spent)
            }
            (Some(None), spent) => (Closest::Nothing, spent),
            (None, spent) => (Closest::OverBudget, spent),
        }
    }

    /// The first word of the window as long as the quote that shares the most words with it
    /// (`Some(None)`: none shares a word), or `None` when that takes more than `budget` windows;
    /// and the windows scored.
    fn closest_window(
        &self,
        quote_words: &[&str],
        budget: usize,
    ) -> (Option<Option<usize>>, usize) {
        let n = self.keys.len();
        if quote_words.is_empty() || n == 0 {
            return (Some(None), 0);
        }
        let k = quote_words.len().min(n);
        let wanted = self.wanted(quote_words);
        self.best_window(&wanted, k, budget)
    }

    fn wanted(&self, quote_words: &[&str]) -> Wanted {
        let mut wanted = Wanted {
            slot_of: HashMap::new(),
            ids: Vec::new(),
            need: Vec::new(),
        };
        for word in quote_words {
            // A key the text does not have can share nothing.
            let Some(&id) = self.ids.get(&key(word)) else {
                continue;
            };
            let slot = *wanted.slot_of.entry(id).or_insert_with(|| {
                wanted.ids.push(id);
                wanted.need.push(0);
                wanted.ids.len() - 1
            });
            wanted.need[slot] += 1;
        }
        wanted
    }

    fn occurrences(&self, id: u32) -> &[u32] {
        let id = id as usize;
        &self.positions[self.offsets[id] as usize..self.offsets[id + 1] as usize]
    }

    /// The first word of the best window of `k` words (`Some(None)`: none shares a word), or
    /// `None` when that takes more than `budget` windows; and the windows scored.
    fn best_window(
        &self,
        wanted: &Wanted,
        k: usize,
        budget: usize,
    ) -> (Option<Option<usize>>, usize) {
        // Rarest keys first; the stable sort keeps quote order among equals.
        let mut order: Vec<usize> = (0..wanted.ids.len()).collect();
        order.sort_by_key(|&slot| self.occurrences(wanted.ids[slot]).len());
        let mut rest: u32 = wanted.need.iter().sum();
        let mut best = Best {
            overlap: 0,
            start: 0,
        };
        let mut have = vec![0; wanted.ids.len()];
        let mut spent = 0;
        for slot in order {
            // A window not scored yet has none of the keys taken so far, so it shares at most
            // `rest` words: fewer than the best, which it can neither beat nor precede.
            if rest < best.overlap {
                break;
            }
            let occurrences = self.occurrences(wanted.ids[slot]);
            let Some(ranges) = self.ranges(occurrences, k, budget - spent) else {
                return (None, spent);
            };
            for (lo, hi) in ranges {
                spent += hi - lo + 1;
                self.score(wanted, &mut have, k, (lo, hi), &mut best);
            }
            rest -= wanted.need[slot];
        }
        (Some((best.overlap > 0).then_some(best.start)), spent)
    }

    /// The first words of the windows of `k` words around the occurrences, as ranges in text
    /// order; `None` when they are more than `left`.
    fn ranges(&self, occurrences: &[u32], k: usize, left: usize) -> Option<Vec<(usize, usize)>> {
        // Each occurrence starts a window of its own but for the last k - 1 words of the text.
        if occurrences.len() > left.saturating_add(k) {
            return None;
        }
        let last = self.keys.len() - k;
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut total = 0;
        for &p in occurrences {
            let (lo, hi) = ((p as usize + 1).saturating_sub(k), (p as usize).min(last));
            match ranges.last_mut() {
                Some(range) if lo <= range.1 + 1 => {
                    total += hi - range.1;
                    range.1 = hi;
                }
                _ => {
                    total += hi - lo + 1;
                    ranges.push((lo, hi));
                }
            }
        }
        (total <= left).then_some(ranges)
    }

    /// Offers each window of `k` words that starts in `lo..=hi` to `best`, sliding over them.
    fn score(
        &self,
        wanted: &Wanted,
        have: &mut [u32],
        k: usize,
        (lo, hi): (usize, usize),
        best: &mut Best,
    ) {
        let slot = |i: usize| wanted.slot_of.get(&self.keys[i]).copied();
        have.fill(0);
        let mut overlap = 0;
        for s in (lo..lo + k).filter_map(slot) {
            if have[s] < wanted.need[s] {
                overlap += 1;
            }
            have[s] += 1;
        }
        best.offer(overlap, lo);
        for start in lo + 1..=hi {
            if let Some(s) = slot(start - 1) {
                have[s] -= 1;
                if have[s] < wanted.need[s] {
                    overlap -= 1;
                }
            }
            if let Some(s) = slot(start + k - 1) {
                if have[s] < wanted.need[s] {
                    overlap += 1;
                }
                have[s] += 1;
            }
            best.offer(overlap, start);
        }
    }

    /// The words of the text in `range`.
    fn words(&self, range: Range<usize>) -> Vec<&'t str> {
        let text = self.text;
        self.starts[range]
            .iter()
            .map(|&s| {
                let s = s as usize;
                let end = memchr::memchr(b' ', &text.as_bytes()[s..]).map_or(text.len(), |e| s + e);
                &text[s..end]
            })
            .collect()
    }
}

/// The words that a quote of `quote_len` words is aligned with, given the first word of its
/// closest window: the window widened by the quote's length on each side, within the `len`
/// words of the text. The window may miss words at either end when the quote adds or leaves out
/// some; the region has them.
fn around(start: usize, quote_len: usize, len: usize) -> Range<usize> {
    start.saturating_sub(quote_len)..start.saturating_add(2 * quote_len).min(len)
}

/// The number of the key of a word (`bare`: without the punctuation around it), given one if
/// it is new. `lower` is room to lowercase in.
fn intern(ids: &mut HashMap<String, u32>, bare: &str, lower: &mut String) -> u32 {
    // Most words are ASCII, and most of those lowercase already: no allocation for them.
    let lowered: &str = if !bare.is_ascii() {
        *lower = bare.to_lowercase();
        lower
    } else if bare.bytes().any(|b| b.is_ascii_uppercase()) {
        lower.clear();
        lower.push_str(bare);
        lower.make_ascii_lowercase();
        lower
    } else {
        bare
    };
    if let Some(&id) = ids.get(lowered) {
        return id;
    }
    // There are fewer keys than bytes of text, which fit in 32 bits.
    let id = ids.len() as u32;
    ids.insert(lowered.to_owned(), id);
    id
}

/// Where each key occurs, grouped by key (a counting sort of the word positions).
fn postings(keys: &[u32], distinct: usize) -> (Vec<u32>, Vec<u32>) {
    let mut offsets = vec![0u32; distinct + 1];
    for &id in keys {
        offsets[id as usize + 1] += 1;
    }
    for i in 1..offsets.len() {
        offsets[i] += offsets[i - 1];
    }
    let mut next = offsets[..distinct].to_vec();
    let mut positions = vec![0u32; keys.len()];
    for (p, &id) in keys.iter().enumerate() {
        let at = &mut next[id as usize];
        positions[*at as usize] = p as u32;
        *at += 1;
    }
    (offsets, positions)
}

/// The word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The passage of `region` (whose words start at the bytes `starts` of the text) that the
/// quote aligns with, and where they differ; `None` when no word of the quote aligns with one
/// of the region.
fn describe(
    quote: &str,
    quote_words: &[&str],
    region: &[&str],
    starts: &[usize],
) -> Option<Passage> {
    // Words are aligned without the punctuation around them (words of punctuation alone are
    // left aside), unless punctuation is all that differs.
    let quote_bare: Vec<&str> = quote_words
        .iter()
        .map(|w| bare(w))
        .filter(|w| !w.is_empty())
        .collect();
    let (places, region_bare): (Vec<usize>, Vec<&str>) = (region.iter().enumerate())
        .map(|(i, w)| (i, bare(w)))
        .filter(|(_, w)| !w.is_empty())
        .unzip();
    let aligned = align(&quote_bare, &region_bare, Ends::Free);
    let (span, mut differences) = match span_of(&aligned) {
        Some(span) => (
            places[span.start]..places[span.end - 1] + 1,
            differences(&aligned, &quote_bare, &region_bare),
        ),
        // A quote of punctuation alone.
        None => {
            let aligned = align(quote_words, region, Ends::Free);
            (
                span_of(&aligned)?,
                differences(&aligned, quote_words, region),
            )
        }
    };
    let mut from = starts.get(span.start).copied().unwrap_or(0);
    let mut shown = region[span].join(" ");
    // Punctuation that only surrounds the passage (`“The`, `control”,`) is noise, unless the
    // quote has it.
    if quote.starts_with(|c: char| c.is_alphanumeric()) {
        let cut = shown.len()
            - shown
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        shown.drain(..cut);
        from += cut;
    }
    if quote.ends_with(|c: char| c.is_alphanumeric()) {
        shown.truncate(shown.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
    }
    let span = from..from + shown.len();
    if differences.is_empty() {
        let passage: Vec<&str> = words(&shown).collect();
        let aligned = align(quote_words, &passage, Ends::Fixed);
        differences = self::differences(&aligned, quote_words, &passage);
    }
    if shown.chars().count() > MAX_SHOWN {
        shown = shown.chars().take(MAX_SHOWN).collect::<String>() + "…";
    }
    Some(Passage {
        text: shown,
        differences,
        span,
    })
}

/// One step of an alignment of a quote's words with a source's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// The quote's word `.0` stands where the source has its word `.1` (the same word or not).
    Pair(usize, usize),
    /// The quote adds its word `.0`.
    Added(usize),
    /// The quote leaves out the source's word `.0`.
    LeftOut(usize),
}

/// Whether the source's words before and after the aligned ones come free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ends {
    /// The quote is aligned with the stretch of the source that suits it best.
    Free,
    /// With the whole of the source.
    Fixed,
}

/// The cheapest alignment of every word of the quote with the source's words (the costs are
/// [`ADDED`], [`LEFT_OUT`], [`ALIKE`] and [`UNLIKE`]), in order; of equals, the one that ends
/// first. A semi-global alignment (free ends) in O(quote × source) time and memory: the
/// source is a region of a few times the quote's length.
fn align(quote: &[&str], source: &[&str], ends: Ends) -> Vec<Step> {
    let (n, m) = (quote.len(), source.len());
    let quote_keys: Vec<Spelling> = quote.iter().map(|w| Spelling::new(w)).collect();
    let source_keys: Vec<Spelling> = source.iter().map(|w| Spelling::new(w)).collect();
    let width = m + 1;
    // `cost[i * width + j]`: the least cost of aligning the first `i` words of the quote with
    // the source's words up to the `j`th (from the first, or from any with free ends).
    let mut cost = vec![0u32; (n + 1) * width];
    // `pair[i * m + j]`: the cost of the quote's word `i` where the source has its word `j`.
    let mut pair = vec![0u8; n * m];
    if ends == Ends::Fixed {
        for (j, c) in cost[..width].iter_mut().enumerate() {
            *c = j as u32 * LEFT_OUT;
        }
    }
    for i in 1..=n {
        cost[i * width] = i as u32 * ADDED;
        for j in 1..=m {
            let p = if quote[i - 1] == source[j - 1] {
                0
            } else if alike(&quote_keys[i - 1], &source_keys[j - 1]) {
                ALIKE
            } else {
                UNLIKE
            };
            pair[(i - 1) * m + j - 1] = p as u8;
            cost[i * width + j] = (cost[(i - 1) * width + j - 1] + p)
                .min(cost[(i - 1) * width + j] + ADDED)
                .min(cost[i * width + j - 1] + LEFT_OUT);
        }
    }
    let last = &cost[n * width..];
    let end = match ends {
        // The first of the cheapest ends.
        Ends::Free => (0..=m).min_by_key(|&j| last[j]).unwrap_or(m),
        Ends::Fixed => m,
    };
    let (mut i, mut j) = (n, end);
    let mut steps = Vec::new();
    while i > 0 || (ends == Ends::Fixed && j > 0) {
        let here = cost[i * width + j];
        if i > 0
            && j > 0
            && here == cost[(i - 1) * width + j - 1] + u32::from(pair[(i - 1) * m + j - 1])
        {
            steps.push(Step::Pair(i - 1, j - 1));
            i -= 1;
            j -= 1;
        } else if i > 0 && here == cost[(i - 1) * width + j] + ADDED {
            steps.push(Step::Added(i - 1));
            i -= 1;
        } else if j > 0 {
            steps.push(Step::LeftOut(j - 1));
            j -= 1;
        } else {
            break; // not reached: the first column is reached by words added
        }
    }
    steps.reverse();
    steps
}

/// A word's key, with what tells cheaply that two words are not spelled alike.
struct Spelling {
    key: String,
    first: Option<char>,
    /// Its characters.
    chars: usize,
    /// The characters it has, each as one of 64 bits.
    letters: u64,
}

impl Spelling {
    fn new(word: &str) -> Self {
        let key = key(word);
        let (mut chars, mut letters) = (0, 0u64);
        for c in key.chars() {
            chars += 1;
            letters |= 1 << ((c as u32).wrapping_mul(0x9E37_79B1) >> 26);
        }
        Spelling {
            first: key.chars().next(),
            key,
            chars,
            letters,
        }
    }
}

/// Whether two words are spelled alike: their keys are the same (they differ in case or
/// punctuation), or they start with the same letter and are at most half their letters apart
/// (`centre` and `center`, `Kiev` and `Kyiv`, not `was` and `is`).
fn alike(a: &Spelling, b: &Spelling) -> bool {
    if a.key == b.key {
        return true;
    }
    let most = a.chars.max(b.chars);
    // The distance is at least the difference of the lengths, and at least the number of
    // letters (bits) that one has and the other has not: most pairs end here.
    let missing = |x: u64, y: u64| (x & !y).count_ones() as usize;
    a.first == b.first
        && a.chars.abs_diff(b.chars) * 2 <= most
        && missing(a.letters, b.letters) * 2 <= most
        && missing(b.letters, a.letters) * 2 <= most
        && within(&a.key, &b.key, most / 2)
}

/// Whether the edit distance of two words is at most `limit`. Short ASCII words, the most,
/// are compared on the stack, with an early end once every way is beyond the limit.
fn within(a: &str, b: &str, limit: usize) -> bool {
    const SHORT: usize = 32;
    if a.len() > SHORT || b.len() > SHORT || !a.is_ascii() || !b.is_ascii() {
        return strsim::levenshtein(a, b) <= limit;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // `row[j]`: the distance between the first words of `a` so far and the first `j` of `b`.
    let mut row = [0u8; SHORT + 1];
    for (j, d) in row.iter_mut().enumerate().take(b.len() + 1) {
        *d = j as u8;
    }
    for (i, &x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i as u8 + 1;
        let mut least = row[0];
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + u8::from(x != y)).min(above + 1).min(row[j] + 1);
            diagonal = above;
            least = least.min(row[j + 1]);
        }
        // The distance is at least the least of the row.
        if usize::from(least) > limit {
            return false;
        }
    }
    usize::from(row[b.len()]) <= limit
}

/// The source's words that an alignment pairs with or leaves out; `None` when it only adds.
fn span_of(steps: &[Step]) -> Option<Range<usize>> {
    let mut source = steps.iter().filter_map(|step| match *step {
        Step::Pair(_, j) | Step::LeftOut(j) => Some(j),
        Step::Added(_) => None,
    });
    let first = source.next()?;
    Some(first..source.next_back().unwrap_or(first) + 1)
}

/// The places where an alignment pairs words that are not the same, adds or leaves out words:
/// each run of such steps is one difference.
fn differences(steps: &[Step], quote: &[&str], source: &[&str]) -> Vec<Difference> {
    let mut found = Vec::new();
    let mut open: Option<Difference> = None;
    for &step in steps {
        match step {
            Step::Pair(i, j) if quote[i] == source[j] => found.extend(open.take()),
            Step::Pair(i, j) => {
                let difference = open.get_or_insert_with(Difference::default);
                difference.quote.push(quote[i].to_owned());
                difference.source.push(source[j].to_owned());
            }
            Step::Added(i) => {
                let difference = open.get_or_insert_with(Difference::default);
                difference.quote.push(quote[i].to_owned());
            }
            Step::LeftOut(j) => {
                let difference = open.get_or_insert_with(Difference::default);
                difference.source.push(source[j].to_owned());
            }
        }
    }
    found.extend(open);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The search without a budget.
    fn closest(text: &str, quote: &str) -> Option<Passage> {
        let index = Index::new(text).expect("a small text");
        match index.closest(quote, usize::MAX).0 {
            Closest::Passage(p) => Some(p),
            Closest::Nothing => None,
            Closest::OverBudget => panic!("no budget to spend"),
        }
    }

    fn differs(quote: &[&str], source: &[&str]) -> Difference {
        let owned = |ws: &[&str]| ws.iter().map(|w| (*w).to_owned()).collect();
        Difference {
            quote: owned(quote),
            source: owned(source),
        }
    }

    /// The first word of the closest window as it was found before the index: a window slid
    /// over every word of the text.
    fn brute_force_window(text: &str, quote: &str) -> Option<usize> {
        let quote_words: Vec<&str> = words(quote).take(MAX_WORDS).collect();
        let words: Vec<&str> = words(text).collect();
        if quote_words.is_empty() || words.is_empty() {
            return None;
        }
        let k = quote_words.len().min(words.len());
        let keys: Vec<String> = words.iter().map(|w| key(w)).collect();
        let mut need: HashMap<String, i32> = HashMap::new();
        for w in &quote_words {
            *need.entry(key(w)).or_default() += 1;
        }
        let mut have: HashMap<&str, i32> = HashMap::new();
        let mut overlap = 0;
        let mut best = (0, 0);
        for (i, word_key) in keys.iter().enumerate() {
            if let Some(&n) = need.get(word_key) {
                let h = have.entry(word_key).or_default();
                if *h < n {
                    overlap += 1;
                }
                *h += 1;
            }
            if i >= k {
                let old = keys[i - k].as_str();
                if let Some(&n) = need.get(old) {
                    let h = have.entry(old).or_default();
                    *h -= 1;
                    if *h < n {
                        overlap -= 1;
                    }
                }
            }
            if i + 1 >= k && overlap > best.0 {
                best = (overlap, i + 1 - k);
            }
        }
        (best.0 > 0).then_some(best.1)
    }

    /// The passage around the brute force's window.
    fn brute_force(text: &str, quote: &str) -> Option<Passage> {
        let start = brute_force_window(text, quote)?;
        let quote_words: Vec<&str> = words(quote).take(MAX_WORDS).collect();
        let words: Vec<&str> = words(text).collect();
        let mut starts = Vec::new();
        let mut at = 0;
        for word in text.split(' ') {
            if !word.is_empty() {
                starts.push(at);
            }
            at += word.len() + 1;
        }
        let range = around(start, quote_words.len(), words.len());
        describe(quote, &quote_words, &words[range.clone()], &starts[range])
    }

    #[test]
    fn finds_the_passage_and_the_word_that_differs() {
        let text = "Igor Konashenkov said. The Rusian divisions of the armed forces have taken the \
                    regional center of Kherson under full control, according to AFP reports.";
        let p = closest(
            text,
            "have taken the regional centre of Kherson under full control",
        )
        .unwrap();
        assert_eq!(
            p.text,
            "have taken the regional center of Kherson under full control"
        );
        assert_eq!(p.differences, [differs(&["centre"], &["center"])]);
        assert_eq!(&text[p.span], p.text);
    }

    #[test]
    fn punctuation_shows_when_it_is_all_that_differs() {
        let p = closest("taken Kherson, under control", "Kherson under control").unwrap();
        assert_eq!(p.text, "Kherson, under control");
        assert_eq!(p.differences, [differs(&["Kherson"], &["Kherson,"])]);
        let p = closest("left the country, while many", "the country - while").unwrap();
        assert_eq!(p.text, "the country, while");
        assert_eq!(p.differences, [differs(&["country", "-"], &["country,"])]);
    }

    #[test]
    fn a_word_added_is_named_and_the_passage_is_the_sentence_it_is_in() {
        let text = "People were told not to worry. The city is in a critical state, he said.";
        let p = closest(text, "The city is in a very critical state").unwrap();
        assert_eq!(p.text, "The city is in a critical state");
        assert_eq!(p.differences, [differs(&["very"], &[])]);
        // Added first: the passage does not reach back to the previous sentence for it.
        let p = closest(text, "very The city is in a critical state").unwrap();
        assert_eq!(p.text, "The city is in a critical state");
        assert_eq!(p.differences, [differs(&["very"], &[])]);
        // Added last.
        let p = closest(text, "The city is in a critical state indeed").unwrap();
        assert_eq!(p.text, "The city is in a critical state");
        assert_eq!(p.differences, [differs(&["indeed"], &[])]);
    }

    #[test]
    fn a_word_left_out_is_named() {
        let text = "Kherson fell a week ago. The Russian army is now moving towards Odessa, the \
                    country's largest port.";
        let p = closest(text, "The Russian army is moving towards Odessa").unwrap();
        assert_eq!(p.text, "The Russian army is now moving towards Odessa");
        assert_eq!(p.differences, [differs(&[], &["now"])]);
        let p = closest(text, "a week ago. The Russian army is moving").unwrap();
        assert_eq!(p.text, "a week ago. The Russian army is now moving");
        assert_eq!(p.differences, [differs(&[], &["now"])]);
    }

    #[test]
    fn a_word_changed_at_an_edge_is_paired_when_spelled_alike() {
        let text = "The city of Kherson is nearly 550 kilometers away from Kyiv, the capital.";
        let p = closest(
            text,
            "The city of Kherson is nearly 550 kilometers away from Kiev",
        )
        .unwrap();
        assert_eq!(
            p.text,
            "The city of Kherson is nearly 550 kilometers away from Kyiv"
        );
        assert_eq!(p.differences, [differs(&["Kiev"], &["Kyiv"])]);
        let p = closest(text, "the city of Kherson is nearly 550 kilometers").unwrap();
        assert_eq!(p.text, "The city of Kherson is nearly 550 kilometers");
        assert_eq!(p.differences, [differs(&["the"], &["The"])]);
        // In the middle, any word in place of another is paired with it.
        let p = closest(text, "The city of Kherson is about 550 kilometers").unwrap();
        assert_eq!(p.differences, [differs(&["about"], &["nearly"])]);
    }

    #[test]
    fn several_differences_are_named_in_order() {
        let text = "Kherson fell a week ago. The Russian army is now moving towards Odessa, the \
                    country's largest port, and it is in a critical state.";
        let p = closest(
            text,
            "The Russian army is moving fast towards Odessa, the largest port",
        )
        .unwrap();
        assert_eq!(
            p.text,
            "The Russian army is now moving towards Odessa, the country's largest port"
        );
        assert_eq!(
            p.differences,
            [
                differs(&[], &["now"]),
                differs(&["fast"], &[]),
                differs(&[], &["country's"])
            ]
        );
    }

    #[test]
    fn punctuation_around_the_passage_is_left_out_unless_the_quote_has_it() {
        let text = "He said, \"The Rusian divisions have taken Kherson\", according to AFP.";
        let p = closest(text, "The Russian divisions have taken Kherson").unwrap();
        assert_eq!(p.text, "The Rusian divisions have taken Kherson");
        assert_eq!(p.differences, [differs(&["Russian"], &["Rusian"])]);
        let p = closest(text, "\"The Russian divisions have taken Kherson\",").unwrap();
        assert_eq!(p.text, "\"The Rusian divisions have taken Kherson\",");
    }

    #[test]
    fn nothing_in_common_gives_nothing() {
        assert_eq!(closest("alpha beta gamma", "delta epsilon"), None);
        assert_eq!(closest("", "delta epsilon"), None);
        assert_eq!(closest("alpha", " "), None);
    }

    #[test]
    fn quote_longer_than_the_text_compares_with_all_of_it() {
        let p = closest("two words", "two words and more").unwrap();
        assert_eq!(p.text, "two words");
        assert_eq!(p.differences, [differs(&["and", "more"], &[])]);
    }

    #[test]
    fn of_equal_windows_the_first_is_kept() {
        let window = |text: &str, quote: &[&str]| {
            let index = Index::new(text).unwrap();
            index.closest_window(quote, usize::MAX).0
        };
        assert_eq!(window("x a b y a c z", &["a", "d"]), Some(Some(0)));
        assert_eq!(window("q b a r a b", &["a", "b"]), Some(Some(1)));
    }

    #[test]
    fn rare_words_bound_the_work() {
        // 30,000 common words around one sentence: the quote's rare words find it at once.
        let filler = "the said of and to in that was ".repeat(3750);
        let text = format!("{filler}the regional center of Kherson under full control {filler}");
        let index = Index::new(&text).unwrap();
        let (found, spent) = index.closest("the regional centre of Kherson under control", 1000);
        let Closest::Passage(p) = found else {
            panic!("{found:?}")
        };
        assert_eq!(p.text, "the regional center of Kherson under full control");
        assert_eq!(
            p.differences,
            [differs(&["centre"], &["center"]), differs(&[], &["full"])]
        );
        assert_eq!(
            Some(p),
            brute_force(&text, "the regional centre of Kherson under control")
        );
        assert!(spent < 100, "{spent} windows");
    }

    #[test]
    fn a_quote_of_common_words_spends_its_budget() {
        let text = "the of the and ".repeat(10_000);
        let index = Index::new(&text).unwrap();
        let (found, spent) = index.closest("the of the of the and the", 500);
        assert_eq!(found, Closest::OverBudget);
        assert!(spent <= 500);
        let (found, _) = index.closest("the of the of the and the", usize::MAX);
        assert!(matches!(found, Closest::Passage(_)));
    }

    /// Few words, so that windows often tie; case, punctuation, a word without letters, and
    /// letters beyond ASCII.
    fn word() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a", "A", "a,", "b", "b.", "\"b", "c", "d", "-", "été", "Été", "x",
        ])
    }

    fn words_of(max: usize) -> impl Strategy<Value = String> {
        prop::collection::vec((word(), prop::bool::weighted(0.1)), 0..max).prop_map(|ws| {
            ws.iter()
                .map(|(w, wide)| {
                    if *wide {
                        format!("{w}  ")
                    } else {
                        format!("{w} ")
                    }
                })
                .collect()
        })
    }

    /// What an alignment costs.
    fn cost_of(steps: &[Step], quote: &[&str], source: &[&str]) -> u32 {
        steps
            .iter()
            .map(|&step| match step {
                Step::Pair(i, j) => pair_cost(quote[i], source[j]),
                Step::Added(_) => ADDED,
                Step::LeftOut(_) => LEFT_OUT,
            })
            .sum()
    }

    fn pair_cost(a: &str, b: &str) -> u32 {
        if a == b {
            0
        } else if alike(&Spelling::new(a), &Spelling::new(b)) {
            ALIKE
        } else {
            UNLIKE
        }
    }

    /// The least cost of aligning the quote with all of `source`, by recursion over its ends.
    fn edit_cost(quote: &[&str], source: &[&str]) -> u32 {
        match (quote, source) {
            ([], _) => source.len() as u32 * LEFT_OUT,
            (_, []) => quote.len() as u32 * ADDED,
            ([q @ .., a], [s @ .., b]) => (edit_cost(q, s) + pair_cost(a, b))
                .min(edit_cost(q, source) + ADDED)
                .min(edit_cost(quote, s) + LEFT_OUT),
        }
    }

    /// Words that are alike in several ways: in case, in punctuation, in spelling.
    fn aligned_word() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a", "A", "a,", "b", "bb", "abc", "abd", "-", "c", "Kyiv", "Kiev",
        ])
    }

    #[test]
    fn words_spelled_alike() {
        let alike = |a: &str, b: &str| alike(&Spelling::new(a), &Spelling::new(b));
        for (a, b) in [
            ("centre", "center"),
            ("Rusian", "Russian"),
            ("Kiev", "Kyiv"),
            ("Kharkov", "Kharkiv"),
            ("the", "The"),
            ("Kherson,", "Kherson"),
            ("été", "Été"),
            ("Boichenko", "Boychenko"),
        ] {
            assert!(alike(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("was", "is"),
            ("left", "fled"),
            ("very", "worry"),
            ("a", "I"),
        ] {
            assert!(!alike(a, b), "{a} {b}");
        }
    }

    proptest! {
        #[test]
        fn the_short_edit_distance_is_the_edit_distance(
            a in "[a-c]{0,6}|[a-zé]{0,40}",
            b in "[a-c]{0,6}|[a-zé]{0,40}",
            limit in 0usize..8,
        ) {
            prop_assert_eq!(within(&a, &b, limit), strsim::levenshtein(&a, &b) <= limit);
        }

        #[test]
        fn the_index_finds_the_window_the_sliding_window_finds(
            text in words_of(40),
            quote in words_of(12),
            budget in 0usize..200,
        ) {
            let index = Index::new(&text).expect("a small text");
            let quote_words: Vec<&str> = words(&quote).take(MAX_WORDS).collect();
            let (window, _) = index.closest_window(&quote_words, usize::MAX);
            prop_assert_eq!(window, Some(brute_force_window(&text, &quote)));
            let expected = brute_force(&text, &quote);
            prop_assert_eq!(&closest(&text, &quote), &expected);
            // A budget gives the same passage or none.
            let (found, spent) = index.closest(&quote, budget);
            prop_assert!(spent <= budget);
            match found {
                Closest::Passage(p) => prop_assert_eq!(Some(p), expected),
                Closest::Nothing => prop_assert_eq!(None, expected),
                Closest::OverBudget => {}
            }
        }

        #[test]
        fn the_alignment_is_the_cheapest_and_ends_on_paired_words(
            quote in prop::collection::vec(aligned_word(), 0..6),
            source in prop::collection::vec(aligned_word(), 0..9),
        ) {
            let steps = align(&quote, &source, Ends::Free);
            // Every word of the quote, in order; the source's words of one stretch, in order.
            let quoted: Vec<usize> = steps.iter().filter_map(|s| match *s {
                Step::Pair(i, _) | Step::Added(i) => Some(i),
                Step::LeftOut(_) => None,
            }).collect();
            prop_assert_eq!(quoted, (0..quote.len()).collect::<Vec<_>>());
            let sourced: Vec<usize> = steps.iter().filter_map(|s| match *s {
                Step::Pair(_, j) | Step::LeftOut(j) => Some(j),
                Step::Added(_) => None,
            }).collect();
            let span = span_of(&steps);
            prop_assert_eq!(&sourced, &span.clone().map_or(Vec::new(), Iterator::collect));
            // As cheap as the best alignment with any stretch of the source.
            let cheapest = (0..=source.len())
                .flat_map(|a| (a..=source.len()).map(move |b| (a, b)))
                .map(|(a, b)| edit_cost(&quote, &source[a..b]))
                .min();
            prop_assert_eq!(Some(cost_of(&steps, &quote, &source)), cheapest);
            // The stretch starts and ends with words paired with the quote's, and alike.
            let edges = (steps.iter().find(|s| !matches!(s, Step::Added(_))),
                steps.iter().rev().find(|s| !matches!(s, Step::Added(_))));
            for edge in [edges.0, edges.1].into_iter().flatten() {
                let Step::Pair(i, j) = *edge else {
                    return Err(TestCaseError::fail(format!("{edge:?} at an edge: {steps:?}")));
                };
                prop_assert!(pair_cost(quote[i], source[j]) < UNLIKE, "{:?}", steps);
            }
            // With fixed ends, every word of the source is in it.
            let fixed = align(&quote, &source, Ends::Fixed);
            prop_assert_eq!(cost_of(&fixed, &quote, &source), edit_cost(&quote, &source));
            prop_assert_eq!(span_of(&fixed), (!source.is_empty()).then_some(0..source.len()));
        }
    }
}
