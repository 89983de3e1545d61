//! Getting the corpus to browse: the embedded one, a parsed corpus JSON, or articles parsed on the
//! fly (a folder or a JSON Lines file). Every error names the file, and comes before the screen
//! switches.

use crate::corpus::{io, Corpus};
use crate::input::read_inputs;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

pub fn load_corpus(path: Option<&Path>) -> Result<Corpus> {
    let Some(path) = path else { return Ok(io::embedded()) };
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read the corpus", path.display()))?;
    let is_jsonl = path.extension().is_some_and(|e| e == "jsonl" || e == "ndjson");
    if !meta.is_dir() && !is_jsonl {
        return io::load(path);
    }
    let started = Instant::now();
    let raws = read_inputs(&[path.to_path_buf()], false)?;
    if raws.is_empty() {
        bail!("{}: no article found", path.display());
    }
    eprint!("dossier: parsing {} articles from {}…", raws.len(), path.display());
    let _ = std::io::stderr().flush();
    let corpus = crate::parse::parse_all(&raws, crate::parse::Resources::embedded());
    eprintln!(" done in {:.1?}", started.elapsed());
    Ok(corpus)
}
