use super::*;
use crate::corpus::{Resolution, TimexType};
use proptest::prelude::*;

fn rules() -> &'static TimexRules {
    static RULES: std::sync::OnceLock<TimexRules> = std::sync::OnceLock::new();
    RULES.get_or_init(|| TimexRules::load(&DataSource::Embedded).expect("embedded timex data loads"))
}

fn tag(text: &str, dct: Option<&str>) -> Vec<Timex> {
    let dct = dct.map(|d| d.parse().expect("test DCT"));
    extract(text, &[Span::new(0, text.len())], dct, rules())
}

/// (extent, value) pairs.
fn values(text: &str, dct: Option<&str>) -> Vec<(String, String)> {
    tag(text, dct).into_iter().map(|t| (t.span.slice(text).to_string(), t.value)).collect()
}

fn find<'a>(timexes: &'a [Timex], text: &str, extent: &str) -> &'a Timex {
    timexes
        .iter()
        .find(|t| t.span.slice(text) == extent)
        .unwrap_or_else(|| panic!("no timex {extent:?} in {:?}", values(text, None)))
}

fn pair(extent: &str, value: &str) -> (String, String) {
    (extent.to_string(), value.to_string())
}

#[test]
fn day_and_month_in_the_months_before_publication() {
    let text = "Vladimir Poutine et Donald Trump se sont entretenus le 28 janvier.";
    assert_eq!(values(text, Some("2017-02-14")), vec![pair("le 28 janvier", "2017-01-28")]);
    let t = tag(text, Some("2017-02"));
    assert_eq!(t[0].value, "2017-01-28");
    assert_eq!(t[0].resolution, Resolution::PublicationDate);
}

#[test]
fn a_month_abbreviated_with_a_period_is_one_date_with_its_year() {
    let dct = Some("2016-11-20");
    let text =
        "Les pourparlers ont repris le 7 nov. 2016 à Genève, après la rupture du 3 oct., puis le 15 déc.";
    assert_eq!(
        values(text, dct),
        vec![
            pair("le 7 nov. 2016", "2016-11-07"),
            pair("3 oct.", "2016-10-03"),
            pair("le 15 déc", "2016-12-15")
        ]
    );
    // "sept" is seven, and September after a day or before its period and a year.
    let text = "Le 21 sept., après sept jours d'une trêve conclue en sept. 2016, le convoi a été frappé.";
    assert_eq!(
        values(text, dct),
        vec![pair("Le 21 sept.", "2016-09-21"), pair("sept jours", "P7D"), pair("sept. 2016", "2016-09")]
    );
    assert_eq!(values("Ils étaient sept, le 2 mars 2016.", dct), vec![pair("le 2 mars 2016", "2016-03-02")]);
    assert_eq!(values("Le bilan du 4 sept 2015 : sept morts.", dct), vec![pair("4 sept 2015", "2015-09-04")]);
}

#[test]
fn past_tense_takes_the_most_recent_past_date() {
    let text = "Le 3 octobre, les États-Unis ont suspendu les discussions bilatérales.";
    assert_eq!(values(text, Some("2017-02-14")), vec![pair("Le 3 octobre", "2016-10-03")]);
    let future = "Le 3 octobre, les deux pays signeront l'accord.";
    assert_eq!(values(future, Some("2017-02-14")), vec![pair("Le 3 octobre", "2017-10-03")]);
}

#[test]
fn a_fronted_date_told_in_the_past_is_behind_however_near_ahead() {
    // Three weeks ahead would be nearer than eleven months back: the fronted date is the day of
    // its clause's act, and that act is done.
    let done = "Le 3 mars, les deux ministres ont signé un accord de coopération.";
    assert_eq!(values(done, Some("2017-02-10")), vec![pair("Le 3 mars", "2016-03-03")]);
    let ahead = "Le 3 mars, les deux ministres signeront un accord de coopération.";
    assert_eq!(values(ahead, Some("2017-02-10")), vec![pair("Le 3 mars", "2017-03-03")]);
    // Not fronted, the date may qualify what the verb names: the calendar still weighs.
    let named = "Ils ont annoncé un scrutin le 3 mars.";
    assert_eq!(values(named, Some("2017-02-10")), vec![pair("le 3 mars", "2017-03-03")]);
}

#[test]
fn the_length_of_a_span_is_a_duration_not_an_offset() {
    let text =
        "Mercredi, Kiev a promis le retrait des armes lourdes dans un délai de deux semaines après le \
                cessez-le-feu.";
    let t = tag(text, Some("2015-02-12"));
    let span = find(&t, text, "deux semaines");
    assert_eq!((span.kind, span.value.as_str()), (TimexType::Duration, "P2W"));
    // Without the noun of a span, the same words count from the day told last.
    let offset = "Mercredi, Kiev a promis le retrait des armes lourdes deux semaines après.";
    assert_eq!(find(&tag(offset, Some("2015-02-12")), offset, "deux semaines après").value, "2015-02-25");
}

#[test]
fn the_weekend_after_a_preposition_is_the_one_the_tense_points_to() {
    // Published on a Wednesday: the weekend gone by, or the one ahead.
    let gone = "Depuis le week-end, des milliers de personnes ont été arrêtées.";
    assert_eq!(values(gone, Some("2016-07-20")), vec![pair("le week-end", "2016-W28-WE")]);
    let ahead = "Des manifestations auront lieu au cours du week-end.";
    assert_eq!(values(ahead, Some("2016-07-20")), vec![pair("week-end", "2016-W29-WE")]);
    assert_eq!(
        values("Il pleut depuis le week-end dernier.", Some("2016-07-20")),
        vec![pair("le week-end dernier", "2016-W28-WE")]
    );
    // After a verb with no preposition, a habit: no date.
    assert!(values("Les magasins ferment le week-end.", Some("2016-07-20")).is_empty());
}

#[test]
fn a_clock_time_opening_a_span_is_a_time_of_the_day_of_its_clause() {
    let text = "Le cessez-le-feu est entré en vigueur lundi à partir de 19 heures.";
    let t = tag(text, Some("2016-09-14"));
    let at = find(&t, text, "19 heures");
    assert_eq!((at.kind, at.value.as_str()), (TimexType::Time, "2016-09-12T19:00"));
}

#[test]
fn another_day_alone_after_a_dated_one_takes_its_month() {
    let text = "Une trêve a été conclue le 12 septembre, une autre le 19.";
    assert_eq!(
        values(text, Some("2016-09-24")),
        vec![pair("le 12 septembre", "2016-09-12"), pair("le 19", "2016-09-19")]
    );
}

#[test]
fn weekday_of_the_publication_week_by_tense() {
    let said = "« Nous le regrettons », a regretté mercredi le ministre.";
    assert_eq!(values(said, Some("2015-10-14")), vec![pair("mercredi", "2015-10-14")]);
    assert_eq!(values(said, Some("2015-10-17")), vec![pair("mercredi", "2015-10-14")]);
    let will = "Le ministre se rendra mercredi à Moscou.";
    assert_eq!(values(will, Some("2015-10-17")), vec![pair("mercredi", "2015-10-21")]);
    let last = "Il a démissionné mercredi dernier.";
    assert_eq!(values(last, Some("1999-07-28")), vec![pair("mercredi dernier", "1999-07-21")]);
}

#[test]
fn tomorrow_and_its_weekday() {
    let text = "Les ministres se retrouveront demain (mercredi) à Genève.";
    assert_eq!(
        values(text, Some("2015-10-13")),
        vec![pair("demain", "2015-10-14"), pair("mercredi", "2015-10-14")]
    );
}

#[test]
fn a_weekday_next_to_a_relative_day_settles_it() {
    // Reported speech: "demain" was said the day before publication; "(mercredi)" tells which day.
    let text = "« Nous aurons une discussion demain (mercredi) », avait annoncé Ashton Carter.";
    assert_eq!(
        values(text, Some("2015-10-14")),
        vec![pair("demain", "2015-10-14"), pair("mercredi", "2015-10-14")]
    );
}

#[test]
fn an_offset_from_an_event_in_apposition_names_the_same_date() {
    let text = "Poutine avait informé Obama le 28 septembre à New York, soit deux jours avant le début de l'intervention.";
    let t = tag(text, Some("2015-10-14"));
    let x = find(&t, text, "deux jours avant");
    assert_eq!((x.value.as_str(), x.resolution), ("2015-09-28", Resolution::PreviousDate));
}

#[test]
fn an_offset_from_an_event_dated_in_the_same_phrase_counts_from_that_date() {
    let text = "Le président a parlé lundi. Trois jours après les attentats qui ont fait 129 morts vendredi \
                soir à Paris, il a demandé la prolongation de l'état d'urgence.";
    let t = tag(text, Some("2015-11-16"));
    let after = find(&t, text, "Trois jours après");
    assert_eq!((after.value.as_str(), after.anchor.as_deref()), ("2015-11-16", Some("2015-11-13")));
    // Set off after a dated clause, it names that clause's date (see above), whatever follows.
    let text = "Elle est devenue mercredi Première ministre, trois semaines après le référendum du 23 juin.";
    let t = tag(text, Some("2016-07-14"));
    assert_eq!(find(&t, text, "trois semaines après").value, "2016-07-13");
    // "Première ministre" is no first of the month: days are masculine ("le premier octobre").
    assert_eq!(find(&t, text, "mercredi").value, "2016-07-13");
}

#[test]
fn an_offset_with_no_date_before_counts_from_the_event_its_phrase_dates() {
    // Nothing told before: the date in the offset's own phrase is the event's, not the offset's.
    let text = "Trois jours après les attentats du 13 novembre, le président a parlé au Congrès.";
    let t = tag(text, Some("2015-12-20"));
    let after = find(&t, text, "Trois jours après");
    assert_eq!((after.value.as_str(), after.anchor.as_deref()), ("2015-11-16", Some("2015-11-13")));
    let text = "Le ministre a démissionné deux semaines avant le scrutin du 20 mars.";
    assert_eq!(find(&tag(text, Some("2016-05-02")), text, "deux semaines avant").value, "2016-03-06");
    // A date past the phrase's comma is the day of the clause the offset is set before.
    let text = "Trois jours après les attentats, le président a parlé lundi au Congrès.";
    assert_eq!(find(&tag(text, Some("2015-11-18")), text, "Trois jours après").value, "2015-11-16");
}

#[test]
fn the_day_after_an_event_dated_right_after_counts_from_that_date() {
    // The first date of the article: counted from the scrutiny's date, not the publication's.
    let text = "Il avait reconnu sa défaite au lendemain du scrutin du 1er décembre.";
    let t = tag(text, Some("2017-01-20"));
    let next = find(&t, text, "lendemain");
    assert_eq!((next.value.as_str(), next.anchor.as_deref()), ("2016-12-02", Some("2016-12-01")));
    let text = "Le 3 mars, il a signé. La veille du sommet de jeudi, il a parlé.";
    let t = tag(text, Some("2017-03-10"));
    assert_eq!(find(&t, text, "La veille").value, "2017-03-08");
    // With no date in its phrase, the day before the date told last.
    let text = "Le 3 mars, il a signé. Le lendemain de la signature, il est parti.";
    let t = tag(text, Some("2017-03-10"));
    assert_eq!(find(&t, text, "Le lendemain").value, "2017-03-04");
}

#[test]
fn a_plural_noun_ending_like_a_first_person_future_is_no_future() {
    // "patrons" ends like "nous signerons": without "nous", no future, so the past tense of the
    // clause dates Thursday.
    let text = "Le président a rencontré les patrons à Washington jeudi.";
    assert_eq!(values(text, Some("2015-09-26")), vec![pair("jeudi", "2015-09-24")]);
    let text = "Nous les rencontrerons jeudi.";
    assert_eq!(values(text, Some("2015-09-26")), vec![pair("jeudi", "2015-10-01")]);
}

#[test]
fn an_offset_from_an_event_yet_to_come_is_a_duration() {
    let text = "Le traité, signé le 12 décembre, entrera en vigueur trente jours après sa ratification. \
                Les élus voteront deux jours avant le scrutin.";
    let t = tag(text, Some("2016-04-22"));
    let after = find(&t, text, "trente jours");
    assert_eq!((after.value.as_str(), after.kind), ("P30D", TimexType::Duration));
    assert_eq!(after.span.slice(text), "trente jours", "\"après\" is a signal, out of the extent");
    assert_eq!(find(&t, text, "deux jours").value, "P2D");
    // Set off after a clause with no date of its own: that clause's date, which is not known.
    let text = "Samedi, l'agence a certifié le respect de l'accord. Les sanctions ont été levées, six mois \
                après la signature de l'accord.";
    assert_eq!(find(&tag(text, Some("2016-01-17")), text, "six mois").value, "P6M");
    // Told in the past, the event it counts from is the date mentioned last (see above).
    let text = "Le putsch a échoué le 16 juillet. Deux jours avant le putsch, il avait rencontré le chef d'état-major.";
    assert_eq!(find(&tag(text, Some("2016-07-18")), text, "Deux jours avant").value, "2016-07-14");
}

#[test]
fn the_eve_of_an_event_set_off_after_a_dated_clause_is_that_date() {
    let text = "Le président a rencontré vendredi à Damas l'envoyé de l'ONU, la veille de la reprise des \
                négociations. Il est reparti au lendemain du sommet.";
    let t = tag(text, Some("2016-03-11"));
    let eve = find(&t, text, "la veille");
    assert_eq!((eve.value.as_str(), eve.resolution), ("2016-03-11", Resolution::PreviousDate));
    // Not set off after a date of its clause: the day after the last date mentioned.
    assert_eq!(find(&t, text, "lendemain").value, "2016-03-12");
    // Set off, but the eve of no event: the day before the date mentioned last.
    let text = "Le sommet s'est ouvert mardi à Minsk, la veille, les ministres s'étaient réunis.";
    assert_eq!(find(&tag(text, Some("2016-03-11")), text, "la veille").value, "2016-03-07");
}

#[test]
fn a_weekday_joined_to_a_weekday_is_the_next_such_day() {
    // Published on a Friday: alone, a past "samedi" would be the day before last.
    let text = "Les ministres réunis vendredi et samedi à Vienne ont décidé de relancer le processus.";
    let got = values(text, Some("2016-03-11"));
    assert_eq!(got, vec![pair("vendredi", "2016-03-11"), pair("samedi", "2016-03-12")]);
    let range = "Les négociations dureront de lundi à mercredi.";
    assert_eq!(values(range, Some("2016-03-11"))[1], pair("mercredi", "2016-03-16"));
}

#[test]
fn an_auxiliary_and_a_short_participle_make_a_past() {
    // "ont fait" ends like an imperfect; after "ont" it is a participle: the Thursday before.
    let text = "Les combats de jeudi ont fait 30 morts.";
    assert_eq!(values(text, Some("2016-03-14")), vec![pair("jeudi", "2016-03-10")]);
}

#[test]
fn a_day_counted_from_a_quoted_speaker_anchors_nothing() {
    let text = "L'AIEA a donné son feu vert samedi soir. « Aujourd'hui est un bon jour », s'est félicité \
                John Kerry, arrivé à Vienne la veille.";
    let t = tag(text, Some("2016-01-17"));
    assert_eq!(find(&t, text, "Aujourd'hui").value, "2016-01-17");
    // The eve of Saturday, the day the narrative is at, not of the quote's "today".
    assert_eq!(find(&t, text, "la veille").value, "2016-01-15");
    // A quote opened in an earlier sentence closes in this one: what follows is narrative.
    let text = "Il a parlé samedi. « Nous refusons. Il n'y a pas d'alternative », a dit mardi Jarba. La veille, rien.";
    assert_eq!(find(&tag(text, Some("2016-01-20")), text, "La veille").value, "2016-01-18");
}

#[test]
fn a_judged_day_is_no_duration() {
    let text = "Cuba a salué « un jour historique » et « une année décisive ». La trêve a duré un jour.";
    assert_eq!(values(text, Some("2016-09-27")), vec![pair("un jour", "P1D")]);
}

#[test]
fn a_season_of_a_past_or_future_act_is_that_years() {
    let dct = Some("2016-09-26");
    assert_eq!(values("Au printemps, Kiev avait accusé Moscou.", dct), vec![pair("printemps", "2016-SP")]);
    assert_eq!(values("Kiev accusera Moscou au printemps.", dct), vec![pair("printemps", "2017-SP")]);
    // In the present, a season in general.
    assert_eq!(values("En été, le tourisme explose.", dct), vec![pair("été", "XXXX-SU")]);
}

#[test]
fn modal_futures_and_past_infinitives_are_tense_cues() {
    // "a ajouté" is further than "doivent": January to come.
    let text = "Des négociations doivent s'ouvrir fin janvier à Astana, a ajouté le président.";
    assert_eq!(values(text, Some("2016-12-29")), vec![pair("fin janvier", "2017-01")]);
    // "après avoir reçu lundi": the Monday before, whatever the main verb says.
    let text = "M. Hollande doit rencontrer jeudi M. Poutine, après avoir reçu lundi M. Cameron.";
    assert_eq!(find(&tag(text, Some("2015-11-24")), text, "lundi").value, "2015-11-23");
    // "avoir lieu" is no past.
    let text = "Le vote pourrait avoir lieu samedi.";
    assert_eq!(values(text, Some("2016-10-06")), vec![pair("samedi", "2016-10-08")]);
}

#[test]
fn weekday_must_agree_with_the_year() {
    let text = "la première ayant eu lieu jeudi 1er octobre après le début des frappes";
    assert_eq!(values(text, Some("2015-10-06")), vec![pair("jeudi 1er octobre", "2015-10-01")]);
    // Seen from September 2016, only 1 October 2015 is a Thursday.
    assert_eq!(values(text, Some("2016-09-20")), vec![pair("jeudi 1er octobre", "2015-10-01")]);
}

#[test]
fn weekdays_with_a_list_of_days() {
    let text = "L'espace aérien turc a été violé samedi et dimanche (les 3 et 4 octobre).";
    assert_eq!(
        values(text, Some("2015-10-06")),
        vec![
            pair("samedi", "2015-10-03"),
            pair("dimanche", "2015-10-04"),
            pair("les 3", "2015-10-03"),
            pair("4 octobre", "2015-10-04"),
        ]
    );
}

#[test]
fn weekdays_take_the_dates_listed_after_them() {
    // Seen two weeks later, the weekdays alone would be the last weekend; the dates settle them.
    let text = "L'espace aérien turc a été violé samedi et dimanche (les 3 et 4 octobre).";
    assert_eq!(
        values(text, Some("2015-10-20")),
        vec![
            pair("samedi", "2015-10-03"),
            pair("dimanche", "2015-10-04"),
            pair("les 3", "2015-10-03"),
            pair("4 octobre", "2015-10-04"),
        ]
    );
}

#[test]
fn about_ten_days_ago_is_approximate() {
    let text = "Les travaux ont commencé il y a une dizaine de jours.";
    let t = tag(text, Some("2015-10-17"));
    let x = find(&t, text, "il y a une dizaine de jours");
    assert_eq!(x.value, "2015-10-07");
    assert_eq!(x.modifier.as_deref(), Some("APPROX"));
    assert!(x.approximate());
}

#[test]
fn offsets_count_from_the_date_last_mentioned() {
    let text =
        "Le 30 septembre, la Russie a lancé ses frappes. Dix jours plus tard, les avions se sont croisés. \
                Poutine avait prévenu Obama deux jours avant.";
    let t = tag(text, Some("2015-10-17"));
    let later = find(&t, text, "Dix jours plus tard");
    assert_eq!(later.value, "2015-10-10");
    assert_eq!(later.resolution, Resolution::PreviousDate);
    assert_eq!(later.anchor.as_deref(), Some("2015-09-30"));
    let before = find(&t, text, "deux jours avant");
    assert_eq!(before.value, "2015-10-08");
    assert_eq!(before.anchor.as_deref(), Some("2015-10-10"));
}

#[test]
fn eve_and_day_after_count_from_the_date_last_mentioned() {
    let text = "La trêve a été signée le 9 septembre à Genève. La veille, Kerry avait appelé Lavrov. \
                Le lendemain, les combats ont repris.";
    let t = tag(text, Some("2016-09-28"));
    let eve = find(&t, text, "La veille");
    assert_eq!((eve.value.as_str(), eve.resolution), ("2016-09-08", Resolution::PreviousDate));
    assert_eq!(eve.anchor.as_deref(), Some("2016-09-09"));
    // "La veille, … avait appelé" looks back from the signing in the pluperfect; "Le lendemain, les
    // combats ont repris", back in the story's tense, is the morrow of the signing (it was taken
    // as the morrow of the eve, the date mentioned last: 2016-09-09).
    assert_eq!(find(&t, text, "Le lendemain").value, "2016-09-10");
}

#[test]
fn the_same_day_as_a_year_is_the_publication_day() {
    let text = "Les relations s'étaient dégradées dès 2009. Le même jour, Ankara a écrit à Moscou.";
    let t = tag(text, Some("2016-06-27"));
    let same = find(&t, text, "Le même jour");
    assert_eq!((same.value.as_str(), same.resolution), ("2016-06-27", Resolution::PublicationDate));
    assert_eq!(same.anchor, None);
}

#[test]
fn numbers_joined_by_et_without_hyphens_are_one_number() {
    let dct = Some("2016-05-27");
    assert_eq!(
        values("Il y a soixante et onze ans, la bombe tombait.", dct),
        [pair("Il y a soixante et onze ans", "1945")]
    );
    assert_eq!(
        values("Il y a vingt et un ans, le traité était signé.", dct),
        [pair("Il y a vingt et un ans", "1995")]
    );
    assert_eq!(values("depuis trente et un jours", dct), [pair("trente et un jours", "P31D")]);
    // Not a number: two counts joined by "et".
    assert_eq!(values("pendant deux et trois jours", dct), [pair("trois jours", "P3D")]);
}

#[test]
fn days_and_weeks_relative_to_publication() {
    let text = "Hier, il a parlé. Aujourd'hui, il se tait. La semaine dernière, il avait voyagé.";
    assert_eq!(
        values(text, Some("2015-10-14")),
        vec![
            pair("Hier", "2015-10-13"),
            pair("Aujourd'hui", "2015-10-14"),
            pair("La semaine dernière", "2015-W41")
        ]
    );
    let t = tag(text, Some("2015-10-14"));
    assert!(t.iter().all(|x| x.resolution == Resolution::PublicationDate));
    assert_eq!(values("ce week-end", Some("2003-02-04")), vec![pair("ce week-end", "2003-W06-WE")]);
    assert_eq!(
        values("Ils se sont rendus ce week-end à Saint-Gervais.", Some("2003-02-04")),
        vec![pair("ce week-end", "2003-W05-WE")]
    );
}

#[test]
fn months_and_years() {
    let text = "Les frappes ont commencé en octobre 2015 et devraient durer jusqu'en juin prochain.";
    assert_eq!(
        values(text, Some("2016-02-01")),
        vec![pair("octobre 2015", "2015-10"), pair("juin prochain", "2016-06")]
    );
    let t = tag(text, Some("2016-02-01"));
    assert_eq!(t[0].resolution, Resolution::Absolute);
    assert_eq!(values("En 1995, il a ouvert une supérette.", None), vec![pair("1995", "1995")]);
    assert_eq!(values("Plus de 1500 personnes ont défilé.", None), vec![]);
    assert_eq!(values("début octobre", Some("2002-09-14"))[0].1, "2002-10");
    let end = tag("à la fin de l'année dernière", Some("2003-02-23"));
    assert_eq!((end[0].value.as_str(), end[0].modifier.as_deref()), ("2002", Some("END")));
}

#[test]
fn a_year_before_a_word_that_opens_a_phrase_is_a_year_and_before_a_noun_a_count() {
    let text = "L'Iran a signé l'accord en 2015 afin de suspendre son programme.";
    assert_eq!(values(text, Some("2018-07-05")), vec![pair("2015", "2015")]);
    let text = "Ses alliés ont œuvré pour éviter que l'accord de 2015 n'échoue.";
    assert_eq!(values(text, Some("2018-07-05")), vec![pair("2015", "2015")]);
    let text = "Les deux pays s'étaient affrontés en 1982 lors d'une guerre de 74 jours.";
    assert_eq!(values(text, Some("2018-07-05"))[0], pair("1982", "1982"));
    // A noun after the number: a count, whatever the preposition before it.
    assert_eq!(values("Sur 2015 personnes interrogées, la moitié a répondu.", None), vec![]);
    assert_eq!(values("Il y avait 2000 soldats sur place et 1500 manifestants.", None), vec![]);
}

#[test]
fn dates_with_places_after_them() {
    let text =
        "Le 28 septembre à New York, Poutine a rencontré Obama. Le 30 septembre, les frappes ont commencé.";
    assert_eq!(
        values(text, Some("2015-10-17")),
        vec![pair("Le 28 septembre", "2015-09-28"), pair("Le 30 septembre", "2015-09-30")]
    );
}

#[test]
fn durations() {
    assert_eq!(values("Il négocie depuis deux semaines.", None), vec![pair("deux semaines", "P2W")]);
    assert_eq!(values("au terme de trois ans de tractations", None), vec![pair("trois ans", "P3Y")]);
    assert_eq!(values("Il devance Irvine de 30,4 secondes.", None), vec![pair("30,4 secondes", "PT30.4S")]);
    assert_eq!(values("pendant dix-huit mois", None), vec![pair("dix-huit mois", "P18M")]);
    let t = tag("environ deux mois", None);
    assert_eq!(
        (t[0].value.as_str(), t[0].kind, t[0].modifier.as_deref()),
        ("P2M", TimexType::Duration, Some("APPROX"))
    );
    assert_eq!(values("depuis plusieurs années", None), vec![pair("plusieurs années", "PXY")]);
    assert_eq!(t[0].resolution, Resolution::Absolute);
}

#[test]
fn ages_are_not_durations() {
    assert_eq!(values("Un chauffeur de bus de 38 ans a été agressé.", None), vec![]);
    assert_eq!(values("une femme d'une trentaine d'années", None), vec![]);
    assert_eq!(values("Agée de 90 ans, elle vivait seule.", None), vec![]);
}

#[test]
fn recurrences() {
    let t = tag("Ils achètent chaque jour le journal.", None);
    assert_eq!((t[0].value.as_str(), t[0].kind), ("P1D", TimexType::Set));
    assert_eq!(values("tous les jeudis", None), vec![pair("tous les jeudis", "XXXX-WXX-4")]);
    assert_eq!(values("5 milliards par semestre", None), vec![pair("semestre", "P6M")]);
    assert_eq!(values("le quotidien Le Monde", None), vec![]);
}

#[test]
fn clock_times_and_parts_of_day() {
    let text = "Il a été transporté à l'hôpital mardi vers 21 h 45. Il y est décédé hier matin.";
    let t = tag(text, Some("1999-05-20"));
    assert_eq!(find(&t, text, "mardi").value, "1999-05-18");
    let clock = find(&t, text, "21 h 45");
    assert_eq!((clock.value.as_str(), clock.kind), ("1999-05-18T21:45", TimexType::Time));
    assert_eq!(find(&t, text, "hier matin").value, "1999-05-19TMO");
    assert_eq!(
        values("Vers 0 h 40, jeudi, deux voitures se suivaient.", Some("2003-02-22"))[0].1,
        "2003-02-20T00:40"
    );
    assert_eq!(
        values("ce soir à 21h30", Some("1999-07-28")),
        vec![pair("ce soir", "1999-07-28TEV"), pair("21h30", "1999-07-28T21:30")]
    );
}

#[test]
fn the_night_from_one_day_to_the_next_is_dated_by_the_first() {
    let text = "Le putsch de la nuit de vendredi à samedi a échoué.";
    assert_eq!(values(text, Some("2016-07-18")), vec![pair("la nuit de vendredi à samedi", "2016-07-15TNI")]);
    let text = "Des frappes ont eu lieu dans la nuit de mardi.";
    assert_eq!(values(text, Some("2016-07-21")), vec![pair("la nuit de mardi", "2016-07-19TNI")]);
}

#[test]
fn last_season_is_the_one_before_the_season_of_publication() {
    let last_autumn = |dct| values("L'automne dernier, une tentative avait échoué.", Some(dct));
    assert_eq!(last_autumn("2015-10-21"), vec![pair("L'automne dernier", "2014-FA")]);
    assert_eq!(last_autumn("2015-12-21"), vec![pair("L'automne dernier", "2015-FA")]);
    assert_eq!(
        values("L'été dernier, une tentative avait échoué.", Some("2015-10-21")),
        vec![pair("L'été dernier", "2015-SU")]
    );
}

#[test]
fn vague_references() {
    assert_eq!(
        values("Il est actuellement à Paris, où il était récemment, et désormais tout change.", None),
        vec![
            pair("actuellement", "PRESENT_REF"),
            pair("récemment", "PAST_REF"),
            pair("désormais", "PRESENT_REF")
        ]
    );
    assert_eq!(
        values("dans les prochains jours et ces derniers mois", None),
        vec![pair("les prochains jours", "PXD"), pair("ces derniers mois", "PXM")]
    );
}

#[test]
fn without_publication_date_values_keep_placeholders() {
    let t = tag("Le 3 octobre, ils ont suspendu les discussions. Mercredi, ils ont repris.", None);
    assert_eq!((t[0].value.as_str(), t[0].resolution), ("XXXX-10-03", Resolution::Unresolved));
    assert_eq!((t[1].value.as_str(), t[1].resolution), ("XXXX-WXX-3", Resolution::Unresolved));
    let hier = tag("hier", None);
    assert_eq!((hier[0].value.as_str(), hier[0].resolution), ("XXXX-XX-XX", Resolution::Unresolved));
}

#[test]
fn month_only_publication_date_keeps_what_is_knowable() {
    let t = tag("Il l'a dit mercredi.", Some("2017-02"));
    assert_eq!(t[0].value, "2017-02-XX");
    assert_eq!(values("en janvier", Some("2017-02")), vec![pair("janvier", "2017-01")]);
}

#[test]
fn numeric_dates_and_lists() {
    assert_eq!(values("publié le 28/09/2016 à 12h00", None)[0], pair("28/09/2016", "2016-09-28"));
    assert_eq!(
        values("du mercredi 3 avril au samedi 6 avril", Some("2002-04-03")),
        vec![pair("mercredi 3 avril", "2002-04-03"), pair("samedi 6 avril", "2002-04-06")]
    );
    assert_eq!(
        values("auront lieu les 6 et 13 avril prochains", Some("2003-02-24")),
        vec![pair("les 6", "2003-04-06"), pair("13 avril prochains", "2003-04-13")]
    );
}

#[test]
fn malformed_data_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("timex")).unwrap();
    std::fs::write(dir.path().join("timex/words.tsv"), "# comment\njanvier\tmonth\t13\n").unwrap();
    let err = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap_err().to_string();
    assert!(err.contains("words.tsv:2"), "{err}");
    // A holiday is valued month × 100 + day.
    std::fs::write(dir.path().join("timex/words.tsv"), "noël\tholiday\t2512\n").unwrap();
    let err = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap_err().to_string();
    assert!(err.contains("words.tsv:1") && err.contains("out of range"), "{err}");
    // An idiom is a number word's `noun=unit`.
    std::fs::write(dir.path().join("timex/words.tsv"), "huit\tnumw\t8\tjours\n").unwrap();
    let err = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap_err().to_string();
    assert!(err.contains("words.tsv:1") && err.contains("idiom"), "{err}");
    std::fs::write(dir.path().join("timex/words.tsv"), "mars\tmonth\t3\tjours=1W\n").unwrap();
    let err = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap_err().to_string();
    assert!(err.contains("words.tsv:1") && err.contains("idiom"), "{err}");
    std::fs::write(dir.path().join("timex/words.tsv"), vocab::WORDS.embedded).unwrap();
    std::fs::write(dir.path().join("timex/patterns.tsv"), "date\t<month><nosuchclass>\n").unwrap();
    let err = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap_err().to_string();
    assert!(err.contains("patterns.tsv:1") && err.contains("nosuchclass"), "{err}");
}

proptest! {
    #[test]
    fn any_text_gives_sorted_disjoint_spans_on_char_boundaries(text in "\\PC{0,200}", cut in 0usize..200) {
        let cut = (0..=cut.min(text.len())).rev().find(|&c| text.is_char_boundary(c)).unwrap_or(0);
        let sentences = [Span::new(0, cut), Span::new(cut, text.len())];
        for dct in [None, Some("2015-10-14"), Some("2017-02")] {
            let found = extract(&text, &sentences, dct.map(|d| d.parse().unwrap()), rules());
            for t in &found {
                prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
                prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            }
            for w in found.windows(2) {
                prop_assert!(w[0].span.end <= w[1].span.start);
            }
        }
    }

    #[test]
    fn date_like_words_never_panic(words in proptest::collection::vec(
        prop_oneof![
            Just("le"), Just("3"), Just("1er"), Just("octobre"), Just("2015"), Just("mercredi"), Just("h"),
            Just("45"), Just("il"), Just("y"), Just("a"), Just("dizaine"), Just("de"), Just("jours"),
            Just("plus"), Just("tard"), Just("veille"), Just("et"), Just("les"), Just("("), Just(")"),
            Just("dernier"), Just("prochain"), Just("semaine"), Just("99"), Just("31/02/2015"), Just("25h99"),
        ],
        0..20,
    )) {
        let text = words.join(" ");
        for dct in [None, Some("2015-10-14"), Some("2017-02"), Some("2017")] {
            let found = extract(&text, &[Span::new(0, text.len())], dct.map(|d| d.parse().unwrap()), rules());
            for w in found.windows(2) {
                prop_assert!(w[0].span.end <= w[1].span.start);
            }
        }
    }
}

#[test]
fn that_day_and_the_same_day_refer_to_the_date_last_mentioned() {
    let text =
        "Le 3 octobre, les combats ont repris. Ce jour-là, Moscou a protesté. Le même jour, Kerry a appelé.";
    let t = tag(text, Some("2015-10-14"));
    for extent in ["Ce jour-là", "Le même jour"] {
        let x = find(&t, text, extent);
        assert_eq!((x.value.as_str(), x.resolution), ("2015-10-03", Resolution::PreviousDate), "{extent}");
    }
}

#[test]
fn hours_are_counted_unless_a_clock_time_is_meant() {
    // "dernières" is of the extent, as "derniers" is of "les six derniers mois".
    assert_eq!(values("au cours des dernières 24 heures", None), vec![pair("dernières 24 heures", "PT24H")]);
    assert_eq!(
        values("La trêve expirera dans 48 heures.", Some("2015-10-14")),
        vec![pair("dans 48 heures", "2015-10-16")]
    );
    assert_eq!(
        values("La réunion commencera à 9 heures.", Some("2015-10-14")),
        vec![pair("9 heures", "2015-10-14T09:00")]
    );
    let t = tag("Hier, en fin de journée, l'accord a été signé.", Some("2015-10-14"));
    let x = find(&t, "Hier, en fin de journée, l'accord a été signé.", "fin de journée");
    assert_eq!((x.value.as_str(), x.modifier.as_deref()), ("2015-10-13TDT", Some("END")));
}

#[test]
fn a_capitalised_month_alone_is_a_name() {
    assert_eq!(values("Mars est une planète, Avril un prénom.", Some("2015-10-14")), vec![]);
    assert_eq!(values("Mars 2015 a été froid.", None), vec![pair("Mars 2015", "2015-03")]);
}

#[test]
fn a_capitalised_article_and_noun_inside_a_sentence_name_a_newspaper() {
    assert_eq!(values("Il a été interrogé par Le Matin sur la crise.", Some("2015-10-14")), vec![]);
    // Opening the sentence, or in lowercase, it is the time of day.
    assert_eq!(values("Le matin, il a parlé.", Some("2015-10-14")), vec![pair("Le matin", "2015-10-14TMO")]);
    assert_eq!(values("Il a parlé le matin.", Some("2015-10-14")), vec![pair("le matin", "2015-10-14TMO")]);
}

#[test]
fn this_same_weekday_is_the_one_just_mentioned() {
    let text =
        "La halte-garderie rouvrira lundi 6 septembre. Les inscriptions se feront ce même lundi après-midi.";
    let t = tag(text, Some("1999-09-05"));
    assert_eq!(find(&t, text, "ce même lundi après-midi").value, "1999-09-06TAF");
}

#[test]
fn an_offset_with_no_date_before_it_stays_unresolved() {
    let t = tag("Vingt ans plus tard, rien n'a changé.", Some("2015-10-14"));
    assert_eq!((t[0].value.as_str(), t[0].resolution), ("XXXX", Resolution::Unresolved));
    // An apposition with a comma is an age, not a duration.
    assert_eq!(values("Le jeune homme, 20 ans, a été arrêté.", None), vec![]);
}

#[test]
fn at_an_age_is_no_duration_but_a_sentence_is() {
    assert_eq!(values("À 18 ans, il avait quitté le village.", None), vec![]);
    assert_eq!(values("Il a été condamné à 15 ans de réclusion.", None), vec![pair("15 ans", "P15Y")]);
    assert_eq!(values("chaque printemps", None), vec![pair("chaque printemps", "XXXX-SP")]);
    assert_eq!(
        values("reportée au mois prochain", Some("2002-03-12")),
        vec![pair("mois prochain", "2002-04")]
    );
}

#[test]
fn from_now_to_ten_years_is_a_duration() {
    assert_eq!(values("d'ici à dix ans", None), vec![pair("dix ans", "P10Y")]);
}

#[test]
fn sentences_without_a_digit_or_a_trigger_word_are_skipped() {
    let vocab = &rules().vocab;
    assert!(vocab.trigger.is_some(), "the embedded patterns need trigger words");
    let through = |text: &str| vocab.worth_tokenising(text, 0, text.len());
    assert!(!through("Le président a dit à la presse qu'il était en désaccord avec eux."));
    for text in ["l’an dernier", "en 2015", "MERCREDI", "Eté", "aujourd’hui", "la mi-octobre"] {
        assert!(through(text), "{text}");
    }
    // Inside a longer word, a trigger word is no trigger ("dans", "mardis" are).
    assert!(!through("dans la Marne"));
    // A word ends before a byte that is not an ASCII letter or digit, or at the end.
    for text in
        ["mai", "(mai)", "mai-juin", "en mai", "1", "x1", "l'été", "l’ÉTÉ.", "WEE\u{212A}-END", "_ans_"]
    {
        assert!(through(text), "{text}");
    }
    for text in ["", "maison", "xmai", "Mairie de Paris", "ansx", "amai"] {
        assert!(!through(text), "{text}");
    }
    // "été" after an auxiliary or a plain word is the participle, which the season rule rejects.
    for text in ["Il a été élu.", "a été", "Il n'a pas été reçu, puis n’a été libéré", "l'a été", "Qu'a été"]
    {
        assert!(!through(text), "{text}");
    }
    for text in [
        "Il a été élu l'été dernier.",
        "Il a  été",
        "en été",
        "un été",
        "cet été",
        "x'a été",
        "a été-",
        "a Été",
        "a eté",
        "pas été 2015",
    ] {
        assert!(through(text), "{text}");
    }
    // Inside a word, "été" is none.
    assert!(!through("a étés") && !through("la société"));
    // Only the sentence is read: the word before it is not seen.
    let text = "Il a été élu.";
    assert!(vocab.worth_tokenising(text, 5, text.len()));
    assert!(!vocab.worth_tokenising(text, 3, text.len()));
    assert!(!vocab.worth_tokenising(text, 0, 8));
}

#[test]
fn weak_words_are_told_apart() {
    use trigger::Seen;
    let trigger = trigger::Trigger::with_weak(["mai"], ["été"]).expect("a small trigger");
    for (text, seen) in [
        ("il a été", Seen::Weak),
        ("été", Seen::Weak),
        ("ÉTÉ, puis", Seen::Weak),
        ("été puis mai", Seen::Trigger),
        ("mai puis été", Seen::Trigger),
        ("été 2016", Seen::Trigger),
        ("étéx", Seen::Nothing),
        ("rien", Seen::Nothing),
    ] {
        assert_eq!(trigger.scan(text), seen, "{text}");
        assert_eq!(trigger.is_match(text), seen != Seen::Nothing, "{text}");
    }
}

#[test]
fn a_trigger_without_words_still_finds_digits() {
    let trigger = trigger::Trigger::new([]).expect("a trigger of digits alone");
    assert!(trigger.is_match("le 3") && trigger.is_match("9"));
    assert!(!trigger.is_match("le trois octobre") && !trigger.is_match(""));
}

#[test]
fn ascii_characters_but_k_have_no_other_capital() {
    for c in (0..128u8).map(char::from) {
        let mut class =
            regex_syntax::hir::ClassUnicode::new([regex_syntax::hir::ClassUnicodeRange::new(c, c)]);
        class.case_fold_simple();
        let others: Vec<char> = class
            .iter()
            .flat_map(|r| r.start()..=r.end())
            .filter(|&u| u != c && !u.is_ascii() && u.to_lowercase().eq([c]))
            .collect();
        assert_eq!(others.is_empty(), c != 'k', "{c:?}: {others:?}");
        assert_eq!(trigger::capitals(c).len(), 1 + others.len(), "{c:?}");
    }
}

#[test]
fn a_trigger_word_is_found_in_every_spelling_the_look_up_reads() {
    let spellings = |w: &str| trigger::spellings(w).expect("a few spellings");
    // ASCII capitals are the automaton's business; other capitals and apostrophes are spelt.
    assert_eq!(spellings("mai"), ["mai"]);
    assert_eq!(spellings("week-end"), ["week-end", "wee\u{212A}-end"]);
    assert_eq!(spellings("été"), ["etÉ", "eté", "ÉtÉ", "Été", "étÉ", "été"]);
    assert_eq!(spellings("aujourd'hui").len(), 4);
    assert!(spellings("à").contains(&"a".to_string()));
    assert!(spellings("i\u{307}x").contains(&"İx".to_string()));
    let trigger = trigger::Trigger::new(["été", "jusqu'", "week-end"]).expect("a small trigger");
    for text in ["L'ÉTÉ", "l’Eté dernier", "jusqu’à", "JUSQU`ICI", "un week-end", "WEEK-END", "weeK-end"]
    {
        assert!(trigger.is_match(text), "{text}");
    }
    for text in ["l'étéx", "jusqu", "week-ends", "weekend"] {
        assert!(!trigger.is_match(text), "{text}");
    }
}

/// Whether some pattern matches the tokens of `text[span]` (as the tagger sees them, without
/// the trigger).
fn a_pattern_matches(text: &str, span: Span) -> bool {
    let vocab = &rules().vocab;
    let (mut toks, mut key) = (Vec::new(), String::new());
    tokens::tokenize(text, span.start, span.end, vocab, &mut key, &mut toks);
    let symbols: Vec<u8> = toks.iter().map(|t| vocab::symbol(t.class)).collect();
    vocab.combined().is_match(&symbols)
}

#[test]
fn the_trigger_lets_through_every_sentence_of_real_text_where_a_pattern_matches() {
    let vocab = &rules().vocab;
    let (mut sentences, mut matched, mut skipped) = (0, 0, 0);
    for text in real_texts() {
        for s in crate::parse::segment::sentences(&text, &[]) {
            sentences += 1;
            let through = vocab.worth_tokenising(&text, s.span.start, s.span.end);
            if a_pattern_matches(&text, s.span) {
                matched += 1;
                // Unless its only matches are participles the season rule rejects ("a été").
                let dated = !extract(&text, &[s.span], None, rules_without_trigger()).is_empty();
                assert!(through || !dated, "{:?}", s.span.slice(&text));
            }
            skipped += usize::from(!through);
        }
    }
    // The texts have sentences of both kinds, and the trigger skips some.
    assert!(
        matched > 100 && skipped > 50,
        "{sentences} sentences, {matched} with a match, {skipped} skipped"
    );
}

/// The same rules with every sentence tokenised, and the patterns searched by the combined
/// regex rather than the DFA.
fn rules_without_trigger() -> &'static TimexRules {
    static RULES: std::sync::OnceLock<TimexRules> = std::sync::OnceLock::new();
    RULES.get_or_init(|| {
        let mut rules = TimexRules::load(&DataSource::Embedded).expect("embedded timex data loads");
        rules.vocab.trigger = None;
        rules.vocab.dfa = None;
        rules
    })
}

/// What `text`'s sentences give with the trigger, the DFA and the skips, and without them.
fn same_without_the_trigger(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
    let sentences = crate::parse::segment::sentences(text, &[]);
    let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
    for dct in [None, Some("2015-10-14")] {
        let dct = dct.map(|d| d.parse().unwrap());
        proptest::prop_assert_eq!(
            extract(text, &spans, dct, rules()),
            extract(text, &spans, dct, rules_without_trigger())
        );
    }
    Ok(())
}

#[test]
fn the_trigger_and_the_dfa_change_nothing_on_real_text() {
    assert!(rules().vocab.dfa.is_some(), "the embedded patterns make a DFA");
    for text in real_texts() {
        let sentences = crate::parse::segment::sentences(&text, &[]);
        let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
        for dct in [None, Some("2015-10-14"), Some("2017-02")] {
            let dct = dct.map(|d| d.parse().unwrap());
            assert_eq!(
                extract(&text, &spans, dct, rules()),
                extract(&text, &spans, dct, rules_without_trigger())
            );
        }
    }
}

proptest! {
    #[test]
    fn the_dfa_finds_what_the_combined_regex_finds(
        symbols in proptest::collection::vec(proptest::sample::select(dfa_symbols()), 0..40),
        pos in 0usize..40,
    ) {
        let vocab = &rules().vocab;
        let pos = pos.min(symbols.len());
        let regex = vocab.combined().search(&regex_automata::Input::new(&symbols).span(pos..symbols.len()));
        let regex = regex.map(|m| search::Found { start: m.start(), end: m.end(), pattern: m.pattern().as_usize() });
        prop_assert_eq!(vocab.dfa.as_ref().unwrap().find(&symbols, pos), regex);
    }
}

/// The symbols of the word classes, with more of those the patterns start with.
fn dfa_symbols() -> Vec<u8> {
    let vocab = &rules().vocab;
    let all = (0..vocab.kinds.len() as u16).map(vocab::symbol);
    let common =
        ["num", "num4", "month", "det", "de", "weekday", "u_day", "un", "numw", "a", "il", "y", "aux"];
    let common = common.iter().filter_map(|c| vocab.class_ids.get(*c)).map(|&id| vocab::symbol(id));
    all.chain(common.clone()).chain(common).collect()
}

fn vocabulary_words() -> Vec<String> {
    let words = vocab::WORDS.embedded.lines().filter(|l| !l.starts_with('#'));
    words.filter_map(|l| l.split('\t').next()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// A word as news may spell it: in capitals, with a typographic apostrophe, with a capital
/// that lost its accent ("Eté"), capitalised; unchanged for any other `spelling`.
fn respelled(word: String, spelling: usize) -> String {
    match spelling {
        0 => word.to_uppercase(),
        1 => word.replace('\'', "’"),
        2 => word.replacen('é', "E", 1),
        3 => word.chars().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c }).collect(),
        _ => word,
    }
}

proptest! {
    #[test]
    fn skipping_sentences_without_trigger_changes_nothing(parts in proptest::collection::vec(
        (any::<proptest::sample::Index>(), 0usize..6, 0usize..10),
        0..12,
    )) {
        static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let words = WORDS.get_or_init(vocabulary_words);
        let fillers = ["dans", "Marne", "l", "aujourd", "x²", "_", "\u{212A}", "3", "ème", "quatre-vingt"];
        let separators = [" ", " ", "-", "'", "’", ", ", "\u{a0}", "²", "_", ". "];
        let mut text = String::new();
        for (pick, spelling, sep) in parts {
            let word = if spelling == 5 { fillers[pick.index(fillers.len())].to_string() } else { pick.get(words).clone() };
            let word = respelled(word, spelling);
            text.push_str(&word);
            text.push_str(separators[sep]);
        }
        same_without_the_trigger(&text)?;
    }
}

proptest! {
    #[test]
    fn skipping_the_participle_after_a_word_changes_nothing(parts in proptest::collection::vec(
        (any::<proptest::sample::Index>(), 0usize..7),
        0..14,
    )) {
        static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        // Words of the classes around "été" in the patterns and the season rule, and others.
        let words = WORDS.get_or_init(|| {
            let vocab = &rules().vocab;
            let around = |w: &String| {
                let class = vocab.entry_of_key(w).map(|e| vocab.entries[e as usize].class);
                class.is_some_and(|c| {
                    matches!(
                        vocab.kinds[c as usize],
                        Kind::Aux | Kind::Det | Kind::Ce | Kind::De | Kind::Dernier | Kind::Prochain | Kind::Les
                            | Kind::NumWord | Kind::Un
                    )
                })
            };
            let mut words: Vec<String> = vocabulary_words().into_iter().filter(around).collect();
            let others = [
                "été", "été", "été", "été", "été", "Été", "ÉTÉ", "Eté", "eté", "étés", "l'", "n'", "n’", "qu'",
                "x'", "en", "depuis", "pendant", "durant", "à", "dès", "cet", "chaque", "mois", "hiver", "société",
                "2016", "Il", "a", "ont", "pas", "jamais", "-", "«", "(",
            ];
            words.extend(others.iter().map(|w| w.to_string()));
            words
        });
        let separators = [" ", " ", " ", "", ", ", "\n", "-"];
        let mut text = String::new();
        for (pick, sep) in parts {
            text.push_str(pick.get::<String>(words));
            text.push_str(separators[sep]);
        }
        same_without_the_trigger(&text)?;
    }
}

#[test]
fn every_vocabulary_word_in_every_spelling_gets_through_the_trigger() {
    let spellings = |w: &str| {
        let mut capital = w.chars();
        let capital: String =
            capital.next().map(|c| c.to_uppercase().chain(capital).collect()).unwrap_or_default();
        vec![w.to_string(), w.to_uppercase(), capital, w.replace('\'', "’"), w.replacen('é', "E", 1)]
    };
    let dct = Some("2015-10-14".parse().unwrap());
    for word in vocabulary_words() {
        for w in spellings(&word) {
            for context in ["{}", "trois {}", "le {} dernier", "{} prochain", "ce {}", "_{}_", "(l’{})"] {
                let text = context.replace("{}", &w);
                let all = [Span::new(0, text.len())];
                assert_eq!(
                    extract(&text, &all, dct, rules()),
                    extract(&text, &all, dct, rules_without_trigger()),
                    "{text}"
                );
            }
        }
    }
}

#[test]
fn the_trigger_knows_every_capital_the_look_up_lowercases() {
    let trigger = rules().vocab.trigger.as_ref().expect("the embedded patterns need trigger words");
    let words = vocabulary_words();
    let letters: std::collections::HashSet<char> = words.iter().flat_map(|w| w.chars()).collect();
    // Every character that lowercases to a letter of the vocabulary ('K' and KELVIN SIGN to 'k').
    let capitals: Vec<(char, char)> = (0..=0x10FFFF_u32)
        .filter_map(char::from_u32)
        .filter_map(|u| {
            let mut lower = u.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(c), None) if c != u && letters.contains(&c) => Some((u, c)),
                _ => None,
            }
        })
        .collect();
    assert!(capitals.contains(&('\u{212A}', 'k')));
    for word in words.iter().filter(|w| trigger.is_match(w)) {
        for (u, c) in &capitals {
            for (i, _) in word.match_indices(*c) {
                let variant = format!("{}{u}{}", &word[..i], &word[i + c.len_utf8()..]);
                assert!(trigger.is_match(&variant), "{variant}");
            }
        }
    }
}

#[test]
fn a_word_packs_the_same_wherever_it_stands() {
    let text = "le 3 octobre, aujourd'hui, mi-octobre";
    for (start, word) in [(0, "le"), (5, "octobre"), (14, "aujourd'hui"), (30, "octobre")] {
        let end = start + word.len();
        assert_eq!(&text[start..end], word);
        // Far from the end of the text (one load), and near it (byte by byte).
        assert_eq!(vocab::packed(text.as_bytes(), start, end), vocab::packed(word.as_bytes(), 0, word.len()));
    }
    assert_ne!(vocab::packed(b"le", 0, 2), vocab::packed(b"le\0", 0, 3));
}

mod reference_tokens;

proptest! {
    #[test]
    fn keys_are_lowercase_with_straight_apostrophes(word in "[a-zA-Z'`’ʼ\\-éÉİ\u{212A}\u{80}-\u{17f}]{0,12}") {
        let mut key = String::new();
        vocab::normalise_key(&word, &mut key);
        let expected: String = word
            .chars()
            .flat_map(|c| match c {
                '’' | 'ʼ' | '`' => vec!['\''],
                c => c.to_lowercase().collect(),
            })
            .collect();
        prop_assert_eq!(key, expected);
    }
}

proptest! {
    #[test]
    fn numbers_are_padded_as_format_pads_them(n in any::<i32>(), small in 0i64..100_000, width in 0usize..6) {
        for n in [i64::from(n), small] {
            let mut padded = String::from("x");
            calendar::push_padded(&mut padded, n, width);
            prop_assert_eq!(padded, format!("x{n:0width$}"));
        }
        let y = (small % 20_000) as i32 - 5_000;
        prop_assert_eq!(calendar::month_value(y, 7), format!("{y:04}-07"));
        prop_assert_eq!(calendar::at_time("d".into(), 9, 5), "dT09:05");
        for d in [PartialDate::year(y), PartialDate::ym(y, 11).unwrap(), PartialDate::ym(y, 3).unwrap()] {
            prop_assert_eq!(calendar::partial_value(d), d.to_string());
        }
        if let Some(day) = chrono::NaiveDate::from_ymd_opt(y, 2, 9) {
            let d = PartialDate::from_naive(day);
            prop_assert_eq!(calendar::partial_value(d), d.to_string());
        }
    }

    #[test]
    fn word_endings_are_compared_as_bytes_from_the_end(word in "[aeirstué]{0,10}", ending in "[aeirstué]{1,4}") {
        let e = vocab::Ending::new(ending.clone(), vocab::Cue::Past);
        let tail = vocab::last_bytes(word.as_bytes());
        prop_assert_eq!(e.ends(word.as_bytes(), tail), word.ends_with(&ending));
        let long = format!("{ending}{ending}{ending}");
        let e = vocab::Ending::new(long.clone(), vocab::Cue::Past);
        prop_assert_eq!(e.ends(word.as_bytes(), vocab::last_bytes(word.as_bytes())), word.ends_with(&long));
    }
}

#[test]
fn the_quick_letter_tests_agree_with_unicode() {
    // The two-byte letters and the word ends the tokenizer tells by their bytes.
    for c in ('\u{c0}'..='\u{ff}').filter(|&c| c != '×' && c != '÷') {
        assert!(c.is_alphabetic(), "{c:?}");
    }
    for c in ('\u{2000}'..='\u{203f}').chain('\u{80}'..='\u{bf}') {
        let word_goes_on = c.is_alphanumeric() || c == '’';
        let bytes = c.to_string();
        assert_eq!(!word_goes_on, tokens::ends_word(bytes.as_bytes(), 0), "{c:?}");
    }
    for c in
        ('\0'..='\u{ff}').chain('\u{2000}'..='\u{206f}').chain(['Ā', 'Ω', 'ǅ', '\u{212A}', '٣', '\u{301}'])
    {
        assert_eq!(tokens::is_letter(c), c.is_alphabetic(), "{c:?}");
        assert_eq!(tokens::is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
    }
}

/// The tokens of `text[start..end]`, by the tokenizer and by the reference one.
fn both_tokenizers(text: &str, start: usize, end: usize) -> (Vec<tokens::Token>, Vec<tokens::Token>) {
    let vocab = &rules().vocab;
    let (mut fast, mut slow, mut key) = (Vec::new(), Vec::new(), String::new());
    tokens::tokenize(text, start, end, vocab, &mut key, &mut fast);
    reference_tokens::tokenize(text, start, end, vocab, &mut key, &mut slow);
    (fast, slow)
}

/// Texts of real articles: the default corpus, the unseen fixture, and the French TimeBank
/// when it is there.
fn real_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    let read_dir = |dir: std::path::PathBuf, ext: &str| -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .map(|p| std::fs::read_to_string(p).expect("UTF-8 text"))
            .collect()
    };
    texts.extend(read_dir(root.join("data/articles"), "txt"));
    let unseen =
        std::fs::read_to_string(root.join("tests/fixtures/unseen.jsonl")).expect("the unseen fixture");
    for line in unseen.lines().filter(|l| !l.trim().is_empty()) {
        let article: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        texts.push(article["text"].as_str().expect("a text").to_string());
    }
    texts.extend(read_dir(root.join("../shared/data/fr-timebank-dev"), "tml"));
    assert!(texts.len() >= 6, "the default corpus and the unseen fixture are there");
    texts
}

#[test]
fn the_tokenizer_gives_the_reference_tokens_on_real_text() {
    for text in real_texts() {
        let (fast, slow) = both_tokenizers(&text, 0, text.len());
        assert_eq!(fast, slow);
        // Sentence by sentence too: ends inside the text.
        for s in crate::parse::segment::sentences(&text, &[]) {
            let (fast, slow) = both_tokenizers(&text, s.span.start, s.span.end);
            assert_eq!(fast, slow, "{:?}", s.span.slice(&text));
        }
    }
}

proptest! {
    #[test]
    fn the_tokenizer_gives_the_reference_tokens(parts in proptest::collection::vec(
        (any::<proptest::sample::Index>(), 0usize..8, 0usize..31),
        0..16,
    ), cut in 0usize..16) {
        static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let words = WORDS.get_or_init(vocabulary_words);
        let fillers = [
            "Marne", "l", "aujourd", "qu", "ONU", "Etats", "x²", "A380", "3ème", "1er", "21h45", "12:30", "30,4",
            "70.000", "28/09/2016", "2016-09-28", "\u{212A}", "ÉTÉ", "Août", "×", "÷", "naïve", "e\u{301}", "ǅ", "ß",
            "manœuvre", "Œuvre", "n", "c", "l’", "jusqu", "JUSQU", "ª", "µ", "º", "½", "\u{2070}", "ĸ", "ŉ", "ſ",
        ];
        let separators = [
            " ", " ", "-", "'", "’", "ʼ", "`", ", ", "\u{a0}", "\u{202f}", "²", "_", ". ", "\n", "\n\n", "\u{2029}",
            "« ", " »", "(", ")", "—", "…", "\t", "", "«", "»", "°", "’’", "'-", "-'", "’-",
        ];
        let mut text = String::new();
        for (pick, spelling, sep) in parts {
            let word = if spelling >= 6 { fillers[pick.index(fillers.len())].to_string() } else { pick.get(words).clone() };
            let word = respelled(word, spelling);
            text.push_str(&word);
            text.push_str(separators[sep]);
        }
        // Also with the sentence ending inside the text (the text goes on: the packed look-up
        // must not read past the end).
        let cut = (0..=text.len().saturating_sub(cut)).rev().find(|&c| text.is_char_boundary(c)).unwrap_or(0);
        for end in [text.len(), cut] {
            let (fast, slow) = both_tokenizers(&text, 0, end);
            prop_assert_eq!(fast, slow, "{:?}", &text[..end]);
        }
    }
}

#[test]
fn the_nth_quarter_half_or_century() {
    let text = "La croissance a ralenti au quatrième trimestre 2016.";
    assert_eq!(values(text, Some("2017-01-20")), vec![pair("quatrième trimestre 2016", "2016-Q4")]);
    // Without a year: the one a past act puts behind the publication.
    let text = "Le déficit s'est creusé au troisième trimestre.";
    assert_eq!(values(text, Some("2017-02-27")), vec![pair("troisième trimestre", "2016-Q3")]);
    let text = "Les ventes ont progressé au 1er semestre.";
    assert_eq!(values(text, Some("2016-09-10")), vec![pair("1er semestre", "2016-H1")]);
    assert_eq!(values("au XXe siècle", None), vec![pair("XXe siècle", "19")]);
    assert_eq!(values("Au 21e siècle, aucun pays ne peut agir seul.", None), vec![pair("21e siècle", "20")]);
    // No fifth quarter, no ordinal decade.
    assert_eq!(values("le cinquième trimestre", Some("2016-09-10")), vec![]);
}

#[test]
fn centuries_decades_and_quarters_relative_to_publication() {
    let t = tag("limiter le réchauffement d'ici à la fin du siècle", Some("2015-12-12"));
    assert_eq!((t[0].value.as_str(), t[0].modifier.as_deref()), ("20", Some("END")));
    assert_eq!(values("au siècle dernier", Some("2015-12-12")), vec![pair("siècle dernier", "19")]);
    assert_eq!(values("cette décennie", Some("2015-12-12")), vec![pair("cette décennie", "201")]);
    assert_eq!(
        values("le trimestre prochain", Some("2016-05-10")),
        vec![pair("le trimestre prochain", "2016-Q3")]
    );
    assert_eq!(
        values("le semestre dernier", Some("2016-05-10")),
        vec![pair("le semestre dernier", "2015-H2")]
    );
}

#[test]
fn a_counted_last_or_next_period_is_a_duration() {
    let dct = Some("2016-02-12");
    let text = "Au cours des six derniers mois, un million de personnes ont fui.";
    assert_eq!(values(text, dct), vec![pair("six derniers mois", "P6M")]);
    assert_eq!(
        values("les deux prochaines semaines", dct),
        vec![pair("les deux prochaines semaines", "P2W")]
    );
    assert_eq!(values("dans les semaines à venir", dct), vec![pair("les semaines à venir", "PXW")]);
    assert_eq!(values("pour les deux années à venir", dct), vec![pair("les deux années à venir", "P2Y")]);
    // Uncounted, it stays vague.
    assert_eq!(values("Ces derniers jours, il a reculé.", dct), vec![pair("Ces derniers jours", "PXD")]);
}

#[test]
fn midday_and_half_a_century() {
    let text = "Il s'exprimera mercredi à la mi-journée.";
    let t = tag(text, Some("2016-11-07"));
    assert_eq!(find(&t, text, "la mi-journée").value, "2016-11-09TMI");
    assert_eq!(values("en un demi-siècle", None), vec![pair("un demi-siècle", "P50Y")]);
}

#[test]
fn by_a_date_is_ahead_whatever_the_verb() {
    let text = "David Cameron a annoncé vendredi sa démission d'ici à octobre.";
    let t = tag(text, Some("2016-06-24"));
    assert_eq!(find(&t, text, "octobre").value, "2016-10");
    let text = "Theresa May a promis de déclencher l'article 50 d'ici la fin mars.";
    assert_eq!(values(text, Some("2017-02-02")), vec![pair("la fin mars", "2017-03")]);
    // "jusqu'ici" is no "d'ici".
    let text = "Ils s'étaient vus jusqu'ici en mars.";
    assert_eq!(values(text, Some("2017-02-02")), vec![pair("mars", "2016-03")]);
}

#[test]
fn a_participle_set_off_before_a_date_tells_a_past_act() {
    let text = "Les discussions de Genève, ouvertes jeudi, doivent se poursuivre.";
    assert_eq!(values(text, Some("2017-02-27")), vec![pair("jeudi", "2017-02-23")]);
    let text = "L'état d'urgence, déclaré dans la nuit de vendredi à samedi, pourrait être prolongé.";
    let t = tag(text, Some("2015-11-16"));
    assert_eq!(find(&t, text, "la nuit de vendredi à samedi").value, "2015-11-13TNI");
    // "attendu" announces the date.
    let text = "Le président, attendu mardi à Moscou, a annoncé sa venue.";
    assert_eq!(values(text, Some("2016-06-24")), vec![pair("mardi", "2016-06-28")]);
    // Too short to be a participle: "puis" is no "pris".
    let text = "Une réunion est prévue la semaine prochaine, puis à la mi-novembre.";
    let t = tag(text, Some("2015-10-21"));
    assert_eq!(find(&t, text, "la mi-novembre").value, "2015-11");
}

#[test]
fn a_month_or_day_shares_the_year_of_the_next_one() {
    let text = "C'est le troisième attentat, après ceux de janvier et de novembre 2015.";
    let t = tag(text, Some("2016-07-15"));
    assert_eq!(find(&t, text, "janvier").value, "2015-01");
    assert_eq!(find(&t, text, "janvier").resolution, Resolution::Absolute);
    let text = "La trêve a tenu du 28 décembre au 3 janvier 2016.";
    let t = tag(text, Some("2016-06-01"));
    assert_eq!(find(&t, text, "28 décembre").value, "2015-12-28");
    // Not joined: each its own year.
    let text = "Il est venu en janvier. En novembre 2015, il était reparti.";
    let t = tag(text, Some("2016-07-15"));
    assert_eq!(find(&t, text, "janvier").value, "2016-01");
}

#[test]
fn a_pluperfect_never_dates_after_publication() {
    // A compound past only weighs against a date ahead; a pluperfect rules it out.
    let text = "Le 7 janvier, la rédaction de Charlie Hebdo avait déjà été visée.";
    assert_eq!(values(text, Some("2015-11-16")), vec![pair("Le 7 janvier", "2015-01-07")]);
    let text = "Le 7 janvier, les deux pays avaient signé un accord.";
    assert_eq!(values(text, Some("2015-11-16")), vec![pair("Le 7 janvier", "2015-01-07")]);
}

#[test]
fn a_title_s_full_stop_ends_no_clause_for_the_tense() {
    // Sunday 17 January 2016: "avait rencontré" is past, across "M.".
    let text = "Zarif avait rencontré M. Kerry à plusieurs reprises depuis mardi.";
    assert_eq!(values(text, Some("2016-01-17")), [pair("mardi", "2016-01-12")]);
    let text = "Zarif avait rencontré J. Kerry à plusieurs reprises depuis mardi.";
    assert_eq!(values(text, Some("2016-01-17")), [pair("mardi", "2016-01-12")]);
}

#[test]
fn a_present_participle_after_a_comma_keeps_its_own_time() {
    // The inauguration is ahead of the publication date, whatever the pluperfect before.
    let text = "Poutine avait renoncé à riposter, disant attendre l'arrivée de M. Trump le 20 janvier.";
    assert_eq!(values(text, Some("2017-01-07")), [pair("le 20 janvier", "2017-01-20")]);
    // "avant" is no participle: the pluperfect still dates what comes before it.
    let text = "Il avait reconnu sa défaite, avant de se raviser le 9 décembre.";
    assert_eq!(values(text, Some("2017-01-20")), [pair("le 9 décembre", "2016-12-09")]);
}

#[test]
fn a_night_between_two_days_of_a_month_is_one_expression_dated_by_the_first() {
    let text = "Les combats ont repris dans la nuit du 14 au 15 mars près de Palmyre.";
    assert_eq!(values(text, Some("2016-03-16")), [pair("la nuit du 14 au 15 mars", "2016-03-14TNI")]);
    // Its morrow is the second day.
    let text = "L'ambassade a été attaquée dans la nuit du 2 au 3 janvier. Riyad a rompu le lendemain.";
    assert_eq!(find(&tag(text, Some("2016-01-11")), text, "le lendemain").value, "2016-01-03");
}

#[test]
fn a_part_of_the_day_after_a_clock_time_belongs_to_it() {
    let text = "La séance a repris lundi à 8 heures du soir. Elle reprendra à 3 heures de l'après-midi.";
    let t = tag(text, Some("2016-05-10"));
    assert_eq!(find(&t, text, "8 heures du soir").value, "2016-05-09T20:00");
    // Ahead ("reprendra"), it is not on the Monday gone by: the day of publication.
    assert_eq!(find(&t, text, "3 heures de l'après-midi").value, "2016-05-10T15:00");
    let text = "Mardi, vers 2 heures du matin, l'alerte a été donnée.";
    assert_eq!(
        values(text, Some("2016-05-10")),
        [pair("Mardi", "2016-05-10"), pair("2 heures du matin", "2016-05-10T02:00")]
    );
}

#[test]
fn the_hours_before_noon_after_a_night_are_on_its_morrow() {
    let text =
        "Dans la nuit de samedi à dimanche, vers 3 heures, des tirs ont éclaté. Vers 23 heures, la veille, \
                l'armée s'était déployée.";
    let t = tag(text, Some("2016-07-18"));
    assert_eq!(find(&t, text, "3 heures").value, "2016-07-17T03:00");
    let text = "Dans la nuit de samedi à dimanche, vers 23 heures, des tirs ont éclaté.";
    assert_eq!(find(&tag(text, Some("2016-07-18")), text, "23 heures").value, "2016-07-16T23:00");
}

#[test]
fn a_day_alone_after_a_date_of_its_clause_follows_it() {
    let text = "Le Conseil se réunira le 3 mars, puis le 10 à New York.";
    assert_eq!(
        values(text, Some("2016-02-20")),
        [pair("le 3 mars", "2016-03-03"), pair("le 10", "2016-03-10")]
    );
    // Into the next month.
    let text = "Les pourparlers reprendront le 28 février et le 2 à Genève.";
    assert_eq!(find(&tag(text, Some("2016-02-20")), text, "le 2").value, "2016-03-02");
    // With no date before it in its clause, a day alone is not read.
    assert_eq!(values("Il a voté pour, puis le 10 a changé d'avis.", Some("2016-02-20")), []);
}

#[test]
fn what_follows_depuis_has_begun() {
    let text = "Les vols entre les deux pays restent interrompus depuis novembre.";
    assert_eq!(values(text, Some("2016-09-05")), [pair("novembre", "2015-11")]);
    let text = "La frontière reste fermée depuis le 12 octobre.";
    assert_eq!(values(text, Some("2016-09-05")), [pair("le 12 octobre", "2015-10-12")]);
    // "d'ici" is ahead.
    let text = "Le chantier doit être achevé d'ici novembre.";
    assert_eq!(values(text, Some("2016-09-05")), [pair("novembre", "2016-11")]);
}

#[test]
fn a_verb_after_que_is_not_the_tense_of_a_date_before_it() {
    let text = "Il avait indiqué en mars qu'il se déciderait en juin.";
    assert_eq!(values(text, Some("2016-02-10")), [pair("mars", "2015-03"), pair("juin", "2016-06")]);
    // Nor is "qu'" a noun after a year.
    let text = "C'est la première fois depuis 1958 qu'un président renonce.";
    assert_eq!(values(text, Some("2016-12-02")), [pair("1958", "1958")]);
}

#[test]
fn a_date_qualifying_a_noun_is_not_ruled_by_the_pluperfect() {
    // The summit is ahead, though its announcement is told in the pluperfect…
    let text = "Le Kremlin avait annoncé la tenue du sommet du 20 juin.";
    assert_eq!(values(text, Some("2016-06-01")), [pair("20 juin", "2016-06-20")]);
    // …but not what the pluperfect dates itself.
    let text = "Le Kremlin avait annoncé le 20 juin la tenue du sommet.";
    assert_eq!(values(text, Some("2016-06-01")), [pair("le 20 juin", "2015-06-20")]);
}

#[test]
fn a_participle_opening_a_phrase_set_off_tells_a_past_act() {
    // Tuesday 15 March 2016.
    let dct = Some("2016-03-15");
    let text = "Les observateurs, arrivés dans la capitale jeudi, repartiront lundi.";
    assert_eq!(find(&tag(text, dct), text, "jeudi").value, "2016-03-10");
    let text = "Arrivé jeudi à l'Élysée, le ministre rentrera lundi à Kiev.";
    assert_eq!(find(&tag(text, dct), text, "jeudi").value, "2016-03-10");
    let text = "Les États-Unis étaient absents, la nouvelle administration ayant été investie jeudi.";
    assert_eq!(values(text, dct), [pair("jeudi", "2016-03-10")]);
    // A capitalised word opening the sentence may be a name: "Moscou" is no participle.
    let text = "Moscou veut organiser jeudi, à Genève, une réunion.";
    assert_eq!(values(text, dct), [pair("jeudi", "2016-03-17")]);
    // A verb on the way closes the phrase.
    let text = "Les ministres, qui se retrouveront à Bruxelles jeudi, devront trancher.";
    assert_eq!(values(text, dct), [pair("jeudi", "2016-03-17")]);
}

#[test]
fn numbers_that_identify_are_no_years() {
    let text = "Le Conseil a adopté la résolution 2254 et rappelé l'article 1240 du Code civil.";
    assert_eq!(values(text, Some("2015-12-19")), []);
}

#[test]
fn the_last_hours_and_the_days_to_come() {
    let text = "Au cours des dernières 48 heures, et dans les jours qui viennent, les frappes continueront.";
    assert_eq!(
        values(text, Some("2016-04-04")),
        [pair("dernières 48 heures", "PT48H"), pair("les jours qui viennent", "PXD")]
    );
}

#[test]
fn tense_leads_are_read_from_the_data() {
    // With "depuis" read as a lead to the future, last November becomes the next one.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("timex")).unwrap();
    let tense = vocab::TENSE.embedded.replace("lead\tpast\tdepuis", "lead\tfuture\tdepuis");
    assert_ne!(tense, vocab::TENSE.embedded);
    std::fs::write(dir.path().join("timex/tense.tsv"), &tense).unwrap();
    let rules = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap();
    let text = "Les vols restent interrompus depuis novembre.";
    let t = extract(text, &[Span::new(0, text.len())], Some("2016-09-05".parse().unwrap()), &rules);
    assert_eq!(t[0].value, "2016-11");
    std::fs::write(dir.path().join("timex/tense.tsv"), "lead\tsoon\tdepuis\n").unwrap();
    let err = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap_err().to_string();
    assert!(err.contains("tense.tsv:1") && err.contains("soon"), "{err}");
}

#[test]
fn some_day_is_no_duration_of_one() {
    let text = "« Un jour, la Syrie sera libre », a-t-il lancé. Il reviendra un jour.";
    assert_eq!(values(text, Some("2016-05-12")), vec![]);
    let text = "Une grève d'un jour est prévue, et la trêve durera un jour. Ils sont venus pour un jour.";
    assert_eq!(
        values(text, Some("2016-05-12")),
        [pair("un jour", "P1D"), pair("un jour", "P1D"), pair("un jour", "P1D")]
    );
}

#[test]
fn a_day_long_and_a_hundred_days() {
    let text = "Le sommet a été prolongé d'une journée. Le plan prévoit une transition de deux ans.";
    assert_eq!(values(text, Some("2016-05-12")), [pair("une journée", "P1D"), pair("deux ans", "P2Y")]);
    let text = "Une journée noire pour la ville, et les 100 jours du président.";
    assert_eq!(values(text, Some("2016-05-12")), [pair("100 jours", "P100D")]);
}

#[test]
fn a_few_hours_earlier_or_later_is_the_day_told_last() {
    let text = "La trêve a été annoncée mardi. Quelques heures plus tard, les combats reprenaient.";
    let t = tag(text, Some("2016-05-12"));
    let later = find(&t, text, "Quelques heures plus tard");
    assert_eq!((later.kind, later.value.as_str()), (TimexType::Date, "2016-05-10"));
    assert_eq!(later.resolution, Resolution::PreviousDate);
    // A few days or years later name no date.
    let text = "La trêve a été annoncée mardi. Quelques jours plus tard, les combats reprenaient.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "Quelques jours").value, "PXD");
}

#[test]
fn a_promised_act_is_ahead() {
    let text = "Le gouvernement a promis de présenter à l'automne une nouvelle loi.";
    assert_eq!(values(text, Some("2016-03-10")), [pair("l'automne", "2016-FA")]);
    let text = "Le ministre s'est engagé à se rendre jeudi à Kiev.";
    assert_eq!(values(text, Some("2016-05-09")), [pair("jeudi", "2016-05-12")]);
    // Promised on a day: that day is past.
    let text = "Le ministre a promis jeudi de se rendre à Kiev.";
    assert_eq!(values(text, Some("2016-05-09")), [pair("jeudi", "2016-05-05")]);
}

#[test]
fn a_time_ahead_is_on_no_day_gone_by() {
    let text = "L'accord avait été trouvé le 2 avril. Le président parlera à 20 heures.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "20 heures").value, "2016-05-12T20:00");
    let text = "Mardi, le Conseil a siégé. Il a repris ses travaux dans l'après-midi.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "l'après-midi").value, "2016-05-10TAF");
}

#[test]
fn a_clock_time_after_a_part_of_the_day_is_on_its_day() {
    let text = "Jeudi soir, les marchés ont chuté. Le ministre s'est exprimé ce matin à 8 heures.";
    let t = tag(text, Some("2016-06-27"));
    assert_eq!(find(&t, text, "ce matin").value, "2016-06-27TMO");
    assert_eq!(find(&t, text, "8 heures").value, "2016-06-27T08:00");
}

#[test]
fn an_offset_set_off_after_a_date_names_it() {
    let text = "Le précédent essai remontait au 3 mars, six mois plus tôt.";
    assert_eq!(find(&tag(text, Some("2016-09-05")), text, "six mois plus tôt").value, "2016-03");
    let text = "Le sommet s'est tenu le 11 mai. Le 13 mai, deux jours plus tard, l'accord était signé.";
    assert_eq!(find(&tag(text, Some("2016-09-05")), text, "deux jours plus tard").value, "2016-05-13");
}

#[test]
fn a_date_in_a_relative_clause_set_off_is_no_anchor() {
    let text = "L'AIEA a conclu samedi. Son directeur, qui avait pris ses fonctions le 1er décembre, a salué l'accord. \
                Quelques heures plus tôt, la veille au soir, les experts avaient remis leur rapport.";
    let t = tag(text, Some("2016-01-18"));
    assert_eq!(find(&t, text, "Quelques heures plus tôt").value, "2016-01-16");
    assert_eq!(find(&t, text, "la veille au soir").value, "2016-01-15TEV");
}

#[test]
fn a_plan_set_off_in_a_pluperfect_story_is_past() {
    let text = "Le vote, prévu mardi, avait été reporté sine die.";
    assert_eq!(values(text, Some("2016-05-12")), [pair("mardi", "2016-05-10")]);
    // Told in the compound past, it may still be ahead.
    let text = "Le vote, prévu mardi, a été reporté.";
    assert_eq!(values(text, Some("2016-05-12")), [pair("mardi", "2016-05-17")]);
}

#[test]
fn more_or_less_than_a_duration() {
    let t = |text: &str| {
        tag(text, Some("2016-05-12"))
            .into_iter()
            .map(|x| (x.span.slice(text).to_string(), x.value, x.modifier))
            .collect::<Vec<_>>()
    };
    let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), Some(c.to_string()));
    assert_eq!(t("Ils ont parlé plus de cinq heures."), [s("plus de cinq heures", "PT5H", "MORE_THAN")]);
    assert_eq!(t("Le chantier durera moins d'un an."), [s("moins d'un an", "P1Y", "LESS_THAN")]);
    assert_eq!(
        t("L'embargo, imposé il y a plus de cinquante ans."),
        [s("il y a plus de cinquante ans", "1966", "BEFORE")]
    );
    // Counted from an event, it is an offset, read from its number on.
    let text = "L'accord a été signé le 2 mars. Plus de deux ans après l'accord, rien n'a changé.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "deux ans après").kind, TimexType::Date);
}

#[test]
fn a_day_alone_replaced_by_the_date_before_it() {
    let text = "Le vote aura lieu le 8 février, et non plus le 3.";
    assert_eq!(
        values(text, Some("2017-01-24")),
        [pair("le 8 février", "2017-02-08"), pair("le 3", "2017-02-03")]
    );
    let text = "Le sommet s'ouvrira le 2 mars et non le 28.";
    assert_eq!(find(&tag(text, Some("2017-01-24")), text, "le 28").value, "2017-02-28");
    // What follows "puis" is later.
    let text = "Il est venu le 19 juillet, puis le 3.";
    assert_eq!(find(&tag(text, Some("2016-09-24")), text, "le 3").value, "2016-08-03");
}

#[test]
fn the_eve_told_in_the_past_is_not_counted_from_a_day_ahead() {
    // Published on Thursday 12 February 2015; Sunday the 15th is ahead.
    let text = "La trêve doit entrer en vigueur dimanche. La veille, Obama avait téléphoné à Poutine.";
    let t = tag(text, Some("2015-02-12"));
    assert_eq!(find(&t, text, "dimanche").value, "2015-02-15");
    let eve = find(&t, text, "La veille");
    assert_eq!((eve.value.as_str(), eve.resolution), ("2015-02-11", Resolution::PublicationDate));
    // Told ahead, the eve of a day ahead is counted from it.
    let text = "Le sommet aura lieu dimanche. La veille, les ministres se réuniront à Minsk.";
    assert_eq!(find(&tag(text, Some("2015-02-12")), text, "La veille").value, "2015-02-14");
    // A past day told before is still the anchor.
    let text = "Les combats ont repris mardi. La veille, Obama avait téléphoné à Poutine.";
    assert_eq!(find(&tag(text, Some("2015-02-12")), text, "La veille").value, "2015-02-09");
}

#[test]
fn offsets_in_halves_and_to_the_day() {
    let text = "Il y a un an et demi, le pays avait voté. Dans un an et demi, il votera encore.";
    assert_eq!(
        values(text, Some("2016-10-14")),
        [pair("Il y a un an et demi", "2015-04"), pair("Dans un an et demi", "2018-04")]
    );
    let text = "Il y a trois ans jour pour jour, le traité était signé. Il y a six mois jour pour jour, la crise éclatait.";
    assert_eq!(
        values(text, Some("2016-10-14")),
        [
            pair("Il y a trois ans jour pour jour", "2013-10-14"),
            pair("Il y a six mois jour pour jour", "2016-04-14")
        ]
    );
}

#[test]
fn some_time_in_a_month_or_year_and_the_last_part_of_a_year() {
    let text = "Les négociations reprendront courant 2017. Les combats ont repris courant septembre. Au dernier semestre de 2015, la dette a augmenté.";
    assert_eq!(
        values(text, Some("2016-10-14")),
        [
            pair("courant 2017", "2017"),
            pair("courant septembre", "2016-09"),
            pair("dernier semestre de 2015", "2015-H2")
        ]
    );
    // Without a year, "le dernier trimestre" may be the year's last or the last gone by.
    assert!(values("Le dernier trimestre sera difficile.", Some("2016-10-14")).is_empty());
}

#[test]
fn days_with_their_own_determiners_and_days_alone_closing_a_span() {
    let text = "Le sommet s'est tenu le 3 et le 4 octobre 2015.";
    assert_eq!(
        values(text, Some("2016-10-14")),
        [pair("le 3", "2015-10-03"), pair("le 4 octobre 2015", "2015-10-04")]
    );
    let text = "La conférence s'est ouverte le 10 octobre ; le 12, les délégués ont signé.";
    assert_eq!(find(&tag(text, Some("2016-10-14")), text, "le 12").value, "2016-10-12");
    let text =
        "Le salon est ouvert depuis lundi 10 octobre, jusqu'au 16. La trêve court jusqu'au 20 octobre.";
    let t = tag(text, Some("2016-10-14"));
    assert_eq!(find(&t, text, "16").value, "2016-10-16");
    assert_eq!(find(&t, text, "20 octobre").value, "2016-10-20");
    // With no date before it in its clause, a day alone is no date.
    assert!(values("Le texte a été adopté ; le 12 sera débattu.", Some("2016-10-14")).is_empty());
}

#[test]
fn a_part_of_the_day_and_the_days_around_it() {
    // Told in the past, it happened on no day still ahead.
    let text = "Une réunion est prévue le 25 mai. Les cours ont bondi à la mi-journée.";
    assert_eq!(find(&tag(text, Some("2016-11-30")), text, "la mi-journée").value, "2016-11-30TMI");
    // A day told after the verb that follows it is that verb's.
    let text = "Il prêtera serment dans l'après-midi et s'envolera dès jeudi pour la Chine.";
    assert_eq!(find(&tag(text, Some("2016-08-31")), text, "l'après-midi").value, "2016-08-31TAF");
    // Before any verb, the day told after it in its clause is its own.
    let text = "Dans la matinée, les rebelles ont lancé jeudi une offensive.";
    assert_eq!(find(&tag(text, Some("2016-10-14")), text, "la matinée").value, "2016-10-13TMO");
}

#[test]
fn bounded_period_nouns_parts_of_decades_and_the_week_gone_by() {
    let t = tag("Il a régné pendant près d'un demi-siècle, après plus d'une décennie d'exil.", None);
    let v: Vec<_> = t.iter().map(|t| (t.value.as_str(), t.modifier.as_deref())).collect();
    assert_eq!(v, [("P50Y", Some("APPROX")), ("P10Y", Some("MORE_THAN"))]);
    let text = "À la fin des années 1990, le pays était en guerre. Au début des années 2000, tout a changé.";
    let t = tag(text, Some("2016-10-14"));
    let fin = find(&t, text, "la fin des années 1990");
    assert_eq!((fin.value.as_str(), fin.modifier.as_deref()), ("199", Some("END")));
    let debut = find(&t, text, "début des années 2000");
    assert_eq!((debut.value.as_str(), debut.modifier.as_deref()), ("200", Some("START")));
    let text = "Au cours de la semaine écoulée, les prix ont chuté.";
    assert_eq!(values(text, Some("2016-10-14")), [pair("la semaine écoulée", "2016-W40")]);
}

#[test]
fn a_weekday_that_starts_something_is_ahead_a_month_may_be_past() {
    let text = "Le gouvernement a décrété un couvre-feu à partir de mardi.";
    assert_eq!(values(text, Some("2016-10-14")), [pair("mardi", "2016-10-18")]);
    let text = "Les frappes se sont intensifiées à partir de mars.";
    assert_eq!(values(text, Some("2016-10-14")), [pair("mars", "2016-03")]);
    // The class a lead is restricted to must be a word class.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("timex")).unwrap();
    std::fs::write(dir.path().join("timex/tense.tsv"), "lead\tfuture\tà partir de\tjourz\n").unwrap();
    let err = TimexRules::load(&DataSource::Dir(dir.path().to_path_buf())).unwrap_err().to_string();
    assert!(err.contains("tense.tsv:1") && err.contains("jourz"), "{err}");
}

#[test]
fn a_date_after_an_infinitive_of_purpose_is_the_nearest_day_whatever_the_verb_served() {
    // The act aimed at comes with or after the one told in the past: next February, not last.
    let text =
        "Le Parlement a élu mardi l'ancien ministre pour remplacer le président sortant le 1er février.";
    let t = tag(text, Some("2016-11-15"));
    assert_eq!(find(&t, text, "le 1er février").value, "2017-02-01");
    let text = "Les ministres se sont réunis lundi afin de signer l'accord le 9 janvier.";
    let t = tag(text, Some("2016-10-20"));
    assert_eq!(find(&t, text, "le 9 janvier").value, "2017-01-09");
    // Nearest also when it is gone by: the visit served the meeting.
    let text = "Le ministre s'est rendu à Moscou pour rencontrer son homologue le 3 mars.";
    let t = tag(text, Some("2016-03-10"));
    assert_eq!(find(&t, text, "le 3 mars").value, "2016-03-03");
    // "pour le pouvoir": a noun after an article is no infinitive; the past tense weighs.
    let text = "Les deux camps se sont battus pour le pouvoir le 1er février.";
    let t = tag(text, Some("2016-10-20"));
    assert_eq!(find(&t, text, "le 1er février").value, "2016-02-01");
}

#[test]
fn the_last_or_next_weeks_after_des_are_a_duration_without_des() {
    let text = "Les combats se sont intensifiés au cours des derniers jours et devraient durer lors des prochaines semaines.";
    assert_eq!(
        values(text, Some("2016-05-10")),
        vec![pair("derniers jours", "PXD"), pair("prochaines semaines", "PXW")]
    );
    // "les": the determiner stays in the extent, as before.
    assert_eq!(
        values("Ils ont négocié les derniers mois.", Some("2016-05-10")),
        vec![pair("les derniers mois", "PXM")]
    );
}

#[test]
fn a_weekday_of_a_feared_event_is_ahead() {
    // Sunday 2016-05-08: the Tuesday feared is the next one, not the one gone by.
    let text = "Une nouvelle offensive est redoutée dès mardi dans le nord du pays.";
    assert_eq!(values(text, Some("2016-05-08")), vec![pair("mardi", "2016-05-10")]);
}

#[test]
fn a_span_since_long_ago_is_no_anchor_for_the_eve() {
    // "depuis … 1989" is background: "la veille" is the eve of the story's Tuesday.
    let text =
        "Le chancelier a visité mardi Berlin-Est, une première depuis la chute du mur le 9 novembre 1989. \
                La veille, il avait reçu le Premier ministre.";
    let t = tag(text, Some("2016-05-11"));
    assert_eq!(find(&t, text, "le 9 novembre 1989").value, "1989-11-09");
    assert_eq!(find(&t, text, "La veille").value, "2016-05-09");
    // A recent start is the story's own: "le lendemain" counts from it.
    let text = "Les combats durent depuis samedi 7 mai. Le lendemain, les rebelles ont pris la ville.";
    assert_eq!(find(&tag(text, Some("2016-05-11")), text, "Le lendemain").value, "2016-05-08");
}

#[test]
fn a_count_after_a_verb_of_lasting_is_how_long_not_an_offset() {
    let text = "La mission devait durer dix jours avant un retour à Paris.";
    assert_eq!(values(text, Some("2016-05-11")), vec![pair("dix jours", "P10D")]);
    // Without it, "dix jours avant" counts back from the date told last.
    let text = "Le sommet s'est ouvert le 20 avril. Dix jours avant la réunion, les ministres s'étaient vus.";
    assert_eq!(find(&tag(text, Some("2016-05-11")), text, "Dix jours avant").value, "2016-04-10");
}

#[test]
fn noon_right_after_a_weekday_is_one_time_and_after_a_signal_two() {
    let text = "Le vote aura lieu jeudi midi.";
    assert_eq!(values(text, Some("2016-05-09")), vec![pair("jeudi midi", "2016-05-12T12:00")]);
    let text = "Le vote aura lieu jeudi à midi.";
    assert_eq!(
        values(text, Some("2016-05-09")),
        vec![pair("jeudi", "2016-05-12"), pair("midi", "2016-05-12T12:00")]
    );
}

#[test]
fn hours_later_count_from_the_clock_time_told_last() {
    let text = "Le premier tir a eu lieu mardi à 22 h 30. Deux heures plus tard, un second a visé le port. \
                Vingt minutes plus tôt, l'alerte avait sonné.";
    // One span a sentence, as the segmenter gives them.
    let mut sentences = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(". ") {
        sentences.push(Span::new(start, at + 1));
        start = at + 2;
    }
    sentences.push(Span::new(start, text.len()));
    let t = extract(text, &sentences, Some("2016-05-11".parse().unwrap()), rules());
    // Past midnight: the next day.
    assert_eq!(find(&t, text, "Deux heures plus tard").value, "2016-05-11T00:30");
    assert_eq!(find(&t, text, "Deux heures plus tard").kind, TimexType::Time);
    assert_eq!(find(&t, text, "Vingt minutes plus tôt").value, "2016-05-11T00:10");
    // No clock time told: the day of the date told last, as before.
    let text = "Le premier tir a eu lieu mardi. Deux heures plus tard, un second a visé le port.";
    let t = tag(text, Some("2016-05-11"));
    assert_eq!(find(&t, text, "Deux heures plus tard").value, "2016-05-10");
    assert_eq!(find(&t, text, "Deux heures plus tard").kind, TimexType::Date);
}

#[test]
fn a_verb_whose_object_is_a_length_of_time_makes_no_age() {
    let text = "Les juges disposent de trois ans pour instruire le dossier.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("trois ans", "P3Y")]);
    // After a noun of a person it stays an age.
    assert_eq!(values("Un chauffeur de 38 ans a été arrêté.", Some("2016-05-12")), vec![]);
}

#[test]
fn the_conditional_perfect_of_reported_speech_tells_a_past() {
    // 2016-05-12 is a Thursday.
    let text = "Selon la presse, le ministre aurait rencontré mardi des opposants.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("mardi", "2016-05-10")]);
    let text = "Selon la presse, les émissaires auraient quitté Genève fin avril.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("fin avril", "2016-04")]);
    // Without a participle, the conditional is ahead.
    let text = "Le ministre pourrait rencontrer mardi des opposants.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("mardi", "2016-05-17")]);
    let text = "Le ministre aurait lieu de venir mardi.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("mardi", "2016-05-17")]);
}

#[test]
fn a_participle_between_a_noun_and_a_date_tells_a_past_act() {
    let text = "Les députés voteront sur le texte adopté mardi par les sénateurs.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("mardi", "2016-05-10")]);
    let text = "Ils libéreront bientôt les otages capturés lundi.";
    assert_eq!(values(text, Some("2016-05-12"))[1], pair("lundi", "2016-05-09"));
    // A participle of the future, or a noun in "é" after "de", keeps the clause's tense.
    let text = "Les députés voteront sur le texte prévu mardi.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("mardi", "2016-05-17")]);
    let text = "Une réunion du Conseil de sécurité mardi examinera le texte.";
    assert_eq!(values(text, Some("2016-05-12")), vec![pair("mardi", "2016-05-17")]);
}

#[test]
fn a_little_more_or_less_is_still_a_bound() {
    // 2015-10-24 is a Saturday of week 43.
    let text = "Les frappes ont commencé il y a un peu plus de trois semaines.";
    let t = tag(text, Some("2015-10-24"));
    let ago = find(&t, text, "il y a un peu plus de trois semaines");
    assert_eq!((ago.value.as_str(), ago.modifier.as_deref()), ("2015-W40", Some("BEFORE")));
    let text = "Le blocus dure depuis un peu moins de deux ans.";
    let t = tag(text, Some("2015-10-24"));
    let span = find(&t, text, "un peu moins de deux ans");
    assert_eq!((span.value.as_str(), span.modifier.as_deref()), ("P2Y", Some("LESS_THAN")));
}

#[test]
fn this_date_is_the_date_mentioned_last() {
    let text = "Le sommet s'ouvrira le 20 mai. A cette date, les dirigeants signeront l'accord.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "cette date").value, "2016-05-20");
    let text = "Le 3 mars, l'armée est entrée dans la ville. A la même date, les rebelles ont fui.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "la même date").value, "2016-03-03");
    // Even a date long gone, after "depuis", that "la veille" would not count from.
    let text = "Ils reconnaissent Pékin depuis le 1er janvier 1979 et ont fermé à cette date leur ambassade.";
    assert_eq!(find(&tag(text, Some("2016-12-02")), text, "cette date").value, "1979-01-01");
    // "date" alone names no day.
    assert!(values("La date du scrutin n'est pas connue.", Some("2016-12-02")).is_empty());
}

#[test]
fn at_that_moment_is_the_time_told_last() {
    let text = "Le premier tir a eu lieu mardi à 22 h 30. A ce moment-là, les habitants dormaient.";
    let t = tag(text, Some("2016-05-12"));
    let then = find(&t, text, "ce moment-là");
    assert_eq!((then.value.as_str(), then.kind), ("2016-05-10T22:30", TimexType::Time));
    // A part of the day; a date with no time told.
    let text = "Le convoi est arrivé lundi soir. Au même moment, d'autres camions partaient.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "même moment").value, "2016-05-09TEV");
    let text = "Le traité a été signé en 1991. Au même moment, la guerre éclatait.";
    let t = tag(text, Some("2016-05-12"));
    assert_eq!(
        (find(&t, text, "même moment").value.as_str(), find(&t, text, "même moment").kind),
        ("1991", TimexType::Date)
    );
    // A clock time of another day than the one in focus is not that moment.
    let text = "Il est parti lundi à 9 heures. Le 3 mai, il est revenu. A ce moment-là, tout était calme.";
    assert_eq!(find(&tag(text, Some("2016-05-12")), text, "ce moment-là").value, "2016-05-03");
    // With nothing told before, no time: "en ce moment" is the present, "à ce moment-là" nothing.
    assert!(values("A ce moment-là, personne ne savait.", Some("2016-05-12")).is_empty());
}

#[test]
fn holidays_on_a_fixed_day_are_dates_after_a_preposition() {
    // Ahead or gone by as the tense says, as "le 25 décembre" is.
    assert_eq!(
        values("Le texte sera voté avant Noël.", Some("2016-05-12")),
        vec![pair("Noël", "2016-12-25")]
    );
    assert_eq!(
        values("La trêve de Noël a été respectée.", Some("2016-05-12")),
        vec![pair("Noël", "2015-12-25")]
    );
    assert_eq!(
        values("Les troupes sont rentrées à la Toussaint.", Some("2016-05-12")),
        vec![pair("la Toussaint", "2015-11-01")]
    );
    assert_eq!(
        values("Il a été élu à Noël 2014.", Some("2016-05-12")),
        vec![pair("Noël 2014", "2014-12-25")]
    );
    // A first name is no holiday.
    assert!(values("Noël Mamère a critiqué le projet.", Some("2016-05-12")).is_empty());
}

#[test]
fn a_span_started_on_a_day_does_not_date_the_times_told_after_it() {
    // "réunis depuis dimanche": the meeting goes on now, and its morning is today's.
    let text = "Les dirigeants, réunis depuis dimanche à Antalya, ont consacré la matinée au terrorisme.";
    assert_eq!(find(&tag(text, Some("2015-11-16")), text, "la matinée").value, "2015-11-16TMO");
    // A day of the story still dates them.
    let text = "Les dirigeants se sont réunis dimanche à Antalya et ont consacré la matinée au terrorisme.";
    assert_eq!(find(&tag(text, Some("2015-11-16")), text, "la matinée").value, "2015-11-15TMO");
}

/// Tags `text` split into sentences after each ". ", as the segmenter would.
fn tag_sentences(text: &str, dct: &str) -> Vec<Timex> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(". ") {
        spans.push(Span::new(start, at + 1));
        start = at + 2;
    }
    spans.push(Span::new(start, text.len()));
    extract(text, &spans, Some(dct.parse().expect("test DCT")), rules())
}

#[test]
fn the_parts_of_the_day_after_a_night_are_the_morrow_s() {
    let text = "Les rebelles ont attaqué dans la nuit de samedi à dimanche. Les renforts sont arrivés dans la matinée.";
    let t = tag_sentences(text, "2016-06-14");
    assert_eq!(find(&t, text, "la nuit de samedi à dimanche").value, "2016-06-11TNI");
    assert_eq!(find(&t, text, "la matinée").value, "2016-06-12TMO");
    // The night itself, and a part of the day told with its own day, stay as they are.
    let text = "Le cessez-le-feu a été violé dans la nuit du 3 au 4 mai. Le calme est revenu mardi soir.";
    let t = tag_sentences(text, "2016-05-10");
    assert_eq!(find(&t, text, "mardi soir").value, "2016-05-10TEV");
}

#[test]
fn a_look_back_in_the_pluperfect_does_not_date_the_times_told_after_it() {
    // Back in the story's tense, a time is on the story's day, not on the day looked back to.
    let text = "Le président a reçu mercredi son homologue. Le 12 mars, les deux hommes s'étaient \
                déjà rencontrés à Paris. L'entretien s'est achevé vers 18 heures.";
    let t = tag_sentences(text, "2016-05-13");
    assert_eq!(find(&t, text, "Le 12 mars").value, "2016-03-12");
    assert_eq!(find(&t, text, "18 heures").value, "2016-05-11T18:00");
    // Told in the pluperfect too, it belongs to the day looked back to.
    let text = "Le président a reçu mercredi son homologue. Le 12 mars, les deux hommes s'étaient \
                déjà rencontrés à Paris et s'étaient quittés vers 18 heures.";
    assert_eq!(find(&tag_sentences(text, "2016-05-13"), text, "18 heures").value, "2016-03-12T18:00");
    // "s'était rendu" is a pluperfect: never after publication.
    let text = "Il s'était rendu le 20 mai à Moscou.";
    assert_eq!(values(text, Some("2016-05-13")), vec![pair("le 20 mai", "2015-05-20")]);
}

#[test]
fn an_offset_from_an_event_with_no_date_before_names_the_date_of_its_clause() {
    let text = "Deux jours après le naufrage, les secours ont repris les recherches mardi.";
    let t = tag_sentences(text, "2016-04-22");
    assert_eq!(find(&t, text, "Deux jours après").value, "2016-04-19");
    // Not the date of another clause, and not before any date: unresolved.
    let text = "Deux jours après le naufrage, le ministre a annoncé que l'enquête s'achèverait mardi.";
    assert_eq!(find(&tag_sentences(text, "2016-04-22"), text, "Deux jours après").value, "XXXX-XX-XX");
}

#[test]
fn a_part_of_the_day_does_not_take_a_day_told_after_que_or_depuis() {
    let text = "Le président a parlé lundi à Bogota. Il a assuré dans la soirée que la trêve serait signée le 26 septembre.";
    assert_eq!(find(&tag_sentences(text, "2016-09-14"), text, "la soirée").value, "2016-09-12TEV");
    let text = "Le président a parlé lundi à Bogota. Il a assuré dans la soirée la trêve, en vigueur depuis le 29 août.";
    assert_eq!(find(&tag_sentences(text, "2016-09-14"), text, "la soirée").value, "2016-09-12TEV");
    // With no "que" and no "depuis", the day after it is its own.
    let text = "Le président a parlé lundi à Bogota. Il est arrivé dans la soirée du 26 août.";
    assert_eq!(find(&tag_sentences(text, "2016-09-14"), text, "la soirée").value, "2016-08-26TEV");
}

#[test]
fn a_date_long_past_in_a_set_off_participle_phrase_is_no_anchor() {
    let text = "Les sanctions ont été levées samedi. Le traité, signé le 3 mars à Genève après deux ans \
                de discussions, est entré en vigueur. Quelques heures plus tôt, des prisonniers avaient été libérés.";
    let t = tag_sentences(text, "2016-09-19");
    assert_eq!(find(&t, text, "le 3 mars").value, "2016-03-03");
    assert_eq!(find(&t, text, "Quelques heures plus tôt").value, "2016-09-17");
    // A recent one is the story's.
    let text = "Les sanctions ont été levées samedi. Le ministre, arrivé lundi à Genève, a signé le traité. \
                Le lendemain, il est reparti.";
    assert_eq!(find(&tag_sentences(text, "2016-09-21"), text, "Le lendemain").value, "2016-09-20");
}

#[test]
fn the_middle_of_a_year_written_with_a_hyphen() {
    assert_eq!(
        values("Mi-2016, le Kremlin a renoué avec Ankara.", Some("2016-12-30")),
        [pair("Mi-2016", "2016")]
    );
    let t = tag("Il sera livré à la mi-2018.", Some("2016-12-30"));
    assert_eq!(
        (t[0].span.slice("Il sera livré à la mi-2018."), t[0].modifier.as_deref()),
        ("la mi-2018", Some("MID"))
    );
}

#[test]
fn dawn_and_early_morning_are_the_morning() {
    let text = "Les combats ont commencé dimanche à l'aube. Il est rentré au petit matin du 1er janvier.";
    let t = tag_sentences(text, "2017-01-03");
    assert_eq!(find(&t, text, "l'aube").value, "2017-01-01TMO");
    assert_eq!(find(&t, text, "petit matin").value, "2017-01-01TMO");
    // A part of the day that a noun qualifies is no time; one that a date qualifies is.
    assert!(values("C'est l'aube d'une ère nouvelle.", Some("2017-01-03")).is_empty());
    assert!(values("Ils ont organisé la soirée de gala.", Some("2017-01-03")).is_empty());
    let text = "Il a parlé dans la soirée du 2 janvier.";
    assert_eq!(find(&tag(text, Some("2017-01-03")), text, "la soirée").value, "2017-01-02TEV");
}

#[test]
fn the_eve_told_in_the_past_counts_from_the_last_day_gone_by() {
    // After a day still ahead, not from publication: from the last day told that is gone by.
    let text = "La conférence s'est achevée jeudi. Les discussions reprendront le 16 janvier. \
                La veille, les dirigeants avaient échangé leurs cartes.";
    assert_eq!(find(&tag_sentences(text, "2017-01-13"), text, "La veille").value, "2017-01-11");
    // A day long gone by is background: then from publication.
    let text = "Ils célèbrent le traité, signé le 25 mars 1957. Elle partira mercredi. \
                La veille au soir, le pape avait reçu les chefs d'Etat.";
    assert_eq!(find(&tag_sentences(text, "2017-03-25"), text, "La veille au soir").value, "2017-03-24TEV");
}

#[test]
fn the_week_of_a_day_is_that_week() {
    let text = "Les discussions reprendront la semaine du 16 janvier.";
    assert_eq!(values(text, Some("2017-01-13")), [pair("la semaine du 16 janvier", "2017-W03")]);
    assert!(values("La semaine du goût commence.", Some("2017-01-13")).is_empty());
}

#[test]
fn ordinals_in_superscript_letters_and_dates_with_dashes() {
    // As web pages write them: "1ᵉʳ" with modifier letters, "22-12-2016".
    assert_eq!(
        values("Il est arrivé le 1ᵉʳ octobre.", Some("2016-10-14")),
        [pair("le 1ᵉʳ octobre", "2016-10-01")]
    );
    assert_eq!(values("Adopté le 22-12-2016.", Some("2017-01-14")), [pair("22-12-2016", "2016-12-22")]);
    // A score or a range with a two-digit end is no date.
    assert!(values("Ils ont gagné 2-1-0 au classement.", Some("2017-01-14")).is_empty());
}

#[test]
fn a_participle_in_u_or_before_a_preposition_dates_a_past_act() {
    // "l'accord conclu en juillet", in a clause about what is ahead: last July.
    let text = "Téhéran doit appliquer l'accord conclu en juillet.";
    assert_eq!(values(text, Some("2016-01-17")), [pair("juillet", "2015-07")]);
    let text = "Il appliquera l'accord signé en juillet.";
    assert_eq!(values(text, Some("2016-01-17")), [pair("juillet", "2015-07")]);
    // Planned is ahead, and so is a passive after "être".
    let text = "Des élections pourraient être organisées à l'automne.";
    assert_eq!(values(text, Some("2016-04-04")), [pair("l'automne", "2016-FA")]);
    let text = "Il appliquera l'accord prévu en juillet.";
    assert_eq!(values(text, Some("2016-01-17")), [pair("juillet", "2016-07")]);
}

#[test]
fn a_date_something_is_dated_back_to_is_no_day_of_the_story() {
    // "remontait à" a day long gone: the part of the day after it is on the story's day.
    let text = "L'armée a tiré un missile mardi. Le tir précédent remontait au 3 février. \
                Les experts se sont réunis dans la soirée.";
    assert_eq!(find(&tag_sentences(text, "2016-06-22"), text, "la soirée").value, "2016-06-21TEV");
    let text = "Le sommet s'est tenu lundi. La dernière rencontre datait de mars. \
                La veille, les ministres avaient préparé le texte.";
    assert_eq!(find(&tag_sentences(text, "2016-06-22"), text, "La veille").value, "2016-06-19");
    // Told as the story's own day, the same date anchors it.
    let text = "L'armée a tiré un missile mardi. Le tir précédent a eu lieu le 3 février. \
                Les experts se sont réunis dans la soirée.";
    assert_eq!(find(&tag_sentences(text, "2016-06-22"), text, "la soirée").value, "2016-02-03TEV");
}

#[test]
fn the_day_after_told_in_the_past_is_not_after_publication() {
    // Told on the day of publication, "le lendemain" in the past counts from the last day told
    // before it, however long ago.
    let text = "L'avion abattu le 17 juillet 2014 a été touché par un missile, ont conclu mercredi \
                les enquêteurs. Le lanceur a été ramené en Russie le lendemain du crash.";
    assert_eq!(find(&tag_sentences(text, "2016-09-28"), text, "le lendemain").value, "2014-07-18");
    // Ahead, it may well be tomorrow.
    let text = "Les enquêteurs ont conclu mercredi. Le rapport sera publié le lendemain.";
    assert_eq!(find(&tag_sentences(text, "2016-09-28"), text, "le lendemain").value, "2016-09-29");
}

#[test]
fn that_evening_is_of_the_day_told_last() {
    let text = "Le 14 juillet 2016, un camion a foncé sur la foule. Ce soir-là, 86 personnes sont mortes.";
    assert_eq!(find(&tag_sentences(text, "2017-07-14"), text, "Ce soir-là").value, "2016-07-14TEV");
    // Without "-là", this evening.
    let text = "Le 14 juillet 2016, un camion a foncé sur la foule. Le président parlera ce soir.";
    assert_eq!(find(&tag_sentences(text, "2017-07-14"), text, "ce soir").value, "2017-07-14TEV");
}

#[test]
fn a_season_told_as_next_or_last_may_qualify_a_noun() {
    let text = "Ils attendent les élections du printemps prochain.";
    assert_eq!(values(text, Some("2016-11-13")), [pair("printemps prochain", "2017-SP")]);
    let text = "Les combats de l'été dernier ont fait cent morts.";
    assert_eq!(values(text, Some("2016-11-13")), [pair("l'été dernier", "2016-SU")]);
    // A season alone still does not: "les Jeux d'hiver".
    assert!(values("Il prépare les Jeux d'hiver.", Some("2016-11-13")).is_empty());
}

#[test]
fn feminine_participles_and_the_pronoun_y_make_a_past() {
    // "se sont mises d'accord": a past, whatever the future of a relative clause after.
    let text =
        "Les puissances se sont mises d'accord jeudi sur une trêve, qui doit s'appliquer à tout le pays.";
    assert_eq!(values(text, Some("2016-02-12")), [pair("jeudi", "2016-02-11")]);
    let text = "La ville s'est soumise jeudi aux rebelles, qui doivent la gouverner.";
    assert_eq!(values(text, Some("2016-02-12")), [pair("jeudi", "2016-02-11")]);
    // "y avait tué": a pluperfect look back, after which a time in the story's tense is on the
    // story's day.
    let text = "Obama s'est rendu vendredi à Hiroshima. Le 6 août 1945, la bombe y avait tué des \
                milliers de personnes. Il a déposé une gerbe vers 17 h 30.";
    assert_eq!(find(&tag_sentences(text, "2016-05-27"), text, "17 h 30").value, "2016-05-27T17:30");
    // "il y avait" is no tense.
    let text = "Le 6 août 1945, il y avait des milliers de morts. Il a déposé une gerbe vers 17 h 30.";
    assert_eq!(find(&tag_sentences(text, "2016-05-27"), text, "17 h 30").value, "1945-08-06T17:30");
}

#[test]
fn new_year_s_eve_and_new_year_s_day() {
    // "la nuit du Nouvel An" is the one the year begins with; a time after it is on 1 January.
    let text = "L'attaque a fait 39 morts dans la nuit du Nouvel An. Le tireur a ouvert le feu vers 1 h 15.";
    let t = tag_sentences(text, "2017-01-03");
    assert_eq!(find(&t, text, "la nuit du Nouvel An").value, "2016-12-31TNI");
    assert_eq!(find(&t, text, "1 h 15").value, "2017-01-01T01:15");
    let text = "Les agressions de la nuit de la Saint-Sylvestre ont choqué.";
    assert_eq!(values(text, Some("2016-01-08")), [pair("la nuit de la Saint-Sylvestre", "2015-12-31TNI")]);
    assert_eq!(
        values("Il est parti avant le Nouvel An.", Some("2016-01-08")),
        [pair("le Nouvel An", "2016-01-01")]
    );
    // "nouvel" alone is an adjective.
    assert!(values("Ils ont signé un nouvel accord.", Some("2016-01-08")).is_empty());
}

#[test]
fn a_night_gone_by_told_on_publication_day_began_the_day_before() {
    assert_eq!(
        values("Des frappes ont visé Alep dans la nuit.", Some("2016-11-09")),
        [pair("la nuit", "2016-11-08TNI")]
    );
    // Ahead, tonight.
    assert_eq!(
        values("Des frappes viseront Alep dans la nuit.", Some("2016-11-09")),
        [pair("la nuit", "2016-11-09TNI")]
    );
    // After a day told in the past, that day's night.
    let text = "Les frappes ont commencé lundi. Elles ont duré toute la nuit.";
    assert_eq!(find(&tag_sentences(text, "2016-11-09"), text, "la nuit").value, "2016-11-07TNI");
    // After the publication day itself, told so: still the night gone by.
    let text = "L'offensive a été lancée mercredi. Des avions ont bombardé dans la nuit des positions.";
    assert_eq!(find(&tag_sentences(text, "2016-11-09"), text, "la nuit").value, "2016-11-08TNI");
}

#[test]
fn a_weekday_and_a_clock_time_after_it_are_one_time() {
    let text = "Les deux parties ont jusqu'à lundi 15 heures pour présenter leurs arguments.";
    assert_eq!(values(text, Some("2017-02-06")), [pair("lundi 15 heures", "2017-02-06T15:00")]);
    // A day of the month after a weekday is still a date.
    assert_eq!(values("Il repartira mardi 14.", Some("2017-02-06")), [pair("mardi 14", "2017-02-14")]);
}

#[test]
fn days_after_an_undated_event_told_in_the_past_are_not_after_publication() {
    // Counted from "ce lundi", the day of publication, the past act would land on Thursday.
    let text = "Hollande parlera ce lundi au Congrès. Trois jours après les attentats, la France a \
                observé une minute de silence.";
    assert_eq!(find(&tag_sentences(text, "2015-11-16"), text, "Trois jours après").value, "2015-11-16");
    // With the event's date in its phrase, counted from that date.
    let text = "Hollande parlera ce lundi au Congrès. Deux jours après les attentats de vendredi soir, \
                la France a bombardé Raqqa.";
    assert_eq!(find(&tag_sentences(text, "2015-11-16"), text, "Deux jours après").value, "2015-11-15");
}

#[test]
fn a_month_set_off_after_a_year_narrows_it() {
    let text = "Le prochain sommet se tiendra l'an prochain au Vietnam, en novembre.";
    assert_eq!(
        values(text, Some("2016-11-21")),
        [pair("l'an prochain", "2017"), pair("novembre", "2017-11")]
    );
    let text = "Pyongyang avait procédé à deux essais l'an dernier, en janvier et en septembre.";
    assert_eq!(find(&tag(text, Some("2017-02-13")), text, "janvier").value, "2016-01");
    // Joined by "et", a month is of its own time.
    let text = "Il a été élu en 2012 et réélu en novembre.";
    assert_eq!(find(&tag(text, Some("2016-11-21")), text, "novembre").value, "2016-11");
}

#[test]
fn half_an_hour_is_thirty_minutes() {
    let text = "L'entretien, prévu pour durer une demi-heure, s'est prolongé.";
    assert_eq!(values(text, Some("2017-07-07")), [pair("une demi-heure", "PT30M")]);
}

#[test]
fn a_weekday_something_is_set_for_is_ahead() {
    // "pour dimanche", decreed on a Saturday: tomorrow, whatever the past of the decree.
    let text = "Le Kremlin a décrété un deuil national pour dimanche.";
    assert_eq!(values(text, Some("2015-10-31")), [pair("dimanche", "2015-11-01")]);
    let text = "Mogherini a convoqué les deux parties pour mercredi.";
    assert_eq!(values(text, Some("2017-01-16")), [pair("mercredi", "2017-01-18")]);
}

#[test]
fn years_after_an_event_the_phrase_dates_count_from_its_year() {
    let text = "Vingt ans après le génocide de 1994, le Rwanda commémore.";
    assert_eq!(find(&tag(text, Some("2014-04-07")), text, "Vingt ans après").value, "2014");
    let text = "Deux ans avant les Jeux de 2024, Paris accélère.";
    assert_eq!(find(&tag(text, Some("2016-09-11")), text, "Deux ans avant").value, "2022");
    // Without a date of the event, no year.
    let text = "Quinze ans après les attentats, ils ont rendu hommage.";
    assert_eq!(find(&tag(text, Some("2016-09-11")), text, "Quinze ans après").value, "XXXX");
}

#[test]
fn the_prefilter_has_room_for_a_larger_vocabulary() {
    // Beyond its table, the prefilter is dropped and every sentence is tokenised: the embedded
    // vocabulary (minimised: words share their endings) must leave room for users' words.
    let trigger = rules().vocab.trigger.as_ref().expect("the embedded patterns need trigger words");
    assert!(trigger.table_use() < 0.5, "the prefilter's table is {:.0} % full", 100.0 * trigger.table_use());
}

#[test]
fn the_period_elapsed_at_its_end_is_the_one_ending() {
    let text = "Au cours de l'année écoulée, la Russie a renforcé sa présence.";
    assert_eq!(values(text, Some("2016-12-30")), [pair("l'année écoulée", "2016")]);
    assert_eq!(values(text, Some("2016-01-05")), [pair("l'année écoulée", "2015")]);
    assert_eq!(
        values("La semaine écoulée a été tendue.", Some("2016-12-18")),
        [pair("La semaine écoulée", "2016-W50")]
    );
    // "dernière" is the one before, whenever told.
    assert_eq!(
        values("L'année dernière a été tendue.", Some("2016-12-30")),
        [pair("L'année dernière", "2015")]
    );
}

#[test]
fn a_weekday_before_a_count_that_is_no_day_is_still_a_day() {
    // "vendredi 15" is no Friday near: the weekday stands alone, and "15 minutes" is a duration.
    assert_eq!(
        values("Il a parlé vendredi 15 minutes.", Some("2017-02-06")),
        [pair("vendredi", "2017-02-03"), pair("15 minutes", "PT15M")]
    );
}

#[test]
fn abbreviated_months_are_months() {
    let text = "Les discussions reprendront le 23 fév. à Genève, après la réunion du 3 dec. dernier.";
    assert_eq!(
        values(text, Some("2017-02-17")),
        [pair("le 23 fév.", "2017-02-23"), pair("3 dec. dernier", "2016-12-03")]
    );
}

#[test]
fn a_year_after_une_annee_is_that_year() {
    assert_eq!(
        values("Après une année 2014 difficile, la croissance repart.", Some("2016-03-01")),
        [pair("une année 2014", "2014")]
    );
}

#[test]
fn a_thing_named_after_a_holiday_is_no_date() {
    assert_eq!(
        values("Les chalets du marché de Noël ouvriront samedi.", Some("2016-11-30")),
        [pair("samedi", "2016-12-03")]
    );
    assert_eq!(values("Il rentrera avant Noël.", Some("2016-11-30")), [pair("Noël", "2016-12-25")]);
}

#[test]
fn the_end_of_a_range_comes_after_its_start() {
    let text = "La trêve hivernale, qui court du 1er novembre au 31 mars, est déjà jugée trop courte.";
    assert_eq!(
        values(text, Some("2016-12-10")),
        [pair("1er novembre", "2016-11-01"), pair("31 mars", "2017-03-31")]
    );
}

#[test]
fn a_verb_of_saying_after_a_comma_is_not_the_tense_of_the_clause_before() {
    let text = "Le trafic ne devrait pas reprendre avant mardi, a indiqué la SNCF.";
    assert_eq!(values(text, Some("2016-06-03")), [pair("mardi", "2016-06-07")]);
}

#[test]
fn a_part_of_the_day_set_off_does_not_take_the_day_of_the_clause_around() {
    let text = "Le président a atterri jeudi matin à Alger. Son ministre, arrivé dans l'après-midi, est reparti vendredi.";
    let t = tag_sentences(text, "2016-05-06");
    assert_eq!(find(&t, text, "l'après-midi").value, "2016-05-05TAF");
}

#[test]
fn the_morrow_of_an_event_with_no_day_before_is_the_day_of_its_clause() {
    let text = "Au lendemain du scrutin, le Premier ministre a démissionné lundi.";
    assert_eq!(
        values(text, Some("2016-06-28")),
        [pair("lendemain", "2016-06-27"), pair("lundi", "2016-06-27")]
    );
}

#[test]
fn a_date_in_a_relative_after_a_noun_a_year_dates_is_of_that_year() {
    let text = "La grève de 1995, qui avait débuté le 24 novembre, reste dans les mémoires.";
    assert_eq!(
        values(text, Some("2016-05-20")),
        [pair("1995", "1995"), pair("le 24 novembre", "1995-11-24")]
    );
    // Ahead, it is not.
    let text = "L'accord de 2015, qui doit entrer en vigueur le 4 novembre, divise.";
    assert_eq!(find(&tag(text, Some("2016-05-20")), text, "le 4 novembre").value, "2016-11-04");
}

#[test]
fn months_after_an_event_count_from_its_month_of_the_year_nearest_now() {
    let text = "Huit mois après les attentats du 13 novembre, l'état d'urgence est toujours en vigueur.";
    assert_eq!(
        values(text, Some("2016-07-10")),
        [pair("Huit mois après", "2016-07"), pair("13 novembre", "2015-11-13")]
    );
}

#[test]
fn days_after_an_undated_event_told_in_the_present_are_now() {
    let text = "Trois jours après le naufrage qui a fait 40 morts, les secours poursuivent les recherches.";
    assert_eq!(values(text, Some("2016-04-20")), [pair("Trois jours après", "2016-04-20")]);
}

#[test]
fn holidays_easter_moves_are_computed_for_the_year_the_tense_tells() {
    let text = "Les négociations reprendront après Pâques. Le scrutin aura lieu à la Pentecôte.";
    assert_eq!(
        values(text, Some("2016-03-10")),
        [pair("Pâques", "2016-03-27"), pair("la Pentecôte", "2016-05-15")]
    );
    let text = "Le lundi de Pâques, des manifestants avaient envahi la place.";
    assert_eq!(values(text, Some("2016-04-20")), [pair("Le lundi de Pâques", "2016-03-28")]);
    assert_eq!(
        values("Il partira pour l'Ascension 2017.", Some("2016-04-20")),
        [pair("l'Ascension 2017", "2017-05-25")]
    );
    // Lowercase, a climb.
    assert_eq!(values("Après l'ascension du mont Blanc, il a parlé.", Some("2016-04-20")), []);
}

#[test]
fn easter_sunday_by_the_calendar() {
    let days: Vec<String> = [2000, 2015, 2016, 2017, 2018, 2019, 2024, 2038]
        .iter()
        .map(|&y| calendar::easter(y).map(calendar::iso_day).unwrap_or_default())
        .collect();
    assert_eq!(
        days,
        [
            "2000-04-23",
            "2015-04-05",
            "2016-03-27",
            "2017-04-16",
            "2018-04-01",
            "2019-04-21",
            "2024-03-31",
            "2038-04-25"
        ]
    );
}

#[test]
fn what_a_call_is_for_is_ahead_unless_told_in_the_pluperfect() {
    let text = "L'opposition a appelé au boycott du scrutin de dimanche.";
    assert_eq!(values(text, Some("2017-10-02")), [pair("dimanche", "2017-10-08")]);
    let text = "Les syndicats avaient appelé à manifester lundi, une mobilisation réussie.";
    assert_eq!(values(text, Some("2017-10-04")), [pair("lundi", "2017-10-02")]);
}

#[test]
fn within_the_fortnight_is_so_many_days_unless_a_noun_follows() {
    let text = "Le gouvernement doit présenter son plan dans la quinzaine.";
    let t = tag(text, Some("2016-03-10"));
    let x = find(&t, text, "la quinzaine");
    assert_eq!((x.kind, x.value.as_str()), (TimexType::Duration, "P15D"));
    assert_eq!(values("Le virus est présent dans la quinzaine de pays voisins.", Some("2016-03-10")), []);
    assert_eq!(values("Le film est présenté dans la Quinzaine des réalisateurs.", Some("2016-03-10")), []);
}

#[test]
fn a_weekday_someone_is_invited_to_is_ahead() {
    // Published on a Friday: the meeting is the coming Monday, the invitation today.
    let text = "La chancelière a invité les dirigeants français et italien à une réunion lundi à Berlin.";
    assert_eq!(values(text, Some("2016-06-24")), [pair("lundi", "2016-06-27")]);
    // What was done on a weekday is still of the week gone by.
    let text = "La chancelière a reçu les dirigeants français et italien lundi à Berlin.";
    assert_eq!(values(text, Some("2016-06-24")), [pair("lundi", "2016-06-20")]);
    // Invited in the pluperfect: a day gone by may be meant.
    let text = "Elle avait invité les dirigeants à une réunion lundi, qui a échoué.";
    assert_eq!(values(text, Some("2016-06-24")), [pair("lundi", "2016-06-20")]);
}

#[test]
fn a_number_after_a_weekday_before_a_plural_noun_counts_it() {
    // Published on Monday 6 February 2017: Friday is the 3rd; 13 January was a Friday too.
    let text = "Le Trésor a sanctionné vendredi 13 individus liés au programme.";
    assert_eq!(values(text, Some("2017-02-06")), [pair("vendredi", "2017-02-03")]);
    let text = "Le Trésor a sanctionné vendredi 13 lors de sa réunion.";
    assert_eq!(values(text, Some("2017-02-06")), [pair("vendredi 13", "2017-01-13")]);
    let text = "Le vote aura lieu le vendredi 17 février.";
    assert_eq!(values(text, Some("2017-02-06")), [pair("le vendredi 17 février", "2017-02-17")]);
}

#[test]
fn a_night_across_two_months_is_dated_by_its_evening() {
    let text = "Des heurts ont éclaté dans la nuit du 30 avril au 1er mai à Paris.";
    let t = tag(text, Some("2016-05-02"));
    let x = find(&t, text, "la nuit du 30 avril au 1er mai");
    assert_eq!((x.kind, x.value.as_str()), (TimexType::Time, "2016-04-30TNI"));
}

#[test]
fn a_date_with_its_part_of_the_day_after_au_is_a_time() {
    let text = "Le 14 juillet au soir, la foule s'est massée sur la promenade.";
    assert_eq!(values(text, Some("2016-07-16")), [pair("Le 14 juillet au soir", "2016-07-14TEV")]);
    let text = "Les bureaux resteront fermés jusqu'au 3 mai au matin.";
    assert_eq!(values(text, Some("2016-04-28")), [pair("3 mai au matin", "2016-05-03TMO")]);
}

#[test]
fn a_week_ago_to_the_day_is_a_day() {
    let text = "Il y a une semaine jour pour jour, la police avait perquisitionné son domicile.";
    assert_eq!(values(text, Some("2016-03-10")), [pair("Il y a une semaine jour pour jour", "2016-03-03")]);
    // Not to the day: that week.
    let text = "Il y a une semaine, la police avait perquisitionné son domicile.";
    assert_eq!(values(text, Some("2016-03-10")), [pair("Il y a une semaine", "2016-W09")]);
}

#[test]
fn two_clock_times_of_a_span_are_times_the_second_past_midnight_if_earlier() {
    let text = "Les bureaux de vote seront ouverts de 8 heures à 20 heures.";
    assert_eq!(
        values(text, Some("2016-05-04")),
        [pair("8 heures", "2016-05-04T08:00"), pair("20 heures", "2016-05-04T20:00")]
    );
    let text = "Le couvre-feu s'applique entre 22 heures et 5 heures du matin.";
    assert_eq!(
        values(text, Some("2016-05-04")),
        [pair("22 heures", "2016-05-04T22:00"), pair("5 heures du matin", "2016-05-05T05:00")]
    );
    // The same time elsewhere, in brackets.
    let text = "Le scrutin a commencé à 7 heures (5 heures GMT) dans la capitale.";
    assert_eq!(
        values(text, Some("2016-05-04")),
        [pair("7 heures", "2016-05-04T07:00"), pair("5 heures", "2016-05-04T05:00")]
    );
    // No clock time past 24: two durations.
    let text = "La grève durera entre 24 heures et 72 heures.";
    let t = tag(text, Some("2016-05-04"));
    assert!(t.iter().all(|x| x.kind == TimexType::Duration), "{:?}", values(text, None));
    assert_eq!(t.len(), 2);
}

#[test]
fn years_after_a_possessive_are_an_age_unless_they_count_a_span() {
    assert_eq!(
        values("La reine a fêté ses 90 ans en avril.", Some("2016-06-10")),
        [pair("avril", "2016-04")]
    );
    let text = "Ses huit ans de mandat ont été marqués par la crise.";
    assert_eq!(values(text, Some("2016-06-10")), [pair("huit ans", "P8Y")]);
    let text = "Après leurs dix ans au pouvoir, les travaillistes ont perdu.";
    assert_eq!(values(text, Some("2016-06-10")), [pair("dix ans", "P10Y")]);
}

#[test]
fn the_weekend_of_a_past_clause_before_a_coordinated_future_one_is_gone_by() {
    // Published on Monday 7 March 2016.
    let text = "Nous avons enregistré des dizaines de départs ce week-end et d'autres suivront.";
    assert_eq!(values(text, Some("2016-03-07")), [pair("ce week-end", "2016-W09-WE")]);
}

#[test]
fn the_nth_week_of_a_month_is_the_iso_week_of_its_nth_thursday() {
    // 1 September 2016 is a Thursday: the first week of September is 2016-W35.
    let text = "Le sommet se tiendra la première semaine de septembre.";
    assert_eq!(values(text, Some("2016-06-10")), [pair("la première semaine de septembre", "2016-W35")]);
    let text = "Les négociations reprendront la dernière semaine d'octobre 2016.";
    assert_eq!(values(text, Some("2016-06-10")), [pair("la dernière semaine d'octobre 2016", "2016-W43")]);
    // "première" is no day of the month.
    let text = "La première ministre a parlé le 3 mai, et la première dame a suivi.";
    assert_eq!(values(text, Some("2016-06-10")), [pair("le 3 mai", "2016-05-03")]);
}

#[test]
fn the_cues_of_a_participle_phrase_set_off_by_commas_are_not_the_clause_s() {
    // "dernier" is the aside's: the main clause, in the present, looks to the nearest 3 March.
    let text = "Le ministre, nommé le mois dernier, prépare la conférence du 3 mars.";
    assert_eq!(
        values(text, Some("2017-01-05")),
        [pair("le mois dernier", "2016-12"), pair("3 mars", "2017-03-03")]
    );
}

#[test]
fn an_hour_before_dawn_told_after_an_evening_is_the_morrow_s() {
    let text = "Les supporters se sont rassemblés samedi soir. Vers 4 heures du matin, la police a dispersé les derniers.";
    assert_eq!(
        values(text, Some("2016-07-04")),
        [pair("samedi soir", "2016-07-02TEV"), pair("4 heures du matin", "2016-07-03T04:00")]
    );
    // A day of its own keeps it; so does an hour after noon.
    let text = "Le cortège est parti samedi à 15 heures. Vers 4 heures du matin, tout était calme.";
    assert_eq!(find(&tag(text, Some("2016-07-04")), text, "4 heures du matin").value, "2016-07-02T04:00");
}

#[test]
fn a_day_counted_from_the_speaker_s_today_in_a_quotation_counts_from_the_saying() {
    // Published on Tuesday 8 March 2016; the saying was on Sunday.
    let text = "Le ministre a assuré dimanche que les frontières rouvriraient « dès demain ».";
    assert_eq!(
        values(text, Some("2016-03-08")),
        [pair("dimanche", "2016-03-06"), pair("demain", "2016-03-07")]
    );
    let text = "« Nous signerons demain », a déclaré samedi le négociateur.";
    assert_eq!(
        values(text, Some("2016-03-08")),
        [pair("demain", "2016-03-06"), pair("samedi", "2016-03-05")]
    );
    // No day of the saying: the publication day's.
    let text = "« Nous signerons demain », a déclaré le négociateur.";
    assert_eq!(values(text, Some("2016-03-08")), [pair("demain", "2016-03-09")]);
}

#[test]
fn a_season_with_a_determiner_in_the_present_is_this_year_s() {
    let text = "Le gouvernement présente un projet de loi à l'automne.";
    assert_eq!(values(text, Some("2016-05-10")), [pair("l'automne", "2016-FA")]);
    // Without one, the season in general.
    assert_eq!(values("La récolte a lieu en automne.", Some("2016-05-10")), [pair("automne", "XXXX-FA")]);
}

#[test]
fn a_relative_clause_after_a_day_does_not_take_it() {
    // Published on Sunday 16 April 2017: Monday is ahead, the acceptance told in the past is not.
    let text = "Le parti contestera lundi les résultats devant le Conseil, qui a validé dans la soirée des bulletins.";
    let t = tag(text, Some("2017-04-16"));
    assert_eq!(find(&t, text, "lundi").value, "2017-04-17");
    assert_eq!(find(&t, text, "la soirée").value, "2017-04-16TEV");
}

#[test]
fn the_morrow_of_an_event_dated_in_apposition_at_the_sentence_end_counts_from_that_date() {
    let text = "Le festival, ouvert du 2 au 28 juillet, a été placé sous protection au lendemain de l'attentat de Nice, le 14 juillet.";
    assert_eq!(find(&tag(text, Some("2016-08-01")), text, "lendemain").value, "2016-07-15");
    // Not at the sentence end, the date after it is left alone: set off after a date, the morrow
    // names that date.
    let text = "Le 28 juillet, au lendemain du vote, le 27 juillet, les députés sont partis.";
    assert_eq!(find(&tag(text, Some("2016-08-01")), text, "lendemain").value, "2016-07-28");
}

#[test]
fn a_part_of_every_day_is_a_recurrence_and_its_hours_are_on_no_day() {
    let text = "Le 2 mars, la ville a instauré un couvre-feu chaque soir de 21 heures à 5 heures.";
    let t = tag(text, Some("2016-03-10"));
    assert_eq!(find(&t, text, "chaque soir").value, "XXXX-XX-XXTEV");
    assert_eq!(find(&t, text, "chaque soir").kind, TimexType::Set);
    assert_eq!(find(&t, text, "21 heures").value, "XXXX-XX-XXT21:00");
    assert_eq!(find(&t, text, "5 heures").value, "XXXX-XX-XXT05:00");
    // An hour set apart from the recurrence by other words keeps its day.
    let text = "Le 2 mars, les rondes se succédaient chaque matin et le maire est arrivé à 9 heures.";
    assert_eq!(find(&tag(text, Some("2016-03-10")), text, "9 heures").value, "2016-03-02T09:00");
}

#[test]
fn two_weekdays_of_one_recurrence_are_two_recurrences() {
    let text = "Les infirmiers défilent tous les lundis et vendredis devant le ministère.";
    assert_eq!(
        values(text, Some("2016-03-10")),
        [pair("tous les lundis", "XXXX-WXX-1"), pair("vendredis", "XXXX-WXX-5")]
    );
}

#[test]
fn the_same_time_elsewhere_after_noon_or_a_clock_time_is_a_clock_time() {
    let text = "Le sommet s'ouvrira jeudi à midi (18 heures à Pékin).";
    let t = tag(text, Some("2016-03-08"));
    assert_eq!(find(&t, text, "midi").value, "2016-03-10T12:00");
    assert_eq!(find(&t, text, "18 heures").value, "2016-03-10T18:00");
    let text = "Le vote a commencé lundi à 8h30 (2 heures à Washington).";
    assert_eq!(find(&tag(text, Some("2016-03-08")), text, "2 heures").value, "2016-03-07T02:00");
}

#[test]
fn a_quarter_just_gone_by_told_in_the_future_is_this_year_s() {
    let text = "Le constructeur présentera la semaine prochaine ses ventes du deuxième trimestre.";
    assert_eq!(find(&tag(text, Some("2016-07-20")), text, "deuxième trimestre").value, "2016-Q2");
    // Ahead by far less than behind: next year's.
    let text = "La croissance devrait repartir au premier trimestre.";
    assert_eq!(find(&tag(text, Some("2016-11-20")), text, "premier trimestre").value, "2017-Q1");
}

#[test]
fn an_offset_from_an_event_in_apposition_to_a_day_ahead_names_that_day() {
    let text = "Le sommet aura lieu le 20 mai, trois jours après le scrutin.";
    assert_eq!(find(&tag(text, Some("2016-05-02")), text, "trois jours après").value, "2016-05-20");
    // Not set off after a date: how long after an event yet to come.
    let text = "Le traité entrera en vigueur trois jours après sa ratification.";
    assert_eq!(find(&tag(text, Some("2016-05-02")), text, "trois jours").value, "P3D");
}

#[test]
fn a_day_in_a_quotation_opened_in_a_sentence_before_counts_from_the_saying() {
    let text = "« Tout a changé. Depuis hier, personne ne sort », a raconté samedi une habitante.";
    let sentences = [Span::new(0, 18), Span::new(19, text.len())];
    let t = extract(text, &sentences, Some("2016-05-02".parse().unwrap()), rules());
    assert_eq!(find(&t, text, "hier").value, "2016-04-29");
}

#[test]
fn the_participle_of_devoir_tells_a_compound_past() {
    let text =
        "Le trafic restera perturbé jusqu'à vendredi. Les usagers ont dû attendre en début de matinée.";
    let sentences = [Span::new(0, 46), Span::new(47, text.len())];
    let t = extract(text, &sentences, Some("2016-06-01".parse().unwrap()), rules());
    assert_eq!(find(&t, text, "début de matinée").value, "2016-06-01TMO");
}

#[test]
fn a_count_back_and_the_date_set_off_after_it_are_one_day() {
    let text = "Il y a dix ans jour pour jour, le 3 mars 2006, le barrage cédait.";
    assert_eq!(
        find(&tag(text, Some("2016-03-04")), text, "Il y a dix ans jour pour jour").value,
        "2006-03-03"
    );
    // Far apart, they are two dates.
    let text = "Il y a dix ans, le 3 mars 2006, le barrage cédait.";
    assert_eq!(find(&tag(text, Some("2016-09-04")), text, "Il y a dix ans").value, "2006");
}

#[test]
fn how_far_a_date_was_moved_is_a_duration() {
    let text = "La conférence a été reportée de deux semaines après les attentats.";
    assert_eq!(find(&tag(text, Some("2016-03-04")), text, "deux semaines").value, "P2W");
    // Not after a participle: an offset.
    let text = "Le 4 mars, deux semaines après les attentats, la conférence s'est ouverte.";
    assert_eq!(find(&tag(text, Some("2016-03-10")), text, "deux semaines après").value, "2016-03-04");
}

#[test]
fn a_day_that_dates_a_noun_in_a_look_back_is_not_the_story_s_day() {
    let text = "Un séisme a frappé lundi la région. Le ministre s'était rendu sur place après l'inondation du 2 mars. Un pont a cédé en fin de matinée.";
    let sentences = [Span::new(0, 38), Span::new(39, 106), Span::new(107, text.len())];
    let t = extract(text, &sentences, Some("2016-03-15".parse().unwrap()), rules());
    assert_eq!(find(&t, text, "fin de matinée").value, "2016-03-14TMO");
}

#[test]
fn a_later_day_that_dates_a_noun_does_not_date_the_clock_times_after_it() {
    let text = "Le maire a démissionné jeudi, au lendemain du conseil municipal de mercredi. Son départ a été annoncé à 9 heures.";
    let sentences = [Span::new(0, 79), Span::new(80, text.len())];
    let t = extract(text, &sentences, Some("2016-03-18".parse().unwrap()), rules());
    assert_eq!(find(&t, text, "9 heures").value, "2016-03-17T09:00");
    // The day of a noun alone in its sentence still does.
    let text = "Le conseil municipal de mercredi a été houleux. Il s'est achevé à 23 heures.";
    let sentences = [Span::new(0, 49), Span::new(50, text.len())];
    let t = extract(text, &sentences, Some("2016-03-18".parse().unwrap()), rules());
    assert_eq!(find(&t, text, "23 heures").value, "2016-03-16T23:00");
}

#[test]
fn a_year_after_pour_or_en_before_a_participle_is_a_year() {
    let text = "Le budget pour 2018 présenté en septembre prévoit des économies.";
    assert_eq!(find(&tag(text, Some("2017-06-29")), text, "2018").value, "2018");
    // Before a noun, a count.
    assert!(values("Le budget prévoit 2018 postes supprimés.", Some("2017-06-29")).is_empty());
}

#[test]
fn a_day_after_a_noun_and_its_participle_does_not_date_the_clock_times_after_it() {
    let text = "Un incendie a ravagé jeudi une usine, selon un rapport publié vendredi matin. Le feu avait pris à 14 h 20.";
    let sentences = [Span::new(0, 79), Span::new(80, text.len())];
    let t = extract(text, &sentences, Some("2016-03-19".parse().unwrap()), rules());
    assert_eq!(find(&t, text, "14 h 20").value, "2016-03-17T14:20");
}

#[test]
fn the_same_date_of_a_recurrence_is_no_date() {
    let text = "Le 2 mars, les élèves ont participé à l'exercice organisé chaque année à la même date.";
    assert_eq!(
        values(text, Some("2016-03-10")),
        [pair("Le 2 mars", "2016-03-02"), pair("chaque année", "P1Y")]
    );
    let text = "Le 2 mars, les élèves ont participé à l'exercice. Le même jour, le maire a démissionné.";
    assert_eq!(find(&tag(text, Some("2016-03-10")), text, "Le même jour").value, "2016-03-02");
}

/// Tags `text` split into sentences by the segmenter.
fn tag_segmented(text: &str, dct: &str) -> Vec<Timex> {
    let spans: Vec<Span> = crate::parse::segment::sentences(text, &[]).iter().map(|s| s.span).collect();
    extract(text, &spans, Some(dct.parse().expect("test DCT")), rules())
}

#[test]
fn a_live_blog_entry_s_clock_time_is_of_the_blog_s_day() {
    let text = "18h02 – Le ministre annonce qu'il se rendra sur place jeudi.\n\n17h30 – Les secours sont \
                arrivés mardi soir, selon la préfecture.\n\n17h05 – Des renforts sont attendus mardi.";
    let t = tag_segmented(text, "2016-03-05");
    assert_eq!(find(&t, text, "18h02").value, "2016-03-05T18:02");
    assert_eq!(find(&t, text, "17h30").value, "2016-03-05T17:30");
    assert_eq!(find(&t, text, "17h05").value, "2016-03-05T17:05");
    // Under a day of its own line, the entries are of that day.
    let text = "Vendredi 24 juin\n\n8h02 – La livre a chuté dans la nuit.\n\nJeudi 23 juin\n\n23h30 – Nigel \
                Farage s'est exprimé.\n\n22h00 – Les bureaux ferment.";
    let t = tag_segmented(text, "2016-06-24");
    assert_eq!(find(&t, text, "8h02").value, "2016-06-24T08:02");
    assert_eq!(find(&t, text, "23h30").value, "2016-06-23T23:30");
    assert_eq!(find(&t, text, "22h00").value, "2016-06-23T22:00");
    let text = "21h10 : Juppé débattra jeudi soir.\n\n20h02 : Premières tendances.";
    assert_eq!(find(&tag_segmented(text, "2016-11-20"), text, "20h02").value, "2016-11-20T20:02");
    // Not at the start of its line, a clock time is of the day its clause tells.
    let text =
        "Les secours sont arrivés mardi 1er mars. A 17h30 – selon la préfecture – ils étaient sur place.";
    assert_eq!(find(&tag_segmented(text, "2016-03-05"), text, "17h30").value, "2016-03-01T17:30");
}

#[test]
fn an_hour_before_dawn_after_an_evening_hour_moves_the_story_to_the_morrow() {
    let text = "Les combats ont commencé samedi vers 18 h 45. Les renforts sont arrivés vers 3 heures du \
                matin et les tirs ont cessé vers 9 heures. Le maire s'est exprimé en fin de matinée.";
    let t = tag_sentences(text, "2016-06-13");
    assert_eq!(find(&t, text, "3 heures du matin").value, "2016-06-12T03:00");
    assert_eq!(find(&t, text, "9 heures").value, "2016-06-12T09:00");
    assert_eq!(find(&t, text, "fin de matinée").value, "2016-06-12TMO");
    // Not told "du matin", an early hour after one before 20 hours stays on its day.
    let text =
        "Les combats ont commencé samedi vers 18 h 45. Un premier bilan avait été dressé vers 3 heures.";
    assert_eq!(find(&tag_sentences(text, "2016-06-13"), text, "3 heures").value, "2016-06-11T03:00");
}

#[test]
fn the_same_time_elsewhere_may_be_on_the_morrow_or_the_eve() {
    let text = "Le décollage aura lieu à 22 heures (4 heures du matin à Paris).";
    let t = tag(text, Some("2016-03-05"));
    assert_eq!(find(&t, text, "4 heures du matin").value, "2016-03-06T04:00");
    let text = "Le match débutera à 2 heures (20 heures à Paris).";
    assert_eq!(find(&tag(text, Some("2016-03-05")), text, "20 heures").value, "2016-03-04T20:00");
    let text = "La secousse s'est produite à 13 h 14 (20 h 14 à Paris).";
    assert_eq!(find(&tag(text, Some("2016-03-05")), text, "20 h 14").value, "2016-03-05T20:14");
    // After a bracket, an hour of a part of the day is a clock time, not a duration.
    let text = "La cérémonie est prévue samedi 5 mars (1 heure du matin à Paris).";
    let t = tag(text, Some("2016-03-01"));
    assert_eq!(find(&t, text, "1 heure du matin").kind, TimexType::Time);
}

#[test]
fn a_fiscal_year_astride_two_is_named_by_its_end() {
    let text = "Le groupe a publié les comptes de l'exercice 2015/16 et vise une marge de 8 % à la fin de \
                l'exercice 2018-2019. Sur la période 2014-2016, les ventes ont doublé.";
    assert_eq!(
        values(text, Some("2016-05-01")),
        vec![
            pair("l'exercice 2015/16", "FY2016"),
            pair("la fin de l'exercice 2018-2019", "FY2019"),
            pair("2014", "2014"),
            pair("2016", "2016")
        ]
    );
    let t = tag(text, Some("2016-05-01"));
    assert_eq!(find(&t, text, "la fin de l'exercice 2018-2019").modifier.as_deref(), Some("END"));
    // Two years not consecutive are no fiscal year.
    assert_eq!(
        values("Sur l'exercice 2014-2016, rien.", Some("2016-05-01")),
        vec![pair("2014", "2014"), pair("2016", "2016")]
    );
}

#[test]
fn still_so_long_ago_is_so_long_ago() {
    let text = "Il y a encore trois ans, la ville comptait 2 000 habitants.";
    assert_eq!(values(text, Some("2016-05-01")), vec![pair("Il y a encore trois ans", "2013")]);
}

#[test]
fn the_week_told_ahead_on_a_sunday_is_the_one_starting() {
    let text = "Le rapport sera publié d'ici la fin de la semaine.";
    assert_eq!(values(text, Some("2015-10-04")), vec![pair("la fin de la semaine", "2015-W41")]);
    let text = "Les ventes ont reculé cette semaine.";
    assert_eq!(values(text, Some("2015-10-04")), vec![pair("cette semaine", "2015-W40")]);
    // Any other day, the week of publication.
    let text = "Le rapport sera publié d'ici la fin de la semaine.";
    assert_eq!(values(text, Some("2015-10-03")), vec![pair("la fin de la semaine", "2015-W40")]);
}

#[test]
fn what_one_has_until_a_weekday_is_ahead() {
    let text = "Les candidats ont jusqu'à mardi pour déposer leur dossier, faute de quoi ils auront perdu.";
    assert_eq!(values(text, Some("2016-11-20")), vec![pair("mardi", "2016-11-22")]);
    // What lasted until a weekday is behind.
    let text = "Les négociations ont duré jusqu'à jeudi.";
    assert_eq!(values(text, Some("2016-11-20")), vec![pair("jeudi", "2016-11-17")]);
}

#[test]
fn a_day_in_the_brackets_of_a_clock_time_is_its_day() {
    let text = "Le sommet s'ouvrira mardi 2 août à Rio, à 20 heures, heure locale (1 heure du matin à Paris le 3 août).";
    let t = tag(text, Some("2016-07-25"));
    assert_eq!(find(&t, text, "1 heure du matin").value, "2016-08-03T01:00");
    assert_eq!(find(&t, text, "20 heures").value, "2016-08-02T20:00");
}

#[test]
fn the_accounts_of_a_year_and_the_first_months_of_one() {
    let text =
        "L'exercice 2015 s'est soldé par une perte. Sur les neuf premiers mois de l'année, les ventes \
                ont progressé. Les trois premières semaines ont été calmes.";
    assert_eq!(
        values(text, Some("2016-10-20")),
        vec![
            pair("L'exercice 2015", "2015"),
            pair("les neuf premiers mois", "P9M"),
            pair("Les trois premières semaines", "P3W")
        ]
    );
}

#[test]
fn a_week_and_a_fortnight_in_letters_count_weeks() {
    let dct = Some("2016-05-12");
    let text = "Le chantier sera interrompu pendant quinze jours.";
    assert_eq!(values(text, dct), vec![pair("quinze jours", "P2W")]);
    let text = "Les réunions du comité ont lieu tous les quinze jours.";
    assert_eq!(values(text, dct), vec![pair("tous les quinze jours", "P2W")]);
    // "huit jours" in letters is the French week, as "quinze jours" is the fortnight (the idiom
    // counts both ends, Monday to Monday): P1W (words.tsv, `jours=1W`).
    let text = "Le gouvernement a décrété huit jours de deuil.";
    assert_eq!(values(text, dct), vec![pair("huit jours", "P1W")]);
    // In digits, so many days.
    let text = "Le stock a fondu en 15 jours.";
    assert_eq!(values(text, dct), vec![pair("15 jours", "P15D")]);
    // Counted back from publication, the day two weeks back (Thursday 28 April from Thursday 12
    // May, not the Wednesday fifteen days back); "il y a huit jours", the day a week back;
    // "dans huit jours", a week ahead. In figures, so many days.
    let text = "Il y a quinze jours, la mairie a voté le budget.";
    assert_eq!(values(text, dct), vec![pair("Il y a quinze jours", "2016-04-28")]);
    let text = "Il y a huit jours, la mairie a voté le budget.";
    assert_eq!(values(text, dct), vec![pair("Il y a huit jours", "2016-05-05")]);
    let text = "La mairie votera le budget dans huit jours.";
    assert_eq!(values(text, dct), vec![pair("dans huit jours", "2016-05-19")]);
    let text = "Il y a 8 jours, la mairie a voté le budget.";
    assert_eq!(values(text, dct), vec![pair("Il y a 8 jours", "2016-05-04")]);
    // A composed number is no idiom.
    let text = "La grève a duré dix-huit jours.";
    assert_eq!(values(text, dct), vec![pair("dix-huit jours", "P18D")]);
}

#[test]
fn passe_is_last_after_its_noun_and_a_participle_before_a_count() {
    let dct = Some("2016-05-12");
    let text = "La mairie a voté le budget la semaine passée.";
    assert_eq!(values(text, dct), vec![pair("la semaine passée", "2016-W18")]);
    let text = "Le navigateur a passé quinze jours en mer.";
    assert_eq!(values(text, dct), vec![pair("quinze jours", "P2W")]);
}

#[test]
fn the_turn_of_a_century() {
    let dct = Some("2016-05-12");
    let text = "Au tournant du XIXe siècle, la ville comptait dix mille habitants.";
    let t = tag(text, dct);
    let turn = find(&t, text, "tournant du XIXe siècle");
    assert_eq!((turn.value.as_str(), turn.modifier.as_deref()), ("1800", Some("APPROX")));
    assert_eq!(turn.resolution, Resolution::Absolute);
    // No century named: the one of publication.
    let text = "Ces usines ont fermé au tournant du siècle.";
    let t = tag(text, dct);
    let turn = find(&t, text, "tournant du siècle");
    assert_eq!((turn.value.as_str(), turn.resolution), ("2000", Resolution::PublicationDate));
    assert!(values("Ce fut le tournant du match.", dct).is_empty());
}

#[test]
fn just_so_long_ago_or_ahead() {
    let dct = Some("2016-05-12");
    let text = "Il y a tout juste dix ans, le pont s'effondrait.";
    assert_eq!(values(text, dct), vec![pair("Il y a tout juste dix ans", "2006")]);
    let text = "Le pont rouvrira dans exactement un mois.";
    assert_eq!(values(text, dct), vec![pair("dans exactement un mois", "2016-06")]);
}

#[test]
fn an_hour_of_a_part_of_the_day_since_which_and_hours_past_a_day() {
    let dct = Some("2016-05-12");
    let text = "Les secours sont mobilisés depuis 5 heures du matin.";
    assert_eq!(values(text, dct), vec![pair("5 heures du matin", "2016-05-12T05:00")]);
    let text = "Les grévistes occupent le dépôt depuis 4 heures ce matin.";
    assert_eq!(values(text, dct), vec![pair("4 heures ce matin", "2016-05-12T04:00")]);
    // Alone, "depuis 6 heures" may count hours; more than a day of hours is never a clock time.
    let text = "Le site est fermé depuis 48 heures.";
    assert_eq!(values(text, dct), vec![pair("48 heures", "PT48H")]);
    let text = "La garde à vue peut être prolongée jusqu'à 48 heures.";
    let t = tag(text, dct);
    assert_eq!((find(&t, text, "48 heures").kind, t.len()), (TimexType::Duration, 1));
}

#[test]
fn roughly_so_long_later_than_the_date_told_last() {
    let dct = Some("2016-05-12");
    let text =
        "Le cessez-le-feu, conclu le 4 avril 2014 à Genève, devait durer un an. Près de deux ans plus \
                tard, les combats ont repris.";
    let t = tag(text, dct);
    let later = find(&t, text, "Près de deux ans plus tard");
    assert_eq!((later.value.as_str(), later.modifier.as_deref()), ("2016", Some("APPROX")));
    // An hour or so later is how long after (TimeML): a duration.
    let text =
        "La caserne a été attaquée vers 3 heures. Environ une heure plus tard, les renforts sont arrivés.";
    let t = tag(text, dct);
    assert_eq!(find(&t, text, "Environ une heure").kind, TimexType::Duration);
}

#[test]
fn a_part_of_a_season_and_a_term_named_by_its_season() {
    let dct = Some("2016-05-12");
    let text = "Les vendanges commencent au début de l'automne.";
    let t = tag(text, dct);
    let start = find(&t, text, "début de l'automne");
    assert_eq!((start.value.as_str(), start.modifier.as_deref()), ("2016-FA", Some("START")));
    let text = "Les stocks seront épuisés avant la fin de l'hiver 2017.";
    let t = tag(text, dct);
    let end = find(&t, text, "la fin de l'hiver 2017");
    assert_eq!((end.value.as_str(), end.modifier.as_deref()), ("2017-WI", Some("END")));
    let text = "Le texte sera examiné lors de la session d'automne du Parlement.";
    assert_eq!(values(text, dct), vec![pair("automne", "2016-FA")]);
    assert!(values("Les Jeux d'hiver ont coûté cher.", dct).is_empty());
}

#[test]
fn the_number_of_a_decree_or_a_law_is_no_year() {
    let dct = Some("2016-05-12");
    assert!(values("Le décret n° 2015-544 fixe les tarifs.", dct).is_empty());
    assert!(values("La loi 2016-1088 a réformé le code du travail.", dct).is_empty());
    // A span of years still is.
    let text = "La saison 2015-2016 a été difficile.";
    assert_eq!(values(text, dct), vec![pair("2015", "2015"), pair("2016", "2016")]);
}

#[test]
fn so_much_per_second_is_a_speed_and_per_day_a_recurrence() {
    let dct = Some("2016-05-12");
    assert!(values("Le vent soufflait à 40 kilomètres par heure.", dct).is_empty());
    assert!(values("Le moteur tourne à 6 000 tours par minute.", dct).is_empty());
    let text = "Les patrouilles passent deux fois par jour.";
    assert_eq!(values(text, dct), vec![pair("jour", "P1D")]);
}

#[test]
fn what_was_to_happen_is_on_the_nearest_day_done_or_ahead() {
    // "devait": planned, not the imperfect's past.
    let dct = Some("2017-07-13");
    let text = "Le ministre devait rentrer à Paris dimanche.";
    assert_eq!(values(text, dct), vec![pair("dimanche", "2017-07-16")]);
    let text = "La réunion, qui devait avoir lieu mardi, a été reportée.";
    assert_eq!(values(text, dct), vec![pair("mardi", "2017-07-11")]);
}

#[test]
fn a_present_passive_of_what_may_come_is_ahead() {
    // Thursday 23 March 2017.
    let dct = Some("2017-03-23");
    let text = "De nouvelles frappes ne sont pas exclues mercredi.";
    assert_eq!(values(text, dct), vec![pair("mercredi", "2017-03-29")]);
    let text = "Un sommet est envisagé en février.";
    assert_eq!(values(text, dct), vec![pair("février", "2018-02")]);
    let text = "Un accord est espéré lundi.";
    assert_eq!(values(text, dct), vec![pair("lundi", "2017-03-27")]);
    // After "avoir", the participle is a past: the day the minister spoke.
    let text = "Le ministre n'a pas exclu mercredi une intervention.";
    assert_eq!(values(text, dct), vec![pair("mercredi", "2017-03-22")]);
    // In the imperfect, what was not ruled out then.
    let text = "Une frappe n'était pas exclue en février.";
    assert_eq!(values(text, dct), vec![pair("février", "2017-02")]);
}

#[test]
fn a_fronted_year_sets_the_year_of_the_months_and_days_after_it() {
    let dct = "2018-07-12";
    let text = "En 2014, les alliés se sont engagés à dépenser plus d'ici 2024. En septembre, seuls trois \
                pays atteignaient cet objectif. Le 5 décembre, un rapport l'a confirmé.";
    let t = tag_sentences(text, dct);
    assert_eq!(find(&t, text, "septembre").value, "2014-09");
    assert_eq!(find(&t, text, "septembre").resolution, Resolution::PreviousDate);
    assert_eq!(find(&t, text, "Le 5 décembre").value, "2014-12-05");
    // A year counted from publication ends the setting.
    let text = "En 2014, les alliés se sont engagés. Cette année, ils ont tenu parole. En mars, trois \
                pays ont atteint l'objectif.";
    assert_eq!(find(&tag_sentences(text, dct), text, "mars").value, "2018-03");
    // So does a new paragraph.
    let text = "En 2014, les alliés se sont engagés.\n\nEn mars, trois pays ont atteint l'objectif.";
    assert_eq!(find(&tag_segmented(text, dct), text, "mars").value, "2018-03");
    // A year not fronted is a reference, no setting.
    let text = "Les alliés se sont engagés en 2014. En mars, trois pays ont atteint l'objectif.";
    assert_eq!(find(&tag_sentences(text, dct), text, "mars").value, "2018-03");
    // A fronted month is a point the story goes on from ("une crise de sept mois", ended the next
    // June).
    let text = "En novembre 2015, la crise a éclaté. Les relations se sont normalisées en juin.";
    assert_eq!(find(&tag_sentences(text, "2016-12-20"), text, "juin").value, "2016-06");
}

#[test]
fn a_part_of_a_century_or_a_quarter_named_by_its_rank() {
    let dct = Some("2016-03-10");
    let text = "À la fin du XIXe siècle, la ville était prospère.";
    let t = tag(text, dct);
    let century = find(&t, text, "la fin du XIXe siècle");
    assert_eq!((century.value.as_str(), century.modifier.as_deref()), ("18", Some("END")));
    let text = "La ville décline depuis le début du XXIe siècle.";
    let t = tag(text, dct);
    let century = find(&t, text, "le début du XXIe siècle");
    assert_eq!((century.value.as_str(), century.modifier.as_deref()), ("20", Some("START")));
    let text = "Les ventes ont reculé au début du troisième trimestre 2015.";
    let t = tag(text, dct);
    let quarter = find(&t, text, "début du troisième trimestre 2015");
    assert_eq!((quarter.value.as_str(), quarter.modifier.as_deref()), ("2015-Q3", Some("START")));
    // Without a part, no modifier.
    let text = "Le XXe siècle a été celui des guerres mondiales.";
    assert_eq!(tag(text, dct)[0].modifier, None);
}

#[test]
fn an_end_gone_by_early_in_the_period_is_the_period_s_before() {
    // Tuesday 5 January 2016.
    let dct = Some("2016-01-05");
    let text = "À la fin de l'année, le chômage avait baissé.";
    assert_eq!(values(text, dct), vec![pair("la fin de l'année", "2015")]);
    let text = "En fin d'année, les ventes ont progressé.";
    assert_eq!(values(text, dct), vec![pair("fin d'année", "2015")]);
    let text = "À la fin du mois, les prix ont chuté.";
    assert_eq!(values(text, dct), vec![pair("la fin du mois", "2015-12")]);
    // Ahead, or looked ahead to: this year's end.
    let text = "Le texte sera voté à la fin de l'année.";
    assert_eq!(values(text, dct), vec![pair("la fin de l'année", "2016")]);
    let text = "Le vote a été reporté à la fin de l'année.";
    assert_eq!(values(text, dct), vec![pair("la fin de l'année", "2016")]);
    // Late in the month, its end may be gone by already.
    let text = "À la fin du mois, les prix avaient chuté.";
    assert_eq!(values(text, Some("2016-01-29")), vec![pair("la fin du mois", "2016-01")]);
}

#[test]
fn a_day_alone_opening_its_sentence_counts_from_the_day_told_last() {
    let dct = "2017-06-14";
    let text = "Le 1er mai, les syndicats ont défilé. Le 8, ils ont été reçus à l'Elysée.";
    assert_eq!(find(&tag_sentences(text, dct), text, "Le 8").value, "2017-05-08");
    // In the pluperfect, a look back: the last day so numbered before.
    let text = "Le président a parlé mardi. Le 3, il avait déjà rencontré le roi.";
    assert_eq!(find(&tag_sentences(text, dct), text, "Le 3").value, "2017-06-03");
    // Without a day told before, or not set off, no date.
    let text = "Le 8, ils ont été reçus.";
    assert!(tag_sentences(text, dct).is_empty());
    let text = "Le 1er mai, les syndicats ont défilé. Le 8 de la liste a été élu.";
    assert_eq!(tag_sentences(text, dct).len(), 1);
    // After a day of its clause, a day alone is the next so numbered ("puis à nouveau le 6").
    let text = "Le lundi 5 octobre, un avion avait violé l'espace aérien, puis à nouveau le 6.";
    assert_eq!(find(&tag_sentences(text, "2015-10-21"), text, "le 6").value, "2015-10-06");
}

#[test]
fn a_school_year_astride_two_is_one_expression() {
    let text = "La réforme entrera en vigueur à la rentrée de l'année scolaire 2017-2018.";
    assert_eq!(values(text, Some("2017-03-01")), vec![pair("l'année scolaire 2017-2018", "FY2018")]);
}

#[test]
fn streets_and_movements_named_after_a_day_are_no_dates() {
    let text = "Les manifestants ont défilé de la place du 14 juillet à la rue du 4 septembre, à l'appel \
                du Mouvement du 20 février (M20F). La fête du 14 juillet aura lieu.";
    assert_eq!(values(text, Some("2017-03-01")), vec![pair("14 juillet", "2017-07-14")]);
}

#[test]
fn the_first_weekday_of_each_month_is_monthly() {
    let text =
        "Le conseil se réunit le premier mardi de chaque mois, et la paie tombe le 1er de chaque mois.";
    assert_eq!(
        values(text, Some("2017-03-01")),
        vec![pair("le premier mardi de chaque mois", "P1M"), pair("le 1er de chaque mois", "P1M")]
    );
}

#[test]
fn a_part_of_yesterday_or_tomorrow_is_one_expression() {
    let text = "Il a parlé dans la matinée d'hier et partira dans la soirée de demain.";
    assert_eq!(
        values(text, Some("2017-03-01")),
        vec![pair("la matinée d'hier", "2017-02-28TMO"), pair("la soirée de demain", "2017-03-02TEV")]
    );
}

#[test]
fn a_month_after_a_noun_is_the_nearest_one() {
    // Told in May with a future verb: the April summit is gone by; with a past verb, the June
    // summit is still ahead; with no month nearer either way, the tense decides.
    let text = "Les décisions du sommet d'avril seront appliquées. Trump a confirmé le sommet de juin. \
                Les élections de novembre auront lieu.";
    assert_eq!(
        values(text, Some("2018-05-03")),
        vec![pair("avril", "2018-04"), pair("juin", "2018-06"), pair("novembre", "2018-11")]
    );
    // After a verb or a locution, "de" is no noun's: the tense decides.
    let text = "Les tarifs augmenteront à compter d'avril. Le mandat sera prolongé au-delà d'avril.";
    assert_eq!(values(text, Some("2018-05-03")), vec![pair("avril", "2019-04"), pair("avril", "2019-04")]);
}

#[test]
fn so_many_days_after_an_event_of_some_month_are_how_long_after() {
    let text = "Le rapport a été publié mercredi. La mission était arrivée dix jours après celle du FMI en \
                juillet.";
    assert_eq!(
        values(text, Some("2016-08-12")),
        vec![pair("mercredi", "2016-08-10"), pair("dix jours", "P10D"), pair("juillet", "2016-07")]
    );
}

#[test]
fn an_offset_counts_from_a_background_date_of_its_own_sentence() {
    // The date set off in a participle is background for the story, yet the offset told after it
    // in the same phrase counts from it, not from the day told in the sentence before.
    let text = "Les dirigeants se sont réunis mercredi. Le premier accord, signé le 5 septembre 2014 et \
                complété par un mémorandum deux semaines plus tard, n'a jamais été respecté.";
    assert_eq!(find(&tag_sentences(text, "2015-02-12"), text, "deux semaines plus tard").value, "2014-09-19");
    // A day told after it in the sentence is the one counted from.
    let text = "L'accord, signé le 5 septembre 2014, a été rompu le 3 février et deux jours plus tard \
                les combats ont repris.";
    assert_eq!(find(&tag_sentences(text, "2015-02-12"), text, "deux jours plus tard").value, "2015-02-05");
}

#[test]
fn a_weekday_or_month_qualifying_what_happened_is_gone_by() {
    // Told on a Sunday, whatever the promise, call or purpose around: the Wednesday before.
    let dct = Some("2018-03-11");
    for text in [
        "Le président a promis de punir les auteurs de l'attaque de mercredi.",
        "L'opposition a appelé à manifester contre la répression de mercredi.",
        "Les syndicats ont appelé à une grève générale après la mort mercredi d'un manifestant.",
        "Les auteurs de l'attaque de mercredi seront jugés.",
    ] {
        assert_eq!(values(text, dct), vec![pair("mercredi", "2018-03-07")], "{text}");
    }
    // What is planned may be ahead.
    assert_eq!(values("La réunion de mercredi sera décisive.", dct), vec![pair("mercredi", "2018-03-14")]);
    // "l'insurrection d'octobre" told in September: the October before; the month of publication
    // is gone by already.
    let text = "Les leaders de l'insurrection d'octobre ont été reçus par le chef de l'Etat.";
    assert_eq!(values(text, Some("2015-09-20")), vec![pair("octobre", "2014-10")]);
    assert_eq!(values(text, Some("2014-10-31")), vec![pair("octobre", "2014-10")]);
}

#[test]
fn the_morrow_of_a_week_told_is_of_that_week_or_of_its_day() {
    // "il y a une semaine": that week, and seven days back the day the story goes on from.
    let text = "Il y a une semaine, l'armée tentait un putsch. Le lendemain, le gouvernement arrêtait 3 000 militaires.";
    assert_eq!(
        values(text, Some("2016-07-22")),
        vec![pair("Il y a une semaine", "2016-W28"), pair("Le lendemain", "2016-07-16")]
    );
    // "la semaine dernière": no day, the morrow is of that week.
    let text = "La semaine dernière, il avait réuni ses partisans. Le lendemain, il confiait son inquiétude.";
    assert_eq!(
        values(text, Some("2016-11-21")),
        vec![pair("La semaine dernière", "2016-W46"), pair("Le lendemain", "2016-W46")]
    );
    // "Le même jour" after it: that same day, of that week.
    let text = "La semaine dernière, il avait réuni ses partisans. Le lendemain, il confiait son \
                inquiétude. Le même jour, son rival tenait meeting.";
    assert_eq!(values(text, Some("2016-11-21"))[2], pair("Le même jour", "2016-W46"));
}

#[test]
fn the_morrow_after_a_look_back_counts_from_the_scene() {
    let dct = Some("2014-12-10");
    let text = "Le 30 octobre, les manifestants ont incendié l'Assemblée. La veille, l'opposition avait \
                réuni un million de personnes. Le lendemain, Blaise Compaoré annonçait sa démission.";
    assert_eq!(
        values(text, dct),
        vec![
            pair("Le 30 octobre", "2014-10-30"),
            pair("La veille", "2014-10-29"),
            pair("Le lendemain", "2014-10-31")
        ]
    );
    // The morrow of the event the look back told counts from it.
    let text = "Le 30 octobre, les manifestants ont incendié l'Assemblée. La veille, l'opposition avait \
                réuni un million de personnes. Le lendemain de ce rassemblement, l'armée a été déployée.";
    assert_eq!(values(text, dct)[2], pair("Le lendemain", "2014-10-30"));
}
