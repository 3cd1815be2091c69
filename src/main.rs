#![forbid(unsafe_code)]

use std::process::ExitCode;

// Loading a large facts file makes millions of small allocations from several threads;
// mimalloc does that markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match factsheet::cli::parse(&args) {
        Ok(cli) => factsheet::app::run(cli).exit_code(),
        Err(err) => {
            // clap's help and usage errors are coloured as factsheet's own output would be.
            factsheet::color::set(factsheet::color::flag_in(&args));
            factsheet::color::for_clap(err.use_stderr());
            // clap's own `exit` ignores a failed write: `--help > /dev/full` would pass.
            match err.print() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("error: cannot write to standard output: {e}");
                    ExitCode::from(2)
                }
                _ => ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2)),
            }
        }
    }
}
