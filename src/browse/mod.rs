//! The terminal browser (ratatui + crossterm) and `dossier timeline`.
//!
//! Data flow: the corpus → [`store::Store`] (the corpus in a compact form; a binary corpus is read
//! straight into it, chunk by chunk) → [`catalog::Catalog`] (sorted timeline and entity index,
//! built once) → [`app::App`] (state; key and mouse events become [`app::Action`]s,
//! `App::update` applies them) → [`ui::draw`] (reads the state, never changes it), one component
//! per file in [`screen`].
//! [`keymap::KEYMAP`] is the single key table behind key handling, the hint bar and the help.

pub mod app;
pub mod catalog;
pub mod export;
pub mod fold;
pub mod keymap;
pub mod layout;
pub mod load;
pub mod screen;
mod skim;
pub mod store;
mod terminal;
pub mod theme;
pub mod ui;
pub mod wrap;

use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Output formats of `dossier timeline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TimelineFormat {
    /// Two lines an event: date, category, actors and summary; then the article and the sentence.
    Text,
    /// One array of events, every field named.
    Json,
    /// One row an event, with a header row.
    Csv,
}

/// `dossier [--corpus PATH]`: opens the browser (the embedded corpus when no path is given).
pub fn run(corpus: Option<&Path>) -> Result<ExitCode> {
    terminal::run(corpus)
}

/// `dossier timeline`: prints the (filtered) timeline for scripts and export.
pub fn timeline_cli(corpus: Option<&Path>, entity: Option<&str>, format: TimelineFormat) -> Result<()> {
    export::timeline_cli(corpus, entity, format)
}
