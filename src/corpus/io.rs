//! Reading and writing a parsed corpus, with errors that name the file. A corpus file is JSON
//! (the contract) or the binary form of [`super::binary`], told apart by its first bytes.

use super::binary;
use super::model::{Corpus, FORMAT_NAME, SCHEMA_VERSION};
use anyhow::{bail, Context, Result};
use std::io::{BufRead, Read};
use std::path::Path;

/// The default corpus (the five seed articles), parsed at build time by `dossier parse`.
pub const EMBEDDED_CORPUS_JSON: &str = include_str!("../../data/corpus.json");

pub fn embedded() -> Corpus {
    from_json(EMBEDDED_CORPUS_JSON, Path::new("<embedded data/corpus.json>"))
        .expect("the embedded corpus is checked by tests")
}

pub fn from_json(json: &str, origin: &Path) -> Result<Corpus> {
    // One pass when the file is a corpus of this version; a second only to explain a failure.
    if let Ok(corpus) = serde_json::from_str::<Corpus>(json) {
        if corpus.format == FORMAT_NAME && corpus.version == SCHEMA_VERSION {
            return Ok(corpus);
        }
    }
    // Read the header so an old or foreign file gets a precise message.
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<u32>,
    }
    let header: Header =
        serde_json::from_str(json).with_context(|| format!("{}: not a JSON corpus", origin.display()))?;
    if header.format.as_deref() != Some(FORMAT_NAME) {
        bail!("{}: not a dossier corpus (missing \"format\": \"{FORMAT_NAME}\")", origin.display());
    }
    match header.version {
        Some(SCHEMA_VERSION) => {}
        Some(v) => bail!(
            "{}: corpus format version {v}, this dossier reads version {SCHEMA_VERSION}; re-run `dossier parse`",
            origin.display()
        ),
        None => bail!("{}: corpus has no \"version\"", origin.display()),
    }
    let corpus: Corpus =
        serde_json::from_str(json).with_context(|| format!("{}: malformed corpus", origin.display()))?;
    Ok(corpus)
}

/// Reads a corpus file, JSON or binary.
pub fn load(path: &Path) -> Result<Corpus> {
    let file = std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let head = reader.fill_buf().with_context(|| format!("{}: cannot read", path.display()))?;
    if binary::is_binary(head) {
        return binary::read(reader, path);
    }
    let mut json = String::new();
    reader
        .read_to_string(&mut json)
        .with_context(|| format!("{}: cannot read (not UTF-8?)", path.display()))?;
    from_json(&json, path)
}

/// Pretty JSON with a final newline: stable bytes for the same corpus.
pub fn to_json(corpus: &Corpus) -> String {
    let mut s = serde_json::to_string_pretty(corpus).expect("corpus serialises");
    s.push('\n');
    s
}
