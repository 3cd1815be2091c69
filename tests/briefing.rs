//! briefing.json (`generate --format json`) and its JSON Schema (`factsheet schema
//! --briefing`): the JSON of the shipped facts, of the fixtures and of a briefing with changes
//! validates against the schema (a real validator); the schema is closed, so a field added to
//! the document or taken from it fails; and the JSON says what the HTML briefing shows: the
//! same facts in the same order, with the same numbers and sources.

mod common;
use common::{Project, copy_dir, git};
use serde_json::{Value, json};
use std::path::Path;

fn schema() -> Value {
    serde_json::from_str(&factsheet::schema::briefing_schema()).expect("the schema is JSON")
}

/// What the validator finds wrong with `document`, one line each.
fn errors(document: &Value) -> Vec<String> {
    let validator = jsonschema::draft202012::new(&schema()).expect("a valid schema");
    validator
        .iter_errors(document)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// A project in a temporary folder with these files and folders of the repository.
fn project_of(paths: &[&str]) -> Project {
    let p = Project::new("", &[]);
    for path in paths {
        let from = Path::new(path);
        let to = p.file(from.file_name().unwrap().to_str().unwrap());
        if from.is_dir() {
            copy_dir(from, &to);
        } else {
            std::fs::copy(from, to).unwrap();
        }
    }
    let _ = std::fs::remove_dir_all(p.file("output"));
    p
}

/// A copy of a fixture project (`tests/fixtures/NAME`) in a temporary folder, without output.
fn fixture(name: &str) -> Project {
    let p = Project::new("", &[]);
    copy_dir(&Path::new("tests/fixtures").join(name), p.path());
    let _ = std::fs::remove_dir_all(p.file("output"));
    p
}

/// Runs `generate` with `args` and reads the briefing.json it wrote.
fn generated(p: &Project, args: &[&str]) -> Value {
    let out = p.run(&[&["generate"], args].concat());
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let text = std::fs::read_to_string(p.file("output/briefing.json")).unwrap();
    assert!(text.ends_with("}\n"), "one document and a final newline");
    serde_json::from_str(&text).expect("briefing.json is JSON")
}

fn shipped() -> Project {
    project_of(&["facts.yaml", "sources"])
}

#[test]
fn the_shipped_briefing_and_the_fixtures_validate_against_the_schema() {
    let shipped = generated(&shipped(), &["--format", "json"]);
    assert_eq!(errors(&shipped), Vec::<String>::new());
    let facts = shipped["facts"].as_array().unwrap().len();
    assert!(facts > 50, "{facts}");
    assert_eq!(shipped["totals"]["facts"], facts);
    // Its quotes are classed: some reported as claims, with whose claim.
    let classes: Vec<&Value> = (shipped["facts"].as_array().unwrap().iter())
        .flat_map(|f| f["sources"].as_array().unwrap())
        .map(|s| &s["support"])
        .collect();
    assert!(classes.contains(&&json!("claimed")), "{classes:?}");
    let clean = generated(&fixture("clean"), &["--format", "json"]);
    assert_eq!(errors(&clean), Vec::<String>::new());
    assert_eq!(clean["changes"], Value::Null);
}

#[test]
fn changes_since_a_revision_are_in_the_json_and_validate() {
    let p = project_of(&[
        "tests/fixtures/diff/old.yaml",
        "tests/fixtures/diff/new.yaml",
    ]);
    copy_dir(Path::new("tests/fixtures/diff/sources"), &p.file("sources"));
    std::fs::copy(p.file("old.yaml"), p.file("facts.yaml")).unwrap();
    git(p.path(), &["init", "-q"]);
    git(p.path(), &["add", "facts.yaml", "sources"]);
    git(p.path(), &["commit", "-q", "-m", "The briefing of 2 March"]);
    std::fs::copy(p.file("new.yaml"), p.file("facts.yaml")).unwrap();
    let document = generated(&p, &["--format", "json", "--since", "HEAD"]);
    assert_eq!(errors(&document), Vec::<String>::new());
    let changes = &document["changes"];
    assert_eq!(changes["since"], "HEAD");
    assert_eq!(changes["added"], json!(["kherson-curfew"]));
    assert_eq!(changes["removed"][0]["id"], "left-the-country");
    let moved = &changes["changed"][1];
    assert_eq!(moved["fact"], "russian-dead-russia");
    assert_eq!(
        moved["details"][1],
        "Russian soldiers killed: 498 \u{2192} 512 (+14, +2.8%)"
    );
    assert_eq!(
        moved["changes"][2]["delta"],
        json!({"old": 498, "new": 512, "difference": 14, "percent": 2.8})
    );
    assert_eq!(
        moved["was"]["text"],
        "Russia's Defence Ministry says 498 Russian soldiers were killed in the first seven days."
    );
}

/// Every object schema in `schema`, wherever it is.
fn objects<'a>(schema: &'a Value, out: &mut Vec<&'a Value>) {
    match schema {
        Value::Object(map) => {
            if map.contains_key("properties") {
                out.push(schema);
            }
            map.values().for_each(|v| objects(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| objects(v, out)),
        _ => {}
    }
}

#[test]
fn the_schema_is_closed_and_a_field_added_or_taken_fails_it() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let mut all = Vec::new();
    objects(&schema, &mut all);
    assert!(all.len() > 15, "{}", all.len());
    for object in all {
        let mut properties: Vec<&String> =
            object["properties"].as_object().unwrap().keys().collect();
        let mut required: Vec<&str> = (object["required"].as_array())
            .unwrap_or_else(|| panic!("no required in {object}"))
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        properties.sort();
        required.sort();
        assert_eq!(properties, required, "{object}");
        assert_eq!(object["additionalProperties"], false, "{object}");
    }
    // Descriptions come from the doc comments.
    let fact = &schema["$defs"]["Fact"]["properties"];
    assert!(
        fact["original_sources"]["description"]
            .as_str()
            .unwrap()
            .starts_with("How many of them are independent"),
        "{fact}"
    );

    let p = fixture("clean");
    let good = generated(&p, &["--format", "json"]);
    let broken = |change: &dyn Fn(&mut Value)| {
        let mut document = good.clone();
        change(&mut document);
        errors(&document)
    };
    let added = broken(&|d| {
        d["facts"][0]["importance"] = json!(3);
    });
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(added[0].contains("importance"), "{added:?}");
    let taken = broken(&|d| {
        d["sources"][1].as_object_mut().unwrap().remove("note");
    });
    assert_eq!(taken.len(), 1, "{taken:?}");
    assert!(taken[0].contains("note"), "{taken:?}");
    let unknown_class = broken(&|d| d["facts"][0]["sources"][0]["support"] = json!("maybe"));
    assert_eq!(unknown_class.len(), 1, "{unknown_class:?}");
    let bad_date = broken(&|d| d["as_of"] = json!("3 March 2022"));
    assert_eq!(bad_date.len(), 1, "{bad_date:?}");
}

#[test]
fn the_json_names_the_facts_and_sources_as_the_html_briefing_does() {
    let p = shipped();
    let document = generated(&p, &["--format", "html,json"]);
    let html = std::fs::read_to_string(p.file("output/briefing.html")).unwrap();
    let page = scraper::Html::parse_document(&html);
    let fact = scraper::Selector::parse("li.fact").unwrap();
    let cite = scraper::Selector::parse("p.statement a.cite").unwrap();
    let in_html: Vec<(String, String, Vec<String>)> = page
        .select(&fact)
        .map(|li| {
            let v = li.value();
            let marks = li.select(&cite).map(|a| a.text().collect()).collect();
            (
                v.attr("id").unwrap().to_owned(),
                v.attr("value").unwrap().to_owned(),
                marks,
            )
        })
        .collect();
    let in_json: Vec<(String, String, Vec<String>)> = (document["facts"].as_array().unwrap())
        .iter()
        .map(|f| {
            let marks = (f["sources"].as_array().unwrap().iter())
                .map(|s| format!("[{}]", s["number"]))
                .collect();
            (
                f["anchor"].as_str().unwrap().to_owned(),
                f["number"].to_string(),
                marks,
            )
        })
        .collect();
    assert!(in_json.len() > 50, "{}", in_json.len());
    assert_eq!(in_json, in_html);
    // The totals are those the HTML briefing gives.
    let totals = &document["totals"];
    let said = format!(
        "{} facts from {} sources.",
        totals["facts"], totals["sources"]
    );
    assert!(html.contains(&said), "{said}");
}

#[test]
fn inline_markdown_comes_as_text_safe_markdown_and_html() {
    let facts = std::fs::read_to_string("tests/fixtures/clean/facts.yaml")
        .unwrap()
        .replace(
            "Russian paratroopers landed in *Kharkiv*, a city of nearly 1.4 million people.",
            "Russian paratroopers landed in [*Kharkiv*](https://example.org/k) <b>a city</b> of nearly 1.4 million people.",
        );
    let p = fixture("clean");
    std::fs::write(p.file("facts.yaml"), facts).unwrap();
    let document = generated(&p, &["--format", "json"]);
    let statement = &document["facts"][4]["statement"];
    assert_eq!(
        statement,
        &json!({
            "text": "Russian paratroopers landed in Kharkiv <b>a city</b> of nearly 1.4 million people.",
            "markdown": "Russian paratroopers landed in [*Kharkiv*](<https://example.org/k>) \\<b\\>a city\\</b\\> of nearly 1.4 million people.",
            "html": "Russian paratroopers landed in <a href=\"https://example.org/k\"><em>Kharkiv</em></a> &lt;b&gt;a city&lt;/b&gt; of nearly 1.4 million people."
        })
    );
}
