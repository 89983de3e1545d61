//! Building a store from the corpus model: from a whole corpus (JSON, the embedded corpus, articles
//! parsed on the fly), or chunk by chunk while a binary corpus is read, so that a large corpus is
//! never held whole in the model's form.
//!
//! Spans that cannot be sliced (off char boundaries, or past the text: a corpus from elsewhere may
//! hold them) would make drawing panic: such mentions are dropped, such sentences and date
//! expressions emptied, so indices stay valid. Anything else is kept exactly.

use super::part::{Chunk, Part, Tables};
use super::{Article, Ids, Store};
use crate::corpus::{binary, model, Corpus, Entity};
use anyhow::Result;
use rayon::prelude::*;
use std::io::BufRead;
use std::path::Path;

/// Articles of a corpus in memory converted together: few enough to keep the model's copy small.
const CHUNK: usize = 2048;

/// Articles converted on one core with tables of their own: a chunk splits into several, so all
/// cores work. A part's distinct values are few next to its mentions, dates and actors, so
/// merging its tables into the store's is cheap.
const PART: usize = 256;

/// A store being built: articles are added in corpus order, the entities come last (a binary
/// corpus stores them after the articles).
#[derive(Default)]
pub struct Builder {
    articles: Vec<Article>,
    tables: Tables,
}

impl Builder {
    /// Converts `articles` and appends them: in parts on all cores, then their texts and
    /// annotations gathered in one buffer per kind (a few large allocations waste less than many
    /// middling ones).
    pub fn add(&mut self, articles: Vec<model::Article>) {
        let parts: Vec<Part> = articles.into_par_iter().chunks(PART).map(Part::convert).collect();
        let mut chunk = Chunk::for_parts(&parts);
        for part in parts {
            chunk.gather(part, &mut self.tables);
        }
        self.articles.extend(chunk.into_articles());
    }

    pub fn finish(mut self, entities: Vec<Entity>) -> Store {
        // The article list grew by doubling: give back what it will never use.
        self.articles.shrink_to_fit();
        let entity_by_id: Ids = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let Tables { ids, strings, lists, summaries } = self.tables;
        let ids = ids.into_table();
        let entity_of_id = ids.iter().map(|id| entity_by_id.get(&**id).map(|&e| e as u32)).collect();
        Store {
            articles: self.articles,
            entities,
            entity_by_id,
            ids,
            entity_of_id,
            strings: strings.into_table(),
            lists: lists.into_table(),
            summaries,
        }
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

/// Reads a binary corpus straight into a store: each chunk of articles is converted as soon as it
/// is decoded, then dropped. Errors name `origin`.
pub fn read_binary(input: impl BufRead + Send, origin: &Path) -> Result<Store> {
    let mut builder = Builder::default();
    let entities = binary::read_chunks(input, origin, |articles| {
        builder.add(articles);
        Ok(())
    })?;
    Ok(builder.finish(entities))
}
