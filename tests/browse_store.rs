//! The browser's store holds exactly the corpus it was built from, however it was loaded: from a
//! corpus in memory, or read chunk by chunk from a binary file.

mod generator;

use dossier::browse::store::{file, Store};
use dossier::corpus::{binary, io, Corpus, Span};
use std::path::Path;

/// The first `n` articles of the generated corpus (seed 42), parsed.
fn generated(n: usize) -> Corpus {
    let raws: Vec<_> = generator::Generator::new(42).articles(n).map(|a| a.to_raw()).collect();
    dossier::parse::parse_all(&raws, dossier::parse::Resources::embedded())
}

/// What the screens read through the store equals the model, field by field.
fn assert_reads_as(store: &Store, corpus: &Corpus) {
    assert_eq!(store.articles().len(), corpus.articles.len());
    assert_eq!(store.entities(), corpus.entities.as_slice());
    for (ai, (a, m)) in store.articles().iter().zip(&corpus.articles).enumerate() {
        assert_eq!((&a.id, &a.title, &a.source, &a.dct), (&m.id, &m.title, &m.source, &m.dct));
        assert_eq!(&*a.text, m.text.as_str());
        let spans: Vec<Span> = a.sentences.iter().map(|s| s.span()).collect();
        assert_eq!(spans, m.sentences.iter().map(|s| s.span).collect::<Vec<_>>());
        for (x, y) in a.mentions.iter().zip(&m.mentions) {
            assert_eq!((x.span(), x.kind(), store.entity_id(x)), (y.span, y.kind, y.entity.as_str()));
            assert_eq!(store.entity_of(x).map(|e| &store.entity(e).id), Some(&y.entity));
        }
        for (x, y) in a.timexes.iter().zip(&m.timexes) {
            assert_eq!((x.span(), x.kind, x.resolution), (y.span, y.kind, y.resolution));
            assert_eq!(store.value(x), y.value);
            assert_eq!(store.modifier(x), y.modifier.as_deref());
            assert_eq!(store.anchor(x), y.anchor.as_deref());
        }
        assert_eq!(a.event_count(), m.events.len());
        for (e, y) in store.events(ai).zip(&m.events) {
            assert_eq!(
                (e.sentence, e.trigger, e.date, e.precision, e.approx),
                (y.sentence, y.trigger, &*y.date, y.precision, y.approx)
            );
            assert_eq!((e.date_origin, e.timex, e.category), (y.date_origin, y.timex, &*y.category));
            assert_eq!((e.source, e.target, e.people), (&*y.source, &*y.target, &*y.people));
            assert_eq!(e.summary, y.summary.as_str());
        }
    }
}

fn binary_bytes(corpus: &Corpus) -> Vec<u8> {
    let mut bytes = Vec::new();
    binary::write(corpus, &mut bytes).unwrap();
    bytes
}

#[test]
fn the_seeds_corpus_round_trips_exactly() {
    let corpus = io::embedded();
    let store = Store::from(corpus.clone());
    assert_eq!(store.to_corpus(), corpus);
    assert_reads_as(&store, &corpus);
}

#[test]
fn a_generated_corpus_round_trips_exactly() {
    let corpus = generated(300);
    let summaries = || corpus.articles.iter().flat_map(|a| &a.events).map(|e| &e.summary);
    // Long clauses are cut with "…": those summaries are not pieces of the text.
    assert!(summaries().any(|s| s.ends_with('…')), "no cut summary in 300 generated articles");
    assert!(summaries().any(|s| !s.ends_with('…')));
    let store = Store::from(corpus.clone());
    assert_eq!(store.to_corpus(), corpus);
    assert_reads_as(&store, &corpus);
}

#[test]
fn summaries_that_are_not_pieces_of_their_sentence_are_kept_whole() {
    let mut corpus = io::embedded();
    let a = corpus.articles.iter_mut().find(|a| a.events.len() >= 4).unwrap();
    let other_sentence = |a: &dossier::corpus::Article, s: usize| {
        let other = a.sentences.iter().enumerate().find(|&(i, _)| i != s).unwrap().1;
        other.span.slice(&a.text).to_string()
    };
    a.events[0].summary = "Un résumé écrit par un autre outil".into();
    a.events[1].summary = String::new();
    a.events[2].summary = other_sentence(a, a.events[2].sentence);
    a.events[3].sentence = a.sentences.len() + 7;
    let store = Store::from(corpus.clone());
    assert_eq!(store.to_corpus(), corpus);
    assert_reads_as(&store, &corpus);
}

#[test]
fn reading_a_binary_corpus_gives_the_store_of_the_whole_corpus() {
    // More articles than a chunk, so the file holds several.
    let mut corpus = generated(60);
    let seeds = corpus.articles.clone();
    corpus.articles = seeds.iter().cycle().take(4500).cloned().collect();
    for (i, a) in corpus.articles.iter_mut().enumerate() {
        a.id = format!("{i:05}_{}", a.id);
    }
    let bytes = binary_bytes(&corpus);
    let streamed = file::read(bytes.as_slice(), Path::new("c.bin")).unwrap();
    let whole = binary::read(bytes.as_slice(), Path::new("c.bin")).unwrap();
    assert_eq!(whole, corpus);
    assert_eq!(streamed.to_corpus(), whole);
    assert_reads_as(&streamed, &whole);
}

#[test]
fn a_damaged_binary_corpus_is_an_error_naming_the_file() {
    let bytes = binary_bytes(&io::embedded());
    let err = file::read(&bytes[..bytes.len() / 2], Path::new("cut.bin")).err().unwrap();
    assert!(format!("{err:#}").contains("cut.bin: truncated binary corpus"), "{err:#}");
}

#[test]
fn spans_that_cannot_be_sliced_are_dropped_or_emptied() {
    let mut corpus = io::embedded();
    let a = &mut corpus.articles[0];
    let inside_e_acute = a.text.find('é').unwrap() + 1;
    let mentions = a.mentions.len();
    a.mentions[0].span = Span::new(inside_e_acute, inside_e_acute + 3);
    a.sentences[1].span = Span::new(2, a.text.len() + 10);
    a.timexes[0].span = Span::new(inside_e_acute, a.text.len());
    let store = Store::from(corpus);
    let a = store.article(0);
    assert_eq!(a.mentions.len(), mentions - 1, "the mention is dropped");
    assert_eq!(a.sentences[1].span(), Span::new(0, 0), "the sentence is emptied");
    assert_eq!(a.timexes[0].span(), Span::new(0, 0), "the date expression is emptied");
}
