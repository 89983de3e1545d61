//! One file per component of the screen.

pub mod articles;
pub mod filter;
pub mod help;
pub mod hints;
pub mod legend;
pub mod status;
pub mod tabs;
pub mod text;
pub mod timeline;

use super::app::Pane;
use super::theme::Theme;
use super::wrap::char_width;
use ratatui::widgets::Block;

/// `s` cut to `width` columns, with "…" when cut.
pub fn fit(s: &str, width: usize) -> String {
    if super::wrap::str_width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `s` fitted to exactly `width` columns (cut or padded with spaces).
pub fn pad(s: &str, width: usize) -> String {
    let mut out = fit(s, width);
    let w = super::wrap::str_width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// The frame of a pane: its number and title, thicker when focused.
pub fn pane_block(theme: &Theme, pane: Pane, focused: bool, title: String) -> Block<'static> {
    let (style, border) = theme.border(focused);
    let number = Pane::ALL.iter().position(|&p| p == pane).unwrap_or(0) + 1;
    Block::bordered()
        .border_type(border)
        .border_style(style)
        .title(format!(" {number} {title} "))
        .title_style(if focused { theme.heading().patch(style) } else { theme.dim() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_and_pad_measure_columns() {
        assert_eq!(fit("Sergueï Lavrov", 20), "Sergueï Lavrov");
        assert_eq!(fit("Sergueï Lavrov", 8), "Sergueï…");
        assert_eq!(pad("États", 7), "États  ");
        assert_eq!(super::super::wrap::str_width(&pad("«\u{202f}non\u{202f}» répond-il", 9)), 9);
    }
}
