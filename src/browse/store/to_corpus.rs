//! A store back into the corpus model: exactly the corpus it was built from (when that corpus had
//! no span to sanitize). What the round-trip tests check the store against.

use super::{optional, Article, Store, StoredSummary};
use crate::corpus::{model, Corpus, FORMAT_NAME, SCHEMA_VERSION};

pub fn corpus(store: &Store) -> Corpus {
    Corpus {
        format: FORMAT_NAME.to_string(),
        version: SCHEMA_VERSION,
        articles: (0..store.articles.len()).map(|a| article(store, a)).collect(),
        entities: store.entities.clone(),
    }
}

fn article(store: &Store, a: usize) -> model::Article {
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
    } = &store.articles[a];
    let string = |i: u32| store.strings[i as usize].to_string();
    let optional_string = |i: u32| optional(i).map(|i| store.strings[i].to_string());
    let list = |i: u32| store.lists[i as usize].to_vec();
    model::Article {
        id: id.clone(),
        title: title.clone(),
        source: source.clone(),
        url: url.clone(),
        dct: dct.clone(),
        dct_approx: *dct_approx,
        dct_origin: *dct_origin,
        warnings: warnings.clone(),
        text: text.to_string(),
        zones: zones.iter().map(|z| model::Zone { span: z.span(), kind: z.kind }).collect(),
        sentences: sentences.iter().map(|s| model::Sentence { span: s.span(), zone: s.zone }).collect(),
        mentions: mentions
            .iter()
            .map(|m| model::Mention {
                span: m.span(),
                kind: m.kind(),
                entity: store.entity_id(m).to_string(),
            })
            .collect(),
        timexes: timexes
            .iter()
            .map(|x| model::Timex {
                span: x.span(),
                kind: x.kind,
                value: string(x.value),
                modifier: optional_string(x.modifier),
                resolution: x.resolution,
                anchor: optional_string(x.anchor),
            })
            .collect(),
        events: events
            .iter()
            .map(|e| model::Event {
                sentence: e.sentence as usize,
                trigger: e.trigger.span(),
                date: string(e.date),
                precision: e.precision,
                approx: e.approx,
                date_origin: e.date_origin,
                timex: optional(e.timex),
                category: string(e.category),
                source: list(e.source),
                target: list(e.target),
                people: list(e.people),
                summary: match e.summary {
                    StoredSummary::InText(r) => text[r.start as usize..r.end as usize].to_string(),
                    StoredSummary::Stored(i) => store.summaries[i as usize].to_string(),
                },
            })
            .collect(),
    }
}
