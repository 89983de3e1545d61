//! Lexicons of countries (ISO codes, demonyms, capitals, institutions), people and organisations,
//! read from `data/lexicon/`.
// OWNER: entities helper — stub to be replaced.

use super::resources::DataSource;
use anyhow::Result;

#[derive(Debug, Default)]
pub struct Lexicon {}

impl Lexicon {
    pub fn load(_source: &DataSource) -> Result<Self> {
        Ok(Lexicon {})
    }
}
