//! The corpus as the browser reads it: the timeline sorted once, and an inverted index from each
//! entity to the articles and events that involve it, built once at load so filtering is a merge of
//! sorted lists, never a scan of the text.

use super::fold::{fold, fold_query, Folded, Matcher};
use super::store::{Article, Event, Store};
use crate::corpus::{Entity, EntityKind, EventDateOrigin, PartialDate, Resolution, Span};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

/// One dated event of the corpus; its date is read with [`Catalog::date`]. Twelve bytes: there
/// are over a million at 100k articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub article: u32,
    pub event: u32,
    /// Index into `Catalog::dates` (equal dates, equal index).
    date: u32,
}

/// A (year, month) bucket of the timeline.
pub type Month = (i32, u32);

/// An entity proposed by the filter prompt. Where the query matched is found apart
/// ([`Catalog::match_positions`]), for the rows shown only: at 100k articles one letter matches
/// tens of thousands of entities, and positions cost more than the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub entity: usize,
    /// Which of the entity's labels matched: 0 the canonical name, then its aliases, then (for a
    /// country) its ISO code, so "usa" finds États-Unis.
    pub label: usize,
    pub score: i64,
}

pub struct Catalog {
    store: Arc<Store>,
    /// Article indices, by publication date (undated last), then corpus order.
    pub article_order: Arc<Vec<u32>>,
    /// Every event, by date then article then sentence.
    pub entries: Arc<Vec<Entry>>,
    /// The distinct dates of the timeline, in its order.
    dates: Vec<Option<PartialDate>>,
    /// Every month from the first dated event to the last, for the density strip.
    pub months: Vec<Month>,
    /// What filtering needs; see [`Catalog::new`].
    index: OnceLock<Index>,
    /// The thread building `index`; detached if never joined, so quitting never waits for it.
    building: Mutex<Option<JoinHandle<Index>>>,
    matcher: Matcher,
}

/// Entities to articles and events, and what the filter prompt matches entities on.
struct Index {
    /// Per entity: positions in `article_order` of the articles that involve it, ascending.
    entity_articles: PerEntity,
    /// Per entity: positions in `entries` of the events that involve it, ascending.
    entity_entries: PerEntity,
    /// The entities some article involves (the only ones the prompt proposes), in the order of
    /// candidates with equal scores: most cited first, then by name, then by index.
    listed: Vec<u32>,
    /// Per entity: its place in `listed`; `u32::MAX` when no article involves it.
    rank: Vec<u32>,
    /// The labels of the entities of `listed`, in its order, folded for matching.
    labels: FoldedLabels,
}

/// Labels folded for matching, in one buffer: the first letter typed scores every label of the
/// corpus, and reads them in one pass over memory, not through a pointer per label.
struct FoldedLabels {
    text: String,
    /// Label l is `text[label_bounds[l]..label_bounds[l + 1]]`.
    label_bounds: Vec<u32>,
    /// The labels of the entity at place i are `label_bounds[entity_bounds[i]..entity_bounds[i + 1]]`.
    entity_bounds: Vec<u32>,
}

impl FoldedLabels {
    /// The labels of each of `entities`, folded, in `labels_of` order.
    fn new<'a>(entities: impl Iterator<Item = &'a Entity>) -> Self {
        let mut labels = FoldedLabels { text: String::new(), label_bounds: vec![0], entity_bounds: vec![0] };
        for e in entities {
            for label in labels_of(e) {
                labels.text.push_str(&fold(label));
                labels.label_bounds.push(labels.text.len() as u32);
            }
            labels.entity_bounds.push(labels.label_bounds.len() as u32 - 1);
        }
        labels
    }

    /// The folded labels of the entity at place i (in the order the labels were built in), in
    /// `Candidate::label` order.
    fn of(&self, i: usize) -> impl Iterator<Item = &str> {
        let (first, end) = (self.entity_bounds[i] as usize, self.entity_bounds[i + 1] as usize);
        self.label_bounds[first..=end].windows(2).map(|w| &self.text[w[0] as usize..w[1] as usize])
    }
}

impl Catalog {
    /// The catalog of a corpus, or of a store read straight from a file. The article list and
    /// the timeline are ready on return; the index that filtering needs is built on another
    /// thread meanwhile (the first frame does not need it: at 100k articles it is most of the
    /// catalog's work), and whatever needs it first waits for it.
    pub fn new(corpus: impl Into<Store>) -> Self {
        let store = Arc::new(corpus.into());
        let mut article_order: Vec<u32> = (0..store.articles().len() as u32).collect();
        let dcts: Vec<Option<PartialDate>> =
            store.articles().par_iter().map(|a| a.dct.as_deref().and_then(|d| d.parse().ok())).collect();
        // Stable sorts on all cores: the same order as a sequential stable sort.
        article_order.par_sort_by_cached_key(|&a| {
            (dcts[a as usize].is_none(), dcts[a as usize].map(|d| d.first_day()))
        });
        let article_order = Arc::new(article_order);
        let (entries, dates) = timeline(&store);
        let entries = Arc::new(entries);
        let months = month_range(&entries, &dates);
        let building = {
            let (store, article_order, entries) = (store.clone(), article_order.clone(), entries.clone());
            std::thread::spawn(move || Index::new(&store, &article_order, &entries))
        };
        Catalog {
            store,
            article_order,
            entries,
            dates,
            months,
            index: OnceLock::new(),
            building: Mutex::new(Some(building)),
            matcher: Matcher,
        }
    }

    /// An entry's date; None when the corpus holds a date the browser cannot read (listed last,
    /// as undated).
    pub fn date(&self, entry: &Entry) -> Option<PartialDate> {
        self.dates[entry.date as usize]
    }

    /// Waits until the index that filtering needs is built.
    pub fn index_ready(&self) {
        self.index();
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let building = self.building.lock().unwrap_or_else(PoisonError::into_inner).take();
            match building.expect("the index is built once").join() {
                Ok(index) => index,
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }

    /// Every article, in corpus order.
    pub fn articles(&self) -> &[Article] {
        self.store.articles()
    }

    pub fn entity(&self, i: usize) -> &Entity {
        self.store.entity(i)
    }

    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.store.entity_index(id)
    }

    pub fn article(&self, i: usize) -> &Article {
        self.store.article(i)
    }

    pub fn event(&self, entry: &Entry) -> (&Article, Event<'_>) {
        let a = entry.article as usize;
        (self.article(a), self.store.event(a, entry.event as usize))
    }

    /// How many articles involve entity `e`.
    pub fn article_count(&self, e: usize) -> usize {
        self.index().entity_articles.of(e).len()
    }

    /// The label (name, alias or country code) a candidate matched on.
    pub fn label(&self, c: &Candidate) -> &str {
        labels_of(self.entity(c.entity)).nth(c.label).unwrap_or_default()
    }

    /// Entities matching `query`, best first; with an empty query, all of them, most cited first.
    pub fn candidates(&self, query: &str) -> Vec<Candidate> {
        let index = self.index();
        self.score_entities(&fold_query(query), index.listed.par_iter().map(|&e| e as usize))
    }

    /// What [`Catalog::candidates`] gives for a query folded as `folded_query`, found by
    /// rescoring only `previous`: the candidates of a query whose folded form is a subsequence of
    /// `folded_query` (typing appends to it). A label matches when the folded query is a
    /// subsequence of it, so every entity the query matches is among `previous`.
    pub fn candidates_among(&self, folded_query: &str, previous: &[Candidate]) -> Vec<Candidate> {
        self.score_entities(folded_query, previous.par_iter().map(|c| c.entity))
    }

    /// The candidates among `entities` for a folded query, best first.
    fn score_entities(&self, q: &str, entities: impl ParallelIterator<Item = usize>) -> Vec<Candidate> {
        let index = self.index();
        // Every entity's labels scored on all cores (a large corpus has tens of thousands of
        // entities); no match positions, which only the rows shown need.
        let mut out: Vec<Candidate> = entities
            .filter(|&entity| index.rank[entity] != u32::MAX)
            .filter_map(|entity| {
                if q.is_empty() {
                    return Some(Candidate { entity, label: 0, score: 0 });
                }
                let (score, label) = index
                    .labels
                    .of(index.rank[entity] as usize)
                    .enumerate()
                    .filter_map(|(label, f)| self.matcher.score_text(f, q).map(|score| (score, label)))
                    // On equal scores prefer the canonical name (lowest label).
                    .max_by_key(|&(score, label)| (score, std::cmp::Reverse(label)))?;
                Some(Candidate { entity, label, score })
            })
            .collect();
        // A total order (score, then the rank that breaks ties), so the result does not depend
        // on the order the entities came in.
        out.par_sort_unstable_by_key(|c| (std::cmp::Reverse(c.score), index.rank[c.entity]));
        out
    }

    /// Char positions, in the label it matched on, of the letters `folded_query` matched in
    /// candidate `c`: what the prompt highlights.
    pub fn match_positions(&self, c: &Candidate, folded_query: &str) -> Vec<usize> {
        // Folded again with where each folded char comes from: a screenful of labels.
        self.matcher.positions(&Folded::new(self.label(c)), folded_query).unwrap_or_default()
    }

    /// Article indices (in list order) and entry positions involving every entity of `filters`.
    pub fn filtered(&self, filters: &[usize]) -> (Vec<u32>, Vec<u32>) {
        if filters.is_empty() {
            return (self.article_order.to_vec(), (0..self.entries.len() as u32).collect());
        }
        let index = self.index();
        let ranks = intersect(filters.iter().map(|&f| index.entity_articles.of(f)));
        let articles = ranks.into_iter().map(|r| self.article_order[r as usize]).collect();
        let entries = intersect(filters.iter().map(|&f| index.entity_entries.of(f)));
        (articles, entries)
    }

    /// Every span of article `a` that mentions entity `e` or what stands for it.
    pub fn mention_spans(&self, a: usize, e: usize) -> Vec<Span> {
        let target = self.entity(e);
        self.article(a)
            .mentions
            .iter()
            .filter(|m| self.store.entity_of(m).is_some_and(|i| i == e || stands_for(self.entity(i), target)))
            .map(|m| m.span())
            .collect()
    }

    /// "RUS → USA"; the people's names when no country acts.
    pub fn actors(&self, ev: &Event) -> String {
        match (ev.source.is_empty(), ev.target.is_empty()) {
            (false, false) => format!("{} → {}", ev.source.join(", "), ev.target.join(", ")),
            (false, true) => ev.source.join(", "),
            (true, false) => format!("→ {}", ev.target.join(", ")),
            (true, true) => self.people(ev).join(", "),
        }
    }

    /// Names of the people taking part in an event.
    pub fn people<'a>(&'a self, ev: &Event<'a>) -> Vec<&'a str> {
        ev.people
            .iter()
            .map(|p| self.entity_index(p).map_or(p.as_str(), |i| self.entity(i).name.as_str()))
            .collect()
    }

    /// How the event's date was obtained, in words: "samedi → 2015-10-10, from the publication date
    /// 2015-10-14".
    pub fn explain_date(&self, entry: &Entry) -> String {
        let (article, ev) = self.event(entry);
        let dct = article.dct.as_deref().unwrap_or("unknown");
        let approx = if ev.approx { " (approximate)" } else { "" };
        let timex = ev.timex.and_then(|t| article.timexes.get(t).map(|x| (t, x)));
        match (ev.date_origin, timex) {
            (EventDateOrigin::Timex, Some((t, x))) => {
                let said = one_line(x.span().slice(&article.text));
                let how = match x.resolution {
                    Resolution::Absolute => "as written".to_string(),
                    Resolution::PublicationDate => {
                        format!("from the publication date {}", self.store.anchor(x).unwrap_or(dct))
                    }
                    Resolution::PreviousDate => {
                        let anchor = self.store.anchor(x).unwrap_or("?");
                        // Name the anchor as the article wrote it: the last earlier expression with that value.
                        let written = article.timexes[..t]
                            .iter()
                            .rev()
                            .find(|p| self.store.value(p) == anchor)
                            .map(|p| one_line(p.span().slice(&article.text)));
                        format!("from {}", written.unwrap_or_else(|| anchor.to_string()))
                    }
                    Resolution::Unresolved => "unresolved: no date to anchor it".to_string(),
                };
                format!("{said} → {}{approx}, {how}", ev.date)
            }
            _ => format!("no date in the sentence → {}{approx}, the publication date", ev.date),
        }
    }
}

/// Every event, by date (undated last) then article then sentence, then corpus order; and the
/// distinct dates its entries point to.
fn timeline(store: &Store) -> (Vec<Entry>, Vec<Option<PartialDate>>) {
    // Dates repeat: each distinct string is parsed once, and ranked in timeline order (strings
    // that read as the same date share a rank).
    let parsed: Vec<Option<PartialDate>> = store.strings().par_iter().map(|s| s.parse().ok()).collect();
    let order = |d: &Option<PartialDate>| (d.is_none(), d.map(|d| d.first_day()), *d);
    let mut by_date: Vec<usize> = (0..parsed.len()).collect();
    by_date.sort_by_key(|&s| order(&parsed[s]));
    let (mut rank_of, mut date_of_rank) = (vec![0u32; parsed.len()], Vec::new());
    for &s in &by_date {
        if date_of_rank.last().is_none_or(|last| order(last) != order(&parsed[s])) {
            date_of_rank.push(parsed[s]);
        }
        rank_of[s] = date_of_rank.len() as u32 - 1;
    }
    // One u128 per event, (date rank, article, sentence, event): unique, so an unstable sort of
    // them gives the order a stable sort by (date, article, sentence) gives, with a quarter of the
    // memory of a sort on cached keys; allocated once, at its size.
    let mut keys: Vec<u128> = Vec::with_capacity(store.articles().iter().map(Article::event_count).sum());
    for a in 0..store.articles().len() {
        keys.extend(store.event_keys(a).enumerate().map(|(e, k)| {
            (rank_of[k.date as usize] as u128) << 96
                | (a as u128) << 64
                | (k.sentence as u128) << 32
                | e as u128
        }));
    }
    keys.par_sort_unstable();
    let entries = keys
        .par_iter()
        .map(|&k| Entry { article: (k >> 64) as u32, event: k as u32, date: (k >> 96) as u32 })
        .collect();
    (entries, date_of_rank)
}

/// What the filter prompt matches an entity on, in `Candidate::label` order.
fn labels_of(e: &Entity) -> impl Iterator<Item = &str> {
    let code = (e.kind == EntityKind::Country).then_some(e.country.as_deref()).flatten();
    std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)).chain(code)
}

/// `other` stands for country `target`: its capital, an institution, a place of it.
fn stands_for(other: &Entity, target: &Entity) -> bool {
    target.kind == EntityKind::Country
        && matches!(other.kind, EntityKind::Place | EntityKind::Organisation)
        && other.country.is_some()
        && other.country == target.country
}

impl Index {
    fn new(store: &Store, article_order: &[u32], entries: &[Entry]) -> Index {
        let country_of_iso = countries_by_iso(store.entities());
        let related = related_entities(store.entities(), &country_of_iso);
        let (entity_articles, entity_entries) =
            index(store, &country_of_iso, &related, article_order, entries);
        let (listed, rank) = ranked(store.entities(), &entity_articles);
        let labels = FoldedLabels::new(listed.iter().map(|&e| store.entity(e as usize)));
        Index { entity_articles, entity_entries, listed, rank, labels }
    }
}

/// The entities some article involves, most cited first, then by name, then by index; and each
/// entity's place in that order (`u32::MAX` for the others). The filter ranks candidates by score
/// then by this place, which does not depend on the query: ranked once, not at every keystroke.
fn ranked(entities: &[Entity], entity_articles: &PerEntity) -> (Vec<u32>, Vec<u32>) {
    let count = |e: u32| entity_articles.of(e as usize).len();
    let mut listed: Vec<u32> = (0..entities.len() as u32).filter(|&e| count(e) > 0).collect();
    listed.par_sort_unstable_by(|&a, &b| {
        count(b)
            .cmp(&count(a))
            .then_with(|| entities[a as usize].name.cmp(&entities[b as usize].name))
            .then_with(|| a.cmp(&b))
    });
    let mut rank = vec![u32::MAX; entities.len()];
    for (place, &e) in listed.iter().enumerate() {
        rank[e as usize] = place as u32;
    }
    (listed, rank)
}

/// Per entity, the positions in `article_order` of the articles involving it and the positions in
/// `entries` of the events involving it, both ascending. An event involves the people and
/// countries acting in it and whatever its sentence mentions; an article, whatever it mentions
/// and whatever its events involve. Each mention resolves to its entity once.
fn index(
    store: &Store,
    country_of_iso: &HashMap<&str, usize>,
    related: &[Vec<usize>],
    article_order: &[u32],
    entries: &[Entry],
) -> (PerEntity, PerEntity) {
    // Lists of actors repeat: each distinct one resolved once, as countries and as people.
    let countries_of_list: Vec<Vec<usize>> = store
        .lists()
        .iter()
        .map(|l| l.iter().filter_map(|iso| country_of_iso.get(iso.as_str()).copied()).collect())
        .collect();
    let people_of_list: Vec<Vec<usize>> =
        store.lists().iter().map(|l| l.iter().filter_map(|p| store.entity_index(p)).collect()).collect();
    // What each article and each of its events involves, on all cores.
    let involved: Vec<Involved> = (0..store.articles().len())
        .into_par_iter()
        .map_init(Vec::new, |resolved, a| {
            involved_in(store, a, related, &countries_of_list, &people_of_list, resolved)
        })
        .collect();
    let n = store.entities().len();
    // Walked in list order, so each entity's positions come out ascending.
    let by_article = PerEntity::new(n, || {
        article_order.iter().enumerate().map(|(rank, &a)| (rank as u32, &*involved[a as usize].article))
    });
    let by_event = PerEntity::new(n, || {
        entries
            .iter()
            .enumerate()
            .map(|(pos, en)| (pos as u32, involved[en.article as usize].event(en.event)))
    });
    (by_article, by_event)
}

/// The entities an article involves, and those each of its events involves, without repeats.
/// (Boxed: all of them are held until the lists are made, and a vector's slack would be a fifth more.)
struct Involved {
    article: Box<[u32]>,
    /// Event e's are `events[event_ends[e - 1]..event_ends[e]]`.
    events: Box<[u32]>,
    event_ends: Box<[u32]>,
}

impl Involved {
    fn event(&self, e: u32) -> &[u32] {
        let e = e as usize;
        let start = if e == 0 { 0 } else { self.event_ends[e - 1] as usize };
        &self.events[start..self.event_ends[e] as usize]
    }
}

/// What article `a` and its events involve; `resolved` is room for its mentions' entities.
fn involved_in(
    store: &Store,
    a: usize,
    related: &[Vec<usize>],
    countries_of_list: &[Vec<usize>],
    people_of_list: &[Vec<usize>],
    resolved: &mut Vec<Option<usize>>,
) -> Involved {
    let article = store.article(a);
    let mentions = &article.mentions;
    resolved.clear();
    resolved.extend(mentions.iter().map(|m| store.entity_of(m)));
    // The mentions of a sentence are found by bisection when they are in text order (as the
    // parser writes them), else by a scan.
    let in_order = mentions.is_sorted_by_key(|m| m.span().start);
    let as_u32 = |e: &usize| *e as u32;
    let mut article_entities: Vec<u32> =
        resolved.iter().flatten().flat_map(|&e| &related[e]).map(as_u32).collect();
    let mut events = Vec::new();
    let mut event_ends = Vec::with_capacity(article.event_count());
    for ev in store.event_keys(a) {
        let start = events.len();
        for list in [&countries_of_list[ev.source as usize], &countries_of_list[ev.target as usize]] {
            events.extend(list.iter().map(as_u32));
        }
        events.extend(people_of_list[ev.people as usize].iter().map(as_u32));
        if let Some(s) = article.sentences.get(ev.sentence as usize) {
            let s = s.span();
            let first = if in_order { mentions.partition_point(|m| m.span().start < s.start) } else { 0 };
            for (m, e) in mentions[first..].iter().zip(&resolved[first..]) {
                if in_order && m.span().start >= s.end {
                    break;
                }
                if let (Some(e), true) = (e, s.contains(m.span())) {
                    events.extend(related[*e].iter().map(as_u32));
                }
            }
        }
        let event = &mut events[start..];
        event.sort_unstable();
        let unique = start + partition_dedup(event);
        events.truncate(unique);
        article_entities.extend_from_slice(&events[start..]);
        event_ends.push(events.len() as u32);
    }
    article_entities.sort_unstable();
    article_entities.dedup();
    Involved {
        article: article_entities.into_boxed_slice(),
        events: events.into_boxed_slice(),
        event_ends: event_ends.into_boxed_slice(),
    }
}

/// Moves the distinct values of sorted `values` to its front: how many there are.
fn partition_dedup(values: &mut [u32]) -> usize {
    let mut kept = 0;
    for i in 0..values.len() {
        if kept == 0 || values[i] != values[kept - 1] {
            values[kept] = values[i];
            kept += 1;
        }
    }
    kept
}

/// For each entity, a list of positions, all in one buffer: entity e's are
/// `positions[starts[e]..starts[e + 1]]`.
struct PerEntity {
    starts: Vec<usize>,
    positions: Vec<u32>,
}

impl PerEntity {
    /// From `walk` (called twice: to count, then to fill): each position with the entities it
    /// involves. Each entity's positions keep the walk's order.
    fn new<'a, I>(entities: usize, walk: impl Fn() -> I) -> Self
    where
        I: Iterator<Item = (u32, &'a [u32])>,
    {
        let mut starts = vec![0usize; entities + 1];
        for (_, involved) in walk() {
            for &e in involved {
                starts[e as usize + 1] += 1;
            }
        }
        for e in 0..entities {
            starts[e + 1] += starts[e];
        }
        let mut next = starts.clone();
        let mut positions = vec![0u32; starts[entities]];
        for (position, involved) in walk() {
            for &e in involved {
                positions[next[e as usize]] = position;
                next[e as usize] += 1;
            }
        }
        PerEntity { starts, positions }
    }

    fn of(&self, e: usize) -> &[u32] {
        &self.positions[self.starts[e]..self.starts[e + 1]]
    }
}

/// Country entities by ISO code.
fn countries_by_iso(entities: &[Entity]) -> HashMap<&str, usize> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Country)
        .filter_map(|(i, e)| e.country.as_deref().map(|c| (c, i)))
        .collect()
}

/// For each entity, itself and the countries it stands for.
fn related_entities(entities: &[Entity], country_of_iso: &HashMap<&str, usize>) -> Vec<Vec<usize>> {
    entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut r = vec![i];
            if let Some(&c) = e.country.as_deref().and_then(|iso| country_of_iso.get(iso)) {
                if c != i && stands_for(e, &entities[c]) {
                    r.push(c);
                }
            }
            r
        })
        .collect()
}

/// Intersection of ascending lists.
fn intersect<'a>(mut lists: impl Iterator<Item = &'a [u32]>) -> Vec<u32> {
    let Some(first) = lists.next() else { return Vec::new() };
    let mut acc = first.to_vec();
    for l in lists {
        acc.retain(|x| l.binary_search(x).is_ok());
    }
    acc
}

fn month_range(entries: &[Entry], dates: &[Option<PartialDate>]) -> Vec<Month> {
    let mut dated =
        entries.iter().filter_map(|e| dates[e.date as usize]).filter_map(|d| Some((d.year, d.month?)));
    let Some(first) = dated.next() else { return Vec::new() };
    let last = dated.next_back().unwrap_or(first);
    let mut out = Vec::new();
    let mut m = first;
    while m <= last {
        out.push(m);
        m = if m.1 == 12 { (m.0 + 1, 1) } else { (m.0, m.1 + 1) };
    }
    out
}

/// Text on one line with runs of whitespace collapsed, as NFC.
pub fn one_line(s: &str) -> String {
    super::wrap::display(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_labels_are_each_listed_entitys_in_order() {
        let catalog = Catalog::new(crate::corpus::io::embedded());
        let index = catalog.index();
        assert!(!index.listed.is_empty());
        for (place, &e) in index.listed.iter().enumerate() {
            assert_eq!(index.rank[e as usize], place as u32);
            let expected: Vec<String> = labels_of(catalog.entity(e as usize)).map(fold).collect();
            assert_eq!(
                index.labels.of(place).collect::<Vec<_>>(),
                expected,
                "{}",
                catalog.entity(e as usize).id
            );
        }
    }

    #[test]
    fn mentions_out_of_text_order_index_the_same() {
        let corpus = crate::corpus::io::embedded();
        let mut shuffled = corpus.clone();
        for a in &mut shuffled.articles {
            a.mentions.reverse();
        }
        let (sorted, scanned) = (Catalog::new(corpus), Catalog::new(shuffled));
        assert!(sorted.store.articles().iter().all(|a| a.mentions.is_sorted_by_key(|m| m.span().start)));
        let mut events_found = 0;
        for e in 0..sorted.store.entities().len() {
            assert_eq!(sorted.filtered(&[e]), scanned.filtered(&[e]), "{}", sorted.entity(e).id);
            events_found += sorted.filtered(&[e]).1.len();
        }
        assert!(events_found > 0);
    }
}
