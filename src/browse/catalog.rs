//! The corpus as the browser reads it: the timeline sorted once, and an inverted index from each
//! entity to the articles and events that involve it, built once at load so filtering is a merge of
//! sorted lists, never a scan of the text.

use super::fold::{fold, Folded, Matcher};
use super::store::{Article, Event, Store};
use crate::corpus::{Entity, EntityKind, EventDateOrigin, PartialDate, Resolution, Span};
use rayon::prelude::*;
use std::collections::HashMap;

/// One dated event of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub article: u32,
    pub event: u32,
    /// None when the corpus holds a date the browser cannot read: listed last, as undated.
    pub date: Option<PartialDate>,
}

/// A (year, month) bucket of the timeline.
pub type Month = (i32, u32);

/// An entity proposed by the filter prompt, with where the query matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub entity: usize,
    /// Which of the entity's labels matched: 0 the canonical name, then its aliases, then (for a
    /// country) its ISO code, so "usa" finds États-Unis.
    pub label: usize,
    pub score: i64,
    /// Char positions of the match in that label.
    pub positions: Vec<usize>,
}

pub struct Catalog {
    store: Store,
    /// Article indices, by publication date (undated last), then corpus order.
    pub article_order: Vec<u32>,
    /// Every event, by date then article then sentence.
    pub entries: Vec<Entry>,
    /// Per entity: positions in `article_order` of the articles that involve it, ascending.
    entity_articles: Vec<Vec<u32>>,
    /// Per entity: positions in `entries` of the events that involve it, ascending.
    entity_entries: Vec<Vec<u32>>,
    /// Per entity: its name then its aliases, folded for matching.
    labels: Vec<Vec<Folded>>,
    /// Every month from the first dated event to the last, for the density strip.
    pub months: Vec<Month>,
    matcher: Matcher,
}

impl Catalog {
    /// The catalog of a corpus, or of a store read straight from a file.
    pub fn new(corpus: impl Into<Store>) -> Self {
        let store: Store = corpus.into();
        let country_of_iso = countries_by_iso(store.entities());
        let related = related_entities(store.entities(), &country_of_iso);

        let mut article_order: Vec<u32> = (0..store.articles().len() as u32).collect();
        let dcts: Vec<Option<PartialDate>> =
            store.articles().par_iter().map(|a| a.dct.as_deref().and_then(|d| d.parse().ok())).collect();
        // Stable sorts on all cores: the same order as a sequential stable sort.
        article_order.par_sort_by_cached_key(|&a| {
            (dcts[a as usize].is_none(), dcts[a as usize].map(|d| d.first_day()))
        });

        let entries = timeline(&store);

        let (entity_articles, entity_entries) =
            index(&store, &country_of_iso, &related, &article_order, &entries);
        let labels = store.entities().iter().map(|e| labels_of(e).map(Folded::new).collect()).collect();
        let months = month_range(&entries);
        Catalog {
            store,
            article_order,
            entries,
            entity_articles,
            entity_entries,
            labels,
            months,
            matcher: Matcher::default(),
        }
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
        self.entity_articles[e].len()
    }

    /// The label (name, alias or country code) a candidate matched on.
    pub fn label(&self, c: &Candidate) -> &str {
        labels_of(self.entity(c.entity)).nth(c.label).unwrap_or_default()
    }

    /// Entities matching `query`, best first; with an empty query, all of them, most cited first.
    pub fn candidates(&self, query: &str) -> Vec<Candidate> {
        let q = fold(query.trim());
        // Every entity's labels scored on all cores (a large corpus has tens of thousands of
        // entities); match positions only for the best label of each.
        let mut out: Vec<Candidate> = (0..self.labels.len())
            .into_par_iter()
            .filter(|&entity| !self.entity_articles[entity].is_empty())
            .filter_map(|entity| {
                if q.is_empty() {
                    return Some(Candidate { entity, label: 0, score: 0, positions: Vec::new() });
                }
                let labels = &self.labels[entity];
                let (_, label) = labels
                    .iter()
                    .enumerate()
                    .filter_map(|(label, f)| self.matcher.score(f, &q).map(|score| (score, label)))
                    // On equal scores prefer the canonical name (lowest label).
                    .max_by_key(|&(score, label)| (score, std::cmp::Reverse(label)))?;
                let (score, positions) = self.matcher.find(&labels[label], &q)?;
                Some(Candidate { entity, label, score, positions })
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| self.article_count(b.entity).cmp(&self.article_count(a.entity)))
                .then_with(|| self.entity(a.entity).name.cmp(&self.entity(b.entity).name))
        });
        out
    }

    /// Article indices (in list order) and entry positions involving every entity of `filters`.
    pub fn filtered(&self, filters: &[usize]) -> (Vec<u32>, Vec<u32>) {
        if filters.is_empty() {
            return (self.article_order.clone(), (0..self.entries.len() as u32).collect());
        }
        let ranks = intersect(filters.iter().map(|&f| self.entity_articles[f].as_slice()));
        let articles = ranks.into_iter().map(|r| self.article_order[r as usize]).collect();
        let entries = intersect(filters.iter().map(|&f| self.entity_entries[f].as_slice()));
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

/// Every event, by date (undated last) then article then sentence, then corpus order.
fn timeline(store: &Store) -> Vec<Entry> {
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
    keys.par_iter()
        .map(|&k| Entry {
            article: (k >> 64) as u32,
            event: k as u32,
            date: date_of_rank[(k >> 96) as usize],
        })
        .collect()
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
) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
    let articles = store.articles();
    let mut rank_of = vec![0u32; article_order.len()];
    for (rank, &a) in article_order.iter().enumerate() {
        rank_of[a as usize] = rank as u32;
    }
    // Position in `entries` of event e of article a: entry_pos[first_event[a] + e].
    let mut first_event = Vec::with_capacity(articles.len());
    let mut total = 0;
    for a in articles {
        first_event.push(total);
        total += a.event_count();
    }
    let mut entry_pos = vec![0u32; total];
    for (pos, en) in entries.iter().enumerate() {
        entry_pos[first_event[en.article as usize] + en.event as usize] = pos as u32;
    }
    // Lists of actors repeat: each distinct one resolved once, as countries and as people.
    let countries_of_list: Vec<Vec<usize>> = store
        .lists()
        .iter()
        .map(|l| l.iter().filter_map(|iso| country_of_iso.get(iso.as_str()).copied()).collect())
        .collect();
    let people_of_list: Vec<Vec<usize>> =
        store.lists().iter().map(|l| l.iter().filter_map(|p| store.entity_index(p)).collect()).collect();

    let n = store.entities().len();
    let (mut by_article, mut by_event) = (vec![Vec::new(); n], vec![Vec::new(); n]);
    // Articles by chunks (so the intermediate lists stay small): what each article and each of
    // its events involves, resolved on all cores, then listed per entity.
    const CHUNK: usize = 4096;
    for first in (0..articles.len()).step_by(CHUNK) {
        let involved: Vec<Involved> = (first..articles.len().min(first + CHUNK))
            .into_par_iter()
            .map_init(Vec::new, |resolved, ai| {
                let article = &articles[ai];
                resolved.clear();
                resolved.extend(article.mentions.iter().map(|m| store.entity_of(m)));
                let mut in_article = Vec::new();
                for &e in resolved.iter().flatten() {
                    in_article.extend_from_slice(&related[e]);
                }
                let mut in_events = Vec::with_capacity(article.event_count());
                for ev in store.event_keys(ai) {
                    let mut in_event: Vec<usize> = Vec::new();
                    in_event.extend_from_slice(&countries_of_list[ev.source as usize]);
                    in_event.extend_from_slice(&countries_of_list[ev.target as usize]);
                    in_event.extend_from_slice(&people_of_list[ev.people as usize]);
                    if let Some(s) = article.sentences.get(ev.sentence as usize) {
                        for (m, e) in article.mentions.iter().zip(resolved.iter()) {
                            if let (Some(e), true) = (e, s.span().contains(m.span())) {
                                in_event.extend_from_slice(&related[*e]);
                            }
                        }
                    }
                    in_article.extend_from_slice(&in_event);
                    in_events.push(unique(in_event));
                }
                Involved { article: unique(in_article), events: in_events }
            })
            .collect();
        for (i, inv) in involved.iter().enumerate() {
            let ai = first + i;
            for (ei, in_event) in inv.events.iter().enumerate() {
                for &e in in_event {
                    by_event[e].push(entry_pos[first_event[ai] + ei]);
                }
            }
            for &e in &inv.article {
                by_article[e].push(rank_of[ai]);
            }
        }
    }
    by_article.par_iter_mut().chain(by_event.par_iter_mut()).for_each(|list| {
        list.sort_unstable();
        // They grew by doubling; kept for the whole session.
        list.shrink_to_fit();
    });
    (by_article, by_event)
}

/// The entities an article involves, and those each of its events involves, without repeats.
struct Involved {
    article: Vec<usize>,
    events: Vec<Vec<usize>>,
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

fn unique(mut involved: Vec<usize>) -> Vec<usize> {
    involved.sort_unstable();
    involved.dedup();
    involved
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

fn month_range(entries: &[Entry]) -> Vec<Month> {
    let mut dated = entries.iter().filter_map(|e| e.date).filter_map(|d| Some((d.year, d.month?)));
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
