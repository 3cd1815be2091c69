//! The passage of a source that comes closest to a quote that is not in it, and the words that
//! differ, so an editor sees at once what to correct.

use std::collections::HashMap;

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

fn key(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The window of the text, as long as the quote, that shares the most words with it.
/// `None` when no word of the quote occurs in the text.
pub fn closest(text: &str, quote: &str) -> Option<Passage> {
    let quote_words: Vec<&str> = quote
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
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
    if best.0 == 0 {
        return None;
    }
    let window = &words[best.1..best.1 + k];
    // Words are compared without the punctuation around them, unless punctuation is all
    // that differs.
    let bare = |ws: &[&str]| -> Vec<String> {
        ws.iter()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (mut quote_only, mut source_only) = differences(&bare(&quote_words), &bare(window));
    if quote_only.is_empty() && source_only.is_empty() {
        let own = |ws: &[&str]| -> Vec<String> { ws.iter().map(|w| (*w).to_owned()).collect() };
        (quote_only, source_only) = differences(&own(&quote_words), &own(window));
    }
    let mut shown = window.join(" ");
    // Punctuation that only surrounds the passage (`control",`) is noise, unless the quote has it.
    if quote.ends_with(|c: char| c.is_alphanumeric()) {
        shown.truncate(shown.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
    }
    if shown.chars().count() > MAX_SHOWN {
        shown = shown.chars().take(MAX_SHOWN).collect::<String>() + "…";
    }
    Some(Passage {
        text: shown,
        quote_only,
        source_only,
    })
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
    }

    #[test]
    fn quote_longer_than_the_text_compares_with_all_of_it() {
        let p = closest("two words", "two words and more").unwrap();
        assert_eq!(p.text, "two words");
    }
}
