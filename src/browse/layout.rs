//! Where everything goes on screen: one pure function of the terminal size, used by `update` (page
//! sizes, text width, mouse hits) and by `draw`, so both always agree.

use super::app::Pane;
use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the browser shows "terminal too small".
pub const MIN_SIZE: (u16, u16) = (40, 10);
/// From this size up all three panes are shown at once.
pub const WIDE_SIZE: (u16, u16) = (80, 24);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// Top line: counts and the active filters.
    pub status: Rect,
    /// Narrow layout only: the pane tabs.
    pub tabs: Option<Rect>,
    pub articles: Rect,
    pub text: Rect,
    pub timeline: Rect,
    /// Bottom line: the keys of the focused pane.
    pub hints: Rect,
}

impl Geometry {
    /// None when the terminal is too small to use.
    pub fn new(area: Rect) -> Option<Geometry> {
        if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
            return None;
        }
        let [status, body, hints] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)]).areas(area);
        if area.width >= WIDE_SIZE.0 && area.height >= WIDE_SIZE.1 {
            let [top, timeline] =
                Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
            let [articles, text] =
                Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(top);
            Some(Geometry { status, tabs: None, articles, text, timeline, hints })
        } else {
            // Narrow: one pane at a time, all in the same place; tabs say which.
            let [tabs, pane] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(body);
            Some(Geometry { status, tabs: Some(tabs), articles: pane, text: pane, timeline: pane, hints })
        }
    }

    pub fn is_narrow(&self) -> bool {
        self.tabs.is_some()
    }

    pub fn pane(&self, p: Pane) -> Rect {
        match p {
            Pane::Articles => self.articles,
            Pane::Text => self.text,
            Pane::Timeline => self.timeline,
        }
    }

    /// The tab of each pane in the narrow layout.
    pub fn tab_areas(&self) -> Option<[(Pane, Rect); 3]> {
        let tabs = self.tabs?;
        let [a, b, c] = Layout::horizontal([Constraint::Ratio(1, 3); 3]).areas(tabs);
        Some([(Pane::Articles, a), (Pane::Text, b), (Pane::Timeline, c)])
    }

    /// The rows of the article list.
    pub fn article_rows(&self) -> Rect {
        inner(self.articles)
    }

    /// The article text proper: below the title and date lines, above the legend.
    pub fn text_body(&self) -> Rect {
        let [_, body, _] = text_parts(self.text);
        body
    }

    /// The timeline rows: below the density strip, above the selected entry's details.
    pub fn timeline_rows(&self) -> Rect {
        let [_, rows, _] = timeline_parts(self.timeline);
        rows
    }
}

/// Inside a bordered block.
pub fn inner(r: Rect) -> Rect {
    Rect { x: r.x + 1, y: r.y + 1, width: r.width.saturating_sub(2), height: r.height.saturating_sub(2) }
}

/// Title and date (2 lines), body, legend (1 line).
pub fn text_parts(pane: Rect) -> [Rect; 3] {
    Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(1)]).areas(inner(pane))
}

/// Density strip (1 line), rows, details of the selected entry (2 lines).
pub fn timeline_parts(pane: Rect) -> [Rect; 3] {
    Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(2)]).areas(inner(pane))
}

pub fn contains(r: Rect, col: u16, row: u16) -> bool {
    col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height
}

/// A rect of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_layout_shows_three_distinct_panes_at_80x24() {
        let g = Geometry::new(Rect::new(0, 0, 80, 24)).unwrap();
        assert!(!g.is_narrow());
        assert_ne!(g.articles, g.text);
        assert_ne!(g.text, g.timeline);
        assert!(g.text_body().height >= 5 && g.timeline_rows().height >= 4);
    }

    #[test]
    fn narrow_and_too_small() {
        assert!(Geometry::new(Rect::new(0, 0, 60, 20)).unwrap().is_narrow());
        assert!(Geometry::new(Rect::new(0, 0, 39, 20)).is_none());
        assert!(Geometry::new(Rect::new(0, 0, 80, 9)).is_none());
    }
}
