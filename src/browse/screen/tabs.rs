//! Narrow layout: one pane at a time, and tabs naming them.

use crate::browse::app::App;
use crate::browse::layout::Geometry;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame, g: &Geometry) {
    let Some(tabs) = g.tab_areas() else { return };
    for (i, (pane, area)) in tabs.into_iter().enumerate() {
        let style = if pane == app.focus { app.theme.selected() } else { app.theme.dim() };
        let label = format!("{} {}", i + 1, pane.title());
        frame.render_widget(Paragraph::new(Line::styled(label, style)).centered(), area);
    }
}
