//! The command line pinned: each case under tests/cmd/ runs the real binary on a fixture project
//! and compares its arguments, standard output, standard error and exit code.
//! `TRYCMD=overwrite cargo test --test cli` rewrites the expected output after a deliberate change.

#[test]
fn cli_cases() {
    // The root of the fixture repository (see tests/fixtures/repository/docs/facts.yaml): git
    // refuses to keep a `.git` in a repository, so it is made here, empty, as factsheet only
    // looks for it.
    std::fs::create_dir_all("tests/fixtures/repository/.git").expect("make the fixture's .git");
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        // Empty is unset: a run on GitHub Actions names files as a run on a laptop does.
        .env("GITHUB_WORKSPACE", "")
        .case("tests/cmd/*.toml");
}
