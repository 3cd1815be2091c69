//! `negation-cut` and `hedge-dropped` on the prose of courts, politics, economics, science,
//! elections and sport: a negation or a hedge written in the ways those pages write it, and the
//! common faithful phrasings beside each, which must draw nothing. Each test fails if the
//! reader it pins is removed.

mod common;
use common::{finds, silent};

// ---------------------------------------------------------------- negation-cut

const COURT: &str = "A former chief financial officer pleaded not guilty on Tuesday to charges of \
fraud. The jury found him not guilty of theft but guilty of fraud. The jury returned a not guilty \
verdict. A VAR check found no clear error in the decision. The report found no evidence of \
wrongdoing by the board.\n";

#[test]
fn a_not_guilty_plea_or_verdict_made_guilty_is_found() {
    let plea =
        "A former chief financial officer pleaded not guilty on Tuesday to charges of fraud.";
    finds(
        "negation-cut",
        COURT,
        "The former chief financial officer pleaded guilty to charges of fraud.",
        plea,
        "pleaded not guilty",
    );
    finds(
        "negation-cut",
        COURT,
        "The jury returned a guilty verdict.",
        "The jury returned a not guilty verdict.",
        "a not guilty",
    );
    silent(
        "negation-cut",
        COURT,
        "The former chief financial officer pleaded not guilty to fraud.",
        plea,
    );
    // The quote says the guilty part plainly too.
    silent(
        "negation-cut",
        COURT,
        "The jury found him guilty of fraud.",
        "The jury found him not guilty of theft but guilty of fraud.",
    );
}

#[test]
fn a_no_of_the_quote_the_statement_drops_is_found() {
    finds(
        "negation-cut",
        COURT,
        "A VAR check found a clear error in the decision.",
        "A VAR check found no clear error in the decision.",
        "found no clear error",
    );
    finds(
        "negation-cut",
        COURT,
        "The report found evidence of wrongdoing by the board.",
        "The report found no evidence of wrongdoing by the board.",
        "found no evidence",
    );
    silent(
        "negation-cut",
        COURT,
        "The report found no evidence of wrongdoing.",
        "The report found no evidence of wrongdoing by the board.",
    );
    silent(
        "negation-cut",
        COURT,
        "The board was cleared of wrongdoing.",
        "The report found no evidence of wrongdoing by the board.",
    );
}

const POLITICS: &str = "The People's Party leader, Miguel Santos, did not concede on the night. \
\"We didn't start well in the first half,\" Arteta said. \"I don't think it was a penalty,\" Emery \
said of the incident. \"We cannot say that losartan prevents dementia in older patients,\" Carter \
said. The company did not say whether further cuts were planned for next year. The finance chief \
declined to give a figure for the savings. Villa did not win the cup last season.\n";

#[test]
fn a_negation_dropped_with_the_verb_inflected_is_found() {
    finds(
        "negation-cut",
        POLITICS,
        "Miguel Santos conceded on the night.",
        "Miguel Santos, did not concede on the night",
        "did not concede",
    );
    finds(
        "negation-cut",
        POLITICS,
        "Arteta said Arsenal started well in the first half.",
        "We didn\u{2019}t start well in the first half",
        "start well",
    );
    // An irregular verb too.
    finds(
        "negation-cut",
        POLITICS,
        "Villa won the cup last season.",
        "Villa did not win the cup last season",
        "did not win",
    );
    silent(
        "negation-cut",
        POLITICS,
        "Miguel Santos did not concede on the night.",
        "Miguel Santos, did not concede on the night",
    );
    silent(
        "negation-cut",
        POLITICS,
        "Arteta said Arsenal started badly.",
        "We didn\u{2019}t start well in the first half",
    );
}

const TREATY: &str = "The two countries initialled a draft peace treaty in August, but it has \
not yet been signed. The prisoners will not be released before the talks, the ministry said.\n";

#[test]
fn a_negation_dropped_over_yet_and_been_is_found() {
    finds(
        "negation-cut",
        TREATY,
        "Armenia and Azerbaijan have signed a peace treaty.",
        "The two countries initialled a draft peace treaty in August, but it has not yet been \
         signed",
        "not yet been signed",
    );
    finds(
        "negation-cut",
        TREATY,
        "The prisoners were released before the talks, the ministry said.",
        "The prisoners will not be released before the talks",
        "not be released",
    );
    silent(
        "negation-cut",
        TREATY,
        "The countries initialled a draft peace treaty in August that has not been signed.",
        "The two countries initialled a draft peace treaty in August, but it has not yet been \
         signed",
    );
}

#[test]
fn a_negated_saying_or_belief_is_found() {
    finds(
        "negation-cut",
        POLITICS,
        "Carter said losartan prevents dementia in older patients.",
        "losartan prevents dementia in older patients",
        "cannot",
    );
    finds(
        "negation-cut",
        POLITICS,
        "The company said further cuts were planned for next year.",
        "further cuts were planned for next year",
        "did not say whether",
    );
    finds(
        "negation-cut",
        POLITICS,
        "Emery said it was a penalty.",
        "I don\u{2019}t think it was a penalty",
        "think it was a penalty",
    );
    finds(
        "negation-cut",
        POLITICS,
        "The finance chief gave a figure for the savings.",
        "to give a figure for the savings",
        "declined",
    );
    // Said the source's way; a question left open is `hedge-dropped`'s, not a negation.
    silent(
        "negation-cut",
        POLITICS,
        "The finance chief declined to give a figure for the savings.",
        "to give a figure for the savings",
    );
    silent(
        "negation-cut",
        POLITICS,
        "Further cuts were planned for next year.",
        "further cuts were planned for next year",
    );
    silent(
        "negation-cut",
        POLITICS,
        "Emery did not think it was a penalty.",
        "I don\u{2019}t think it was a penalty",
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
