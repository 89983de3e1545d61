//! Building a store from the corpus model: a JSON corpus, the embedded one, articles parsed on the
//! fly, or a corpus about to be written in binary form (which is the store's own layout, see
//! [`super::file`]). A chunk of the model is converted at a time.
//!
//! Spans that cannot be sliced (off char boundaries, or past the text: a corpus from elsewhere may
//! hold them) would make drawing panic: such mentions are dropped, such sentences and date
//! expressions emptied, so indices stay valid. Anything else is kept exactly.

use super::part::{Chunk, Part, Tables};
use super::{Article, Store};
use crate::corpus::{model, Corpus, Entity};
use rayon::prelude::*;

/// Articles of a corpus in memory converted together: few enough to keep the model's copy small.
const CHUNK: usize = 2048;

/// Articles converted on one core with tables of their own: a chunk splits into several, so all
/// cores work. A part's distinct values are few next to its mentions, dates and actors, so
/// merging its tables into the store's is cheap.
const PART: usize = 256;

/// A store being built: articles are added in corpus order, then the entities.
#[derive(Default)]
struct Builder {
    articles: Vec<Article>,
    tables: Tables,
}

impl Builder {
    /// Converts `articles` and appends them: in parts on all cores, then their texts and
    /// annotations gathered in one buffer per kind (a few large allocations waste less than many
    /// middling ones).
    fn add(&mut self, articles: Vec<model::Article>) {
        let parts: Vec<Part> = articles.into_par_iter().chunks(PART).map(Part::convert).collect();
        let mut chunk = Chunk::for_parts(&parts);
        for part in parts {
            chunk.gather(part, &mut self.tables);
        }
        self.articles.extend(chunk.into_articles());
    }

    fn finish(self, entities: Vec<Entity>) -> Store {
        let Tables { ids, strings, lists, summaries } = self.tables;
        Store::assemble(
            self.articles,
            entities,
            ids.into_table(),
            strings.into_table(),
            lists.into_table(),
            summaries,
        )
    }
}

/// A whole corpus, converted chunk by chunk (each chunk of the model is freed once converted).
pub fn store(corpus: Corpus) -> Store {
    let mut builder = Builder::default();
    let mut articles = corpus.articles.into_iter();
    loop {
        let chunk: Vec<model::Article> = articles.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        builder.add(chunk);
    }
    builder.finish(corpus.entities)
}

/// A corpus held elsewhere (being written in binary form), converted a chunk's copy at a time.
pub fn store_of(corpus: &Corpus) -> Store {
    let mut builder = Builder::default();
    for chunk in corpus.articles.chunks(CHUNK) {
        builder.add(chunk.to_vec());
    }
    builder.finish(corpus.entities.clone())
}
