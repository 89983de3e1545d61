//! The terminal browser.
// OWNER: browse helper.

use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Output formats of `dossier timeline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TimelineFormat {
    Text,
    Json,
    Csv,
}

/// `dossier [--corpus PATH]`: opens the browser (the embedded corpus when no path is given).
pub fn run(corpus: Option<&Path>) -> Result<ExitCode> {
    let _ = corpus;
    anyhow::bail!("the browser is not implemented yet")
}

/// `dossier timeline`: prints the (filtered) timeline for scripts and export.
pub fn timeline_cli(corpus: Option<&Path>, entity: Option<&str>, format: TimelineFormat) -> Result<()> {
    let _ = (corpus, entity, format);
    anyhow::bail!("dossier timeline: not implemented yet")
}
