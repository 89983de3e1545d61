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

/// How the help is laid out on a screen of this size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    OneColumn,
    /// Two columns, the second starting at this line (a section title).
    TwoColumns(usize),
    /// One column over the whole screen, scrolled.
    Scrolled,
}

/// Lines of each section of [`lines`], title included, in order (the mouse last).
fn section_lengths() -> Vec<usize> {
    let mut out: Vec<usize> = SECTIONS
        .iter()
        .map(|(_, belongs)| 1 + KEYMAP.iter().filter(|b| belongs(b.mode, b.panes)).count())
        .collect();
    out.push(2);
    out
}

/// How many lines [`lines`] gives.
pub fn line_count() -> usize {
    section_lengths().iter().sum()
}

/// The popup's width on a screen this wide: all of a narrow screen, every column counts.
fn width(area: Rect) -> u16 {
    if area.width < 60 {
        area.width
    } else {
        78.min(area.width.saturating_sub(2))
    }
}

pub fn fit(area: Rect) -> Fit {
    let n = line_count();
    if n + 2 <= area.height as usize {
        return Fit::OneColumn;
    }
    let half = n.div_ceil(2);
    let titles = section_lengths().into_iter().scan(0, |at, len| {
        let title = *at;
        *at += len;
        Some(title)
    });
    let split = titles.into_iter().find(|&t| t >= half).unwrap_or(half);
    if width(area) >= 76 && split.max(n - split) + 2 <= area.height as usize {
        Fit::TwoColumns(split)
    } else {
        Fit::Scrolled
    }
}

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
    let width = width(area);
    match fit(area) {
        Fit::OneColumn => {
            let popup = centered(area, width, lines.len() as u16 + 2);
            frame.render_widget(Clear, popup);
            frame.render_widget(frame_block(" any key closes "), popup);
            frame.render_widget(Paragraph::new(lines), inner(popup));
        }
        Fit::TwoColumns(split) => {
            let right = lines.split_off(split);
            let popup = centered(area, width, lines.len().max(right.len()) as u16 + 2);
            frame.render_widget(Clear, popup);
            frame.render_widget(frame_block(" any key closes "), popup);
            let [l, r] = Layout::horizontal([Constraint::Percentage(50); 2]).areas(inner(popup));
            frame.render_widget(Paragraph::new(lines), l);
            frame.render_widget(Paragraph::new(right), r);
        }
        Fit::Scrolled => {
            // The scroll is kept within bounds by `update`.
            let popup = centered(area, width, area.height);
            frame.render_widget(Clear, popup);
            frame.render_widget(frame_block(" j k scroll · other keys close "), popup);
            let scroll = app.help_scroll.min(u16::MAX as usize) as u16;
            frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner(popup));
        }
    }
}

fn frame_block(footer: &'static str) -> Block<'static> {
    Block::bordered().title(" Help ").title_bottom(footer)
}
