//! JSON Lines: one article per line, `{"id", "title", "source", "url", "date", "text"}`, streamed
//! so that a large file or another tool's output can be piped in.

use super::{normalise_newlines, InputError, OnError, RawArticle};
use serde::Deserialize;
use std::io::BufRead;

/// One line of a JSON Lines input. Only `id` and `text` are required.
#[derive(Debug, Clone, Deserialize)]
pub struct JsonlArticle {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub date_approx: bool,
    pub text: String,
}

impl JsonlArticle {
    pub fn into_raw(self, origin: &str) -> Result<RawArticle, InputError> {
        let date = match self.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => {
                Some(d.parse().map_err(|e| InputError::new(origin, format!("article {:?}: {e}", self.id)))?)
            }
            None => None,
        };
        if self.id.trim().is_empty() {
            return Err(InputError::new(origin, "empty \"id\""));
        }
        Ok(RawArticle {
            id: self.id,
            title: self.title,
            source: self.source,
            url: self.url,
            date,
            date_approx: self.date_approx,
            text: normalise_newlines(self.text),
            warnings: Vec::new(),
        })
    }
}

/// Parses one JSON Lines line; `origin` is "file:line".
pub fn parse_line(line: &str, origin: &str) -> Result<RawArticle, InputError> {
    let art: JsonlArticle = serde_json::from_str(line)
        .map_err(|e| InputError::new(origin, format!("malformed article line: {e}")))?;
    art.into_raw(origin)
}

/// Reads every article of a JSON Lines stream. Blank lines are allowed.
pub fn read_jsonl(
    reader: impl BufRead,
    name: &str,
    on_error: OnError,
) -> Result<Vec<RawArticle>, InputError> {
    let mut out = Vec::new();
    for item in lines(reader, name) {
        match item {
            Ok(a) => out.push(a),
            Err(e) => on_error.handle(e)?,
        }
    }
    Ok(out)
}

/// The articles of a JSON Lines stream, one at a time, each error naming `name:line`.
pub fn lines<'a>(
    reader: impl BufRead + 'a,
    name: &'a str,
) -> impl Iterator<Item = Result<RawArticle, InputError>> + 'a {
    lines_owned(reader, name.to_string())
}

/// Like [`lines`], owning the stream's name.
pub fn lines_owned<'a>(
    reader: impl BufRead + 'a,
    name: String,
) -> impl Iterator<Item = Result<RawArticle, InputError>> + 'a {
    let mut reader = reader;
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        buf.clear();
        line_no += 1;
        let origin = format!("{name}:{line_no}");
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => return Some(Err(InputError::new(origin, e.to_string()))),
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l.trim_start_matches('\u{feff}').trim(),
            Err(e) => {
                return Some(Err(InputError::new(
                    origin,
                    format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1),
                )))
            }
        };
        if line.is_empty() {
            continue;
        }
        return Some(parse_line(line, &origin));
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_articles_and_skips_blank_lines() {
        let input = "{\"id\":\"a\",\"text\":\"Un.\",\"date\":\"2016-09-28\"}\n\n{\"id\":\"b\",\"text\":\"Deux.\\r\\n\"}\n";
        let arts = read_jsonl(input.as_bytes(), "in.jsonl", OnError::Stop).unwrap();
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].date.unwrap().to_string(), "2016-09-28");
        assert_eq!(arts[1].text, "Deux.\n");
    }

    #[test]
    fn malformed_line_is_named_and_can_be_skipped() {
        let input = "{\"id\":\"a\",\"text\":\"Un.\"}\n{\"id\":\"b\"\n{\"id\":\"c\",\"text\":\"x\",\"date\":\"demain\"}\n";
        let err = read_jsonl(input.as_bytes(), "in.jsonl", OnError::Stop).unwrap_err();
        assert!(err.to_string().starts_with("in.jsonl:2: malformed"), "{err}");
        let arts = read_jsonl(input.as_bytes(), "in.jsonl", OnError::Skip).unwrap();
        assert_eq!(arts.len(), 1);
    }

    #[test]
    fn invalid_utf8_line_is_an_error_not_a_panic() {
        let input: &[u8] = b"{\"id\":\"a\",\"text\":\"caf\xe9\"}\n";
        let err = read_jsonl(input, "x.jsonl", OnError::Stop).unwrap_err();
        assert!(err.to_string().contains("x.jsonl:1: not UTF-8"), "{err}");
    }
}
