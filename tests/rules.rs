//! One test (or a few) per rule, each on a small fixture project, pinning the rule, the line and
//! the column. Each fails if its rule is removed or points elsewhere.

mod common;
use common::{ARTICLE, BRIEFING, Project};

/// A project with one source (`a`, with the article on file) and the given facts.
fn with_facts(facts: &str) -> Project {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n{facts}"
    );
    Project::new(&text, &[("a.txt", ARTICLE.as_bytes())])
}

const VERIFIED: &str = "    verified_by: me\n";

// Line 10 is the first line of the facts below (BRIEFING is 3 lines, `sources:` 5, `facts:` 1).

#[test]
fn a_clean_fact_has_no_findings() {
    let p = with_facts(&format!(
        "  - id: ok\n    statement: \"Russia says it controls Kherson.\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"have taken the regional center of Kherson\"\n{VERIFIED}"
    ));
    let r = p.check();
    assert!(r.hits().is_empty(), "{:#?}", r.hits());
    assert_eq!(r.code, Some(0));
    assert_eq!(r.summary("facts"), 1);
    assert_eq!(r.summary("sources"), 1);
}

#[test]
fn duplicate_fact_ids_point_at_the_second_and_name_the_first() {
    let fact = |id: &str| {
        format!(
            "  - id: {id}\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"Kherson under full control\"\n{VERIFIED}"
        )
    };
    let p = with_facts(&(fact("x") + &fact("x")));
    let r = p.check();
    let hit = r.one("duplicate-id", 17, 9);
    assert!(hit.message.contains("line 10"), "{hit:?}");
    assert_eq!(r.code, Some(1));
}

#[test]
fn duplicate_source_ids_are_found() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n  - id: a\n    title: B\n    publisher: P\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n{VERIFIED}"
    );
    let r = Project::new(&text, &[]).check();
    let hit = r.one("duplicate-id", 8, 9);
    assert!(hit.message.contains("line 5"), "{hit:?}");
}

#[test]
fn a_fact_without_sources_or_with_an_empty_list_is_unsourced() {
    let p = with_facts(&format!(
        "  - id: none\n    statement: s\n    topic: T\n{VERIFIED}  - id: empty\n    statement: s\n    topic: T\n    sources: []\n{VERIFIED}  - id: null-sources\n    statement: s\n    topic: T\n    sources:\n{VERIFIED}"
    ));
    let r = p.check();
    let hits = r.of("unsourced");
    let places: Vec<(u64, u64)> = hits.iter().map(|h| (h.line, h.column)).collect();
    assert_eq!(places, [(10, 5), (17, 14), (22, 12)], "{hits:#?}");
    assert_eq!(r.code, Some(1));
}

#[test]
fn a_citation_of_an_undeclared_source_is_found_with_a_suggestion() {
    let p = with_facts(&format!(
        "  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: b\n      - source: aa\n{VERIFIED}"
    ));
    let r = p.check();
    let hits = r.of("unknown-source");
    assert_eq!(hits.len(), 2, "{hits:#?}");
    assert_eq!((hits[0].line, hits[0].column), (14, 17));
    assert!(hits[1].message.contains("did you mean `a`?"), "{hits:#?}");
}

fn one_source(file_line: &str) -> String {
    format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n{file_line}facts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n{VERIFIED}"
    )
}

#[test]
fn a_missing_folder_binary_or_non_utf8_file_is_source_file_missing() {
    for (file, bytes) in [
        ("gone.txt", None),
        ("dir", Some(&b""[..])),
        ("latin1.txt", Some(&b"caf\xe9"[..])),
        ("binary.txt", Some(&b"\x00\x01\x02"[..])),
    ] {
        let text = one_source(&format!("    file: {file}\n"));
        let files: Vec<(&str, &[u8])> = match bytes {
            Some(b) if file == "dir" => vec![("dir/inner.txt", b)],
            Some(b) => vec![(file, b)],
            None => vec![],
        };
        let r = Project::new(&text, &files).check();
        let hit = r.one("source-file-missing", 8, 11);
        assert!(hit.message.contains(file), "{hit:?}");
        // The quote cannot be checked, and is not reported as not found.
        r.none("quote-not-found");
    }
}

#[test]
fn absolute_paths_and_dot_dot_are_outside_and_not_read() {
    for file in ["/etc/hostname", "../secret.txt", "sub/../../secret.txt"] {
        let r = Project::new(&one_source(&format!("    file: \"{file}\"\n")), &[]).check();
        r.one("source-file-outside", 8, 11);
        r.none("source-file-missing");
    }
}

#[cfg(unix)]
#[test]
fn a_link_that_leads_out_is_outside() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), ARTICLE).unwrap();
    let p = Project::new(&one_source("    file: sources/link.txt\n"), &[]);
    std::fs::create_dir(p.file("sources")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        p.file("sources/link.txt"),
    )
    .unwrap();
    let r = p.check();
    let hit = r.one("source-file-outside", 8, 11);
    assert!(hit.message.contains("link"), "{hit:?}");
    r.none("quote-not-found");
}

#[test]
fn a_pinned_hash_that_differs_is_a_mismatch() {
    let good = "2819c7a3dc99e2df958c24fd4f08c7584d3ff1387fa589bf0383c84ec9e28d71";
    let text = |hash: &str| one_source(&format!("    file: a.txt\n    sha256: \"{hash}\"\n"));
    let content = b"not the article\n";
    let r = Project::new(&text(&"0".repeat(64)), &[("a.txt", content)]).check();
    let hit = r.one("source-hash-mismatch", 9, 13);
    assert!(
        hit.message.contains(good),
        "the message gives the actual hash: {hit:?}"
    );
    assert!(
        hit.message
            .contains("`factsheet pin a` writes the new hash"),
        "the message names the command that repins: {hit:?}"
    );
    let r = Project::new(&text(&good.to_uppercase()), &[("a.txt", content)]).check();
    r.none("source-hash-mismatch");
}

fn quote_fact(quote: &str) -> Project {
    with_facts(&format!(
        "  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"{quote}\"\n{VERIFIED}"
    ))
}

#[test]
fn quotes_match_across_white_space_curly_quotes_and_dashes() {
    for quote in [
        "Russia's defence ministry said, \\\"The Rusian divisions",
        "left the country - while",
        "left the   country",
        "taken the regional center ... under full control",
        "…the armed forces…",
    ] {
        let r = quote_fact(quote).check();
        r.none("quote-not-found");
    }
}

#[test]
fn a_quote_that_differs_is_not_found_and_the_closest_passage_is_shown() {
    let r = quote_fact("have taken the regional centre of Kherson").check();
    let hit = r.one("quote-not-found", 15, 16);
    assert!(
        hit.message
            .contains("\"have taken the regional center of Kherson\"")
            && hit
                .message
                .contains("`centre` where the article has `center`"),
        "{hit:?}"
    );
    assert_eq!(r.code, Some(1));
}

#[test]
fn a_quote_from_an_empty_file_says_the_file_is_empty() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"have taken Kherson\"\n{VERIFIED}"
    );
    for empty in ["", " \n\n\t\n"] {
        let r = Project::new(&text, &[("a.txt", empty.as_bytes())]).check();
        let hit = r.one("quote-not-found", 15, 16);
        assert!(hit.message.contains("the file is empty"), "{hit:?}");
    }
}

#[test]
fn matching_is_case_sensitive_and_parts_must_be_in_order() {
    quote_fact("the rusian divisions")
        .check()
        .one("quote-not-found", 15, 16);
    let r = quote_fact("under full control ... The Rusian divisions").check();
    let hit = r.one("quote-not-found", 15, 16);
    assert!(hit.message.contains("not in this order"), "{hit:?}");
}

/// Sources `a` (the article) and `b` (one sentence), and the given facts.
fn with_sources_a_and_b(facts: &str) -> Project {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\n  - id: b\n    title: B\n    publisher: P\n    file: b.txt\nfacts:\n{facts}"
    );
    Project::new(
        &text,
        &[
            ("a.txt", ARTICLE.as_bytes()),
            ("b.txt", b"Here is a sentence only b has."),
        ],
    )
}

/// A fact citing both sources with a quote only `b` has.
const ONLY_B: &str = "    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"a sentence only b has\"\n      - source: b\n        quote: \"a sentence only b has\"\n";

#[test]
fn a_quote_found_in_another_source_says_so() {
    let r = with_sources_a_and_b(&format!("  - id: f\n{ONLY_B}{VERIFIED}")).check();
    let hit = r.one("quote-not-found", 19, 16);
    assert!(hit.message.contains("it is in source `b`"), "{hit:?}");
}

#[test]
fn the_other_source_is_named_on_the_right_finding_among_many_facts() {
    // The rules run on many facts at once, each batch keeping its own list of findings; the
    // note that another source has the quote must land on the finding it belongs to.
    let mut facts = String::new();
    for i in 0..300 {
        // Each fact before the last has a warning of its own (no `verified_by`).
        facts.push_str(&format!(
            "  - id: f{i}\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"the regional center\"\n"
        ));
    }
    facts.push_str(&format!("  - id: last\n{ONLY_B}{VERIFIED}"));
    let r = with_sources_a_and_b(&facts).check();
    assert_eq!(r.of("unverified").len(), 300);
    // 300 facts of 6 lines after line 13; the last fact's first quote is its 6th line.
    let hit = r.one("quote-not-found", 14 + 300 * 6 + 5, 16);
    assert!(hit.message.contains("it is in source `b`"), "{hit:?}");
    let named: Vec<_> = r
        .hits()
        .into_iter()
        .filter(|h| h.message.contains("source `b`"))
        .collect();
    assert_eq!(named.len(), 1, "{named:#?}");
}

#[test]
fn a_citation_without_a_quote_warns_only_when_the_source_has_a_file() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\n  - id: b\n    title: B\n    publisher: P\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n      - source: b\n{VERIFIED}"
    );
    let r = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]).check();
    r.one("missing-quote", 17, 9);
    assert_eq!(r.code, Some(0), "a warning does not fail the check");
}

#[test]
fn a_blank_quote_is_no_quote() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \" \"\n{VERIFIED}"
    );
    let r = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]).check();
    r.one("missing-quote", 14, 9);
    assert_eq!(r.code, Some(0), "a warning does not fail the check");
}

fn number_fact(statement: &str, quote: &str) -> Project {
    with_facts(&format!(
        "  - id: f\n    statement: \"{statement}\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"{quote}\"\n{VERIFIED}"
    ))
}

#[test]
fn lines_that_end_with_a_cr_alone_are_lines_as_yaml_reads_them() {
    // Classic Mac OS line ends: YAML's parser counts the lines, and so must what places a
    // number in its line, where a finding ends and the snippet under it.
    let p = number_fact(
        "182 soldiers were killed",
        "498 Russian soldiers were killed",
    );
    let text = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    std::fs::write(p.file("facts.yaml"), text.replace('\n', "\r")).unwrap();
    let out = p.run(&["check"]);
    assert!(
        out.stdout.contains("--> facts.yaml:11:17\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("11 |     statement: \"182 soldiers were killed\"\n"),
        "{}",
        out.stdout
    );
    let json = p.run(&["check", "--format", "json"]).stdout;
    assert!(
        json.contains("\"column\": 17,\n      \"end_line\": 11,\n      \"end_column\": 20,"),
        "{json}"
    );
    // Such a file is not edited: its line ends would change.
    let out = p.run(&["pin"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .contains("ends its lines with a CR alone (as classic Mac OS did; the first at 1:10)"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_number_not_in_the_quotes_is_found() {
    let r = number_fact(
        "182 soldiers were killed",
        "498 Russian soldiers were killed",
    )
    .check();
    // At the number itself (the statement's text starts after its `"` at column 16); an error.
    let hit = r.one("number-not-in-quote", 11, 17);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `182` is in none of its quotes (they give `498`)"
    );
    assert_eq!(r.code, Some(1), "a wrong number fails the check");
    let r = number_fact(
        "Russia says 1.2 million fled",
        "One million people have fled",
    )
    .check();
    r.one("number-not-in-quote", 11, 29);
    // Unit and sign as written; 2% is 2 per cent.
    let r = number_fact("Prices rose 3% while -5 were lost", "rose 2 per cent").check();
    let hit = r.one("number-not-in-quote", 11, 29);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `3%`, `-5` are in none of its quotes (they give `2 per cent`)"
    );
    number_fact("Prices rose 2%", "rose 2 per cent")
        .check()
        .none("number-not-in-quote");
    // A statement in a block scalar: found where the file writes it.
    let r = with_facts(&format!(
        "  - id: f\n    statement: >\n      Some 182 soldiers\n    topic: T\n    sources:\n      - source: a\n        quote: \"498 Russian soldiers were killed\"\n{VERIFIED}"
    ))
    .check();
    r.one("number-not-in-quote", 12, 12);
}

#[test]
fn an_amount_the_quotes_give_only_in_another_currency_is_not_found() {
    let r = number_fact(
        "The court ordered £164 million",
        "£122 million ($164 million)",
    )
    .check();
    let hit = r.one("number-not-in-quote", 11, 35);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `£164 million` is in none of its quotes (they give `£122 \
         million`, `$164 million`); its quotes give `$164 million` in dollars, not in pounds"
    );
    // Without a currency on one side, or in the same one written otherwise, it matches.
    for (statement, quote) in [
        ("It paid 164 million", "$164 million"),
        ("It paid $164 million", "164 million"),
        ("It paid €5bn", "5 billion euros"),
        ("It paid $5bn", "a $5bn deal and a €5bn one"),
    ] {
        number_fact(statement, quote)
            .check()
            .none("number-not-in-quote");
    }
}

#[test]
fn a_quantity_the_quotes_give_only_in_another_unit_is_not_found() {
    let r = number_fact("The convoy stretched 40 miles", "a 40-kilometre convoy").check();
    let hit = r.one("number-not-in-quote", 11, 38);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `40 miles` is in none of its quotes (they give \
         `40-kilometre`); its quotes give `40` in kilometres, not in miles"
    );
    // The units are shown, so that the message does not say the quotes give `5` for `5`.
    let r = number_fact("It stretched 5 km", "It stretched 5 miles").check();
    let hit = r.one("number-not-in-quote", 11, 30);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `5 km` is in none of its quotes (they give `5 miles`); its \
         quotes give `5` in miles, not in kilometres"
    );
    // The same unit written otherwise, a unit on one side only, or one of two quantities.
    for (statement, quote) in [
        ("The convoy stretched 40 km", "40 kilometres long"),
        ("The convoy stretched 40 kilometres", "a 40-km convoy"),
        ("The convoy stretched 40 km", "a convoy of 40 trucks"),
        ("12 tonnes were lost", "12 tons of grain"),
        ("The fire burned 300 hectares", "300 hectares (740 acres)"),
        ("The limit is 100 kph", "a 100 km/h limit"),
        ("Winds reached 120 miles per hour", "120-mile-an-hour winds"),
    ] {
        number_fact(statement, quote)
            .check()
            .none("number-not-in-quote");
    }
    // A speed is a unit of its own: not another speed's, nor a length's.
    for (statement, quote, column) in [
        ("The limit is 100 mph", "a 100 km/h limit", 30),
        ("The limit is 100 miles", "a 100 km/h limit", 30),
        (
            "Up to 46 inches of rain fell",
            "18 inches (46 cm) of rain",
            23,
        ),
    ] {
        let r = number_fact(statement, quote).check();
        r.one("number-not-in-quote", 11, column);
    }
}

#[test]
fn a_number_with_the_other_sign_is_not_found_and_the_message_says_so() {
    let r = number_fact("Temperatures fell to 15C", "Temperatures fell to -15C").check();
    let hit = r.one("number-not-in-quote", 11, 38);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `15C` is in none of its quotes (they give `-15C`); its \
         quotes give `-15C`, with a minus sign"
    );
    let r = number_fact("Growth was \u{2212}0.3%", "Growth was 0.3%").check();
    let hit = r.one("number-not-in-quote", 11, 28);
    assert!(
        hit.message
            .ends_with("its quotes give `0.3%`, without a minus sign"),
        "{hit:?}"
    );
    number_fact("Growth was \u{2212}0.3%", "Growth was -0.3%")
        .check()
        .none("number-not-in-quote");
    let r = figure_fact("15", "Temperatures fell to -15C").check();
    let hit = r.one("figure-not-in-quote", 14, 14);
    assert!(
        hit.message
            .ends_with("its quotes give `-15C`, with a minus sign"),
        "{hit:?}"
    );
    figure_fact("-15", "Temperatures fell to -15C")
        .check()
        .none("figure-not-in-quote");
}

#[test]
fn numbers_the_reader_once_missed_or_misread_are_values() {
    // `.5%` is 0.5%; digits of other scripts are read; a year-like count is a count; `no one`
    // is no number.
    for (statement, quote) in [
        ("Inflation rose 0.5%", "Inflation rose .5% in March"),
        (
            "13 people were hurt",
            "said \u{661}\u{663} people were hurt",
        ),
        (
            "\u{ff11}\u{ff13} people were hurt",
            "said 13 people were hurt",
        ),
        (
            "About 2,000 civilians",
            "About 2000 civilians have been killed",
        ),
        (
            "No one was hurt, and they blamed one another",
            "Nobody was hurt",
        ),
    ] {
        number_fact(statement, quote)
            .check()
            .none("number-not-in-quote");
    }
    for (statement, quote) in [
        ("Inflation rose 5%", "Inflation rose .5% in March"),
        (
            "\u{ff11}\u{ff12} people were hurt",
            "said 13 people were hurt",
        ),
        (
            "14 people were hurt",
            "said \u{661}\u{663} people were hurt",
        ),
        ("One was hurt", "Nobody was hurt"),
    ] {
        let r = number_fact(statement, quote).check();
        assert_eq!(r.of("number-not-in-quote").len(), 1, "{statement}");
    }
    figure_fact("2000", "About 2000 civilians have been killed")
        .check()
        .none("figure-not-in-quote");
    figure_fact("0.5", "Inflation rose .5% in March")
        .check()
        .none("figure-not-in-quote");
}

#[test]
fn the_address_of_a_link_or_a_url_gives_no_number() {
    // A reader sees the link's text, not its address; the number after the link still counts,
    // at its own column.
    let r = number_fact(
        "182 killed ([Gazette 2](https://example.org/news/2024/05/123/story?id=7)), <https://x.org/9> www.x.org/8 and 5",
        "498 killed",
    )
    .check();
    let hit = r.one("number-not-in-quote", 11, 17);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `182`, `2`, `5` are in none of its quotes (they give `498`)"
    );
    let r = with_summary(
        "\"[The Gazette](https://example.org/2024/05/02/bridge-99 \"page 3\") says 660,000 left.\"",
    )
    .check();
    r.none("summary-unsupported");
}

/// A project whose briefing has `summary` and one fact that says 660,000 left and has the UN's
/// figure of one million.
fn with_summary(summary: &str) -> Project {
    let text = format!(
        "briefing:\n  title: T\n  as_of: 2022-03-03\n  summary: {summary}\nsources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"At least 660,000 individuals have left.\"\n    topic: T\n    figure:\n      value: 1000000\n      label: fled\n    sources:\n      - source: a\n        quote: \"At least 660,000 individuals ... One million people have fled\"\n    claimed_by: X\n{VERIFIED}"
    );
    Project::new(&text, &[("a.txt", ARTICLE.as_bytes())])
}

#[test]
fn a_link_to_a_fact_or_source_the_file_does_not_have_is_found() {
    // The fact is `f`, the source `a`.
    let r = with_summary(
        "\"Most [left](#fact-g) ([source](#source-b)); see [f](#fact-f), [a](#source-a), \
         [the sources](#sources).\"",
    )
    .check();
    let hits = r.of("link-unknown");
    assert_eq!(hits.len(), 2, "{:#?}", r.hits());
    assert_eq!((hits[0].line, hits[0].column), (4, 25));
    assert_eq!(
        hits[0].message,
        "the summary links to `#fact-g`, but no fact has the id `g`, so the link leads nowhere \
         in the briefing: correct the id, or remove the link"
    );
    assert_eq!((hits[1].line, hits[1].column), (4, 44));
    assert!(
        hits[1].message.contains("no source has the id `b`"),
        "{hits:?}"
    );
    // In a statement, the finding names the fact.
    let p = with_facts(&format!(
        "  - id: ok\n    statement: \"Russia says it controls [Kherson](#fact-kherson).\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"have taken the regional center of Kherson\"\n{VERIFIED}"
    ));
    let hit = p.check().one("link-unknown", 11, 51);
    assert!(
        hit.message
            .starts_with("fact `ok`: the statement links to `#fact-kherson`"),
        "{hit:?}"
    );
}

#[test]
fn a_number_in_the_summary_that_no_fact_gives_is_found() {
    let r = with_summary("\"In eight days, 660,000 left and 2 million fled.\"").check();
    let hits = r.of("summary-unsupported");
    let found: Vec<(u64, u64, &str)> = hits
        .iter()
        .map(|h| (h.line, h.column, h.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                4,
                16,
                "the summary's `eight` is given by no fact's statement or figure"
            ),
            (
                4,
                45,
                "the summary's `2 million` is given by no fact's statement or figure"
            ),
        ]
    );
    assert_eq!(r.code, Some(0), "a warning");
    // A block summary: the number's own line.
    let r = with_summary(">-\n    A week in,\n    seven hundred thousand left.").check();
    r.one("summary-unsupported", 6, 5);
}

#[test]
fn summary_numbers_that_facts_give_are_silent() {
    for summary in [
        "\"At least 660 thousand left; one million fled.\"",
        "\"A week into the war, in 2022, on 2 March.\"",
        "\"1,000,000 have fled.\"",
        "\"One of the cities; no one knows.\"",
    ] {
        with_summary(summary).check().none("summary-unsupported");
    }
}

/// A fact whose figure has `value` and whose quote is `quote`.
fn figure_fact(value: &str, quote: &str) -> Project {
    with_facts(&format!(
        "  - id: f\n    statement: \"Many people have fled.\"\n    topic: T\n    figure:\n      value: {value}\n      label: people who have fled\n    sources:\n      - source: a\n        quote: \"{quote}\"\n    claimed_by: X\n{VERIFIED}"
    ))
}

#[test]
fn a_figure_not_in_the_quotes_is_found_at_its_value() {
    for (value, quote, shown, given) in [
        (
            "57000000",
            "Russia’s Defense Ministry said 498 Russian soldiers",
            "57,000,000",
            "`498`",
        ),
        (
            "4500000",
            "One million people have fled",
            "4,500,000",
            "`One million`",
        ),
        (
            "1000001",
            "One million people have fled",
            "1,000,001",
            "`One million`",
        ),
    ] {
        let r = figure_fact(value, quote).check();
        let hit = r.one("figure-not-in-quote", 14, 14);
        assert_eq!(
            hit.message,
            format!(
                "fact `f`: the figure's value {shown} is in none of its quotes (they give {given})"
            )
        );
        assert_eq!(r.code, Some(1));
    }
}

#[test]
fn a_figure_counted_in_the_scale_its_label_gives_is_read_in_it() {
    let labelled = |value: &str, label: &str| {
        with_facts(&format!(
            "  - id: f\n    statement: \"Many people have fled.\"\n    topic: T\n    figure:\n      value: {value}\n      label: \"{label}\"\n    sources:\n      - source: a\n        quote: \"One million people have fled\"\n    claimed_by: X\n{VERIFIED}"
        ))
        .check()
    };
    labelled("1", "People who have fled (millions)").none("figure-not-in-quote");
    labelled("1", "Refugees, million").none("figure-not-in-quote");
    // Another value in that scale, and a rate per million, are not the quote's.
    labelled("2", "People who have fled (millions)").one("figure-not-in-quote", 14, 14);
    labelled("1", "Refugees per million people").one("figure-not-in-quote", 14, 14);
}

#[test]
fn a_figure_whose_quote_qualifies_it_needs_its_qualifier() {
    let with = |extra: &str| {
        with_facts(&format!(
            "  - id: f\n    statement: \"At least 660,000 individuals have left.\"\n    topic: T\n    figure:\n      value: 660000\n{extra}      label: people who have left Ukraine\n    sources:\n      - source: a\n        quote: \"At least 660,000 individuals\"\n    claimed_by: X\n{VERIFIED}"
        ))
        .check()
    };
    let r = with("");
    let hit = r.one("hedge-dropped", 14, 7);
    assert_eq!(
        hit.message,
        "fact `f`: the quote says \u{201c}at least 660,000\u{201d}, the figure gives 660,000 \
         without a qualifier: add `qualifier: at least`"
    );
    with("      qualifier: at least\n").none("hedge-dropped");
    with("      qualifier: \"At  least\"\n").none("hedge-dropped");
    let r = with("      qualifier: at lest\n");
    let hit = r.one("invalid-yaml", 15, 18);
    assert!(hit.message.contains("did you mean `at least`"), "{hit:?}");
}

#[test]
fn a_figure_given_in_its_quote_in_other_words_is_silent() {
    for (value, quote) in [
        ("1000000", "One million people have fled"),
        ("660000", "At least 660,000 individuals"),
        ("1597", "killed and 1,597 wounded"),
        ("1.597e3", "killed and 1,597 wounded"),
    ] {
        let r = figure_fact(value, quote).check();
        r.none("figure-not-in-quote");
    }
}

#[test]
fn numbers_compare_as_values() {
    for (statement, quote) in [
        ("1597 wounded", "killed and 1,597 wounded"),
        ("1 million people have fled", "One million people have fled"),
        (
            "At least 660 thousand individuals",
            "At least 660,000 individuals",
        ),
        (
            "The 7th day of 2022, 2 March",
            "Konashenkov, the spokesperson",
        ),
    ] {
        let r = number_fact(statement, quote).check();
        let hits = r.of("number-not-in-quote");
        let expected = usize::from(statement.starts_with("The 7th"));
        assert_eq!(hits.len(), expected, "{statement} / {quote}: {hits:#?}");
    }
}

#[test]
fn an_uncited_source_is_unused() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n  - id: b\n    title: B\n    publisher: P\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n{VERIFIED}"
    );
    let r = Project::new(&text, &[]).check();
    let hit = r.one("unused-source", 8, 5);
    assert!(hit.message.contains("`b`"));
}

#[test]
fn a_fact_without_verified_by_is_unverified() {
    let r = with_facts("  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n").check();
    r.one("unverified", 10, 5);
    // A blank `verified_by` records no one either: it is refused where it is.
    let r = with_facts("  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n    verified_by: \" \"\n").check();
    r.one("invalid-yaml", 16, 18);
}

#[test]
fn an_unknown_publisher_warns() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: unknown\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n{VERIFIED}"
    );
    Project::new(&text, &[])
        .check()
        .one("unknown-publisher", 7, 16);
}

#[test]
fn an_allow_silences_its_rule_for_its_fact_only_and_is_counted() {
    let fact = |id: &str, allow: &str| {
        format!(
            "  - id: {id}\n    statement: \"about 340 miles\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"taken the regional center of Kherson\"\n{VERIFIED}{allow}"
        )
    };
    let allow = "    allow:\n      - rule: number-not-in-quote\n        reason: \"converts 550 km into miles\"\n";
    let other = "    allow:\n      - rule: unverified\n        reason: \"another rule\"\n";
    let p =
        with_facts(&(fact("allowed", allow) + &fact("not-allowed", "") + &fact("other", other)));
    let r = p.check();
    let hits = r.of("number-not-in-quote");
    let facts: Vec<u64> = hits.iter().map(|h| h.line).collect();
    assert_eq!(facts, [21, 28], "{hits:#?}");
    assert_eq!(r.summary("allowed"), 1);
    assert_eq!(r.summary("errors"), 2);
    // An error of the fact's own rules is allowed too, with its reason; the check passes.
    let p = with_facts(&fact("allowed", allow));
    let r = p.check();
    assert_eq!(
        (r.code, r.summary("errors"), r.summary("allowed")),
        (Some(0), 0, 1)
    );
    let figure = "    figure:\n      value: 340\n      label: miles\n    allow:\n      - rule: figure-not-in-quote\n        reason: \"550 km in miles\"\n      - rule: number-not-in-quote\n        reason: \"550 km in miles\"\n";
    let r = with_facts(&fact("converted", figure)).check();
    assert_eq!(
        (r.code, r.summary("allowed")),
        (Some(0), 2),
        "{:#?}",
        r.hits()
    );
}

#[test]
fn explain_says_which_errors_a_fact_may_allow() {
    let p = with_facts("");
    let first = |rule: &str| {
        let out = p.run(&["explain", rule]);
        out.stdout.lines().next().unwrap_or_default().to_owned()
    };
    assert_eq!(
        first("figure-not-in-quote"),
        "figure-not-in-quote (error: fails the check; a fact may allow it, with a reason)"
    );
    assert_eq!(
        first("quote-not-found"),
        "quote-not-found (error: fails the check)"
    );
}

#[test]
fn what_factsheet_promises_cannot_be_allowed_nor_a_note() {
    let promised = "says the fact is not sourced as factsheet promises, and cannot be allowed";
    for (rule, why) in [
        ("quote-not-found", promised),
        ("unsourced", promised),
        ("unknown-source", promised),
        (
            "single-source",
            "is a note, not a problem: there is nothing to allow",
        ),
    ] {
        let r = with_facts(&format!(
            "  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n{VERIFIED}    allow:\n      - rule: {rule}\n        reason: r\n"
        ))
        .check();
        let hit = r.one("invalid-yaml", 18, 15);
        assert!(hit.message.contains(&format!("`{rule}` {why}")), "{hit:?}");
    }
}

#[test]
fn strict_fails_on_warnings() {
    let p = with_facts(
        "  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n",
    );
    assert_eq!(p.run(&["check"]).code, Some(0));
    assert_eq!(p.run(&["check", "--strict"]).code, Some(1));
}

#[test]
fn human_output_is_coloured_only_when_asked_and_never_with_no_color() {
    let p = quote_fact("the rusian divisions");
    let run = |vars: &[(&str, &str)]| {
        let mut cmd = assert_cmd::Command::cargo_bin("factsheet").unwrap();
        cmd.arg("check")
            .current_dir(p.path())
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    // Not a terminal: plain text, ready for logs and files.
    assert!(!run(&[]).contains('\x1b'));
    assert!(run(&[("CLICOLOR_FORCE", "1")]).contains('\x1b'));
    let plain = run(&[("NO_COLOR", "1")]);
    assert!(!plain.contains('\x1b'));
    assert!(plain.contains("facts.yaml:15:16"), "{plain}");
    assert!(plain.contains("error[quote-not-found]"), "{plain}");
    assert!(
        plain.contains("quote: \"the rusian divisions\""),
        "shows the offending line: {plain}"
    );
}

// ---------------------------------------------------------------- a careful editor's rules
// Each case is drawn from the four articles in sources/.

const OPOYI: &str = "sources/000_52e49007bc550fe4.txt";
const NEWSTRACK: &str = "sources/001_6deafd6307c91394.txt";
const ATALAYAR: &str = "sources/002_2cdaead7b491f37a.txt";
const WSJ: &str = "sources/003_df741e4afeba6b10.txt";

/// A project with the four articles declared (Opoyi 2022-03-02 and Atalayar 2022-03-03 with
/// their dates) and the given fact, whose lines start at line 24.
fn articles(fact: &str) -> Project {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: opoyi\n    title: O\n    publisher: Opoyi\n    published: 2022-03-02\n    file: o.txt\n  - id: newstrack\n    title: N\n    publisher: NewsTrack\n    file: n.txt\n  - id: atalayar\n    title: A\n    publisher: Atalayar\n    published: 2022-03-03\n    file: a.txt\n  - id: wsj\n    title: W\n    publisher: WSJ\n    file: w.txt\nfacts:\n{fact}"
    );
    let read = |p: &str| std::fs::read(p).expect("the articles are in sources/");
    let (o, n, a, w) = (read(OPOYI), read(NEWSTRACK), read(ATALAYAR), read(WSJ));
    Project::new(
        &facts,
        &[("o.txt", &o), ("n.txt", &n), ("a.txt", &a), ("w.txt", &w)],
    )
}

fn article_fact(statement: &str, cites: &[(&str, &str)], extra: &str) -> Project {
    let mut fact =
        format!("  - id: f\n    statement: \"{statement}\"\n    topic: T\n{extra}    sources:\n");
    for (source, quote) in cites {
        fact.push_str(&format!(
            "      - source: {source}\n        quote: \"{quote}\"\n"
        ));
    }
    fact.push_str(VERIFIED);
    articles(&fact)
}

#[test]
fn a_qualifier_dropped_from_a_figure_is_found() {
    let quote = "At least 660,000 individuals have already left the country";
    let r = article_fact("660,000 people left Ukraine.", &[("opoyi", quote)], "").check();
    let hit = r.one("hedge-dropped", 25, 16);
    assert!(hit.message.contains("“at least 660,000”"), "{hit:?}");
    article_fact(
        "At least 660,000 people have left Ukraine.",
        &[("opoyi", quote)],
        "",
    )
    .check()
    .none("hedge-dropped");
    // A source that gives the number bare supports a bare statement.
    let r = article_fact(
        "128 people are in hospital in Mariupol.",
        &[
            (
                "newstrack",
                "at least 128 persons were injured in the shelling by Russian forces",
            ),
            ("atalayar", "There are 128 people in hospitals"),
        ],
        "    claimed_by: \"Vadym Boichenko, mayor of Mariupol\"\n",
    )
    .check();
    r.none("hedge-dropped");
}

#[test]
fn a_hedged_claim_stated_flatly_is_found() {
    let quote = "Russian army paratroopers reportedly landed in Kharkiv and targeted one of the city's military medical facilities";
    let r = article_fact(
        "Russian paratroopers targeted a military medical facility in Kharkiv.",
        &[("newstrack", quote)],
        "",
    )
    .check();
    let hit = r.one("hedge-dropped", 25, 16);
    assert!(hit.message.contains("“reportedly”"), "{hit:?}");
    article_fact(
        "Russian paratroopers reportedly targeted a military medical facility in Kharkiv.",
        &[("newstrack", quote)],
        "",
    )
    .check()
    .none("hedge-dropped");
}

#[test]
fn a_claim_without_claimed_by_is_found() {
    let quote = "is also expected to join the assault by sending its troops into Ukraine, Kyiv alleged in a statement on social media";
    let r = article_fact(
        "Belarus is expected to join the assault.",
        &[("opoyi", quote)],
        "",
    )
    .check();
    let hit = r.one("claim-unattributed", 24, 5);
    assert!(hit.message.contains("“alleged”"), "{hit:?}");
    article_fact(
        "Kyiv says Belarus is expected to join the assault.",
        &[("opoyi", quote)],
        "    claimed_by: \"Ukraine's government\"\n",
    )
    .check()
    .none("claim-unattributed");
    // "said goodbye" attributes nothing.
    article_fact(
        "Children were evacuated from Kyiv to Lviv.",
        &[("wsj", "Family members said goodbye to each other as the children were evacuated from Kyiv to Lviv.")],
        "",
    )
    .check()
    .none("claim-unattributed");
}

#[test]
fn a_short_or_repeated_quote_is_ambiguous() {
    let r = article_fact("Kherson was taken.", &[("opoyi", "Kherson")], "").check();
    let hit = r.one("quote-ambiguous", 29, 16);
    assert!(hit.message.contains("1 word"), "{hit:?}");
    // The WSJ copy prints the same photo credit twice.
    let r = article_fact(
        "Photos of Odesa are by Gilles Bader.",
        &[("wsj", "Photo: Gilles Bader / Zuma Press")],
        "",
    )
    .check();
    let hit = r.one("quote-ambiguous", 29, 16);
    assert!(hit.message.contains("occurs more than once"), "{hit:?}");
    article_fact(
        "Some residents of Odesa are leaving the city.",
        &[(
            "wsj",
            "Some residents of Odessa are leaving the city to escape the Russian offensive.",
        )],
        "",
    )
    .check()
    .none("quote-ambiguous");
}

#[test]
fn invisible_characters_in_a_statement_or_quote_are_found() {
    let r = article_fact(
        "Kher\u{200b}son was taken.",
        &[("opoyi", "has been taken over by the Russian forces")],
        "",
    )
    .check();
    let hit = r.one("invisible-character", 25, 16);
    assert!(
        hit.message
            .contains("zero-width space <U+200B> after “Kher”"),
        "{hit:?}"
    );
    let r = article_fact(
        "Kherson was taken.",
        &[("opoyi", "has been taken\u{00ad} over by the Russian forces")],
        "",
    )
    .check();
    let hit = r.one("invisible-character", 29, 16);
    assert!(
        hit.message.ends_with(
            "soft hyphen <U+00AD> after “s been taken”: delete it (and from the source's text \
             if it has one there too, then run `factsheet pin` on the source if it is pinned)"
        ),
        "{hit:?}"
    );
    // The quote then does not match either: the soft hyphen is not folded, and the message
    // shows where it stands.
    let hit = r.one("quote-not-found", 29, 16);
    assert!(
        hit.message.contains(
            "the quote has `taken<U+00AD>` where the article has `taken` (U+00AD is a soft \
             hyphen, which cannot be seen: delete it from the quote)"
        ),
        "{hit:?}"
    );
}

#[test]
fn invisible_characters_in_every_shown_field_are_found_each_named_once() {
    // YAML's own escapes (`\u202E`), as a copied character would be in the file.
    let text = r#"briefing:
  title: "Day \u202Eseven"
  as_of: 2022-03-03
sources:
  - id: a
    title: "A\u202E"
    publisher: "P\u200B\u202E"
    file: a.txt
facts:
  - id: f
    statement: "Kher\u200Bson \u202Ewas \u00ADta\u200Bken."
    topic: "T\u202E"
    location: "K\u2066"
    claimed_by: "R\u202E"
    sources:
      - source: a
        quote: "have taken the regional center of Kherson"
    verified_by: "me\u202E"
"#;
    let r = Project::new(text, &[("a.txt", ARTICLE.as_bytes())]).check();
    let hits = r.of("invisible-character");
    let at: Vec<(u64, u64)> = hits.iter().map(|h| (h.line, h.column)).collect();
    assert_eq!(
        at,
        [
            (2, 10),
            (6, 12),
            (7, 16),
            (11, 16),
            (12, 12),
            (13, 15),
            (14, 17),
            (18, 18)
        ],
        "{hits:#?}"
    );
    // One finding for the statement, naming each of its three characters once.
    assert!(
        hits[3].message.ends_with(
            "the statement holds a zero-width space <U+200B> after “Kher”, a text-direction \
             control <U+202E> after “Kherson”, a soft hyphen <U+00AD> after “Kherson was”: \
             delete them"
        ),
        "{hits:#?}"
    );
    assert!(
        hits[0]
            .message
            .starts_with("the briefing: the title holds a text-direction control <U+202E>")
    );
    assert!(hits[2].message.contains(
        "a zero-width space <U+200B> after “P”, a text-direction control <U+202E> after “P”"
    ));
}

#[test]
fn references_and_noncharacters_are_invisible_characters() {
    // A reference in inline Markdown reads as its character in the briefings: the check reads
    // it so too, and names it as written. Noncharacters, typed or written, are found as well.
    let text = r#"briefing:
  title: "Flood"
  as_of: 2022-03-03
  summary: "Officials say &#x202E;21&#x202C; died &ZeroWidthSpace;today."
sources:
  - id: a
    title: "A"
    publisher: "P \uFFFE"
    file: a.txt
facts:
  - id: f
    statement: "Kherson &rlm;fell &#xFDD0; `&#x202E;` \\&#x202E; &amp;"
    topic: "T \U0010FFFF"
    sources:
      - source: a
        quote: "have taken the regional center of Kherson"
    verified_by: "me"
"#;
    let r = Project::new(text, &[("a.txt", ARTICLE.as_bytes())]).check();
    let hits = r.of("invisible-character");
    let at: Vec<(u64, u64)> = hits.iter().map(|h| (h.line, h.column)).collect();
    assert_eq!(at, [(4, 12), (8, 16), (12, 16), (13, 12)], "{hits:#?}");
    assert!(
        hits[0].message.ends_with(
            "the summary holds a text-direction control <U+202E> written `&#x202E;` after \
             “ficials say”, a text-direction control <U+202C> written `&#x202C;` after \
             “y &#x202E;21”, a zero-width space <U+200B> written `&ZeroWidthSpace;` after \
             “x202C; died”: delete them"
        ),
        "{hits:#?}"
    );
    assert!(
        hits[1]
            .message
            .contains("a noncharacter <U+FFFE> after “P”")
    );
    // In code, or escaped, a reference is text as written; `&amp;` is no invisible character.
    assert!(
        hits[2].message.ends_with(
            "the statement holds a direction mark <U+200F> written `&rlm;` after “Kherson”, \
             a noncharacter <U+FDD0> written `&#xFDD0;` after “n &rlm;fell”: delete them"
        ),
        "{hits:#?}"
    );
    assert!(
        hits[3]
            .message
            .contains("a noncharacter <U+10FFFF> after “T”")
    );
}

#[test]
fn a_fact_dated_after_all_its_sources_is_found() {
    let quote = "Following this conquest, the Russian army is now moving towards Odessa";
    let r = article_fact(
        "The Russian army is moving towards Odesa.",
        &[("atalayar", quote)],
        "    date: 2022-03-05\n",
    )
    .check();
    let hit = r.one("fact-after-source", 27, 11);
    assert!(hit.message.contains("2022-03-03"), "{hit:?}");
    article_fact(
        "The Russian army is moving towards Odesa.",
        &[("atalayar", quote)],
        "    date: 2022-03-03\n",
    )
    .check()
    .none("fact-after-source");
    // A cited source without a date might be later: nothing is said.
    article_fact(
        "The Russian army is moving towards Odesa.",
        &[
            ("atalayar", quote),
            (
                "newstrack",
                "Russian soldiers have taken control of Kherson's river port",
            ),
        ],
        "    date: 2022-03-05\n",
    )
    .check()
    .none("fact-after-source");
}

#[test]
fn single_source_is_counted_and_listed_with_verbose_never_failing() {
    let quotes = [
        (
            "newstrack",
            "at least 128 persons were injured in the shelling by Russian forces",
        ),
        ("atalayar", "There are 128 people in hospitals"),
    ];
    let relayed = article_fact(
        "At least 128 people were injured in Mariupol.",
        &quotes,
        "    claimed_by: \"Vadym Boichenko, mayor of Mariupol\"\n",
    );
    let r = relayed.check();
    assert_eq!(r.summary("info"), 1);
    r.none("single-source"); // info is counted, not listed among the findings
    assert_eq!(r.code, Some(0));
    assert_eq!(r.summary("errors"), 0);
    let verbose = relayed.run(&["check", "--verbose"]);
    assert!(
        verbose.stdout.contains("note[single-source]"),
        "{}",
        verbose.stdout
    );
    assert!(
        verbose
            .stdout
            .contains("2 outlets that all relay one original source: Vadym Boichenko"),
        "{}",
        verbose.stdout
    );
    // Two outlets that report the mayor's figure independently are two sources, for a
    // statement that says it is the mayor's.
    let independent = article_fact(
        "At least 128 people were injured in Mariupol, its mayor said.",
        &quotes,
        "",
    );
    assert_eq!(independent.check().summary("info"), 0);
    // For a flat statement, neither states it: both give it as the mayor's.
    let flat = article_fact("At least 128 people were injured in Mariupol.", &quotes, "");
    let verbose = flat.run(&["check", "--verbose"]);
    assert!(
        verbose.stdout.contains(
            "rests on no source that states it (2 more report it hedged or as someone's claim)"
        ),
        "{}",
        verbose.stdout
    );
}

#[test]
fn a_source_file_that_is_a_web_page_is_one_finding_naming_add_source() {
    let page = format!(
        "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>{}</p></body></html>\n",
        ARTICLE.replace('’', "&rsquo;")
    );
    let facts = (1..=3)
        .map(|i| format!("  - id: f{i}\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"Russia’s defence ministry said\"\n{VERIFIED}"))
        .collect::<String>();
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.html\nfacts:\n{facts}"
    );
    let r = Project::new(&text, &[("a.html", page.as_bytes())]).check();
    let hit = r.one("source-is-html", 8, 11);
    assert!(
        hit.message.contains("factsheet add-source a.html"),
        "{hit:?}"
    );
    assert!(
        hit.message
            .contains("3 quotes cited from it (facts `f1`, `f2`, `f3`) are not found"),
        "{hit:?}"
    );
    // The quotes' own findings are folded into it; the run fails all the same.
    r.none("quote-not-found");
    assert_eq!(r.code, Some(1));
    // The same article as text: no finding.
    let text = text.replace("a.html", "a.txt");
    let r = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]).check();
    r.none("source-is-html");
    r.none("quote-not-found");
}

#[test]
fn a_missing_source_file_names_the_nearest_file_in_its_folder() {
    let text = one_source("    file: sources/kherson-bcc.txt\n");
    let files: [(&str, &[u8]); 2] = [
        ("sources/kherson-bbc.txt", ARTICLE.as_bytes()),
        ("sources/zzz.txt", b"x"),
    ];
    let r = Project::new(&text, &files).check();
    let hit = r.one("source-file-missing", 8, 11);
    assert!(
        hit.message
            .contains("did you mean `sources/kherson-bbc.txt`?"),
        "{hit:?}"
    );
    let r = Project::new(&one_source("    file: sources/gone.txt\n"), &files).check();
    let hit = r.one("source-file-missing", 8, 11);
    assert!(!hit.message.contains("did you mean"), "{hit:?}");
    // A path typed on Windows, or in other capitals than the disk's (a laptop's disk may not
    // care; CI's does).
    for file in ["'sources\\kherson-bbc.txt'", "Sources/Kherson-BBC.txt"] {
        let text = one_source(&format!("    file: {file}\n"));
        let hit = Project::new(&text, &files)
            .check()
            .one("source-file-missing", 8, 11);
        assert!(
            hit.message
                .contains("did you mean `sources/kherson-bbc.txt`?"),
            "{file}: {hit:?}"
        );
    }
}

/// Sources `a` and `b` with the given extra lines (url, file), and a fact citing both with the
/// same quote.
fn two_sources(a: &str, b: &str, files: &[(&str, &[u8])]) -> Project {
    let quote = "have taken the regional center of Kherson under full control";
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n{a}  - id: b\n    title: B\n    publisher: P\n{b}facts:\n  - id: f\n    statement: \"Russia says it has taken Kherson.\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"{quote}\"\n      - source: b\n        quote: \"{quote}\"\n{VERIFIED}"
    );
    Project::new(&text, files)
}

#[test]
fn one_article_declared_twice_is_a_duplicate_source_and_counts_once() {
    let article = ARTICLE.as_bytes();
    // The same url, written differently (scheme, host case, trailing slash, fragment).
    let p = two_sources(
        "    url: \"https://www.Example.org/kherson/\"\n    file: a.txt\n",
        "    url: \"http://www.example.org/kherson#top\"\n    file: b.txt\n",
        &[
            ("a.txt", article),
            ("b.txt", &[article, b"\n\nMore."].concat()),
        ],
    );
    let r = p.check();
    let hit = r.one("duplicate-source", 13, 10);
    assert!(
        hit.message
            .contains("source `b` is the same article as source `a` (line 5): the same url"),
        "{hit:?}"
    );
    assert_eq!(r.code, Some(0), "a warning");
    // Counted once: the fact rests on one article.
    let verbose = p.run(&["check", "--verbose"]);
    assert!(
        verbose
            .stdout
            .contains("rests on one source, `a` (also cited as `b`, the same article"),
        "{}",
        verbose.stdout
    );
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let briefing = std::fs::read_to_string(p.file("output/briefing.md")).unwrap();
    assert!(briefing.contains("\n  1 source\n"), "{briefing}");
    assert!(!briefing.contains("\n  2 sources"), "{briefing}");
    // The same text in two files, without urls: the same article too, at the second `file`.
    let p = two_sources(
        "    file: a.txt\n",
        "    file: b.txt\n",
        &[
            ("a.txt", article),
            ("b.txt", &ARTICLE.replace('’', "'").into_bytes()),
        ],
    );
    let hit = p.check().one("duplicate-source", 12, 11);
    assert!(
        hit.message
            .contains("its file `b.txt` has the same text as `a.txt`"),
        "{hit:?}"
    );
    // Two articles at two addresses are two sources.
    let p = two_sources(
        "    url: \"https://example.org/kherson\"\n    file: a.txt\n",
        "    url: \"https://example.org/kherson-2\"\n    file: b.txt\n",
        &[
            ("a.txt", article),
            ("b.txt", &[article, b"\n\nMore."].concat()),
        ],
    );
    p.check().none("duplicate-source");
}

/// A project whose source holds the quote of each case, with one fact a case (`f1`, `f2`, …,
/// statement and quote), checked: the ids of the facts with a finding of `rule`.
fn flagged(rule: &str, cases: &[(&str, &str)]) -> Vec<String> {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let source: String = cases.iter().map(|(_, q)| format!("{q}\n")).collect();
    let mut facts = String::new();
    for (n, (statement, quote)) in cases.iter().enumerate() {
        facts.push_str(&format!(
            "  - id: f{}\n    statement: \"{}\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"{}\"\n{VERIFIED}",
            n + 1,
            esc(statement),
            esc(quote)
        ));
    }
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n{facts}"
    );
    let report = Project::new(&text, &[("a.txt", source.as_bytes())]).check();
    report.none("quote-not-found");
    let mut ids: Vec<String> = report.json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| f["fact"].as_str().unwrap_or_default().to_owned())
        .collect();
    ids.dedup();
    ids
}

#[test]
fn scale_letters_are_read_and_a_thousandfold_slip_is_found() {
    let found = flagged(
        "number-not-in-quote",
        &[
            ("The budget was £2.3 billion.", "The budget was £2.3bn."),
            (
                "It would cost £400 million a year.",
                "it would cost 2.3bn lei (£400m; $505m) a year",
            ),
            (
                "Austria approved €1.5 million in aid.",
                "1.5m euros in aid had been approved",
            ),
            (
                "The city has 1.2 million residents.",
                "The city has 1.2m residents.",
            ),
            ("A wave 10 metres high struck.", "A 10m-high wave struck."),
            ("The fine was 5,000 dollars.", "The fine was 5k dollars."),
            // f7 to f10: the scale changed.
            (
                "It would cost 2.3m lei a year.",
                "it would cost 2.3bn lei a year",
            ),
            ("The budget was £2.3m.", "The plan's budget was £2.3bn."),
            ("The fine was 5m dollars.", "The other fine was 5k dollars."),
            ("A $1.2m loan.", "an emergency loan of up to $1.2bn"),
        ],
    );
    assert_eq!(found, ["f7", "f8", "f9", "f10"]);
}

#[test]
fn a_figure_or_message_reads_scale_letters() {
    let r = figure_fact("2300000000", "The budget was £2.3bn.").check();
    r.none("figure-not-in-quote");
    let r = number_fact(
        "The EU pledged €15 million.",
        "a further 1.5m euros for teams",
    )
    .check();
    let hit = r.one("number-not-in-quote", 11, 32);
    assert_eq!(
        hit.message,
        "fact `f`: the statement's `€15 million` is in none of its quotes (they give `1.5m`)"
    );
}

#[test]
fn european_number_formats_are_read() {
    let found = flagged(
        "number-not-in-quote",
        &[
            (
                "The union demands 2,500 more drivers.",
                "the recruitment of 2 500 additional drivers",
            ),
            (
                "The last rise, of 1.8%, dates from 2023.",
                "The last increase, of 1,8 %, dates from",
            ),
            (
                "Calls cost €0.40 a minute.",
                "on 3635 (0,40 EUR per minute)",
            ),
            ("On 3 March 500 people came.", "On March 3 500 people came."),
            (
                "The union demands 500 more drivers.",
                "the hiring of 2\u{a0}500 new drivers",
            ),
        ],
    );
    assert_eq!(found, ["f5"]);
}

#[test]
fn a_percent_matches_only_a_percent() {
    let found = flagged(
        "number-not-in-quote",
        &[
            (
                "The party won 52% of the vote.",
                "The party is projected to win 52 of the 120 seats",
            ),
            (
                "61 people voted.",
                "Turnout was 61%, the highest since 1998",
            ),
            ("Oil rose 3%.", "Oil rose 3 percentage points."),
            ("Turnout was 45%.", "Turnout was 45 per cent."),
            (
                "Debt fell by 25%.",
                "net debt had fallen by a quarter, to NOK 9.8 billion",
            ),
            (
                "20% of homes were flooded.",
                "One in five homes was flooded.",
            ),
        ],
    );
    assert_eq!(found, ["f1", "f2", "f3"]);
}

#[test]
fn fractions_and_quantity_words_are_read() {
    let found = flagged(
        "number-not-in-quote",
        &[
            (
                "500,000 people were evacuated.",
                "Half a million people were evacuated.",
            ),
            (
                "250,000 people were displaced.",
                "A quarter of a million people were displaced.",
            ),
            (
                "12 people were still missing.",
                "Police said that a dozen people were still missing.",
            ),
            (
                "200 protesters gathered.",
                "A couple of hundred protesters gathered.",
            ),
            (
                "Two-thirds of voters backed it.",
                "Two-thirds of voters backed it.",
            ),
            // f6 to f10: changed.
            (
                "1 million people were moved.",
                "Half a million people were moved.",
            ),
            (
                "A million people fled.",
                "A quarter of a million people fled.",
            ),
            (
                "Two-fifths of voters backed the plan.",
                "Two-thirds of voters backed the plan.",
            ),
            (
                "Pensions rise tenfold, or by 10 times.",
                "raise pensions by a tenth",
            ),
            (
                "Hundreds of people marched.",
                "Thousands of people marched.",
            ),
        ],
    );
    assert_eq!(found, ["f6", "f7", "f8", "f9", "f10"]);
}

#[test]
fn first_in_an_idiom_and_a_range_with_one_scale_are_silent() {
    let found = flagged(
        "number-not-in-quote",
        &[
            (
                "First-half revenue rose 18%.",
                "Revenue rose 18% year on year",
            ),
            (
                "Guidance was NOK 26 billion to NOK 28 billion.",
                "our previous guidance of NOK 26-28 billion",
            ),
            (
                "It flooded for the first time since 1997.",
                "was flooded since 1997",
            ),
            ("The second day.", "on the first day"),
        ],
    );
    assert_eq!(found, ["f4"]);
    with_summary("\"For the first time, one million fled.\"")
        .check()
        .none("summary-unsupported");
}

#[test]
fn one_end_of_a_range_given_alone_is_a_dropped_hedge() {
    let found = flagged(
        "hedge-dropped",
        &[
            (
                "4,000 rescuers were deployed.",
                "He said 3,000-4,000 rescuers had been deployed.",
            ),
            (
                "Revenue will be NOK 30 billion.",
                "revenue of between NOK 28 billion and NOK 30 billion",
            ),
            (
                "Guidance was NOK 26 billion to NOK 28 billion.",
                "our previous guidance of NOK 26-28 billion",
            ),
            (
                "Between 3,000 and 4,000 police came.",
                "Police said 3,000-4,000 officers came.",
            ),
            (
                "Up to 4,000 soldiers were sent.",
                "said 3,000-4,000 soldiers were sent",
            ),
            ("The team conceded 3 goals.", "The team lost 1-3 at home."),
            (
                "Volunteers rose to 4,000.",
                "volunteers rose from 3,000 to 4,000",
            ),
        ],
    );
    assert_eq!(found, ["f1", "f2"]);
    let r = number_fact("4,000 rescuers", "He said 3,000-4,000 rescuers").check();
    let hit = r.one("hedge-dropped", 11, 16);
    assert_eq!(
        hit.message,
        "fact `f`: the quote gives a range, \u{201c}3,000-4,000\u{201d}, the statement gives 4,000 alone"
    );
}

#[test]
fn a_spread_written_with_to_is_a_range_and_a_change_from_to_is_not() {
    let found = flagged(
        "hedge-dropped",
        &[
            (
                "Rainfall of 400 millimetres is expected.",
                "Rainfall of 250 to 400 millimetres is expected.",
            ),
            (
                "Waves of 3 metres are forecast.",
                "Waves from 2 to 3 metres are forecast.",
            ),
            (
                "The sale will raise $8m.",
                "The sale will raise $5m to $8m.",
            ),
            (
                "Unemployment will be 15 per cent.",
                "Unemployment will be 10 to 15 per cent.",
            ),
            (
                "Rainfall of 250 to 400 mm is expected.",
                "Rainfall of 250 to 400 mm is expected.",
            ),
            ("Shares fell to 340p.", "Shares fell 12p to 340p."),
            (
                "The forecast was lifted to 12%.",
                "It lifted its forecast from 10 to 12%.",
            ),
            (
                "The river rose to 20 metres.",
                "The river rose from 10 to 20 metres.",
            ),
        ],
    );
    assert_eq!(found, ["f1", "f2", "f3", "f4"]);
    let r = number_fact(
        "Rainfall of 400 millimetres is expected.",
        "Rainfall of 250 to 400 millimetres is expected.",
    )
    .check();
    assert!(r.of("hedge-dropped").iter().any(|f| f.message.contains(
        "the quote gives a range, \u{201c}250 to 400\u{201d}, the statement gives 400 alone"
    )));
}

#[test]
fn a_fraction_keeps_its_qualifier_and_a_vague_word_needs_none() {
    let found = flagged(
        "hedge-dropped",
        &[
            (
                "Half of the homes were reconnected.",
                "About half had been reconnected by Tuesday.",
            ),
            ("Thousands of people fled.", "More than 5,000 people fled."),
            (
                "Hundreds of houses were flooded.",
                "Up to 400 houses were flooded.",
            ),
        ],
    );
    assert_eq!(found, ["f1"]);
}

#[test]
fn a_fact_with_more_numbers_than_are_compared_says_so() {
    // Sixty numbers in a statement: the comparisons grow with the statement's numbers times
    // the quotes', so past the limit the fact is reported instead of compared.
    let many: Vec<String> = (1..=60).map(|n| n.to_string()).collect();
    let r = article_fact(
        &format!("Counts: {}.", many.join(", ")),
        &[(
            "opoyi",
            "At least 660,000 individuals have already left the country",
        )],
        "",
    )
    .check();
    let hit = r.one("number-not-in-quote", 25, 16);
    assert!(
        hit.message.contains(
            "the statement gives 60 numbers and its quotes 1, more than factsheet compares for \
             one fact (at most 50 in the statement"
        ),
        "{hit:?}"
    );
    // Fifty are compared as usual: each missing one is named.
    let fifty = many[..50].join(", ");
    let r = article_fact(
        &format!("Counts: {fifty}."),
        &[(
            "opoyi",
            "At least 660,000 individuals have already left the country",
        )],
        "",
    )
    .check();
    let hit = &r.of("number-not-in-quote")[0];
    assert!(hit.message.contains("`1`, `2`, `3`"), "{hit:?}");
}

#[test]
fn a_summary_with_more_numbers_than_are_compared_says_so() {
    let many: Vec<String> = (1..=60).map(|n| n.to_string()).collect();
    let r = with_summary(&format!("\"Counts: {}.\"", many.join(", "))).check();
    let hit = r.one("summary-unsupported", 4, 12);
    assert!(
        hit.message
            .starts_with("the summary gives 60 different numbers, more than factsheet compares"),
        "{hit:?}"
    );
    // The same number again and again is one number.
    let same = vec!["1,000,000"; 60].join(", ");
    with_summary(&format!("\"{same}.\""))
        .check()
        .none("summary-unsupported");
}

#[test]
fn an_allow_entry_that_accepts_nothing_is_found() {
    // The statement's miles are not in the quote: the entry accepts that finding.
    let quote = "The city of Kherson is nearly 550 kilometers away from Kyiv";
    let allow =
        "    allow:\n      - rule: number-not-in-quote\n        reason: \"550 km in miles\"\n";
    let r = article_fact(
        "Kherson is nearly 340 miles from Kyiv.",
        &[("opoyi", quote)],
        allow,
    )
    .check();
    r.none("number-not-in-quote");
    r.none("allow-unused");
    // The statement put right, the entry accepts nothing: it would hide the next such finding.
    let r = article_fact(
        "Kherson is nearly 550 kilometers away from Kyiv.",
        &[("opoyi", quote)],
        allow,
    )
    .check();
    let hit = r.one("allow-unused", 28, 15);
    assert_eq!(
        hit.message,
        "fact `f`: `allow: number-not-in-quote` accepts no finding, as the rule finds nothing in \
         the fact: remove the entry"
    );
    // A rule that factsheet.toml turns off finds nothing anywhere: its entries wait for it.
    let p = article_fact(
        "Kherson is nearly 550 kilometers away from Kyiv.",
        &[("opoyi", quote)],
        allow,
    );
    std::fs::write(
        p.file("factsheet.toml"),
        "[rules]\nnumber-not-in-quote = \"off\"\n",
    )
    .unwrap();
    p.check().none("allow-unused");
}

/// A finding at a statement's number is placed at the number whatever text follows the
/// statement: the window searched for it once ended inside a character of the quote below (an
/// em dash, a curly quote, a Cyrillic letter), and the finding fell back to the whole statement.
#[test]
fn a_finding_is_at_the_number_when_a_quote_of_wide_characters_follows() {
    let dashes = "\u{2014}".repeat(40);
    let source = format!("{dashes} Officials said 21 were hurt.\n");
    // Three statements a character apart: the window ends at each of an em dash's three bytes.
    for lead in ["A", "Ab", "Abc"] {
        let facts = format!(
            "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{lead} said 12 were hurt.\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"{dashes} Officials said 21 were hurt\"\n    verified_by: me\n"
        );
        let r = Project::new(&facts, &[("a.txt", source.as_bytes())]).check();
        let column = 16 + lead.chars().count() as u64 + " said ".len() as u64 + 1;
        r.one("number-not-in-quote", 11, column);
    }
}

/// A project whose one source (`a`) is `article`, with one fact that cites `quote` from it.
fn ranked(article: &str, statement: &str, quote: &str) -> Project {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    published: 2022-07-13\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"{quote}\"\n{VERIFIED}"
    );
    Project::new(&text, &[("a.txt", article.as_bytes())])
}

const RANKED: &str = "Mortgage rates climbed to 5.8%, the highest since 2008, lenders said. The \
lender is the country's second-largest bank by deposits. The wildfire is the largest in Europe \
this year. Gold reached an all-time high of $2,070 an ounce.\n";

#[test]
fn a_ranking_stated_without_its_limit_is_a_hedge_dropped() {
    let quote = "Mortgage rates climbed to 5.8%, the highest since 2008, lenders said";
    let r = ranked(
        RANKED,
        "Mortgage rates climbed to a record 5.8%, lenders said.",
        quote,
    )
    .check();
    let hit = r.one("hedge-dropped", 12, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}the highest since 2008\u{201d}, the statement says \
             \u{201c}a record\u{201d}"
        ),
        "{hit:?}"
    );
    let quote = "The lender is the country's second-largest bank by deposits";
    let r = ranked(
        RANKED,
        "The lender is the country's largest bank by deposits.",
        quote,
    );
    let hit = r.check().one("hedge-dropped", 12, 16).message.clone();
    assert!(
        hit.contains("\u{201c}the country's largest\u{201d}"),
        "{hit}"
    );
    assert!(hit.contains("ranks second"), "{hit}");
    let quote = "The wildfire is the largest in Europe this year";
    let r = ranked(RANKED, "The wildfire is the largest this year.", quote).check();
    let hit = r.one("hedge-dropped", 12, 16);
    assert!(
        hit.message
            .contains("\u{201c}the largest in Europe\u{201d}"),
        "{hit:?}"
    );
}

#[test]
fn a_ranking_kept_in_other_words_or_a_record_quoted_is_no_hedge_dropped() {
    let quote = "Mortgage rates climbed to 5.8%, the highest since 2008, lenders said";
    for statement in [
        "Mortgage rates climbed to 5.8%, the highest in over a decade, lenders said.",
        "Mortgage rates climbed to 5.8%, their highest since the financial crisis, lenders said.",
    ] {
        ranked(RANKED, statement, quote)
            .check()
            .none("hedge-dropped");
    }
    let quote = "The lender is the country's second-largest bank by deposits";
    let statement = "The lender is the second-biggest bank in the country by deposits.";
    ranked(RANKED, statement, quote)
        .check()
        .none("hedge-dropped");
    let quote = "The wildfire is the largest in Europe this year";
    let statement = "The wildfire is Europe's largest so far this year.";
    ranked(RANKED, statement, quote)
        .check()
        .none("hedge-dropped");
    let quote = "Gold reached an all-time high of $2,070 an ounce";
    let statement = "Gold reached a record $2,070 an ounce.";
    ranked(RANKED, statement, quote)
        .check()
        .none("hedge-dropped");
}
