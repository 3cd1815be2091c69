// What the `load_check` fuzz target runs on each input, shared with tests/fuzz_regressions.rs
// (`include!`d by both), so that a crash found is replayed exactly.
//
// The input is the facts file, then a NUL byte and the text every declared source is given
// (read as UTF-8, lossily), so the quote rules and the closest-passage search see both. It is
// loaded, checked (or found invalid), and the findings are printed in every format.

/// The printed findings of `data`, read as above.
pub fn load_check(data: &[u8]) -> String {
    use factsheet::load::sources::{SourceFile, SourceText};
    use factsheet::{check, load, report};
    let (facts, source) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let loaded = load::from_bytes(
        "facts.yaml".into(),
        std::path::PathBuf::from("/nonexistent-factsheet-fuzz"),
        facts.to_vec(),
    );
    let report = match &loaded.content {
        Ok(file) => {
            let text = SourceText::new(&String::from_utf8_lossy(source), None);
            let texts: Vec<SourceFile> = (file.sources.iter())
                .map(|_| SourceFile::Read(Box::new(text.clone())))
                .collect();
            check::check(&loaded, file, &texts)
        }
        Err(problems) => check::invalid(&loaded, problems),
    };
    let mut out = report::human::render(&report, &loaded.text);
    out.push_str(&report::human::render_notes(&report, &loaded.text));
    out.push_str(&report::human::summary_line(&report, false));
    out.push_str(&report::json::render(&report));
    out.push_str(&report::github::render(&report, &report::Places::default()));
    out.push_str(&report::sarif::render(
        &report,
        &report::sarif::Run {
            text: &loaded.text,
            config: &factsheet::config::Config::default(),
            exit_code: 0,
            places: &report::Places::default(),
        },
    ));
    out
}
