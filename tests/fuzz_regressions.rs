//! Every input with which a fuzzer (`fuzz/`) once made factsheet panic, run again the way that
//! fuzzer runs it. Each file under `tests/fixtures/fuzz/TARGET/` is one crash, kept as found.
//! The `render` target has found none so far; its crashes would go in `tests/fixtures/fuzz/render/`
//! with a test here that renders them as `fuzz/fuzz_targets/render.rs` does.

use std::path::Path;

/// The inputs kept for `target`, by name.
fn crashes(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut found: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    found.sort();
    found
}

include!("../fuzz/harness/load_check.rs");

#[test]
fn the_inputs_that_crashed_load_check_run_clean() {
    let found = crashes("load_check");
    assert!(!found.is_empty(), "no inputs kept");
    for (name, data) in found {
        let out = load_check(&data);
        assert!(
            out.contains("errors") || out.contains("error,"),
            "{name}: {out}"
        );
    }
}

/// The first crash: a finding at a no-break space that ends its line, whose snippet was cut
/// inside the character.
#[test]
fn a_finding_at_a_multi_byte_character_that_ends_its_line_is_shown() {
    let facts = "briefing:\n  title: T\n  as_of: 2022-03-03\nfacts:\n  - id: f\n    \
                 claimed_by: \"X\"\u{a0}\n";
    let out = load_check(facts.as_bytes());
    assert!(out.contains("the line goes on with `U+00A0`"), "{out}");
}
