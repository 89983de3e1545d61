//! The data files every stage reads: lexicons, date vocabulary, event verbs.
//!
//! The default build embeds `data/` with `include_str!`; `--data DIR` reads a folder with the same
//! layout instead, file by file, so a user can extend one lexicon without recompiling.

use anyhow::{Context, Result};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// Where resource files are read from.
#[derive(Debug, Clone, Default)]
pub enum DataSource {
    /// The copies compiled into the binary.
    #[default]
    Embedded,
    /// A folder laid out like `data/`; a file missing there falls back to the embedded copy.
    Dir(PathBuf),
}

/// A resource file: its path relative to `data/` and its embedded contents.
pub struct DataFile {
    pub rel_path: &'static str,
    pub embedded: &'static str,
}

/// Declares a `DataFile` embedded from `data/<path>`.
#[macro_export]
macro_rules! data_file {
    ($path:literal) => {
        $crate::parse::resources::DataFile {
            rel_path: $path,
            embedded: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $path)),
        }
    };
}

impl DataSource {
    /// The text of `file`, and a name for it to use in error messages.
    pub fn read(&self, file: &DataFile) -> Result<(Cow<'static, str>, String)> {
        match self {
            DataSource::Embedded => {
                Ok((Cow::Borrowed(file.embedded), format!("<embedded data/{}>", file.rel_path)))
            }
            DataSource::Dir(dir) => {
                let path = dir.join(file.rel_path);
                if path.exists() {
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("{}: cannot read resource file", path.display()))?;
                    Ok((Cow::Owned(text), path.display().to_string()))
                } else {
                    Ok((Cow::Borrowed(file.embedded), format!("<embedded data/{}>", file.rel_path)))
                }
            }
        }
    }

    pub fn dir(&self) -> Option<&Path> {
        match self {
            DataSource::Embedded => None,
            DataSource::Dir(d) => Some(d),
        }
    }
}

/// Everything the pipeline needs, loaded once and shared (read-only) across threads.
pub struct Resources {
    pub zones: super::zones::ZoneRules,
    pub abbreviations: super::segment::Abbreviations,
    pub lexicon: super::lexicon::Lexicon,
    pub timex: super::timex::TimexRules,
    pub verbs: super::events::VerbLexicon,
}

impl Resources {
    pub fn load(source: &DataSource) -> Result<Self> {
        Ok(Resources {
            zones: super::zones::ZoneRules::load(source)?,
            abbreviations: super::segment::Abbreviations::load(source)?,
            lexicon: super::lexicon::Lexicon::load(source)?,
            timex: super::timex::TimexRules::load(source)?,
            verbs: super::events::VerbLexicon::load(source)?,
        })
    }

    /// The embedded resources, loaded once per process.
    pub fn embedded() -> &'static Resources {
        static RES: std::sync::OnceLock<Resources> = std::sync::OnceLock::new();
        RES.get_or_init(|| {
            Resources::load(&DataSource::Embedded).expect("embedded resources are checked by tests")
        })
    }
}
