//! The wording rules on the copy of wires, live blogs, interviews, court records, press
//! releases and bulletins: a negation, a speaker or a hedge written the ways those pages write
//! it, and the faithful phrasings beside each, which must draw nothing. Each test fails if the
//! reader it pins is removed.

mod common;
use common::{BRIEFING, Project};

/// The messages of `rule` for one fact whose statement is `statement` and whose quote is
/// `quote`, cited from a source whose text is `source`; `extra` are more lines of the fact
/// (`claimed_by`).
fn found_with(rule: &str, source: &str, statement: &str, extra: &str, quote: &str) -> Vec<String> {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  \
         - id: f\n    statement: '{statement}'\n    topic: T\n{extra}    sources:\n      - source: \
         a\n        quote: '{quote}'\n    verified_by: me\n"
    );
    let project = Project::new(&facts, &[("a.txt", source.as_bytes())]);
    let report = project.check();
    assert!(report.of("quote-not-found").is_empty(), "{quote}");
    assert!(report.of("invalid-yaml").is_empty(), "{statement} {quote}");
    report.of(rule).into_iter().map(|h| h.message).collect()
}

fn found(rule: &str, source: &str, statement: &str, quote: &str) -> Vec<String> {
    found_with(rule, source, statement, "", quote)
}

/// Whether `rule` finds the fact once, with a message that names `words`.
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

// ---------------------------------------------------------------- negation-cut

const VERDICT: &str = "THE CLERK: In respect of Kelly-Anne Price, do you find the defendant \
guilty or not guilty?\n\nTHE FOREMAN: Not guilty.\n\nTHE CLERK: In respect of Darren Ashworth, \
guilty or not guilty?\n\nTHE FOREMAN: Guilty.\n";

#[test]
fn a_not_guilty_verdict_stated_as_guilty_is_found() {
    let quote = "do you find the defendant guilty or not guilty? THE FOREMAN: Not guilty.";
    finds(
        "negation-cut",
        VERDICT,
        "Kelly-Anne Price was found guilty.",
        quote,
        "\u{201c}Not guilty.\u{201d}",
    );
    silent(
        "negation-cut",
        VERDICT,
        "The jury found Kelly-Anne Price not guilty.",
        quote,
    );
    // The verdict that is "Guilty." says it plainly.
    silent(
        "negation-cut",
        VERDICT,
        "Darren Ashworth was found guilty.",
        "guilty or not guilty? THE FOREMAN: Guilty.",
    );
}

const REFUSED: &str = "Will there be more cuts? INGRID HALVORSEN: I can\u{2019}t rule it out. The \
minister said she could not rule out more cuts this year. The report did not name any \
individual. The report named two managers.\n";

#[test]
fn a_verb_after_a_negated_modal_stated_in_another_form_is_found() {
    finds(
        "negation-cut",
        REFUSED,
        "Halvorsen ruled out more job cuts this year.",
        "I can\u{2019}t rule it out.",
        "rule it out",
    );
    finds(
        "negation-cut",
        REFUSED,
        "The minister ruled out more cuts this year.",
        "she could not rule out more cuts this year",
        "could not rule out",
    );
    finds(
        "negation-cut",
        REFUSED,
        "The report named the individuals responsible.",
        "The report did not name any individual.",
        "did not name any individual",
    );
    // Said the source's way, or what is said plainly.
    silent(
        "negation-cut",
        REFUSED,
        "The minister did not rule out more cuts this year.",
        "she could not rule out more cuts this year",
    );
    silent(
        "negation-cut",
        REFUSED,
        "The report named two managers.",
        "The report named two managers.",
    );
}

const UNSAID: &str = "Police did not say how many of those arrested had been charged. Judge \
Okonjo: I have not decided whether a custodial sentence is inevitable in your case. \"It is far \
too early to say whether this was an accident,\" the prefect said. Police said when the march \
began that it was peaceful. The judge has decided that a custodial sentence is inevitable.\n";

#[test]
fn a_question_left_open_stated_as_said_is_found() {
    finds(
        "negation-cut",
        UNSAID,
        "Police said those arrested had been charged.",
        "those arrested had been charged",
        "did not say how many of",
    );
    finds(
        "negation-cut",
        UNSAID,
        "The judge said a custodial sentence is inevitable.",
        "a custodial sentence is inevitable in your case",
        "I have not decided whether",
    );
    finds(
        "negation-cut",
        UNSAID,
        "The prefect said the fire was an accident.",
        "this was an accident",
        "too early to say whether",
    );
    // A question word that opens no question left open, and the same said plainly.
    silent(
        "negation-cut",
        UNSAID,
        "Police said it was peaceful.",
        "it was peaceful",
    );
    silent(
        "negation-cut",
        UNSAID,
        "The judge said a custodial sentence is inevitable.",
        "The judge has decided that a custodial sentence is inevitable.",
    );
}
