//! `add-source` and `suggest` on the kinds of page whose furniture is not a menu or a footer:
//! a consent wall laid over the article, a page of several `<article>`s of which one is the
//! story, a free newsletter's post with its sign-up box, a situation report with a table. The
//! real binary, on saved pages in tests/fixtures/pages/rt10-*.html.

mod common;
use common::Project;
use std::path::Path;

const FACTS: &str = "briefing:\n  title: \"Test\"\n  as_of: 2024-12-31\n\nsources:\n  \
                     - id: old\n    title: \"Old\"\n    publisher: P\n\nfacts:\n  - id: f\n    \
                     statement: s\n    topic: T\n    sources:\n      - source: old\n    \
                     verified_by: me\n";

/// A project holding the page `name` of tests/fixtures/pages.
fn project(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name);
    let page = std::fs::read(path).expect("the page");
    Project::new(FACTS, &[(name, page.as_slice())])
}

/// Adds `page` as the source `id`; gives what `add-source` printed (both streams) and the
/// text it wrote.
fn added(p: &Project, page: &str, id: &str) -> (String, String) {
    let out = p.run(&["add-source", page, "--id", id]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let text = std::fs::read_to_string(p.file(&format!("sources/{id}.txt"))).unwrap();
    (format!("{}{}", out.stdout, out.stderr), text)
}

#[test]
fn a_consent_wall_with_its_own_heading_is_left_out_and_the_article_read() {
    let p = project("rt10-consent-wall.html");
    let (_, text) = added(&p, "rt10-consent-wall.html", "antwerp");
    assert!(
        text.contains("leaving 86 ships waiting at anchor"),
        "{text}"
    );
    assert!(!text.contains("842 partners"), "{text}");
    assert!(!text.contains("We value your privacy"), "{text}");
}

#[test]
fn the_article_that_holds_the_headline_is_read_without_the_teasers_around_it() {
    let p = project("rt10-multi-article.html");
    let (_, text) = added(&p, "rt10-multi-article.html", "kenya");
    assert!(text.contains("90 people were still missing"), "{text}");
    for teaser in ["Tanesco said", "Crude Oil Pipeline", "4.4 million"] {
        assert!(!text.contains(teaser), "{teaser}: {text}");
    }
}

#[test]
fn a_page_that_says_it_is_free_to_read_draws_no_paywall_warning_for_its_sign_up_box() {
    let p = project("rt10-substack.html");
    let (said, text) = added(&p, "rt10-substack.html", "grain");
    assert!(!said.contains("paywall"), "{said}");
    assert!(!text.contains("Thanks for reading"), "{text}");
}

#[test]
fn a_tables_rows_are_no_speakers_turns_and_give_no_claimed_by_to_what_follows() {
    let p = project("rt10-ocha-sitrep.html");
    let (_, text) = added(&p, "rt10-ocha-sitrep.html", "sudan");
    assert!(
        text.contains("North Darfur: People reached 96,500; Target 380,000"),
        "{text}"
    );
    let out = p.run(&["suggest", "sudan", "--all", "--limit", "40"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        !out.stdout.contains("claimed_by: \"North Darfur\""),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("claimed_by: \"Al Jazirah\""),
        "{}",
        out.stdout
    );
    // The sentence after the table is no one's but the report's.
    let at = out
        .stdout
        .find("statement: \"WFP delivered")
        .expect("the draft");
    let draft = &out.stdout[at..];
    let draft = &draft[..draft.find("\n  - id:").unwrap_or(draft.len())];
    assert!(!draft.contains("claimed_by"), "{draft}");
}

#[test]
fn a_telegram_channels_json_export_is_refused_as_json_writing_nothing() {
    let p = project("rt10-telegram-result.json");
    let before = std::fs::read(p.file("facts.yaml")).unwrap();
    let out = p.run(&["add-source", "rt10-telegram-result.json", "--id", "kherson"]);
    assert_eq!(out.code, Some(2), "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("it is JSON data"), "{}", out.stderr);
    assert!(
        out.stderr.contains("export the chat as HTML"),
        "{}",
        out.stderr
    );
    assert!(!p.file("sources/kherson.txt").exists());
    assert_eq!(std::fs::read(p.file("facts.yaml")).unwrap(), before);
}

#[test]
fn a_list_of_references_is_left_out_and_its_headlines_are_not_drafted_as_the_pages() {
    let p = project("rt10-wikipedia.html");
    let (_, text) = added(&p, "rt10-wikipedia.html", "derna");
    assert!(text.contains("3,958 bodies had been recovered"), "{text}");
    assert!(
        text.contains("Local officials said the death toll could reach 20,000."),
        "{text}"
    );
    for cited in [
        "Retrieved 14 September",
        "says mayor",
        "Sebha University",
        "^ ",
    ] {
        assert!(!text.contains(cited), "{cited}: {text}");
    }
    let out = p.run(&["suggest", "derna", "--limit", "40"]);
    assert!(
        !out.stdout.contains("Death toll in Derna rises"),
        "{}",
        out.stdout
    );
}
