//! The parsed corpus: the JSON contract between `dossier parse` and everything that reads it.
//!
//! All offsets are byte offsets into `Article::text` (UTF-8) and always fall on char boundaries.
//! Field order here is the serialised order; collections are sorted so output is deterministic.

use serde::{Deserialize, Serialize};

/// Bumped on any change a reader could notice (a field removed, renamed or re-typed).
pub const SCHEMA_VERSION: u32 = 1;
/// Value of `Corpus::format`, so a reader can tell a dossier corpus from any other JSON.
pub const FORMAT_NAME: &str = "dossier-corpus";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub format: String,
    pub version: u32,
    pub articles: Vec<Article>,
    /// Every entity mentioned in any article, sorted by id.
    pub entities: Vec<Entity>,
}

/// A half-open byte range `[start, end)` of an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DctOrigin {
    /// The publication date came from the manifest (or the JSONL `date` field).
    Manifest,
    /// The publication date was read from the article's own header.
    Header,
    /// No publication date is known: relative dates stay unresolved.
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date (document creation time), ISO 8601, possibly partial: "2017-02".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dct: Option<String>,
    /// The publication date is only known to a few days.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dct_approx: bool,
    pub dct_origin: DctOrigin,
    /// Problems met while reading this article (manifest and header disagree, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    pub text: String,
    /// Non-body furniture: credits, update stamps, related links, captions, footers, sign-offs.
    pub zones: Vec<Zone>,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ZoneKind {
    /// Section labels, credits ("© REUTERS"), datelines, source names above the text.
    Header,
    /// "Actualisé 29/09/2017 01:12": when the page was last changed, not when it was published.
    UpdateStamp,
    /// ">>Other article" links.
    Related,
    /// Photo captions.
    Caption,
    /// "Vous avez repéré une erreur…", "Suivez Sputnik…", "Contenu partenaire".
    Footer,
    /// Agency and author sign-offs: "kat/lpt", "Xinhua/VNA/CVN".
    Signoff,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Zone {
    #[serde(flatten)]
    pub span: Span,
    pub kind: ZoneKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    #[serde(flatten)]
    pub span: Span,
    /// Set when the sentence lies in a non-body zone (it yields no entities nor events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<ZoneKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MentionKind {
    /// A person.
    #[serde(rename = "PER")]
    Person,
    /// A country or place, including capitals used for their government ("Washington").
    #[serde(rename = "LOC")]
    Location,
    /// An organisation or institution ("le Pentagone", "l'OTAN").
    #[serde(rename = "ORG")]
    Organisation,
    /// A nationality adjective or noun ("russe", "les Américains"), linked to its country.
    #[serde(rename = "DEM")]
    Demonym,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    #[serde(flatten)]
    pub span: Span,
    pub kind: MentionKind,
    /// Id of the entity in `Corpus::entities`.
    pub entity: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Country,
    Place,
    Organisation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id derived from the canonical name: "country:RUS", "person:serguei-lavrov", "org:otan".
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3 of the country the entity is, belongs to or stands for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Role or title when known ("ministre des Affaires étrangères").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// False for names found by rules alone, with no lexicon entry.
    pub in_lexicon: bool,
    /// Surface forms seen in the corpus, sorted.
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimexType {
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "DURATION")]
    Duration,
    #[serde(rename = "SET")]
    Set,
}

/// How a temporal expression got its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The expression carries its own full value ("le 9 septembre 2016", "P2W").
    Absolute,
    /// Completed from the publication date ("mercredi", "hier", "le 28 janvier").
    PublicationDate,
    /// Anchored on the date mentioned last ("dix jours plus tard", "la veille").
    PreviousDate,
    /// Relative, but there was no anchor to resolve it against: `value` keeps X placeholders.
    Unresolved,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    #[serde(flatten)]
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: "2015-10-10", "2017-02", "2015-W41", "P2W", "PAST_REF", "XXXX-10-03".
    pub value: String,
    /// TIMEX3 `mod`: "APPROX", "START", "END", "MID", "BEFORE", "AFTER", …
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    pub resolution: Resolution,
    /// The anchor a relative value was computed from (a date value), when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

impl Timex {
    pub fn approximate(&self) -> bool {
        self.modifier.as_deref() == Some("APPROX")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventDateOrigin {
    /// The date of a temporal expression in the sentence (`Event::timex`).
    Timex,
    /// A reported statement with no date of its own: dated by the publication date.
    PublicationDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Index into `Article::sentences`.
    pub sentence: usize,
    /// The verb or noun that reports the act.
    pub trigger: Span,
    /// ISO date, as precise as known: "2015-10-10", "2017-02", "2016".
    pub date: String,
    pub precision: Precision,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    pub date_origin: EventDateOrigin,
    /// Index into `Article::timexes` when `date_origin` is `timex`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex: Option<usize>,
    /// CAMEO-like category: "statement", "consult", "cooperate", "military_action", …
    pub category: String,
    /// Countries acting (ISO alpha-3), sorted.
    pub source: Vec<String>,
    /// Countries acted upon (ISO alpha-3), sorted.
    pub target: Vec<String>,
    /// Person entity ids taking part.
    pub people: Vec<String>,
    pub summary: String,
}
