//! Numbers that are not counts: a time of day (`11:30am`, `11.30am`, `9pm`, `21:15`), read as
//! minutes after midnight so that either notation gives the same time; and labels, which name
//! rather than count (`Article 5`, `Boeing 737`, `No. 10`, a phone number, a score `3-1`).
//! Also the vulgar fractions written with or after digits (`2½`, `¾`), and amounts in pence or
//! cents (`12p` is £0.12).

use super::{Kind, Mention, Tok, Token, Value, letters};

/// The decimals a vulgar fraction adds (`½` is `5`, read after a decimal point); those that do
/// not end are given to two places (`⅓` is .33).
pub(super) fn vulgar(c: char) -> Option<&'static str> {
    Some(match c {
        '½' => "5",
        '¼' => "25",
        '¾' => "75",
        '⅓' => "33",
        '⅔' => "67",
        '⅕' => "2",
        '⅖' => "4",
        '⅗' => "6",
        '⅘' => "8",
        '⅙' => "17",
        '⅚' => "83",
        '⅐' => "14",
        '⅛' => "125",
        '⅜' => "375",
        '⅝' => "625",
        '⅞' => "875",
        '⅑' => "11",
        '⅒' => "1",
        _ => return None,
    })
}

/// The decimals of a vulgar fraction written right after the token at `i` (`2½`).
pub(super) fn vulgar_after(toks: &[Tok<'_>], i: usize) -> Option<&'static str> {
    let next = toks.get(i + 1).filter(|t| !t.space_before)?;
    match next.token {
        Token::Mark(c) => vulgar(c),
        _ => None,
    }
}

/// A time of day that starts with the digits at `i` (`11:30am`, `11.30 a.m.`, `9pm`, `21:15`),
/// and the index after it. Without `am` or `pm`, only `H:MM` is a time; `9:15` is also read as
/// `9:15pm`, which it may be.
pub(super) fn clock(text: &str, toks: &[Tok<'_>], i: usize) -> Option<(Mention, usize)> {
    let Token::Digits(run) = toks[i].token else {
        return None;
    };
    let joined = |k: usize| toks.get(k).filter(|t| !t.space_before);
    let (hour, minute, last) = if let Some((h, m)) = run.split_once('.') {
        (h, m, i)
    } else if joined(i + 1).is_some_and(|t| t.token == Token::Mark(':')) {
        match joined(i + 2)?.token {
            Token::Digits(m) => (run, m, i + 2),
            _ => return None,
        }
    } else {
        (run, "", i)
    };
    let digits =
        |s: &str, lens: &[usize]| lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hour, &[1, 2]) || !(minute.is_empty() || digits(minute, &[2])) {
        return None;
    }
    let h: u32 = hour.parse().ok()?;
    let m: u32 = if minute.is_empty() {
        0
    } else {
        minute.parse().ok()?
    };
    if m >= 60 || h > 24 {
        return None;
    }
    let half = day_half(toks, last);
    let colon = last != i;
    let (value, alt, end) = match half {
        Some((pm, end)) if (1..=12).contains(&h) => {
            let h = h % 12 + if pm { 12 } else { 0 };
            (h * 60 + m, None, end)
        }
        None if colon => {
            let later = (1..12).contains(&h).then(|| (h + 12) * 60 + m);
            (h * 60 + m, later, last)
        }
        _ => return None,
    };
    let start = toks[i].start;
    let mut mention = Mention::new(
        text[start..toks[end].end].to_owned(),
        Value::from_integer(value.into()),
        start,
    );
    mention.kind = Kind::Time;
    mention.alt = alt.map(|v| Value::from_integer(v.into()));
    Some((mention, end + 1))
}

/// `am` or `pm` after the token at `i` (`9pm`, `9 pm`, `9 a.m.`): whether it is `pm`, and its
/// last token.
fn day_half(toks: &[Tok<'_>], i: usize) -> Option<(bool, usize)> {
    let word = |k: usize| match toks.get(k)?.token {
        Token::Word(w) => Some(w),
        _ => None,
    };
    let mark = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.token == Token::Mark('.') && !t.space_before)
    };
    let first = word(i + 1)?;
    let pm = if first.eq_ignore_ascii_case("pm") {
        true
    } else if first.eq_ignore_ascii_case("am") {
        false
    } else if mark(i + 2) && word(i + 3).is_some_and(|w| w.eq_ignore_ascii_case("m")) {
        match first {
            "p" | "P" => true,
            "a" | "A" => false,
            _ => return None,
        }
    } else {
        return None;
    };
    let mut end = if first.len() == 2 { i + 1 } else { i + 3 };
    // The word after `pm` must not go on (`9 amps`); `a.m.` ends with its own full stop.
    if first.len() == 1 && mark(end + 1) {
        end += 1;
    }
    Some((pm, end))
}

/// The amount of a number in pence or cents (`12p`, `12 pence`, `50 cents`, `5c`) written after the
/// token at `i`: its last token and the currency (`12p` is pounds; cents may be dollars or
/// euros, so none).
pub(super) fn hundredths(toks: &[Tok<'_>], i: usize) -> Option<(usize, Option<&'static str>)> {
    let next = toks.get(i + 1)?;
    let Token::Word(w) = next.token else {
        return None;
    };
    let ends = || {
        toks.get(i + 2)
            .is_none_or(|t| t.space_before || matches!(t.token, Token::Mark(_)))
    };
    if w == "p" && !next.space_before && ends() {
        return Some((i + 1, Some("pounds")));
    }
    // `5c` is 5 cents, as `12p` is 12 pence (a capital `C` is degrees Celsius).
    if w == "c" && !next.space_before && ends() {
        return Some((i + 1, None));
    }
    if w.eq_ignore_ascii_case("pence") {
        return Some((i + 1, Some("pounds")));
    }
    w.eq_ignore_ascii_case("cents").then_some((i + 1, None))
}

/// Words right before a number that make it a label: `Article 5`, `Boeing 737`, `No. 10`.
/// Capitalised only: `level 4` and `room 5` may count.
const LABEL_WORDS: &[&str] = &[
    "Article",
    "Section",
    "Chapter",
    "Clause",
    "Paragraph",
    "Rule",
    "Resolution",
    "Flight",
    "Route",
    "Platform",
    "Gate",
    "Room",
    "Terminal",
    "Highway",
    "Interstate",
    "Boeing",
    "Airbus",
    "Antonov",
    "Ilyushin",
    "Tupolev",
    "Embraer",
    "Number",
    "No.",
    "No",
    "Category",
    "Level",
    "Phase",
    "Stage",
    "Tier",
    "Grade",
];

/// The decimals that "and a half" (`5`), "and a quarter" (`25`) or "and three quarters"
/// (`75`) add after the number whose last token is `i` ("three and a half years"), and the
/// last token of the words.
pub(super) fn and_a_part(toks: &[Tok<'_>], i: usize) -> Option<(usize, &'static str)> {
    let word = |k: usize, w: &str| {
        toks.get(k)
            .is_some_and(|t| matches!(t.token, Token::Word(x) if x.eq_ignore_ascii_case(w)))
    };
    if !word(i + 1, "and") {
        return None;
    }
    if word(i + 2, "a") {
        return if word(i + 3, "half") {
            Some((i + 3, "5"))
        } else if word(i + 3, "quarter") {
            Some((i + 3, "25"))
        } else {
            None
        };
    }
    (word(i + 2, "three") && word(i + 3, "quarters")).then_some((i + 3, "75"))
}

/// Words next to a score (`won 3-1`, `a 3-1 win`).
const SCORE_WORDS: &[&str] = &[
    "won",
    "win",
    "wins",
    "beat",
    "beats",
    "beaten",
    "lost",
    "lose",
    "loses",
    "drew",
    "draw",
    "defeated",
    "defeat",
    "victory",
    "loss",
    "led",
    "lead",
    "leads",
    "trailed",
    "trailing",
    "scoreline",
    "thrashed",
    "thrashing",
    "edged",
];

/// Marks the mentions that name rather than count (`label`): after a word of `LABEL_WORDS`,
/// the groups of a phone number (`0800 123 4567`), the two sides of a score. Reads a few bytes
/// around each number only.
pub(super) fn mark(text: &str, out: &mut [Mention]) {
    for m in out.iter_mut() {
        let head = &text[..m.start];
        let Some(before) = head.strip_suffix(' ') else {
            continue;
        };
        // The last word, looked for no further back than the longest label word: a text
        // without spaces must not be read back to its start for every number.
        let mut word_start = None;
        for (seen, (p, c)) in before.char_indices().rev().enumerate() {
            if !(c.is_alphabetic() || c == '.') {
                word_start = Some(p + c.len_utf8());
                break;
            }
            if seen > 12 {
                break;
            }
            if p == 0 {
                word_start = Some(0);
            }
        }
        let Some(word_start) = word_start else {
            continue;
        };
        if LABEL_WORDS.contains(&&before[word_start..]) {
            // A message shows the word with it: `Boeing 737`, not a bare `737`.
            m.label = true;
            m.text = text[word_start..m.start + m.text.len()].to_owned();
            m.start = word_start;
        }
    }
    for j in 0..out.len() {
        // A phone number is walked from its first group only: walking from each group of a
        // text of many would be quadratic.
        let continues = j > 0 && group_after(text, out, j - 1);
        let phone = !continues
            && out[j].text.len() >= 3
            && out[j].text.starts_with('0')
            && out[j].text.bytes().all(|b| b.is_ascii_digit())
            && (text[..out[j].start].ends_with('+') || group_after(text, out, j));
        let mut k = j;
        while phone && k < out.len() {
            out[k].label = true;
            if !group_after(text, out, k) {
                break;
            }
            k += 1;
        }
        if j + 1 < out.len() && score(text, &out[j], &out[j + 1]) {
            out[j].label = true;
            out[j + 1].label = true;
        }
    }
}

/// Whether the mention after `j` goes on with a group of digits, after one space or hyphen.
fn group_after(text: &str, out: &[Mention], j: usize) -> bool {
    let Some(next) = out.get(j + 1) else {
        return false;
    };
    let gap = text.get(out[j].start + out[j].text.len()..next.start);
    matches!(gap, Some(" " | "-")) && next.text.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `a-b` is a score: two small numbers joined by a dash, with a word of winning or
/// losing next to them.
fn score(text: &str, a: &Mention, b: &Mention) -> bool {
    let small = |m: &Mention| m.text.len() <= 2 && m.text.bytes().all(|c| c.is_ascii_digit());
    let gap = text.get(a.start + a.text.len()..b.start);
    if !(small(a) && small(b) && matches!(gap, Some("-" | "\u{2013}"))) {
        return false;
    }
    let head = &text[..a.start];
    let head = &head[head.floor_char_boundary(head.len().saturating_sub(30))..];
    let rest = &text[b.start + b.text.len()..];
    let rest = &rest[..rest.floor_char_boundary(24)];
    let is_score_word = |w: &str| SCORE_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w));
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let before = words(head);
    let after = words(rest);
    before.iter().rev().take(3).any(|w| is_score_word(w))
        || after.iter().take(2).any(|w| is_score_word(w))
}

/// Whether a currency code or `Rs` stands right before `start`, with one space: where it
/// starts, so that a message shows it with the number (`Rs 5 crore`, `NOK 26`).
pub(super) fn code_before(text: &str, start: usize) -> Option<usize> {
    let head = text[..start].strip_suffix(' ')?;
    let at = letters::code_start(head)?;
    (head.len() - at <= 4).then_some(at)
}
