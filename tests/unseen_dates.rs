//! Short news paragraphs written for these tests (2015–2017: diplomacy, conflicts, summits,
//! elections), dense in the date expressions French journalists use, with the TIMEX3 values a
//! TimeML annotator would give. A handful of values per article, not a snapshot: the rules must
//! read text they were not tuned on.

use dossier::corpus::{Article, Corpus, TimexType};
use dossier::input::read_inputs;
use dossier::parse::{parse_all, Resources};
use std::path::PathBuf;
use std::sync::OnceLock;

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let f = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unseen_dates.jsonl");
        parse_all(&read_inputs(&[f], false).unwrap(), Resources::embedded())
    })
}

fn article(id: &str) -> &'static Article {
    corpus().articles.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("no article {id}"))
}

/// Asserts each (extent, type, value, mod) of article `id`.
fn check(id: &str, expected: &[(&str, TimexType, &str, Option<&str>)]) {
    let a = article(id);
    for &(extent, kind, value, modifier) in expected {
        let t = a
            .timexes
            .iter()
            .find(|t| t.span.slice(&a.text) == extent)
            .unwrap_or_else(|| panic!("{id}: no timex {extent:?}"));
        assert_eq!(
            (t.kind, t.value.as_str(), t.modifier.as_deref()),
            (kind, value, modifier),
            "{id}: {extent:?}"
        );
    }
}

use TimexType::{Date, Duration, Set, Time};

#[test]
fn weekdays_weeks_and_the_days_ahead() {
    check(
        "d01",
        &[
            ("le début du mois", Date, "2015-10", Some("START")),
            ("Mardi soir", Time, "2015-10-13TEV", None),
            ("vendredi", Date, "2015-10-16", None),
            ("la semaine prochaine", Date, "2015-W43", None),
            ("les prochains jours", Duration, "PXD", None),
        ],
    );
}

#[test]
fn an_election_night_and_the_inauguration_ahead() {
    check(
        "d02",
        &[
            ("la nuit de mardi à mercredi", Time, "2016-11-08TNI", None),
            ("dix-sept mois", Duration, "P17M", None),
            ("le 20 janvier", Date, "2017-01-20", None),
            ("jeudi", Date, "2016-11-10", None),
            ("quatre ans", Duration, "P4Y", None),
        ],
    );
    // "âgé de 70 ans" is an age, not a duration.
    let a = article("d02");
    assert!(a.timexes.iter().all(|t| t.span.slice(&a.text) != "70 ans"));
}

#[test]
fn two_rounds_and_a_list_of_days() {
    check(
        "d03",
        &[
            ("le 7 mai", Date, "2017-05-07", None),
            ("dimanche", Date, "2017-04-23", None),
            ("décembre", Date, "2016-12", None),
            ("début de semaine", Date, "2017-W17", Some("START")),
            ("mercredi 3 mai", Date, "2017-05-03", None),
            ("21 heures", Time, "2017-05-03T21:00", None),
            ("18 juin", Date, "2017-06-18", None),
            ("le début de l'année", Date, "2017", Some("START")),
        ],
    );
}

#[test]
fn a_month_takes_the_year_given_after_it() {
    check(
        "d04",
        &[
            ("jeudi soir", Time, "2016-07-14TEV", None),
            ("22 h 30", Time, "2016-07-14T22:30", None),
            ("trois mois", Duration, "P3M", None),
            ("janvier", Date, "2015-01", None),
            ("novembre 2015", Date, "2015-11", None),
            ("samedi", Date, "2016-07-16", None),
            ("9 heures", Time, "2016-07-15T09:00", None),
        ],
    );
}

#[test]
fn midday_the_end_of_the_century_and_a_recurrence() {
    check(
        "d05",
        &[
            ("deux semaines", Duration, "P2W", None),
            ("samedi", Date, "2015-12-12", None),
            ("la mi-journée", Time, "2015-12-12TMI", None),
            ("la fin du siècle", Date, "20", Some("END")),
            ("la nuit de vendredi à samedi", Time, "2015-12-11TNI", None),
            ("tous les cinq ans", Set, "P5Y", None),
            ("vendredi 11 décembre", Date, "2015-12-11", None),
            ("L'an dernier", Date, "2014", None),
        ],
    );
}

#[test]
fn the_last_six_months_are_a_duration() {
    check(
        "d06",
        &[
            ("la nuit de jeudi à vendredi", Time, "2016-02-11TNI", None),
            ("fin février", Date, "2016-02", Some("END")),
            ("25 février", Date, "2016-02-25", None),
            ("six derniers mois", Duration, "P6M", None),
            ("Mi-janvier", Date, "2016-01", Some("MID")),
        ],
    );
}

#[test]
fn the_weeks_to_come_and_a_quarter() {
    check(
        "d07",
        &[
            ("ce vendredi", Date, "2017-01-20", None),
            ("midi", Time, "2017-01-20T12:00", None),
            ("La veille", Date, "2017-01-19", None),
            ("lundi 23 janvier", Date, "2017-01-23", None),
            ("les semaines à venir", Duration, "PXW", None),
            ("quatrième trimestre 2016", Date, "2016-Q4", None),
        ],
    );
}

#[test]
fn by_october_is_ahead_though_told_in_the_past() {
    check(
        "d08",
        &[
            ("jeudi", Date, "2016-06-23", None),
            ("vendredi matin", Time, "2016-06-24TMO", None),
            ("octobre", Date, "2016-10", None),
            ("mardi", Date, "2016-06-28", None),
            ("mercredi", Date, "2016-06-29", None),
            ("quelques heures", Duration, "PTXH", None),
        ],
    );
}

#[test]
fn a_night_told_in_an_apposed_participle_is_past() {
    check(
        "d09",
        &[
            ("ce week-end", Date, "2015-W46-WE", None),
            ("vendredi soir", Time, "2015-11-13TEV", None),
            ("lundi", Date, "2015-11-16", None),
            ("samedi", Date, "2015-11-14", None),
            ("la nuit de vendredi à samedi", Time, "2015-11-13TNI", None),
            // A pluperfect: not the coming 7 January.
            ("Le 7 janvier", Date, "2015-01-07", None),
        ],
    );
}

#[test]
fn half_a_century_and_every_year() {
    check(
        "d10",
        &[
            ("dimanche", Date, "2016-10-02", None),
            ("le 26 septembre", Date, "2016-09-26", None),
            ("quatre années", Duration, "P4Y", None),
            ("31 octobre", Date, "2016-10-31", None),
            ("mercredi", Date, "2016-10-05", None),
            ("un demi-siècle", Duration, "P50Y", None),
            ("chaque année", Set, "P1Y", None),
        ],
    );
}

#[test]
fn an_apposed_participle_a_half_year_and_a_monthly_set() {
    check(
        "d11",
        &[
            ("jeudi", Date, "2017-02-23", None),
            ("début mars", Date, "2017-03", Some("START")),
            ("la fin du mois", Date, "2017-02", Some("END")),
            ("Il y a deux semaines", Date, "2017-W07", None),
            ("premier semestre 2016", Date, "2016-H1", None),
            ("tous les mois", Set, "P1M", None),
        ],
    );
}

#[test]
fn last_and_next_weekdays_around_a_saturday() {
    check(
        "d12",
        &[
            ("la nuit de vendredi à samedi", Time, "2016-09-09TNI", None),
            ("lundi", Date, "2016-09-12", None),
            ("Cet été", Date, "2016-SU", None),
            ("5 octobre", Date, "2016-10-05", None),
            ("samedi dernier", Date, "2016-09-03", None),
            ("14 h 30", Time, "2016-09-07T14:30", None),
            ("dimanche prochain", Date, "2016-09-11", None),
        ],
    );
}

#[test]
fn a_century_in_roman_numerals() {
    check(
        "d13",
        &[
            ("ce lundi", Date, "2015-09-28", None),
            ("fin d'après-midi", Time, "2015-09-28TAF", Some("END")),
            ("cette année", Date, "2015", None),
            ("dimanche soir", Time, "2015-09-27TEV", None),
            ("XXIe siècle", Date, "20", None),
        ],
    );
}

#[test]
fn seasons_mid_month_and_the_year_ahead() {
    check(
        "d14",
        &[
            ("dimanche", Date, "2016-04-03", None),
            ("près de quarante ans", Duration, "P40Y", Some("APPROX")),
            ("l'automne", Date, "2016-FA", None),
            ("mi-avril", Date, "2016-04", Some("MID")),
            ("la fin de l'année", Date, "2016", Some("END")),
            ("Le mois dernier", Date, "2016-03", None),
            ("l'année prochaine", Date, "2017", None),
        ],
    );
}

#[test]
fn early_next_week_and_early_february() {
    check(
        "d15",
        &[
            ("jeudi soir", Time, "2016-12-22TEV", None),
            ("la mi-novembre", Date, "2016-11", Some("MID")),
            ("début de semaine prochaine", Date, "2016-W52", Some("START")),
            ("Ces dernières semaines", Duration, "PXW", None),
            ("début février", Date, "2017-02", Some("START")),
        ],
    );
}

#[test]
fn by_the_end_of_march_is_ahead() {
    check(
        "d16",
        &[
            ("ce jeudi", Date, "2017-02-02", None),
            ("la fin mars", Date, "2017-03", Some("END")),
            ("printemps 2019", Date, "2019-SP", None),
            ("Mercredi", Date, "2017-02-01", None),
            ("23 juin dernier", Date, "2016-06-23", None),
            ("la semaine prochaine", Date, "2017-W06", None),
        ],
    );
}
