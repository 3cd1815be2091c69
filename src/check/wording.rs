//! The rules about how a statement words what its quotes say: `hedge-dropped` (a qualifier of
//! the quotes lost in the statement) and `claim-unattributed` (a claim stated without whose it is).
//!
//! Both compare a statement with *all* its quotes: when one source states a thing flatly, the
//! statement may too, so the rules fire only when every quote qualifies or attributes it.

use super::Finding;
use super::numbers::{Mention, mentions};
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::rules::Rule;

/// Qualifiers that stand right before a number: "at least 660,000". (The synthetic fact bases
/// of `examples/synth.rs` use this list too, so they keep passing the rule.)
pub const NUMBER_HEDGES: &[&str] = &[
    "at least",
    "at most",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "more than",
    "fewer than",
    "less than",
    "up to",
    "as many as",
    "close to",
    "estimated",
    "an estimated",
];

/// Words that hedge a whole claim.
const CLAIM_HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "seemed to",
    "seems to",
    "appeared to",
    "appears to",
    "looked to have",
    "looks to have",
    "unconfirmed",
    "suggest",
];

/// Words by which a quote gives the claim to someone: "X said", "according to X".
const ATTRIBUTIONS: &[&str] = &[
    "according to",
    "said",
    "says",
    "say",
    "claims",
    "claimed",
    "claim",
    "alleged",
    "alleges",
    "allege",
    "told",
    "announced",
    "reports",
    "reported",
    "confirmed",
    "estimate",
    "estimates",
    "acknowledged",
    "wrote",
    "stressed",
    "insisted",
];

/// Uses of those words that give the claim to no one.
const NOT_ATTRIBUTIONS: &[&str] = &[
    "said to",
    "said goodbye",
    "been reported",
    "been said",
    "is reported",
    "are reported",
    "was reported",
    "were reported",
    "say goodbye",
];

/// The lowercased text with its words separated by single spaces, padded with a space at each
/// end, so that a phrase is found as whole words by looking for it between spaces.
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '\u{2019}' {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Whether `phrase` stands in `words` (as made by `words()`) as whole words.
fn has_phrase(words: &str, phrase: &str) -> bool {
    let bytes = words.as_bytes();
    let whole = |at: usize, len: usize| {
        at > 0 && bytes[at - 1] == b' ' && bytes.get(at + len) == Some(&b' ')
    };
    words
        .match_indices(phrase)
        .any(|(at, _)| whole(at, phrase.len()))
        || (phrase == "suggest" && words.match_indices("suggests").any(|(at, _)| whole(at, 8)))
}

fn first_phrase<'a>(words: &str, phrases: &[&'a str]) -> Option<&'a str> {
    phrases.iter().find(|p| has_phrase(words, p)).copied()
}

/// The qualifier right before a number mention, if any ("at least" in "at least 660,000").
fn qualifier(text: &str, mention: &Mention) -> Option<&'static str> {
    // The longest qualifier is a few words: the text just before the number is enough.
    let mut from = mention.start.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = words(&text[from..mention.start]);
    let ends_with_phrase = |h: &str| {
        before.len() >= h.len() + 2
            && before.ends_with(' ')
            && before[..before.len() - 1].ends_with(h)
            && before.as_bytes()[before.len() - 2 - h.len()] == b' '
    };
    NUMBER_HEDGES
        .iter()
        .copied()
        .filter(|h| ends_with_phrase(h))
        .max_by_key(|h| h.len())
}

/// The word by which the text gives its claim to someone, if it does.
fn attributes(words: &str) -> Option<&'static str> {
    // Uses that give the claim to no one are blanked first; they are rare, so this seldom copies.
    let mut masked = std::borrow::Cow::Borrowed(words);
    for phrase in NOT_ATTRIBUTIONS {
        if has_phrase(&masked, phrase) {
            masked = std::borrow::Cow::Owned(masked.replace(&format!(" {phrase} "), " "));
        }
    }
    first_phrase(&masked, ATTRIBUTIONS)
}

fn quotes(fact: &Fact) -> Vec<&str> {
    fact.sources
        .value
        .iter()
        .filter_map(|c| c.quote.as_ref().map(|q| q.value.as_str()))
        .filter(|q| !q.trim().is_empty())
        .collect()
}

/// Runs both rules, splitting each quote into words once for the two of them.
pub fn check(fact: &Spanned<Fact>, out: &mut Vec<Finding>) {
    let quotes = quotes(fact);
    let quote_words: Vec<String> = quotes.iter().map(|q| words(q)).collect();
    hedge_dropped(fact, &quotes, &quote_words, out);
    claim_unattributed(fact, &quotes, &quote_words, out);
}

fn hedge_dropped(
    fact: &Spanned<Fact>,
    quotes: &[&str],
    quote_words: &[String],
    out: &mut Vec<Finding>,
) {
    if quotes.is_empty() {
        return;
    }
    let id = fact.id.value.as_str();
    let statement = fact.statement.value.as_str();
    let statement_words = words(statement);

    // A number the statement gives bare, which every quote that has it qualifies.
    for stated in mentions(statement) {
        if qualifier(statement, &stated).is_some() {
            continue;
        }
        let mut qualified: Option<(&str, String)> = None;
        let mut bare_somewhere = false;
        for quote in quotes {
            for m in mentions(quote).iter().filter(|m| m.value == stated.value) {
                match qualifier(quote, m) {
                    Some(q) => {
                        qualified.get_or_insert((q, m.text.clone()));
                    }
                    None => bare_somewhere = true,
                }
            }
        }
        if let (Some((q, number)), false) = (qualified, bare_somewhere) {
            out.push(
                Finding::new(
                    Rule::HedgeDropped,
                    fact.statement.pos,
                    format!(
                        "fact `{id}`: the quote says \u{201c}{q} {number}\u{201d}, the statement \
                         gives {} without \u{201c}{q}\u{201d}",
                        stated.text
                    ),
                )
                .fact(id),
            );
            return;
        }
    }

    // A claim every quote hedges, stated flatly.
    let hedges: Vec<Option<&str>> = quote_words
        .iter()
        .map(|w| first_phrase(w, CLAIM_HEDGES))
        .collect();
    if let Some(Some(hedge)) = hedges.first()
        && hedges.iter().all(Option::is_some)
        && first_phrase(&statement_words, CLAIM_HEDGES).is_none()
        && attributes(&statement_words).is_none()
    {
        out.push(
            Finding::new(
                Rule::HedgeDropped,
                fact.statement.pos,
                format!(
                    "fact `{id}`: the quotes hedge the claim (\u{201c}{hedge}\u{201d}), the \
                     statement states it flatly"
                ),
            )
            .fact(id),
        );
    }
}

fn claim_unattributed(
    fact: &Spanned<Fact>,
    quotes: &[&str],
    quote_words: &[String],
    out: &mut Vec<Finding>,
) {
    if fact.claimed_by.is_some() {
        return;
    }
    let attributions: Vec<Option<&str>> = quote_words.iter().map(|w| attributes(w)).collect();
    if let Some(Some(word)) = attributions.first()
        && attributions.iter().all(Option::is_some)
    {
        let id = fact.id.value.as_str();
        let what = if quotes.len() == 1 {
            "its quote gives the claim to someone"
        } else {
            "all its quotes give the claim to someone"
        };
        out.push(
            Finding::new(
                Rule::ClaimUnattributed,
                fact.pos,
                format!(
                    "fact `{id}`: {what} (\u{201c}{word}\u{201d}), but the fact has no \
                     `claimed_by`: add whose claim it is"
                ),
            )
            .fact(id),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_are_read_right_before_numbers() {
        let text = "At least 660,000 individuals have left, and over 26 tonnes";
        let ms = mentions(text);
        assert_eq!(qualifier(text, &ms[0]), Some("at least"));
        assert_eq!(qualifier(text, &ms[1]), Some("over"));
        let bare = "660,000 people left";
        assert_eq!(qualifier(bare, &mentions(bare)[0]), None);
    }

    #[test]
    fn attribution_is_told_from_other_uses_of_the_words() {
        assert_eq!(
            attributes(&words("Kyiv alleged in a statement")),
            Some("alleged")
        );
        assert_eq!(
            attributes(&words("according to the United Nations")),
            Some("according to")
        );
        assert_eq!(
            attributes(&words("Family members said goodbye to each other")),
            None
        );
        assert_eq!(
            attributes(&words("Russia is said to have launched another attack")),
            None
        );
        assert_eq!(
            attributes(&words("Heavy shelling has been reported from Mariupol")),
            None
        );
    }
}
