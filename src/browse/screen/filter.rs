//! The filter prompt: the query, and the matching people and countries with the matched letters
//! highlighted (in the original, accented spelling).

use super::pad;
use crate::browse::app::App;
use crate::browse::catalog::Candidate;
use crate::browse::layout::{centered, contains, inner};
use crate::browse::theme::Theme;
use crate::browse::wrap::char_width;
use crate::corpus::EntityKind;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;
use std::ops::Range;

/// The most rows the candidate list has.
const MAX_ROWS: usize = 12;

/// The popup and the rows of its candidate list (up to `MAX_ROWS`, fewer when fewer match).
fn areas(size: Rect, candidates: usize) -> (Rect, Rect) {
    let height = (candidates.clamp(1, MAX_ROWS) as u16 + 3).min(size.height.saturating_sub(2));
    let popup = centered(size, 64.min(size.width.saturating_sub(4)), height);
    let mut rows = inner(popup);
    rows.y += 1;
    rows.height = rows.height.saturating_sub(1);
    (popup, rows)
}

/// First candidate shown, so that the selected one is in view.
fn first_shown(selected: usize, rows: usize) -> usize {
    selected.saturating_sub(rows.saturating_sub(1))
}

/// Every candidate the list may show while candidate `selected` is selected, whatever the
/// terminal's height (at most `MAX_ROWS` rows, the selected one among them): those the prompt
/// finds match positions for.
pub fn rows_that_may_show(selected: usize, candidates: usize) -> Range<usize> {
    let end = (selected + 1).max(MAX_ROWS).min(candidates);
    selected.saturating_sub(MAX_ROWS - 1).min(end)..end
}

/// The candidate under a screen cell.
pub fn candidate_at(app: &App, col: u16, row: u16) -> Option<usize> {
    let p = app.prompt.as_ref()?;
    let (_, rows) = areas(Rect::new(0, 0, app.size.0, app.size.1), p.candidates.len());
    if !contains(rows, col, row) {
        return None;
    }
    let i = first_shown(p.selected(), rows.height as usize) + (row - rows.y) as usize;
    (i < p.candidates.len()).then_some(i)
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let Some(p) = &app.prompt else { return };
    let t = &app.theme;
    let (popup, rows) = areas(area, p.candidates.len());
    frame.render_widget(Clear, popup);
    let n = p.candidates.len();
    let block = Block::bordered()
        .title(" Filter by person or country ")
        .title_bottom(format!(" {n} {} ", if n == 1 { "match" } else { "matches" }));
    frame.render_widget(block, popup);
    let input = Rect { height: 1, ..inner(popup) };
    let query = Line::from(vec![Span::styled("/ ", t.key()), Span::raw(p.query.clone())]);
    frame.render_widget(Paragraph::new(query), input);
    let cursor_x = input.x + 2 + p.query.chars().map(char_width).sum::<usize>() as u16;
    frame.set_cursor_position((cursor_x.min(input.right().saturating_sub(1)), input.y));

    let width = rows.width as usize;
    let lines: Vec<Line> = p
        .candidates
        .iter()
        .enumerate()
        .skip(first_shown(p.selected(), rows.height as usize))
        .take(rows.height as usize)
        .map(|(i, c)| {
            let line = candidate_line(app, c, p.positions(i), width, t);
            if i == p.selected() {
                line.patch_style(t.selected())
            } else {
                line
            }
        })
        .collect();
    if lines.is_empty() {
        frame.render_widget(Paragraph::new(Span::styled("No person or country matches.", t.dim())), rows);
    } else {
        frame.render_widget(Paragraph::new(lines), rows);
    }
}

/// "Sergueï Lavrov" with matched letters styled; "Russie ~ Moscou" when an alias matched.
fn candidate_line(app: &App, c: &Candidate, positions: &[usize], width: usize, t: &Theme) -> Line<'static> {
    let catalog = &app.catalog;
    let entity = catalog.entity(c.entity);
    let mut spans = Vec::new();
    let highlighted = |s: &str, spans: &mut Vec<Span<'static>>| {
        for (i, ch) in s.chars().enumerate() {
            let style = if positions.binary_search(&i).is_ok() { t.matched() } else { Default::default() };
            spans.push(Span::styled(ch.to_string(), style));
        }
    };
    if c.label == 0 {
        highlighted(&entity.name, &mut spans);
    } else {
        spans.push(Span::raw(entity.name.clone()));
        spans.push(Span::styled(" ~ ", t.dim()));
        highlighted(catalog.label(c), &mut spans);
    }
    let kind = match entity.kind {
        EntityKind::Person => "person",
        EntityKind::Country => "country",
        EntityKind::Place => "place",
        EntityKind::Organisation => "organisation",
    };
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let info = format!(
        " {kind}{} · {} art.",
        entity.country.as_deref().map(|c| format!(" {c}")).unwrap_or_default(),
        catalog.article_count(c.entity)
    );
    let gap = width.saturating_sub(used + info.chars().count());
    spans.push(Span::raw(" ".repeat(gap)));
    spans.push(Span::styled(pad(&info, width.saturating_sub(used + gap)), t.dim()));
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_that_may_show_cover_every_height() {
        for candidates in [0, 1, 5, 12, 13, 40] {
            let covered = |selected| rows_that_may_show(selected, candidates);
            for selected in 0..candidates.max(1) {
                for height in 0..=MAX_ROWS {
                    let first = first_shown(selected, height);
                    let shown = first..(first + height).min(candidates);
                    assert!(
                        shown.is_empty() || covered(selected).contains(&shown.start),
                        "{candidates} {selected} {height}"
                    );
                    assert!(shown.end <= covered(selected).end, "{candidates} {selected} {height}");
                }
                assert!(covered(selected).len() < 2 * MAX_ROWS);
            }
        }
    }
}
