//! `hedge-dropped` for a record or ranking widened: every quote limits a superlative ("the
//! highest since 2008", "the second-largest", "the fastest in Europe", "for the first time in
//! a decade") and the statement gives it without the limit ("a record", "the highest ever",
//! "the largest", "the fastest", "for the first time"). A ranking over a stretch of time,
//! below first, or in one place is less than a record.

use super::numbers::{count_word, is_ordinal_word};
use super::scope::{Word, is_superlative, shown, words_of};

/// Words that end in "est" and rank nothing: "interest", "the protest since 2008".
const NOT_RANKED: &[&str] = &[
    "arrest",
    "attest",
    "behest",
    "bequest",
    "conquest",
    "contest",
    "detest",
    "digest",
    "divest",
    "earnest",
    "forest",
    "harvest",
    "honest",
    "infest",
    "ingest",
    "inquest",
    "interest",
    "invest",
    "latest",
    "manifest",
    "midwest",
    "modest",
    "northwest",
    "protest",
    "request",
    "southwest",
    "suggest",
    "tempest",
    "unrest",
];

/// Words for a stretch of time that a ranking may be limited to: "in 14 years", "of the season".
const TIME_UNITS: &[&str] = &[
    "year",
    "years",
    "decade",
    "decades",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "century",
    "centuries",
    "generation",
    "generations",
    "season",
    "seasons",
    "quarter",
    "quarters",
    "half-century",
    "quarter-century",
    "fortnight",
];

/// Words that may stand between "in" (or "for", "over", ...) and a stretch of time: "in more
/// than a decade", "over the past five years".
const TIME_FILLERS: &[&str] = &[
    "the", "a", "an", "past", "last", "recent", "previous", "more", "than", "over", "nearly",
    "almost", "about", "around", "at", "least", "some", "half", "just", "roughly", "well", "under",
    "few", "several", "many", "this",
];

/// Words that end the clause a ranking stands in: a limit after them is another clause's.
const CLAUSE_ENDS: &[&str] = &[
    "and", "but", "that", "which", "who", "while", "when", "after",
];

/// What limits a ranking: a rank below first ("second"), a stretch of time ("since 2008"), a
/// place (its word's first letters: "euro" for "in Europe").
#[derive(Debug, PartialEq)]
enum Limit {
    Ordinal(String),
    Time,
    Place(String),
}

/// A superlative in a text, by its words in `words_of`: the word it ranks by ("largest",
/// "first time", "most deadly"), where it starts and ends, and what limits it with the end
/// of the words that limit it.
struct Ranking {
    word: String,
    start: usize,
    end: usize,
    limits: Vec<(Limit, usize)>,
}

fn capitalized(w: &Word<'_>) -> bool {
    (w.token.trim_start_matches(|c: char| !c.is_alphanumeric())).starts_with(char::is_uppercase)
}

fn possessive(key: &str) -> bool {
    key.ends_with("'s") || key.ends_with("\u{2019}s")
}

/// An ordinal below first: "second", "3rd", "10th".
fn is_ordinal(key: &str) -> bool {
    let digits = ["nd", "rd", "th"].iter().find_map(|s| key.strip_suffix(s));
    (key != "first" && is_ordinal_word(key))
        || digits.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

fn is_ranked(key: &str) -> bool {
    let short = matches!(key, "best" | "worst" | "most" | "least");
    is_superlative(key) && !NOT_RANKED.contains(&key) && (key.len() >= 6 || short)
}

/// The superlative whose first word is `ws[i]`: its word, how many words it takes, and the
/// ordinal that ranks it below first ("second-largest", "third biggest").
fn head_at(ws: &[Word<'_>], i: usize) -> Option<(String, usize, Option<String>)> {
    let key = ws[i].key.as_str();
    let next = ws.get(i + 1).filter(|_| !ws[i].ends_phrase);
    if key == "first" && next.is_some_and(|n| n.key == "time") && shown_from(ws, i) < i {
        return Some(("first time".to_owned(), 2, None));
    }
    if let Some((ord, sup)) = key.split_once('-')
        && is_ordinal(ord)
        && is_ranked(sup)
    {
        return Some((sup.to_owned(), 1, Some(ord.to_owned())));
    }
    // A ranking has its article or owner: "the highest", "its weakest", "Europe's
    // biggest"; not "most of the residents", "at best".
    if !is_ranked(key) || shown_from(ws, i) == i {
        return None;
    }
    let before = i.checked_sub(1).map(|p| ws[p].key.as_str());
    let ordinal = before.filter(|p| is_ordinal(p)).map(str::to_owned);
    // "the most deadly": the word after "most" is what it ranks by.
    if matches!(key, "most" | "least")
        && let Some(n) = next.filter(|n| n.key.len() > 3 && n.key.chars().all(char::is_alphabetic))
        && time_limit_at(ws, i + 1).is_none()
        && place_at(ws, i + 1).is_none()
    {
        return Some((format!("{key} {}", n.key), 2, ordinal));
    }
    Some((key.to_owned(), 1, ordinal))
}

/// A word without its "'s": "year" for "year's".
fn unit(key: &str) -> &str {
    key.trim_end_matches("'s").trim_end_matches("\u{2019}s")
}

/// Where the words that limit a ranking to a stretch of time and start at `ws[j]` end: "since
/// 2008", "in more than a decade", "this year", "so far"; not "since records began".
fn time_limit_at(ws: &[Word<'_>], j: usize) -> Option<usize> {
    let key = |k: usize| ws.get(k).map_or("", |w| w.key.as_str());
    match key(j) {
        "since" if !key(j + 1).starts_with("record") => {
            let end = (j + 1..ws.len().min(j + 5)).find(|&k| ws[k].ends_phrase);
            Some(end.map_or(ws.len().min(j + 5), |k| k + 1))
        }
        "this" | "last" if TIME_UNITS.contains(&unit(key(j + 1))) => Some(j + 2),
        // "the year's deadliest", "this season's best".
        k if possessive(k) && TIME_UNITS.contains(&unit(k)) => Some(j + 1),
        "so" if key(j + 1) == "far" => Some(j + 2),
        "to" if key(j + 1) == "date" => Some(j + 2),
        "in" | "for" | "of" | "over" | "during" | "within" => stretch_after(ws, j),
        _ => None,
    }
}

/// Where the stretch of time after "in" (or "for", "over", ...) at `ws[j]` ends: "in more
/// than a decade", "of the season"; not "in the year to June", the period a figure is
/// measured over.
fn stretch_after(ws: &[Word<'_>], j: usize) -> Option<usize> {
    let key = |k: usize| ws.get(k).map_or("", |w| w.key.as_str());
    for (k, word) in ws.iter().enumerate().take(j + 6).skip(j + 1) {
        let w = word.key.as_str();
        if TIME_UNITS.contains(&w) {
            let measured = matches!(key(k + 1), "to" | "through" | "ending" | "ended");
            return (!measured || word.ends_phrase).then_some(k + 1);
        }
        let number = w.starts_with(|c: char| c.is_ascii_digit()) || count_word(w).is_some();
        if word.ends_phrase || !(number || TIME_FILLERS.contains(&w)) {
            return None;
        }
    }
    None
}

/// A place that limits a ranking, starting at `ws[j]`: "in Europe", "in the EU", with where
/// its words end and its name's first letters.
fn place_at(ws: &[Word<'_>], j: usize) -> Option<(usize, String)> {
    if !matches!(ws[j].key.as_str(), "in" | "on" | "across") || ws[j].ends_phrase {
        return None;
    }
    let at = if ws.get(j + 1)?.key == "the" {
        j + 2
    } else {
        j + 1
    };
    let place = ws
        .get(at)
        .filter(|w| capitalized(w) && !is_time_name(&w.key))?;
    Some((at + 1, place.key.chars().take(4).collect()))
}

/// Months and days, and the capital "I": "in June" dates, it does not place.
fn is_time_name(key: &str) -> bool {
    key == "i" || crate::dates::is_month_name(key, false) || crate::dates::is_weekday_name(key)
}

/// The words from `ws[j]` that call something a record, with where they start and end: "a
/// record", "ever", "all-time", "on record", "in its history", "since records began",
/// "unprecedented", "never been".
fn record_at(ws: &[Word<'_>], j: usize) -> Option<(usize, usize)> {
    let key = |k: usize| ws.get(k).map_or("", |w| w.key.as_str());
    let before = |n: usize| j.checked_sub(n).map_or("", key);
    match key(j) {
        "record" if before(2) == "on" && before(1) == "the" => None,
        k if k == "record" || k.starts_with("record-") => {
            let from = if matches!(before(1), "a" | "an" | "on") {
                j - 1
            } else {
                j
            };
            let more = matches!(key(j + 1), "high" | "low" | "level") && !ws[j].ends_phrase;
            Some((from, j + 1 + usize::from(more)))
        }
        "ever" if key(j + 1) != "since" => Some((j, j + 1)),
        "all-time" | "unprecedented" => {
            let more = matches!(key(j + 1), "high" | "low" | "level") && !ws[j].ends_phrase;
            Some((j.saturating_sub(1), j + 1 + usize::from(more)))
        }
        "all" if key(j + 1) == "time" => Some((j, j + 2)),
        "never" if matches!(key(j + 1), "been" | "before") => Some((j, j + 2)),
        "since" if key(j + 1).starts_with("record") => Some((j, (j + 3).min(ws.len()))),
        "history" => (1..=3).find(|&n| before(n) == "in").map(|n| (j - n, j + 1)),
        _ => None,
    }
}

/// Where the words that show a ranking start: with its article or owner ("the", "its",
/// "the country's", "Europe's") and its ordinal.
fn shown_from(ws: &[Word<'_>], start: usize) -> usize {
    let mut from = start;
    if from > 0 && is_ordinal(&ws[from - 1].key) {
        from -= 1;
    }
    for _ in 0..2 {
        match from.checked_sub(1) {
            Some(p)
                if matches!(ws[p].key.as_str(), "the" | "its" | "their" | "his" | "her")
                    || (possessive(&ws[p].key) && !ws[p].ends_phrase) =>
            {
                from = p;
            }
            _ => break,
        }
    }
    from
}

/// The rankings of a text and what limits each; no stretch of time for a text that calls it
/// a record ("the second-hottest summer on record").
fn rankings_in(ws: &[Word<'_>]) -> Vec<Ranking> {
    let record = (0..ws.len()).any(|j| record_at(ws, j).is_some());
    let mut out = Vec::new();
    for i in 0..ws.len() {
        let Some((word, n, ordinal)) = head_at(ws, i) else {
            continue;
        };
        let end = i + n;
        let mut limits = Vec::new();
        if let Some(ord) = ordinal {
            limits.push((Limit::Ordinal(ord), end));
        }
        // "Europe's fastest": an owner with a name places it.
        let owner = (shown_from(ws, i)..i).find(|&o| capitalized(&ws[o]) && possessive(&ws[o].key));
        if let Some(o) = owner {
            let name = ws[o]
                .key
                .trim_end_matches("'s")
                .trim_end_matches("\u{2019}s");
            if name != "world" {
                limits.push((Limit::Place(name.chars().take(4).collect()), end));
            }
        }
        let mut j = end;
        while j < ws.len().min(end + 10) && !ws[j - 1].ends_phrase {
            if CLAUSE_ENDS.contains(&ws[j].key.as_str()) {
                break;
            }
            if let Some(e) = time_limit_at(ws, j).filter(|_| !record) {
                limits.push((Limit::Time, e));
            } else if let Some((e, stem)) = place_at(ws, j) {
                limits.push((Limit::Place(stem), e));
            }
            j += 1;
        }
        out.push(Ranking {
            word,
            start: i,
            end,
            limits,
        });
    }
    out
}

/// Whether the statement's word `key` is the ranking `word`: the same, or "biggest" for
/// "largest".
fn same_rank(key: &str, word: &str) -> bool {
    let size = |k: &str| matches!(k, "largest" | "biggest");
    key == word || (size(key) && size(word))
}

/// Where the statement gives the quote's ranking `word`, and where its words end.
fn stated_rank(given: &[Word<'_>], word: &str) -> Option<(usize, usize)> {
    (0..given.len()).find_map(|k| {
        let (w, n, _) = head_at(given, k)?;
        same_rank(&w, word).then_some((k, k + n))
    })
}

/// The statement's words for a ranking at `k..end`, with the record words right after it
/// ("the highest ever", "the hottest day on record").
fn stated_words(given: &[Word<'_>], k: usize, end: usize) -> String {
    let mut to = end;
    for j in end..given.len().min(end + 4) {
        if let Some((_, e)) = record_at(given, j) {
            to = e;
            break;
        }
        if given[j].ends_phrase {
            break;
        }
    }
    shown(given, shown_from(given, k)..to)
}

/// Whether the statement ranks below first in words of its own: "second", "one of",
/// "among", "top", "runner-up".
fn keeps_ordinal(given: &[Word<'_>]) -> bool {
    (given.iter().enumerate()).any(|(k, w)| {
        let key = w.key.as_str();
        is_ordinal(key)
            || key.split_once('-').is_some_and(|(o, _)| is_ordinal(o))
            || matches!(key, "among" | "top" | "runner-up" | "behind" | "after")
            || (key == "one" && given.get(k + 1).is_some_and(|n| n.key == "of"))
    })
}

/// Whether the statement gives the place `stem` names, or a place or owner of its own in the
/// words of its ranking at `k..end` ("the hottest Spanish day", "the club's longest").
fn keeps_place(given: &[Word<'_>], stem: &str, k: usize, end: usize) -> bool {
    let phrase_end = (end..given.len())
        .find(|&j| given[j].ends_phrase)
        .map_or(given.len(), |j| j + 1);
    let own = (shown_from(given, k)..phrase_end.min(end + 6)).any(|j| {
        let w = &given[j];
        let world = w.key.starts_with("world");
        !world && (capitalized(w) || (possessive(&w.key) && j < k))
    });
    own || given.iter().any(|w| w.key.starts_with(stem))
}

/// The words of the statement that widen `ranking`'s `limit`, and why.
fn widened(given: &[Word<'_>], ranking: &Ranking, limit: &Limit) -> Option<(String, String)> {
    let found = stated_rank(given, &ranking.word);
    match limit {
        Limit::Ordinal(ord) => {
            let (k, end) = found.filter(|_| !keeps_ordinal(given))?;
            Some((
                stated_words(given, k, end),
                format!("it ranks first what the quote ranks {ord}"),
            ))
        }
        Limit::Time => {
            if (0..given.len()).any(|j| time_limit_at(given, j).is_some()) {
                return None;
            }
            let words = match found {
                Some((k, end)) => stated_words(given, k, end),
                None => {
                    let (from, to) = (0..given.len()).find_map(|j| record_at(given, j))?;
                    shown(given, from..to)
                }
            };
            Some((
                words,
                "it makes a record of what the quote ranks over a stretch of time".into(),
            ))
        }
        Limit::Place(stem) => {
            let (k, end) = found.filter(|&(k, end)| !keeps_place(given, stem, k, end))?;
            let phrase_end = (end..given.len()).find(|&j| given[j].ends_phrase);
            let to = phrase_end.map_or(given.len(), |j| j + 1).min(end + 4);
            Some((
                shown(given, shown_from(given, k)..to),
                "it ranks beyond the place the quote ranks in".into(),
            ))
        }
    }
}

/// The message for one quote: a ranking it limits that the statement gives without the limit.
fn widened_in(given: &[Word<'_>], quote: &str) -> Option<String> {
    let ws = words_of(quote);
    let rankings = rankings_in(&ws);
    // A ranking the quote also gives without the limit may be the one the statement gives.
    let unlimited = |word: &str, limit: &Limit| {
        (rankings.iter()).any(|r| {
            same_rank(&r.word, word)
                && !(r.limits.iter())
                    .any(|(l, _)| std::mem::discriminant(l) == std::mem::discriminant(limit))
        })
    };
    rankings.iter().find_map(|ranking| {
        ranking.limits.iter().find_map(|(limit, end)| {
            if unlimited(&ranking.word, limit) {
                return None;
            }
            let (stated, why) = widened(given, ranking, limit)?;
            let end = if matches!(limit, Limit::Ordinal(_)) { ranking.end } else { *end };
            Some(format!(
                "the quote says \u{201c}{}\u{201d}, the statement says \u{201c}{stated}\u{201d}: {why}",
                shown(&ws, shown_from(&ws, ranking.start)..end)
            ))
        })
    })
}

/// Whether `text` may rank: a superlative ("-est", "worst", "most", "least") or "first time".
fn may_rank(text: &str) -> bool {
    [
        "est",
        "worst",
        "most",
        "first time",
        "First time",
        "Worst",
        "Most",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// The message of `hedge-dropped` when every quote limits a ranking (to a stretch of time,
/// a rank below first or a place) and the statement gives it without the limit: `quotes`
/// are the texts of the fact's quotes.
pub fn ranking_widened(statement: &str, quotes: &[&str]) -> Option<String> {
    // Most statements rank nothing: one look before they are read word by word.
    let lower = statement.to_ascii_lowercase();
    if !(may_rank(&lower)
        || [
            "record",
            "ever",
            "all-time",
            "history",
            "unprecedented",
            "never",
        ]
        .iter()
        .any(|w| lower.contains(w)))
    {
        return None;
    }
    let given = words_of(statement);
    let mut first = None;
    for quote in quotes {
        if !may_rank(quote) {
            return None;
        }
        let found = widened_in(&given, quote)?;
        first.get_or_insert(found);
    }
    first
}

#[cfg(test)]
mod tests {
    use super::{Limit, ranking_widened as found, rankings_in, words_of};

    fn limits(text: &str) -> Vec<(String, Vec<Limit>)> {
        let ws = words_of(text);
        (rankings_in(&ws).into_iter())
            .map(|r| (r.word, r.limits.into_iter().map(|(l, _)| l).collect()))
            .collect()
    }

    #[test]
    fn a_ranking_is_read_with_its_limits() {
        let time = |w: &str| vec![(w.to_owned(), vec![Limit::Time])];
        assert_eq!(
            limits("Inflation hit 9.1%, the highest since 2008."),
            time("highest")
        );
        assert_eq!(
            limits("its weakest level in more than a decade"),
            time("weakest")
        );
        assert_eq!(limits("for the first time in 25 years"), time("first time"));
        assert_eq!(
            limits("the deadliest attack on the city this year"),
            time("deadliest")
        );
        assert_eq!(
            limits("Europe's third-biggest maker"),
            vec![(
                "biggest".to_owned(),
                vec![Limit::Ordinal("third".into()), Limit::Place("euro".into())]
            )]
        );
        assert_eq!(
            limits("the second largest of the war"),
            vec![("largest".to_owned(), vec![Limit::Ordinal("second".into())])]
        );
        // A record is no stretch of time; a period a figure is measured over is no limit.
        let none = |w: &str| vec![(w.to_owned(), vec![])];
        assert_eq!(
            limits("its highest level since records began in 1883"),
            none("highest")
        );
        assert_eq!(
            limits("the hottest summer on record since 1990"),
            none("hottest")
        );
        assert_eq!(
            limits("the biggest rise in the year to June"),
            none("biggest")
        );
        assert_eq!(limits("the largest in June"), none("largest"));
        // Not a ranking: no article or owner, or a word that ends in "est" and ranks nothing.
        assert!(limits("Most of the residents have left since 2008").is_empty());
        assert!(limits("The protest since 2008 drew crowds; the interest in 2009").is_empty());
    }

    #[test]
    fn a_limit_dropped_is_found_with_the_words_of_both() {
        let quote = "Inflation hit 9.1% in June, the highest since 2008, the bureau said.";
        assert_eq!(
            found("Inflation hit 9.1% in June, the highest ever.", &[quote]).as_deref(),
            Some(
                "the quote says \u{201c}the highest since 2008\u{201d}, the statement says \
                 \u{201c}the highest ever\u{201d}: it makes a record of what the quote ranks \
                 over a stretch of time"
            )
        );
        let quote = "The party won a majority for the first time in a decade.";
        let message = found("The party won a majority for the first time.", &[quote]);
        assert!(message.is_some_and(|m| m.contains("\u{201c}the first time in a decade\u{201d}")));
        let quote = "The bridge is the longest in Africa, the firm said.";
        let message = found("The bridge is the longest in the world.", &[quote]);
        assert!(message.is_some_and(|m| m.contains("beyond the place")));
    }

    #[test]
    fn a_limit_kept_in_other_words_is_not_found() {
        let quote = "The strike was the biggest in 30 years, union leaders said.";
        for statement in [
            "The strike was the biggest in three decades.",
            "The strike was the biggest since the 1990s.",
            "It was the largest strike in a generation.",
        ] {
            assert_eq!(found(statement, &[quote]), None, "{statement}");
        }
        let quote = "The attack was the deadliest on the city this year.";
        assert_eq!(
            found("It was this year's deadliest attack on the city.", &[quote]),
            None
        );
        let quote = "The bank is the biggest lender and the second-largest insurer.";
        assert_eq!(found("The bank is the biggest lender.", &[quote]), None);
        let quote = "The bridge is the longest in Africa, the firm said.";
        assert_eq!(found("The bridge is Africa's longest.", &[quote]), None);
        assert_eq!(
            found("The bridge is the longest African bridge.", &[quote]),
            None
        );
        // Every quote must limit it: one that calls it a record supports a record.
        let quotes = [
            "Rates hit 5.8%, the highest since 2008.",
            "Rates hit a record 5.8%.",
        ];
        assert_eq!(found("Rates hit a record 5.8%.", &quotes), None);
    }

    #[test]
    fn words_of_several_bytes_are_read_without_a_cut() {
        let quote = "Luleå's biggest employer since 2008, Київ's largest 🚀 in Європа this year.";
        let message = found("Luleå's biggest employer, Київ's largest 🚀.", &[quote]);
        assert!(message.is_some_and(|m| m.contains("Luleå's biggest")));
        assert_eq!(found("Київ, 🚀 рекорд", &["Київ — найбільший 🚀"]), None);
    }
}
