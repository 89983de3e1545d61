//! What the benchmarks share: generated corpora, parsed once per run.
#![allow(dead_code)] // Each bench uses part of this.

#[path = "../../tests/generator/mod.rs"]
pub mod generator;

use dossier::corpus::Corpus;
use dossier::input::RawArticle;
use dossier::parse::{parse_all, Resources};
use rayon::prelude::*;
use std::time::Instant;

/// The seed of every generated corpus the benchmarks and docs/PERFORMANCE.md use.
pub const SEED: u64 = 42;

/// Articles `0..n` of the generated corpus, as the parser reads them.
pub fn raw_articles(n: usize) -> Vec<RawArticle> {
    let g = generator::Generator::new(SEED);
    (0..n).into_par_iter().map(|i| g.article(i).to_raw()).collect()
}

/// The generated corpus of `n` articles, parsed on all cores (what `dossier parse` writes).
pub fn parsed_corpus(n: usize) -> Corpus {
    let started = Instant::now();
    let raws = raw_articles(n);
    let bytes: usize = raws.iter().map(|r| r.text.len()).sum();
    let corpus = parse_all(&raws, Resources::embedded());
    eprintln!(
        "setup: generated and parsed {n} articles ({:.1} MB of text) in {:.1?}",
        bytes as f64 / 1e6,
        started.elapsed()
    );
    corpus
}

/// Bytes of article text in `corpus`.
pub fn text_bytes(corpus: &Corpus) -> usize {
    corpus.articles.iter().map(|a| a.text.len()).sum()
}
