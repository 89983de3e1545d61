//! Bottom line: the keys of the focused pane, from the key table.

use crate::browse::app::{Action, App};
use crate::browse::keymap::{self, Binding, Mode};
use crate::browse::wrap::str_width;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let always = |b: &Binding| matches!(b.action, Action::ToggleHelp | Action::Quit);
    // Only keys that do something now: "back" after a jump, removing filters when there are some.
    let mut bindings: Vec<&Binding> = keymap::hints(app.mode(), app.focus)
        .filter(|b| b.action != Action::Back || app.can_go_back())
        .filter(|b| !matches!(b.action, Action::PopFilter | Action::ClearFilters) || !app.filters.is_empty())
        .filter(|b| {
            b.mode != Mode::Help || !matches!(b.action, Action::Up | Action::Down) || app.help_scrolls()
        })
        .collect();
    // What a newcomer cannot guess comes first, while there is room: the pane's own keys, then
    // filtering and moving between panes; the arrows and paging last.
    bindings.sort_by_key(|b| match b.action {
        _ if !b.panes.is_empty() => 0,
        Action::OpenFilter | Action::PopFilter | Action::ClearFilters => 1,
        Action::FocusNext => 2,
        _ => 3,
    });
    let item = |b: &Binding| (b.label(), b.description);
    let tail: Vec<(String, &str)> = bindings.iter().copied().filter(|b| always(b)).map(item).collect();
    let width =
        |items: &[(String, &str)]| items.iter().map(|(k, d)| str_width(k) + str_width(d) + 4).sum::<usize>();
    let mut budget = (area.width as usize).saturating_sub(width(&tail) + 1);
    let mut shown = Vec::new();
    for b in bindings.iter().copied().filter(|b| !always(b)) {
        let it = item(b);
        let w = width(std::slice::from_ref(&it));
        if w > budget {
            break;
        }
        budget -= w;
        shown.push(it);
    }
    shown.extend(tail);
    let mut spans = vec![Span::raw(" ")];
    for (k, d) in shown {
        spans.push(Span::styled(k, t.key()));
        spans.push(Span::raw(format!(" {d}   ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
