//! `add-source` and `suggest` on the kinds of page whose furniture is not a menu or a footer:
//! a consent wall laid over the article, a page of several `<article>`s of which one is the
//! story, a free newsletter's post with its sign-up box, a situation report with a table. The
//! real binary, on saved pages in tests/fixtures/pages/rt10-*.html.

mod common;
use common::{Project, page_project as project};

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

/// The draft of the sentence that begins `start` in `suggest`'s output.
fn draft_of<'a>(drafts: &'a str, start: &str) -> &'a str {
    let at = drafts
        .find(&format!("statement: \"{start}"))
        .unwrap_or_else(|| panic!("no draft of {start}: {drafts}"));
    let draft = &drafts[at..];
    // It ends before the next draft's reasons, which stand after a blank line.
    let end = [draft.find("\n  - id:"), draft.find("\n\n")]
        .into_iter()
        .flatten()
        .min();
    &draft[..end.unwrap_or(draft.len())]
}

#[test]
fn a_day_written_in_ukrainian_is_the_facts_date_and_not_a_figure() {
    let p = project("rt11-bilingual.html");
    added(&p, "rt11-bilingual.html", "odesa");
    let out = p.run(&["suggest", "odesa", "--limit", "40"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let draft = draft_of(&out.stdout, "15 березня Росія");
    assert!(!draft.contains("value: 15"), "{draft}");
    assert!(draft.contains("date: 2024-03-15"), "{draft}");
}

#[test]
fn a_header_byline_with_its_date_leaves_the_text_when_the_metadata_named_the_author() {
    let p = project("rt11-paywall.html");
    let (said, text) = added(&p, "rt11-paywall.html", "fuel");
    assert!(said.contains("Oliver Wright"), "{said}");
    assert!(!text.contains("Policy Editor"), "{text}");
    assert!(
        text.contains("Jeremy Hunt will extend the 5p cut"),
        "{text}"
    );
    let out = p.run(&["suggest", "fuel", "--limit", "40"]);
    assert!(!out.stdout.contains("Oliver Wright"), "{}", out.stdout);
}

#[test]
fn a_byline_with_its_date_after_a_dot_gives_the_author_and_leaves_the_text() {
    let p = project("rt10-consent-wall.html");
    let (said, text) = added(&p, "rt10-consent-wall.html", "antwerp");
    assert!(said.contains("author      Pieter De Smet"), "{said}");
    assert!(!text.contains("By Pieter De Smet"), "{text}");
}

#[test]
fn a_press_releases_line_of_fields_is_left_out_and_its_dublin_core_date_read() {
    let p = project("rt11-gov-statement.html");
    let (said, text) = added(&p, "rt11-gov-statement.html", "redsea");
    assert!(!text.contains("No: 004/24"), "{text}");
    assert!(text.contains("Norway condemns the attacks"), "{text}");
    assert!(said.contains("published   2024-01-12"), "{said}");
    let out = p.run(&["suggest", "redsea", "--limit", "40"]);
    assert!(!out.stdout.contains("Press release"), "{}", out.stdout);
}

#[test]
fn a_section_front_of_headlines_is_refused_naming_them() {
    let p = project("rt11-index-page.html");
    let before = std::fs::read(p.file("facts.yaml")).unwrap();
    let out = p.run(&["add-source", "rt11-index-page.html", "--id", "africa"]);
    assert_eq!(out.code, Some(2), "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("a list of stories"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("\"Kenya floods: death toll rises to 210\""),
        "{}",
        out.stderr
    );
    assert!(!p.file("sources/africa.txt").exists());
    assert_eq!(std::fs::read(p.file("facts.yaml")).unwrap(), before);
}

#[test]
fn a_posts_reading_time_and_claps_leave_the_text_and_the_publication_the_title() {
    let p = project("rt11-medium.html");
    let (said, text) = added(&p, "rt11-medium.html", "sahel");
    assert!(
        said.contains("title       What the Sahel withdrawal means for food aid (from"),
        "{said}"
    );
    assert!(!text.contains("min read"), "{text}");
    assert!(!text.starts_with("214"), "{text}");
    assert!(text.starts_with("Mali, Burkina Faso and Niger"), "{text}");
}

#[test]
fn a_telegram_export_is_read_as_its_messages_under_the_channels_name() {
    let p = project("rt11-telegram-export.html");
    let (said, text) = added(&p, "rt11-telegram-export.html", "kherson");
    assert!(
        said.contains("publisher   Kherson Regional Military Administration"),
        "{said}"
    );
    assert!(said.contains("published   2022-11-14"), "{said}");
    assert!(!said.contains("Exported Data"), "{said}");
    assert!(text.starts_with("Over the past day"), "{text}");
    for stamp in ["\nK\n", "09:12", "13:40", "17:58:10"] {
        assert!(!text.contains(stamp), "{stamp}: {text}");
    }
    // A forwarded message is led by whom it came from.
    assert!(
        text.contains("Volodymyr Zelensky: Today I was in Kherson."),
        "{text}"
    );
}

#[test]
fn an_x_thread_is_its_writers_posts_without_replies_or_recommendations() {
    let p = project("rt11-x-thread.html");
    let (said, text) = added(&p, "rt11-x-thread.html", "unrwa");
    assert!(said.contains("author      UNRWA"), "{said}");
    assert!(
        text.starts_with("Since 7 October, 142 UNRWA staff"),
        "{text}"
    );
    assert!(text.contains("1.9 million people"), "{text}");
    for furniture in [
        "Replying to",
        "Heartbreaking",
        "Discover more",
        "Conversation",
    ] {
        assert!(!text.contains(furniture), "{furniture}: {text}");
    }
}

#[test]
fn a_ministry_named_as_the_creator_is_the_author_whole() {
    let p = project("rt11-gov-statement.html");
    let (said, _) = added(&p, "rt11-gov-statement.html", "redsea");
    assert!(
        said.contains("author      Ministry of Foreign Affairs (from"),
        "{said}"
    );
}

#[test]
fn a_wikis_infobox_is_left_out_and_its_rows_not_drafted() {
    let p = project("rt10-wikipedia.html");
    let (_, text) = added(&p, "rt10-wikipedia.html", "derna");
    assert!(!text.contains("(estimated)"), "{text}");
    assert!(!text.contains("Missing 10,000+"), "{text}");
    assert!(text.contains("3,958 bodies had been recovered"), "{text}");
    let out = p.run(&["suggest", "derna", "--limit", "40"]);
    assert!(!out.stdout.contains("(official)"), "{}", out.stdout);
}

/// `suggest`'s drafts of the source `id` (all of them, up to 40).
fn drafts(p: &Project, id: &str) -> String {
    let out = p.run(&["suggest", id, "--all", "--limit", "40"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    out.stdout
}

#[test]
fn an_embedded_tweet_is_left_out_of_a_news_sites_page_and_not_drafted() {
    let p = project("rt12-complete.html");
    let (said, text) = added(&p, "rt12-complete.html", "sudan");
    assert!(
        said.contains("url         https://www.dailychronicle.example/"),
        "{said}"
    );
    for gone in [
        "Huge fire",
        "@sudanwatch",
        "Sign up",
        "Photograph:",
        "Related:",
        "Most viewed",
    ] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    // The pull quote is not written twice.
    assert_eq!(text.matches("darkness since dawn").count(), 1, "{text}");
    assert!(text.contains("largely spared."), "{text}");
    assert!(!drafts(&p, "sudan").contains("Huge fire"));
}

#[test]
fn a_pages_footnotes_are_left_out_and_not_drafted_as_its_claims() {
    let p = project("rt12-footnotes.html");
    let (_, text) = added(&p, "rt12-footnotes.html", "measles");
    assert!(!text.contains("Provisional figures"), "{text}");
    assert!(!text.contains("joint press release"), "{text}");
    // The correction is the article's own.
    assert!(text.contains("The correct figure is 30,692."), "{text}");
    assert!(!drafts(&p, "measles").contains("Provisional figures"));
}

#[test]
fn an_author_fields_label_is_left_out_of_the_author_of_a_windows_1251_page() {
    let p = project("rt12-cp1251.html");
    let (said, text) = added(&p, "rt12-cp1251.html", "novosibirsk");
    assert!(
        said.contains("author      Ольга Смирнова (from the page)"),
        "{said}"
    );
    assert!(!said.contains("Автор:"), "{said}");
    assert!(text.contains("минус 32 градусов"), "{text}");
}

#[test]
fn a_page_saved_with_singlefile_gives_the_address_it_was_saved_from() {
    let p = project("rt12-singlefile.html");
    let (said, _) = added(&p, "rt12-singlefile.html", "rotterdam");
    let url = "https://www.harbourpost.example/news/2025/05/19/rotterdam-port-cyberattack";
    assert!(
        said.contains(&format!("url         {url} (from the page)")),
        "{said}"
    );
}

#[test]
fn a_pdfs_page_header_with_its_page_number_is_not_drafted() {
    let p = project("rt12-pdf-press.txt");
    added(&p, "rt12-pdf-press.txt", "haiti");
    let out = p.run(&["suggest", "haiti", "--limit", "40"]);
    assert!(!out.stdout.contains("Page 1 of 2\""), "{}", out.stdout);
    assert!(
        out.stdout.contains("38 percent of the funds"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_next_js_pages_text_is_read_from_its_data_without_its_captions() {
    let p = project("rt12-nextdata.html");
    let (_, text) = added(&p, "rt12-nextdata.html", "copper");
    let first = text
        .find("Chile's copper production fell 6%")
        .expect("the first paragraph");
    let last = text
        .find("28 million pesos per worker.")
        .expect("the last paragraph");
    assert!(first < last, "{text}");
    assert!(!text.contains("Photo: Reuters"), "{text}");
    assert!(!text.contains("Workers at Escondida"), "{text}");
}

#[test]
fn an_interviews_initials_are_the_speakers_its_labels_named_in_full() {
    let p = project("rt12-interview.html");
    added(&p, "rt12-interview.html", "water");
    let out = drafts(&p, "water");
    let rationing = draft_of(&out, "From July 1, households");
    assert!(
        rationing.contains("claimed_by: \"Gilberto Silva\""),
        "{rationing}"
    );
    // With the initials read, the interview names one answerer, whose "A:" this is.
    let answer = draft_of(&out, "The European Union has committed");
    assert!(
        answer.contains("claimed_by: \"Gilberto Silva\""),
        "{answer}"
    );
    assert!(!out.contains("claimed_by: \"Gs\""), "{out}");
}

#[test]
fn a_live_blogs_until_at_least_thursday_is_no_date_and_has_just_said_no_claimant() {
    let p = project("rt12-liveblog.html");
    added(&p, "rt12-liveblog.html", "storm");
    let out = drafts(&p, "storm");
    let trains = draft_of(&out, "Northern said all trains");
    assert!(!trains.contains("    date:"), "{trains}");
    let river = draft_of(&out, "The Environment Agency has just said");
    assert!(
        river.contains("claimed_by: \"The Environment Agency\""),
        "{river}"
    );
}

#[test]
fn a_reason_cited_is_no_claimant_and_a_passives_agent_is() {
    let p = project("rt13-print.html");
    added(&p, "rt13-print.html", "kenya");
    let out = drafts(&p, "kenya");
    let cut = draft_of(&out, "The Central Bank of Kenya cut");
    assert!(!cut.contains("claimed_by"), "{cut}");
    let p = project("rt13-readerview.html");
    added(&p, "rt13-readerview.html", "wages");
    let out = drafts(&p, "wages");
    let deal = draft_of(&out, "The deal was announced by");
    assert!(
        deal.contains("claimed_by: \"labour minister Asif Mahmud\""),
        "{deal}"
    );
}

#[test]
fn a_name_with_a_middle_initial_is_the_claimant_whole() {
    let p = project("rt12-footnotes.html");
    added(&p, "rt12-footnotes.html", "measles");
    let out = drafts(&p, "measles");
    assert!(out.contains("claimed_by: \"Hans Henri P. Kluge\""), "{out}");
}

#[test]
fn a_print_version_gives_its_headline_site_and_date_without_its_controls() {
    let p = project("rt13-print.html");
    let (said, text) = added(&p, "rt13-print.html", "kenya");
    let title = "title       Kenya's central bank cuts rate to 10.75% (from the page)";
    assert!(said.contains(title), "{said}");
    assert!(
        said.contains("publisher   The Coastal Times (from the page)"),
        "{said}"
    );
    assert!(
        said.contains("published   2025-02-06 (from the page)"),
        "{said}"
    );
    for control in ["Print this page", "Close window", "coastaltimes.example"] {
        assert!(!text.contains(control), "{control}: {text}");
    }
    assert!(text.starts_with("The Central Bank of Kenya cut"), "{text}");
}

#[test]
fn a_saved_reader_view_gives_its_credited_author_and_the_address_it_links_to() {
    let p = project("rt13-readerview.html");
    let (said, _) = added(&p, "rt13-readerview.html", "wages");
    assert!(
        said.contains("author      Farhana Rahman (from the page)"),
        "{said}"
    );
    let url = "url         https://www.deltaherald.example/business/garment-wages (from the page)";
    assert!(said.contains(url), "{said}");
}

#[test]
fn a_next_js_pages_author_and_date_are_read_from_its_data() {
    let p = project("rt12-nextdata.html");
    let (said, _) = added(&p, "rt12-nextdata.html", "copper");
    assert!(
        said.contains("author      Lucía Fernández (from the page)"),
        "{said}"
    );
    assert!(
        said.contains("published   2025-02-11 (from the page)"),
        "{said}"
    );
}

/// The drafts of `id` pasted under `facts:`, and what `check` says of them.
fn checked_drafts(p: &Project, id: &str) -> (String, common::Output) {
    let out = drafts(p, id);
    let mut facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    facts.push_str(&out);
    std::fs::write(p.file("facts.yaml"), facts).unwrap();
    (out, p.run(&["check"]))
}

#[test]
fn a_word_broken_at_a_pdfs_line_end_is_whole_in_the_statement_and_as_filed_in_the_quote() {
    let p = project("rt12-pdf-press.txt");
    added(&p, "rt12-pdf-press.txt", "haiti");
    let (out, check) = checked_drafts(&p, "haiti");
    let draft = draft_of(&out, "The World Food Programme (WFP) will");
    // No other line writes "expand": the hyphen may be the word's, and stays.
    assert!(draft.contains("statement: \"The World Food Programme (WFP) will ex-pand its"));
    assert!(draft.contains("quote: \"The World Food Programme (WFP) will ex- pand its"));
    assert!(
        draft.contains("broken at a line end: \"ex- pand\" as \"ex-pand\""),
        "{draft}"
    );
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
    assert!(!check.stdout.contains("error["), "{}", check.stdout);
    // A text that writes the word whole elsewhere has it whole; a compound keeps its hyphen.
    let p = project("rt13-hyphens.txt");
    added(&p, "rt13-hyphens.txt", "cash");
    let (out, check) = checked_drafts(&p, "cash");
    assert!(
        out.contains("The agency will expand its cash programme"),
        "{out}"
    );
    assert!(out.contains("statement: \"The long-term plan"), "{out}");
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
}

#[test]
fn a_byline_with_a_date_after_a_dot_and_a_date_only_in_the_address_are_read() {
    let p = project("rt13-urldate.html");
    let (said, text) = added(&p, "rt13-urldate.html", "ferry");
    assert!(
        said.contains("author      Adaeze Okafor (from the page)"),
        "{said}"
    );
    assert!(!text.contains("By Adaeze Okafor"), "{text}");
    let p = project("rt13-urldate-only.html");
    let (said, _) = added(&p, "rt13-urldate-only.html", "ferry");
    assert!(
        said.contains("published   2025-03-14 (from the page)"),
        "{said}"
    );
}

#[test]
fn an_aggregators_copy_names_where_it_first_appeared_and_leaves_that_line_out() {
    let p = project("rt13-aggregator.html");
    let (said, text) = added(&p, "rt13-aggregator.html", "vouchers");
    assert!(!text.contains("originally appeared"), "{text}");
    assert!(text.contains("drain money from public schools."), "{text}");
    assert!(
        said.contains("the page says the article first appeared in Nashville Tennessean"),
        "{said}"
    );
}

#[test]
fn an_opinion_pages_site_is_read_from_its_title_and_its_writers_note_is_not_drafted() {
    let p = project("rt15-opinion.html");
    let (said, _) = added(&p, "rt15-opinion.html", "wage");
    assert!(
        said.contains("publisher   The Ledger (from the page)"),
        "{said}"
    );
    let out = p.run(&["suggest", "wage"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("50,000 retail jobs"), "{}", out.stdout);
    for furniture in ["former adviser", "request for comment"] {
        assert!(
            !out.stdout.contains(furniture),
            "{furniture}: {}",
            out.stdout
        );
    }
}

#[test]
fn a_figures_label_ends_before_the_verb_of_a_phrasal_verb() {
    let p = project("rt15-strike.html");
    added(&p, "rt15-strike.html", "lagos");
    let out = p.run(&["suggest", "lagos"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let at = out.stdout.find("value: 35  # \"35%\"").expect(&out.stdout);
    let label = out.stdout[at..].lines().nth(1).unwrap_or_default();
    assert_eq!(label.trim(), "label: \"pay rise\"", "{}", out.stdout);
}

#[test]
fn a_podcast_transcripts_time_code_and_speaker_label_leave_the_quote_and_name_the_claimant() {
    let p = project("rt15-podcast.html");
    added(&p, "rt15-podcast.html", "grain");
    let out = p.run(&["suggest", "grain"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(!out.stdout.contains("00:01:05"), "{}", out.stdout);
    let at = (out
        .stdout
        .find("statement: \"Since August, about 30 million tonnes"))
    .expect(&out.stdout);
    let draft = out.stdout[at..]
        .lines()
        .take(4)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        draft.contains("claimed_by: \"Ivan Petrenko\""),
        "{}",
        out.stdout
    );
}

/// A banner named the way scripts name things (`id="cookiePrompt"`) is a cookie banner: left
/// out, so that a photo gallery, a line of text and its captions, is read, not the banner.
#[test]
fn a_banner_named_in_camel_case_is_left_out_and_a_gallerys_captions_are_read() {
    let p = project("rt16-gallery.html");
    let (said, text) = added(&p, "rt16-gallery.html", "remal");
    assert!(!text.contains("agree to cookies"), "{text}");
    assert!(!said.contains("left some of it out"), "{said}");
    assert!(
        text.contains("Power was cut to about 27 million people as a precaution"),
        "{text}"
    );
    let out = p.run(&["suggest", "remal"]);
    assert!(
        out.stdout.contains("claimed_by: \"the state utility\""),
        "{}",
        out.stdout
    );
}

/// A fact-check's JSON-LD is a `ClaimReview`: its `datePublished` is the page's, so that the
/// days its text names without a year ("on April 9") are counted from it, not left undated;
/// the reviewed claim's own date (under `itemReviewed`) is not taken for it.
#[test]
fn a_fact_checks_claim_review_gives_the_published_day_its_drafts_count_from() {
    let p = project("rt16-factcheck.html");
    let (said, _) = added(&p, "rt16-factcheck.html", "afp");
    assert!(
        said.contains("published   2024-04-11 (from the page)"),
        "{said}"
    );
    let out = p.run(&["suggest", "afp"]);
    assert!(out.stdout.contains("date: 2024-04-09"), "{}", out.stdout);
    assert!(!out.stdout.contains("cannot be counted"), "{}", out.stdout);
}

/// `add-source`'s line of the published day, as it printed it.
fn published_line(out: &str) -> Option<&str> {
    out.lines()
        .find(|l| l.trim_start().starts_with("published"))
}

#[test]
fn a_documents_date_line_and_a_mails_date_header_give_the_published_day() {
    // A Google Docs export: "Date: 14 March 2024" under the title.
    let p = project("rt17-gdoc-date-label.html");
    let (out, text) = added(&p, "rt17-gdoc-date-label.html", "note");
    assert!(
        published_line(&out).is_some_and(|l| l.contains("2024-03-14")),
        "{out}"
    );
    assert!(!text.contains("Date: 14 March 2024"), "{text}");
    // Its "Prepared by:" line names its author, and leaves the text as a byline does.
    let author = out.lines().find(|l| l.trim_start().starts_with("author"));
    assert!(
        author.is_some_and(|l| l.contains("Olena Marchenko")),
        "{out}"
    );
    assert!(!text.contains("Prepared by"), "{text}");
    // A message saved from webmail: its "Date:" header is beside the message, not in it.
    let p = project("rt17-webmail.html");
    let (out, _) = added(&p, "rt17-webmail.html", "brief");
    assert!(
        published_line(&out).is_some_and(|l| l.contains("2024-05-09")),
        "{out}"
    );
    // A German page's "Stand: 03.06.2024 11:45 Uhr" is its date, not a sentence to draft.
    let p = project("rt17-de-stand.html");
    let (_, text) = added(&p, "rt17-de-stand.html", "flut");
    assert!(!text.contains("Stand: 03.06.2024"), "{text}");
    assert!(text.contains("rund 3.000 Menschen"), "{text}");
}

#[test]
fn footnotes_and_comments_that_link_back_to_their_marks_leave_the_text_said_so() {
    // A report saved from Word: its footnotes cite sources, and are no sentences to draft.
    let p = project("rt17-word-report.html");
    let (out, text) = added(&p, "rt17-word-report.html", "myanmar");
    assert!(text.contains("at least 1,652 airstrikes"), "{text}");
    assert!(!text.contains("UNHCR, Myanmar emergency update"), "{text}");
    assert!(
        out.contains("left out 3 notes that the text links to (1, 2, 3)"),
        "{out}"
    );
    let drafts = p.run(&["suggest", "myanmar", "--all"]).stdout;
    assert!(
        !drafts.contains("OCHA, Myanmar humanitarian update"),
        "{drafts}"
    );
    // A Google Docs export: a reviewer's comment "[a]" is no part of the document.
    let p = project("rt17-gdoc-date-label.html");
    let (out, text) = added(&p, "rt17-gdoc-date-label.html", "note");
    assert!(!text.contains("Check figure with OCHA"), "{text}");
    assert!(text.contains("1,450 winter kits"), "{text}");
    assert!(
        out.contains("left out 1 note that the text links to ([a])"),
        "{out}"
    );
}

#[test]
fn a_newsletters_footer_around_its_unsubscribe_link_leaves_the_text() {
    let p = project("rt17-webmail.html");
    let (_, text) = added(&p, "rt17-webmail.html", "brief");
    assert!(text.contains("at least 223 villagers"), "{text}");
    for footer in [
        "You are receiving this email",
        "14 Rue de la Paix",
        "Unsubscribe",
    ] {
        assert!(!text.contains(footer), "{footer}: {text}");
    }
}

#[test]
fn a_forwarded_messages_header_gives_the_day_it_was_sent_and_leaves_the_text() {
    // Outlook's "From: ...<br>Sent: Monday, April 15, 2024 9:12 AM<br>To: ...<br>Subject:".
    let p = project("rt17-outlook-forward.html");
    let (out, text) = added(&p, "rt17-outlook-forward.html", "sudan");
    assert!(
        published_line(&out).is_some_and(|l| l.contains("2024-04-15")),
        "{out}"
    );
    assert!(!text.contains("Subject:"), "{text}");
    assert!(text.contains("more than 36,000 people"), "{text}");
    // "Fecha: 30/10/2024 14:05": a day in digits that reads one way only.
    let p = project("rt17-es-fecha.html");
    let (out, _) = added(&p, "rt17-es-fecha.html", "dana");
    assert!(
        published_line(&out).is_some_and(|l| l.contains("2024-10-30")),
        "{out}"
    );
}
