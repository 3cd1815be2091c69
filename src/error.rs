//! The one error of the program: a command that could not run (exit code 2). Findings are
//! data, not errors; only "could not run" is one.

/// Why a command could not run at all: bad usage, a path that cannot be read or written, a
/// template that fails to render. The text is the whole message.
#[derive(Debug)]
pub struct RunError(pub String);

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
