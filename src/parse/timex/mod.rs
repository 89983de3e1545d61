//! Temporal expressions: detection and TIMEX3 normalisation against the publication date.
// OWNER: timex helper — stub to be replaced.

use super::resources::DataSource;
use crate::corpus::{PartialDate, Span, Timex};
use anyhow::Result;

#[derive(Debug, Default)]
pub struct TimexRules {}

impl TimexRules {
    pub fn load(_source: &DataSource) -> Result<Self> {
        Ok(TimexRules {})
    }
}

/// Finds and normalises the temporal expressions of `sentences` (body sentences, in text order).
/// `dct` is the publication date, if known; relative expressions stay unresolved without it.
pub fn extract(
    _text: &str,
    _sentences: &[Span],
    _dct: Option<PartialDate>,
    _rules: &TimexRules,
) -> Vec<Timex> {
    Vec::new()
}
