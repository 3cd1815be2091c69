//! What a command says besides its findings: progress (hidden by `--quiet`) on standard output,
//! and, with `--verbose`, what was read and how long each stage took on standard error.
//! Timings go only there, so the findings and the output files stay the same on every run.

use std::io::Write;
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Quiet,
    Normal,
    Verbose,
}

#[derive(Clone, Copy, Debug)]
pub struct Log {
    pub level: Level,
}

impl Log {
    pub fn new(quiet: bool, verbose: bool) -> Log {
        let level = if quiet {
            Level::Quiet
        } else if verbose {
            Level::Verbose
        } else {
            Level::Normal
        };
        Log { level }
    }

    pub fn quiet(self) -> bool {
        self.level == Level::Quiet
    }

    /// A detail for `--verbose`.
    pub fn detail(self, message: &str) {
        if self.level == Level::Verbose {
            let mut stderr = crate::color::stderr();
            let _ = writeln!(stderr, "{message}");
        }
    }

    /// Runs a stage, and with `--verbose` says how long it took and what it did.
    pub fn stage<T>(
        self,
        name: &str,
        run: impl FnOnce() -> T,
        said: impl FnOnce(&T) -> String,
    ) -> T {
        let start = Instant::now();
        let result = run();
        if self.level == Level::Verbose {
            let what = said(&result);
            let seconds = start.elapsed().as_secs_f64();
            let memory = peak_memory().map_or(String::new(), |m| format!("  (peak {})", size(m)));
            self.detail(&format!("{name:>8}  {seconds:>7.3} s  {what}{memory}"));
        }
        result
    }
}

/// The most memory the process has held so far, where the system tells (Linux).
fn peak_memory() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// A size in bytes for people: `46.2 MB`.
pub fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else if bytes >= 1_000 {
        format!("{:.1} KB", bytes as f64 / 1e3)
    } else {
        format!("{bytes} bytes")
    }
}
