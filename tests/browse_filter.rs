//! The filter prompt narrows its candidates incrementally (typing rescores only the previous
//! query's matches, backspace returns to a kept result) and finds match positions for the rows
//! it may show only: after every key, what it shows must be what scoring every entity gives, the
//! letters highlighted those a search of the whole label finds, and the lists an accepted filter
//! narrows must be the same.

mod generator;

use dossier::browse::app::{Action, App};
use dossier::browse::catalog::Catalog;
use dossier::browse::fold::{fold_query, Folded, Matcher};
use dossier::browse::screen::filter::rows_that_may_show;
use dossier::corpus::Corpus;
use dossier::parse::{parse_all, Resources};
use proptest::prelude::*;
use std::sync::OnceLock;

/// A parsed generated corpus, parsed once: its entities are renamed by each case.
fn generated() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let g = generator::Generator::new(7);
        let raws: Vec<_> = g.articles(30).map(|a| a.to_raw()).collect();
        parse_all(&raws, Resources::embedded())
    })
}

/// What the user does in the prompt.
#[derive(Debug, Clone)]
enum Key {
    Type(char),
    /// Several chars at once, as a terminal delivers a paste.
    Paste(String),
    Backspace,
    /// Backspace until the query is empty.
    Clear,
    /// Esc, then `/` again.
    Reopen,
    /// Down, pressed this many times (the list scrolls past its first screenful).
    Down(usize),
    /// Enter (adds the selected candidate as a filter), then `/` again; sometimes Esc first.
    Accept {
        clear_filters: bool,
    },
}

/// Letters of names, accented or not, upper and lower case, separators, and a combining accent
/// (typed alone, it folds to nothing).
const CHARS: &str = "aelrsvuAÉéèïœ '-\u{301}";

fn key() -> impl Strategy<Value = Key> {
    let ch = prop::sample::select(CHARS.chars().collect::<Vec<_>>());
    prop_oneof![
        8 => ch.clone().prop_map(Key::Type),
        1 => prop::collection::vec(ch, 1..6).prop_map(|v| Key::Paste(v.into_iter().collect())),
        4 => Just(Key::Backspace),
        1 => Just(Key::Clear),
        1 => Just(Key::Reopen),
        1 => (1..30usize).prop_map(Key::Down),
        1 => any::<bool>().prop_map(|clear_filters| Key::Accept { clear_filters }),
    ]
}

/// Short names from a few letters: many labels match, many scores and names tie.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[aelrsvuAÉéèï' -]{1,10}",
        prop::sample::select(vec!["Lavrov", "Sergueï Lavrov", "États-Unis", "l’Élysée", "lavrov"])
            .prop_map(String::from),
    ]
}

fn press(app: &mut App, key: &Key) {
    match key {
        Key::Type(c) => app.update(Action::PromptInput(*c)),
        Key::Paste(s) => s.chars().for_each(|c| app.update(Action::PromptInput(c))),
        Key::Backspace => app.update(Action::PromptBackspace),
        Key::Clear => {
            while app.prompt.as_ref().is_some_and(|p| !p.query.is_empty()) {
                app.update(Action::PromptBackspace);
            }
        }
        Key::Reopen => {
            app.update(Action::PromptCancel);
            app.update(Action::OpenFilter);
        }
        Key::Down(n) => (0..*n).for_each(|_| app.update(Action::PromptDown)),
        Key::Accept { clear_filters } => {
            app.update(Action::PromptAccept);
            if *clear_filters {
                app.update(Action::ClearFilters);
            }
            app.update(Action::OpenFilter);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn incremental_filter_equals_full_rescoring(
        names in prop::collection::vec((name(), prop::collection::vec(name(), 0..3)), 1..400),
        keys in prop::collection::vec(key(), 1..60),
    ) {
        let mut corpus = generated().clone();
        for (entity, (name, aliases)) in corpus.entities.iter_mut().zip(names.iter().cycle()) {
            entity.name = name.clone();
            entity.aliases = aliases.clone();
        }
        let mut app = App::new(Catalog::new(corpus), (120, 40));
        app.update(Action::OpenFilter);
        for (i, key) in keys.iter().enumerate() {
            press(&mut app, key);
            let p = app.prompt.as_ref().expect("the prompt is open after every key");
            prop_assert_eq!(
                &p.candidates,
                &app.catalog.candidates(&p.query),
                "after key {} ({:?}), query {:?}", i, key, p.query
            );
            // Best score first; ties by most articles, then name, then entity index.
            let c = &app.catalog;
            let order = |x: &dossier::browse::catalog::Candidate| {
                (std::cmp::Reverse(x.score), std::cmp::Reverse(c.article_count(x.entity)), &c.entity(x.entity).name, x.entity)
            };
            prop_assert!(p.candidates.windows(2).all(|w| order(&w[0]) < order(&w[1])), "query {:?}", p.query);
            let folded = fold_query(&p.query);
            for i in rows_that_may_show(p.selected(), p.candidates.len()) {
                let label = Folded::new(app.catalog.label(&p.candidates[i]));
                let found = Matcher.find(&label, &folded).map(|(_, positions)| positions);
                prop_assert_eq!(Some(p.positions(i)), found.as_deref(), "candidate {}, query {:?}", i, p.query);
                prop_assert!(folded.is_empty() || !p.positions(i).is_empty());
            }
            let (articles, entries) = app.catalog.filtered(&app.filters);
            prop_assert_eq!(&app.articles[..], &articles[..]);
            prop_assert_eq!(&app.timeline.entries[..], &entries[..]);
        }
    }
}
