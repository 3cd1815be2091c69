//! `factsheet init`: a new fact base to start from.

use super::{Outcome, print_out};
use crate::cli::InitArgs;
use crate::error::RunError;
use crate::init::Made;
use crate::load::display;
use crate::log::Log;

pub(super) fn init_command(args: &InitArgs, log: Log) -> Result<Outcome, RunError> {
    let written = crate::init::init(&args.dir)?;
    if !log.quiet() {
        let mut message = String::new();
        for (path, made) in &written {
            let what = match made {
                Made::Created => "created",
                Made::AddedTo => "added factsheet's lines to",
            };
            message.push_str(&format!("{what} {}\n", display(path)));
        }
        let dir = display(&args.dir);
        let cd = if dir == "." {
            String::new()
        } else {
            format!("cd {} && ", crate::files::shell_word(&dir))
        };
        message.push_str(&format!(
            "\nNext: {cd}factsheet check && factsheet generate\n\
             Then replace the example source and fact with your own; an editor with the YAML \
             extension (yaml-language-server) checks facts.yaml against facts.schema.json as you type.\n\
             factsheet.toml sets how strict the check is; as written, every rule keeps its own severity.\n\
             On GitHub, {workflow} runs the factsheet action ({action}) on every change: \
             it checks, generates, uploads the briefings and commits them on the default branch.\n",
            workflow = crate::init::WORKFLOW_PATH,
            action = crate::init::action_ref(),
        ));
        print_out(&message)?;
    }
    Ok(Outcome::Passed)
}
