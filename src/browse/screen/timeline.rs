//! The timeline: events by date under month headers, a density strip, and the selected event's
//! source and how its date was obtained.

use super::{fit, pad, pane_block};
use crate::browse::app::{App, Group, Pane, Row};
use crate::browse::catalog::{Catalog, Entry};
use crate::browse::layout::timeline_parts;
use crate::corpus::{PartialDate, Precision};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let tl = &app.timeline;
    let focused = app.focus == Pane::Timeline;
    let title = format!("Timeline {}/{} events", tl.entries.len(), app.catalog.entries.len());
    frame.render_widget(pane_block(t, Pane::Timeline, focused, title), area);
    let [strip, rows, details] = timeline_parts(area);
    frame.render_widget(Paragraph::new(density(app, strip.width as usize)), strip);
    if tl.entries.is_empty() {
        frame.render_widget(Paragraph::new(Span::styled("No dated event.", t.dim())), rows);
        return;
    }
    let width = rows.width as usize;
    let lines: Vec<Line> = tl
        .rows
        .iter()
        .skip(tl.list.offset)
        .take(rows.height as usize)
        .map(|row| match *row {
            Row::Group(g, count) => {
                Line::styled(fit(&format!("── {} · {count} ──", group_label(g)), width), t.heading())
            }
            Row::Entry(i) => {
                let entry = &app.catalog.entries[tl.entries[i] as usize];
                let line = entry_line(&app.catalog, entry, width, t);
                if i == tl.list.selected {
                    line.patch_style(t.selected())
                } else {
                    line
                }
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), rows);
    if let Some(entry) = app.selected_entry() {
        let (article, _) = app.catalog.event(entry);
        let w = details.width as usize;
        let source = format!("{} · {}", article.source.as_deref().unwrap_or(&article.id), article.title);
        let text = vec![
            Line::from(vec![Span::styled("from   ", t.dim()), Span::raw(fit(&source, w.saturating_sub(7)))]),
            Line::from(vec![
                Span::styled("date   ", t.dim()),
                Span::raw(fit(&app.catalog.explain_date(entry), w.saturating_sub(7))),
            ]),
        ];
        frame.render_widget(Paragraph::new(text), details);
    }
}

/// "2015-10-10", "2017-02", "≈2015-10-07": the date as precise as it is known.
pub fn date_label(catalog: &Catalog, entry: &Entry) -> String {
    let (_, ev) = catalog.event(entry);
    let shown = match (catalog.date(entry), ev.precision) {
        (Some(d), Precision::Day) => d.to_string(),
        (Some(d), Precision::Month) => PartialDate { day: None, ..d }.to_string(),
        (Some(d), Precision::Year) => d.year.to_string(),
        (None, _) => ev.date.to_string(),
    };
    if ev.approx {
        format!("≈{shown}")
    } else {
        shown
    }
}

fn entry_line(
    catalog: &Catalog,
    entry: &Entry,
    width: usize,
    t: &crate::browse::theme::Theme,
) -> Line<'static> {
    let (article, ev) = catalog.event(entry);
    let mut spans = vec![Span::styled(pad(&date_label(catalog, entry), 11), t.date()), Span::raw(" ")];
    let mut used = 12;
    if width >= 60 {
        spans.push(Span::styled(pad(ev.category, 15), t.dim()));
        spans.push(Span::raw(" "));
        used += 16;
    }
    let actors = pad(&catalog.actors(&ev), 12);
    used += 13;
    spans.push(Span::styled(actors, t.place()));
    spans.push(Span::raw(" "));
    let source = article.source.as_deref().unwrap_or(&article.id);
    let source_w = if width >= 60 { 14.min(source.chars().count() + 2) } else { 0 };
    let summary_w = width.saturating_sub(used + source_w);
    spans.push(Span::raw(pad(&ev.summary, summary_w)));
    if source_w > 0 {
        spans.push(Span::styled(pad(&format!(" {}", fit(source, source_w - 2)), source_w), t.dim()));
    }
    Line::from(spans)
}

fn group_label(g: Group) -> String {
    match g {
        Group::Month(y, m) => format!("{} {y}", MONTHS[(m as usize).clamp(1, 12) - 1]),
        Group::Year(y) => format!("{y} (month unknown)"),
        Group::Undated => "undated".to_string(),
    }
}

/// "2015-09 ▂█▅ … 2017-02": shown events per month, months merged when they don't fit; the
/// selected event's month stands out.
fn density(app: &App, width: usize) -> Line<'static> {
    let t = &app.theme;
    let months = &app.catalog.months;
    let (Some(first), Some(last)) = (months.first(), months.last()) else { return Line::default() };
    let label = |(y, m): (i32, u32)| format!("{y}-{m:02}");
    let room = width.saturating_sub(16).max(1);
    let per = months.len().div_ceil(room);
    let buckets: Vec<u32> = app.timeline.density.chunks(per).map(|c| c.iter().sum()).collect();
    let max = buckets.iter().copied().max().unwrap_or(0).max(1);
    let selected = app.selected_entry().and_then(|e| app.catalog.date(e)).and_then(|d| {
        let k = months.binary_search(&(d.year, d.month?)).ok()?;
        Some(k / per)
    });
    let mut spans = vec![Span::styled(format!("{} ", label(*first)), t.dim())];
    for (i, &n) in buckets.iter().enumerate() {
        let c = if n == 0 { '·' } else { BARS[((n as usize * 8).div_ceil(max as usize)).clamp(1, 8) - 1] };
        let style = if Some(i) == selected { t.selected() } else { t.date() };
        spans.push(Span::styled(c.to_string(), style));
    }
    spans.push(Span::styled(format!(" {}", label(*last)), t.dim()));
    Line::from(spans)
}
