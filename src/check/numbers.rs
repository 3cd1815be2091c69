//! Numbers read as values (contract §1, "Numbers"): `1,597` = `1597`, `1.4 million` = `1400000`,
//! `twenty-six` = `26`, `7th` = `7`. Years and the digits of dates are left out.
//!
//! Beyond the contract's list: scale letters (`2.3bn`, `£400m`, `5k`; `letters.rs`), thousands
//! set apart by a space (`2 500`) and a decimal comma (`1,8`), fractions and quantity words
//! (`half a million`, `a dozen`, `two-thirds`, `one in five`, `hundreds`; `phrases.rs`), and what
//! a number is of (`Kind`: a percent is not a count). A scale after a range applies to both of
//! its ends (`26-28 billion`).

mod counts;
mod digits;
mod labels;
mod letters;
mod phrases;
mod trend;
mod units;

use ahash::AHashMap as HashMap;
use std::fmt;
use std::sync::LazyLock;

pub use crate::language::Numerals;
pub(super) use trend::PREDICTIONS;
pub use trend::{Level, Trend};

/// An exact decimal value: `digits` × 10^`exponent`, with no leading or trailing zeros in
/// `digits`, so equal values have equal representations (and no size limit); `negative` for a
/// value written with a minus sign (`-15`), never for zero, so that `-15` is not `15`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value {
    digits: String,
    exponent: i32,
    negative: bool,
}

impl Value {
    /// From decimal digits with at most one `.`; `None` when there are no digits.
    fn from_decimal(text: &str) -> Option<Value> {
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        let digits: String = int.chars().chain(frac.chars()).collect();
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let exponent = -i32::try_from(frac.len()).ok()?;
        Some(Value::normalized(digits, exponent))
    }

    /// A number of the facts file (a figure's value), with its sign; `None` when it is not
    /// finite. Rust writes an `f64` in the shortest digits that read back as it, with no
    /// exponent, so `5.7e6` is `5700000`.
    pub fn from_number(n: f64) -> Option<Value> {
        if !n.is_finite() {
            return None;
        }
        let value = Value::from_decimal(&n.abs().to_string())?;
        Some(if n < 0.0 { value.negated() } else { value })
    }

    /// The value as a number of the facts file (a figure's `value`); `None` beyond `f64`.
    pub fn to_f64(&self) -> Option<f64> {
        let sign = if self.negative { "-" } else { "" };
        let n: f64 = format!("{sign}{}e{}", self.digits, self.exponent)
            .parse()
            .ok()?;
        n.is_finite().then_some(n)
    }

    /// Whether the value was written with a minus sign.
    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// The value with the other sign (zero has none).
    pub fn negated(&self) -> Value {
        Value {
            negative: !self.negative && self.digits != "0",
            ..self.clone()
        }
    }

    fn from_integer(n: u128) -> Value {
        Value::normalized(n.to_string(), 0)
    }

    fn normalized(digits: String, mut exponent: i32) -> Value {
        let trimmed = digits.trim_start_matches('0');
        if trimmed.is_empty() {
            return Value {
                digits: "0".to_owned(),
                exponent: 0,
                negative: false,
            };
        }
        let without_trailing = trimmed.trim_end_matches('0');
        exponent = exponent.saturating_add((trimmed.len() - without_trailing.len()) as i32);
        Value {
            digits: without_trailing.to_owned(),
            exponent,
            negative: false,
        }
    }

    fn scaled(&self, power_of_ten: i32) -> Value {
        if self.digits == "0" {
            return self.clone();
        }
        Value {
            digits: self.digits.clone(),
            exponent: self.exponent.saturating_add(power_of_ten),
            negative: self.negative,
        }
    }
}

/// What a number is of: a percent does not stand for a count (`52 seats` is not `52%`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A plain number: a count, an amount, a measure.
    Count,
    /// `5%`, `5 per cent`, `5 percent`, `5pc`.
    Percent,
    /// `5 percentage points`, `5pp`: compared with counts and other points, not with percents.
    Points,
    /// `two-thirds`, `a quarter`, `half`, `one in five`: the value is its percent; `exact` is
    /// false when the percent was rounded (a third is 33.33).
    Fraction { exact: bool },
    /// `dozens`, `hundreds`, `tens of thousands`: the value is the order of magnitude.
    Vague,
    /// `doubled`, `tripled`: the value is how many times as much (2, 3).
    Times,
    /// A time of day (`11:30am`, `11.30am`, `9pm`, `21:15`): the value is minutes after
    /// midnight, so that `11.30am` is `11:30am` and no count is `9:15pm`'s 15.
    Time,
}

/// A number as it stands in the text, and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub text: String,
    pub value: Value,
    /// A second reading when the letters leave it open: `5m` is 5 million or 5 metres, `5k`
    /// 5,000 or 5 kilometres (`value` holds the scaled one). A currency makes it certain.
    pub alt: Option<Value>,
    pub kind: Kind,
    /// Where the mention starts in the text (a byte offset).
    pub start: usize,
    /// The power of ten that scale words or letters applied (`26-28 billion` lends it to 26).
    scale: i32,
    /// Where the range this number ends is written (`3,000-4,000`), when it ends one.
    pub range: Option<std::ops::Range<usize>>,
    /// The currency written with it (`$`, `EUR`, `euros`), by its name: `dollars`.
    pub currency: Option<&'static str>,
    /// The unit of measure written after it (`km`, `-mile`, `tonnes`), by its name:
    /// `kilometres`.
    pub unit: Option<&'static str>,
    /// That unit as written after the number (` km`, `-mile`), for messages: `5 km` and
    /// `5 miles` are both `5`.
    pub unit_written: Option<String>,
    /// Read with a decimal comma or a scale word of its source's language (`1.234`, `25,5
    /// Millionen`), so that a message gives its value beside its text.
    pub local: bool,
    /// The word next to it that says which way what it counts went (`rose 5%`, `fell 2.1%`,
    /// `15 degrees below zero`): a fall may stand for the same number with a minus sign
    /// (`-2.1%`), and a rise is not a fall.
    pub trend: Option<Trend>,
    /// The change whose end or start it is (`fell to 12%`, `down from 67.9%`), as against a
    /// change by that much (`fell 12%`).
    pub level: Option<Level>,
    /// The side of it a result fell, when it is an estimate held against a result ("beating
    /// analysts' estimate of $4.05 billion" is up, "missed forecasts of 2%" down).
    pub against: Option<Trend>,
    /// A number that names rather than counts (`Article 5`, `Boeing 737`, `No. 10`, a phone
    /// number, a score `3-1`): it gives only a number that is one too, never a count.
    pub label: bool,
}

impl Mention {
    fn new(text: String, value: Value, start: usize) -> Mention {
        Mention {
            text,
            value,
            alt: None,
            kind: Kind::Count,
            start,
            scale: 0,
            range: None,
            currency: None,
            unit: None,
            unit_written: None,
            local: false,
            trend: None,
            level: None,
            against: None,
            label: false,
        }
    }

    /// Whether a word next to it says what it counts went down.
    pub fn falling(&self) -> bool {
        self.trend.is_some_and(|t| !t.up)
    }

    /// Each value the mention may be read as.
    pub fn readings(&self) -> impl Iterator<Item = &Value> {
        std::iter::once(&self.value).chain(self.alt.as_ref())
    }

    /// Whether this mention gives `value` as a number that a figure may hold: a count, an
    /// amount or a percent, not a fraction's or a vague word's stand-in value.
    pub fn gives(&self, value: &Value) -> bool {
        !matches!(
            self.kind,
            Kind::Fraction { .. } | Kind::Vague | Kind::Times | Kind::Time
        ) && !self.label
            && self
                .readings()
                .any(|r| r == value || self.falls_to(r, value))
    }

    /// Whether this mention gives `value` as a figure's value: as `gives` does, or as a
    /// fraction in words that the value rounds, as a percent or a share (`33`, `33.3` or
    /// `0.333` for `a third`; `67` for `two-thirds`).
    pub fn gives_figure(&self, value: &Value) -> bool {
        self.gives(value) || self.fraction_rounds_to(value)
    }

    fn fraction_rounds_to(&self, value: &Value) -> bool {
        let Kind::Fraction { exact } = self.kind else {
            return false;
        };
        let (Some(stored), Some(v)) = (self.value.to_f64(), value.to_f64()) else {
            return false;
        };
        let percent = if exact {
            stored
        } else {
            phrases::unrounded_percent(stored)
        };
        // Within half a unit of the value's last decimal place: `33` and `33.3` round a third,
        // `33.4` does not.
        let places = -value.exponent.min(0);
        let near =
            |v: f64, places: i32| (v - percent).abs() <= 0.5 * 10f64.powi(-places) * (1.0 + 1e-9);
        near(v, places) || (v.abs() <= 1.0 && near(v * 100.0, places - 2))
    }

    /// Whether this mention's reading `r` is `other` said without its minus sign, in words of
    /// falling (`fell 2.1%` for `-2.1%`).
    fn falls_to(&self, r: &Value, other: &Value) -> bool {
        self.falling() && !r.is_negative() && other.is_negative() && *r == other.negated()
    }

    /// Whether `quoted` (a quote's mention) supports this mention (a statement's): the same
    /// value of the same kind. A percent matches a percent or a fraction of that size (a
    /// fraction, a percent within five points: `half` for 53%); a vague
    /// `hundreds` matches the same words, or a count from 100 to 999 (`several hundred`).
    pub fn supported_by(&self, quoted: &Mention) -> bool {
        // A label gives no count: `Boeing 737` is no `737 people`.
        if quoted.label && !self.label {
            return false;
        }
        // The same value, or the same said with a minus sign on one side and in words of
        // falling on the other (`shrank 2.1%` for `-2.1%`).
        let shared = || {
            self.readings().any(|r| {
                quoted
                    .readings()
                    .any(|q| q == r || self.falls_to(r, q) || quoted.falls_to(q, r))
            })
        };
        match (self.kind, quoted.kind) {
            (Kind::Count | Kind::Points, Kind::Count | Kind::Points)
            | (Kind::Percent, Kind::Percent)
            | (Kind::Vague, Kind::Vague)
            | (Kind::Time, Kind::Time) => shared(),
            (Kind::Times, Kind::Times) => self.value == quoted.value,
            (Kind::Percent, Kind::Times) => self.rise_of(quoted),
            (Kind::Times, Kind::Percent) => quoted.rise_of(self),
            (Kind::Fraction { .. }, Kind::Fraction { .. }) => self.value == quoted.value,
            (Kind::Percent | Kind::Fraction { .. }, Kind::Percent | Kind::Fraction { .. }) => {
                // A statement's fraction rounds the quote's percent (`more than half` for 53%,
                // `a third` for 31%); a statement's percent is as exact as the quote's fraction
                // allows (`33%` for `a third`).
                let room = if self.kind == Kind::Percent { 1.0 } else { 5.0 };
                match (self.value.to_f64(), quoted.value.to_f64()) {
                    (Some(a), Some(b)) => shared() || (a - b).abs() < room,
                    _ => false,
                }
            }
            // `five times` may be how many times as much: a fivefold's number.
            (Kind::Times, Kind::Count) => {
                quoted.unit == Some(units::TIMES) && self.value == quoted.value
            }
            (Kind::Count, Kind::Times) => {
                self.unit == Some(units::TIMES) && self.value == quoted.value
            }
            (Kind::Vague, Kind::Count) => {
                let (Some(order), Some(count)) = (self.value.to_f64(), quoted.value.to_f64())
                else {
                    return false;
                };
                (order..10.0 * order).contains(&count)
            }
            _ => false,
        }
    }

    /// Whether this percent is a rise (`rose 100%`, `up 200%`) by as much as `times` says
    /// (`doubled`, `tripled`): the same change.
    fn rise_of(&self, times: &Mention) -> bool {
        let (Some(percent), Some(n)) = (self.value.to_f64(), times.value.to_f64()) else {
            return false;
        };
        self.trend.is_some_and(|t| t.up) && (percent - (n - 1.0) * 100.0).abs() < 1e-9
    }

    /// Whether the statement's mention (this one) and a quote's that supports it say the
    /// change went opposite ways (`rose 5%` for `fell 5%`): both words, when they do.
    /// Where both give it as where a change went or started ("rose to $610 million" for "fell
    /// to $610 million"), the words of change; and so for the side of an estimate a result fell
    /// ("missed" for "beating").
    pub fn turned_around(&self, quoted: &Mention) -> Option<(Trend, Trend)> {
        let as_trend = |l: Level| Trend {
            up: trend::rising(l.change),
            word: l.change,
        };
        let (ours, theirs) = match (self.trend, quoted.trend, self.level, quoted.level) {
            (Some(ours), Some(theirs), ..) => (ours, theirs),
            (None, None, Some(ours), Some(theirs)) if ours.to == theirs.to => {
                (as_trend(ours), as_trend(theirs))
            }
            _ => (self.against?, quoted.against?),
        };
        (ours.up != theirs.up).then_some((ours, theirs))
    }

    /// Whether the statement's mention (this one) and a quote's that supports it give the
    /// number in two roles: a change by that much (`fell 7.5%`) against where a change went
    /// or started (`to 7.5%`), either way round.
    pub fn other_role(&self, quoted: &Mention) -> bool {
        let change = |m: &Mention| m.trend.is_some() && m.level.is_none();
        let level = |m: &Mention| m.level.is_some() && m.trend.is_none();
        (change(self) && level(quoted)) || (level(self) && change(quoted))
    }

    /// Whether a quote's mention may give this one's quantity: not when both name a unit and
    /// they differ (`40 miles` is not `40 kilometres`).
    pub fn same_unit(&self, quoted: &Mention) -> bool {
        match (self.unit, quoted.unit) {
            (Some(ours), Some(theirs)) => ours == theirs,
            _ => true,
        }
    }

    /// Whether a quote's mention may give this one's amount: not when both name a currency and
    /// they differ (`€1.35` is not `$1.35`).
    pub fn same_currency(&self, quoted: &Mention) -> bool {
        match (self.money(), quoted.money()) {
            (Some(a), Some(b)) => letters::one_currency(a, b),
            _ => true,
        }
    }

    /// The currency the number is in, as far as it may be money: `15 billion pounds` may be
    /// sterling as well as a weight, and is not euros.
    pub fn money(&self) -> Option<&'static str> {
        (self.currency).or_else(|| (self.unit == Some(units::POUNDS)).then_some("pounds"))
    }

    fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The number with its unit, as a message shows it: `5 km`, `a 40-mile` (the text alone
    /// when it has none).
    pub fn with_unit(&self) -> std::borrow::Cow<'_, str> {
        match &self.unit_written {
            Some(unit) => format!("{}{unit}", self.text).into(),
            None => self.text.as_str().into(),
        }
    }

    /// Whether `quoted` gives this mention's size with the other sign (`-15` for `15`): a
    /// number that supports it but for its minus sign.
    pub fn sign_differs(&self, quoted: &Mention) -> bool {
        let flipped = |m: &Mention| Mention {
            value: m.value.negated(),
            alt: m.alt.as_ref().map(Value::negated),
            ..m.clone()
        };
        let unsigned = self.readings().all(|r| r.negated() == *r);
        !unsigned && flipped(self).supported_by(quoted)
    }
}

impl fmt::Display for Mention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Token<'a> {
    /// A run of digits with `,` and `.` inside it.
    Digits(&'a str),
    Word(&'a str),
    /// Anything else that is not white space; `-` joins number words and scale words.
    Mark(char),
}

#[derive(Clone, Debug)]
struct Tok<'a> {
    token: Token<'a>,
    start: usize,
    end: usize,
    /// White space or nothing between this token and the previous one.
    space_before: bool,
}

/// The tokens of `text`; `decimal` is the decimal mark of its language, which may start a
/// number (`.5%`).
fn tokenize(text: &str, decimal: char) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    // About one token in five bytes of prose: room for them from the start, not growing.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut space_before = true;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            i += len;
            continue;
        }
        let start = i;
        let token = if c.is_ascii_digit() || leading_decimal(text, i, c, decimal) {
            let mut j = i;
            while j < bytes.len() {
                let b = bytes[j];
                let joins_digits = (b == b',' || b == b'.')
                    && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                    && (j > i || b as char == decimal);
                if b.is_ascii_digit() || joins_digits {
                    j += 1;
                } else {
                    break;
                }
            }
            i = j;
            Token::Digits(&text[start..j])
        } else if c.is_alphabetic() {
            let mut j = i;
            for ch in text[i..].chars() {
                if ch.is_alphabetic() {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            i = j;
            Token::Word(&text[start..j])
        } else {
            i += len;
            Token::Mark(c)
        };
        out.push(Tok {
            token,
            start,
            end: i,
            space_before,
        });
        space_before = false;
    }
    out
}

/// Whether the character `c` at `i` is a decimal mark that starts a number (`.5%`, `-.5`,
/// `$.50`): directly followed by a digit, and where a number may start (the start of the
/// text, white space, an opening bracket or quotation mark, a currency sign, or a minus sign
/// that itself stands there). After a digit or a letter it is no such mark: the full stop of
/// `in 2020.5 people` ends a sentence, and `v.5` is a name.
fn leading_decimal(text: &str, i: usize, c: char, decimal: char) -> bool {
    if c != decimal || !text.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let head = &text[..i];
    let mut back = head.chars().rev();
    match back.next() {
        None => true,
        Some('-' | '\u{2212}') => back.next().is_none_or(opens_number),
        Some(p) => opens_number(p) || letters::CURRENCY_SIGNS.contains(&p),
    }
}

const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: &[&str] = &[
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORDINALS: &[&str] = &[
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
const SCALES: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    // South Asian English: a lakh is 100,000 and a crore 10,000,000 (`Rs 5 crore`).
    ("lakh", 5),
    ("crore", 7),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

#[derive(Clone, Copy)]
enum NumberWord {
    /// one to nineteen, and the tens.
    Small(u128),
    /// The ordinals: they end a number (`twenty-first`).
    Ordinal(u128),
    Scale(i32),
}

/// Every number word of the lists above, lowercase, with what it means. "zero" and "zeroth"
/// are left out: they are not in the contract's list, and "zero" rarely carries a figure.
static NUMBER_WORDS: LazyLock<WordTable<NumberWord>> = LazyLock::new(|| {
    let small = |list: &'static [&'static str], factor: u128, make: fn(u128) -> NumberWord| {
        list.iter()
            .enumerate()
            .skip(1) // "zero", "zeroth", and the tens' empty places
            .filter(|(_, w)| !w.is_empty())
            .map(move |(n, w)| (*w, make(n as u128 * factor)))
    };
    WordTable::new(
        small(UNITS, 1, NumberWord::Small)
            .chain(small(TENS, 10, NumberWord::Small))
            .chain(small(ORDINALS, 1, NumberWord::Ordinal))
            .chain(small(TENS_ORDINALS, 10, NumberWord::Ordinal))
            .chain(
                SCALES
                    .iter()
                    .map(|&(w, power)| (w, NumberWord::Scale(power))),
            ),
    )
});

/// A table of lowercase words, looked up in any case. Only ASCII letters are lowercased, so a
/// word with a letter that is not ASCII is none (as `eq_ignore_ascii_case` would have it).
pub(super) struct WordTable<T> {
    table: HashMap<&'static [u8], T>,
    /// The first letter of each word: most words of a text start with another one, and are
    /// passed over without being hashed.
    firsts: [bool; 256],
}

impl<T: Copy> WordTable<T> {
    pub(super) fn new(words: impl IntoIterator<Item = (&'static str, T)>) -> WordTable<T> {
        let mut table = HashMap::new();
        let mut firsts = [false; 256];
        for (w, value) in words {
            // A longer word could never be looked up (`get` lowercases into a buffer).
            debug_assert!(w.len() <= LONGEST_WORD, "`{w}` is longer than LONGEST_WORD");
            if let Some(&b) = w.as_bytes().first() {
                firsts[usize::from(b)] = true;
            }
            table.insert(w.as_bytes(), value);
        }
        WordTable { table, firsts }
    }

    pub(super) fn get(&self, w: &str) -> Option<T> {
        let first = w.as_bytes().first()?.to_ascii_lowercase();
        if !self.firsts[usize::from(first)] {
            return None;
        }
        // Lowercased into a buffer: a word longer than it is none.
        let mut lower = [0u8; LONGEST_WORD];
        let lower = lower.get_mut(..w.len())?;
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        self.table.get(&*lower).copied()
    }
}

/// The longest word of the tables ("seventeenth"), with room to spare.
const LONGEST_WORD: usize = 16;

fn scale_power(word: &str) -> Option<i32> {
    match number_word(word)? {
        NumberWord::Scale(power) => Some(power),
        _ => None,
    }
}

/// Whether `w` is a number word (`two`, `dozen`, `hundred`, `first`), in any case.
pub(super) fn is_number_word(w: &str) -> bool {
    number_word(w).is_some()
}

/// Whether `w` is an ordinal number word (`second`, `twentieth`), in any case.
pub(super) fn is_ordinal_word(w: &str) -> bool {
    matches!(number_word(w), Some(NumberWord::Ordinal(_)))
}

/// The count a number word names (`two`, `twelve`, `forty`), in any case; not an ordinal or a
/// scale.
pub(super) fn count_word(w: &str) -> Option<u32> {
    match number_word(w)? {
        NumberWord::Small(n) => u32::try_from(n).ok(),
        _ => None,
    }
}

/// What `w` means as a number word, its case ignored (see `WordTable`).
fn number_word(w: &str) -> Option<NumberWord> {
    NUMBER_WORDS.get(w)
}

fn is_month(tok: &Tok<'_>) -> bool {
    match tok.token {
        // "may" is a month only when capitalised ("May 5"), not in "may 5 people".
        Token::Word("May") => true,
        Token::Word(w) => w != "may" && crate::dates::is_month_name(w, true),
        _ => false,
    }
}

fn is_ordinal_suffix(word: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(word))
}

/// Reads a digit run with thousands separators (`1,597`, `2,90,000`) or a decimal (`1.4`),
/// with the marks of `numerals` (German `1.597` and `1,4`). A run that is neither (`1,2,3`)
/// is read as its pieces.
fn digit_values(run: &str, numerals: Numerals) -> Vec<(String, Value)> {
    let (group, decimal) = (numerals.group, numerals.decimal);
    // With the decimal mark as a `.`, the value's own notation.
    let value = |int: &str, frac: &str| Value::from_decimal(&format!("{int}.{frac}"));
    // A group mark with one or two digits after it is a decimal (`1,8`, `0,40` in English
    // text, `1.8` in German); three digits after it are thousands (`1,597`).
    if let Some((int, frac)) = run.split_once(group)
        && (1..=2).contains(&frac.len())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
    {
        return value(int, frac)
            .map(|v| vec![(run.to_owned(), v)])
            .unwrap_or_default();
    }
    let groups: Vec<&str> = run.split(group).collect();
    let (int_groups, last) = groups.split_at(groups.len() - 1);
    let last = last[0];
    let (last_int, frac) = last.split_once(decimal).unwrap_or((last, ""));
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && int_groups[1..].iter().all(|g| g.len() == 2 || g.len() == 3)
        && last_int.len() == 3
        && !frac.contains(decimal)
        && int_groups.iter().all(|g| !g.contains(decimal));
    if groups.len() == 1 || grouped {
        let plain = run.replace(group, "");
        let (int, frac) = plain.split_once(decimal).unwrap_or((&plain, ""));
        if !frac.contains(decimal) {
            return value(int, frac)
                .map(|v| vec![(run.to_owned(), v)])
                .unwrap_or_default();
        }
    }
    // A list such as `1,2,3` or a version such as `3.5.2`: each piece on its own.
    run.split([',', '.'])
        .filter_map(|piece| Value::from_decimal(piece).map(|v| (piece.to_owned(), v)))
        .collect()
}

/// Every number in `text`, as values, read as English writes numbers (a statement, the
/// summary, and a quote of a source without a language).
pub fn mentions(text: &str) -> Vec<Mention> {
    mentions_with(text, Numerals::ENGLISH)
}

/// Every number in `text`, as values, read as a language writes them (a quote of a German
/// source: `1.234` is 1234, `25,5 Millionen` 25.5 million).
pub fn mentions_with(text: &str, numerals: Numerals) -> Vec<Mention> {
    // Digits of other scripts (`١٣`, `１２`) are read from a copy in ASCII digits; each
    // mention is then put back at its place in `text`, as written there.
    let Some(ascii) = digits::Ascii::of(text) else {
        return read_mentions(text, numerals);
    };
    let mut out = read_mentions(&ascii.text, numerals);
    for m in &mut out {
        let (start, end) = (ascii.original(m.start), ascii.original(m.end()));
        // A piece of a list (`1,2,3`) starts where its run does, and keeps its own text.
        let whole = ascii.text.get(m.start..m.end()) == Some(m.text.as_str());
        if let Some(written) = text.get(start..end).filter(|_| whole) {
            m.text = written.to_owned();
        }
        m.start = start;
        m.range = (m.range.take()).map(|r| ascii.original(r.start)..ascii.original(r.end));
    }
    out
}

fn read_mentions(text: &str, numerals: Numerals) -> Vec<Mention> {
    let toks = tokenize(text, numerals.decimal);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match toks[i].token {
            Token::Digits(run) => {
                i = read_digits(text, &toks, i, run, numerals, &mut out);
            }
            Token::Word(_) => {
                i = match own_number_word(text, &toks, i, numerals, &mut out) {
                    Some(next) => next,
                    None => read_words(text, &toks, i, &mut out),
                };
            }
            Token::Mark(c) => {
                // A vulgar fraction alone: `½` is 0.5 (after digits, `read_figure` reads it).
                if let Some(decimals) = labels::vulgar(c)
                    && let Some(value) = Value::from_decimal(&format!("0.{decimals}"))
                {
                    out.push(Mention::new(c.to_string(), value, toks[i].start));
                }
                i += 1;
            }
        }
    }
    for mention in &mut out {
        times_fold(text, mention);
        with_sign_and_unit(text, mention);
    }
    powers_of_ten(text, &mut out);
    phrases::one_in_n(text, &mut out);
    ranges(text, &mut out);
    labels::mark(text, &mut out);
    out
}

/// A count joined to "-fold" is how many times (`5-fold`, `five-fold`), as `fivefold` is.
fn times_fold(text: &str, mention: &mut Mention) {
    let Some(rest) = text.get(mention.end()..) else {
        return;
    };
    let fold = rest
        .strip_prefix("-fold")
        .is_some_and(|after| !after.starts_with(char::is_alphanumeric));
    if fold && mention.kind == Kind::Count && mention.scale == 0 {
        mention.text.push_str("-fold");
        mention.kind = Kind::Times;
    }
}

/// `10⁶` and `10^6` as a million, `10⁻³` as a thousandth: a 10 raised to a power written right
/// after it (as `add-source` writes a page's `<sup>`). Another number's raised digits are a
/// footnote mark (`40¹`) and leave it as it is.
fn powers_of_ten(text: &str, out: &mut Vec<Mention>) {
    let mut caret_exponents = Vec::new();
    for m in out.iter_mut().filter(|m| m.text == "10") {
        let rest = &text[m.end()..];
        let (written, negative, digits) = if let Some(raised) = rest.strip_prefix('^') {
            let (negative, raised) = match raised.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, raised),
            };
            let len = raised.bytes().take_while(u8::is_ascii_digit).count();
            if len > 0 {
                caret_exponents.push(m.end() + 1 + usize::from(negative));
            }
            (
                rest.len() - raised.len() + len,
                negative,
                raised[..len].to_owned(),
            )
        } else {
            let (negative, raised) = match rest.strip_prefix('\u{207B}') {
                Some(r) => (true, r),
                None => (false, rest),
            };
            let digits: String = raised.chars().map_while(superscript_digit).collect();
            // Each superscript digit is two or three bytes.
            let len: usize = raised.chars().take(digits.len()).map(char::len_utf8).sum();
            (rest.len() - raised.len() + len, negative, digits)
        };
        let Some(power) = digits.parse::<i32>().ok().filter(|p| *p <= 999) else {
            continue;
        };
        m.text.push_str(&rest[..written]);
        m.value = Value::normalized("1".to_owned(), if negative { -power } else { power });
    }
    // The exponent of `10^6` is no number of its own.
    out.retain(|m| !caret_exponents.contains(&m.start));
}

/// The digit a superscript digit raises: `⁶` is 6.
fn superscript_digit(c: char) -> Option<char> {
    match c {
        '\u{2070}' => Some('0'),
        '\u{00B9}' => Some('1'),
        '\u{00B2}' => Some('2'),
        '\u{00B3}' => Some('3'),
        '\u{2074}'..='\u{2079}' => char::from_digit(c as u32 - 0x2070, 10),
        _ => None,
    }
}

/// Every number of an inline Markdown field (a statement, the summary) that a reader reads:
/// not the digits of a link's address or of a URL (`/2024/05/123`), which the briefing does
/// not show. Positions are the field's.
pub fn mentions_in_field(field: &str) -> Vec<Mention> {
    mentions(&crate::markdown::without_addresses(field))
}

/// A scale or percent after a range applies to both ends: `NOK 26-28 billion` is 26 billion to
/// 28 billion, `30 to 35%` is 30% to 35%. Only when the first end is the smaller (so `from 500
/// to 1.2 million` keeps its 500), and `and` only after `between`. Both ends of a range written
/// with a dash or `between ... and` get its span in `range` (`3,000-4,000`).
fn ranges(text: &str, out: &mut [Mention]) {
    for j in 1..out.len() {
        let (before, after) = out.split_at_mut(j);
        let (a, b) = (&mut before[j - 1], &mut after[0]);
        // A currency code may stand before each end: `between NOK 28 billion and NOK 30 billion`.
        let Some(between) = text.get(a.end()..b.start).map(letters::without_code) else {
            continue;
        };
        let is = |w: &str| between.eq_ignore_ascii_case(w);
        let between_and = is("and") && ends_with_word(&text[..a.start], "between");
        let from_to = is("to").then(|| spread_from(&text[..a.start])).flatten();
        // Read before "rose 3 to 4 per cent" takes the level off the upper end.
        let to_range = is("to") && from_to.is_none() && spread_to(text, a, b);
        let dash = ["-", "\u{2013}", "\u{2014}"].iter().any(|c| is(c));
        if !(dash || between_and || is("to") || is("or")) {
            continue;
        }
        let below =
            |x: &Value, y: &Value| matches!((x.to_f64(), y.to_f64()), (Some(x), Some(y)) if x < y);
        let lends = b.scale > 0 || matches!(b.kind, Kind::Percent | Kind::Points);
        let plain = a.scale == 0 && a.kind == Kind::Count && a.alt.is_none();
        let bare = plain && a.currency.is_none() && a.unit.is_none();
        if lends && plain && below(&a.value, &b.value.scaled(-b.scale)) {
            let base = a.value.clone();
            a.value = base.scaled(b.scale);
            a.alt = b.alt.as_ref().map(|_| base);
            a.kind = b.kind;
            a.scale = b.scale;
        }
        // "rose 3 to 4 per cent" is a spread of the rise, not where it went ("fell 12p to
        // 340p" is).
        if is("to") && bare && a.level.is_none() && a.kind == b.kind && below(&a.value, &b.value) {
            b.level = None;
        }
        // A score such as `1-3` is no range: a dash joins ends from 10, or scaled ones.
        let sized =
            a.scale > 0 || a.kind != Kind::Count || a.value.to_f64().is_some_and(|v| v >= 10.0);
        let range = (between_and || from_to.is_some() || to_range || (dash && sized))
            && a.kind == b.kind
            && below(&a.value, &b.value);
        if range {
            // The span shows the words of the range: `between NOK 28 billion and NOK 30 billion`.
            let head = letters::code_start(&text[..a.start]).unwrap_or(a.start);
            let from = if let Some(from) = from_to {
                from
            } else if to_range {
                from_start(&text[..head]).unwrap_or(head)
            } else if between_and {
                (text[..head].trim_end().len())
                    .checked_sub("between".len())
                    .filter(|&p| text.is_char_boundary(p))
                    .unwrap_or(head)
            } else {
                head
            };
            a.range = Some(from..b.end());
            b.range = Some(from..b.end());
        }
    }
}

/// Whether `a` to `b` (with "to" between them) is a spread of values, "250 to 400
/// millimetres", "from 2 to 3 metres", "$5m to $8m", and not a change that goes from one to the
/// other ("rose from 10 to 20", "fell 12p to 340p", "went from 10 to 20"): no word of change
/// stands before either end, nor a verb before "from"; and it is no score ("won 1 to 3"): the
/// lower end is 10 or more, or the upper names what it counts in.
fn spread_to(text: &str, a: &Mention, b: &Mention) -> bool {
    let measured = a.scale > 0
        || b.scale > 0
        || b.kind != Kind::Count
        || b.unit.is_some()
        || b.currency.is_some()
        || a.value.to_f64().is_some_and(|v| v >= 10.0);
    let head = &text[..letters::code_start(&text[..a.start]).unwrap_or(a.start)];
    let unmoved = from_start(head).is_none_or(|from| !moves(&head[..from]));
    measured && unmoved && a.trend.is_none() && a.level.is_none() && b.level.is_none()
}

/// Where "from" starts, when it is the last word of `head`.
fn from_start(head: &str) -> Option<usize> {
    let rest = head.trim_end();
    ends_with_word(rest, "from").then(|| rest.len() - "from".len())
}

/// Verbs of moving that take "from ... to ..." as where the move started and went, besides the
/// words of change that `trend` reads.
const MOVES: &[&str] = &[
    "went", "go", "goes", "going", "gone", "cut", "cuts", "set", "sets", "shift", "shifts", "move",
    "moves", "rise", "fall", "grow", "jump", "slip", "swing", "swung",
];

/// Whether one of the last four words of `head` (the text before "from"), in its clause, is a
/// verb that moves a value: one of `MOVES`, or a past form in "-ed" ("lifted its forecast",
/// "revised", "changed"): "lifted its forecast from 10 to 12" is a change, "waves from 2 to 3
/// metres" a spread.
fn moves(head: &str) -> bool {
    let tail = &head[head.floor_char_boundary(head.len().saturating_sub(60))..];
    let clause = tail.rsplit([',', ';', ':', '.', '(']).next().unwrap_or("");
    (clause.rsplit(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .any(|w| w.ends_with("ed") || MOVES.contains(&w.as_str()))
}

/// Words before "from ... to ..." that make it a spread of values, not a change from one to
/// the other: "estimates ranged from $8 billion to $12 billion" (but "rose from 10 to 20").
const SPREADS: &[&str] = &[
    "range",
    "ranged",
    "ranges",
    "ranging",
    "vary",
    "varied",
    "varies",
    "varying",
    "anywhere",
    "somewhere",
];

/// Where "from" starts in `head` (the text before a range's first end), when `head` ends with
/// "from" after a word of `SPREADS`.
fn spread_from(head: &str) -> Option<usize> {
    if !ends_with_word(head, "from") {
        return None;
    }
    let mut rest = head.trim_end();
    if let Some(at) = letters::code_start(rest) {
        rest = rest[..at].trim_end();
    }
    let from = rest.len().checked_sub("from".len())?;
    let spread = rest.get(..from)?.trim_end();
    let word = spread.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    SPREADS
        .iter()
        .any(|s| s.eq_ignore_ascii_case(word))
        .then_some(from)
}

/// Whether the last word of `head`, after a currency code is taken off its end and with the
/// marks that open it left out (`(between`), is `word`, in any case. Looks back no further than
/// that word: going back to the start of the last word from every number made a text without
/// spaces (`1and2and3...`) quadratic.
fn ends_with_word(head: &str, word: &str) -> bool {
    let mut head = head.trim_end();
    if let Some(at) = letters::code_start(head) {
        head = head[..at].trim_end();
    }
    let Some(at) = head.len().checked_sub(word.len()) else {
        return false;
    };
    head.get(at..).is_some_and(|w| w.eq_ignore_ascii_case(word))
        && (head[..at].chars().rev())
            .take_while(|c| !c.is_whitespace())
            .all(|c| !c.is_alphanumeric())
}

/// Widens a mention's text to the sign, currency and percent written with it (`-5`,
/// `$1.4 billion`, `2%`, `2 per cent`), so that a message shows the number as written, and
/// sets its kind from the unit: `2%` and `2 per cent` are percents, `2` a count.
fn with_sign_and_unit(text: &str, mention: &mut Mention) {
    if matches!(
        mention.kind,
        Kind::Fraction { .. } | Kind::Vague | Kind::Times | Kind::Time
    ) {
        return;
    }
    let mut start = mention.start;
    let Some(end) = text[start..]
        .starts_with(mention.text.as_str())
        .then(|| start + mention.text.len())
    else {
        return; // a piece of a list such as `1,2,3`
    };
    let before = |at: usize| text[..at].chars().next_back();
    if let Some(c) = before(start).filter(|c| letters::CURRENCY_SIGNS.contains(c)) {
        start -= c.len_utf8();
    }
    // A minus sign before the digits starts the number only where a number may start: `-15C`,
    // `(−0.3%)`, not `10-15` (a range) or `COVID-19` (a name).
    let digit_first = mention
        .text
        .starts_with(|c: char| c.is_ascii_digit() || c == '.');
    let minus_word = digit_first && after_minus(&text[..start]);
    if let Some(c) = before(start).filter(|c| matches!(c, '-' | '\u{2212}') && digit_first) {
        let at = start - c.len_utf8();
        // A hyphen that opens a line before a count of words is a list's dash: "-15 dead".
        let list_dash = c == '-'
            && before(at).is_none_or(|b| b == '\n')
            && text[end..].starts_with(' ')
            && text[end..].trim_start().starts_with(char::is_alphabetic)
            && unit_after(&text[end..]).is_none();
        if before(at).is_none_or(opens_number) && !list_dash {
            start = at;
            mention.value = mention.value.negated();
            mention.alt = mention.alt.as_ref().map(Value::negated);
        }
    } else if minus_word {
        // `minus 15C` is -15C.
        mention.value = mention.value.negated();
        mention.alt = mention.alt.as_ref().map(Value::negated);
    }
    mention.trend = trend::trend(&text[..start], &text[end..]);
    mention.level = trend::level(&text[..start]);
    if mention.trend.is_none() && mention.level.is_none() {
        mention.against = trend::against(&text[..start]);
    }
    let (mut unit, mut kind) = unit_after(&text[end..]).unwrap_or((0, mention.kind));
    if unit == 0
        && let Some(len) = basis_points_after(&text[end..])
    {
        // 100 basis points are one percentage point: `225 basis points` is `2.25 points`,
        // and still 225 as written.
        (unit, kind) = (len, Kind::Points);
        mention.alt = Some(mention.value.clone());
        mention.value = mention.value.scaled(-2);
    }
    mention.currency =
        letters::currency_around(text, mention.start, end + unit).or(mention.currency);
    // A code before the number is shown with it: `Rs 5 crore`, `NOK 26`.
    if start == mention.start
        && let Some(at) = labels::code_before(text, start)
    {
        start = at;
    }
    if unit == 0
        && let Some((name, len)) = units::measure(&text[end..])
    {
        mention.unit = Some(name);
        mention.unit_written = Some(text[end..end + len].to_owned());
    }
    mention.text = text[start..end + unit].to_owned();
    mention.start = start;
    mention.kind = kind;
}

/// Whether `c`, right before a sign or a leading decimal point, lets a number start there:
/// white space, or a mark that opens a bracket or a quotation (`(-5`, `"−3`, `«.5`).
/// Whether `head` ends with the word "minus" and white space: `minus 15C`. Reads only its
/// last bytes, as a text without spaces may hold thousands of numbers.
fn after_minus(head: &str) -> bool {
    let trimmed = head.trim_end();
    if trimmed.len() == head.len()
        || trimmed.len() < 5
        || !trimmed.is_char_boundary(trimmed.len() - 5)
    {
        return false;
    }
    let (rest, word) = trimmed.split_at(trimmed.len() - 5);
    word.eq_ignore_ascii_case("minus")
        && !rest.ends_with(char::is_alphanumeric)
        && !after_plus_or(rest)
}

/// Whether `head` ends with "plus or " (or "plus/"): "plus or minus 3.1 points" is a margin
/// either way, not a negative number.
fn after_plus_or(head: &str) -> bool {
    let head = head.trim_end();
    let head = head
        .strip_suffix('/')
        .or_else(|| {
            let at = head.len().checked_sub(2)?;
            let (rest, or) = (head.get(..at)?, head.get(at..)?);
            or.eq_ignore_ascii_case("or").then_some(rest)
        })
        .map(str::trim_end);
    head.is_some_and(|h| {
        let at = h.len().saturating_sub(4);
        h.get(at..).is_some_and(|w| w.eq_ignore_ascii_case("plus"))
            && !h[..at].ends_with(char::is_alphanumeric)
    })
}

fn opens_number(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '{' | '"' | '\'' | '\u{201c}' | '\u{2018}' | '\u{201e}' | '\u{ab}'
        )
}

/// The percent or percentage points written after a number, as the length of its text and the
/// kind it makes: `%` (after a space too, as French writes `1,8 %`), `per cent`, `percent`,
/// `pc`, `percentage point(s)`, `pp`, and other languages' (`Prozent`, `pour cent`, ...).
fn unit_after(rest: &str) -> Option<(usize, Kind)> {
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some('%'), _) => return Some((1, Kind::Percent)),
        (Some(c), Some('%')) if c.is_whitespace() => {
            return Some((c.len_utf8() + 1, Kind::Percent));
        }
        _ => {}
    }
    // Words after one white space of any kind (a no-break space too); letters right after.
    // Other languages' words too: none follows a number in English with another meaning.
    const SPACED: &[(&str, Kind)] = &[
        ("per cent", Kind::Percent),
        ("percent", Kind::Percent),
        ("percentage points", Kind::Points),
        ("percentage point", Kind::Points),
        ("prozent", Kind::Percent),
        ("prozentpunkte", Kind::Points),
        ("prozentpunkten", Kind::Points),
        ("prozentpunkt", Kind::Points),
        ("pour cent", Kind::Percent),
        ("por ciento", Kind::Percent),
        ("por cento", Kind::Percent),
        ("per cento", Kind::Percent),
        ("procent", Kind::Percent),
        ("prosent", Kind::Percent),
        ("procento", Kind::Percent),
    ];
    const JOINED: &[(&str, Kind)] = &[
        ("pc", Kind::Percent),
        ("pct", Kind::Percent),
        ("-percent", Kind::Percent),
        ("-per-cent", Kind::Percent),
        ("pp", Kind::Points),
    ];
    let (skip, units) = match rest.chars().next() {
        Some(c) if c.is_whitespace() => (c.len_utf8(), SPACED),
        _ => (0, JOINED),
    };
    let tail = &rest[skip..];
    units.iter().find_map(|&(u, kind)| {
        let whole = tail.get(..u.len())?.eq_ignore_ascii_case(u)
            && !tail[u.len()..].starts_with(char::is_alphanumeric);
        whole.then_some((skip + u.len(), kind))
    })
}

/// The length of the basis points written right after a number (` basis points`, `bp`,
/// ` bps`), as `unit_after` reads percent.
fn basis_points_after(rest: &str) -> Option<usize> {
    const FORMS: &[&str] = &[
        " basis points",
        " basis point",
        "-basis-point",
        " bps",
        "bps",
    ];
    const SHORT: &[&str] = &[" bp", "bp"];
    (FORMS.iter().chain(SHORT)).find_map(|u| {
        let whole = rest.get(..u.len())?.eq_ignore_ascii_case(u)
            && !rest[u.len()..].starts_with(char::is_alphanumeric);
        whole.then_some(u.len())
    })
}

/// The token after `i` when it follows with nothing or a single `-` between them.
fn joined(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let next = toks.get(i + 1)?;
    if !next.space_before {
        if next.token == Token::Mark('-') {
            let after = toks.get(i + 2)?;
            return (!after.space_before).then_some(i + 2);
        }
        return Some(i + 1);
    }
    Some(i + 1)
}

/// Reads the digit run `run` at token `i` and what belongs to it (an ordinal suffix, scale
/// words). Names (`G7`), dates and years are left out. Returns the index after what was read.
fn read_digits(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    run: &str,
    numerals: Numerals,
    out: &mut Vec<Mention>,
) -> usize {
    if let Some(quarter) = quarter(text, toks, i, run) {
        out.push(quarter);
        return i + 1;
    }
    if is_in_name(toks, i) {
        return i + 1;
    }
    // ISO dates (2022-03-02) and slashed dates (3/2/2022).
    if let Some(end) = date_end(toks, i) {
        return end;
    }
    if let Some((time, end)) = labels::clock(text, toks, i) {
        out.push(time);
        return end;
    }
    let ordinal = toks.get(i + 1).is_some_and(|n| {
        !n.space_before && matches!(n.token, Token::Word(w) if is_ordinal_suffix(w))
    });
    if let Some(end) = day_of_month_end(toks, i, run, ordinal) {
        return end;
    }
    if ordinal {
        push_ordinal(text, toks, i, run, numerals, out);
        return i + 2;
    }
    read_figure(text, toks, i, run, numerals, out)
}

/// A quarter of the year written `Q3` (the digits `run` at `i`, after a `Q`): the number 3,
/// as "third quarter" gives it, so that "third-quarter revenue" is held to "Q3 revenue" and
/// "Q2" to nothing that says "Q3". Other letters before digits make a name (`G7`).
fn quarter(text: &str, toks: &[Tok<'_>], i: usize, run: &str) -> Option<Mention> {
    let q = toks.get(i.checked_sub(1)?)?;
    let alone_before =
        q.space_before || i < 2 || !matches!(toks[i - 2].token, Token::Word(_) | Token::Digits(_));
    let joined_after = toks.get(i + 1).is_some_and(|next| {
        !next.space_before && matches!(next.token, Token::Word(_) | Token::Digits(_))
    });
    let is_quarter = q.token == Token::Word("Q")
        && !toks[i].space_before
        && alone_before
        && !joined_after
        && matches!(run, "1" | "2" | "3" | "4");
    let value = Value::from_decimal(run)?;
    is_quarter.then(|| Mention::new(text[q.start..toks[i].end].to_owned(), value, q.start))
}

/// Whether the digits at `i` are part of a name such as `G7`, `MH17`, `F-16` or `COVID-19`,
/// which is not a figure.
fn is_in_name(toks: &[Tok<'_>], i: usize) -> bool {
    if toks[i].space_before || i == 0 {
        return false;
    }
    let prev = &toks[i - 1];
    let letter_before = matches!(prev.token, Token::Word(_));
    let hyphenated_name = prev.token == Token::Mark('-')
        && i >= 2
        && matches!(toks[i - 2].token, Token::Word(_))
        && !prev.space_before;
    letter_before || hyphenated_name
}

/// The index after a day of the month at `i` ("2 March", "2nd of March", "March 2",
/// "Jan. 18"), when the digits are one; `ordinal` says a suffix (`nd`) follows them. The
/// other day of a stretch of days is one too: the first of "17-18 February" and the second
/// of "February 17 to 18", which would otherwise read as a count.
fn day_of_month_end(toks: &[Tok<'_>], i: usize, run: &str, ordinal: bool) -> Option<usize> {
    if !is_day_run(run) {
        return None;
    }
    let after = if ordinal { i + 2 } else { i + 1 };
    let first_of_stretch = toks.get(after).is_some_and(is_days_joiner)
        && toks
            .get(after + 1)
            .is_some_and(|t| matches!(t.token, Token::Digits(d) if is_day_run(d)))
        && month_next(toks, after + 2);
    let second_of_stretch = i >= 2
        && is_days_joiner(&toks[i - 1])
        && matches!(toks[i - 2].token, Token::Digits(d) if is_day_run(d))
        && month_ends_at(toks, i - 2);
    (month_next(toks, after) || month_ends_at(toks, i) || first_of_stretch || second_of_stretch)
        .then_some(after)
}

/// Whether digits can be a day of the month: 1 to 31, without separators.
fn is_day_run(run: &str) -> bool {
    !run.contains([',', '.'])
        && run.len() <= 2
        && run.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Whether a month's name starts at `at` ("March", "of March").
fn month_next(toks: &[Tok<'_>], at: usize) -> bool {
    let is_of = |t: &Tok<'_>| matches!(t.token, Token::Word(w) if w.eq_ignore_ascii_case("of"));
    toks.get(at).is_some_and(is_month)
        || (toks.get(at).is_some_and(is_of) && toks.get(at + 1).is_some_and(is_month))
}

/// Whether a month's name ends right before `at` ("March", "Jan.").
fn month_ends_at(toks: &[Tok<'_>], at: usize) -> bool {
    let prev = at.checked_sub(1).map(|p| &toks[p]);
    prev.is_some_and(is_month)
        || (prev.is_some_and(|p| p.token == Token::Mark('.')) && at >= 2 && is_month(&toks[at - 2]))
}

/// A word or mark that joins two days of one stretch: "17-18", "17/18", "17 to 18", "4 and 5".
fn is_days_joiner(tok: &Tok<'_>) -> bool {
    match tok.token {
        Token::Mark(c) => matches!(c, '-' | '\u{2013}' | '/'),
        Token::Word(w) => ["to", "and"].iter().any(|j| j.eq_ignore_ascii_case(w)),
        Token::Digits(_) => false,
    }
}

/// Pushes an ordinal such as `7th`, read from its digits `run` at `i` and its suffix at `i + 1`.
fn push_ordinal(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    run: &str,
    numerals: Numerals,
    out: &mut Vec<Mention>,
) {
    if let Some((_, value)) = digit_values(run, numerals).into_iter().next() {
        let start = toks[i].start;
        out.push(Mention::new(
            text[start..toks[i + 1].end].to_owned(),
            value,
            start,
        ));
    }
}

/// Reads the figure `run` at `i` with the scale words or letters after it (`1.4 million`,
/// `2.3bn`); a year standing alone is left out. Returns the index after what was read.
fn read_figure(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    run: &str,
    numerals: Numerals,
    out: &mut Vec<Mention>,
) -> usize {
    let start = toks[i].start;
    let mut last = space_grouped(text, toks, i);
    let joined_run: String;
    let part = (labels::vulgar_after(toks, last).map(|d| (last + 1, d)))
        .or_else(|| labels::and_a_part(toks, last))
        .filter(|_| last == i && run.bytes().all(|b| b.is_ascii_digit()));
    let run = if let Some((part_end, decimals)) = part {
        // `2½` is 2.5, `3 and a half` 3.5.
        last = part_end;
        joined_run = format!("{run}{}{decimals}", numerals.decimal);
        &joined_run
    } else if last == i {
        run
    } else {
        joined_run = (i..=last)
            .filter_map(|k| match toks[k].token {
                Token::Digits(d) => Some(d),
                _ => None,
            })
            .collect();
        &joined_run
    };
    let values = digit_values(run, numerals);
    // A year: four digits from 1800 to 2100 standing alone.
    let is_year = values.len() == 1
        && run.len() == 4
        && run.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y));
    let (mut end_tok, mut power) = scale_after(toks, last, numerals);
    let local = numerals != Numerals::ENGLISH
        && (run.contains([',', '.'])
            || (last + 1..=end_tok).any(|k| is_own_scale(&toks[k], numerals)));
    let mut certain = true;
    let mut currency = None;
    if power == 0
        && let Some(letters) = letters::scale_letters(toks, last)
    {
        (end_tok, power, certain) = (letters.at, letters.power, letters.certain);
    } else if power == 0
        && let Some((at, money)) = labels::hundredths(toks, last)
    {
        // `12p` is £0.12: a hundredth of the currency, so that `£12` is not `12p`.
        (end_tok, power, currency) = (at, -2, money);
    }
    if is_year && end_tok == last && !counts::year_like_counts(text, toks, i, last) {
        return year_span_end(toks, i, run).unwrap_or(i + 1);
    }
    let n = values.len();
    for (idx, (written, value)) in values.into_iter().enumerate() {
        // The scale applies to the last of several pieces only (`1,2 million` is odd anyway).
        if idx + 1 == n && (end_tok > i || n == 1) {
            let mut m = Mention::new(
                text[start..toks[end_tok].end].to_owned(),
                value.scaled(power),
                start,
            );
            m.scale = power.max(0);
            m.alt = (!certain).then_some(value);
            m.local = local;
            m.currency = currency;
            out.push(m);
        } else {
            out.push(Mention::new(written, value, start));
        }
    }
    end_tok + 1
}

/// The index after a span of years whose second is written with its last two digits
/// (`2022-23`, `2022/23`, `1999-00`), when the year `year` at `i` starts one: `23` is a year,
/// not a count. A later year only, so that a year and month (`2022-03`) is not one.
fn year_span_end(toks: &[Tok<'_>], i: usize, year: &str) -> Option<usize> {
    let joined_at = |k: usize| toks.get(k).filter(|t| !t.space_before);
    let mark = joined_at(i + 1)?;
    if !matches!(mark.token, Token::Mark('-' | '\u{2013}' | '/')) {
        return None;
    }
    let Token::Digits(second) = joined_at(i + 2)?.token else {
        return None;
    };
    let (Ok(first), Ok(second)) = (year[2..].parse::<u8>(), second.parse::<u8>()) else {
        return None;
    };
    let two_digits = toks[i + 2].end - toks[i + 2].start == 2;
    let later = second > first || (first, second) == (99, 0);
    (two_digits && later).then_some(i + 3)
}

/// The last token of a number whose thousands are set apart by single spaces, as European and
/// translated texts write them (`2 500`, `12 000`, `1 234 567`, with a plain, no-break or thin
/// space); `i` when there is none. A day of the month has been read before (`March 3 500
/// people` stays 3 and 500).
fn space_grouped(text: &str, toks: &[Tok<'_>], i: usize) -> usize {
    let plain =
        |t: &Tok<'_>| matches!(t.token, Token::Digits(d) if d.bytes().all(|b| b.is_ascii_digit()));
    let Token::Digits(first) = toks[i].token else {
        return i;
    };
    if !(1..=3).contains(&first.len()) || !plain(&toks[i]) {
        return i;
    }
    let mut last = i;
    while let Some(next) = toks.get(last + 1) {
        let Token::Digits(d) = next.token else {
            break;
        };
        let gap = &text[toks[last].end..next.start];
        let mut gap_chars = gap.chars();
        let single_space = gap_chars
            .next()
            .is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}'))
            && gap_chars.next().is_none();
        let bytes = d.as_bytes();
        let group = bytes.len() >= 3
            && bytes[..3].iter().all(u8::is_ascii_digit)
            && bytes.get(3).is_none_or(|b| matches!(b, b',' | b'.'));
        if !single_space || !group || !plain(&toks[last]) {
            break;
        }
        last += 1;
    }
    last
}

/// The scale words joined to the number at `i` (`1.4 million`, `16-hundred`, and the
/// language's own: `25,5 Millionen`): the index of the last one (`i` when there is none) and
/// the power of ten they make together.
fn scale_after(toks: &[Tok<'_>], i: usize, numerals: Numerals) -> (usize, i32) {
    let mut end_tok = i;
    let mut power = 0;
    while let Some(k) = joined(toks, end_tok) {
        let Token::Word(w) = toks[k].token else {
            break;
        };
        // The plural after digits is a scale too, as translations write it (`2,5 millions`).
        let plural = || {
            w.strip_suffix('s')
                .filter(|_| k == i + 1)
                .and_then(scale_power)
        };
        let Some(p) = own_scale(w, numerals)
            .or_else(|| scale_power(w))
            .or_else(plural)
        else {
            break;
        };
        power += p;
        end_tok = k;
    }
    (end_tok, power)
}

/// The power of ten of a scale word of the language of `numerals` (`Millionen`, `Mio`), its
/// case ignored.
fn own_scale(word: &str, numerals: Numerals) -> Option<i32> {
    if numerals.scales.is_empty() {
        return None;
    }
    let lower = word.to_lowercase();
    numerals
        .scales
        .iter()
        .find_map(|&(w, power)| (w == lower).then_some(power))
}

fn is_own_scale(tok: &Tok<'_>, numerals: Numerals) -> bool {
    matches!(tok.token, Token::Word(w) if own_scale(w, numerals).is_some())
}

/// The token index after a date written with digits, when one starts at `i`.
fn date_end(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let digits = |k: usize, lens: &[usize]| {
        matches!(toks.get(k), Some(Tok {
            token: Token::Digits(d),
            space_before: false,
            ..
        }) if d.bytes().all(|b| b.is_ascii_digit()) && lens.contains(&d.len()))
    };
    let mark = |k: usize, c: char| {
        toks.get(k)
            .is_some_and(|t| t.token == Token::Mark(c) && !t.space_before)
    };
    let Token::Digits(first) = toks[i].token else {
        return None;
    };
    if !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if first.len() == 4
        && mark(i + 1, '-')
        && digits(i + 2, &[2])
        && mark(i + 3, '-')
        && digits(i + 4, &[2])
    {
        return Some(i + 5);
    }
    if (1..=2).contains(&first.len())
        && mark(i + 1, '/')
        && digits(i + 2, &[1, 2])
        && mark(i + 3, '/')
        && digits(i + 4, &[2, 4])
    {
        return Some(i + 5);
    }
    None
}

/// Reads a number word of the source's language at `i` (`sieben`, and Ukrainian `п'ять`
/// across its apostrophe), shown with its value in messages. Returns the index after it.
fn own_number_word(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    numerals: Numerals,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let words = numerals.words?;
    let Token::Word(w) = toks[i].token else {
        return None;
    };
    let joined = |k: usize| toks.get(k).filter(|t| !t.space_before);
    let (value, end) = match (joined(i + 1), joined(i + 2)) {
        (Some(mark), Some(next))
            if matches!(mark.token, Token::Mark('\'' | '\u{2019}' | '\u{2bc}'))
                && matches!(next.token, Token::Word(_)) =>
        {
            let spelled = format!("{w}'{}", &text[next.start..next.end]);
            match words.value(&spelled) {
                Some(n) => (n, i + 2),
                None => (words.value(w)?, i),
            }
        }
        _ => (words.value(w)?, i),
    };
    let start = toks[i].start;
    let mut m = Mention::new(
        text[start..toks[end].end].to_owned(),
        Value::from_integer(u128::from(value)),
        start,
    );
    m.local = true;
    out.push(m);
    Some(end + 1)
}

/// "twenty six" and "twenty-first" combine; "five six" does not.
fn tens_then_unit(current: u128, n: u128) -> bool {
    current % 100 >= 20 && current.is_multiple_of(10) && n < 10
}

/// Reads number words from `i` (`twenty-six`, `one hundred and twenty`, `1.4 million`'s words
/// are read by `read_digits`). Returns the index after what was read.
fn read_words(text: &str, toks: &[Tok<'_>], i: usize, out: &mut Vec<Mention>) -> usize {
    let Token::Word(w) = toks[i].token else {
        return i + 1;
    };
    // Looked up once: a phrase starts with one, and the words of a number are read from it.
    let number = number_word(w);
    if let Some(end) = phrases::read(text, toks, i, number, out) {
        return end;
    }
    if let Some(n) = trend::times(toks, i) {
        let mut m = Mention::new(w.to_owned(), n, toks[i].start);
        m.kind = Kind::Times;
        out.push(m);
        return i + 1;
    }
    let Some(first) = number else {
        return i + 1;
    };
    let (whole, end, ended_by_ordinal) = add_up(toks, i, first);
    // "three and a half" is 3.5.
    let (value, end) = match labels::and_a_part(toks, end) {
        Some((part_end, decimals)) if !ended_by_ordinal => (
            Value::from_decimal(&format!("{whole}.{decimals}")),
            part_end,
        ),
        _ => (None, end),
    };
    out.push(Mention::new(
        text[toks[i].start..toks[end].end].to_owned(),
        value.unwrap_or_else(|| Value::from_integer(whole)),
        toks[i].start,
    ));
    end + 1
}

/// The value of the run of number words from `toks[i]` (whose word is `first`): "twenty-six",
/// "one hundred and five", "two million"; with the index of its last word and whether an
/// ordinal ended it ("twenty-first").
fn add_up(toks: &[Tok<'_>], i: usize, first: NumberWord) -> (u128, usize, bool) {
    let mut total: u128 = 0;
    let mut current: u128 = 0;
    let mut last_kind_small = false;
    let mut end = i;
    let mut k = i;
    let mut word = Some(first);
    let mut ended_by_ordinal = false;
    while let Some(nw) = word.take() {
        match nw {
            NumberWord::Small(n) => {
                if last_kind_small && !tens_then_unit(current, n) {
                    break;
                }
                current = current.saturating_add(n);
                last_kind_small = true;
            }
            NumberWord::Ordinal(n) => {
                if last_kind_small && !tens_then_unit(current, n) {
                    break;
                }
                current = current.saturating_add(n);
                ended_by_ordinal = true;
            }
            NumberWord::Scale(p) => {
                let factor = 10u128.checked_pow(p as u32).unwrap_or(u128::MAX);
                if p == 2 {
                    current = current.max(1).saturating_mul(factor);
                } else {
                    total = total.saturating_add(current.max(1).saturating_mul(factor));
                    current = 0;
                }
                last_kind_small = false;
            }
        }
        end = k;
        if ended_by_ordinal {
            break;
        }
        // The next number word, after white space, a hyphen, or "and" ("one hundred and five").
        let Some(mut next) = joined(toks, k) else {
            break;
        };
        if matches!(toks[next].token, Token::Word(a) if a.eq_ignore_ascii_case("and"))
            && !last_kind_small
        {
            match toks.get(next + 1) {
                Some(t) if t.space_before => next += 1,
                _ => break,
            }
        }
        if let Token::Word(nw) = toks[next].token
            && let Some(parsed) = number_word(nw)
        {
            word = Some(parsed);
            k = next;
        }
    }
    (total.saturating_add(current), end, ended_by_ordinal)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Each number looked back to the start of its word for a currency code and for `between`:
    // quadratic on a text without spaces; this one (300 KB) took minutes before they looked
    // back no further than a code or that word.
    #[test]
    fn numbers_in_a_text_without_spaces_are_read_in_one_pass() {
        let found = mentions(&"(1)".repeat(100_000));
        assert_eq!(found.len(), 100_000);
        assert!(found.iter().all(|m| m.text == "1" && m.currency.is_none()));
        // `and` between each two: each looked back for `between`.
        let found = mentions(&"(1)and".repeat(50_000));
        assert_eq!(found.len(), 50_000);
        assert!(found.iter().all(|m| m.text == "1" && m.range.is_none()));
    }

    #[test]
    fn between_is_the_last_word_before_a_range() {
        for head in ["between ", "(Between ", "between NOK ", "BETWEEN"] {
            assert!(ends_with_word(head, "between"), "{head:?}");
        }
        for head in ["xbetween ", "between, ", "", "é", "tween "] {
            assert!(!ends_with_word(head, "between"), "{head:?}");
        }
        let m = mentions("between NOK 28 billion and NOK 30 billion");
        assert_eq!(m[0].range, Some(0..41));
    }

    fn values(text: &str) -> Vec<String> {
        mentions(text)
            .into_iter()
            .map(|m| {
                let v = &m.value;
                if v.exponent >= 0 {
                    format!("{}{}", v.digits, "0".repeat(v.exponent as usize))
                } else {
                    format!("{}e{}", v.digits, v.exponent)
                }
            })
            .collect()
    }

    #[test]
    fn separators_and_decimals() {
        assert_eq!(values("1,597 wounded, 498 killed"), ["1597", "498"]);
        assert_eq!(values("2,90,000 people"), ["290000"]);
        assert_eq!(values("nearly 1.4 million people"), ["1400000"]);
        assert_eq!(values("at least 128."), ["128"]);
        assert_eq!(values("1,2,3"), ["1", "2", "3"]);
    }

    #[test]
    fn scale_words_and_number_words() {
        assert_eq!(values("one million people"), ["1000000"]);
        assert_eq!(values("1 million people"), ["1000000"]);
        assert_eq!(
            values("16-hundred troops and 9-thousand more"),
            ["1600", "9000"]
        );
        assert_eq!(values("twenty-six tonnes"), ["26"]);
        assert_eq!(values("three columns"), ["3"]);
        assert_eq!(values("one hundred and twenty people"), ["120"]);
        assert_eq!(values("Twenty people"), ["20"]);
        assert_eq!(values("four amphibious ships, five six"), ["4", "5", "6"]);
    }

    #[test]
    fn every_listed_word_is_known_in_any_case_and_zero_is_not() {
        let listed = UNITS
            .iter()
            .chain(TENS)
            .chain(ORDINALS)
            .chain(TENS_ORDINALS)
            .chain(SCALES.iter().map(|(w, _)| w))
            .filter(|w| !w.is_empty() && !w.starts_with("zero"));
        for word in listed {
            assert!(number_word(word).is_some(), "{word}");
            assert!(number_word(&word.to_uppercase()).is_some(), "{word}");
        }
        assert_eq!(values("Zero people, zeroth ELEVENTH"), ["11"]);
        assert_eq!(
            values("Seventeenth and Seventeen Thousand"),
            ["17", "17000"]
        );
        // A letter that is not ASCII is not lowercased: no number word has one.
        assert!(values("ſeven, twenty\u{212a}").is_empty());
    }

    #[test]
    fn ordinals() {
        assert_eq!(values("the seventh day"), ["7"]);
        assert_eq!(values("the 7th day, the 21st time"), ["7", "21"]);
        assert_eq!(values("twenty-first century"), ["21"]);
        assert_eq!(values("its third largest city"), ["3"]);
    }

    #[test]
    fn years_and_dates_are_not_numbers() {
        assert!(values("in 2022, and founded in 1805").is_empty());
        assert!(values("on 2022-03-02 and 3/2/2022").is_empty());
        assert!(values("on 2 March, on March 2nd, Jan. 18, 2nd of March").is_empty());
        // A span of years: its second half is a year too; a year and its month is not a span.
        assert!(values("in 2022-23, 2022/23, 2022\u{2013}23, 1999-00, 2019-2021").is_empty());
        assert_eq!(values("in 2022-03, 2022-21"), ["3", "21"]);
        assert_eq!(values("may 5 people"), ["5"]);
        assert!(values("on May 5").is_empty());
    }

    #[test]
    fn names_with_digits_are_not_numbers() {
        assert!(values("G7 leaders flew F-16 jets after COVID-19").is_empty());
        assert_eq!(values("550km away"), ["550"]);
    }

    #[test]
    fn a_quarter_written_q3_is_the_number_of_the_quarter() {
        assert_eq!(values("Q3 revenue, (Q4), FY24 Q1"), ["3", "4", "1"]);
        // Not a quarter: another letter or digit joined to it, or no quarter of that number.
        assert!(values("Q3s, AQ3, 2024Q3, Q5, Q34, q3").is_empty());
    }

    #[test]
    fn signs_currencies_and_percents_are_kept_as_written() {
        let texts =
            |text: &str| -> Vec<String> { mentions(text).into_iter().map(|m| m.text).collect() };
        assert_eq!(
            texts("fell 2% and 3 per cent, then 4 Percent"),
            ["2%", "3 per cent", "4 Percent"]
        );
        assert_eq!(
            texts("a loss of -5 and $1.4 billion (−7)"),
            ["-5", "$1.4 billion", "−7"]
        );
        assert_eq!(
            texts("pages 5-10 and 4 percentage points"),
            ["5", "10", "4 percentage points"]
        );
        let two = |text: &str| mentions(text)[0].value.clone();
        assert_eq!(two("2%"), two("2 per cent"));
        assert_eq!(two("2 percent"), two("2"));
    }

    fn first(text: &str) -> Mention {
        mentions(text).into_iter().next().expect("a number")
    }

    /// Whether the statement's first number is supported by some number of the quote.
    fn supports(statement: &str, quote: &str) -> bool {
        let s = first(statement);
        mentions(quote).iter().any(|q| s.supported_by(q))
    }

    #[test]
    fn scale_letters_are_read() {
        assert_eq!(
            values("£2.3bn, $1.35bn and 2.3bn lei"),
            ["2300000000", "1350000000", "2300000000"]
        );
        assert_eq!(
            values("£400m; $505m, 1.5m euros"),
            ["400000000", "505000000", "1500000"]
        );
        assert_eq!(values("$1tn and NOK 2 bn"), ["1000000000000", "2000000000"]);
        assert_eq!(first("£2.3bn").text, "£2.3bn");
        // A currency makes `m` certain; without one it may be metres.
        assert_eq!(first("£400m").alt, None);
        assert!(first("1.2m residents").alt.is_some());
        assert!(supports("1.2 million residents", "1.2m residents"));
        assert!(supports("a wave 10 metres high", "a 10m wave"));
        assert!(supports("a 5 kilometre run", "a 5k run"));
        assert!(supports("5,000 dollars", "5k dollars"));
        // `10m-high` and `the 100m sprint` are lengths.
        assert_eq!(values("a 10m-high wave, the 100m sprint"), ["10", "100"]);
        // Units and names are not scales; `b` needs a currency.
        assert_eq!(values("26km, 5kg, 3mm, 5b"), ["26", "5", "3", "5"]);
        assert_eq!(values("$5b"), ["5000000000"]);
    }

    #[test]
    fn a_thousandfold_slip_in_scale_letters_is_caught() {
        assert!(!supports("£2.3m", "£2.3bn"));
        assert!(!supports("2.3m lei", "2.3bn lei"));
        assert!(!supports("5m dollars", "5k dollars"));
        assert!(!supports("$1.2m", "$1.2bn"));
        assert!(!supports("2.3 billion", "2.3m"));
        assert!(!supports("5,000", "5m"));
        assert!(supports("£2.3 billion", "£2.3bn"));
        assert!(supports("£400 million", "(£400m; $505m)"));
        assert!(supports("€1.5 million", "1.5m euros"));
        assert!(first("£2.3bn").gives(&first("2,300,000,000").value));
    }

    #[test]
    fn spaced_thousands_and_decimal_commas() {
        assert_eq!(values("2 500 drivers"), ["2500"]);
        assert_eq!(
            values("12\u{a0}000 people, 1\u{202f}234\u{2009}567"),
            ["12000", "1234567"]
        );
        assert_eq!(values("1,8 % and 0,40 EUR"), ["18e-1", "4e-1"]);
        assert_eq!(values("2 500,50"), ["25005e-1"]);
        assert_eq!(values("2,5 millions d'euros"), ["2500000"]);
        assert_eq!(first("of 1,8 %").kind, Kind::Percent);
        // Other languages' percent and points.
        for text in [
            "bei 2,5 Prozent",
            "2,5 pour cent",
            "2,5 por ciento",
            "2,5 procent",
        ] {
            assert_eq!(first(text).kind, Kind::Percent, "{text}");
        }
        assert_eq!(first("um 0,5 Prozentpunkte").kind, Kind::Points);
        assert_ne!(first("2 Prozentsatz").kind, Kind::Percent);
        // A day of the month is read first; two spaces, or four digits, are no grouping.
        assert_eq!(values("On March 3 500 people"), ["500"]);
        assert_eq!(values("in 2024 500 people, 3  500"), ["500", "3", "500"]);
        assert_eq!(
            values("1,597 and 2,90,000 and 1,2,3"),
            ["1597", "290000", "1", "2", "3"]
        );
        assert!(!supports("500 more", "2 500 additional"));
    }

    #[test]
    fn a_percent_is_not_a_count() {
        assert_eq!(first("52%").kind, Kind::Percent);
        assert_eq!(first("45 per cent").kind, Kind::Percent);
        assert_eq!(first("6pc").kind, Kind::Percent);
        assert_eq!(first("a 5-percent rise").kind, Kind::Percent);
        assert_eq!(first("5\u{a0}per cent").text, "5\u{a0}per cent");
        assert_eq!(first("5 percentage points").kind, Kind::Points);
        assert_eq!(first("5 percentages").kind, Kind::Count);
        assert_eq!(first("3 percentage points").kind, Kind::Points);
        assert!(!supports("52% of the vote", "52 of the 120 seats"));
        assert!(!supports("61 people", "Turnout was 61%"));
        assert!(!supports("3%", "3 percentage points"));
        assert!(supports("3 points", "3 percentage points"));
        assert!(supports("45%", "45 per cent"));
        // A figure has no unit: it is compared with a percent's value.
        assert!(first("61%").gives(&first("61").value));
    }

    #[test]
    fn fractions_and_quantity_words() {
        assert_eq!(values("Half a million people"), ["500000"]);
        assert_eq!(values("A quarter of a million people"), ["250000"]);
        assert_eq!(values("three-quarters of a million"), ["750000"]);
        assert_eq!(values("a dozen people, half a dozen"), ["12", "6"]);
        assert_eq!(first("A million people").text, "A million");
        assert_eq!(values("a hundred and five"), ["105"]);
        assert_eq!(values("one million two hundred thousand"), ["1200000"]);
        assert_eq!(values("A couple of hundred protesters"), ["200"]);
        assert!(supports("500,000", "Half a million"));
        assert!(!supports("1 million", "Half a million"));
        assert!(!supports("A million", "A quarter of a million"));
        // Fractions are percents: `a quarter` is 25%, `two-thirds` about 67%.
        assert!(supports("25%", "by a quarter, to"));
        // After "by" it is an amount, whatever follows; else `a third term` is an ordinal.
        assert!(!supports(
            "fell by a quarter after",
            "fell by a third after the warning"
        ));
        assert!(supports("33%", "shares fell by a third after the warning"));
        assert!(!supports(
            "rose by a quarter to 5.25%",
            "by a quarter of a percentage point"
        ));
        assert_eq!(values("won a third term"), ["3"]);
        assert!(supports("20%", "One in five homes"));
        assert!(supports("67%", "Two-thirds of voters"));
        assert!(supports("Half of them", "barely one in two"));
        assert!(supports("nine in 10 adults", "90% of adults"));
        // A count and a period are no fraction.
        assert_eq!(
            values("killed 12 in 24 hours, 5 in 10 days"),
            ["12", "24", "5", "10"]
        );
        assert!(!supports("Two-fifths", "Two-thirds of voters"));
        assert!(supports("More than half of voters", "53% of voters"));
        assert!(supports("a third", "31% of homes"));
        assert!(!supports("32%", "a quarter of homes"));
        assert!(!supports("Half of voters", "40% of voters"));
        assert!(!supports("One in four", "One in five"));
        assert!(!supports("10 times", "by a tenth"));
        assert!(supports("cut by half", "prices halved"));
        // `a third term` is an ordinal; `the second half` and `half-time` are no fraction.
        assert_eq!(values("a third term"), ["3"]);
        assert_eq!(values("in the second half, at half-time"), ["2"]);
    }

    #[test]
    fn a_fraction_of_a_point_or_a_percent_is_that_many_points_or_percent() {
        let read = |text: &str| (first(text).text, first(text).kind);
        assert_eq!(
            read("about half a percentage point below"),
            ("half a percentage point".to_owned(), Kind::Points)
        );
        assert!(supports("0.5 percentage points", "half a percentage point"));
        assert!(supports("0.25 points", "a quarter of a percentage point"));
        assert!(supports("0.25pp", "a quarter-point cut"));
        assert!(supports("0.25 percentage points", "a quarter point cut"));
        assert!(supports("0.75 points", "three quarters of a point"));
        assert!(supports("0.5%", "half a per cent"));
        assert!(supports("0.2%", "a fifth of one percent"));
        assert!(!supports("0.5%", "half a percentage point"));
        assert!(!supports("50%", "half a percentage point"));
        // An ordinal point stays an ordinal; an inexact third is left as it was.
        assert_eq!(values("a fifth point"), ["5"]);
        assert_eq!(
            first("a third of a point").kind,
            Kind::Fraction { exact: false }
        );
    }

    #[test]
    fn the_currency_of_an_amount_is_read_and_only_another_one_differs() {
        let cur = |text: &str| first(text).currency;
        assert_eq!(cur("at $1.35"), Some("dollars"));
        assert_eq!(cur("NOK 26-28 billion"), Some("NOK"));
        assert_eq!(cur("1.5m euros"), Some("euros"));
        assert_eq!(cur("£164 million"), Some("pounds"));
        assert_eq!(cur("164 million GBP"), Some("pounds"));
        assert_eq!(cur("a 5 pound bag, 5 won"), None);
        assert_eq!(cur("164 people"), None);
        let same = |a: &str, b: &str| first(a).same_currency(&first(b));
        assert!(!same("€1.3540", "$1.3540"));
        assert!(!same("£164 million", "($164 million)"));
        assert!(same("$164 million", "USD 164 million"));
        assert!(same("164 million", "$164 million"));
        assert!(same("£164 million", "164 million"));
    }

    #[test]
    fn number_words_past_any_number_stop_growing_instead_of_overflowing() {
        // "one hundred and one hundred and ...": each round is a hundred times the last.
        let text = "one hundred and ".repeat(200);
        assert_eq!(values(&text).len(), 1);
    }

    #[test]
    fn vague_magnitudes() {
        assert_eq!(first("Thousands of people").kind, Kind::Vague);
        assert!(supports("Hundreds of houses", "hundreds of houses"));
        assert!(supports("hundreds of houses", "more than 300 houses"));
        assert!(!supports("Hundreds of people", "Thousands of people"));
        assert!(!supports("Hundreds of thousands", "Thousands"));
        assert!(supports("tens of thousands", "Tens of thousands"));
        // A count is not supported by a vague word: `dozens` is not 24.
        assert!(!supports("24 people", "Dozens of people"));
        assert!(values("tens").is_empty());
        assert!(supports("Dozens of people", "several dozen people"));
        assert!(supports("Thousands fled", "more than 5,000 fled"));
        assert!(!supports("Thousands fled", "tens of thousands fled"));
        assert_eq!(values("two dozen, a dozen, dozens"), ["24", "12", "12"]);
    }

    #[test]
    fn first_in_idioms_is_no_count() {
        assert!(values("for the first time, first-half revenue, at first, first aid").is_empty());
        assert!(values("the first minister and first lady, first of all").is_empty());
        assert_eq!(values("the first day"), ["1"]);
        assert_eq!(values("twenty-first century"), ["21"]);
    }

    #[test]
    fn any_mix_of_the_pieces_reads_without_panic() {
        const PIECES: &[&str] = &[
            "1",
            "25",
            "0",
            "2024",
            ",",
            ".",
            " ",
            "\u{a0}",
            "-",
            "\u{2013}",
            "m",
            "bn",
            "k",
            "b",
            "%",
            " per cent",
            "£",
            "€",
            "NOK ",
            "a ",
            "half",
            "third",
            "quarters",
            " of ",
            " in ",
            "between ",
            " and ",
            " to ",
            "first",
            "-",
            "one",
            "five",
            "dozen",
            "hundreds",
            "thousands",
            "tens",
            "million",
            "é",
            ":",
            "March ",
            "\"",
        ];
        // A small deterministic generator (xorshift): the same mixes on every run.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..8 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            let found = mentions(&text);
            for (a, b) in found.iter().zip(found.iter().rev()) {
                let _ = a.supported_by(b);
                assert!(
                    text.get(a.start..a.start + a.text.len()).is_some(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn a_scale_after_a_range_applies_to_both_ends() {
        assert_eq!(values("NOK 26-28 billion"), ["26000000000", "28000000000"]);
        assert_eq!(
            values("between 10 and 15 billion"),
            ["10000000000", "15000000000"]
        );
        assert_eq!(
            values("reach\n\"between 10 and 15 billion"),
            ["10000000000", "15000000000"]
        );
        assert_eq!(first("30 to 35%").kind, Kind::Percent);
        // Not when the first end is the larger, nor `and` without `between`.
        assert_eq!(values("from 500 to 1.2 million"), ["500", "1200000"]);
        assert_eq!(values("10 and 15 billion"), ["10", "15000000000"]);
        assert!(supports("NOK 26 billion", "NOK 26-28 billion"));
        let spans = |text: &str| -> Vec<String> {
            let span = |m: &Mention| m.range.clone().map_or("", |r| &text[r]).to_owned();
            mentions(text).iter().map(span).collect()
        };
        assert_eq!(spans("3,000-4,000 rescuers"), ["3,000-4,000"; 2]);
        assert_eq!(
            spans("between 10 and 15 villages"),
            ["between 10 and 15"; 2]
        );
        assert_eq!(
            spans("between NOK 28 billion and NOK 30 billion"),
            ["between NOK 28 billion and NOK 30 billion"; 2]
        );
        // A score, a change and alternatives are no range.
        assert_eq!(spans("lost 1-3, rose from 10 to 20, 2 or 3"), [""; 6]);
        // A spread from one value to another is, with or without "from", and a change is not.
        assert_eq!(
            spans("rainfall of 250 to 400 millimetres"),
            ["250 to 400"; 2]
        );
        assert_eq!(spans("waves from 2 to 3 metres"), ["from 2 to 3"; 2]);
        assert_eq!(spans("winds of 20 to 30 km"), ["20 to 30"; 2]);
        assert_eq!(spans("to raise $5m to $8m"), ["$5m to $8m"; 2]);
        assert_eq!(spans("10 to 15 per cent"), ["10 to 15 per cent"; 2]);
        assert_eq!(
            spans("cost from $200 million to $250 million")[0],
            "from $200 million to $250 million"
        );
        for change in [
            "fell 12p to 340p",
            "rose 3 to 4 per cent",
            "lifted its forecast from 10 to 12%",
            "went from 10 to 20 km",
            "attendance rose from 12,000 to 15,000",
            "won 1 to 3",
            "ages 5 to 11",
        ] {
            assert_eq!(spans(change), ["", ""], "{change}");
        }
        assert_eq!(
            spans("Luleå: 250 to 400 mm, Київ \u{1F600}"),
            ["250 to 400", "250 to 400"]
        );
        assert_eq!(
            spans("ranged from $8 billion to $12 billion"),
            ["from $8 billion to $12 billion"; 2]
        );
    }

    #[test]
    fn equal_values_compare_equal() {
        let a = mentions("1.4 million");
        let b = mentions("1,400,000");
        let c = mentions("1.40 million");
        assert_eq!(a[0].value, b[0].value);
        assert_eq!(a[0].value, c[0].value);
        assert_ne!(mentions("182")[0].value, mentions("128")[0].value);
    }

    #[test]
    fn a_leading_decimal_point_starts_a_decimal() {
        assert_eq!(values("rose .5% in March"), ["5e-1"]);
        assert_eq!(first("rose .5% in March").text, ".5%");
        assert_eq!(values("(.25) and $.50, \".75"), ["25e-2", "5e-1", "75e-2"]);
        assert!(supports("0.5%", "Inflation rose .5% in March"));
        assert!(!supports("5%", "Inflation rose .5% in March"));
        assert_eq!(first("fell -.5%").value.to_f64(), Some(-0.5));
        assert_eq!(first("fell \u{2212}.5%").value.to_f64(), Some(-0.5));
        // A full stop after a digit or a letter ends a sentence or joins a name.
        assert_eq!(values("in 2020.5 people"), ["20205e-1"]);
        assert_eq!(values("said so.5 people, v.2"), ["5", "2"]);
        // In a language with a decimal comma, the comma starts one and the point does not.
        assert_eq!(values_in("de", "um ,5 Prozent, .5"), ["0.5", "5"]);
    }

    #[test]
    fn ten_raised_to_a_power_is_read_as_its_value() {
        let value = |text: &str| {
            (mentions(text).into_iter())
                .map(|m| (m.text, m.value.to_f64()))
                .collect::<Vec<_>>()
        };
        assert_eq!(value("10⁶ cubic metres"), [("10⁶".to_owned(), Some(1e6))]);
        assert_eq!(value("a share of 10⁻³"), [("10⁻³".to_owned(), Some(1e-3))]);
        assert_eq!(value("10^12 stars"), [("10^12".to_owned(), Some(1e12))]);
        // Raised digits after another number are a footnote mark.
        assert_eq!(value("40¹ people"), [("40".to_owned(), Some(40.0))]);
        assert_eq!(value("10 km² of land"), [("10".to_owned(), Some(10.0))]);
    }

    #[test]
    fn a_minus_sign_is_part_of_the_value() {
        let value = |text: &str| first(text).value.to_f64();
        assert_eq!(value("fell to -15C"), Some(-15.0));
        assert_eq!(value("growth of \u{2212}0.3%"), Some(-0.3));
        assert_eq!(value("(-7)"), Some(-7.0));
        assert_eq!(value("\"-7"), Some(-7.0));
        assert_eq!(value("-$5 billion"), Some(-5e9));
        assert_eq!(
            first("-5m").alt.as_ref().and_then(Value::to_f64),
            Some(-5.0)
        );
        // A hyphen after a digit or a letter is no sign: a range, a name.
        assert_eq!(values("10-15 people, COVID-19, x-5"), ["10", "15"]);
        assert!(!supports("15C", "fell to -15C"));
        assert!(!supports("-15C", "fell to 15C"));
        assert!(!supports("\u{2212}0.3%", "growth was 0.3%"));
        assert!(supports("\u{2212}0.3%", "growth was -0.3%"));
        // "minus" is a sign; a fall of a number is that number with a minus sign, but not where
        // it fell to.
        assert_eq!(value("fell to minus 15C"), Some(-15.0));
        // "plus or minus" gives a margin either way, not a sign.
        assert_eq!(value("a margin of plus or minus 3.1 points"), Some(3.1));
        assert_eq!(value("a margin of Plus/minus 3.1 points"), Some(3.1));
        assert_eq!(value("surplus or minus 3.1"), Some(-3.1));
        assert!(supports(
            "3.1 points either way",
            "plus or minus 3.1 points"
        ));
        assert!(supports("The economy shrank 2.1%", "Growth was -2.1%"));
        assert!(supports("-2.1%", "the economy shrank by 2.1%"));
        assert!(supports("-15C", "15 degrees below zero"));
        assert!(!supports("-15C", "temperatures fell to 15C"));
        assert!(!supports("15%", "growth was -15%"));
        // A dash that opens a line before words is a list's.
        assert_eq!(value("Casualties:\n-15 dead in Kharkiv"), Some(15.0));
        assert_eq!(value("-15C overnight"), Some(-15.0));
        // A figure's value keeps its sign.
        assert!(first("fell to -15C").gives(&Value::from_number(-15.0).expect("finite")));
        assert!(!first("fell to -15C").gives(&Value::from_number(15.0).expect("finite")));
        assert_eq!(Value::from_number(-0.0), Value::from_number(0.0));
        assert_eq!(first("-0").value, first("0").value);
    }

    #[test]
    fn digits_of_every_script_are_read() {
        assert_eq!(values("\u{ff11}\u{ff12} people"), ["12"]);
        assert_eq!(values("\u{664}\u{660} and \u{6f4}\u{6f0}"), ["40", "40"]);
        assert_eq!(values("\u{967}\u{968} \u{e51}\u{e53}"), ["12", "13"]);
        assert_eq!(values("\u{661}\u{662}\u{66b}\u{665}%"), ["125e-1"]);
        let m = first("said \u{661}\u{663} people");
        assert_eq!((m.text.as_str(), m.start), ("\u{661}\u{663}", 5));
        assert!(supports("13 people", "said \u{661}\u{663} people"));
        assert!(!supports("\u{ff11}\u{ff12} people", "13 people"));
        // What is around them is read as in ASCII: a sign, a percent, a range.
        let m = first("(\u{2212}\u{ff13}%)");
        assert_eq!(
            (m.text.as_str(), m.kind),
            ("\u{2212}\u{ff13}%", Kind::Percent)
        );
        assert_eq!(m.value.to_f64(), Some(-3.0));
        let m = first("\u{ff13}\u{ff10}-\u{ff14}\u{ff10} homes");
        assert_eq!(m.range, Some(0..13));
    }

    #[test]
    fn one_as_a_pronoun_or_in_an_idiom_is_no_number() {
        for text in [
            "No one was hurt",
            "no-one was hurt",
            "blamed one another",
            "a one-sided deal, a one-off payment, a one-way street",
            "the one that got away, the one who spoke",
            "at one point, at one time",
            "any one of them, every one, each one",
            "one by one, one after another, one after the other",
            "anyone and someone",
            "That is a false one.",
            "an easy one, and a very different one that works",
        ] {
            assert!(values(text).is_empty(), "{text}");
        }
        // Still counts: one of, one person, one in five, one million, one-year, one day.
        assert_eq!(values("one of the cities"), ["1"]);
        assert_eq!(values("one person died"), ["1"]);
        assert_eq!(
            first("One in five homes").kind,
            Kind::Fraction { exact: true }
        );
        assert_eq!(values("some one million people"), ["1000000"]);
        assert_eq!(values("a one-year term"), ["1"]);
        assert_eq!(values("one day later, the only one"), ["1", "1"]);
        assert_eq!(values("one-third"), ["3333e-2"]);
        // After an article and a describing word, a noun after it or no word between: a number.
        assert_eq!(values("a day one patch"), ["1"]);
        assert_eq!(values("a one in five chance").len(), 1);
        assert_eq!(values("an estimated one"), ["1"]);
    }

    #[test]
    fn a_year_like_number_that_counts_is_a_number() {
        for text in [
            "About 2000 civilians have been killed",
            "some 1850 homes",
            "at least 2000 dead",
            "more than 1900 people",
            "up to 2000 troops",
            "2000 civilians died",
            "killed 1850 people",
            "$2000 and 1900 km",
        ] {
            assert!(
                values(text)
                    .iter()
                    .any(|v| v == "2000" || v == "1850" || v == "1900"),
                "{text}"
            );
        }
        for text in [
            "in 2000, since 1991, by 2030",
            "2014 Russia annexed Crimea",
            "in about 2000 the firm moved",
            "Around 2000, the firm moved",
            "in 2020 cases rose",
            "the 2016 elections",
            "below 2019 levels",
            "Russia's 2014 invasions",
            "between 1990 and 2000 emissions fell",
            "March 2000 figures",
            "the 1990s",
            "2000 marks the anniversary",
            // A qualified year with nothing counted after it.
            "The chapel was built around 1850.",
            "founded around 2010 when the war began",
            "completed in roughly 1960",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        assert!(supports(
            "2,000 civilians",
            "About 2000 civilians have been killed"
        ));
    }

    fn values_in(tag: &str, text: &str) -> Vec<String> {
        let language = crate::language::Language::parse(tag).unwrap_or_default();
        let numerals = Numerals::of(Some(&language));
        mentions_with(text, numerals)
            .into_iter()
            .map(|m| m.value.to_f64().map(|v| v.to_string()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_language_with_a_decimal_comma_reads_its_own_marks() {
        assert_eq!(values_in("de", "1.234 Fernzüge"), ["1234"]);
        assert_eq!(values_in("de", "25,5 Millionen Euro"), ["25500000"]);
        assert_eq!(
            values_in("de", "1,8 Mio. Reisende, 3 Mrd. Euro"),
            ["1800000", "3000000000"]
        );
        assert_eq!(values_in("de", "1.234.567,89 Euro"), ["1234567.89"]);
        assert_eq!(values_in("de", "1,234 Prozent"), ["1.234"]);
        assert_eq!(values_in("fr-CH", "1 234 foyers"), ["1234"]);
        assert_eq!(
            values_in("fr", "1\u{a0}234 et 5\u{202f}678"),
            ["1234", "5678"]
        );
        assert_eq!(
            values_in("fr", "1,2 milliard, 3 milliards"),
            ["1200000000", "3000000000"]
        );
        assert_eq!(values_in("fr", "2 billions"), ["2000000000000"]);
        assert_eq!(values_in("es", "10 mil millones"), ["10000000000"]);
        assert_eq!(values_in("ru", "2,5 млрд рублей"), ["2500000000"]);
        assert_eq!(values_in("ru", "40 тысяч единиц"), ["40000"]);
        assert_eq!(
            values_in("uk", "40 тисяч родин, 2 мільйони"),
            ["40000", "2000000"]
        );
        // Dates keep their pieces, as in English.
        assert_eq!(values_in("de", "am 9.1.2025"), ["9", "1", "2025"]);
    }

    #[test]
    fn english_and_point_regions_read_as_before() {
        for tag in ["en", "en-GB", "de-CH", "ja"] {
            assert_eq!(
                values_in(tag, "1,234 and 1.234"),
                ["1234", "1.234"],
                "{tag}"
            );
        }
        assert_eq!(values_in("en", "2 billion"), ["2000000000"]);
        assert_eq!(values_in("de-CH", "2 Millionen"), ["2000000"]);
        // Arabic and Persian scale words, after their own digits or ours.
        assert_eq!(values_in("ar", "نزح ٣٠٠ ألف شخص"), ["300000"]);
        assert_eq!(values_in("ar", "1.5 مليار دولار"), ["1500000000"]);
        assert_eq!(values_in("fa", "۲۰ هزار نفر"), ["20000"]);
    }

    #[test]
    fn where_a_change_went_is_a_level_and_a_spread_of_it_is_not() {
        let levels = |text: &str| {
            mentions(text)
                .iter()
                .map(|m| m.level.map(|l| l.to))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            levels("The risk fell from 6.1% to 4.7%"),
            [Some(false), Some(true)]
        );
        assert_eq!(levels("Shares rose 3 to 4 per cent"), [None, None]);
        assert_eq!(levels("Shares fell 12p to 340p"), [None, Some(true)]);
        assert_eq!(
            levels("Profit fell 12% to NOK 3.1 billion"),
            [None, Some(true)]
        );
    }

    #[test]
    fn a_local_reading_is_marked_for_messages() {
        let language = crate::language::Language::parse("de").unwrap_or_default();
        let read = mentions_with("1.234 und 11 Prozent", Numerals::of(Some(&language)));
        assert_eq!(
            read.iter().map(|m| m.local).collect::<Vec<_>>(),
            [true, false]
        );
        assert!(mentions("1.234").iter().all(|m| !m.local));
    }
}
