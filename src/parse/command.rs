//! `dossier parse INPUT... [-o corpus.json]`.

use super::{parse_all, DataSource, Resources};
use crate::corpus::io::to_json;
use crate::input::read_inputs;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(inputs: &[PathBuf], output: Option<&Path>, data: Option<&Path>, keep_going: bool) -> Result<()> {
    if let Some(out) = output {
        refuse_to_overwrite_inputs(out, inputs)?;
    }
    let source = match data {
        Some(dir) => {
            if !dir.is_dir() {
                bail!("{}: --data must be a folder laid out like data/", dir.display());
            }
            DataSource::Dir(dir.to_path_buf())
        }
        None => DataSource::Embedded,
    };
    let resources = Resources::load(&source)?;
    let raws = read_inputs(inputs, keep_going)?;
    let corpus = parse_all(&raws, &resources);
    for a in &corpus.articles {
        for w in &a.warnings {
            eprintln!("dossier: warning: {}: {w}", a.id);
        }
    }
    let json = to_json(&corpus);
    match output {
        Some(path) => write_atomically(path, json.as_bytes()),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(json.as_bytes()).context("writing to standard output")?;
            out.flush().context("writing to standard output")
        }
    }
}

/// The output must never replace a file the user gave as input.
fn refuse_to_overwrite_inputs(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    let Ok(out_abs) = out.canonicalize() else { return Ok(()) }; // Does not exist yet.
    for input in inputs {
        if let Ok(inp) = input.canonicalize() {
            if inp == out_abs
                || (inp.is_dir() && out_abs.parent() == Some(inp.as_path()) && is_article_file(&out_abs))
            {
                bail!("{}: refusing to overwrite an input with the corpus; choose another -o", out.display());
            }
        }
    }
    Ok(())
}

fn is_article_file(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "jsonl" | "ndjson"))
        || p.file_name().and_then(|n| n.to_str()) == Some(crate::input::MANIFEST_FILE)
}

/// Writes to a temporary file beside `path`, then renames it: a failed run leaves no half file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).with_context(|| format!("{}: cannot write", path.display()))?;
    tmp.write_all(bytes).with_context(|| format!("{}: cannot write", path.display()))?;
    tmp.persist(path).with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}
