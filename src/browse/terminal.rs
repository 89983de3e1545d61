//! The real terminal: checks, raw mode and the alternate screen (always restored, even on panic),
//! and the event loop, which sleeps until an event comes and redraws only then.

use super::app::{Action, App};
use super::catalog::Catalog;
use super::theme::Theme;
use super::{keymap, load, ui};
use anyhow::{Context, Result};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::terminal::{disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{stdin, stdout, IsTerminal, Stdout};
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

/// Exit code when there is no terminal to draw on.
const NO_TTY: u8 = 2;

pub fn run(corpus: Option<&Path>) -> Result<ExitCode> {
    if !stdin().is_terminal() || !stdout().is_terminal() {
        eprintln!("{}", no_terminal_message(corpus));
        return Ok(ExitCode::from(NO_TTY));
    }
    // Everything that can fail on the user's input fails here, before the screen switches.
    let catalog = Catalog::new(load::load_store(corpus)?);
    let mut session = Session::enter()?;
    let size = session.terminal.size()?;
    let mut app = App::new(catalog, (size.width, size.height));
    app.theme = Theme::from_env();
    session.run(&mut app)?;
    drop(session);
    Ok(ExitCode::SUCCESS)
}

/// What to say without a terminal: why, and the command that does work there, for the same corpus.
fn no_terminal_message(corpus: Option<&Path>) -> String {
    let corpus =
        corpus.map(|p| format!(" --corpus {}", shell_word(&p.display().to_string()))).unwrap_or_default();
    format!(
        "dossier: the browser needs a terminal, and stdin or stdout is not one.\n\
         For scripts and export, use `dossier timeline{corpus} [--entity NAME] [--format text|json|csv]`."
    )
}

/// `s` as one shell word: quoted when it holds anything a shell would split or expand.
fn shell_word(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || "/._-+,:@%=".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The terminal in browser mode; dropping it gives the terminal back as it was.
struct Session {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Session {
    fn enter() -> Result<Session> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        #[cfg(unix)]
        restore_on_signals();
        enable_raw_mode().context("cannot switch the terminal to raw mode")?;
        execute!(stdout(), EnterAlternateScreen, EnableMouseCapture).context("cannot set up the terminal")?;
        let terminal = Terminal::new(CrosstermBackend::new(stdout()));
        match terminal {
            Ok(terminal) => Ok(Session { terminal }),
            Err(e) => {
                restore();
                Err(e).context("cannot set up the terminal")
            }
        }
    }

    fn run(&mut self, app: &mut App) -> Result<()> {
        let mut dirty = true;
        while !app.quit {
            if dirty {
                let size = self.terminal.size()?;
                if (size.width, size.height) != app.size {
                    app.update(Action::Resize(size.width, size.height));
                }
                self.terminal.draw(|f| ui::draw(app, f))?;
                dirty = false;
            }
            // Sleep until something happens; then take everything pending before redrawing once.
            if !event::poll(Duration::from_secs(60))? {
                continue;
            }
            loop {
                if let Some(action) = action_for_event(app, &event::read()?) {
                    app.update(action);
                    dirty = true;
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        Ok(())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// `kill`, a closed terminal window, `timeout`: the terminal is given back before the process ends
/// as the signal asks (128 + its number, as a shell reports a killed process). In raw mode Ctrl-C
/// is a key, not SIGINT; a SIGINT sent from outside is handled here too.
#[cfg(unix)]
fn restore_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGHUP, SIGINT, SIGQUIT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore();
            std::process::exit(128 + signal);
        }
    });
}

/// Leaves raw mode and the alternate screen; safe to call twice.
fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
}

fn action_for_event(app: &App, ev: &Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => keymap::action_for(k, app.mode(), app.focus),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { col: m.column, row: m.row }),
            MouseEventKind::ScrollDown => Some(Action::Wheel { col: m.column, row: m.row, down: true }),
            MouseEventKind::ScrollUp => Some(Action::Wheel { col: m.column, row: m.row, down: false }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_terminal_the_suggested_command_keeps_the_corpus() {
        let m = no_terminal_message(None);
        assert!(m.contains("`dossier timeline [--entity NAME]"), "{m}");
        let m = no_terminal_message(Some(Path::new("/data/my corpus's.json")));
        assert!(m.contains(r"`dossier timeline --corpus '/data/my corpus'\''s.json' [--entity"), "{m}");
        let m = no_terminal_message(Some(Path::new("news/été.jsonl")));
        assert!(m.contains("`dossier timeline --corpus news/été.jsonl [--entity"), "{m}");
    }
}
