//! Scale letters written onto a number: `2.3bn`, `£400m`, `5k`, `$1tn`. `bn`, `mn` and `tn`
//! only scale; `m` and `k` may be metres and kilometres (`a 10m wave`, `a 5k run`), so without
//! a currency they give two readings, and `m` joined to a word (`10m-high`) is metres. A
//! currency before the number (`£`, `$`, `NOK`) or after the letters (`euros`) makes the scale
//! certain; `b` is read only then.

use super::{Tok, Token};

/// The signs of currencies written before an amount.
pub(super) const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₴', '₽', '₹', '₩', '₺', '₪'];

/// ISO codes written before or after an amount (`NOK 14.6bn`, `1.5m EUR`).
const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF",
    "RON", "BGN", "RUB", "UAH", "TRY", "INR", "AUD", "CAD", "NZD", "HKD", "SGD", "ZAR", "BRL",
    "MXN", "KRW", "ILS", "AED", "SAR",
];

/// Names of currencies written after an amount (`1.5m euros`), lowercase.
const CURRENCY_WORDS: &[&str] = &[
    "euro", "euros", "dollar", "dollars", "pound", "pounds", "sterling", "lei", "leu", "zloty",
    "zlotys", "zlotych", "rouble", "roubles", "ruble", "rubles", "hryvnia", "hryvnias", "hryvnas",
    "krona", "kronor", "krone", "kroner", "crowns", "koruna", "forints", "franc", "francs", "yen",
    "yuan", "renminbi", "rupee", "rupees", "lira", "liras", "peso", "pesos", "rand", "won",
    "dinars", "dirhams", "riyals", "shekels", "reais",
];

/// The currency a sign, an ISO code or a name stands for, as the name a message gives it. The
/// signs and codes that share a sign are one currency (`$` is also `AUD`, `¥` `JPY` and
/// `CNY`), so that only currencies that differ for certain are told apart; names that are also
/// other words (`pounds` of weight, `won`) are none.
const CURRENCIES: &[(&str, &[&str])] = &[
    (
        "dollars",
        &[
            "$", "USD", "AUD", "CAD", "NZD", "HKD", "SGD", "dollar", "dollars",
        ],
    ),
    ("euros", &["€", "EUR", "euro", "euros"]),
    ("pounds", &["£", "GBP", "sterling"]),
    (
        "yen or yuan",
        &["¥", "JPY", "CNY", "yen", "yuan", "renminbi"],
    ),
    // With the words of Ukrainian and Russian sources: `2 млн рублей`.
    (
        "hryvnias",
        &[
            "₴",
            "UAH",
            "hryvnia",
            "hryvnias",
            "hryvnas",
            "гривня",
            "гривні",
            "гривень",
            "грн",
        ],
    ),
    (
        "roubles",
        &[
            "₽",
            "RUB",
            "rouble",
            "roubles",
            "ruble",
            "rubles",
            "рубль",
            "рубля",
            "рублей",
            "руб",
        ],
    ),
    ("rupees", &["₹", "INR", "Rs", "Rs.", "rupee", "rupees"]),
    ("won", &["₩", "KRW"]),
    ("lira", &["₺", "TRY", "lira", "liras"]),
    ("shekels", &["₪", "ILS", "shekels"]),
    ("francs", &["CHF", "franc", "francs"]),
    ("zlotys", &["PLN", "zloty", "zlotys", "zlotych"]),
    ("forints", &["HUF", "forint", "forints"]),
    ("lei", &["RON", "lei", "leu"]),
    ("rand", &["ZAR", "rand"]),
    ("reais", &["BRL", "reais"]),
    ("pesos", &["MXN", "peso", "pesos"]),
    ("dirhams", &["AED", "dirham", "dirhams"]),
    ("riyals", &["SAR", "riyal", "riyals"]),
    ("dinars", &["dinar", "dinars"]),
    // The crowns of several countries: the code of each is a currency of its own (`NOK` is
    // not `SEK`), and `crowns` may be any of them (see `one_currency`).
    (
        "crowns",
        &[
            "crown", "crowns", "krona", "kronor", "krone", "kroner", "koruna", "korunas",
        ],
    ),
];

/// The codes of the currencies called crowns, which `crowns` alone may be, and the countries'
/// adjectives that say which (`41.2 billion Norwegian crowns` is `NOK`).
const CROWNS: &[(&str, &str)] = &[
    ("NOK", "Norwegian"),
    ("SEK", "Swedish"),
    ("DKK", "Danish"),
    ("ISK", "Icelandic"),
    ("CZK", "Czech"),
];

/// Whether two currencies a number is written in may be one: the same, or `crowns` and the
/// code of a country's crown.
pub(super) fn one_currency(a: &str, b: &str) -> bool {
    let crown = |x: &str| CROWNS.iter().any(|(code, _)| *code == x);
    a == b || (a == "crowns" && crown(b)) || (b == "crowns" && crown(a))
}

/// The currency `written` (a sign, a code or a name; names in any case) stands for.
pub(super) fn currency(written: &str) -> Option<&'static str> {
    if written.is_empty() {
        return None; // the common case of a number followed by no word: no table to search
    }
    // A name (all lowercase) matches in any case; the cheap comparisons come first.
    let named = CURRENCIES.iter().find(|(_, forms)| {
        forms.iter().any(|f| {
            *f == written
                || (f.eq_ignore_ascii_case(written) && f.bytes().all(|b| b.is_ascii_lowercase()))
        })
    });
    named
        .map(|(name, _)| *name)
        .or_else(|| CURRENCY_CODES.iter().find(|c| **c == written).copied())
}

/// The currency written around a number at `start..end` of `text`: a sign or code right before
/// it (`$5`, `NOK 5`), or a code or name right after it (`5 EUR`, `1.5m euros`).
pub(super) fn currency_around(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let head = &text[..start];
    let sign = head
        .chars()
        .next_back()
        .filter(|c| CURRENCY_SIGNS.contains(c));
    if let Some(c) = sign {
        return currency(c.encode_utf8(&mut [0; 4]));
    }
    if let Some(at) = code_start(head) {
        return currency(head[at..].trim_end());
    }
    let rest = &text[end..];
    let next = rest.strip_prefix(char::is_whitespace)?;
    let (word, after) = next.split_at(
        next.find(|c: char| !c.is_alphabetic())
            .unwrap_or(next.len()),
    );
    currency(word).or_else(|| national_currency(word, after))
}

/// The currency that a country's adjective and a currency's name after it give (`Norwegian
/// crowns` is `NOK`, `Mexican pesos` are pesos); `adjective` is the word after the number,
/// `rest` what follows it.
fn national_currency(adjective: &str, rest: &str) -> Option<&'static str> {
    if !adjective.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let name = rest.strip_prefix(' ')?;
    let name = &name[..name
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(name.len())];
    let named = currency(name)?;
    let crown = CROWNS.iter().find(|(_, country)| *country == adjective);
    Some(match crown {
        Some((code, _)) if named == "crowns" => code,
        _ => named,
    })
}

/// Words after `m` that make it metres (`10m high`, `the 100m sprint`).
const LENGTH_WORDS: &[&str] = &[
    "high",
    "tall",
    "deep",
    "long",
    "wide",
    "away",
    "above",
    "below",
    "sprint",
    "hurdles",
    "freestyle",
    "relay",
    "race",
];

/// A scale written as letters after the number that ends at token `i`.
pub(super) struct Letters {
    /// The token of the letters.
    pub at: usize,
    /// The power of ten; 0 when the letters are a unit of length (`10m-high`).
    pub power: i32,
    /// False when the letters may also be a unit (`5m`, `5k` without a currency).
    pub certain: bool,
}

pub(super) fn scale_letters(toks: &[Tok<'_>], i: usize) -> Option<Letters> {
    let at = i + 1;
    let next = toks.get(at)?;
    let Token::Word(w) = next.token else {
        return None;
    };
    let lower = w.to_ascii_lowercase();
    // (power, may be a unit, may stand apart from the digits)
    let (power, unit, spaced) = match lower.as_str() {
        "bn" | "bln" => (9, false, true),
        "tn" | "trn" => (12, false, true),
        "mn" | "mln" => (6, false, true),
        "b" => (9, false, false),
        "m" => (6, true, false),
        "k" => (3, true, false),
        _ => return None,
    };
    // `5m2` is no scale: the letters must end the number's word.
    let glued_after = toks
        .get(at + 1)
        .is_some_and(|t| !t.space_before && matches!(t.token, Token::Digits(_)));
    if (next.space_before && !spaced) || glued_after {
        return None;
    }
    let currency = currency_before(toks, i) || currency_after(toks, at);
    if lower == "b" && !currency {
        return None;
    }
    if unit && !currency && lower == "m" && length_after(toks, at) {
        return Some(Letters {
            at,
            power: 0,
            certain: true,
        });
    }
    Some(Letters {
        at,
        power,
        certain: !unit || currency,
    })
}

/// Whether a currency sign or code stands right before the number whose last token is `i`
/// (the number may be several tokens: `2 500`; its first is found by walking back digits).
fn currency_before(toks: &[Tok<'_>], i: usize) -> bool {
    let mut first = i;
    while first > 0
        && matches!(toks[first].token, Token::Digits(_))
        && matches!(toks[first - 1].token, Token::Digits(_))
    {
        first -= 1;
    }
    let Some(prev) = first.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    match prev.token {
        Token::Mark(c) => CURRENCY_SIGNS.contains(&c),
        Token::Word(w) => CURRENCY_CODES.contains(&w) || w == "Rs",
        Token::Digits(_) => false,
    }
}

/// `text` trimmed, without a currency code at its end (`and NOK` is `and`).
pub(super) fn without_code(text: &str) -> &str {
    let text = text.trim();
    match code_start(text) {
        Some(at) => text[..at].trim_end(),
        None => text,
    }
}

/// The length of every currency code, in characters.
const CODE_LEN: usize = 3;

/// Where a currency code that ends `head` starts (`NOK ` before `28 billion`).
///
/// Only the last `CODE_LEN + 1` characters are looked at: a code is the last word, so a word
/// longer than a code is none. Looking back to the start of the last word instead made reading
/// a text without spaces (`(1)(1)(1)...`) quadratic, as this runs for every number.
pub(super) fn code_start(head: &str) -> Option<usize> {
    let trimmed = head.trim_end();
    let mut start = 0;
    for (seen, (p, c)) in trimmed.char_indices().rev().enumerate() {
        if c.is_whitespace() {
            start = p + c.len_utf8();
            break;
        }
        if seen == CODE_LEN {
            return None;
        }
    }
    let word = &trimmed[start..];
    (CURRENCY_CODES.contains(&word) || RUPEES.contains(&word)).then_some(start)
}

/// The rupee's abbreviations, written before an amount as a code is (`Rs 5 crore`).
const RUPEES: &[&str] = &["Rs", "Rs."];

/// Whether a currency's name or code follows the letters at `at` (`1.5m euros`).
fn currency_after(toks: &[Tok<'_>], at: usize) -> bool {
    matches!(toks.get(at + 1), Some(Tok { token: Token::Word(w), space_before: true, .. })
        if CURRENCY_CODES.contains(w)
            || CURRENCY_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// Whether the `m` at `at` is a length: joined by a hyphen to a word (`10m-high`, `a 100m-long
/// queue`) or followed by a word of length (`10m high`, `the 100m sprint`).
fn length_after(toks: &[Tok<'_>], at: usize) -> bool {
    let hyphen_word = toks
        .get(at + 1)
        .is_some_and(|t| !t.space_before && t.token == Token::Mark('-'))
        && toks
            .get(at + 2)
            .is_some_and(|t| !t.space_before && matches!(t.token, Token::Word(_)));
    let length_word = matches!(toks.get(at + 1), Some(Tok { token: Token::Word(w), .. })
        if LENGTH_WORDS.iter().any(|l| l.eq_ignore_ascii_case(w)));
    hyphen_word || length_word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_the_last_word_of_three_letters() {
        assert_eq!(code_start("between NOK "), Some(8));
        assert_eq!(code_start("NOK"), Some(0));
        assert_eq!(code_start("a\u{a0}EUR"), Some(3));
        for head in ["XNOK ", "a NOKS", "", "  ", "(1)(1)(1)", "é"] {
            assert_eq!(code_start(head), None, "{head:?}");
        }
        assert_eq!(without_code(" and NOK "), "and");
        assert_eq!(without_code("NOK"), "");
        assert_eq!(without_code("to"), "to");
        assert!(CURRENCY_CODES.iter().all(|c| c.chars().count() == CODE_LEN));
    }
}
