//! The corpus as the browser holds it: the same data as [`Corpus`], laid out to take a fraction of
//! the memory (the model spends ≈ 5 bytes per byte of text; a 100,000-article corpus must browse
//! in 3).
//!
//! - spans are two `u32` (an article is under 4 GB; in a longer one, which only JSON could
//!   hold, spans past 4 GB are treated as unsliceable);
//! - what repeats is stored once and referred to by index: the entity id of a mention, a date
//!   expression's value, modifier and anchor, an event's date, category and its lists of countries
//!   and people;
//! - an event's summary is, nearly always, a piece of its sentence: it is kept as a span of the
//!   text, and only the others (cut with "…", or written by another tool) are stored whole;
//! - the texts and annotations of a chunk of articles share one allocation per kind (a
//!   [`Piece`] of it per article), rather than a few small ones per article, which an allocator
//!   rounds up and scatters;
//! - article metadata stays as it is.
//!
//! [`from_corpus`] builds it (from a whole corpus, or chunk by chunk from a binary file) and
//! [`to_corpus`] gives back exactly the corpus it was built from. The screens read it (through
//! the catalog) with [`Store::article`] and [`Store::event`], whose fields read like the model's.

pub mod file;
pub mod from_corpus;
mod intern;
mod part;
mod piece;
pub mod to_corpus;

use crate::corpus::{
    Corpus, DctOrigin, Entity, EventDateOrigin, MentionKind, Precision, Resolution, Span, TimexType, ZoneKind,
};
use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;

pub use piece::Piece;

/// Entity indices by id: a fast hash, looked up for each distinct id at load, and for each person
/// an event shows.
type Ids = HashMap<String, usize, foldhash::fast::RandomState>;

/// Marks an absent optional index (no modifier, no anchor, no date expression).
const NONE: u32 = u32::MAX;

fn optional(index: u32) -> Option<usize> {
    (index != NONE).then_some(index as usize)
}

pub struct Store {
    articles: Vec<Article>,
    entities: Vec<Entity>,
    entity_by_id: Ids,
    /// Entity ids as mentions name them, and the entity each one is (a corpus written by another
    /// tool may name an entity it does not list).
    ids: Vec<Box<str>>,
    entity_of_id: Vec<Option<u32>>,
    /// Date expressions' values, modifiers and anchors; events' dates and categories.
    strings: Vec<Box<str>>,
    /// Events' lists of source countries, target countries and people.
    lists: Vec<Box<[String]>>,
    /// Summaries that are not a piece of their event's sentence.
    summaries: Vec<Box<str>>,
}

/// An article: its text and metadata as in the corpus, its annotations compact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub dct: Option<String>,
    pub dct_approx: bool,
    pub dct_origin: DctOrigin,
    pub warnings: Vec<String>,
    pub text: Piece<String>,
    pub zones: Piece<Vec<Zone>>,
    pub sentences: Piece<Vec<Sentence>>,
    pub mentions: Piece<Vec<Mention>>,
    pub timexes: Piece<Vec<Timex>>,
    events: Piece<Vec<StoredEvent>>,
}

impl Article {
    pub fn event_count(&self) -> usize {
        self.events.len()
    }
}

/// `[start, end)` in an article's text, as `u32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Range32 {
    start: u32,
    end: u32,
}

impl Range32 {
    /// None when the span does not fit (only an article over 4 GB has such spans).
    fn new(span: Span) -> Option<Self> {
        Some(Range32 { start: span.start.try_into().ok()?, end: span.end.try_into().ok()? })
    }
    fn span(self) -> Span {
        Span { start: self.start as usize, end: self.end as usize }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    range: Range32,
    pub kind: ZoneKind,
}

impl Zone {
    pub fn span(&self) -> Span {
        self.range.span()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    range: Range32,
    pub zone: Option<ZoneKind>,
}

impl Sentence {
    pub fn span(&self) -> Span {
        self.range.span()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    range: Range32,
    /// Index into `Store::ids` in the low 30 bits, the kind in the top two: 12 bytes a mention,
    /// not 16 (there are 15 a kilobyte of text).
    id_and_kind: u32,
}

impl Mention {
    const KIND_SHIFT: u32 = 30;
    const ID_MASK: u32 = (1 << Self::KIND_SHIFT) - 1;

    fn new(range: Range32, id: u32, kind: MentionKind) -> Self {
        assert!(id <= Self::ID_MASK, "fewer than 2^30 distinct entity ids");
        let kind_bits = match kind {
            MentionKind::Person => 0,
            MentionKind::Location => 1,
            MentionKind::Organisation => 2,
            MentionKind::Demonym => 3,
        };
        Mention { range, id_and_kind: kind_bits << Self::KIND_SHIFT | id }
    }

    pub fn span(&self) -> Span {
        self.range.span()
    }

    pub fn kind(&self) -> MentionKind {
        match self.id_and_kind >> Self::KIND_SHIFT {
            0 => MentionKind::Person,
            1 => MentionKind::Location,
            2 => MentionKind::Organisation,
            _ => MentionKind::Demonym,
        }
    }

    /// Index into `Store::ids`.
    fn id(&self) -> usize {
        (self.id_and_kind & Self::ID_MASK) as usize
    }
}

/// A date expression; its strings are read through [`Store::value`], [`Store::modifier`] and
/// [`Store::anchor`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timex {
    range: Range32,
    /// Indices into `Store::strings` (`NONE` when absent).
    value: u32,
    modifier: u32,
    anchor: u32,
    pub kind: TimexType,
    pub resolution: Resolution,
}

impl Timex {
    pub fn span(&self) -> Span {
        self.range.span()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StoredEvent {
    sentence: u32,
    trigger: Range32,
    /// Indices into `Store::strings`.
    date: u32,
    category: u32,
    /// Index into `Article::timexes`, `NONE` when absent.
    timex: u32,
    /// Indices into `Store::lists`.
    source: u32,
    target: u32,
    people: u32,
    summary: StoredSummary,
    precision: Precision,
    approx: bool,
    date_origin: EventDateOrigin,
}

impl StoredEvent {
    fn keys(&self) -> EventKeys {
        EventKeys {
            sentence: self.sentence,
            date: self.date,
            source: self.source,
            target: self.target,
            people: self.people,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StoredSummary {
    /// A piece of the article's text.
    InText(Range32),
    /// Index into `Store::summaries`.
    Stored(u32),
}

/// An event as the screens read it: the model's fields, borrowed from the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event<'a> {
    /// Index into `Article::sentences`.
    pub sentence: usize,
    pub trigger: Span,
    pub date: &'a str,
    pub precision: Precision,
    pub approx: bool,
    pub date_origin: EventDateOrigin,
    /// Index into `Article::timexes`.
    pub timex: Option<usize>,
    pub category: &'a str,
    pub source: &'a [String],
    pub target: &'a [String],
    /// Person entity ids.
    pub people: &'a [String],
    pub summary: Summary<'a>,
}

/// What the catalog's index needs of an event: its sentence, and where its date (in
/// [`Store::strings`]) and its lists (in [`Store::lists`]) are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::browse) struct EventKeys {
    pub sentence: u32,
    pub date: u32,
    pub source: u32,
    pub target: u32,
    pub people: u32,
}

/// An event's summary. Reads as a `str`; `as_str` keeps the store's lifetime, as
/// `String::as_str` on the model's field did.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Summary<'a>(&'a str);

impl<'a> Summary<'a> {
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

impl Deref for Summary<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl PartialEq<str> for Summary<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Summary<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Store {
    /// A store of these articles and tables; the indices by id are made here.
    fn assemble(
        mut articles: Vec<Article>,
        entities: Vec<Entity>,
        ids: Vec<Box<str>>,
        strings: Vec<Box<str>>,
        lists: Vec<Box<[String]>>,
        summaries: Vec<Box<str>>,
    ) -> Store {
        // The article list grew by doubling: give back what it will never use.
        articles.shrink_to_fit();
        let entity_by_id: Ids = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let entity_of_id = ids.iter().map(|id| entity_by_id.get(&**id).map(|&e| e as u32)).collect();
        Store { articles, entities, entity_by_id, ids, entity_of_id, strings, lists, summaries }
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn article(&self, i: usize) -> &Article {
        &self.articles[i]
    }

    /// Every entity of the corpus, sorted by id.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn entity(&self, i: usize) -> &Entity {
        &self.entities[i]
    }

    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.entity_by_id.get(id).copied()
    }

    /// The entity a mention names, when the corpus lists it.
    pub fn entity_of(&self, m: &Mention) -> Option<usize> {
        self.entity_of_id[m.id()].map(|e| e as usize)
    }

    /// The id of the entity a mention names.
    pub fn entity_id(&self, m: &Mention) -> &str {
        &self.ids[m.id()]
    }

    /// A date expression's TIMEX3 value: "2015-10-10", "P2W", "XXXX-10-03".
    pub fn value(&self, x: &Timex) -> &str {
        &self.strings[x.value as usize]
    }

    /// A date expression's TIMEX3 `mod`: "APPROX", "START"…
    pub fn modifier(&self, x: &Timex) -> Option<&str> {
        optional(x.modifier).map(|i| &*self.strings[i])
    }

    /// The date value a relative expression was computed from.
    pub fn anchor(&self, x: &Timex) -> Option<&str> {
        optional(x.anchor).map(|i| &*self.strings[i])
    }

    /// Event `e` of article `a`.
    pub fn event(&self, a: usize, e: usize) -> Event<'_> {
        let article = &self.articles[a];
        let ev = &article.events[e];
        let summary = match ev.summary {
            StoredSummary::InText(r) => &article.text[r.start as usize..r.end as usize],
            StoredSummary::Stored(i) => &self.summaries[i as usize],
        };
        Event {
            sentence: ev.sentence as usize,
            trigger: ev.trigger.span(),
            date: &self.strings[ev.date as usize],
            precision: ev.precision,
            approx: ev.approx,
            date_origin: ev.date_origin,
            timex: optional(ev.timex),
            category: &self.strings[ev.category as usize],
            source: &self.lists[ev.source as usize],
            target: &self.lists[ev.target as usize],
            people: &self.lists[ev.people as usize],
            summary: Summary(summary),
        }
    }

    /// The events of article `a`, in corpus order.
    pub fn events(&self, a: usize) -> impl ExactSizeIterator<Item = Event<'_>> + '_ {
        (0..self.articles[a].events.len()).map(move |e| self.event(a, e))
    }

    /// The keys of the events of article `a`, in corpus order: cheaper than their views.
    pub(in crate::browse) fn event_keys(&self, a: usize) -> impl ExactSizeIterator<Item = EventKeys> + '_ {
        self.articles[a].events.iter().map(StoredEvent::keys)
    }

    /// Bytes of article text.
    pub fn text_bytes(&self) -> usize {
        self.articles.iter().map(|a| a.text.len()).sum()
    }

    /// The interned strings, for the catalog to work on each once (an event's date: `EventKeys::date`).
    pub(in crate::browse) fn strings(&self) -> &[Box<str>] {
        &self.strings
    }

    /// The interned lists of countries or people (`EventKeys::source`, `target`, `people`).
    pub(in crate::browse) fn lists(&self) -> &[Box<[String]>] {
        &self.lists
    }

    /// The corpus this store was built from.
    pub fn to_corpus(&self) -> Corpus {
        to_corpus::corpus(self)
    }
}

impl From<Corpus> for Store {
    fn from(corpus: Corpus) -> Self {
        from_corpus::store(corpus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_keeps_its_kind_and_id_in_one_word() {
        let kinds =
            [MentionKind::Person, MentionKind::Location, MentionKind::Organisation, MentionKind::Demonym];
        for kind in kinds {
            for id in [0, 1, 12_345, Mention::ID_MASK] {
                let m = Mention::new(Range32 { start: 3, end: 9 }, id, kind);
                assert_eq!((m.kind(), m.id(), m.span()), (kind, id as usize, Span::new(3, 9)));
            }
        }
    }

    #[test]
    fn a_summary_reads_as_a_str() {
        let s = Summary("Moscou propose");
        assert_eq!(s, "Moscou propose");
        assert_eq!(s.as_str(), "Moscou propose");
        assert_eq!(s.len(), 14);
        assert_eq!(format!("{s} {s:?}"), "Moscou propose \"Moscou propose\"");
    }
}
