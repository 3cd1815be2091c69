//! `hedge-dropped` for a charge stated as a verdict: every quote says someone was charged,
//! accused, indicted or arrested, no quote nor its sentence gives a verdict, and the statement
//! says they were convicted, found guilty, sentenced or acquitted; and so for an arrest stated
//! as a charge ("arrested on suspicion of murder" stated "charged with murder"). What a court
//! (or a prosecutor) has not decided stated as decided is the slip a court reporter's editor
//! looks for first.

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

/// The phrase of `phrases` the statement gives as its own: not after "not" or "never" within
/// two words ("pleaded not guilty of", "has not been charged" name no verdict nor charge here;
/// `negation-cut` reads them).
fn phrase_in(words: &[String], phrases: &[&'static str]) -> Option<&'static str> {
    (0..words.len()).find_map(|i| {
        let phrase = phrases.iter().copied().find(|v| {
            let n = v.split(' ').count();
            (words.get(i..i + n)).is_some_and(|ws| ws.iter().map(String::as_str).eq(v.split(' ')))
        })?;
        let negated = (words[i.saturating_sub(2)..i].iter())
            .any(|w| matches!(w.as_str(), "not" | "never" | "without"));
        (!negated).then_some(phrase)
    })
}

/// One step up the ladder of a case that a statement may take and no quote does: a charge
/// stated as a verdict, an arrest stated as a charge.
struct Step {
    /// What the statement says: "convicted", "charged with".
    stated: &'static [&'static str],
    /// What, anywhere in a quote's sentence, speaks of that step already ("if convicted").
    finder: &'static LazyLock<AhoCorasick>,
    /// What the quotes say, one step down: "charged", "arrested".
    quoted: &'static [&'static str],
    /// The message's name of each: "a charge as a verdict".
    what: &'static str,
}

/// The message for a statement that gives a step (`Step::stated`) where every quote gives the
/// one below and no quote, nor the rest of its sentence, speaks of the step. `quotes` are each
/// quote with the words of its sentence before and after it.
fn stepped_up(statement: &str, quotes: &[[&str; 3]], step: &Step) -> Option<String> {
    // Most statements give neither: one look before they are read word by word.
    step.finder.find(statement)?;
    let stated = phrase_in(&keys(statement), step.stated)?;
    let mut below = None;
    for [before, quote, after] in quotes {
        if [before, quote, after]
            .iter()
            .any(|t| step.finder.find(*t).is_some())
        {
            return None;
        }
        let words = keys(quote);
        let word = words
            .iter()
            .find_map(|w| step.quoted.iter().find(|c| **c == w.as_str()))?;
        below.get_or_insert(*word);
    }
    Some(format!(
        "the quote says \u{201c}{}\u{201d}, the statement says \u{201c}{stated}\u{201d}: it \
         states {}, which no quote gives",
        below?, step.what
    ))
}

/// A charge stated as a verdict: "was charged with fraud" stated "was convicted of fraud".
pub fn charge_as_verdict(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    let step = Step {
        stated: VERDICTS,
        finder: &VERDICT_FINDER,
        quoted: CHARGES,
        what: "a charge as a verdict",
    };
    stepped_up(statement, quotes, &step)
        .or_else(|| stepped_up(statement, quotes, &ARREST_AS_CHARGE))
}

/// Words of a statement that give a charge: "was charged with murder", "was indicted".
const CHARGED: &[&str] = &["charged", "indicted", "charged with"];

/// Stems that give a charge (or a verdict, further up) anywhere in a quote's sentence ("released
/// without charge", "has not been charged"): where any stands, the rule says nothing.
const CHARGE_STEMS: &[&str] = &[
    "charg", "indict", "convict", "guilty", "sentenc", "acquit", "verdict", "jailed",
];

/// Words of a quote that give an arrest, not a charge.
const ARRESTS: &[&str] = &["arrested", "detained", "suspicion", "questioned", "custody"];

static CHARGE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CHARGE_STEMS)
        .expect("a few short words make an automaton")
});

/// An arrest stated as a charge: "was arrested on suspicion of murder" stated "was charged
/// with murder". Police arrest on suspicion; prosecutors charge, later and not always.
const ARREST_AS_CHARGE: Step = Step {
    stated: CHARGED,
    finder: &CHARGE_FINDER,
    quoted: ARRESTS,
    what: "an arrest as a charge",
};

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
        assert!(charge_as_verdict("He has not been convicted.", &[q]).is_none());
        let kyiv = ["Luleå,", "Київ", "\u{1F600}"];
        assert!(charge_as_verdict("Luleå: convicted \u{1F600}", &[kyiv]).is_none());
    }
}
