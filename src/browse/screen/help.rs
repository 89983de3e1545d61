//! The help popup, generated from the key table.

use crate::browse::app::{App, Pane};
use crate::browse::keymap::{Mode, KEYMAP};
use crate::browse::layout::{centered, inner};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// (section title, which bindings belong to it).
type Section = (&'static str, fn(mode: Mode, panes: &[Pane]) -> bool);

const SECTIONS: [Section; 6] = [
    ("Everywhere", |m, p| m == Mode::Normal && p.is_empty()),
    ("Articles", |m, p| m == Mode::Normal && p.contains(&Pane::Articles)),
    ("Text", |m, p| m == Mode::Normal && p.contains(&Pane::Text)),
    ("Timeline", |m, p| m == Mode::Normal && p.contains(&Pane::Timeline)),
    ("Filter prompt (type to search)", |m, _| m == Mode::Prompt),
    ("This help", |m, _| m == Mode::Help),
];

pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out = Vec::new();
    for (title, belongs) in SECTIONS {
        out.push(Line::styled(title, t.heading()));
        for b in KEYMAP.iter().filter(|b| belongs(b.mode, b.panes)) {
            out.push(Line::from(vec![
                Span::styled(format!("  {:<9}", b.label()), t.key()),
                Span::raw(b.description),
            ]));
        }
    }
    out.push(Line::styled("Mouse", t.heading()));
    out.push(Line::raw("  click: focus, select · wheel: scroll"));
    out
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let mut lines = lines(app);
    let width = 78.min(area.width.saturating_sub(2));
    if lines.len() + 2 <= area.height as usize {
        let popup = centered(area, width, lines.len() as u16 + 2);
        frame.render_widget(Clear, popup);
        frame.render_widget(frame_block(), popup);
        frame.render_widget(Paragraph::new(lines), inner(popup));
        return;
    }
    // Too tall for one column: two, the second starting at a section title.
    let is_title = |l: &Line| !l.spans.first().is_some_and(|s| s.content.starts_with("  "));
    let half = lines.len().div_ceil(2);
    let split = (half..lines.len()).find(|&i| is_title(&lines[i])).unwrap_or(half);
    let right = lines.split_off(split);
    let height = (lines.len().max(right.len()) as u16 + 2).min(area.height);
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(frame_block(), popup);
    let [l, r] = Layout::horizontal([Constraint::Percentage(50); 2]).areas(inner(popup));
    frame.render_widget(Paragraph::new(lines), l);
    frame.render_widget(Paragraph::new(right), r);
}

fn frame_block() -> Block<'static> {
    Block::bordered().title(" Help ").title_bottom(" any key closes ")
}
