//! Building a store from the corpus model: from a whole corpus (JSON, the embedded corpus, articles
//! parsed on the fly), or chunk by chunk while a binary corpus is read, so that a large corpus is
//! never held whole in the model's form.
//!
//! Spans that cannot be sliced (off char boundaries, or past the text: a corpus from elsewhere may
//! hold them) would make drawing panic: such mentions are dropped, such sentences and date
//! expressions emptied, so indices stay valid. Anything else is kept exactly.

use super::intern::Interner;
use super::{
    Article, Ids, Mention, Piece, Range32, Sentence, Store, StoredEvent, StoredSummary, Timex, Zone, NONE,
};
use crate::corpus::{binary, model, Corpus, DctOrigin, Entity, Span};
use anyhow::Result;
use rayon::prelude::*;
use std::io::BufRead;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// Articles converted together: enough for all cores, few enough to keep the model's copy small.
const CHUNK: usize = 2048;

const EMPTY: Range32 = Range32 { start: 0, end: 0 };

/// A store being built: articles are added in corpus order, the entities come last (a binary
/// corpus stores them after the articles).
#[derive(Default)]
pub struct Builder {
    articles: Vec<Article>,
    ids: Interner<str>,
    strings: Interner<str>,
    lists: Interner<[String]>,
    summaries: Vec<Box<str>>,
}

impl Builder {
    /// Converts `articles` and appends them. Their texts and annotations go into one buffer per
    /// kind, shared by the chunk.
    pub fn add(&mut self, articles: Vec<model::Article>) {
        // Finding summaries in their sentences is the costly part: on all cores.
        let summaries_at: Vec<Vec<Option<Range32>>> = articles.par_iter().map(locate_summaries).collect();
        let mut buffers = Buffers::for_chunk(&articles);
        let converted: Vec<Converted> = articles
            .into_iter()
            .zip(summaries_at)
            .map(|(article, summaries_at)| self.convert(article, summaries_at, &mut buffers))
            .collect();
        let shared = buffers.share();
        self.articles.extend(converted.into_iter().map(|c| c.into_article(&shared)));
    }

    pub fn finish(self, entities: Vec<Entity>) -> Store {
        let entity_by_id: Ids = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let ids = self.ids.into_table();
        let entity_of_id = ids.iter().map(|id| entity_by_id.get(&**id).map(|&e| e as u32)).collect();
        Store {
            articles: self.articles,
            entities,
            entity_by_id,
            ids,
            entity_of_id,
            strings: self.strings.into_table(),
            lists: self.lists.into_table(),
            summaries: self.summaries,
        }
    }

    /// Appends an article's text and annotations to the chunk's buffers, checking its spans and
    /// putting what repeats into the shared tables.
    fn convert(
        &mut self,
        a: model::Article,
        summaries_at: Vec<Option<Range32>>,
        buffers: &mut Buffers,
    ) -> Converted {
        // Taken apart field by field: a field added to the model fails to compile here until carried.
        let model::Article {
            id,
            title,
            source,
            url,
            dct,
            dct_approx,
            dct_origin,
            warnings,
            text,
            zones,
            sentences,
            mentions,
            timexes,
            events,
        } = a;
        let b = buffers;
        let ranges = Ranges {
            text: extend(&mut b.text, |t| t.push_str(&text)),
            zones: extend(&mut b.zones, |out| {
                out.extend(
                    zones.iter().map(|z| Zone { range: Range32::new(z.span).unwrap_or(EMPTY), kind: z.kind }),
                )
            }),
            sentences: extend(&mut b.sentences, |out| {
                out.extend(
                    sentences
                        .iter()
                        .map(|s| Sentence { range: sliceable(&text, s.span).unwrap_or(EMPTY), zone: s.zone }),
                )
            }),
            mentions: extend(&mut b.mentions, |out| {
                out.extend(mentions.iter().filter_map(|m| {
                    Some(Mention::new(sliceable(&text, m.span)?, self.ids.intern(&m.entity), m.kind))
                }))
            }),
            timexes: extend(&mut b.timexes, |out| {
                out.extend(timexes.iter().map(|x| Timex {
                    range: sliceable(&text, x.span).unwrap_or(EMPTY),
                    value: self.strings.intern(&x.value),
                    modifier: x.modifier.as_deref().map_or(NONE, |m| self.strings.intern(m)),
                    anchor: x.anchor.as_deref().map_or(NONE, |a| self.strings.intern(a)),
                    kind: x.kind,
                    resolution: x.resolution,
                }))
            }),
            events: extend(&mut b.events, |out| {
                out.extend(events.into_iter().zip(summaries_at).map(|(e, at)| self.event(e, at)))
            }),
        };
        Converted { id, title, source, url, dct, dct_approx, dct_origin, warnings, ranges }
    }

    fn event(&mut self, e: model::Event, summary_at: Option<Range32>) -> StoredEvent {
        let model::Event {
            sentence,
            trigger,
            date,
            precision,
            approx,
            date_origin,
            timex,
            category,
            source,
            target,
            people,
            summary,
        } = e;
        let summary = match summary_at {
            Some(range) => StoredSummary::InText(range),
            None => {
                self.summaries.push(summary.into_boxed_str());
                StoredSummary::Stored(index_u32(self.summaries.len() - 1))
            }
        };
        StoredEvent {
            sentence: index_u32(sentence),
            trigger: Range32::new(trigger).unwrap_or(EMPTY),
            date: self.strings.intern(&date),
            category: self.strings.intern(&category),
            // An index past `u32` points at no date expression, as it did.
            timex: timex.map_or(NONE, |t| index_u32(t).min(NONE - 1)),
            source: self.lists.intern(&source),
            target: self.lists.intern(&target),
            people: self.lists.intern(&people),
            summary,
            precision,
            approx,
            date_origin,
        }
    }
}

/// An index as `u32`; one too large for it points past any article's list, as it did.
fn index_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// `span` as a `Range32` when slicing `text` there is safe: on char boundaries, in the text.
fn sliceable(text: &str, span: Span) -> Option<Range32> {
    let ok = span.start <= span.end && text.is_char_boundary(span.start) && text.is_char_boundary(span.end);
    ok.then(|| Range32::new(span)).flatten()
}

/// Where each event's summary is in the text, when it is a piece of the event's sentence.
fn locate_summaries(a: &model::Article) -> Vec<Option<Range32>> {
    a.events
        .iter()
        .map(|e| {
            let sentence = sliceable(&a.text, a.sentences.get(e.sentence)?.span)?;
            let start = sentence.start as usize + find(sentence.span().slice(&a.text), &e.summary)?;
            Range32::new(Span::new(start, start + e.summary.len()))
        })
        .collect()
}

/// The buffers of a chunk of articles while they are converted.
struct Buffers {
    text: String,
    zones: Vec<Zone>,
    sentences: Vec<Sentence>,
    mentions: Vec<Mention>,
    timexes: Vec<Timex>,
    events: Vec<StoredEvent>,
}

impl Buffers {
    /// Sized for `articles` at once: no growing, no slack.
    fn for_chunk(articles: &[model::Article]) -> Self {
        let total = |len: fn(&model::Article) -> usize| articles.iter().map(len).sum::<usize>();
        Buffers {
            text: String::with_capacity(total(|a| a.text.len())),
            zones: Vec::with_capacity(total(|a| a.zones.len())),
            sentences: Vec::with_capacity(total(|a| a.sentences.len())),
            mentions: Vec::with_capacity(total(|a| a.mentions.len())),
            timexes: Vec::with_capacity(total(|a| a.timexes.len())),
            events: Vec::with_capacity(total(|a| a.events.len())),
        }
    }

    fn share(self) -> Shared {
        Shared {
            text: Arc::new(self.text),
            zones: Arc::new(self.zones),
            sentences: Arc::new(self.sentences),
            mentions: Arc::new(self.mentions),
            timexes: Arc::new(self.timexes),
            events: Arc::new(self.events),
        }
    }
}

/// A chunk's buffers, complete, that its articles' pieces point into.
struct Shared {
    text: Arc<String>,
    zones: Arc<Vec<Zone>>,
    sentences: Arc<Vec<Sentence>>,
    mentions: Arc<Vec<Mention>>,
    timexes: Arc<Vec<Timex>>,
    events: Arc<Vec<StoredEvent>>,
}

/// The range `push` appends to `buffer` (bytes of a `String`, items of a `Vec`).
fn extend<B: AsRef<[T]>, T>(buffer: &mut B, push: impl FnOnce(&mut B)) -> Range<usize> {
    let start = buffer.as_ref().len();
    push(buffer);
    start..buffer.as_ref().len()
}

/// Where an article's text and annotations are in its chunk's buffers.
struct Ranges {
    text: Range<usize>,
    zones: Range<usize>,
    sentences: Range<usize>,
    mentions: Range<usize>,
    timexes: Range<usize>,
    events: Range<usize>,
}

/// An article converted, waiting for its chunk's buffers to be complete.
struct Converted {
    id: String,
    title: String,
    source: Option<String>,
    url: Option<String>,
    dct: Option<String>,
    dct_approx: bool,
    dct_origin: DctOrigin,
    warnings: Vec<String>,
    ranges: Ranges,
}

impl Converted {
    fn into_article(self, shared: &Shared) -> Article {
        let Converted { id, title, source, url, dct, dct_approx, dct_origin, warnings, ranges } = self;
        Article {
            id,
            title,
            source,
            url,
            dct,
            dct_approx,
            dct_origin,
            warnings,
            text: Piece::new(&shared.text, ranges.text),
            zones: Piece::new(&shared.zones, ranges.zones),
            sentences: Piece::new(&shared.sentences, ranges.sentences),
            mentions: Piece::new(&shared.mentions, ranges.mentions),
            timexes: Piece::new(&shared.timexes, ranges.timexes),
            events: Piece::new(&shared.events, ranges.events),
        }
    }
}

/// Where `needle` first occurs in `haystack`. A summary is short and its sentence too: checking
/// each place its first byte occurs is cheaper than setting up `str::find`'s searcher.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    let Some(&first) = needle.as_bytes().first() else { return Some(0) };
    let bytes = haystack.as_bytes();
    // Both are UTF-8 and the needle starts a char, so any match starts on a char boundary.
    (0..bytes.len()).find(|&i| bytes[i] == first && bytes[i..].starts_with(needle.as_bytes()))
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

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn find_agrees_with_str_find() {
        let text = "« Nous aurons une discussion », a dit M. Lavrov ; Moscou l’a dit deux fois.";
        for needle in ["", "«", "Nous", "dit", "dit deux", "Lavrov ; Moscou", "fois.", "absent", "l’a"] {
            assert_eq!(find(text, needle), text.find(needle), "{needle:?}");
        }
    }
}
