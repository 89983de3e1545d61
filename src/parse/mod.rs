//! Raw French text → a parsed article, in stages:
//! zones → sentences → entities (lexicon) → temporal expressions → events.

pub mod command;
pub mod compose;
pub mod dct;
pub mod entities;
pub mod events;
mod latin1;
pub mod lexicon;
mod nfa_closure;
pub mod resources;
pub mod segment;
mod swar;
pub mod timex;
pub mod zones;

use crate::corpus::{Article, Corpus, DctOrigin, Entity, Span, FORMAT_NAME, SCHEMA_VERSION};
use crate::input::RawArticle;
pub use resources::{DataSource, Resources};
use std::collections::BTreeMap;

/// One parsed article and the entities its mentions point to.
#[derive(Debug, Clone)]
pub struct ParsedArticle {
    pub article: Article,
    pub entities: Vec<Entity>,
}

/// Runs every stage on one article. Never panics, whatever the text.
pub fn parse_article(raw: &RawArticle, res: &Resources) -> ParsedArticle {
    let Some(composed) = compose::Composed::of(&raw.text) else { return parse_text(raw, &raw.text, res) };
    // Decomposed accents: parsed composed, and the article keeps its own text.
    let mut parsed = parse_text(raw, &composed.text, res);
    composed.map_back(&mut parsed.article);
    parsed.article.text = raw.text.clone();
    parsed
}

/// `parse_article` on `text`, the article's text or its composed form.
fn parse_text(raw: &RawArticle, text: &str, res: &Resources) -> ParsedArticle {
    let zones = zones::detect(text, &res.zones);
    let sentences = segment::split(text, &zones, &res.abbreviations);

    let mut warnings = raw.warnings.clone();
    let header_date = dct::from_header(text, &zones);
    let (dct, dct_origin) = match (raw.date, &header_date) {
        (Some(m), Some(h)) => {
            if !dct::agree(m, h.date) {
                warnings.push(format!(
                    "publication date {m} from the manifest disagrees with {} in the text ({:?}); keeping the manifest",
                    h.date,
                    h.span.slice(text)
                ));
            }
            (Some(m), DctOrigin::Manifest)
        }
        (Some(m), None) => (Some(m), DctOrigin::Manifest),
        (None, Some(h)) => (Some(h.date), DctOrigin::Header),
        (None, None) => (None, DctOrigin::None),
    };

    let found = entities::recognise(text, &sentences, &res.lexicon);
    let body: Vec<Span> = sentences.iter().filter(|s| s.zone.is_none()).map(|s| s.span).collect();
    let timexes = timex::extract(text, &body, dct, &res.timex);
    let events = events::extract(
        &events::EventInput {
            text,
            sentences: &sentences,
            mentions: &found.mentions,
            entities: &found.entities,
            timexes: &timexes,
            dct,
            dct_approx: raw.date_approx,
        },
        &res.verbs,
    );

    ParsedArticle {
        article: Article {
            id: raw.id.clone(),
            title: raw.title.clone().unwrap_or_else(|| guess_title(text, &sentences)),
            source: raw.source.clone(),
            url: raw.url.clone(),
            dct: dct.map(|d| d.to_string()),
            dct_approx: raw.date_approx,
            dct_origin,
            warnings,
            text: text.to_string(),
            zones,
            sentences,
            mentions: found.mentions,
            timexes,
            events,
        },
        entities: found.entities,
    }
}

/// With no title given: the first body sentence, trimmed.
fn guess_title(text: &str, sentences: &[crate::corpus::Sentence]) -> String {
    let first = sentences.iter().find(|s| s.zone.is_none()).map(|s| s.span.slice(text).trim()).unwrap_or("");
    let mut title: String = first.chars().take(100).collect();
    if first.chars().count() > 100 {
        title.push('…');
    }
    title
}

/// Assembles parsed articles into one corpus: articles in input order, entities merged by id.
pub fn assemble(parsed: impl IntoIterator<Item = ParsedArticle>) -> Corpus {
    let mut articles = Vec::new();
    let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
    for p in parsed {
        articles.push(p.article);
        for e in p.entities {
            merge_entity(&mut entities, e);
        }
    }
    Corpus {
        format: FORMAT_NAME.to_string(),
        version: SCHEMA_VERSION,
        articles,
        entities: entities.into_values().collect(),
    }
}

/// Adds `e` to `into`, uniting aliases with an entity of the same id.
pub fn merge_entity(into: &mut BTreeMap<String, Entity>, e: Entity) {
    match into.get_mut(&e.id) {
        None => {
            into.insert(e.id.clone(), e);
        }
        Some(known) => {
            known.aliases.extend(e.aliases);
            known.aliases.sort();
            known.aliases.dedup();
            known.in_lexicon |= e.in_lexicon;
            if known.role.is_none() {
                known.role = e.role;
            }
            if known.country.is_none() {
                known.country = e.country;
            }
        }
    }
}

/// Parses many articles on all cores; the output order is the input order.
pub fn parse_all(raws: &[RawArticle], res: &Resources) -> Corpus {
    use rayon::prelude::*;
    let parsed: Vec<ParsedArticle> = raws.par_iter().map(|r| parse_article(r, res)).collect();
    assemble(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "INTERNATIONAL\n12/05/2016 09:00 EDT | Actualisé 13/05/2017 10:00 EDT\n\n\
        Le gouvernement a annoncé mardi qu'il était prêt à reprendre les discussions avec ses voisins.";

    #[test]
    fn header_date_is_used_when_the_manifest_has_none() {
        let a = parse_article(&RawArticle::new("a", TEXT), Resources::embedded()).article;
        assert_eq!((a.dct.as_deref(), a.dct_origin), (Some("2016-05-12"), DctOrigin::Header));
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn manifest_wins_over_a_disagreeing_header_with_a_warning() {
        let mut raw = RawArticle::new("a", TEXT);
        raw.date = Some("2016-05-11".parse().unwrap());
        let a = parse_article(&raw, Resources::embedded()).article;
        assert_eq!((a.dct.as_deref(), a.dct_origin), (Some("2016-05-11"), DctOrigin::Manifest));
        assert_eq!(a.warnings.len(), 1);
        assert!(a.warnings[0].contains("2016-05-12"), "{:?}", a.warnings);
    }

    #[test]
    fn a_header_agreeing_to_the_month_is_no_warning() {
        let mut raw = RawArticle::new("a", TEXT);
        raw.date = Some("2016-05".parse().unwrap());
        assert!(parse_article(&raw, Resources::embedded()).article.warnings.is_empty());
    }

    #[test]
    fn untitled_articles_take_their_first_body_sentence() {
        let a = parse_article(&RawArticle::new("a", TEXT), Resources::embedded()).article;
        assert!(a.title.starts_with("Le gouvernement a annoncé"), "{}", a.title);
    }

    #[test]
    fn decomposed_accents_are_read_as_composed_ones_with_offsets_into_the_text_as_given() {
        use unicode_normalization::UnicodeNormalization;
        let composed = "PARIS, 3 février 2016 (AFP) - Le ministre français des Affaires étrangères, \
            Jean-Marc Ayrault, a rencontré le 1er février à Genève son homologue américain. Les \
            États-Unis et la Russie ont annoncé mercredi un accord. Hier, Téhéran a démenti.";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(decomposed, composed);
        let parse = |text: &str| parse_article(&RawArticle::new("a", text), Resources::embedded()).article;
        let (a, d) = (parse(composed), parse(&decomposed));
        assert_eq!(d.text, decomposed, "the text is kept as given");
        // The same findings, at the offsets of each text.
        let read = |a: &Article| {
            let slice = |span: Span| span.slice(&a.text).nfc().collect::<String>();
            let mut found: Vec<String> = a.zones.iter().map(|z| slice(z.span)).collect();
            found.extend(a.sentences.iter().map(|s| slice(s.span)));
            found.extend(a.mentions.iter().map(|m| format!("{} {}", slice(m.span), m.entity)));
            found.extend(a.timexes.iter().map(|t| format!("{} {}", slice(t.span), t.value)));
            found.extend(a.events.iter().map(|e| format!("{} {} {}", slice(e.trigger), e.date, e.summary)));
            found
        };
        assert_eq!(read(&d), read(&a));
        assert!(read(&a).iter().any(|f| f == "le 1er février 2016-02-01"), "{:?}", read(&a));
        assert_eq!(d.dct.as_deref(), Some("2016-02-03"));
    }

    #[test]
    fn merging_entities_unites_aliases() {
        let e = |aliases: &[&str]| Entity {
            id: "person:x".into(),
            name: "X".into(),
            kind: crate::corpus::EntityKind::Person,
            country: None,
            role: None,
            in_lexicon: false,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
        };
        let mut all = BTreeMap::new();
        merge_entity(&mut all, e(&["M. X", "X"]));
        merge_entity(&mut all, e(&["Jean X", "X"]));
        assert_eq!(all["person:x"].aliases, ["Jean X", "M. X", "X"]);
    }
}
