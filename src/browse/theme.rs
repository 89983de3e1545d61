//! Styles. With NO_COLOR set, kinds are told apart by weight, slant and underline instead of colour.

use crate::corpus::MentionKind;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::BorderType;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless NO_COLOR is set to a non-empty value (https://no-color.org).
    pub fn from_env() -> Theme {
        Theme { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    fn pick(&self, color: Style, plain: Style) -> Style {
        if self.color {
            color
        } else {
            plain
        }
    }

    pub fn mention(&self, kind: MentionKind) -> Style {
        match kind {
            MentionKind::Person => self.person(),
            MentionKind::Location | MentionKind::Demonym => self.place(),
            MentionKind::Organisation => self.organisation(),
        }
    }
    pub fn person(&self) -> Style {
        self.pick(Style::new().fg(Color::Yellow), Style::new().add_modifier(Modifier::BOLD))
    }
    pub fn place(&self) -> Style {
        self.pick(Style::new().fg(Color::Cyan), Style::new().add_modifier(Modifier::UNDERLINED))
    }
    pub fn organisation(&self) -> Style {
        self.pick(Style::new().fg(Color::Green), Style::new().add_modifier(Modifier::ITALIC))
    }
    pub fn date(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Magenta),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }
    /// Mentions of a filtered entity.
    pub fn emphasis(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// The sentence a jump landed on.
    pub fn marked_sentence(&self) -> Style {
        self.pick(Style::new().bg(Color::DarkGray), Style::new().add_modifier(Modifier::REVERSED))
    }
    /// The date expression inside the marked sentence.
    pub fn marked_date(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Magenta).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
        )
    }
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    /// Matched letters in the filter prompt.
    pub fn matched(&self) -> Style {
        self.pick(
            Style::new().fg(Color::LightRed).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }
    pub fn dim(&self) -> Style {
        self.pick(Style::new().fg(Color::DarkGray), Style::new().add_modifier(Modifier::DIM))
    }
    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn key(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
    pub fn filter(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Yellow),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }
    pub fn border(&self, focused: bool) -> (Style, BorderType) {
        match (focused, self.color) {
            (true, true) => (Style::new().fg(Color::Cyan), BorderType::Thick),
            (true, false) => (Style::new().add_modifier(Modifier::BOLD), BorderType::Thick),
            (false, _) => (Style::new(), BorderType::Plain),
        }
    }
}
