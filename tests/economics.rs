//! Business and economics copy: quarters written `Q3`, fiscal years (`FY2024`), a company
//! reporting its results (no one's claim), and a statement that says it gives an estimate, and
//! whose.
//! Each test fails if the behaviour it pins is removed.

mod common;
use common::{BRIEFING, Project, Report, finds, silent};

const ARTICLE: &str = "Nimbus Software reported Q3 revenue of $4.2bn on Wednesday, up 11% year \
on year and ahead of analysts' forecasts of $4.05bn, sending its shares up 7% in after-hours \
trading. Sales rose 4% in FY2024, the group said. The company restated its accounts in March, \
cutting reported revenue for fiscal 2021 by $112 million. The rate of infection has reached an \
estimated 350 per 100,000 residents, state officials said. Damage estimates ranged from $8 billion \
to $12 billion, according to the risk modelling firm Verisk. The median house price in the \
region was $412,000 last year. Pre-tax profit rose to 1.2 billion euros. Gross margin widened to \
42%. Real wages, adjusted for inflation, fell 1.2%. Retail sales rose 0.6% on a seasonally \
adjusted basis. GDP rose 3% from a year earlier. In Luleå the median rent was 9,800 kronor.\n";

/// A project with the article as source `a` and one fact `f`, its statement on line 11 (its
/// quotation mark at column 16) and its quote on line 15.
fn check(statement: &str, extra: &str, quote: &str) -> Report {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n{extra}    sources:\n      - source: a\n        quote: \"{quote}\"\n    verified_by: me\n"
    );
    Project::new(&facts, &[("a.txt", ARTICLE.as_bytes())]).check()
}

#[test]
fn a_quarter_written_q3_is_the_third_quarter() {
    let quote = "Nimbus Software reported Q3 revenue of $4.2bn";
    let r = check(
        "Nimbus reported third-quarter revenue of $4.2bn.",
        "",
        quote,
    );
    r.none("number-not-in-quote");
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
    let hit = check("Nimbus reported Q2 revenue of $4.2bn.", "", quote).one(
        "number-not-in-quote",
        11,
        33,
    );
    assert!(hit.message.contains("`Q2`"), "{hit:?}");
}

#[test]
fn a_fiscal_year_is_held_to_the_quotes() {
    let quote = "Sales rose 4% in FY2024, the group said.";
    let hit = check("Sales rose 4% in FY2023, the group said.", "", quote).one(
        "year-not-in-quote",
        11,
        36,
    );
    assert!(hit.message.contains("`2023`"), "{hit:?}");
    check("Sales rose 4% in FY2024, the group said.", "", quote).none("year-not-in-quote");
}

#[test]
fn a_company_reporting_its_results_gives_no_claim_to_anyone() {
    // The words after its results are the reporter's own.
    check(
        "Nimbus shares rose 7% in after-hours trading.",
        "",
        "sending its shares up 7% in after-hours trading",
    )
    .none("attribution-cut");
    // "reported revenue" is an accounting term.
    check(
        "The restatement cut fiscal 2021 revenue by $112 million.",
        "",
        "cutting reported revenue for fiscal 2021 by $112 million",
    )
    .none("claim-unattributed");
    // Whose the claim is still counts when someone says it.
    check(
        "Sales rose 4% in FY2024.",
        "",
        "Sales rose 4% in FY2024, the group said.",
    )
    .one("claim-unattributed", 10, 5);
}

#[test]
fn a_statement_that_says_it_gives_an_estimate_keeps_the_estimate() {
    let quote = "has reached an estimated 350 per 100,000 residents, state officials said";
    let claimed = "    claimed_by: state officials\n";
    check(
        "State officials estimate the infection rate at 350 per 100,000 residents.",
        claimed,
        quote,
    )
    .none("hedge-dropped");
    let hit = check(
        "The infection rate reached 350 per 100,000 residents.",
        claimed,
        quote,
    )
    .one("hedge-dropped", 11, 16);
    assert!(hit.message.contains("an estimated"), "{hit:?}");
}

#[test]
fn a_statement_that_names_whose_estimate_it_is_is_attributed() {
    let quote = "Damage estimates ranged from $8 billion to $12 billion, according to the risk \
                 modelling firm Verisk.";
    for statement in [
        "Verisk estimated the damage at $8 billion to $12 billion.",
        "A Verisk study suggests damage of $8 billion to $12 billion.",
    ] {
        check(statement, "", quote).none("claim-unattributed");
    }
    // "An estimated" names no one.
    check(
        "Damage was an estimated $8 billion to $12 billion.",
        "",
        quote,
    )
    .one("claim-unattributed", 10, 5);
}

const CROWNS: &str = "Revenue rose 8.3% to 41.2 billion Norwegian crowns ($3.7 billion). The \
company proposed a dividend of 4.50 crowns per share. We need to find 15 billion pounds. \
Participants lost an average of 4.2 kilograms. The fine was 2 million Swiss francs.\n";

#[test]
fn an_amount_in_crowns_francs_or_pounds_is_not_one_in_another_currency() {
    let rule = "number-not-in-quote";
    let revenue = "Revenue rose 8.3% to 41.2 billion Norwegian crowns ($3.7 billion)";
    finds(
        rule,
        CROWNS,
        "Revenue was $41.2 billion.",
        revenue,
        "in NOK, not in dollars",
    );
    finds(
        rule,
        CROWNS,
        "Revenue was 41.2 billion Swedish crowns.",
        revenue,
        "in NOK, not in SEK",
    );
    silent(
        rule,
        CROWNS,
        "Revenue rose 8.3% to NOK 41.2 billion.",
        revenue,
    );
    silent(
        rule,
        CROWNS,
        "Revenue rose to 41.2 billion crowns, or $3.7 billion.",
        revenue,
    );
    let dividend = "a dividend of 4.50 crowns per share";
    finds(
        rule,
        CROWNS,
        "The dividend is €4.50.",
        dividend,
        "in crowns, not in euros",
    );
    silent(rule, CROWNS, "The dividend is NOK 4.50.", dividend);
    // Pounds may be sterling or a weight: either way, not euros nor kilograms.
    let pounds = "We need to find 15 billion pounds.";
    finds(
        rule,
        CROWNS,
        "We need 15 billion euros.",
        pounds,
        "in pounds, not in euros",
    );
    silent(rule, CROWNS, "We need £15 billion.", pounds);
    let weight = "Participants lost an average of 4.2 kilograms.";
    finds(
        rule,
        CROWNS,
        "They lost 4.2 pounds.",
        weight,
        "in kilograms, not in pounds",
    );
    let fine = "The fine was 2 million Swiss francs.";
    finds(
        rule,
        CROWNS,
        "The fine was $2 million.",
        fine,
        "in francs, not in dollars",
    );
    silent(rule, CROWNS, "The fine was CHF 2 million.", fine);
}

const RESULTS: &str = "Northwind Cloud Inc reported third-quarter revenue of $4.2 billion on \
Wednesday, up 18% from a year earlier, beating analysts' average estimate of $4.05 billion, \
according to LSEG data. It also said it plans to cut about 1,200 jobs, or roughly 6% of its \
workforce, by the end of March.\n";

#[test]
fn an_analysts_estimate_of_a_figure_gives_the_results_to_no_one() {
    let quote = "Northwind Cloud Inc reported third-quarter revenue of $4.2 billion on \
                 Wednesday, up 18% from a year earlier";
    silent(
        "attribution-cut",
        RESULTS,
        "Northwind Cloud reported third-quarter revenue of $4.2 billion, up 18% from a year \
         earlier.",
        quote,
    );
}

#[test]
fn a_plan_its_planner_announced_is_stated_as_its_own() {
    let quote = "It also said it plans to cut about 1,200 jobs, or roughly 6% of its workforce, \
                 by the end of March";
    silent(
        "claim-unattributed",
        RESULTS,
        "Northwind plans to cut about 1,200 jobs, roughly 6% of its workforce, by the end of \
         March.",
        quote,
    );
    // The plan stated as done is still someone's word.
    finds(
        "claim-unattributed",
        RESULTS,
        "Northwind cut about 1,200 jobs, roughly 6% of its workforce, by the end of March.",
        quote,
        "(\u{201c}said\u{201d})",
    );
}

#[test]
fn a_target_beside_a_figure_leaves_the_figure_to_whom_the_sentence_gives_it() {
    // A forecast's source sources only the forecast; a target's setter does not own the
    // sentence's figures, so "according to" still gives them to the ONS.
    let text = "Inflation rose to 3.1% in May, above the Bank of England target of 2%, \
                according to figures from the Office for National Statistics.\n";
    finds(
        "attribution-cut",
        text,
        "Inflation rose to 3.1% in May.",
        "Inflation rose to 3.1% in May",
        "according to",
    );
}

/// The measure a quote gives its number in, and one the statement gives it in instead.
fn measured_otherwise(statement: &str, quote: &str, ours: &str, theirs: &str, kind: &str) {
    let said = format!(
        "as \u{201c}{ours}\u{201d}, the quote as \u{201c}{theirs}\u{201d}: not the same measure \
         ({kind})"
    );
    finds("number-not-in-quote", ARTICLE, statement, quote, &said);
}

#[test]
fn a_figure_given_as_another_measure_of_it_is_caught_naming_both_words() {
    let quote = "The median house price in the region was $412,000 last year";
    let stated = "The average house price in the region was $412,000 last year.";
    measured_otherwise(stated, quote, "average", "median", "median or average");
    let quote = "Pre-tax profit rose to 1.2 billion euros";
    let stated = "Net profit rose to 1.2 billion euros.";
    measured_otherwise(stated, quote, "Net profit", "Pre-tax", "which profit");
    let stated = "Revenue rose to 1.2 billion euros.";
    measured_otherwise(
        stated,
        "Pre-tax profit rose to 1.2 billion euros",
        "Revenue",
        "profit",
        "revenue or profit",
    );
    let stated = "Net margin widened to 42%.";
    measured_otherwise(
        stated,
        "Gross margin widened to 42%",
        "Net",
        "Gross",
        "gross or net",
    );
    let quote = "Real wages, adjusted for inflation, fell 1.2%";
    measured_otherwise(
        "Nominal wages fell 1.2%.",
        quote,
        "Nominal",
        "Real wages",
        "real or nominal",
    );
    let quote = "Retail sales rose 0.6% on a seasonally adjusted basis";
    let stated = "Retail sales rose 0.6% before seasonal adjustment.";
    let kind = "seasonally adjusted or not";
    measured_otherwise(
        stated,
        quote,
        "before seasonal adjustment",
        "seasonally adjusted",
        kind,
    );
    let stated = "In Luleå the average rent was 9,800 kronor.";
    let quote = "In Luleå the median rent was 9,800 kronor";
    measured_otherwise(stated, quote, "average", "median", "median or average");
}

#[test]
fn a_change_counted_from_another_time_is_caught() {
    let quote = "GDP rose 3% from a year earlier";
    let kind = "what a change is counted from";
    let stated = "GDP rose 3% from the previous quarter.";
    measured_otherwise(stated, quote, "previous quarter", "a year earlier", kind);
    let quote = "Nimbus Software reported Q3 revenue of $4.2bn on Wednesday, up 11% year on year";
    let stated = "Nimbus Software reported Q3 revenue of $4.2bn, up 11% quarter-on-quarter.";
    measured_otherwise(stated, quote, "quarter-on-quarter", "year on year", kind);
}

#[test]
fn the_same_measure_in_other_words_or_none_is_not_flagged() {
    let quiet = [
        (
            "GDP rose 3% on the year.",
            "GDP rose 3% from a year earlier",
        ),
        (
            "GDP rose 3% year-on-year.",
            "GDP rose 3% from a year earlier",
        ),
        (
            "GDP rose 3% in the previous quarter.",
            "GDP rose 3% from a year earlier",
        ),
        (
            "Inflation-adjusted wages fell 1.2%.",
            "Real wages, adjusted for inflation, fell 1.2%",
        ),
        (
            "Retail sales rose a seasonally adjusted 0.6%.",
            "Retail sales rose 0.6% on a seasonally adjusted basis",
        ),
        (
            "Profit before tax rose to 1.2 billion euros.",
            "Pre-tax profit rose to 1.2 billion euros",
        ),
        (
            "The house price in the region was $412,000 last year.",
            "The median house price in the region was $412,000 last year",
        ),
        ("Net sales rose 4% in FY2024.", "Sales rose 4% in FY2024"),
        (
            "Sales were up 4% in FY2024, net of returns.",
            "Sales rose 4% in FY2024",
        ),
    ];
    for (statement, quote) in quiet {
        silent("number-not-in-quote", ARTICLE, statement, quote);
    }
}
