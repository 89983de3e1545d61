//! Render tests: the screen drawn on ratatui's TestBackend, compared with reviewed snapshots, and
//! styles checked cell by cell where the snapshot text cannot show them.

mod common;

use dossier::browse::app::{Action, App, Pane};
use dossier::browse::keymap::KEYMAP;
use dossier::browse::theme::Theme;
use dossier::browse::ui;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

fn render(app: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| ui::draw(app, f)).unwrap();
    t.backend().buffer().clone()
}

fn screen(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Rows holding cells that satisfy `pred`, those cells shown and the others blanked.
fn marked(buf: &Buffer, pred: impl Fn(&Cell) -> bool) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width)
            .map(|x| &buf[(x, y)])
            .map(|c| if pred(c) { c.symbol() } else { " " })
            .collect();
        if !line.trim().is_empty() {
            out.push_str(&format!("{y:02}|{}\n", line.trim_end()));
        }
    }
    out
}

fn type_filter(app: &mut App, query: &str) {
    app.update(Action::OpenFilter);
    for c in query.chars() {
        app.update(Action::PromptInput(c));
    }
}

fn select_entry(app: &mut App, summary: &str) {
    app.update(Action::Focus(Pane::Timeline));
    app.update(Action::Top);
    loop {
        let e = app.selected_entry().unwrap();
        if app.catalog.event(e).1.summary == summary {
            return;
        }
        let before = app.timeline.list.selected;
        app.update(Action::Down);
        assert_ne!(before, app.timeline.list.selected, "{summary} not found");
    }
}

#[test]
fn all_panes_at_100x30() {
    let app = common::app(100, 30);
    insta::assert_snapshot!(screen(&render(&app)));
}

#[test]
fn all_panes_fit_80x24() {
    let app = common::app(80, 24);
    let s = screen(&render(&app));
    for title in ["1 Articles 4/4", "2 Text", "3 Timeline 10/10 events", "── September 2015 · 1 ──"]
    {
        assert!(s.contains(title), "{title} missing:\n{s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn text_pane_colours_mentions_by_kind() {
    let mut app = common::app(100, 30);
    app.update(Action::Down); // 001_levif, second by date
    assert_eq!(app.catalog.article(app.text.article.unwrap()).id, "001_levif");
    let buf = render(&app);
    let s = marked(&buf, |c| c.fg == Color::Yellow);
    assert!(s.contains("Sergueï Lavrov"), "person:\n{s}");
    let s = marked(&buf, |c| c.fg == Color::Cyan);
    assert!(s.contains("Kremlin") && s.contains("États-Unis") && s.contains("russe"), "places:\n{s}");
    let s = marked(&buf, |c| c.fg == Color::Green);
    assert!(s.contains("Pentagone"), "organisations:\n{s}");
    let s = marked(&buf, |c| c.fg == Color::Magenta);
    assert!(s.contains("mercredi") && s.contains("Samedi"), "dates:\n{s}");
    // The narrow no-break spaces inside « » are drawn as one column each.
    let text = screen(&buf);
    assert!(text.contains("«\u{202f}Nous avons"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn timeline_shows_precision_actors_and_how_the_date_was_found() {
    let mut app = common::app(100, 30);
    let s = screen(&render(&app));
    assert!(s.contains("≈2015-09-26 cooperate"), "approximate date:\n{s}");
    assert!(s.contains("RUS → USA"));
    select_entry(&mut app, "La trêve s’effondre");
    let s = screen(&render(&app));
    assert!(s.contains("Dix jours plus tard → 2016-09-19, from Le 9 septembre"), "{s}");
    insta::assert_snapshot!(s);
    app.update(Action::Bottom);
    let s = screen(&render(&app));
    assert!(s.contains("2017-02     statement"), "month precision shown as a month:\n{s}");
}

#[test]
fn filter_prompt_highlights_matched_letters() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "serguei");
    let buf = render(&app);
    let matched = marked(&buf, |c| c.fg == Color::LightRed && c.modifier.contains(Modifier::BOLD));
    assert!(matched.contains("Sergueï"), "accented letter highlighted:\n{matched}");
    insta::assert_snapshot!(format!("{}\n-- matched letters --\n{matched}", screen(&buf)));
}

#[test]
fn filter_prompt_on_an_alias() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "kreml");
    let buf = render(&app);
    let s = screen(&buf);
    assert!(s.contains("Russie ~ Kremlin"), "{s}");
    let matched = marked(&buf, |c| c.fg == Color::LightRed);
    assert!(matched.contains("Kreml"), "{matched}");
}

#[test]
fn active_filters_are_always_shown() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "lavrov");
    app.update(Action::PromptAccept);
    type_filter(&mut app, "etats");
    app.update(Action::PromptAccept);
    let s = screen(&render(&app));
    assert!(s.lines().next().unwrap().contains("filter:  Sergueï Lavrov  +  États-Unis"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn jump_shows_the_source_sentence_highlighted() {
    let mut app = common::app(80, 24);
    select_entry(&mut app, "Nouvelle discussion russo-américaine");
    app.update(Action::Activate);
    let buf = render(&app);
    let sentence = marked(&buf, |c| c.bg == Color::DarkGray);
    assert!(sentence.contains("Le Kremlin a"), "{sentence}");
    assert!(sentence.contains("Washington."), "the whole sentence is marked:\n{sentence}");
    insta::assert_snapshot!(format!("{}\n-- marked sentence --\n{sentence}", screen(&buf)));
}

#[test]
fn jump_highlights_the_date_expression() {
    let mut app = common::app(80, 24);
    select_entry(&mut app, "Avions russes à distance visuelle de la coalition");
    app.update(Action::Activate);
    let buf = render(&app);
    let date = marked(&buf, |c| c.bg == Color::Magenta);
    assert_eq!(date.trim_end().split('|').nth(1).map(str::trim), Some("Samedi"), "{date}");
}

#[test]
fn help_lists_every_key_of_the_key_table() {
    let mut app = common::app(120, 45);
    app.update(Action::ToggleHelp);
    let s = screen(&render(&app));
    for b in KEYMAP {
        assert!(s.contains(b.description), "{} missing from help:\n{s}", b.description);
    }
    let mut small = common::app(80, 24);
    small.update(Action::ToggleHelp);
    insta::assert_snapshot!(screen(&render(&small)));
}

/// At the smallest size the help is one column over the whole screen, and scrolls to its end.
#[test]
fn help_scrolls_when_taller_than_the_screen() {
    let mut app = common::app(40, 10);
    app.update(Action::ToggleHelp);
    let s = screen(&render(&app));
    assert!(s.contains("j k scroll"), "{s}");
    assert!(s.contains("  PgDn     page down"), "one column, words whole:\n{s}");
    for _ in 0..200 {
        app.update(Action::Down);
    }
    let s = screen(&render(&app));
    assert!(s.contains("click: focus, select · wheel: scroll"), "the last line reached:\n{s}");
    app.update(Action::Up);
    assert!(!screen(&render(&app)).contains("click: focus"), "scrolling back starts at once");
    assert!(app.help, "scrolling keeps the help open");
    app.update(Action::ToggleHelp);
    app.update(Action::ToggleHelp);
    assert_eq!(app.help_scroll, 0, "reopened at the top");

    // Where the help fits, j and k do not scroll: they close it, like any other key, and the
    // hint bar does not offer them.
    let mut big = common::app(120, 45);
    big.update(Action::ToggleHelp);
    assert!(!screen(&render(&big)).lines().last().unwrap().contains("scroll"));
    big.update(Action::Down);
    assert!(!big.help);
}

/// On a narrow screen the status line gives up its title and long counts before the filters.
#[test]
fn the_filter_stays_in_sight_on_a_narrow_screen() {
    let mut app = common::app(40, 10);
    app.update(Action::OpenFilter);
    for c in "lavrov".chars() {
        app.update(Action::PromptInput(c));
    }
    app.update(Action::PromptAccept);
    let s = screen(&render(&app));
    let top = s.lines().next().unwrap();
    assert!(top.contains("Sergueï Lavrov"), "{top}");
    assert!(top.starts_with(" 2/4 art. · 3/10 ev.  Sergueï Lavrov"), "{top}");
    let wide = screen(&render(&common::app(100, 30)));
    assert!(wide.lines().next().unwrap().starts_with(" dossier  4/4 articles · 10/10 events  no filter"));
}

#[test]
fn hint_bar_follows_the_focused_pane() {
    let mut app = common::app(100, 30);
    let last_line = |app: &App| screen(&render(app)).lines().last().unwrap().to_string();
    assert!(last_line(&app).contains("Enter read the article"));
    // The keys nobody guesses come before the arrows; removing filters only once there are some.
    let bar = last_line(&app);
    assert!(bar.contains("/ filter by person or country   Tab next pane"), "{bar}");
    assert!(!bar.contains("remove the last filter"), "{bar}");
    app.update(Action::Focus(Pane::Text));
    assert!(!last_line(&app).contains("back to the timeline"), "nothing to go back to yet");
    app.update(Action::Focus(Pane::Timeline));
    assert!(last_line(&app).contains("Enter open the source sentence"));
    app.update(Action::Activate);
    assert!(last_line(&app).contains("back to the timeline"));
    app.update(Action::Focus(Pane::Timeline));
    app.update(Action::OpenFilter);
    assert!(last_line(&app).contains("Enter add the chosen filter"));
}

#[test]
fn narrow_layout_shows_one_pane_and_tabs() {
    let mut app = common::app(60, 20);
    app.update(Action::Focus(Pane::Timeline));
    let s = screen(&render(&app));
    assert!(s.contains("1 Articles") && s.contains("3 Timeline"));
    assert!(!s.contains("2 Text 1/"), "only the focused pane is drawn:\n{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn too_small_terminal() {
    let app = common::app(39, 12);
    insta::assert_snapshot!(screen(&render(&app)));
}

#[test]
fn no_color_uses_no_colour_but_still_tells_kinds_apart() {
    let mut app = common::app(100, 30);
    app.theme = Theme { color: false };
    app.update(Action::Down);
    let buf = render(&app);
    let coloured = marked(&buf, |c| c.fg != Color::Reset || c.bg != Color::Reset);
    assert!(coloured.is_empty(), "colour used:\n{coloured}");
    let bold =
        marked(&buf, |c| c.modifier.contains(Modifier::BOLD) && !c.modifier.contains(Modifier::UNDERLINED));
    assert!(bold.contains("Sergueï Lavrov"), "{bold}");
    let underlined = marked(&buf, |c| c.modifier == Modifier::UNDERLINED);
    assert!(underlined.contains("Kremlin"), "{underlined}");
}

#[test]
fn resize_at_any_moment() {
    let mut app = common::app(100, 30);
    type_filter(&mut app, "lav");
    for (w, h) in [(80, 24), (45, 11), (20, 5), (200, 60), (40, 10)] {
        app.update(Action::Resize(w, h));
        render(&app);
    }
    app.update(Action::PromptAccept);
    app.update(Action::Focus(Pane::Timeline));
    app.update(Action::Activate);
    for (w, h) in [(41, 10), (300, 80)] {
        app.update(Action::Resize(w, h));
        render(&app);
    }
}
