//! The passage of a source that comes closest to a quote that is not in it, and the words that
//! differ, so an editor sees at once what to correct.
//!
//! A source's words are indexed once ([`Index`]), when a first quote of it is not found; each
//! quote then scores only the windows around its rarest words, so its work depends on how often
//! those occur, not on the length of the source.

use ahash::AHashMap as HashMap;

/// Quotes longer than this many words are compared by their first words only.
const MAX_WORDS: usize = 300;
/// Passages are shown up to about this many characters.
const MAX_SHOWN: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// The passage as it reads in the (normalised) source.
    pub text: String,
    /// Words of the quote that the passage does not have, in order.
    pub quote_only: Vec<String>,
    /// Words of the passage that the quote does not have, in order.
    pub source_only: Vec<String>,
}

/// What the search for a quote's closest passage gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Closest {
    /// The window as long as the quote that shares the most words with it (the first of
    /// equals).
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

    /// The window of the text, as long as the quote, that shares the most words with it, with
    /// at most `budget` windows scored; and how many were.
    pub fn closest(&self, quote: &str, budget: usize) -> (Closest, usize) {
        let quote_words: Vec<&str> = words(quote).take(MAX_WORDS).collect();
        let n = self.keys.len();
        if quote_words.is_empty() || n == 0 {
            return (Closest::Nothing, 0);
        }
        let k = quote_words.len().min(n);
        let wanted = self.wanted(&quote_words);
        match self.best_window(&wanted, k, budget) {
            (Some(Some(start)), spent) => {
                let window = self.window(start, k);
                (
                    Closest::Passage(describe(quote, &quote_words, &window)),
                    spent,
                )
            }
            (Some(None), spent) => (Closest::Nothing, spent),
            (None, spent) => (Closest::OverBudget, spent),
        }
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

    fn window(&self, start: usize, k: usize) -> Vec<&'t str> {
        let text = self.text;
        self.starts[start..start + k]
            .iter()
            .map(|&s| {
                let s = s as usize;
                let end = memchr::memchr(b' ', &text.as_bytes()[s..]).map_or(text.len(), |e| s + e);
                &text[s..end]
            })
            .collect()
    }
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

/// The passage shown for `window`, and the words that differ from the quote's.
fn describe(quote: &str, quote_words: &[&str], window: &[&str]) -> Passage {
    // Words are compared without the punctuation around them, unless punctuation is all
    // that differs.
    let bare = |ws: &[&str]| -> Vec<String> {
        ws.iter()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (mut quote_only, mut source_only) = differences(&bare(quote_words), &bare(window));
    if quote_only.is_empty() && source_only.is_empty() {
        let own = |ws: &[&str]| -> Vec<String> { ws.iter().map(|w| (*w).to_owned()).collect() };
        (quote_only, source_only) = differences(&own(quote_words), &own(window));
    }
    let mut shown = window.join(" ");
    // Punctuation that only surrounds the passage (`control",`) is noise, unless the quote has it.
    if quote.ends_with(|c: char| c.is_alphanumeric()) {
        shown.truncate(shown.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
    }
    if shown.chars().count() > MAX_SHOWN {
        shown = shown.chars().take(MAX_SHOWN).collect::<String>() + "…";
    }
    Passage {
        text: shown,
        quote_only,
        source_only,
    }
}

/// The words outside the longest common subsequence of the two word lists.
fn differences(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut only_a, mut only_b) = (Vec::new(), Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            only_a.push(a[i].clone());
            i += 1;
        } else {
            only_b.push(b[j].clone());
            j += 1;
        }
    }
    only_a.extend_from_slice(&a[i..]);
    only_b.extend_from_slice(&b[j..]);
    (only_a, only_b)
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

    /// The search as it was before the index: a window slid over every word of the text.
    fn brute_force(text: &str, quote: &str) -> Option<Passage> {
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
        (best.0 > 0).then(|| describe(quote, &quote_words, &words[best.1..best.1 + k]))
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
        assert_eq!(p.quote_only, ["centre"]);
        assert_eq!(p.source_only, ["center"]);
    }

    #[test]
    fn punctuation_shows_when_it_is_all_that_differs() {
        let p = closest("taken Kherson, under control", "Kherson under control").unwrap();
        assert_eq!(p.quote_only, ["Kherson"]);
        assert_eq!(p.source_only, ["Kherson,"]);
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
    }

    #[test]
    fn of_equal_windows_the_first_is_kept() {
        let p = closest("x a b y a c z", "a d").unwrap();
        assert_eq!(p.text, "x a");
        let p = closest("q b a r a b", "a b").unwrap();
        assert_eq!(p.text, "b a");
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
        assert!(p.text.contains("center of Kherson"), "{p:?}");
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

    proptest! {
        #[test]
        fn the_index_finds_what_the_sliding_window_finds(
            text in words_of(40),
            quote in words_of(12),
            budget in 0usize..200,
        ) {
            let expected = brute_force(&text, &quote);
            prop_assert_eq!(&closest(&text, &quote), &expected);
            // A budget gives the same passage or none.
            let index = Index::new(&text).expect("a small text");
            let (found, spent) = index.closest(&quote, budget);
            prop_assert!(spent <= budget);
            match found {
                Closest::Passage(p) => prop_assert_eq!(Some(p), expected),
                Closest::Nothing => prop_assert_eq!(None, expected),
                Closest::OverBudget => {}
            }
        }
    }
}
