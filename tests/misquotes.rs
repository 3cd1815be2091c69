//! Misquotes of the four shipped articles, each with one word added, one left out and one
//! changed, checked by the real binary: the `quote-not-found` message shows the passage the quote
//! comes from, and names the word that differs, in words.

mod common;
use common::{ARTICLE, BRIEFING, Project};

/// The shipped articles, by the id the fixture gives each.
const ARTICLES: [(&str, &str); 4] = [
    ("opoyi", "000_52e49007bc550fe4.txt"),
    ("newstrack", "001_6deafd6307c91394.txt"),
    ("atalayar", "002_2cdaead7b491f37a.txt"),
    ("wsj", "003_df741e4afeba6b10.txt"),
];

/// A project with the four articles under `sources/` and one fact for each quote of `source`,
/// named `f1`, `f2`, … in order.
fn misquoting(source: &str, quotes: &[&str]) -> Project {
    let mut facts = format!("{BRIEFING}sources:\n");
    let mut files = Vec::new();
    for (id, file) in ARTICLES {
        facts.push_str(&format!(
            "  - id: {id}\n    title: T\n    publisher: P\n    file: sources/{file}\n"
        ));
        let path = format!("{}/sources/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        files.push((format!("sources/{file}"), text));
    }
    facts.push_str("facts:\n");
    for (n, quote) in quotes.iter().enumerate() {
        let quote = quote.replace('\\', "\\\\").replace('"', "\\\"");
        facts.push_str(&format!(
            "  - id: f{}\n    statement: s\n    topic: T\n    sources:\n      - source: {source}\n        \
             quote: \"{quote}\"\n    verified_by: me\n",
            n + 1
        ));
    }
    let files: Vec<(&str, &[u8])> = (files.iter())
        .map(|(path, text)| (path.as_str(), text.as_slice()))
        .collect();
    Project::new(&facts, &files)
}

/// The end of each `quote-not-found` message, after "it is not in the file; ", in fact order.
fn details(source: &str, quotes: &[&str]) -> Vec<String> {
    let report = misquoting(source, quotes).check();
    let misses = report.of("quote-not-found");
    assert_eq!(misses.len(), quotes.len(), "{misses:#?}");
    let file = ARTICLES
        .iter()
        .find(|(id, _)| *id == source)
        .map(|(_, file)| *file)
        .unwrap_or_default();
    (misses.iter().enumerate())
        .map(|(n, miss)| {
            let lead = format!(
                "fact `f{}`: quote not found in `{source}` (`sources/{file}`): it is not in the \
                 file; ",
                n + 1
            );
            let detail = miss.message.strip_prefix(&lead);
            detail.unwrap_or_else(|| panic!("{miss:#?}")).to_owned()
        })
        .collect()
}

#[test]
fn opoyi_misquotes_name_the_word_added_left_out_and_changed() {
    let found = details(
        "opoyi",
        &[
            "The humanitarian situation of Ukraine has badly worsened.",
            "At least 660,000 individuals have left the country",
            "The city of Kherson is nearly 550 kilometers away from Kiev",
            // Added first, after the end of the previous sentence.
            "Sadly the humanitarian situation of Ukraine has worsened.",
        ],
    );
    assert_eq!(
        found,
        [
            "the closest passage reads \"The humanitarian situation of Ukraine has worsened.\"; \
             the quote adds `badly`",
            "the closest passage reads \"At least 660,000 individuals have already left the \
             country\"; the quote leaves out `already`",
            "the closest passage reads \"The city of Kherson is nearly 550 kilometers away from \
             Kyiv\"; the quote has `Kiev` where the article has `Kyiv`",
            "the closest passage reads \"The humanitarian situation of Ukraine has worsened.\"; \
             the quote has `Sadly`, `the` where the article has `The`",
        ]
    );
}

#[test]
fn newstrack_misquotes_name_the_word_added_left_out_and_changed() {
    let found = details(
        "newstrack",
        &[
            "Russian soldiers have taken full control of Kherson's river port",
            "Electricity was cut as a result of the shelling",
            "at least 128 people were injured in the shelling by Russian forces",
        ],
    );
    assert_eq!(
        found,
        [
            "the closest passage reads \"Russian soldiers have taken control of Kherson's river \
             port\"; the quote adds `full`",
            "the closest passage reads \"Electricity was also cut as a result of the shelling\"; \
             the quote leaves out `also`",
            "the closest passage reads \"at least 128 persons were injured in the shelling by \
             Russian forces\"; the quote has `people` where the article has `persons`",
        ]
    );
}

#[test]
fn atalayar_misquotes_name_the_word_added_left_out_and_changed() {
    let found = details(
        "atalayar",
        &[
            "The city, isolated by Russian troops, is in a very critical state.",
            "the Russian army is moving towards Odessa",
            "The Russian authorities claim to have captured Melitopol",
        ],
    );
    assert_eq!(
        found,
        [
            "the closest passage reads \"The city, isolated by Russian troops, is in a critical \
             state.\"; the quote adds `very`",
            "the closest passage reads \"the Russian army is now moving towards Odessa\"; the \
             quote leaves out `now`",
            "the closest passage reads \"The Russian authorities claim to have taken \
             Melitopol\"; the quote has `captured` where the article has `taken`",
        ]
    );
}

#[test]
fn wsj_misquotes_name_the_word_added_left_out_and_changed() {
    let found = details(
        "wsj",
        &[
            "One million people in Ukraine have already fled to neighboring countries",
            "498 Russian soldiers were killed and 1,597 wounded in the first days of the conflict",
            "One million people in Ukraine have left to neighboring countries",
        ],
    );
    assert_eq!(
        found,
        [
            "the closest passage reads \"One million people in Ukraine have fled to neighboring \
             countries\"; the quote adds `already`",
            "the closest passage reads \"498 Russian soldiers were killed and 1,597 wounded in the \
             first seven days of the conflict\"; the quote leaves out `seven`",
            "the closest passage reads \"One million people in Ukraine have fled to neighboring \
             countries\"; the quote has `left` where the article has `fled`",
        ]
    );
}

#[test]
fn several_differences_are_named_one_after_the_other() {
    let found = details(
        "atalayar",
        &["the Russian army is moving quickly towards Odessa, Ukraine's largest port city"],
    );
    assert_eq!(
        found,
        [
            "the closest passage reads \"the Russian army is now moving towards Odessa, Ukraine's \
          most important port city\"; the quote leaves out `now`; it adds `quickly`; it has \
          `largest` where the article has `most`, `important`"
        ]
    );
}

#[test]
fn words_an_editor_put_in_square_brackets_are_named_as_such() {
    let found = details(
        "opoyi",
        &["The city of Kherson is nearly 550 kilometers away from [the Ukrainian capital] Kyiv"],
    );
    assert!(
        found[0].ends_with(
            "; square brackets mark an editor's words, which a quote cannot hold: quote the \
             article's words, and say it your way in the statement"
        ),
        "{found:?}"
    );
    // Without brackets, no such note.
    let found = details(
        "opoyi",
        &["The city of Kherson is nearly 550 kilometres away from Kyiv"],
    );
    assert!(!found[0].contains("square brackets"), "{found:?}");
}

/// A quote wrapped in quotation marks the article does not have around its words, as a word
/// processor types them (“…”, which YAML keeps as part of the value) or as a quote is set off in
/// print: the message says to remove them, not that the first and last words differ.
#[test]
fn quotation_marks_around_a_whole_quote_are_named_as_such() {
    let report = misquoting(
        "opoyi",
        &[
            "“The humanitarian situation of Ukraine has worsened.”",
            "«At least 660,000 individuals have already left the country»",
        ],
    )
    .check();
    let misses = report.of("quote-not-found");
    assert_eq!(misses.len(), 2, "{misses:#?}");
    for (miss, marks) in misses.iter().zip(["“…”", "«…»"]) {
        assert!(
            miss.message.ends_with(&format!(
                "the article has its words, but not the quotation marks around the quote \
                 (`{marks}`): remove them (a YAML value's own quotes are straight ones, \"...\")"
            )),
            "{miss:#?}"
        );
    }
    // Where the article has them, the quote stands as it is.
    let report = misquoting(
        "opoyi",
        &["“The Rusian divisions of the armed forces have taken"],
    )
    .check();
    report.none("quote-not-found");
}

/// A statement's words in quotation marks are a quotation: a word changed in them is a
/// misquotation, even though the fact's own quote is right.
#[test]
fn a_statement_s_quotation_must_stand_in_a_quote() {
    let rule = "quotation-not-in-quote";
    let quote = "have taken the regional center of Kherson under full control";
    common::finds(
        rule,
        ARTICLE,
        "The ministry said its forces had taken Kherson “under complete control”.",
        quote,
        "“under complete control”, words that none of its quotes gives, nor the text of a \
         source it cites",
    );
    common::finds(
        rule,
        ARTICLE,
        "Its forces had taken Kherson under full control, “According to AFP reports”.",
        quote,
        "“According to AFP reports”, words that none of its quotes gives, though `a` has them: \
         add them to its quote",
    );
    // Case, the sentence's own stop, an ellipsis and words in brackets are not compared.
    for statement in [
        "The ministry said they “Have taken the regional center of Kherson under full control.”",
        "Its divisions “have taken the regional center … under full control”, it said.",
        "It said “[Russian forces] have taken the regional center of Kherson”.",
        "Russia’s ministry says the city is under “full control”; the soldiers’ orders are not known.",
        "The ministry said its divisions had taken Kherson 'under full control'.",
    ] {
        common::silent(rule, ARTICLE, &statement.replace('\'', "''"), quote);
    }
}

/// The finding points at the quoted words, and a quotation from a source in another language is
/// left alone: the statement may translate it.
#[test]
fn a_quotation_is_found_at_its_words_and_a_translation_is_not_held_to_the_quote() {
    let facts = |language: &str| {
        format!(
            "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\n\
             {language}facts:\n  - id: f\n    statement: \"The mayor called it “a grave crime”.\"\n    \
             topic: T\n    claimed_by: the mayor\n    sources:\n      - source: a\n        \
             quote: \"ein schweres Verbrechen\"\n    verified_by: me\n"
        )
    };
    let text = "Der Bürgermeister nannte es ein schweres Verbrechen.".as_bytes();
    let report = Project::new(&facts(""), &[("a.txt", text)]).check();
    report.one("quotation-not-in-quote", 11, 38);
    let report = Project::new(&facts("    language: de\n"), &[("a.txt", text)]).check();
    report.none("quotation-not-in-quote");
}

/// A quotation that joins the words of two quotes with an ellipsis stands in the quotes.
#[test]
fn a_quotation_may_join_two_quotes_with_an_ellipsis() {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\n\
         facts:\n  - id: f\n    statement: \"The ministry said its divisions “have taken the \
         regional center of Kherson … 498 Russian soldiers were killed”.\"\n    topic: T\n    \
         claimed_by: the ministry\n    sources:\n      - source: a\n        quote: \"have taken \
         the regional center of Kherson\"\n      - source: a\n        quote: \"498 Russian \
         soldiers were killed\"\n    verified_by: me\n"
    );
    let report = Project::new(&facts, &[("a.txt", ARTICLE.as_bytes())]).check();
    report.none("quote-not-found");
    report.none("quotation-not-in-quote");
}
