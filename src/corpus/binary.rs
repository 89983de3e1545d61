//! The binary form of a parsed corpus: the same data as the JSON contract, fast to load.
//!
//! JSON stays the interchange and export format; this form is for browsing large corpora (a
//! 100,000-article corpus is ~2 GB of JSON). It is the browser's store written as it lies in
//! memory (layout in [`crate::browse::store::file`]): loading is mostly copying, and reading it
//! back as a corpus gives exactly the corpus written — except spans that cannot be sliced (off
//! char boundaries or past the text: `dossier parse` never writes them), which the store drops
//! or empties as it does for any corpus it shows.

use super::model::Corpus;
use crate::browse::store::{file, from_corpus};
use anyhow::Result;
use std::io::{BufRead, Write};
use std::path::Path;

/// The first bytes of a binary corpus.
pub const MAGIC: &[u8; 8] = b"DOSSIERB";

/// The layout's version, after the magic. Bump it whenever the layout or the model changes: a
/// file of another version is refused with a message to parse again. Version 1 was one postcard
/// record per article.
pub const VERSION: u32 = 2;

/// True when `head` (the first bytes of a file) opens a binary corpus.
pub fn is_binary(head: &[u8]) -> bool {
    head.starts_with(MAGIC)
}

/// Writes `corpus` in binary form.
pub fn write(corpus: &Corpus, out: impl Write) -> Result<()> {
    file::write(&from_corpus::store_of(corpus), out)
}

/// Reads a binary corpus; errors name `origin`.
pub fn read(input: impl BufRead + Send, origin: &Path) -> Result<Corpus> {
    Ok(file::read(input, origin)?.to_corpus())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes_of(corpus: &Corpus) -> Vec<u8> {
        let mut bytes = Vec::new();
        write(corpus, &mut bytes).unwrap();
        assert!(is_binary(&bytes));
        bytes
    }

    fn round_trip(corpus: &Corpus) -> Corpus {
        read(bytes_of(corpus).as_slice(), Path::new("test.bin")).unwrap()
    }

    #[test]
    fn the_default_corpus_round_trips() {
        let corpus = crate::corpus::io::embedded();
        assert!(corpus.articles.iter().any(|a| !a.events.is_empty() && !a.zones.is_empty()));
        assert_eq!(round_trip(&corpus), corpus);
    }

    #[test]
    fn several_chunks_round_trip_in_order() {
        let mut corpus = crate::corpus::io::embedded();
        let seeds = corpus.articles.clone();
        corpus.articles = seeds.iter().cycle().take(2 * 2048 + 3).cloned().collect();
        for (i, a) in corpus.articles.iter_mut().enumerate() {
            a.id = format!("{i:05}_{}", a.id);
        }
        assert_eq!(round_trip(&corpus), corpus);
    }

    #[test]
    fn optional_fields_round_trip_both_ways() {
        let mut corpus = crate::corpus::io::embedded();
        let a = &mut corpus.articles[0];
        a.dct_approx = !a.dct_approx;
        a.warnings = vec!["une alerte".into()];
        a.source = None;
        a.dct = None;
        if let Some(e) = a.events.first_mut() {
            e.approx = !e.approx;
            e.timex = e.timex.map_or(Some(0), |_| None);
        }
        if let Some(t) = a.timexes.first_mut() {
            t.modifier = Some("APPROX".into());
            t.anchor = None;
        }
        if let Some(s) = a.sentences.first_mut() {
            s.zone = Some(crate::corpus::ZoneKind::Signoff);
        }
        corpus.entities[0].role = Some("rôle".into());
        corpus.entities[0].country = None;
        assert_eq!(round_trip(&corpus), corpus);
    }

    #[test]
    fn truncated_or_foreign_files_are_errors_not_panics() {
        let bytes = bytes_of(&crate::corpus::io::embedded());
        for cut in [0, 4, 12, 20, 100, bytes.len() / 2, bytes.len() - 1] {
            let err = read(&bytes[..cut], Path::new("cut.bin")).unwrap_err();
            assert!(format!("{err:#}").contains("cut.bin"), "{err:#}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read(longer.as_slice(), Path::new("x.bin")).is_err());
        // Garbage after a valid header: a huge length must not allocate or panic.
        let mut garbage = bytes[..20].to_vec();
        garbage.extend_from_slice(&[0xff; 64]);
        assert!(read(garbage.as_slice(), Path::new("g.bin")).is_err());
    }

    #[test]
    fn damaged_bytes_anywhere_are_errors_not_panics() {
        let bytes = bytes_of(&crate::corpus::io::embedded());
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..400 {
            let mut damaged = bytes.clone();
            for _ in 0..rng.usize(1..4) {
                let at = rng.usize(20..damaged.len());
                damaged[at] = rng.u8(..);
            }
            // Either the same corpus (a byte of text changed for another valid one) or an error.
            let _ = read(damaged.as_slice(), Path::new("d.bin"));
        }
    }

    #[test]
    fn a_file_of_an_older_version_asks_to_parse_again() {
        // Files of version 1 hold a 1 where the version is.
        let mut old = MAGIC.to_vec();
        old.extend_from_slice(&1u32.to_le_bytes());
        old.extend_from_slice(&5u64.to_le_bytes());
        old.extend_from_slice(&[0; 64]);
        let err = read(old.as_slice(), Path::new("old.bin")).unwrap_err().to_string();
        assert!(err.starts_with("old.bin: binary corpus of format version 1"), "{err}");
        assert!(err.contains("re-run `dossier parse`"), "{err}");
    }
}
