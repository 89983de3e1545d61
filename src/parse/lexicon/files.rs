//! The rows of the lexicon files: tab-separated, a header line, `#` comment lines.

use anyhow::{anyhow, Result};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Every row of `text` with its line number; an error names `name` and the line.
pub fn rows<T: DeserializeOwned>(text: &str, name: &str) -> Result<Vec<(usize, T)>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .comment(Some(b'#'))
        .quoting(false)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| anyhow!("{name}: header: {}", e.kind_message()))?.clone();
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
                let row = record
                    .deserialize(Some(&headers))
                    .map_err(|e| anyhow!("{name}: line {line}: {}", e.kind_message()))?;
                out.push((line, row));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(anyhow!("{name}: line {line}: {}", e.kind_message()));
            }
        }
    }
    Ok(out)
}

trait KindMessage {
    fn kind_message(&self) -> String;
}

impl KindMessage for csv::Error {
    fn kind_message(&self) -> String {
        match self.kind() {
            csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                format!("{len} columns where the header has {expected_len}")
            }
            csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
            _ => self.to_string(),
        }
    }
}

#[derive(Deserialize)]
pub struct CountryRow {
    pub iso3: String,
    pub name: String,
    pub article: String,
    pub variants: String,
    pub capitals: String,
    pub demonyms: String,
    pub combining: String,
}

#[derive(Deserialize)]
pub struct SharedDemonymRow {
    pub demonyms: String,
    pub countries: String,
}

#[derive(Deserialize)]
pub struct InstitutionRow {
    pub forms: String,
    pub country: String,
    pub kind: String,
}

#[derive(Deserialize)]
pub struct NamedRow {
    pub name: String,
    pub forms: String,
    pub country: String,
}

#[derive(Deserialize)]
pub struct PersonRow {
    pub name: String,
    pub forms: String,
    pub surnames: String,
    pub country: String,
    pub role: String,
}

#[derive(Deserialize)]
pub struct TitleRow {
    pub form: String,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Deserialize)]
pub struct HeadRow {
    pub head: String,
    pub canonical: String,
    pub needs: String,
    pub complements: String,
}

#[derive(Deserialize)]
pub struct FormRow {
    pub form: String,
}

#[derive(Deserialize)]
pub struct NameRow {
    pub name: String,
}

#[derive(Deserialize)]
pub struct WordRow {
    pub word: String,
    pub class: String,
}
