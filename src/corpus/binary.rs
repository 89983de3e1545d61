//! The binary form of a parsed corpus: the same data as the JSON contract, fast to load.
//!
//! JSON stays the interchange and export format; this form is for browsing large corpora (a
//! 100,000-article corpus is ~2 GB of JSON). Layout, all integers little-endian:
//!
//! ```text
//! MAGIC (8 bytes) | schema version (u32) | article count (u64)
//! article count × ( length (u32) | postcard(article) )
//! length (u64) | postcard(entities)
//! ```
//!
//! Each article is encoded on its own, so loading decodes them on all cores in bounded chunks.
//! The model's serde attributes are made for JSON (`flatten`, `skip_serializing_if`), which a
//! compact format without field names cannot honour: the records below mirror the model field for
//! field, and destructure it without `..`, so a field added to the model fails to compile here
//! until it is carried.

use super::model::*;
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read, Write};
use std::path::Path;

/// The first bytes of a binary corpus.
pub const MAGIC: &[u8; 8] = b"DOSSIERB";

/// Articles decoded together: enough to keep every core busy, few enough to keep memory flat.
const CHUNK: usize = 2048;

/// True when `head` (the first bytes of a file) opens a binary corpus.
pub fn is_binary(head: &[u8]) -> bool {
    head.starts_with(MAGIC)
}

/// Writes `corpus` in binary form.
pub fn write(corpus: &Corpus, mut out: impl Write) -> Result<()> {
    out.write_all(MAGIC)?;
    out.write_all(&corpus.version.to_le_bytes())?;
    out.write_all(&(corpus.articles.len() as u64).to_le_bytes())?;
    let mut buf = Vec::new();
    for chunk in corpus.articles.chunks(CHUNK) {
        let encoded: Vec<Vec<u8>> = chunk
            .par_iter()
            .map(|a| postcard::to_stdvec(&ArticleRecord::from(a)))
            .collect::<Result<_, _>>()
            .context("encoding an article")?;
        for bytes in encoded {
            let len = u32::try_from(bytes.len()).context("an article over 4 GB")?;
            buf.clear();
            buf.extend_from_slice(&len.to_le_bytes());
            buf.extend_from_slice(&bytes);
            out.write_all(&buf)?;
        }
    }
    let entities: Vec<EntityRecord> = corpus.entities.iter().map(EntityRecord::from).collect();
    let bytes = postcard::to_stdvec(&entities).context("encoding the entities")?;
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(&bytes)?;
    Ok(())
}

/// Reads a binary corpus; errors name `origin`.
pub fn read(input: impl BufRead + Send, origin: &Path) -> Result<Corpus> {
    let mut articles = Vec::new();
    let entities = read_chunks(input, origin, |chunk| {
        articles.extend(chunk);
        Ok(())
    })?;
    Ok(Corpus { format: FORMAT_NAME.to_string(), version: SCHEMA_VERSION, articles, entities })
}

/// Reads a binary corpus without ever holding all of it: `each` receives the articles chunk by
/// chunk, in file order (it consumes one chunk while the cores decode the next), and the entity
/// table, stored last, is returned. Errors name `origin`; a chunk handed to `each` was valid, but
/// the file may still turn out damaged further on.
pub fn read_chunks(
    mut input: impl BufRead + Send,
    origin: &Path,
    mut each: impl FnMut(Vec<Article>) -> Result<()> + Send,
) -> Result<Vec<Entity>> {
    let name = origin.display();
    let mut magic = [0u8; 8];
    input.read_exact(&mut magic).with_context(|| format!("{name}: not a binary corpus"))?;
    if &magic != MAGIC {
        bail!("{name}: not a binary dossier corpus");
    }
    let version = u32::from_le_bytes(read_array(&mut input, origin)?);
    if version != SCHEMA_VERSION {
        bail!(
            "{name}: corpus format version {version}, this dossier reads version {SCHEMA_VERSION}; re-run `dossier parse`"
        );
    }
    let count = u64::from_le_bytes(read_array(&mut input, origin)?);
    let count = usize::try_from(count).with_context(|| format!("{name}: article count too large"))?;
    // Three stages overlap: the next chunk is read and the previous one handed to `each` while
    // the cores decode the current one. Two buffers take turns, so their memory is reused rather
    // than given back and faulted in again.
    let (mut chunk, mut next) = (Chunk::default(), Chunk::default());
    chunk.fill(&mut input, count.min(CHUNK), origin)?;
    let (mut seen, mut decoded) = (0, None);
    while !chunk.ends.is_empty() {
        let after = count - seen - chunk.ends.len();
        let ((filled, consumed), current) = rayon::join(
            || (next.fill(&mut input, after.min(CHUNK), origin), decoded.take().map_or(Ok(()), &mut each)),
            || chunk.decode(seen, origin),
        );
        consumed?;
        decoded = Some(current?);
        filled?;
        seen += chunk.ends.len();
        std::mem::swap(&mut chunk, &mut next);
    }
    if let Some(last) = decoded {
        each(last)?;
    }
    let len = u64::from_le_bytes(read_array(&mut input, origin)?);
    let len = usize::try_from(len).with_context(|| format!("{name}: entity table too large"))?;
    let bytes = read_bytes(&mut input, len, origin)?;
    let entities: Vec<EntityRecord> =
        postcard::from_bytes(&bytes).with_context(|| format!("{name}: the entity table is malformed"))?;
    if input.fill_buf().map(|rest| !rest.is_empty()).unwrap_or(false) {
        bail!("{name}: unexpected bytes after the entity table");
    }
    Ok(entities.into_iter().map(Entity::from).collect())
}

/// Consecutive encoded articles: one buffer, and where each one ends in it.
#[derive(Default)]
struct Chunk {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Chunk {
    /// Replaces the contents with the next `count` articles of `input`.
    fn fill(&mut self, input: &mut impl Read, count: usize, origin: &Path) -> Result<()> {
        self.bytes.clear();
        self.ends.clear();
        for _ in 0..count {
            let len = u32::from_le_bytes(read_array(input, origin)?) as usize;
            read_bytes_into(input, len, &mut self.bytes, origin)?;
            self.ends.push(self.bytes.len());
        }
        Ok(())
    }

    /// The articles, decoded on all cores; `first` is the index of the first one in the file.
    fn decode(&self, first: usize, origin: &Path) -> Result<Vec<Article>> {
        (0..self.ends.len())
            .into_par_iter()
            .map(|i| {
                let start = if i == 0 { 0 } else { self.ends[i - 1] };
                postcard::from_bytes::<ArticleRecord>(&self.bytes[start..self.ends[i]])
                    .map(Article::from)
                    .with_context(|| format!("{}: article {} is malformed", origin.display(), first + i + 1))
            })
            .collect()
    }
}

fn read_array<const N: usize>(input: &mut impl Read, origin: &Path) -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    input.read_exact(&mut bytes).with_context(|| format!("{}: truncated binary corpus", origin.display()))?;
    Ok(bytes)
}

/// Reads `len` bytes, growing the buffer as they arrive (a corrupt length cannot allocate ahead).
fn read_bytes(input: &mut impl Read, len: usize, origin: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    read_bytes_into(input, len, &mut bytes, origin)?;
    Ok(bytes)
}

/// Appends `len` bytes of `input` to `buf`.
fn read_bytes_into(input: &mut impl Read, len: usize, buf: &mut Vec<u8>, origin: &Path) -> Result<()> {
    let before = buf.len();
    input.take(len as u64).read_to_end(buf)?;
    if buf.len() - before != len {
        bail!("{}: truncated binary corpus", origin.display());
    }
    Ok(())
}

// Records: the model, field for field, with every field always present.

#[derive(Serialize, Deserialize)]
struct ArticleRecord {
    id: String,
    title: String,
    source: Option<String>,
    url: Option<String>,
    dct: Option<String>,
    dct_approx: bool,
    dct_origin: DctOrigin,
    warnings: Vec<String>,
    text: String,
    zones: Vec<(Span, ZoneKind)>,
    sentences: Vec<(Span, Option<ZoneKind>)>,
    mentions: Vec<(Span, MentionKind, String)>,
    timexes: Vec<TimexRecord>,
    events: Vec<EventRecord>,
}

#[derive(Serialize, Deserialize)]
struct TimexRecord {
    span: Span,
    kind: TimexType,
    value: String,
    modifier: Option<String>,
    resolution: Resolution,
    anchor: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct EventRecord {
    sentence: usize,
    trigger: Span,
    date: String,
    precision: Precision,
    approx: bool,
    date_origin: EventDateOrigin,
    timex: Option<usize>,
    category: String,
    source: Vec<String>,
    target: Vec<String>,
    people: Vec<String>,
    summary: String,
}

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

impl From<&Article> for ArticleRecord {
    fn from(a: &Article) -> Self {
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
        ArticleRecord {
            id: id.clone(),
            title: title.clone(),
            source: source.clone(),
            url: url.clone(),
            dct: dct.clone(),
            dct_approx: *dct_approx,
            dct_origin: *dct_origin,
            warnings: warnings.clone(),
            text: text.clone(),
            zones: zones.iter().map(|Zone { span, kind }| (*span, *kind)).collect(),
            sentences: sentences.iter().map(|Sentence { span, zone }| (*span, *zone)).collect(),
            mentions: mentions
                .iter()
                .map(|Mention { span, kind, entity }| (*span, *kind, entity.clone()))
                .collect(),
            timexes: timexes.iter().map(TimexRecord::from).collect(),
            events: events.iter().map(EventRecord::from).collect(),
        }
    }
}

impl From<ArticleRecord> for Article {
    fn from(r: ArticleRecord) -> Self {
        Article {
            id: r.id,
            title: r.title,
            source: r.source,
            url: r.url,
            dct: r.dct,
            dct_approx: r.dct_approx,
            dct_origin: r.dct_origin,
            warnings: r.warnings,
            text: r.text,
            zones: r.zones.into_iter().map(|(span, kind)| Zone { span, kind }).collect(),
            sentences: r.sentences.into_iter().map(|(span, zone)| Sentence { span, zone }).collect(),
            mentions: r
                .mentions
                .into_iter()
                .map(|(span, kind, entity)| Mention { span, kind, entity })
                .collect(),
            timexes: r.timexes.into_iter().map(Timex::from).collect(),
            events: r.events.into_iter().map(Event::from).collect(),
        }
    }
}

impl From<&Timex> for TimexRecord {
    fn from(t: &Timex) -> Self {
        let Timex { span, kind, value, modifier, resolution, anchor } = t;
        TimexRecord {
            span: *span,
            kind: *kind,
            value: value.clone(),
            modifier: modifier.clone(),
            resolution: *resolution,
            anchor: anchor.clone(),
        }
    }
}

impl From<TimexRecord> for Timex {
    fn from(r: TimexRecord) -> Self {
        Timex {
            span: r.span,
            kind: r.kind,
            value: r.value,
            modifier: r.modifier,
            resolution: r.resolution,
            anchor: r.anchor,
        }
    }
}

impl From<&Event> for EventRecord {
    fn from(e: &Event) -> Self {
        let Event {
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
        EventRecord {
            sentence: *sentence,
            trigger: *trigger,
            date: date.clone(),
            precision: *precision,
            approx: *approx,
            date_origin: *date_origin,
            timex: *timex,
            category: category.clone(),
            source: source.clone(),
            target: target.clone(),
            people: people.clone(),
            summary: summary.clone(),
        }
    }
}

impl From<EventRecord> for Event {
    fn from(r: EventRecord) -> Self {
        Event {
            sentence: r.sentence,
            trigger: r.trigger,
            date: r.date,
            precision: r.precision,
            approx: r.approx,
            date_origin: r.date_origin,
            timex: r.timex,
            category: r.category,
            source: r.source,
            target: r.target,
            people: r.people,
            summary: r.summary,
        }
    }
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
        Entity {
            id: r.id,
            name: r.name,
            kind: r.kind,
            country: r.country,
            role: r.role,
            in_lexicon: r.in_lexicon,
            aliases: r.aliases,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(corpus: &Corpus) -> Corpus {
        let mut bytes = Vec::new();
        write(corpus, &mut bytes).unwrap();
        assert!(is_binary(&bytes));
        read(bytes.as_slice(), Path::new("test.bin")).unwrap()
    }

    #[test]
    fn the_default_corpus_round_trips() {
        let corpus = crate::corpus::io::embedded();
        assert!(corpus.articles.iter().any(|a| !a.events.is_empty() && !a.zones.is_empty()));
        assert_eq!(round_trip(&corpus), corpus);
    }

    #[test]
    fn chunks_come_in_file_order_and_bounded() {
        let mut corpus = crate::corpus::io::embedded();
        let seeds = corpus.articles.clone();
        corpus.articles = seeds.iter().cycle().take(2 * CHUNK + 3).cloned().collect();
        let mut bytes = Vec::new();
        write(&corpus, &mut bytes).unwrap();
        let mut sizes = Vec::new();
        let mut articles = Vec::new();
        let entities = read_chunks(bytes.as_slice(), Path::new("c.bin"), |chunk| {
            sizes.push(chunk.len());
            articles.extend(chunk);
            Ok(())
        })
        .unwrap();
        assert_eq!(sizes, [CHUNK, CHUNK, 3]);
        assert_eq!(articles, corpus.articles);
        assert_eq!(entities, corpus.entities);
        // An error from the consumer stops the reading and comes out as is.
        let err = read_chunks(bytes.as_slice(), Path::new("c.bin"), |_| bail!("enough")).unwrap_err();
        assert_eq!(err.to_string(), "enough");
    }

    #[test]
    fn optional_fields_round_trip_both_ways() {
        let mut corpus = crate::corpus::io::embedded();
        let a = &mut corpus.articles[0];
        a.dct_approx = !a.dct_approx;
        a.warnings = vec!["une alerte".into()];
        a.source = None;
        a.dct = None;
        if let Some(e) = a.events.first_mut() {
            e.approx = !e.approx;
            e.timex = e.timex.map_or(Some(0), |_| None);
        }
        if let Some(t) = a.timexes.first_mut() {
            t.modifier = Some("APPROX".into());
            t.anchor = None;
        }
        corpus.entities[0].role = Some("rôle".into());
        corpus.entities[0].country = None;
        assert_eq!(round_trip(&corpus), corpus);
    }

    #[test]
    fn truncated_or_foreign_files_are_errors_not_panics() {
        let corpus = crate::corpus::io::embedded();
        let mut bytes = Vec::new();
        write(&corpus, &mut bytes).unwrap();
        for cut in [0, 4, 12, 20, 100, bytes.len() / 2, bytes.len() - 1] {
            let err = read(&bytes[..cut], Path::new("cut.bin")).unwrap_err();
            assert!(format!("{err:#}").contains("cut.bin"), "{err:#}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read(longer.as_slice(), Path::new("x.bin")).is_err());
        let mut other_version = bytes.clone();
        other_version[8..12].copy_from_slice(&(SCHEMA_VERSION + 1).to_le_bytes());
        let err = read(other_version.as_slice(), Path::new("v.bin")).unwrap_err();
        assert!(format!("{err:#}").contains("re-run `dossier parse`"), "{err:#}");
        // Garbage after a valid header: a huge article length must not allocate or panic.
        let mut garbage = bytes[..20].to_vec();
        garbage.extend_from_slice(&[0xff; 64]);
        assert!(read(garbage.as_slice(), Path::new("g.bin")).is_err());
    }
}
