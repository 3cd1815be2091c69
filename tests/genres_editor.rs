//! The rules on the copy of news genres an editor reads every day (courts, elections, public
//! health, economics, disasters, statements of companies and governments): a wrong fact an
//! editor catches is found, and the correct fact beside it draws nothing. Each test fails if
//! the reader it pins is removed.

mod common;
use common::{finds, found, found_with, silent};

const COURT: &str = "LONDON, March 12 (Reuters) - A former finance director of a British \
logistics firm was charged on Tuesday with fraud and false accounting, prosecutors said. Two \
other former executives remain under investigation but have not been charged, according to a \
person familiar with the matter. He was charged in 2017 and convicted in 2019 of theft.\n";

#[test]
fn a_charge_stated_as_a_conviction_is_found() {
    let quote = "A former finance director of a British logistics firm was charged on Tuesday \
                 with fraud and false accounting";
    finds(
        "hedge-dropped",
        COURT,
        "A former finance director was convicted of fraud and false accounting.",
        quote,
        "the quote says \u{201c}charged\u{201d}, the statement says \u{201c}convicted\u{201d}",
    );
    finds(
        "hedge-dropped",
        COURT,
        "A former finance director was found guilty of fraud.",
        quote,
        "\u{201c}found guilty\u{201d}",
    );
    silent(
        "hedge-dropped",
        COURT,
        "A former finance director was charged with fraud and false accounting.",
        quote,
    );
    // The sentence gives the verdict too: the quote cut before it is no charge alone.
    silent(
        "hedge-dropped",
        COURT,
        "He was convicted in 2019 of theft.",
        "He was charged in 2017",
    );
}

const ARREST: &str = "A 34-year-old man has been arrested on suspicion of murder after a man \
was stabbed to death in Leeds city centre on Saturday night, police said. A second man was \
arrested and charged with assault.\n";

#[test]
fn an_arrest_stated_as_a_charge_is_found() {
    let quote = "A 34-year-old man has been arrested on suspicion of murder after a man was \
                 stabbed to death in Leeds city centre";
    let claimed = "A 34-year-old man has been charged with murder after a stabbing in Leeds, \
                   police said.";
    finds(
        "hedge-dropped",
        ARREST,
        claimed,
        quote,
        "the quote says \u{201c}arrested\u{201d}, the statement says \u{201c}charged\u{201d}: \
         it states an arrest as a charge",
    );
    silent(
        "hedge-dropped",
        ARREST,
        "A 34-year-old man has been arrested on suspicion of murder after a stabbing in Leeds, \
         police said.",
        quote,
    );
    silent(
        "hedge-dropped",
        ARREST,
        "The 34-year-old man arrested in Leeds has not been charged, police said.",
        quote,
    );
    // The sentence gives the charge too.
    silent(
        "hedge-dropped",
        ARREST,
        "A second man was charged with assault.",
        "A second man was arrested",
    );
}

#[test]
fn a_closing_attribution_after_a_clause_of_its_own_gives_the_whole_sentence() {
    // "... but have not been charged, according to a person familiar with the matter."
    let messages = found(
        "attribution-cut",
        COURT,
        "Two other former executives remain under investigation.",
        "Two other former executives remain under investigation",
    );
    assert!(
        messages.len() == 1 && messages[0].contains("according to a person familiar"),
        "{messages:?}"
    );
    silent(
        "attribution-cut",
        COURT,
        "Two other former executives remain under investigation, a person familiar with the \
         matter said.",
        "Two other former executives remain under investigation",
    );
}

const TOLL: &str = "KERRVILLE, Texas (AP) - The death toll from flash floods in central Texas \
climbed past 80 on Sunday, as searchers combed the river. The toll topped 100 on Monday. More \
people died over the past 24 hours.\n";

#[test]
fn a_toll_that_climbed_past_a_number_is_more_than_it() {
    finds(
        "hedge-dropped",
        TOLL,
        "The floods killed 80 people.",
        "The death toll from flash floods in central Texas climbed past 80",
        "\u{201c}climbed past 80\u{201d}",
    );
    finds(
        "hedge-dropped",
        TOLL,
        "The toll reached 100 on Monday.",
        "The toll topped 100 on Monday",
        "\u{201c}topped 100\u{201d}",
    );
    silent(
        "hedge-dropped",
        TOLL,
        "The death toll climbed past 80.",
        "The death toll from flash floods in central Texas climbed past 80",
    );
    silent(
        "hedge-dropped",
        TOLL,
        "The floods killed more than 80 people.",
        "The death toll from flash floods in central Texas climbed past 80",
    );
    // "the past 24 hours" is a stretch of time, no qualifier.
    silent(
        "hedge-dropped",
        TOLL,
        "More people died in the last 24 hours.",
        "More people died over the past 24 hours",
    );
}

const HEALTH: &str = "The incidence in the worst-hit district reached 85 cases per 100,000 \
people. Inflation was 5 per cent. The rate was 12 deaths per 1,000 live births.\n";

#[test]
fn a_rate_per_head_of_population_stated_as_a_count_is_found() {
    finds(
        "hedge-dropped",
        HEALTH,
        "The worst-hit district recorded 85 cases.",
        "The incidence in the worst-hit district reached 85 cases per 100,000 people",
        "\u{201c}85 cases per 100,000\u{201d}",
    );
    silent(
        "hedge-dropped",
        HEALTH,
        "The worst-hit district recorded 85 cases per 100,000 people.",
        "The incidence in the worst-hit district reached 85 cases per 100,000 people",
    );
    silent(
        "hedge-dropped",
        HEALTH,
        "The incidence in the worst-hit district was 85.",
        "The incidence in the worst-hit district reached 85 cases per 100,000 people",
    );
    silent(
        "hedge-dropped",
        HEALTH,
        "Inflation was 5%.",
        "Inflation was 5 per cent",
    );
    finds(
        "hedge-dropped",
        HEALTH,
        "There were 12 deaths.",
        "The rate was 12 deaths per 1,000 live births",
        "per 1,000",
    );
}

const FORECAST: &str = "The UK economy is expected to grow by 1.1% this year, the \
International Monetary Fund has said.\n";

#[test]
fn a_statement_that_says_who_expects_it_attributes_the_forecast() {
    for statement in [
        "The IMF expects the UK economy to grow by 1.1% this year.",
        "Economists predict the UK economy will grow by 1.1% this year.",
    ] {
        silent(
            "claim-unattributed",
            FORECAST,
            statement,
            "The UK economy is expected to grow by 1.1% this year, the International Monetary \
             Fund has said",
        );
    }
}

const RESULTS: &str = "PRAGUE, Oct 6 (Reuters) - With 99.8% of districts counted, ANO had \
34.5% of the vote, ahead of the ruling Together alliance on 23.4%, the Czech Statistical Office \
said.\n";

#[test]
fn a_statement_that_says_according_to_what_it_is_sourced_attributes_it() {
    let quote = "With 99.8% of districts counted, ANO had 34.5% of the vote";
    silent(
        "attribution-cut",
        RESULTS,
        "ANO won 34.5% of the vote, according to preliminary results.",
        quote,
    );
    finds(
        "attribution-cut",
        RESULTS,
        "ANO won 34.5% of the vote.",
        quote,
        "the Czech Statistical Office said",
    );
}

const CPI: &str = "Economists polled by Reuters had forecast the CPI would climb 2.8% \
year-on-year. Inflation was 2.7%, below the forecast of 2.8%. The CPI rose 2.9% year-on-year, \
above the 2.8% economists had forecast.\n";

#[test]
fn a_forecast_stated_as_the_outcome_is_found() {
    let quote = "Economists polled by Reuters had forecast the CPI would climb 2.8% year-on-year";
    finds(
        "hedge-dropped",
        CPI,
        "The CPI climbed 2.8% year-on-year.",
        quote,
        "\u{201c}had forecast\u{201d}",
    );
    silent(
        "hedge-dropped",
        CPI,
        "Economists had forecast the CPI would climb 2.8% year-on-year.",
        quote,
    );
    // A forecast the reported figure is compared with hedges nothing of that figure.
    silent(
        "hedge-dropped",
        CPI,
        "The CPI rose 2.9% year-on-year.",
        "The CPI rose 2.9% year-on-year, above the 2.8% economists had forecast",
    );
    // A forecast as a noun hedges nothing of the figure beside it.
    silent(
        "hedge-dropped",
        CPI,
        "Inflation was 2.7%.",
        "Inflation was 2.7%, below the forecast of 2.8%",
    );
}

const CHOLERA: &str = "Sudan has recorded 3,218 suspected cholera cases, the World Health \
Organization said on Monday. Only 40 of the suspected cases have been confirmed by laboratory \
testing, a WHO official said, speaking on condition of anonymity. Ten deaths were confirmed by \
the health ministry.\n";

#[test]
fn a_passive_by_a_process_names_no_one_who_claims_it() {
    let quote = "Only 40 of the suspected cases have been confirmed by laboratory testing";
    finds(
        "attribution-cut",
        CHOLERA,
        "Only 40 of the suspected cases have been confirmed by laboratory testing.",
        quote,
        "a WHO official said",
    );
    silent(
        "attribution-cut",
        CHOLERA,
        "Only 40 of the suspected cases have been confirmed by laboratory testing, a WHO \
         official said.",
        quote,
    );
    // The health ministry is someone: the statement that says so gives the claim to it.
    silent(
        "claim-unattributed",
        CHOLERA,
        "Ten deaths were confirmed by the health ministry.",
        "Ten deaths were confirmed by the health ministry",
    );
}

const FEDWATCH: &str = "Traders now see a roughly 90% chance that the Federal Reserve will cut \
interest rates in September, up from 85% before the data, according to CME Group's FedWatch \
tool.\n";

#[test]
fn odds_a_statement_gives_to_those_who_hold_them_are_attributed() {
    let quote = "Traders now see a roughly 90% chance that the Federal Reserve will cut interest \
                 rates in September";
    silent(
        "attribution-cut",
        FEDWATCH,
        "Traders see a roughly 90% chance that the Federal Reserve will cut interest rates in \
         September.",
        quote,
    );
    finds(
        "attribution-cut",
        FEDWATCH,
        "There is a roughly 90% chance that the Federal Reserve will cut interest rates in \
         September.",
        "a roughly 90% chance that the Federal Reserve will cut interest rates in September",
        "according to",
    );
}

const LANDSLIDE: &str = "At least 139 people remain missing after the landslide, rescue officials \
said on Saturday. Eleven miners were injured when a tunnel collapsed on Thursday, the company \
said. The blast killed three workers and injured 11 others.\n";

#[test]
fn people_hurt_or_missing_stated_as_dead_are_found() {
    let missing = "At least 139 people remain missing after the landslide";
    finds(
        "hedge-dropped",
        LANDSLIDE,
        "At least 139 people died in the landslide.",
        missing,
        "the quote says \u{201c}missing\u{201d}, the statement says \u{201c}died\u{201d}: it \
         states people hurt, missing, held or moved as dead",
    );
    silent(
        "hedge-dropped",
        LANDSLIDE,
        "At least 139 people remain missing after the landslide.",
        missing,
    );
    let injured = "Eleven miners were injured when a tunnel collapsed";
    finds(
        "hedge-dropped",
        LANDSLIDE,
        "Eleven miners were killed when a tunnel collapsed.",
        injured,
        "\u{201c}injured\u{201d}, the statement says \u{201c}killed\u{201d}",
    );
    // The sentence gives the dead too, and a statement that gives both says which is which.
    silent(
        "hedge-dropped",
        LANDSLIDE,
        "The blast killed three workers.",
        "injured 11 others",
    );
    silent(
        "hedge-dropped",
        LANDSLIDE,
        "The blast killed three workers and injured 11 others.",
        "The blast killed three workers and injured 11 others",
    );
}

const STUDY: &str = "Heavy use of social media was associated with poorer sleep in teenagers, \
the study found. Air pollution has been linked to, and may cause, a higher risk of dementia. \
The drug reversed memory loss in mice, the researchers reported.\n";

#[test]
fn an_association_stated_as_a_cause_is_found() {
    let quote = "Heavy use of social media was associated with poorer sleep in teenagers";
    finds(
        "hedge-dropped",
        STUDY,
        "Heavy use of social media causes poorer sleep in teenagers, the study found.",
        quote,
        "the quote says \u{201c}associated\u{201d}, the statement says \u{201c}causes\u{201d}: \
         it states an association as a cause",
    );
    silent(
        "hedge-dropped",
        STUDY,
        "Heavy use of social media was associated with poorer sleep in teenagers, the study \
         found.",
        quote,
    );
    // The sentence speaks of a cause itself.
    silent(
        "hedge-dropped",
        STUDY,
        "Air pollution may cause a higher risk of dementia.",
        "Air pollution has been linked to",
    );
}

#[test]
fn a_finding_in_mice_stated_of_everyone_is_found() {
    let quote = "The drug reversed memory loss in mice";
    finds(
        "hedge-dropped",
        STUDY,
        "The drug reverses memory loss, the researchers reported.",
        quote,
        "the quote says \u{201c}loss in mice\u{201d}, the statement leaves out \u{201c}in \
         mice\u{201d}",
    );
    silent(
        "hedge-dropped",
        STUDY,
        "The drug reversed memory loss in mice, the researchers reported.",
        quote,
    );
    silent(
        "hedge-dropped",
        STUDY,
        "In a mouse study, the drug reversed memory loss.",
        quote,
    );
}

const PLANT: &str = "The coal plant is scheduled to close in 2027, the operator said. The \
summit is set to open in Geneva on Monday, diplomats said.\n";

#[test]
fn a_timetable_stated_as_done_is_found() {
    let quote = "The coal plant is scheduled to close in 2027, the operator said";
    finds(
        "hedge-dropped",
        PLANT,
        "The coal plant closed in 2027, the operator said.",
        quote,
        "the quotes hedge the claim (\u{201c}scheduled to\u{201d})",
    );
    // "will" keeps a timetable, as it would not keep "could close".
    silent(
        "hedge-dropped",
        PLANT,
        "The coal plant will close in 2027, the operator said.",
        quote,
    );
    let summit = "The summit is set to open in Geneva on Monday, diplomats said";
    finds(
        "hedge-dropped",
        PLANT,
        "The summit opened in Geneva on Monday, diplomats said.",
        summit,
        "\u{201c}is set to\u{201d}",
    );
    silent(
        "hedge-dropped",
        PLANT,
        "The summit is set to open in Geneva on Monday.",
        summit,
    );
}

const WILL_BE: &str = "The bridge will be repaired by June, the governor said. Officials said \
the evacuation would continue through the weekend. Two days later, the city would fall to \
Russian forces. Prices rose 5% in May and will rise further, the bank said.\n";

#[test]
fn a_forecast_stated_as_done_is_found() {
    let bridge = "The bridge will be repaired by June, the governor said";
    finds(
        "hedge-dropped",
        WILL_BE,
        "The bridge was repaired by June, the governor said.",
        bridge,
        "the quote says \u{201c}will be repaired\u{201d}, what is yet to come; the statement \
         says \u{201c}was repaired\u{201d}, as done",
    );
    silent(
        "hedge-dropped",
        WILL_BE,
        "The bridge will be repaired by June, the governor said.",
        bridge,
    );
    // What officials said would be, and what the narrator tells would be (and was).
    finds(
        "hedge-dropped",
        WILL_BE,
        "The evacuation continued through the weekend, officials said.",
        "Officials said the evacuation would continue through the weekend",
        "\u{201c}would continue\u{201d}",
    );
    silent(
        "hedge-dropped",
        WILL_BE,
        "Two days later, the city fell to Russian forces.",
        "Two days later, the city would fall to Russian forces",
    );
    // The quote gives the statement's word as done itself.
    silent(
        "hedge-dropped",
        WILL_BE,
        "Prices rose 5% in May, the bank said.",
        "Prices rose 5% in May and will rise further, the bank said",
    );
}

const TRIAL: &str = "Prosecutors said Hendrik Vos, 61, accepted about 1.2 million euros in \
payments. Lead negotiator Frédérique Ries, a Belgian liberal MEP, said the vote showed \
progress.\n\nCAMBRIDGE, Mass., March 3, 2025 -- Verdane Biosciences, Inc. (NASDAQ: VRDN) today \
reported financial results for the full year.\n\nPrices rose 5%, the ministry said.\n";

#[test]
fn a_name_with_its_asides_is_the_writers_not_the_speakers() {
    // An aside says who is meant, in the writer's words, even inside what someone said.
    silent(
        "attribution-cut",
        TRIAL,
        "Hendrik Vos is 61.",
        "Hendrik Vos, 61",
    );
    silent(
        "attribution-cut",
        TRIAL,
        "Frédérique Ries is a Belgian liberal MEP.",
        "Frédérique Ries, a Belgian liberal MEP",
    );
    silent(
        "attribution-cut",
        TRIAL,
        "Verdane Biosciences is listed on Nasdaq as VRDN.",
        "CAMBRIDGE, Mass., March 3, 2025 -- Verdane Biosciences, Inc. (NASDAQ: VRDN)",
    );
    // What they said is still theirs, and a clause before the speaker is no name.
    finds(
        "attribution-cut",
        TRIAL,
        "Vos accepted about 1.2 million euros in payments.",
        "accepted about 1.2 million euros in payments",
        "Prosecutors said",
    );
    finds(
        "attribution-cut",
        TRIAL,
        "Prices rose 5%.",
        "Prices rose 5%, the ministry",
        "said",
    );
}

const EARNINGS: &str = "FRANKFURT, July 24 - German utility Nordwind Energy reported on \
Thursday an 18% fall in net profit to 412 million euros, hit by lower power prices, and cut \
its full-year outlook. Police said a man fled the scene, and hid in a barn.\n";

#[test]
fn a_second_verb_of_who_reports_a_noun_is_not_what_they_report() {
    silent(
        "attribution-cut",
        EARNINGS,
        "Nordwind cut its outlook for the full year.",
        "and cut its full-year outlook",
    );
    // "said" reports a clause, which the quote may go on.
    finds(
        "attribution-cut",
        EARNINGS,
        "The man hid in a barn.",
        "and hid in a barn",
        "Police said",
    );
}

const LAUNCH: &str = "Lumina announced the Pocket 3 on Tuesday. It costs $499 in the US.\n";

#[test]
fn the_number_of_a_name_the_article_writes_is_no_count() {
    silent(
        "number-not-in-quote",
        LAUNCH,
        "The Pocket 3 costs $499 in the US.",
        "It costs $499 in the US.",
    );
    finds(
        "number-not-in-quote",
        LAUNCH,
        "The Pocket 4 costs $499 in the US.",
        "It costs $499 in the US.",
        "`4`",
    );
}

const IN_WORDS: &str = "A single year above 1.5C does not mean the target has been breached. \
Okafor scored twice. The canal opened after a decade of construction. Northgate were held to a \
goalless draw at Exeter. Inishmaan, the middle of the three islands, has a school.\n";

#[test]
fn a_number_a_quote_says_in_words_is_given() {
    let silent_n = |statement: &str, quote: &str| {
        silent("number-not-in-quote", IN_WORDS, statement, quote);
    };
    silent_n(
        "One year above 1.5C does not mean the target has been breached.",
        "A single year above 1.5C does not mean the target has been breached.",
    );
    silent_n("Okafor scored two goals.", "Okafor scored twice.");
    silent_n(
        "The canal opened after ten years of construction.",
        "The canal opened after a decade of construction.",
    );
    silent_n(
        "Northgate drew 0-0 at Exeter.",
        "Northgate were held to a goalless draw at Exeter.",
    );
    // "one" after "the" and a describing word stands for a noun.
    silent_n(
        "Inishmaan is the middle one of the three islands.",
        "Inishmaan, the middle of the three islands",
    );
    let finds_n = |statement: &str, quote: &str, words: &str| {
        finds("number-not-in-quote", IN_WORDS, statement, quote, words);
    };
    finds_n(
        "Okafor scored three goals.",
        "Okafor scored twice.",
        "`three`",
    );
    finds_n(
        "The canal opened after twelve years of construction.",
        "The canal opened after a decade of construction.",
        "`twelve years`",
    );
    finds_n(
        "Inishmaan is the only one of the three islands with a school.",
        "Inishmaan, the middle of the three islands, has a school.",
        "`one`",
    );
}

const BATTERY: &str = "The battery lasts up to six weeks with an hour of reading a day.\n";

#[test]
fn an_amount_counted_per_a_stretch_is_no_rate_of_its_own() {
    // "an hour a day": the hour is what is counted per day.
    silent(
        "hedge-dropped",
        BATTERY,
        "The battery lasts up to six weeks when reading an hour a day.",
        "The battery lasts up to six weeks with an hour of reading a day.",
    );
    finds(
        "hedge-dropped",
        BATTERY,
        "The battery lasts up to six weeks when reading an hour a week.",
        "The battery lasts up to six weeks with an hour of reading a day.",
        "another period",
    );
}

/// One fact on a warning published on Friday 14 November 2025, whose statement gives
/// `statement`.
fn warning_finds(statement: &str) -> Vec<String> {
    let text = "The Met Office has issued an amber warning for wind covering western Scotland \
                from 6pm on Saturday until 9am on Sunday, as Storm Fiona approaches.\n";
    let facts = format!(
        "{}sources:\n  - id: a\n    title: A\n    publisher: P\n    published: 2025-11-14\n    \
         file: a.txt\nfacts:\n  - id: f\n    statement: '{statement}'\n    topic: T\n    \
         sources:\n      - source: a\n        quote: 'The Met Office has issued an amber \
         warning for wind covering western Scotland from 6pm on Saturday until 9am on \
         Sunday'\n    verified_by: me\n",
        common::BRIEFING
    );
    let project = common::Project::new(&facts, &[("a.txt", text.as_bytes())]);
    let report = project.check();
    (report.of("statement-date-unsupported").into_iter())
        .map(|h| h.message)
        .collect()
}

#[test]
fn a_weekday_in_a_present_perfect_clause_may_be_to_come() {
    // "has issued" takes no day gone by, and "Met" of "the Met Office" is a name, no past.
    let found = warning_finds(
        "The Met Office issued an amber wind warning for western Scotland from 6pm on Saturday \
         15 November.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = warning_finds(
        "The Met Office issued an amber wind warning for western Scotland from 6pm on Saturday \
         22 November.",
    );
    assert!(
        found.len() == 1 && found[0].contains("22 November"),
        "{found:?}"
    );
}

const RECORDS: &str = "The bank had cut rates seven times in a row, by a total of 225 basis \
points, between June 2024 and March 2025. Sharon Lokedi won the Boston Marathon on Monday in a \
course-record 2 hours, 17 minutes, 22 seconds. Lokedi broke the course record by more than two \
and a half minutes. Emmanouil Karalis took silver with 6.00m, and Kurtis Marschall won bronze \
with 5.95m. Fianna Fáil won six of the council's 18 seats. The loss forced it to close six of its \
12 beds. Of the 28 economists polled by Reuters last month, 21 had forecast a hold.\n\
Party | Seats | First-preference share\n";

#[test]
fn basis_points_are_hundredths_of_a_percentage_point() {
    let quote = "The bank had cut rates seven times in a row, by a total of 225 basis points";
    silent(
        "number-not-in-quote",
        RECORDS,
        "The bank cut rates seven times in a row, by 2.25 percentage points in all.",
        quote,
    );
    silent(
        "number-not-in-quote",
        RECORDS,
        "The bank cut rates seven times in a row, by 225 basis points in all.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RECORDS,
        "The bank cut rates seven times in a row, by 2.5 percentage points in all.",
        quote,
        "`2.5 percentage points`",
    );
}

#[test]
fn a_race_time_a_clock_writes_is_its_hours_minutes_and_seconds() {
    let quote = "Sharon Lokedi won the Boston Marathon on Monday in a course-record 2 hours, 17 \
                 minutes, 22 seconds";
    silent(
        "number-not-in-quote",
        RECORDS,
        "Lokedi won the Boston Marathon in a course record of 2:17:22.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RECORDS,
        "Lokedi won the Boston Marathon in a course record of 2:19:22.",
        quote,
        "`2:19`",
    );
}

#[test]
fn over_after_by_is_more_than_before_a_stretch() {
    let quote = "Lokedi broke the course record by more than two and a half minutes.";
    silent(
        "hedge-dropped",
        RECORDS,
        "Lokedi broke the old course record by over two and a half minutes.",
        quote,
    );
    finds(
        "hedge-dropped",
        RECORDS,
        "Lokedi broke the old course record by two and a half minutes.",
        quote,
        "more than",
    );
}

#[test]
fn a_place_is_its_medal() {
    let quote = "Emmanouil Karalis took silver with 6.00m, and Kurtis Marschall won bronze with \
                 5.95m.";
    silent(
        "number-not-in-quote",
        RECORDS,
        "Karalis was second with 6.00m and Marschall third with 5.95m.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RECORDS,
        "Karalis was first with 6.00m and Marschall second with 5.95m.",
        quote,
        "`first`",
    );
}

#[test]
fn a_fraction_that_a_part_of_a_whole_makes_exactly_is_given() {
    let silent_n = |statement: &str, quote: &str| {
        silent("number-not-in-quote", RECORDS, statement, quote);
    };
    silent_n(
        "Fianna Fáil won a third of the council''s seats.",
        "Fianna Fáil won six of the council''s 18 seats.",
    );
    silent_n(
        "The loss forced it to close half of its beds.",
        "The loss forced it to close six of its 12 beds.",
    );
    silent_n(
        "Three quarters of the economists polled by Reuters had forecast a hold.",
        "Of the 28 economists polled by Reuters last month, 21 had forecast a hold.",
    );
    let finds_n = |statement: &str, quote: &str, words: &str| {
        finds("number-not-in-quote", RECORDS, statement, quote, words);
    };
    finds_n(
        "Fianna Fáil won a quarter of the council''s seats.",
        "Fianna Fáil won six of the council''s 18 seats.",
        "`a quarter`",
    );
    finds_n(
        "Two-thirds of the economists polled by Reuters had forecast a hold.",
        "Of the 28 economists polled by Reuters last month, 21 had forecast a hold.",
        "`Two-thirds`",
    );
}

#[test]
fn a_number_word_the_quote_joins_to_its_noun_is_given() {
    silent(
        "number-not-in-quote",
        RECORDS,
        "The table gives each party''s share of first preferences.",
        "Party | Seats | First-preference share",
    );
    finds(
        "number-not-in-quote",
        RECORDS,
        "The table gives each party''s share of second preferences.",
        "Party | Seats | First-preference share",
        "`second`",
    );
}

const JUDGMENT: &str = "In a judgment handed down on Tuesday, Lady Justice Carr, sitting with \
Lord Justice Males, said the inspector had erred by treating the loss of farmland as decisive. \
The inspector had misread the guidance, said the judge.\n";

#[test]
fn what_frames_a_saying_whose_verb_says_a_clause_of_its_own_is_the_writers() {
    silent(
        "attribution-cut",
        JUDGMENT,
        "The judgment was handed down on Tuesday.",
        "In a judgment handed down on Tuesday",
    );
    // Said after what was said: the quote is the judge's.
    finds(
        "attribution-cut",
        JUDGMENT,
        "The inspector had misread the guidance.",
        "The inspector had misread the guidance",
        "said",
    );
}

const SUBGROUPS: &str = "The survey of 1,200 registered voters was conducted by phone. About 40% \
of young voters said they backed the plan, the poll found. Some 38% of registered voters approve \
of the governor. Unemployment among women rose to 9% in October, the office said. Turnout in \
rural districts was 31%, the commission said. Small businesses cut 12,000 jobs last month, the \
payroll processor said.\n";

#[test]
fn a_subgroups_figure_stated_as_the_wholes_is_found_with_its_words() {
    let cases = [
        (
            "About 40% of voters said they backed the plan, the poll found.",
            "About 40% of young voters said they backed the plan, the poll found",
            "the quote gives 40% to \u{201c}young voters\u{201d}, the statement to \
             \u{201c}voters\u{201d}: it states of the whole what the quote says of a part",
        ),
        (
            "Unemployment rose to 9% in October, the office said.",
            "Unemployment among women rose to 9% in October, the office said",
            "\u{201c}Unemployment among women\u{201d}, the statement to \
             \u{201c}Unemployment\u{201d}",
        ),
        (
            "Turnout was 31%, the commission said.",
            "Turnout in rural districts was 31%, the commission said",
            "\u{201c}Turnout in rural districts\u{201d}, the statement to \u{201c}Turnout\u{201d}",
        ),
        (
            "Businesses cut 12,000 jobs last month, the payroll processor said.",
            "Small businesses cut 12,000 jobs last month, the payroll processor said",
            "gives 12,000 to \u{201c}Small businesses\u{201d}",
        ),
    ];
    for (statement, quote, words) in cases {
        finds("hedge-dropped", SUBGROUPS, statement, quote, words);
    }
}

#[test]
fn a_subgroup_kept_in_other_words_moved_or_naming_the_whole_draws_nothing() {
    let cases = [
        (
            "About 40% of voters aged 18 to 29 said they backed the plan, the poll found.",
            "About 40% of young voters said they backed the plan, the poll found",
        ),
        (
            "Among women, unemployment rose to 9% in October, the office said.",
            "Unemployment among women rose to 9% in October, the office said",
        ),
        (
            "Female unemployment rose to 9% in October, the office said.",
            "Unemployment among women rose to 9% in October, the office said",
        ),
        (
            "Rural turnout was 31%, the commission said.",
            "Turnout in rural districts was 31%, the commission said",
        ),
        (
            "Last month small businesses cut 12,000 jobs, the payroll processor said.",
            "Small businesses cut 12,000 jobs last month, the payroll processor said",
        ),
        // The whole poll is of registered voters: the word names the whole.
        (
            "Some 38% of voters approve of the governor.",
            "Some 38% of registered voters approve of the governor",
        ),
    ];
    for (statement, quote) in cases {
        silent("hedge-dropped", SUBGROUPS, statement, quote);
    }
}

const RAID: &str = "Russian air defences shot down 35 Ukrainian drones over the Belgorod region \
overnight. Ukrainian forces retook the village of Robotyne from Russian troops. The rebels were \
attacked by government troops near Kidal on Sunday. Israel said Hamas fired 40 rockets from Gaza \
on Friday.\n";

#[test]
fn who_did_what_turned_around_is_found() {
    let drones = "Russian air defences shot down 35 Ukrainian drones over the Belgorod region";
    finds(
        "negation-cut",
        RAID,
        "Ukraine shot down 35 Russian drones over the Belgorod region.",
        drones,
        "the quote from `a` has \u{201c}Russian air defences\u{201d} shot \u{201c}35 Ukrainian \
         drones\u{201d}, the statement \u{201c}Ukraine\u{201d} shot \u{201c}35 Russian \
         drones\u{201d}",
    );
    let village = "Ukrainian forces retook the village of Robotyne from Russian troops";
    finds(
        "negation-cut",
        RAID,
        "Russian forces retook the village of Robotyne.",
        village,
        "\u{201c}Russian forces\u{201d} retook",
    );
    let rebels = "The rebels were attacked by government troops near Kidal on Sunday";
    finds(
        "negation-cut",
        RAID,
        "The rebels attacked government troops near Kidal on Sunday.",
        rebels,
        "\u{201c}government troops\u{201d} attacked \u{201c}The rebels\u{201d}",
    );
    let rockets = "Israel said Hamas fired 40 rockets from Gaza on Friday";
    finds(
        "negation-cut",
        RAID,
        "Hamas said Israel fired 40 rockets from Gaza on Friday.",
        rockets,
        "the statement \u{201c}Israel\u{201d} fired",
    );
    // The same roles in other words: a passive, the capital or the people for the country, no
    // doer at all, the parties in another order.
    for statement in [
        "35 Ukrainian drones were shot down by Russian air defences over the Belgorod region.",
        "Moscow''s air defences shot down 35 Ukrainian drones over the Belgorod region.",
        "Russia shot down 35 Ukrainian drones over the Belgorod region.",
        "35 Ukrainian drones were shot down over the Belgorod region.",
        "35 of Kyiv''s drones were shot down by Russian air defences over the Belgorod region.",
    ] {
        silent("negation-cut", RAID, statement, drones);
    }
    for statement in [
        "Kyiv''s forces retook the village of Robotyne from Russian troops.",
        "The village of Robotyne was retaken from Russian troops by Ukrainian forces.",
    ] {
        silent("negation-cut", RAID, statement, village);
    }
    silent(
        "negation-cut",
        RAID,
        "Government troops attacked the rebels near Kidal on Sunday.",
        rebels,
    );
    silent(
        "negation-cut",
        RAID,
        "Hamas fired 40 rockets from Gaza on Friday, Israel said.",
        rockets,
    );
}

const CONDITIONS: &str = "Fuel deliveries to the front will resume next week unless the bridge \
is damaged again, officials said. Up to 3,000 reservists will be called up in December, pending \
approval by parliament, the ministry said. Deputy minister Olena Hrab said the withdrawal of \
heavy weapons would begin on Friday if the ceasefire holds. Wages rose 4.5% in the year, and \
will rise further if the labour market stays tight. Asked if the bank would sue, a spokesman \
said it had filed a claim for $1.1 million. Even if the rains stop, 300 schools will stay closed \
for a month. Cases pending before the court were not affected, the envoy said.\n";

#[test]
fn a_condition_dropped_is_found_in_the_quote_or_right_after_it() {
    finds(
        "hedge-dropped",
        CONDITIONS,
        "Fuel deliveries to the front will resume next week, officials said.",
        "Fuel deliveries to the front will resume next week unless the bridge is damaged again",
        "the quote gives the claim on a condition (\u{201c}unless the bridge is damaged \
         again\u{201d}), the statement states it without one",
    );
    finds(
        "hedge-dropped",
        CONDITIONS,
        "Up to 3,000 reservists will be called up in December, the ministry said.",
        "Up to 3,000 reservists will be called up in December, pending approval by parliament",
        "(\u{201c}pending approval by parliament\u{201d})",
    );
    // Cut off right before the condition: the sentence goes on with it.
    finds(
        "hedge-dropped",
        CONDITIONS,
        "Olena Hrab said the withdrawal of heavy weapons would begin on Friday.",
        "Deputy minister Olena Hrab said the withdrawal of heavy weapons would begin on Friday",
        "(\u{201c}if the ceasefire holds\u{201d})",
    );
}

const RACE: &str = "Sabastian Sawe won the London Marathon on Sunday in 2:02:27. Joyciline \
Jepkosgei was second, 3 minutes 48 seconds behind. Ryan Gravenberch started 37 of the 38 \
games. Her charts of the strait would remain in use for more than 40 years. Of the estimated \
400,000 people who remain in Zamzam, about 200,000 are children. Of the 2,100 adults surveyed, \
1,050 said their finances had got worse, and 420 said they had got better. An exit poll found \
that 52% of voters over 65 backed Reform. Uptake of the second dose among children aged 5 was \
83.9%.\n";

#[test]
fn a_race_time_in_words_is_the_clock_a_quote_writes() {
    let quote = "Sabastian Sawe won the London Marathon on Sunday in 2:02:27";
    silent(
        "number-not-in-quote",
        RACE,
        "Sawe won the London Marathon in 2 hours 2 minutes 27 seconds.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RACE,
        "Sawe won the London Marathon in 2 hours 3 minutes 27 seconds.",
        quote,
        "`3 minutes`",
    );
    // A clock of two parts may be minutes and seconds: a gap behind the winner.
    let quote = "Joyciline Jepkosgei was second, 3 minutes 48 seconds behind";
    silent(
        "number-not-in-quote",
        RACE,
        "Jepkosgei was second, 3:48 behind.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RACE,
        "Jepkosgei was second, 3:58 behind.",
        quote,
        "`3:58`",
    );
}

#[test]
fn a_condition_kept_or_of_another_clause_or_no_condition_is_let_be() {
    let fuel = "Fuel deliveries to the front will resume next week unless the bridge is damaged \
                again";
    silent(
        "hedge-dropped",
        CONDITIONS,
        "Officials said fuel deliveries will resume next week unless the bridge is damaged again.",
        fuel,
    );
    silent(
        "hedge-dropped",
        CONDITIONS,
        "Up to 3,000 reservists will be called up in December if parliament approves.",
        "Up to 3,000 reservists will be called up in December, pending approval by parliament",
    );
    // The condition governs the clause after "and", which the statement does not give.
    silent(
        "hedge-dropped",
        CONDITIONS,
        "Wages rose 4.5% in the year.",
        "Wages rose 4.5% in the year, and will rise further if the labour market stays tight",
    );
    // "asked if" is "whether", "even if" concedes, and "cases pending" are no condition.
    silent(
        "hedge-dropped",
        CONDITIONS,
        "The bank filed a claim for $1.1 million, a spokesman said.",
        "Asked if the bank would sue, a spokesman said it had filed a claim for $1.1 million",
    );
    silent(
        "hedge-dropped",
        CONDITIONS,
        "Some 300 schools will stay closed for a month.",
        "Even if the rains stop, 300 schools will stay closed for a month",
    );
    silent(
        "hedge-dropped",
        CONDITIONS,
        "Cases before the court were not affected, the envoy said.",
        "Cases pending before the court were not affected, the envoy said",
    );
}

#[test]
fn a_stretch_of_time_in_a_larger_unit_is_given() {
    let quote = "Her charts of the strait would remain in use for more than 40 years.";
    silent(
        "number-not-in-quote",
        RACE,
        "Her charts remained in use for more than four decades.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RACE,
        "Her charts remained in use for more than five decades.",
        quote,
        "`five decades`",
    );
}

#[test]
fn all_but_a_few_of_a_whole_is_its_part() {
    let quote = "Ryan Gravenberch started 37 of the 38 games.";
    silent(
        "number-not-in-quote",
        RACE,
        "Gravenberch started all but one of the 38 games.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RACE,
        "Gravenberch started all but two of the 38 games.",
        quote,
        "`two`",
    );
}

#[test]
fn a_share_of_an_estimated_whole_or_of_a_part_joined_by_and_is_given() {
    let quote = "Of the estimated 400,000 people who remain in Zamzam, about 200,000 are children.";
    silent(
        "number-not-in-quote",
        RACE,
        "About half of the 400,000 people left in Zamzam are children.",
        quote,
    );
    // Flat, the share drops the estimate: it is still asked.
    finds(
        "number-not-in-quote",
        RACE,
        "Half of the 400,000 people left in Zamzam are children.",
        quote,
        "`Half`",
    );
    let quote = "Of the 2,100 adults surveyed, 1,050 said their finances had got worse, and 420 \
                 said they had got better.";
    silent(
        "number-not-in-quote",
        RACE,
        "One in five said their finances had got better.",
        quote,
    );
    finds(
        "number-not-in-quote",
        RACE,
        "One in four said their finances had got better.",
        quote,
        "`One in four`",
    );
}

#[test]
fn an_age_bound_in_words_of_age_keeps_the_quotes() {
    let quote = "An exit poll found that 52% of voters over 65 backed Reform.";
    silent(
        "hedge-dropped",
        RACE,
        "An exit poll found 52% of voters older than 65 backed Reform.",
        quote,
    );
    finds(
        "hedge-dropped",
        RACE,
        "An exit poll found 52% of voters aged 65 backed Reform.",
        quote,
        "over",
    );
    let quote = "Uptake of the second dose among children aged 5 was 83.9%.";
    silent(
        "hedge-dropped",
        RACE,
        "Second-dose uptake among five-year-olds was 83.9%.",
        quote,
    );
    silent(
        "hedge-dropped",
        RACE,
        "83.9% of five-year-olds had had the second dose.",
        quote,
    );
    finds(
        "hedge-dropped",
        RACE,
        "83.9% of pupils had had the second dose.",
        quote,
        "children aged 5",
    );
}

const SINCE: &str = "Mortgage rates climbed to 5.8%, the highest since 2008, the lender \
association said. The central bank raised its key rate by 75 basis points, the biggest increase \
since 1994.\n";

#[test]
fn the_years_since_a_year_a_quote_gives_are_counted_to_the_facts_day() {
    let dated = "    date: 2022-06-15\n";
    let rates = "Mortgage rates climbed to 5.8%, the highest since 2008";
    let given = |statement: &str, extra: &str, quote: &str| {
        found_with("number-not-in-quote", SINCE, statement, extra, quote).is_empty()
    };
    assert!(given(
        "Mortgage rates climbed to 5.8%, the highest in 14 years.",
        dated,
        rates
    ));
    assert!(!given(
        "Mortgage rates climbed to 5.8%, the highest in 20 years.",
        dated,
        rates
    ));
    // Without a day to count to, the quote gives no number of years.
    assert!(!given(
        "Mortgage rates climbed to 5.8%, the highest in 14 years.",
        "",
        rates
    ));
    // A qualifier allows two years: 1994 to 2022 is nearly three decades.
    let hike = "The central bank raised its key rate by 75 basis points, the biggest increase \
                since 1994";
    let nearly = "The central bank raised its key rate by 75 basis points, its biggest increase \
                  in nearly three decades.";
    assert!(given(nearly, dated, hike));
    let flat = "The central bank raised its key rate by 75 basis points, its biggest increase in \
                four decades.";
    assert!(!given(flat, dated, hike));
}
