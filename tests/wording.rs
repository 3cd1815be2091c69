//! What a quote's words and sentence say of the claim: `negation-cut` (a quote whose source
//! turns it around in words it leaves out), `hedge-dropped` for a qualifier turned around, and
//! claimants that name someone (`claim-unattributed` on `claimed_by`, `suggest`'s claimant).
//! Each test fails if the behaviour it pins is removed.

mod common;
use common::{BRIEFING, Project, Report};

const ARTICLE: &str = "Police in the region said that a dozen people were still missing. \
\"We are not yet able to say that the missing are dead,\" the police chief told reporters. \
Prime Minister Andrei Popa conceded that the result was \"a clear message\", but insisted his \
party had \"not been defeated\". The government has denied that the dam was poorly \
maintained. It is not only the dam that failed. Fewer than 100 people attended the meeting. \
As many as 5,000 people fled the valley. Kherson's mayor, Igor Kolykhaev, has confirmed that \
300 people were killed in the city. The death toll could reach 200. The National Union is \
projected to win 52 of the 120 seats, short of the 61 needed for a majority. Water was seeping \
through the wall at three points, they added. The dam is at risk, engineers warned on Tuesday. Two people drowned near the dam, local media reported. \"There is no danger to residents,\" he claimed, although he admitted that \
some basements had flooded. Speaking to supporters in Brava, Civic Alliance leader Mara Ionescu \
said: \"Tonight the people of Valdoria have said enough.\" \"We have evacuated 1,200 people,\" a \
spokesperson for the fire service said. \"No one is missing.\" Between 10 and 15 villages remain cut \
off. This has not been independently confirmed. Roughly a third of homes were made of masonry. Unconfirmed reports say 40 people died in the blast.\n";

/// A project with the article as source `a` and one fact `f`: its statement on line 11 (at
/// column 16), then `extra` lines, then its quote (at column 16) on line 15 plus the lines of
/// `extra`.
fn fact(statement: &str, extra: &str, quote: &str) -> Project {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n{extra}    sources:\n      - source: a\n        quote: '{quote}'\n    verified_by: me\n"
    );
    Project::new(&facts, &[("a.txt", ARTICLE.as_bytes())])
}

fn check(statement: &str, extra: &str, quote: &str) -> Report {
    fact(statement, extra, quote).check()
}

// ---------------------------------------------------------------- negation-cut

#[test]
fn a_negation_cut_right_before_the_quote_is_found() {
    let r = check(
        "The police said the missing are dead.",
        "",
        "able to say that the missing are dead",
    );
    let hit = r.one("negation-cut", 15, 16);
    assert!(
        hit.message.contains("\u{201c}not\u{201d}") && hit.message.contains("We are not yet"),
        "{hit:?}"
    );
    // A statement that keeps the negation says it the source's way.
    check(
        "The police are not yet able to say that the missing are dead.",
        "",
        "able to say that the missing are dead",
    )
    .none("negation-cut");
}

#[test]
fn an_ellipsis_that_skips_not_is_found() {
    let r = check(
        "Andrei Popa conceded that his party had been defeated.",
        "    claimed_by: Andrei Popa\n",
        "Andrei Popa conceded ... his party had ... been defeated",
    );
    let hit = r.one("negation-cut", 16, 16);
    assert!(hit.message.contains("at the quote's ellipsis"), "{hit:?}");
    // The whole phrase quoted is faithful.
    check(
        "Andrei Popa insisted that his party had not been defeated.",
        "    claimed_by: Andrei Popa\n",
        "his party had \"not been defeated\"",
    )
    .none("negation-cut");
}

#[test]
fn a_denial_cut_from_the_quote_is_found() {
    let r = check(
        "The dam was poorly maintained.",
        "",
        "the dam was poorly maintained",
    );
    let hit = r.one("negation-cut", 15, 16);
    assert!(hit.message.contains("\u{201c}denied\u{201d}"), "{hit:?}");
    check(
        "The government denied that the dam was poorly maintained.",
        "",
        "The government has denied that the dam was poorly maintained",
    )
    .none("negation-cut");
}

#[test]
fn a_denial_inside_the_quote_that_the_statement_drops_is_found() {
    let quote = "The government has denied that the dam was poorly maintained";
    let hit = check("The dam was poorly maintained.", "", quote).one("negation-cut", 15, 16);
    assert_eq!(
        hit.message,
        "fact `f`: the quote from `a` says \u{201c}The government has denied that\u{201d}, and \
         the statement drops the \u{201c}denied\u{201d}: say it the source's way"
    );
    // Stated with the denial, or a denial of something the statement does not say: let be.
    check(
        "The government denied the dam was poorly maintained.",
        "",
        quote,
    )
    .none("negation-cut");
    check("The government spoke about the dam.", "", quote).none("negation-cut");
}

#[test]
fn not_only_keeps_the_meaning() {
    check("The dam failed.", "", "the dam that failed").none("negation-cut");
}

// ---------------------------------------------------------------- hedge-dropped, turned around

#[test]
fn a_bound_turned_around_in_the_statement_is_found() {
    let r = check(
        "More than 100 people attended the meeting.",
        "",
        "Fewer than 100 people attended the meeting.",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("\u{201c}fewer than 100\u{201d}, the statement turns it around"),
        "{hit:?}"
    );
    check(
        "Fewer than 100 people attended the meeting.",
        "",
        "Fewer than 100 people attended the meeting.",
    )
    .none("hedge-dropped");
}

#[test]
fn a_figure_qualifier_turned_around_is_found_at_the_qualifier() {
    let r = check(
        "Up to 5,000 people fled.",
        "    figure:\n      value: 5000\n      label: fled\n      qualifier: at least\n",
        "As many as 5,000 people fled the valley.",
    );
    let hit = r.one("hedge-dropped", 16, 18);
    assert!(
        hit.message
            .contains("`qualifier: at least`: make it `qualifier: up to`"),
        "{hit:?}"
    );
    check(
        "Up to 5,000 people fled.",
        "    figure:\n      value: 5000\n      label: fled\n      qualifier: up to\n",
        "As many as 5,000 people fled the valley.",
    )
    .none("hedge-dropped");
}

// ---------------------------------------------------------------- claimants

#[test]
fn a_claimed_by_that_names_no_one_is_found() {
    let quote = "300 people were killed in the city";
    for no_one in ["and", "has", "its mayor has", "an earlier statement"] {
        let r = check(
            "300 people were killed in Kherson.",
            &format!("    claimed_by: \"{no_one}\"\n"),
            quote,
        );
        let hit = r.one("claim-unattributed", 13, 17);
        assert!(hit.message.contains("names no one"), "{hit:?}");
    }
    check(
        "300 people were killed in Kherson.",
        "    claimed_by: Igor Kolykhaev\n",
        quote,
    )
    .none("claim-unattributed");
}

#[test]
fn suggest_names_the_speaker_not_the_auxiliary() {
    let p = fact("s", "", "the dam that failed");
    let out = p.run(&["suggest", "a", "--limit", "30"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.contains("claimed_by: \"Igor Kolykhaev\""),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("claimed_by: \"has\""),
        "{}",
        out.stdout
    );
}

// ---------------------------------------------------------------- hedges and attributions

#[test]
fn a_modal_hedge_in_the_quote_is_found_but_not_in_the_clause_beside_it() {
    let r = check(
        "The death toll is 200.",
        "",
        "The death toll could reach 200.",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}could reach\u{201d}"),
        "{hit:?}"
    );
    // "projected to" hedges the 52 seats, not the 61 needed for a majority.
    check(
        "61 seats are needed for a majority.",
        "",
        "short of the 61 needed for a majority",
    )
    .none("hedge-dropped");
}

#[test]
fn warned_and_they_added_attribute_the_words_they_follow() {
    let r = check("The dam is at risk.", "", "The dam is at risk");
    let hit = r.one("attribution-cut", 15, 16);
    assert!(hit.message.contains("\u{201c}warned\u{201d}"), "{hit:?}");
    let r = check(
        "Water was seeping through the wall.",
        "",
        "Water was seeping through the wall at three points",
    );
    let hit = r.one("attribution-cut", 15, 16);
    assert!(
        hit.message.contains("\u{201c}they added\u{201d}"),
        "{hit:?}"
    );
}

#[test]
fn a_statement_that_says_local_media_report_attributes_its_claim() {
    let quote = "Two people drowned near the dam, local media reported.";
    let r = check("Two people drowned near the dam.", "", quote);
    r.one("claim-unattributed", 10, 5);
    check(
        "Two people drowned near the dam, local media report.",
        "",
        quote,
    )
    .none("claim-unattributed");
}

#[test]
fn attribution_cut_names_the_attribution_nearest_the_quote_and_not_speech() {
    let r = check(
        "Some basements had flooded.",
        "",
        "some basements had flooded",
    );
    let hit = r.one("attribution-cut", 15, 16);
    assert!(
        hit.message.contains("(\u{201c}admitted that\u{201d})"),
        "{hit:?}"
    );
    // What follows "said:" is the speech, not whose the quote is.
    check(
        "Mara Ionescu spoke to supporters in Brava.",
        "",
        "Speaking to supporters in Brava, Civic Alliance leader Mara Ionescu said",
    )
    .none("attribution-cut");
}

#[test]
fn the_sentences_next_to_the_quote_attribute_and_hedge_it() {
    // Quoted speech that goes on from the sentence before is that speaker's.
    let r = check("No one is missing.", "", "No one is missing.");
    let hit = r.one("attribution-cut", 15, 16);
    assert!(
        hit.message
            .contains("goes on with the speech of the sentence before it")
            && hit.message.contains("(\u{201c}said\u{201d})"),
        "{hit:?}"
    );
    check(
        "The fire service said no one is missing.",
        "",
        "No one is missing.",
    )
    .none("attribution-cut");
    // "This has not been independently confirmed" after it hedges it.
    let r = check(
        "Between 10 and 15 villages remain cut off.",
        "",
        "Between 10 and 15 villages remain cut off.",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("not been independently confirmed"),
        "{hit:?}"
    );
}

#[test]
fn a_share_in_words_keeps_its_qualifier() {
    let quote = "Roughly a third of homes were made of masonry.";
    let r = check("A third of homes were made of masonry.", "", quote);
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}roughly a third\u{201d}"),
        "{hit:?}"
    );
    check("Roughly a third of homes were made of masonry.", "", quote).none("hedge-dropped");
}

/// A project whose fact `f` has two quotes of the article: its statement on line 11.
fn two_quotes(statement: &str, first: &str, second: &str) -> Report {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n    sources:\n      - source: a\n        quote: '{first}'\n      - source: a\n        quote: '{second}'\n    verified_by: me\n"
    );
    Project::new(&facts, &[("a.txt", ARTICLE.as_bytes())]).check()
}

#[test]
fn a_number_only_hedged_quotes_give_is_hedged_though_another_quote_is_flat() {
    let flat = "As many as 5,000 people fled the valley.";
    let hedged = "Unconfirmed reports say 40 people died in the blast.";
    let r = two_quotes("As many as 5,000 people fled and 40 died.", flat, hedged);
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("the quotes that give 40 hedge it (\u{201c}unconfirmed\u{201d})"),
        "{hit:?}"
    );
    // One source that states the claim flatly is enough for the rest.
    two_quotes("As many as 5,000 people fled.", flat, hedged).none("hedge-dropped");
}

/// `check` over its own article, for the rules that read the words right around a quote.
fn check_in(article: &str, statement: &str, extra: &str, quote: &str) -> Report {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n{extra}    sources:\n      - source: a\n        quote: '{quote}'\n    verified_by: me\n"
    );
    Project::new(&facts, &[("a.txt", article.as_bytes())]).check()
}

const CUT: &str = "The company serves about 2.6 million customers in the south. Roughly a third of \
them pay by card. Ofwat said 40 staff were questioned.\n";

#[test]
fn an_attribution_written_across_a_dash_after_accents_is_read_without_a_crash() {
    // words() reads "according—to" as "according to", which is not written so in the text:
    // what follows it must not be cut at a byte inside "é".
    let article = "The bridge was closed \u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9} according\u{2014}to officials on Monday.\n";
    let r = check_in(
        article,
        "The bridge was closed.",
        "",
        "The bridge was closed",
    );
    assert_eq!(r.code, Some(0), "{:?}", r.hits());
    r.one("attribution-cut", 15, 16);
}

const GRAB: &str = "\"It's not a tax grab,\" the mayor said of the new terrace fees. The fire \
is not yet under control. Crews said the fire was not yet under control.\n";

#[test]
fn a_negation_cut_off_a_short_quote_is_found_where_the_quote_has_one_place() {
    // Three words are too few to be sure of, but they stand at one place, after "not".
    let r = check_in(GRAB, "The terrace fees are a tax grab.", "", "a tax grab");
    r.one("quote-ambiguous", 15, 16);
    let hit = r.one("negation-cut", 15, 16);
    assert!(hit.message.contains("\u{201c}not\u{201d}"), "{hit:?}");
    // Words that stand at two places are read at neither.
    check_in(GRAB, "The fire is under control.", "", "yet under control").none("negation-cut");
}

const CONSULTED: &str = "Residents said they had not been consulted about the plan. \
The mayor said the aid was not nearly enough.\n";

#[test]
fn a_statement_with_the_quotes_own_without_does_not_negate_it_its_own_way() {
    let r = check_in(
        "\"We will not leave anyone without help,\" Donald Tusk said.\n",
        "Poland would leave some people without help.",
        "",
        "leave anyone without help",
    );
    r.one("negation-cut", 15, 16);
}

#[test]
fn a_negation_of_the_quote_that_the_statement_drops_is_found() {
    let r = check_in(
        CONSULTED,
        "Residents had been consulted about the plan.",
        "",
        "Residents said they had not been consulted about the plan",
    );
    let hit = r.one("negation-cut", 15, 16);
    assert!(
        hit.message
            .contains("says \u{201c}had not been consulted\u{201d}")
            && hit.message.contains("drops the \u{201c}not\u{201d}"),
        "{hit:?}"
    );
    // The statement that keeps it, or says something else in its place, is let be.
    for statement in [
        "Residents had not been consulted about the plan.",
        "Residents were left out of the plan.",
        "No one had been consulted about the plan.",
    ] {
        check_in(
            CONSULTED,
            statement,
            "",
            "Residents said they had not been consulted about the plan",
        )
        .none("negation-cut");
    }
}

#[test]
fn a_hedge_that_ends_right_before_the_quote_governs_it() {
    // "is projected to |win 52 of the 120 seats|": the quote's claim is a projection.
    let r = check(
        "The National Union will win 52 of the 120 seats.",
        "",
        "win 52 of the 120 seats",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}projected to\u{201d}"),
        "{hit:?}"
    );
    // A statement that keeps the hedge says it the source's way.
    check(
        "The National Union is projected to win 52 of the 120 seats.",
        "",
        "win 52 of the 120 seats",
    )
    .none("hedge-dropped");
}

const ASKED: &str = "Asked whether Russian troops had entered the city, the mayor declined to \
comment. If the dam gives way, 20,000 homes would be flooded. Officials said the troops had left.\n";

#[test]
fn a_question_cut_off_right_before_the_quote_is_no_claim() {
    // "Asked whether |Russian troops had entered the city|": a question, not a report.
    let r = check_in(
        ASKED,
        "Russian troops had entered the city.",
        "",
        "Russian troops had entered the city",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("\u{201c}whether\u{201d}"), "{hit:?}");
    // A bare "if" opens no question ("even if", "as if", "If you look at ...").
    check_in(ASKED, "The dam gave way.", "", "the dam gives way").none("hedge-dropped");
    // A statement that keeps the question says it the source's way; a quote after "said" is
    // a claim.
    check_in(
        ASKED,
        "The mayor would not say whether Russian troops had entered the city.",
        "",
        "Russian troops had entered the city",
    )
    .none("hedge-dropped");
    check_in(ASKED, "The troops had left.", "", "the troops had left").none("hedge-dropped");
}

#[test]
fn a_qualifier_cut_off_right_before_the_quote_is_found() {
    let r = check_in(
        CUT,
        "The company serves 2.6 million customers.",
        "",
        "2.6 million customers in the south",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote leaves out \u{201c}about\u{201d} before \u{201c}2.6 million\u{201d}"
        ),
        "{hit:?}"
    );
    // An article between the qualifier and the number does not hide it.
    let r = check_in(
        CUT,
        "A third of them pay by card.",
        "",
        "a third of them pay by card",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("\u{201c}roughly\u{201d}"), "{hit:?}");
    // A statement that keeps the qualifier, and a number that is not the quote's first word.
    check_in(
        CUT,
        "The company serves about 2.6 million customers.",
        "",
        "2.6 million customers in the south",
    )
    .none("hedge-dropped");
    check_in(
        CUT,
        "Ofwat said 40 staff were questioned.",
        "",
        "said 40 staff were questioned",
    )
    .none("hedge-dropped");
}

const SUSPECTED: &str = "Health authorities have recorded 3,218 suspected cases, of which 1,460 \
have been confirmed. Police suspected that the well was the source.\n";

#[test]
fn a_suspected_case_stated_as_a_case_is_a_dropped_hedge() {
    let r = check_in(
        SUSPECTED,
        "Health authorities have confirmed 3,218 cases, the WHO says.",
        "    claimed_by: WHO\n",
        "Health authorities have recorded 3,218 suspected cases",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}suspected cases\u{201d}, the statement drops \u{201c}suspected\u{201d}"
        ),
        "{hit:?}"
    );
    // Cut off right after the quote.
    let r = check_in(
        SUSPECTED,
        "There have been 3,218 cases.",
        "",
        "Health authorities have recorded 3,218",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("the quote leaves out \u{201c}suspected\u{201d}"),
        "{hit:?}"
    );
    // The statement that keeps it, a number the word does not qualify, and the verb.
    check_in(
        SUSPECTED,
        "There have been 3,218 suspected cases.",
        "",
        "Health authorities have recorded 3,218 suspected cases",
    )
    .none("hedge-dropped");
    check_in(
        SUSPECTED,
        "1,460 cases have been confirmed.",
        "",
        "3,218 suspected cases, of which 1,460 have been confirmed",
    )
    .none("hedge-dropped");
    check_in(
        SUSPECTED,
        "Police thought the well was the source.",
        "",
        "Police suspected that the well was the source",
    )
    .none("hedge-dropped");
}

const MODAL: &str = "Officials warned the toll could climb further once debris was cleared. \
Aid agencies said the cost may exceed $150 million. Cases have roughly doubled in ten days. \
Seismologists said aftershocks were expected to continue for weeks.\n";

#[test]
fn a_modal_hedge_turned_into_will_is_found_though_the_statement_attributes_it() {
    let r = check_in(
        MODAL,
        "Officials said the toll will climb further.",
        "    claimed_by: officials\n",
        "could climb further once debris was cleared",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("(\u{201c}could climb\u{201d}), the statement states it without the doubt"),
        "{hit:?}"
    );
    let r = check_in(
        MODAL,
        "Reconstruction will cost more than $150 million, aid agencies said.",
        "    claimed_by: aid agencies\n",
        "the cost may exceed $150 million",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}may exceed\u{201d}"),
        "{hit:?}"
    );
    let r = check_in(
        MODAL,
        "Cases have doubled.",
        "",
        "Cases have roughly doubled",
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}roughly doubled\u{201d}"),
        "{hit:?}"
    );
    // A statement that keeps a doubt in its own words.
    check_in(
        MODAL,
        "Officials said the toll might rise further.",
        "    claimed_by: officials\n",
        "could climb further once debris was cleared",
    )
    .none("hedge-dropped");
}

const FRAMES: &str = "Petrov added: \"Our air defences destroyed 14 drones. The situation is \
under control.\" \"Twelve soldiers were captured,\" the army tweeted. The ministry stated that 40 \
soldiers had been wounded. The firm added 4,000 jobs. It previously stated that the dam was built \
in 1978; it was built in 1987.\n";

/// Quoted speech framed by a verb that elsewhere says other things ("added", "tweeted", "read")
/// is someone's, and so is what a verb of saying gives with "that" ("stated that").
#[test]
fn speech_framed_by_any_verb_of_saying_is_someones() {
    for (statement, quote) in [
        (
            "The situation is under control.",
            "The situation is under control.",
        ),
        (
            "Twelve soldiers were captured.",
            "Twelve soldiers were captured",
        ),
        (
            "40 soldiers had been wounded.",
            "40 soldiers had been wounded",
        ),
    ] {
        let hit = check_in(FRAMES, statement, "", quote).one("attribution-cut", 15, 16);
        assert!(hit.message.contains("gives it to someone"), "{hit:?}");
        check_in(FRAMES, statement, "    claimed_by: the army\n", quote).none("attribution-cut");
    }
    // No speech: a verb of other meaning, a clause a semicolon closed.
    check_in(
        FRAMES,
        "The firm added 4,000 jobs.",
        "",
        "The firm added 4,000 jobs",
    )
    .none("attribution-cut");
    check_in(
        FRAMES,
        "The dam was built in 1987.",
        "",
        "it was built in 1987",
    )
    .none("attribution-cut");
}

const NOT_DONE: &str = "The convoy failed to reach the besieged town of Dilling. The clinic is no \
longer operating after staff fled. The government has yet to confirm that 200 prisoners were \
released. Police have not confirmed the cause of the crash.\n";

/// What someone failed to do, what no longer is, and what is yet to be confirmed, stated as
/// done, as so, as confirmed.
#[test]
fn failed_to_no_longer_and_yet_to_confirm_are_kept() {
    let reach = "reach the besieged town of Dilling";
    let hit =
        check_in(NOT_DONE, "The convoy reached Dilling.", "", reach).one("negation-cut", 15, 16);
    assert!(hit.message.contains("\u{201c}failed\u{201d}"), "{hit:?}");
    check_in(NOT_DONE, "The convoy failed to reach Dilling.", "", reach).none("negation-cut");
    let operating = "The clinic is no longer operating";
    let hit =
        check_in(NOT_DONE, "The clinic is operating.", "", operating).one("negation-cut", 15, 16);
    assert!(
        hit.message.contains("drops the \u{201c}no longer\u{201d}"),
        "{hit:?}"
    );
    check_in(NOT_DONE, "The clinic no longer operates.", "", operating).none("negation-cut");
    let cause = "Police have not confirmed the cause of the crash.";
    let statement = "Police confirmed the cause of the crash.";
    check_in(NOT_DONE, statement, "", cause).one("negation-cut", 15, 16);
    let released = "200 prisoners were released";
    check_in(NOT_DONE, "200 prisoners were released.", "", released).one("hedge-dropped", 11, 16);
    check_in(
        NOT_DONE,
        "The government said 200 prisoners were released.",
        "    claimed_by: the government\n",
        released,
    )
    .one("hedge-dropped", 11, 16);
}

const KNOWN_SO_FAR: &str = "They were there legally, with valid visas, as far as we are aware, \
the spokesman said. On Saturday, El Granado reached 46C, provisionally a new national record for \
June, the agency said. Local residents posted videos appearing to show a large fire at the \
depot.\n";

#[test]
fn what_is_known_so_far_or_provisionally_or_appearing_to_be_is_a_hedge() {
    let spokesman = "    claimed_by: the spokesman\n";
    let visas = "They were there legally, with valid visas, as far as we are aware";
    let hit = check_in(
        KNOWN_SO_FAR,
        "The spokesman said the aid workers had valid visas.",
        spokesman,
        visas,
    )
    .one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("\u{201c}as far as we are aware\u{201d}"),
        "{hit:?}"
    );
    check_in(
        KNOWN_SO_FAR,
        "The spokesman said the aid workers had valid visas, as far as the US was aware.",
        spokesman,
        visas,
    )
    .none("hedge-dropped");
    let agency = "    claimed_by: the agency\n";
    let record = "El Granado reached 46C, provisionally a new national record for June";
    check_in(
        KNOWN_SO_FAR,
        "El Granado set a national June record of 46C, the agency said.",
        agency,
        record,
    )
    .one("hedge-dropped", 11, 16);
    check_in(
        KNOWN_SO_FAR,
        "El Granado reached 46C, provisionally a national June record, the agency said.",
        agency,
        record,
    )
    .none("hedge-dropped");
    let videos = "Local residents posted videos appearing to show a large fire at the depot.";
    check_in(
        KNOWN_SO_FAR,
        "Videos showed a large fire at the depot.",
        "",
        videos,
    )
    .one("hedge-dropped", 11, 16);
    check_in(
        KNOWN_SO_FAR,
        "Videos appeared to show a large fire at the depot.",
        "",
        videos,
    )
    .none("hedge-dropped");
}

#[test]
fn a_statement_that_says_experts_expect_it_keeps_the_hedge() {
    check_in(
        MODAL,
        "Seismologists expect aftershocks to continue for weeks.",
        "    claimed_by: seismologists\n",
        "Seismologists said aftershocks were expected to continue for weeks.",
    )
    .none("hedge-dropped");
}

const CLAUSES: &str = "Residents of the valley, many of whom slept outside, said they were \
afraid to go home. Berlin plans to borrow up to 500 billion euros, a shift that economists at \
Commerzbank said could add growth. The judge reduced the fine by a quarter, citing the \
company's cooperation. The dam was breached on Monday, said the mayor. The plant has closed, \
a news agency reported, citing Interfax.\n";

#[test]
fn a_verb_of_saying_with_a_clause_of_its_own_does_not_attribute_the_quote() {
    for (statement, quote) in [
        (
            "Many residents slept outside.",
            "Residents of the valley, many of whom slept outside",
        ),
        (
            "Berlin plans to borrow up to 500 billion euros.",
            "Berlin plans to borrow up to 500 billion euros",
        ),
        (
            "The judge reduced the fine by a quarter.",
            "The judge reduced the fine by a quarter",
        ),
    ] {
        check_in(CLAUSES, statement, "", quote).none("attribution-cut");
    }
    // Who spoke, after the verb, and a source cited, still attribute it.
    let r = check_in(CLAUSES, "The dam was breached.", "", "The dam was breached");
    let hit = r.one("attribution-cut", 15, 16);
    assert!(hit.message.contains("\u{201c}said\u{201d}"), "{hit:?}");
    let r = check_in(CLAUSES, "The plant has closed.", "", "The plant has closed");
    r.one("attribution-cut", 15, 16);
}

const DENIED: &str = "\"It is not true that the helicopters were held back,\" he said. Reports \
that the river had burst its banks were false, police said. The party did not rule out \
supporting the budget of the new government.\n";

#[test]
fn a_negation_a_few_words_before_or_a_falsehood_after_the_quote_is_found() {
    let r = check_in(
        DENIED,
        "The helicopters were held back.",
        "    claimed_by: the general\n",
        "the helicopters were held back",
    );
    let hit = r.one("negation-cut", 16, 16);
    assert!(
        hit.message.contains("\u{201c}It is not true that\u{201d}"),
        "{hit:?}"
    );
    let r = check_in(
        DENIED,
        "The party ruled out supporting the budget of the new government.",
        "",
        "supporting the budget of the new government",
    );
    r.one("negation-cut", 15, 16);
    let r = check_in(
        DENIED,
        "The river had burst its banks.",
        "",
        "that the river had burst its banks",
    );
    let hit = r.one("negation-cut", 15, 16);
    assert!(hit.message.contains("\u{201c}false\u{201d}"), "{hit:?}");
    // A statement that says it the source's way, in words of its own.
    check_in(
        DENIED,
        "Police said the river had not burst its banks.",
        "",
        "that the river had burst its banks",
    )
    .none("negation-cut");
}

#[test]
fn a_negative_subject_cut_off_the_quote_is_found() {
    let article = "No one was killed in the attack, the governor said.\n";
    let hit = check_in(
        article,
        "People were killed in the attack, the governor said.",
        "",
        "killed in the attack, the governor said",
    )
    .one("negation-cut", 15, 16);
    assert!(
        hit.message.contains("\u{201c}No one was\u{201d}"),
        "{hit:?}"
    );
}

#[test]
fn a_qualifier_after_the_number_is_read() {
    let article = "A total of 300 or more families were moved to shelters, the mayor said.\n";
    let quote = "300 or more families were moved to shelters";
    let hit = check_in(
        article,
        "Up to 300 families were moved to shelters, the mayor said.",
        "",
        quote,
    )
    .one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}300 or more\u{201d}"),
        "{hit:?}"
    );
    // The same bound written before the number is no finding.
    check_in(
        article,
        "At least 300 families were moved to shelters, the mayor said.",
        "",
        quote,
    )
    .none("hedge-dropped");
}

#[test]
fn a_modal_hedge_over_auxiliaries_right_before_the_quote_is_kept() {
    let article = "The bridge may have been hit by a missile, the army said.\n";
    let hit = check_in(
        article,
        "The bridge was hit by a missile, the army said.",
        "",
        "hit by a missile, the army said",
    )
    .one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("\u{201c}may have\u{201d}, right before"),
        "{hit:?}"
    );
}

#[test]
fn a_speakers_cannot_confirm_that_is_kept_when_the_claim_is_theirs() {
    let article = "We cannot confirm that the ship was sunk by a missile, the navy said.\n";
    let quote = "the ship was sunk by a missile";
    let hit = check_in(
        article,
        "The ship was sunk by a missile, the navy says.",
        "",
        quote,
    )
    .one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("\u{201c}cannot confirm\u{201d}, right before"),
        "{hit:?}"
    );
    check_in(
        article,
        "The navy cannot confirm that the ship was sunk by a missile.",
        "",
        quote,
    )
    .none("hedge-dropped");
}

/// A question asserts nothing: a statement that gives a question's words as fact drops that it
/// was asked, whether the quote ends with the question mark or stops before it.
#[test]
fn a_question_stated_as_fact_is_a_dropped_hedge() {
    let source = "Is the economy in recession? Economists disagree. \"Will you raise taxes?\" the \
                  host asked. The minister said taxes would not rise. Can you confirm reports \
                  that 40 aid workers were detained?";
    let rule = "hedge-dropped";
    common::finds(
        rule,
        source,
        "The economy is in recession.",
        "the economy in recession",
        "asks a question (“Is the economy in recession?”), the statement states it as fact",
    );
    common::finds(
        rule,
        source,
        "The minister will raise taxes.",
        "Will you raise taxes?",
        "(“Will you raise taxes?”)",
    );
    // Given to someone who said it, or who confirmed what was asked: an answer no one gave.
    common::finds(
        rule,
        source,
        "The economy is in recession, the minister said.",
        "the economy in recession",
        "asks a question",
    );
    let detained = "reports that 40 aid workers were detained";
    common::finds(
        rule,
        source,
        "The minister confirmed that 40 aid workers were detained.",
        detained,
        "asks a question",
    );
    // The claim the question relays, given to whom the question gives it.
    common::silent(
        rule,
        source,
        "There are reports that 40 aid workers were detained.",
        detained,
    );
    // Asked as a question, or said to be asked; an answer is no question.
    common::silent(
        rule,
        source,
        "Is the economy in recession?",
        "the economy in recession",
    );
    let asked = "The host asked whether the minister would raise taxes.";
    common::silent(rule, source, asked, "Will you raise taxes?");
    let answer = "Taxes will not rise, the minister said.";
    common::silent(
        rule,
        source,
        answer,
        "The minister said taxes would not rise",
    );
}

// ---------------------------------------------------------------- hedge-dropped, a part as whole

const PARTS: &str = "Russian forces control parts of the Kherson region, the army said. Some \
hospitals in Kherson have suspended operations. As part of the deal, 50 prisoners were freed. \
The plant is one of the largest nuclear power plants in Europe. The fire was among the largest \
in the region.\n";

#[test]
fn a_part_stated_as_the_whole_is_found_with_the_words_of_both() {
    let extra = "    claimed_by: the army\n";
    let quote = "Russian forces control parts of the Kherson region, the army said.";
    let r = check_in(
        PARTS,
        "Russian forces control the Kherson region, the army said.",
        extra,
        quote,
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}parts of the Kherson region\u{201d}, the statement says \
             \u{201c}the Kherson region\u{201d}"
        ),
        "{hit:?}"
    );
    let quote = "Some hospitals in Kherson have suspended operations.";
    let r = check_in(
        PARTS,
        "All hospitals in Kherson have suspended operations.",
        "",
        quote,
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("\u{201c}All hospitals in Kherson\u{201d}"),
        "{hit:?}"
    );
    let quote = "The plant is one of the largest nuclear power plants in Europe.";
    let r = check_in(
        PARTS,
        "The plant is the largest nuclear power plant in Europe.",
        "",
        quote,
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message
            .contains("\u{201c}the largest nuclear power\u{201d}"),
        "{hit:?}"
    );
}

#[test]
fn a_part_kept_in_other_words_or_a_belonging_is_not_a_part_dropped() {
    let extra = "    claimed_by: the army\n";
    let quote = "Russian forces control parts of the Kherson region, the army said.";
    let statement = "Russian forces control much of the Kherson region, the army said.";
    check_in(PARTS, statement, extra, quote).none("hedge-dropped");
    let quote = "Some hospitals in Kherson have suspended operations.";
    let statement = "A number of hospitals in Kherson have suspended operations.";
    check_in(PARTS, statement, "", quote).none("hedge-dropped");
    let quote = "As part of the deal, 50 prisoners were freed.";
    check_in(PARTS, "Under the deal, 50 prisoners were freed.", "", quote).none("hedge-dropped");
    let quote = "The plant is one of the largest nuclear power plants in Europe.";
    let statement = "The plant is one of Europe's largest nuclear power plants.";
    check_in(PARTS, statement, "", quote).none("hedge-dropped");
}

#[test]
fn among_the_largest_stated_as_the_largest_is_found_and_kept_is_not() {
    let quote = "The fire was among the largest in the region.";
    let r = check_in(PARTS, "The fire was the largest in the region.", "", quote);
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}among the largest in the region\u{201d}, the statement \
             says \u{201c}the largest in the region\u{201d}"
        ),
        "{hit:?}"
    );
    let statement = "The fire was among the largest in the region.";
    check_in(PARTS, statement, "", quote).none("hedge-dropped");
    let statement = "The fire was one of the largest in the region.";
    check_in(PARTS, statement, "", quote).none("hedge-dropped");
}

// ---------------------------------------------------------------- hedge-dropped, a rate as count

const RATES: &str = "An average of 500 people a day are crossing into Moldova. In a day of \
heavy fighting, 40 soldiers were killed.\n";

#[test]
fn a_rate_stated_as_a_count_is_found_and_a_kept_rate_is_not() {
    let quote = "An average of 500 people a day are crossing into Moldova.";
    let r = check_in(RATES, "500 people are crossing into Moldova.", "", quote);
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}500 people a day\u{201d}, the statement gives 500 without \
             a rate per day"
        ),
        "{hit:?}"
    );
    let statement = "500 people a day are crossing into Moldova.";
    check_in(RATES, statement, "", quote).none("hedge-dropped");
    let quote = "In a day of heavy fighting, 40 soldiers were killed.";
    check_in(RATES, "40 soldiers were killed.", "", quote).none("hedge-dropped");
}

// A rate in a season ("a month in the summer") is still a rate; "a day in which" is a day.
#[test]
fn a_rate_in_a_season_is_held_to_its_stretch() {
    let text = "The airline carried 1.2 million passengers a month in the summer. It was a day \
                in which 40 flights left.\n";
    let quote = "The airline carried 1.2 million passengers a month in the summer";
    let statement = "The airline carried 1.2 million passengers a week in the summer.";
    let hit = check_in(text, statement, "", quote).one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("a month"), "{hit:?}");
    let statement = "The airline carried 1.2 million passengers a month in the summer.";
    check_in(text, statement, "", quote).none("hedge-dropped");
    let quote = "It was a day in which 40 flights left";
    check_in(text, "40 flights left.", "", quote).none("hedge-dropped");
}

// ---------------------------------------------------------------- hedge-dropped, another period

const PERIODS: &str = "Russian forces lost about 1,020 troops in the past day. The rescue \
service receives 300 calls daily. Talks resumed a week after the attack, which killed 12 people.\n";

#[test]
fn a_figure_given_over_another_period_is_found_with_both_periods() {
    let quote = "Russian forces lost about 1,020 troops in the past day";
    let statement = "Russian forces lost about 1,020 troops in the past week.";
    let hit = check_in(PERIODS, statement, "", quote).one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote gives \u{201c}1,020 \u{2026} in the past day\u{201d}, the statement \
             \u{201c}1,020 \u{2026} in the past week\u{201d}: it gives the figure over another \
             period"
        ),
        "{hit:?}"
    );
    let statement = "Russian forces lost about 1,020 troops over 24 hours.";
    check_in(PERIODS, statement, "", quote).none("hedge-dropped");
    // A count in words past twelve is a count too.
    let statement = "Russian forces lost about 1,020 troops over fourteen days.";
    let hit = check_in(PERIODS, statement, "", quote).one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("over fourteen days"), "{hit:?}");
    // A rate of another period is named as such, not as a rate dropped.
    let quote = "The rescue service receives 300 calls daily";
    let statement = "The rescue service receives 300 calls weekly.";
    let hit = check_in(PERIODS, statement, "", quote).one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}300 calls weekly\u{201d}"),
        "{hit:?}"
    );
    let quote = "Talks resumed a week after the attack, which killed 12 people";
    let statement = "The attack, which killed 12 people, came a week before talks resumed.";
    check_in(PERIODS, statement, "", quote).none("hedge-dropped");
}

// ---------------------------------------------------------------- negation-cut, a claim disputed

const DISPUTED: &str = "Russian troops captured part of the village of Robotyne, Russia's defence \
ministry claimed, a claim that Kyiv disputed. Russian troops shelled the town of Orikhiv, the \
ministry denied.\n";

#[test]
fn a_claim_given_to_its_claimant_is_not_turned_around_by_another_s_dispute() {
    // In YAML's single quotes an apostrophe is written twice.
    let quote = "Russian troops captured part of the village of Robotyne, Russia''s defence ministry claimed";
    let by = "    claimed_by: \"Russia's defence ministry\"\n";
    let statement = "Russia's defence ministry claimed its troops captured part of Robotyne.";
    let r = check_in(DISPUTED, statement, by, quote);
    assert_eq!(r.code, Some(0), "{:?}", r.hits());
    r.none("negation-cut");
    // Stated as fact, the claim Kyiv disputes is turned around.
    let statement = "Russian troops captured part of the village of Robotyne.";
    let hit = check_in(DISPUTED, statement, "", quote).one("negation-cut", 15, 16);
    assert!(
        hit.message
            .contains("\u{201c}a claim that Kyiv disputed\u{201d}"),
        "{hit:?}"
    );
    // The claimant's own denial turns it around, whoever the fact gives it to.
    let quote = "Russian troops shelled the town of Orikhiv";
    let statement = "Russian troops shelled the town of Orikhiv, the ministry said.";
    let by = "    claimed_by: the ministry\n";
    check_in(DISPUTED, statement, by, quote).one("negation-cut", 16, 16);
}

const DENIED_NEXT: &str = "Russia's defence ministry claimed on Saturday that its forces had \
captured the village of Zelenyi Hai.\n\nUkraine's military denied the claim, saying fighting \
went on. Russia said it had shelled Orikhiv. Kyiv has not denied it. Russia said it had taken \
Robotyne. Kyiv denied that its troops had left Stepove.\n";

#[test]
fn a_claim_the_next_sentence_denies_is_not_stated_as_fact() {
    let quote = "its forces had captured the village of Zelenyi Hai";
    let by = "    claimed_by: \"Russia's defence ministry\"\n";
    let statement = "Russian forces captured the village of Zelenyi Hai.";
    let hit = check_in(DENIED_NEXT, statement, by, quote).one("negation-cut", 16, 16);
    assert!(
        hit.message.contains(
            "\u{201c}denied\u{201d}, left out in the sentence after the quote: \
             \u{201c}Ukraine's military denied the claim\u{201d}"
        ),
        "{hit:?}"
    );
    // Reported as the ministry's claim, or with the denial, it is said the source's way.
    let statement = "Russia's defence ministry claimed its forces captured Zelenyi Hai.";
    check_in(DENIED_NEXT, statement, by, quote).none("negation-cut");
    let statement = "Russian forces captured Zelenyi Hai, a claim Ukraine's military denied.";
    check_in(DENIED_NEXT, statement, by, quote).none("negation-cut");
    // Not denied, or a denial of a claim of its own ("denied that ..."), turns nothing around.
    for quote in ["it had shelled Orikhiv", "it had taken Robotyne"] {
        let statement = format!("Russia {}.", &quote[7..]);
        check_in(DENIED_NEXT, &statement, "", quote).none("negation-cut");
    }
}

// ---------------------------------------------------------------- hedge-dropped, a total as new

const TOTALS: &str = "A total of 1,240 cholera cases have been recorded since the outbreak began \
in January, the health ministry said. On Tuesday alone, 86 new cases were reported. To date, \
14,000 people have been vaccinated against cholera.\n";

#[test]
fn a_running_total_stated_as_new_or_as_one_week_s_is_found() {
    let quote = "A total of 1,240 cholera cases have been recorded since the outbreak began";
    let r = check_in(TOTALS, "1,240 new cholera cases were recorded.", "", quote);
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}A total of 1,240\u{201d}, a running total; the statement \
             gives 1,240 with \u{201c}new\u{201d}"
        ),
        "{hit:?}"
    );
    let quote = "To date, 14,000 people have been vaccinated against cholera.";
    let statement = "14,000 people were vaccinated against cholera last week.";
    let hit = check_in(TOTALS, statement, "", quote).one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("\u{201c}last week\u{201d}"), "{hit:?}");
    // Or of one month.
    let statement = "14,000 people were vaccinated against cholera in March.";
    let hit = check_in(TOTALS, statement, "", quote).one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("\u{201c}in March\u{201d}"), "{hit:?}");
    // Kept as a total, or a count of one day that the quote gives as one.
    let statement = "14,000 people have been vaccinated against cholera to date.";
    check_in(TOTALS, statement, "", quote).none("hedge-dropped");
    let quote = "On Tuesday alone, 86 new cases were reported.";
    let statement = "86 new cholera cases were reported on Tuesday.";
    check_in(TOTALS, statement, "", quote).none("hedge-dropped");
}

// ---------------------------------------------------------------- hedge-dropped, meant as done

const PLEDGES: &str = "At a conference in Brussels on Monday, donors pledged $1.2 billion for the \
response. Of that, $300 million has been disbursed. The government ordered the evacuation of 12 \
villages near the front line on Sunday.\n";

#[test]
fn what_is_pledged_or_ordered_stated_as_done_is_found() {
    let quote =
        "At a conference in Brussels on Monday, donors pledged $1.2 billion for the response.";
    let r = check_in(
        PLEDGES,
        "Donors have provided $1.2 billion for the response.",
        "",
        quote,
    );
    let hit = r.one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}pledged $1.2 billion\u{201d}, what is meant, promised, asked \
             for or needed; the statement gives $1.2 billion with no such word, as done"
        ),
        "{hit:?}"
    );
    let statement = "Donors promised $1.2 billion for the response at a conference in Brussels.";
    check_in(PLEDGES, statement, "", quote).none("hedge-dropped");
    let quote = "The government ordered the evacuation of 12 villages near the front line";
    let statement = "The government evacuated 12 villages near the front line.";
    check_in(PLEDGES, statement, "", quote).one("hedge-dropped", 11, 16);
    let statement = "The government ordered 12 villages near the front line evacuated.";
    check_in(PLEDGES, statement, "", quote).none("hedge-dropped");
    let quote = "Of that, $300 million has been disbursed.";
    check_in(PLEDGES, "$300 million has been disbursed.", "", quote).none("hedge-dropped");
}

// "the $2.63bn appeal" and "an appeal for $2.63 billion" keep that the money is asked for;
// "The appeal has received" does not.
#[test]
fn the_size_of_an_appeal_keeps_that_it_is_asked_for() {
    let article = "The 2025 plan seeks $2.63 billion to assist 6 million people. As of 31 March, \
it was 14 per cent funded.\n";
    let quote = "The 2025 plan seeks $2.63 billion to assist 6 million people.";
    for statement in [
        "By the end of March the $2.63bn appeal was only 14 per cent funded.",
        "By the end of March an appeal for $2.63 billion was only 14 per cent funded.",
    ] {
        check_in(article, statement, "", quote).none("hedge-dropped");
    }
    check_in(article, "The appeal has received $2.63 billion.", "", quote).one(
        "hedge-dropped",
        11,
        16,
    );
}

const INTENTS: &str = "The World Food Programme intends to deliver food to the besieged town. The \
agency seeks to reopen the road before the rains.\n";

#[test]
fn an_intention_stated_as_done_is_a_dropped_hedge() {
    let quote = "The World Food Programme intends to deliver food to the besieged town.";
    let statement = "The World Food Programme delivered food to the besieged town.";
    let hit = check_in(INTENTS, statement, "", quote).one("hedge-dropped", 11, 16);
    assert!(
        hit.message.contains("\u{201c}intends to\u{201d}"),
        "{hit:?}"
    );
    let quote = "The agency seeks to reopen the road before the rains.";
    let hit =
        check_in(INTENTS, "The agency reopened the road.", "", quote).one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("\u{201c}seeks to\u{201d}"), "{hit:?}");
    // Kept in another form.
    let statement = "The agency is seeking to reopen the road before the rains.";
    check_in(INTENTS, statement, "", quote).none("hedge-dropped");
}
