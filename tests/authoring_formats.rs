//! `add-source` and `suggest` on the files people save besides web pages: a news feed's item,
//! a Markdown file, a text exported from a PDF, a word processor's HTML. The real binary;
//! each draft `suggest` prints is pasted under `facts:` and must pass `check`.

mod common;
use common::{BRIEFING, Project};

const FACTS: &str = "sources:\n  - id: old\n    title: \"Old\"\n    publisher: P\n\nfacts:\n  \
                     - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: old\n    \
                     verified_by: me\n";

fn project(files: &[(&str, &[u8])]) -> Project {
    Project::new(&format!("{BRIEFING}\n{FACTS}"), files)
}

/// Adds `page` as a source; gives its text and what `add-source` printed.
fn added(p: &Project, page: &str, id: &str) -> (String, String) {
    let out = p.run(&["add-source", page, "--id", id]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let text = std::fs::read_to_string(p.file(&format!("sources/{id}.txt"))).unwrap();
    (text, out.stdout)
}

/// `suggest`'s drafts of the source, pasted under `facts:`: `check` finds no error in them.
fn drafted(p: &Project, id: &str) -> String {
    let out = p.run(&["suggest", id]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    std::fs::write(p.file("facts.yaml"), format!("{facts}{}", out.stdout)).unwrap();
    let r = p.check();
    assert_eq!(r.summary("errors"), 0, "{:#?}\n{}", r.hits(), out.stdout);
    out.stdout
}

const RSS_ITEM: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Example Wire</title>
<link>https://wire.example.org/world</link>
<item>
<title>Earthquake of magnitude 6.8 strikes central Morocco</title>
<link>https://wire.example.org/world/morocco-quake</link>
<dc:creator>Samir Haddad</dc:creator>
<pubDate>Sat, 09 Sep 2023 06:15:00 GMT</pubDate>
<description>&lt;p&gt;A short summary.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>A 6.8-magnitude earthquake struck Morocco's High Atlas late on Friday, killing at least 820 people, the interior ministry said.</p><p>A further 672 people were injured, 205 of them critically.</p>]]></content:encoded>
</item>
</channel>
</rss>
"#;

#[test]
fn a_feed_item_saved_as_xml_gives_its_article_and_metadata_not_its_tags() {
    let p = project(&[("item.xml", RSS_ITEM.as_bytes())]);
    let (text, said) = added(&p, "item.xml", "quake");
    assert_eq!(
        text,
        "A 6.8-magnitude earthquake struck Morocco's High Atlas late on Friday, killing at least \
         820 people, the interior ministry said.\n\nA further 672 people were injured, 205 of \
         them critically.\n"
    );
    for value in [
        "title       Earthquake of magnitude 6.8 strikes central Morocco (from the page)",
        "author      Samir Haddad (from the page)",
        "publisher   Example Wire (from the page)",
        "published   2023-09-09 (from the page)",
        "url         https://wire.example.org/world/morocco-quake (from the page)",
    ] {
        assert!(said.contains(value), "{value}\n{said}");
    }
    let drafts = drafted(&p, "quake");
    assert!(
        !drafts.contains("<p>") && !drafts.contains("CDATA"),
        "{drafts}"
    );
    assert!(
        drafts.contains("claimed_by: \"the interior ministry\""),
        "{drafts}"
    );
}

#[test]
fn a_feed_of_several_items_is_refused_naming_them_and_writes_nothing() {
    let two = RSS_ITEM.replace("</item>", "</item><item><title>Other</title></item>");
    let p = project(&[("feed.xml", two.as_bytes())]);
    let before = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let out = p.run(&["add-source", "feed.xml"]);
    assert_eq!(out.code, Some(2), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("it is a news feed (RSS) of 2 items, not one article"),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(p.file("facts.yaml")).unwrap(),
        before
    );
    assert!(!p.file("sources").exists());
}

#[test]
fn an_atom_entry_is_read_as_an_rss_item_is() {
    let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Field Blog</title>
<entry><title>Wells dry up in Turkana</title>
<link rel="alternate" href="https://blog.example.org/wells"/>
<author><name>Ann Lee</name></author><published>2024-02-01T10:00:00Z</published>
<content type="html">&lt;p&gt;About 40 wells have dried up since December, the county said.&lt;/p&gt;</content>
</entry></feed>"#;
    let p = project(&[("entry.atom", atom.as_bytes())]);
    let (text, said) = added(&p, "entry.atom", "wells");
    assert_eq!(
        text,
        "About 40 wells have dried up since December, the county said.\n"
    );
    assert!(
        said.contains("author      Ann Lee (from the page)"),
        "{said}"
    );
    assert!(said.contains("https://blog.example.org/wells"), "{said}");
    drafted(&p, "wells");
}

const MARKDOWN: &str = "---\ntitle: \"Kenya floods: field update\"\ndate: 2024-05-03\nauthor: \
Field team\n---\n\n# Kenya floods: field update\n\n**Nairobi, 3 May 2024.** Floods since March \
have killed at least 210 people, the\nInterior Ministry said on *Thursday*.\n\n| County | \
Displaced |\n|---|---|\n| Nairobi | 42,000 |\n\n- Some 90 people remain missing, according to \
the [Kenya Red Cross](https://redcross.or.ke).\n- Schools will reopen on 13 May, the education \
ministry said[^1].\n\n[^1]: Statement of 2 May 2024.\n";

#[test]
fn a_markdown_file_gives_its_words_without_its_syntax_and_its_front_matter_as_metadata() {
    let p = project(&[("notes.md", MARKDOWN.as_bytes())]);
    let (text, said) = added(&p, "notes.md", "kenya");
    for syntax in ["**", "](", "[^1]", "| ", "---", "title:"] {
        assert!(!text.contains(syntax), "{syntax}\n{text}");
    }
    for kept in [
        "Floods since March have killed at least 210 people, the Interior Ministry said on \
         Thursday.",
        "Nairobi 42,000",
        "Some 90 people remain missing, according to the Kenya Red Cross.",
        "Schools will reopen on 13 May, the education ministry said.",
    ] {
        assert!(text.contains(kept), "{kept}\n{text}");
    }
    for value in [
        "title       Kenya floods: field update (from the page)",
        "published   2024-05-03 (from the page)",
        "author      Field team (from the page)",
    ] {
        assert!(said.contains(value), "{value}\n{said}");
    }
    let drafts = drafted(&p, "kenya");
    assert!(
        drafts.contains("claimed_by: \"the Kenya Red Cross\""),
        "{drafts}"
    );
}
