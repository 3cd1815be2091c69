//! The command line pinned: each case under tests/cmd/ runs the real binary on a fixture project
//! and compares its arguments, standard output, standard error and exit code.
//! `TRYCMD=overwrite cargo test --test cli` rewrites the expected output after a deliberate change.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}
