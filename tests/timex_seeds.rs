//! Dates of the five seed articles, against their publication dates.

use dossier::corpus::{PartialDate, Resolution, Span, Timex};
use dossier::parse::timex::{extract, TimexRules};
use dossier::parse::DataSource;

fn tag(id: &str, dct: &str) -> (String, Vec<Timex>) {
    let path = format!("{}/data/articles/{id}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let rules = TimexRules::load(&DataSource::Embedded).unwrap();
    let dct: PartialDate = dct.parse().unwrap();
    let found = extract(&text, &[Span::new(0, text.len())], Some(dct), &rules);
    (text, found)
}

/// (article, publication date, extent, value): the dates the seed timeline rests on.
const EXPECTED: [(&str, &str, &str, &str); 17] = [
    ("000_1c1bf8a8caf80bef", "2015-10-17", "il y a une dizaine de jours", "2015-10-07"),
    ("001_27ca0a4dde6cff53", "2015-10-14", "mercredi", "2015-10-14"),
    ("001_27ca0a4dde6cff53", "2015-10-14", "le 30 septembre", "2015-09-30"),
    ("001_27ca0a4dde6cff53", "2015-10-14", "demain", "2015-10-14"),
    ("001_27ca0a4dde6cff53", "2015-10-14", "samedi", "2015-10-10"),
    ("001_27ca0a4dde6cff53", "2015-10-14", "le 28 septembre", "2015-09-28"),
    ("001_27ca0a4dde6cff53", "2015-10-14", "deux jours avant", "2015-09-28"),
    ("001_27ca0a4dde6cff53", "2015-10-14", "deux semaines", "P2W"),
    ("002_855ecdaf1fa06318", "2016-09-28", "mercredi soir", "2016-09-28TEV"),
    ("002_855ecdaf1fa06318", "2016-09-28", "le 9 septembre", "2016-09-09"),
    ("002_855ecdaf1fa06318", "2016-09-28", "dix jours plus tard", "2016-09-19"),
    ("003_98e243251eed0b70", "2015-10-06", "jeudi 1er octobre", "2015-10-01"),
    ("003_98e243251eed0b70", "2015-10-06", "samedi", "2015-10-03"),
    ("003_98e243251eed0b70", "2015-10-06", "dimanche", "2015-10-04"),
    ("003_98e243251eed0b70", "2015-10-06", "4 octobre", "2015-10-04"),
    ("004_3ed597bc77cbe973", "2017-02", "le 28 janvier", "2017-01-28"),
    ("004_3ed597bc77cbe973", "2017-02", "Le 3 octobre", "2016-10-03"),
];

#[test]
fn seed_dates_resolve_against_their_publication_dates() {
    let mut failures = Vec::new();
    for (id, dct, extent, value) in EXPECTED {
        let (text, found) = tag(id, dct);
        let got: Vec<&str> =
            found.iter().filter(|t| t.span.slice(&text) == extent).map(|t| t.value.as_str()).collect();
        if !got.contains(&value) {
            failures.push(format!("{id}: {extent:?} expected {value}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn relative_seed_dates_say_how_they_were_resolved() {
    let (text, found) = tag("002_855ecdaf1fa06318", "2016-09-28");
    let later = found.iter().find(|t| t.span.slice(&text) == "dix jours plus tard").unwrap();
    assert_eq!(later.resolution, Resolution::PreviousDate);
    assert_eq!(later.anchor.as_deref(), Some("2016-09-09"));
    let (text, found) = tag("000_1c1bf8a8caf80bef", "2015-10-17");
    let ago = found.iter().find(|t| t.span.slice(&text) == "il y a une dizaine de jours").unwrap();
    assert!(ago.approximate());
    assert_eq!(ago.resolution, Resolution::PublicationDate);
}
