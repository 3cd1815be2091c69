//! Source ids made from a title or a file name.

use unicode_normalization::UnicodeNormalization;

/// An id made from a title keeps its first words, up to this many characters: enough to tell
/// sources apart, short enough to type in every citation.
const MAX_SLUG: usize = 40;
const MAX_WORDS: usize = 6;

/// `text` as an id: its first words in lowercase ASCII letters and digits, joined by hyphens,
/// accents and apostrophes dropped (`Kyiv’s “Forces” Fled — Odesa` gives
/// `kyivs-forces-fled-odesa`); none when no letter or digit is left.
pub fn slug(text: &str) -> Option<String> {
    // Letters with accents are split into the letter and the accent, which is then dropped.
    // Apostrophes are dropped (`Ukraine's` is one word); other non-ASCII characters (the
    // curly apostrophe, accents split off by NFKD) too.
    let plain: String = (text.nfkd())
        .filter(|c| c.is_ascii() && *c != '\'')
        .collect();
    let mut out = String::new();
    let words = plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    for word in words.take(MAX_WORDS) {
        if !out.is_empty() && out.len() + 1 + word.len() > MAX_SLUG {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out.truncate(MAX_SLUG);
    let out = out.trim_end_matches('-').to_owned();
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_ids_of_the_format() {
        assert_eq!(
            slug("Russian forces have captured Ukraine's Kherson: Kremlin").as_deref(),
            Some("russian-forces-have-captured-ukraines")
        );
        assert_eq!(
            slug("Goloséevo — “día” 8").as_deref(),
            Some("goloseevo-dia-8")
        );
        assert_eq!(slug("Кремль").as_deref(), None);
        assert_eq!(
            slug("Kyiv’s “Forces” Fled — Odesa").as_deref(),
            Some("kyivs-forces-fled-odesa")
        );
        assert_eq!(slug(&"a".repeat(100)).map(|s| s.len()), Some(40));
        for title in ["Kherson: a b", "  x  ", "2022 report"] {
            let id = slug(title).unwrap();
            assert!(crate::load::model::Id::parse(id.clone()).is_ok(), "{id}");
        }
    }
}
