use super::*;
use crate::corpus::ZoneKind;
use crate::parse::DataSource;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::load(&DataSource::Embedded).expect("embedded lexicon loads"))
}

/// Sentences split by hand (the real segmenter is another stage): after ". ", "? ", "! " and at
/// line breaks.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let end = if bytes[i] == b'\n' {
            Some(i)
        } else if matches!(bytes[i], b'.' | b'?' | b'!')
            && bytes.get(i + 1) == Some(&b' ')
            && !text[..i].ends_with(" M")
        {
            Some(i + 1)
        } else {
            None
        };
        if let Some(end) = end {
            if end > start {
                out.push(Sentence { span: Span::new(start, end), zone: None });
            }
            start = end + 1;
        }
    }
    if start < text.len() {
        out.push(Sentence { span: Span::new(start, text.len()), zone: None });
    }
    out
}

fn found(text: &str) -> Found {
    recognise(text, &sentences(text), lexicon())
}

/// (surface, kind, entity id) of every mention.
fn mentions(text: &str) -> Vec<(String, MentionKind, String)> {
    found(text).mentions.iter().map(|m| (m.span.slice(text).to_string(), m.kind, m.entity.clone())).collect()
}

fn entity_of(text: &str, surface: &str) -> Option<String> {
    mentions(text).into_iter().find(|(s, _, _)| s == surface).map(|(_, _, e)| e)
}

fn ids(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|(_, _, e)| e).collect()
}

#[test]
fn a_surname_alone_or_after_m_resolves_to_the_person() {
    let text = "Sergueï Lavrov a parlé hier. M. Lavrov a ajouté que rien ne changeait. Lavrov est reparti.";
    let found = mentions(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().all(|(_, k, e)| *k == MentionKind::Person && e == "person:serguei-lavrov"),
        "{found:?}"
    );
    // From the lexicon alone too, with no full name before.
    assert_eq!(
        entity_of("Selon M. Peskov, tout va bien.", "Peskov").as_deref(),
        Some("person:dmitri-peskov")
    );
}

#[test]
fn a_surname_goes_to_the_person_the_article_named_before() {
    let text =
        "Le colonel Zbigniew Kowalczyk est arrivé lundi. M. Kowalczyk a déclaré que Kowalczyk restait.";
    let found = mentions(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|(_, _, e)| e == "person:zbigniew-kowalczyk"), "{found:?}");
    // A lexicon surname, too, goes first to the article's own person.
    let text = "Le général Hubert Lavrov commande. M. Lavrov a refusé.";
    assert_eq!(ids(text), ["person:hubert-lavrov", "person:hubert-lavrov"]);
}

#[test]
fn a_surname_named_before_the_full_name_is_that_person() {
    let text = "Le colonel Kowalczyk a parlé lundi. Plus tard, Zbigniew Kowalczyk a confirmé.";
    let f = found(text);
    assert_eq!(ids(text), ["person:zbigniew-kowalczyk", "person:zbigniew-kowalczyk"]);
    assert_eq!(f.entities.len(), 1);
    assert_eq!(f.entities[0].role.as_deref(), Some("colonel"));
    assert_eq!(f.entities[0].aliases, ["Kowalczyk", "Zbigniew Kowalczyk"]);
    // Two people of that surname: the lone one stays apart.
    let text = "Le colonel Kowalczyk a parlé. Zbigniew Kowalczyk et Anna Kowalczyk ont confirmé.";
    assert!(ids(text).contains(&"person:kowalczyk".to_string()));
}

#[test]
fn a_surname_with_a_particle_named_before_the_full_name_is_that_person() {
    let text = "Van der Berghe a gagné. Plus tard, Jozef Van der Berghe a remercié ses électeurs. M. Van der Berghe a souri.";
    let f = found(text);
    assert_eq!(f.entities.len(), 1, "{:?}", f.entities);
    assert_eq!(f.entities[0].id, "person:jozef-van-der-berghe");
    assert_eq!(f.mentions.len(), 3, "{:?}", f.mentions);
}

#[test]
fn a_person_after_an_organisation_and_its_adjective_ends_its_name() {
    let text = "le président de l'Assemblée nationale Guillaume Kabore a appelé au calme.";
    assert_eq!(
        mentions(text).into_iter().map(|(s, _, _)| s).collect::<Vec<_>>(),
        ["Assemblée nationale", "Guillaume Kabore"]
    );
    // Right after the head, a person's name names the body.
    let text = "la Fondation Jean Jaurès a publié une note.";
    assert_eq!(ids(text), ["org:fondation-jean-jaures"]);
}

#[test]
fn a_name_after_an_organisation_cue_may_join_two_words_with_et_and_take_its_acronym() {
    let text = "Le chef du parti conservateur Ordre et Progrès (OeP), Jan Nowak, a parlé. L'OeP a gagné.";
    let found = mentions(text);
    let org = |s: &str| {
        found.iter().any(|(f, k, e)| f == s && *k == MentionKind::Organisation && e == "org:ordre-et-progres")
    };
    assert!(org("Ordre et Progrès") && org("OeP"), "{found:?}");
    assert_eq!(found.iter().filter(|(f, _, _)| f == "OeP").count(), 2, "{found:?}");
    // Two names after the cue stay two.
    let text = "Le mouvement Ordre et Nouveau Progrès ont gagné.";
    assert!(!ids(text).iter().any(|e| e.contains("ordre-et")), "{:?}", ids(text));
}

#[test]
fn a_name_in_quotes_with_no_first_name_is_what_a_thing_is_called() {
    let text = "les îles, que les habitants appellent « Terra Nostra », restent disputées.";
    assert!(ids(text).is_empty(), "{:?}", mentions(text));
    // A person's name in quotes is still a person's.
    assert_eq!(ids("Il a cité « Jean Dupuis » dans son livre."), ["person:jean-dupuis"]);
}

#[test]
fn an_unknown_first_word_before_a_known_first_name_mid_sentence_is_part_of_the_name() {
    let text = "Le Premier ministre, Sigrundur David Haraldsson, a démissionné.";
    assert_eq!(ids(text), ["person:sigrundur-david-haraldsson"]);
    // Not after an article: a plural noun of a party, then the man.
    let text = "L'ancien dirigeant des Vertueux Alexander Kowalski a gagné.";
    assert_eq!(entity_of(text, "Alexander Kowalski").as_deref(), Some("person:alexander-kowalski"));
    // At the start of a sentence, a capitalised word before a first name may be any word.
    let text = "Décès de Monique Grandvallet à Lyon.";
    assert_eq!(entity_of(text, "Monique Grandvallet").as_deref(), Some("person:monique-grandvallet"));
}

#[test]
fn the_examples_of_the_brief() {
    let text = "selon le porte-parole du Pentagone, Jeff Davis, et le colonel Steve Warren.";
    assert_eq!(ids(text), ["country:USA", "person:jeff-davis", "person:steve-warren"]);
    let text = "le secrétaire d'Etat américain John Kerry et MM. Lavrov et Kerry";
    assert_eq!(ids(text), ["country:USA", "person:john-kerry", "person:serguei-lavrov", "person:john-kerry"]);
}

#[test]
fn institutions_and_capitals_stand_for_their_country() {
    let text =
        "Washington, la Maison-Blanche, le Pentagone et le département d'Etat ont répondu au Kremlin, \
                à Moscou et à Ankara.";
    let found = mentions(text);
    let expect = [
        ("Washington", "country:USA"),
        ("Maison-Blanche", "country:USA"),
        ("Pentagone", "country:USA"),
        ("département d'Etat", "country:USA"),
        ("Kremlin", "country:RUS"),
        ("Moscou", "country:RUS"),
        ("Ankara", "country:TUR"),
    ];
    let got: Vec<(&str, &str)> = found.iter().map(|(s, _, e)| (s.as_str(), e.as_str())).collect();
    assert_eq!(got, expect);
    assert_eq!(found[1].1, MentionKind::Organisation);
    assert_eq!(found[0].1, MentionKind::Location);
}

#[test]
fn demonyms_link_to_their_country() {
    let text = "Les Russes et les diplomates américaines ont vu les avions turcs survoler le sol syrien.";
    let found = mentions(text);
    let got: Vec<(&str, MentionKind, &str)> =
        found.iter().map(|(s, k, e)| (s.as_str(), *k, e.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Russes", MentionKind::Demonym, "country:RUS"),
            ("américaines", MentionKind::Demonym, "country:USA"),
            ("turcs", MentionKind::Demonym, "country:TUR"),
            ("syrien", MentionKind::Demonym, "country:SYR"),
        ]
    );
}

#[test]
fn compound_adjectives_name_both_countries() {
    let text = "Un accord américano-russe, puis un sommet russo-américain et un dialogue sino-turc.";
    assert_eq!(
        ids(text),
        ["country:USA", "country:RUS", "country:RUS", "country:USA", "country:CHN", "country:TUR"]
    );
    // Not every hyphenated word: "militaro-techniques" names no country.
    assert!(ids("des mesures militaro-techniques").is_empty());
}

#[test]
fn typography_variants_match_alike() {
    for text in [
        "les Etats-Unis",
        "les États-Unis",
        "les ETATS-UNIS",
        "le département d’État",
        "la Maison\u{a0}Blanche",
        "la Maison-Blanche",
        "le Département d'Etat",
    ] {
        assert_eq!(ids(text), ["country:USA"], "{text}");
    }
    // Text in decomposed form (accents as combining marks).
    assert_eq!(ids("les E\u{301}tats-Unis et la Sue\u{300}de"), ["country:USA", "country:SWE"]);
    // The mention keeps the text's own bytes.
    let text = "la Maison\u{a0}Blanche";
    let m = &found(text).mentions[0];
    assert_eq!(m.span.slice(text), "Maison\u{a0}Blanche");
}

#[test]
fn a_title_introduces_an_unknown_person() {
    let text = "Le porte-parole du Quai d'Orsay, Romain Nadal, a démenti.";
    let f = found(text);
    let person = f.entities.iter().find(|e| e.kind == EntityKind::Person).expect("a person");
    assert_eq!(person.id, "person:romain-nadal");
    assert!(!person.in_lexicon);
    assert_eq!(person.role.as_deref(), Some("porte-parole du Quai d'Orsay"));
    assert_eq!(person.country.as_deref(), Some("FRA"), "the country of the institution in the role");

    let text = "a indiqué le vice-ministre turc des Affaires étrangères Umit Yalcin.";
    let f = found(text);
    let person = f.entities.iter().find(|e| e.kind == EntityKind::Person).expect("a person");
    assert_eq!((person.id.as_str(), person.country.as_deref()), ("person:umit-yalcin", Some("TUR")));

    // A rank right before a lone surname.
    assert_eq!(
        entity_of("selon le colonel Kowalczyk, rien", "Kowalczyk").as_deref(),
        Some("person:kowalczyk")
    );
    // "Mme X", "M. X".
    assert_eq!(entity_of("Mme Zhukova a parlé.", "Zhukova").as_deref(), Some("person:zhukova"));
    // A role with a complement does not make a lone capitalised word a person.
    assert!(ids("le ministre des Affaires étrangères a parlé").is_empty());
}

#[test]
fn a_known_first_name_starts_an_unknown_person() {
    let text = "Les propos de Marco Rubio ont surpris.";
    let f = found(text);
    assert_eq!(ids(text), ["person:marco-rubio"]);
    assert!(!f.entities[0].in_lexicon);
    // A lexicon surname after another first name is another person.
    assert_eq!(ids("Jimmy Carter a écrit."), ["person:jimmy-carter"]);
    // The lexicon person's own first name, spelt otherwise, is still the lexicon person.
    assert_eq!(ids("Ash Carter a écrit."), ["person:ashton-carter"]);
}

#[test]
fn an_unseen_paragraph_resolves() {
    let text = "Le ministre turc des Affaires étrangères, Mevlüt Çavusoglu, a reçu jeudi à Ankara son homologue \
                iranien Mohammad Javad Zarif. Selon l'agence Anadolu, Téhéran et Moscou souhaitent des pourparlers \
                à Astana. Le porte-parole du département d'Etat, Mark Toner, a répondu. M. Erdogan a insisté. \
                Interrogé par l'AFP, le diplomate français Jean-Louis Falconi a jugé la trêve « fragile ». \
                « La situation est catastrophique », a déclaré mardi Stephen O'Brien.";
    assert_eq!(
        ids(text),
        [
            "country:TUR",
            "person:mevlut-cavusoglu",
            "country:TUR",
            "country:IRN",
            "person:mohammad-javad-zarif",
            "org:anadolu",
            "country:IRN",
            "country:RUS",
            "country:KAZ",
            "country:USA",
            "person:mark-toner",
            "person:recep-tayyip-erdogan",
            "org:afp",
            "country:FRA",
            "person:jean-louis-falconi",
            "person:stephen-o-brien",
        ]
    );
    let f = found(text);
    let falconi = f.entities.iter().find(|e| e.id == "person:jean-louis-falconi").unwrap();
    assert_eq!(
        (falconi.role.as_deref(), falconi.country.as_deref()),
        (Some("diplomate français"), Some("FRA"))
    );
}

#[test]
fn capitalised_sequences_are_names_by_their_words() {
    assert_eq!(ids("la Banque Asiatique a prêté"), ["org:banque-asiatique"]);
    assert_eq!(ids("arrivé à Tombouctou hier"), ["place:tombouctou"]);
    // A lone capitalised word with no cue is no entity.
    assert!(ids("le forum de Zanzibarville a eu lieu").is_empty());
}

#[test]
fn organisations_are_found_by_their_cue_or_head_word() {
    assert_eq!(
        ids("Le groupe jihadiste Hayat Tahrir al-Cham contrôle la ville."),
        ["org:hayat-tahrir-al-cham"]
    );
    assert_eq!(ids("L'ONG Human Rights Watch proteste."), ["org:human-rights-watch"]);
    assert_eq!(ids("selon le quotidien Kommersant."), ["org:kommersant"]);
    // French names capitalise only their head word.
    assert_eq!(
        ids("L'Organisation arabe pour le développement industriel s'inquiète."),
        ["org:organisation-arabe-pour-le-developpement-industriel"]
    );
    let f = found("Le Conseil national syrien a répondu.");
    assert_eq!(f.mentions.len(), 1, "the demonym is part of the name");
    assert_eq!(
        (f.entities[0].id.as_str(), f.entities[0].country.as_deref()),
        ("org:conseil-national-syrien", Some("SYR"))
    );
}

#[test]
fn a_country_right_after_an_organisation_s_head_is_a_word_of_its_name() {
    let f = found("Le ministre a parlé à Radio Maroc Internationale jeudi.");
    assert_eq!(f.mentions.len(), 1, "one name, not a country and an organisation");
    assert_eq!(
        (f.entities[0].id.as_str(), f.entities[0].country.as_deref()),
        ("org:radio-maroc-internationale", None)
    );
    // After a connector, the country is the complement's, read as before.
    assert_eq!(ids("Le Conseil de Russie a voté."), ["org:conseil-de-russie"]);
    // A country that does not follow the head at once is no part of it.
    assert_eq!(ids("Le Parlement a félicité la Tunisie."), ["country:TUN"]);
}

#[test]
fn a_place_after_a_name_an_organisation_s_cue_introduces_is_a_word_of_that_name() {
    assert_eq!(ids("L'ONG Ubuntu Afrique a publié une note."), ["org:ubuntu-afrique"]);
    assert_eq!(ids("Selon le centre Weiss Asie, la crise dure."), ["org:weiss-asie"]);
    // An acronym cue stays a cue, inside a sentence too.
    assert_eq!(ids("Selon l'ONG Vigilance, la crise dure."), ["org:vigilance"]);
    // An unknown acronym after a cue, its adjectives and demonyms, is the organisation's.
    assert_eq!(ids("Selon l'agence officielle birmane MNA, rien."), ["country:MMR", "org:mna"]);
    assert_eq!(ids("Le groupe armé FDLR a revendiqué."), ["org:fdlr"]);
    // With no cue, a place after a person's name is the place.
    assert_eq!(ids("Il a vu Tom Weiss à Bruxelles."), ["person:tom-weiss", "country:BEL"]);
}

#[test]
fn an_organisation_s_name_stops_at_a_verb_or_a_year() {
    // Lowercase words go on only as adjectives, or inside a complement after a connector.
    assert_eq!(ids("Le président de la Ligue arabe présentera vendredi ses vues."), ["org:ligue-arabe"]);
    assert_eq!(ids("les îles annexées par l'Union douanière en 1945."), ["org:union-douaniere"]);
    assert_eq!(
        ids("L'Observatoire égyptien des droits civiques publiera son rapport."),
        ["org:observatoire-egyptien-des-droits-civiques"]
    );
    // A noun of institutions' names is no person's name word, but goes on an organisation's
    // after a connector.
    assert_eq!(
        ids("Le président a réuni le Conseil national de défense mardi."),
        ["org:conseil-national-de-defense"]
    );
    // A first name after "de" starts the person the body belongs to.
    assert_eq!(
        ids("La Garde républicaine de Mohamed Ouali contrôle le port."),
        ["org:garde-republicaine", "person:mohamed-ouali"]
    );
    // A plural agrees with the plural before it: no verb ends so.
    assert_eq!(
        ids("L'Association des pays producteurs de cacao publiera ses chiffres."),
        ["org:association-des-pays-producteurs-de-cacao"]
    );
}

#[test]
fn a_capital_with_an_article_is_found_after_au_and_du() {
    let text = "Le roi est arrivé au Caire. Le soutien du Caire est acquis. Le Caire a répondu.";
    assert_eq!(ids(text), ["country:EGY", "country:EGY", "country:EGY"]);
}

#[test]
fn a_feast_or_a_group_of_countries_is_no_entity() {
    assert!(ids("Les enfants sont invités aux fêtes du Nouvel An et de Pâques.").is_empty());
    assert!(ids("Il reproche aux Occidentaux leur silence.").is_empty());
}

#[test]
fn the_member_states_by_their_number_are_the_european_union_but_a_count_is_not() {
    assert_eq!(ids("Les Vingt-Sept ont adopté le texte."), ["org:union-europeenne"]);
    assert_eq!(ids("Le Premier ministre a écrit aux Vingt-Huit."), ["org:union-europeenne"]);
    assert!(ids("Vingt-Huit soldats ont été blessés.").is_empty());
}

#[test]
fn capitalised_particles_and_unknown_acronyms() {
    assert_eq!(
        ids("Marine Le Pen et Jean-Marie Le Pen"),
        ["person:marine-le-pen", "person:jean-marie-le-pen"]
    );
    assert_eq!(ids("Selon la DGSE et l'ANSSI, rien."), ["org:dgse", "org:anssi"]);
    // All caps that are no organisation: furniture, abbreviations, an acronym with no article.
    assert!(ids("Il est 12:00 EDT. Le PDG a parlé. NOUVELLES du jour.").is_empty());
}

#[test]
fn a_title_does_not_reach_over_a_clause() {
    let text = "Mike Pompeo, le secrétaire d'Etat américain, a rencontré Kim Yong-chol.";
    let f = found(text);
    let kim = f.entities.iter().find(|e| e.id == "person:kim-yong-chol").expect("found by its capitals");
    assert_eq!(kim.role, None);
    assert_eq!(kim.country, None);
}

#[test]
fn capitalised_common_nouns_are_no_names() {
    // A first name inside a capitalised sequence starts the person's name.
    assert_eq!(ids("Témoignage de Martine Tartempion, hier."), ["person:martine-tartempion"]);
    assert_eq!(ids("Obsèques Laurent Duchemin aujourd'hui."), ["person:laurent-duchemin"]);
    // Capitalised nouns veto a person's reading, even after a title word.
    assert!(ids("pendant les Jeux Olympiques de Sydney").iter().all(|id| !id.starts_with("person:")));
    assert!(ids("sous la General Public License").is_empty());
    // A title's complement with an organisation word is the organisation.
    assert_eq!(ids("le président du Crédit Lyonnais a démissionné"), ["org:credit-lyonnais"]);
    // An organisation's head word takes adjectives and complements, not a verb.
    assert_eq!(ids("Le Parlement dispose de pouvoirs importants."), Vec::<String>::new());
    assert_eq!(
        ids("Le Conseil représentatif des institutions juives a réagi."),
        ["org:conseil-representatif-des-institutions-juives"]
    );
}

#[test]
fn a_lone_word_is_the_place_the_article_names_elsewhere() {
    let text = "Le tribunal de Tombelaine a jugé l'affaire. Il habite à Tombelaine depuis dix ans.";
    assert_eq!(ids(text), ["place:tombelaine", "place:tombelaine"]);
    // With nothing else in the article, a lone word after "de" is left alone.
    assert!(ids("Le tribunal de Tombelaine a jugé l'affaire.").is_empty());
}

#[test]
fn a_first_name_and_a_surname_in_capitals_are_a_person() {
    assert_eq!(ids("Un reportage de notre envoyée. Anne BIANCHI"), ["person:anne-bianchi"]);
    // Only after a first name.
    assert!(ids("Le rapport Durand BIANCHI est paru.").iter().all(|id| id != "person:durand-bianchi"));
}

#[test]
fn sentence_openers_and_web_furniture_are_not_entities() {
    let text = "Nous partons. Pourtant rien ne change. Récemment, il a dit non. Dans le ciel. Selon lui. \
                Image tirée d'une vidéo. Cliquez sur « Join ». 28/09/2016 12:00 EDT. Signalez-le ici.";
    assert!(mentions(text).is_empty(), "{:?}", mentions(text));
    // A capitalised opener the article also writes in lowercase is not part of a name.
    let text = "Derrière Pierre Durand, tout. Il était derrière.";
    assert_eq!(ids(text), ["person:pierre-durand"]);
}

#[test]
fn etat_islamique_and_etat_major_are_not_countries() {
    let text = "l'Etat islamique, l'EI, Daech et l'Etat-major général";
    let found = mentions(text);
    assert!(found.iter().all(|(_, _, e)| !e.starts_with("country:")), "{found:?}");
    assert_eq!(
        found[0],
        ("Etat islamique".to_string(), MentionKind::Organisation, "org:etat-islamique".to_string())
    );
    assert_eq!(found[1].2, "org:etat-islamique");
    assert_eq!(found[2].2, "org:etat-islamique");
}

#[test]
fn a_ministry_with_a_demonym_has_that_country() {
    let text =
        "Le ministère russe de la Défense a publié une note. Le ministère de la Défense a ajouté un détail.";
    let f = found(text);
    assert_eq!(f.mentions.len(), 2);
    assert_eq!(f.mentions[0].entity, f.mentions[1].entity, "the second refers to the first");
    let org = &f.entities[0];
    assert_eq!((org.kind, org.country.as_deref()), (EntityKind::Organisation, Some("RUS")));
    // Named bare before it is named with its country, in the same article: the same ministry.
    let f = found(
        "Moscou prête à coopérer (ministère de la Défense). Le ministère russe de la Défense a dit oui.",
    );
    let ministries: Vec<&str> = f
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Organisation)
        .map(|m| m.entity.as_str())
        .collect();
    assert_eq!(ministries, ["org:ministere-de-la-defense-russie", "org:ministere-de-la-defense-russie"]);
    assert_eq!(f.entities.iter().filter(|e| e.kind == EntityKind::Organisation).count(), 1);
    // With no demonym anywhere, no country is guessed.
    let f = found("Le ministère des Affaires étrangères a répondu.");
    assert_eq!(
        (f.entities[0].id.as_str(), f.entities[0].country.as_deref()),
        ("org:ministere-des-affaires-etrangeres", None)
    );
    // A bare "ministère" is no mention.
    assert!(ids("le ministère a répondu").is_empty());
}

#[test]
fn organisations_resolve_with_their_country() {
    let text = "L'OTAN, les Nations unies, la coalition menée par les Etats-Unis et l'agence Sputnik.";
    assert_eq!(
        ids(text),
        ["org:otan", "org:onu", "org:coalition-internationale", "country:USA", "org:sputnik"]
    );
    let f = found(text);
    let coalition = f.entities.iter().find(|e| e.id == "org:coalition-internationale").unwrap();
    assert_eq!(coalition.country.as_deref(), Some("USA"));
    // "coalition" only with its article: "une coalition" is any coalition.
    assert!(ids("une coalition de pays").is_empty());
    // A coalition with a name of its own is that one.
    let got = ids("Le candidat de la coalition Unité Nationale a saisi la justice.");
    assert!(!got.iter().any(|id| id == "org:coalition-internationale"), "{got:?}");
    // Nor does it give its country to a person whose role it names.
    let text = "Le chef de l'opposition Raila Odinga, candidat de la coalition Nasa Unie, a parlé.";
    assert_eq!(country_of(text, "Raila Odinga"), None);
    // Not a person named after it, the comma left out.
    let got = ids("Le porte-parole de la coalition Steve Warren a parlé.");
    assert!(got.iter().any(|id| id == "org:coalition-internationale"), "{got:?}");
}

#[test]
fn blocked_phrases_hide_the_forms_inside() {
    assert!(ids("les pays sud-américains").is_empty());
    assert_eq!(ids("les pays américains"), ["country:USA"]);
}

#[test]
fn zoned_sentences_yield_no_mentions() {
    let text = "© REUTERS Vladimir Poutine\nVladimir Poutine a parlé.";
    let body = text.find('\n').unwrap() + 1;
    let sentences = [
        Sentence { span: Span::new(0, body - 1), zone: Some(ZoneKind::Header) },
        Sentence { span: Span::new(body, text.len()), zone: None },
    ];
    let f = recognise(text, &sentences, lexicon());
    assert_eq!(f.mentions.len(), 1);
    assert_eq!(f.mentions[0].span.start, body);
}

#[test]
fn each_mention_has_the_country_it_stands_for() {
    let text = "Le Kremlin, les Américains, Sergueï Lavrov, le ministère turc de la Défense et l'OTAN.";
    let f = found(text);
    let countries: Vec<(&str, Option<&str>)> =
        f.mentions.iter().map(|m| (m.span.slice(text), f.country_of(m))).collect();
    assert_eq!(
        countries,
        [
            ("Kremlin", Some("RUS")),
            ("Américains", Some("USA")),
            ("Sergueï Lavrov", Some("RUS")),
            ("ministère turc de la Défense", Some("TUR")),
            ("OTAN", None),
        ]
    );
}

#[test]
fn entities_are_sorted_with_the_aliases_seen() {
    let text = "Les Etats-Unis et Washington ont parlé à Moscou. Les Américains aussi.";
    let f = found(text);
    let got: Vec<&str> = f.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(got, ["country:RUS", "country:USA"]);
    assert_eq!(f.entities[1].aliases, ["Américains", "Etats-Unis", "Washington"]);
    assert_eq!(f.entities[1].name, "États-Unis");
}

/// The seed articles, by file name.
fn seed(name: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/articles/");
    std::fs::read_to_string(format!("{dir}{name}")).expect("seed article")
}

const SEEDS: [&str; 5] = [
    "000_1c1bf8a8caf80bef.txt",
    "001_27ca0a4dde6cff53.txt",
    "002_855ecdaf1fa06318.txt",
    "003_98e243251eed0b70.txt",
    "004_3ed597bc77cbe973.txt",
];

#[test]
fn seeds_resolve_people_places_and_no_furniture() {
    let mut lavrov = 0;
    for name in SEEDS {
        let text = seed(name);
        for (surface, kind, entity) in mentions(&text) {
            if surface.contains("Lavrov") {
                lavrov += 1;
                assert_eq!(entity, "person:serguei-lavrov", "{name}: {surface}");
            }
            match surface.as_str() {
                "Moscou" | "Kremlin" => assert_eq!(entity, "country:RUS", "{name}"),
                "Washington" | "Pentagone" | "département d'Etat" => {
                    assert_eq!(entity, "country:USA", "{name}")
                }
                "Ankara" => assert_eq!(entity, "country:TUR", "{name}"),
                "Antonov" | "Peskov" | "Kerry" | "Syromolotov" => assert_eq!(kind, MentionKind::Person),
                _ => {}
            }
            for furniture in
                ["Nous", "Pourtant", "Récemment", "Image", "Join", "EDT", "Signalez", "Contenu", "Telegram"]
            {
                assert!(!surface.contains(furniture), "{name}: {surface:?} is an entity");
            }
        }
    }
    assert_eq!(lavrov, 7, "every mention of Lavrov in the seeds is found");
}

#[test]
fn seeds_find_the_people_they_name() {
    let people = |name: &str| -> Vec<String> {
        let f = found(&seed(name));
        f.entities.into_iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.id).collect()
    };
    assert_eq!(
        people(SEEDS[0]),
        [
            "person:anatoli-antonov",
            "person:dmitri-medvedev",
            "person:dmitri-peskov",
            "person:vladimir-poutine"
        ]
    );
    assert_eq!(
        people(SEEDS[1]),
        [
            "person:ashton-carter",
            "person:barack-obama",
            "person:dmitri-medvedev",
            "person:serguei-lavrov",
            "person:steve-warren",
            "person:vladimir-poutine"
        ]
    );
    assert_eq!(
        people(SEEDS[2]),
        ["person:bachar-al-assad", "person:john-kerry", "person:serguei-lavrov", "person:viktor-poznikhir"]
    );
    assert_eq!(people(SEEDS[3]), ["person:anatoli-antonov", "person:maria-zakharova"]);
}

/// A long article read as one sentence (as the stub segmenter gives it): every rule looks only
/// near its words, so the work stays linear.
#[test]
fn a_long_article_in_one_sentence_is_read_in_linear_time() {
    let one: String = SEEDS.iter().map(|n| seed(n)).collect::<Vec<_>>().join("\n");
    let text = one.repeat(2_000_000 / one.len() + 1);
    let whole = [Sentence { span: Span::new(0, text.len()), zone: None }];
    let start = std::time::Instant::now();
    let f = recognise(&text, &whole, lexicon());
    let per_copy = recognise(&one, &[Sentence { span: Span::new(0, one.len()), zone: None }], lexicon());
    assert_eq!(f.mentions.len(), per_copy.mentions.len() * (text.len() / one.len()));
    // Generous: a quadratic pass would take hours here.
    assert!(start.elapsed().as_secs() < 120, "{:?}", start.elapsed());
}

#[test]
fn seeds_find_their_countries_and_organisations() {
    let ids_of = |name: &str, prefix: &str| -> Vec<String> {
        found(&seed(name)).entities.into_iter().map(|e| e.id).filter(|id| id.starts_with(prefix)).collect()
    };
    assert_eq!(
        ids_of(SEEDS[0], "country:"),
        ["country:CHN", "country:ISR", "country:RUS", "country:SYR", "country:TUR", "country:USA"]
    );
    assert_eq!(
        ids_of(SEEDS[3], "country:"),
        ["country:DEU", "country:GBR", "country:RUS", "country:SYR", "country:TUR", "country:USA"]
    );
    assert_eq!(ids_of(SEEDS[4], "country:"), ["country:RUS", "country:SYR", "country:USA"]);
    let orgs = ids_of(SEEDS[3], "org:");
    for org in [
        "org:otan",
        "org:etat-islamique",
        "org:coalition-internationale",
        "org:ministere-de-la-defense-russie",
    ] {
        assert!(orgs.contains(&org.to_string()), "{org} in {orgs:?}");
    }
    // Every ministry of the seeds is a Russian one, the bare ones included.
    for name in SEEDS {
        for e in found(&seed(name)).entities.iter().filter(|e| e.id.starts_with("org:ministere")) {
            assert_eq!(e.country.as_deref(), Some("RUS"), "{name}: {e:?}");
        }
    }
}

/// Hand annotation of the seeds' body text: article index, mention, entity. Plural generic
/// references ("les ministères de la Défense de Russie et des États-Unis") are not annotated.
const SEED_GOLD: &str = "0\taméricains\tcountry:USA\n0\tSyrie\tcountry:SYR\n0\tWashington\tcountry:USA\n0\tforum de Xiangshan\torg:forum-de-xiangshan\n0\tChine\tcountry:CHN\n0\tAsie-Pacifique\tplace:asie-pacifique\n0\tRussie\tcountry:RUS\n0\tTurquie\tcountry:TUR\n0\tIsraël\tcountry:ISR\n0\tGolfe\tplace:golfe\n0\tRussie\tcountry:RUS\n0\tforum de Xiangshan\torg:forum-de-xiangshan\n0\tChine\tcountry:CHN\n0\tAsie-Pacifique\tplace:asie-pacifique\n0\tAntonov\tperson:anatoli-antonov\n0\tministère russe de la Défense\torg:ministere-de-la-defense-russie\n0\tPentagone\tcountry:USA\n0\trusse\tcountry:RUS\n0\tVladimir Poutine\tperson:vladimir-poutine\n0\tDmitri Medvedev\tperson:dmitri-medvedev\n0\tEtat-major général des Forces armées\torg:etat-major-general-des-forces-armees\n0\tservices secrets russes\torg:services-secrets-russie\n0\tWashington\tcountry:USA\n0\tsyrienne\tcountry:SYR\n0\tEtats-Unis\tcountry:USA\n0\tKremlin\tcountry:RUS\n0\tEtats-Unis\tcountry:USA\n0\tRussie\tcountry:RUS\n0\tSyrie\tcountry:SYR\n0\tEtat islamique\torg:etat-islamique\n0\tPeskov\tperson:dmitri-peskov\n1\tSyrie\tcountry:SYR\n1\tWashington\tcountry:USA\n1\tMoscou\tcountry:RUS\n1\tRussie\tcountry:RUS\n1\tEtats-Unis\tcountry:USA\n1\tMoscou\tcountry:RUS\n1\tsyrien\tcountry:SYR\n1\tWashington\tcountry:USA\n1\trusse\tcountry:RUS\n1\tDmitri Medvedev\tperson:dmitri-medvedev\n1\trusse\tcountry:RUS\n1\tSergueï Lavrov\tperson:serguei-lavrov\n1\tVladimir Poutine\tperson:vladimir-poutine\n1\tMoscou\tcountry:RUS\n1\tadministration américaine\tcountry:USA\n1\tEtats-Unis\tcountry:USA\n1\tDmitri Medvedev\tperson:dmitri-medvedev\n1\tEtats-Unis\tcountry:USA\n1\tMoscou\tcountry:RUS\n1\tWashington\tcountry:USA\n1\tSergueï Lavrov\tperson:serguei-lavrov\n1\trusses\tcountry:RUS\n1\tministère russe des Affaires étrangères\torg:ministere-des-affaires-etrangeres-russie\n1\tSyrie\tcountry:SYR\n1\tWashington\tcountry:USA\n1\tMoscou\tcountry:RUS\n1\trusse\tcountry:RUS\n1\tSyrie\tcountry:SYR\n1\tRusses\tcountry:RUS\n1\tBoston\tplace:boston\n1\tAshton Carter\tperson:ashton-carter\n1\tsyrien\tcountry:SYR\n1\tLavrov\tperson:serguei-lavrov\n1\tMoscou\tcountry:RUS\n1\tSyrie\tcountry:SYR\n1\trusses\tcountry:RUS\n1\tcoalition\torg:coalition-internationale\n1\tEtats-Unis\tcountry:USA\n1\trusses\tcountry:RUS\n1\tcoalition\torg:coalition-internationale\n1\tSteve Warren\tperson:steve-warren\n1\tPentagone\tcountry:USA\n1\tLavrov\tperson:serguei-lavrov\n1\tRussie\tcountry:RUS\n1\tcoalition\torg:coalition-internationale\n1\tWashington\tcountry:USA\n1\tVladimir Poutine\tperson:vladimir-poutine\n1\tBarack Obama\tperson:barack-obama\n1\tSyrie\tcountry:SYR\n1\tNew York\tplace:new-york\n1\trusse\tcountry:RUS\n2\tRussie\tcountry:RUS\n2\tEtats-Unis\tcountry:USA\n2\tsyrienne\tcountry:SYR\n2\tministère de la Défense\torg:ministere-de-la-defense-russie\n2\tRussie\tcountry:RUS\n2\tEtats-Unis\tcountry:USA\n2\tsyrienne\tcountry:SYR\n2\tministère russe de la Défense\torg:ministere-de-la-defense-russie\n2\tWashington\tcountry:USA\n2\tMoscou\tcountry:RUS\n2\tSergueï Lavrov\tperson:serguei-lavrov\n2\taméricain\tcountry:USA\n2\tJohn Kerry\tperson:john-kerry\n2\taméricains\tcountry:USA\n2\tsyrien\tcountry:SYR\n2\tViktor Poznikhir\tperson:viktor-poznikhir\n2\tétat-major de l'armée russe\torg:etat-major-de-l-armee-russie\n2\trusses\tcountry:RUS\n2\tGenève\tplace:geneve\n2\taméricaine\tcountry:USA\n2\tAlep\tplace:alep\n2\tSyrie\tcountry:SYR\n2\tGenève\tplace:geneve\n2\trusses\tcountry:RUS\n2\taméricains\tcountry:USA\n2\tSyrie\tcountry:SYR\n2\tJohn Kerry\tperson:john-kerry\n2\tSergueï Lavrov\tperson:serguei-lavrov\n2\tSyrie\tcountry:SYR\n2\tAlep\tplace:alep\n2\trusses\tcountry:RUS\n2\tBachar al-Assad\tperson:bachar-al-assad\n2\tJohn Kerry\tperson:john-kerry\n2\trusse\tcountry:RUS\n2\tEtats-Unis\tcountry:USA\n2\tRussie\tcountry:RUS\n2\tSyrie\tcountry:SYR\n2\tSyrie\tcountry:SYR\n2\tRussie\tcountry:RUS\n2\tAlep\tplace:alep\n2\tJohn Kerry\tperson:john-kerry\n2\tdépartement d'Etat\tcountry:USA\n2\tKerry\tperson:john-kerry\n2\taméricano\tcountry:USA\n2\trusse\tcountry:RUS\n2\tGenève\tplace:geneve\n3\tÉtats-Unis\tcountry:USA\n3\tGrande-Bretagne\tcountry:GBR\n3\tAllemagne\tcountry:DEU\n3\tOTAN\torg:otan\n3\tAntonov\tperson:anatoli-antonov\n3\tministère de la Défense\torg:ministere-de-la-defense-russie\n3\tRussie\tcountry:RUS\n3\tcoalition anti-EI\torg:coalition-internationale\n3\tÉtat islamique\torg:etat-islamique\n3\tEI\torg:etat-islamique\n3\tAntonov\tperson:anatoli-antonov\n3\tRussie\tcountry:RUS\n3\tÉtats-Unis\tcountry:USA\n3\tEI\torg:etat-islamique\n3\trusse\tcountry:RUS\n3\taméricaine\tcountry:USA\n3\trusses\tcountry:RUS\n3\tEI\torg:etat-islamique\n3\tministère russe des Affaires étrangères\torg:ministere-des-affaires-etrangeres-russie\n3\tMaria Zakharova\tperson:maria-zakharova\n3\tÉtats-Unis\tcountry:USA\n3\tministère de la Défense\torg:ministere-de-la-defense-russie\n3\tturc\tcountry:TUR\n3\trusses\tcountry:RUS\n3\trusse\tcountry:RUS\n3\tTurquie\tcountry:TUR\n3\tAnkara\tcountry:TUR\n3\tturc\tcountry:TUR\n3\tAntonov\tperson:anatoli-antonov\n3\tarmée de l’air russe\torg:armee-de-l-air-russie\n3\tsyriens\tcountry:SYR\n4\tMoscou\tcountry:RUS\n4\tWashington\tcountry:USA\n4\trusse\tcountry:RUS\n4\tOleg Syromolotov\tperson:oleg-syromolotov\n4\tSputnik\torg:sputnik\n4\tSyromolotov\tperson:oleg-syromolotov\n4\trusse\tcountry:RUS\n4\taméricain\tcountry:USA\n4\tDaech\torg:etat-islamique\n4\tRussie\tcountry:RUS\n4\tÉtats-Unis\tcountry:USA\n4\tRussie\tcountry:RUS\n4\tRussie\tcountry:RUS\n4\tÉtats-Unis\tcountry:USA\n4\tRussie\tcountry:RUS\n4\tSyrie\tcountry:SYR\n";

/// Furniture lines of the seeds (credits, datelines, related links, captions, footers), zoned by
/// hand here as the zone stage would.
fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    line.contains('©')
        || line.starts_with(">>")
        || line.starts_with("Image ")
        || line.starts_with("Vous avez")
        || line.starts_with("Contenu")
        || line.starts_with("Suivez")
        || line.starts_with("NOUVELLES")
        || line.starts_with("28/09")
        || line == "Le Vif"
        || line == "kat/lpt"
        || line == "Xinhua/VNA/CVN"
}

/// Precision and recall of (mention, entity) pairs against [`SEED_GOLD`], over the body text.
#[test]
fn seeds_match_the_hand_annotation() {
    let (mut matched, mut system, mut gold) = (0, 0, 0);
    for (index, name) in SEEDS.iter().enumerate() {
        let text = seed(name);
        let mut sentences = sentences(&text);
        for s in &mut sentences {
            let line_start = text[..s.span.start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[s.span.start..].find('\n').map_or(text.len(), |i| s.span.start + i);
            if is_furniture(&text[line_start..line_end]) {
                s.zone = Some(ZoneKind::Header);
            }
        }
        let mut found: Vec<(String, String)> = recognise(&text, &sentences, lexicon())
            .mentions
            .iter()
            .map(|m| (m.span.slice(&text).to_string(), m.entity.clone()))
            .collect();
        let expected: Vec<(String, String)> = SEED_GOLD
            .lines()
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let (i, surface, entity) = (cols.next()?, cols.next()?, cols.next()?);
                (i == index.to_string()).then(|| (surface.to_string(), entity.to_string()))
            })
            .collect();
        system += found.len();
        gold += expected.len();
        for pair in &expected {
            if let Some(i) = found.iter().position(|f| f == pair) {
                found.swap_remove(i);
                matched += 1;
            } else {
                println!("{name}: missed {pair:?}");
            }
        }
        for extra in found {
            println!("{name}: extra {extra:?}");
        }
    }
    let (precision, recall) = (matched as f64 / system as f64, matched as f64 / gold as f64);
    println!("seed entities: precision {precision:.3}, recall {recall:.3} ({matched} of {gold} gold, {system} found)");
    assert!(precision >= 0.95 && recall >= 0.95, "precision {precision:.3}, recall {recall:.3}");
}

#[test]
fn an_empty_lexicon_still_finds_names_by_rule() {
    let text = "Hier, Zbigniew Kowalczyk a parlé.";
    let f = recognise(text, &sentences(text), &Lexicon::default());
    assert_eq!(f.mentions.len(), 1);
    assert_eq!(f.entities[0].id, "person:zbigniew-kowalczyk");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str, sentences: &[Sentence]) {
        let f = recognise(text, sentences, lexicon());
        let mut end = 0;
        for m in &f.mentions {
            assert!(m.span.start >= end, "sorted and non-overlapping");
            assert!(m.span.start < m.span.end && m.span.end <= text.len());
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            assert!(f.entities.iter().any(|e| e.id == m.entity), "every mention's entity is listed");
            end = m.span.end;
        }
        assert!(f.entities.windows(2).all(|w| w[0].id < w[1].id), "entities sorted by id");
    }

    proptest! {
        #[test]
        fn names_are_kept_with_single_plain_spaces(
            name in "[a-zA-Z \t\n\r\u{a0}\u{202f}\u{2009}é-]{0,16}"
        ) {
            let plain = name.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(clean(&name), plain.as_str());
            prop_assert_eq!(single_spaced(&name), !name.contains("  ") && !name.contains(|c: char| c.is_whitespace() && c != ' '));
        }

        #[test]
        fn any_text_gives_well_formed_mentions(text in any::<String>()) {
            check(&text, &sentences(&text));
            check(&text, &[Sentence { span: Span::new(0, text.len()), zone: None }]);
        }

        #[test]
        fn news_like_text_gives_well_formed_mentions(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("M."), Just("Lavrov"), Just("Etats-Unis"), Just("russo"), Just("-"), Just("américain"),
                    Just("Jean"), Just("Dupont"), Just("le"), Just("colonel"), Just("ministère"), Just("russe"),
                    Just("de la Défense"), Just("’"), Just("\u{a0}"), Just("É"), Just("œ"), Just(". "), Just(","),
                    Just("Nous"), Just("\n"), Just("à"), Just("Ankara"), Just("al-Assad"), Just("[la ]"),
                ],
                0..40,
            ),
            cuts in proptest::collection::vec(0usize..400, 0..6),
        ) {
            let text = words.join(" ");
            check(&text, &sentences(&text));
            // Arbitrary sentence spans, some not on char boundaries or out of range: skipped, no panic.
            let mut cuts = cuts;
            cuts.sort();
            let spans: Vec<Sentence> = cuts
                .windows(2)
                .map(|w| Sentence { span: Span::new(w[0], w[1]), zone: None })
                .collect();
            check(&text, &spans);
        }
    }
}

proptest::proptest! {
    /// Entities are sorted by their ids' first sixteen bytes as a number, then by the whole ids.
    #[test]
    fn id_prefixes_order_as_the_ids(a in "[a-z:\\-\u{0}é]{0,20}", b in "[a-z:\\-\u{0}é]{0,20}") {
        let by_prefix = super::id_prefix(&a).cmp(&super::id_prefix(&b)).then_with(|| a.cmp(&b));
        proptest::prop_assert_eq!(by_prefix, a.cmp(&b));
    }
}

#[test]
fn a_family_name_written_first_names_its_person_alone_and_another_before_a_given_name() {
    let text = "Xi Jinping a reçu Barack Obama. M. Xi a répondu aux questions.";
    assert_eq!(entity_of(text, "Xi").as_deref(), Some("person:xi-jinping"));
    let text = "Kim Jong-nam, le demi-frère de Kim Jong-un, a été tué à Kuala Lumpur.";
    assert_eq!(entity_of(text, "Kim Jong-nam").as_deref(), Some("person:kim-jong-nam"));
    assert_eq!(entity_of(text, "Kim Jong-un").as_deref(), Some("person:kim-jong-un"));
    // A surname written last keeps its person before another capitalised word…
    let text = "Donald Trump a parlé. Trump Tower reste fermée.";
    assert_eq!(entity_of(text, "Trump").as_deref(), Some("person:donald-trump"));
    // … unless it is a first name too: "Kirill" is the patriarch alone, not before a surname.
    let text = "Le patriarche Kirill a reçu Kirill Dmitriev, puis Kirill a prié.";
    assert_eq!(entity_of(text, "Kirill Dmitriev").as_deref(), Some("person:kirill-dmitriev"));
    assert_eq!(entity_of(text, "patriarche Kirill").as_deref(), Some("person:kirill-ier"));
    assert_eq!(entity_of(text, "Kirill").as_deref(), Some("person:kirill-ier"));
}

/// (surface, kind) of every mention.
fn surfaces(text: &str) -> Vec<(String, MentionKind)> {
    mentions(text).into_iter().map(|(s, k, _)| (s, k)).collect()
}

fn has(text: &str, surface: &str, kind: MentionKind) -> bool {
    surfaces(text).iter().any(|(s, k)| s == surface && *k == kind)
}

#[test]
fn a_name_after_a_noun_of_places_and_de_or_a_locative_is_a_place() {
    let text = "Les tirs ont repris près de Kramatorsk et dans la région de Sloviansk, autour d'Ilovaïsk.";
    for place in ["Kramatorsk", "Sloviansk", "Ilovaïsk"] {
        assert!(has(text, place, MentionKind::Location), "{place}: {:?}", surfaces(text));
    }
    let text = "Les blessés ont été évacués vers Bakhmout. Mardi, la presse de Kramatorsk a titré.";
    assert!(has(text, "Bakhmout", MentionKind::Location), "{:?}", surfaces(text));
    // Not after any "de": "la presse de" names no place.
    assert!(!surfaces(text).iter().any(|(s, _)| s == "Kramatorsk"), "{:?}", surfaces(text));
    // A first name inside a place's name starts no person.
    let text = "Le sommet s'est ouvert à Santa Maria del Mar.";
    assert_eq!(surfaces(text), [("Santa Maria del Mar".to_string(), MentionKind::Location)]);
}

#[test]
fn an_acronym_in_parentheses_names_the_organisation_before_it() {
    let text = "L'Organisation de la coopération islamique (OCI) a condamné l'attaque. Mardi, l'OCI a réuni \
                ses membres. La Mission des Nations unies au Soudan du Sud (Minuss) a protesté.";
    let found = mentions(text);
    let oci = "org:organisation-de-la-cooperation-islamique";
    let of = |s: &str| {
        found.iter().filter(|(x, _, _)| x == s).map(|(_, k, e)| (*k, e.as_str())).collect::<Vec<_>>()
    };
    assert_eq!(of("Organisation de la coopération islamique"), [(MentionKind::Organisation, oci)]);
    assert_eq!(of("OCI"), [(MentionKind::Organisation, oci), (MentionKind::Organisation, oci)]);
    // The lexicon forms inside the name are part of it.
    let minuss = "org:mission-des-nations-unies-au-soudan-du-sud";
    assert_eq!(of("Mission des Nations unies au Soudan du Sud"), [(MentionKind::Organisation, minuss)]);
    assert_eq!(of("Minuss"), [(MentionKind::Organisation, minuss)]);
    assert!(of("Nations unies").is_empty() && of("Soudan du Sud").is_empty(), "{found:?}");
    // A person's initials are no acronym; words that do not abbreviate the name are none either.
    let text = "Selon Marc Lebrun (ML), la Ligue des droits civiques (Paris) a porté plainte.";
    let expect = [
        ("Marc Lebrun", "person:marc-lebrun"),
        ("Ligue des droits civiques", "org:ligue-des-droits-civiques"),
        ("Paris", "country:FRA"),
    ];
    let found: Vec<(String, String)> = mentions(text).into_iter().map(|(s, _, e)| (s, e)).collect();
    assert_eq!(found, expect.map(|(s, e)| (s.to_string(), e.to_string())));
}

#[test]
fn a_known_surname_inside_a_longer_name_is_no_mention_of_its_person() {
    // After a hyphen: a double-barrelled surname ("Zuma" is Jacob Zuma alone).
    let text = "Mme Thandiwe Mbeki-Zuma a répondu mercredi.";
    assert_eq!(ids(text), ["person:thandiwe-mbeki-zuma"]);
    // Before another name word: a middle name ("Saleh" is Ali Abdallah Saleh alone).
    let text = "Le général Moussa Saleh Karimi a démissionné.";
    assert_eq!(entity_of(text, "Moussa Saleh Karimi").as_deref(), Some("person:moussa-saleh-karimi"));
}

#[test]
fn a_country_that_is_its_demonym_before_a_name_is_a_nationality() {
    let text = "Le porte-parole, la Suisse Ruth Dreifuss, a parlé. Le président de l'Argentine Mauricio \
                Macri a répondu. Selon le Turc Hakan Fidan, rien ne change.";
    let found = mentions(text);
    let kind_of = |s: &str| found.iter().find(|(x, _, _)| x == s).map(|(_, k, _)| *k);
    assert_eq!(kind_of("Suisse"), Some(MentionKind::Demonym));
    // The country of a noun's complement stays the country.
    assert_eq!(kind_of("Argentine"), Some(MentionKind::Location));
    // The nationality gives the person's country.
    let f = found_entities(text);
    let country = |id: &str| f.iter().find(|e| e.id == id).and_then(|e| e.country.clone());
    assert_eq!(country("person:ruth-dreifuss").as_deref(), Some("CHE"));
    assert_eq!(country("person:hakan-fidan").as_deref(), Some("TUR"));
}

fn found_entities(text: &str) -> Vec<Entity> {
    found(text).entities
}

#[test]
fn an_organisation_named_by_its_head_may_end_on_a_known_name_after_a_connector() {
    let text =
        "Le président de la Commission de la Cédéao a parlé. Le Bureau serbe pour le Kosovo proteste. \
                Le Conseil national de Libye a tranché.";
    let found: Vec<(String, String)> = mentions(text).into_iter().map(|(s, _, e)| (s, e)).collect();
    let has = |s: &str, e: &str| found.iter().any(|(x, y)| x == s && y == e);
    assert!(has("Bureau serbe pour le Kosovo", "org:bureau-serbe-pour-le-kosovo"), "{found:?}");
    assert!(has("Conseil national de Libye", "org:conseil-national-de-libye"), "{found:?}");
    let f = found_entities(text);
    let country = |id: &str| f.iter().find(|e| e.id == id).and_then(|e| e.country.clone());
    assert_eq!(country("org:bureau-serbe-pour-le-kosovo").as_deref(), Some("SRB"));
    assert_eq!(country("org:conseil-national-de-libye").as_deref(), Some("LBY"));
}

#[test]
fn a_word_coordinated_with_a_place_is_a_place() {
    let text = "Les combats ont gagné les villages de Kafr Nabl, de Maaret et de Khirbet. Le président a \
                reçu au palais d'Etoudi.";
    for place in ["Maaret", "Khirbet", "Etoudi"] {
        assert!(has(text, place, MentionKind::Location), "{place}: {:?}", surfaces(text));
    }
    // With a person, no.
    let text = "Hassan Rohani et Brunel ont parlé.";
    assert!(!has(text, "Brunel", MentionKind::Location), "{:?}", surfaces(text));
}

/// The country of the entity named by `surface`.
fn country_of(text: &str, surface: &str) -> Option<String> {
    let id = entity_of(text, surface)?;
    found_entities(text).into_iter().find(|e| e.id == id).and_then(|e| e.country)
}

#[test]
fn a_capital_preposition_opening_a_sentence_introduces_a_place() {
    let text = "A Bitola, des milliers de personnes ont manifesté. Au Hadramaout, le calme est revenu.";
    assert!(has(text, "Bitola", MentionKind::Location), "{:?}", surfaces(text));
    assert!(has(text, "Hadramaout", MentionKind::Location), "{:?}", surfaces(text));
}

#[test]
fn nouns_of_places_and_titles_of_places_introduce_a_place() {
    let text = "Les combats ont repris dans la province du Kasaï-Central et l'Etat de Kaduna. \
                Les camions passent par la route de Kasindi. L'évêque de Butembo a appelé au calme.";
    for place in ["Kasaï-Central", "Kaduna", "Kasindi", "Butembo"] {
        assert!(has(text, place, MentionKind::Location), "{place}: {:?}", surfaces(text));
    }
    // A common noun after "du" is no place, nor a Roman ordinal after "Au".
    let text = "Il a été reçu au palais du Peuple. Au XXe siècle, la Ve République est née.";
    assert!(surfaces(text).is_empty(), "{:?}", surfaces(text));
}

#[test]
fn numbers_and_the_names_of_operations_are_no_people() {
    let text = "Trois Casques bleus ont été blessés. L'armée a lancé l'opération Tempête Rouge dans le nord.";
    assert!(!mentions(text).iter().any(|(_, k, _)| *k == MentionKind::Person), "{:?}", mentions(text));
}

#[test]
fn a_name_after_an_organisation_cue_and_a_comma_is_a_person() {
    let text = "Le porte-parole du mouvement rebelle, Ibrahim Tabo Adoum, a démenti.";
    assert!(has(text, "Ibrahim Tabo Adoum", MentionKind::Person), "{:?}", mentions(text));
}

#[test]
fn a_title_inside_a_name_is_part_of_it() {
    let text = "Le député Ahmed Cheikh Nouroudine a été élu.";
    assert!(has(text, "Ahmed Cheikh Nouroudine", MentionKind::Person), "{:?}", mentions(text));
}

#[test]
fn an_acronym_in_another_language_or_a_known_one_names_the_organisation_before_it() {
    let text = "L'Autorité nationale des ports (NPA) a fermé le terminal. Selon la NPA, le trafic reprendra.";
    let npa = entity_of(text, "NPA");
    assert_eq!(entity_of(text, "Autorité nationale des ports"), npa, "{:?}", mentions(text));
    assert_eq!(npa.as_deref(), Some("org:autorite-nationale-des-ports"));
    let text = "Le Programme des Nations unies pour l'alimentation (PAM) a livré des vivres.";
    assert_eq!(
        entity_of(text, "Programme des Nations unies pour l'alimentation").as_deref(),
        Some("org:programme-alimentaire-mondial"),
        "{:?}",
        mentions(text)
    );
    // A name the lexicon read whole stays as read.
    let text = "Le groupe Etat islamique (EI) a revendiqué l'attaque.";
    assert!(has(text, "groupe Etat islamique", MentionKind::Organisation), "{:?}", mentions(text));
}

#[test]
fn an_organisation_s_name_goes_on_past_a_known_name_and_stops_at_a_coordination() {
    let text = "Le dirigeant du Parti du Congrès indien, Rahul Gandhi, a parlé. La Mission des Nations \
                unies au Liberia a achevé son mandat. Le Groupe d'experts de l'ONU et de l'Union africaine \
                a rendu son rapport.";
    assert!(has(text, "Parti du Congrès indien", MentionKind::Organisation), "{:?}", mentions(text));
    assert_eq!(country_of(text, "Parti du Congrès indien").as_deref(), Some("IND"));
    assert_eq!(country_of(text, "Rahul Gandhi").as_deref(), Some("IND"), "{:?}", found_entities(text));
    assert!(
        has(text, "Mission des Nations unies au Liberia", MentionKind::Organisation),
        "{:?}",
        mentions(text)
    );
    assert!(has(text, "Groupe d'experts", MentionKind::Organisation), "{:?}", mentions(text));
    assert!(has(text, "ONU", MentionKind::Organisation), "{:?}", mentions(text));
}

#[test]
fn a_company_named_after_a_country_and_a_self_proclaimed_republic_are_organisations() {
    let text = "Un avion de Kenya Airways a atterri. La République populaire de Louhansk a protesté.";
    assert!(has(text, "Kenya Airways", MentionKind::Organisation), "{:?}", mentions(text));
    assert_eq!(country_of(text, "Kenya Airways").as_deref(), Some("KEN"));
    assert!(has(text, "République populaire de Louhansk", MentionKind::Organisation), "{:?}", mentions(text));
}

#[test]
fn an_organisation_s_head_or_name_alone_is_that_organisation() {
    let text = "Le Mécanisme de surveillance conjoint a publié un rapport. Selon le Mécanisme, la trêve \
                tient. Le Front Fretilin a gagné. Le Fretilin gouvernera.";
    let mechanism = entity_of(text, "Mécanisme de surveillance conjoint");
    assert!(mechanism.is_some(), "{:?}", mentions(text));
    assert_eq!(entity_of(text, "Mécanisme"), mechanism);
    assert_eq!(entity_of(text, "Fretilin"), entity_of(text, "Front Fretilin"), "{:?}", mentions(text));
}

#[test]
fn places_listed_or_apposed_are_places_with_a_country() {
    let text = "Des manifestations ont eu lieu à Kinshasa, Kikwit et Bandundu. Un marché de Beledweyne, \
                dans la région de Hiiraan, a été visé. La Somalie est en deuil, Mogadiscio aussi.";
    for place in ["Kikwit", "Bandundu", "Beledweyne"] {
        assert!(has(text, place, MentionKind::Location), "{place}: {:?}", surfaces(text));
    }
    assert_eq!(country_of(text, "Kikwit").as_deref(), Some("COD"));
    assert_eq!(country_of(text, "Bandundu").as_deref(), Some("COD"));
    let text = "Des réfugiés sont arrivés à Zinder, au Niger. Le Nigeria et le Nigeria encore.";
    assert_eq!(country_of(text, "Zinder").as_deref(), Some("NER"));
    // Named near a country, or in an article about one, a place found by rule is not placed in
    // it: talks on a country are often held abroad.
    let text =
        "Les pourparlers sur le Burundi reprennent dans la ville de Kigomba, sous l'égide de la Tanzanie.";
    assert!(has(text, "Kigomba", MentionKind::Location), "{:?}", surfaces(text));
    assert_eq!(country_of(text, "Kigomba"), None);
    // An article that names one country only: its places are in it.
    let text = "Des réfugiés fuient vers Kigomba. Le Burundi attend.";
    assert_eq!(country_of(text, "Kigomba").as_deref(), Some("BDI"), "{:?}", surfaces(text));
}

#[test]
fn a_demonym_after_a_title_gives_the_person_s_nationality() {
    let text = "L'eurodéputée slovène Tanja Fajonovska a présidé la mission.";
    assert_eq!(country_of(text, "Tanja Fajonovska").as_deref(), Some("SVN"), "{:?}", mentions(text));
}

#[test]
fn a_town_after_sur_is_a_place_and_a_network_is_none() {
    let text = "Les avions ont largué des bombes sur Saraqeb. Le ministre l'a écrit sur Twitter.";
    assert!(has(text, "Saraqeb", MentionKind::Location), "{:?}", surfaces(text));
    assert!(!surfaces(text).iter().any(|(s, _)| s == "Twitter"), "{:?}", surfaces(text));
}

#[test]
fn a_role_s_one_word_complement_is_no_part_of_the_name_after_it() {
    // A region the role governs, then the person.
    let text = "Le maire de Cebu Tomas Osmena a démissionné. Osmena est parti.";
    let found = mentions(text);
    assert!(found.contains(&("Cebu".into(), MentionKind::Location, "place:cebu".into())), "{found:?}");
    let osmena: Vec<_> = found.iter().filter(|(_, _, e)| e == "person:tomas-osmena").collect();
    assert_eq!(osmena.len(), 2, "{found:?}");
    // A ministry's field: no entity of its own.
    let text = "Selon le ministre de l'Intérieur Ahmed Noureddine Belkacem, rien n'a changé.";
    assert_eq!(ids(text), ["person:ahmed-noureddine-belkacem"]);
    // A three-word name after a role with no complement stays whole.
    assert_eq!(ids("Le général Ahmed Noureddine Belkacem a parlé."), ["person:ahmed-noureddine-belkacem"]);
}

#[test]
fn a_surname_with_its_particle_after_a_first_name_or_an_honorific() {
    // "Lima", "Paris": a place's name as a surname after a particle.
    let text = "La juge Maria de Lima a été nommée lundi. Mme de Lima siégera à Paris.";
    let found = mentions(text);
    assert_eq!(
        found,
        [
            ("Maria de Lima".into(), MentionKind::Person, "person:maria-de-lima".into()),
            ("de Lima".into(), MentionKind::Person, "person:maria-de-lima".into()),
            ("Paris".into(), MentionKind::Location, "country:FRA".into()),
        ]
    );
    // "dela", "es": particles too.
    assert_eq!(ids("Le sénateur Antonio dela Cruz a voté contre."), ["person:antonio-dela-cruz"]);
    assert_eq!(ids("Ils se sont retrouvés à Dar es Salaam."), ["country:TZA"]);
    // The capital itself, elsewhere, is still the country's.
    assert_eq!(ids("Il était de Lima, au Pérou."), ["country:PER", "country:PER"]);
}

#[test]
fn an_acronym_in_capitals_with_a_hyphen_or_after_a_quoted_name() {
    let text = "Le Mouvement pour la libération du peuple-Armée de résistance (MLP-AR) a signé. \
                Le MLP-AR a salué l'accord.";
    let id = "org:mouvement-pour-la-liberation-du-peuple-armee-de-resistance";
    let found = mentions(text);
    assert_eq!(found.iter().filter(|(_, _, e)| e == id).count(), 3, "{found:?}");
    let text = "Ils ont formé un « Comité de salut public » (CSP) lundi. Le CSP a parlé.";
    let found = mentions(text);
    assert_eq!(found.iter().filter(|(_, _, e)| e == "org:comite-de-salut-public").count(), 3, "{found:?}");
}

#[test]
fn a_participle_goes_on_an_organisation_s_name_when_the_name_goes_on() {
    let name = |text: &str| mentions(text).into_iter().map(|(s, _, _)| s).collect::<Vec<_>>();
    assert_eq!(name("Selon le Front uni de libération, rien n'a changé."), ["Front uni de libération"]);
    assert_eq!(name("Hier, les Forces armées maliennes ont riposté."), ["Forces armées maliennes"]);
    assert_eq!(
        name("Il a saisi la Commission électorale nationale indépendante lundi."),
        ["Commission électorale nationale indépendante"]
    );
    // A participle that ends the phrase is the verb's, no part of the name.
    assert!(name("Hier, le Conseil réuni à Genève a voté.").iter().all(|s| !s.contains("réuni")));
    // A place after the name's complement is where the body sits.
    let found = mentions("Il a saisi la Cour permanente d'arbitrage de La Haye lundi.");
    assert_eq!(
        found,
        [
            (
                "Cour permanente d'arbitrage".into(),
                MentionKind::Organisation,
                "org:cour-permanente-d-arbitrage".into()
            ),
            ("La Haye".into(), MentionKind::Location, "country:NLD".into()),
        ]
    );
}

#[test]
fn a_lone_organisation_word_quoted_or_coordinated_with_an_organisation() {
    let org = |text: &str, surface: &str| {
        mentions(text).into_iter().any(|(s, k, _)| s == surface && k == MentionKind::Organisation)
    };
    assert!(org("Les partis ont créé une « Alliance » pour les élections.", "Alliance"));
    assert!(org(
        "Il dirige l'Union des forces du changement (UFC) et le Rassemblement depuis 2010.",
        "Rassemblement"
    ));
    assert!(org("Il parle au nom de l'OTAN et de la Coordination, a-t-il dit.", "Coordination"));
    // A person's name takes no article: no organisation.
    assert!(!org("Il dirige l'UFC et Kabore depuis 2010.", "Kabore"));
    // Unquoted, a lone head word is no name of its own.
    assert!(!org("Il a fondé un Rassemblement lundi.", "Rassemblement"));
}

#[test]
fn a_common_noun_the_article_introduced_is_not_the_lexicon_s() {
    let text =
        "Il est soutenu par une coalition de partis. La coalition a gagné, selon l'Afrique de l'Ouest.";
    assert_eq!(ids(text), ["place:afrique-de-l-ouest"]);
    // With no such introduction, "la coalition" is the international coalition.
    assert_eq!(ids("La coalition a frappé Raqqa."), ["org:coalition-internationale", "place:raqqa"]);
}

#[test]
fn an_organisation_s_name_stops_before_a_name_or_a_verb_s_complement() {
    let name = |text: &str| mentions(text).into_iter().map(|(s, _, _)| s).collect::<Vec<_>>();
    // The chamber's president, named after it.
    assert_eq!(
        name("Selon le président de la Chambre des représentants Thomas Boateng, non."),
        ["Chambre des représentants", "Thomas Boateng"]
    );
    // "de" + an infinitive and its object: the verb's.
    assert_eq!(name("Il a demandé au Sénat kényan de voter la loi."), ["Sénat kényan"]);
    assert!(name("Il a demandé au Sénat de prendre des mesures.").iter().all(|s| !s.contains("prendre")));
    // "la prison de …", "le récif de …": places.
    assert_eq!(
        ids("Il est détenu dans la prison de Port Harcourt, près du récif de Tubbataha."),
        ["place:port-harcourt", "place:tubbataha"]
    );
    // "les accords de …": the town where they were signed.
    assert_eq!(ids("Il invoque les accords de Marcoussis."), ["place:marcoussis"]);
}

/// The country of each person entity the text names, by id.
fn person_countries(text: &str) -> Vec<(String, Option<String>)> {
    found(text)
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.id.clone(), e.country.clone()))
        .collect()
}

#[test]
fn an_honorific_in_apposition_keeps_the_country_of_the_role_before_the_comma() {
    let some = |id: &str, c: &str| vec![(id.to_string(), Some(c.to_string()))];
    assert_eq!(
        person_countries("Le roi de Jordanie, Abdallah II, a parlé."),
        some("person:abdallah-ii", "JOR")
    );
    // "cheikh", "le prince": a title between the comma and the name.
    assert_eq!(
        person_countries("Le ministre émirati des Affaires étrangères, cheikh Abdallah ben Zayed, a parlé."),
        some("person:abdallah-ben-zayed", "ARE")
    );
    assert_eq!(
        person_countries("L'émir de Bahreïn, cheikh Hamad ben Issa Al-Khalifa, a reçu l'envoyé."),
        some("person:hamad-ben-issa-al-khalifa", "BHR")
    );
    assert_eq!(
        person_countries("Le vice-prince héritier saoudien, le prince Abdallah ben Fahd, est parti."),
        some("person:abdallah-ben-fahd", "SAU")
    );
    // No role before the comma: no country.
    assert_eq!(
        person_countries("Selon lui, cheikh Abdallah ben Fahd est parti."),
        vec![("person:abdallah-ben-fahd".to_string(), None)]
    );
}

#[test]
fn a_first_name_then_two_particles_then_a_name_is_one_person() {
    assert_eq!(
        ids("Le négociateur en chef, Sebastián de la Torre, a signé."),
        ["person:sebastian-de-la-torre"]
    );
    assert_eq!(ids("Ursula von der Leyen est arrivée."), ["person:ursula-von-der-leyen"]);
    // Not after a word that is no first name: "le Boeing de la Malaysia Airlines".
    assert!(!ids("Le Boeing de la Malaysia Airlines a été abattu.").iter().any(|e| e.contains("boeing")));
}

#[test]
fn leaders_of_the_gulf_asia_africa_and_latin_america_have_their_country() {
    for (text, id, country) in [
        (
            "Mascate a confirmé que le sultan Qabous ben Saïd recevrait l'envoyé.",
            "person:qabous-ben-said",
            "OMN",
        ),
        ("Mohammed ben Zayed s'est rendu à Washington.", "person:mohammed-ben-zayed", "ARE"),
        ("Selon M. Lamamra, l'accord tient.", "person:ramtane-lamamra", "DZA"),
        ("Álvaro Uribe a appelé à voter non.", "person:alvaro-uribe", "COL"),
        ("Yoweri Museveni a reçu son homologue.", "person:yoweri-museveni", "UGA"),
        ("Le Premier ministre Hun Sen a dissous le parti.", "person:hun-sen", "KHM"),
    ] {
        assert!(person_countries(text).contains(&(id.to_string(), Some(country.to_string()))), "{text}");
    }
    // An international official serves no country, whatever his nationality.
    assert_eq!(
        person_countries("Le secrétaire général de l'OEA, l'Uruguayen Luis Almagro, a parlé."),
        vec![("person:luis-almagro".to_string(), None)]
    );
}

#[test]
fn a_titled_name_takes_the_country_named_right_after_it() {
    let one = |id: &str, c: Option<&str>| vec![(id.to_string(), c.map(str::to_string))];
    assert_eq!(
        person_countries("L'émir Hamad ben Khalifa du Qatar a abdiqué."),
        one("person:hamad-ben-khalifa", Some("QAT"))
    );
    assert_eq!(
        person_countries("Le prince héritier Moqren ben Abdelaziz d'Arabie saoudite a été écarté."),
        one("person:moqren-ben-abdelaziz", Some("SAU"))
    );
    // Not without a role: "M. X de France" may be a name with a particle.
    assert_eq!(person_countries("M. Jean Dupont de France a parlé."), one("person:jean-dupont", None));
    // Not when "de" governs something else.
    assert_eq!(
        person_countries("Le président Jean Dupont de retour d'Italie a parlé."),
        one("person:jean-dupont", None)
    );
}

#[test]
fn a_roman_numeral_after_a_first_name_is_part_of_the_name() {
    assert_eq!(ids("Le pape Benoît XVI a renoncé."), ["person:benoit-xvi"]);
    assert!(ids("La phase II du plan commence.").is_empty());
    assert_eq!(
        person_countries("Le roi Felipe VI a reçu le ministre."),
        vec![("person:felipe-vi".to_string(), Some("ESP".to_string()))]
    );
}

#[test]
fn a_role_in_apposition_after_the_name_gives_its_country() {
    let one = |id: &str, c: Option<&str>| vec![(id.to_string(), c.map(str::to_string))];
    assert_eq!(
        person_countries("Abdelmalek al-Mikhlafi, ministre yéménite des Affaires étrangères, a déclaré."),
        one("person:abdelmalek-al-mikhlafi", Some("YEM"))
    );
    assert_eq!(
        person_countries("Selon Jorge Arreaza, le chef de la diplomatie vénézuélienne, rien ne change."),
        one("person:jorge-arreaza", Some("VEN"))
    );
    // The first entity the role names decides: an envoy of the UN serves no country.
    assert_eq!(
        person_countries("Jean Durand, envoyé spécial de l'ONU pour le Yémen, est venu."),
        one("person:jean-durand", None)
    );
}

#[test]
fn a_father_s_name_after_ben_does_not_start_the_name() {
    assert_eq!(ids("Le prince Salman ben Hamad Al-Khalifa a parlé."), ["person:salman-ben-hamad-al-khalifa"]);
    // A first name after "de" still does: "Décès de Monique Grandvallet".
    assert_eq!(ids("Décès de Monique Grandvallet hier."), ["person:monique-grandvallet"]);
}

#[test]
fn regional_bodies_of_africa_asia_and_latin_america_are_known_by_name_and_acronym() {
    assert_eq!(ids("Les troupes de la Cédéao sont entrées."), ["org:cedeao"]);
    assert_eq!(ids("la CEDEAO a tranché"), ["org:cedeao"]);
    assert_eq!(
        ids("Un sommet de l'Asean et du Mercosur."),
        ["org:association-des-nations-de-l-asie-du-sud-est", "org:mercosur"]
    );
}

#[test]
fn cheikha_bint_and_plural_countries_after_a_titled_name() {
    assert_eq!(
        person_countries("La cheikha Hind bint Hamad du Qatar a reçu les invités."),
        vec![("person:hind-bint-hamad".to_string(), Some("QAT".to_string()))]
    );
    assert_eq!(
        person_countries("Le président Jean Dupont des Philippines a parlé."),
        vec![("person:jean-dupont".to_string(), Some("PHL".to_string()))]
    );
}

#[test]
fn arabic_place_names_and_places_after_a_noun_and_its_adjective_are_places() {
    let kind_of = |text: &str, surface: &str| {
        mentions(text).into_iter().find(|(s, _, _)| s == surface).map(|(_, kind, id)| (kind, id))
    };
    let place = |id: &str| Some((MentionKind::Location, format!("place:{id}")));
    let text = "Les rebelles ont repris Tal Rifaat et Deir Hafer.";
    assert_eq!(kind_of(text, "Tal Rifaat"), place("tal-rifaat"));
    assert_eq!(kind_of(text, "Deir Hafer"), place("deir-hafer"));
    let text = "L'attaque chimique de Khan Cheikhoun a fait 86 morts.";
    assert_eq!(kind_of(text, "Khan Cheikhoun"), place("khan-cheikhoun"));
    let text = "Les habitants de Madaya ont fui.";
    assert_eq!(kind_of(text, "Madaya"), place("madaya"));
    // A title's place named by its head word, and the person after it.
    let text = "Le maire de Kafr Nabl, Raed Fares, a témoigné.";
    assert_eq!(kind_of(text, "Kafr Nabl"), place("kafr-nabl"));
    assert_eq!(kind_of(text, "Raed Fares").map(|(k, _)| k), Some(MentionKind::Person));
    // A person after a noun that is no place's.
    let text = "La visite officielle de Jean Dupont a été annulée.";
    assert_eq!(kind_of(text, "Jean Dupont").map(|(k, _)| k), Some(MentionKind::Person));
}

#[test]
fn a_russian_patronymic_stands_between_first_name_and_surname() {
    assert_eq!(ids("Sergueï Viktorovitch Lavrov a parlé."), ["person:serguei-lavrov"]);
    assert_eq!(ids("Maria Vladimirovna Zakharova a répondu."), ["person:maria-zakharova"]);
}

#[test]
fn nicknames_of_countries_stand_for_them() {
    let text = "Outre-Rhin, les industriels s'inquiètent. Dans l'Hexagone, la droite proteste.";
    assert_eq!(ids(text), ["country:DEU", "country:FRA"]);
}

#[test]
fn a_demonym_two_countries_share_is_the_one_s_the_article_names() {
    let kinshasa = "Le gouvernement congolais a démenti. Kinshasa accuse le Rwanda.";
    assert_eq!(ids(kinshasa), ["country:COD", "country:COD", "country:RWA"]);
    let brazzaville = "Brazzaville a protesté. Les soldats congolais sont rentrés.";
    assert_eq!(ids(brazzaville), ["country:COG", "country:COG"]);
    // The one named most wins; with neither named, the word links to no country.
    let both = "Kinshasa et Brazzaville. Le Congo-Brazzaville a fermé sa frontière aux Congolais.";
    assert_eq!(ids(both), ["country:COD", "country:COG", "country:COG", "country:COG"]);
    assert_eq!(ids("Les soldats congolais sont rentrés."), Vec::<String>::new());
}

#[test]
fn a_middle_initial_stands_between_first_name_and_surname() {
    // One sentence (the hand splitter of these tests would cut at the initial's period).
    let whole = |text: &str| -> Vec<(String, String)> {
        let sentence = Sentence { span: Span::new(0, text.len()), zone: None };
        let found = recognise(text, &[sentence], lexicon());
        found.mentions.iter().map(|m| (m.span.slice(text).to_string(), m.entity.clone())).collect()
    };
    assert_eq!(
        whole("Hier, Franklin D. Roosevelt avait parlé."),
        [("Franklin D. Roosevelt".to_string(), "person:franklin-d-roosevelt".to_string())]
    );
    // Before a surname the lexicon knows too: the initial is part of that name.
    assert_eq!(whole("Angela M. Merkel a parlé.")[0].0, "Angela M. Merkel");
}

#[test]
fn first_names_only_before_a_known_surname_name_someone_else_of_that_surname() {
    // "Jean Marie Le Pen" is no Marine Le Pen, nor "Jean Marie" and her.
    assert_eq!(ids("Jean Marie Le Pen a parlé."), ["person:jean-marie-le-pen"]);
    let m = mentions("Son père, Pierre Elliott Trudeau, était là. Justin Trudeau a parlé.");
    assert_eq!(m[0].0, "Pierre Elliott Trudeau");
    assert_ne!(m[0].2, m[1].2, "{m:?}");
}

#[test]
fn a_first_name_alone_is_the_one_person_named_with_it() {
    let m = mentions("Mahmoud Abbas est arrivé. Les partisans de Mahmoud ont applaudi.");
    let ids: Vec<&str> = m.iter().map(|(_, _, e)| e.as_str()).collect();
    assert_eq!(ids, ["person:mahmoud-abbas", "person:mahmoud-abbas"], "{m:?}");
    // Two of them: no one.
    let m = mentions("Mahmoud Abbas et Mahmoud Zahar sont arrivés. Les partisans de Mahmoud ont applaudi.");
    assert_eq!(m.len(), 2, "{m:?}");
}

#[test]
fn a_name_the_article_reads_as_an_organisation_is_no_one_elsewhere() {
    // First as a person by default (a headline), then after an organisation's cue.
    let text = "Ashurst Morrison dément tout lien. Le cabinet d'avocats Ashurst Morrison a porté plainte.";
    assert_eq!(ids(text), ["org:ashurst-morrison", "org:ashurst-morrison"]);
    // The cue first, the bare name later.
    let text = "Il a rejoint le parti Yesh Atid en mars. Yesh Atid a gagné dix sièges.";
    assert_eq!(ids(text), ["org:yesh-atid", "org:yesh-atid"]);
    // A person's name after "à" is no place when the article named that person.
    let text = "Le président a nommé Petar Novak. Il a confié le dossier à Petar Novak.";
    assert_eq!(ids(text), ["person:petar-novak", "person:petar-novak"]);
}

#[test]
fn an_organisation_cue_names_a_lone_word_after_its_adjectives_not_its_owner() {
    assert_eq!(entity_of("Le parti nationaliste Ataka a protesté.", "Ataka").as_deref(), Some("org:ataka"));
    assert_eq!(
        entity_of("La compagnie aérienne Transaero a fait faillite.", "Transaero").as_deref(),
        Some("org:transaero")
    );
    // "la société de X Y": the owner, a person.
    assert_eq!(
        entity_of("Le navire appartient à la société de Dragan Ilic, un armateur.", "Dragan Ilic").as_deref(),
        Some("person:dragan-ilic")
    );
    // A known surname in an organisation's name is no one's.
    assert!(entity_of("Les observateurs du Centre Carter ont conclu.", "Centre Carter")
        .is_some_and(|e| e.starts_with("org:")));
}

#[test]
fn a_court_and_its_country_are_one_body_with_no_complement_of_what_it_did() {
    let text = "La Cour suprême a tranché. La Cour suprême du Brésil a annulé le décret.";
    let m = ids(text);
    assert!(m.len() == 2 && m[0] == m[1] && m[1].starts_with("org:cour-supreme"), "{m:?}");
    let text = "Il attend la décision de la Cour suprême sur la destitution de Dilma Rousseff.";
    assert_eq!(entity_of(text, "Cour suprême").as_deref(), Some("org:cour-supreme"));
    let text = "Après l'annulation par la Cour suprême de la destitution de Dilma Rousseff, rien.";
    assert_eq!(entity_of(text, "Cour suprême").as_deref(), Some("org:cour-supreme"));
}

#[test]
fn a_part_of_a_name_after_mme_or_m_is_the_one_person_it_belongs_to() {
    // A family name first.
    let text = "La députée Park Young-sun a démissionné. Mme Park a dénoncé des pressions.";
    let m = mentions(text);
    assert_eq!(m[1].2, m[0].2, "{m:?}");
    // A surname of two words inside the full name.
    let text = "La ministre María Ángeles Martín del Pozo a parlé. Mme Martín del Pozo a ajouté que non.";
    let m = mentions(text);
    assert_eq!(m.last().map(|x| &x.2), Some(&m[0].2), "{m:?}");
    // A first name is no family name: "M. Omar" is not Omar Suleiman.
    let text = "Omar Suleiman est arrivé. Le mollah Omar est mort.";
    let m = mentions(text);
    assert_ne!(m[0].2, m[1].2, "{m:?}");
}

#[test]
fn a_newspaper_opening_on_an_article_needs_its_capitals() {
    assert_eq!(ids("« Le monde entier regarde », a-t-il dit."), Vec::<String>::new());
    assert_eq!(ids("Interrogé par Le Monde, il a démenti."), ["org:le-monde"]);
}

#[test]
fn mme_and_a_mans_surname_name_a_woman_of_his_name() {
    // The lexicon's minister, named before or not.
    let m = ids("Fumio Kishida est arrivé. Mme Kishida l'accompagnait. M. Kishida a parlé.");
    assert_eq!(m, ["person:fumio-kishida", "person:kishida", "person:fumio-kishida"]);
    assert_eq!(ids("Mme Kishida a visité l'école."), ["person:kishida"]);
    // A man the rules found with his role.
    let m = ids("Le président Petar Novak est venu. Mme Novak a souri. M. Novak a parlé.");
    assert_eq!(m, ["person:petar-novak", "person:novak", "person:petar-novak"]);
    // A woman's surname after "Mme" is hers.
    assert_eq!(ids("Angela Merkel est arrivée. Mme Merkel a parlé."), ["person:angela-merkel"; 2]);
}

#[test]
fn a_relative_s_role_is_not_the_name_s() {
    // The wife of a president is no president: "Mme" and the surname name her.
    let text = "Le président Petar Novak est venu avec la femme du président, Ana Novak. Mme Novak a souri.";
    let m = ids(text);
    assert_eq!(m, ["person:petar-novak", "person:ana-novak", "person:ana-novak"]);
    let e = found_entities(text);
    assert_eq!(e.iter().find(|e| e.id == "person:ana-novak").and_then(|e| e.role.clone()), None);
    // With no comma, the name after the role is the relative's: the role is theirs.
    let e = found_entities("La sœur du journaliste Emil Barta a témoigné.");
    let role = e.iter().find(|e| e.id == "person:emil-barta").and_then(|e| e.role.clone());
    assert_eq!(role.as_deref(), Some("journaliste"), "{e:?}");
}

#[test]
fn another_name_after_dit_alias_or_surnomme_is_the_same_person() {
    let text = "Le chef rebelle Bosco Ntaganda, surnommé « Terminator », a été jugé. Terminator a nié.";
    assert_eq!(ids(text), ["person:bosco-ntaganda"; 3]);
    let text = "Son fondateur, Omar Diaby, alias Omar Omsen, est recherché.";
    assert_eq!(ids(text), ["person:omar-diaby"; 2]);
    // Not after a place or an organisation.
    let m = ids("Le quartier de Kalma, dit « Kigali », a été bouclé.");
    assert_eq!(m.iter().filter(|e| e.as_str() == "place:kalma").count(), 1, "{m:?}");
}

#[test]
fn acronyms_with_a_digit_or_a_hyphen_are_organisations() {
    assert_eq!(ids("Les rebelles du M27 ont attaqué."), ["org:m27"]);
    assert_eq!(ids("Il a quitté la Fretilin-RD en mars."), ["org:fretilin-rd"]);
    assert_eq!(ids("Les députés du PDK-SDR ont voté."), ["org:pdk-sdr"]);
    assert_eq!(ids("Les chefs du G9 Kivu se réunissent."), ["org:g9-kivu"]);
    // A plane, a car, a hyphenated town: none.
    assert!(ids("Un Soukhoï Su-34 a survolé la zone. La Renault R5 est sortie.").is_empty());
    assert!(!ids("Il vit à Saint-Denis.").iter().any(|e| e.starts_with("org:")));
}

#[test]
fn a_patronym_chain_keeps_a_known_surname_inside_it() {
    let text = "Le prince Khalid ben Fahd ben Nayef a été nommé.";
    assert_eq!(ids(text), ["person:khalid-ben-fahd-ben-nayef"]);
    // "bin" and "ibn" chains are one name too.
    let text = "Le prince Turki bin Faisal bin Abdelaziz et le cheikh Hamad ibn Khalifa ibn Hamad al-Thani.";
    assert_eq!(
        ids(text),
        ["person:turki-bin-faisal-bin-abdelaziz", "person:hamad-ibn-khalifa-ibn-hamad-al-thani"]
    );
    // Alone, the surname is still its person's.
    assert_eq!(ids("Le prince ben Nayef a été écarté."), ["person:mohammed-ben-nayef"]);
}

#[test]
fn places_found_by_rule_take_the_country_of_a_chain_or_the_rubric() {
    // A place apposed to a place apposed to a country.
    let text = "L'attaque a eu lieu près de Kolla Kolla, dans la région de Dosso, dans le sud du Niger.";
    assert_eq!(country_of(text, "Kolla Kolla").as_deref(), Some("NER"), "{:?}", mentions(text));
    // The title's rubric, when no other country is named more.
    let text = "Tchad : des soldats français à Mongo\nDes soldats tchadiens et français sont arrivés à Ati, \
                selon N'Djamena.";
    assert_eq!(country_of(text, "Ati").as_deref(), Some("TCD"), "{:?}", mentions(text));
    // A place coordinated before a placed one takes its country.
    let text = "Les camps de Nayapara et de Leda, près de Teknaf, au Bangladesh, débordent. La Birmanie \
                et la Birmanie encore.";
    assert_eq!(country_of(text, "Nayapara").as_deref(), Some("BGD"), "{:?}", mentions(text));
}

#[test]
fn a_place_by_its_description_region_noun_or_compass_point() {
    let text = "La foule a envahi le stade de Gweru, troisième ville du pays. Des heurts ont eu lieu dans \
                la région Tigray et dans le Nord-Est, autour de Bossangoa et de Bria Kota. Les réfugiés \
                sont à Cox's Bazar.";
    for place in ["Gweru", "Tigray", "Nord-Est", "Bria Kota", "Cox's Bazar"] {
        assert!(has(text, place, MentionKind::Location), "{place}: {:?}", surfaces(text));
    }
}

#[test]
fn an_organisation_s_cue_after_a_connector_is_a_word_of_the_name() {
    let text = "Le Comité de la société civile a appelé à manifester.";
    assert!(has(text, "Comité de la société civile", MentionKind::Organisation), "{:?}", surfaces(text));
    // Before a name, the cue still introduces it.
    assert!(has("La société Veolia a signé.", "Veolia", MentionKind::Organisation));
}

#[test]
fn a_department_a_wilaya_or_a_county_names_a_place() {
    let text = "Des heurts ont eu lieu dans le département de Tahoua et dans la wilaya de Ghardaïa.";
    for place in ["Tahoua", "Ghardaïa"] {
        assert!(has(text, place, MentionKind::Location), "{place}: {:?}", surfaces(text));
    }
}

#[test]
fn a_school_heads_an_organisation_s_name() {
    let text = "Il a été formé à l'Ecole nationale d'administration, puis à l'École polytechnique.";
    for school in ["Ecole nationale d'administration", "École polytechnique"] {
        assert!(has(text, school, MentionKind::Organisation), "{school}: {:?}", surfaces(text));
    }
}

#[test]
fn a_surname_right_after_a_role_and_its_nationality_is_that_persons() {
    let text = "Le président ukrainien Zelensky a signé un décret. Le Premier ministre britannique Johnson a répondu.";
    assert_eq!(country_of(text, "Zelensky").as_deref(), Some("UKR"), "{:?}", mentions(text));
    assert_eq!(country_of(text, "Johnson").as_deref(), Some("GBR"), "{:?}", mentions(text));
    // A first name there begins a longer name, read as one.
    let text = "Il a appelé son homologue syrien Bachar al-Assad.";
    assert_eq!(
        entity_of(text, "Bachar al-Assad").as_deref(),
        Some("person:bachar-al-assad"),
        "{:?}",
        mentions(text)
    );
    // After a complement, a lone capitalised word is still no one's name.
    let text = "Le ministre de la Défense Mardi a parlé.";
    assert!(entity_of(text, "Mardi").is_none(), "{:?}", mentions(text));
}

#[test]
fn a_later_title_gives_a_person_named_before_without_one_a_country() {
    let text =
        "Le président Zelensky a signé un décret. Selon le président ukrainien Zelensky, rien ne change.";
    let found = mentions(text);
    let zelensky: Vec<&str> =
        found.iter().filter(|(s, ..)| s == "Zelensky").map(|(_, _, e)| e.as_str()).collect();
    assert_eq!(zelensky, ["person:zelensky", "person:zelensky"]);
    assert_eq!(country_of(text, "Zelensky").as_deref(), Some("UKR"));
}

#[test]
fn armies_and_presidential_palaces_stand_for_their_country() {
    for (text, surface, id) in [
        ("Tsahal a frappé des cibles.", "Tsahal", "country:ISR"),
        ("La Bundeswehr se retire.", "Bundeswehr", "country:DEU"),
        ("Le palais de Koulouba a démenti.", "palais de Koulouba", "country:MLI"),
    ] {
        assert_eq!(entity_of(text, surface).as_deref(), Some(id), "{:?}", mentions(text));
    }
}

#[test]
fn official_names_of_states_regions_of_continents_and_special_representatives() {
    let text = "L'ambassadeur de la République fédérale du Nigeria a rencontré la délégation de la \
                République islamique du Soudan.";
    assert_eq!(entity_of(text, "République fédérale du Nigeria").as_deref(), Some("country:NGA"));
    assert_eq!(entity_of(text, "République islamique du Soudan").as_deref(), Some("country:SDN"));
    // "l'Amérique" is the United States; "l'Amérique du Nord" a continent's region.
    let text = "Le vice-ministre pour l'Amérique du Nord a critiqué l'Amérique.";
    assert_eq!(entity_of(text, "Amérique du Nord").as_deref(), Some("place:amerique-du-nord"));
    assert_eq!(entity_of(text, "Amérique").as_deref(), Some("country:USA"));
    // A capitalised role is a title, no one's name.
    let text = "Il a reçu le Représentant Spécial du Secrétaire général, M. Mahamat Saleh Annadif.";
    let people: Vec<String> = ids(text).into_iter().filter(|id| id.starts_with("person:")).collect();
    assert_eq!(people, ["person:mahamat-saleh-annadif"]);
    // The G5 Sahel is an organisation, the Sahel a region.
    let text = "La force du G5 Sahel patrouille dans le Sahel.";
    assert_eq!(ids(text), ["org:g5-sahel", "place:sahel"]);
}

#[test]
fn a_ministrys_portfolio_in_capitals_is_no_ones_name() {
    let text = "Il a été reçu par le ministre angolais des Relations Extérieures, Téte António.";
    let people: Vec<String> = ids(text).into_iter().filter(|id| id.starts_with("person:")).collect();
    assert_eq!(people, ["person:tete-antonio"]);
    // A party's name with such a word keeps it.
    assert_eq!(
        entity_of("Le parti Droit et Justice a gagné.", "Droit et Justice").as_deref(),
        Some("org:droit-et-justice")
    );
}

#[test]
fn a_demonym_after_en_is_a_language() {
    let text = "« Make our planet great again », a-t-il lancé en anglais. Le texte traduit en russe.";
    assert!(ids(text).is_empty(), "{:?}", mentions(text));
    // Elsewhere, the country's.
    assert_eq!(ids("Les soldats anglais et le chef russe."), ["country:GBR", "country:RUS"]);
}

#[test]
fn a_body_named_of_a_country_after_its_article_is_one_name_of_that_country() {
    let text = "Electricité du Liban au bord de l'asphyxie.";
    assert_eq!(ids(text), ["org:electricite-du-liban"]);
    assert_eq!(country_of(text, "Electricité du Liban").as_deref(), Some("LBN"));
    // After the body's complement, a country after its article is whose the body is.
    let text = "La Chambre de commerce des Etats-Unis a critiqué la mesure.";
    assert_eq!(ids(text), ["org:chambre-de-commerce-des-etats-unis"]);
    assert_eq!(country_of(text, "Chambre de commerce des Etats-Unis").as_deref(), Some("USA"));
    // A government is no body of that name: the country's.
    assert_eq!(ids("Le gouvernement du Liban a approuvé le plan."), ["country:LBN"]);
}

#[test]
fn english_names_with_for_of_on_or_ending_on_an_organisations_word_are_organisations() {
    let text = "Selon Bharat Karnad, chercheur au Centre for Policy Research, les prix ont baissé.";
    assert_eq!(ids(text), ["person:bharat-karnad", "org:centre-for-policy-research"]);
    let text = "Le Council on Foreign Relations a publié une note.";
    assert_eq!(ids(text), ["org:council-on-foreign-relations"]);
    let text = "Pour Mona Yacoubian, chercheuse au Wilson Center, rien ne change.";
    assert_eq!(ids(text), ["person:mona-yacoubian", "org:wilson-center"]);
}

#[test]
fn a_trade_names_the_firm_after_it_but_a_first_name_and_a_name_a_person() {
    let text = "Le motoriste Safran et l'armateur danois Maersk ont gelé leurs livraisons.";
    assert_eq!(entity_of(text, "Safran").as_deref(), Some("org:safran"));
    assert_eq!(entity_of(text, "Maersk").as_deref(), Some("org:maersk"));
    let text = "Le chimiste syrien Ayman Hassan a été arrêté.";
    assert_eq!(entity_of(text, "Ayman Hassan").as_deref(), Some("person:ayman-hassan"));
}

#[test]
fn a_title_written_in_capitals_after_a_first_name_is_the_surname() {
    let text = "Le ministre de l'Economie, Bruno Le Maire, a demandé un mécanisme.";
    assert_eq!(ids(text), ["person:bruno-le-maire"]);
}

#[test]
fn two_adjectives_joined_by_et_go_on_a_bodys_name() {
    let text =
        "Thierry Coville, chercheur à l'Institut de relations internationales et stratégiques, a parlé.";
    assert_eq!(
        entity_of(text, "Institut de relations internationales et stratégiques").as_deref(),
        Some("org:institut-de-relations-internationales-et-strategiques")
    );
    // "et" before no adjective ends it.
    let text = "L'Organisation mondiale et la Russie ont signé.";
    assert_eq!(entity_of(text, "Organisation mondiale").as_deref(), Some("org:organisation-mondiale"));
}
