//! Converting a part of a chunk of articles on its own, with buffers and tables of its own (so
//! that the parts of a chunk convert on all cores), then gathering the parts of a chunk into one
//! buffer per kind, their table indices mapped to the store's.

use super::intern::Interner;
use super::{Article, Mention, Piece, Range32, Sentence, StoredEvent, StoredSummary, Timex, Zone, NONE};
use crate::corpus::{model, DctOrigin, Span};
use std::ops::Range;
use std::sync::Arc;

const EMPTY: Range32 = Range32 { start: 0, end: 0 };

/// What repeats, stored once: the store's tables, or a part's while it converts.
#[derive(Default)]
pub(super) struct Tables {
    pub ids: Interner<str>,
    pub strings: Interner<str>,
    pub lists: Interner<[String]>,
    pub summaries: Vec<Box<str>>,
}

/// Articles converted together, with their own annotation buffers and tables (their texts stay
/// with them until the chunk gathers them: copied once).
pub(super) struct Part {
    tables: Tables,
    annotations: Annotations,
    converted: Vec<Converted>,
}

impl Part {
    pub fn convert(articles: Vec<model::Article>) -> Part {
        let mut tables = Tables::default();
        let mut annotations = Annotations::for_articles(&articles);
        let converted = articles.into_iter().map(|a| tables.convert(a, &mut annotations)).collect();
        Part { tables, annotations, converted }
    }
}

/// The texts and annotations of a chunk, gathered from its parts.
pub(super) struct Chunk {
    text: String,
    annotations: Annotations,
    converted: Vec<Converted>,
}

impl Chunk {
    /// Sized for `parts` at once: no growing, no slack.
    pub fn for_parts(parts: &[Part]) -> Chunk {
        let articles = parts.iter().flat_map(|p| &p.converted);
        Chunk {
            text: String::with_capacity(articles.clone().map(|c| c.text.len()).sum()),
            annotations: Annotations::with_capacity(parts.iter().map(|p| &p.annotations)),
            converted: Vec::with_capacity(articles.count()),
        }
    }

    /// Moves `part`'s values into `tables` (the store's) and appends its texts and annotations,
    /// indices mapped.
    pub fn gather(&mut self, part: Part, tables: &mut Tables) {
        let Part { tables: own, mut annotations, converted } = part;
        annotations.renumber(&tables.absorb(own));
        let at = self.annotations.append(&annotations);
        for mut c in converted {
            let text = std::mem::take(&mut c.text);
            c.ranges =
                Ranges { text: extend(&mut self.text, |t| t.push_str(&text)), ..c.ranges.shifted(&at) };
            self.converted.push(c);
        }
    }

    /// The chunk's articles, their texts and annotations pieces of its buffers.
    pub fn into_articles(self) -> impl Iterator<Item = Article> {
        let Chunk { text, annotations, converted } = self;
        let shared = Shared {
            text: Arc::new(text),
            zones: Arc::new(annotations.zones),
            sentences: Arc::new(annotations.sentences),
            mentions: Arc::new(annotations.mentions),
            timexes: Arc::new(annotations.timexes),
            events: Arc::new(annotations.events),
        };
        converted.into_iter().map(move |c| c.into_article(&shared))
    }
}

impl Tables {
    /// Converts an article: its annotations appended to `out`, its spans checked, what repeats
    /// put into these tables.
    fn convert(&mut self, a: model::Article, out: &mut Annotations) -> Converted {
        let summaries_at = locate_summaries(&a);
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
        let ranges = Ranges {
            text: 0..text.len(),
            zones: extend(&mut out.zones, |out| {
                out.extend(
                    zones.iter().map(|z| Zone { range: Range32::new(z.span).unwrap_or(EMPTY), kind: z.kind }),
                )
            }),
            sentences: extend(&mut out.sentences, |out| {
                out.extend(
                    sentences
                        .iter()
                        .map(|s| Sentence { range: sliceable(&text, s.span).unwrap_or(EMPTY), zone: s.zone }),
                )
            }),
            mentions: extend(&mut out.mentions, |out| {
                out.extend(mentions.iter().filter_map(|m| {
                    Some(Mention::new(sliceable(&text, m.span)?, self.ids.intern(&m.entity), m.kind))
                }))
            }),
            timexes: extend(&mut out.timexes, |out| {
                out.extend(timexes.iter().map(|x| Timex {
                    range: sliceable(&text, x.span).unwrap_or(EMPTY),
                    value: self.strings.intern(&x.value),
                    modifier: x.modifier.as_deref().map_or(NONE, |m| self.strings.intern(m)),
                    anchor: x.anchor.as_deref().map_or(NONE, |a| self.strings.intern(a)),
                    kind: x.kind,
                    resolution: x.resolution,
                }))
            }),
            events: extend(&mut out.events, |out| {
                out.extend(events.into_iter().zip(summaries_at).map(|(e, at)| self.event(e, at)))
            }),
        };
        Converted { id, title, source, url, dct, dct_approx, dct_origin, warnings, text, ranges }
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

impl Tables {
    /// Moves `other`'s values into these tables: for each of its indices, the index here.
    fn absorb(&mut self, other: Tables) -> Renumbering {
        let summaries = index_u32(self.summaries.len());
        self.summaries.extend(other.summaries);
        Renumbering {
            ids: other.ids.into_table().iter().map(|v| self.ids.intern(v)).collect(),
            strings: other.strings.into_table().iter().map(|v| self.strings.intern(v)).collect(),
            lists: other.lists.into_table().iter().map(|v| self.lists.intern(v)).collect(),
            summaries,
        }
    }
}

/// A part's table indices → the store's.
struct Renumbering {
    ids: Vec<u32>,
    strings: Vec<u32>,
    lists: Vec<u32>,
    /// Where the part's summaries start in the store's.
    summaries: u32,
}

impl Renumbering {
    fn string(&self, i: u32) -> u32 {
        if i == NONE {
            NONE
        } else {
            self.strings[i as usize]
        }
    }
}

/// An index as `u32`; one too large for it points past any article's list, as it did.
fn index_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// `span` as a `Range32` when slicing `text` there is safe: on char boundaries, in the text.
pub(super) fn sliceable(text: &str, span: Span) -> Option<Range32> {
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

/// The annotations of a part or a chunk, one buffer per kind.
struct Annotations {
    zones: Vec<Zone>,
    sentences: Vec<Sentence>,
    mentions: Vec<Mention>,
    timexes: Vec<Timex>,
    events: Vec<StoredEvent>,
}

impl Annotations {
    fn for_articles(articles: &[model::Article]) -> Self {
        let total = |len: fn(&model::Article) -> usize| articles.iter().map(len).sum::<usize>();
        Annotations {
            zones: Vec::with_capacity(total(|a| a.zones.len())),
            sentences: Vec::with_capacity(total(|a| a.sentences.len())),
            mentions: Vec::with_capacity(total(|a| a.mentions.len())),
            timexes: Vec::with_capacity(total(|a| a.timexes.len())),
            events: Vec::with_capacity(total(|a| a.events.len())),
        }
    }

    fn with_capacity<'a>(parts: impl Iterator<Item = &'a Annotations> + Clone) -> Self {
        let total = |len: fn(&Annotations) -> usize| parts.clone().map(len).sum::<usize>();
        Annotations {
            zones: Vec::with_capacity(total(|b| b.zones.len())),
            sentences: Vec::with_capacity(total(|b| b.sentences.len())),
            mentions: Vec::with_capacity(total(|b| b.mentions.len())),
            timexes: Vec::with_capacity(total(|b| b.timexes.len())),
            events: Vec::with_capacity(total(|b| b.events.len())),
        }
    }

    /// Appends `other`: where each of its buffers starts in these (`text` left empty).
    fn append(&mut self, other: &Annotations) -> Ranges {
        Ranges {
            text: 0..0,
            zones: extend(&mut self.zones, |z| z.extend_from_slice(&other.zones)),
            sentences: extend(&mut self.sentences, |s| s.extend_from_slice(&other.sentences)),
            mentions: extend(&mut self.mentions, |m| m.extend_from_slice(&other.mentions)),
            timexes: extend(&mut self.timexes, |x| x.extend_from_slice(&other.timexes)),
            events: extend(&mut self.events, |e| e.extend_from_slice(&other.events)),
        }
    }

    /// Maps a part's table indices to the store's.
    fn renumber(&mut self, r: &Renumbering) {
        for m in &mut self.mentions {
            *m = Mention::new(m.range, r.ids[m.id()], m.kind());
        }
        for x in &mut self.timexes {
            (x.value, x.modifier, x.anchor) = (r.string(x.value), r.string(x.modifier), r.string(x.anchor));
        }
        for e in &mut self.events {
            (e.date, e.category) = (r.strings[e.date as usize], r.strings[e.category as usize]);
            (e.source, e.target, e.people) =
                (r.lists[e.source as usize], r.lists[e.target as usize], r.lists[e.people as usize]);
            if let StoredSummary::Stored(i) = &mut e.summary {
                *i += r.summaries;
            }
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

/// Where an article's text and annotations are: in its part's buffers (its text, in itself), then
/// in its chunk's.
struct Ranges {
    text: Range<usize>,
    zones: Range<usize>,
    sentences: Range<usize>,
    mentions: Range<usize>,
    timexes: Range<usize>,
    events: Range<usize>,
}

impl Ranges {
    /// These annotation ranges of a part, in a chunk where the part's buffers start `at`.
    fn shifted(self, at: &Ranges) -> Ranges {
        let shift = |r: Range<usize>, at: &Range<usize>| r.start + at.start..r.end + at.start;
        Ranges {
            text: self.text,
            zones: shift(self.zones, &at.zones),
            sentences: shift(self.sentences, &at.sentences),
            mentions: shift(self.mentions, &at.mentions),
            timexes: shift(self.timexes, &at.timexes),
            events: shift(self.events, &at.events),
        }
    }
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
    /// Until the chunk gathers it.
    text: String,
    ranges: Ranges,
}

impl Converted {
    fn into_article(self, shared: &Shared) -> Article {
        let Converted { id, title, source, url, dct, dct_approx, dct_origin, warnings, text: _, ranges } =
            self;
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
