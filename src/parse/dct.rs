//! Publication dates an article carries itself in its header ("28/09/2016 12:00 EDT",
//! "date 2017-02", "Publié le 28 septembre 2016"). Update stamps are zones of their own and
//! never read as the publication date.

use super::zones::{only_common, within_common};
use crate::corpus::{PartialDate, Span, Zone, ZoneKind};
use regex_automata::meta::Regex;
use regex_syntax::hir::Hir;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderDate {
    pub date: PartialDate,
    pub span: Span,
}

/// The month names as written; `FOLDED_MONTHS` is what the search compares (a test checks
/// they agree).
#[cfg(test)]
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const PATTERN: &str = r"(?xi)
    \b(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\b
    | \b(?P<iy>\d{4})-(?P<im>\d{2})(?:-(?P<id>\d{2}))?\b
    | \b(?P<td>\d{1,2})(?:er)?\s+(?P<tm>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre
          |janv|f[ée]vr?|avr|juil|sept?|oct|nov|d[ée]c)\.?\s+(?P<ty>\d{4})\b";

/// The pattern to search `header` with. Most headers are written in Latin-1 and general
/// punctuation only: for them, the pattern with its Unicode classes (`\d`, `\s`, the case
/// variants) cut down to those characters matches as the whole one does, and builds in a
/// fraction of the time. Each is built the first time it is needed.
fn pattern_for(header: &str) -> &'static Regex {
    static PARSED: OnceLock<Hir> = OnceLock::new();
    static COMMON: OnceLock<Regex> = OnceLock::new();
    static FULL: OnceLock<Regex> = OnceLock::new();
    let parsed = || PARSED.get_or_init(|| regex_syntax::parse(PATTERN).expect("valid header date pattern"));
    // No prefilter: header zones are short lines, and the literals it would be made from cost
    // more to extract than it saves.
    let build = |hir: &Hir| {
        Regex::builder()
            .configure(Regex::config().auto_prefilter(false))
            .build_from_hir(hir)
            .expect("header date pattern compiles")
    };
    if only_common(header) {
        COMMON.get_or_init(|| build(&within_common(parsed())))
    } else {
        FULL.get_or_init(|| build(parsed()))
    }
}

/// The month a name or a wire abbreviation ("nov", "févr.", "sept") names; the pattern only lets
/// through abbreviations that begin one month name alone.
fn month_number(name: &str) -> Option<u32> {
    let folded = fold(name);
    FOLDED_MONTHS.iter().position(|m| m.starts_with(&folded)).map(|i| i as u32 + 1)
}

/// Lowercase, without the accents month names and their abbreviations may carry.
fn fold(s: &str) -> String {
    s.to_lowercase().replace(['é', 'è'], "e").replace('û', "u")
}

/// `MONTHS` folded (`fold`), once rather than for every name read.
const FOLDED_MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// The first date in a header zone, if any.
pub fn from_header(text: &str, zones: &[Zone]) -> Option<HeaderDate> {
    // Every date is read from ASCII digits (`\d` matches others, which do not parse).
    let may_hold_date = |z: &&Zone| z.span.slice(text).bytes().any(|b| b.is_ascii_digit());
    zones.iter().filter(|z| z.kind == ZoneKind::Header).filter(may_hold_date).find_map(|z| {
        let s = z.span.slice(text);
        pattern_for(s).captures_iter(s).find_map(|c| {
            let group = |name: &str| c.get_group_by_name(name).map(|span| &s[span]);
            let num = |name: &str| group(name).and_then(|m| m.parse::<u32>().ok());
            let date = if let (Some(d), Some(m), Some(y)) = (num("d"), num("m"), num("y")) {
                PartialDate::ymd(y as i32, m, d)
            } else if let (Some(y), Some(m)) = (num("iy"), num("im")) {
                match num("id") {
                    Some(d) => PartialDate::ymd(y as i32, m, d),
                    None => PartialDate::ym(y as i32, m),
                }
            } else {
                let m = month_number(group("tm")?)?;
                PartialDate::ymd(num("ty")? as i32, m, num("td")?)
            }?;
            let whole = c.get_match()?;
            Some(HeaderDate {
                date,
                span: Span::new(z.span.start + whole.start(), z.span.start + whole.end()),
            })
        })
    })
}

/// Whether two dates can name the same day: the less precise one contains the other.
pub fn agree(a: PartialDate, b: PartialDate) -> bool {
    a.year == b.year
        && (a.month.is_none() || b.month.is_none() || a.month == b.month)
        && (a.day.is_none() || b.day.is_none() || a.day == b.day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::zones::{detect, ZoneRules};
    use crate::parse::DataSource;

    fn header_date(text: &str) -> Option<String> {
        let zones = detect(text, &ZoneRules::load(&DataSource::Embedded).unwrap());
        from_header(text, &zones).map(|h| h.date.to_string())
    }

    const BODY: &str =
        "La Russie a déclaré mardi qu'elle était prête à reprendre les discussions avec les Etats-Unis.";

    #[test]
    fn folded_months_are_the_months_folded() {
        assert_eq!(MONTHS.map(fold), FOLDED_MONTHS.map(str::to_string));
    }

    #[test]
    fn reads_numeric_iso_and_spelled_header_dates() {
        assert_eq!(header_date(&format!("MONDE\n14/03/2016 08:30 EDT\n{BODY}")), Some("2016-03-14".into()));
        assert_eq!(
            header_date(&format!(" date 2017-02 © REUTERS/ Jean Dupont Titre ici\n{BODY}")),
            Some("2017-02".into())
        );
        assert_eq!(
            header_date(&format!("Publié le 1er mars 2016 à 10h00\n{BODY}")),
            Some("2016-03-01".into())
        );
        // A month abbreviated as on news sites' stamps.
        assert_eq!(
            header_date(&format!("Publié le 03 oct. 2016 à 12h30\n{BODY}")),
            Some("2016-10-03".into())
        );
        assert_eq!(header_date(&format!("Mis en ligne le 7 sept 2015\n{BODY}")), Some("2015-09-07".into()));
    }

    #[test]
    fn reads_wire_datelines_bylines_and_dashed_dates() {
        let read = |header: &str| header_date(&format!("Titre\n\n{header}\n\n{BODY}"));
        assert_eq!(read("WASHINGTON, 24 nov 2015 (AFP) -"), Some("2015-11-24".into()));
        assert_eq!(read("PARIS, 3 févr. 2016 (Reuters) -"), Some("2016-02-03".into()));
        assert_eq!(read("NEW YORK (Nations unies), 30 novembre 2016 -"), Some("2016-11-30".into()));
        assert_eq!(
            read("Par RFI Publié le 14-02-2017 Modifié le 15-02-2017 à 17:02"),
            Some("2017-02-14".into())
        );
        assert_eq!(
            read("Le Monde.fr avec AFP | 14.11.2015 à 19h42 • Mis à jour le 15.11.2015"),
            Some("2015-11-14".into())
        );
        // A month name that is no wire abbreviation is no date.
        assert_eq!(read("PARIS, 3 ju 2016 (AFP) -"), None);
    }

    #[test]
    fn an_update_stamp_is_not_the_publication_date() {
        assert_eq!(header_date(&format!("Actualisé 29/09/2017 01:12 EDT\n{BODY}")), None);
        assert_eq!(
            header_date(&format!("28/09/2016 12:00 EDT | Actualisé 29/09/2017 01:12 EDT\n{BODY}")),
            Some("2016-09-28".into())
        );
    }

    #[test]
    fn body_dates_are_not_header_dates() {
        assert_eq!(header_date(&format!("{BODY}\nLe 14/03/2016, rien.")), None);
    }

    const PIECES: &[&str] = &[
        " ", "\u{a0}", "\u{202f}", "1", "14", "2016", "er", "/", ".", "-", "mars", "Août", "aout", "févr",
        "DÉC", "sept", "Nov", "a", "é", "(AFP)", "—", "’", "à", "ſ", "٣",
    ];

    proptest::proptest! {
        #[test]
        fn the_pattern_cut_down_to_common_characters_captures_as_the_whole(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..16)
        ) {
            // The whole pattern, whatever the header: what the cut-down one must agree with.
            static WHOLE: OnceLock<Regex> = OnceLock::new();
            let whole = WHOLE.get_or_init(|| Regex::new(PATTERN).unwrap());
            let header = pieces.concat();
            let groups = |re: &Regex| -> Vec<Vec<Option<regex_automata::Span>>> {
                re.captures_iter(&header).map(|c| (0..c.group_len()).map(|i| c.get_group(i)).collect()).collect()
            };
            proptest::prop_assert_eq!(groups(pattern_for(&header)), groups(whole), "{:?}", header);
        }
    }

    #[test]
    fn partial_dates_agree_when_one_contains_the_other() {
        let d = |s: &str| s.parse::<PartialDate>().unwrap();
        assert!(agree(d("2017-02"), d("2017-02-14")));
        assert!(!agree(d("2017-02"), d("2017-03-01")));
        assert!(!agree(d("2016-09-28"), d("2016-09-29")));
    }
}
