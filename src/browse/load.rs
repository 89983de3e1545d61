//! Getting the corpus to browse: the embedded one, a parsed corpus JSON, or articles parsed on the
//! fly (a folder or a JSON Lines file). Every error names the file, and comes before the screen
//! switches.

use crate::corpus::{io, Corpus};
use crate::input::RawArticle;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
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

// TODO(lead-merge): replace this stub with `crate::input::read_inputs` once it lands on main; it
// only reads what the browser needs (a folder of .txt files, or JSON Lines), without manifests.
fn read_inputs(paths: &[PathBuf], keep_going: bool) -> Result<Vec<RawArticle>> {
    let _ = keep_going;
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("{}: cannot list", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            files.sort();
            for f in files {
                let text = std::fs::read_to_string(&f)
                    .with_context(|| format!("{}: cannot read as UTF-8", f.display()))?;
                let id = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                out.push(RawArticle::new(id, text));
            }
        } else {
            #[derive(serde::Deserialize)]
            struct Line {
                id: String,
                title: Option<String>,
                source: Option<String>,
                url: Option<String>,
                date: Option<String>,
                text: String,
            }
            let content =
                std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
            for (n, line) in content.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let l: Line = serde_json::from_str(line)
                    .with_context(|| format!("{}:{}: not a JSON article line", path.display(), n + 1))?;
                let mut raw = RawArticle::new(l.id, l.text);
                raw.title = l.title;
                raw.source = l.source;
                raw.url = l.url;
                raw.date = l.date.and_then(|d| d.parse().ok());
                out.push(raw);
            }
        }
    }
    Ok(out)
}
