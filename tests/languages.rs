//! Sources in other languages: a source's `language` decides how its quotes' numbers read
//! (`1.234` and `25,5 Millionen` in German, `1 250` and `12,5 millions` in French), through
//! the real binary.

mod common;
use common::{BRIEFING, Project};

const GERMAN: &str = "Am ersten Tag des Streiks sind nach Angaben der Deutschen Bahn 1.234 \
Fernzüge ausgefallen. Der Schaden beläuft sich laut Bahn auf rund 25,5 Millionen Euro pro Tag.\n";

const FRENCH: &str = "Les pluies ont privé d’électricité 1\u{202f}250 foyers, selon Enedis. Le \
coût des dégâts pourrait dépasser 12,5 millions d’euros, et celui de la reconstruction 1,2 \
milliard.\n";

/// A project with a German source `bahn` and a French source `gard`, and the given facts.
fn with_facts(facts: &str) -> Project {
    let text = format!(
        "{BRIEFING}sources:\n  - id: bahn\n    title: Bahnstreik\n    publisher: P\n    file: de.txt\n    language: de\n  - id: gard\n    title: Inondations\n    publisher: P\n    file: fr.txt\n    language: fr-FR\nfacts:\n{facts}"
    );
    Project::new(
        &text,
        &[("de.txt", GERMAN.as_bytes()), ("fr.txt", FRENCH.as_bytes())],
    )
}

fn fact(id: &str, statement: &str, figure: &str, source: &str, quote: &str) -> String {
    format!(
        "  - id: {id}\n    statement: \"{statement}\"\n    topic: T\n{figure}    sources:\n      - source: {source}\n        quote: \"{quote}\"\n    verified_by: me\n"
    )
}

#[test]
fn english_statements_of_german_and_french_numbers_pass() {
    let facts = [
        fact(
            "trains",
            "Deutsche Bahn said 1,234 long-distance trains were cancelled.",
            "    figure:\n      value: 1234\n      label: trains cancelled\n",
            "bahn",
            "nach Angaben der Deutschen Bahn 1.234 Fernzüge ausgefallen",
        ),
        fact(
            "cost",
            "Deutsche Bahn said the strike cost €25.5 million a day.",
            "",
            "bahn",
            "Der Schaden beläuft sich laut Bahn auf rund 25,5 Millionen Euro pro Tag.",
        ),
        fact(
            "homes",
            "Enedis said 1,250 homes lost power; damage may pass €12.5 million, and rebuilding €1.2 billion.",
            "",
            "gard",
            "privé d’électricité 1\u{202f}250 foyers, selon Enedis. Le coût des dégâts pourrait dépasser 12,5 millions d’euros, et celui de la reconstruction 1,2 milliard.",
        ),
    ]
    .concat();
    let r = with_facts(&facts).check();
    r.none("number-not-in-quote");
    r.none("figure-not-in-quote");
    r.none("invalid-yaml");
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
}

#[test]
fn a_wrong_number_is_still_caught_and_the_quote_shows_how_it_was_read() {
    let facts = [
        fact(
            "trains",
            "Deutsche Bahn said 1,243 long-distance trains were cancelled.",
            "    figure:\n      value: 1.234\n      label: Fernzüge\n",
            "bahn",
            "nach Angaben der Deutschen Bahn 1.234 Fernzüge ausgefallen",
        ),
        fact(
            "cost",
            "Deutsche Bahn said the strike cost €25.5 billion a day.",
            "",
            "bahn",
            "auf rund 25,5 Millionen Euro pro Tag",
        ),
    ]
    .concat();
    let r = with_facts(&facts).check();
    assert_eq!(r.code, Some(1));
    let stated = r.of("number-not-in-quote");
    assert_eq!(stated.len(), 2, "{stated:#?}");
    assert!(
        stated[0].message.contains(
            "the statement's `1,243` is in none of its quotes (they give `1.234` read as 1,234)"
        ),
        "{stated:#?}"
    );
    assert!(
        stated[1]
            .message
            .contains("(they give `25,5 Millionen` read as 25,500,000)"),
        "{stated:#?}"
    );
    let figure = r.one("figure-not-in-quote", 20, 14);
    assert!(figure.message.contains("value 1.234"), "{figure:?}");
}

/// A project of one source `s` without a `language` (or with `declared`), and the given facts.
fn untagged(source: &str, declared: &str, facts: &str) -> Project {
    let text = format!(
        "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n{declared}facts:\n{facts}"
    );
    Project::new(&text, &[("s.txt", source.as_bytes())])
}

#[test]
fn an_untagged_source_is_read_in_the_language_its_text_is_in() {
    // German, Russian, Polish, Italian and other articles whose entries forgot `language`.
    let russian = "Из региона выехали 1,5 млн человек, по данным ООН. Цены выросли на 1.500 \
                   рублей, сообщил мэр. Это было в пятый раз.\n";
    let polish = "Polska przyjęła 15 tys. uchodźców w ciągu doby. Wydano 2,5 mln zł, a 1,5 \
                  miliona osób wyjechało.\n";
    let italian = "Il governo stanzia 3 miliardi di euro. Sono arrivati 2,5 milioni di turisti.\n";
    // Dutch, Czech, Turkish and Swedish ones, whose decimal comma English would misread.
    let dutch = "Volgens de politie zijn er 1,5 miljoen mensen op straat geweest, maar het \
                 kabinet heeft dat niet bevestigd.\n";
    let czech = "Podle ministerstva přišlo 1,5 milionu lidí, řekl mluvčí. Město však také čeká.\n";
    let turkish = "Bakanlık, 1,5 milyon kişinin tahliye edildiğini söyledi ve bu sayı daha da \
                   artabilir.\n";
    let swedish = "Enligt polisen deltog 1,5 miljoner människor, och det är inte första gången.\n";
    for (source, statement, quote) in [
        (
            GERMAN,
            "1,234 long-distance trains were cancelled.",
            "1.234 Fernzüge",
        ),
        (
            GERMAN,
            "The strike cost €25.5 million a day.",
            "rund 25,5 Millionen Euro pro Tag",
        ),
        (
            russian,
            "1.5 million people left the region.",
            "выехали 1,5 млн человек",
        ),
        (
            russian,
            "Prices rose by 1,500 roubles.",
            "Цены выросли на 1.500 рублей",
        ),
        (
            polish,
            "Poland took in 15,000 refugees.",
            "Polska przyjęła 15 tys. uchodźców",
        ),
        (
            polish,
            "1.5 million people left.",
            "1,5 miliona osób wyjechało",
        ),
        (
            italian,
            "2.5 million tourists arrived.",
            "Sono arrivati 2,5 milioni di turisti",
        ),
        (
            dutch,
            "1.5 million people took to the streets.",
            "1,5 miljoen mensen op straat",
        ),
        (czech, "1.5 million people came.", "přišlo 1,5 milionu lidí"),
        (
            turkish,
            "1.5 million people were evacuated.",
            "1,5 milyon kişinin tahliye edildiğini",
        ),
        (
            swedish,
            "1.5 million people took part.",
            "deltog 1,5 miljoner människor",
        ),
    ] {
        let r = untagged(source, "", &fact("f", statement, "", "s", quote)).check();
        r.none("number-not-in-quote");
        assert_eq!(r.code, Some(0), "{statement}: {:#?}", r.hits());
    }
}

/// A statement kept in the article's language reads its numbers as that language writes them:
/// "40 тысяч" is 40,000, as in its quote; a wrong one is still caught, and an English
/// statement with a Cyrillic name reads as English.
#[test]
fn a_statement_in_the_article_s_language_reads_its_numbers_that_way() {
    let russian = "В Херсоне остались около 40 тысяч жителей, сообщил мэр города. Из региона \
                   выехали 1,5 млн человек.\n";
    let declared = "    language: ru\n";
    let quote = "В Херсоне остались около 40 тысяч жителей, сообщил мэр города";
    let fled = "Из региона выехали 1,5 млн человек";
    for (statement, quote) in [
        (
            "По словам мэра, в Херсоне остались около 40 тысяч жителей.",
            quote,
        ),
        ("Из региона выехали 1,5 млн человек.", fled),
        (
            "About 40,000 residents remained in Херсон, the mayor said.",
            quote,
        ),
    ] {
        let r = untagged(russian, declared, &fact("f", statement, "", "s", quote)).check();
        let found = r.of("number-not-in-quote");
        assert!(found.is_empty(), "{statement}: {found:#?}");
    }
    let statement = "По словам мэра, в Херсоне остались около 50 тысяч жителей.";
    let r = untagged(russian, declared, &fact("f", statement, "", "s", quote)).check();
    assert_eq!(r.of("number-not-in-quote").len(), 1, "{:#?}", r.hits());
}

/// A German statement too short for its words to tell its language, taken as drafted from its
/// quote, reads "3.000" as the quote does (3,000, not 3); a wrong figure is still caught, and
/// an English statement citing the German quote still reads its "3,000" as English.
#[test]
fn a_statement_in_its_quote_s_words_reads_its_numbers_as_the_quote_does() {
    let german = "Nach Angaben des bayerischen Innenministeriums waren am Montag rund 3.000 \
                  Menschen in Notunterkünften untergebracht.\n";
    let declared = "    language: de\n";
    let quote = "Nach Angaben des bayerischen Innenministeriums waren am Montag rund 3.000 \
                 Menschen in Notunterkünften untergebracht.";
    let drafted = quote;
    let r = untagged(german, declared, &fact("f", drafted, "", "s", quote)).check();
    let found = r.of("number-not-in-quote");
    assert!(found.is_empty(), "{found:#?}");
    let wrong = drafted.replace("3.000", "4.000");
    let r = untagged(german, declared, &fact("f", &wrong, "", "s", quote)).check();
    assert_eq!(r.of("number-not-in-quote").len(), 1, "{:#?}", r.hits());
    let english = "About 3,000 people were in emergency shelters on Monday, the ministry said.";
    let r = untagged(german, declared, &fact("f", english, "", "s", quote)).check();
    let found = r.of("number-not-in-quote");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_wrong_number_of_an_untagged_source_is_caught_and_says_how_it_was_read() {
    let facts = fact(
        "trains",
        "Deutsche Bahn said 1,243 long-distance trains were cancelled.",
        "",
        "s",
        "1.234 Fernzüge",
    );
    let r = untagged(GERMAN, "", &facts).check();
    let hit = r.one("number-not-in-quote", 11, 36);
    assert!(
        hit.message.contains(
            "(they give `1.234` read as 1,234) (source `s` has no `language`: read as German \
             (its words: der, sich, auf))"
        ),
        "{hit:?}"
    );
}

#[test]
fn a_declared_language_wins_over_the_one_its_text_is_in() {
    let facts = fact(
        "trains",
        "Deutsche Bahn said 1,234 long-distance trains were cancelled.",
        "",
        "s",
        "1.234 Fernzüge",
    );
    let r = untagged(GERMAN, "    language: en\n", &facts).check();
    let hit = r.one("number-not-in-quote", 12, 36);
    assert!(hit.message.contains("(they give `1.234`)"), "{hit:?}");
    assert!(!hit.message.contains("read as"), "{hit:?}");
}

#[test]
fn an_english_article_with_foreign_names_and_phrases_stays_english() {
    let source = "About 1,500 people marched through Lyon on Saturday, police said. The crowd \
        chanted « la France ne paiera pas » and « non à la guerre » as it passed the town hall. \
        Marine Le Pen was in Łódź, where she met Lech Wałęsa and the mayor of Gdańsk; the \
        chancellor, quoted as saying \"Wir schaffen das, und wir werden nicht aufgeben\", was in \
        Düsseldorf. The index closed at 1.500 points.\n";
    for (statement, quote, caught) in [
        (
            "About 1,500 people marched.",
            "About 1,500 people marched",
            false,
        ),
        (
            "The index closed at 1.5 points.",
            "The index closed at 1.500 points",
            false,
        ),
        (
            "About 1.5 people marched.",
            "About 1,500 people marched",
            true,
        ),
        (
            "The index closed at 1,500 points.",
            "The index closed at 1.500 points",
            true,
        ),
    ] {
        let r = untagged(source, "", &fact("f", statement, "", "s", quote)).check();
        assert_eq!(
            r.of("number-not-in-quote").len(),
            usize::from(caught),
            "{statement}"
        );
    }
    let out = untagged(source, "", "").run(&["check", "--verbose"]);
    assert!(
        out.stderr
            .contains("source `s` has no `language`: read as English (its words: the,"),
        "{}",
        out.stderr
    );
}

#[test]
fn check_verbose_says_how_each_untagged_source_is_read() {
    let out = untagged(GERMAN, "", "").run(&["check", "--verbose"]);
    assert!(
        out.stderr
            .contains("source `s` has no `language`: read as German (its words: der, sich, auf)"),
        "{}",
        out.stderr
    );
    let ukrainian = "Область прийняла 2,3 млн переселенців, за даними ОВА. Її мер заявив.\n";
    let out = untagged(ukrainian, "", "").run(&["check", "--verbose"]);
    assert!(
        out.stderr.contains("read as Ukrainian (its letters: і, ї)"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_bad_language_tag_is_refused_at_its_place_with_what_to_write() {
    let text = format!(
        "{BRIEFING}sources:\n  - id: bahn\n    title: Bahnstreik\n    publisher: P\n    language: de_DE\nfacts: []\n"
    );
    let p = Project::new(&text, &[]);
    let r = p.check();
    assert_eq!(r.code, Some(1));
    let hit = r.one("invalid-yaml", 8, 15);
    assert!(
        hit.message
            .contains("`de_DE` is not a BCP 47 language tag: write `de-DE`"),
        "{hit:?}"
    );
    let human = p.run(&["check"]);
    assert!(human.stdout.contains("facts.yaml:8:15"), "{}", human.stdout);
}

#[test]
fn suggest_drafts_figures_as_the_source_writes_them() {
    let p = with_facts("");
    let out = p.run(&["suggest", "bahn"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    for drafted in [
        "value: 1234  # \"1.234\"\n      label: \"Fernzüge ausgefallen\"",
        "value: 25500000  # \"25,5 Millionen\"\n      label: \"Euro pro Tag\"",
    ] {
        assert!(out.stdout.contains(drafted), "{drafted}\n{}", out.stdout);
    }
}

#[test]
fn add_source_of_a_german_page_writes_its_language_and_check_reads_it() {
    let paragraph = "<p>Am ersten Tag des Streiks sind nach Angaben der Deutschen Bahn 1.234 \
        Fernzüge ausgefallen, sagte ein Sprecher am Mittwoch in Frankfurt am Main.</p>";
    let page = format!(
        "<!doctype html><html lang=\"de\"><head><title>Bahnstreik: 1.234 Zugausfälle</title>\
         </head><body><article>{}</article></body></html>",
        paragraph.repeat(5)
    );
    let p = Project::new(
        &format!("{BRIEFING}sources: []\nfacts: []\n"),
        &[("bahn.html", page.as_bytes())],
    );
    let out = p.run(&["add-source", "bahn.html", "--id", "bahn"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("  language    de (from the page)\n"),
        "{}",
        out.stdout
    );
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    assert!(
        facts.contains("    language: de\n    file: sources/bahn.txt\n"),
        "{facts}"
    );
    let refused = p.run(&[
        "add-source",
        "bahn.html",
        "--id",
        "b2",
        "--language",
        "de_DE",
    ]);
    assert_eq!(refused.code, Some(2), "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("--language: `de_DE` is not a BCP 47 language tag: write `de-DE`"),
        "{}",
        refused.stderr
    );
}

#[test]
fn briefing_json_names_each_source_s_language() {
    let facts = fact(
        "trains",
        "Deutsche Bahn said 1,234 long-distance trains were cancelled.",
        "",
        "bahn",
        "1.234 Fernzüge",
    );
    let p = with_facts(&facts);
    let out = p.run(&["generate", "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(p.file("output/briefing.json")).unwrap())
            .unwrap();
    assert_eq!(json["sources"][0]["id"], "bahn");
    assert_eq!(json["sources"][0]["language"], "de");
}

#[test]
fn the_html_briefing_marks_quotes_and_titles_with_their_language() {
    let facts = fact(
        "trains",
        "Deutsche Bahn said 1,234 long-distance trains were cancelled.",
        "",
        "bahn",
        "1.234 Fernzüge",
    );
    let p = with_facts(&facts);
    let out = p.run(&["generate", "--format", "html"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let html = std::fs::read_to_string(p.file("output/briefing.html")).unwrap();
    // The quote in German, inside the briefing's own quotation marks; the headline too.
    assert!(
        html.contains("\u{201c}<span lang=\"de\" dir=\"auto\">1.234 Fernzüge</span>\u{201d}"),
        "{html}"
    );
    assert!(
        html.contains("<cite lang=\"de\" dir=\"auto\">Bahnstreik</cite>"),
        "{html}"
    );
    // A source with no `language` gets no mark: the shipped briefing has the page's alone.
    let shipped = include_str!("../output/briefing.html");
    assert_eq!(shipped.matches(" lang=\"").count(), 1);
}

#[test]
fn an_arabic_scale_word_counts_in_the_number_it_follows() {
    let arabic = "قالت الأمم المتحدة إن ٣٠٠ ألف شخص نزحوا من المدينة.\n";
    let project = |statement: &str| {
        let text = format!(
            "{BRIEFING}sources:\n  - id: un\n    title: نزوح\n    publisher: P\n    file: ar.txt\n    language: ar\nfacts:\n{}",
            fact("fled", statement, "", "un", "٣٠٠ ألف شخص نزحوا")
        );
        Project::new(&text, &[("ar.txt", arabic.as_bytes())])
    };
    // "300 thousand" is 300,000, not the 300 its digits alone give.
    project("The UN said 300,000 people fled the city.")
        .check()
        .none("number-not-in-quote");
    let r = project("The UN said 300 people fled the city.").check();
    let hit = r.one("number-not-in-quote", 12, 29);
    assert!(hit.message.contains("read as 300,000"), "{hit:?}");
}

#[test]
fn a_thousand_word_of_russian_and_ukrainian_counts_in_the_number_it_follows() {
    // "40 тысяч" and "40 тисяч" are 40,000, in every form of the word; "2 мільйони" 2 million.
    for (language, quote, statement) in [
        (
            "ru",
            "уничтожено 40 тысяч единиц боеприпасов",
            "40,000 units were destroyed.",
        ),
        ("ru", "выехали 2 тысячи человек", "2,000 people left."),
        (
            "uk",
            "без світла понад 40 тисяч родин",
            "More than 40,000 families lost power.",
        ),
        (
            "uk",
            "отримає 2 мільйони снарядів",
            "It will get 2 million shells.",
        ),
    ] {
        let r = one_source(language, quote, statement, quote);
        r.none("number-not-in-quote");
        assert_eq!(r.code, Some(0), "{language}: {:#?}", r.hits());
    }
    // The figure off by the thousand is caught, and the message says how the quote read.
    let quote = "уничтожено 40 тысяч единиц боеприпасов";
    let r = one_source("ru", quote, "40 units were destroyed.", quote);
    let hit = r.one("number-not-in-quote", 12, 17);
    assert!(hit.message.contains("read as 40,000"), "{hit:?}");
}

#[test]
fn a_claim_attributed_in_the_source_s_language_needs_claimed_by() {
    for (language, quote) in [
        (
            "ru",
            "Губернатор Олег Синегубов заявил, что погибли 4 человека",
        ),
        ("ru", "По данным ООН, из страны выехали 4 человека"),
        (
            "uk",
            "Речник Наталія Гуменюк повідомила, що загинули 4 людини",
        ),
        ("uk", "За словами мера міста, загинули 4 людини"),
        ("fr", "Le ministre a déclaré que 4 personnes sont mortes"),
        ("fr", "Selon le HCR, 4 personnes sont mortes"),
        ("de", "Laut UNHCR starben 4 Menschen"),
        ("de", "Der Minister sagte, 4 Menschen seien gestorben"),
        ("es", "Según el Banco Mundial, murieron 4 personas"),
        ("es", "El ministro dijo que murieron 4 personas"),
        ("ar", "وقال المتحدث إن 4 أشخاص قتلوا"),
        ("ar", "بحسب الأمم المتحدة، قتل 4 أشخاص"),
    ] {
        // Stated flat, the claim is the fact's own: the attribution the quote has is dropped.
        let r = one_source(language, quote, "Four people died.", quote);
        let hit = r.one("claim-unattributed", 11, 5);
        assert!(
            hit.message.contains("gives the claim to someone"),
            "{hit:?}"
        );
        // The word that gives it, with its English for an editor who reads no Arabic.
        let english = ["[stated]", "[according to]", "[reported]", "[said]"];
        assert!(
            english
                .iter()
                .any(|e| hit.message.contains(&format!("\u{201d} {e}"))),
            "{hit:?}"
        );
        // Given to its claimant (in English, as the briefing writes it), it passes.
        let text = format!(
            "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n    language: {language}\nfacts:\n{}    claimed_by: \"the ministry\"\n",
            fact("f", "Four people died.", "", "s", quote)
        );
        let r = Project::new(&text, &[("s.txt", format!("{quote}\n").as_bytes())]).check();
        assert_eq!(r.code, Some(0), "{language}: {:#?}", r.hits());
    }
}

#[test]
fn a_claimant_in_english_may_translate_whom_the_source_s_language_names() {
    // The article names the claimant in its own language; `claimed_by` is the briefing's.
    let quote = "Губернатор Харьковской области Олег Синегубов заявил, что погибли 4 человека";
    let text = format!(
        "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n    language: ru\nfacts:\n{}    claimed_by: \"Oleg Synehubov, governor of the Kharkiv region\"\n",
        fact("f", "Four people died.", "", "s", quote)
    );
    let r = Project::new(&text, &[("s.txt", format!("{quote}\n").as_bytes())]).check();
    r.none("claim-unattributed");
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
}

#[test]
fn suggest_gives_a_draft_the_claimant_the_source_s_language_names() {
    // Each sentence gives its claim to someone in its own words; the draft says to whom.
    for (language, sentence, claimant) in [
        (
            "ru",
            "По данным ООН, из страны выехали более 6,3 млн человек.",
            "ООН",
        ),
        (
            "ru",
            "Министерство обороны России сообщило, что уничтожено 40 тысяч единиц.",
            "Министерство обороны России",
        ),
        (
            "uk",
            "За словами мера міста, без світла залишилися 40 тисяч родин.",
            "мера міста",
        ),
        (
            "fr",
            "Selon le HCR, 3,7 millions de personnes sont déplacées.",
            "le HCR",
        ),
        (
            "es",
            "Según el Banco Mundial, 2 millones de viviendas están dañadas.",
            "el Banco Mundial",
        ),
        (
            "ar",
            "بحسب الأمم المتحدة، فر 6 ملايين شخص من البلاد.",
            "الأمم المتحدة",
        ),
        // After quoted speech the speaker follows the verb, not the words inside the marks.
        (
            "ru",
            "«Бригады работают круглосуточно, подачу тепла восстановят к среде», — заявил мэр Максим Кудрявцев.",
            "мэр Максим Кудрявцев",
        ),
        // An Arabic verb opens its sentence; the speaker is what stands before "إن", or
        // before the comma of an aside before it.
        (
            "ar",
            "وقال المتحدث باسم الهلال الأحمر إن 40 شخصا أصيبوا.",
            "المتحدث باسم الهلال الأحمر",
        ),
        (
            "ar",
            "قال المتحدث باسم الهلال الأحمر الليبي، توفيق الشكري، يوم الخميس إن عدد القتلى ارتفع إلى 120 شخصاً.",
            "المتحدث باسم الهلال الأحمر الليبي",
        ),
    ] {
        let text = format!(
            "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n    language: {language}\nfacts:\n"
        );
        let p = Project::new(&text, &[("s.txt", format!("{sentence}\n").as_bytes())]);
        let out = p.run(&["suggest", "s"]);
        assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
        let wanted = format!("claimed_by: \"{claimant}\"");
        assert!(
            out.stdout.contains(&wanted),
            "{language}: {wanted}\n{}",
            out.stdout
        );
    }
}

#[test]
fn suggest_gives_no_claimant_for_the_object_of_an_arabic_verb() {
    // "The government announced three days of official mourning": no "إن" opens what is said,
    // so what follows the verb is what was announced, not who.
    let text = format!(
        "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n    language: ar\nfacts:\n"
    );
    let sentence = "وأعلنت الحكومة الحداد الرسمي لمدة ثلاثة أيام.\n";
    let p = Project::new(&text, &[("s.txt", sentence.as_bytes())]);
    let out = p.run(&["suggest", "s"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("statement:"), "{}", out.stdout);
    assert!(!out.stdout.contains("claimed_by:"), "{}", out.stdout);
}

/// One fact quoting a one-line source in `language`, checked.
fn one_source(language: &str, source: &str, statement: &str, quote: &str) -> common::Report {
    let text = format!(
        "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n    language: {language}\nfacts:\n{}",
        fact("f", statement, "", "s", quote)
    );
    Project::new(&text, &[("s.txt", format!("{source}\n").as_bytes())]).check()
}

#[test]
fn a_count_spelled_out_in_the_source_s_language_gives_the_statement_s_number() {
    // Each the statement's number in English words, the quote's in its own, inflected.
    for (language, quote, statement) in [
        (
            "de",
            "Das Gericht verurteilte ihn zu sieben Jahren Haft.",
            "He got seven years.",
        ),
        (
            "de",
            "Der Umsatz sank im vierten Quartal.",
            "Sales fell in the fourth quarter.",
        ),
        (
            "fr",
            "Il a été condamné à trois ans de prison.",
            "He got three years.",
        ),
        (
            "es",
            "El partido obtuvo cinco escaños.",
            "The party won five seats.",
        ),
        (
            "ru",
            "Суд приговорил его к пяти годам колонии.",
            "He got five years.",
        ),
        (
            "uk",
            "Суд засудив його до восьми років.",
            "He got eight years.",
        ),
        ("uk", "Загинули п'ять людей.", "Five people died."),
    ] {
        let r = one_source(language, quote, statement, quote);
        r.none("number-not-in-quote");
        assert_eq!(r.code, Some(0), "{language}: {:#?}", r.hits());
    }
    // Another number is still caught, and the message shows how the quote's word was read.
    let quote = "Das Gericht verurteilte ihn zu sieben Jahren Haft.";
    let r = one_source("de", quote, "He got nine years.", quote);
    let hit = r.one("number-not-in-quote", 12, 24);
    assert!(hit.message.contains("`sieben Jahren` read as 7"), "{hit:?}");
    // A word that is also an article gives no number: "ein Jahr" is not "one year".
    let quote = "Er bekam ein Jahr Haft.";
    let r = one_source("de", quote, "He got one year.", quote);
    r.one("number-not-in-quote", 12, 24);
}

#[test]
fn a_qualifier_in_the_source_s_language_is_kept_by_the_statement() {
    for (language, quote, flat, kept) in [
        (
            "de",
            "mindestens 1.250 Menschen starben",
            "1,250 people died.",
            "At least 1,250 people died.",
        ),
        (
            "fr",
            "près de 2,3 millions de chômeurs",
            "2.3 million are jobless.",
            "Nearly 2.3 million are jobless.",
        ),
        (
            "es",
            "al menos 95 personas murieron",
            "95 people died.",
            "At least 95 people died.",
        ),
        (
            "ru",
            "погибли не менее 37 человек",
            "37 people died.",
            "At least 37 people died.",
        ),
        (
            "uk",
            "понад 40 людей поранені",
            "40 people were injured.",
            "More than 40 people were injured.",
        ),
        (
            "ar",
            "فر أكثر من 6 ملايين شخص",
            "6 million people fled.",
            "More than 6 million people fled.",
        ),
    ] {
        let r = one_source(language, quote, flat, quote);
        let hit = r.one("hedge-dropped", 12, 16);
        assert!(hit.message.contains("the quote says \u{201c}"), "{hit:?}");
        one_source(language, quote, kept, quote).none("hedge-dropped");
    }
    // The message names the qualifier as the quote writes it, and what it is in English.
    let quote = "mindestens 1.250 Menschen starben";
    let r = one_source("de", quote, "1,250 people died.", quote);
    let hit = r.one("hedge-dropped", 12, 16);
    assert!(
        hit.message.contains(
            "the quote says \u{201c}mindestens 1.250\u{201d}, the statement gives 1,250 \
             without \u{201c}mindestens\u{201d} (at least)"
        ),
        "{hit:?}"
    );
    // The other side of the bound is turned around, as in English.
    let r = one_source("de", quote, "Fewer than 1,250 people died.", quote);
    r.one("hedge-dropped", 12, 16);
}

#[test]
fn a_stretch_of_time_in_the_source_s_language_is_held_to_its_unit() {
    for (language, quote, right, wrong) in [
        (
            "de",
            "Er wurde zu sieben Jahren Haft verurteilt.",
            "He got seven years.",
            "He got seven months.",
        ),
        (
            "fr",
            "Il a été condamné à trois ans de prison.",
            "He got three years.",
            "He got three weeks.",
        ),
        (
            "es",
            "Fue condenado a 18 meses de cárcel.",
            "He got 18 months.",
            "He got 18 years.",
        ),
        (
            "ru",
            "Суд приговорил его к пяти годам колонии.",
            "He got five years.",
            "He got five days.",
        ),
        (
            "uk",
            "Суд засудив його до восьми років.",
            "He got eight years.",
            "He got eight months.",
        ),
    ] {
        one_source(language, quote, right, quote).none("number-not-in-quote");
        let r = one_source(language, quote, wrong, quote);
        let hit = r.one("number-not-in-quote", 12, 24);
        assert!(hit.message.contains(", not in "), "{language}: {hit:?}");
    }
}

#[test]
fn an_attribution_after_the_quote_in_the_source_s_language_needs_claimed_by() {
    // Each sentence gives its claim to someone after what is claimed, in the inverted order of
    // an incise ("a-t-il déclaré") or a split verb ("teilte ... mit"); the quote stops before.
    for (language, sentence, quote) in [
        (
            "ru",
            "Погибли 4 человека, как сообщил губернатор.",
            "Погибли 4 человека",
        ),
        (
            "uk",
            "Загинули 4 людини, як повідомив голова ОВА.",
            "Загинули 4 людини",
        ),
        (
            "fr",
            "« 4 personnes sont mortes », a-t-il déclaré.",
            "4 personnes sont mortes",
        ),
        (
            "fr",
            "« 4 personnes sont mortes », ont-elles affirmé.",
            "4 personnes sont mortes",
        ),
        (
            "de",
            "Es seien 4 Menschen gestorben, teilte das Ministerium am Dienstag mit.",
            "Es seien 4 Menschen gestorben",
        ),
        (
            "es",
            "«Murieron 4 personas», afirmó la ministra.",
            "Murieron 4 personas",
        ),
    ] {
        let r = one_source(language, sentence, "Four people died.", quote);
        let hits = r.of("attribution-cut");
        assert_eq!(hits.len(), 1, "{language}: {:#?}", r.hits());
        // Given to its claimant, it passes.
        let text = format!(
            "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n    language: {language}\nfacts:\n{}    claimed_by: \"the ministry\"\n",
            fact("f", "Four people died.", "", "s", quote)
        );
        let r = Project::new(&text, &[("s.txt", format!("{sentence}\n").as_bytes())]).check();
        assert_eq!(r.code, Some(0), "{language}: {:#?}", r.hits());
    }
    // "teilte" without its "mit" divides: no one is quoted.
    let sentence = "Die Stadt teilte die Kosten von 4 Millionen Euro auf zwei Jahre auf.";
    let r = one_source(
        "de",
        sentence,
        "The city spread €4 million over two years.",
        sentence,
    );
    assert_eq!(r.code, Some(0), "{:#?}", r.hits());
}

#[test]
fn a_claim_hedged_in_the_source_s_language_is_kept_by_the_statement() {
    for (language, quote, flat, kept) in [
        (
            "ru",
            "Предположительно, при взрыве погибли 5 человек",
            "Five people died in the blast.",
            "Five people presumably died in the blast.",
        ),
        (
            "ru",
            "По предварительным данным, ранены 12 человек",
            "Twelve people were injured.",
            "Twelve people were injured, according to preliminary data.",
        ),
        (
            "uk",
            "Ймовірно, ракету запустили з Бєлгорода",
            "The missile was launched from Belgorod.",
            "The missile was probably launched from Belgorod.",
        ),
        (
            "de",
            "Bei dem Angriff wurden vermutlich 9 Menschen getötet",
            "Nine people were killed in the attack.",
            "Nine people were presumably killed in the attack.",
        ),
        (
            "fr",
            "Selon des informations non confirmées, 40 civils auraient été tués",
            "40 civilians were killed.",
            "40 civilians were killed, according to unconfirmed reports.",
        ),
        (
            "es",
            "Presuntamente, 14 soldados desertaron",
            "14 soldiers deserted.",
            "14 soldiers allegedly deserted.",
        ),
    ] {
        let r = one_source(language, quote, flat, quote);
        let hits = r.of("hedge-dropped");
        assert_eq!(hits.len(), 1, "{language}: {:#?}", r.hits());
        // The message names the hedge as the quote writes it, and its English in brackets.
        let named = [
            ("Предположительно", "presumably"),
            ("По предварительным данным", "according to preliminary data"),
            ("Ймовірно", "probably"),
            ("vermutlich", "presumably"),
            ("non confirmées", "unconfirmed"),
            ("Presuntamente", "allegedly"),
        ]
        .into_iter()
        .any(|(h, english)| {
            hits[0].message.contains(&format!(
                "hedge the claim (\u{201c}{h}\u{201d} [{english}]), the statement states it flatly"
            ))
        });
        assert!(named, "{language}: {:?}", hits[0]);
        one_source(language, quote, kept, quote).none("hedge-dropped");
    }
}

/// One fact quoting a one-line source whose entry gives no `language`: told from its text.
fn one_untagged_source(source: &str, statement: &str, quote: &str) -> common::Report {
    let text = format!(
        "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\nfacts:\n{}",
        fact("f", statement, "", "s", quote)
    );
    Project::new(&text, &[("s.txt", format!("{source}\n").as_bytes())]).check()
}

#[test]
fn a_claim_attributed_in_italian_portuguese_polish_dutch_czech_turkish_or_swedish_needs_claimed_by()
{
    for (language, quote, word) in [
        (
            "it",
            "Secondo il ministero dell'Interno, sono morte 4 persone",
            "“secondo il” [according to the]",
        ),
        (
            "it",
            "Il sindaco ha detto che sono morte 4 persone",
            "“ha detto” [said]",
        ),
        (
            "pt",
            "Segundo a polícia, morreram 4 pessoas no incêndio",
            "“segundo a” [according to the]",
        ),
        (
            "pt",
            "O governador disse que morreram 4 pessoas",
            "“disse” [said]",
        ),
        (
            "pl",
            "Według policji w wypadku zginęły 4 osoby",
            "“według” [according to]",
        ),
        (
            "pl",
            "Burmistrz powiedział, że zginęły 4 osoby",
            "“powiedział” [said]",
        ),
        (
            "nl",
            "Volgens de politie zijn 4 mensen omgekomen",
            "“volgens” [according to]",
        ),
        (
            "nl",
            "Er zijn 4 mensen omgekomen, zei de woordvoerder",
            "“zei” [said]",
        ),
        (
            "cs",
            "Podle ministerstva zemřeli 4 lidé",
            "“podle” [according to]",
        ),
        (
            "cs",
            "Starosta uvedl, že zemřeli 4 lidé",
            "“uvedl” [stated]",
        ),
        (
            "tr",
            "Vali, depremde 4 kişinin öldüğünü açıkladı",
            "“açıkladı” [announced]",
        ),
        (
            "sv",
            "Enligt polisen omkom 4 personer i olyckan",
            "“enligt” [according to]",
        ),
        (
            "sv",
            "4 personer har omkommit, säger polisen",
            "“säger” [says]",
        ),
    ] {
        // Stated flat, the claim is the fact's own; the message names the word, in English too.
        let r = one_source(language, quote, "Four people died.", quote);
        let hit = r.one("claim-unattributed", 11, 5);
        assert!(
            hit.message
                .contains(&format!("gives the claim to someone ({word})")),
            "{language}: {hit:?}"
        );
        // So it is in a source whose entry gives no language, told from its text.
        let r = one_untagged_source(quote, "Four people died.", quote);
        assert_eq!(
            r.of("claim-unattributed").len(),
            1,
            "{language}: {:#?}",
            r.hits()
        );
        // Given to its claimant, it passes.
        let text = format!(
            "{BRIEFING}sources:\n  - id: s\n    title: S\n    publisher: P\n    file: s.txt\n    language: {language}\nfacts:\n{}    claimed_by: \"the ministry\"\n",
            fact("f", "Four people died.", "", "s", quote)
        );
        let r = Project::new(&text, &[("s.txt", format!("{quote}\n").as_bytes())]).check();
        r.none("claim-unattributed");
    }
    // The verb after the quote, before its subject: a quote that stops before it cuts it.
    for (language, sentence, quote) in [
        (
            "nl",
            "Er zijn 4 mensen omgekomen, zei de woordvoerder.",
            "Er zijn 4 mensen omgekomen",
        ),
        (
            "sv",
            "4 personer har omkommit, säger polisen.",
            "4 personer har omkommit",
        ),
        (
            "it",
            "Sono morte 4 persone, ha detto il ministro.",
            "Sono morte 4 persone",
        ),
    ] {
        let r = one_source(language, sentence, "Four people died.", quote);
        assert_eq!(
            r.of("attribution-cut").len(),
            1,
            "{language}: {:#?}",
            r.hits()
        );
    }
}

#[test]
fn a_claim_hedged_in_italian_portuguese_polish_dutch_czech_turkish_or_swedish_is_kept() {
    for (language, quote, hedge, flat, kept) in [
        (
            "it",
            "Presumibilmente 40 persone sono ancora disperse",
            "“Presumibilmente” [presumably]",
            "40 people are still missing.",
            "40 people are presumably still missing.",
        ),
        (
            "pt",
            "Alegadamente, 30 soldados desertaram da base",
            "“Alegadamente” [allegedly]",
            "30 soldiers deserted from the base.",
            "30 soldiers allegedly deserted from the base.",
        ),
        (
            "pl",
            "Rzekomo 9 żołnierzy zdezerterowało z jednostki",
            "“Rzekomo” [allegedly]",
            "9 soldiers deserted from the unit.",
            "9 soldiers allegedly deserted from the unit.",
        ),
        (
            "nl",
            "Naar verluidt zijn 7 gevangenen ontsnapt",
            "“Naar verluidt” [reportedly]",
            "7 prisoners escaped.",
            "7 prisoners reportedly escaped.",
        ),
        (
            "cs",
            "Údajně 8 vojáků dezertovalo z jednotky",
            "“Údajně” [allegedly]",
            "8 soldiers deserted from the unit.",
            "8 soldiers allegedly deserted from the unit.",
        ),
        // A capital "İ" lowercases as "i", as the word is listed.
        (
            "tr",
            "İddiaya göre 6 asker firar etti",
            "“İddiaya göre” [allegedly]",
            "6 soldiers deserted.",
            "6 soldiers allegedly deserted.",
        ),
        // "Enligt uppgifter" is "reportedly": a hedge, and no one's claim.
        (
            "sv",
            "Enligt uppgifter har 7 soldater deserterat",
            "“Enligt uppgifter” [according to reports]",
            "7 soldiers have deserted.",
            "7 soldiers have reportedly deserted.",
        ),
    ] {
        let r = one_source(language, quote, flat, quote);
        let hits = r.of("hedge-dropped");
        assert_eq!(hits.len(), 1, "{language}: {:#?}", r.hits());
        assert!(
            hits[0].message.contains(&format!(
                "hedge the claim ({hedge}), the statement states it flatly"
            )),
            "{language}: {:?}",
            hits[0]
        );
        let r = one_source(language, quote, kept, quote);
        r.none("hedge-dropped");
        r.none("claim-unattributed");
    }
}

#[test]
fn attribution_words_of_the_seven_languages_in_another_sense_give_no_claim() {
    for (language, quote, statement) in [
        // A rank, not "according to": "secondo" and "segundo" are also "second".
        (
            "it",
            "Per il secondo anno la regione ha stanziato 50 milioni di euro",
            "Again this year the region allocated 50 million euros.",
        ),
        (
            "pt",
            "Ele foi o segundo a chegar, com 12 minutos de atraso",
            "He came in as runner-up, 12 minutes behind.",
        ),
        // A vote or a farewell, not a saying.
        (
            "it",
            "Il parlamento ha detto sì alla riforma con 210 voti",
            "Parliament approved the reform with 210 votes.",
        ),
        (
            "pt",
            "O treinador disse adeus ao clube depois de 8 anos",
            "The coach left the club after 8 years.",
        ),
        // A plan or a law followed, not a claimant.
        (
            "pl",
            "Budowa przebiega według planu i kosztuje 40 mln zł",
            "Construction is going to plan and costs 40 million zlotys.",
        ),
        (
            "nl",
            "De bouw verloopt volgens plan en kost 30 miljoen euro",
            "Construction is going to plan and costs 30 million euros.",
        ),
        (
            "cs",
            "Podle zákona musí firma zaplatit pokutu 5 milionů korun",
            "Under the law the firm has to pay a fine of 5 million crowns.",
        ),
        (
            "sv",
            "Bygget går enligt planen och kostar 40 miljoner kronor",
            "Construction is going to plan and costs 40 million kronor.",
        ),
        // A launch, a company's results and a lay-off.
        (
            "cs",
            "Firma uvedla na trh 3 nové modely",
            "The firm launched 3 new models.",
        ),
        (
            "tr",
            "Şirket 2024 yılında 300 milyon lira kâr açıkladı",
            "The company posted a profit of 300 million lira in 2024.",
        ),
        (
            "sv",
            "Företaget säger upp 300 anställda",
            "The company is laying off 300 employees.",
        ),
    ] {
        let r = one_source(language, quote, statement, quote);
        r.none("claim-unattributed");
    }
}
