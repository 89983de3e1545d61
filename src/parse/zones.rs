//! Non-body zones: headers (section labels, datelines, credits, source names), update stamps,
//! related links, captions, footers and sign-offs. The rules live in `data/zones/rules.tsv`.
//!
//! A line is furniture as a whole (`line` and `lead` rules), or a leading-block line starts with
//! furniture (`span` rules, tried one after another from the line start: "date 2017-02 © REUTERS/
//! Carlo Allegri Trump rétablirait…" keeps the headline after the credit as body text).

use super::resources::{DataFile, DataSource};
use crate::corpus::{Span, Zone, ZoneKind};
use anyhow::{anyhow, bail, Context, Result};
use regex::Regex;
use std::collections::HashMap;

const RULES: DataFile = crate::data_file!("zones/rules.tsv");

/// A line opens the body (ends the leading block) when it has this many words and ends a sentence.
const BODY_PARAGRAPH_MIN_WORDS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Line,
    Lead,
    Span,
}

#[derive(Debug)]
struct Rule {
    kind: ZoneKind,
    scope: Scope,
    regex: Regex,
}

#[derive(Debug)]
pub struct ZoneRules {
    rules: Vec<Rule>,
}

impl ZoneRules {
    pub fn load(source: &DataSource) -> Result<Self> {
        let (text, name) = source.read(&RULES)?;
        Self::parse(&text, &name)
    }

    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let mut placeholders: HashMap<String, String> = HashMap::new();
        let mut rules = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let at = || format!("{name}:{}", i + 1);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(def) = line.strip_prefix('=') {
                let (key, pat) =
                    def.split_once('\t').ok_or_else(|| anyhow!("{}: expected =NAME<TAB>pattern", at()))?;
                placeholders.insert(key.trim().to_string(), expand(pat, &placeholders).with_context(at)?);
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [kind, scope, pattern] = cols[..] else {
                bail!(
                    "{}: expected 3 tab-separated columns (kind, where, pattern), found {}",
                    at(),
                    cols.len()
                );
            };
            let kind = parse_kind(kind).ok_or_else(|| anyhow!("{}: unknown zone kind {kind:?}", at()))?;
            let scope = match scope {
                "line" => Scope::Line,
                "lead" => Scope::Lead,
                "span" => Scope::Span,
                other => bail!("{}: unknown scope {other:?} (line, lead or span)", at()),
            };
            let body = expand(pattern, &placeholders).with_context(at)?;
            let anchored = match scope {
                Scope::Line | Scope::Lead => format!("^(?:{body})$"),
                Scope::Span => format!("^(?:{body})"),
            };
            let regex = Regex::new(&anchored).with_context(|| format!("{}: bad pattern", at()))?;
            rules.push(Rule { kind, scope, regex });
        }
        Ok(ZoneRules { rules })
    }
}

fn parse_kind(s: &str) -> Option<ZoneKind> {
    Some(match s {
        "header" => ZoneKind::Header,
        "update_stamp" => ZoneKind::UpdateStamp,
        "related" => ZoneKind::Related,
        "caption" => ZoneKind::Caption,
        "footer" => ZoneKind::Footer,
        "signoff" => ZoneKind::Signoff,
        _ => return None,
    })
}

/// Replaces `{NAME}` by the placeholder's pattern.
fn expand(pattern: &str, placeholders: &HashMap<String, String>) -> Result<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(0);
        let key = &after[..close];
        // `{2,4}` are regex repetitions and `\p{L}` a Unicode class, not placeholders.
        let unicode_class = out.ends_with("\\p") || out.ends_with("\\P");
        if close > 0 && !unicode_class && key.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
            let value = placeholders.get(key).ok_or_else(|| anyhow!("unknown placeholder {{{key}}}"))?;
            out.push_str(value);
            rest = &after[close + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Lines of `text` as spans, without their `\n`.
pub fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    text.split('\n').map(move |l| {
        let s = Span::new(start, start + l.len());
        start += l.len() + 1;
        s
    })
}

/// Whether a line reads as a body paragraph (which ends the leading block).
fn is_body_paragraph(line: &str) -> bool {
    let t = line.trim_end();
    t.split_whitespace().count() >= BODY_PARAGRAPH_MIN_WORDS
        && t.ends_with(['.', '!', '?', '…', '»', '"', '”'])
}

/// Finds the furniture of `text`; zones are sorted and never overlap.
pub fn detect(text: &str, rules: &ZoneRules) -> Vec<Zone> {
    let mut zones = Vec::new();
    let mut in_lead = true;
    for line in lines(text) {
        let s = line.slice(text);
        if s.trim().is_empty() {
            continue;
        }
        // The first body paragraph may still open on furniture ("GENÈVE (Reuters) - …").
        let mut first_body = false;
        if in_lead && is_body_paragraph(s) {
            in_lead = false;
            first_body = true;
        }
        let whole = rules
            .rules
            .iter()
            .find(|r| (r.scope == Scope::Line || (in_lead && r.scope == Scope::Lead)) && r.regex.is_match(s));
        if let Some(rule) = whole {
            zones.push(Zone { span: line, kind: rule.kind });
            continue;
        }
        if in_lead || first_body {
            leading_spans(text, line, rules, &mut zones);
        }
    }
    zones
}

/// Furniture at the start of a leading-block line, one span rule after another.
fn leading_spans(text: &str, line: Span, rules: &ZoneRules, zones: &mut Vec<Zone>) {
    let mut pos = line.start;
    let first = zones.len();
    loop {
        let gap = skip_separators(&text[pos..line.end]);
        let at = pos + gap;
        let rest = &text[at..line.end];
        let Some((rule, m)) = rules
            .rules
            .iter()
            .filter(|r| r.scope == Scope::Span)
            .find_map(|r| r.regex.find(rest).filter(|m| !m.is_empty()).map(|m| (r, m)))
        else {
            break;
        };
        let end = at + m.end();
        // Separators between two pieces of furniture belong to the first.
        if zones.len() > first {
            if let Some(prev) = zones.last_mut().filter(|z| z.span.end == pos) {
                prev.span.end = at;
            }
        }
        zones.push(Zone { span: Span::new(at, end), kind: rule.kind });
        pos = end;
    }
    // A line left with nothing but separators is furniture to its end.
    if zones.len() > first && skip_separators(&text[pos..line.end]) == line.end - pos {
        zones.last_mut().expect("pushed above").span.end = line.end;
    }
}

/// Length of the leading run of spaces and separators ("|", "-", "·").
fn skip_separators(s: &str) -> usize {
    s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '·' | '•'))
            .len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> ZoneRules {
        ZoneRules::load(&DataSource::Embedded).unwrap()
    }

    fn zoned(text: &str) -> Vec<(ZoneKind, &str)> {
        detect(text, &rules()).into_iter().map(|z| (z.kind, z.span.slice(text))).collect()
    }

    const BODY: &str =
        "Le ministre a annoncé lundi que les deux pays reprendraient leurs discussions la semaine prochaine.";

    #[test]
    fn dateline_and_update_stamp_are_told_apart() {
        let text = format!("MONDE\n12/03/2016 08:30 EDT | Actualisé 14/03/2016 10:02 EDT\n\n{BODY}\n");
        assert_eq!(
            zoned(&text),
            vec![
                (ZoneKind::Header, "MONDE"),
                (ZoneKind::Header, "12/03/2016 08:30 EDT | "),
                (ZoneKind::UpdateStamp, "Actualisé 14/03/2016 10:02 EDT"),
            ]
        );
    }

    #[test]
    fn credit_before_a_headline_leaves_the_headline_in_the_body() {
        let text = format!("date 2016-05 © AFP/ Jean Dupont Paris et Berlin signent un accord\n\n{BODY}");
        assert_eq!(
            zoned(&text),
            vec![(ZoneKind::Header, "date 2016-05 "), (ZoneKind::Header, "© AFP/ Jean Dupont")]
        );
    }

    #[test]
    fn caption_with_credit_related_link_footer_and_signoffs() {
        let text = format!(
            "Angela Merkel et François Hollande. © AFP\n>>Lire notre dossier sur l'Ukraine\n{BODY}\n\
             Photo prise à Kiev le 3 mai |\n{BODY}\nabc/de\nAFP/Reuters\nVous avez repéré une erreur? Dites-le\n\
             Suivez-nous: Suivez Le Monde sur Twitter\nSuivez Le Monde sur Twitter pour tout savoir."
        );
        let kinds: Vec<ZoneKind> = zoned(&text).into_iter().map(|z| z.0).collect();
        assert_eq!(
            kinds,
            vec![
                ZoneKind::Caption,
                ZoneKind::Related,
                ZoneKind::Caption,
                ZoneKind::Signoff,
                ZoneKind::Signoff,
                ZoneKind::Footer,
                ZoneKind::Footer,
            ]
        );
    }

    #[test]
    fn a_wire_dateline_opening_the_body_is_furniture() {
        let text = format!("MOSCOU, 12 oct (AFP) - {BODY}\nVIENNE (Reuters) - Une autre phrase ici.");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "MOSCOU, 12 oct (AFP) -")]);
    }

    #[test]
    fn a_short_source_line_is_a_header_only_above_the_body() {
        let text = format!("Le Courrier\n\n{BODY}\n\nLe Courrier\n");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "Le Courrier")]);
    }

    #[test]
    fn body_sentences_with_dates_are_not_furniture() {
        let text = format!("{BODY}\nLe 12/03/2016 08:30, la Russie a répondu.\n");
        assert!(zoned(&text).is_empty());
    }

    #[test]
    fn malformed_rules_name_file_and_line() {
        let err = ZoneRules::parse("# c\nheader\tline\n", "r.tsv").unwrap_err().to_string();
        assert!(err.starts_with("r.tsv:2"), "{err}");
        let err = ZoneRules::parse("header\tline\t{NOPE}\n", "r.tsv").unwrap_err();
        assert!(format!("{err:#}").contains("unknown placeholder {NOPE}"), "{err:#}");
        let err = ZoneRules::parse("header\tline\t(\n", "r.tsv").unwrap_err().to_string();
        assert!(err.contains("r.tsv:1: bad pattern"), "{err}");
    }
}
