//! The committed default corpus (`data/corpus.json`, embedded in the binary) must be exactly what
//! the parser makes today of `data/articles/` with the embedded resources.
//!
//! To refresh it: `cargo run --release -- parse data/articles -o data/corpus.json`
//! (or run this test with `DOSSIER_BLESS=1`).

use dossier::corpus::io::{embedded, to_json, EMBEDDED_CORPUS_JSON};
use dossier::input::read_inputs;
use dossier::parse::{parse_all, Resources};
use std::path::PathBuf;

fn reparse() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let raws = read_inputs(&[dir], false).expect("seed articles are readable");
    to_json(&parse_all(&raws, Resources::embedded()))
}

#[test]
fn committed_corpus_is_fresh() {
    let fresh = reparse();
    if fresh != EMBEDDED_CORPUS_JSON {
        if std::env::var_os("DOSSIER_BLESS").is_some() {
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/corpus.json");
            std::fs::write(&path, &fresh).unwrap();
            panic!("data/corpus.json was stale and has been rewritten; rebuild and run the tests again");
        }
        panic!(
            "data/corpus.json is stale against data/articles/ and the lexicons: run \
             `cargo run --release -- parse data/articles -o data/corpus.json` (or DOSSIER_BLESS=1 cargo test)"
        );
    }
}

#[test]
fn parsing_is_deterministic() {
    assert_eq!(reparse(), reparse());
}

#[test]
fn embedded_corpus_loads_and_holds_the_five_seeds() {
    let corpus = embedded();
    assert_eq!(corpus.articles.len(), 5);
    let dates: Vec<Option<&str>> = corpus.articles.iter().map(|a| a.dct.as_deref()).collect();
    assert_eq!(
        dates,
        [Some("2015-10-17"), Some("2015-10-14"), Some("2016-09-28"), Some("2015-10-06"), Some("2017-02")]
    );
}
