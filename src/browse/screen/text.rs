//! The article text, wrapped to the pane, mentions and dates coloured by kind; after a jump, the
//! source sentence and its date expression highlighted.

use super::{fit, pane_block};
use crate::browse::app::{App, Pane};
use crate::browse::catalog::one_line;
use crate::browse::layout::text_parts;
use crate::browse::store::Article;
use crate::browse::wrap::display;
use crate::corpus::Span;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as Run};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let focused = app.focus == Pane::Text;
    let view = &app.text;
    let position = if view.lines.is_empty() {
        String::new()
    } else {
        format!(" {}/{}", (view.scroll + 1).min(view.lines.len()), view.lines.len())
    };
    frame.render_widget(pane_block(t, Pane::Text, focused, format!("Text{position}")), area);
    let [head, body, legend] = text_parts(area);
    let Some(a) = view.article else {
        frame.render_widget(Paragraph::new(Run::styled("No article selected.", t.dim())), head);
        return;
    };
    let article = app.catalog.article(a);
    let width = head.width as usize;
    let mut meta = vec![article.dct.clone().unwrap_or_else(|| "undated".into())];
    meta.extend(article.source.clone());
    meta.push(article.id.clone());
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(fit(&one_line(&article.title), width), t.heading()),
            Line::styled(fit(&meta.join(" · "), width), t.dim()),
        ]),
        head,
    );
    let layers = layers(app, article);
    let lines: Vec<Line> = view
        .lines
        .iter()
        .skip(view.scroll)
        .take(body.height as usize)
        .map(|&l| styled_line(&article.text, l, &layers))
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
    super::legend::draw(app, frame, legend);
}

/// Styled spans of the article, lowest first: later layers patch earlier ones.
fn layers(app: &App, article: &Article) -> Vec<(Span, Style)> {
    let t = &app.theme;
    let mut out = Vec::new();
    if let Some(m) = &app.text.mark {
        out.push((m.sentence, t.marked_sentence()));
    }
    out.extend(article.mentions.iter().map(|m| (m.span(), t.mention(m.kind()))));
    out.extend(article.timexes.iter().map(|x| (x.span(), t.date())));
    out.extend(app.text.emphasis.iter().map(|&s| (s, t.emphasis())));
    if let Some(timex) = app.text.mark.and_then(|m| m.timex) {
        out.push((timex, t.marked_date()));
    }
    out
}

/// One wrapped line cut where styles change.
fn styled_line(text: &str, line: Span, layers: &[(Span, Style)]) -> Line<'static> {
    let hits: Vec<&(Span, Style)> = layers.iter().filter(|(s, _)| s.overlaps(line)).collect();
    let mut cuts = vec![line.start, line.end];
    for (s, _) in &hits {
        cuts.extend([s.start.max(line.start), s.end.min(line.end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let runs = cuts
        .windows(2)
        .map(|w| {
            let piece = Span::new(w[0], w[1]);
            let style = hits
                .iter()
                .filter(|(s, _)| s.contains(piece))
                .fold(Style::new(), |acc, (_, st)| acc.patch(*st));
            Run::styled(display(piece.slice(text)), style)
        })
        .collect::<Vec<_>>();
    Line::from(runs)
}
