//! The date rules (`date-mismatch`, `date-unsupported`, `date-order`) on the four articles of
//! sources/, run through the real binary: each fires where it should, at the line and column it
//! names, and stays silent on the near misses. Each fails if its rule is removed.

mod common;
use common::{BRIEFING, Project, Report};

const OPOYI: &str = "sources/000_52e49007bc550fe4.txt";
const NEWSTRACK: &str = "sources/001_6deafd6307c91394.txt";
const ATALAYAR: &str = "sources/002_2cdaead7b491f37a.txt";
const WSJ: &str = "sources/003_df741e4afeba6b10.txt";

/// The `published` of each article as the articles' README knows them: Opoyi on Wednesday
/// 2 March 2022, Atalayar on Thursday 3 March; NewsTrack and the WSJ copy undated.
const SHIPPED: Dates = Dates {
    opoyi: Some("2022-03-02"),
    newstrack: None,
    atalayar: Some("2022-03-03"),
    wsj: None,
};

#[derive(Clone, Copy)]
struct Dates {
    opoyi: Option<&'static str>,
    newstrack: Option<&'static str>,
    atalayar: Option<&'static str>,
    wsj: Option<&'static str>,
}

impl Dates {
    /// As shipped, with NewsTrack dated (as if it were published on `day`).
    fn newstrack(day: &'static str) -> Dates {
        Dates {
            newstrack: Some(day),
            ..SHIPPED
        }
    }
}

/// A fact base: the briefing (`as_of` 2022-03-03), the four articles with `dates`, and `facts`.
struct Base {
    yaml: String,
    project: Project,
}

impl Base {
    fn new(dates: Dates, facts: &str) -> Base {
        let mut yaml = format!("{BRIEFING}sources:\n");
        for (id, file, published) in [
            ("opoyi", "o.txt", dates.opoyi),
            ("newstrack", "n.txt", dates.newstrack),
            ("atalayar", "a.txt", dates.atalayar),
            ("wsj", "w.txt", dates.wsj),
        ] {
            yaml.push_str(&format!(
                "  - id: {id}\n    title: T\n    publisher: P\n    file: {file}\n"
            ));
            if let Some(day) = published {
                yaml.push_str(&format!("    published: {day}\n"));
            }
        }
        yaml.push_str("facts:\n");
        yaml.push_str(facts);
        let read = |p: &str| std::fs::read(p).expect("the articles are in sources/");
        let (o, n, a, w) = (read(OPOYI), read(NEWSTRACK), read(ATALAYAR), read(WSJ));
        let project = Project::new(
            &yaml,
            &[("o.txt", &o), ("n.txt", &n), ("a.txt", &a), ("w.txt", &w)],
        );
        Base { yaml, project }
    }

    /// Line and column of the value written after `key` on the `nth` line (from 0) that
    /// starts with it (after its indentation).
    fn at(&self, key: &str, nth: usize) -> (u64, u64) {
        let (line, text) = self
            .yaml
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with(key))
            .nth(nth)
            .unwrap_or_else(|| panic!("no line {nth} with {key} in\n{}", self.yaml));
        let column = text.find(key).unwrap() + key.len() + 2;
        (line as u64 + 1, column as u64)
    }

    fn check(&self) -> Report {
        let report = self.project.check();
        // Every fact here has its quotes in its articles: a rule that reads them must not
        // be silent for want of a quote found.
        report.none("quote-not-found");
        report
    }
}

/// A fact with an optional `date` and `extra` lines, citing each (source, quote).
fn fact(id: &str, date: Option<&str>, cites: &[(&str, &str)], extra: &str) -> String {
    let mut out = format!("  - id: {id}\n    statement: \"S.\"\n    topic: T\n");
    if let Some(date) = date {
        out.push_str(&format!("    date: {date}\n"));
    }
    out.push_str(extra);
    out.push_str("    sources:\n");
    for (source, quote) in cites {
        out.push_str(&format!(
            "      - source: {source}\n        quote: \"{quote}\"\n"
        ));
    }
    out.push_str("    verified_by: me\n");
    out
}

const STORMED: &str = "On Tuesday, three columns of Russian forces stormed the city";
const NO_WATER: &str = "would spend Wednesday night without water, heating and electricity";
const ISOLATED: &str =
    "As the seventh day of the war dawned Wednesday, Russia found itself increasingly isolated";
/// Newstrack: "Earlier in the day, on Monday, the Ukrainian military successfully repelled ...":
/// the day is in the sentence, not in the quote.
const REPELLED: &str =
    "the Ukrainian military successfully repelled a Russian ground assault on Kharkiv";
/// Atalayar's photo caption: a Tuesday with its full date, in January.
const CAPTION: &str =
    "A convoy of Russian armoured vehicles moves along a road in Crimea, Tuesday, Jan. 18, 2022.";
const PREVIOUS_ROUND: &str = "The previous round on Monday failed to achieve concrete results";

// ---------------------------------------------------------------- date-mismatch

#[test]
fn on_tuesday_in_a_paper_of_wednesday_2_march_is_1_march() {
    let facts = fact("stormed", Some("2022-03-02"), &[("newstrack", STORMED)], "");
    let base = Base::new(Dates::newstrack("2022-03-02"), &facts);
    let (line, column) = base.at("date:", 0);
    let hit = base.check().one("date-mismatch", line, column);
    assert_eq!(
        hit.message,
        "fact `stormed` is dated 2022-03-02, but the quote from `newstrack` says “On Tuesday”, \
         which is 1 March 2022 counted back from its publication on 2 March 2022 (Wednesday)"
    );
    // The near miss: dated 1 March, the day "On Tuesday" is.
    let facts = fact("stormed", Some("2022-03-01"), &[("newstrack", STORMED)], "");
    let r = Base::new(Dates::newstrack("2022-03-02"), &facts).check();
    r.none("date-mismatch");
    r.none("date-unsupported");
}

#[test]
fn a_weekday_on_the_day_of_publication_is_that_day() {
    // Opoyi, published on Wednesday 2 March: "dawned Wednesday" is that Wednesday.
    let facts = fact("isolated", Some("2022-03-01"), &[("opoyi", ISOLATED)], "");
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("date:", 0);
    let hit = base.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains(
            "says “Wednesday”, which is the day of its publication, 2 March 2022 (Wednesday)"
        ),
        "{hit:?}"
    );
    let facts = fact("isolated", Some("2022-03-02"), &[("opoyi", ISOLATED)], "");
    Base::new(SHIPPED, &facts).check().none("date-mismatch");
}

#[test]
fn wednesday_night_in_a_paper_of_thursday_is_2_march() {
    let facts = fact(
        "no-water",
        Some("2022-03-03"),
        &[("atalayar", NO_WATER)],
        "",
    );
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("date:", 0);
    let hit = base.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains(
            "the quote from `atalayar` says “Wednesday night”, which is 2 March 2022 counted \
             back or 9 March 2022 counted on from its publication on 3 March 2022 (Thursday) \
             (its clause does not say whether it is past or to come)"
        ),
        "{hit:?}"
    );
    let facts = fact(
        "no-water",
        Some("2022-03-02"),
        &[("atalayar", NO_WATER)],
        "",
    );
    Base::new(SHIPPED, &facts).check().none("date-mismatch");
}

#[test]
fn a_day_in_the_sentence_around_the_quote_counts() {
    let facts = fact(
        "repelled",
        Some("2022-03-01"),
        &[("newstrack", REPELLED)],
        "",
    );
    let base = Base::new(Dates::newstrack("2022-03-02"), &facts);
    let (line, column) = base.at("date:", 0);
    let hit = base.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains(
            "the sentence around the quote from `newstrack` says “on Monday”, which is \
             28 February 2022 counted back from its publication on 2 March 2022 (Wednesday)"
        ),
        "{hit:?}"
    );
    let facts = fact(
        "repelled",
        Some("2022-02-28"),
        &[("newstrack", REPELLED)],
        "",
    );
    Base::new(Dates::newstrack("2022-03-02"), &facts)
        .check()
        .none("date-mismatch");
}

#[test]
fn today_is_the_day_of_publication() {
    // As if the WSJ copy were dated 3 March: Peskov's "today" is that day.
    let quote = "Let’s hope they arrive today";
    let dated = Dates {
        wsj: Some("2022-03-03"),
        ..SHIPPED
    };
    let facts = fact("peskov", Some("2022-03-02"), &[("wsj", quote)], "");
    let base = Base::new(dated, &facts);
    let (line, column) = base.at("date:", 0);
    let hit = base.check().one("date-mismatch", line, column);
    assert!(
        hit.message
            .contains("says “today”, which is the day of its publication, 3 March 2022 (Thursday)"),
        "{hit:?}"
    );
    let facts = fact("peskov", Some("2022-03-03"), &[("wsj", quote)], "");
    Base::new(dated, &facts).check().none("date-mismatch");
}

#[test]
fn the_date_must_be_one_of_the_days_its_quotes_name() {
    let cites = [("newstrack", STORMED), ("atalayar", NO_WATER)];
    let dated = Dates::newstrack("2022-03-02");
    // "On Tuesday" is 1 March, "Wednesday night" 2 March: either date is traced.
    for date in ["2022-03-01", "2022-03-02"] {
        let facts = fact("days", Some(date), &cites, "");
        Base::new(dated, &facts).check().none("date-mismatch");
    }
    let facts = fact("days", Some("2022-02-28"), &cites, "");
    let base = Base::new(dated, &facts);
    let (line, column) = base.at("date:", 0);
    let hit = base.check().one("date-mismatch", line, column);
    assert!(
        hit.message.starts_with(
            "fact `days` is dated 2022-02-28, but none of the days its quotes name is that day: \
             the quote from `newstrack` says “On Tuesday”, which is 1 March 2022"
        ) && hit
            .message
            .contains("the quote from `atalayar` says “Wednesday night”, which is 2 March 2022"),
        "{hit:?}"
    );
}

#[test]
fn a_full_date_in_a_quote_counts_without_a_publication_date() {
    // The caption's "Tuesday" is 18 January, not the Tuesday before publication.
    let facts = fact("convoy", Some("2022-01-18"), &[("atalayar", CAPTION)], "");
    let r = Base::new(SHIPPED, &facts).check();
    r.none("date-mismatch");
    r.none("date-unsupported");
    // With Atalayar undated, the full date still resolves, and supports the date.
    let undated = Dates {
        atalayar: None,
        ..SHIPPED
    };
    let r = Base::new(undated, &facts).check();
    r.none("date-mismatch");
    r.none("date-unsupported");
    let facts = fact("convoy", Some("2022-03-01"), &[("atalayar", CAPTION)], "");
    let base = Base::new(undated, &facts);
    let (line, column) = base.at("date:", 0);
    let r = base.check();
    let hit = r.one("date-mismatch", line, column);
    assert_eq!(
        hit.message,
        "fact `convoy` is dated 2022-03-01, but the quote from `atalayar` says \
         “Tuesday, Jan. 18, 2022”"
    );
    r.none("date-unsupported");
}

#[test]
fn a_weekday_of_an_undated_source_or_an_undated_fact_is_no_mismatch() {
    // NewsTrack as shipped: no `published`, so "On Tuesday" cannot be counted.
    let facts = fact("stormed", Some("2022-03-05"), &[("newstrack", STORMED)], "");
    Base::new(SHIPPED, &facts).check().none("date-mismatch");
    let facts = fact("stormed", None, &[("newstrack", STORMED)], "");
    let r = Base::new(Dates::newstrack("2022-03-02"), &facts).check();
    r.none("date-mismatch");
    r.none("date-unsupported");
    // A quote that names no day says nothing of the date.
    let facts = fact(
        "distance",
        Some("2022-02-20"),
        &[(
            "opoyi",
            "The city of Kherson is nearly 550 kilometers away from Kyiv",
        )],
        "",
    );
    Base::new(SHIPPED, &facts).check().none("date-mismatch");
}

#[test]
fn a_date_mismatch_can_be_allowed_with_a_reason() {
    let allow = "    allow:\n      - rule: date-mismatch\n        reason: \"the storming went on into Wednesday\"\n";
    let facts = fact(
        "stormed",
        Some("2022-03-02"),
        &[("newstrack", STORMED)],
        allow,
    );
    let r = Base::new(Dates::newstrack("2022-03-02"), &facts).check();
    r.none("date-mismatch");
    assert_eq!(r.summary("allowed"), 1);
}

// ---------------------------------------------------------------- date-unsupported

#[test]
fn monday_in_an_undated_article_cannot_date_a_fact() {
    // The shipped `talks-previous-round-failed`: the WSJ copy carries no date.
    let facts = fact("talks", Some("2022-02-28"), &[("wsj", PREVIOUS_ROUND)], "");
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("date:", 0);
    let r = base.check();
    let hit = r.one("date-unsupported", line, column);
    assert_eq!(
        hit.message,
        "fact `talks` is dated 2022-02-28, but the source it cites, `wsj`, has no `published` \
         date and no quote names a full date (day, month and year); the quote from `wsj` says \
         “on Monday”, which cannot be counted without the day it was published: give the \
         source its `published` date if it is known, quote the words that give the full date, \
         or remove the fact's `date`"
    );
    r.none("date-mismatch");
}

#[test]
fn several_undated_sources_are_named() {
    let facts = fact(
        "stormed",
        Some("2022-03-01"),
        &[("newstrack", STORMED), ("wsj", PREVIOUS_ROUND)],
        "",
    );
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("date:", 0);
    let hit = base.check().one("date-unsupported", line, column);
    assert!(
        hit.message
            .contains("none of the sources it cites (`newstrack`, `wsj`) has a `published` date")
            && hit.message.contains("“On Tuesday”"),
        "{hit:?}"
    );
}

#[test]
fn a_dated_source_a_full_date_or_no_date_supports_the_fact() {
    // NewsTrack dated: "On Tuesday" can be counted.
    let facts = fact("stormed", Some("2022-03-01"), &[("newstrack", STORMED)], "");
    Base::new(Dates::newstrack("2022-03-02"), &facts)
        .check()
        .none("date-unsupported");
    // One dated source among the cited is enough.
    let facts = fact(
        "stormed",
        Some("2022-03-01"),
        &[("newstrack", STORMED), ("opoyi", ISOLATED)],
        "",
    );
    Base::new(SHIPPED, &facts).check().none("date-unsupported");
    // No date, nothing to support.
    let facts = fact("stormed", None, &[("newstrack", STORMED)], "");
    Base::new(SHIPPED, &facts).check().none("date-unsupported");
}

#[test]
fn a_date_no_quote_names_and_no_source_was_published_on_cannot_be_traced() {
    let distance = "The city of Kherson is nearly 550 kilometers away from Kyiv";
    let facts = fact("distance", Some("2022-02-20"), &[("opoyi", distance)], "");
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("date:", 0);
    let r = base.check();
    let hit = r.one("date-unsupported", line, column);
    assert_eq!(
        hit.message,
        "fact `distance` is dated 2022-02-20, but no quote nor its sentence names a day, and \
         its sources were published on 2022-03-02: quote the words that give the day, or \
         remove the fact's `date`"
    );
    // The day the source was published is the editor's to give.
    let facts = fact("distance", Some("2022-03-02"), &[("opoyi", distance)], "");
    Base::new(SHIPPED, &facts).check().none("date-unsupported");
}

// ---------------------------------------------------------------- date-order

#[test]
fn a_fact_dated_after_as_of_is_out_of_order() {
    // `as_of` is 2022-03-03.
    let facts = fact("later", Some("2022-03-04"), &[("opoyi", ISOLATED)], "");
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("date:", 0);
    let r = base.check();
    let hit = r.one("date-order", line, column);
    assert_eq!(
        hit.message,
        "fact `later` is dated 2022-03-04, after the briefing's `as_of` (2022-03-03): the \
         briefing cannot describe what had not happened yet; correct the date, or move `as_of` \
         on"
    );
    // Its own rule says the fact is after its source; date-order does not repeat it.
    r.one("fact-after-source", line, column);
    let facts = fact(
        "same-day",
        Some("2022-03-03"),
        &[("atalayar", NO_WATER)],
        "",
    );
    Base::new(SHIPPED, &facts).check().none("date-order");
}

#[test]
fn a_fact_verified_before_its_source_was_published_is_out_of_order() {
    let verified = "    verified_on: 2022-03-02\n";
    let facts = fact("early", None, &[("atalayar", NO_WATER)], verified);
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("verified_on:", 0);
    let hit = base.check().one("date-order", line, column);
    assert_eq!(
        hit.message,
        "fact `early` was verified on 2022-03-02, before `atalayar` (2022-03-03) was \
         published: it cannot have been checked against an article that was not out yet; \
         correct `verified_on`, or the source's `published`"
    );
    // Verified on the day of publication, or citing only sources published before.
    let facts = fact(
        "same-day",
        None,
        &[("atalayar", NO_WATER)],
        "    verified_on: 2022-03-03\n",
    );
    Base::new(SHIPPED, &facts).check().none("date-order");
    let facts = fact("ok", None, &[("opoyi", ISOLATED)], verified);
    Base::new(SHIPPED, &facts).check().none("date-order");
}

#[test]
fn a_source_published_after_as_of_is_out_of_order() {
    let late = Dates {
        atalayar: Some("2022-03-04"),
        ..SHIPPED
    };
    let facts = fact("no-water", None, &[("atalayar", NO_WATER)], "");
    let base = Base::new(late, &facts);
    let (line, column) = base.at("published:", 1);
    let hit = base.check().one("date-order", line, column);
    assert_eq!(
        hit.message,
        "source `atalayar` is published on 2022-03-04, after the briefing's `as_of` \
         (2022-03-03): a briefing cannot cite an article that is not out yet; correct \
         `published`, or move `as_of` on"
    );
    // Published on the day of the briefing.
    Base::new(SHIPPED, &facts).check().none("date-order");
}

#[test]
fn a_source_accessed_before_it_was_published_is_out_of_order() {
    let source = |accessed: &str| {
        format!(
            "{BRIEFING}sources:\n  - id: opoyi\n    publisher: P\n    published: 2022-03-02\n    \
             accessed: {accessed}\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    \
             sources:\n      - source: opoyi\n    verified_by: me\n"
        )
    };
    let r = Project::new(&source("2022-03-01"), &[]).check();
    let hit = r.one("date-order", 8, 15);
    assert_eq!(
        hit.message,
        "source `opoyi` was accessed on 2022-03-01, before it was published (2022-03-02): an \
         article cannot be read before it is out; correct `accessed` (the day you read or \
         saved it), or `published`"
    );
    // Read on the day it came out, or after the briefing's `as_of` (2022-03-03): in order.
    for day in ["2022-03-02", "2022-03-10"] {
        Project::new(&source(day), &[]).check().none("date-order");
    }
}

#[test]
fn date_order_cannot_be_allowed_by_a_fact() {
    let allow = "    allow:\n      - rule: date-order\n        reason: \"r\"\n";
    let facts = fact("later", Some("2022-03-04"), &[("opoyi", ISOLATED)], allow);
    let base = Base::new(SHIPPED, &facts);
    let (line, column) = base.at("- rule:", 0);
    let hit = base.project.check().one("invalid-yaml", line, column);
    assert!(hit.message.contains("`date-order`"), "{hit:?}");
}

// ---------------------------------------------------------------- the shipped facts

#[test]
fn the_shipped_dated_facts_that_the_articles_date_are_silent() {
    // `mariupol-no-water-heating-electricity` and `russia-isolated` as shipped.
    let facts = fact(
        "no-water",
        Some("2022-03-02"),
        &[("atalayar", NO_WATER)],
        "",
    ) + &fact("isolated", Some("2022-03-02"), &[("opoyi", ISOLATED)], "");
    let r = Base::new(SHIPPED, &facts).check();
    for rule in ["date-mismatch", "date-unsupported", "date-order"] {
        r.none(rule);
    }
}

// ---------------------------------------------------------------- around the new year

/// A paper of Thursday 2 January 2025 that looks back across the new year and ahead.
const STORM: &str = "Year-end storm leaves thousands without heat\n\n\
    The storm made landfall on December 30, forecasters said. Power was cut to 40,000 homes \
    on New Year's Eve.\n\n\
    A similar storm hit the coast last week, the agency said, and another struck on Sept. 16 \
    last year.\n\n\
    Repairs are expected to be finished by Friday. Buses return to their routes from Monday.\n\n\
    Northwind, founded in 2002, aims to reach 5 GW by 2027. Some 2,000 rescuers were deployed. \
    Schools will stay closed until 17 February. The mayor spoke late on Sunday night: \
    \"Tonight we mourn.\"\n\nThe river was expected to peak on Wednesday.\n\n\
    It was the worst since the outbreak of 2022-23, when more than 1,700 people died.\n";

/// A fact base citing `STORM` (published 2025-01-02, `as_of` 2025-01-10) with `facts`.
fn storm(facts: &str) -> (String, Project) {
    let yaml = format!(
        "briefing:\n  title: T\n  as_of: 2025-01-10\nsources:\n  - id: d\n    title: T\n    \
         publisher: P\n    published: 2025-01-02\n    file: d.txt\nfacts:\n{facts}"
    );
    let project = Project::new(&yaml, &[("d.txt", STORM.as_bytes())]);
    (yaml, project)
}

/// A fact with `statement`, an optional `date`, and one quote of `STORM`.
fn storm_fact(id: &str, statement: &str, date: Option<&str>, quote: &str) -> String {
    let date = date.map_or(String::new(), |d| format!("    date: {d}\n"));
    format!(
        "  - id: {id}\n    statement: \"{statement}\"\n    topic: T\n{date}    sources:\n      \
         - source: d\n        quote: \"{quote}\"\n    verified_by: me\n"
    )
}

/// Line and column of the value after `key` on the first line of `yaml` that holds it.
fn value_at(yaml: &str, key: &str) -> (u64, u64) {
    let (line, text) = (yaml.lines().enumerate())
        .find(|(_, l)| l.contains(key))
        .unwrap_or_else(|| panic!("no {key} in\n{yaml}"));
    (
        line as u64 + 1,
        (text.find(key).unwrap() + key.len() + 2) as u64,
    )
}

#[test]
fn december_30_in_a_paper_of_2_january_is_the_december_before() {
    let quote = "The storm made landfall on December 30, forecasters said.";
    let (_, p) = storm(&storm_fact("landfall", "S.", Some("2024-12-30"), quote));
    p.check().none("date-mismatch");
    let (yaml, p) = storm(&storm_fact("landfall", "S.", Some("2025-12-30"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains(
            "says “December 30”, which is 30 December 2024, the latest such day on or before \
             its publication on 2 January 2025 (Thursday) (its clause tells of the past)"
        ),
        "{hit:?}"
    );
}

#[test]
fn a_day_with_last_year_is_in_the_year_before() {
    let quote = "another struck on Sept. 16 last year";
    let (_, p) = storm(&storm_fact("struck", "S.", Some("2024-09-16"), quote));
    p.check().none("date-mismatch");
    let (yaml, p) = storm(&storm_fact("struck", "S.", Some("2025-09-16"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains(
            "says “Sept. 16 last year”, which is 16 September 2024, in the year before its \
             publication"
        ),
        "{hit:?}"
    );
}

#[test]
fn new_years_eve_is_31_december() {
    let quote = "Power was cut to 40,000 homes on New Year's Eve.";
    let (_, p) = storm(&storm_fact("cut", "S.", Some("2024-12-31"), quote));
    p.check().none("date-mismatch");
    let (yaml, p) = storm(&storm_fact("cut", "S.", Some("2024-12-30"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert!(
        hit.message
            .contains("“New Year's Eve”, which is 31 December 2024"),
        "{hit:?}"
    );
}

#[test]
fn a_weekday_in_a_clause_about_what_is_to_come_is_counted_on() {
    let quote = "Repairs are expected to be finished by Friday.";
    // Friday 3 January, the day after publication (after it: fact-after-source says so).
    let (_, p) = storm(&storm_fact("repairs", "S.", Some("2025-01-03"), quote));
    let r = p.check();
    r.none("date-mismatch");
    let (yaml, p) = storm(&storm_fact("repairs", "S.", Some("2024-12-27"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains(
            "says “by Friday”, which is 3 January 2025 counted on from its publication on \
             2 January 2025 (Thursday) (its clause speaks of what is to come)"
        ),
        "{hit:?}"
    );
}

#[test]
fn a_weekday_of_unclear_tense_names_both_days() {
    let quote = "Buses return to their routes from Monday.";
    // The Monday before (30 December) and the Monday after (6 January): either is traced.
    for date in ["2024-12-30", "2025-01-06"] {
        let (_, p) = storm(&storm_fact("buses", "S.", Some(date), quote));
        p.check().none("date-mismatch");
    }
    // Looked ahead to from a past time: the Wednesday just gone, or the one to come.
    let river = "The river was expected to peak on Wednesday.";
    for date in ["2025-01-01", "2025-01-08"] {
        let (_, p) = storm(&storm_fact("river", "S.", Some(date), river));
        p.check().none("date-mismatch");
    }
    let (yaml, p) = storm(&storm_fact("buses", "S.", Some("2025-01-02"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains(
            "says “from Monday”, which is 30 December 2024 counted back or 6 January 2025 \
             counted on from its publication on 2 January 2025 (Thursday) (its clause does not \
             say whether it is past or to come)"
        ),
        "{hit:?}"
    );
}

#[test]
fn last_week_is_a_week_and_another_clause_is_not_the_quotes() {
    let quote = "A similar storm hit the coast last week, the agency said";
    for date in ["2024-12-23", "2025-01-01"] {
        let (_, p) = storm(&storm_fact("similar", "S.", Some(date), quote));
        p.check().none("date-mismatch");
    }
    let (yaml, p) = storm(&storm_fact("similar", "S.", Some("2025-01-02"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    // The sentence's "Sept. 16 last year" belongs to another clause: not named.
    assert_eq!(
        hit.message,
        "fact `similar` is dated 2025-01-02, but the quote from `d` says “last week”, which is \
         the week before its publication on 2 January 2025 (Thursday) and the days since, from \
         23 December 2024 to 1 January 2025"
    );
}

#[test]
fn fact_after_source_says_to_allow_a_scheduled_event() {
    let quote = "Repairs are expected to be finished by Friday.";
    let (yaml, p) = storm(&storm_fact("repairs", "S.", Some("2025-01-03"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("fact-after-source", line, column);
    assert!(
        hit.message
            .ends_with("for an event the source announces or schedules, allow it with a reason"),
        "{hit:?}"
    );
}

#[test]
fn tonight_in_a_speech_is_not_the_day_of_publication() {
    let quote = "The mayor spoke late on Sunday night";
    let (_, p) = storm(&storm_fact("mayor", "S.", Some("2024-12-29"), quote));
    p.check().none("date-mismatch");
    // Dated the day of publication: "Tonight" is the speaker's Sunday, not the paper's Thursday.
    let (yaml, p) = storm(&storm_fact("mayor", "S.", Some("2025-01-02"), quote));
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert_eq!(
        hit.message,
        "fact `mayor` is dated 2025-01-02, but the quote from `d` says “on Sunday night”, which \
         is 29 December 2024 counted back from its publication on 2 January 2025 (Thursday)"
    );
}

// ---------------------------------------------------------------- statement-date-unsupported

#[test]
fn a_day_changed_in_the_statement_is_unsupported() {
    let quote = "Schools will stay closed until 17 February.";
    let statement = "Schools will stay closed until 27 February.";
    let (yaml, p) = storm(&storm_fact("schools", statement, None, quote));
    let (line, _) = value_at(&yaml, "statement:");
    let column = yaml
        .lines()
        .nth(line as usize - 1)
        .unwrap()
        .find("27")
        .unwrap() as u64
        + 1;
    let hit = p.check().one("statement-date-unsupported", line, column);
    assert_eq!(
        hit.message,
        "fact `schools`: the statement names “27 February”, a day that none of its quotes or \
         their sentences names (they name “17 February”): correct the day, or quote the words \
         that give it"
    );
    // The same day, written otherwise; or a day a weekday of the quote resolves to.
    for statement in [
        "Schools will stay closed until Feb. 17.",
        "Schools stay closed until 17 February 2025.",
    ] {
        let (_, p) = storm(&storm_fact("schools", statement, None, quote));
        p.check().none("statement-date-unsupported");
    }
    let repairs = "Repairs are expected to be finished by Friday.";
    let (_, p) = storm(&storm_fact(
        "repairs",
        "Repairs end on 3 January.",
        None,
        repairs,
    ));
    p.check().none("statement-date-unsupported");
    // The day the source was published, or the fact's own date, is the editor's to name.
    let landfall = "The storm made landfall on December 30, forecasters said.";
    let said = "On 2 January, forecasters said the storm hit land on 30 December.";
    let (_, p) = storm(&storm_fact("landfall", said, None, landfall));
    p.check().none("statement-date-unsupported");
    // A weekday of an undated source may be the statement's day: nothing to say.
    let undated = storm(&storm_fact(
        "repairs",
        "Repairs end on 3 January.",
        None,
        repairs,
    ))
    .0
    .replace("    published: 2025-01-02\n", "");
    let p = Project::new(&undated, &[("d.txt", STORM.as_bytes())]);
    p.check().none("statement-date-unsupported");
    // Quotes that name no day: the day comes from nowhere a reader can trace.
    let deployed = "Some 2,000 rescuers were deployed.";
    let (_, p) = storm(&storm_fact(
        "rescue",
        "On 1 January 2,000 rescuers were deployed.",
        None,
        deployed,
    ));
    let hits = p.check().of("statement-date-unsupported");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(
        hits[0].message,
        "fact `rescue`: the statement names “1 January”, a day that none of its quotes or their \
         sentences names (they name no day): correct the day, or quote the words that give it"
    );
    // The day the source was published, named with no day in the quote, is still fine.
    let (_, p) = storm(&storm_fact(
        "rescue",
        "On 2 January 2,000 rescuers were deployed.",
        None,
        deployed,
    ));
    p.check().none("statement-date-unsupported");
}

// ---------------------------------------------------------------- year-not-in-quote

#[test]
fn a_year_changed_in_the_statement_is_not_in_the_quote() {
    let quote = "Northwind, founded in 2002, aims to reach 5 GW by 2027.";
    let statement = "Northwind, founded in 2012, aims to reach 5 GW by 2029.";
    let (yaml, p) = storm(&storm_fact("northwind", statement, None, quote));
    let (line, _) = value_at(&yaml, "statement:");
    let column = yaml
        .lines()
        .nth(line as usize - 1)
        .unwrap()
        .find("2012")
        .unwrap() as u64
        + 1;
    let r = p.check();
    let hit = r.one("year-not-in-quote", line, column);
    assert_eq!(
        hit.message,
        "fact `northwind`: the statement's `2012`, `2029` are in none of its quotes or their \
         sentences (they give the years 2002, 2027), neither as a year nor as a number, nor the \
         year of the fact's `date` or of a cited source's `published`: correct it, or quote the \
         words that give it"
    );
    // The contract stands: number-not-in-quote leaves years out.
    r.none("number-not-in-quote");
    let (_, p) = storm(&storm_fact("northwind", quote, None, quote));
    p.check().none("year-not-in-quote");
}

#[test]
fn a_count_that_reads_as_a_year_is_held_to_the_quote() {
    let quote = "Some 2,000 rescuers were deployed.";
    let (_, p) = storm(&storm_fact("rescue", "2000 were deployed.", None, quote));
    p.check().none("year-not-in-quote");
    let (_, p) = storm(&storm_fact("rescue", "2100 were deployed.", None, quote));
    let r = p.check();
    assert_eq!(r.of("year-not-in-quote").len(), 1);
    r.none("number-not-in-quote");
    // A plural noun or a qualifier makes it a count, which number-not-in-quote holds to the
    // quotes.
    for statement in ["2100 rescuers were deployed.", "Some 2100 were deployed."] {
        let (_, p) = storm(&storm_fact("rescue", statement, None, quote));
        let r = p.check();
        assert_eq!(r.of("number-not-in-quote").len(), 1, "{statement}");
        r.none("year-not-in-quote");
    }
    let (_, p) = storm(&storm_fact("rescue", "Some 2000 rescuers", None, quote));
    p.check().none("number-not-in-quote");
}

#[test]
fn the_second_half_of_a_span_of_years_is_a_year() {
    let quote = "when more than 1,700 people died";
    let statement = "More than 1,700 people died in the 2022-23 outbreak.";
    let (_, p) = storm(&storm_fact("toll", statement, None, quote));
    let r = p.check();
    r.none("number-not-in-quote");
    r.none("year-not-in-quote");
    // 2023 is a year, held to the quote's sentence as a year.
    let statement = "More than 1,700 people died in the 2022–24 outbreak.";
    let (_, p) = storm(&storm_fact("toll", statement, None, quote));
    let r = p.check();
    r.none("number-not-in-quote");
    let hits = r.of("year-not-in-quote");
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0]
            .message
            .starts_with("fact `toll`: the statement's `2022–24` is in none"),
        "{}",
        hits[0].message
    );
}

#[test]
fn a_year_in_a_link_address_is_not_read() {
    let quote = "Some 2,000 rescuers were deployed.";
    let statement = "Some 2,000 rescuers were deployed ([report](https://e.org/r?year=2019)).";
    let (_, p) = storm(&storm_fact("rescue", statement, None, quote));
    p.check().none("year-not-in-quote");
    let statement = "Some 2,000 rescuers were deployed ([report 2019](https://e.org/r)).";
    let (_, p) = storm(&storm_fact("rescue", statement, None, quote));
    assert_eq!(p.check().of("year-not-in-quote").len(), 1);
}

#[test]
fn the_year_of_the_fact_or_its_source_may_be_named() {
    let quote = "The storm made landfall on December 30, forecasters said.";
    // 2024: the fact's `date`.
    let statement = "The storm of 2024 made landfall on 30 December, forecasters said.";
    let (_, p) = storm(&storm_fact(
        "landfall",
        statement,
        Some("2024-12-30"),
        quote,
    ));
    p.check().none("year-not-in-quote");
    // Without the date, 2024 is the year "December 30" resolves to; 2023 is given by nothing.
    let (_, p) = storm(&storm_fact("landfall", statement, None, quote));
    p.check().none("year-not-in-quote");
    let statement = "The storm of 2023 made landfall on 30 December, forecasters said.";
    let (_, p) = storm(&storm_fact("landfall", statement, None, quote));
    assert_eq!(p.check().of("year-not-in-quote").len(), 1);
    // The source's `published` year counts where its quotes name no day.
    let deployed = "Some 2,000 rescuers were deployed.";
    let said = "Some 2,000 rescuers were deployed, forecasters said in 2025.";
    let (_, p) = storm(&storm_fact("rescue", said, None, deployed));
    p.check().none("year-not-in-quote");
}

/// A day without its year is in the year it resolves to: "December 30" in a paper of 2 January
/// 2025 is 2024, and the paper's own year is no longer taken for it.
#[test]
fn a_year_is_held_to_the_year_the_quote_resolves_to() {
    let quote = "The storm made landfall on December 30, forecasters said.";
    let (_, p) = storm(&storm_fact(
        "landfall",
        "The storm made landfall on 30 December 2024.",
        None,
        quote,
    ));
    p.check().none("year-not-in-quote");
    let (_, p) = storm(&storm_fact(
        "landfall",
        "The storm made landfall on 30 December 2025.",
        None,
        quote,
    ));
    let hits = p.check().of("year-not-in-quote");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(
        hits[0].message.contains(
            "the days they name are in other years (“December 30” in a paper of 2 January \
             2025 is 30 December 2024)"
        ),
        "{hits:?}"
    );
    // "last year" is 2024, not the paper's 2025; "last December" December 2024.
    let text = "The firm was founded last year. Sales slumped last December, it said.\n";
    let check = |statement: &str, quote: &str| {
        let yaml = storm(&storm_fact("f", statement, None, quote)).0;
        Project::new(&yaml, &[("d.txt", text.as_bytes())]).check()
    };
    let founded = "The firm was founded last year.";
    check("The firm was founded in 2024.", founded).none("year-not-in-quote");
    let hit = check("The firm was founded in 2025.", founded);
    assert!(
        hit.of("year-not-in-quote")[0]
            .message
            .contains("(“last year” in a paper of 2 January 2025 is 2024)"),
        "{:?}",
        hit.of("year-not-in-quote")
    );
    let slumped = "Sales slumped last December";
    check("Sales slumped in December 2024.", slumped).none("year-not-in-quote");
    assert_eq!(
        check("Sales slumped in December 2025.", slumped)
            .of("year-not-in-quote")
            .len(),
        1
    );
}

/// Past wording counts a day without its year back ("broke out on 20 June" in a paper of
/// March is last June), for the date, the statement's year and a stretch of days alike.
#[test]
fn a_day_in_the_past_tense_is_counted_back() {
    let text = "Fighting broke out on 20 June. The referendum was held on 4 and 5 June. The \
                final will be played on 20 June.\n";
    let yaml = |statement: &str, date: Option<&str>, quote: &str| {
        let date = date.map_or(String::new(), |d| format!("    date: {d}\n"));
        format!(
            "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    published: \
             2022-03-03\n    file: s.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    \
             topic: T\n{date}    sources:\n      - source: s\n        quote: \"{quote}\"\n    \
             verified_by: me\n    allow:\n      - rule: fact-after-source\n        reason: r\n"
        )
    };
    let check = |statement: &str, date: Option<&str>, quote: &str| {
        let yaml = yaml(statement, date, quote);
        Project::new(&yaml, &[("s.txt", text.as_bytes())]).check()
    };
    let broke = "Fighting broke out on 20 June";
    check("S.", Some("2021-06-20"), broke).none("date-mismatch");
    let hit = check("S.", Some("2022-06-20"), broke);
    assert!(
        hit.of("date-mismatch")[0].message.contains(
            "“20 June”, which is 20 June 2021, the latest such day on or before its publication \
             on 3 March 2022 (Thursday) (its clause tells of the past)"
        ),
        "{:?}",
        hit.of("date-mismatch")
    );
    check("Fighting broke out on 20 June 2021.", None, broke).none("year-not-in-quote");
    assert_eq!(
        check("Fighting broke out on 20 June 2022.", None, broke)
            .of("year-not-in-quote")
            .len(),
        1
    );
    let held = "The referendum was held on 4 and 5 June";
    check("S.", Some("2021-06-04"), held).none("date-mismatch");
    assert_eq!(
        check("S.", Some("2022-06-04"), held)
            .of("date-mismatch")
            .len(),
        1
    );
    // Future wording still counts on.
    let final_ = "The final will be played on 20 June";
    check("S.", Some("2022-06-20"), final_).none("date-mismatch");
}

#[test]
fn a_year_not_in_the_quote_can_be_allowed_with_a_reason() {
    let quote = "Northwind, founded in 2002, aims to reach 5 GW by 2027.";
    let fact = storm_fact("northwind", "Northwind was founded in 2012.", None, quote)
        + "    allow:\n      - rule: year-not-in-quote\n        reason: \"a correction\"\n";
    let (_, p) = storm(&fact);
    let r = p.check();
    r.none("year-not-in-quote");
    assert_eq!(r.summary("allowed"), 1);
}

/// A fact base citing `text` (published Monday 14 July 2025) with one fact dated `date`
/// quoting `quote`.
fn monday_paper(text: &str, date: &str, quote: &str) -> (String, Project) {
    let yaml = format!(
        "briefing:\n  title: T\n  as_of: 2025-07-20\nsources:\n  - id: d\n    title: T\n    \
         publisher: P\n    published: 2025-07-14\n    file: d.txt\nfacts:\n{}",
        storm_fact("f", "S.", Some(date), quote)
    );
    let project = Project::new(&yaml, &[("d.txt", text.as_bytes())]);
    (yaml, project)
}

#[test]
fn a_weekday_someone_said_would_come_names_the_day_to_come_too() {
    let text = "The minister said the government had received the doses and would begin a \
                vaccination campaign on Wednesday targeting the worst-hit areas.\n";
    let quote = "would begin a vaccination campaign on Wednesday";
    // Wednesday 16 July, two days after the paper, as well as 9 July.
    for date in ["2025-07-16", "2025-07-09"] {
        monday_paper(text, date, quote)
            .1
            .check()
            .none("date-mismatch");
    }
    let (yaml, p) = monday_paper(text, "2025-07-15", quote);
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert!(
        hit.message
            .contains("9 July 2025 counted back or 16 July 2025 counted on"),
        "{hit:?}"
    );
}

#[test]
fn a_day_the_quote_names_counts_before_one_the_rest_of_the_sentence_names() {
    let text = "LISBON (Reuters) - The Democratic Alliance won Sunday's snap parliamentary \
                election, according to near-complete results published on Monday.\n";
    let quote = "The Democratic Alliance won Sunday's snap parliamentary election";
    monday_paper(text, "2025-07-13", quote)
        .1
        .check()
        .none("date-mismatch");
    // Monday is the day of the results, another clause: the quote says the vote was Sunday.
    let (yaml, p) = monday_paper(text, "2025-07-14", quote);
    let (line, column) = value_at(&yaml, "date:");
    let hit = p.check().one("date-mismatch", line, column);
    assert!(
        hit.message.contains("says “Sunday”, which is 13 July 2025"),
        "{hit:?}"
    );
    // A quote that names no day leaves the sentence's days to count.
    let quote = "snap parliamentary election";
    monday_paper(text, "2025-07-14", quote)
        .1
        .check()
        .none("date-mismatch");
}

/// "March 1-2" names two days: a fact of either is no mismatch, one of another day is, and the
/// message gives the stretch.
#[test]
fn a_range_of_days_holds_each_of_its_days() {
    let base = |date: &str| {
        let facts = format!(
            "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    published: \
             2022-03-03\n    file: s.txt\nfacts:\n  - id: f\n    statement: \"Fighting raged, \
             the mayor said.\"\n    topic: T\n    date: {date}\n    claimed_by: the mayor\n    \
             sources:\n      - source: s\n        quote: \"Fighting raged on March 1-2\"\n    \
             verified_by: me\n"
        );
        let article = "Fighting raged on March 1-2, the mayor said.\n";
        Project::new(&facts, &[("s.txt", article.as_bytes())]).check()
    };
    base("2022-03-01").none("date-mismatch");
    base("2022-03-02").none("date-mismatch");
    let hit = base("2022-03-03").one("date-mismatch", 14, 11);
    assert!(
        hit.message
            .contains("“March 1-2”, the days from 1 March 2022 to 2 March 2022"),
        "{hit:?}"
    );
}

/// A fact dated `date` quoting `quote` from a source published on Tuesday 5 March 2024 whose
/// text is `article`; its `date` on line 13, at column 11.
fn dated_fact(article: &str, date: &str, quote: &str) -> Report {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    published: 2024-03-05\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"It happened.\"\n    date: {date}\n    topic: T\n    sources:\n      - source: a\n        quote: \"{quote}\"\n    verified_by: me\n    allow:\n      - rule: fact-after-source\n        reason: a plan\n"
    );
    Project::new(&facts, &[("a.txt", article.as_bytes())]).check()
}

#[test]
fn a_day_of_the_month_alone_and_a_weekday_of_a_week_are_read() {
    let article = "The takeover was agreed on the 20th. Ministers met union leaders on Thursday \
                   last week. Arsenal play Brentford next Sunday. The strike begins on Tuesday \
                   week.\n";
    let agreed = "The takeover was agreed on the 20th.";
    dated_fact(article, "2024-02-20", agreed).none("date-unsupported");
    dated_fact(article, "2024-02-20", agreed).none("date-mismatch");
    let hit = dated_fact(article, "2024-02-21", agreed).one("date-mismatch", 13, 11);
    assert!(
        hit.message
            .contains("“on the 20th”, which is 20 February 2024, the latest such day on or before"),
        "{hit:?}"
    );
    let met = "Ministers met union leaders on Thursday last week.";
    dated_fact(article, "2024-02-29", met).none("date-mismatch");
    let hit = dated_fact(article, "2024-03-01", met).one("date-mismatch", 13, 11);
    assert!(
        hit.message.contains("29 February 2024, in the week before"),
        "{hit:?}"
    );
    // "next Sunday" is either Sunday; "Tuesday week" the one after the coming Tuesday.
    let play = "Arsenal play Brentford next Sunday.";
    for date in ["2024-03-10", "2024-03-17"] {
        dated_fact(article, date, play).none("date-mismatch");
    }
    let hit = dated_fact(article, "2024-03-06", play).one("date-mismatch", 13, 11);
    assert!(
        hit.message
            .contains("10 March 2024 or, a week on, 17 March 2024"),
        "{hit:?}"
    );
    let strike = "The strike begins on Tuesday week.";
    dated_fact(article, "2024-03-19", strike).none("date-mismatch");
    dated_fact(article, "2024-03-12", strike).one("date-mismatch", 13, 11);
}

/// A fact base of one source with `text` (published `published`, in `language`) and one fact
/// with `statement`, an optional `date` and `quote`; fact-after-source allowed.
fn one_source(
    published: Option<&str>,
    language: Option<&str>,
    text: &str,
    (statement, date, quote): (&str, Option<&str>, &str),
) -> Report {
    let published = published.map_or(String::new(), |d| format!("    published: {d}\n"));
    let language = language.map_or(String::new(), |l| format!("    language: {l}\n"));
    let date = date.map_or(String::new(), |d| format!("    date: {d}\n"));
    let yaml = format!(
        "briefing:\n  title: T\n  as_of: 2030-01-01\nsources:\n  - id: s\n    title: S\n    \
         publisher: P\n{published}{language}    file: s.txt\nfacts:\n  - id: f\n    statement: \
         \"{statement}\"\n    topic: T\n{date}    sources:\n      - source: s\n        quote: \
         \"{quote}\"\n    verified_by: me\n    allow:\n      - rule: fact-after-source\n        \
         reason: r\n"
    );
    Project::new(&yaml, &[("s.txt", text.as_bytes())]).check()
}

/// Published Thursday 3 March 2022.
fn thursday(text: &str, fact: (&str, Option<&str>, &str)) -> Report {
    one_source(Some("2022-03-03"), None, text, fact)
}

#[test]
fn a_weekday_of_the_statement_is_held_to_the_quotes_days() {
    let text = "Missiles struck the TV tower on Tuesday. The mayor was detained yesterday.\n";
    let struck = "Missiles struck the TV tower on Tuesday.";
    thursday(text, ("Missiles struck on Tuesday.", None, struck))
        .none("statement-date-unsupported");
    let r = thursday(text, ("Missiles struck on Wednesday.", None, struck));
    assert_eq!(
        r.of("statement-date-unsupported")[0].message,
        "fact `f`: the statement names “on Wednesday”, a weekday that none of its quotes or \
         their sentences names (they name “on Tuesday” (Tuesday 1 March 2022)): correct the day, \
         or quote the words that give it"
    );
    // "yesterday" in a paper of Thursday is a Wednesday.
    let detained = "The mayor was detained yesterday.";
    thursday(
        text,
        ("The mayor was detained on Wednesday.", None, detained),
    )
    .none("statement-date-unsupported");
    let r = thursday(text, ("The mayor was detained on Tuesday.", None, detained));
    assert!(
        r.of("statement-date-unsupported")[0]
            .message
            .contains("(they name “yesterday” (Wednesday 2 March 2022))"),
        "{:?}",
        r.of("statement-date-unsupported")
    );
    // Undated: "yesterday" may be any day; a weekday written is still that weekday.
    let undated = |statement: &str, quote: &str| {
        one_source(None, None, text, (statement, None, quote)).of("statement-date-unsupported")
    };
    assert!(undated("The mayor was detained on Tuesday.", detained).is_empty());
    assert_eq!(undated("Missiles struck on Wednesday.", struck).len(), 1);
}

#[test]
fn a_weekday_that_its_date_is_not_is_named_with_the_date() {
    let text = "Talks were held on Tuesday, March 2, in Gomel. Talks resumed on Wednesday, March \
                2, in Minsk.\n";
    let gomel = "Talks were held on Tuesday, March 2, in Gomel.";
    let r = thursday(text, ("Talks were held.", Some("2022-03-02"), gomel));
    assert_eq!(
        r.of("date-mismatch")[0].message,
        "fact `f` is dated 2022-03-02, but the quote from `s` says “on Tuesday, March 2”: 2 March \
         2022 is a Wednesday, not a Tuesday, so the weekday and the date disagree; check which \
         the source means"
    );
    let minsk = "Talks resumed on Wednesday, March 2, in Minsk.";
    thursday(text, ("Talks resumed.", Some("2022-03-02"), minsk)).none("date-mismatch");
}

#[test]
fn each_end_of_a_stretch_in_the_statement_is_held_to_the_quotes() {
    let text = "Sanctions took effect from March 1 until March 10. The border was shut from 1 \
                March to 10 March.\n";
    let sanctions = "Sanctions took effect from March 1 until March 10.";
    let shut = "The border was shut from 1 March to 10 March.";
    for (statement, quote) in [
        (
            "Sanctions took effect from 1 March until 10 March.",
            sanctions,
        ),
        ("The border was shut from March 1 to March 10.", shut),
    ] {
        thursday(text, (statement, None, quote)).none("statement-date-unsupported");
    }
    let r = thursday(
        text,
        (
            "Sanctions ran from 1 March until 20 March.",
            None,
            sanctions,
        ),
    );
    assert_eq!(
        r.of("statement-date-unsupported")[0].message,
        "fact `f`: the statement names “1 March until 20 March”, whose last day, 20 March, none \
         of its quotes or their sentences names (they name “March 1 until March 10”): correct \
         the day, or quote the words that give it"
    );
    let r = thursday(
        text,
        ("The border was shut from 5 March to 10 March.", None, shut),
    );
    assert!(
        r.of("statement-date-unsupported")[0]
            .message
            .contains("whose first day, 5 March, none"),
        "{:?}",
        r.of("statement-date-unsupported")
    );
}

#[test]
fn a_date_in_digits_is_read_either_way_unless_a_part_or_the_language_says() {
    let text = "The order was signed on 02/03/2022 by the governor. It was filed on 24/02/22.\n";
    let signed = "The order was signed on 02/03/2022 by the governor.";
    for date in ["2022-03-02", "2022-02-03"] {
        let r = thursday(text, ("Signed.", Some(date), signed));
        r.none("date-mismatch");
        r.none("date-unsupported");
    }
    let r = thursday(text, ("Signed.", Some("2022-03-01"), signed));
    assert!(
        r.of("date-mismatch")[0].message.contains(
            "says “02/03/2022”, which is 2 March 2022 read day first or 3 February 2022 read \
             month first (the digits do not say which; a source's `language`, such as en-GB or \
             en-US, does)"
        ),
        "{:?}",
        r.of("date-mismatch")
    );
    // A part over 12 is the day; two digits of a year are this century's.
    let filed = "It was filed on 24/02/22.";
    thursday(text, ("Filed.", Some("2022-02-24"), filed)).none("date-unsupported");
    assert_eq!(
        thursday(text, ("Filed.", Some("2022-02-25"), filed))
            .of("date-mismatch")
            .len(),
        1
    );
    // The source's language fixes the order: en-US month first, en-GB day first.
    let lang = |language: &str, date: &str| {
        one_source(
            Some("2022-03-03"),
            Some(language),
            text,
            ("S.", Some(date), signed),
        )
        .of("date-mismatch")
        .len()
    };
    assert_eq!(
        (lang("en-US", "2022-02-03"), lang("en-US", "2022-03-02")),
        (0, 1)
    );
    assert_eq!(
        (lang("en-GB", "2022-03-02"), lang("en-GB", "2022-02-03")),
        (0, 1)
    );
    // In the statement: either reading must be a day the quotes name.
    let text = "Talks were held on March 1 and 3.\n";
    let held = "Talks were held on March 1 and 3.";
    thursday(text, ("Talks were held on 03/01/2022.", None, held))
        .none("statement-date-unsupported");
    assert_eq!(
        thursday(text, ("Talks were held on 01/04/2022.", None, held))
            .of("statement-date-unsupported")
            .len(),
        1
    );
}

#[test]
fn german_days_are_read_in_a_german_source() {
    let text = "Am Dienstag demonstrierten 1.500 Menschen. Die Demonstration fand am 2. März \
                statt. Am 02.03.2024 wurde das Gesetz verabschiedet.\n";
    let de = |date: &str, quote: &str| {
        one_source(
            Some("2024-03-14"),
            Some("de"),
            text,
            ("S.", Some(date), quote),
        )
    };
    for (date, quote) in [
        ("2024-03-12", "Am Dienstag demonstrierten 1.500 Menschen."),
        ("2024-03-02", "Die Demonstration fand am 2. März statt."),
        (
            "2024-03-02",
            "Am 02.03.2024 wurde das Gesetz verabschiedet.",
        ),
    ] {
        let r = de(date, quote);
        r.none("date-unsupported");
        r.none("date-mismatch");
    }
    let r = de("2024-03-03", "Die Demonstration fand am 2. März statt.");
    assert!(
        r.of("date-mismatch")[0]
            .message
            .contains("“am 2. März”, which is 2 March 2024"),
        "{:?}",
        r.of("date-mismatch")
    );
    assert_eq!(
        de(
            "2024-02-03",
            "Am 02.03.2024 wurde das Gesetz verabschiedet."
        )
        .of("date-mismatch")
        .len(),
        1
    );
}

#[test]
fn common_relative_phrases_name_their_days() {
    let text = "A year ago, the stock hit a record. A week ago, talks failed. Fighting eased at \
                the weekend, residents said. Earlier this month, the port was closed. The storm \
                hit on Boxing Day. The blast happened on Tues. near the station. Shelling \
                continued overnight into Thursday, residents said. Sales slumped last December.\n";
    // Published Thursday 3 March 2022.
    let cases: [(&str, &[&str], &[&str]); 8] = [
        (
            "A year ago, the stock hit a record.",
            &["2021-03-03"],
            &["2022-03-03"],
        ),
        (
            "A week ago, talks failed.",
            &["2022-02-24"],
            &["2022-03-03"],
        ),
        (
            "Fighting eased at the weekend",
            &["2022-02-26", "2022-02-27"],
            &["2022-03-01"],
        ),
        (
            "Earlier this month, the port was closed.",
            &["2022-03-01", "2022-03-03"],
            &["2022-02-15"],
        ),
        (
            "The storm hit on Boxing Day.",
            &["2021-12-26"],
            &["2021-12-27"],
        ),
        (
            "The blast happened on Tues. near the station.",
            &["2022-03-01"],
            &["2022-03-02"],
        ),
        (
            "Shelling continued overnight into Thursday",
            &["2022-03-02", "2022-03-03"],
            &["2022-03-01"],
        ),
        (
            "Sales slumped last December.",
            &["2021-12-01", "2021-12-31"],
            &["2022-01-15", "2020-12-15"],
        ),
    ];
    for (quote, right, wrong) in cases {
        for date in right {
            let r = thursday(text, ("S.", Some(date), quote));
            r.none("date-mismatch");
            r.none("date-unsupported");
        }
        for date in wrong {
            let r = thursday(text, ("S.", Some(date), quote));
            assert_eq!(r.of("date-mismatch").len(), 1, "{quote} {date}");
        }
    }
    let r = thursday(
        text,
        ("S.", Some("2022-03-01"), "Fighting eased at the weekend"),
    );
    assert!(
        r.of("date-mismatch")[0].message.contains(
            "“at the weekend”, which is the Saturday and Sunday from 26 February 2022 to 27 \
             February 2022"
        ),
        "{:?}",
        r.of("date-mismatch")
    );
}

#[test]
fn an_undated_day_that_cannot_be_the_date_in_any_year_says_so() {
    let text = "Peace talks were held on March 2 in Belarus.\n";
    let quote = "Peace talks were held on March 2 in Belarus.";
    let r = one_source(None, None, text, ("S.", Some("2022-03-05"), quote));
    assert!(
        r.of("date-unsupported")[0].message.contains(
            "says “March 2”, which cannot be counted without the day it was published, but in \
             no year is it 5 March:"
        ),
        "{:?}",
        r.of("date-unsupported")
    );
    let r = one_source(None, None, text, ("S.", Some("2022-03-02"), quote));
    assert!(!r.of("date-unsupported")[0].message.contains("in no year"));
}

/// An event dated a day from another that the sentence names ("the day before the vote, which
/// was held on 26 February") may be on the day next to it: that day is no mismatch, a third is.
#[test]
fn the_day_before_an_event_named_is_the_day_next_to_it() {
    let source = "The minister resigned the day before the vote, which was held on 26 February \
                  2022. The talks resumed on 1 March 2022, the day after the ceasefire.";
    let resigned = "The minister resigned the day before the vote";
    let on = |date: &str| format!("    date: {date}\n");
    let rule = "date-mismatch";
    assert_eq!(
        common::found_with(
            rule,
            source,
            "The minister resigned.",
            &on("2022-02-25"),
            resigned
        ),
        Vec::<String>::new()
    );
    let found = common::found_with(
        rule,
        source,
        "The minister resigned.",
        &on("2022-02-23"),
        resigned,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // The day named may itself be the event's: "1 March, the day after the ceasefire".
    let resumed = "The talks resumed on 1 March 2022";
    assert_eq!(
        common::found_with(
            rule,
            source,
            "The talks resumed.",
            &on("2022-03-01"),
            resumed
        ),
        Vec::<String>::new()
    );
}
