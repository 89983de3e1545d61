//! Measuring the parser against gold annotations.
// OWNER: timex helper.

use anyhow::Result;
use std::path::Path;

/// `dossier eval timeml DIR`: scores the date tagger on a folder of ISO-TimeML files.
pub fn run_timeml_cli(dir: &Path, verbose: bool) -> Result<()> {
    let _ = (dir, verbose);
    anyhow::bail!("dossier eval timeml: not implemented yet")
}
