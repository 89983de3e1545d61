//! Top line: what is shown out of what there is, and the active filters (always visible).

use crate::browse::app::{Action, App};
use crate::browse::wrap::str_width;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let c = &app.catalog;
    // (label, the filters themselves, how to clear them)
    let (mut label, mut names, mut clear) = (Vec::new(), Vec::new(), Vec::new());
    if app.filters.is_empty() {
        // From the key table, like the hint bar.
        let open = crate::browse::keymap::keys_of(Action::OpenFilter).unwrap_or_default();
        names.push(Span::styled(format!("no filter ({open} to filter)"), t.dim()));
    } else {
        label.push(Span::styled("filter: ", t.heading()));
        for (i, &e) in app.filters.iter().enumerate() {
            if i > 0 {
                names.push(Span::raw(" + "));
            }
            names.push(Span::styled(format!(" {} ", c.entity(e).name), t.filter()));
        }
        // From the key table, so the bar never names a key that does something else.
        let key = crate::browse::keymap::keys_of(Action::ClearFilters).unwrap_or_default();
        clear.push(Span::styled(format!("  {key} clears"), t.dim()));
    }
    let (a, e) = ((app.articles.len(), c.articles().len()), (app.timeline.entries.len(), c.entries.len()));
    let title = Span::styled(" dossier ", t.heading());
    let counts = Span::raw(format!(" {}/{} articles · {}/{} events  ", a.0, a.1, e.0, e.1));
    let short = Span::raw(format!(" {}/{} art. · {}/{} ev. ", a.0, a.1, e.0, e.1));
    // The filters must stay in sight: on a narrow screen the title goes first, then the long
    // counts, then the words around the filters.
    let candidates: [Vec<Span>; 4] = [
        [vec![title, counts.clone()], label.clone(), names.clone(), clear.clone()].concat(),
        [vec![counts], label.clone(), names.clone(), clear].concat(),
        [vec![short.clone()], label, names.clone()].concat(),
        [vec![short], names].concat(),
    ];
    let width = |spans: &[Span]| spans.iter().map(|s| str_width(&s.content)).sum::<usize>();
    let last = candidates.len() - 1;
    let spans = candidates
        .into_iter()
        .enumerate()
        .find(|(i, spans)| *i == last || width(spans) <= area.width as usize)
        .map(|(_, spans)| spans)
        .unwrap_or_default();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
