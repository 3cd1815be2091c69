//! What a number says beyond its digits: which way a change went (`rose 5%` is not `fell 5%`,
//! `tripled` not `doubled`), a fraction in words or a vulgar fraction (`a third`, `2½%`), a
//! time of day in either notation, lakh and crore, pence against pounds, "over" as a
//! preposition, labels that do not count (`Boeing 737`), and a figure that gives one end of a
//! range. Each test fails if the behaviour it pins is removed.

mod common;
use common::{BRIEFING, Project, Report, finds, silent};

const ARTICLE: &str = "Exports fell 5% in January. GDP shrank 2.1% last year. Sales doubled to \
40,000 units. The number of cases has tripled since January. The firm more than doubled its \
profits. A third of households cannot afford heating. Two-thirds of voters backed the plan. The \
loan rate is 2½% for new customers. The project took 3½ years to complete. The train left at \
11:30am. The incident happened at 9:15pm. The state government set aside Rs 5 crore for flood \
relief. The region has 5.3 lakh voters. Shares fell 12p to 340p in London trading. The jury \
deliberated for nine hours over two days. Talks continued over three rounds in Istanbul. The \
siege lasted over 10 days. The Boeing 737 crashed shortly after take-off. The Prime Minister \
returned to No. 10 after the vote. The report's authors said the levels were unsafe. Nato's Article 5 was discussed at the summit. Call 0800 123 \
4567 for help. The team won 3-1 at home. Prices rose by 10-15% over the year. Support for the party has \
fallen to 19 per cent. Inflation has eased to 2.3%. Temperatures reached 46C in El Granado, \
3.5 °C above the average. Petrol rose 5c a litre. Revenue of $4.2 billion beat analysts' \
estimate of $4.05 billion. Capital gains tax will change: the lower rate goes from 10 per cent to \
18 per cent. Cholera cases rose from 310 to 540 in a week. Output rose from 3 to 5 units in May \
and fell from 5 to 4 in June. The dam stood for four decades.\n";

/// A project with the article as source `a` and one fact `f`, its statement on line 11 (its
/// quotation mark at column 16), `extra` lines after its topic, and its quote on line 15 when
/// `extra` is empty.
fn check(statement: &str, extra: &str, quote: &str) -> Report {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n{extra}    sources:\n      - source: a\n        quote: \"{quote}\"\n    verified_by: me\n"
    );
    Project::new(&facts, &[("a.txt", ARTICLE.as_bytes())]).check()
}

fn passes(statement: &str, extra: &str, quote: &str) {
    let r = check(statement, extra, quote);
    assert_eq!(r.code, Some(0), "{statement}: {:#?}", r.hits());
}

fn figure(value: &str) -> String {
    format!("    figure:\n      value: {value}\n      label: L\n")
}

#[test]
fn a_change_said_the_other_way_is_caught_with_both_words() {
    let hit = check(
        "Exports rose 5% in January.",
        "",
        "Exports fell 5% in January",
    )
    .one("number-not-in-quote", 11, 30);
    assert!(
        hit.message.contains(
            "the statement says \u{201c}rose\u{201d} 5%, the quote \u{201c}fell\u{201d} 5%"
        ),
        "{hit:?}"
    );
    let hit = check("GDP grew 2.1% last year.", "", "GDP shrank 2.1% last year").one(
        "number-not-in-quote",
        11,
        26,
    );
    assert!(hit.message.contains("\u{201c}grew\u{201d}"), "{hit:?}");
    passes(
        "Exports dropped 5% in January.",
        "",
        "Exports fell 5% in January",
    );
    passes(
        "Exports were down 5% in January.",
        "",
        "Exports fell 5% in January",
    );
}

#[test]
fn a_change_whose_start_and_end_are_swapped_is_caught() {
    let quote = "Cholera cases rose from 310 to 540 in a week";
    for (statement, column) in [
        ("Cholera cases fell from 540 to 310 in a week.", 41),
        ("Cholera cases rose from 540 to 310 in a week.", 41),
        ("Cholera cases rose to 310 from 540 in a week.", 48),
    ] {
        let hit = check(statement, "", quote).one("number-not-in-quote", 11, column);
        assert!(
            hit.message.contains(
                "the statement gives the change as \u{201c}from\u{201d} 540 \u{201c}to\u{201d} \
                 310, the quote as \u{201c}from\u{201d} 310 \u{201c}to\u{201d} 540: its start \
                 and end are swapped"
            ),
            "{statement}: {hit:?}"
        );
    }
    passes("Cholera cases rose to 540 from 310 in a week.", "", quote);
    passes(
        "Cholera cases climbed from 310 to 540 in a week.",
        "",
        quote,
    );
    // A quote of two changes gives 5 as an end and as a start: either order is its own.
    let quote = "Output rose from 3 to 5 units in May and fell from 5 to 4 in June";
    passes("Output fell from 5 to 4 units in June.", "", quote);
}

#[test]
fn where_a_change_went_said_the_other_way_is_caught_and_so_is_a_missed_estimate() {
    let quote = "Support for the party has fallen to 19 per cent";
    let hit = check("Support for the party has risen to 19 per cent.", "", quote).one(
        "number-not-in-quote",
        11,
        52,
    );
    assert!(
        hit.message.contains(
            "the statement says \u{201c}risen to\u{201d} 19 per cent, the quote \u{201c}fallen \
             to\u{201d} 19 per cent: the change goes the other way"
        ),
        "{hit:?}"
    );
    passes("Support for the party fell to 19 per cent.", "", quote);
    let quote = "Revenue of $4.2 billion beat analysts' estimate of $4.05 billion";
    let hit = check(
        "Revenue of $4.2 billion missed analysts' estimate of $4.05 billion.",
        "",
        quote,
    )
    .one("number-not-in-quote", 11, 70);
    assert!(
        hit.message.contains(
            "the statement says \u{201c}missed\u{201d} \u{2026} $4.05 billion, the quote \
             \u{201c}beat\u{201d} \u{2026} $4.05 billion"
        ),
        "{hit:?}"
    );
    passes(
        "Revenue topped analysts' estimate of $4.05 billion.",
        "",
        quote,
    );
    // A change of another number than the statement's is no turn: "fell" in "Shares fell 12p
    // to 340p" is not said of the statement's 40,000.
    passes(
        "Sales doubled to 40,000 units.",
        "",
        "Sales doubled to 40,000 units",
    );
    // "lower" and "higher" that describe a noun ("the lower rate") say no way of a change.
    passes(
        "The lower rate of capital gains tax rises from 10% to 18%.",
        "",
        "the lower rate goes from 10 per cent to 18 per cent",
    );
}

#[test]
fn doubled_and_tripled_are_told_apart_and_a_rise_of_100_percent_is_doubled() {
    let hit = check(
        "Sales tripled to 40,000 units.",
        "",
        "Sales doubled to 40,000 units",
    )
    .one("number-not-in-quote", 11, 23);
    assert!(
        hit.message.contains("`tripled`") && hit.message.contains("`doubled`"),
        "{hit:?}"
    );
    let quote = "The number of cases has tripled since January";
    check("The number of cases has doubled since January.", "", quote).one(
        "number-not-in-quote",
        11,
        41,
    );
    passes(
        "Sales rose 100% to 40,000 units.",
        "",
        "Sales doubled to 40,000 units",
    );
    check(
        "Sales rose 200% to 40,000 units.",
        "",
        "Sales doubled to 40,000 units",
    )
    .one("number-not-in-quote", 11, 28);
    // "more than doubled" keeps its qualifier, as "more than 300" does.
    let hit = check(
        "The firm doubled its profits.",
        "",
        "The firm more than doubled its profits",
    )
    .one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("more than doubled"), "{hit:?}");
}

#[test]
fn a_figure_that_rounds_a_fraction_in_words_is_in_the_quote() {
    let third = "A third of households cannot afford heating";
    let statement = "A third of households cannot afford heating.";
    for value in ["33", "33.3", "33.33", "0.333"] {
        passes(statement, &figure(value), third);
    }
    let hit = check(statement, &figure("34"), third).one("figure-not-in-quote", 14, 14);
    assert!(hit.message.contains("`A third`"), "{hit:?}");
    check(statement, &figure("33.4"), third).one("figure-not-in-quote", 14, 14);
    let two = "Two-thirds of voters backed the plan";
    for value in ["67", "66.7", "66.67"] {
        passes("Two-thirds of voters backed the plan.", &figure(value), two);
    }
}

#[test]
fn a_vulgar_fraction_after_digits_is_part_of_the_number() {
    let rate = "The loan rate is 2½% for new customers";
    passes("The loan rate is 2.5% for new customers.", "", rate);
    passes("The loan rate is 2½%.", &figure("2.5"), rate);
    check("The loan rate is 2% for new customers.", "", rate).one("number-not-in-quote", 11, 34);
    let took = "The project took 3½ years to complete";
    check("The project took 3 years.", "", took).one("number-not-in-quote", 11, 34);
    passes("The project took three and a half years.", "", took);
    passes("The project took 3.5 years.", "", took);
}

#[test]
fn a_time_of_day_is_the_same_in_either_notation_and_gives_no_count() {
    let quote = "The train left at 11:30am";
    passes("The train left at 11.30am.", "", quote);
    passes("The train left at 11.30 a.m.", "", quote);
    let hit = check("The train left at 11.45am.", "", quote).one("number-not-in-quote", 11, 35);
    assert!(hit.message.contains("`11:30am`"), "{hit:?}");
    check(
        "The incident injured 15 people.",
        "",
        "The incident happened at 9:15pm",
    )
    .one("number-not-in-quote", 11, 38);
}

#[test]
fn lakh_and_crore_are_scales_and_the_currency_is_shown() {
    let crore = "The state government set aside Rs 5 crore for flood relief";
    passes(
        "The state set aside 50 million rupees for flood relief.",
        "",
        crore,
    );
    passes(
        "The state set aside Rs 5 crore for flood relief.",
        &figure("50000000"),
        crore,
    );
    let hit = check("The state set aside 5 million rupees.", "", crore).one(
        "number-not-in-quote",
        11,
        37,
    );
    assert!(hit.message.contains("`Rs 5 crore`"), "{hit:?}");
    let lakh = "The region has 5.3 lakh voters";
    passes("The region has 530,000 voters.", "", lakh);
    check("The region has 5.3 crore voters.", "", lakh).one("number-not-in-quote", 11, 32);
}

#[test]
fn pence_are_hundredths_of_a_pound() {
    let quote = "Shares fell 12p to 340p in London trading";
    let hit = check("Shares fell £12 to £340.", "", quote).one("number-not-in-quote", 11, 29);
    assert!(hit.message.contains("`12p`"), "{hit:?}");
    passes("Shares fell 12p to 340p.", "", quote);
    passes("Shares fell £0.12 to £3.40.", "", quote);
    passes("Shares fell 12 pence to 340 pence.", "", quote);
    // Cents as `5c` are cents as `5 cents` are.
    let quote = "Petrol rose 5c a litre";
    passes("Petrol rose 5 cents a litre.", "", quote);
    check("Petrol rose $5 a litre.", "", quote).one("number-not-in-quote", 11, 29);
}

#[test]
fn over_a_stretch_of_time_is_no_hedge() {
    passes(
        "The jury deliberated for nine hours across two days.",
        "",
        "The jury deliberated for nine hours over two days",
    );
    passes(
        "Talks continued in three rounds in Istanbul.",
        "",
        "Talks continued over three rounds in Istanbul",
    );
    // After a verb of lasting, "over" is "more than".
    let hit = check(
        "The siege lasted 10 days.",
        "",
        "The siege lasted over 10 days",
    )
    .one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("\u{201c}over 10\u{201d}"), "{hit:?}");
}

#[test]
fn labels_phone_numbers_and_scores_give_no_count() {
    for (statement, quote, column) in [
        (
            "737 people died when the Boeing crashed.",
            "The Boeing 737 crashed shortly after take-off",
            17,
        ),
        (
            "Ten ministers returned after the vote.",
            "The Prime Minister returned to No. 10 after the vote",
            17,
        ),
        (
            "Five articles were discussed at the summit.",
            "Nato's Article 5 was discussed at the summit",
            17,
        ),
        (
            "123 people called for help.",
            "Call 0800 123 4567 for help",
            17,
        ),
        (
            "The team won three matches at home.",
            "The team won 3-1 at home",
            30,
        ),
    ] {
        let hit = check(statement, "", quote).one("number-not-in-quote", 11, column);
        assert!(hit.message.contains("(not a count)"), "{hit:?}");
    }
    // A label or a score gives itself.
    passes(
        "The Prime Minister returned to No 10.",
        "",
        "The Prime Minister returned to No. 10 after the vote",
    );
    passes("The team won 3-1 at home.", "", "The team won 3-1 at home");
    passes(
        "A Boeing 737 crashed after take-off.",
        "",
        "The Boeing 737 crashed shortly after take-off",
    );
}

#[test]
fn a_figure_giving_one_end_of_a_range_drops_it() {
    let quote = "Prices rose by 10-15% over the year";
    let statement = "Prices rose by between 10% and 15%.";
    let hit = check(statement, &figure("15"), quote).one("hedge-dropped", 14, 7);
    assert!(
        hit.message.contains("\u{201c}10-15%\u{201d}") && hit.message.contains("up to"),
        "{hit:?}"
    );
    let qualified = "    figure:\n      value: 15\n      qualifier: up to\n      label: L\n";
    check(statement, qualified, quote).none("hedge-dropped");
}

#[test]
fn one_of_a_group_is_a_member_not_a_count() {
    passes(
        "One of the report's authors said the levels were unsafe.",
        "",
        "The report's authors said the levels were unsafe",
    );
    // "one of the two" counts: the quote gives no two.
    check(
        "One of the two authors said the levels were unsafe.",
        "",
        "The report's authors said the levels were unsafe",
    )
    .one("number-not-in-quote", 11, 17);
}

#[test]
fn a_stretch_of_time_in_another_unit_is_caught_with_both_units() {
    let quote = "The jury deliberated for nine hours over two days";
    let hit =
        check("The jury deliberated for nine days.", "", quote).one("number-not-in-quote", 11, 42);
    assert!(
        hit.message
            .contains("its quotes give `nine` in hours, not in days"),
        "{hit:?}"
    );
    passes("The jury deliberated for nine hours.", "", quote);
    passes(
        "After a nine-hour deliberation over two days, the jury returned.",
        "",
        quote,
    );
    let quote = "The project took 3½ years to complete";
    check("The project took 3½ months.", "", quote).one("number-not-in-quote", 11, 34);
    passes("The project took 3½ years.", "", quote);
    // A decade is ten years, either way round.
    let quote = "The dam stood for four decades";
    passes("The dam stood for 40 years.", "", quote);
    check("The dam stood for four years.", "", quote).one("number-not-in-quote", 11, 35);
    let quote = "The project took 3½ years to complete";
    check("The project took 3½ decades.", "", quote).one("number-not-in-quote", 11, 34);
}

#[test]
fn a_temperature_in_fahrenheit_is_not_one_in_celsius() {
    let quote = "Temperatures reached 46C in El Granado";
    let hit = check("Temperatures reached 46F in El Granado.", "", quote).one(
        "number-not-in-quote",
        11,
        38,
    );
    assert!(
        hit.message
            .contains("its quotes give `46` in degrees Celsius, not in degrees Fahrenheit"),
        "{hit:?}"
    );
    passes(
        "Temperatures reached 46 degrees Celsius in El Granado.",
        "",
        quote,
    );
    passes("Temperatures reached 46 degrees in El Granado.", "", quote);
    let quote = "3.5 °C above the average";
    check(
        "It was 3.5 degrees Fahrenheit above the average.",
        "",
        quote,
    )
    .one("number-not-in-quote", 11, 24);
    passes("It was 3.5C above the average.", "", quote);
}

#[test]
fn a_change_by_a_number_is_not_where_the_change_went() {
    let quote = "Shares fell 12p to 340p in London trading";
    let hit =
        check("Shares fell 340p in London trading.", "", quote).one("number-not-in-quote", 11, 29);
    assert!(
        hit.message.contains(
            "the statement gives 340p as a change by that much (\u{201c}fell\u{201d} 340p), \
             the quote as where the change went (\u{201c}fell \u{2026} to 340p\u{201d})"
        ),
        "{hit:?}"
    );
    let hit = check("Shares fell to 12p in London trading.", "", quote).one(
        "number-not-in-quote",
        11,
        32,
    );
    assert!(
        hit.message
            .contains("as where the change went (\u{201c}fell to 12p\u{201d})"),
        "{hit:?}"
    );
    passes("Shares fell 12p to 340p.", "", quote);
    passes("Shares fell to 340p in London trading.", "", quote);
    // A level after the verb's other forms: "has fallen to", "has eased to".
    let quote = "Support for the party has fallen to 19 per cent";
    check("Support for the party fell by 19 per cent.", "", quote).one(
        "number-not-in-quote",
        11,
        47,
    );
    passes("Support for the party fell to 19 per cent.", "", quote);
    let quote = "Inflation has eased to 2.3%";
    check("Inflation fell 2.3%.", "", quote).one("number-not-in-quote", 11, 32);
    passes("Inflation slowed to 2.3%.", "", quote);
    // A spread of the change ("rose 3 to 4 per cent") is no level.
    passes(
        "Prices rose 10 to 15% over the year.",
        "",
        "Prices rose by 10-15% over the year",
    );
}

const FOLD: &str = "Hospital admissions rose nearly fivefold, to 1,240. Exports grew 3-fold in a \
decade. Costs rose five-fold. Prices rose five times over the decade.\n";

#[test]
fn a_fold_is_how_many_times_as_doubled_is() {
    let quote = "Hospital admissions rose nearly fivefold, to 1,240.";
    let rule = "number-not-in-quote";
    finds(
        rule,
        FOLD,
        "Admissions rose nearly sixfold, to 1,240.",
        quote,
        "`sixfold`",
    );
    finds(
        "hedge-dropped",
        FOLD,
        "Admissions rose fivefold, to 1,240.",
        quote,
        "nearly fivefold",
    );
    silent(
        rule,
        FOLD,
        "Admissions rose nearly fivefold, to 1,240.",
        quote,
    );
    silent(
        "hedge-dropped",
        FOLD,
        "Admissions rose nearly fivefold, to 1,240.",
        quote,
    );
    // Written with a hyphen, in digits or words; a rise of 200% is threefold.
    let quote = "Exports grew 3-fold in a decade.";
    silent(rule, FOLD, "Exports grew threefold in a decade.", quote);
    silent(rule, FOLD, "Exports rose 200% in a decade.", quote);
    finds(
        rule,
        FOLD,
        "Exports grew fourfold in a decade.",
        quote,
        "`fourfold`",
    );
    silent(rule, FOLD, "Costs rose fivefold.", "Costs rose five-fold.");
    // "Five times" may say how many times as much, which a fivefold is; not a sixfold.
    let quote = "Prices rose five times over the decade.";
    silent(rule, FOLD, "Prices rose fivefold over the decade.", quote);
    finds(rule, FOLD, "Prices rose sixfold.", quote, "`sixfold`");
    silent(rule, FOLD, "Costs rose 5 times.", "Costs rose five-fold.");
}

/// A project with `article` as source `a` and one fact whose statement and quote are given.
fn check_in(article: &str, statement: &str, quote: &str) -> Report {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"{quote}\"\n    verified_by: me\n"
    );
    Project::new(&facts, &[("a.txt", article.as_bytes())]).check()
}

// A stretch of days ("17-18 February", "February 17 to 18") is two days, not a count and a
// day: either wording of the same night is the other's.
#[test]
fn both_days_of_a_stretch_of_days_are_days_not_counts() {
    let article = "Russia struck overnight on February 17 to 18. It struck again on 4-5 March.";
    for (statement, quote) in [
        (
            "Russia struck overnight on 17-18 February.",
            "overnight on February 17 to 18",
        ),
        (
            "Russia struck overnight on 17 to 18 February.",
            "overnight on February 17 to 18",
        ),
        (
            "Russia struck on the night of 17/18 February.",
            "overnight on February 17 to 18",
        ),
        (
            "It struck again on March 4 and 5.",
            "It struck again on 4-5 March.",
        ),
    ] {
        let r = check_in(article, statement, quote);
        assert_eq!(r.code, Some(0), "{statement}: {:#?}", r.hits());
    }
    // A count beside the days is still read as one.
    check_in(
        article,
        "Russia struck with 19 drones overnight on 17-18 February.",
        "overnight on February 17 to 18",
    )
    .one("number-not-in-quote", 11, 36);
}

// "lost its last 750 kV line": past a possessive, the number is what the verb takes, not by
// how much something fell, in the statement or after "to" in the quote.
#[test]
fn a_number_after_a_possessive_is_not_a_change() {
    let article = "The plant lost its connection to its last remaining 750 kilovolt power line \
for the ninth time. Exports fell 5% in January.";
    let r = check_in(
        article,
        "The plant lost its last 750 kV power line for the ninth time.",
        "The plant lost its connection to its last remaining 750 kilovolt power line for the \
         ninth time",
    );
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
    let hit = check_in(
        article,
        "Exports rose 5% in January.",
        "Exports fell 5% in January",
    )
    .one("number-not-in-quote", 11, 30);
    assert!(hit.message.contains("\u{201c}rose\u{201d}"), "{hit:?}");
}

// A period's length in a statement ("in the 12 months to March") is the quote's period in
// other words ("in the year to March"), not a figure the quote leaves out; another length is.
#[test]
fn a_period_given_in_other_words_is_the_same_period() {
    let article = "Factory output rose 3% in the year to March. Russia launched 90 drones in the \
                   past day. Prices doubled in a fortnight.";
    for (statement, quote) in [
        (
            "Factory output rose 3% in the 12 months to March.",
            "Factory output rose 3% in the year to March.",
        ),
        (
            "Russia launched 90 drones over 24 hours.",
            "Russia launched 90 drones in the past day.",
        ),
        (
            "Prices doubled in two weeks.",
            "Prices doubled in a fortnight.",
        ),
    ] {
        let r = check_in(article, statement, quote);
        assert_eq!(r.code, Some(0), "{statement}: {:#?}", r.hits());
    }
    let rule = "number-not-in-quote";
    let quote = "Factory output rose 3% in the year to March.";
    finds(
        rule,
        article,
        "Factory output rose 3% in the 18 months to March.",
        quote,
        "`18 months`",
    );
    finds(
        rule,
        article,
        "Factory output rose 3% in 12 weeks.",
        quote,
        "`12 weeks`",
    );
}
