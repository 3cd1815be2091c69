//! Shell completion scripts, from the one command line: clap_complete's, with what its fish
//! script leaves out added (the values of positional arguments: rule names for `explain`, the
//! commands for `man`, the shells for `completions`).

use clap_complete::Shell;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut command = super::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "factsheet", &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    if shell == Shell::Fish {
        script.push_str(&fish_positionals(&command));
    }
    script
}

/// One `complete` line for each subcommand's positional argument that has possible values,
/// written as clap_complete writes an option's values.
fn fish_positionals(command: &clap::Command) -> String {
    let mut lines = String::new();
    for sub in command.get_subcommands() {
        for arg in sub.get_positionals() {
            let values: Vec<String> = (arg.get_possible_values().iter())
                .filter(|value| !value.is_hide_set())
                .map(|value| {
                    let help = value
                        .get_help()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    format!(
                        "{}\\t'{}'",
                        fish_quoted(value.get_name()),
                        fish_quoted(&help)
                    )
                })
                .collect();
            if values.is_empty() {
                continue;
            }
            lines.push_str(&format!(
                "complete -c factsheet -n \"__fish_factsheet_using_subcommand {}\" -f -a \"{}\"\n",
                sub.get_name(),
                values.join("\n")
            ));
        }
    }
    lines
}

/// Text for inside `'...'` within `"..."`: as clap_complete escapes it, and nothing that the
/// double quotes would expand.
fn fish_quoted(text: &str) -> String {
    (text
        .replace('\n', " ")
        .replace('\\', "\\\\")
        .replace('\'', "\\'"))
    .replace('"', "\\\"")
    .replace('$', "\\$")
}
