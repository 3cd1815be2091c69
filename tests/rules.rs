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
            && hit.message.contains("`centre` where the file has `center`"),
        "{hit:?}"
    );
    assert_eq!(r.code, Some(1));
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

#[test]
fn a_quote_found_in_another_source_says_so() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\n  - id: b\n    title: B\n    publisher: P\n    file: b.txt\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"a sentence only b has\"\n      - source: b\n        quote: \"a sentence only b has\"\n{VERIFIED}"
    );
    let r = Project::new(
        &text,
        &[
            ("a.txt", ARTICLE.as_bytes()),
            ("b.txt", b"Here is a sentence only b has."),
        ],
    )
    .check();
    let hit = r.one("quote-not-found", 19, 16);
    assert!(hit.message.contains("it is in source `b`"), "{hit:?}");
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

fn number_fact(statement: &str, quote: &str) -> Project {
    with_facts(&format!(
        "  - id: f\n    statement: \"{statement}\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"{quote}\"\n{VERIFIED}"
    ))
}

#[test]
fn a_number_not_in_the_quotes_is_found() {
    let r = number_fact(
        "182 soldiers were killed",
        "498 Russian soldiers were killed",
    )
    .check();
    let hit = r.one("number-not-in-quote", 11, 16);
    assert!(
        hit.message.contains("`182`") && hit.message.contains("`498`"),
        "{hit:?}"
    );
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
    let r = with_facts("  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n    verified_by: \" \"\n").check();
    r.one("unverified", 10, 5);
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
            "  - id: {id}\n    statement: \"about 340 miles\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n{VERIFIED}{allow}"
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
    assert_eq!(r.summary("warnings"), 2);
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
            .env_remove("NO_COLOR");
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
