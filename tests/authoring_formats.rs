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
        "Nairobi: Displaced 42,000",
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

const TRANSCRIPT: &str = "Press briefing, March 12, 2024\n\n\
MS. JEAN-PIERRE: Good afternoon, everyone. Today, the President signed an executive order that \
will expand access to child care for 1.2 million families.\n\n\
MR. KIRBY: Thanks, Karine. Over the weekend, the Pentagon delivered a further $300 million in \
security assistance to Ukraine.\n\n\
We believe that roughly 40 percent of the munitions will arrive before the end of the month.\n\n\
Q John, can you confirm reports that 12 aid workers were killed in Gaza yesterday?\n\n\
MS. JEAN-PIERRE: According to CBP, about 140,000 encounters were recorded in February.\n";

#[test]
fn a_transcripts_turns_give_each_sentence_its_speaker_and_a_reporters_question_none() {
    let p = project(&[("briefing.txt", TRANSCRIPT.as_bytes())]);
    added(&p, "briefing.txt", "briefing");
    let drafts = drafted(&p, "briefing");
    let draft = |words: &str| {
        let at = drafts
            .find(words)
            .unwrap_or_else(|| panic!("{words}\n{drafts}"));
        let start = drafts[..at].rfind("  - id:").unwrap();
        let end = drafts[at..].find("\n\n").map_or(drafts.len(), |e| at + e);
        drafts[start..end].to_owned()
    };
    for (words, who) in [
        ("the President signed an executive order", "Ms. Jean-Pierre"),
        ("the Pentagon delivered a further $300 million", "Mr. Kirby"),
        ("We believe that roughly 40 percent", "Mr. Kirby"),
        ("about 140,000 encounters", "CBP"),
    ] {
        let d = draft(words);
        assert!(d.contains(&format!("claimed_by: \"{who}\"")), "{d}");
    }
    // The label is the transcript's, not the speaker's words.
    assert!(
        drafts.contains("quote: \"According to CBP, about 140,000 encounters"),
        "{drafts}"
    );
    // A reporter's question is no fact (it was drafted, `claimed_by: "can you confirm"`).
    assert!(!drafts.contains("can you confirm"), "{drafts}");
}

const RELEASE: &str = "<html><head><title>Government announces £45 million for flood \
defences</title></head><body><article><h1>Government announces £45 million for flood \
defences</h1><p>More than 6,000 homes across Yorkshire will be better protected from flooding, \
the government announced today.</p><p>Environment Secretary Steve Barclay said:</p>\
<blockquote><p>This £45 million investment will help communities across Yorkshire feel safer, \
and is part of our record £5.2 billion programme.</p></blockquote><p>The funding will support 12 \
new flood defence schemes in North and West Yorkshire.</p></article></body></html>";

#[test]
fn a_press_releases_quotation_is_drafted_as_its_speakers_and_the_line_before_it_is_not() {
    let p = project(&[("release.html", RELEASE.as_bytes())]);
    added(&p, "release.html", "release");
    let drafts = drafted(&p, "release");
    let quotation = drafts
        .find("statement: \"This £45 million investment")
        .unwrap();
    let claimed = drafts[quotation..].find("claimed_by: \"Environment Secretary Steve Barclay\"");
    let next = drafts[quotation..].find("  - id:").unwrap_or(drafts.len());
    assert!(claimed.is_some_and(|at| at < next), "{drafts}");
    assert!(
        !drafts.contains("statement: \"Environment Secretary Steve Barclay said:\""),
        "{drafts}"
    );
    // The paragraph after the quotation is no one's quotation.
    let funding = drafts
        .find("statement: \"The funding will support 12")
        .unwrap();
    let end = drafts[funding..]
        .find("\n\n")
        .map_or(drafts.len(), |e| funding + e);
    assert!(!drafts[funding..end].contains("claimed_by"), "{drafts}");
}

/// A page Word saved as "Web Page, Filtered" (windows-1252, its list's bullets drawn in spans
/// for browsers that draw no list).
const WORD_PAGE: &[u8] = b"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n\
<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\r\n\
<meta name=Generator content=\"Microsoft Word 15\">\r\n<title>Statement on the dam</title>\r\n</head>\r\n\
<body lang=EN-GB>\r\n<div class=WordSection1>\r\n\
<p class=MsoNormal>The destruction of the dam has flooded at least 80 settlements, the regional\r\n\
administration said.<o:p></o:p></p>\r\n\
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span\r\n\
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span\r\n\
style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;\r\n\
</span></span></span><![endif]>Evacuations continue from Kherson\x92s Korabel district.<o:p></o:p></p>\r\n\
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span\r\n\
style='font-family:Symbol'><span style='mso-list:Ignore'>1.<span\r\n\
style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;\r\n\
</span></span></span><![endif]>Water levels rose by 5.3 metres\x97the highest in 30 years.<o:p></o:p></p>\r\n\
</div>\r\n</body>\r\n</html>\r\n";

#[test]
fn a_word_documents_list_bullets_are_not_the_articles_words() {
    let p = project(&[("statement.htm", WORD_PAGE)]);
    let (text, _) = added(&p, "statement.htm", "dam");
    assert!(
        text.contains("\n\nEvacuations continue from Kherson\u{2019}s Korabel district.\n\n"),
        "{text}"
    );
    assert!(
        text.contains("\n\nWater levels rose by 5.3 metres\u{2014}the highest in 30 years."),
        "{text}"
    );
    assert!(!text.contains('\u{b7}'), "{text}");
    let drafts = drafted(&p, "dam");
    assert!(
        drafts.contains("quote: \"Water levels rose by 5.3"),
        "{drafts}"
    );
}

/// A report exported from a PDF with `pdftotext -layout`: each page's header padded to the
/// right margin, lines wrapped mid-sentence, a page number alone.
fn pdf_text() -> String {
    let header = format!(
        "UNHCR Regional Bureau for Europe{}Ukraine Situation Flash Update #42\n{}12 March 2023\n",
        " ".repeat(36),
        " ".repeat(88)
    );
    format!(
        "{header}\nKey developments\nMore than 8.1 million refugees from Ukraine have been recorded \
         across Europe, of whom\nsome 4.8 million have registered for temporary protection or \
         similar national\nschemes. On 10 March, a convoy of 12 trucks delivered non-food items to \
         Kherson,\naccording to UNHCR.\n\n{}1\n\n{header}\nProtection\nUNHCR and partners have \
         reached 3.2 million people with protection services since\n24 February 2022, the \
         agency said.\n\n{}2\n",
        " ".repeat(94),
        " ".repeat(94)
    )
}

#[test]
fn a_pdfs_text_gives_whole_sentences_and_no_draft_of_its_running_header() {
    let p = project(&[("report.txt", pdf_text().as_bytes())]);
    let out = p.run(&[
        "add-source",
        "report.txt",
        "--id",
        "flash",
        "--published",
        "2023-03-12",
        "--title",
        "Flash Update 42",
        "--publisher",
        "UNHCR",
    ]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let drafts = drafted(&p, "flash");
    assert!(
        drafts.contains(
            "quote: \"On 10 March, a convoy of 12 trucks delivered non-food items to Kherson, \
             according to UNHCR.\""
        ),
        "{drafts}"
    );
    assert!(!drafts.contains("Flash Update #42"), "{drafts}");
    p.check().none("quote-ambiguous");
}

#[test]
fn a_page_saved_complete_gives_the_address_the_browser_saved_it_from() {
    let page = "<!DOCTYPE html>\n<!-- saved from url=(0052)https://www.example-news.org/world/2024/\
                03/quake.html -->\n<html lang=\"en\"><head><title>Quake kills 12 in Peru</title>\
                <link rel=\"stylesheet\" href=\"./Quake_files/main.css\"></head><body><article>\
                <h1>Quake kills 12 in Peru</h1><p>A magnitude 6.1 earthquake killed at least 12 \
                people in southern Peru on Tuesday, the civil defence agency said.</p>\
                <img src=\"./Quake_files/photo.jpg\"></article></body></html>";
    let p = project(&[("Quake.html", page.as_bytes())]);
    let (_, said) = added(&p, "Quake.html", "quake");
    assert!(
        said.contains(
            "url         https://www.example-news.org/world/2024/03/quake.html (from the page)"
        ),
        "{said}"
    );
}

#[test]
fn a_weekday_the_page_dates_in_its_markup_dates_the_draft_without_changing_the_text() {
    let page = r#"<!doctype html><html lang="en"><head><title>Grain deal ends</title>
<meta property="article:published_time" content="2023-07-19T10:00:00Z"></head><body><article>
<h1>Grain deal ends</h1>
<p>On <time datetime="2023-07-17">Monday</time>, Russia said it would not extend the Black Sea
grain deal, which had let 32.9 million tonnes of food leave Ukraine's ports.</p>
<p>Wheat prices rose 8.2% in Chicago trading on Monday, the highest daily rise in a year.</p>
</article></body></html>"#;
    let p = project(&[("grain.html", page.as_bytes())]);
    let (text, said) = added(&p, "grain.html", "grain");
    // The text is the words a reader sees, for quotes to be found in.
    assert!(text.starts_with("On Monday, Russia said"), "{text}");
    assert!(
        said.contains("\"Monday\" = 2023-07-17; kept in sources/grain.days"),
        "{said}"
    );
    let drafts = drafted(&p, "grain");
    // Which Monday the page meant; the other Monday, unmarked, is dated by its words.
    assert!(
        drafts.contains(
            "date: On Monday = 2023-07-17 (the page marked \"Monday\" as <time \
             datetime=\"2023-07-17\">) (+2)"
        ),
        "{drafts}"
    );
    assert!(
        drafts.contains("date: 2023-07-17  # \"On Monday\": the page's <time datetime> gave"),
        "{drafts}"
    );
    assert_eq!(drafts.matches("the page marked").count(), 1, "{drafts}");
}

#[test]
fn a_days_file_left_by_an_earlier_source_of_the_id_is_not_kept_silently() {
    let page = |day: &str, time: &str| {
        format!(
            "<!doctype html><html lang=\"en\"><head><title>Bridge</title><meta \
             property=\"article:published_time\" content=\"{day}T10:00:00Z\"></head><body>\
             <article><h1>Bridge</h1><p>The bridge was closed {time} after 40 cracks were \
             found, the council said.</p></article></body></html>"
        )
    };
    let marked = page(
        "2023-07-19",
        "<time datetime=\"2023-07-17\">on Monday</time>",
    );
    let unmarked = page("2023-08-30", "on Monday");
    let p = project(&[
        ("marked.html", marked.as_bytes()),
        ("unmarked.html", unmarked.as_bytes()),
    ]);
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let days = p.file("sources/bridge.days");
    // The first page is added, then taken out again but for its days file.
    let again = |page: &str| {
        added(&p, "marked.html", "bridge");
        std::fs::write(p.file("facts.yaml"), &facts).unwrap();
        std::fs::remove_file(p.file("sources/bridge.txt")).unwrap();
        p.run(&["add-source", page, "--id", "bridge"])
    };
    let out = again("unmarked.html");
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("`sources/bridge.days` was there without its text"),
        "{}",
        out.stderr
    );
    // Its Monday, 17 July, is not the Monday of the page added now.
    assert!(!days.exists());
    assert!(!drafted(&p, "bridge").contains("2023-07-17"));
    std::fs::write(p.file("facts.yaml"), &facts).unwrap();
    std::fs::remove_file(p.file("sources/bridge.txt")).unwrap();
    let out = again("marked.html");
    assert!(
        out.stderr.contains("replaced it with this page's days"),
        "{}",
        out.stderr
    );
    assert!(days.exists());
}

#[test]
fn a_feed_saved_by_hand_as_a_source_file_is_flagged_as_markup_not_checked_as_text() {
    let atom = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\
                <title>Wire</title><entry><title>Quake</title><content type=\"html\">&lt;p&gt;\
                A 6.8-magnitude earthquake struck Morocco, killing at least 820 people, the \
                ministry said.&lt;/p&gt;</content></entry></feed>\n";
    for (name, feed, kind) in [
        ("item.xml", RSS_ITEM, "a saved news feed (RSS XML)"),
        ("quake.txt", atom, "a saved news feed (Atom XML)"),
    ] {
        let facts = format!(
            "{BRIEFING}\nsources:\n  - id: wire\n    title: \"Quake\"\n    publisher: W\n    \
             file: sources/{name}\n\nfacts:\n  - id: f\n    statement: \"At least 820 died.\"\n    \
             topic: T\n    sources:\n      - source: wire\n        quote: \"killing at least \
             820 people\"\n    verified_by: me\n"
        );
        let p = Project::new(&facts, &[(&format!("sources/{name}"), feed.as_bytes())]);
        let r = p.check();
        let hit = r.one("source-is-html", 9, 11);
        assert!(
            hit.message.contains(&format!("is {kind}, not the")),
            "{hit:#?}"
        );
        assert!(hit.message.contains("factsheet add-source"), "{hit:#?}");
        let out = p.run(&["suggest", "wire"]);
        assert_eq!(out.code, Some(2), "{}", out.stdout);
        assert!(out.stderr.contains(kind), "{}", out.stderr);
    }
}

#[test]
fn add_source_says_what_it_read_a_feed_a_markdown_file_or_a_page() {
    let markdown = "---\ntitle: Floods\n---\n\nRiver levels rose by 2 metres on Friday, the \
                    agency said.\n";
    let page = "<!doctype html><html><body><article><p>River levels rose by 3 metres on \
                Friday, the agency said in a statement.</p></article></body></html>";
    let p = project(&[
        ("item.xml", RSS_ITEM.as_bytes()),
        ("notes.md", markdown.as_bytes()),
        ("page.html", page.as_bytes()),
    ]);
    for (file, id, from) in [
        (
            "item.xml",
            "quake",
            "extracted from the news feed's item (RSS) `item.xml`",
        ),
        (
            "notes.md",
            "floods",
            "extracted from the Markdown file `notes.md`",
        ),
        (
            "page.html",
            "river",
            "extracted from the web page `page.html`",
        ),
    ] {
        let (_, said) = added(&p, file, id);
        assert!(said.contains(from), "{from}\n{said}");
    }
}

#[test]
fn a_draft_from_a_row_of_a_data_table_keeps_the_columns_headers() {
    let page = "<!doctype html><html><body><article><h1>Floods in Darfur</h1><p>Torrential rains \
                have hit several localities in Darfur, the commission said on Tuesday.</p>\
                <table><thead><tr><th>Locality</th><th>People affected</th><th>Homes destroyed\
                </th></tr></thead><tbody><tr><td>Tawila</td><td>42,000</td><td>7,350</td></tr>\
                </tbody></table></article></body></html>";
    let p = project(&[("floods.html", page.as_bytes())]);
    let (text, _) = added(&p, "floods.html", "floods");
    assert!(
        text.contains("Tawila: People affected 42,000; Homes destroyed 7,350\n"),
        "{text}"
    );
    let drafts = drafted(&p, "floods");
    assert!(
        drafts.contains("quote: \"Tawila: People affected 42,000; Homes destroyed 7,350\""),
        "{drafts}"
    );
    // The figure says what it counts, and where: its column's header and its row's label.
    assert!(
        drafts.contains("label: \"People affected, Tawila\""),
        "{drafts}"
    );
}

#[test]
fn a_word_processors_title_paragraph_is_the_headline_of_an_exported_document() {
    let gdocs = "<html><head><meta charset=\"utf-8\"></head><body class=\"doc-content\"><p \
                 class=\"c3 title\" id=\"h.abc\"><span class=\"c1\">Field notes: water access \
                 in Cox&rsquo;s Bazar</span></p><p class=\"c3\"><span>Water supply in Camp 14 \
                 fell to 9 litres per person per day in March, the cluster said.</span></p>\
                 </body></html>";
    let word = "<html><body><div class=WordSection1><p class=MsoTitle>Statement on the dam</p>\
                <p class=MsoNormal>The breach flooded 80 villages on Tuesday, the ministry \
                said in a statement.</p></div></body></html>";
    let p = project(&[
        ("notes.html", gdocs.as_bytes()),
        ("word.htm", word.as_bytes()),
    ]);
    let out = p.run(&["add-source", "notes.html"]);
    assert!(
        out.stdout
            .contains("title       Field notes: water access in Cox’s Bazar (from the page)"),
        "{}{}",
        out.stdout,
        out.stderr
    );
    assert!(
        out.stdout.contains("added source `field-notes-water"),
        "{}",
        out.stdout
    );
    let out = p.run(&["add-source", "word.htm"]);
    assert!(
        out.stdout
            .contains("title       Statement on the dam (from the page)"),
        "{}{}",
        out.stdout,
        out.stderr
    );
}

#[test]
fn the_label_above_a_headline_and_the_dates_below_the_article_are_the_pages() {
    let page = "<!doctype html><html><head><title>£45 million for flood defences - GOV.UK\
                </title></head><body><main><div class=\"gem-c-title\"><span \
                class=\"gem-c-title__context\">Press release</span><h1>£45 million for flood \
                defences</h1></div><p>More than 6,000 \
                homes across Yorkshire will be better protected from flooding, Environment \
                Secretary Steve Barclay announced today.</p><p>The funding will support 12 new \
                flood defence schemes, including a new flood wall in Mytholmroyd.</p><div \
                class=\"gem-c-published-dates\"><p>Published 19 February 2024<br>Last updated \
                20 February 2024 <a href=\"#history\">+ show all updates</a></p></div></main>\
                </body></html>";
    let p = project(&[("press.html", page.as_bytes())]);
    let (text, _) = added(&p, "press.html", "flood");
    assert!(!text.contains("Press release"), "{text}");
    assert!(text.starts_with("More than 6,000 homes"), "{text}");
    assert!(text.ends_with("flood wall in Mytholmroyd.\n"), "{text}");
}
