//! Actions → state, without drawing.

mod common;

use common::LAVROV;
use dossier::browse::app::{Action, App, Pane, Row};
use dossier::browse::wrap::line_of;

fn type_filter(app: &mut App, query: &str) {
    app.update(Action::OpenFilter);
    for c in query.chars() {
        app.update(Action::PromptInput(c));
    }
    app.update(Action::PromptAccept);
}

fn article_ids(app: &App) -> Vec<&str> {
    app.articles.iter().map(|&a| app.catalog.article(a as usize).id.as_str()).collect()
}

fn shown_summaries(app: &App) -> Vec<&str> {
    app.timeline
        .entries
        .iter()
        .map(|&p| app.catalog.event(&app.catalog.entries[p as usize]).1.summary.as_str())
        .collect()
}

fn best(app: &App, query: &str) -> String {
    let c = app.catalog.candidates(query);
    app.catalog.entity(c.first().unwrap_or_else(|| panic!("nothing for {query:?}")).entity).name.clone()
}

#[test]
fn timeline_is_sorted_and_grouped_by_month() {
    let app = common::app(100, 30);
    let dates: Vec<_> =
        app.catalog.entries.iter().map(|e| app.catalog.date(e).unwrap().first_day()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(app.catalog.entries.len(), 10);
    let headers = app.timeline.rows.iter().filter(|r| matches!(r, Row::Group(..))).count();
    // Sept 2015, Oct 2015, Sept 2016, Jan 2017, Feb 2017.
    assert_eq!(headers, 5);
    let counts: Vec<u32> = app
        .timeline
        .rows
        .iter()
        .filter_map(|r| if let Row::Group(_, n) = r { Some(*n) } else { None })
        .collect();
    assert_eq!(counts, vec![1, 4, 3, 1, 1]);
    assert_eq!(app.catalog.months.len(), 18, "Sept 2015 → Feb 2017");
}

#[test]
fn names_match_without_accents_or_case() {
    let app = common::app(100, 30);
    for q in ["lavrov", "lavr", "serguei", "LAVROV"] {
        assert_eq!(best(&app, q), "Sergueï Lavrov", "{q}");
    }
    assert_eq!(best(&app, "israel"), "Israël");
    assert_eq!(best(&app, "etats"), "États-Unis");
    assert_eq!(best(&app, "usa"), "États-Unis");
    // Spaces, hyphens and apostrophes are not required to be the name's own.
    for q in ["etats unis", "Etats-Unis", "etatsunis", "  états   unis "] {
        assert_eq!(best(&app, q), "États-Unis", "{q}");
    }
    assert_eq!(best(&app, "serguei  lavrov"), "Sergueï Lavrov");
    assert!(app.catalog.candidates("zzzz").is_empty());
}

#[test]
fn filter_narrows_articles_and_timeline() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "lavrov");
    assert!(app.prompt.is_none());
    assert_eq!(app.filters, vec![app.catalog.entity_index(LAVROV).unwrap()]);
    assert_eq!(article_ids(&app), vec!["001_levif", "002_huffpost"]);
    assert_eq!(
        shown_summaries(&app),
        vec![
            "Lavrov : Washington a refusé une délégation russe",
            "Trêve signée à Genève",
            "Kerry menace de suspendre la coopération"
        ]
    );
    // The text pane emphasises Lavrov's mentions, "M. Lavrov" included.
    let a = app.text.article.unwrap();
    let text = &app.catalog.article(a).text;
    let emphasised: Vec<&str> = app.text.emphasis.iter().map(|s| s.slice(text)).collect();
    assert!(emphasised.contains(&"Sergueï Lavrov"), "{emphasised:?}");
}

#[test]
fn a_country_matches_through_capital_institutions_and_demonyms() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "etats-unis");
    // The Courrier article names no country of the US: only "le Pentagone", an institution of it.
    assert!(article_ids(&app).contains(&"003_courrier"), "{:?}", article_ids(&app));
    app.update(Action::ClearFilters);
    type_filter(&mut app, "russie");
    assert_eq!(article_ids(&app).len(), 4, "Moscou, le Kremlin, russe all stand for Russia");
}

#[test]
fn filters_combine_and_esc_clears() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "lavrov");
    type_filter(&mut app, "syrie");
    assert_eq!(app.filters.len(), 2);
    assert_eq!(article_ids(&app), vec!["002_huffpost"]);
    assert!(app.timeline.entries.is_empty(), "no event involves both");
    app.update(Action::ClearFilters);
    assert!(app.filters.is_empty());
    assert_eq!(app.articles.len(), 4);
    assert_eq!(app.timeline.entries.len(), 10);
}

#[test]
fn x_removes_only_the_last_filter() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "lavrov");
    let lavrov_only: Vec<String> = article_ids(&app).iter().map(|s| s.to_string()).collect();
    type_filter(&mut app, "syrie");
    assert_eq!(app.filters.len(), 2);
    app.update(Action::PopFilter);
    assert_eq!(app.filters.len(), 1);
    assert_eq!(
        article_ids(&app),
        lavrov_only.iter().map(String::as_str).collect::<Vec<_>>(),
        "back to what the first filter alone shows"
    );
    app.update(Action::PopFilter);
    app.update(Action::PopFilter); // nothing left to remove: no change, no panic
    assert_eq!(app.articles.len(), 4);
}

#[test]
fn prompt_edits_and_cancels() {
    let mut app = common::app(100, 30);
    app.update(Action::OpenFilter);
    let all = app.prompt.as_ref().unwrap().candidates.len();
    for c in "isr".chars() {
        app.update(Action::PromptInput(c));
    }
    let narrowed = app.prompt.as_ref().unwrap().candidates.len();
    assert!(narrowed < all);
    app.update(Action::PromptBackspace);
    app.update(Action::PromptBackspace);
    assert_eq!(app.prompt.as_ref().unwrap().query, "i");
    app.update(Action::PromptCancel);
    assert!(app.prompt.is_none() && app.filters.is_empty());
}

/// Selects the timeline entry with this summary.
fn select_entry(app: &mut App, summary: &str) {
    app.update(Action::Focus(Pane::Timeline));
    app.update(Action::Top);
    while shown_summaries(app)[app.timeline.list.selected] != summary {
        let before = app.timeline.list.selected;
        app.update(Action::Down);
        assert_ne!(before, app.timeline.list.selected, "{summary} not in the timeline");
    }
}

#[test]
fn jump_selects_article_and_scrolls_to_the_sentence() {
    let mut app = common::app(80, 24);
    select_entry(&mut app, "Nouvelle discussion russo-américaine");
    let selected_before = app.timeline.list.selected;
    app.update(Action::Activate);

    assert_eq!(app.focus, Pane::Text);
    let a = app.text.article.unwrap();
    assert_eq!(app.catalog.article(a).id, "001_levif");
    assert_eq!(app.selected_article(), Some(a), "the article list follows");
    let mark = app.text.mark.expect("sentence marked");
    let text = &app.catalog.article(a).text;
    assert!(mark.sentence.slice(text).starts_with("Le Kremlin a annoncé"));
    assert_eq!(mark.timex, None, "dated by the publication date: no expression to mark");
    // The sentence is in view, and not merely because the article starts there.
    let line = line_of(&app.text.lines, mark.sentence.start);
    let rows = app.geometry().unwrap().text_body().height as usize;
    assert!(app.text.scroll > 0);
    assert!(
        (app.text.scroll..app.text.scroll + rows).contains(&line),
        "line {line} scroll {}",
        app.text.scroll
    );

    app.update(Action::Back);
    assert_eq!(app.focus, Pane::Timeline);
    assert_eq!(app.timeline.list.selected, selected_before);
    assert_eq!(app.text.mark, None);
}

#[test]
fn jump_marks_the_date_expression() {
    let mut app = common::app(100, 30);
    select_entry(&mut app, "Avions russes à distance visuelle de la coalition");
    app.update(Action::Activate);
    let a = app.text.article.unwrap();
    let mark = app.text.mark.unwrap();
    assert_eq!(mark.timex.unwrap().slice(&app.catalog.article(a).text), "Samedi");
}

#[test]
fn date_explanations_name_the_anchor() {
    let app = common::app(100, 30);
    let explain = |summary: &str| {
        let e = app.catalog.entries.iter().find(|e| app.catalog.event(e).1.summary == summary).unwrap();
        app.catalog.explain_date(e)
    };
    assert_eq!(
        explain("Avions russes à distance visuelle de la coalition"),
        "Samedi → 2015-10-10, from the publication date 2015-10-14"
    );
    assert_eq!(explain("La trêve s’effondre"), "Dix jours plus tard → 2016-09-19, from Le 9 septembre");
    assert_eq!(
        explain("Début du travail sur la sécurité aérienne"),
        "Il y a une dizaine de jours → 2015-09-26 (approximate), from the publication date 2015-10-06"
    );
    assert_eq!(
        explain("Entretien de Syromolotov"),
        "no date in the sentence → 2017-02, the publication date"
    );
}

#[test]
fn focus_keys_and_scroll_bounds() {
    let mut app = common::app(100, 30);
    assert_eq!(app.focus, Pane::Articles);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Text);
    app.update(Action::FocusPrev);
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Pane::Timeline);
    app.update(Action::Focus(Pane::Articles));
    app.update(Action::Bottom);
    assert_eq!(app.article_list.selected, 3);
    app.update(Action::Down);
    assert_eq!(app.article_list.selected, 3, "stays on the last article");
    app.update(Action::Top);
    app.update(Action::Up);
    assert_eq!(app.article_list.selected, 0);
    app.update(Action::Focus(Pane::Text));
    app.update(Action::Bottom);
    let max = app.text.lines.len().saturating_sub(app.geometry().unwrap().text_body().height as usize);
    assert_eq!(app.text.scroll, max);
}

#[test]
fn resize_rewraps_and_keeps_the_reading_position() {
    let mut app = common::app(100, 30);
    app.update(Action::Focus(Pane::Text));
    app.update(Action::Down);
    app.update(Action::Down);
    let a = app.text.article.unwrap();
    let first_byte = app.text.lines[app.text.scroll].start;
    app.update(Action::Resize(60, 20));
    assert!(app.geometry().unwrap().is_narrow());
    let line = app.text.lines[app.text.scroll];
    assert!(line.start <= first_byte && first_byte <= line.end + 1, "{line:?} vs {first_byte}");
    assert_eq!(app.text.width, app.geometry().unwrap().text_body().width as usize);
    assert_eq!(app.text.article, Some(a));
}

#[test]
fn mouse_click_focuses_and_selects() {
    let mut app = common::app(100, 30);
    let g = app.geometry().unwrap();
    let rows = g.article_rows();
    app.update(Action::Click { col: rows.x + 2, row: rows.y + 2 });
    assert_eq!(app.focus, Pane::Articles);
    assert_eq!(app.article_list.selected, 2);
    assert_eq!(app.text.article, app.selected_article());

    let tl = g.timeline_rows();
    // Row 0 is the first month header; row 1 its first event.
    app.update(Action::Click { col: tl.x + 3, row: tl.y + 1 });
    assert_eq!(app.focus, Pane::Timeline);
    assert_eq!(app.timeline.list.selected, 0);
    app.update(Action::Wheel { col: tl.x + 3, row: tl.y + 1, down: true });
    assert_eq!(app.timeline.list.selected, 3);
}

#[test]
fn spans_off_char_boundaries_in_a_loaded_corpus_do_not_panic() {
    use dossier::corpus::Span;
    let mut corpus = common::corpus();
    let a = &mut corpus.articles[0];
    let inside_e_acute = a.text.find('é').unwrap() + 1;
    a.mentions[0].span = Span::new(inside_e_acute, inside_e_acute + 3);
    a.sentences[3].span = Span::new(2, a.text.len() + 10);
    a.timexes[1].span = Span::new(inside_e_acute, a.text.len());
    let mut app = App::new(dossier::browse::catalog::Catalog::new(corpus), (100, 30));
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    for action in [Action::Focus(Pane::Timeline), Action::Top, Action::Down, Action::Down, Action::Activate] {
        app.update(action);
        term.draw(|f| dossier::browse::ui::draw(&app, f)).unwrap();
    }
    // Every summary still explains its date, even the one whose expression was dropped.
    for e in app.catalog.entries.iter() {
        assert!(!app.catalog.explain_date(e).is_empty());
    }
}
