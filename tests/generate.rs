//! `factsheet generate`: golden outputs, safety against hostile fields, atomic and refusing
//! writes, user templates, and `--check`.

mod common;
use common::{ARTICLE, BRIEFING, Project, copy_dir};
use std::path::Path;

/// A copy of a fixture project in a temporary folder, without an output folder.
fn fixture(name: &str) -> Project {
    let p = Project::new("", &[]);
    copy_dir(&Path::new("tests/fixtures").join(name), p.path());
    let _ = std::fs::remove_dir_all(p.file("output"));
    p
}

fn read(p: &Project, path: &str) -> String {
    std::fs::read_to_string(p.file(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn golden_briefings_of_the_clean_fixture() {
    let p = fixture("clean");
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "wrote output/briefing.md\nwrote output/briefing.html\n"
    );
    insta::assert_snapshot!("clean_briefing_md", read(&p, "output/briefing.md"));
    insta::assert_snapshot!("clean_briefing_html", read(&p, "output/briefing.html"));
}

/// The clean fact base whose sources give `author`, `accessed` and `archive_url`: the source
/// list shows them, and nothing else of the briefings changes.
#[test]
fn golden_briefings_of_sources_with_author_accessed_and_archive_url() {
    let p = fixture("sourced");
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let md = read(&p, "output/briefing.md");
    let html = read(&p, "output/briefing.html");
    insta::assert_snapshot!("sourced_briefing_md", md);
    insta::assert_snapshot!("sourced_briefing_html", html);

    let clean = fixture("clean");
    assert_eq!(clean.run(&["generate"]).code, Some(0));
    let changed = |new: &str, old: &str| -> Vec<String> {
        let old: Vec<&str> = old.lines().collect();
        new.lines()
            .filter(|line| !old.contains(line))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(
        changed(&md, &read(&clean, "output/briefing.md")),
        [
            "1. **Opoyi**, “Russian forces have captured Ukraine's Kherson: Kremlin”, by Opoyi Desk, \
             2 March 2022. <https://opoyi.com/world/russian-forces-have-captured-ukraines-kherson-kremlin-104593/> \
             Accessed 3 March 2022. [Archived copy](<https://web.archive.org/web/20220303093000/https://opoyi.com/world/russian-forces-have-captured-ukraines-kherson-kremlin-104593/>). \
             Cited by facts 1, 4, 5.",
            "2. **The Wall Street Journal**, by Yaroslav Trofimov \\& Stacey \\<Meichtry\\> (a reworded \
             copy of the article, not the original page). Cited by facts 2, 3.",
            "3. **Example Agency**, “A wire report not kept on file”. <https://example.org/wire?id=1&lang=en> \
             Accessed 4 March 2022. Cited by fact 5.",
        ]
    );
    assert_eq!(
        changed(&html, &read(&clean, "output/briefing.html")).len(),
        4,
        "the author lines of two sources, the access lines of two"
    );

    // The HTML: the author as text, the days as machine-readable dates, the archived copy a
    // link whose accessible name says which source it is a copy of.
    let doc = scraper::Html::parse_document(&html);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let item = |id: &str| {
        doc.select(&select(&format!("li#source-{id}")))
            .next()
            .unwrap()
    };
    let opoyi = item("opoyi");
    let text = |e: scraper::ElementRef<'_>, css: &str| -> Vec<String> {
        e.select(&select(css)).map(|x| x.text().collect()).collect()
    };
    assert_eq!(text(opoyi, ".author"), ["Opoyi Desk"]);
    let archive = opoyi.select(&select("a.archive")).next().unwrap();
    assert_eq!(
        archive.value().attr("href"),
        Some(
            "https://web.archive.org/web/20220303093000/https://opoyi.com/world/russian-forces-have-captured-ukraines-kherson-kremlin-104593/"
        )
    );
    assert_eq!(
        archive.value().attr("aria-label"),
        Some("Archived copy of source 1, Opoyi")
    );
    assert_eq!(archive.text().collect::<String>(), "Archived copy");
    let accessed = opoyi.select(&select(".access time")).next().unwrap();
    assert_eq!(accessed.value().attr("datetime"), Some("2022-03-03"));
    assert_eq!(
        text(opoyi, ".access"),
        ["Accessed 3 March 2022. Archived copy."]
    );
    let wsj = item("wsj");
    assert_eq!(
        text(wsj, ".author"),
        ["Yaroslav Trofimov & Stacey <Meichtry>"]
    );
    assert!(wsj.select(&select(".access")).next().is_none());
    let agency = item("agency");
    assert_eq!(text(agency, ".access"), ["Accessed 4 March 2022."]);
    assert!(agency.select(&select("a.archive")).next().is_none());
}

#[test]
fn the_same_input_gives_the_same_bytes_without_paths_or_dates_of_the_run() {
    let a = fixture("clean");
    let b = fixture("clean");
    assert_eq!(a.run(&["generate"]).code, Some(0));
    assert_eq!(b.run(&["generate", "--format", "all"]).code, Some(0));
    for name in ["output/briefing.md", "output/briefing.html"] {
        let text = read(&a, name);
        assert_eq!(text, read(&b, name), "{name} differs between two runs");
        let dir = a.path().to_string_lossy().into_owned();
        assert!(
            !text.contains(&dir),
            "{name} holds the project's absolute path"
        );
        let today = jiff::Zoned::now().date();
        for written in [today.to_string(), today.strftime("%-d %B %Y").to_string()] {
            assert!(!text.contains(&written), "{name} holds today's date");
        }
    }
    // A second run changes nothing on disk.
    let out = a.run(&["generate"]);
    assert_eq!(
        out.stdout,
        "unchanged output/briefing.md\nunchanged output/briefing.html\n"
    );
}

#[test]
fn format_chooses_the_files() {
    let p = fixture("clean");
    assert_eq!(p.run(&["generate", "--format", "html"]).code, Some(0));
    assert!(p.file("output/briefing.html").exists());
    assert!(!p.file("output/briefing.md").exists());
    let out = p.run(&["generate", "--format", "md", "--out", "public/brief"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(p.file("public/brief/briefing.md").exists());
    // A `..` through a folder that is not made yet, as `mkdir -p` takes it.
    let out = p.run(&["generate", "--format", "md", "--out", "drafts/../final"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "wrote drafts/../final/briefing.md\n");
    assert!(p.file("final/briefing.md").exists());
}

#[test]
fn golden_json_of_the_clean_fixture() {
    let p = fixture("clean");
    let out = p.run(&["generate", "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "wrote output/briefing.json\n");
    assert!(!p.file("output/briefing.md").exists());
    assert!(!p.file("output/briefing.html").exists());
    insta::assert_snapshot!("clean_briefing_json", read(&p, "output/briefing.json"));
}

#[test]
fn a_list_of_formats_writes_each_briefing_once_in_a_fixed_order() {
    let p = fixture("clean");
    let out = p.run(&["generate", "--format", "json,md,json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "wrote output/briefing.md\nwrote output/briefing.json\n"
    );
    let out = p.run(&["generate", "--format", "all", "--format", "json"]);
    assert_eq!(
        out.stdout,
        "unchanged output/briefing.md\nwrote output/briefing.html\nunchanged output/briefing.json\n"
    );
    // `all` is the contract's: the Markdown and the HTML briefing, not the JSON.
    std::fs::remove_file(p.file("output/briefing.json")).unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(
        out.stdout,
        "unchanged output/briefing.md\nunchanged output/briefing.html\n"
    );
    assert!(!p.file("output/briefing.json").exists());
    for bad in ["md,", "md,pdf", ""] {
        let out = p.run(&["generate", "--format", bad]);
        assert_eq!(out.code, Some(2), "{bad}: {}", out.stderr);
    }
}

#[test]
fn json_is_checked_like_the_other_briefings_and_reads_no_template() {
    let p = fixture("clean");
    let out = p.run(&["generate", "--format", "json", "--check"]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        "output/briefing.json is not current (missing or different): run `factsheet generate \
         --format json` and commit it\n"
    );
    assert_eq!(p.run(&["generate", "--format", "md,json"]).code, Some(0));
    let out = p.run(&["generate", "--format", "md,json", "--check"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // A change that only the JSON shows (who verified a fact) makes it stale, not the rest.
    let facts = read(&p, "facts.yaml").replacen(
        "verified_by: \"factsheet maintainers\"",
        "verified_by: \"A. Checker\"",
        1,
    );
    std::fs::write(p.file("facts.yaml"), facts).unwrap();
    let out = p.run(&["generate", "--format", "md,json", "--check"]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.contains("output/briefing.json is not current"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("briefing.md"), "{}", out.stderr);
    // JSON does not go through the templates: a broken one stops only the formats that use it.
    std::fs::create_dir(p.file("templates")).unwrap();
    std::fs::write(p.file("templates/briefing.md"), "{{ unclosed").unwrap();
    let out = p.run(&["generate", "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "updated output/briefing.json\n");
    assert!(read(&p, "output/briefing.json").contains("\"verified_by\": \"A. Checker\""));
    assert_eq!(p.run(&["generate", "--format", "md,json"]).code, Some(2));
    // An error in the facts writes no JSON either.
    let broken =
        read(&p, "facts.yaml").replace("have taken the regional", "have seized the regional");
    std::fs::write(p.file("facts.yaml"), broken).unwrap();
    let before = read(&p, "output/briefing.json");
    let out = p.run(&["generate", "--format", "json"]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert_eq!(read(&p, "output/briefing.json"), before);
}

#[test]
fn an_error_writes_nothing_and_leaves_the_old_output_whole() {
    let p = fixture("clean");
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let before_md = read(&p, "output/briefing.md");
    let before_html = read(&p, "output/briefing.html");
    // Break a quote: quote-not-found is an error.
    let facts = read(&p, "facts.yaml").replace(
        "have taken the regional center",
        "have seized the regional center",
    );
    std::fs::write(p.file("facts.yaml"), &facts).unwrap();
    let broken = facts;
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("quote-not-found"), "{}", out.stderr);
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert_eq!(read(&p, "output/briefing.md"), before_md);
    assert_eq!(read(&p, "output/briefing.html"), before_html);
    let names: Vec<_> = std::fs::read_dir(p.file("output"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "no stray files: {names:?}");
    // An invalid facts file also writes nothing.
    std::fs::write(p.file("facts.yaml"), "briefing: [\n").unwrap();
    assert_eq!(p.run(&["generate"]).code, Some(1));
    assert_eq!(read(&p, "output/briefing.html"), before_html);
    // Nor does a failed run leave a folder behind where there was none: the briefing is
    // rendered while the rules run, into temporary files that go when the rules fail.
    std::fs::write(p.file("facts.yaml"), &broken).unwrap();
    std::fs::remove_dir_all(p.file("output")).unwrap();
    assert_eq!(p.run(&["generate"]).code, Some(1));
    assert!(!p.file("output").exists(), "no output folder is left");
}

#[test]
fn an_output_folder_that_cannot_be_made_cannot_run() {
    let p = fixture("clean");
    std::fs::write(p.file("blocker"), "a file, not a folder").unwrap();
    let out = p.run(&["generate", "--out", "blocker"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("error: cannot use the output folder `blocker`: `blocker` is a file"),
        "{}",
        out.stderr
    );
    assert_eq!(read(&p, "blocker"), "a file, not a folder");
    // Nor can --check: exit 2 with the same message, not "is not current".
    for args in [
        &["--out", "blocker"][..],
        &["--out", "blocker/sub"],
        &["--check", "--out", "blocker"],
        &["--check", "--out", "blocker/sub"],
    ] {
        let out_dir = args[args.len() - 1];
        let out = p.run(&[&["generate"][..], args].concat());
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert_eq!(
            out.stderr,
            format!(
                "error: cannot use the output folder `{out_dir}`: `blocker` is a file, not a \
                 folder; give a folder with --out\n"
            )
        );
    }
}

#[test]
fn check_fails_on_missing_or_stale_output_and_names_the_file() {
    let p = fixture("clean");
    let out = p.run(&["generate", "--check"]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.contains("output/briefing.md is not current"),
        "{}",
        out.stderr
    );
    assert!(!p.file("output").exists(), "--check writes nothing");
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let out = p.run(&["generate", "--check"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "output is current\n");
    std::fs::write(p.file("output/briefing.html"), "old").unwrap();
    let out = p.run(&["generate", "--check"]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.contains("output/briefing.html is not current"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("briefing.md"), "{}", out.stderr);
    assert_eq!(
        p.run(&["generate", "--check", "--format", "md"]).code,
        Some(0)
    );
}

#[test]
fn a_template_that_loops_over_a_map_gives_the_same_bytes_every_run() {
    // tera's own `group_by`, and its maps, came out in another order on each run.
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    std::fs::write(
        p.file("templates/briefing.md"),
        "{% for n, fs in sections[0].facts | group_by(attribute=\"number\") %}{{ n }} {% endfor %}\n\
         {% for publisher, list in sources | group_by(attribute=\"publisher\") %}{{ publisher }}: {{ list | length }}; {% endfor %}\n\
         {% for name, value in totals %}{{ name }}={{ value }} {% endfor %}\n",
    )
    .unwrap();
    assert_eq!(p.run(&["generate", "--format", "md"]).code, Some(0));
    let first = read(&p, "output/briefing.md");
    for _ in 0..4 {
        let out = p.run(&["generate", "--check", "--format", "md"]);
        assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    }
    // Groups in the order their first member comes, a struct's fields in their own order.
    let lines: Vec<&str> = first.lines().collect();
    assert_eq!(lines[0], "1 ", "{first}");
    assert_eq!(
        lines[1], "Opoyi: 1; The Wall Street Journal: 1; Example Agency: 1; ",
        "{first}"
    );
    assert!(
        lines[2].starts_with("facts=5 sources=3 citations=7"),
        "{first}"
    );
}

#[test]
fn templates_that_include_one_another_too_deep_are_refused_not_a_crash() {
    // 200 templates each including the next overflowed the stack (an abort, exit 134).
    let chain = |p: &Project, levels: usize| {
        std::fs::create_dir_all(p.file("templates/p")).unwrap();
        std::fs::write(
            p.file("templates/briefing.md"),
            "# {{ title }}{% include \"p/0.md\" %}",
        )
        .unwrap();
        for i in 0..levels {
            std::fs::write(
                p.file(&format!("templates/p/{i}.md")),
                format!("{{% include \"p/{}.md\" %}}", i + 1),
            )
            .unwrap();
        }
        std::fs::write(p.file(&format!("templates/p/{levels}.md")), "end").unwrap();
    };
    let p = fixture("clean");
    chain(&p, 200);
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("more than 64 deep (briefing.md -> p/0.md -> p/1.md"),
        "{}",
        out.stderr
    );
    let p = fixture("clean");
    chain(&p, 20);
    assert_eq!(p.run(&["generate", "--format", "md"]).code, Some(0));
    assert!(read(&p, "output/briefing.md").ends_with("end"));
}

#[test]
fn an_include_in_a_comment_or_a_raw_block_is_not_read() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates/parts")).unwrap();
    std::fs::write(p.file("templates/parts/broken.md"), "{{ unclosed").unwrap();
    std::fs::write(p.file("templates/parts/ok.md"), "ok").unwrap();
    std::fs::write(
        p.file("templates/briefing.md"),
        "{# {% include \"parts/broken.md\" %} #}{% raw %}{% include \"parts/broken.md\" %}{% endraw %}\n{%- include \"parts/ok.md\" %}\n",
    )
    .unwrap();
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        read(&p, "output/briefing.md"),
        "{% include \"parts/broken.md\" %}ok\n"
    );
}

#[test]
fn a_misspelt_template_name_is_told_not_ignored() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    for name in [
        "Fact.html",
        "facts.md",
        "fact.html.bak",
        "README.txt",
        "header.md",
    ] {
        std::fs::write(p.file(&format!("templates/{name}")), "x").unwrap();
    }
    // A partial that a template includes is read, whatever its name.
    std::fs::write(p.file("templates/fact.md"), "{% include \"fact2.md\" %}").unwrap();
    std::fs::write(p.file("templates/fact2.md"), "- {{ fact.id }}").unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let notes: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("note:"))
        .collect();
    assert_eq!(notes.len(), 2, "{}", out.stderr);
    assert!(
        notes[0].contains("`templates/Fact.html` is not read: a template is named `fact.html`"),
        "{}",
        out.stderr
    );
    assert!(notes[1].contains("`templates/facts.md`") && notes[1].contains("`fact.md`"));
    let quiet = p.run(&["generate", "--quiet"]);
    assert!(!quiet.stderr.contains("note:"), "{}", quiet.stderr);
}

#[test]
fn a_component_named_in_two_formats_is_told_with_its_files() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    let component = "{% component badge() %}b{% endcomponent badge %}";
    std::fs::write(
        p.file("templates/fact.md"),
        format!("{component}- {{{{ fact.id }}}}"),
    )
    .unwrap();
    std::fs::write(
        p.file("templates/fact.html"),
        format!("{component}<li>x</li>"),
    )
    .unwrap();
    assert_eq!(p.run(&["generate", "--format", "md"]).code, Some(0));
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    for said in [
        "`fact.md` is `templates/fact.md`",
        "`fact.html` is `templates/fact.html`",
        "give each its own name",
    ] {
        assert!(out.stderr.contains(said), "{said}: {}", out.stderr);
    }
}

#[test]
fn a_user_template_overrides_the_default_file_by_file() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    std::fs::write(
        p.file("templates/briefing.md"),
        "# {{ title }}\n\n{% for s in sections %}{% for f in s.facts %}- {{ f.statement }}\n{% endfor %}{% endfor %}",
    )
    .unwrap();
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let md = read(&p, "output/briefing.md");
    assert!(
        md.starts_with("# Kherson falls\n\n- Russia's Defence Ministry says"),
        "{md}"
    );
    // The HTML template was not overridden: the built-in one is used.
    assert!(read(&p, "output/briefing.html").contains("<h2 id=\"sources\">Sources</h2>"));
    // Only the stylesheet overridden: the built-in page includes the user's CSS.
    std::fs::write(
        p.file("templates/briefing.css"),
        "body { color: rebeccapurple; }",
    )
    .unwrap();
    assert_eq!(p.run(&["generate"]).code, Some(0));
    assert!(read(&p, "output/briefing.html").contains("rebeccapurple"));
    // --templates names another folder.
    std::fs::create_dir_all(p.file("other")).unwrap();
    std::fs::write(p.file("other/briefing.md"), "other {{ totals.facts }}\n").unwrap();
    assert_eq!(p.run(&["generate", "--templates", "other"]).code, Some(0));
    assert_eq!(read(&p, "output/briefing.md"), "other 5\n");
    // A byte-order mark an editor put first is not the briefing's first character.
    std::fs::write(
        p.file("other/briefing.md"),
        "\u{FEFF}other {{ totals.facts }}\n",
    )
    .unwrap();
    assert_eq!(p.run(&["generate", "--templates", "other"]).code, Some(0));
    assert_eq!(read(&p, "output/briefing.md"), "other 5\n");
}

#[test]
fn only_the_templates_in_use_are_read_and_a_stylesheet_is_text() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates/notes")).unwrap();
    // Minified CSS holds `{#`, and a hostile one tera's own tags: all are written as they are.
    let css = "body{color:#333}@media print{#main{display:none}} {% endraw %}{{ x }}{%- raw -%}";
    std::fs::write(p.file("templates/briefing.css"), css).unwrap();
    // Notes kept beside the templates are not templates.
    std::fs::write(
        p.file("templates/README.md"),
        "Use {{ title }} or {% raw %}\n",
    )
    .unwrap();
    std::fs::write(p.file("templates/notes/todo.html"), "{% if %}").unwrap();
    // A broken template of the Markdown briefing stops only the formats that use it.
    std::fs::write(p.file("templates/fact.md"), "{{ unclosed").unwrap();
    let out = p.run(&["generate", "--format", "html"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(read(&p, "output/briefing.html").contains(&format!("<style>\n{css}\n</style>")));
    for args in [&["generate"][..], &["generate", "--check"]] {
        let out = p.run(args);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            out.stderr.contains("--> templates/fact.md:1:"),
            "{}",
            out.stderr
        );
    }
    // A template the page includes is read from the folder, whatever its name.
    std::fs::remove_file(p.file("templates/fact.md")).unwrap();
    std::fs::write(p.file("templates/notes/head.txt"), "# {{ title }}\n").unwrap();
    std::fs::write(
        p.file("templates/briefing.md"),
        "{% include \"notes/head.txt\" %}",
    )
    .unwrap();
    assert_eq!(p.run(&["generate", "--format", "md"]).code, Some(0));
    assert_eq!(read(&p, "output/briefing.md"), "# Kherson falls\n");
}

#[test]
fn a_templates_folder_that_is_no_folder_stops_the_run() {
    let p = fixture("clean");
    // A file given as the folder, and a `templates` that is a link leading nowhere: neither
    // falls back on the built-in templates.
    let out = p.run(&["generate", "--templates", "facts.yaml"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cannot read templates folder `facts.yaml`: it is not a folder"),
        "{}",
        out.stderr
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("nowhere", p.file("templates")).unwrap();
        for args in [&["generate"][..], &["generate", "--check"]] {
            let out = p.run(args);
            assert_eq!(out.code, Some(2), "{}", out.stderr);
            assert!(
                out.stderr.contains("`templates`: no such folder"),
                "{}",
                out.stderr
            );
        }
    }
    assert!(!p.file("output").exists(), "nothing written");
}

#[test]
fn topics_that_differ_only_in_case_are_one_section_under_the_first_spelling() {
    let p = fixture("clean");
    let facts = read(&p, "facts.yaml");
    let at = facts.rfind("topic: Casualties").unwrap();
    let facts = format!(
        "{}topic: \"  CASUALTIES \"{}",
        &facts[..at],
        &facts[at + 17..]
    );
    std::fs::write(p.file("facts.yaml"), facts).unwrap();
    let out = p.run(&["generate", "--format", "md,json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let md = read(&p, "output/briefing.md");
    let sections: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        sections[1..5],
        [
            "## Kherson",
            "## Casualties",
            "## Humanitarian situation",
            "## Kharkiv"
        ],
        "{md}"
    );
    let json = read(&p, "output/briefing.json");
    assert!(json.contains("\"topic\": \"Casualties\",\n      \"anchor\": \"topic-casualties\""));
    assert!(!json.contains("topic-casualties-2"), "{json}");
}

#[test]
fn a_broken_template_cannot_run_and_says_where() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    std::fs::write(
        p.file("templates/briefing.md"),
        "# {{ title }}\n{% for x in %}\n",
    )
    .unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    // Named by its file, as from where factsheet runs, not by the template's name alone.
    assert!(
        out.stderr.contains("--> templates/briefing.md:2:"),
        "{}",
        out.stderr
    );
    std::fs::write(
        p.file("templates/briefing.md"),
        "# {{ title }}\n\n{{ no_such_field }}\n",
    )
    .unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains("--> templates/briefing.md:3:"),
        "{}",
        out.stderr
    );
    assert!(
        !p.file("output/briefing.html").exists(),
        "nothing is written when a template fails"
    );
    let out = p.run(&["generate", "--templates", "nope"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("nope"), "{}", out.stderr);
    // An include that comes back to itself: tera names no place, factsheet names the files.
    std::fs::write(p.file("templates/briefing.md"), "{% include \"part.md\" %}").unwrap();
    std::fs::write(p.file("templates/part.md"), "{% include \"briefing.md\" %}").unwrap();
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("Circular include detected"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("\n  `briefing.md` is `templates/briefing.md`\n")
            && out
                .stderr
                .ends_with("\n  `part.md` is `templates/part.md`\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_user_fact_template_renders_every_fact_of_the_page() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    // Only the fact template: the built-in page places what it renders, once per fact.
    std::fs::write(
        p.file("templates/fact.html"),
        "<li id=\"{{ fact.anchor }}\">{{ fact.number }}: {{ fact.quote_count }} from {{ fact.sources | length }} cited</li>\n\n",
    )
    .unwrap();
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let html = read(&p, "output/briefing.html");
    assert_eq!(html.matches(" cited</li>").count(), 5, "{html}");
    // Fact 1 quotes its one source twice: two quotes, one source.
    assert!(html.contains(">1: 2 from 1 cited</li>\n"), "{html}");
    assert!(
        !html.contains("class=\"fact\""),
        "the default fact template is replaced"
    );
    // The Markdown page still uses its own fact templates.
    assert!(read(&p, "output/briefing.md").contains("- **1.** "));
}

#[test]
fn a_broken_fact_template_names_the_fact() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    std::fs::write(
        p.file("templates/fact.md"),
        "- {{ fact.statement }}\n{{ fact.no_such_field }}\n",
    )
    .unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains("--> templates/fact.md:2:")
            && out.stderr.contains("fact `kherson-taken`"),
        "{}",
        out.stderr
    );
    assert!(!p.file("output/briefing.md").exists(), "nothing is written");
    // A misspelt field gets the fields there are, not the advice about a none.
    assert!(!out.stderr.contains("is none here"), "{}", out.stderr);
}

/// A field of a field the fact leaves out (`fact.figure.value` for a fact with no figure) is
/// "not defined" in tera's words, as a misspelt one is; the error says what to do about it.
#[test]
fn a_field_of_a_none_says_to_test_it_first() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    std::fs::write(p.file("templates/fact.md"), "- {{ fact.figure.value }}\n").unwrap();
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains("--> templates/fact.md:1:")
            && out.stderr.contains("is none here")
            && out.stderr.contains("{% if fact.figure %}"),
        "{}",
        out.stderr
    );
}

#[test]
fn when_both_page_templates_fail_the_markdown_one_is_told_every_time() {
    let p = fixture("clean");
    std::fs::create_dir_all(p.file("templates")).unwrap();
    for name in ["briefing.md", "briefing.html"] {
        std::fs::write(
            p.file(&format!("templates/{name}")),
            "{{ no_such_variable }}\n",
        )
        .unwrap();
    }
    // The two pages render side by side; the message must not depend on which ends first.
    for _ in 0..5 {
        let out = p.run(&["generate"]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            out.stderr.contains("template `briefing.md`")
                && !out.stderr.contains("template `briefing.html`"),
            "{}",
            out.stderr
        );
    }
    assert!(!p.file("output").exists(), "nothing is written");
}

// ---------------------------------------------------------------- hostile input

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% raw %}x{% endraw %}",
    "\"><svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">a</a>",
    "![i](https://evil.example/x.png)",
];

/// A facts file with `payload` in every free-text field.
fn hostile(payload: &str) -> Project {
    let q = payload.replace('\\', "\\\\").replace('"', "\\\"");
    let facts = format!(
        "briefing:\n  title: \"T {q}\"\n  as_of: 2022-03-03\n  summary: \"S {q}\"\nsources:\n  - id: a\n    title: \"Ti {q}\"\n    publisher: \"P {q}\"\n    url: \"https://example.org/a?q=%22%3E\"\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"St {q}\"\n    topic: \"To {q}\"\n    location: \"L {q}\"\n    claimed_by: \"C {q}\"\n    figure:\n      value: 1\n      label: \"La {q}\"\n      measure: \"M {q}\"\n    sources:\n      - source: a\n        quote: \"Qu {q}\"\n    verified_by: \"V {q}\"\n    allow:\n      - rule: figure-not-in-quote\n        reason: \"test\"\n  - id: g\n    statement: \"Second\"\n    topic: \"To {q}\"\n    location: \"L {q}\"\n    figure:\n      value: 2\n      label: \"La\"\n      measure: \"M {q}\"\n    sources:\n      - source: a\n        quote: \"Qu {q}\"\n    verified_by: \"V\"\n    allow:\n      - rule: number-not-in-quote\n        reason: \"test\"\n      - rule: figure-not-in-quote\n        reason: \"test\"\n"
    );
    let article = format!("Qu {payload} and more.");
    let p = Project::new(&facts, &[("a.txt", article.as_bytes())]);
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(0), "{payload}: {}", out.stderr);
    p
}

/// Nothing in the page can run, load or navigate somewhere unsafe.
fn assert_inert(html: &str, payload: &str) {
    let doc = scraper::Html::parse_document(html);
    let all = scraper::Selector::parse("*").unwrap();
    for el in doc.select(&all) {
        let name = el.value().name();
        assert!(
            !matches!(
                name,
                "script"
                    | "img"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "link"
                    | "base"
                    | "form"
                    | "image"
            ),
            "{payload}: a <{name}> element got through"
        );
        for (attr, value) in el.value().attrs() {
            assert!(
                !attr.starts_with("on"),
                "{payload}: an event handler `{attr}` got through"
            );
            let v = value.trim().to_ascii_lowercase();
            assert!(
                !v.starts_with("javascript:"),
                "{payload}: a javascript: address got through"
            );
            if matches!(attr, "href" | "src" | "cite" | "xlink:href") {
                assert!(
                    v.starts_with('#') || v.starts_with("https://example.org/"),
                    "{payload}: <{name} {attr}=\"{value}\"> points outside the page"
                );
            }
        }
    }
}

#[test]
fn hostile_fields_are_shown_as_text_in_html() {
    for payload in PAYLOADS {
        let p = hostile(payload);
        let html = read(&p, "output/briefing.html");
        assert_inert(&html, payload);
        assert!(
            !html.contains("49"),
            "{payload}: a template expression was evaluated"
        );
        // The text is shown, not dropped: each field keeps its visible words.
        let doc = scraper::Html::parse_document(&html);
        let text: String = doc.root_element().text().collect();
        if payload.starts_with("{{") {
            assert!(text.contains("St {{ 7*7 }}"), "{payload}: {text}");
        }
        if payload.starts_with("<script") {
            assert!(
                text.contains("St <script>alert(1)</script>"),
                "the statement shows the tag as text"
            );
            assert!(
                text.contains("T <script>alert(1)</script>"),
                "the title shows the tag as text"
            );
        }
    }
}

#[test]
fn control_characters_reach_no_briefing() {
    // ESC, BEL and CSI (U+009B) in every field: `invisible-character` warns, and the briefings
    // show U+FFFD where each was (no HTML may hold one; a terminal would obey them).
    let p = hostile("a\u{1b}[31mred\u{7}\u{9b}!");
    for page in ["output/briefing.md", "output/briefing.html"] {
        let text = read(&p, page);
        assert!(
            !text.contains(['\u{1b}', '\u{7}', '\u{9b}']),
            "{page} holds a control character"
        );
        assert!(
            text.contains("St a\u{fffd}") && text.contains("red\u{fffd}\u{fffd}"),
            "{page}: {text}"
        );
    }
}

#[test]
fn references_noncharacters_and_controls_reach_no_briefing() {
    // A direction control written as a reference, noncharacters typed and written, and
    // control characters (NUL, ESC, DEL, CSI) in the summary and a statement: no briefing
    // carries them, briefing.json's text, markdown and html included; each is U+FFFD.
    let bad = r"&#x202E;Kherson&#x202C; \uFDD0&#xFFFE; \0\e\x7F\x9B \U0010FFFF \u202Eab";
    let facts = format!(
        "briefing:\n  title: \"T\"\n  as_of: 2022-03-03\n  summary: \"S {bad}\"\nsources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"St {bad}\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n    verified_by: me\n"
    );
    let p = Project::new(&facts, &[("a.txt", ARTICLE.as_bytes())]);
    let out = p.run(&["generate", "--format", "all,json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // A typed direction override too (it would show "ab" as "ba").
    let shown =
        "Kherson\u{fffd} \u{fffd}\u{fffd} \u{fffd}\u{fffd}\u{fffd}\u{fffd} \u{fffd} \u{fffd}ab";
    let forbidden = |c: char| {
        matches!(c, '\u{202a}'..='\u{202e}' | '\u{fdd0}'..='\u{fdef}')
            || (c as u32) & 0xfffe == 0xfffe
            || (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    };
    for page in ["output/briefing.md", "output/briefing.html"] {
        let text = read(&p, page);
        assert!(!text.contains(forbidden), "{page}: {text}");
        assert!(
            text.contains(&format!("St \u{fffd}{shown}")),
            "{page}: {text}"
        );
        assert!(
            text.contains(&format!("S \u{fffd}{shown}")),
            "{page}: {text}"
        );
    }
    let json: serde_json::Value = serde_json::from_str(&read(&p, "output/briefing.json")).unwrap();
    let statement = &json["facts"][0]["statement"];
    for inline in [statement, &json["summary"]] {
        for form in ["text", "markdown", "html"] {
            let value = inline[form].as_str().unwrap_or_default();
            assert!(!value.contains(forbidden), "{form}: {value:?}");
            assert!(
                value.contains(&format!("\u{fffd}{shown}")),
                "{form}: {value:?}"
            );
        }
    }
}

#[test]
fn every_id_of_the_page_is_unique_and_json_has_the_same_anchors() {
    // "Phase-1" repeats "Phase 1": its `-2` must not be the anchor of "Phase 1 2" (places
    // likewise); a chart's title and description must not take the anchor of the measure
    // "Deaths title".
    let fact = |id: &str, topic: &str, place: &str, measure: &str| {
        format!(
            "  - id: {id}\n    statement: \"S.\"\n    topic: \"{topic}\"\n    location: \"{place}\"\n    figure: {{value: 5, label: \"dead\", measure: \"{measure}\"}}\n    sources: [{{source: a}}]\n    verified_by: me\n"
        )
    };
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    publisher: P\nfacts:\n{}{}{}{}",
        fact("a", "Phase 1", "Zone A", "Deaths"),
        fact("b", "Phase-1", "Zone-A", "Deaths"),
        fact("c", "Phase 1 2", "Zone A 2", "Deaths title"),
        fact("d", "Phase 1 2", "Zone A 2", "Deaths title"),
    );
    let p = Project::new(&facts, &[]);
    let out = p.run(&["generate", "--format", "all,json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let html = read(&p, "output/briefing.html");
    let doc = scraper::Html::parse_document(&html);
    let with_id = scraper::Selector::parse("[id]").unwrap();
    let mut ids: Vec<&str> = doc.select(&with_id).filter_map(|e| e.attr("id")).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "a repeated id: {ids:?}");
    // Each topic's Contents link leads to its own section.
    let sections = scraper::Selector::parse("section.topic h2").unwrap();
    let headings: Vec<(String, String)> = (doc.select(&sections))
        .map(|h| {
            (
                h.text().collect(),
                h.attr("id").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let json: serde_json::Value = serde_json::from_str(&read(&p, "output/briefing.json")).unwrap();
    let in_json: Vec<(String, String)> = (json["sections"].as_array().unwrap().iter())
        .map(|s| {
            (
                s["topic"].as_str().unwrap().to_owned(),
                s["anchor"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(headings, in_json);
    let contents = scraper::Selector::parse("nav.contents a").unwrap();
    for (topic, anchor) in &headings {
        let link = doc
            .select(&contents)
            .find(|a| a.text().collect::<String>() == *topic);
        assert_eq!(
            link.and_then(|a| a.attr("href")),
            Some(format!("#{anchor}").as_str())
        );
    }
    for list in ["places", "comparisons", "sources"] {
        for item in json[list].as_array().unwrap() {
            let anchor = item["anchor"].as_str().unwrap();
            assert!(
                ids.contains(&anchor),
                "{list}: {anchor} is no id of the page"
            );
        }
    }
}

#[test]
fn topics_and_places_are_one_whatever_their_unicode_form_and_spacing() {
    // "É" composed and decomposed, "ï" likewise, and a double space: one section or place
    // each, under the first spelling.
    let fact = |id: &str, topic: &str, place: &str| {
        format!(
            "  - id: {id}\n    statement: \"S.\"\n    topic: \"{topic}\"\n    location: \"{place}\"\n    sources: [{{source: a}}]\n    verified_by: me\n"
        )
    };
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    publisher: P\nfacts:\n{}{}{}{}",
        fact("a", r"\u00c9conomie", r"Kyi\u0308v"),
        fact("b", r"E\u0301conomie", r"Ky\u00efv"),
        fact("c", "Front  line", "Zone  A"),
        fact("d", "front line", "Zone A"),
    );
    let p = Project::new(&facts, &[]);
    let out = p.run(&["generate", "--format", "all,json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&read(&p, "output/briefing.json")).unwrap();
    let names = |list: &str, field: &str| -> Vec<(String, String, usize)> {
        (json[list].as_array().unwrap().iter())
            .map(|s| {
                let name = s[field].as_str().unwrap().to_owned();
                let anchor = s["anchor"].as_str().unwrap().to_owned();
                (name, anchor, s["facts"].as_array().unwrap().len())
            })
            .collect()
    };
    assert_eq!(
        names("sections", "topic"),
        [
            (
                "\u{c9}conomie".to_owned(),
                "topic-\u{e9}conomie".to_owned(),
                2
            ),
            ("Front line".to_owned(), "topic-front-line".to_owned(), 2)
        ]
    );
    assert_eq!(
        names("places", "name"),
        [
            ("Kyi\u{308}v".to_owned(), "place-ky\u{ef}v".to_owned(), 2),
            ("Zone  A".to_owned(), "place-zone-a".to_owned(), 2)
        ]
    );
}

#[test]
fn addresses_are_encoded_and_the_same_in_every_briefing() {
    // A source's url with characters an address may not hold, an archive_url with `&amp;`,
    // and a statement link with a space: each briefing links to one encoded address.
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    publisher: P\n    url: \"https://e.org/s?q=\\\"k\\\"|{{x}}^`y`\\\\z\"\n    archive_url: \"https://web.archive.org/web/2024/https://e.org/a?b=1&amp;c=2\"\nfacts:\n  - id: f\n    statement: \"See [the report](<https://e.org/annual report.pdf>).\"\n    topic: T\n    sources: [{{source: a}}]\n    verified_by: me\n"
    );
    let p = Project::new(&facts, &[]);
    let out = p.run(&["generate", "--format", "all,json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let url = "https://e.org/s?q=%22k%22%7C%7Bx%7D%5E%60y%60%5Cz";
    // `&amp;` would read as `&` in a Markdown destination, and not in an autolink or HTML.
    let archive = "https://web.archive.org/web/2024/https://e.org/a?b=1%26amp;c=2";
    let report = "https://e.org/annual%20report.pdf";
    let html = read(&p, "output/briefing.html");
    let doc = scraper::Html::parse_document(&html);
    let attrs = |selector: &str, attr: &str| -> Vec<String> {
        let selector = scraper::Selector::parse(selector).unwrap();
        (doc.select(&selector))
            .filter_map(|e| e.attr(attr).map(str::to_owned))
            .collect()
    };
    assert_eq!(attrs("a.address", "href"), [url]);
    assert_eq!(attrs("blockquote", "cite"), [url]);
    assert_eq!(attrs("a.archive", "href"), [archive]);
    assert_eq!(attrs(".statement a:not(.cite)", "href"), [report]);
    // The Markdown, read by a CommonMark reader, leads to the same addresses.
    let md = read(&p, "output/briefing.md");
    let links: Vec<String> = (pulldown_cmark::Parser::new(&md))
        .filter_map(|e| match e {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .filter(|d| d.starts_with("http"))
        .collect();
    for address in [url, archive, report] {
        assert!(links.iter().any(|l| l == address), "{address} in {links:?}");
    }
    let json: serde_json::Value = serde_json::from_str(&read(&p, "output/briefing.json")).unwrap();
    assert_eq!(json["sources"][0]["url"], url);
    assert_eq!(json["sources"][0]["archive_url"], archive);
}

#[test]
fn a_long_one_word_topic_or_place_may_break_in_the_built_in_style() {
    // The Contents is a flex list and the places a grid: their items are as wide as their
    // longest word unless the style lets it break, and a long German compound would widen the
    // page on a phone.
    let word = "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung";
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    publisher: P\nfacts:\n  - id: f\n    statement: \"S.\"\n    topic: \"{word}\"\n    location: \"{word}\"\n    sources: [{{source: a}}]\n    verified_by: me\n"
    );
    let p = Project::new(&facts, &[]);
    assert_eq!(p.run(&["generate", "--format", "html"]).code, Some(0));
    let html = read(&p, "output/briefing.html");
    assert!(html.contains(&format!(
        "<li><a href=\"#topic-{}\">{word}</a></li>",
        word.to_lowercase()
    )));
    assert!(html.contains(".contents li { min-width: 0; overflow-wrap: anywhere; }"));
    assert!(html.contains(".places dt { font-weight: 700; overflow-wrap: anywhere; }"));
    assert!(html.contains("grid-template-columns: fit-content(50%) 1fr;"));
}

#[test]
fn hostile_fields_are_shown_as_text_in_markdown() {
    for payload in PAYLOADS {
        let p = hostile(payload);
        let md = read(&p, "output/briefing.md");
        assert!(
            !md.contains("49"),
            "{payload}: a template expression was evaluated"
        );
        // Rendered by a CommonMark renderer, the Markdown is as inert as the HTML.
        let mut options = pulldown_cmark::Options::empty();
        options.insert(pulldown_cmark::Options::ENABLE_FOOTNOTES);
        options.insert(pulldown_cmark::Options::ENABLE_TABLES);
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(&md, options));
        assert_inert(&html, payload);
        let events: Vec<_> = pulldown_cmark::Parser::new_ext(&md, options).collect();
        assert!(
            !events.iter().any(|e| matches!(
                e,
                pulldown_cmark::Event::Html(_) | pulldown_cmark::Event::InlineHtml(_)
            )),
            "{payload}: raw HTML in the Markdown"
        );
    }
}

#[test]
fn statement_markdown_is_rendered_and_only_safe_links_kept() {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: \"Russia *says* it holds [Kherson](https://example.org/k); [mail](mailto:x@example.org), [local](#sources)\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"full control\"\n    verified_by: me\n"
    );
    let p = Project::new(&facts, &[("a.txt", ARTICLE.as_bytes())]);
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let html = read(&p, "output/briefing.html");
    assert!(html.contains("Russia <em>says</em> it holds <a href=\"https://example.org/k\">Kherson</a>; mail, <a href=\"#sources\">local</a>"), "{html}");
    let md = read(&p, "output/briefing.md");
    assert!(
        md.contains(
            "Russia *says* it holds [Kherson](<https://example.org/k>); mail, [local](<#sources>)"
        ),
        "{md}"
    );
}

#[test]
fn outlets_that_relay_one_claimant_are_one_original_source() {
    let p = fixture("clean");
    let facts = read(&p, "facts.yaml").replace(
        "  - id: kharkiv-paratroopers\n",
        "  - id: kharkiv-paratroopers\n    claimed_by: \"unnamed media reports\"\n",
    );
    std::fs::write(p.file("facts.yaml"), facts).unwrap();
    assert_eq!(p.run(&["generate"]).code, Some(0));
    assert!(read(&p, "output/briefing.md").contains("2 outlets, 1 original source"));
    assert!(read(&p, "output/briefing.html").contains("2 outlets, 1 original source"));
    // Without a single claimant they are two sources.
    let p = fixture("clean");
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let md = read(&p, "output/briefing.md");
    assert!(md.contains("2 March 2022 · Kharkiv · 2 sources"), "{md}");
    assert!(!md.contains("original source"));
}

/// A project whose one fact quotes "Rescue teams were searching for dozens more who were
/// missing." from two outlets, with `a` and `b` as their texts.
fn two_outlets(a: &str, b: &str) -> Project {
    let facts = format!(
        "{BRIEFING}sources:\n  - {{id: a, title: A, publisher: Dawn, file: a.txt}}\n  - {{id: b, \
         title: B, publisher: The Express Tribune, file: b.txt}}\nfacts:\n  - id: missing\n    \
         topic: Floods\n    verified_by: me\n    statement: \"Rescue teams were searching for \
         dozens of people missing after the floods.\"\n    sources:\n      - {{source: a, quote: \
         \"{QUOTE}\"}}\n      - {{source: b, quote: \"{QUOTE}\"}}\n"
    );
    Project::new(&facts, &[("a.txt", a.as_bytes()), ("b.txt", b.as_bytes())])
}

const QUOTE: &str = "Rescue teams were searching for dozens more who were missing.";

#[test]
fn two_outlets_that_run_one_wire_story_are_one_original_source() {
    let wire = format!(
        "KARACHI, Pakistan (AP) \u{2014} Flash floods swept through villages in the north of the \
         province on Tuesday, killing at least 12 people, officials said. {QUOTE}\n"
    );
    let p = two_outlets(
        &format!("Flooding kills 12 in northern province\n\n{wire}"),
        &format!("Floods kill 12 in Pakistan\n\n{wire}\nCopyright 2024 The Associated Press.\n"),
    );
    assert_eq!(
        p.run(&["generate", "--format", "md,html,json"]).code,
        Some(0)
    );
    let words = "both read \u{201c}KARACHI, Pakistan (AP) - Flash floods swept through villages \
                 in the north of the province ...\u{201d} around the quote";
    let md = read(&p, "output/briefing.md");
    assert!(
        md.contains(&format!(
            "\n  2 outlets, 1 original source \u{b7} The Express Tribune (source 2) runs the same \
             copy as Dawn (source 1) ({words})\n"
        )),
        "{md}"
    );
    let html = read(&p, "output/briefing.html");
    assert!(html.contains("2 outlets, 1 original source"), "{html}");
    assert!(
        html.contains(&format!(
            "<a href=\"#source-b\">[2] The Express Tribune</a> runs the same copy as <a \
             href=\"#source-a\">[1] Dawn</a> ({words})"
        )),
        "{html}"
    );
    let json = read(&p, "output/briefing.json");
    assert!(json.contains("\"original_sources\": 1"), "{json}");
    assert!(json.contains("\"of\": \"a\""), "{json}");
    let out = p.run(&["check", "--verbose"]);
    assert!(
        out.stdout.contains(&format!(
            "fact `missing` is reported by 2 outlets that run one copy: `b` runs the same copy as \
             `a` ({words})"
        )),
        "{}",
        out.stdout
    );
}

#[test]
fn two_outlets_that_report_in_their_own_words_are_two_sources() {
    // The same quoted sentence, with other words around it in each: two reports.
    let p = two_outlets(
        &format!("Floods\n\nFlash floods hit the north on Tuesday. {QUOTE} Roads were cut.\n"),
        &format!("Pakistan floods\n\nVillagers fled to higher ground overnight. {QUOTE}\n"),
    );
    assert_eq!(p.run(&["generate", "--format", "md,json"]).code, Some(0));
    let md = read(&p, "output/briefing.md");
    assert!(md.contains("\n  2 sources\n"), "{md}");
    assert!(read(&p, "output/briefing.json").contains("\"same_copy\": []"));
}

#[test]
fn two_outlets_that_edit_one_agencys_story_are_one_original_source() {
    // Each outlet rewrote the Reuters story around the quote; both carry its dateline.
    let p = two_outlets(
        &format!(
            "Floods\n\nKARACHI, Aug 27 (Reuters) - Flash floods hit the north on Tuesday. {QUOTE} \
             Roads were cut.\n"
        ),
        &format!(
            "Pakistan floods\n\nKARACHI (Reuters) \u{2014} Villagers fled to higher ground \
             overnight. {QUOTE}\n"
        ),
    );
    assert_eq!(p.run(&["generate", "--format", "md,json"]).code, Some(0));
    let md = read(&p, "output/briefing.md");
    assert!(
        md.contains(
            "\n  2 outlets, 1 original source \u{b7} The Express Tribune (source 2) runs the same \
             copy as Dawn (source 1) (both carry the dateline \u{201c}(Reuters)\u{201d})\n"
        ),
        "{md}"
    );
    assert!(read(&p, "output/briefing.json").contains("\"wire\": true"));
    // Two agencies' datelines are two stories; a year in parentheses is no dateline.
    let p = two_outlets(
        &format!("Floods\n\nKARACHI (Reuters) - Flash floods hit the north. {QUOTE}\n"),
        &format!("Floods\n\nKARACHI (AP) - Villagers fled to higher ground. {QUOTE}\n"),
    );
    assert_eq!(p.run(&["generate", "--format", "md"]).code, Some(0));
    assert!(read(&p, "output/briefing.md").contains("\n  2 sources\n"));
    let p = two_outlets(
        &format!("Floods\n\nThe floods (2022) - the worst in years. {QUOTE}\n"),
        &format!("Floods\n\nThe floods (2022) - a disaster foretold. {QUOTE}\n"),
    );
    assert_eq!(p.run(&["generate", "--format", "md"]).code, Some(0));
    assert!(read(&p, "output/briefing.md").contains("\n  2 sources\n"));
}

/// The last line of the Markdown briefing of a project with `facts` over `ARTICLE`, and with
/// `config` as its factsheet.toml when given.
fn footer(facts: &str, config: Option<&str>) -> String {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n{facts}"
    );
    let p = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]);
    if let Some(config) = config {
        std::fs::write(p.file("factsheet.toml"), config).unwrap();
    }
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let md = read(&p, "output/briefing.md");
    md.trim_end().lines().last().unwrap_or_default().to_owned()
}

#[test]
fn the_footer_says_what_was_checked_and_no_more() {
    let fact = |id: &str, statement: &str, extra: &str| {
        format!(
            "  - id: {id}\n    statement: \"{statement}\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"One million people have fled\"\n    claimed_by: X\n{extra}"
        )
    };
    let signed = "    verified_by: me\n";
    let both =
        fact("a", "One million people have fled.", signed) + &fact("b", "A million fled.", "");
    assert_eq!(
        footer(&both, None),
        "2 facts from 1 source. Every quote was found in the text of its source (quotation \
         marks, dashes and spacing aside), and every number in a statement or figure is in its \
         fact's quotes (dates and years aside). 1 of 2 facts name who checked them against \
         their sources by hand."
    );
    // A number the fact converts on purpose, with its reason.
    let allow = "    verified_by: me\n    allow:\n      - rule: number-not-in-quote\n        reason: \"in another unit\"\n";
    let converted = fact("a", "One million people have fled.", signed)
        + &fact("c", "About 2 million fled.", allow);
    assert_eq!(
        footer(&converted, None),
        "2 facts from 1 source. Every quote was found in the text of its source (quotation \
         marks, dashes and spacing aside), and every number in a statement or figure is in its \
         fact's quotes (dates and years aside), but for 1 fact that says why not. 2 of 2 facts \
         name who checked them against their sources by hand."
    );
    // When the fact base lowers the number rule, the footer no longer speaks for the numbers.
    let lowered = "[rules]\nnumber-not-in-quote = \"warning\"\n";
    let wrong = fact("d", "Two million fled.", signed);
    assert_eq!(
        footer(&wrong, Some(lowered)),
        "1 fact from 1 source. Every quote was found in the text of its source (quotation \
         marks, dashes and spacing aside). 1 of 1 fact names who checked it against its sources \
         by hand."
    );
    // Never "checked by factsheet", nor "signed off": the facts file names who checked.
    for footer in [footer(&both, None), footer(&converted, None)] {
        assert!(
            !footer.contains("signed off") && !footer.contains("Every fact"),
            "{footer}"
        );
    }
}

// ---------------------------------------------------------------- sources, quotes, figures

/// An article in which one sentence hedges what another states, and one that quotes someone.
const HEDGED_AND_STATED: &str = "Russian military vehicles reached Kherson and looked to have \
taken control of the southern city. By evening Russian forces have taken control of Kherson, \
the regional capital.\n";
const QUOTING: &str = "Russian forces have taken \u{201c}full control\u{201d} of Kherson.\n";

#[test]
fn one_marker_per_source_with_its_quotes_together() {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: Alpha\n    file: a.txt\n  - id: b\n    title: B\n    publisher: Beta\n    file: b.txt\nfacts:\n  - id: f\n    statement: \"Russian forces have taken control of Kherson.\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"Russian military vehicles reached Kherson and looked to have taken control of the southern city\"\n      - source: b\n        quote: \"Russian forces have taken “full control” of Kherson.\"\n      - source: a\n        quote: \"Russian forces have taken control of Kherson\"\n    verified_by: me\n"
    );
    let p = Project::new(
        &facts,
        &[
            ("a.txt", HEDGED_AND_STATED.as_bytes()),
            ("b.txt", QUOTING.as_bytes()),
        ],
    );
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let (md, html) = (
        read(&p, "output/briefing.md"),
        read(&p, "output/briefing.html"),
    );
    let hedged = "\u{201c}Russian military vehicles reached Kherson and looked to have taken \
                  control of the southern city\u{201d} (reported hedged: \u{201c}looked to \
                  have\u{201d}) · \u{201c}Russian forces have taken control of Kherson\u{201d}";
    // A quote that holds double quotation marks is put in single ones.
    let nested = "\u{2018}Russian forces have taken \u{201c}full control\u{201d} of \
                  Kherson.\u{2019}";
    // Markdown: one footnote per source, in order of first citation, its quotes together; a
    // quote that hedges is labelled where its source, which states the fact, is not.
    assert!(md.contains("[^1-1][^1-2]\n"), "{md}");
    assert!(!md.contains("[^1-3]"), "{md}");
    assert!(
        md.contains(&format!("\n[^1-1]: {hedged} — Alpha, source 1\n")),
        "{md}"
    );
    assert!(
        md.contains(&format!("\n[^1-2]: {nested} — Beta, source 2\n")),
        "{md}"
    );
    assert!(md.contains("\n  2 sources\n"), "{md}");
    // HTML: one mark per source, the counts agree, and print has the quotes of each source.
    assert_eq!(html.matches("class=\"cite\"").count(), 2, "{html}");
    assert!(html.contains(">[1]</a><a class=\"cite\""), "{html}");
    assert!(
        html.contains("<span class=\"count\">2 sources</span>"),
        "{html}"
    );
    assert!(
        html.contains("<summary>The words of the 2 sources: 3 quotes</summary>"),
        "{html}"
    );
    assert!(html.contains(&format!("<p>[1] {hedged}</p>")), "{html}");
    assert!(html.contains(&format!("<p>[2] {nested}</p>")), "{html}");
    assert!(
        html.contains(
            "<span class=\"support\">(reported hedged: \u{201c}looked to have\u{201d})</span>"
        ),
        "{html}"
    );
    // The fact's source states it: its attribution line is not labelled.
    assert!(
        html.contains("<p class=\"attribution\">— <a href=\"#source-a\">[1] Alpha</a></p>"),
        "{html}"
    );
}

/// The clean fixture with `key_figures` (YAML flow list) in its briefing.
fn with_key_figures(list: &str) -> Project {
    let p = fixture("clean");
    let facts = read(&p, "facts.yaml").replace(
        "  as_of: 2022-03-03\n",
        &format!("  as_of: 2022-03-03\n  key_figures: {list}\n"),
    );
    std::fs::write(p.file("facts.yaml"), facts).unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    p
}

/// The text of the key-figures section of a briefing, up to the next section.
fn key_figures_section(text: &str, start: &str, end: &str) -> String {
    let from = text.find(start).expect("a key-figures section");
    let to = from + text[from..].find(end).unwrap_or(text.len() - from);
    text[from..to].to_owned()
}

#[test]
fn key_figures_choose_which_figures_lead_and_in_what_order() {
    // Without the list, every figure in briefing order (the golden briefings): 5,840 then 498.
    let p = fixture("clean");
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let md = read(&p, "output/briefing.md");
    let panel = key_figures_section(&md, "## Key figures", "\n### ");
    assert!(panel.find("**5,840**") < panel.find("**498**"), "{panel}");
    assert!(!md.contains("Figure: "), "{md}");
    // The list gives the order.
    let p = with_key_figures("[russian-dead-russia, russian-dead-ukraine]");
    let md = read(&p, "output/briefing.md");
    let panel = key_figures_section(&md, "## Key figures", "\n### ");
    assert!(
        panel.contains(
            "- **498** Russian soldiers killed, according to Russia's Defence Ministry (fact 3)\n\
             - **5,840** Russian soldiers killed (Ukrainian figure), according to Ukrainian \
             government (fact 2)"
        ),
        "{panel}"
    );
    let html = read(&p, "output/briefing.html");
    let panel = key_figures_section(&html, "<ul class=\"figure-grid\"", "</ul>");
    assert!(panel.find(">498<") < panel.find(">5,840<"), "{panel}");
    // A figure the list leaves out is shown with its fact, and still in its comparison.
    let p = with_key_figures("[russian-dead-russia]");
    let md = read(&p, "output/briefing.md");
    let panel = key_figures_section(&md, "## Key figures", "\n### ");
    assert!(
        panel.contains("**498**") && !panel.contains("5,840"),
        "{panel}"
    );
    assert!(
        md.contains(
            "\n  Figure: **5,840** Russian soldiers killed (Ukrainian figure) · according to \
             Ukrainian government · 1 source\n"
        ),
        "{md}"
    );
    assert!(md.contains("\n| 5,840 | Ukrainian government |"), "{md}");
    let html = read(&p, "output/briefing.html");
    assert_eq!(
        html.matches("<li class=\"figure-card\">").count(),
        1,
        "{html}"
    );
    assert!(
        html.contains(
            "<p class=\"figure-line\">Figure: <strong>5,840</strong> Russian soldiers killed \
             (Ukrainian figure)</p>"
        ),
        "{html}"
    );
    assert_eq!(html.matches("class=\"figure-line\"").count(), 1, "{html}");
    // An empty list leads with no figure; the comparison stays.
    let p = with_key_figures("[]");
    let html = read(&p, "output/briefing.html");
    assert!(!html.contains("<li class=\"figure-card\">"), "{html}");
    assert!(
        html.contains("<h2 id=\"key-figures\">Key figures</h2>"),
        "{html}"
    );
    assert!(html.contains("<figure class=\"comparison\""), "{html}");
    let md = read(&p, "output/briefing.md");
    assert!(
        md.contains("## Key figures\n\n### Russian soldiers killed: the figures side by side"),
        "{md}"
    );
}

#[test]
fn generate_never_writes_over_a_source_nor_into_the_templates_folder() {
    // A source whose text is named like a briefing, and --out its folder: the article would
    // be replaced by the briefing made from it.
    let p = fixture("clean");
    let facts = read(&p, "facts.yaml").replace("sources/wsj.txt", "sources/briefing.md");
    std::fs::write(p.file("facts.yaml"), facts).unwrap();
    std::fs::rename(p.file("sources/wsj.txt"), p.file("sources/briefing.md")).unwrap();
    let article = read(&p, "sources/briefing.md");
    let out = p.run(&["generate", "--out", "sources"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "error: cannot write `sources/briefing.md`: it is the text of source `wsj`, which \
         generate reads and never writes over; give another output folder with --out\n"
    );
    // The facts file named like a briefing, and --out its folder.
    std::fs::rename(p.file("facts.yaml"), p.file("briefing.md")).unwrap();
    let facts = read(&p, "briefing.md");
    let out = p.run(&[
        "generate",
        "--facts",
        "briefing.md",
        "--out",
        ".",
        "--format",
        "md",
    ]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "error: cannot write `./briefing.md`: it is the facts file, which generate reads and \
         never writes over; give another output folder with --out\n"
    );
    assert_eq!(read(&p, "briefing.md"), facts);
    std::fs::rename(p.file("briefing.md"), p.file("facts.yaml")).unwrap();
    assert_eq!(read(&p, "sources/briefing.md"), article);
    assert!(
        !p.file("sources/briefing.html").exists(),
        "nothing is written"
    );
    assert_eq!(p.run(&["check"]).code, Some(0));
    // The templates folder or a folder inside it, there or not yet: what is written there is read
    // as a template by the next run.
    for (args, what) in [
        (
            &["--out", "templates"][..],
            "is the templates folder `templates`",
        ),
        (
            &["--out", "t/", "--templates", "t"],
            "is the templates folder `t`",
        ),
        (
            &["--out", "templates/sub"],
            "is inside the templates folder `templates`",
        ),
    ] {
        let out = p.run(&[&["generate"], args].concat());
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            out.stderr.contains(&format!(
                "{what}: the briefings written there would be read as templates by the next run"
            )),
            "{}",
            out.stderr
        );
    }
    assert!(!p.file("templates").exists() && !p.file("t").exists());
}

#[test]
fn generate_never_writes_into_git() {
    // `.git/` holds the repository itself: briefings there (or in a folder not made yet inside
    // it) would be files git reads as its own.
    let p = fixture("clean");
    std::fs::create_dir_all(p.file(".git/hooks")).unwrap();
    for out_folder in [".git", ".git/hooks", ".git/briefings"] {
        let out = p.run(&["generate", "--out", out_folder]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert_eq!(
            out.stderr,
            format!(
                "error: cannot use the output folder `{out_folder}`: it is inside `.git/`, the \
                 repository's own files, which factsheet never reads or writes\n"
            )
        );
    }
    assert!(!p.file(".git/briefing.md").exists() && !p.file(".git/briefings").exists());
    assert!(!p.file(".git/hooks/briefing.md").exists());
}

#[test]
fn an_empty_fact_base_makes_a_briefing_that_claims_nothing() {
    // No fact, no source: no word about notes or quotes that do not exist, and no empty list.
    let p = Project::new(
        "briefing:\n  title: Nothing yet\n  as_of: 2022-03-03\nfacts: []\n",
        &[],
    );
    assert_eq!(p.run(&["generate"]).code, Some(0));
    assert_eq!(
        read(&p, "output/briefing.md"),
        "# Nothing yet\n\n**As of** 3 March 2022. 0 facts from 0 sources.\n\n---\n\n0 facts \
         from 0 sources.\n"
    );
    let html = read(&p, "output/briefing.html");
    assert!(html.contains("<p>0 facts from 0 sources.</p>"), "{html}");
    assert!(!html.contains("Sources</h2>"), "{html}");
    // The Contents names no section that is not there (it had `#sources`).
    assert!(!html.contains("href=\"#sources\""), "{html}");
    assert!(!html.contains("<ol>\n</ol>"), "{html}");
}

#[test]
fn the_comparison_chart_draws_no_bar_below_zero_and_keeps_every_label_and_value_inside() {
    let quote = "Officials counted -5 boats, 100000000000000000000 grains, at least \
                 100000000000000000000000000 atoms and 40 tonnes today.";
    let mut facts = String::from(
        "briefing:\n  title: T\n  as_of: 2024-05-02\nsources:\n  - id: s\n    title: t\n    \
         publisher: P\n    published: 2024-05-02\n    file: s.txt\nfacts:\n",
    );
    for (i, (value, qualifier)) in [
        ("-5", ""),
        ("100000000000000000000", ""),
        ("100000000000000000000000000", "at least"),
        ("40", ""),
    ]
    .iter()
    .enumerate()
    {
        let qualifier = match *qualifier {
            "" => String::new(),
            q => format!("      qualifier: {q}\n"),
        };
        // A claimant's name longer than the chart is wide.
        let claimed_by = match i {
            3 => {
                "    claimed_by: The Office of the United Nations High Commissioner for Human \
                  Rights in Geneva and its monitoring mission\n"
            }
            _ => "",
        };
        facts.push_str(&format!(
            "  - id: f{i}\n    statement: \"Officials counted things ({}).\"\n    topic: X\n{claimed_by}    \
             figure:\n      value: {value}\n{qualifier}      label: things\n      \
             measure: things\n    sources:\n      - source: s\n        quote: \"{quote}\"\n    \
             verified_by: me\n",
            ["a", "b", "c", "d"][i]
        ));
    }
    let p = Project::new(&facts, &[("s.txt", quote.as_bytes())]);
    let out = p.run(&["generate", "--format", "html,json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let json = read(&p, "output/briefing.json");
    let shares: Vec<f64> = (json.lines())
        .filter_map(|l| {
            l.trim()
                .strip_prefix("\"share\": ")?
                .trim_end_matches(',')
                .parse()
                .ok()
        })
        .collect();
    // -5 has no share of the largest, however large its size; the others are their part.
    assert_eq!(shares.len(), 4, "{json}");
    assert_eq!((shares[0], shares[2]), (0.0, 1.0), "{json}");
    assert!(
        (shares[1] - 1e-6).abs() < 1e-12 && shares[3] > 0.0,
        "{json}"
    );
    let html = read(&p, "output/briefing.html");
    let chart = &html[html.find("<svg class=\"chart\"").unwrap()..html.find("</svg>").unwrap()];
    // -5 has no bar, the other three have one.
    assert_eq!(
        chart.matches("<rect class=\"chart-bar\"").count(),
        3,
        "{chart}"
    );
    // Each label within the 320 units of the viewBox: at most 6 units a character (11 px
    // text), or the length it is squeezed to.
    for text in chart.split("<text class=\"chart-label\"").skip(1) {
        let shown = &text[text.find('>').unwrap() + 1..text.find("</text>").unwrap()];
        let width = match text.find(" textLength=\"") {
            Some(at) => text[at + 13..].split('"').next().unwrap().parse().unwrap(),
            None => 6.0 * shown.chars().count() as f64,
        };
        assert!(width <= 320.0, "{shown}: {width} in {chart}");
    }
    // Each value within the 320 units of the viewBox: at most 7.5 units a character (a bold
    // digit is about 7.2), or the length it is squeezed to.
    for text in chart.split("<text class=\"chart-value\"").skip(1) {
        let attr = |name: &str| -> Option<f64> {
            let at = text.find(&format!(" {name}=\""))? + name.len() + 3;
            text[at..].split('"').next()?.parse().ok()
        };
        let shown = &text[text.find('>').unwrap() + 1..text.find("</text>").unwrap()];
        let width = attr("textLength").unwrap_or(7.5 * shown.chars().count() as f64);
        let x = attr("x").unwrap();
        let (start, end) = if text.contains("text-anchor=\"end\"") {
            (x - width, x)
        } else {
            (x, x + width)
        };
        assert!(
            start >= 0.0 && end <= 320.0,
            "{shown}: {start}..{end} in {chart}"
        );
    }
}

/// `generate --check` says what to run to make the output current, and that command does: the
/// same folder, formats and facts file as the check, not `factsheet generate` alone.
#[test]
fn the_command_that_check_suggests_makes_the_output_current() {
    let p = fixture("clean");
    std::fs::create_dir(p.file("sub")).unwrap();
    let check = [
        "generate",
        "--facts",
        "../facts.yaml",
        "--out",
        "my site",
        "--format",
        "html,json",
        "--check",
    ];
    let out = p.run_in("sub", &check);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let command = out
        .stderr
        .split('`')
        .nth(1)
        .unwrap_or_else(|| panic!("no command in: {}", out.stderr));
    assert_eq!(
        command,
        "factsheet generate --facts ../facts.yaml --out 'my site' --format html,json"
    );
    // The same command without its `--check`.
    assert_eq!(p.run_in("sub", &check[..check.len() - 1]).code, Some(0));
    let out = p.run_in("sub", &check);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}
