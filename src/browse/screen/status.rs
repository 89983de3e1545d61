//! Top line: what is shown out of what there is, and the active filters (always visible).

use crate::browse::app::{Action, App};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let c = &app.catalog;
    let mut spans = vec![
        Span::styled(" dossier ", t.heading()),
        Span::raw(format!(
            " {}/{} articles · {}/{} events  ",
            app.articles.len(),
            c.articles().len(),
            app.timeline.entries.len(),
            c.entries.len()
        )),
    ];
    if app.filters.is_empty() {
        // From the key table, like the hint bar.
        let open = crate::browse::keymap::keys_of(Action::OpenFilter).unwrap_or_default();
        spans.push(Span::styled(format!("no filter ({open} to filter)"), t.dim()));
    } else {
        spans.push(Span::styled("filter: ", t.heading()));
        for (i, &e) in app.filters.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(" + "));
            }
            spans.push(Span::styled(format!(" {} ", c.entity(e).name), t.filter()));
        }
        // From the key table, so the bar never names a key that does something else.
        let clear = crate::browse::keymap::keys_of(Action::ClearFilters).unwrap_or_default();
        let hint = format!("  {clear} clears");
        spans.push(Span::styled(hint, t.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
