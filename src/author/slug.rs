//! Source ids made from a title or a file name.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

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
    let plain: String = (in_latin(text).chars())
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

/// `text` for an id: the letters of the Cyrillic and Greek alphabets written in Latin ones
/// (Ukrainian's national system first: `Київ` is `kyiv`), and accents dropped (`é` is `e`).
/// A title or a sentence in those scripts would otherwise leave only its digits (`Київ: 12
/// людей` gave the id `12`). Other characters are kept as they are.
pub fn in_latin(text: &str) -> String {
    // `й` and `ї` are letters of their own, written before NFKD splits them; the accents of
    // other letters (Greek `ά`) after.
    let whole = latin(text.nfc());
    latin(whole.nfkd().filter(|c| !is_combining_mark(*c)))
}

fn latin(chars: impl Iterator<Item = char>) -> String {
    let mut out = String::new();
    for c in chars {
        let lower = c.to_lowercase().next().unwrap_or(c);
        match LATIN.binary_search_by_key(&lower, |&(letter, _)| letter) {
            Ok(at) => out.push_str(LATIN[at].1),
            Err(_) => out.push(c),
        }
    }
    out
}

/// Each Greek and Cyrillic lowercase letter, in code point order, with its Latin letters.
const LATIN: &[(char, &str)] = &[
    ('α', "a"),
    ('β', "v"),
    ('γ', "g"),
    ('δ', "d"),
    ('ε', "e"),
    ('ζ', "z"),
    ('η', "i"),
    ('θ', "th"),
    ('ι', "i"),
    ('κ', "k"),
    ('λ', "l"),
    ('μ', "m"),
    ('ν', "n"),
    ('ξ', "x"),
    ('ο', "o"),
    ('π', "p"),
    ('ρ', "r"),
    ('ς', "s"),
    ('σ', "s"),
    ('τ', "t"),
    ('υ', "y"),
    ('φ', "f"),
    ('χ', "ch"),
    ('ψ', "ps"),
    ('ω', "o"),
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "h"),
    ('д', "d"),
    ('е', "e"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "y"),
    ('й', "i"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "ts"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', ""),
    ('ы', "y"),
    ('ь', ""),
    ('э', "e"),
    ('ю', "iu"),
    ('я', "ia"),
    ('ё', "e"),
    ('є', "ie"),
    ('і', "i"),
    ('ї', "i"),
    ('ў', "u"),
    ('ґ', "g"),
];

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
        assert_eq!(slug("Кремль").as_deref(), Some("kreml"));
        assert_eq!(
            slug("Київ: 12 людей постраждали").as_deref(),
            Some("kyiv-12-liudei-postrazhdaly")
        );
        assert_eq!(slug("Αθήνα").as_deref(), Some("athina"));
        assert_eq!(slug("東京").as_deref(), None);
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
