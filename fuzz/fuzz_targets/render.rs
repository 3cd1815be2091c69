//! Any bytes as facts.yaml: whenever it loads, render every format with the built-in
//! templates and no source text on file. A `RunError` is fine; a panic is not.
#![no_main]

use factsheet::load;
use factsheet::render::{self, Formats, Templates};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn templates() -> &'static Templates {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    TEMPLATES.get_or_init(|| Templates::load(None).expect("the built-in templates"))
}

fuzz_target!(|data: &[u8]| {
    let loaded = load::from_bytes(
        "facts.yaml".into(),
        PathBuf::from("/nonexistent-factsheet-fuzz"),
        data.to_vec(),
    );
    if let Ok(file) = loaded.content {
        let assurance = render::Assurance {
            on_file: vec![false; file.sources.len()],
            numbers_held: false,
            support: Vec::new(),
        };
        let _ = std::hint::black_box(render::render(
            file,
            &assurance,
            templates(),
            Formats::All,
            None,
        ));
    }
});
