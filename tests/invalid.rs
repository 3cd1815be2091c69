//! `invalid-yaml`: every way a facts file can fail to fit the format is reported at the node it
//! is about, with a message that says what to do, and exit code 1; hostile input never panics,
//! hangs or exhausts memory.

mod common;
use common::{BRIEFING, Project};

const SOURCE: &str = "sources:\n  - id: a\n    title: A\n    publisher: P\n";
const FACT: &str = "  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n    verified_by: me\n";

/// Checks a facts file and returns its invalid-yaml findings as (line, column, message).
fn invalid(text: &[u8]) -> Vec<(u64, u64, String)> {
    let p = Project::new("", &[]);
    std::fs::write(p.file("facts.yaml"), text).unwrap();
    let r = p.check();
    assert_eq!(r.code, Some(1), "{:#?}", r.hits());
    let hits = r.hits();
    assert!(
        hits.iter().all(|h| h.rule == "invalid-yaml"),
        "only invalid-yaml is reported when the file does not fit: {hits:#?}"
    );
    hits.into_iter()
        .map(|h| (h.line, h.column, h.message))
        .collect()
}

/// Asserts exactly one invalid-yaml finding at `line`:`column` whose message has `words`.
fn one(text: &str, line: u64, column: u64, words: &str) {
    let hits = invalid(text.as_bytes());
    assert_eq!(hits.len(), 1, "{hits:#?}");
    let (l, c, message) = &hits[0];
    assert_eq!((*l, *c), (line, column), "{message}");
    assert!(message.contains(words), "`{words}` not in: {message}");
}

#[test]
fn a_valid_file_is_not_invalid() {
    let p = Project::new(&format!("{BRIEFING}{SOURCE}facts:\n{FACT}"), &[]);
    p.check().none("invalid-yaml");
}

#[test]
fn an_unknown_field_names_the_nearest_known_one() {
    let text = format!(
        "{BRIEFING}{SOURCE}facts:\n  - id: f\n    statement: s\n    topic: T\n    souces:\n      - source: a\n"
    );
    one(
        &text,
        12,
        5,
        "unknown field `souces`; did you mean `sources`?",
    );
    let top = format!("{BRIEFING}{SOURCE}fatcs:\n{FACT}");
    one(&top, 8, 1, "did you mean `facts`?");
    let far = format!(
        "{BRIEFING}{SOURCE}facts:\n  - id: f\n    statement: s\n    topic: T\n    zzz: 1\n"
    );
    one(&far, 12, 5, "the fields here are `id`, `statement`");
    // A merge key, which YAML 1.2 does not have.
    let merged = with("  - id: f\n", "  - &f\n    id: f\n") + "  - <<: *f\n    id: g\n";
    one(
        &merged,
        16,
        5,
        "`<<` (a merge key, from YAML 1.1) is not read in a facts file",
    );
    // A key typed in capitals, as a spreadsheet's column header is.
    one(
        &with("    topic: T\n", "    TOPIC: T\n"),
        11,
        5,
        "unknown field `TOPIC`; did you mean `topic`?",
    );
    // And a rule's name, on the command line.
    let out = Project::new("", &[]).run(&["explain", "Quote-Not-Found"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("did you mean `quote-not-found`?"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_wrong_type_is_reported_where_it_stands() {
    let text =
        format!("{BRIEFING}{SOURCE}facts:\n  - id: f\n    statement: [a, b]\n    topic: T\n");
    one(&text, 10, 16, "expected a string, found a list");
    let figure = format!(
        "{BRIEFING}{SOURCE}facts:\n{FACT}    figure:\n      value: 1,597\n      label: wounded\n"
    );
    one(&figure, 16, 14, "a number");
    // The number to write, for one with separators or in quotation marks.
    one(
        &figure,
        16,
        14,
        "`1,597` has separators of thousands: write a number as digits alone, `1597`",
    );
    one(
        &figure.replace("1,597", "\"498\""),
        16,
        14,
        "`498` is in quotation marks, so it is text: write a number as digits alone, `498`",
    );
    // A figure is shown with the digits it was written with: one that a float cannot hold
    // exactly would be shown changed.
    for value in [
        "9007199254740993",
        "12345678901234567890",
        "0.12345678901234567",
    ] {
        let figure = figure.replace("1,597", value);
        one(
            &figure,
            16,
            14,
            &format!(
                "`{value}` has more significant digits than a figure keeps exactly (about 15)"
            ),
        );
    }
    for value in [
        "9007199254740992",
        "10000000000000000000",
        "1.50",
        "1e21",
        "0.001",
        "-3",
    ] {
        let text = figure.replace("1,597", value);
        let p = Project::new(&text, &[]);
        p.check().none("invalid-yaml");
    }
    let facts_map = format!("{BRIEFING}{SOURCE}facts:\n  id: f\n");
    one(&facts_map, 9, 3, "expected a list of facts");
}

#[test]
fn every_missing_required_field_is_reported_at_its_fact() {
    let text =
        format!("{BRIEFING}{SOURCE}facts:\n  - id: f\n    verified_by: me\n    sources: []\n");
    let hits = invalid(text.as_bytes());
    let fields: Vec<&str> = hits.iter().map(|h| h.2.as_str()).collect();
    assert_eq!(hits.len(), 2, "{fields:#?}");
    assert!(hits.iter().all(|h| (h.0, h.1) == (9, 5)), "{hits:#?}");
    assert!(
        fields[0].contains("`statement`") && fields[1].contains("`topic`"),
        "{fields:#?}"
    );
    let blank =
        format!("{BRIEFING}{SOURCE}facts:\n  - id: f\n    statement: \"  \"\n    topic: T\n");
    one(&blank, 10, 16, "`statement`");
    // An allow entry's reason of invisible characters only gives no reason.
    let unseen = format!(
        "{BRIEFING}{SOURCE}facts:\n  - id: f\n    statement: S\n    topic: T\n    allow:\n      \
         - rule: unverified\n        reason: \"\\u200B\\u2060\"\n"
    );
    one(&unseen, 14, 17, "`reason`");
    one(&format!("{SOURCE}facts: []\n"), 1, 1, "`briefing`");
    one(
        "briefing:\n  as_of: 2022-03-03\nsources: []\nfacts: []\n",
        2,
        3,
        "`title`",
    );
}

#[test]
fn dates_must_be_real_and_well_formed() {
    for (date, words) in [
        ("2022-02-30", "not a day of the calendar"),
        ("2022-13-01", "not a day of the calendar"),
        ("2021-02-29", "not a day of the calendar"),
        ("2022-3-2", "YYYY-MM-DD"),
        ("02.03.2022", "YYYY-MM-DD"),
        ("2022-03-02T10:00", "YYYY-MM-DD"),
    ] {
        one(
            &format!("briefing:\n  title: T\n  as_of: {date}\nsources: []\nfacts: []\n"),
            3,
            10,
            words,
        );
    }
    let leap = format!("briefing:\n  title: T\n  as_of: 2024-02-29\n{SOURCE}facts:\n{FACT}");
    Project::new(&leap, &[]).check().none("invalid-yaml");
}

#[test]
fn ids_and_addresses_must_have_their_shape() {
    for id in ["Kherson-Taken", "-x", "a_b", "\"\"", "é"] {
        let text =
            format!("{BRIEFING}{SOURCE}facts:\n  - id: {id}\n    statement: s\n    topic: T\n");
        one(&text, 9, 9, "not a valid id");
    }
    for url in [
        "javascript:alert(1)",
        "ftp://example.org/a",
        "https://",
        "example.org",
    ] {
        let text = format!(
            "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    url: \"{url}\"\nfacts: []\n"
        );
        one(&text, 8, 10, "not an http(s) address");
        // An archived copy's address is checked as the article's is, at its value.
        let text = format!(
            "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    archive_url: \"{url}\"\nfacts: []\n"
        );
        one(&text, 8, 18, "not an http(s) address");
    }
    // A day the article was read, checked as every date is.
    for (date, words) in [
        ("2022-02-30", "`2022-02-30` is not a day of the calendar"),
        (
            "3 March 2022",
            "`3 March 2022` is not a date: write dates as YYYY-MM-DD",
        ),
    ] {
        let text = format!(
            "{BRIEFING}sources:\n  - id: a\n    publisher: P\n    accessed: {date}\nfacts: []\n"
        );
        one(&text, 7, 15, words);
    }
    // A misspelt new field is named with the nearest.
    let text =
        format!("{BRIEFING}sources:\n  - id: a\n    publisher: P\n    archive: x\nfacts: []\n");
    one(&text, 7, 5, "did you mean `archive_url`?");
    let hash = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    sha256: abc\nfacts: []\n"
    );
    one(&hash, 8, 13, "64 hexadecimal digits");
}

#[test]
fn an_allow_needs_a_fact_rule_that_can_be_allowed_and_a_reason() {
    let allow = |rule: &str, reason: &str| {
        format!("{BRIEFING}{SOURCE}facts:\n{FACT}    allow:\n      - rule: {rule}\n{reason}")
    };
    one(
        &allow("quote-not-found", "        reason: r\n"),
        16,
        15,
        "as factsheet promises, and cannot be allowed",
    );
    one(
        &allow("numbers", "        reason: r\n"),
        16,
        15,
        "unknown rule `numbers`",
    );
    one(
        &allow("zzz", "        reason: r\n"),
        16,
        15,
        "unknown rule `zzz`; the rules here are `invalid-yaml`",
    );
    one(&allow("unverified", ""), 16, 9, "`reason`");
    one(
        &allow("unverified", "        reason: \"\"\n"),
        17,
        17,
        "`reason`",
    );
}

#[test]
fn a_duplicate_key_is_reported_at_the_second() {
    let text = format!(
        "{BRIEFING}{SOURCE}facts:\n  - id: f\n    statement: s\n    statement: t\n    topic: T\n"
    );
    one(&text, 11, 5, "appears twice");
}

#[test]
fn text_that_is_not_a_facts_file_is_one_finding() {
    one("", 1, 1, "empty");
    one("# only a comment\n", 1, 1, "empty");
    one("- a\n- b\n", 1, 1, "must be a mapping");
    one("just text\n", 1, 1, "must be a mapping");
    // At the bracket left open, not past the end of the file.
    one(
        "briefing: [\n",
        1,
        11,
        "not valid YAML: the `[` at column 11 opens a list that is not closed",
    );
    one("a: b: c\n", 1, 5, "not valid YAML");
    one("briefing:\n  title: !!str T\n", 2, 10, "tags");
    one("a: 1\n---\nb: 2\n", 2, 1, "second YAML document");
    let hits = invalid(b"briefing:\n  title: caf\xe9\n");
    assert_eq!((hits[0].0, hits[0].1), (2, 13), "{hits:#?}");
    assert!(hits[0].2.contains("UTF-8"));
}

#[test]
fn one_broken_fact_does_not_hide_the_others() {
    let text = format!(
        "{BRIEFING}{SOURCE}facts:\n  - id: f\n    statment: s\n    topic: T\n  - id: g\n    statement: [x]\n    topic: T\n"
    );
    let hits = invalid(text.as_bytes());
    assert_eq!(hits.len(), 2, "{hits:#?}");
    let p = Project::new(&text, &[]);
    let r = p.check();
    assert_eq!(
        r.json["findings"][0]["fact"], "f",
        "the finding names the fact"
    );
    assert_eq!(r.json["findings"][1]["fact"], "g");
}

#[test]
fn an_alias_bomb_is_refused_quickly() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let hits = invalid(text.as_bytes());
    assert!(hits[0].2.contains("aliases"), "{hits:#?}");
}

#[test]
fn ten_thousand_levels_of_nesting_are_refused() {
    let flow = format!("briefing: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let hits = invalid(flow.as_bytes());
    assert!(hits[0].2.contains("nested too deep"), "{hits:#?}");
    assert!(hits[0].2.contains("never closed"), "{hits:#?}");
    let block: String = (0..10_000)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    let hits = invalid(block.as_bytes());
    assert!(hits[0].2.contains("nesting deeper"), "{hits:#?}");
}

#[test]
fn a_binary_file_is_invalid_not_a_crash() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    invalid(&bytes);
    invalid(b"\x00\x01\x02facts: []\n");
}

#[test]
fn a_nul_byte_is_named_where_it_is_not_taken_for_the_end_of_the_file() {
    // The parser reads a NUL as the end of the text: inside quotes it said the value "is not
    // closed", at the column where the quote opens.
    let text =
        format!("{BRIEFING}{SOURCE}facts:\n{FACT}").replace("statement: s", "statement: \"s\0t\"");
    let line = text.lines().position(|l| l.contains('\0')).unwrap() as u64 + 1;
    one(
        &text,
        line,
        18,
        "a NUL character (byte 0), which YAML does not allow: delete it",
    );
}

#[test]
fn a_missing_or_unreadable_facts_file_cannot_run() {
    let p = Project::new("", &[]);
    let out = p.run(&["check", "--facts", "nope.yaml"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("nope.yaml") && out.stderr.contains("no such file"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    let out = p.run(&["check", "--facts", "."]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("folder"), "{}", out.stderr);
    // diff takes its two files by name, not with --facts: the advice says so.
    let out = p.run(&["diff", "facts.yaml", "nope.yaml"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        "error: cannot read `nope.yaml`: no such file; give the path of each facts file to \
         compare (factsheet diff OLD NEW)\n"
    );
}

#[test]
fn a_facts_path_that_cannot_be_read_cannot_run() {
    // A path through a file: no user can read it, root included (unlike a file's permissions).
    let p = Project::new("briefing: {}\n", &[]);
    let out = p.run(&["check", "--facts", "facts.yaml/facts.yaml"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("cannot read `facts.yaml/facts.yaml`"),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_usage_is_exit_two() {
    let p = Project::new("", &[]);
    assert_eq!(p.run(&["check", "--format", "xml"]).code, Some(2));
    assert_eq!(p.run(&["frobnicate"]).code, Some(2));
    assert_eq!(p.run(&["explain", "no-such-rule"]).code, Some(2));
}

#[test]
fn key_figures_must_name_facts_with_figures_each_once() {
    let figure = "    figure:\n      value: 1\n      label: L\n    allow:\n      - rule: figure-not-in-quote\n        reason: test\n";
    let facts = format!(
        "facts:\n  - id: kherson-taken\n    statement: s\n    topic: T\n    sources:\n      - source: a\n    verified_by: me\n{figure}  - id: g\n    statement: s\n    topic: T\n    sources:\n      - source: a\n    verified_by: me\n"
    );
    let file = |list: &str| format!("{BRIEFING}  key_figures: {list}\n{SOURCE}{facts}");
    // A valid list is no problem.
    Project::new(&file("[kherson-taken]"), &[])
        .check()
        .none("invalid-yaml");
    // An unknown id, at its line and column, with the nearest fact id.
    one(
        &file("[kherson-taken, kherson-takn]"),
        4,
        32,
        "`briefing.key_figures` lists `kherson-takn`, which is not the id of a fact; did you \
         mean `kherson-taken`?",
    );
    one(
        &file("[zzz]"),
        4,
        17,
        "`briefing.key_figures` lists `zzz`, which is not the id of a fact",
    );
    // A fact without a figure.
    one(&file("[g]"), 4, 17, "lists fact `g`, which has no `figure`");
    // The same fact twice, at the second.
    one(
        &file("[kherson-taken, kherson-taken]"),
        4,
        32,
        "lists fact `kherson-taken` twice (first at line 4)",
    );
    // Written as a block list, each id at its own line.
    let block =
        format!("{BRIEFING}  key_figures:\n    - kherson-taken\n    - nope\n{SOURCE}{facts}");
    one(&block, 6, 7, "lists `nope`, which is not the id of a fact");
    // A malformed id is refused as any id is.
    one(&file("[Kherson_Taken]"), 4, 17, "Kherson_Taken");
    // A fact that could not be read is not said to be missing: its own problem is told.
    let broken = format!(
        "{BRIEFING}  key_figures: [h]\n{SOURCE}facts:\n  - id: h\n    statement: [a]\n    topic: T\n"
    );
    let hits = invalid(broken.as_bytes());
    assert_eq!(hits.len(), 1, "{hits:#?}");
    assert!(hits[0].2.contains("expected a string"), "{hits:#?}");
}

#[test]
fn a_source_may_leave_out_its_title_and_give_a_note() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    publisher: P\n    note: \"a reworded copy\"\nfacts:\n{FACT}"
    );
    Project::new(&text, &[]).check().none("invalid-yaml");
    // The publisher is still required.
    let text = format!("{BRIEFING}sources:\n  - id: a\n    note: n\nfacts:\n{FACT}");
    one(&text, 5, 5, "missing the required field `publisher`");
}

/// The facts file of `a_valid_file_is_not_invalid` with `from` replaced by `to`.
fn with(from: &str, to: &str) -> String {
    let text = format!("{BRIEFING}{SOURCE}facts:\n{FACT}");
    assert!(text.contains(from), "{from:?}");
    text.replacen(from, to, 1)
}

#[test]
fn a_tab_is_named_where_it_is_with_what_to_do() {
    one(
        &with("    topic: T\n", "\ttopic: T\n"),
        11,
        1,
        "YAML indents with spaces, not tabs: replace the tab at column 1 with spaces",
    );
    // After a blank line, the parser stops a line early; the tab is still found.
    one(
        &with("    topic: T\n", "\n  \ttopic: T\n"),
        12,
        3,
        "replace the tab at column 3",
    );
}

#[test]
fn a_quotation_mark_that_ends_a_quoted_value_early_says_how_to_write_it() {
    one(
        &with("statement: s", "statement: \"the \"big\" city\""),
        10,
        21,
        "the `\"` at column 21 ends the double-quoted value before its end: write a quotation \
         mark inside it as `\\\"`",
    );
    one(
        &with("statement: s", "statement: 'it's'"),
        10,
        19,
        "write an apostrophe inside it as two (`''`)",
    );
    one(
        &with("statement: s", "statement: \"open"),
        10,
        16,
        "the double-quoted value that opens at column 16 is not closed",
    );
    one(
        &with("statement: s", "statement: \"C:\\path\""),
        10,
        19,
        "the `\\` at column 19 starts no escape YAML knows: write it as `\\\\` (or `/` in a path)",
    );
    // A Windows path: `\U` wants eight hexadecimal digits.
    one(
        &with("statement: s", "statement: \"C:\\Users\\me\""),
        10,
        19,
        "the `\\` at column 19 starts an escape that wants hexadecimal digits",
    );
}

#[test]
fn a_colon_or_hash_in_an_unquoted_value_says_to_quote_it() {
    one(
        &with("statement: s", "statement: Kherson: the city"),
        10,
        23,
        "the `: ` at column 23 inside a value that is not quoted starts a new key: put the \
         whole value in double quotes",
    );
    one(
        &with(
            "statement: s",
            "statement: Kherson is the #1 port # a comment",
        ),
        10,
        31,
        "the `#` at column 31 starts a comment, so the value ends before it (`Kherson is the`)",
    );
    // A comment after a value is not a mistake.
    let p = Project::new(&with("topic: T", "topic: T # the city"), &[]);
    p.check().none("invalid-yaml");
    one(
        &with("statement: s", "statement: @home"),
        10,
        16,
        "a value cannot start with `@`: put the whole value in double quotes",
    );
}

#[test]
fn a_value_that_starts_with_yaml_syntax_says_to_quote_it() {
    // A tag in brackets before the words, as newsrooms write them.
    one(
        &with("statement: s", "statement: [Update] The mayor resigned"),
        10,
        16,
        "the value starts with `[`, so YAML reads a list up to column 23, and cannot place the \
         text after it: put the whole value in double quotes",
    );
    one(
        &with("statement: s", "statement: {city} council"),
        10,
        16,
        "so YAML reads a mapping up to column 21",
    );
    // Markdown emphasis at the start of a statement.
    one(
        &with("statement: s", "statement: *Breaking*: the mayor resigned"),
        10,
        16,
        "the value starts with `*`, so YAML reads `*Breaking*:` as an alias of an anchor",
    );
    one(
        &with("statement: s", "statement: > the mayor resigned"),
        10,
        16,
        "a value cannot start with `>` and go on on the same line",
    );
    one(
        &with("statement: s", "statement: - the mayor resigned"),
        10,
        16,
        "a value cannot start with `- `: YAML reads a list item there",
    );
    // A bracket never closed: the parser stops on a later line, or at the end of the file.
    one(
        &with("topic: T", "topic: [Transport, Roads"),
        11,
        12,
        "the `[` at column 12 opens a list that is not closed on its line",
    );
    one(
        &format!("{}    verified_on: [2024-05-02\n", with("", "")),
        15,
        18,
        "the `[` at column 18 opens a list that is not closed on its line",
    );
    // Words after the closing quotation mark, after a space.
    one(
        &with(
            "statement: s",
            "statement: \"The bridge\" reopened, said the council",
        ),
        10,
        27,
        "the quoted value ends at column 27, and the line goes on with `reopened, said the",
    );
    // A block of lines, a list and an anchor used as YAML means them are still valid.
    let valid = with(
        "statement: s",
        "statement: &s >-\n      the mayor\n      resigned",
    )
    .replace("topic: T", "topic: *s");
    Project::new(&valid, &[]).check().none("invalid-yaml");
}

#[test]
fn words_taken_for_an_anchor_are_named() {
    // An HTML entity pasted from a web page: YAML reads an anchor, and the value loses it.
    one(
        &with(
            "statement: s",
            "statement: &quot;Kherson is ours&quot;, he said",
        ),
        10,
        16,
        "YAML reads `&quot;Kherson` as an anchor, not as text, and the value is only `is \
         ours&quot;, he said`: put the whole value in double quotes",
    );
    // An anchor that an alias uses, or before a quoted value, is YAML meant as YAML.
    let used =
        with("statement: s", "statement: &s the mayor resigned").replace("topic: T", "topic: *s");
    Project::new(&used, &[]).check().none("invalid-yaml");
    let quoted = with("statement: s", "statement: &s \"the mayor resigned\"");
    Project::new(&quoted, &[]).check().none("invalid-yaml");
}

#[test]
fn a_missing_space_after_a_dash_or_a_colon_is_named() {
    one(
        &with("  - id: f\n", "  -id: f\n"),
        9,
        3,
        "a list item needs a space after its `-`: write `- id: f`",
    );
    one(
        &with("    topic: T\n", "    topic:T\n"),
        11,
        10,
        "a key needs a space after its colon: write `topic: T`",
    );
    one(
        &with("    topic: T\n", "    T\n"),
        11,
        5,
        "`T` is neither `key: value` nor a list item",
    );
}

#[test]
fn lines_under_a_key_that_has_its_value_say_which() {
    // `facts: []` from a file that had no fact, with facts added below it.
    one(
        &with("facts:\n", "facts: []\n"),
        8,
        8,
        "`facts` has its value on its line (`[]`) and lines indented under it: a key has one or \
         the other; remove `[]`, or move the lines below out from under `facts`",
    );
    // A citation written as the id alone, with its quote under it.
    one(
        &with("      - source: a\n", "      - a\n        quote: q\n"),
        13,
        9,
        "the list item `a` is only a value, and the lines below are indented under it: give it \
         its key (`- key: a`)",
    );
    // A key of the fact in line with the dashes of its citations.
    one(
        &with("    verified_by: me\n", "      verified_by: me\n"),
        14,
        7,
        "`verified_by` starts at column 7, in line with the dashes of the list above it: a key \
         of the list's item goes at column 9, under `source` on line 13; a key beside `sources` \
         goes at column 5, as it does on line 12",
    );
    // A dash before a key among the keys of a fact, as if each were a bullet.
    one(
        &with("    topic: T\n", "    - topic: T\n"),
        11,
        5,
        "the `-` at column 5 makes a list item where the keys of a mapping stand (`statement` \
         on line 10): remove the `- `",
    );
    // A list item's first key without its colon.
    one(
        &with("  - id: f\n", "  - id f\n"),
        9,
        5,
        "the list item `id f` is only a value, and the lines below are indented under it: if \
         `id` is its key, write `- id: f`",
    );
    // Two keys on one line.
    one(
        &with(
            "    topic: T\n",
            "    topic: \"T\"   location: \"Kherson\"\n",
        ),
        11,
        14,
        "the quoted value ends at column 14, and `location:` follows it on its line: put each \
         key on a line of its own",
    );
    // One key out of line is still told as such, the last one too.
    one(
        &with(
            "    verified_by: me\n",
            "    verified_by: me\n      verified_on: 2022-03-03\n",
        ),
        15,
        7,
        "`verified_on` starts at column 7, but `verified_by` on line 14 at column 5",
    );
}

#[test]
fn a_line_of_words_without_a_key_is_named_where_it_is() {
    // A comment wrapped onto a second line without its `#`: the parser stops at a later key.
    let text = format!(
        "# A long comment that goes on\nto a second line.\n\n{}",
        with("", "")
    );
    one(
        &text,
        2,
        1,
        "`to a second line.` is neither `key: value` nor a list item (`- ...`): give it its key, \
         indent it under the value it continues, or start it with `#` if it is a comment",
    );
    // A colon that YAML does not take for one: a no-break space or a tab after it, pasted
    // from a web page or typed by an editor, or a full-width colon.
    for (after, what) in [
        (
            "\u{a0}",
            "followed by a no-break space (U+00A0), not a space",
        ),
        ("\t", "followed by a tab (U+0009), not a space"),
    ] {
        one(
            &with("    topic: T\n", &format!("    topic:{after}T\n")),
            11,
            10,
            &format!("the colon at column 10 is {what}: YAML needs a plain space after a key's"),
        );
    }
    one(
        &with("    topic: T\n", "    topic： T\n"),
        11,
        10,
        "the colon at column 10 is a full-width colon (`：`): write `:` followed by a space",
    );
    // Wrapped where the second line starts with punctuation, as a path or a file name does.
    let text = format!("# The schema is in facts\n.schema.json\n{}", with("", ""));
    one(
        &text,
        2,
        1,
        "`.schema.json` is neither `key: value` nor a list item",
    );
    // A key without its colon, among keys.
    one(
        &with("    topic: T\n", "    topic T\n"),
        11,
        5,
        "`topic T` is neither `key: value` nor a list item",
    );
}

#[test]
fn a_key_out_of_line_names_the_key_it_should_line_up_with() {
    one(
        &with("    topic: T\n", "     topic: T\n"),
        11,
        6,
        "`topic` starts at column 6, but `statement` on line 10 at column 5",
    );
    one(
        &with("    topic: T\n", "   topic: T\n"),
        11,
        4,
        "`topic` starts at column 4, but `statement` on line 10 at column 5",
    );
}

#[test]
fn a_file_that_is_not_yaml_says_so_in_its_summary() {
    let p = Project::new(&with("    topic: T\n", "\ttopic: T\n"), &[]);
    let out = p.run(&["check"]);
    let stdout = &out.stdout;
    assert_eq!(out.code, Some(1));
    // The tab is shown, as one character, where it is.
    assert!(stdout.contains("11 | \u{2192}topic: T"), "{stdout}");
    assert!(
        stdout.ends_with(
            "1 error: the facts file could not be read as YAML, so none of its facts or \
             sources were checked\n"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("0 facts"), "{stdout}");
}

#[test]
fn a_blank_optional_field_is_refused_where_it_is() {
    // Each would show as an empty place in the briefing (`- ****: ...`, `<dt></dt>`).
    for (field, value) in [
        ("location", "\"\""),
        ("claimed_by", "\" \""),
        ("verified_by", "\"\""),
        // Only characters that cannot be seen: as empty to a reader.
        ("location", "\"\\u200B\\u2060 \""),
    ] {
        let text = with("    verified_by: me\n", &format!("    {field}: {value}\n"));
        let column = 7 + field.len() as u64;
        one(
            &text,
            14,
            column,
            &format!("fact `f` has an empty `{field}`: remove the field or give it a value"),
        );
    }
    let text = with("    title: A\n", "    title: A\n    note: \"  \"\n");
    one(&text, 7, 11, "source `a` has an empty `note`");
    let text = format!("{BRIEFING}  summary: \"\"\n{SOURCE}facts:\n{FACT}");
    one(&text, 4, 12, "the briefing has an empty `summary`");
}
