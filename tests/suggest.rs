//! `factsheet suggest` and `factsheet quote` on the shipped articles and on articles unlike
//! them: what they find, and that everything they print pastes as a quote `check` finds.

mod common;

use common::Project;
use factsheet::load::model::FactsFile;
use factsheet::text;
use serde_json::Value;
use std::ops::Range;
use std::path::Path;

/// The shipped fact base (facts.yaml and sources/) in a temporary folder.
fn shipped() -> Project {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in std::fs::read_dir(root.join("sources")).expect("sources/") {
        let path = entry.expect("an entry").path();
        let name = format!("sources/{}", path.file_name().unwrap().to_string_lossy());
        files.push((name, std::fs::read(&path).expect("a source")));
    }
    let facts = std::fs::read_to_string(root.join("facts.yaml")).expect("facts.yaml");
    project(&facts, &files)
}

/// The unseen-style fixture: a wire story and a local council story.
fn unseen() -> Project {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suggest");
    let facts = std::fs::read_to_string(dir.join("facts.yaml")).expect("facts.yaml");
    let files: Vec<(String, Vec<u8>)> = ["quake", "council"]
        .iter()
        .map(|name| {
            let file = format!("sources/{name}.txt");
            (
                file.clone(),
                std::fs::read(dir.join(&file)).expect("a source"),
            )
        })
        .collect();
    project(&facts, &files)
}

fn project(facts: &str, files: &[(String, Vec<u8>)]) -> Project {
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Project::new(facts, &borrowed)
}

fn facts_file(p: &Project) -> FactsFile {
    let loaded = factsheet::load::load_facts(&p.file("facts.yaml")).expect("readable");
    loaded
        .content
        .unwrap_or_else(|_| panic!("facts.yaml loads"))
}

/// The normalised text of a source's file.
fn normalized(p: &Project, file: &FactsFile, source: &str) -> String {
    let s = file
        .sources
        .iter()
        .find(|s| s.value.id.value.as_str() == source);
    let path = &s.and_then(|s| s.value.file.as_ref()).expect("a file").value;
    text::normalize(&std::fs::read_to_string(p.file(path)).expect("the source"))
}

/// The bytes of the normalised text a quote covers, from its first part to the end of its last.
fn range_of(text: &str, quote: &str) -> Option<Range<usize>> {
    let quote = text::normalize(quote);
    let parts = text::quote_parts(&quote);
    let at = text::find_parts(text, &parts).ok()?;
    Some(at[0]..at[at.len() - 1] + parts[parts.len() - 1].len())
}

/// `suggest ID --format json ...`: the candidates.
fn suggestions(p: &Project, source: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["suggest", source, "--format", "json"];
    args.extend_from_slice(extra);
    let out = p.run(&args);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(json["source"], source);
    json["candidates"].as_array().expect("candidates").clone()
}

/// How many of the shipped facts' quotes overlap (share a byte of the normalised text with) a
/// quote among the top `limit` suggestions of their source, and how many quotes there are.
fn overlap(p: &Project, file: &FactsFile, limit: usize) -> (u32, u32) {
    let (mut quotes, mut overlapped) = (0, 0);
    for source in &file.sources {
        let id = source.value.id.value.as_str();
        let text = normalized(p, file, id);
        let limit = limit.to_string();
        let suggested: Vec<Range<usize>> = suggestions(p, id, &["--all", "--limit", &limit])
            .iter()
            .map(|c| range_of(&text, c["quote"].as_str().unwrap()).expect("a suggestion is found"))
            .collect();
        let (mut here, mut hit) = (0, 0);
        for fact in &file.facts {
            for citation in &fact.value.sources.value {
                let citation = &citation.value;
                if citation.source.value.as_str() != id {
                    continue;
                }
                let Some(quote) = &citation.quote else {
                    continue;
                };
                let r = range_of(&text, &quote.value).expect("the shipped quotes are found");
                here += 1;
                if suggested.iter().any(|s| s.start < r.end && r.start < s.end) {
                    hit += 1;
                }
            }
        }
        println!("top {limit}, {id}: {hit} of {here} quotes overlap a suggestion");
        quotes += here;
        overlapped += hit;
    }
    (overlapped, quotes)
}

#[test]
fn the_top_40_suggestions_overlap_most_of_the_shipped_quotes() {
    let p = shipped();
    let file = facts_file(&p);
    // The shipped articles have 16 to 43 sentences: the tighter limits say more of the ranking.
    for limit in [5, 10, 20] {
        let (hit, of) = overlap(&p, &file, limit);
        println!(
            "top {limit}: {hit} of {of} ({:.1}%)",
            f64::from(hit) * 100.0 / f64::from(of)
        );
    }
    let (hit, of) = overlap(&p, &file, 40);
    let share = f64::from(hit) / f64::from(of);
    println!("top 40: {hit} of {of} ({:.1}%)", share * 100.0);
    assert!(
        share >= 0.8,
        "only {hit} of {of} quotes overlap a suggestion"
    );
}

/// Appends every suggestion of every source (all of them, as YAML) to the project's facts and
/// checks the result: every quote is found, every id is new, the file loads.
fn pasted_suggestions_pass_the_check(p: &Project, sources: &[&str], all: bool) {
    let mut facts = std::fs::read_to_string(p.file("facts.yaml")).expect("facts.yaml");
    let mut pasted = 0;
    for source in sources {
        let mut args = vec!["suggest", source, "--limit", "10000"];
        if all {
            args.push("--all");
        }
        let out = p.run(&args);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(
            !out.stdout.contains("verified_by:"),
            "drafts are not verified"
        );
        pasted += out.stdout.matches("\n  - id: ").count();
        facts.push('\n');
        facts.push_str(&out.stdout);
    }
    assert!(pasted > sources.len() * 3, "only {pasted} suggestions");
    std::fs::write(p.file("facts.yaml"), &facts).expect("write");
    let report = p.check();
    let findings = report.json["findings"].as_array().expect("findings");
    let wrong: Vec<&Value> = findings
        .iter()
        .filter(|f| {
            let rule = f["rule"].as_str().unwrap_or("");
            f["severity"] == "error" || matches!(rule, "duplicate-id" | "invalid-yaml")
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    let unverified = findings
        .iter()
        .filter(|f| f["rule"] == "unverified")
        .count();
    assert!(
        unverified >= pasted,
        "each draft is reminded to be verified"
    );
}

#[test]
fn every_suggestion_of_the_shipped_sources_pastes_and_is_found_by_check() {
    let p = shipped();
    pasted_suggestions_pass_the_check(&p, &["opoyi", "newstrack", "atalayar", "wsj"], true);
}

#[test]
fn suggestions_of_articles_unlike_the_shipped_ones_paste_and_pass() {
    let p = unseen();
    pasted_suggestions_pass_the_check(&p, &["quake", "council"], false);
}

#[test]
fn the_sentences_with_counts_claims_and_days_come_first_and_furniture_never() {
    let p = unseen();
    let quake = suggestions(&p, "quake", &["--limit", "4"]);
    let quotes: Vec<&str> = quake.iter().map(|c| c["quote"].as_str().unwrap()).collect();
    assert!(
        quotes[0].contains("killing at least 1,300 people"),
        "{quotes:#?}"
    );
    assert!(quotes.iter().any(|q| q.contains("AFAD said 912 people")));
    let first = &quake[0];
    assert_eq!(first["claimed_by"], "officials");
    assert_eq!(
        first["date"], "2023-02-06",
        "Monday, not the dateline's day"
    );
    assert_eq!(first["figure"]["value"], 1300.0);
    assert_eq!(first["figure"]["qualifier"], "at least");
    let all = suggestions(&p, "quake", &["--limit", "100"]);
    for c in &all {
        let q = c["quote"].as_str().unwrap();
        assert!(
            !q.starts_with("Photo:") && !q.starts_with("Related:") && !q.ends_with('?'),
            "{q}"
        );
        assert_ne!(
            q,
            "Rescue teams pulled survivors from collapsed buildings in Gaziantep through the night.",
            "quoted already"
        );
    }
    let council = suggestions(&p, "council", &["--limit", "3"]);
    let first = &council[0];
    assert_eq!(first["location"], "Hereford");
    assert_eq!(first["date"], "2020-02-25");
    assert_eq!(first["date_phrase"], "on Tuesday night");
    let reasons: Vec<String> = first["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{}: {}",
                r["kind"].as_str().unwrap(),
                r["words"].as_str().unwrap()
            )
        })
        .collect();
    assert!(
        reasons.contains(&"place known to the fact base: Hereford".to_owned()),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"date: on Tuesday night → 2020-02-25".to_owned()),
        "{reasons:?}"
    );
}

#[test]
fn what_quote_prints_pastes_as_a_quote_that_check_finds() {
    let p = shipped();
    let misremembered = [
        (
            "opoyi",
            "taken the regional centre of Kherson under full control",
        ),
        ("wsj", "the worst is yet to come, Mr Le Drian said"),
        ("atalayar", "the Russian army moves on to Odesa"),
        (
            "newstrack",
            "Ukrainian forces repelled another Russian attack on Kharkiv",
        ),
    ];
    let mut facts = std::fs::read_to_string(p.file("facts.yaml")).expect("facts.yaml");
    for (n, (source, words)) in misremembered.iter().enumerate() {
        let out = p.run(&["quote", source, words, "--quiet"]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        let line = out.stdout.trim_end();
        assert!(line.starts_with("quote: \""), "{line}");
        facts.push_str(&format!(
            "\n  - id: pasted-{n}\n    statement: \"A pasted quote.\"\n    topic: Test\n    \
             sources:\n      - source: {source}\n        {line}\n"
        ));
    }
    std::fs::write(p.file("facts.yaml"), &facts).expect("write");
    let report = p.check();
    let findings = report.json["findings"].as_array().expect("findings");
    let missed: Vec<&Value> = findings
        .iter()
        .filter(|f| matches!(f["rule"].as_str(), Some("quote-not-found" | "invalid-yaml")))
        .collect();
    assert!(missed.is_empty(), "{missed:#?}");
}

#[test]
fn quote_names_words_an_editor_put_in_square_brackets() {
    let p = shipped();
    let out = p.run(&["quote", "opoyi", "away from [the Ukrainian capital] Kyiv"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("; square brackets mark an editor's words"),
        "{}",
        out.stdout
    );
}

/// Pastes `drafts` (the YAML of `suggest`) under `facts:` and asserts that `check` finds
/// nothing in them but that they are unverified and single-sourced.
fn drafts_check_clean(p: &Project, drafts: &str) {
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let pasted = facts.replace("facts: []\n", &format!("facts:\n{drafts}"));
    std::fs::write(p.file("facts.yaml"), pasted).unwrap();
    let report = p.check();
    let findings = report.json["findings"].as_array().expect("findings");
    let own: Vec<&Value> = (findings.iter())
        .filter(|f| f["rule"] != "unverified" && f["rule"] != "single-source")
        .collect();
    assert!(own.is_empty(), "{own:#?}\n{drafts}");
}

/// A fact base of one source, `text`, under `title`, and no facts.
fn one_source(title: &str, text: &str) -> Project {
    let facts = format!(
        "briefing:\n  title: \"Test\"\n  as_of: 2025-06-10\n\nsources:\n  - id: story\n    \
         title: \"{title}\"\n    publisher: \"Daily Ledger\"\n    published: 2025-06-10\n    \
         file: sources/story.txt\n\nfacts: []\n"
    );
    Project::new(&facts, &[("sources/story.txt", text.as_bytes())])
}

#[test]
fn a_wire_dateline_is_left_out_of_the_draft_in_any_script() {
    // Cyrillic capitals first: where the dateline is looked for ends inside a character.
    let text = "КИЇВ, 3 березня — Російські війська обстріляли місто вночі, повідомили у міській \
        раді.\n\n\
        PARIS — Rail workers walked out on Tuesday, halting 2,000 trains, the operator SNCF \
        said.\n";
    let p = one_source("Rail strike", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("statement: \"Rail workers walked out on Tuesday, halting 2,000 trains"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("PARIS"), "{}", out.stdout);
}

#[test]
fn a_pronoun_after_quoted_speech_that_goes_on_is_the_speaker_of_the_speech() {
    let text = "\"We will not back down,\" said Laurent Brun, head of the rail union. \"This is \
        only the beginning.\" He added that a second strike of 48 hours was planned.\n";
    let p = one_source("Rail strike", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.contains(
            "#    speaker: he = Laurent Brun (\"said\" in the sentence before: check it)"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn drafts_name_who_goes_on_speaking_and_no_relative_word_and_pass_their_own_check() {
    let text = "About 4,200 nurses walked out on Monday over pay.\n\n\
        \"Nobody wants to strike,\" said nurse Grace Obi. \"But we cannot keep working 13-hour \
        shifts for less than we earned in 2019.\"\n\n\
        Evacuees are housed at the sports centre, where the Red Cross said it had handed out \
        2,300 meals since Sunday.\n\n\
        The health minister, Ada Eze, said 12 wards had closed. She told reporters that 40 \
        patients had been moved.\n";
    let p = one_source("Hospital strike: 4,200 nurses walk out", text);
    let out = p.run(&["suggest", "story"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for said in [
        "#    attribution: nurse Grace Obi said, in the sentence before (+2)",
        "claimed_by: \"the Red Cross\"",
        // A pronoun is taken for the speaker the sentence before names, and says so.
        "#    speaker: she = Ada Eze (\"said\" in the sentence before: check it) (+0)",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    assert_eq!(
        out.stdout
            .matches("claimed_by: \"nurse Grace Obi\"")
            .count(),
        2
    );
    assert_eq!(out.stdout.matches("claimed_by: \"Ada Eze\"").count(), 2);
    assert!(
        !out.stdout.contains("where the Red Cross\""),
        "{}",
        out.stdout
    );
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let pasted = facts.replace("facts: []\n", &format!("facts:\n{}", out.stdout));
    std::fs::write(p.file("facts.yaml"), pasted).unwrap();
    let report = p.check();
    let findings = report.json["findings"].as_array().expect("findings");
    let own: Vec<&Value> = (findings.iter())
        .filter(|f| f["rule"] != "unverified" && f["rule"] != "single-source")
        .collect();
    assert!(own.is_empty(), "{own:#?}\n{}", out.stdout);
}

#[test]
fn ages_clock_times_and_timestamps_earn_no_number_and_the_headlines_number_is_the_figure() {
    let text = "March 14, 2024 9:32 AM UTC\n\n\
        A man in his 70s was struck by debris shortly after noon, the force said.\n\n\
        The Met Office has extended its red warning until 6pm.\n\n\
        Valley Transport will raise bus fares by 8% from 6 January, the operator announced, \
        blaming a 14% rise in fuel and staff costs.\n";
    let p = one_source("Bus fares to rise 8% in January", text);
    let out = p.run(&["suggest", "story", "--format", "yaml"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // The timestamp is no draft at all.
    for never in ["AM UTC", "label: \"s\"", "70 (s)", "6 (pm)", "value: 14"] {
        assert!(!out.stdout.contains(never), "{never}\n{}", out.stdout);
    }
    for said in [
        "in the headline: 8% (+1)",
        "value: 8  # \"8%\"",
        "Of its 4 sentences, 1 scored 0 or less.",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
}

#[test]
fn each_list_line_is_a_sentence_of_its_own_and_its_marker_is_no_part_of_the_draft() {
    let text = "- 5 killed in the blast\n- 12 injured in the blast\n- 3 missing after the blast\n\
        * Officials said 200 homes destroyed\n1. Rescuers found 40 people alive under the rubble of the school\n";
    let p = one_source("Blast", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for said in [
        "statement: \"Officials said 200 homes destroyed\"",
        "quote: \"Officials said 200 homes destroyed\"  # sources/story.txt:4:3",
        "claimed_by: \"Officials\"",
        "quote: \"Rescuers found 40 people alive under the rubble of the school\"  # sources/story.txt:5:4",
        "quote: \"5 killed in the blast\"  # sources/story.txt:1:3",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    assert!(!out.stdout.contains("blast - 12"), "{}", out.stdout);
    // Pasted, each draft's quote is found and its own check passes.
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let pasted = facts.replace("facts: []\n", &format!("facts:\n{}", out.stdout));
    std::fs::write(p.file("facts.yaml"), pasted).unwrap();
    let report = p.check();
    let findings = report.json["findings"].as_array().expect("findings");
    let errors: Vec<&Value> = (findings.iter())
        .filter(|f| f["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{}", out.stdout);
}

#[test]
fn a_number_the_sentence_denies_is_no_figure_and_no_one_is_no_number() {
    let text = "The ministry denied that 40 soldiers had been captured.\n\n\
        It is not true that 500 homes were destroyed, the mayor said.\n\n\
        No one was killed in the blast, the governor said on Tuesday.\n";
    let p = one_source("Blast", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for said in [
        "#    denied or negated: The ministry denied that 40 (no figure from it) (-3)",
        "#    denied or negated: It is not true that 500 (no figure from it) (-3)",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    for never in ["figure:", "number: one"] {
        assert!(!out.stdout.contains(never), "{never}\n{}", out.stdout);
    }
}

/// The statements of a source's drafts, best first.
fn statements(candidates: &[Value]) -> Vec<String> {
    (candidates.iter())
        .map(|c| c["statement"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn a_correction_notice_drafts_the_corrected_value_and_never_the_retracted_claim() {
    let text = "Correction (June 9th 2025): an earlier version of this article said that 1,500 \
        homes had been flooded. The correct figure is 1,400.\n\n\
        Correctional officers said 12 inmates were moved from the flooded jail on Monday.\n";
    let p = one_source("Floods", text);
    let candidates = suggestions(&p, "story", &["--all"]);
    let drafted = statements(&candidates);
    assert!(!drafted.iter().any(|s| s.contains("1,500")), "{drafted:?}");
    let corrected = (candidates.iter())
        .find(|c| c["statement"] == "The correct figure is 1,400.")
        .unwrap_or_else(|| panic!("{drafted:?}"));
    let reasons = corrected["reasons"].to_string();
    assert!(reasons.contains("correction"), "{reasons}");
    // "Correctional" opens no correction notice.
    assert!(
        drafted
            .iter()
            .any(|s| s.starts_with("Correctional officers")),
        "{drafted:?}"
    );
}

#[test]
fn an_amendment_notice_is_no_fact_and_gives_no_date() {
    let text = "The council voted on Tuesday to approve the plan by 31 votes to 12.\n\n\
        This article was amended on 12 June 2025 to correct the number of councillors who \
        voted against the plan; it was 12, not 14.\n";
    let p = one_source("Housing plan approved", text);
    let drafted = statements(&suggestions(&p, "story", &[]));
    assert!(
        !drafted.iter().any(|s| s.contains("amended")),
        "{drafted:?}"
    );
    assert!(
        drafted.iter().any(|s| s.starts_with("The council voted")),
        "{drafted:?}"
    );
}

#[test]
fn a_contrasted_speaker_a_periods_start_and_an_unscored_figure_are_read_right() {
    let text = "The council estimates that as many as 3,000 homes could be flooded, though \
        officials say the defences will hold.\n\n\
        More than 2,300 people have left the valley since June 2nd, the Red Cross said on Monday.\n\n\
        A spokesman for the utility, Tom Hale, said water had reached one of its six pumping \
        stations.\n";
    let p = one_source("Floods", text);
    let candidates = suggestions(&p, "story", &["--all"]);
    let of = |start: &str| {
        (candidates.iter())
            .find(|c| c["statement"].as_str().unwrap_or("").starts_with(start))
            .unwrap_or_else(|| panic!("{start}: {:?}", statements(&candidates)))
            .clone()
    };
    assert_eq!(of("The council estimates")["claimed_by"], "The council");
    // "since June 2nd" starts a stretch: the day of the event is the Monday.
    let left = of("More than 2,300");
    assert_eq!(left["date"], "2025-06-09", "{left}");
    // The figure drafted is named among the reasons, though only "one" earned points.
    let pumps = of("A spokesman");
    assert_eq!(pumps["figure"]["written"], "six", "{pumps}");
    let reasons = pumps["reasons"].to_string();
    assert!(reasons.contains("\"six, the number drafted\""), "{reasons}");
}

#[test]
fn the_drafted_claimed_by_names_who_speaks_without_the_aside_that_sets_it_off() {
    let text = "The official \u{2014} speaking on condition of anonymity \u{2014} told Reuters \
        40 people were killed in the strike.\n\nThe regional governor, in a video posted \
        online, said 12 buildings were destroyed overnight.\n";
    let p = one_source("Strike", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for said in [
        "claimed_by: \"The official\"\n",
        "claimed_by: \"The regional governor\"\n",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
}

#[test]
fn a_name_before_its_title_is_the_drafts_claimant_and_the_briefings() {
    let text = "Dmitry Peskov, the Kremlin spokesman, told reporters on Tuesday that 40 drones \
        had been shot down over the Belgorod region.\n\n\
        Ihor Terekhov, mayor of Kharkiv, said at least 12 people were injured.\n";
    let p = one_source("Drones shot down", text);
    let out = p.run(&["suggest", "story"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // Not "the Kremlin spokesman" nor "mayor of Kharkiv": the title says who they are.
    for said in [
        "claimed_by: \"Dmitry Peskov\"",
        "claimed_by: \"Ihor Terekhov\"",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let flat = "  - id: flat\n    statement: \"40 drones were shot down over the Belgorod \
        region.\"\n    topic: \"War\"\n    sources:\n      - source: story\n        quote: \
        \"told reporters on Tuesday that 40 drones had been shot down over the Belgorod \
        region\"\n";
    std::fs::write(
        p.file("facts.yaml"),
        facts.replace("facts: []\n", &format!("facts:\n{flat}")),
    )
    .unwrap();
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let md = std::fs::read_to_string(p.file("output/briefing.md")).unwrap();
    assert!(
        md.contains("also reported as the claim of Dmitry Peskov"),
        "{md}"
    );
}

#[test]
fn speech_in_single_quotation_marks_is_not_taken_for_its_speaker() {
    let text = "'This is a kick in the teeth for 2 million commuters,' said Mick Lynch, general \
        secretary of the RMT union.\n\n\u{2018}Fares will rise by 4.9% in March,\u{2019} said \
        Mark Harper.\n";
    let p = one_source("Rail fares to rise", text);
    let out = p.run(&["suggest", "story"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for said in ["claimed_by: \"Mick Lynch\"", "claimed_by: \"Mark Harper\""] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
}

#[test]
fn a_part_of_a_whole_is_the_figure_drafted_not_the_whole() {
    let text = "Ukraine's air force said it had shot down 61 of the 83 drones Russia launched \
        overnight.\n\nThe exit poll projects the governing party will win 212 of the 400 seats, \
        a loss of 31.\n\nTwo of the three large plants are not working because there is no \
        fuel.\n";
    let p = one_source("Drones", text);
    let candidates = suggestions(&p, "story", &["--all"]);
    let figure = |start: &str| {
        let c = (candidates.iter())
            .find(|c| c["statement"].as_str().unwrap_or("").starts_with(start))
            .unwrap_or_else(|| panic!("{start}: {:?}", statements(&candidates)));
        (c["figure"]["written"].clone(), c["figure"]["label"].clone())
    };
    assert_eq!(
        figure("Ukraine's air force"),
        ("61".into(), "drones".into())
    );
    assert_eq!(figure("The exit poll"), ("212".into(), "seats".into()));
    assert_eq!(
        figure("Two of the three"),
        ("Two".into(), "large plants".into())
    );
    drafts_check_clean(&p, &p.run(&["suggest", "story", "--all"]).stdout);
}

#[test]
fn a_word_of_saying_used_as_a_noun_after_a_verb_gives_no_claimant() {
    // "reports" and "claim" are nouns here: the words before them are a clause, no one's name.
    let text = "Reuters could not independently verify the battlefield reports.\n\n\
        The consortium claims that the rise will cost 50,000 jobs. It made a similar claim \
        in 2016.\n\nA lawyer representing the family said 12 people were held.\n";
    let p = one_source("Claims", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for wrong in ["claimed_by: \"Reuters could", "claimed_by: \"It made"] {
        assert!(!out.stdout.contains(wrong), "{wrong}\n{}", out.stdout);
    }
    // A participle before the article is part of a name: the lawyer still speaks.
    for said in [
        "claimed_by: \"The consortium\"",
        "claimed_by: \"A lawyer representing the family\"",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    drafts_check_clean(&p, &out.stdout);
}

#[test]
fn a_but_inside_quoted_speech_and_a_bracketed_abbreviation_keep_the_claimant() {
    let text = "\"We have opened 23 camps, but the numbers are growing faster than we can \
        register them,\" Kalemba said.\n\nAt least 12,000 people have been forced from their \
        homes, the Department of Disaster Management Affairs (DoDMA) said on Monday.\n\n\
        More than 10.7 million people are displaced, the International Organization for \
        Migration (IOM) said.\n";
    let p = one_source("Floods", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for said in [
        "claimed_by: \"Kalemba\"",
        "claimed_by: \"the Department of Disaster Management Affairs\"",
        "claimed_by: \"the International Organization for Migration\"",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    assert!(!out.stdout.contains("(after \"but\""), "{}", out.stdout);
    drafts_check_clean(&p, &out.stdout);
}

/// "as the ministry said", "wie die Polizei mitteilte": the speaker is who follows the "as";
/// "Про це повідомив X", "Об этом сообщил X": what is told about opens the sentence, and the
/// speaker follows the verb, never "Про це".
#[test]
fn drafts_name_the_speaker_after_as_and_after_a_verb_that_follows_what_is_told_about() {
    let text = "Four people died in the blast in the port, as the ministry said on Monday.\n\n\
        Im schwäbischen Schrobenhausen wurde eine 43-jährige Frau tot in einem Keller \
        gefunden, wie die Polizei mitteilte.\n\n\
        Кількість загиблих у місті зросла до 8 людей. Про це повідомив мер Одеси Геннадій \
        Труханов.\n\n\
        Погибли три человека. Об этом сообщил губернатор Вячеслав Гладков.\n";
    let p = one_source("Blasts", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for said in [
        "claimed_by: \"the ministry\"",
        "claimed_by: \"die Polizei\"",
        "claimed_by: \"мер Одеси Геннадій Труханов\"",
        "claimed_by: \"губернатор Вячеслав Гладков\"",
    ] {
        assert!(out.stdout.contains(said), "{said}\n{}", out.stdout);
    }
    for wrong in ["\"wie die Polizei\"", "\"Про це\"", "\"Об этом\""] {
        assert!(!out.stdout.contains(wrong), "{wrong}\n{}", out.stdout);
    }
}

#[test]
fn a_figure_given_again_in_another_unit_in_brackets_drafts_the_first() {
    let text = "Cyclone Remal made landfall on Sunday night, with winds of up to 135km/h (84mph).\n\n\
        The convoy was stopped 10 miles (16 km) from the border crossing at Rafah.\n\n\
        The strike killed 12 people (including 4 children) in the town of Kramatorsk.\n";
    let p = one_source("Storm", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // A distance is no count: "10 miles" drafts no figure, and "16 km" none in its place.
    for value in ["value: 135 ", "value: 12 "] {
        assert!(out.stdout.contains(value), "{value}\n{}", out.stdout);
    }
    for wrong in ["value: 84 ", "value: 16 "] {
        assert!(!out.stdout.contains(wrong), "{wrong}\n{}", out.stdout);
    }
}

#[test]
fn a_name_and_a_past_before_reports_that_is_no_claimant_of_the_reports() {
    let text = "The Special Rapporteur received credible reports that the military carried out \
        at least 1,652 airstrikes during the period.\n\n\
        The United Nations reported that 2.6 million people were displaced inside Myanmar.\n";
    let p = one_source("Myanmar", text);
    let out = p.run(&["suggest", "story", "--all"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        !out.stdout.contains("received credible\""),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("claimed_by: \"The United Nations\""),
        "{}",
        out.stdout
    );
}
