//! `add-source` and `pin` on fixture projects: the real binary, its output, its exit code, the
//! files it writes and the bytes of facts.yaml it must leave as they were. And the extraction
//! of the four shipped articles from saved pages built around them
//! (tests/fixtures/pages/: navigation, share buttons, cookie banner, related links, comments,
//! newsletter, footer, JSON-LD and meta tags).

mod common;
use common::{BRIEFING, Project};
use factsheet::text::normalize;

const PAGES: &str = "tests/fixtures/pages";

/// Each page and the article inside it.
const ARTICLES: &[(&str, &str)] = &[
    ("opoyi.html", "sources/000_52e49007bc550fe4.txt"),
    ("newstrack.html", "sources/001_6deafd6307c91394.txt"),
    ("atalayar.html", "sources/002_2cdaead7b491f37a.txt"),
    ("wsj.html", "sources/003_df741e4afeba6b10.txt"),
];

/// Words of the pages' furniture; none may come through.
const FURNITURE: &[&str] = &[
    "We value your privacy",
    "Accept all cookies",
    "Manage my preferences",
    "World news",
    "Subscribe for unlimited access",
    "Sign in to your account",
    "Search the archive",
    "Europe section",
    "Share on Facebook",
    "Tweet this story",
    "Send via WhatsApp",
    "Email this article to a friend",
    "Advertisement",
    "Ukraine crisis",
    "Related stories you may have missed",
    "Fuel prices climb",
    "Sign up for our morning newsletter",
    "Your email address",
    "Reader comments",
    "Thanks for keeping us updated",
    "First comment!",
    "Join the discussion",
    "Most popular right now",
    "Weather warning issued",
    "About the company",
    "Reproduction without written permission",
    "dataLayer",
    "cookie-banner",
];

fn read(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The sentences of an article, as `check` splits and normalises them.
fn sentences(article: &str) -> Vec<String> {
    let (normalized, paragraphs) = factsheet::text::normalize_paragraphs(article);
    factsheet::sentences::split(&normalized, &paragraphs)
        .into_iter()
        .map(|range| normalized[range].trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn pages_keep_the_article_and_drop_the_furniture() {
    let (mut kept_all, mut total_all) = (0, 0);
    for (page, article) in ARTICLES {
        let extracted = factsheet::author::page::read(&read(&format!("{PAGES}/{page}")))
            .unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(extracted.html, "{page} is not recognised as a page");
        let text = normalize(&extracted.text);
        let article = String::from_utf8(read(article)).unwrap();
        // The delivered WSJ text ends with the site's copyright line, which add-source leaves
        // out as the page's furniture.
        let trailer = [
            "Copyright © 2022 Dow Jones & Company, Inc.",
            "All rights reserved.",
            "87990cbe856818d5eddac44c7b1cdeb8",
        ];
        // Its photo credits ("Photo: Gilles Bader / Zuma Press") are left out of the captions.
        let all: Vec<String> = (sentences(&article).into_iter())
            .filter(|s| !trailer.contains(&s.as_str()) && !s.starts_with("Photo: "))
            .collect();
        let missing: Vec<&String> = all.iter().filter(|s| !text.contains(s.as_str())).collect();
        let kept = all.len() - missing.len();
        println!(
            "{page}: {kept} of {} sentences of the article kept verbatim; not kept: {missing:?}",
            all.len()
        );
        assert!(kept * 100 >= all.len() * 95, "{page}: {missing:#?}");
        let leaked: Vec<&&str> = FURNITURE.iter().filter(|f| text.contains(*f)).collect();
        assert!(
            leaked.is_empty(),
            "{page}: furniture kept: {leaked:?}\n{text}"
        );
        (kept_all, total_all) = (kept_all + kept, total_all + all.len());
    }
    println!("all pages: {kept_all} of {total_all} sentences kept, no furniture");
}

#[test]
fn metadata_comes_from_meta_tags_and_json_ld() {
    let meta = |page: &str| {
        factsheet::author::page::read(&read(&format!("{PAGES}/{page}")))
            .unwrap()
            .meta
    };
    let opoyi = meta("opoyi.html");
    assert_eq!(opoyi.site_name.as_deref(), Some("Opoyi"));
    assert_eq!(opoyi.published.as_deref(), Some("2022-03-02"));
    assert_eq!(
        opoyi.title.as_deref(),
        Some("Russian forces have captured Ukraine's Kherson: Kremlin")
    );
    let atalayar = meta("atalayar.html");
    assert_eq!(atalayar.published.as_deref(), Some("2022-03-03"));
    assert_eq!(atalayar.site_name.as_deref(), Some("Atalayar"));
    assert!(
        atalayar
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://www.atalayar.com/"))
    );
    let wsj = meta("wsj.html");
    // The byline is the author.
    assert_eq!(
        wsj.author.as_deref(),
        Some("Yaroslav Trofimov, Stacey Meichtry"),
        "{wsj:?}"
    );
    assert_eq!(opoyi.author.as_deref(), Some("Opoyi Desk"));
    assert_eq!(meta("newstrack.html").published, None);
}

const SOURCES: &str = "# Sources, newest last.\nsources:\n  - id: old\n    title: \"Old: one\" # kept\n    publisher: P\n\n";
const FACTS: &str = "# ---- the facts\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: old\n    verified_by: me\n";

fn project(files: &[(&str, &[u8])]) -> (Project, String) {
    let facts = format!("{BRIEFING}\n{SOURCES}{FACTS}");
    (Project::new(&facts, files), facts)
}

/// The new facts file is the old one with text put in at one place: every byte before and
/// after it is as it was. Gives what was put in.
fn inserted(old: &str, new: &str) -> String {
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = (old[prefix..].bytes().rev())
        .zip(new[prefix..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    assert_eq!(
        prefix + suffix,
        old.len(),
        "the rest of facts.yaml changed:\n{new}"
    );
    new[prefix..new.len() - suffix].to_owned()
}

#[test]
fn add_source_from_a_page_writes_its_text_and_entry_and_passes_check() {
    let page = read(&format!("{PAGES}/opoyi.html"));
    let (p, old) = project(&[("saved/Kherson page.htm", &page)]);
    let out = p.run(&["add-source", "saved/Kherson page.htm"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let id = "russian-forces-have-captured-ukraines";
    let text = std::fs::read_to_string(p.file(&format!("sources/{id}.txt"))).unwrap();
    assert!(text.contains("have taken the regional center of Kherson under full control"));
    assert!(
        !text.contains("Share on Facebook") && !text.contains('<'),
        "{text}"
    );
    for said in [
        &format!("wrote sources/{id}.txt ("),
        "extracted from the web page `saved/Kherson page.htm`",
        &format!("added source `{id}` to facts.yaml at line 10"),
        "author      Opoyi Desk (from the page)",
        "publisher   Opoyi (from the page)",
        "published   2022-03-02 (from the page)",
        "left out, as neither a flag nor the page gave it: url (--url)",
        &format!("Next: factsheet suggest {id}"),
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    let new = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let entry = inserted(&old, &new);
    assert!(
        entry.starts_with(&format!(
            "  - id: {id}\n    title: \"Russian forces have captured Ukraine's Kherson: Kremlin\"\n    author: \"Opoyi Desk\"\n    publisher: \"Opoyi\"\n"
        )),
        "{entry}"
    );
    let r = p.check();
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
    r.none("source-hash-mismatch");
    assert_eq!(
        r.of("unused-source").len(),
        1,
        "the new source has no facts yet"
    );
}

#[test]
fn add_source_from_text_with_flags_normalises_line_ends_and_quotes_the_values() {
    let (p, old) = project(&[(
        "a.txt",
        b"\xef\xbb\xbfFirst line.\r\n\r\nSecond: \"x\".\r\n",
    )]);
    let title = "Kherson: \"taken\" # 'Kremlin'";
    let out = p.run(&[
        "add-source",
        "a.txt",
        "--title",
        title,
        "--publisher",
        "Example News",
        "--published",
        "2022-03-02",
        "--url",
        "https://example.org/a#b",
    ]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("title       Kherson: \"taken\" # 'Kremlin' (from --title)"),
        "{}",
        out.stdout
    );
    let text = std::fs::read(p.file("sources/kherson-taken-kremlin.txt")).unwrap();
    assert_eq!(text, b"First line.\n\nSecond: \"x\".\n");
    let new = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let entry = inserted(&old, &new);
    assert!(entry.contains("    title: \"Kherson: \\\"taken\\\" # 'Kremlin'\"\n    publisher: \"Example News\"\n    published: 2022-03-02\n    url: \"https://example.org/a#b\"\n    file: sources/kherson-taken-kremlin.txt\n"), "{entry}");
    let r = p.check();
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
}

#[test]
fn add_source_writes_author_accessed_and_archive_url_and_flags_win_over_the_byline() {
    let page = read(&format!("{PAGES}/wsj.html"));
    let (p, old) = project(&[("wsj.html", &page)]);
    let archive = "https://web.archive.org/web/20220303120000/https://www.wsj.com/articles/x";
    let out = p.run(&[
        "add-source",
        "wsj.html",
        "--id",
        "wsj",
        "--author",
        "Yaroslav Trofimov and Stacey Meichtry",
        "--accessed",
        "2022-03-03",
        "--archive-url",
        archive,
    ]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    for said in [
        "  author      Yaroslav Trofimov and Stacey Meichtry (from --author)\n",
        &format!("  archive_url {archive} (from --archive-url)\n"),
        "  accessed    2022-03-03 (from --accessed)\n",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    let new = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let entry = inserted(&old, &new);
    let sha = entry.split("sha256: ").nth(1).unwrap_or_default();
    assert_eq!(
        entry,
        format!(
            "  - id: wsj\n    title: \"Russia Deepens Offensive in Southern Ukraine\"\n    \
             author: \"Yaroslav Trofimov and Stacey Meichtry\"\n    \
             publisher: \"The Wall Street Journal\"\n    published: 2022-03-03\n    \
             archive_url: \"{archive}\"\n    accessed: 2022-03-03\n    language: en\n    \
             file: sources/wsj.txt\n    \
             sha256: {sha}"
        )
    );
    assert!(
        !entry.contains('#'),
        "no comment: the byline is a field now\n{entry}"
    );
    let r = p.check();
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
    r.none("date-order");
    // Without the flag, the page's byline is the author.
    let (p, old) = project(&[("wsj.html", &page)]);
    assert_eq!(
        p.run(&["add-source", "wsj.html", "--id", "wsj"]).code,
        Some(0)
    );
    let new = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    assert!(
        inserted(&old, &new).contains("    author: \"Yaroslav Trofimov, Stacey Meichtry\"\n"),
        "{new}"
    );
}

#[test]
fn add_source_without_a_publisher_writes_unknown_and_says_check_will_warn() {
    let (p, _) = project(&[("notes.txt", b"Plain text.\n")]);
    let out = p.run(&["add-source", "notes.txt"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("publisher   unknown (neither --publisher nor the page gave one"),
        "{}",
        out.stdout
    );
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    assert!(
        facts.contains("  - id: notes\n    publisher: \"unknown\"\n    file: sources/notes.txt\n"),
        "{facts}"
    );
    let r = p.check();
    assert_eq!(r.of("unknown-publisher").len(), 1);
}

#[test]
fn add_source_refuses_to_reuse_an_id_or_overwrite_a_file_and_changes_nothing() {
    let (p, old) = project(&[("a.txt", b"Text.\n"), ("sources/taken.txt", b"mine\n")]);
    for (args, said) in [
        (
            &["add-source", "a.txt", "--id", "old"][..],
            "the source id `old` is already used by the source at line 7: give another with --id (for example `old-2`)",
        ),
        (
            &["add-source", "a.txt", "--title", "Old"][..],
            "it was made from the title; give another with --id",
        ),
        (
            &["add-source", "a.txt", "--id", "taken"][..],
            "`sources/taken.txt` already exists and is not overwritten",
        ),
        (
            &["add-source", "a.txt", "--id", "Bad Id"][..],
            "--id: `Bad Id` is not a valid id",
        ),
        (
            &["add-source", "a.txt", "--published", "2022-02-30"][..],
            "--published:",
        ),
        (&["add-source", "a.txt", "--url", "ftp://x"][..], "--url:"),
        (
            &["add-source", "a.txt", "--accessed", "3 March 2022"][..],
            "--accessed: `3 March 2022` is not a date: write dates as YYYY-MM-DD",
        ),
        (
            &["add-source", "a.txt", "--archive-url", "web.archive.org/x"][..],
            "--archive-url: `web.archive.org/x` is not an http(s) address",
        ),
        (
            &["add-source", "gone.html"][..],
            "cannot read `gone.html`: no such file",
        ),
    ] {
        let out = p.run(args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stdout);
        assert!(out.stderr.contains(said), "{args:?}: {}", out.stderr);
        assert_eq!(std::fs::read_to_string(p.file("facts.yaml")).unwrap(), old);
        assert_eq!(
            std::fs::read(p.file("sources/taken.txt")).unwrap(),
            b"mine\n"
        );
    }
    let names: Vec<_> = std::fs::read_dir(p.file("sources"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn add_source_refuses_a_facts_file_that_does_not_load() {
    let p = Project::new(
        &format!("{BRIEFING}facts:\n  - id: f\n    statment: s\n"),
        &[("a.txt", b"x\n")],
    );
    let out = p.run(&["add-source", "a.txt"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .contains("does not fit the facts format, so it is not edited: facts.yaml:6:5"),
        "{}",
        out.stderr
    );
    assert!(!p.file("sources").exists());
}

const PINNED: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn pin_project() -> (Project, String) {
    let cites = FACTS.replace("source: old", "source: alpha");
    let facts = format!(
        "{BRIEFING}sources:\n  - id: alpha\n    publisher: P\n    file: sources/alpha.txt # the copy\n    sha256: \"{PINNED}\"\n  - id: beta\n    publisher: P\n    file: sources/beta.txt\n  - id: gamma\n    publisher: P\n{cites}"
    );
    let p = Project::new(
        &facts,
        &[
            ("sources/alpha.txt", b"alpha\n"),
            ("sources/beta.txt", b"beta\n"),
        ],
    );
    (p, facts)
}

#[test]
fn pin_updates_only_the_named_sources_lines_and_then_check_passes() {
    let (p, old) = pin_project();
    let alpha = factsheet::load::sources::sha256_hex(b"alpha\n");
    let beta = factsheet::load::sources::sha256_hex(b"beta\n");
    let out = p.run(&["pin", "alpha"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains(&format!("alpha (sources/alpha.txt): {PINNED} -> {alpha}\n")),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("facts.yaml: 1 sha256 written"),
        "{}",
        out.stdout
    );
    let new = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    assert_eq!(new, old.replace(PINNED, &alpha));
    // Without ids: every source with a file; beta gets a line after its `file:`.
    let out = p.run(&["pin"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains(&format!("alpha (sources/alpha.txt): unchanged {alpha}\n")),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains(&format!("beta (sources/beta.txt): none -> {beta}\n")),
        "{}",
        out.stdout
    );
    let newer = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let with_line = format!("file: sources/beta.txt\n    sha256: \"{beta}\"\n");
    assert_eq!(newer, new.replace("file: sources/beta.txt\n", &with_line));
    let r = p.check();
    r.none("source-hash-mismatch");
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
    // A third run has nothing to write.
    let out = p.run(&["pin"]);
    assert!(
        out.stdout.contains("every pin was already current"),
        "{}",
        out.stdout
    );
    assert_eq!(
        std::fs::read_to_string(p.file("facts.yaml")).unwrap(),
        newer
    );
}

#[test]
fn pin_refuses_unknown_ids_sources_without_files_and_unreadable_files() {
    let (p, old) = pin_project();
    for (args, said) in [
        (
            &["pin", "alpah"][..],
            "no source `alpah` in the facts file; did you mean `alpha`?",
        ),
        (
            &["pin", "gamma"][..],
            "source `gamma` has no `file`: there is nothing to pin",
        ),
    ] {
        let out = p.run(args);
        assert_eq!(out.code, Some(2), "{args:?}");
        assert!(out.stderr.contains(said), "{}", out.stderr);
    }
    std::fs::remove_file(p.file("sources/beta.txt")).unwrap();
    let out = p.run(&["pin"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("nothing was pinned, as these files cannot be read:\n  source `beta` (facts.yaml:11:11): `sources/beta.txt` does not exist"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(p.file("facts.yaml")).unwrap(), old);
    let quiet = p.run(&["pin", "alpha", "--quiet"]);
    assert_eq!((quiet.code, quiet.stdout.as_str()), (Some(0), ""));
}

#[test]
fn add_source_decodes_a_page_in_the_legacy_encoding_it_declares() {
    let page = read(&format!("{PAGES}/legacy-cp1252.html"));
    assert!(
        std::str::from_utf8(&page).is_err(),
        "the fixture is windows-1252"
    );
    let (p, _) = project(&[("lemonde.html", &page)]);
    let out = p.run(&["add-source", "lemonde.html", "--id", "quotidien"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("title       Kherson mayor: “We are not soldiers” (from the page)"),
        "{}",
        out.stdout
    );
    let text = std::fs::read_to_string(p.file("sources/quotidien.txt")).unwrap();
    for said in [
        "the city’s 290,000 residents faced a “humanitarian catastrophe” — with food",
        "Café owners on Ushakova Avenue",
        "Prices rose by 15€ a kilo for meat, one naïve vendor said.",
        "« Nous ne sommes pas des soldats », a déclaré le maire à la télévision locale",
    ] {
        assert!(text.contains(said), "{said}\n{text}");
    }
    // ISO-8859-1 is read as browsers read it (windows-1252, of which it is a part).
    let latin1 = b"<!DOCTYPE html><html><head><meta charset=\"ISO-8859-1\"><title>Cherson</title>\
        </head><body><article><h1>Cherson</h1><p>Der B\xfcrgermeister von Cherson sagte am \
        Donnerstag, die Stadt sei vollst\xe4ndig besetzt worden. Die Stra\xdfen seien leer, die \
        Gesch\xe4fte geschlossen, sagte er.</p></article></body></html>";
    let (p, _) = project(&[("zeitung.html", latin1)]);
    let out = p.run(&["add-source", "zeitung.html", "--id", "zeitung"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let text = std::fs::read_to_string(p.file("sources/zeitung.txt")).unwrap();
    assert!(
        text.contains("Der Bürgermeister") && text.contains("Die Straßen"),
        "{text}"
    );
}

#[test]
fn add_source_names_web_archives_pdfs_and_undeclared_encodings_and_writes_nothing() {
    let mhtml = read(&format!("{PAGES}/single-file.mhtml"));
    let pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    let (p, old) = project(&[
        ("page.mhtml", &mhtml),
        ("report.pdf", pdf),
        ("plain.txt", b"Caf\xe9 owners fled.\n"),
    ]);
    for (file, said, not) in [
        ("page.mhtml", "it is a web archive (MHTML", "iconv"),
        ("page.mhtml", "save it as \"Webpage, HTML only\"", "iconv"),
        (
            "report.pdf",
            "it is a PDF document, not a web page or text",
            "iconv",
        ),
        ("report.pdf", "pdftotext", "windows-1252"),
        (
            "plain.txt",
            "it is not UTF-8 text (byte 4 is not valid UTF-8) and declares no other encoding",
            "PDF",
        ),
    ] {
        let out = p.run(&["add-source", file]);
        assert_eq!(out.code, Some(2), "{file}: {}", out.stdout);
        assert!(out.stderr.contains(said), "{file}: {}", out.stderr);
        assert!(!out.stderr.contains(not), "{file}: {}", out.stderr);
        assert_eq!(std::fs::read_to_string(p.file("facts.yaml")).unwrap(), old);
        assert!(!p.file("sources").exists());
    }
}

#[test]
fn add_source_refuses_a_text_already_on_file_and_warns_of_a_url_already_there() {
    let page = read(&format!("{PAGES}/opoyi.html"));
    let (p, _) = project(&[("kherson.html", &page)]);
    let add = |args: &[&str]| p.run(&[&["add-source", "kherson.html"][..], args].concat());
    let out = add(&["--id", "first", "--url", "https://example.org/kherson"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    // The same page again, under another id: the same text, refused, naming the first.
    let out = add(&["--id", "second"]);
    assert_eq!(out.code, Some(2), "{}", out.stdout);
    assert!(
        out.stderr.contains(
            "cannot add `kherson.html`: its text is already the text of source `first` (line \
             10, `sources/first.txt`)"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(p.file("facts.yaml")).unwrap(),
        facts
    );
    assert!(!p.file("sources/second.txt").exists());
    // Another text at the same address (written differently): added, with a warning that
    // `check` repeats as duplicate-source.
    std::fs::write(p.file("kherson.txt"), "An update of the article.\n").unwrap();
    let out = p.run(&[
        "add-source",
        "kherson.txt",
        "--id",
        "update",
        "--url",
        "http://EXAMPLE.org/kherson/#live",
    ]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "warning: the url `http://EXAMPLE.org/kherson/#live` (from --url) is already that \
             of source `first`"
        ),
        "{}",
        out.stderr
    );
    let r = p.check();
    assert!(
        // The first source's page gave `language: en`, a line above the second's url.
        r.one("duplicate-source", 21, 10)
            .message
            .contains("as source `first`")
    );
}

#[test]
fn add_source_reads_the_date_and_author_of_a_json_ld_graph_and_drops_the_site_from_the_title() {
    let page = read(&format!("{PAGES}/yoast.html"));
    let (p, _) = project(&[("kherson.html", &page)]);
    let out = p.run(&["add-source", "kherson.html"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    for said in [
        "added source `kherson-falls-to-russia`",
        "title       Kherson falls to Russia (from the page)",
        "author      Ann Lee (from the page)",
        "publisher   the Guardian (from the page)",
        // The article's date, not the web page's nor the last change's.
        "published   2022-03-02 (from the page)",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
}

#[test]
fn add_source_keeps_blocks_apart_and_sentences_whole_and_leaves_bylines_and_links_out() {
    let page = read(&format!("{PAGES}/blocks.html"));
    let (p, _) = project(&[("bbc.html", &page)]);
    let out = p.run(&["add-source", "bbc.html", "--id", "bbc"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("author      Jonathan Beale (from the page)"),
        "{}",
        out.stdout
    );
    let text = std::fs::read_to_string(p.file("sources/bbc.txt")).unwrap();
    let paragraphs: Vec<&str> = text.split("\n\n").map(str::trim).collect();
    for paragraph in [
        // The caption of the figure: a block of its own.
        "Russian military vehicles were seen in the centre of Kherson on Wednesday. Image source, Reuters",
        // A table's caption, its header and each row, its figure after its column's header.
        "Casualties reported so far",
        "Source Killed",
        "Ukraine: Killed 2,000 civilians",
        // A `<br>` inside a paragraph does not cut its sentence.
        "Aid groups said food would run out within days. Pharmacies were empty, residents said.",
        // The no-break space is kept (quotes match it as a space); the footnote mark is left out.
        "Igor Kolykhaev said armed soldiers had entered the city council building on \
         Wednesday\u{a0}evening and that there was no longer any Ukrainian army presence in the \
         city. He spoke by telephone.",
    ] {
        assert!(paragraphs.contains(&paragraph), "{paragraph}\n{text}");
    }
    // The header's date line is no sentence, and `published` says it.
    assert!(!paragraphs.contains(&"2 March 2022"), "{text}");
    for furniture in [
        "By Jonathan Beale",
        "Defence correspondent",
        "Read more",
        "Copyright",
        "More on this story",
        "Russian convoy stalls",
        "Home",
    ] {
        assert!(!text.contains(furniture), "{furniture}\n{text}");
    }
}

#[test]
fn pin_refuses_a_file_that_is_a_saved_page_naming_add_source() {
    let page = read(&format!("{PAGES}/opoyi.html"));
    let facts = format!(
        "{BRIEFING}sources:\n  - id: page\n    publisher: P\n    file: sources/page.html\n{}",
        FACTS.replace("source: old", "source: page")
    );
    let p = Project::new(&facts, &[("sources/page.html", &page)]);
    let out = p.run(&["pin", "page"]);
    assert_eq!(out.code, Some(2), "{}", out.stdout);
    assert!(
        out.stderr.contains(
            "`sources/page.html` is a saved web page (HTML), not the article's text: run \
             `factsheet add-source sources/page.html`"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(p.file("facts.yaml")).unwrap(),
        facts
    );
    assert!(
        p.run(&["explain", "source-hash-mismatch"])
            .stdout
            .contains("`factsheet pin ID` writes")
    );
}

#[test]
fn pin_repairs_a_sha256_that_is_not_one_when_it_pins_that_source() {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: old\n    publisher: P\n    file: a.txt\n    sha256: '0000' # pasted short\n  - id: other\n    publisher: P\n{FACTS}"
    );
    let p = Project::new(&facts, &[("a.txt", b"Text.\n")]);
    let out = p.run(&["pin", "other"]);
    assert_eq!(out.code, Some(2), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("the `sha256` of source `old` is not a sha256: run `factsheet pin old`"),
        "{}",
        out.stderr
    );
    let out = p.run(&["pin", "old"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("old (a.txt): `0000` (not a sha256) -> "),
        "{}",
        out.stdout
    );
    let new = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let hash = factsheet::load::sources::sha256_hex(b"Text.\n");
    assert_eq!(new, facts.replace("'0000'", &format!("'{hash}'")));
    p.check().none("source-hash-mismatch");
}

/// A page of `paragraphs` (each a `<p>`, unless it is HTML already), with `head` in its
/// `<head>`.
fn page(head: &str, paragraphs: &[&str]) -> Vec<u8> {
    let tagged = |p: &&str| match p.starts_with('<') {
        true => p.to_string(),
        false => format!("<p>{p}</p>"),
    };
    let body: String = paragraphs.iter().map(tagged).collect();
    format!(
        "<!doctype html><html><head><title>Ferry operator fined</title>{head}</head><body>\
         <div class=\"content\">{body}</div></body></html>"
    )
    .into_bytes()
}

const FERRY: &[&str] = &[
    "A Croatian court on Thursday fined the ferry operator Adriatic Lines €2.5 million over \
     the capsizing of the MV Marina in 2022, in which 11 passengers died.",
    "Judge Ivana Kovač said the company had knowingly overloaded the vessel, which was \
     carrying 412 people, more than twice its licensed capacity of 190.",
    "The company's lawyer, Dario Perić, said it would appeal against the ruling.",
];

#[test]
fn add_source_takes_a_datelines_day_for_published_and_keeps_the_dateline_out_of_author() {
    let mut paragraphs = vec![""];
    paragraphs.extend(FERRY);
    let html = String::from_utf8(page("", &paragraphs)).unwrap().replacen(
        "<p></p>",
        "<p class=\"dateline\">SPLIT, Croatia — Thursday, Feb. 15, 2024</p>",
        1,
    );
    let (p, _) = project(&[("ferry.html", html.as_bytes())]);
    let out = p.run(&["add-source", "ferry.html", "--id", "ferry"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains(
            "published   2024-02-15 (from the page's dateline: no metadata gave the day)"
        ),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("author      "), "{}", out.stdout);
    let text = std::fs::read_to_string(p.file("sources/ferry.txt")).unwrap();
    assert!(
        text.starts_with("SPLIT, Croatia — Thursday, Feb. 15, 2024\n\nA Croatian court"),
        "{text}"
    );
}

#[test]
fn add_source_takes_a_byline_by_par_or_von_from_the_text_and_leaves_the_role_out() {
    for (byline, head, author) in [
        ("Par Claire Dubois", "", "Claire Dubois"),
        (
            "Von Jonas Weber und Anna Roth",
            "",
            "Jonas Weber und Anna Roth",
        ),
        (
            "By Priya Natarajan, Local Democracy Reporter",
            "",
            "Priya Natarajan",
        ),
        // Structured data names the author without a role, and wins.
        (
            "<p class=\"byline\">By P. Natarajan</p>",
            r#"<script type="application/ld+json">{"@context":"https://schema.org",
               "@graph":[{"@type":"NewsArticle","author":[{"name":"Priya Natarajan"}]}]}
               </script>"#,
            "Priya Natarajan",
        ),
    ] {
        let mut paragraphs = vec![byline];
        paragraphs.extend(FERRY);
        let (p, _) = project(&[("ferry.html", &page(head, &paragraphs))]);
        let out = p.run(&["add-source", "ferry.html", "--id", "ferry"]);
        assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
        let said = format!("author      {author} (from the page)");
        assert!(out.stdout.contains(&said), "{said}\n{}", out.stdout);
        let text = std::fs::read_to_string(p.file("sources/ferry.txt")).unwrap();
        assert!(text.starts_with("A Croatian court"), "{byline}\n{text}");
    }
    // A sentence that opens "By" is no byline, even when its next words are capitalised.
    for lead in [
        "By Thursday the Court had heard Dario Perić.",
        "By Christmas Eve, the town had run out of water.",
        "By Election Day, the ferry had been sold twice.",
        "By Easter Sunday, divers had found the wreck.",
        "By Wednesday Morning, the harbour was closed.",
    ] {
        let mut paragraphs = vec![lead];
        paragraphs.extend(FERRY);
        let (p, _) = project(&[("ferry.html", &page("", &paragraphs))]);
        let out = p.run(&["add-source", "ferry.html", "--id", "ferry"]);
        assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
        assert!(
            !out.stdout.contains("author      "),
            "{lead}\n{}",
            out.stdout
        );
        let text = std::fs::read_to_string(p.file("sources/ferry.txt")).unwrap();
        assert!(text.starts_with(lead), "{lead}\n{text}");
    }
}

/// The author and the text that `add-source` gives for the page of `paragraphs` with `head`.
fn author_and_text(head: &str, paragraphs: &[&str]) -> (Option<String>, String, String) {
    let (p, _) = project(&[("ferry.html", &page(head, paragraphs))]);
    let out = p.run(&["add-source", "ferry.html", "--id", "ferry"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let author = (out.stdout.lines())
        .find_map(|l| l.trim().strip_prefix("author      "))
        .map(|a| a.trim_end_matches(" (from the page)").to_owned());
    let text = std::fs::read_to_string(p.file("sources/ferry.txt")).unwrap();
    (author, text, out.stderr)
}

#[test]
fn add_source_takes_the_names_of_a_byline_without_its_date_place_or_role() {
    for (byline, author) in [
        (
            "<div class=\"author-date\"><address>By <a href=\"/a\">Pavel Polityuk</a> and \
             <a href=\"/b\">Natalia Zinets</a></address><time datetime=\"2024-02-15T14:22Z\">\n\
             Feb. 15, 2024 2:22 PM UTC</time></div>",
            "Pavel Polityuk and Natalia Zinets",
        ),
        (
            "<span class=\"meta__author\">Par <a href=\"/a\">Benoît Vitkine</a> (Kiev, envoyé \
             spécial)</span>",
            "Benoît Vitkine",
        ),
        (
            "<div class=\"byline\">Von <a href=\"/a\">Christian Esch</a>, Moskau</div>",
            "Christian Esch",
        ),
        (
            "<p class=\"byline\">By Jane Doe (Kyiv, special correspondent)</p>",
            "Jane Doe",
        ),
        ("By Jane Doe (Kyiv, special correspondent)", "Jane Doe"),
        (
            "Par Benoît Vitkine (Kiev, envoyé spécial)",
            "Benoît Vitkine",
        ),
        ("By Jane Doe in Kyiv", "Jane Doe"),
    ] {
        let mut paragraphs = vec![byline];
        paragraphs.extend(FERRY);
        let (found, text, _) = author_and_text("", &paragraphs);
        assert_eq!(found.as_deref(), Some(author), "{byline}");
        assert!(text.starts_with("A Croatian court"), "{byline}\n{text}");
    }
}

/// A JSON-LD `NewsArticle` with `fields`, as a page's `<head>` holds it.
fn json_ld(fields: &str) -> String {
    format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\
         \"@type\":\"NewsArticle\",{fields}}}</script>"
    )
}

#[test]
fn add_source_prefers_the_shown_byline_to_an_organisation_and_drops_its_lines() {
    let header = "<header><div data-component=\"byline-block\"><p>By Yogita Limaye</p>\
        <p>BBC News, Lviv</p></div><time datetime=\"2024-02-15T14:03:11Z\">15 February 2024\
        </time></header>";
    let mut paragraphs = vec![header];
    paragraphs.extend(FERRY);
    for author in [
        r#""author":{"@type":"NewsMediaOrganization","name":"Ferry News"}"#,
        // The publisher's own name, whatever its type.
        r#""author":{"name":"Ferry News"},"publisher":{"name":"Ferry News"}"#,
    ] {
        let head = json_ld(&format!(r#""datePublished":"2024-02-15",{author}"#));
        let (found, text, stderr) = author_and_text(&head, &paragraphs);
        assert_eq!(found.as_deref(), Some("Yogita Limaye"), "{author}");
        assert!(text.starts_with("A Croatian court"), "{author}\n{text}");
        assert!(!stderr.contains("warning"), "{stderr}");
    }
}

#[test]
fn add_source_warns_when_the_json_ld_and_the_page_disagree_and_takes_what_readers_see() {
    let body = format!(
        "<article><h1>Ferry operator fined</h1><p class=\"byline\">By Ivana Horvat</p>\
         <p class=\"date\"><time datetime=\"2024-02-15T21:40:00+01:00\">Feb. 15, 2024 9:40 pm\
         </time></p>{}</article>",
        FERRY
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    );
    let head = json_ld(
        r#""datePublished":"2024-02-22T06:00:00+01:00","author":{"@type":"Person","name":"Wire desk"}"#,
    );
    let html = format!(
        "<!doctype html><html><head><title>Ferry operator fined</title>{head}</head>\
         <body>{body}</body></html>"
    );
    let (p, _) = project(&[("ferry.html", html.as_bytes())]);
    let out = p.run(&["add-source", "ferry.html", "--id", "ferry"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("author      Ivana Horvat (from the page)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("published   2024-02-15 (from the page)"),
        "{}",
        out.stdout
    );
    for said in [
        "warning: the page's JSON-LD names the author \"Wire desk\", its byline \"Ivana \
         Horvat\": used \"Ivana Horvat\"",
        "warning: the page's metadata gives the publication date 2024-02-22, the <time> at the \
         article's head 2024-02-15: used 2024-02-15",
    ] {
        assert!(out.stderr.contains(said), "{said}\n{}", out.stderr);
    }
    let text = std::fs::read_to_string(p.file("sources/ferry.txt")).unwrap();
    assert!(text.starts_with("A Croatian court"), "{text}");
    // A flag settles the value, and its warning goes.
    let (p, _) = project(&[("ferry.html", html.as_bytes())]);
    let flags = ["--author", "Wire desk", "--published", "2024-02-22"];
    let out = p.run(&[&["add-source", "ferry.html", "--id", "ferry"][..], &flags].concat());
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}

#[test]
fn add_source_leaves_a_paywall_prompt_out_and_warns_that_the_text_may_be_a_teaser() {
    let prompt = "<div class=\"snippet-promotion\" id=\"cx-paywall\"><h3>Continue reading your \
        article with a membership</h3><p>Subscribe now for $4 per week.</p><a href=\"/s\">View \
        options</a><p>Already a member? <a href=\"/login\">Sign In</a></p></div>";
    let free = json_ld(r#""isAccessibleForFree":"False""#);
    for (head, prompt, why) in [
        ("", prompt, "the page holds a subscription prompt"),
        (
            free.as_str(),
            "",
            "not free to read (JSON-LD isAccessibleForFree: false)",
        ),
        (
            free.as_str(),
            prompt,
            "not free to read (JSON-LD isAccessibleForFree: false) and holds",
        ),
    ] {
        let mut paragraphs = FERRY.to_vec();
        paragraphs.push(prompt);
        let (_, text, stderr) = author_and_text(head, &paragraphs);
        assert!(!text.contains("member"), "{text}");
        assert!(!text.contains("Subscribe"), "{text}");
        assert!(
            stderr.contains("warning: the text may be only the start of the article"),
            "{stderr}"
        );
        assert!(stderr.contains(why), "{why}\n{stderr}");
    }
    // A free article without a prompt gives no warning.
    let (_, _, stderr) = author_and_text("", FERRY);
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn add_source_leaves_ads_credits_screen_reader_labels_promotions_and_reactions_out() {
    let clutter = [
        "<div class=\"article-body__ad\"><div class=\"ad-slot\">Advertisement · Scroll to \
         continue</div></div>",
        "<div class=\"ad-label\">Anzeige</div>",
        "<figure><img src=\"a.jpg\" alt=\"\"><span class=\"copyright\">Getty Images</span>\
         <figcaption><span class=\"visually-hidden\">Image caption, </span>The MV Marina in \
         port in 2021</figcaption></figure>",
        "<p>___</p>",
        "Follow our coverage of the trial at https://example.org/hub/marina",
        "<p><b>Lesen Sie auch:</b> <a href=\"/x\">Wie die Fähre sank</a></p>",
        "<section class=\"article__reactions\"><h3>Contributions</h3><p>Bienvenue dans \
         l’espace des contributions</p></section>",
    ];
    let paragraphs: Vec<&str> = FERRY.iter().chain(&clutter).copied().collect();
    let (_, text, _) = author_and_text("", &paragraphs);
    for gone in [
        "Advertisement",
        "Scroll",
        "Anzeige",
        "Getty",
        "Image caption",
        "___",
        "Follow our",
        "Lesen Sie",
        "Contributions",
        "Bienvenue",
    ] {
        assert!(!text.contains(gone), "{gone}\n{text}");
    }
    assert!(
        text.contains("\n\nThe MV Marina in port in 2021\n"),
        "{text}"
    );
}

#[test]
fn add_source_drops_soft_hyphens_and_zero_width_characters_so_typed_quotes_match() {
    let shy = "Judge Ivana Kovač said the com&shy;pany had know&#8203;ingly over&shy;loaded the \
               vessel, which was carrying 412 people.";
    let paragraphs: Vec<&str> = [shy].iter().chain(FERRY).copied().collect();
    let (p, _) = project(&[("ferry.html", &page("", &paragraphs))]);
    let out = p.run(&["add-source", "ferry.html", "--id", "ferry"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let text = std::fs::read_to_string(p.file("sources/ferry.txt")).unwrap();
    assert!(!text.contains(['\u{ad}', '\u{200b}']), "{text:?}");
    let out = p.run(&["quote", "ferry", "company had knowingly overloaded"]);
    assert!(out.stdout.contains("found as it is"), "{}", out.stdout);
}

#[test]
fn add_source_writes_superscripts_apart_from_the_number_and_leaves_footnote_marks_out() {
    let paragraphs = [
        "<p>The reservoir holds 10<sup>6</sup> cubic metres less water than a year ago, the \
         agency said on Monday.</p>",
        "<p>Officials counted 40<sup><a href=\"#fn1\">1</a></sup> dead villages in the valley, \
         according to the regional report.</p>",
        "<p>The area affected covers 500 km<sup>2</sup>, the agency added in its statement.</p>",
    ];
    let mut all: Vec<&str> = paragraphs.to_vec();
    all.extend(FERRY);
    let (p, _) = project(&[("reservoir.html", &page("", &all))]);
    let out = p.run(&["add-source", "reservoir.html", "--id", "res"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let text = std::fs::read_to_string(p.file("sources/res.txt")).unwrap();
    for kept in [
        "holds 10⁶ cubic metres",
        "counted 40 dead villages",
        "covers 500 km², the agency",
    ] {
        assert!(text.contains(kept), "{kept}\n{text}");
    }
}

#[test]
fn add_source_refuses_an_svg_image_and_a_page_of_links_only_and_writes_nothing() {
    let svg = b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><text>Hello svg \
        text</text></svg>";
    let menu = b"<!DOCTYPE html><html><head><title>Nothing</title></head><body><nav><a \
        href=\"/\">Home</a></nav></body></html>";
    let (p, old) = project(&[("image.svg", svg), ("menu.html", menu)]);
    for (file, said) in [
        ("image.svg", "it is an image (SVG), not a web page or text"),
        (
            "menu.html",
            "no article text was found in the page, only links (a menu, a list of stories)",
        ),
    ] {
        let out = p.run(&["add-source", file, "--id", "x"]);
        assert_eq!(out.code, Some(2), "{file}: {}", out.stdout);
        assert!(out.stderr.contains(said), "{file}: {}", out.stderr);
        assert_eq!(std::fs::read_to_string(p.file("facts.yaml")).unwrap(), old);
        assert!(!p.file("sources").exists());
    }
}

#[test]
fn add_source_extracts_a_fragment_of_html_and_check_names_one_left_as_a_source() {
    let fragment = b"<div class=\"story\"><p>The council approved a budget of 3.2 million euros \
        on Monday, the mayor said.</p>\n<p>Opposition members voted against the plan.</p></div>";
    let (p, _) = project(&[("fragment.html", fragment)]);
    let out = p.run(&["add-source", "fragment.html", "--id", "frag"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let text = std::fs::read_to_string(p.file("sources/frag.txt")).unwrap();
    assert_eq!(
        text,
        "The council approved a budget of 3.2 million euros on Monday, the mayor said.\n\n\
         Opposition members voted against the plan.\n"
    );
    // A fragment saved as a source by hand is a page, not the article's text.
    std::fs::write(p.file("sources/frag.txt"), fragment).unwrap();
    let hits = p.check().of("source-is-html");
    assert_eq!(hits.len(), 1, "{hits:#?}");
}

// `pin` looked each source up in the list and moved the whole file for each line it wrote:
// time in the square of the number of sources. Each line goes in now in one pass.
#[test]
fn pin_writes_the_lines_of_thousands_of_sources_in_one_pass() {
    let sources: String = (0..20_000)
        .map(|i| format!("  - id: s{i}\n    title: A\n    publisher: P\n    file: a.txt\n"))
        .collect();
    let facts = format!("{BRIEFING}sources:\n{sources}facts: []\n");
    let p = Project::new(&facts, &[("a.txt", b"Words of the article.\n")]);
    let out = p.run(&["pin"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let hex = factsheet::load::sources::sha256_hex(b"Words of the article.\n");
    let line = format!("    file: a.txt\n    sha256: \"{hex}\"\n");
    let new = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    assert_eq!(new, facts.replace("    file: a.txt\n", &line));
}

/// Ids made from a title or a sentence in Cyrillic or Greek are written in Latin letters, as
/// Ukrainian's national system writes them, not left with the digits alone (`Київ: 12 людей`
/// gave the id `12`, and the next article with a 12 in its title could not be added).
#[test]
fn ids_from_ukrainian_and_greek_text_are_written_in_latin_letters() {
    let page = "<html><head><title>Київ: 12 людей постраждали</title></head><body><article>\
                <p>Мер Києва Віталій Кличко заявив, що 12 людей постраждали у понеділок.</p>\
                </article></body></html>";
    let (p, _) = project(&[("page.html", page.as_bytes())]);
    let out = p.run(&["add-source", "page.html", "--publisher", "P"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("added source `kyiv-12-liudei-postrazhdaly`"),
        "{}",
        out.stdout
    );
    let out = p.run(&["suggest", "kyiv-12-liudei-postrazhdaly"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("  - id: mer-kyieva-vitalii-klychko-zaiavyv\n"),
        "{}",
        out.stdout
    );
    let greek =
        "<html><head><title>Αθήνα: σεισμός</title></head><body><p>Ένας σεισμός.</p></body></html>";
    std::fs::write(p.file("greek.html"), greek).unwrap();
    let out = p.run(&["add-source", "greek.html", "--publisher", "P"]);
    assert!(
        out.stdout.contains("added source `athina-seismos`"),
        "{}",
        out.stdout
    );
}
