//! The one key table: it drives key handling, the hint bar and the help popup, so they never drift.

use super::app::{Action, Pane};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What has the keyboard: the panes, the filter prompt, or the help popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Prompt,
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: false }
}
const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: true }
}
const fn special(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub description: &'static str,
    pub mode: Mode,
    /// The panes where the binding applies; empty: all of them.
    pub panes: &'static [Pane],
}

const fn bind(keys: &'static [Key], action: Action, description: &'static str) -> Binding {
    Binding { keys, action, description, mode: Mode::Normal, panes: &[] }
}
const fn in_pane(
    pane: &'static [Pane],
    keys: &'static [Key],
    action: Action,
    description: &'static str,
) -> Binding {
    Binding { keys, action, description, mode: Mode::Normal, panes: pane }
}
const fn in_mode(mode: Mode, keys: &'static [Key], action: Action, description: &'static str) -> Binding {
    Binding { keys, action, description, mode, panes: &[] }
}

use KeyCode::*;
pub static KEYMAP: &[Binding] = &[
    in_pane(&[Pane::Articles], &[special(Enter)], Action::Activate, "read the article"),
    in_pane(&[Pane::Timeline], &[special(Enter)], Action::Activate, "open the source sentence"),
    in_pane(&[Pane::Text], &[key('b'), special(Backspace)], Action::Back, "back to the timeline"),
    bind(&[key('j'), special(Down)], Action::Down, "down"),
    bind(&[key('k'), special(Up)], Action::Up, "up"),
    bind(&[special(PageDown)], Action::PageDown, "page down"),
    bind(&[special(PageUp)], Action::PageUp, "page up"),
    bind(&[ctrl('d')], Action::HalfPageDown, "half page down"),
    bind(&[ctrl('u')], Action::HalfPageUp, "half page up"),
    bind(&[key('g'), special(Home)], Action::Top, "top"),
    bind(&[key('G'), special(End)], Action::Bottom, "bottom"),
    bind(&[key('/')], Action::OpenFilter, "filter by person or country"),
    bind(&[key('x')], Action::PopFilter, "remove the last filter"),
    bind(&[special(Esc)], Action::ClearFilters, "clear filters"),
    bind(&[special(Tab)], Action::FocusNext, "next pane"),
    bind(&[special(BackTab)], Action::FocusPrev, "previous pane"),
    bind(&[key('1')], Action::Focus(Pane::Articles), "articles"),
    bind(&[key('2')], Action::Focus(Pane::Text), "text"),
    bind(&[key('3')], Action::Focus(Pane::Timeline), "timeline"),
    bind(&[key('?')], Action::ToggleHelp, "help"),
    bind(&[key('q'), ctrl('c')], Action::Quit, "quit"),
    in_mode(Mode::Prompt, &[special(Enter)], Action::PromptAccept, "add the chosen filter"),
    in_mode(Mode::Prompt, &[special(Esc)], Action::PromptCancel, "cancel"),
    in_mode(Mode::Prompt, &[special(Down), ctrl('n')], Action::PromptDown, "next candidate"),
    in_mode(Mode::Prompt, &[special(Up), ctrl('p')], Action::PromptUp, "previous candidate"),
    in_mode(Mode::Prompt, &[special(Backspace)], Action::PromptBackspace, "delete a letter"),
    in_mode(Mode::Prompt, &[ctrl('c')], Action::Quit, "quit"),
    in_mode(Mode::Help, &[key('j'), special(Down)], Action::Down, "scroll down"),
    in_mode(Mode::Help, &[key('k'), special(Up)], Action::Up, "scroll up"),
    in_mode(Mode::Help, &[key('?'), special(Esc), key('q')], Action::ToggleHelp, "close the help"),
    in_mode(Mode::Help, &[ctrl('c')], Action::Quit, "quit"),
];

impl Binding {
    pub fn applies(&self, mode: Mode, pane: Pane) -> bool {
        self.mode == mode && (self.panes.is_empty() || self.panes.contains(&pane))
    }

    /// "j ↓", "C-d", "S-Tab".
    pub fn label(&self) -> String {
        self.keys.iter().map(label).collect::<Vec<_>>().join(" ")
    }
}

pub fn label(k: &Key) -> String {
    let name = match k.code {
        Char(' ') => "Space".to_string(),
        Char(c) => c.to_string(),
        Up => "↑".into(),
        Down => "↓".into(),
        PageUp => "PgUp".into(),
        PageDown => "PgDn".into(),
        Home => "Home".into(),
        End => "End".into(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Tab => "Tab".into(),
        BackTab => "S-Tab".into(),
        Backspace => "⌫".into(),
        other => format!("{other:?}"),
    };
    if k.ctrl {
        format!("C-{name}")
    } else {
        name
    }
}

fn matches(k: &Key, ev: &KeyEvent) -> bool {
    // Shift is part of the char itself ('G', '?'), so only Ctrl is compared.
    k.code == ev.code && k.ctrl == ev.modifiers.contains(KeyModifiers::CONTROL)
}

/// The action a key press asks for in this mode and pane.
/// The keys bound to `action` everywhere (mode Normal), as shown in hints: "Esc", "x".
pub fn keys_of(action: Action) -> Option<String> {
    KEYMAP.iter().find(|b| b.action == action && b.mode == Mode::Normal).map(Binding::label)
}

pub fn action_for(ev: &KeyEvent, mode: Mode, pane: Pane) -> Option<Action> {
    if let Some(b) = KEYMAP.iter().find(|b| b.applies(mode, pane) && b.keys.iter().any(|k| matches(k, ev))) {
        return Some(b.action);
    }
    match (mode, ev.code) {
        (Mode::Prompt, Char(c)) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
            Some(Action::PromptInput(c))
        }
        // Any other key closes the help.
        (Mode::Help, _) => Some(Action::ToggleHelp),
        _ => None,
    }
}

/// The bindings to show for a mode and pane: the pane's own first, then the shared ones.
pub fn hints(mode: Mode, pane: Pane) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |b| b.applies(mode, pane))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn enter_depends_on_the_pane() {
        let enter = press(Enter, KeyModifiers::NONE);
        assert_eq!(action_for(&enter, Mode::Normal, Pane::Timeline), Some(Action::Activate));
        assert_eq!(action_for(&enter, Mode::Normal, Pane::Text), None);
    }

    #[test]
    fn shifted_chars_and_ctrl() {
        assert_eq!(
            action_for(&press(Char('G'), KeyModifiers::SHIFT), Mode::Normal, Pane::Text),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(&press(Char('d'), KeyModifiers::CONTROL), Mode::Normal, Pane::Text),
            Some(Action::HalfPageDown)
        );
        assert_eq!(action_for(&press(Char('d'), KeyModifiers::NONE), Mode::Normal, Pane::Text), None);
    }

    #[test]
    fn the_prompt_takes_letters_the_panes_would_use() {
        let q = press(Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(&q, Mode::Prompt, Pane::Articles), Some(Action::PromptInput('q')));
        assert_eq!(action_for(&q, Mode::Normal, Pane::Articles), Some(Action::Quit));
    }

    #[test]
    fn no_key_is_bound_twice_in_the_same_place() {
        for (i, a) in KEYMAP.iter().enumerate() {
            for b in &KEYMAP[i + 1..] {
                let same_place = a.mode == b.mode
                    && (a.panes.is_empty()
                        || b.panes.is_empty()
                        || a.panes.iter().any(|p| b.panes.contains(p)));
                if same_place {
                    assert!(
                        !a.keys.iter().any(|k| b.keys.contains(k)),
                        "{} / {}",
                        a.description,
                        b.description
                    );
                }
            }
        }
    }
}
