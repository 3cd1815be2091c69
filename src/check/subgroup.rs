//! `hedge-dropped` for a subgroup's figure stated as the whole's: every quote gives a share or a
//! rate to a part of a group ("40% of young voters", "unemployment among women", "turnout in
//! rural districts") or a count to what a part of a group did ("small businesses cut 12,000
//! jobs"), and the statement gives it to the group without the words that make the part ("40%
//! of voters", "unemployment", "turnout", "businesses cut 12,000 jobs").

use super::numbers::{Kind, Mention};
use super::scope::{Word, any_given, has_word, words_of};
use aho_corasick::AhoCorasick;
use std::ops::Range;
use std::sync::LazyLock;

/// Words that take a part of a group by who or what its members are, by the kind of part: a
/// statement that says the part in other words of the same kind keeps it ("young voters" for
/// "voters aged 18 to 24", "female unemployment" for "unemployment among women", "in the
/// countryside" for "in rural districts"). A nation, a region or a party ("Ukrainian
/// respondents", "among Democrats") is none: it often names everyone a poll asked.
/// "registered", "likely" and "eligible" are none either: they name a poll's whole sample
/// more often than a part of it.
const SUBGROUPS: &[&[&str]] = &[
    // Age.
    &[
        "young",
        "younger",
        "youngest",
        "youth",
        "youths",
        "teenage",
        "teenagers",
        "teens",
        "adolescent",
        "adolescents",
        "children",
        "kids",
        "paediatric",
        "pediatric",
        "infants",
        "babies",
        "older",
        "oldest",
        "elderly",
        "senior",
        "seniors",
        "pensioners",
        "retirees",
        "adults",
        "aged",
        "prime-age",
        "middle-aged",
        "over-65s",
    ],
    // Sex.
    &[
        "women", "female", "females", "girls", "men", "male", "males", "boys", "mothers", "fathers",
    ],
    // Place.
    &[
        "rural",
        "urban",
        "suburban",
        "countryside",
        "cities",
        "metropolitan",
        "frontline",
        "front-line",
        "inner-city",
    ],
    // Size.
    &[
        "small",
        "smaller",
        "smallest",
        "large",
        "larger",
        "largest",
        "big",
        "bigger",
        "biggest",
        "medium-sized",
        "mid-sized",
        "midsize",
        "smes",
    ],
    // Work and income.
    &[
        "part-time",
        "full-time",
        "self-employed",
        "private-sector",
        "public-sector",
        "unionised",
        "unionized",
        "low-paid",
        "low-income",
        "high-income",
        "poorer",
        "richer",
        "wealthier",
    ],
    // Other standing.
    &[
        "unvaccinated",
        "vaccinated",
        "black",
        "white",
        "hispanic",
        "latino",
        "asian",
        "immigrant",
        "immigrants",
        "foreign-born",
        "native-born",
        "first-time",
    ],
];

/// The place of the words of age in `SUBGROUPS`.
const AGE: usize = 0;

/// The place of the words of size in `SUBGROUPS`.
const SIZE: usize = 3;

/// Whether a word names people by their age with a number of it: "five-year-olds",
/// "18-year-old", "over-65s", "under-fives", "30-somethings".
fn names_an_age(key: &str) -> bool {
    let age_noun = ["year-olds", "year-old", "-olds", "-somethings"]
        .iter()
        .any(|end| key.len() > end.len() && key.ends_with(end));
    let bound = ["over-", "under-"]
        .iter()
        .any(|head| key.len() > head.len() + 1 && key.starts_with(head) && key.ends_with('s'));
    age_noun || bound
}

/// Words of `SUBGROUPS` that are groups themselves, not words before one: "30% of displaced
/// women reported" (not "women reported").
const GROUP_WORDS: &[&str] = &[
    "youths",
    "teenagers",
    "teens",
    "adolescents",
    "children",
    "kids",
    "infants",
    "babies",
    "seniors",
    "pensioners",
    "retirees",
    "adults",
    "women",
    "females",
    "girls",
    "men",
    "males",
    "boys",
    "mothers",
    "fathers",
    "countryside",
    "cities",
    "smes",
    "immigrants",
    "aged",
    "over-65s",
];

/// Nouns for the members of a group, which say no part by themselves ("among voters", "of
/// respondents"); for a count, the groups whose part may be stated as the whole ("small
/// businesses cut 12,000 jobs", not "small drones hit 12 buildings").
const MEMBERS: &[&str] = &[
    "people",
    "voters",
    "respondents",
    "residents",
    "patients",
    "workers",
    "employees",
    "staff",
    "households",
    "families",
    "firms",
    "companies",
    "businesses",
    "employers",
    "retailers",
    "stores",
    "shops",
    "farms",
    "farmers",
    "enterprises",
    "manufacturers",
    "schools",
    "students",
    "drivers",
    "consumers",
    "customers",
    "homeowners",
    "renters",
    "tenants",
    "borrowers",
    "members",
    "users",
    "owners",
    "investors",
    "those",
    "americans",
    "citizens",
    "banks",
    "lenders",
    "charities",
    "towns",
    "villages",
    "communities",
    "countries",
    "states",
    "markets",
    "economies",
    "municipalities",
    "districts",
    "regions",
];

/// Words that carry no part of their own between a restriction's words: "voters aged 18 to
/// 24", "residents of western regions".
const LINKS: &[&str] = &[
    "among", "the", "a", "an", "of", "in", "at", "for", "to", "and", "or", "on", "with", "from",
    "under", "over", "than", "who", "that", "which", "is", "are", "was", "were", "their", "its",
    "his", "her", "our",
];

/// Words after "among" that make it a set the number counts members of, or no group: "Among
/// the dead were 12 children", "among them", "among other things", "among the largest".
const NOT_A_GROUP: &[&str] = &[
    "the", "those", "them", "these", "whom", "which", "other", "others", "its", "their", "all",
    "us", "you",
];

/// Words that open a phrase that may restrict a share to a part: "turnout in rural
/// districts", "the jobless rate for black workers", "sales at small retailers".
const PLACES_A_PART: &[&str] = &["in", "at", "for", "across", "from"];

/// How many words after "among" its group may take.
const AMONG_REACH: usize = 6;

/// Finds the words of a restriction in any case: one quick look at the quotes before their
/// numbers are read for one (most quotes have none).
static SUBGROUP_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(
            SUBGROUPS
                .iter()
                .flat_map(|kind| kind.iter())
                .chain(&["among"]),
        )
        .expect("a few short words make an automaton")
});

/// The kind of part a word of `SUBGROUPS` takes, by its place in `SUBGROUPS`.
fn kind_of(key: &str) -> Option<usize> {
    SUBGROUPS.iter().position(|kind| kind.contains(&key))
}

/// A word without its possessive: "women's" is "women".
fn bare_key(key: &str) -> &str {
    (key.strip_suffix("'s"))
        .or_else(|| key.strip_suffix("\u{2019}s"))
        .unwrap_or(key)
}

/// Whether two words are one word in another form: "young" and "youngest", "front" and
/// "frontline" (four letters at least: not "men" in "mental").
fn same_stem(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.len() >= 4 && long.starts_with(short))
}

/// Where a word of `text` starts, as a byte offset into `text`.
fn offset(text: &str, w: &Word<'_>) -> usize {
    w.token.as_ptr().addr() - text.as_ptr().addr()
}

/// The bytes of the sentence of `text` that holds the number `m` (a stop before a space ends
/// one: "9.2%" holds its point).
fn sentence_of(text: &str, m: &Mention) -> Range<usize> {
    let stop_at = |i: usize, c: char| {
        matches!(c, '.' | ';' | ':' | '!' | '?')
            && (text.get(i + 1..)).is_none_or(|r| r.starts_with(char::is_whitespace))
    };
    let end_of_m = m.start + m.text.len();
    let start = (text.get(..m.start))
        .and_then(|t| t.char_indices().rev().find(|&(i, c)| stop_at(i, c)))
        .map_or(0, |(i, _)| i + 1);
    let end = (text.get(end_of_m..))
        .and_then(|t| t.char_indices().find(|&(i, c)| stop_at(end_of_m + i, c)))
        .map_or(text.len(), |(i, _)| end_of_m + i);
    start..end
}

/// A part a quote gives its number to: its words in the sentence's `words_of`, the word
/// before it that names what is measured, when the statement has that word too ("turnout" of
/// "turnout in rural districts"), and the statement's words for the whole, when it has them
/// ("voters" for "young voters").
struct Part {
    words: Range<usize>,
    head: Option<usize>,
    whole: Option<String>,
}

/// The statement as read here: its words' keys and the words themselves.
struct Given<'s> {
    words: Vec<Word<'s>>,
}

impl Given<'_> {
    fn at(&self, key: &str) -> Option<&Word<'_>> {
        self.words
            .iter()
            .find(|w| bare_key(&w.key) == bare_key(key))
    }

    fn has(&self, key: &str) -> bool {
        self.at(key).is_some()
    }
}

/// The group after "among" at `i`: to its phrase's end, or to the first word after it that
/// the statement gives too, but for a member or a part ("Turnout among voters under 30
/// |reached|").
fn among_at(ws: &[Word<'_>], i: usize, given: &Given<'_>) -> Option<Range<usize>> {
    let next = ws.get(i + 1)?;
    if ws[i].key != "among" || ws[i].ends_phrase || NOT_A_GROUP.contains(&next.key.as_str()) {
        return None;
    }
    let last = (i + 1 + AMONG_REACH).min(ws.len());
    // The statement's words after the group, not its own words for it ("among small |firms|").
    let goes_on = |k: &str| given.has(k) && !MEMBERS.contains(&k) && kind_of(k).is_none();
    let end = (i + 1..last)
        .find(|&j| ws[j].ends_phrase || (j + 1 < last && goes_on(&ws[j + 1].key)))
        .map_or(last, |j| j + 1);
    Some(i..end)
}

/// The phrase that opens before a word of `SUBGROUPS` at `i` and takes a part with it: "in
/// rural districts", "for black workers", "at the group's smaller stores", or the group of a
/// share right after "of" ("40% of young voters", "30% of displaced women"). The part's words
/// and whether it is a share's group.
fn phrase_at(ws: &[Word<'_>], i: usize, after_m: usize) -> Option<(Range<usize>, bool)> {
    // The noun after a word that goes before one: "rural |districts|".
    let end = match GROUP_WORDS.contains(&ws[i].key.as_str()) || ws[i].ends_phrase {
        true => i + 1,
        false => (i + 2).min(ws.len()),
    };
    // "in large part", "by a small margin": a size takes no part of a measure.
    let group_after = ws
        .get(i + 1)
        .is_some_and(|w| MEMBERS.contains(&w.key.as_str()));
    if kind_of(&ws[i].key) == Some(SIZE) && !group_after {
        return None;
    }
    let determiner = |w: &Word<'_>| {
        matches!(w.key.as_str(), "the" | "its" | "their" | "our") || bare_key(&w.key) != w.key
    };
    let mut p = i.checked_sub(1)?;
    // "40% of young voters", "30% of displaced women": two words at most after "of".
    for of in p.saturating_sub(2)..=p {
        if ws[of].key == "of" && of == after_m && !ws[of..i].iter().any(|w| w.ends_phrase) {
            return Some((of + 1..end, true));
        }
    }
    while p > 0 && determiner(&ws[p]) && p + 3 > i {
        p -= 1;
    }
    (PLACES_A_PART.contains(&ws[p].key.as_str()) && !ws[p..i].iter().any(|w| w.ends_phrase))
        .then_some((p..end, false))
}

/// The word of `ws` that holds byte `at` of the text.
fn word_holding(text: &str, ws: &[Word<'_>], at: usize) -> Option<usize> {
    ws.iter().position(|w| {
        let from = offset(text, w);
        (from..from + w.token.len()).contains(&at)
    })
}

/// The parts of `ws` (a quote's sentence) that may give the number at `m_words` to a part of a
/// group: after "among", a phrase with a word of `SUBGROUPS`, or a word of `SUBGROUPS` before a
/// word the statement gives ("young |voters|"). A count only takes the last kind, and only for
/// a group of `MEMBERS` that is not the count's own ("small businesses cut 12,000 jobs", not
/// "12,000 small businesses").
fn parts_in(ws: &[Word<'_>], m_words: &Range<usize>, share: bool, given: &Given<'_>) -> Vec<Part> {
    let mut out = Vec::new();
    for i in 0..ws.len() {
        let head = |start: usize| {
            let h = start.checked_sub(1)?;
            (!m_words.contains(&h) && !LINKS.contains(&ws[h].key.as_str()) && given.has(&ws[h].key))
                .then_some(h)
        };
        if share && let Some(words) = among_at(ws, i, given) {
            out.push(Part {
                head: head(words.start),
                words,
                whole: None,
            });
            continue;
        }
        let key = ws[i].key.as_str();
        let after_an = i > 0 && matches!(ws[i - 1].key.as_str(), "a" | "an");
        if kind_of(key).is_none() || after_an {
            continue;
        }
        if share && let Some((words, of_share)) = phrase_at(ws, i, m_words.end) {
            let whole = of_share
                .then(|| whole_of_share(ws, &words, given))
                .flatten();
            let head = (!of_share).then(|| head(words.start)).flatten();
            out.push(Part { words, head, whole });
            continue;
        }
        if let Some(part) = before_a_group(ws, i, m_words, share, given) {
            out.push(part);
        }
    }
    out
}

/// A word of `SUBGROUPS` at `i` before a word the statement gives: "young |voters|", "youth
/// |unemployment|", "small |businesses| cut 12,000 jobs". Not a measure of the number's own
/// ("small gains of 0.5%"), nor, for a count, any but a group of `MEMBERS` other than the
/// counted one.
fn before_a_group(
    ws: &[Word<'_>],
    i: usize,
    m_words: &Range<usize>,
    share: bool,
    given: &Given<'_>,
) -> Option<Part> {
    let next = ws.get(i + 1)?;
    let key = next.key.as_str();
    if ws[i].ends_phrase
        || GROUP_WORDS.contains(&ws[i].key.as_str())
        || LINKS.contains(&key)
        || kind_of(key).is_some()
    {
        return None;
    }
    // A size takes a part of a group of firms, people or places, not of a measure: "small
    // businesses", not "big gains" or "large increases".
    if kind_of(&ws[i].key) == Some(SIZE) && !MEMBERS.contains(&key) {
        return None;
    }
    let whole = given.at(key)?;
    let measures_m =
        (ws.get(i + 2..i + 4)).is_some_and(|w| w[0].key == "of" && i + 3 == m_words.start);
    let counted = i == m_words.end;
    if measures_m || (!share && (counted || !MEMBERS.contains(&key))) {
        return None;
    }
    Some(Part {
        words: i..i + 2,
        head: None,
        whole: Some(shown(std::slice::from_ref(whole))),
    })
}

/// The statement's words for the whole of a share's group: from after its "of" to the word
/// the quote gives right after the part ("40% of |voters| said" for "40% of young voters
/// said").
fn whole_of_share(ws: &[Word<'_>], part: &Range<usize>, given: &Given<'_>) -> Option<String> {
    let of = given.words.iter().position(|w| w.key == "of")?;
    let after = ws.get(part.end).map(|w| w.key.as_str());
    let from = of + 1;
    let end = (from..given.words.len().min(from + 4))
        .find(|&j| Some(given.words[j].key.as_str()) == after || given.words[j].ends_phrase)
        .map(|j| if given.words[j].ends_phrase { j + 1 } else { j })?;
    (end > from).then(|| shown(&given.words[from..end]))
}

/// The words as the text writes them, without the punctuation that ends them.
fn shown(ws: &[Word<'_>]) -> String {
    let tokens: Vec<&str> = ws.iter().map(|w| w.token).collect();
    let text = tokens.join(" ");
    text.trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// Whether the statement keeps a part: it says "among", a word of the same kind of part
/// ("young" for "aged 18 to 24"), a form of one of its words ("youngest", "frontline" for
/// "front"), a number of it ("over 65"), or, for a part with no word of `SUBGROUPS`
/// ("among residents of western regions"), any of its own words but a link, a member or a
/// capitalised name.
fn kept(part: &[Word<'_>], given: &Given<'_>) -> bool {
    let stated = |f: &dyn Fn(&str) -> bool| given.words.iter().any(|w| f(bare_key(&w.key)));
    if stated(&|k| k == "among") {
        return true;
    }
    let keys: Vec<&str> = part.iter().map(|w| bare_key(&w.key)).collect();
    let kinds: Vec<usize> = keys.iter().filter_map(|k| kind_of(k)).collect();
    let own = |k: &str, w: &Word<'_>| {
        !LINKS.contains(&k)
            && !MEMBERS.contains(&k)
            && (kinds.is_empty() || k.starts_with(|c: char| c.is_ascii_digit()))
            && (!w.token.starts_with(char::is_uppercase) || kind_of(k).is_some())
    };
    let has_own = (keys.iter().zip(part)).any(|(k, w)| own(k, w) && kind_of(k).is_none());
    if kinds.is_empty() && !has_own {
        // "among voters" takes no part.
        return true;
    }
    // A number of years names an age in other words: "five-year-olds" for "children aged 5".
    let age_in_other_words = kinds.contains(&AGE) && stated(&names_an_age);
    age_in_other_words
        || stated(&|s| kind_of(s).is_some_and(|k| kinds.contains(&k)))
        || (keys.iter().zip(part))
            .filter(|(k, w)| kind_of(k).is_some() || own(k, w))
            .any(|(k, _)| stated(&|s| same_stem(s, k)))
}

/// Words that open another clause between a part and a number: "rose to 5%, with the rise
/// concentrated among young people", "as factories in rural areas closed".
const OTHER_CLAUSE: &[&str] = &[
    "as", "while", "and", "but", "with", "because", "which", "who", "that", "when", "after",
    "since", "whereas", "although", "though", "amid", "despite", "if", "than", "compared",
];

/// How many words may stand between a part before its number and the number: "Part-time
/// workers |saw their average hourly pay rise| 3.1%".
const REACH_BEFORE: usize = 6;

/// How many words may stand between a number and a part after it: "61% |of the vote| in
/// rural areas".
const REACH_AFTER: usize = 4;

/// Whether the part at `part` speaks of the number at `m_words`: in its clause, with no other
/// number between them, within a few words (after the number, with no comma between: "61%
/// among rural voters"; before it, a comma only after a part that opens the sentence: "Among
/// women over 50, 35%"), and for a part after the number, no other number after it in its
/// piece between commas ("rose to 5% among men and 9% among women" gives neither to 5%).
fn near(ws: &[Word<'_>], part: &Range<usize>, m_words: &Range<usize>, numbered: &[bool]) -> bool {
    let after = part.start >= m_words.end;
    if !after && part.end > m_words.start {
        return false;
    }
    let (between, reach) = match after {
        true => (m_words.end..part.start, REACH_AFTER),
        false => (part.end..m_words.start, REACH_BEFORE),
    };
    let comma = match after {
        true => ws[m_words.end - 1..part.start]
            .iter()
            .any(|w| w.ends_phrase),
        false => {
            ws[part.end - 1..m_words.start]
                .iter()
                .any(|w| w.ends_phrase)
                && part.start > 0
        }
    };
    if comma
        || between.len() > reach
        || ws[between]
            .iter()
            .any(|w| OTHER_CLAUSE.contains(&w.key.as_str()))
    {
        return false;
    }
    let to = if after {
        // To the end of the part's piece between commas.
        (part.end - 1..ws.len())
            .find(|&j| ws[j].ends_phrase)
            .map_or(ws.len(), |j| j + 1)
    } else {
        m_words.start
    };
    let from = part.end.min(m_words.end);
    !(from..to).any(|j| numbered[j] && !m_words.contains(&j) && !part.contains(&j))
}

/// The message's words for the part a quote gives its number `m` to, when it gives it to a
/// part the statement drops: "young voters" with the statement's "voters".
fn part_of(text: &str, mentions: &[Mention], m: &Mention, given: &Given<'_>) -> Option<String> {
    let sentence = sentence_of(text, m);
    let piece = text.get(sentence.clone())?;
    let ws = words_of(piece);
    let at = m.start.checked_sub(sentence.start)?;
    let first = word_holding(piece, &ws, at)?;
    let last = word_holding(piece, &ws, at + m.text.len().max(1) - 1).unwrap_or(first);
    let m_words = first..last.max(first) + 1;
    let numbered: Vec<bool> = (ws.iter())
        .map(|w| {
            let (from, len) = (sentence.start + offset(piece, w), w.token.len());
            (mentions.iter()).any(|o| (from..from + len).contains(&o.start))
        })
        .collect();
    let share = matches!(m.kind, Kind::Percent | Kind::Points | Kind::Fraction { .. });
    let part = (parts_in(&ws, &m_words, share, given).into_iter())
        .filter(|p| near(&ws, &p.words, &m_words, &numbered))
        .find(|p| !kept(&ws[p.words.clone()], given))?;
    let words = shown(&ws[part.head.unwrap_or(part.words.start)..part.words.end]);
    let whole = (part.head.and_then(|h| given.at(&ws[h].key)))
        .map(|w| shown(std::slice::from_ref(w)))
        .or(part.whole);
    Some(match whole {
        Some(whole) => format!(
            "the quote gives {} to \u{201c}{words}\u{201d}, the statement to \
             \u{201c}{whole}\u{201d}",
            m.text
        ),
        None => format!(
            "the quote gives {} to \u{201c}{words}\u{201d}, the statement without those words",
            m.text
        ),
    })
}

/// The message of `hedge-dropped` for a subgroup's figure stated as the whole's: a number of
/// the statement that every quote that gives it gives to a part of a group ("40% of young
/// voters", "unemployment among women rose to 9%", "turnout in rural districts was 31%",
/// "small businesses cut 12,000 jobs"), which the statement gives without that part and
/// without one of its own ("among", a word of the same kind, a form of the quote's word).
pub fn subgroup_as_whole(
    statement: &str,
    stated: &[Mention],
    quotes: &[(&str, &[Mention])],
) -> Option<String> {
    let counts = |g: &Mention| !matches!(g.kind, Kind::Vague | Kind::Time | Kind::Times);
    // Most quotes have no word of a part: one look at them first.
    if !any_given(stated, quotes, counts)
        || !(quotes.iter()).any(|(text, _)| has_word(&SUBGROUP_FINDER, text))
    {
        return None;
    }
    let given = Given {
        words: words_of(statement),
    };
    for g in stated.iter().filter(|g| counts(g)) {
        let mut found = None;
        for (text, mentions) in quotes {
            for m in mentions.iter().filter(|m| g.supported_by(m)) {
                let part = part_of(text, mentions, m, &given)?;
                found.get_or_insert(part);
            }
        }
        if let Some(part) = found {
            return Some(format!(
                "{part}: it states of the whole what the quote says of a part"
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    fn found(statement: &str, quote: &str) -> Option<String> {
        let given = crate::check::numbers::mentions(statement);
        let quoted = crate::check::numbers::mentions(quote);
        super::subgroup_as_whole(statement, &given, &[(quote, quoted.as_slice())])
    }

    #[test]
    fn a_share_of_a_part_given_to_the_whole_is_found_with_its_words() {
        let message = found(
            "About 40% of voters said they backed the plan.",
            "About 40% of young voters said they backed the plan, the poll found",
        );
        assert_eq!(
            message.as_deref(),
            Some(
                "the quote gives 40% to \u{201c}young voters\u{201d}, the statement to \
                 \u{201c}voters\u{201d}: it states of the whole what the quote says of a part"
            )
        );
        let message = found(
            "Unemployment rose to 9%.",
            "Unemployment among women rose to 9%, the office said",
        );
        assert!(message.is_some_and(|m| m.contains(
            "to \u{201c}Unemployment among women\u{201d}, the statement to \u{201c}Unemployment"
        )));
        let message = found(
            "Turnout was 31%.",
            "Turnout in rural districts was 31%, officials said",
        );
        assert!(message.is_some_and(|m| m.contains("\u{201c}Turnout in rural districts\u{201d}")));
        let message = found(
            "Businesses cut 12,000 jobs last month.",
            "Small businesses cut 12,000 jobs last month",
        );
        assert!(message.is_some_and(|m| m.contains(
            "gives 12,000 to \u{201c}Small businesses\u{201d}, the statement to \u{201c}Businesses"
        )));
        let message = found(
            "Trust in the president stood at 58%.",
            "Trust in the president stood at 58% among residents of western regions, it said",
        );
        assert!(message.is_some_and(|m| m.contains(
            "to \u{201c}among residents of western regions\u{201d}, the statement without"
        )));
    }

    #[test]
    fn a_part_kept_in_other_words_or_elsewhere_is_no_finding() {
        let cases = [
            // Other words of the same kind.
            (
                "52% of young voters said so.",
                "Among voters aged 18 to 24, 52% said so",
            ),
            (
                "Female unemployment rose to 9%.",
                "Unemployment among women rose to 9%",
            ),
            (
                "Turnout in the countryside was 31%.",
                "Turnout in rural districts was 31%",
            ),
            (
                "Smaller firms cut 12,000 jobs.",
                "Small businesses cut 12,000 jobs",
            ),
            (
                "72% of people over 65 had a booster.",
                "Among adults over 65, 72% had a booster",
            ),
            // Moved.
            (
                "Among women, unemployment rose to 9%.",
                "Unemployment among women rose to 9%",
            ),
            (
                "Unemployment rose to 9% among women.",
                "Unemployment among women rose to 9%",
            ),
            // No part: a nation, a whole sample, a size of the number's own, a set it counts in.
            (
                "63% of respondents opposed it.",
                "63% of Ukrainian respondents opposed it",
            ),
            (
                "38% of voters approve.",
                "Some 38% of registered voters approve",
            ),
            (
                "Stocks posted gains of 0.5%.",
                "Stocks posted small gains of 0.5%",
            ),
            (
                "12 children were killed.",
                "Among the dead were 12 children",
            ),
            (
                "12,000 businesses closed.",
                "12,000 small businesses closed",
            ),
            ("Drones hit 12 buildings.", "Small drones hit 12 buildings"),
            ("Support reached 61%.", "Support reached 61% among voters"),
            // Another number's part, or another clause's.
            (
                "Unemployment rose to 5%.",
                "Unemployment rose to 5% and to 9% among women",
            ),
            (
                "Unemployment rose to 5%.",
                "Unemployment rose to 5%, with the rise concentrated among young people",
            ),
            (
                "Unemployment rose to 5%.",
                "As factories in rural areas closed, unemployment rose to 5%",
            ),
            // A size of a measure.
            (
                "Prices rose 5% because of energy.",
                "Prices rose 5% in large part because of energy",
            ),
            (
                "Stocks posted gains, rising 2%.",
                "Stocks posted big gains, rising 2%",
            ),
        ];
        for (statement, quote) in cases {
            assert_eq!(found(statement, quote), None, "{statement} | {quote}");
        }
    }

    #[test]
    fn words_of_several_bytes_and_odd_text_do_not_break_the_reader() {
        for quote in [
            "Among women in Luleå, 40% said so",
            "Серед жінок 40% сказали, among young 40%",
            "40% of young 🗳 voters among",
            "among",
            "40%",
        ] {
            let _ = found("40% of voters in Київ said so.", quote);
        }
        assert!(
            found(
                "40% of voters in Luleå said so.",
                "40% of young voters in Luleå said so"
            )
            .is_some()
        );
    }
}
