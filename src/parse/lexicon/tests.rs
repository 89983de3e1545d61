use super::*;
use std::collections::BTreeSet;

fn embedded() -> Lexicon {
    Lexicon::load(&DataSource::Embedded).expect("the embedded lexicon loads")
}

#[test]
fn has_every_un_member_state_and_the_observers() {
    let lex = embedded();
    let codes: Vec<&str> = lex.country_codes().collect();
    let unique: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(unique.len(), codes.len(), "ISO codes are unique");
    assert_eq!(codes.len(), 193 + 4, "193 UN member states + Palestine, Holy See, Kosovo, Taiwan");
    for code in &codes {
        assert!(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
    }
    for code in
        ["RUS", "USA", "SYR", "TUR", "FRA", "GBR", "DEU", "ISR", "IRN", "CHN", "PSE", "VAT", "XKX", "TWN"]
    {
        assert!(unique.contains(code), "{code} missing");
    }
}

#[test]
fn names_countries_with_their_article() {
    let lex = embedded();
    assert_eq!(lex.country_name("RUS"), Some("Russie"));
    assert_eq!(lex.country_name("USA"), Some("États-Unis"));
    assert_eq!(lex.country_name("XXX"), None);
    assert_eq!(lex.country_name_with_article("RUS").as_deref(), Some("la Russie"));
    assert_eq!(lex.country_name_with_article("USA").as_deref(), Some("les États-Unis"));
    assert_eq!(lex.country_name_with_article("IRN").as_deref(), Some("l'Iran"));
    assert_eq!(lex.country_name_with_article("GBR").as_deref(), Some("le Royaume-Uni"));
    assert_eq!(lex.country_name_with_article("ISR").as_deref(), Some("Israël"));
}

/// The country entity a folded form reads as, for a given reading kind.
fn country_of(lex: &Lexicon, form: &str, kind: MentionKind) -> Vec<String> {
    lex.patterns()
        .filter(|(p, _)| *p == fold_pattern(form).as_slice())
        .flat_map(|(_, readings)| readings.iter())
        .filter_map(|r| match r.target {
            Target::Entity { entity, kind: k } if k == kind => Some(lex.entity(entity).id.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_demonym_resolves_to_one_country() {
    let lex = embedded();
    let mut demonyms = 0;
    for (pattern, readings) in lex.patterns() {
        let countries: BTreeSet<&str> = readings
            .iter()
            .filter_map(|r| match r.target {
                Target::Entity { entity, kind: MentionKind::Demonym } => Some(lex.entity(entity).id.as_str()),
                _ => None,
            })
            .collect();
        if countries.is_empty() {
            continue;
        }
        demonyms += 1;
        assert_eq!(countries.len(), 1, "demonym {:?} names {countries:?}", String::from_utf8_lossy(pattern));
        // A demonym two countries share stands for them both (resolved by the article).
        let shared = |c: &&str| {
            lex.shared_demonyms().iter().any(|(d, choices)| lex.entity(*d).id == *c && choices.len() >= 2)
        };
        assert!(countries.iter().all(|c| c.starts_with("country:") || shared(c)), "{countries:?}");
    }
    assert!(demonyms > 600, "every country's demonyms in all forms: {demonyms}");
    for (form, country) in [
        ("russe", "country:RUS"),
        ("russes", "country:RUS"),
        ("américaine", "country:USA"),
        ("américaines", "country:USA"),
        ("turque", "country:TUR"),
        ("turcs", "country:TUR"),
        ("syriens", "country:SYR"),
        ("français", "country:FRA"),
        ("britannique", "country:GBR"),
        ("russo", "country:RUS"),
    ] {
        assert_eq!(country_of(&lex, form, MentionKind::Demonym), vec![country.to_string()], "{form}");
    }
}

#[test]
fn no_form_reads_as_two_entities_under_the_same_case() {
    let lex = embedded();
    for (pattern, readings) in lex.patterns() {
        for (i, a) in readings.iter().enumerate() {
            for b in &readings[i + 1..] {
                if a.case == b.case && a.skip == b.skip {
                    let entity = |t: Target| match t {
                        Target::Entity { entity, .. } | Target::Surname { entity } => Some(entity),
                        _ => None,
                    };
                    assert!(
                        entity(a.target).is_none() || entity(a.target) == entity(b.target),
                        "{:?} is ambiguous: {a:?} / {b:?}",
                        String::from_utf8_lossy(pattern)
                    );
                }
            }
        }
    }
}

#[test]
fn ids_are_slugs_of_canonical_names() {
    let lex = embedded();
    let ids: BTreeSet<&str> = lex.entities().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), lex.entities().len(), "entity ids are unique");
    for id in
        ["country:RUS", "person:serguei-lavrov", "person:bachar-al-assad", "org:otan", "org:etat-islamique"]
    {
        assert!(ids.contains(id), "{id}");
    }
    assert_eq!(slug("Sergueï Lavrov"), "serguei-lavrov");
    assert_eq!(slug("  Recep Tayyip Erdoğan "), "recep-tayyip-erdogan");
    assert_eq!(slug("ministère de l'Économie (Russie)"), "ministere-de-l-economie-russie");
    let people = lex.entities().iter().filter(|e| e.kind == EntityKind::Person).count();
    let orgs = lex.entities().iter().filter(|e| e.kind == EntityKind::Organisation).count();
    assert!(people >= 50 && orgs >= 50, "{people} people, {orgs} organisations");
}

#[test]
fn derives_demonym_plurals() {
    assert_eq!(demonym_forms("turc/turque"), ["turc", "turcs", "turque", "turques"]);
    assert_eq!(demonym_forms("russe"), ["russe", "russes"]);
    assert_eq!(demonym_forms("français/française"), ["français", "française", "françaises"]);
}

#[test]
fn case_rules_follow_the_written_form() {
    assert_eq!(case_rule("OTAN"), CaseRule::Upper);
    assert_eq!(case_rule("Russie"), CaseRule::Capital);
    assert_eq!(case_rule("Le Monde"), CaseRule::CapitalAfterArticle);
    assert_eq!(case_rule("département d'État"), CaseRule::Any);
    assert_eq!(split_context("[la ]coalition"), ("la ", "coalition"));
}

/// A data folder whose `lexicon/<file>` is `content`; the other files fall back to the embedded ones.
fn dir_with(file: &str, content: &str) -> (tempfile::TempDir, DataSource) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("lexicon")).unwrap();
    std::fs::write(dir.path().join("lexicon").join(file), content).unwrap();
    let source = DataSource::Dir(dir.path().to_path_buf());
    (dir, source)
}

#[test]
fn a_malformed_line_is_an_error_naming_file_and_line() {
    let (_dir, source) = dir_with(
        "people.tsv",
        "# comment\nname\tforms\tsurnames\tcountry\trole\nJean Test\t\tTest\tFRA\trole\nbroken line\n",
    );
    let err = format!("{:#}", Lexicon::load(&source).unwrap_err());
    assert!(err.contains("people.tsv") && err.contains("line 4"), "{err}");

    let (_dir, source) =
        dir_with("people.tsv", "name\tforms\tsurnames\tcountry\trole\nJean Test\t\tTest\tZZZ\trole\n");
    let err = format!("{:#}", Lexicon::load(&source).unwrap_err());
    assert!(err.contains("people.tsv") && err.contains("line 2") && err.contains("ZZZ"), "{err}");

    let (_dir, source) = dir_with("titles.tsv", "form\tkind\nM.\thonorific\n");
    let err = format!("{:#}", Lexicon::load(&source).unwrap_err());
    assert!(err.contains("titles.tsv") && err.contains("line 2") && err.contains("type"), "{err}");

    let (_dir, source) = dir_with(
        "countries.tsv",
        "iso3\tname\tarticle\tvariants\tcapitals\tdemonyms\tcombining\nru\tRussie\tla\t\tMoscou\trusse\t\n",
    );
    let err = format!("{:#}", Lexicon::load(&source).unwrap_err());
    assert!(err.contains("countries.tsv") && err.contains("line 2"), "{err}");
}

#[test]
fn a_user_file_extends_the_lexicon_without_recompiling() {
    let (_dir, source) = dir_with(
        "people.tsv",
        "# my people\nname\tforms\tsurnames\tcountry\trole\nZorglub Martinez\t\tMartinez\tESP\tinventeur\n",
    );
    let lex = Lexicon::load(&source).unwrap();
    let person = lex.entities().iter().find(|e| e.id == "person:zorglub-martinez").expect("added");
    assert_eq!(person.country.as_deref(), Some("ESP"));
    assert!(
        !lex.entities().iter().any(|e| e.id == "person:serguei-lavrov"),
        "the file replaces the embedded one"
    );
}

#[test]
fn the_longest_form_from_a_word_start_wins() {
    let lex = embedded();
    let text = "les États-Unis d'Amérique ont";
    let mut buf = Vec::new();
    let start = "les ".len();
    let (pattern, end) =
        lex.longest_form_at(text, start, text.len(), &mut buf).expect("a form starts at États");
    assert_eq!(&text[start..end], "États-Unis d'Amérique");
    assert_eq!(
        lex.patterns().nth(pattern).map(|(p, _)| p),
        Some(fold_pattern("États-Unis d'Amérique").as_slice())
    );
    // Forms only match from a word start.
    assert_eq!(lex.longest_form_at(text, start - 1, text.len(), &mut buf), None);
    assert_eq!(lex.longest_form_at(text, text.len(), text.len(), &mut buf), None);
    // The piece ends where the sentence does.
    assert_ne!(
        lex.longest_form_at(text, start, start + "États-Unis".len(), &mut buf).map(|(_, e)| e),
        Some(end)
    );
}

proptest::proptest! {
    /// A slug is the folded name's ASCII letters and digits, every other char a hyphen, runs of
    /// hyphens one, none at the ends.
    #[test]
    fn slugs_keep_letters_and_digits_joined_by_single_hyphens(name in "[a-zA-Z0-9 \\-'’éÉœŒßİ×þ(),.]{0,30}") {
        let mut words = Vec::new();
        let mut word = String::new();
        for c in fold_str(&name).chars() {
            if c.is_ascii_alphanumeric() {
                word.push(c);
            } else if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        words.push(word);
        words.retain(|w| !w.is_empty());
        proptest::prop_assert_eq!(slug(&name), words.join("-"));
    }
}

/// The longest pattern the fold of `text[start..end]` starts with, looked for among all the
/// patterns, and where it ends in the text.
fn longest_form_by_search(lex: &Lexicon, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let (mut folded, mut origs) = (Vec::new(), Vec::new());
    fold::fold_each(text, start, end, &mut Vec::new(), |byte, orig| {
        folded.push(byte);
        origs.push(orig);
        true
    });
    let (pattern, len) = (lex.patterns().enumerate())
        .filter(|(_, (p, _))| folded.starts_with(p))
        .map(|(i, (p, _))| (i, p.len()))
        .max_by_key(|&(_, len)| len)?;
    Some((pattern, origs.get(len).copied().unwrap_or(end)))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// The walk with the fold inlined finds what a search of every pattern finds, from every word
    /// start of any text made of lexicon words, accents and punctuation.
    #[test]
    fn the_walk_finds_the_longest_pattern(
        text in "(la |le |M\\. |Russie|russe|États-Unis|Etats|Unis|ministère|de la |Défense|Élysée|Œ|æ|É\u{301}|[a-zé]{1,3}|[ ,.'’\u{a0}\u{1}-]){0,12}"
    ) {
        let lex = embedded();
        let (mut words, mut starts) = (Vec::new(), Vec::new());
        fold::scan_words(&text, 0, text.len(), &mut words, &mut starts);
        let mut buf = Vec::new();
        for &start in &starts {
            let by_walk = lex.longest_form_at(&text, start, text.len(), &mut buf);
            proptest::prop_assert_eq!(by_walk, longest_form_by_search(&lex, &text, start, text.len()), "{:?} at {}", text, start);
        }
    }
}

/// The end of the run of word chars at word start `start` of `text` when
/// [`Lexicon::walk_after_run`] may look it up: all ASCII, followed by an ASCII char, '’', a
/// no-break space or none.
fn ascii_run_at(text: &str, start: usize) -> Option<usize> {
    let run = start + text[start..].bytes().take_while(u8::is_ascii_alphanumeric).count();
    let plain_after = match text[run..].chars().next() {
        None => true,
        Some(c) => c.is_ascii() || c == '’' || c == '\u{a0}',
    };
    (run > start && plain_after).then_some(run)
}

/// The walk after the first run finds what the walk from the start finds, but for the forms that
/// end inside the run (no whole word).
fn check_walk_after_run(lex: &Lexicon, text: &str, start: usize, run: usize) {
    let mut buf = Vec::new();
    let whole = lex.longest_form_at(text, start, text.len(), &mut buf).filter(|&(_, end)| end >= run);
    let after = lex
        .walk_after_run(text.as_bytes(), start, run)
        .and_then(|walk| lex.longest_form_from(text, walk, text.len(), &mut buf))
        .filter(|&(_, end)| end >= run);
    assert_eq!(after, whole, "{text:?} at {start}");
}

fn shared() -> &'static Lexicon {
    static LEXICON: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(embedded);
    &LEXICON
}

#[test]
fn every_pattern_is_found_after_its_first_run() {
    let lex = shared();
    for (pattern, _) in lex.patterns() {
        let mut text: String = String::from_utf8_lossy(pattern).replace(fold::WORD_START as char, "");
        text.push_str(" x");
        if let Some(run) = ascii_run_at(&text, 0) {
            check_walk_after_run(lex, &text, 0, run);
        }
        let capitalised = text.to_uppercase();
        if let Some(run) = ascii_run_at(&capitalised, 0) {
            check_walk_after_run(lex, &capitalised, 0, run);
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    #[test]
    fn the_walk_after_the_first_run_finds_the_same_whole_word_forms(
        text in "(la |le |l’|L'|M\\. |Russie|RUSSIE|russes|États-Unis|Etats|Unis|ministère|de la |Défense|Elysée|Œ|G20|Organisation|Nations unies|[a-zA-Zé]{1,3}|[ ,.'’\u{a0}-]){0,12}"
    ) {
        let lex = shared();
        let (mut words, mut starts) = (Vec::new(), Vec::new());
        fold::scan_words(&text, 0, text.len(), &mut words, &mut starts);
        for &start in &starts {
            if let Some(run) = ascii_run_at(&text, start) {
                check_walk_after_run(lex, &text, start, run);
            }
        }
    }
}

#[test]
fn a_word_as_written_has_the_class_of_its_fold() {
    let lex = shared();
    let mut words: Vec<String> = lex.words.keys().cloned().collect();
    words.extend(
        ["Jean", "JEAN", "De", "Pierre-Yves", "Élysée", "la", "Xyz", "abcdefghi", "a\0", "\0"]
            .map(String::from),
    );
    for word in words.iter().flat_map(|w| [w.clone(), w.to_uppercase(), format!("{w}x")]) {
        assert_eq!(lex.class_of_word(&word), lex.word_class(&fold_str(&word)), "{word:?}");
    }
}

#[test]
fn word_chars_are_the_alphanumeric_chars_and_combining_accents() {
    // The fast answers of `is_word_char` (ASCII, Latin-1, punctuation) agree with its definition.
    let chars = (0..0x2100).filter_map(char::from_u32).chain(['\u{3000}', '\u{FF21}', '\u{1F600}']);
    for c in chars {
        let word = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
        assert_eq!(fold::is_word_char(c), word, "{c:?}");
    }
}

#[test]
fn schools_and_trades_are_titles_of_their_own_type() {
    let lex = embedded();
    for school in ["universite", "ecole", "lycee"] {
        assert!(lex.is_school_cue(school), "{school}");
        assert!(!lex.is_trade_cue(school), "{school}");
    }
    for trade in ["constructeur", "motoriste", "armateur", "cimentier", "chimiste"] {
        assert!(lex.is_trade_cue(trade), "{trade}");
    }
    assert!(!lex.is_school_cue("parti") && !lex.is_trade_cue("parti"));
    // Each a title too: an organisation's name follows.
    let (_dir, source) = dir_with("titles.tsv", "form\ttype\nmotoriste\ttrade\nlycée\tschool\n");
    let lex = Lexicon::load(&source).expect("loads");
    assert!(lex.is_trade_cue("motoriste") && lex.is_school_cue("lycee"));
}
