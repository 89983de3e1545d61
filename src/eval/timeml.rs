//! Reading ISO-TimeML documents: the raw text (all tags stripped), the creation time and the
//! gold TIMEX3 annotations with byte offsets into that text.

use crate::corpus::Span;
use anyhow::{bail, Context, Result};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// A gold (or predicted) temporal expression as the scorer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    pub span: Span,
    /// DATE, TIME, DURATION or SET.
    pub kind: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub id: String,
    /// The document creation time, as the value of the CREATION_TIME TIMEX3.
    pub dct: Option<String>,
    /// The content of `<TEXT>` with every tag removed and entities decoded.
    pub text: String,
    pub timexes: Vec<Annotation>,
}

fn attr(e: &BytesStart, name: &str) -> Result<Option<String>> {
    for a in e.attributes() {
        let a = a?;
        if a.key.as_ref() == name {
            return Ok(Some(a.normalized_value(quick_xml::XmlVersion::Implicit1_0)?.into_owned()));
        }
    }
    Ok(None)
}

fn predefined_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

/// Parses one ISO-TimeML document. `id` names it in errors.
pub fn parse(xml: &str, id: &str) -> Result<Document> {
    let mut reader = Reader::from_str(xml);
    let mut doc = Document { id: id.to_string(), dct: None, text: String::new(), timexes: Vec::new() };
    let mut in_text = false;
    let mut seen_text = false;
    // Open TIMEX3 elements inside TEXT: start offset and attributes (None for other elements).
    let mut open: Vec<Option<(usize, String, String)>> = Vec::new();
    loop {
        let pos = reader.buffer_position();
        let event = reader.read_event().with_context(|| format!("{id}: malformed XML near byte {pos}"))?;
        match event {
            Event::Start(e) => {
                let name = e.name();
                if name.as_ref() == "TEXT" {
                    in_text = true;
                    seen_text = true;
                    continue;
                }
                if name.as_ref() == "TIMEX3" {
                    if attr(&e, "functionInDocument")?.as_deref() == Some("CREATION_TIME") {
                        doc.dct = attr(&e, "value")?;
                    }
                    if in_text {
                        let kind = attr(&e, "type")?.unwrap_or_default();
                        let value = attr(&e, "value")?.unwrap_or_default();
                        open.push(Some((doc.text.len(), kind, value)));
                        continue;
                    }
                }
                open.push(None);
            }
            Event::Empty(e)
                if e.name().as_ref() == "TIMEX3"
                    && attr(&e, "functionInDocument")?.as_deref() == Some("CREATION_TIME") =>
            {
                doc.dct = attr(&e, "value")?;
            }
            Event::End(e) => {
                if e.name().as_ref() == "TEXT" {
                    in_text = false;
                    continue;
                }
                if let Some(Some((start, kind, value))) = open.pop() {
                    doc.timexes.push(Annotation { span: Span::new(start, doc.text.len()), kind, value });
                }
            }
            Event::Text(t) if in_text => doc.text.push_str(&t.xml10_content()),
            Event::CData(t) if in_text => doc.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let c = match r.resolve_char_ref()? {
                    Some(c) => Some(c),
                    None => predefined_entity(&r),
                };
                match c {
                    Some(c) => doc.text.push(c),
                    None => bail!("{id}: unknown entity &{};", &*r),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_text {
        bail!("{id}: no <TEXT> element");
    }
    doc.timexes.sort_by_key(|a| a.span);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-19" /></DCT>
<TEXT>
Eltsine a <EVENT eid="e1">annulé</EVENT> <TIMEX3 tid="t2" type="DATE" value="1999-05-18">hier</TIMEX3> une rencontre &amp; <TIMEX3 tid="t3" type="DURATION" value="PXD">ces derniers jours</TIMEX3>, été.
</TEXT>
</TimeML>"#;

    #[test]
    fn reads_text_dct_and_gold_offsets() {
        let doc = parse(SAMPLE, "sample").unwrap();
        assert_eq!(doc.dct.as_deref(), Some("1999-05-19"));
        assert_eq!(doc.text, "\nEltsine a annulé hier une rencontre & ces derniers jours, été.\n");
        assert_eq!(doc.timexes.len(), 2);
        let t = &doc.timexes[0];
        assert_eq!(&doc.text[t.span.start..t.span.end], "hier");
        assert_eq!((t.kind.as_str(), t.value.as_str()), ("DATE", "1999-05-18"));
        let t = &doc.timexes[1];
        assert_eq!(&doc.text[t.span.start..t.span.end], "ces derniers jours");
        assert_eq!(t.value, "PXD");
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(parse("<TimeML><TEXT>a <TIMEX3>b</TEXT></TimeML>", "bad").is_err());
        assert!(parse("<TimeML></TimeML>", "empty").is_err());
    }
}
