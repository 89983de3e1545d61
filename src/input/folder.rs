//! A folder of `.txt` articles, described by an optional `manifest.json` beside them.

use super::{decode_text, InputError, OnError, RawArticle};
use crate::corpus::PartialDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

pub const MANIFEST_FILE: &str = "manifest.json";

/// `manifest.json`: metadata for the articles of a folder. Every field but `file` is optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub articles: Vec<ManifestEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// File name inside the folder.
    pub file: String,
    /// Defaults to the file name without `.txt`.
    pub id: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Publication date: "2015-10-17", "2017-02" or "2017".
    pub date: Option<String>,
    /// The date is only known to a few days.
    #[serde(default)]
    pub date_approx: bool,
    /// Free text for the people who keep the manifest; not read.
    #[serde(default)]
    pub note: Option<String>,
}

/// Reads `dir/*.txt` in file-name order, with the metadata of `dir/manifest.json` when present.
pub fn read_folder(dir: &Path, on_error: OnError) -> Result<Vec<RawArticle>, InputError> {
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest = if manifest_path.exists() { Some(read_manifest(&manifest_path)?) } else { None };

    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| InputError::new(dir.display().to_string(), e.to_string()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    files.sort();

    let mut entries: BTreeMap<String, ManifestEntry> = BTreeMap::new();
    if let Some(m) = manifest {
        for entry in m.articles {
            if !dir.join(&entry.file).is_file() {
                return Err(InputError::new(
                    manifest_path.display().to_string(),
                    format!("lists {:?}, which is not a file in {}", entry.file, dir.display()),
                ));
            }
            let file = entry.file.clone();
            if entries.insert(file.clone(), entry).is_some() {
                return Err(InputError::new(
                    manifest_path.display().to_string(),
                    format!("lists {file:?} twice"),
                ));
            }
        }
    }

    let mut articles = Vec::new();
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        match read_txt(&path, entries.get(&name)) {
            Ok(a) => articles.push(a),
            Err(e) => on_error.handle(e)?,
        }
    }
    if articles.is_empty() {
        return Err(InputError::new(dir.display().to_string(), "no readable .txt article in this folder"));
    }
    Ok(articles)
}

fn read_manifest(path: &Path) -> Result<Manifest, InputError> {
    let origin = path.display().to_string();
    let text = std::fs::read(path).map_err(|e| InputError::new(&origin, e.to_string()))?;
    let text = decode_text(text, &origin)?;
    let manifest: Manifest = serde_json::from_str(&text)
        .map_err(|e| InputError::new(format!("{origin}:{}", e.line()), format!("malformed manifest: {e}")))?;
    for entry in &manifest.articles {
        if let Some(d) = &entry.date {
            d.parse::<PartialDate>()
                .map_err(|e| InputError::new(&origin, format!("article {:?}: {e}", entry.file)))?;
        }
    }
    Ok(manifest)
}

/// Reads one `.txt` article, with its manifest entry if it has one.
pub(super) fn read_txt(path: &Path, entry: Option<&ManifestEntry>) -> Result<RawArticle, InputError> {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| InputError::new(&origin, e.to_string()))?;
    let text = decode_text(bytes, &origin)?;
    if text.trim().is_empty() {
        return Err(InputError::new(&origin, "empty article"));
    }
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("article").to_string();
    let mut article = RawArticle::new(stem, text);
    if let Some(e) = entry {
        if let Some(id) = &e.id {
            article.id = id.clone();
        }
        article.title = e.title.clone();
        article.source = e.source.clone();
        article.url = e.url.clone();
        // Validated in read_manifest.
        article.date = e.date.as_deref().and_then(|d| d.parse().ok());
        article.date_approx = e.date_approx;
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, content) in files {
            fs::write(dir.path().join(name), content).unwrap();
        }
        dir
    }

    #[test]
    fn reads_txt_files_in_name_order_with_manifest_metadata() {
        let dir = folder(&[
            ("b.txt", "Deuxième article.".as_bytes()),
            ("a.txt", "Premier article.".as_bytes()),
            ("notes.md", b"ignored"),
            (
                MANIFEST_FILE,
                br#"{"articles":[{"file":"b.txt","id":"B","title":"T","date":"2017-02","date_approx":true}]}"#,
            ),
        ]);
        let arts = read_folder(dir.path(), OnError::Stop).unwrap();
        assert_eq!(arts.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["a", "B"]);
        assert_eq!(arts[1].date, Some("2017-02".parse().unwrap()));
        assert!(arts[1].date_approx);
        assert_eq!(arts[0].date, None);
    }

    #[test]
    fn malformed_manifest_names_file_and_line() {
        let dir = folder(&[
            ("a.txt", b"Texte."),
            (MANIFEST_FILE, b"{\"articles\": [\n  {\"file\": \"a.txt\",}\n]}"),
        ]);
        let msg = read_folder(dir.path(), OnError::Stop).unwrap_err().to_string();
        assert!(msg.contains("manifest.json:2"), "{msg}");
    }

    #[test]
    fn manifest_with_a_bad_date_or_missing_file_is_an_error() {
        let dir = folder(&[
            ("a.txt", b"Texte."),
            (MANIFEST_FILE, br#"{"articles":[{"file":"a.txt","date":"17/02/2017"}]}"#),
        ]);
        let msg = read_folder(dir.path(), OnError::Stop).unwrap_err().to_string();
        assert!(msg.contains("not an ISO date"), "{msg}");
        let dir = folder(&[("a.txt", b"Texte."), (MANIFEST_FILE, br#"{"articles":[{"file":"zz.txt"}]}"#)]);
        let msg = read_folder(dir.path(), OnError::Stop).unwrap_err().to_string();
        assert!(msg.contains("\"zz.txt\""), "{msg}");
    }

    #[test]
    fn bad_article_stops_or_is_skipped() {
        let dir = folder(&[("a.txt", b"Texte."), ("b.txt", b"caf\xe9"), ("c.txt", b"  \n")]);
        let msg = read_folder(dir.path(), OnError::Stop).unwrap_err().to_string();
        assert!(msg.contains("b.txt") && msg.contains("not UTF-8"), "{msg}");
        let arts = read_folder(dir.path(), OnError::Skip).unwrap();
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].id, "a");
    }
}
