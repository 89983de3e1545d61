//! Drawing: reads the state, never changes it.

use super::app::{App, Pane};
use super::layout::{self, Geometry, MIN_SIZE};
use super::screen;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
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
    let lines = too_small_lines(area.width, area.height);
    let text = lines.join("\n");
    let (w, h) = (area.width as usize, area.height as usize);
    // Our own wrapping, the same words per line as the paragraph's, to size and centre the box.
    let rows: Vec<String> = super::wrap::wrap(&text, w).iter().map(|s| s.slice(&text).to_string()).collect();
    let box_area = layout::centered(area, area.width, rows.len().min(h) as u16);
    let rows: Vec<Line> = rows.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(rows).centered().block(Block::new()), box_area);
}

/// What the too-small screen says: the size, the size needed and how to get out, in as few words
/// as fit; when nothing else fits, at least that q quits.
fn too_small_lines(width: u16, height: u16) -> Vec<String> {
    let (mw, mh) = MIN_SIZE;
    let rows = |lines: &[String]| super::wrap::wrap(&lines.join("\n"), width as usize).len();
    let long = vec![
        format!("Terminal too small ({width}×{height}): dossier needs at least {mw}×{mh}."),
        "Enlarge the window, or press q to quit.".to_string(),
    ];
    let short = vec![
        format!("Too small: {width}×{height}"),
        format!("needs {mw}×{mh}."),
        "Enlarge, or q quits.".to_string(),
    ];
    let tiny = vec!["q quits".to_string()];
    [long, short].into_iter().find(|l| rows(l) <= height as usize).unwrap_or(tiny)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_always_says_how_to_quit() {
        for (w, h) in [(39, 12), (20, 5), (12, 3), (20, 1), (5, 2), (1, 1)] {
            let lines = too_small_lines(w, h);
            assert!(lines.last().unwrap().contains('q'), "{w}×{h}: {lines:?}");
            let rows = super::super::wrap::wrap(&lines.join("\n"), w as usize).len();
            assert!(rows <= h as usize || lines.len() == 1, "{w}×{h}: {lines:?} takes {rows} rows");
        }
        assert_eq!(too_small_lines(20, 5)[0], "Too small: 20×5");
    }
}
