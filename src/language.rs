//! A source's language (a BCP 47 tag, RFC 5646) and how that language writes its numbers: the
//! one place that decides which mark is a decimal and which groups thousands, and which words
//! scale a number. The number reader (`check::numbers`) takes the `Numerals` as a parameter.

use std::fmt;

mod told;
pub use told::{Told, tell};

/// A well-formed BCP 47 language tag, as written (`de`, `fr-CH`, `en-GB`, `zh-Hant-TW`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Language(String);

impl Language {
    /// Checks the tag's shape (RFC 5646, section 2.1): a primary language of 2 or 3 letters,
    /// then an optional script (4 letters), region (2 letters or 3 digits), variants,
    /// extensions and private use. Primary subtags of 4 to 8 letters are reserved or
    /// registered-only, and none is in use: `german` is a name, not a tag.
    pub fn parse(text: &str) -> Result<Language, String> {
        if well_formed(text) {
            return Ok(Language(text.to_owned()));
        }
        // A long value is cut in the message, as the other checked fields' are.
        let shown: String = text.chars().take(40).collect();
        let hint = if text.contains('_') {
            format!(
                "write `{}` (subtags are joined by `-`)",
                text.replace('_', "-")
            )
        } else {
            "write the language's code, such as `de`, `fr-CH` or `en-GB`".to_owned()
        };
        Err(format!("`{shown}` is not a BCP 47 language tag: {hint}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The order in which the language writes a date in digits: month first (`true`) in
    /// American English (`en-US`), day first in British and other English and in the other
    /// languages; `None` for `en` alone, which does not say.
    pub fn writes_month_first(&self) -> Option<bool> {
        match (self.primary().as_str(), self.region().as_deref()) {
            ("en", None) => None,
            ("en", Some("US")) => Some(true),
            _ => Some(false),
        }
    }

    /// The primary language subtag, lowercase (`fr` of `fr-CH`).
    pub fn primary(&self) -> String {
        let first = self.0.split('-').next().unwrap_or_default();
        first.to_ascii_lowercase()
    }

    /// The region subtag, uppercase, when there is one (`CH` of `fr-CH`, `419` of `es-419`).
    fn region(&self) -> Option<String> {
        self.0
            .split('-')
            .skip(1)
            .take_while(|s| s.len() != 1) // extensions and private use come last
            .find(|s| {
                (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
                    || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
            })
            .map(str::to_ascii_uppercase)
    }

    /// How numbers are written in this language.
    pub fn numerals(&self) -> Numerals {
        let primary = self.primary();
        let region = self.region();
        let point = POINT_REGIONS
            .iter()
            .any(|(l, r)| *l == primary && region.as_deref() == Some(*r));
        let comma = !point && DECIMAL_COMMA.contains(&primary.as_str());
        let scales = SCALE_WORDS
            .iter()
            .find(|(l, _)| *l == primary)
            .map_or(&[][..], |(_, words)| words);
        Numerals {
            decimal: if comma { ',' } else { '.' },
            group: if comma { '.' } else { ',' },
            scales,
            words: crate::number_words::of(&primary),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a language writes numbers: the decimal mark, the mark that groups thousands (besides
/// the spaces every reading takes, `1 234`), and its own scale words (`Millionen`: 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numerals {
    pub decimal: char,
    pub group: char,
    /// Lowercase words and abbreviations with the power of ten they scale by, read before the
    /// English ones (so that French `billion` is 10^12).
    pub scales: &'static [(&'static str, i32)],
    /// Its own number words (`sieben`), when it has a table of them.
    pub words: Option<&'static crate::number_words::NumberWords>,
}

impl Numerals {
    /// English, and any source without a language: `1,234.5`, and the English scale words.
    pub const ENGLISH: Numerals = Numerals {
        decimal: '.',
        group: ',',
        scales: &[],
        words: None,
    };

    /// The numerals of a source's language, English when it has none.
    pub fn of(language: Option<&Language>) -> Numerals {
        language.map_or(Numerals::ENGLISH, Language::numerals)
    }

    /// Whether the decimal mark is a comma (`25,5`).
    pub fn decimal_comma(&self) -> bool {
        self.decimal == ','
    }
}

/// The languages whose numbers write a decimal comma and group thousands with a full stop or
/// a space: the decimal symbol of each language's default locale in the Unicode CLDR
/// (`numbers/symbols/decimal`, CLDR 45). Any other language reads as English.
const DECIMAL_COMMA: &[&str] = &[
    "af", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fo", "fr",
    "gl", "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "ky", "lt", "lv", "mk", "nb", "nl", "nn",
    "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "uz", "vi",
];

/// Regions where such a language writes a decimal point, as CLDR has it: Swiss and
/// Liechtenstein German and Swiss Italian (`1’234.5`), Mexican, US and Latin American Spanish.
const POINT_REGIONS: &[(&str, &str)] = &[
    ("de", "CH"),
    ("de", "LI"),
    ("it", "CH"),
    ("es", "MX"),
    ("es", "US"),
    ("es", "419"),
];

/// Norwegian's scale words, for both of its tags (`nb`, `no`).
const NORWEGIAN: &[(&str, i32)] = &[
    ("tusen", 3),
    ("million", 6),
    ("millioner", 6),
    ("mill", 6),
    ("milliard", 9),
    ("milliarder", 9),
    ("mrd", 9),
];

/// Each language's scale words after a number, lowercase, as its newspapers write them (an
/// abbreviation without its full stop: `Mio.` is `mio`). Long-scale languages say `billion`
/// for 10^12; a word for a thousand adds to the next (`mil millones` is 10^9).
const SCALE_WORDS: &[(&str, &[(&str, i32)])] = &[
    (
        "de",
        &[
            ("tausend", 3),
            ("million", 6),
            ("millionen", 6),
            ("mio", 6),
            ("milliarde", 9),
            ("milliarden", 9),
            ("mrd", 9),
            ("billion", 12),
            ("billionen", 12),
        ],
    ),
    (
        "fr",
        &[
            ("mille", 3),
            ("million", 6),
            ("millions", 6),
            ("milliard", 9),
            ("milliards", 9),
            ("md", 9),
            ("mds", 9),
            ("mrd", 9),
            ("billion", 12),
            ("billions", 12),
        ],
    ),
    (
        "es",
        &[
            ("mil", 3),
            ("millón", 6),
            ("millones", 6),
            ("billón", 12),
            ("billones", 12),
        ],
    ),
    (
        "it",
        &[
            ("mila", 3),
            ("milione", 6),
            ("milioni", 6),
            ("mln", 6),
            ("miliardo", 9),
            ("miliardi", 9),
            ("mld", 9),
            ("mrd", 9),
        ],
    ),
    (
        "nl",
        &[
            ("duizend", 3),
            ("miljoen", 6),
            ("mln", 6),
            ("miljard", 9),
            ("mld", 9),
            ("mrd", 9),
            ("biljoen", 12),
        ],
    ),
    (
        "pt",
        &[
            ("mil", 3),
            ("milhão", 6),
            ("milhões", 6),
            ("bilhão", 9),
            ("bilhões", 9),
            ("bilião", 12),
            ("biliões", 12),
        ],
    ),
    (
        "pl",
        &[
            ("tys", 3),
            ("mln", 6),
            ("milion", 6),
            ("miliona", 6),
            ("miliony", 6),
            ("milionów", 6),
            ("mld", 9),
            ("miliard", 9),
            ("miliarda", 9),
            ("miliardy", 9),
            ("miliardów", 9),
        ],
    ),
    (
        "ru",
        &[
            ("тыс", 3),
            ("тысяча", 3),
            ("тысячи", 3),
            ("тысяч", 3),
            ("млн", 6),
            ("миллион", 6),
            ("миллиона", 6),
            ("миллионов", 6),
            ("млрд", 9),
            ("миллиард", 9),
            ("миллиарда", 9),
            ("миллиардов", 9),
        ],
    ),
    (
        "uk",
        &[
            ("тис", 3),
            ("тисяча", 3),
            ("тисячі", 3),
            ("тисяч", 3),
            ("млн", 6),
            ("мільйон", 6),
            ("мільйона", 6),
            ("мільйони", 6),
            ("мільйонів", 6),
            ("млрд", 9),
            ("мільярд", 9),
            ("мільярда", 9),
            ("мільярди", 9),
            ("мільярдів", 9),
        ],
    ),
    (
        "sv",
        &[
            ("tusen", 3),
            ("miljon", 6),
            ("miljoner", 6),
            ("mn", 6),
            ("miljard", 9),
            ("miljarder", 9),
            ("mdr", 9),
        ],
    ),
    (
        "da",
        &[
            ("tusind", 3),
            ("million", 6),
            ("millioner", 6),
            ("mio", 6),
            ("milliard", 9),
            ("milliarder", 9),
            ("mia", 9),
        ],
    ),
    ("nb", NORWEGIAN),
    ("no", NORWEGIAN),
    (
        "fi",
        &[
            ("tuhatta", 3),
            ("miljoona", 6),
            ("miljoonaa", 6),
            ("milj", 6),
            ("miljardi", 9),
            ("miljardia", 9),
            ("mrd", 9),
        ],
    ),
    (
        "cs",
        &[
            ("tis", 3),
            ("tisíc", 3),
            ("milion", 6),
            ("milionu", 6),
            ("miliony", 6),
            ("milionů", 6),
            ("mil", 6),
            ("miliarda", 9),
            ("miliardy", 9),
            ("miliard", 9),
            ("mld", 9),
        ],
    ),
    (
        "tr",
        &[
            ("bin", 3),
            ("milyon", 6),
            ("mn", 6),
            ("milyar", 9),
            ("mlr", 9),
        ],
    ),
    // Arabic and Persian write a scale as a word after the digits, in their own digits or
    // ours ("٣٠٠ ألف", 300 thousand); a number word of a text in them is not read.
    (
        "ar",
        &[
            ("ألف", 3),
            ("آلاف", 3),
            ("مليون", 6),
            ("ملايين", 6),
            ("مليار", 9),
            ("مليارات", 9),
        ],
    ),
    (
        "fa",
        &[
            ("هزار", 3),
            ("میلیون", 6),
            ("ميليون", 6),
            ("میلیارد", 9),
            ("ميليارد", 9),
        ],
    ),
];

/// RFC 5646's `langtag` (section 2.1), case-insensitive; the grandfathered irregular tags
/// (`i-klingon`) are refused, as their registry marks them deprecated.
fn well_formed(text: &str) -> bool {
    let alpha = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let alnum = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    let digits = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit());
    let mut parts = text.split('-').peekable();
    if !parts.next().is_some_and(|p| alpha(p, 2..=3)) {
        return false;
    }
    // extlang: up to three 3-letter subtags after a 2- or 3-letter language.
    for _ in 0..3 {
        if parts.next_if(|p| alpha(p, 3..=3)).is_none() {
            break;
        }
    }
    parts.next_if(|p| alpha(p, 4..=4));
    parts.next_if(|p| alpha(p, 2..=2) || digits(p));
    let mut variants: Vec<String> = Vec::new();
    while let Some(v) = parts.next_if(|p| {
        alnum(p, 5..=8) || (p.len() == 4 && p.as_bytes()[0].is_ascii_digit() && alnum(p, 4..=4))
    }) {
        let v = v.to_ascii_lowercase();
        if variants.contains(&v) {
            return false;
        }
        variants.push(v);
    }
    let mut singletons: Vec<u8> = Vec::new();
    while let Some(single) = parts.next_if(|p| alnum(p, 1..=1)) {
        let s = single.as_bytes()[0].to_ascii_lowercase();
        let (min, max) = if s == b'x' { (1, 8) } else { (2, 8) };
        if s != b'x' && singletons.contains(&s) {
            return false;
        }
        singletons.push(s);
        let mut count = 0;
        while parts.next_if(|p| alnum(p, min..=max)).is_some() {
            count += 1;
        }
        if count == 0 {
            return false;
        }
        if s == b'x' {
            break; // private use runs to the end
        }
    }
    parts.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> Language {
        Language::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn well_formed_tags_are_taken() {
        for t in [
            "de",
            "fr-CH",
            "en-GB",
            "es-419",
            "zh-Hant-TW",
            "sl-rozaj-biske",
            "de-DE-u-co-phonebk",
            "en-US-x-twain",
            "yue",
            "zh-yue-HK",
        ] {
            assert_eq!(tag(t).as_str(), t);
        }
    }

    #[test]
    fn a_bad_tag_says_what_to_write() {
        for bad in [
            "",
            "german",
            "de_DE",
            "d",
            "de-",
            "-de",
            "de--DE",
            "de-DE-DE",
            "en-a",
            "de 1",
            "i-klingon",
            "de-x",
            "fr-1901-1901",
        ] {
            assert!(Language::parse(bad).is_err(), "{bad:?}");
        }
        let message = Language::parse("de_DE").err().unwrap_or_default();
        assert!(message.contains("write `de-DE`"), "{message}");
        let message = Language::parse("German").err().unwrap_or_default();
        assert!(message.contains("such as `de`"), "{message}");
    }

    #[test]
    fn a_language_decides_its_separators() {
        assert!(tag("de").numerals().decimal_comma());
        assert!(tag("FR-ch").numerals().decimal_comma());
        assert!(tag("pt-BR").numerals().decimal_comma());
        assert!(!tag("de-CH").numerals().decimal_comma());
        assert!(!tag("es-MX").numerals().decimal_comma());
        assert!(!tag("en-GB").numerals().decimal_comma());
        assert_eq!(tag("ja").numerals(), Numerals::ENGLISH);
        assert_eq!(Numerals::of(None), Numerals::ENGLISH);
    }
}
