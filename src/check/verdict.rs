//! `hedge-dropped` for a charge stated as a verdict: every quote says someone was charged,
//! accused, indicted or arrested, no quote nor its sentence gives a verdict, and the statement
//! says they were convicted, found guilty, sentenced or acquitted. What a court has not decided
//! stated as decided is the slip a court reporter's editor looks for first.

use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Words of a statement that give a verdict or a plea of guilt, as whole words or phrases:
/// "was convicted of fraud", "found guilty", "was sentenced", "was acquitted".
const VERDICTS: &[&str] = &[
    "convicted",
    "convicts",
    "found guilty",
    "pleaded guilty",
    "pleads guilty",
    "guilty of",
    "sentenced",
    "acquitted",
    "acquits",
    "cleared of",
];

/// Stems that give a verdict anywhere in a quote's sentence ("if convicted", "a guilty plea",
/// "was jailed"): where any stands, the sentence speaks of a verdict and the rule says nothing.
const VERDICT_STEMS: &[&str] = &[
    "convict",
    "guilty",
    "sentenc",
    "acquit",
    "verdict",
    "jailed",
    "cleared of",
    "imprisoned",
];

/// Words of a quote that give a charge, not a verdict.
const CHARGES: &[&str] = &[
    "charged",
    "charges",
    "charge",
    "charging",
    "accused",
    "accuses",
    "accusing",
    "indicted",
    "indictment",
    "arrested",
    "suspected",
    "alleged",
    "allegedly",
    "prosecutors",
];

static VERDICT_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(VERDICT_STEMS)
        .expect("a few short words make an automaton")
});

/// The statement's words in lowercase, letters and digits only.
fn keys(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The phrase of `VERDICTS` the statement gives, as a verdict of its own: not after "not"
/// ("pleaded not guilty of" names no verdict either way here; `negation-cut` reads it).
fn verdict_in(words: &[String]) -> Option<&'static str> {
    (0..words.len()).find_map(|i| {
        let verdict = VERDICTS.iter().copied().find(|v| {
            let n = v.split(' ').count();
            (words.get(i..i + n)).is_some_and(|ws| ws.iter().map(String::as_str).eq(v.split(' ')))
        })?;
        let negated = i > 0 && matches!(words[i - 1].as_str(), "not" | "never");
        (!negated).then_some(verdict)
    })
}

/// The message for a statement that gives a verdict (`VERDICTS`) where every quote gives a
/// charge (`CHARGES`) and no quote, nor the rest of its sentence, speaks of a verdict.
/// `quotes` are each quote with the words of its sentence before and after it.
pub fn charge_as_verdict(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    // Most statements give no verdict: one look before they are read word by word.
    VERDICT_FINDER.find(statement)?;
    let verdict = verdict_in(&keys(statement))?;
    let mut charge = None;
    for [before, quote, after] in quotes {
        if [before, quote, after]
            .iter()
            .any(|t| VERDICT_FINDER.find(*t).is_some())
        {
            return None;
        }
        let words = keys(quote);
        let word = words
            .iter()
            .find_map(|w| CHARGES.iter().find(|c| **c == w.as_str()))?;
        charge.get_or_insert(*word);
    }
    Some(format!(
        "the quote says \u{201c}{}\u{201d}, the statement says \u{201c}{verdict}\u{201d}: it \
         states a charge as a verdict, which no quote gives",
        charge?
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_charge_is_no_verdict() {
        let q = [
            "",
            "He was charged on Tuesday with fraud and false accounting",
            "",
        ];
        let found = charge_as_verdict("He was convicted of fraud.", &[q]);
        assert!(found.is_some_and(|m| m.contains("\u{201c}charged\u{201d}")));
        assert!(charge_as_verdict("He was charged with fraud.", &[q]).is_none());
        let later = ["", q[1], " and convicted in 2019."];
        assert!(charge_as_verdict("He was convicted in 2019.", &[later]).is_none());
        assert!(charge_as_verdict("He pleaded not guilty of fraud.", &[q]).is_none());
        let kyiv = ["Luleå,", "Київ", "\u{1F600}"];
        assert!(charge_as_verdict("Luleå: convicted \u{1F600}", &[kyiv]).is_none());
    }
}
