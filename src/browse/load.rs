//! Getting the corpus to browse: the embedded one, a parsed corpus (JSON, or binary: the store's
//! own layout, read straight into it), or articles parsed on the fly (a folder or a JSON
//! Lines file). Every error names the file, and comes before the screen switches.

use super::store::{file, Store};
use crate::corpus::{binary, io};
use crate::input::read_inputs;
use anyhow::{bail, Context, Result};
use std::io::{BufRead, Write};
use std::path::Path;
use std::time::Instant;

pub fn load_store(path: Option<&Path>) -> Result<Store> {
    let Some(path) = path else { return Ok(Store::from(io::embedded())) };
    let cannot_read = || format!("{}: cannot read the corpus", path.display());
    let meta = std::fs::metadata(path).with_context(cannot_read)?;
    let is_jsonl = path.extension().is_some_and(|e| e == "jsonl" || e == "ndjson");
    if !meta.is_dir() && !is_jsonl {
        let file = std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
        let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
        let head = reader.fill_buf().with_context(|| format!("{}: cannot read", path.display()))?;
        // A large corpus is binary: never held whole in the model's form.
        if binary::is_binary(head) {
            return file::read(reader, path);
        }
        return Ok(Store::from(io::load(path)?));
    }
    let started = Instant::now();
    let raws = read_inputs(&[path.to_path_buf()], false)?;
    if raws.is_empty() {
        bail!("{}: no article found", path.display());
    }
    let n = raws.len();
    eprint!("dossier: parsing {n} {} from {}…", if n == 1 { "article" } else { "articles" }, path.display());
    let _ = std::io::stderr().flush();
    let corpus = crate::parse::parse_all(&raws, crate::parse::Resources::embedded());
    eprintln!(" done in {:.1?}", started.elapsed());
    Ok(Store::from(corpus))
}
