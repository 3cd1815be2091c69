//! `hedge-dropped` on the prose of economics, science and elections: a hedge written in the
//! ways those pages write it, and the common faithful phrasings beside each, which must draw
//! nothing. Each test fails if the reader it pins is
//! removed.

mod common;
use common::{BRIEFING, Project};

/// The messages of `rule` for one fact whose statement is `statement` and whose quote is
/// `quote`, cited from a source whose text is `source`.
fn found(rule: &str, source: &str, statement: &str, quote: &str) -> Vec<String> {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  \
         - id: f\n    statement: '{statement}'\n    topic: T\n    sources:\n      - source: a\n        \
         quote: '{quote}'\n    verified_by: me\n"
    );
    let project = Project::new(&facts, &[("a.txt", source.as_bytes())]);
    let report = project.check();
    assert!(report.of("quote-not-found").is_empty(), "{quote}");
    report.of(rule).into_iter().map(|h| h.message).collect()
}

/// Whether `rule` finds the fact, with a message that names `words`.
fn finds(rule: &str, source: &str, statement: &str, quote: &str, words: &str) {
    let messages = found(rule, source, statement, quote);
    assert!(
        messages.len() == 1 && messages[0].contains(words),
        "{rule} for {statement:?} from {quote:?}, naming {words:?}: {messages:?}"
    );
}

fn silent(rule: &str, source: &str, statement: &str, quote: &str) {
    let messages = found(rule, source, statement, quote);
    assert!(
        messages.is_empty(),
        "{statement:?} from {quote:?}: {messages:?}"
    );
}

// ---------------------------------------------------------------- hedge-dropped

const ECONOMY: &str = "A widely prescribed blood pressure drug may slow cognitive decline in older \
adults. Inflation may fall below 3% by the spring, the bank said. Sales rose 4% in May, the \
company said. Theresa May said the deal was done. Visitors may enter the park from 9 a.m. \
Mercer is accused of inflating revenue by as much as 40% over three years. Damage estimates \
ranged from $8 billion to $12 billion, according to Verisk. Prices rose from $8 to $12 in a year. \
Turnout was estimated at 68%, the electoral commission said. Hospitalization rates are between 12 \
and 15 per cent, officials said, though the figures are preliminary. Preliminary results show \
a 3% rise in exports.\n";

#[test]
fn may_with_any_verb_is_a_hedge_but_not_the_month_or_a_name() {
    finds(
        "hedge-dropped",
        ECONOMY,
        "A widely prescribed blood pressure drug slows cognitive decline in older adults.",
        "A widely prescribed blood pressure drug may slow cognitive decline in older adults.",
        "may slow",
    );
    finds(
        "hedge-dropped",
        ECONOMY,
        "Inflation will fall below 3% by the spring, the bank said.",
        "Inflation may fall below 3% by the spring, the bank said.",
        "may fall",
    );
    silent(
        "hedge-dropped",
        ECONOMY,
        "The drug may slow cognitive decline in older adults.",
        "A widely prescribed blood pressure drug may slow cognitive decline in older adults.",
    );
    silent(
        "hedge-dropped",
        ECONOMY,
        "Sales rose 4% in May, the company said.",
        "Sales rose 4% in May, the company said.",
    );
    silent(
        "hedge-dropped",
        ECONOMY,
        "Theresa May said the deal was done.",
        "Theresa May said the deal was done.",
    );
    // Permission, kept as a modal in the statement's words.
    silent(
        "hedge-dropped",
        ECONOMY,
        "Visitors can enter the park from 9 a.m.",
        "Visitors may enter the park from 9 a.m.",
    );
}

#[test]
fn as_much_as_bounds_its_number_from_above() {
    let quote = "Mercer is accused of inflating revenue by as much as 40% over three years.";
    finds(
        "hedge-dropped",
        ECONOMY,
        "Mercer is accused of inflating revenue by at least 40% over three years.",
        quote,
        "as much as 40%",
    );
    finds(
        "hedge-dropped",
        ECONOMY,
        "Mercer is accused of inflating revenue by 40% over three years.",
        quote,
        "as much as 40%",
    );
    silent(
        "hedge-dropped",
        ECONOMY,
        "Mercer is accused of inflating revenue by up to 40% over three years.",
        quote,
    );
}

#[test]
fn a_range_from_one_end_to_the_other_is_a_range() {
    let quote = "Damage estimates ranged from $8 billion to $12 billion, according to Verisk.";
    finds(
        "hedge-dropped",
        ECONOMY,
        "Damage was put at $12 billion, according to Verisk.",
        quote,
        "from $8 billion to $12 billion",
    );
    silent(
        "hedge-dropped",
        ECONOMY,
        "Damage estimates ranged from $8 billion to $12 billion, according to Verisk.",
        quote,
    );
    // A change from one value to another is no range.
    silent(
        "hedge-dropped",
        ECONOMY,
        "Prices reached $12.",
        "Prices rose from $8 to $12 in a year.",
    );
}

#[test]
fn an_estimate_or_preliminary_figures_must_stay_so() {
    finds(
        "hedge-dropped",
        ECONOMY,
        "Turnout was 68%, the electoral commission said.",
        "Turnout was estimated at 68%, the electoral commission said.",
        "estimated at 68%",
    );
    silent(
        "hedge-dropped",
        ECONOMY,
        "Turnout was estimated at 68%, the electoral commission said.",
        "Turnout was estimated at 68%, the electoral commission said.",
    );
    let rates = "Hospitalization rates are between 12 and 15 per cent, officials said";
    finds(
        "hedge-dropped",
        ECONOMY,
        "Hospitalization rates are between 12 and 15 per cent, officials said.",
        rates,
        "preliminary",
    );
    silent(
        "hedge-dropped",
        ECONOMY,
        "Preliminary figures put hospitalization rates between 12 and 15 per cent.",
        rates,
    );
    finds(
        "hedge-dropped",
        ECONOMY,
        "Results show a 3% rise in exports.",
        "Preliminary results show a 3% rise in exports.",
        "preliminary",
    );
}
