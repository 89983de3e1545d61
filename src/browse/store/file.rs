//! The binary form of a corpus: the store written as it lies in memory, so that loading is mostly
//! copying bytes into place, not building millions of strings and vectors.
//!
//! Layout, all integers little-endian:
//!
//! ```text
//! MAGIC (8 bytes) | version (u32) | article count (u64)
//! length (u64) | postcard(tables: entities, entity ids, strings, lists, stored summaries)
//! chunks of up to CHUNK articles, until the count is reached, each:
//!   article count (u32) | 7 × section length (u64)
//!   | postcard(articles' metadata and sizes) | texts | zones | sentences | mentions | timexes | events
//! ```
//!
//! A chunk's texts are one UTF-8 run, its annotations arrays of fixed-size records (`Record`),
//! whose indices point into the tables, written first. Reading overlaps the next chunk's bytes
//! with checking and decoding the current one on the cores; every span that the screens slice
//! and every index is checked, so a damaged file is an error, never a panic.

use super::part::sliceable;
use super::{
    Article, Mention, Piece, Range32, Sentence, Store, StoredEvent, StoredSummary, Timex, Zone, NONE,
};
use crate::corpus::binary::{MAGIC, VERSION};
use crate::corpus::{
    DctOrigin, Entity, EntityKind, EventDateOrigin, Precision, Resolution, TimexType, ZoneKind,
};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::sync::Arc;

/// Articles per chunk: enough to keep both cores busy, few enough to keep the buffers in flight small.
const CHUNK: usize = 2048;

/// Writes `store` in binary form.
pub fn write(store: &Store, mut out: impl Write) -> Result<()> {
    out.write_all(MAGIC)?;
    out.write_all(&VERSION.to_le_bytes())?;
    out.write_all(&(store.articles.len() as u64).to_le_bytes())?;
    let tables = TablesOut {
        entities: store.entities.iter().map(EntityRecord::from).collect(),
        ids: &store.ids,
        strings: &store.strings,
        lists: &store.lists,
        summaries: &store.summaries,
    };
    let bytes = postcard::to_stdvec(&tables).context("encoding the tables")?;
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(&bytes)?;
    let mut sections = Sections::default();
    for articles in store.articles.chunks(CHUNK) {
        sections.encode(articles)?;
        out.write_all(&(articles.len() as u32).to_le_bytes())?;
        for section in sections.all() {
            out.write_all(&(section.len() as u64).to_le_bytes())?;
        }
        for section in sections.all() {
            out.write_all(section)?;
        }
    }
    Ok(())
}

/// Reads a binary corpus into a store; errors name `origin`.
pub fn read(mut input: impl BufRead + Send, origin: &Path) -> Result<Store> {
    let name = origin.display();
    let mut magic = [0u8; 8];
    input.read_exact(&mut magic).with_context(|| format!("{name}: not a binary corpus"))?;
    if &magic != MAGIC {
        bail!("{name}: not a binary dossier corpus");
    }
    let version = u32::from_le_bytes(read_array(&mut input, origin)?);
    if version != VERSION {
        bail!(
            "{name}: binary corpus of format version {version}, this dossier reads version {VERSION}; \
             re-run `dossier parse` (or `dossier merge`) to write it again"
        );
    }
    let count = u64::from_le_bytes(read_array(&mut input, origin)?);
    let count = usize::try_from(count).with_context(|| format!("{name}: article count too large"))?;
    let len = u64::from_le_bytes(read_array(&mut input, origin)?);
    let mut bytes = Vec::new();
    read_bytes_into(&mut input, len, &mut bytes, origin)?;
    let tables: TablesIn =
        postcard::from_bytes(&bytes).with_context(|| format!("{name}: the tables are malformed"))?;
    drop(bytes);
    let limits = Limits {
        ids: tables.ids.len(),
        strings: tables.strings.len(),
        lists: tables.lists.len(),
        summaries: tables.summaries.len(),
    };

    // The next chunk is read while the cores check and decode the current one. Two sets of
    // buffers take turns (a chunk's text moves into the store; the other buffers are reused).
    let mut articles = Vec::with_capacity(count.min(1 << 20));
    let (mut chunk, mut next) = (Sections::default(), Sections::default());
    chunk.fill(&mut input, count, origin)?;
    while !chunk.is_empty() {
        let left = count - articles.len() - chunk.articles;
        let (filled, decoded) = rayon::join(
            || next.fill(&mut input, left, origin),
            || chunk.decode(&limits, articles.len(), origin),
        );
        articles.extend(decoded?);
        filled?;
        std::mem::swap(&mut chunk, &mut next);
    }
    if input.fill_buf().map(|rest| !rest.is_empty()).unwrap_or(false) {
        bail!("{name}: unexpected bytes after the last article");
    }
    let TablesIn { entities, ids, strings, lists, summaries } = tables;
    let entities = entities.into_iter().map(Entity::from).collect();
    Ok(Store::assemble(articles, entities, ids, strings, lists, summaries))
}

/// The tables as written, borrowed from the store.
#[derive(Serialize)]
struct TablesOut<'a> {
    entities: Vec<EntityRecord>,
    ids: &'a [Box<str>],
    strings: &'a [Box<str>],
    lists: &'a [Box<[String]>],
    summaries: &'a [Box<str>],
}

/// The tables as read (the same encoding as `TablesOut`).
#[derive(Deserialize)]
struct TablesIn {
    entities: Vec<EntityRecord>,
    ids: Vec<Box<str>>,
    strings: Vec<Box<str>>,
    lists: Vec<Box<[String]>>,
    summaries: Vec<Box<str>>,
}

/// Table sizes, which every index read must stay under.
struct Limits {
    ids: usize,
    strings: usize,
    lists: usize,
    summaries: usize,
}

/// An article's metadata, and how much of each section is its own.
#[derive(Serialize, Deserialize)]
struct Meta {
    id: String,
    title: String,
    source: Option<String>,
    url: Option<String>,
    dct: Option<String>,
    dct_approx: bool,
    dct_origin: DctOrigin,
    warnings: Vec<String>,
    /// Bytes of text; zones, sentences, mentions, date expressions, events.
    sizes: [u64; 6],
}

/// A chunk's bytes, section by section.
#[derive(Default)]
struct Sections {
    articles: usize,
    meta: Vec<u8>,
    text: Vec<u8>,
    zones: Vec<u8>,
    sentences: Vec<u8>,
    mentions: Vec<u8>,
    timexes: Vec<u8>,
    events: Vec<u8>,
}

impl Sections {
    fn all(&self) -> [&Vec<u8>; 7] {
        [&self.meta, &self.text, &self.zones, &self.sentences, &self.mentions, &self.timexes, &self.events]
    }

    fn all_mut(&mut self) -> [&mut Vec<u8>; 7] {
        [
            &mut self.meta,
            &mut self.text,
            &mut self.zones,
            &mut self.sentences,
            &mut self.mentions,
            &mut self.timexes,
            &mut self.events,
        ]
    }

    fn is_empty(&self) -> bool {
        self.articles == 0
    }

    /// These articles' bytes.
    fn encode(&mut self, articles: &[Article]) -> Result<()> {
        for section in self.all_mut() {
            section.clear();
        }
        let meta: Vec<Meta> = articles.iter().map(Meta::from).collect();
        self.meta = postcard::to_stdvec(&meta).context("encoding the articles' metadata")?;
        for a in articles {
            self.text.extend_from_slice(a.text.as_bytes());
            put_all(&mut self.zones, &a.zones);
            put_all(&mut self.sentences, &a.sentences);
            put_all(&mut self.mentions, &a.mentions);
            put_all(&mut self.timexes, &a.timexes);
            put_all(&mut self.events, &a.events);
        }
        Ok(())
    }

    /// Reads the next chunk of at most `left` articles (none when `left` is 0).
    fn fill(&mut self, input: &mut impl Read, left: usize, origin: &Path) -> Result<()> {
        self.articles = 0;
        if left == 0 {
            return Ok(());
        }
        let articles = u32::from_le_bytes(read_array(input, origin)?) as usize;
        if articles == 0 || articles > left {
            bail!("{}: a chunk of {articles} articles where {left} remain: malformed", origin.display());
        }
        let mut lengths = [0u64; 7];
        for len in &mut lengths {
            *len = u64::from_le_bytes(read_array(input, origin)?);
        }
        // The text moves into the store: a fresh buffer, sized once.
        self.text = Vec::new();
        for (section, len) in self.all_mut().into_iter().zip(lengths) {
            section.clear();
            read_bytes_into(input, len, section, origin)?;
        }
        self.articles = articles;
        Ok(())
    }

    /// The chunk's articles, checked; `first` is the index of the first one in the file.
    fn decode(&mut self, limits: &Limits, first: usize, origin: &Path) -> Result<Vec<Article>> {
        let malformed = || {
            format!("{}: articles {}–{} are malformed", origin.display(), first + 1, first + self.articles)
        };
        let text = std::mem::take(&mut self.text);
        let ((text, meta), ((zones, sentences), (mentions, (timexes, events)))) = rayon::join(
            || (String::from_utf8(text), postcard::from_bytes::<Vec<Meta>>(&self.meta)),
            || {
                rayon::join(
                    || rayon::join(|| records::<Zone>(&self.zones), || records::<Sentence>(&self.sentences)),
                    || {
                        rayon::join(
                            || records::<Mention>(&self.mentions),
                            || {
                                rayon::join(
                                    || records::<Timex>(&self.timexes),
                                    || records::<StoredEvent>(&self.events),
                                )
                            },
                        )
                    },
                )
            },
        );
        let (Ok(text), Ok(meta)) = (text, meta) else { bail!(malformed()) };
        let (Some(zones), Some(sentences), Some(mentions), Some(timexes), Some(events)) =
            (zones, sentences, mentions, timexes, events)
        else {
            bail!(malformed())
        };
        if meta.len() != self.articles {
            bail!(malformed());
        }
        let shared = Shared {
            text: Arc::new(text),
            zones: Arc::new(zones),
            sentences: Arc::new(sentences),
            mentions: Arc::new(mentions),
            timexes: Arc::new(timexes),
            events: Arc::new(events),
        };
        let lens = [
            shared.text.len(),
            shared.zones.len(),
            shared.sentences.len(),
            shared.mentions.len(),
            shared.timexes.len(),
            shared.events.len(),
        ];
        let mut at = [0usize; 6];
        let mut articles = Vec::with_capacity(meta.len());
        for m in meta {
            let mut ranges = [0..0, 0..0, 0..0, 0..0, 0..0, 0..0];
            for (k, range) in ranges.iter_mut().enumerate() {
                let size = usize::try_from(m.sizes[k]).ok();
                let end = size.and_then(|s| at[k].checked_add(s)).filter(|&end| end <= lens[k]);
                let Some(end) = end else { bail!(malformed()) };
                *range = at[k]..end;
                at[k] = end;
            }
            if !shared.text.is_char_boundary(ranges[0].start) || !shared.text.is_char_boundary(ranges[0].end)
            {
                bail!(malformed());
            }
            articles.push(m.into_article(&shared, ranges));
        }
        if at != lens {
            bail!(malformed());
        }
        articles.par_iter().enumerate().try_for_each(|(i, a)| {
            if a.is_sound(limits) {
                Ok(())
            } else {
                bail!("{}: article {} is malformed", origin.display(), first + i + 1)
            }
        })?;
        Ok(articles)
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

impl From<&Article> for Meta {
    fn from(a: &Article) -> Self {
        // Taken apart field by field: a field added to the store fails to compile here until carried.
        let Article {
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
        Meta {
            id: id.clone(),
            title: title.clone(),
            source: source.clone(),
            url: url.clone(),
            dct: dct.clone(),
            dct_approx: *dct_approx,
            dct_origin: *dct_origin,
            warnings: warnings.clone(),
            sizes: [text.len(), zones.len(), sentences.len(), mentions.len(), timexes.len(), events.len()]
                .map(|n| n as u64),
        }
    }
}

impl Meta {
    fn into_article(self, shared: &Shared, ranges: [std::ops::Range<usize>; 6]) -> Article {
        let [text, zones, sentences, mentions, timexes, events] = ranges;
        Article {
            id: self.id,
            title: self.title,
            source: self.source,
            url: self.url,
            dct: self.dct,
            dct_approx: self.dct_approx,
            dct_origin: self.dct_origin,
            warnings: self.warnings,
            text: Piece::new(&shared.text, text),
            zones: Piece::new(&shared.zones, zones),
            sentences: Piece::new(&shared.sentences, sentences),
            mentions: Piece::new(&shared.mentions, mentions),
            timexes: Piece::new(&shared.timexes, timexes),
            events: Piece::new(&shared.events, events),
        }
    }
}

impl Article {
    /// What the store guarantees of an article built from the model (see `from_corpus`): every
    /// span the screens slice is on char boundaries of the text, every index in its table.
    fn is_sound(&self, limits: &Limits) -> bool {
        let text: &str = &self.text;
        let fits = |r: Range32| sliceable(text, r.span()).is_some();
        let string = |i: u32| (i as usize) < limits.strings;
        let optional_string = |i: u32| i == NONE || string(i);
        let list = |i: u32| (i as usize) < limits.lists;
        self.sentences.iter().all(|s| fits(s.range))
            && self.mentions.iter().all(|m| fits(m.range) && m.id() < limits.ids)
            && self.timexes.iter().all(|x| {
                fits(x.range) && string(x.value) && optional_string(x.modifier) && optional_string(x.anchor)
            })
            && self.events.iter().all(|e| {
                let summary = match e.summary {
                    StoredSummary::InText(r) => fits(r),
                    StoredSummary::Stored(i) => (i as usize) < limits.summaries,
                };
                summary
                    && string(e.date)
                    && string(e.category)
                    && list(e.source)
                    && list(e.target)
                    && list(e.people)
            })
    }
}

/// An annotation as a fixed number of bytes.
trait Record: Sized {
    const SIZE: usize;
    fn put(&self, out: &mut Vec<u8>);
    /// None when a byte is not a valid code.
    fn get(fields: &mut Fields) -> Option<Self>;
}

fn put_all<T: Record>(out: &mut Vec<u8>, records: &[T]) {
    out.reserve(records.len() * T::SIZE);
    for r in records {
        r.put(out);
    }
}

/// The records of a section; None when it is not a whole number of valid records.
fn records<T: Record>(bytes: &[u8]) -> Option<Vec<T>> {
    if !bytes.len().is_multiple_of(T::SIZE) {
        return None;
    }
    bytes.chunks_exact(T::SIZE).map(|r| T::get(&mut Fields(r))).collect()
}

/// The fields of a record, read in order.
struct Fields<'a>(&'a [u8]);

impl Fields<'_> {
    fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.0.split_first_chunk::<4>()?;
        self.0 = rest;
        Some(u32::from_le_bytes(*head))
    }

    fn u8(&mut self) -> Option<u8> {
        let (&head, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(head)
    }

    fn code<T: Code>(&mut self) -> Option<T> {
        T::from_code(self.u8()?)
    }

    fn range(&mut self) -> Option<Range32> {
        Some(Range32 { start: self.u32()?, end: self.u32()? })
    }
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_range(out: &mut Vec<u8>, r: Range32) {
    put_u32(out, r.start);
    put_u32(out, r.end);
}

impl Record for Zone {
    const SIZE: usize = 9;
    fn put(&self, out: &mut Vec<u8>) {
        put_range(out, self.range);
        out.push(self.kind.code());
    }
    fn get(f: &mut Fields) -> Option<Self> {
        Some(Zone { range: f.range()?, kind: f.code()? })
    }
}

impl Record for Sentence {
    const SIZE: usize = 9;
    fn put(&self, out: &mut Vec<u8>) {
        put_range(out, self.range);
        out.push(self.zone.map_or(0, |z| z.code() + 1));
    }
    fn get(f: &mut Fields) -> Option<Self> {
        let range = f.range()?;
        let zone = match f.u8()? {
            0 => None,
            code => Some(ZoneKind::from_code(code - 1)?),
        };
        Some(Sentence { range, zone })
    }
}

impl Record for Mention {
    const SIZE: usize = 12;
    fn put(&self, out: &mut Vec<u8>) {
        put_range(out, self.range);
        put_u32(out, self.id_and_kind);
    }
    fn get(f: &mut Fields) -> Option<Self> {
        Some(Mention { range: f.range()?, id_and_kind: f.u32()? })
    }
}

impl Record for Timex {
    const SIZE: usize = 22;
    fn put(&self, out: &mut Vec<u8>) {
        put_range(out, self.range);
        for v in [self.value, self.modifier, self.anchor] {
            put_u32(out, v);
        }
        out.extend_from_slice(&[self.kind.code(), self.resolution.code()]);
    }
    fn get(f: &mut Fields) -> Option<Self> {
        Some(Timex {
            range: f.range()?,
            value: f.u32()?,
            modifier: f.u32()?,
            anchor: f.u32()?,
            kind: f.code()?,
            resolution: f.code()?,
        })
    }
}

impl Record for StoredEvent {
    const SIZE: usize = 48;
    fn put(&self, out: &mut Vec<u8>) {
        put_u32(out, self.sentence);
        put_range(out, self.trigger);
        for v in [self.date, self.category, self.timex, self.source, self.target, self.people] {
            put_u32(out, v);
        }
        match self.summary {
            StoredSummary::InText(r) => {
                out.push(0);
                put_range(out, r);
            }
            StoredSummary::Stored(i) => {
                out.push(1);
                put_u32(out, i);
                put_u32(out, 0);
            }
        }
        out.extend_from_slice(&[self.precision.code(), u8::from(self.approx), self.date_origin.code()]);
    }
    fn get(f: &mut Fields) -> Option<Self> {
        let (sentence, trigger) = (f.u32()?, f.range()?);
        let (date, category, timex) = (f.u32()?, f.u32()?, f.u32()?);
        let (source, target, people) = (f.u32()?, f.u32()?, f.u32()?);
        let summary = match f.u8()? {
            0 => StoredSummary::InText(f.range()?),
            1 => {
                let i = f.u32()?;
                f.u32()?;
                StoredSummary::Stored(i)
            }
            _ => return None,
        };
        let precision = f.code()?;
        let approx = match f.u8()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        Some(StoredEvent {
            sentence,
            trigger,
            date,
            category,
            timex,
            source,
            target,
            people,
            summary,
            precision,
            approx,
            date_origin: f.code()?,
        })
    }
}

/// A fieldless enum of the model as one byte: its position in a list of its variants.
trait Code: Copy + Sized {
    fn code(self) -> u8;
    fn from_code(code: u8) -> Option<Self>;
}

/// Lists each enum's variants; the match makes a variant added to the model fail to compile here
/// until listed (and the format's version bumped).
macro_rules! codes {
    ($($ty:ident { $($variant:ident),+ $(,)? })+) => {$(
        impl Code for $ty {
            fn code(self) -> u8 {
                const ALL: &[$ty] = &[$($ty::$variant),+];
                match self {
                    $($ty::$variant)|+ => ALL.iter().position(|&v| v == self).unwrap_or_default() as u8,
                }
            }
            fn from_code(code: u8) -> Option<Self> {
                const ALL: &[$ty] = &[$($ty::$variant),+];
                ALL.get(code as usize).copied()
            }
        }
    )+};
}

codes! {
    ZoneKind { Header, UpdateStamp, Related, Caption, Footer, Signoff }
    TimexType { Date, Time, Duration, Set }
    Resolution { Absolute, PublicationDate, PreviousDate, Unresolved }
    Precision { Day, Month, Year }
    EventDateOrigin { Timex, PublicationDate }
}

/// An entity, field for field (the model's serde attributes are made for JSON).
#[derive(Serialize, Deserialize)]
struct EntityRecord {
    id: String,
    name: String,
    kind: EntityKind,
    country: Option<String>,
    role: Option<String>,
    in_lexicon: bool,
    aliases: Vec<String>,
}

impl From<&Entity> for EntityRecord {
    fn from(e: &Entity) -> Self {
        let Entity { id, name, kind, country, role, in_lexicon, aliases } = e;
        EntityRecord {
            id: id.clone(),
            name: name.clone(),
            kind: *kind,
            country: country.clone(),
            role: role.clone(),
            in_lexicon: *in_lexicon,
            aliases: aliases.clone(),
        }
    }
}

impl From<EntityRecord> for Entity {
    fn from(r: EntityRecord) -> Self {
        let EntityRecord { id, name, kind, country, role, in_lexicon, aliases } = r;
        Entity { id, name, kind, country, role, in_lexicon, aliases }
    }
}

fn read_array<const N: usize>(input: &mut impl Read, origin: &Path) -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    input.read_exact(&mut bytes).with_context(|| format!("{}: truncated binary corpus", origin.display()))?;
    Ok(bytes)
}

/// Appends `len` bytes of `input` to `buf`: room made for them at once when the length is
/// plausible, else as they arrive (a damaged length cannot allocate ahead).
fn read_bytes_into(input: &mut impl Read, len: u64, buf: &mut Vec<u8>, origin: &Path) -> Result<()> {
    const AHEAD: u64 = 1 << 28;
    buf.reserve_exact(len.min(AHEAD) as usize);
    let before = buf.len();
    input.take(len).read_to_end(buf)?;
    if (buf.len() - before) as u64 != len {
        bail!("{}: truncated binary corpus", origin.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back() {
        fn check<T: Code + PartialEq + std::fmt::Debug>() {
            let mut n = 0;
            while let Some(v) = T::from_code(n) {
                assert_eq!(v.code(), n, "{v:?}");
                n += 1;
            }
            assert!(n >= 2);
        }
        check::<ZoneKind>();
        check::<TimexType>();
        check::<Resolution>();
        check::<Precision>();
        check::<EventDateOrigin>();
    }
}
