//! One line saying which style means what in the text pane.

use crate::browse::app::App;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let mut items = vec![
        (("person", "person"), t.person()),
        (("country/place", "place"), t.place()),
        (("organisation", "org"), t.organisation()),
        (("date", "date"), t.date()),
    ];
    if !app.filters.is_empty() {
        items.push((("filtered", "filter"), t.emphasis()));
    }
    if app.text.mark.is_some() {
        items.push((("source sentence", "sentence"), t.marked_sentence()));
    }
    let long: usize = items.iter().map(|((l, _), _)| l.chars().count() + 1).sum();
    let spans: Vec<Span> = items
        .into_iter()
        .flat_map(|((long_label, short_label), style)| {
            let label = if long <= area.width as usize { long_label } else { short_label };
            [Span::styled(label, style), Span::raw(" ")]
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
