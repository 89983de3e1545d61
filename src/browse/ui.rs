//! Drawing: reads the state, never changes it.

use super::app::{App, Pane};
use super::layout::{self, Geometry, MIN_SIZE};
use super::screen;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let Some(g) = Geometry::new(area) else {
        too_small(frame, area);
        return;
    };
    screen::status::draw(app, frame, g.status);
    if g.tabs.is_some() {
        screen::tabs::draw(app, frame, &g);
        draw_pane(app, frame, &g, app.focus);
    } else {
        for p in Pane::ALL {
            draw_pane(app, frame, &g, p);
        }
    }
    screen::hints::draw(app, frame, g.hints);
    if app.prompt.is_some() {
        screen::filter::draw(app, frame, area);
    }
    if app.help {
        screen::help::draw(app, frame, area);
    }
}

fn draw_pane(app: &App, frame: &mut Frame, g: &Geometry, pane: Pane) {
    match pane {
        Pane::Articles => screen::articles::draw(app, frame, g.articles),
        Pane::Text => screen::text::draw(app, frame, g.text),
        Pane::Timeline => screen::timeline::draw(app, frame, g.timeline),
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let msg = format!(
        "Terminal too small ({}×{}): dossier needs at least {}×{}.",
        area.width, area.height, MIN_SIZE.0, MIN_SIZE.1
    );
    let box_area = layout::centered(area, area.width, 4.min(area.height));
    frame.render_widget(
        Paragraph::new(vec![Line::from(msg), Line::from("Enlarge the window, or press q to quit.")])
            .centered()
            .wrap(Wrap { trim: true })
            .block(Block::new()),
        box_area,
    );
}
