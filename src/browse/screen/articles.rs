//! The article list: date, source, title; shown / total in the title.

use super::{pad, pane_block};
use crate::browse::app::{App, Pane};
use crate::browse::layout::inner;
use crate::browse::wrap::str_width;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let focused = app.focus == Pane::Articles;
    let title = format!("Articles {}/{}", app.articles.len(), app.catalog.articles().len());
    frame.render_widget(pane_block(t, Pane::Articles, focused, title), area);
    let rows = inner(area);
    let width = rows.width as usize;
    if app.articles.is_empty() {
        let msg =
            if app.catalog.articles().is_empty() { "The corpus is empty." } else { "No article matches." };
        frame.render_widget(Paragraph::new(Span::styled(msg, t.dim())), rows);
        return;
    }
    let source_w = (width / 5).clamp(4, 14);
    let list = &app.article_list;
    let lines: Vec<Line> = app
        .articles
        .iter()
        .enumerate()
        .skip(list.offset)
        .take(rows.height as usize)
        .map(|(i, &a)| {
            let a = app.catalog.article(a as usize);
            let date = match (&a.dct, a.dct_approx) {
                (Some(d), true) => format!("≈{d}"),
                (Some(d), false) => d.clone(),
                (None, _) => "undated".to_string(),
            };
            let source = a.source.as_deref().unwrap_or("");
            let head = format!("{} {} ", pad(&date, 11), pad(source, source_w));
            let title =
                pad(&crate::browse::catalog::one_line(&a.title), width.saturating_sub(str_width(&head)));
            let line = Line::from(vec![Span::styled(head, t.dim()), Span::raw(title)]);
            if i == list.selected {
                line.patch_style(t.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), rows);
}
