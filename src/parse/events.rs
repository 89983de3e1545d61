//! Dated events: a sentence that reports a diplomatic or military act, with its date, actors and
//! a CAMEO-like category from the verb lexicon in `data/events/`.

use super::resources::DataSource;
use crate::corpus::{Entity, Event, Mention, PartialDate, Sentence, Timex};
use anyhow::Result;

#[derive(Debug, Default)]
pub struct VerbLexicon {}

impl VerbLexicon {
    pub fn load(_source: &DataSource) -> Result<Self> {
        Ok(VerbLexicon {})
    }
}

/// What the event stage reads of an article.
pub struct EventInput<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    pub timexes: &'a [Timex],
    pub dct: Option<PartialDate>,
    pub dct_approx: bool,
}

pub fn extract(_input: &EventInput, _verbs: &VerbLexicon) -> Vec<Event> {
    Vec::new()
}
