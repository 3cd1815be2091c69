//! Shell completion scripts, from the one command line: clap_complete's, with what its fish,
//! PowerShell and Elvish scripts leave out added (the values of positional arguments: rule
//! names for `explain`, the commands for `man`, the shells for `completions`).

use clap_complete::Shell;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut command = super::completed_command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "factsheet", &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    for (sub, values) in positional_values(&command) {
        match shell {
            Shell::Fish => script.push_str(&fish_line(sub, &values)),
            Shell::PowerShell => {
                let case = format!("'factsheet;{sub}' {{\n");
                insert_after(&mut script, &case, &powershell_lines(&values));
            }
            Shell::Elvish => {
                let case = format!("&'factsheet;{sub}'= {{\n");
                insert_after(&mut script, &case, &elvish_lines(&values));
            }
            _ => {} // bash and zsh complete them already
        }
    }
    script
}

/// Each subcommand's positional values that are not hidden, with their help.
fn positional_values(command: &clap::Command) -> Vec<(&str, Vec<(String, String)>)> {
    (command.get_subcommands())
        .flat_map(|sub| sub.get_positionals().map(move |arg| (sub.get_name(), arg)))
        .map(|(sub, arg)| {
            let values = (arg.get_possible_values().iter())
                .filter(|value| !value.is_hide_set())
                .map(|value| {
                    let help = (value.get_help()).map_or_else(String::new, ToString::to_string);
                    (value.get_name().to_owned(), help.replace('\n', " "))
                })
                .collect();
            (sub, values)
        })
        .filter(|(_, values): &(_, Vec<_>)| !values.is_empty())
        .collect()
}

/// `lines` put after the first line that is `marker` (the start of a subcommand's case).
fn insert_after(script: &mut String, marker: &str, lines: &str) {
    if let Some(at) = script.find(marker) {
        script.insert_str(at + marker.len(), lines);
    }
}

/// The values as PowerShell's script offers an option's.
fn powershell_lines(values: &[(String, String)]) -> String {
    (values.iter())
        .map(|(name, help)| {
            let (name, help) = (single_quoted(name), single_quoted(help));
            format!(
                "            [CompletionResult]::new('{name}', '{name}', \
                 [CompletionResultType]::ParameterValue, '{help}')\n"
            )
        })
        .collect()
}

/// The values as Elvish's script offers an option.
fn elvish_lines(values: &[(String, String)]) -> String {
    (values.iter())
        .map(|(name, help)| format!("            cand {name} '{}'\n", single_quoted(help)))
        .collect()
}

/// Text for inside `'...'` in PowerShell and Elvish: a quote is written twice.
fn single_quoted(text: &str) -> String {
    text.replace('\'', "''")
}

/// One `complete` line for a subcommand's positional values, written as clap_complete writes
/// an option's values.
fn fish_line(sub: &str, values: &[(String, String)]) -> String {
    let values: Vec<String> = (values.iter())
        .map(|(name, help)| format!("{}\\t'{}'", fish_quoted(name), fish_quoted(help)))
        .collect();
    format!(
        "complete -c factsheet -n \"__fish_factsheet_using_subcommand {sub}\" -f -a \"{}\"\n",
        values.join("\n")
    )
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
