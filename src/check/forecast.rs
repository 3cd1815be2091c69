//! A forecast stated as done: a quote says what will be ("the bridge will be repaired",
//! "officials said the bridge would reopen") and the statement says it was ("the bridge was
//! repaired", "the bridge reopened"). `hedge-dropped` reports it.

use super::negation::{inflects, irregular_forms};
use super::verdict::keys;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Words that keep a statement's claim in the future, or in doubt: with one of them it says
/// nothing is done ("is expected to reopen", "plans to rebuild", "was due to be repaired").
const KEEPS_FUTURE: &[&str] = &[
    "will",
    "would",
    "shall",
    "won't",
    "wouldn't",
    "going",
    "expected",
    "expects",
    "plans",
    "planned",
    "plan",
    "due",
    "scheduled",
    "set",
    "intends",
    "intended",
    "aims",
    "promised",
    "promises",
    "pledged",
    "vowed",
    "could",
    "may",
    "might",
    "should",
    "forecast",
    "predicted",
    "projected",
    "hopes",
    "hoped",
    "future",
    "upcoming",
    "next",
];

/// Words that report what someone says or expects: a "would" after one is what they said
/// would be ("said the bridge would reopen"); without one it is the narrator's future in the
/// past ("Kherson would fall two days later"), which is told as done.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "announces",
    "promised",
    "pledged",
    "vowed",
    "expected",
    "expects",
    "predicted",
    "warned",
    "hoped",
    "hopes",
    "agreed",
    "decided",
    "planned",
    "insisted",
    "confirmed",
    "stated",
    "added",
    "claimed",
    "forecast",
    "believed",
    "believes",
    "thought",
    "indicated",
    "signalled",
    "signaled",
    "assured",
    "suggested",
    "estimated",
    "projected",
    "anticipated",
    "that",
];

/// Words that may stand between "will" and its verb: "will also be", "will soon reopen".
const BETWEEN: &[&str] = &[
    "also",
    "soon",
    "then",
    "now",
    "still",
    "only",
    "again",
    "first",
    "finally",
    "eventually",
    "all",
    "both",
    "each",
    "later",
    "likely",
    "probably",
    "quickly",
];

/// Words after "will be" that are no verb nor state of the subject's ("will be in Kyiv",
/// "will be the first"): the statement's "was in Kyiv" is another claim's.
const NOT_A_STATE: &[&str] = &[
    "the", "a", "an", "in", "at", "on", "to", "by", "for", "of", "with", "from", "no", "not",
    "there", "here", "more", "less", "about", "around", "over", "under",
];

/// What a quote says will be: its words as written ("will be repaired"), the verb or state
/// they give ("repaired"), whether that comes after "be" (a participle or a state, which a
/// statement gives after "was" or "has been"), and its place among the quote's words.
#[derive(Debug)]
struct Future {
    shown: String,
    verb: String,
    after_auxiliary: bool,
    at: usize,
}

/// The message of `hedge-dropped` for a forecast stated as done: a quote says what will be
/// and the statement gives the same verb as done, with no word that keeps it to come; unless
/// a quote also gives the statement's word as done itself ("rose 5% and will rise further").
pub fn forecast_as_done(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    let mut stated = None;
    let mut found = None;
    // Few quotes speak of what will be: one look at their bytes before they are read.
    for [before, quote, _] in quotes.iter().filter(|[_, q, _]| FUTURE_FINDER.is_match(q)) {
        let words = keys(quote);
        let futures = futures(before, &words);
        if futures.is_empty() {
            continue;
        }
        let stated: &Vec<String> = stated.get_or_insert_with(|| keys(statement));
        for future in &futures {
            if let Some(done) = done_in(stated, future) {
                let elsewhere = (words.iter().enumerate())
                    .any(|(i, w)| *w == done.1 && !futures.iter().any(|f| f.at == i));
                if elsewhere {
                    return None;
                }
                found.get_or_insert((future.shown.clone(), done.0));
            }
        }
    }
    let (future, done) = found.filter(|_| !keeps_future(statement))?;
    Some(format!(
        "the quote says \u{201c}{future}\u{201d}, what is yet to come; the statement says \
         \u{201c}{done}\u{201d}, as done"
    ))
}

/// Finds a word of the future ("will", "would", "'ll") in any case, within longer words too:
/// a quick look before a quote is read word by word.
static FUTURE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["will", "would", "'ll", "\u{2019}ll"])
        .expect("four short words make an automaton")
});

/// Whether a statement has a word of `KEEPS_FUTURE`; "May" written so after its first word is
/// the month.
fn keeps_future(statement: &str) -> bool {
    let words = statement.split_whitespace().enumerate();
    words.into_iter().any(|(i, raw)| {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        (w != "May" || i == 0) && KEEPS_FUTURE.iter().any(|k| k.eq_ignore_ascii_case(w))
    })
}

/// Each future a quote's words give ("will be repaired", "would reopen"): "will" (or "'ll")
/// and, when what comes before it in its sentence reports it, "would"; with the verb they
/// govern. `before` is the text of its sentence before the quote.
fn futures(before: &str, words: &[String]) -> Vec<Future> {
    let mut found = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let will = w == "will" || w.ends_with("'ll") || w.ends_with("\u{2019}ll");
        // Read only for a "would": the words before the quote are read then.
        let reported = || {
            let reports = |w: &String| REPORTING.contains(&w.as_str());
            words[..i].iter().any(reports) || keys(before).iter().any(reports)
        };
        // "the will of the people": a noun after an article or a possessive.
        let noun = i.checked_sub(1).is_some_and(|p| {
            matches!(
                words[p].as_str(),
                "the" | "a" | "his" | "her" | "their" | "its" | "free"
            )
        });
        if noun || !(will || w == "would" && reported()) {
            continue;
        }
        if let Some(future) = governed(words, i) {
            found.push(future);
        }
    }
    found
}

/// The verb that the "will" or "would" at `at` governs, past words of `BETWEEN`: "be" and a
/// participle or state, or a bare verb.
fn governed(words: &[String], at: usize) -> Option<Future> {
    let mut i = at + 1;
    while words
        .get(i)
        .is_some_and(|w| BETWEEN.contains(&w.as_str()) || w.ends_with("ly"))
    {
        i += 1;
    }
    let word = |k: usize| words.get(k).map(String::as_str);
    // "will have been closed for three years" says it is closed already: no forecast.
    let (verb, after_auxiliary) = match word(i)? {
        "be" => (i + 1, true),
        w if is_word(w) && w != "have" => (i, false),
        _ => return None,
    };
    let v = word(verb)?;
    if !is_word(v) || NOT_A_STATE.contains(&v) || matches!(v, "be" | "have" | "been" | "being") {
        return None;
    }
    Some(Future {
        shown: words[at..=verb].join(" "),
        verb: v.to_owned(),
        after_auxiliary,
        at: verb,
    })
}

/// Whether `w` is a word of letters, and no negation ("will not", "will never": `negation-cut`
/// reads those).
fn is_word(w: &str) -> bool {
    w.chars().all(char::is_alphabetic) && !matches!(w, "not" | "never" | "no")
}

/// The statement's words that give `future` as done, shown ("was repaired"), with the word
/// that does ("repaired"): a participle or state after "was", "were", "has", "have", "had" or
/// "been"; or the bare verb's past.
fn done_in(stated: &[String], future: &Future) -> Option<(String, String)> {
    let auxiliary = |k: usize| {
        k.checked_sub(1)
            .and_then(|p| stated.get(p))
            .is_some_and(|a| matches!(a.as_str(), "was" | "were" | "has" | "have" | "had" | "been"))
    };
    let forms = irregular_forms(&future.verb);
    let at = (0..stated.len()).find(|&k| {
        let w = stated[k].as_str();
        if future.after_auxiliary {
            return w == future.verb && auxiliary(k);
        }
        let irregular = forms.is_some_and(|f| f.contains(&w));
        // "cut" is its own past: only "has cut" says so.
        let past = if w == future.verb {
            irregular && auxiliary(k)
        } else {
            irregular || w.ends_with("ed") && inflects(&future.verb, w)
        };
        let to = k
            .checked_sub(1)
            .is_some_and(|p| matches!(stated[p].as_str(), "to" | "be"));
        past && !to
    })?;
    let from = match auxiliary(at) {
        true if at >= 2 && stated[at - 1] == "been" && auxiliary(at - 1) => at - 2,
        true => at - 1,
        false => at,
    };
    Some((stated[from..=at].join(" "), stated[at].clone()))
}

#[cfg(test)]
mod tests {
    use super::forecast_as_done as found;

    fn one(before: &'static str, quote: &'static str) -> [[&'static str; 3]; 1] {
        [[before, quote, ""]]
    }

    #[test]
    fn what_will_be_is_not_done() {
        let q = one(
            "",
            "The bridge will be repaired by June, the governor said.",
        );
        let m = found("The bridge was repaired by June.", &q);
        assert!(
            m.as_deref()
                .is_some_and(|m| m.contains("\u{201c}will be repaired\u{201d}")
                    && m.contains("\u{201c}was repaired\u{201d}")),
            "{m:?}"
        );
        let q = one("", "Officials say the plant will reopen in May.");
        assert!(found("The plant reopened in May.", &q).is_some());
        assert!(found("The plant may have reopened.", &q).is_none());
        let q = one(
            "",
            "The army will withdraw 3,000 troops, the ministry said.",
        );
        assert!(found("The army withdrew 3,000 troops.", &q).is_some());
        let q = one("Officials said", "the bridge would be repaired by June.");
        assert!(found("The bridge has been repaired.", &q).is_some());
        let q = one(
            "The company said",
            "it would cut 1,200 jobs by the end of the year.",
        );
        assert!(found("The company has cut 1,200 jobs.", &q).is_some());
        assert!(found("The company plans to cut 1,200 jobs.", &q).is_none());
    }

    #[test]
    fn a_statement_that_keeps_it_to_come_says_nothing_is_done() {
        let q = one(
            "",
            "The bridge will be repaired by June, the governor said.",
        );
        for statement in [
            "The bridge will be repaired by June.",
            "The governor expects the bridge to be repaired by June.",
            "The bridge is due to be repaired by June.",
            "The bridge is to be repaired by June.",
            "The bridge was not repaired.",
        ] {
            assert!(found(statement, &q).is_none(), "{statement}");
        }
    }

    #[test]
    fn a_narrators_would_and_a_done_word_of_the_quote_are_no_forecast() {
        // The narrator's future in the past is told as done.
        let q = one("", "It would fall to Russian forces on March 2.");
        assert!(found("Kherson fell to Russian forces on March 2.", &q).is_none());
        // The quote gives the statement's word as done too.
        let q = one(
            "",
            "Prices rose 5% in May and will rise further, the bank said.",
        );
        assert!(found("Prices rose 5% in May.", &q).is_none());
        let q = one(
            "",
            "The vote will be held on Sunday, after a referendum held in 2014.",
        );
        assert!(found("A referendum was held in 2014.", &q).is_none());
        // "will" the noun, and a negated future.
        let q = one("", "It was the will of the people, and they voted.");
        assert!(found("They voted.", &q).is_none());
        let q = one(
            "",
            "The station will have been closed for three years by then.",
        );
        assert!(found("The station has been closed for years.", &q).is_none());
        let q = one("", "The plant will not reopen in May.");
        assert!(found("The plant reopened in May.", &q).is_none());
        let kyiv = [["Luleå,", "Київ will \u{1F600}", "\u{1F600}"]];
        assert!(found("Luleå was \u{1F600}", &kyiv).is_none());
    }
}
