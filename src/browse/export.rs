//! `dossier timeline`: the timeline without the TUI, as text, JSON or CSV.

use super::catalog::{one_line, Catalog, Entry};
use super::screen::timeline::date_label;
use super::{load, TimelineFormat};
use anyhow::{bail, Result};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// One event as exported.
#[derive(Debug, Serialize)]
pub struct ExportedEvent {
    pub date: String,
    pub precision: crate::corpus::Precision,
    pub approx: bool,
    pub category: String,
    pub source: String,
    pub target: String,
    pub people: String,
    pub summary: String,
    pub article: String,
    pub article_title: String,
    pub sentence: String,
    /// How the date was obtained.
    pub dated_by: String,
}

pub fn timeline_cli(corpus: Option<&Path>, entity: Option<&str>, format: TimelineFormat) -> Result<()> {
    let catalog = Catalog::new(load::load_store(corpus)?);
    let events = export(&catalog, entity)?;
    let mut out = std::io::stdout().lock();
    write(&mut out, &events, format)?;
    out.flush()?;
    Ok(())
}

/// The timeline, narrowed to the entity best matching `entity` when given.
pub fn export(catalog: &Catalog, entity: Option<&str>) -> Result<Vec<ExportedEvent>> {
    let filters = match entity {
        None => Vec::new(),
        // An empty query matches every entity: the first would be picked, for no reason.
        Some(name) if super::fold::fold_query(name).is_empty() => {
            bail!("--entity needs a name: a person, country or organisation (got {name:?})")
        }
        Some(name) => match catalog.candidates(name).first() {
            Some(c) => {
                // Say which entity the fuzzy match chose; stdout stays the data alone.
                let e = catalog.entity(c.entity);
                eprintln!("dossier: --entity {name:?} matches {} ({})", e.name, e.id);
                vec![c.entity]
            }
            None => bail!("no person, country or organisation in the corpus matches {name:?}"),
        },
    };
    let (_, entries) = catalog.filtered(&filters);
    Ok(entries.iter().map(|&p| exported(catalog, &catalog.entries[p as usize])).collect())
}

fn exported(catalog: &Catalog, entry: &Entry) -> ExportedEvent {
    let (article, ev) = catalog.event(entry);
    let sentence = article.sentences.get(ev.sentence).map(|s| one_line(s.span().slice(&article.text)));
    ExportedEvent {
        date: date_label(catalog, entry).trim_start_matches('≈').to_string(),
        precision: ev.precision,
        approx: ev.approx,
        category: ev.category.to_string(),
        source: ev.source.join(";"),
        target: ev.target.join(";"),
        people: catalog.people(&ev).join(";"),
        summary: ev.summary.to_string(),
        article: article.id.clone(),
        article_title: one_line(&article.title),
        sentence: sentence.unwrap_or_default(),
        dated_by: catalog.explain_date(entry),
    }
}

pub fn write(out: &mut impl Write, events: &[ExportedEvent], format: TimelineFormat) -> Result<()> {
    match format {
        TimelineFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, events)?;
            writeln!(out)?;
        }
        TimelineFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            for e in events {
                w.serialize(e)?;
            }
            w.flush()?;
        }
        TimelineFormat::Text => {
            let actors: Vec<String> = events.iter().map(text_actors).collect();
            // Columns as wide as their widest cell, so that every summary starts at one place.
            let widest = |cells: &mut dyn Iterator<Item = &str>, min: usize| {
                cells.map(|c| c.chars().count()).max().unwrap_or(0).max(min)
            };
            let cat_w = widest(&mut events.iter().map(|e| e.category.as_str()), 15);
            let act_w = widest(&mut actors.iter().map(String::as_str), 12);
            for (e, actors) in events.iter().zip(&actors) {
                let date = if e.approx { format!("≈{}", e.date) } else { e.date.clone() };
                writeln!(out, "{date:<11} {:<cat_w$} {actors:<act_w$} {}", e.category, e.summary)?;
                writeln!(out, "{:12}[{}] {}", "", e.article, e.sentence)?;
            }
        }
    }
    Ok(())
}

/// The actors of an event as the text format shows them: `RUS → USA`, `RUS`, `→ TUR`, or the
/// people when no country is known.
fn text_actors(e: &ExportedEvent) -> String {
    let list = |s: &str| s.replace(';', ", ");
    match (e.source.is_empty(), e.target.is_empty()) {
        (false, false) => format!("{} → {}", list(&e.source), list(&e.target)),
        (false, true) => list(&e.source),
        (true, false) => format!("→ {}", list(&e.target)),
        (true, true) => list(&e.people),
    }
}
