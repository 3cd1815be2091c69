use clap::Parser;
use std::process::ExitCode;

// Loading a large facts file makes millions of small allocations from several threads;
// mimalloc does that markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = factsheet::cli::Cli::parse();
    factsheet::app::run(cli).exit_code()
}
