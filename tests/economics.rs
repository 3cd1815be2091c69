//! Business and economics copy: quarters written `Q3`, fiscal years (`FY2024`), a company
//! reporting its results (no one's claim), and a statement that says it gives an estimate, and
//! whose.
//! Each test fails if the behaviour it pins is removed.

mod common;
use common::{BRIEFING, Project, Report};

const ARTICLE: &str = "Nimbus Software reported Q3 revenue of $4.2bn on Wednesday, up 11% year \
on year and ahead of analysts' forecasts of $4.05bn, sending its shares up 7% in after-hours \
trading. Sales rose 4% in FY2024, the group said. The company restated its accounts in March, \
cutting reported revenue for fiscal 2021 by $112 million. The rate of infection has reached an \
estimated 350 per 100,000 residents, state officials said. Damage estimates ranged from $8 billion \
to $12 billion, according to the risk modelling firm Verisk.\n";

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
