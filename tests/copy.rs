//! The wording rules on the copy of wires, live blogs, interviews, court records, press
//! releases and bulletins: a negation, a speaker or a hedge written the ways those pages write
//! it, and the faithful phrasings beside each, which must draw nothing. Each test fails if the
//! reader it pins is removed.

mod common;
use common::{finds, found, found_with, silent};

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
individual. The report named two managers. The authors cautioned that the findings may not \
apply to people under 50, and that the drug should not replace statins.\n";

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
    // The other modals: may, might, must, should.
    finds(
        "negation-cut",
        REFUSED,
        "The authors said the findings apply to people under 50.",
        "the findings may not apply to people under 50",
        "may not apply to people",
    );
    finds(
        "negation-cut",
        REFUSED,
        "The authors said the drug replaces statins.",
        "the drug should not replace statins",
        "should not replace statins",
    );
    // Said the source's way, or what is said plainly.
    silent(
        "negation-cut",
        REFUSED,
        "The authors said the findings might not apply to people under 50.",
        "the findings may not apply to people under 50",
    );
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

// ---------------------------------------------------------------- hedge-dropped

const FORECAST: &str = "Landfall is expected between Toamasina and Mahanoro late on Tuesday. \
The company anticipates initiating a trial in 2026. Nordvik plans to open a mill in 2027. \
\"I think we will be profitable in the fourth quarter,\" the chief executive said. Fires are \
often set by ranchers to clear land. He remembered something like it going up the chain. Four \
people are reported missing. More than 20,000 miners have been expelled, a figure that could \
not be independently verified. The barrier could, in the event of a flood, give way. Landfall \
came near Toamasina on Tuesday. Fires were set by ranchers.\n";

#[test]
fn a_forecast_plan_belief_or_generalisation_made_certain_is_found() {
    for (statement, quote, hedge) in [
        (
            "Makena will make landfall between Toamasina and Mahanoro late on Tuesday.",
            "Landfall is expected between Toamasina and Mahanoro late on Tuesday.",
            "\u{201c}is expected\u{201d}",
        ),
        (
            "The company will start a trial in 2026.",
            "The company anticipates initiating a trial in 2026.",
            "\u{201c}anticipates\u{201d}",
        ),
        (
            "Nordvik will open a mill in 2027.",
            "Nordvik plans to open a mill in 2027.",
            "\u{201c}plans to\u{201d}",
        ),
        (
            "Fires are set by ranchers to clear land.",
            "Fires are often set by ranchers to clear land.",
            "\u{201c}are often\u{201d}",
        ),
        (
            "He remembered the memo going up the chain.",
            "He remembered something like it going up the chain.",
            "\u{201c}something like\u{201d}",
        ),
        (
            "Four people are missing.",
            "Four people are reported missing.",
            "\u{201c}reported missing\u{201d}",
        ),
    ] {
        finds("hedge-dropped", FORECAST, statement, quote, hedge);
    }
    // The speaker's own belief, kept by a statement that gives the claim to them.
    let messages = found_with(
        "hedge-dropped",
        FORECAST,
        "The chief executive said the company will be profitable in the fourth quarter.",
        "    claimed_by: the chief executive\n",
        "I think we will be profitable in the fourth quarter",
    );
    assert!(
        messages.len() == 1 && messages[0].contains("\u{201c}I think\u{201d}"),
        "{messages:?}"
    );
    // A view keeps a belief, not a plan that may not be kept.
    let messages = found_with(
        "hedge-dropped",
        FORECAST,
        "Nordvik argues that it will open a mill in 2027.",
        "    claimed_by: Nordvik\n",
        "Nordvik plans to open a mill in 2027.",
    );
    assert!(
        messages.len() == 1 && messages[0].contains("\u{201c}plans to\u{201d}"),
        "{messages:?}"
    );
}

#[test]
fn a_forecast_or_generalisation_kept_or_a_plain_fact_is_let_be() {
    for (statement, quote) in [
        (
            "Landfall is expected between Toamasina and Mahanoro late on Tuesday.",
            "Landfall is expected between Toamasina and Mahanoro late on Tuesday.",
        ),
        (
            "Fires are often set by ranchers to clear land.",
            "Fires are often set by ranchers to clear land.",
        ),
        (
            "Nordvik plans to open a mill in 2027.",
            "Nordvik plans to open a mill in 2027.",
        ),
        (
            "Landfall came near Toamasina on Tuesday.",
            "Landfall came near Toamasina on Tuesday.",
        ),
        ("Fires were set by ranchers.", "Fires were set by ranchers."),
        // The belief kept in another form.
        (
            "The chief executive said he thinks the company will be profitable in the fourth \
             quarter.",
            "I think we will be profitable in the fourth quarter",
        ),
        // Or given as the speaker's view or argument, as an opinion piece is quoted.
        (
            "The chief executive argues that the company will be profitable in the fourth \
             quarter.",
            "I think we will be profitable in the fourth quarter",
        ),
        (
            "In the view of the chief executive, the company will be profitable in the fourth \
             quarter.",
            "I think we will be profitable in the fourth quarter",
        ),
    ] {
        silent("hedge-dropped", FORECAST, statement, quote);
    }
}

#[test]
fn often_or_usually_outside_the_claim_is_no_doubt_of_it() {
    const ASIDES: &str = "The bridge, often crowded at rush hour, collapsed on Monday. The \
mayor, who usually speaks to reporters on Fridays, resigned on Tuesday.\n";
    for (statement, quote) in [
        (
            "The bridge collapsed on Monday.",
            "The bridge, often crowded at rush hour, collapsed on Monday.",
        ),
        (
            "The mayor resigned on Tuesday.",
            "The mayor, who usually speaks to reporters on Fridays, resigned on Tuesday.",
        ),
    ] {
        silent("hedge-dropped", ASIDES, statement, quote);
    }
}

#[test]
fn a_kept_qualifier_does_not_hide_that_the_claim_is_unverified() {
    finds(
        "hedge-dropped",
        FORECAST,
        "More than 20,000 miners have been expelled.",
        "More than 20,000 miners have been expelled, a figure that could not be independently \
         verified.",
        "could not be independently verified",
    );
}

#[test]
fn a_hedge_is_named_in_the_article_s_words() {
    let messages = found(
        "hedge-dropped",
        FORECAST,
        "The barrier will give way in a flood.",
        "The barrier could, in the event of a flood, give way.",
    );
    assert!(
        messages.len() == 1
            && messages[0].contains("\u{201c}could\u{201d}")
            && !messages[0].contains("could in"),
        "{messages:?}"
    );
}

// ---------------------------------------------------------------- who says it

const SAYINGS: &str = "A spokesperson for the port operator tells us that the blaze started in \
a container. The families are still waiting for someone to say sorry for the 23 men who died. I \
would say only that my client has maintained her innocence, and the jury has acquitted her of \
conspiracy. She became chief executive in 2023, two months after the company announced its first \
annual loss in a decade. About 6,288 square kilometres burned, according to preliminary data \
released at a news conference. About 11,000 people live there, according to the city's own \
figures. The ambassador was recalled, according to a statement tweeted by the embassy.\n";

#[test]
fn a_spokesperson_who_tells_us_is_whose_claim_it_is() {
    finds(
        "attribution-cut",
        SAYINGS,
        "The blaze started in a container.",
        "the blaze started in a container",
        "tells us that",
    );
    finds(
        "attribution-cut",
        SAYINGS,
        "About 11,000 people live there.",
        "About 11,000 people live there",
        "according to the city",
    );
    // A document that says who put it out is theirs.
    finds(
        "attribution-cut",
        SAYINGS,
        "The ambassador was recalled.",
        "The ambassador was recalled",
        "according to a statement tweeted by the embassy",
    );
}

#[test]
fn an_apology_a_softener_a_time_clause_or_a_document_is_no_speaker() {
    for (rule, statement, quote) in [
        ("attribution-cut", "The 23 men died.", "the 23 men who died"),
        (
            "attribution-cut",
            "The jury acquitted her of conspiracy.",
            "the jury has acquitted her of conspiracy",
        ),
        (
            "attribution-cut",
            "She became chief executive in 2023.",
            "She became chief executive in 2023",
        ),
        (
            "attribution-cut",
            "About 6,288 square kilometres burned.",
            "About 6,288 square kilometres burned",
        ),
        (
            "claim-unattributed",
            "Preliminary data show about 6,288 square kilometres burned.",
            "About 6,288 square kilometres burned, according to preliminary data",
        ),
    ] {
        silent(rule, SAYINGS, statement, quote);
    }
}

const PROVISIONAL: &str = "Four people were killed and 12 were injured in the blast. These \
figures are provisional. The storm hit the coast on Monday. The preliminary results are due \
on Friday.\n";

#[test]
fn figures_the_next_sentence_calls_provisional_keep_the_word() {
    finds(
        "hedge-dropped",
        PROVISIONAL,
        "Four people were killed and 12 were injured in the blast.",
        "Four people were killed and 12 were injured in the blast.",
        "the sentence after the quote calls it provisional (\u{201c}these figures are \
         provisional\u{201d})",
    );
    silent(
        "hedge-dropped",
        PROVISIONAL,
        "Provisional figures show four people were killed and 12 were injured in the blast.",
        "Four people were killed and 12 were injured in the blast.",
    );
    // A sentence without figures, before one about other results.
    silent(
        "hedge-dropped",
        PROVISIONAL,
        "The storm hit the coast on Monday.",
        "The storm hit the coast on Monday.",
    );
}

const CORRECTED: &str = "Correction: An earlier version of this article said that 1.5 million \
people had been displaced. The correct figure is 150,000. This article was amended on 8 July. It \
previously stated that the dam was built in 1978; it was built in 1987. An earlier version \
misstated the number of villages flooded as 40; 14 villages were flooded. The mayor had \
incorrectly reported that the bridge was closed. Officials earlier said that the levee had held.\n";

#[test]
fn what_a_correction_says_the_article_got_wrong_is_found() {
    finds(
        "negation-cut",
        CORRECTED,
        "1.5 million people have been displaced by the floods.",
        "1.5 million people had been displaced",
        "An earlier version of this article said that",
    );
    finds(
        "negation-cut",
        CORRECTED,
        "The dam was built in 1978.",
        "the dam was built in 1978",
        "It previously stated that",
    );
    finds(
        "negation-cut",
        CORRECTED,
        "40 villages were flooded.",
        "the number of villages flooded as 40",
        "misstated",
    );
    finds(
        "negation-cut",
        CORRECTED,
        "The bridge was closed.",
        "the bridge was closed",
        "incorrectly reported that",
    );
    // A fact about the correction itself gives the withdrawn claim to the earlier version;
    // the withdrawn claim stated alone is still given to no one.
    silent(
        "claim-unattributed",
        CORRECTED,
        "The paper corrected an earlier version of the article, which had put the number of \
         displaced at 1.5 million.",
        "An earlier version of this article said that 1.5 million people had been displaced",
    );
    finds(
        "claim-unattributed",
        CORRECTED,
        "1.5 million people have been displaced by the floods.",
        "An earlier version of this article said that 1.5 million people had been displaced",
        "said",
    );
    // The corrected value, and an earlier claim that no one retracts.
    silent(
        "negation-cut",
        CORRECTED,
        "14 villages were flooded.",
        "14 villages were flooded.",
    );
    silent(
        "negation-cut",
        CORRECTED,
        "The dam was built in 1987.",
        "it was built in 1987",
    );
    silent(
        "negation-cut",
        CORRECTED,
        "Officials said the levee had held.",
        "the levee had held",
    );
}
