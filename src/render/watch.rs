//! A watch on the rendering. A template is code from the templates folder, and a pull request
//! can bring one with nested loops that run for hours or a text that doubles until memory runs
//! out; tera cannot be stopped from outside. So a thread looks at the clock and the process's
//! memory while the pages render, and past either limit it ends the run with exit code 2.
//! Nothing has been written by then: pages are rendered in memory, and written after.

use crate::error::RunError;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long the templates may take, and how much memory the process may hold meanwhile: far
/// above the 100,000-fact synthetic briefing (about 4 s and 750 MB).
const TIME_LIMIT_SECONDS: u64 = 120;
const MEMORY_LIMIT_MB: u64 = 4096;
/// The variables that change them, for a machine much slower or smaller than usual.
const TIME_VARIABLE: &str = "FACTSHEET_TIME_LIMIT";
const MEMORY_VARIABLE: &str = "FACTSHEET_MEMORY_LIMIT";
/// The variables, as the man pages' ENVIRONMENT describes them.
pub(crate) const VARIABLES: &[(&str, &str)] = &[
    (
        TIME_VARIABLE,
        "the seconds the templates may take to render before the run stops with exit code 2 \
         [default: 120]",
    ),
    (
        MEMORY_VARIABLE,
        "the megabytes of memory the process may hold while the templates render [default: 4096]",
    ),
];
/// How often the watch looks.
const EVERY: Duration = Duration::from_millis(50);

/// The watch, while it runs; dropping it stops it.
pub struct Watch {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Watch {
    /// Starts watching, with the limits of the environment (or the defaults).
    pub fn start() -> Result<Watch, RunError> {
        let seconds = limit(TIME_VARIABLE, TIME_LIMIT_SECONDS)?;
        let megabytes = limit(MEMORY_VARIABLE, MEMORY_LIMIT_MB)?;
        let (stop, stopped) = mpsc::channel::<()>();
        let start = Instant::now();
        let thread = std::thread::Builder::new()
            .name("watch".to_owned())
            .spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(EVERY) {
                    if let Some(why) = over(start, seconds, megabytes) {
                        eprintln!("error: {why}\nnothing was written");
                        std::process::exit(2);
                    }
                }
            })
            .map_err(|e| RunError(format!("cannot start watching the rendering: {e}")))?;
        Ok(Watch {
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// What limit the rendering is past, if any.
fn over(start: Instant, seconds: u64, megabytes: u64) -> Option<String> {
    if start.elapsed() > Duration::from_secs(seconds) {
        return Some(format!(
            "the templates took more than {seconds} s to render, factsheet's limit (a loop in a \
             template?); {TIME_VARIABLE}=SECONDS changes it"
        ));
    }
    let held = resident_bytes()? / (1024 * 1024);
    (held > megabytes).then(|| {
        format!(
            "rendering held {held} MB of memory, over factsheet's limit of {megabytes} MB (a \
             text that a template makes longer and longer?); {MEMORY_VARIABLE}=MEGABYTES \
             changes it"
        )
    })
}

/// The limit in the environment variable `name`, or `default`.
fn limit(name: &str, default: u64) -> Result<u64, RunError> {
    match std::env::var(name) {
        // Set but empty is unset, as is usual for environment variables.
        Err(_) => Ok(default),
        Ok(text) if text.trim().is_empty() => Ok(default),
        Ok(text) => text.trim().parse().map_err(|_| {
            RunError(format!(
                "{name} is `{text}`: give a whole number (the default is {default})"
            ))
        }),
    }
}

/// The memory the process holds now, where the system tells (Linux).
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variables_say_their_defaults() {
        let said = |name: &str| VARIABLES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s);
        let time = said(TIME_VARIABLE).unwrap_or_default();
        assert!(
            time.contains(&format!("[default: {TIME_LIMIT_SECONDS}]")),
            "{time}"
        );
        let memory = said(MEMORY_VARIABLE).unwrap_or_default();
        assert!(
            memory.contains(&format!("[default: {MEMORY_LIMIT_MB}]")),
            "{memory}"
        );
    }
}
