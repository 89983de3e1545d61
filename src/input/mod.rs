//! Articles as users have them: a folder of `.txt` files with an optional manifest, or JSON Lines.

use crate::corpus::PartialDate;

/// An article before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawArticle {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Publication date from the manifest or the JSONL line.
    pub date: Option<PartialDate>,
    /// The publication date is only known to a few days.
    pub date_approx: bool,
    pub text: String,
    /// Problems met while reading this article.
    pub warnings: Vec<String>,
}

impl RawArticle {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        RawArticle {
            id: id.into(),
            title: None,
            source: None,
            url: None,
            date: None,
            date_approx: false,
            text: text.into(),
            warnings: Vec::new(),
        }
    }
}

pub mod cli {
    use anyhow::Result;
    use std::path::{Path, PathBuf};

    pub fn parse_cli(
        inputs: &[PathBuf],
        output: Option<&Path>,
        data: Option<&Path>,
        keep_going: bool,
    ) -> Result<()> {
        let _ = (inputs, output, data, keep_going);
        anyhow::bail!("not implemented yet")
    }
}
