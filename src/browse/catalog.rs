//! The corpus as the browser reads it: the timeline sorted once, and an inverted index from each
//! entity to the articles and events that involve it, built once at load so filtering is a merge of
//! sorted lists, never a scan of the text.

use super::fold::{fold, Folded, Matcher};
use crate::corpus::{
    Article, Corpus, Entity, EntityKind, Event, EventDateOrigin, PartialDate, Resolution, Span,
};
use rayon::prelude::*;
use std::collections::HashMap;

/// Entity indices by id. Looked up for every mention at load: a fast hash, not SipHash.
type Ids = HashMap<String, usize, foldhash::fast::RandomState>;

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
    pub corpus: Corpus,
    entity_by_id: Ids,
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
    pub fn new(mut corpus: Corpus) -> Self {
        corpus.articles.par_iter_mut().for_each(sanitize);
        let entity_by_id: Ids = corpus.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let country_of_iso = countries_by_iso(&corpus.entities);
        let related = related_entities(&corpus.entities, &country_of_iso);

        let mut article_order: Vec<u32> = (0..corpus.articles.len() as u32).collect();
        let dcts: Vec<Option<PartialDate>> =
            corpus.articles.par_iter().map(|a| a.dct.as_deref().and_then(|d| d.parse().ok())).collect();
        // Stable sorts on all cores: the same order as a sequential stable sort.
        article_order.par_sort_by_cached_key(|&a| {
            (dcts[a as usize].is_none(), dcts[a as usize].map(|d| d.first_day()))
        });

        let mut entries: Vec<Entry> = corpus
            .articles
            .par_iter()
            .enumerate()
            .flat_map_iter(|(ai, a)| {
                a.events.iter().enumerate().map(move |(ei, e)| Entry {
                    article: ai as u32,
                    event: ei as u32,
                    date: e.date.parse().ok(),
                })
            })
            .collect();
        entries.par_sort_by_cached_key(|en| {
            let ev = &corpus.articles[en.article as usize].events[en.event as usize];
            (en.date.is_none(), en.date.map(|d| d.first_day()), en.date, en.article, ev.sentence)
        });

        let (entity_articles, entity_entries) =
            index(&corpus, &entity_by_id, &country_of_iso, &related, &article_order, &entries);
        let labels = corpus.entities.iter().map(|e| labels_of(e).map(Folded::new).collect()).collect();
        let months = month_range(&entries);
        Catalog {
            corpus,
            entity_by_id,
            article_order,
            entries,
            entity_articles,
            entity_entries,
            labels,
            months,
            matcher: Matcher::default(),
        }
    }

    pub fn entity(&self, i: usize) -> &Entity {
        &self.corpus.entities[i]
    }

    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.entity_by_id.get(id).copied()
    }

    pub fn article(&self, i: usize) -> &Article {
        &self.corpus.articles[i]
    }

    pub fn event(&self, entry: &Entry) -> (&Article, &Event) {
        let a = self.article(entry.article as usize);
        (a, &a.events[entry.event as usize])
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
        let target = &self.corpus.entities[e];
        self.article(a)
            .mentions
            .iter()
            .filter(|m| {
                self.entity_index(&m.entity).is_some_and(|i| i == e || stands_for(self.entity(i), target))
            })
            .map(|m| m.span)
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
    pub fn people<'a>(&'a self, ev: &'a Event) -> Vec<&'a str> {
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
                let said = one_line(x.span.slice(&article.text));
                let how = match x.resolution {
                    Resolution::Absolute => "as written".to_string(),
                    Resolution::PublicationDate => {
                        format!("from the publication date {}", x.anchor.as_deref().unwrap_or(dct))
                    }
                    Resolution::PreviousDate => {
                        let anchor = x.anchor.as_deref().unwrap_or("?");
                        // Name the anchor as the article wrote it: the last earlier expression with that value.
                        let written = article.timexes[..t]
                            .iter()
                            .rev()
                            .find(|p| p.value == anchor)
                            .map(|p| one_line(p.span.slice(&article.text)));
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

/// What the filter prompt matches an entity on, in `Candidate::label` order.
fn labels_of(e: &Entity) -> impl Iterator<Item = &str> {
    let code = (e.kind == EntityKind::Country).then_some(e.country.as_deref()).flatten();
    std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)).chain(code)
}

/// A corpus read from a file may hold spans that are not on char boundaries; slicing there would
/// panic. Such mentions are dropped and such sentences and dates emptied (indices stay valid).
fn sanitize(a: &mut Article) {
    let text = &a.text;
    let ok = |s: &Span| s.start <= s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    a.mentions.retain(|m| ok(&m.span));
    for s in a.sentences.iter_mut().filter(|s| !ok(&s.span)) {
        s.span = Span::new(0, 0);
    }
    for x in a.timexes.iter_mut().filter(|x| !ok(&x.span)) {
        x.span = Span::new(0, 0);
    }
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
    corpus: &Corpus,
    ids: &Ids,
    country_of_iso: &HashMap<&str, usize>,
    related: &[Vec<usize>],
    article_order: &[u32],
    entries: &[Entry],
) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
    let mut rank_of = vec![0u32; article_order.len()];
    for (rank, &a) in article_order.iter().enumerate() {
        rank_of[a as usize] = rank as u32;
    }
    // Position in `entries` of event e of article a: entry_pos[first_event[a] + e].
    let mut first_event = Vec::with_capacity(corpus.articles.len());
    let mut total = 0;
    for a in &corpus.articles {
        first_event.push(total);
        total += a.events.len();
    }
    let mut entry_pos = vec![0u32; total];
    for (pos, en) in entries.iter().enumerate() {
        entry_pos[first_event[en.article as usize] + en.event as usize] = pos as u32;
    }

    let n = corpus.entities.len();
    let (mut by_article, mut by_event) = (vec![Vec::new(); n], vec![Vec::new(); n]);
    // Articles by chunks (so the intermediate lists stay small): what each article and each of
    // its events involves, resolved on all cores, then listed per entity.
    const CHUNK: usize = 4096;
    for (ci, chunk) in corpus.articles.chunks(CHUNK).enumerate() {
        let involved: Vec<Involved> = chunk
            .par_iter()
            .map_init(Vec::new, |resolved, article| {
                resolved.clear();
                resolved.extend(article.mentions.iter().map(|m| ids.get(m.entity.as_str()).copied()));
                let mut in_article = Vec::new();
                for &e in resolved.iter().flatten() {
                    in_article.extend_from_slice(&related[e]);
                }
                let mut in_events = Vec::with_capacity(article.events.len());
                for ev in &article.events {
                    let mut in_event: Vec<usize> = Vec::new();
                    in_event.extend(
                        ev.source.iter().chain(&ev.target).filter_map(|iso| country_of_iso.get(iso.as_str())),
                    );
                    in_event.extend(ev.people.iter().filter_map(|p| ids.get(p.as_str())));
                    if let Some(s) = article.sentences.get(ev.sentence) {
                        for (m, e) in article.mentions.iter().zip(resolved.iter()) {
                            if let (Some(e), true) = (e, s.span.contains(m.span)) {
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
            let ai = ci * CHUNK + i;
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
    by_article.par_iter_mut().chain(by_event.par_iter_mut()).for_each(|list| list.sort_unstable());
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
