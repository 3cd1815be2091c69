//! Who the words of a claim give it to, beyond the verbs of saying. A passive's agent:
//! "confirmed by the ministry" gives a claim to the ministry, but "confirmed by laboratory
//! testing" or "reported by satellite images" names a process or a piece of evidence, which
//! claims nothing. And odds: "Traders see a 90% chance that ..." gives them to the traders.

/// Verbs of `ATTRIBUTIONS` whose passive names who did it after "by".
const BY_AGENT: &[&str] = &["confirmed", "reported"];

/// Nouns of a process or of evidence, which no one speaks through.
const EVIDENCE: &[&str] = &[
    "test",
    "tests",
    "analysis",
    "analyses",
    "image",
    "images",
    "imagery",
    "footage",
    "photo",
    "photos",
    "photographs",
    "video",
    "videos",
    "scan",
    "scans",
    "sample",
    "samples",
    "records",
    "evidence",
    "examination",
    "examinations",
    "autopsy",
    "autopsies",
    "measurements",
    "readings",
    "sensors",
    "x-rays",
];

/// Words that may follow a process named by an "-ing" word ("testing at the border", "testing
/// carried out on Monday"): any other word makes the "-ing" word a modifier of a noun.
const AFTER_A_PROCESS: &[&str] = &[
    "at",
    "in",
    "on",
    "and",
    "or",
    "that",
    "which",
    "carried",
    "done",
    "conducted",
    "last",
    "this",
    "earlier",
    "since",
    "after",
    "before",
    "during",
];

/// Words ending in "-ing" that name a person, not a process.
const PEOPLE_IN_ING: &[&str] = &["sibling", "darling", "underling", "viking", "king"];

/// Whether `word` (the attribution `said` found) is, at each of its uses in `text`, a passive
/// whose agent is a process or evidence: then it gives the claim to no one.
pub fn by_a_process(text: &str, word: &str) -> bool {
    if !BY_AGENT.contains(&word) {
        return false;
    }
    let mut from = 0;
    let mut any = false;
    // Each turn moves past one use of the word: bounded by the text's length.
    while let Some(at) = (text.get(from..)).and_then(|rest| super::support::find_word(rest, word)) {
        let end = from + at + word.len();
        let mut after = text.get(end..).unwrap_or("").split_whitespace();
        if !after.next().is_some_and(|w| w.eq_ignore_ascii_case("by")) || !process(after) {
            return false;
        }
        any = true;
        from = end;
    }
    any
}

/// Whether the words after a passive's "by" name a process or evidence: a few lowercase words
/// ending with such a noun ("laboratory testing", "satellite images"), which no one of their
/// own runs after it ("tests carried out by the ministry" are the ministry's) and no one owns
/// ("the ministry's tests").
fn process<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut head = false;
    // An "-ing" word followed by a noun of its own is that noun's modifier: "the ruling party",
    // "a leading expert" are people.
    let mut head_in_ing = false;
    let mut before_head = 0;
    for raw in words.take(8) {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let lower = word.to_lowercase();
        let closes = raw.ends_with([',', '.', ';', ':', '\u{2014}']);
        if head && head_in_ing {
            head_in_ing = false;
            if !AFTER_A_PROCESS.contains(&lower.as_str()) {
                head = false;
                before_head += 1;
            }
        }
        if head {
            if matches!(lower.as_str(), "by" | "from" | "of") {
                return false;
            }
        } else if before_head == 0 && matches!(lower.as_str(), "a" | "an" | "the") {
            continue;
        } else if word.starts_with(char::is_uppercase) || raw.contains(['\'', '\u{2019}']) {
            return false;
        } else if EVIDENCE.contains(&lower.as_str())
            || lower.ends_with("ing")
                && lower.len() >= 6
                && !PEOPLE_IN_ING.contains(&lower.as_str())
        {
            head = true;
            head_in_ing = !EVIDENCE.contains(&lower.as_str());
        } else {
            before_head += 1;
            if before_head > 2 {
                return false;
            }
        }
        if closes {
            return head;
        }
    }
    head
}

/// Verbs by which a subject holds odds: "Traders see a 90% chance", "Markets put the odds at".
const HOLD_ODDS: &[&str] = &[
    "see", "sees", "saw", "put", "puts", "give", "gives", "price",
];

/// Words that make what follows such a verb odds.
const ODDS: &[&str] = &["chance", "chances", "odds", "probability", "likelihood"];

/// Whether a statement gives odds to whoever holds them: "Traders see a roughly 90% chance that
/// the Fed will cut rates" says whose reading the odds are, as "The IMF expects" says whose
/// forecast it is; "There is a 90% chance" names no one.
pub fn odds_held_by_someone(statement: &str) -> bool {
    // Most statements give no odds: only those that do are read word by word.
    if !(ODDS.iter()).any(|w| super::support::find_word(statement, w).is_some()) {
        return false;
    }
    let words: Vec<&str> = statement.split_whitespace().take(64).collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    (1..words.len()).any(|i| {
        HOLD_ODDS.contains(&bare(words[i]).as_str())
            && !words[i - 1].ends_with([',', ';', ':'])
            && (words[i + 1..].iter().take(5)).any(|w| ODDS.contains(&bare(w).as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::{by_a_process, odds_held_by_someone};

    #[test]
    fn odds_that_someone_sees_are_theirs() {
        let fed = "Traders see a roughly 90% chance that the Federal Reserve will cut rates.";
        assert!(odds_held_by_someone(fed));
        assert!(odds_held_by_someone(
            "Markets put the odds of a cut at 90%."
        ));
        assert!(!odds_held_by_someone("There is a 90% chance of a cut."));
        assert!(!odds_held_by_someone("See a 90% chance."));
        assert!(!odds_held_by_someone("Residents see smoke over the city."));
    }

    #[test]
    fn a_process_or_evidence_after_by_names_no_one() {
        let text =
            "Only 40 of the cases have been confirmed by laboratory testing, an official said";
        assert!(by_a_process(text, "confirmed"));
        assert!(by_a_process(
            "It was confirmed by satellite images.",
            "confirmed"
        ));
        assert!(!by_a_process(
            "It was confirmed by the ministry.",
            "confirmed"
        ));
        assert!(!by_a_process("Officials confirmed 40 cases.", "confirmed"));
        assert!(!by_a_process(
            "It was confirmed by tests run by the WHO.",
            "confirmed"
        ));
        assert!(!by_a_process(
            "It was confirmed by the ministry's testing.",
            "confirmed"
        ));
        assert!(!by_a_process(
            "It was confirmed by his sibling.",
            "confirmed"
        ));
        assert!(!by_a_process(
            "It was confirmed by Maxar imagery.",
            "confirmed"
        ));
        assert!(!by_a_process("It was said by Luleå testing.", "said"));
        assert!(by_a_process("Київ was confirmed by testing", "confirmed"));
        assert!(by_a_process(
            "It was confirmed by testing at the border.",
            "confirmed"
        ));
        // An "-ing" word before a noun of its own is no process.
        assert!(!by_a_process(
            "It was confirmed by the ruling party.",
            "confirmed"
        ));
        assert!(!by_a_process(
            "It was reported by a leading expert on Monday.",
            "reported"
        ));
    }
}
