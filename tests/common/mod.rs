//! A small French corpus for the browser tests: four articles written for the tests, with accents,
//! « » and narrow no-break spaces, people, countries standing for themselves through capitals,
//! institutions and demonyms, dates resolved in each way, events from Sept 2015 to Feb 2017.
#![allow(dead_code)] // Each test binary uses part of this.

use dossier::browse::app::App;
use dossier::browse::catalog::Catalog;
use dossier::corpus::*;

/// U+202F, the narrow no-break space French puts inside « » and before : ; ? !
pub const NNBSP: char = '\u{202f}';

struct Doc {
    article: Article,
}

fn kind_of(id: &str) -> MentionKind {
    match id.split(':').next() {
        Some("person") => MentionKind::Person,
        Some("org") => MentionKind::Organisation,
        _ => MentionKind::Location,
    }
}

impl Doc {
    fn new(id: &str, title: &str, source: &str, dct: &str, text: &str) -> Doc {
        Doc {
            article: Article {
                id: id.into(),
                title: title.into(),
                source: Some(source.into()),
                url: None,
                dct: Some(dct.into()),
                dct_approx: false,
                dct_origin: DctOrigin::Manifest,
                warnings: vec![],
                text: text.into(),
                zones: vec![],
                sentences: vec![],
                mentions: vec![],
                timexes: vec![],
                events: vec![],
            },
        }
    }

    fn find(&self, needle: &str) -> Span {
        let start =
            self.article.text.find(needle).unwrap_or_else(|| panic!("fixture: {needle:?} not in text"));
        Span::new(start, start + needle.len())
    }

    fn sentences(mut self, list: &[&str]) -> Doc {
        for s in list {
            let span = self.find(s);
            self.article.sentences.push(Sentence { span, zone: None });
        }
        self
    }

    /// Tags every whole-word occurrence of `needle` not already tagged.
    fn mention(mut self, needle: &str, entity: &str, kind: MentionKind) -> Doc {
        let text = self.article.text.clone();
        for (start, _) in text.match_indices(needle) {
            let span = Span::new(start, start + needle.len());
            let whole_word = !text[span.end..].chars().next().is_some_and(char::is_alphabetic)
                && !text[..start].chars().next_back().is_some_and(char::is_alphabetic);
            if whole_word && !self.article.mentions.iter().any(|m| m.span.overlaps(span)) {
                self.article.mentions.push(Mention { span, kind, entity: entity.into() });
            }
        }
        self.article.mentions.sort_by_key(|m| m.span);
        self
    }

    fn m(self, needle: &str, entity: &str) -> Doc {
        self.mention(needle, entity, kind_of(entity))
    }

    fn timex(
        mut self,
        needle: &str,
        value: &str,
        resolution: Resolution,
        anchor: Option<&str>,
        approx: bool,
    ) -> Doc {
        let span = self.find(needle);
        self.article.timexes.push(Timex {
            span,
            kind: TimexType::Date,
            value: value.into(),
            modifier: approx.then(|| "APPROX".into()),
            resolution,
            anchor: anchor.map(Into::into),
        });
        self
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        mut self,
        sentence: usize,
        trigger: &str,
        date: &str,
        timex: Option<usize>,
        category: &str,
        actors: (&[&str], &[&str]),
        people: &[&str],
        summary: &str,
    ) -> Doc {
        let precision = match date.len() {
            4 => Precision::Year,
            7 => Precision::Month,
            _ => Precision::Day,
        };
        let approx = timex.is_some_and(|t| self.article.timexes[t].approximate())
            || (timex.is_none() && self.article.dct_approx);
        let trigger = self.find(trigger);
        self.article.events.push(Event {
            sentence,
            trigger,
            date: date.into(),
            precision,
            approx,
            date_origin: if timex.is_some() {
                EventDateOrigin::Timex
            } else {
                EventDateOrigin::PublicationDate
            },
            timex,
            category: category.into(),
            source: actors.0.iter().map(|s| s.to_string()).collect(),
            target: actors.1.iter().map(|s| s.to_string()).collect(),
            people: people.iter().map(|s| s.to_string()).collect(),
            summary: summary.into(),
        });
        self
    }
}

fn entity(id: &str, name: &str, kind: EntityKind, country: &str, aliases: &[&str]) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        country: Some(country.into()),
        role: None,
        in_lexicon: true,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
    }
}

pub const LAVROV: &str = "person:serguei-lavrov";

pub fn corpus() -> Corpus {
    use Resolution::*;
    let q = |s: &str| s.replace('_', &NNBSP.to_string());

    let levif = Doc::new(
        "001_levif",
        "Moscou accuse Washington de refuser le dialogue",
        "Le Vif",
        "2015-10-14",
        &q("Moscou accuse Washington de refuser le dialogue\n\n\
            Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré mercredi que les \
            États-Unis avaient refusé de recevoir une délégation russe. «_Nous avons proposé d’envoyer \
            le Premier ministre à Washington_», a-t-il ajouté. Samedi, des avions russes ont volé à \
            distance visuelle des avions de la coalition, selon le Pentagone. Le Kremlin a annoncé une \
            nouvelle discussion avec Washington."),
    )
    .sentences(&[
        "Moscou accuse Washington de refuser le dialogue",
        "Le ministre russe des Affaires étrangères",
        "«",
        "Samedi, des avions",
        "Le Kremlin a annoncé",
    ]);
    // Sentence spans run to the end of each sentence.
    let levif = extend_sentences(levif)
        .m("Sergueï Lavrov", LAVROV)
        .m("Moscou", "country:RUS")
        .m("Washington", "country:USA")
        .m("États-Unis", "country:USA")
        .m("Kremlin", "country:RUS")
        .m("Pentagone", "org:pentagone")
        .mention("russes", "country:RUS", MentionKind::Demonym)
        .mention("russe", "country:RUS", MentionKind::Demonym)
        .timex("mercredi", "2015-10-14", PublicationDate, Some("2015-10-14"), false)
        .timex("Samedi", "2015-10-10", PublicationDate, Some("2015-10-14"), false)
        .event(
            1,
            "déclaré",
            "2015-10-14",
            Some(0),
            "statement",
            (&["RUS"], &["USA"]),
            &[LAVROV],
            "Lavrov : Washington a refusé une délégation russe",
        )
        .event(
            3,
            "volé",
            "2015-10-10",
            Some(1),
            "military_action",
            (&["RUS"], &["USA"]),
            &[],
            "Avions russes à distance visuelle de la coalition",
        )
        .event(
            4,
            "annoncé",
            "2015-10-14",
            None,
            "consult",
            (&["RUS"], &["USA"]),
            &[],
            "Nouvelle discussion russo-américaine",
        );

    let huffpost = Doc::new(
        "002_huffpost",
        "La trêve s’effondre en Syrie",
        "HuffPost Québec",
        "2016-09-28",
        "La trêve s’effondre en Syrie\n\n\
         Le 9 septembre, John Kerry et Sergueï Lavrov ont signé à Genève un accord de trêve. Dix jours \
         plus tard, la trêve s’est effondrée. Mercredi, M. Kerry a averti M. Lavrov que Washington \
         suspendrait la coopération avec Moscou.",
    )
    .sentences(&["La trêve s’effondre en Syrie", "Le 9 septembre", "Dix jours", "Mercredi, M. Kerry"]);
    let huffpost = extend_sentences(huffpost)
        .m("Sergueï Lavrov", LAVROV)
        .m("M. Lavrov", LAVROV)
        .m("John Kerry", "person:john-kerry")
        .m("M. Kerry", "person:john-kerry")
        .m("Syrie", "country:SYR")
        .mention("Genève", "place:geneve", MentionKind::Location)
        .m("Washington", "country:USA")
        .m("Moscou", "country:RUS")
        .timex("Le 9 septembre", "2016-09-09", PublicationDate, Some("2016-09-28"), false)
        .timex("Dix jours plus tard", "2016-09-19", PreviousDate, Some("2016-09-09"), false)
        .timex("Mercredi", "2016-09-28", PublicationDate, Some("2016-09-28"), false)
        .event(
            1,
            "signé",
            "2016-09-09",
            Some(0),
            "cooperate",
            (&["RUS", "USA"], &[]),
            &["person:john-kerry", LAVROV],
            "Trêve signée à Genève",
        )
        .event(
            2,
            "effondrée",
            "2016-09-19",
            Some(1),
            "military_action",
            (&[], &["SYR"]),
            &[],
            "La trêve s’effondre",
        )
        .event(
            3,
            "averti",
            "2016-09-28",
            Some(2),
            "threaten",
            (&["USA"], &["RUS"]),
            &["person:john-kerry", LAVROV],
            "Kerry menace de suspendre la coopération",
        );

    let mut courrier = Doc::new(
        "003_courrier",
        "Sécurité aérienne : Russes et Occidentaux discutent",
        "Le Courrier du Vietnam",
        "2015-10-06",
        "Sécurité aérienne : Russes et Occidentaux discutent\n\n\
         Il y a une dizaine de jours, des militaires russes et le Pentagone ont commencé à travailler \
         sur un accord de sécurité aérienne. Israël et Moscou ont établi un mécanisme similaire.",
    );
    courrier.article.dct_approx = true;
    let courrier = extend_sentences(courrier.sentences(&["Sécurité aérienne :", "Il y a", "Israël et"]))
        .mention("Russes", "country:RUS", MentionKind::Demonym)
        .mention("russes", "country:RUS", MentionKind::Demonym)
        .m("Pentagone", "org:pentagone")
        .m("Israël", "country:ISR")
        .m("Moscou", "country:RUS")
        .timex("Il y a une dizaine de jours", "2015-09-26", PublicationDate, Some("2015-10-06"), true)
        .event(
            1,
            "commencé",
            "2015-09-26",
            Some(0),
            "cooperate",
            (&["RUS"], &[]),
            &[],
            "Début du travail sur la sécurité aérienne",
        )
        .event(
            2,
            "établi",
            "2015-10-06",
            None,
            "cooperate",
            (&["ISR", "RUS"], &[]),
            &[],
            "Mécanisme israélo-russe",
        );

    let mut sputnik = Doc::new(
        "004_sputnik",
        "Entretien avec Oleg Syromolotov",
        "Sputnik",
        "2017-02",
        "Entretien avec Oleg Syromolotov\n\ndate 2017-02\n\
         Le vice-ministre russe Oleg Syromolotov a accordé un entretien à notre agence. Le 28 janvier, \
         Vladimir Poutine et Donald Trump se sont entretenus par téléphone.",
    );
    sputnik.article.dct_origin = DctOrigin::Header;
    let sputnik =
        extend_sentences(sputnik.sentences(&["Entretien avec Oleg", "Le vice-ministre", "Le 28 janvier"]))
            .m("Oleg Syromolotov", "person:oleg-syromolotov")
            .m("Vladimir Poutine", "person:vladimir-poutine")
            .m("Donald Trump", "person:donald-trump")
            .mention("russe", "country:RUS", MentionKind::Demonym)
            .timex("Le 28 janvier", "2017-01-28", PublicationDate, Some("2017-02"), false)
            .event(
                1,
                "accordé",
                "2017-02",
                None,
                "statement",
                (&["RUS"], &[]),
                &["person:oleg-syromolotov"],
                "Entretien de Syromolotov",
            )
            .event(
                2,
                "entretenus",
                "2017-01-28",
                Some(0),
                "consult",
                (&["RUS"], &["USA"]),
                &["person:vladimir-poutine", "person:donald-trump"],
                "Appel Poutine–Trump",
            );

    use EntityKind::*;
    let mut entities = vec![
        entity("country:RUS", "Russie", Country, "RUS", &["Kremlin", "Moscou", "Russes", "russe", "russes"]),
        entity("country:USA", "États-Unis", Country, "USA", &["Washington", "États-Unis"]),
        entity("country:SYR", "Syrie", Country, "SYR", &["Syrie"]),
        entity("country:ISR", "Israël", Country, "ISR", &["Israël"]),
        entity("place:geneve", "Genève", Place, "CHE", &["Genève"]),
        entity("org:pentagone", "Pentagone", Organisation, "USA", &["Pentagone"]),
        entity(LAVROV, "Sergueï Lavrov", Person, "RUS", &["M. Lavrov", "Sergueï Lavrov"]),
        entity("person:john-kerry", "John Kerry", Person, "USA", &["John Kerry", "M. Kerry"]),
        entity("person:vladimir-poutine", "Vladimir Poutine", Person, "RUS", &["Vladimir Poutine"]),
        entity("person:donald-trump", "Donald Trump", Person, "USA", &["Donald Trump"]),
        entity("person:oleg-syromolotov", "Oleg Syromolotov", Person, "RUS", &["Oleg Syromolotov"]),
    ];
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    Corpus {
        format: FORMAT_NAME.into(),
        version: SCHEMA_VERSION,
        articles: vec![levif.article, huffpost.article, courrier.article, sputnik.article],
        entities,
    }
}

/// Makes each sentence run up to the next one (or the end of the text), trimmed.
fn extend_sentences(mut doc: Doc) -> Doc {
    let text = doc.article.text.clone();
    let starts: Vec<usize> = doc.article.sentences.iter().map(|s| s.span.start).collect();
    for (i, s) in doc.article.sentences.iter_mut().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let trimmed = text[s.span.start..end].trim_end();
        s.span = Span::new(s.span.start, s.span.start + trimmed.len());
    }
    doc
}

pub fn catalog() -> Catalog {
    Catalog::new(corpus())
}

pub fn app(width: u16, height: u16) -> App {
    App::new(catalog(), (width, height))
}

/// Writes the fixture corpus as JSON into `dir` and returns its path.
pub fn write_corpus(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("fixture-corpus.json");
    std::fs::write(&path, dossier::corpus::io::to_json(&corpus())).unwrap();
    path
}
