//! Articles as users have them: a folder of `.txt` files with an optional `manifest.json`, or
//! JSON Lines (one article per line, streamed; `-` reads standard input).
//!
//! Input files are only ever read. Text is decoded as UTF-8 (a BOM is dropped, CRLF becomes LF);
//! anything else is an error that names the file, and the line for JSON Lines.

mod folder;
mod jsonl;

pub use folder::{read_folder, Manifest, ManifestEntry, MANIFEST_FILE};
pub use jsonl::{read_jsonl, JsonlArticle};

use crate::corpus::PartialDate;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

/// An article before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawArticle {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Publication date from the manifest or the JSONL line.
    pub date: Option<PartialDate>,
    /// The publication date is only known to a few days.
    pub date_approx: bool,
    pub text: String,
    /// Problems met while reading this article.
    pub warnings: Vec<String>,
}

impl RawArticle {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        RawArticle {
            id: id.into(),
            title: None,
            source: None,
            url: None,
            date: None,
            date_approx: false,
            text: text.into(),
            warnings: Vec::new(),
        }
    }
}

/// A problem with one article that `--keep-going` may skip.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct InputError {
    /// "path" or "path:line".
    pub origin: String,
    pub message: String,
}

impl InputError {
    pub fn new(origin: impl Into<String>, message: impl Into<String>) -> Self {
        InputError { origin: origin.into(), message: message.into() }
    }
}

/// What to do with an article that cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    Stop,
    /// Report it to standard error and go on.
    Skip,
}

impl OnError {
    pub fn from_keep_going(keep_going: bool) -> Self {
        if keep_going {
            OnError::Skip
        } else {
            OnError::Stop
        }
    }

    /// Stops with `err`, or reports and swallows it.
    pub(crate) fn handle(self, err: InputError) -> Result<(), InputError> {
        match self {
            OnError::Stop => Err(err),
            OnError::Skip => {
                eprintln!("dossier: warning: skipped {err}");
                Ok(())
            }
        }
    }
}

/// Decodes file bytes as article text: UTF-8, BOM dropped, CRLF and lone CR turned into LF.
pub fn decode_text(bytes: Vec<u8>, origin: &str) -> Result<String, InputError> {
    let text = String::from_utf8(bytes).map_err(|e| {
        InputError::new(
            origin,
            format!(
                "not UTF-8 text (invalid byte at offset {}); convert it, e.g. with iconv",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok(normalise_newlines(text))
}

/// Drops a leading BOM and turns CRLF / CR line ends into LF, so offsets mean the same everywhere.
pub fn normalise_newlines(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Reads every input: folders of `.txt` files and `.jsonl` files (`-` for standard input).
/// Article ids must be unique across all inputs.
pub fn read_inputs(paths: &[PathBuf], keep_going: bool) -> Result<Vec<RawArticle>> {
    let mut ids = UniqueIds::default();
    stream(paths, OnError::from_keep_going(keep_going))
        .map(|a| {
            let a = a?;
            ids.insert(&a.id)?;
            Ok(a)
        })
        .collect()
}

/// The article ids seen so far, to refuse the same id twice.
#[derive(Debug, Default)]
pub struct UniqueIds(std::collections::HashSet<String>);

impl UniqueIds {
    pub fn insert(&mut self, id: &str) -> Result<()> {
        if !self.0.insert(id.to_string()) {
            bail!("article id {id:?} appears twice in the inputs; ids must be unique");
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Every article of every input, one at a time: JSON Lines (and standard input) are streamed, so
/// memory stays bounded whatever their size. Errors already went through `on_error`.
pub fn stream(paths: &[PathBuf], on_error: OnError) -> impl Iterator<Item = Result<RawArticle>> + '_ {
    paths.iter().flat_map(move |path| -> Box<dyn Iterator<Item = Result<RawArticle>>> {
        let lines_of = |reader: Box<dyn std::io::BufRead>,
                        name: String|
         -> Box<dyn Iterator<Item = Result<RawArticle>>> {
            Box::new(jsonl::lines_owned(reader, name).filter_map(move |item| match item {
                Ok(a) => Some(Ok(a)),
                Err(e) => on_error.handle(e).err().map(|e| Err(e.into())),
            }))
        };
        if path == Path::new("-") {
            return lines_of(Box::new(std::io::stdin().lock()), "<stdin>".to_string());
        }
        let is_jsonl = matches!(path.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"));
        if is_jsonl {
            return match std::fs::File::open(path) {
                Ok(f) => lines_of(Box::new(std::io::BufReader::new(f)), path.display().to_string()),
                Err(e) => {
                    Box::new(std::iter::once(Err(
                        InputError::new(path.display().to_string(), e.to_string()).into()
                    )))
                }
            };
        }
        match read_file_or_folder(path, on_error) {
            Ok(articles) => Box::new(articles.into_iter().map(Ok)),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    })
}

/// A folder of articles or a single `.txt` (JSON Lines and standard input are streamed by
/// [`stream`]).
fn read_file_or_folder(path: &Path, on_error: OnError) -> Result<Vec<RawArticle>> {
    let meta =
        std::fs::metadata(path).map_err(|e| InputError::new(path.display().to_string(), e.to_string()))?;
    if meta.is_dir() {
        return Ok(read_folder(path, on_error)?);
    }
    if path.extension().and_then(|e| e.to_str()) == Some("txt") {
        return Ok(vec![folder::read_txt(path, None)?]);
    }
    bail!("{}: not a folder, a .jsonl file or a .txt file", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_drops_bom_and_normalises_line_ends() {
        let t = decode_text(b"\xef\xbb\xbfUn\r\nDeux\rTrois\n".to_vec(), "x").unwrap();
        assert_eq!(t, "Un\nDeux\nTrois\n");
    }

    #[test]
    fn decoding_rejects_latin1_naming_the_file() {
        let err = decode_text(b"Moscou a d\xe9clar\xe9".to_vec(), "dir/a.txt").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("dir/a.txt: not UTF-8"), "{msg}");
        assert!(msg.contains("offset 10"), "{msg}");
    }
}
