//! The man pages: factsheet(1), and factsheet-COMMAND(1) for each command, which factsheet(1)
//! lists. clap_mangen renders the sections it knows from the command line; EXIT STATUS,
//! ENVIRONMENT and EXAMPLES come from the same help texts as `--help` (`help.rs`).

use super::help::{self, Help};
use crate::color;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};

/// A page: its file name (`factsheet-check.1`) and its roff text.
pub struct Page {
    pub file_name: String,
    pub text: String,
}

/// The page of `command` (a subcommand's name), or of factsheet itself for `None`.
pub fn page(command: Option<&str>) -> Result<Page, String> {
    let top = built();
    let name = command.unwrap_or_default();
    let help = help::of(name).ok_or_else(|| format!("no command `{name}` has a man page"))?;
    let cmd = match command {
        None => top,
        Some(name) => (top.find_subcommand(name).cloned())
            .ok_or_else(|| format!("no command `{name}` has a man page"))?,
    };
    render(cmd, help)
}

/// Every page: factsheet(1), then each command's.
pub fn pages() -> Result<Vec<Page>, String> {
    let mut pages = vec![page(None)?];
    for name in help::commands() {
        pages.push(page(Some(name))?);
    }
    Ok(pages)
}

/// The command line built, so that each command carries the global options and its full name.
fn built() -> clap::Command {
    let mut command = super::command();
    command.build();
    // `factsheet help COMMAND` is `factsheet COMMAND --help`: no page of its own to list.
    command.mut_subcommand("help", |help| help.hide(true))
}

fn render(cmd: clap::Command, help: &Help) -> Result<Page, String> {
    let top = cmd.has_subcommands();
    let synopsis_values = value_names(&cmd);
    let man = Man::new(cmd).source(format!("factsheet {}", env!("CARGO_PKG_VERSION")));
    let mut parts = vec![
        roff_text(|w| man.render_title(w))?,
        roff_text(|w| man.render_name_section(w))?,
        with_values(
            roff_text(|w| man.render_synopsis_section(w))?,
            &synopsis_values,
        ),
        roff_text(|w| man.render_description_section(w))?,
        roff_text(|w| notes(help).to_writer(w))?,
        roff_text(|w| man.render_options_section(w))?,
    ];
    if top {
        parts.push(roff_text(|w| man.render_subcommands_section(w))?);
    }
    parts.push(roff_text(|w| sections(help, top).to_writer(w))?);
    parts.push(roff_text(|w| man.render_version_section(w))?);
    // Each section comes with roff's preamble; the page keeps the first one only.
    let preamble = Roff::new().render();
    let mut text = String::new();
    for (i, part) in parts.iter().enumerate() {
        text.push_str(match i {
            0 => part,
            _ => part.strip_prefix(preamble.as_str()).unwrap_or(part),
        });
    }
    Ok(Page {
        file_name: man.get_filename(),
        text,
    })
}

/// Each option that takes a value, as clap_mangen's synopsis writes it (`\fB\-\-facts\fR`),
/// with what the synopsis should say: the option and its value's name, as `--help` shows it.
fn value_names(cmd: &clap::Command) -> Vec<(String, String)> {
    (cmd.get_arguments())
        .filter(|arg| !arg.is_positional() && arg.get_action().takes_values())
        .filter_map(|arg| {
            let long = format!("\\fB\\-\\-{}\\fR", arg.get_long()?.replace('-', "\\-"));
            let value = (arg.get_value_names().and_then(|names| names.first())).map_or_else(
                || arg.get_id().as_str().to_uppercase(),
                |name| name.to_string(),
            );
            let with_value = format!("{long} \\fI{}\\fR", value.replace('-', "\\-"));
            Some((long, with_value))
        })
        .collect()
}

/// The synopsis with each option's value name (`[--facts FILE]`), which clap_mangen leaves
/// out: `[--facts]` reads as a switch.
fn with_values(mut synopsis: String, values: &[(String, String)]) -> String {
    for (long, with_value) in values {
        synopsis = synopsis.replace(&format!("{long}]"), &format!("{with_value}]"));
    }
    synopsis
}

/// What a section renderer writes, as text.
fn roff_text(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> Result<String, String> {
    let mut out = Vec::new();
    render(&mut out).map_err(|e| format!("cannot render the man page: {e}"))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The notes of `--help`, as paragraphs of DESCRIPTION.
fn notes(help: &Help) -> Roff {
    let mut roff = Roff::new();
    for note in help.notes {
        roff.control("PP", []).text([roman(*note)]);
    }
    roff
}

/// EXIT STATUS, ENVIRONMENT, EXAMPLES and, on a command's page, SEE ALSO.
fn sections(help: &Help, top: bool) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, when) in help.exit {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*when)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    let variables = color::VARIABLES
        .iter()
        .chain(help.environment.iter().copied().flatten());
    for (name, what) in variables {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*what)]);
    }
    roff.control("SH", ["EXAMPLES"]);
    for example in help.examples {
        roff.control("TP", []);
        roff.text([bold(example.line)]);
        if !example.comment.is_empty() {
            roff.text([roman(example.comment)]);
        }
    }
    if !top {
        roff.control("SH", ["SEE ALSO"]);
        roff.text([bold("factsheet"), roman("(1)")]);
    }
    roff
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_help_and_every_help_a_command() {
        let top = built();
        let mut commands: Vec<&str> = (top.get_subcommands())
            .filter(|c| !c.is_hide_set())
            .map(|c| c.get_name())
            .collect();
        let mut helped: Vec<&str> = help::commands().collect();
        commands.sort_unstable();
        helped.sort_unstable();
        assert_eq!(commands, helped);
        assert!(help::of("").is_some());
    }

    #[test]
    fn the_synopsis_names_each_options_value() {
        let page = page(Some("generate")).unwrap();
        let synopsis = page.text.lines().nth(6).unwrap();
        for option in [
            "facts\\fR \\fIFILE",
            "format\\fR \\fIFORMAT",
            "out\\fR \\fIDIR",
        ] {
            assert!(synopsis.contains(option), "{option} in {synopsis}");
        }
        assert!(synopsis.contains("[\\fB\\-\\-check\\fR]"), "{synopsis}");
    }

    #[test]
    fn a_page_has_one_preamble() {
        let page = page(Some("check")).unwrap();
        assert_eq!(page.text.matches(".ie \\n(.g").count(), 1, "{}", page.text);
        assert!(page.text.starts_with(".ie "));
    }
}
