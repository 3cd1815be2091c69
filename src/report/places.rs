//! How the formats for GitHub (`github`, `sarif`) name files: by their paths from the root of
//! the repository (`repository::Root`), by which GitHub places annotations and alerts. `human`
//! and `json` speak to the person at the terminal and name them from the current folder.

use crate::check::{Finding, Report};
use crate::load;
use crate::repository::{Found, Root};
use std::collections::HashMap;
use std::path::Path;

/// The name from the root of each file that a report's findings name. The default names each
/// as the findings do, from the current folder, with the current folder as the root.
#[derive(Debug)]
pub struct Places {
    /// Why the root is the folder it is.
    pub found: Found,
    /// Each finding's `file` (as shown, from the current folder) to its path from the root.
    files: HashMap<String, String>,
    /// Each finding's `source_file` (relative to the facts file's folder) to its path from
    /// the root.
    source_files: HashMap<String, String>,
}

impl Default for Places {
    fn default() -> Self {
        Places {
            found: Found::Here,
            files: HashMap::new(),
            source_files: HashMap::new(),
        }
    }
}

impl Places {
    /// The paths from `root` of the files `report` names, for a facts file whose folder is
    /// `facts_dir` (as shown, from the current folder). Each file is resolved once, however
    /// many findings name it.
    pub fn new(root: &Root, facts_dir: &Path, report: &Report) -> Places {
        let mut places = Places {
            found: root.found,
            ..Places::default()
        };
        let all = report.findings.iter();
        for f in all.chain(report.accepted.iter().map(|a| &a.finding)) {
            if !places.files.contains_key(&f.file) {
                places.files.insert(f.file.clone(), root.path(&f.file));
            }
            if let Some(written) = &f.source_file
                && !places.source_files.contains_key(written)
            {
                let shown = load::shown(facts_dir, written);
                places
                    .source_files
                    .insert(written.clone(), root.path(&shown));
            }
        }
        places
    }

    /// The finding's file, from the root.
    pub fn file<'a>(&'a self, f: &'a Finding) -> &'a str {
        self.files.get(&f.file).unwrap_or(&f.file)
    }

    /// The file of the source the finding is about, if it is about one, from the root.
    pub fn source_file<'a>(&'a self, f: &'a Finding) -> Option<&'a str> {
        let written = f.source_file.as_ref()?;
        Some(self.source_files.get(written).unwrap_or(written))
    }
}
