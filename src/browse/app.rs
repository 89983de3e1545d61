//! The browser's state and the only function that changes it: key and mouse events become
//! `Action`s, `update` applies them, and drawing reads the state without touching it.

use super::catalog::{Candidate, Catalog, Entry};
use super::fold::fold_query;
use super::keymap::Mode;
use super::layout::{self, Geometry};
use super::screen::{filter, help};
use super::theme::Theme;
use super::wrap;
use crate::corpus::{PartialDate, Span};
use ratatui::layout::Rect;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Articles,
    Text,
    Timeline,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Articles, Pane::Text, Pane::Timeline];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Articles => "Articles",
            Pane::Text => "Text",
            Pane::Timeline => "Timeline",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Focus(Pane),
    Up,
    Down,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    Top,
    Bottom,
    /// Enter: read the selected article, or jump to the selected event's sentence.
    Activate,
    /// Back to where the timeline was before a jump.
    Back,
    OpenFilter,
    /// Drop the filter chosen last, keeping the others.
    PopFilter,
    ClearFilters,
    ToggleHelp,
    PromptInput(char),
    PromptBackspace,
    PromptUp,
    PromptDown,
    PromptAccept,
    PromptCancel,
    Resize(u16, u16),
    Click {
        col: u16,
        row: u16,
    },
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
}

/// A selectable list whose window (`offset`) follows the selection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListView {
    pub selected: usize,
    pub offset: usize,
}

/// A row of the timeline: a month (or year) header with its number of events, or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Group(Group, u32),
    /// Index into `TimelineView::entries`.
    Entry(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Year(i32),
    Month(i32, u32),
    Undated,
}

impl Group {
    pub fn of(date: Option<PartialDate>) -> Group {
        match date {
            Some(PartialDate { year, month: Some(m), .. }) => Group::Month(year, m),
            Some(d) => Group::Year(d.year),
            None => Group::Undated,
        }
    }
}

/// The timeline as shown. The big lists are shared so that going back to the unfiltered timeline
/// (hundreds of thousands of rows) costs nothing.
#[derive(Debug, Clone, Default)]
pub struct TimelineView {
    /// Positions in `Catalog::entries` of the events shown, in date order.
    /// (Vectors behind an `Arc`, not `Arc` slices: moved in, not copied; a timeline has over a
    /// million rows at 100k articles.)
    pub entries: Arc<Vec<u32>>,
    pub rows: Arc<Vec<Row>>,
    /// For each shown entry, its row.
    pub row_of_entry: Arc<Vec<usize>>,
    /// Selected entry and first visible row.
    pub list: ListView,
    /// Shown events per month of `Catalog::months`.
    pub density: Vec<u32>,
}

/// What a jump highlights: the source sentence and its date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub sentence: Span,
    pub timex: Option<Span>,
}

#[derive(Debug, Clone, Default)]
pub struct TextView {
    pub article: Option<usize>,
    /// Wrapped lines of the article text, as byte spans.
    pub lines: Vec<Span>,
    pub width: usize,
    pub scroll: usize,
    pub mark: Option<Mark>,
    /// Mentions of the filtered entities, emphasised.
    pub emphasis: Vec<Span>,
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub query: String,
    pub candidates: Vec<Candidate>,
    /// Set with [`Prompt::select`], which keeps the highlights in step; read with
    /// [`Prompt::selected`].
    selected: usize,
    /// `query` folded for matching: what `candidates` answer.
    folded: String,
    /// The results of shorter queries that `folded` extends, shortest first, each with its
    /// folded query: typing rescores only the last one's entities, backspace returns to it.
    earlier: Vec<(String, Vec<Candidate>)>,
    /// Match positions of the candidates the list may show around the selection, from
    /// `candidates[highlighted_from]` on: found here, in update, for a screenful only.
    highlighted_from: usize,
    highlighted: Vec<Vec<usize>>,
}

impl Prompt {
    fn new(catalog: &Catalog) -> Prompt {
        let mut prompt = Prompt {
            query: String::new(),
            candidates: catalog.candidates(""),
            selected: 0,
            folded: String::new(),
            earlier: Vec::new(),
            highlighted_from: 0,
            highlighted: Vec::new(),
        };
        prompt.select(0, catalog);
        prompt
    }

    /// The candidate selected.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Char positions of the letters the query matched in candidate `i`'s label, for a candidate
    /// the list may show (empty for the others).
    pub fn positions(&self, i: usize) -> &[usize] {
        i.checked_sub(self.highlighted_from).and_then(|k| self.highlighted.get(k)).map_or(&[], Vec::as_slice)
    }

    /// Selects candidate `i` and finds the match positions of every candidate the list may show
    /// with it selected.
    fn select(&mut self, i: usize, catalog: &Catalog) {
        self.selected = i;
        let rows = filter::rows_that_may_show(i, self.candidates.len());
        self.highlighted_from = rows.start;
        self.highlighted =
            self.candidates[rows].iter().map(|c| catalog.match_positions(c, &self.folded)).collect();
    }

    /// Brings `candidates` up to date with `query`, with the same result as
    /// `catalog.candidates(&query)`. A label matches when the folded query is a subsequence of
    /// it, so the entities an extended query matches are among those its prefix matched.
    fn refresh(&mut self, catalog: &Catalog) {
        let folded = fold_query(&self.query);
        // Back to the longest kept result that the new query extends (none to drop when typing).
        while !folded.starts_with(self.folded.as_str()) {
            match self.earlier.pop() {
                Some((f, c)) => (self.folded, self.candidates) = (f, c),
                None => {
                    // Nothing kept answers a prefix of it (only when the prompt started with a
                    // query the kept results do not cover): score every entity.
                    self.candidates = catalog.candidates(&self.query);
                    self.folded = folded;
                    return;
                }
            }
        }
        if folded != self.folded {
            let narrowed = catalog.candidates_among(&folded, &self.candidates);
            let previous = std::mem::replace(&mut self.candidates, narrowed);
            self.earlier.push((std::mem::replace(&mut self.folded, folded), previous));
        }
    }
}

/// Where the user was before a jump, to come back to.
#[derive(Debug, Clone)]
struct JumpOrigin {
    focus: Pane,
    articles: ListView,
    article: Option<usize>,
    scroll: usize,
}

pub struct App {
    pub catalog: Catalog,
    pub size: (u16, u16),
    pub focus: Pane,
    /// Active filters, as entity indices, in the order chosen.
    pub filters: Vec<usize>,
    /// Article indices shown, in list order.
    pub articles: Arc<[u32]>,
    pub article_list: ListView,
    pub timeline: TimelineView,
    pub text: TextView,
    pub prompt: Option<Prompt>,
    pub help: bool,
    /// First help line shown when the help is taller than the screen.
    pub help_scroll: usize,
    pub quit: bool,
    pub theme: Theme,
    back: Option<JumpOrigin>,
    /// The unfiltered lists, built once.
    all: (Arc<[u32]>, TimelineView),
}

impl App {
    pub fn new(catalog: Catalog, size: (u16, u16)) -> App {
        let (articles, entries) = catalog.filtered(&[]);
        let all = (articles.into(), build_timeline(&catalog, entries));
        let mut app = App {
            all,
            catalog,
            size,
            focus: Pane::Articles,
            filters: Vec::new(),
            articles: Arc::new([]),
            article_list: ListView::default(),
            timeline: TimelineView::default(),
            text: TextView::default(),
            prompt: None,
            help: false,
            help_scroll: 0,
            quit: false,
            theme: Theme { color: true },
            back: None,
        };
        app.apply_filters();
        app
    }

    pub fn geometry(&self) -> Option<Geometry> {
        Geometry::new(Rect::new(0, 0, self.size.0, self.size.1))
    }

    pub fn mode(&self) -> Mode {
        if self.help {
            Mode::Help
        } else if self.prompt.is_some() {
            Mode::Prompt
        } else {
            Mode::Normal
        }
    }

    pub fn selected_article(&self) -> Option<usize> {
        self.articles.get(self.article_list.selected).map(|&a| a as usize)
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        let pos = *self.timeline.entries.get(self.timeline.list.selected)?;
        self.catalog.entries.get(pos as usize)
    }

    /// Whether the help, as the screen fits it, scrolls.
    pub fn help_scrolls(&self) -> bool {
        help::fit(Rect::new(0, 0, self.size.0, self.size.1)) == help::Fit::Scrolled
    }

    /// Whether a jump can be undone with `Back`.
    pub fn can_go_back(&self) -> bool {
        self.back.is_some()
    }

    pub fn update(&mut self, action: Action) {
        if self.help && matches!(action, Action::Up | Action::Down) {
            // The help taller than the screen scrolls, its last line stopping at the bottom;
            // otherwise these keys close it like any other.
            if self.help_scrolls() {
                let max = help::line_count().saturating_sub(self.size.1.saturating_sub(2) as usize);
                self.help_scroll =
                    step(self.help_scroll, if action == Action::Down { 1 } else { -1 }, max + 1);
            } else {
                self.update(Action::ToggleHelp);
            }
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::FocusNext => self.focus = Pane::ALL[(self.focus_index() + 1) % 3],
            Action::FocusPrev => self.focus = Pane::ALL[(self.focus_index() + 2) % 3],
            Action::Focus(p) => self.focus = p,
            Action::Up => self.move_by(self.focus, -1),
            Action::Down => self.move_by(self.focus, 1),
            Action::PageUp => self.move_by(self.focus, -(self.page(self.focus) as isize)),
            Action::PageDown => self.move_by(self.focus, self.page(self.focus) as isize),
            Action::HalfPageUp => self.move_by(self.focus, -(self.page(self.focus) as isize / 2).max(1)),
            Action::HalfPageDown => self.move_by(self.focus, (self.page(self.focus) as isize / 2).max(1)),
            Action::Top => self.move_by(self.focus, isize::MIN / 2),
            Action::Bottom => self.move_by(self.focus, isize::MAX / 2),
            Action::Activate => match self.focus {
                Pane::Articles => self.focus = Pane::Text,
                Pane::Timeline => self.jump(),
                Pane::Text => {}
            },
            Action::Back => self.go_back(),
            Action::OpenFilter => {
                self.prompt = Some(Prompt::new(&self.catalog));
            }
            Action::PopFilter => {
                if self.filters.pop().is_some() {
                    self.apply_filters();
                }
            }
            Action::ClearFilters => {
                if self.filters.is_empty() {
                    self.text.mark = None;
                } else {
                    self.filters.clear();
                    self.apply_filters();
                }
            }
            Action::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Action::PromptInput(c) => self.edit_query(|q| q.push(c)),
            Action::PromptBackspace => self.edit_query(|q| {
                q.pop();
            }),
            Action::PromptUp => self.move_candidate(-1),
            Action::PromptDown => self.move_candidate(1),
            Action::PromptAccept => self.accept_candidate(),
            Action::PromptCancel => self.prompt = None,
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.rewrap();
                self.scroll_into_view();
            }
            Action::Click { col, row } => self.click(col, row),
            Action::Wheel { col, row, down } => {
                if self.mode() == Mode::Normal {
                    if let Some(p) = self.pane_at(col, row) {
                        self.move_by(p, if down { 3 } else { -3 });
                    }
                }
            }
        }
    }

    fn focus_index(&self) -> usize {
        Pane::ALL.iter().position(|&p| p == self.focus).unwrap_or(0)
    }

    /// Rows a page holds in a pane.
    fn page(&self, pane: Pane) -> usize {
        let Some(g) = self.geometry() else { return 1 };
        let h = match pane {
            Pane::Articles => g.article_rows().height,
            Pane::Text => g.text_body().height,
            Pane::Timeline => g.timeline_rows().height,
        };
        (h as usize).max(1)
    }

    fn move_by(&mut self, pane: Pane, delta: isize) {
        match pane {
            Pane::Articles => {
                let before = self.article_list.selected;
                self.article_list.selected = step(before, delta, self.articles.len());
                if self.article_list.selected != before {
                    self.back = None;
                    self.show_article(self.selected_article(), None);
                }
            }
            Pane::Text => {
                let max = self.text.lines.len().saturating_sub(self.page(Pane::Text));
                self.text.scroll = step(self.text.scroll, delta, max + 1);
            }
            Pane::Timeline => {
                self.timeline.list.selected =
                    step(self.timeline.list.selected, delta, self.timeline.entries.len());
            }
        }
        self.scroll_into_view();
    }

    /// Keeps the selections of both lists inside their windows.
    fn scroll_into_view(&mut self) {
        let rows = self.page(Pane::Articles);
        follow(&mut self.article_list, rows);
        let rows = self.page(Pane::Timeline);
        let tl = &mut self.timeline;
        if let Some(&row) = tl.row_of_entry.get(tl.list.selected) {
            // Keep the month header above the first entry of a month in view too.
            let top = if row > 0 && matches!(tl.rows[row - 1], Row::Group(..)) { row - 1 } else { row };
            if top < tl.list.offset {
                tl.list.offset = top;
            } else if row >= tl.list.offset + rows {
                tl.list.offset = row + 1 - rows;
            }
        } else {
            tl.list.offset = 0;
        }
        let max = self.text.lines.len().saturating_sub(self.page(Pane::Text));
        self.text.scroll = self.text.scroll.min(max);
    }

    /// Loads an article in the text pane.
    fn show_article(&mut self, article: Option<usize>, mark: Option<Mark>) {
        self.text.article = article;
        self.text.mark = mark;
        self.text.scroll = 0;
        self.text.emphasis = match article {
            Some(a) => self.filters.iter().flat_map(|&e| self.catalog.mention_spans(a, e)).collect(),
            None => Vec::new(),
        };
        self.text.lines.clear();
        self.text.width = 0; // no width wrapped yet: forces the wrap
        self.rewrap();
    }

    /// Re-wraps the text to the pane width, keeping the first visible line's text in view.
    fn rewrap(&mut self) {
        let width = self.geometry().map_or(1, |g| g.text_body().width as usize).max(1);
        if width == self.text.width {
            return;
        }
        let first_byte = self.text.lines.get(self.text.scroll).map_or(0, |l| l.start);
        self.text.width = width;
        self.text.lines = match self.text.article {
            Some(a) => wrap::wrap(&self.catalog.article(a).text, width),
            None => Vec::new(),
        };
        self.text.scroll = wrap::line_of(&self.text.lines, first_byte);
    }

    /// Recomputes what the lists show after the filters changed, keeping selections when possible.
    fn apply_filters(&mut self) {
        let current_article = self.selected_article();
        let current_entry = self.timeline.entries.get(self.timeline.list.selected).copied();
        let (articles, timeline) = if self.filters.is_empty() {
            self.all.clone()
        } else {
            let (articles, entries) = self.catalog.filtered(&self.filters);
            (articles.into(), build_timeline(&self.catalog, entries))
        };
        self.articles = articles;
        self.article_list = ListView {
            selected: current_article
                .and_then(|a| self.articles.iter().position(|&x| x as usize == a))
                .unwrap_or(0),
            offset: 0,
        };
        let selected = current_entry.and_then(|e| timeline.entries.iter().position(|&x| x == e)).unwrap_or(0);
        self.timeline = timeline;
        self.timeline.list = ListView { selected, offset: 0 };
        self.back = None;
        self.show_article(self.selected_article(), None);
        self.scroll_into_view();
    }

    /// Opens the selected event's article with its sentence in view and highlighted.
    fn jump(&mut self) {
        let Some(&entry) = self.selected_entry() else { return };
        let (article, event) = self.catalog.event(&entry);
        let Some(sentence) = article.sentences.get(event.sentence) else { return };
        let mark = Mark {
            sentence: sentence.span(),
            timex: event.timex.and_then(|t| article.timexes.get(t)).map(|t| t.span()),
        };
        self.back = Some(JumpOrigin {
            focus: self.focus,
            articles: self.article_list.clone(),
            article: self.text.article,
            scroll: self.text.scroll,
        });
        let a = entry.article as usize;
        if let Some(pos) = self.articles.iter().position(|&x| x as usize == a) {
            self.article_list.selected = pos;
        }
        self.show_article(Some(a), Some(mark));
        // Put the sentence near the top with a line of context above it.
        let line = wrap::line_of(&self.text.lines, mark.sentence.start);
        self.text.scroll = line.saturating_sub(1);
        self.focus = Pane::Text;
        self.scroll_into_view();
    }

    fn go_back(&mut self) {
        let Some(origin) = self.back.take() else { return };
        self.article_list = origin.articles;
        self.show_article(origin.article, None);
        self.text.scroll = origin.scroll;
        self.focus = if origin.focus == Pane::Text { Pane::Timeline } else { origin.focus };
        self.scroll_into_view();
    }

    fn edit_query(&mut self, edit: impl FnOnce(&mut String)) {
        let Some(p) = self.prompt.as_mut() else { return };
        edit(&mut p.query);
        p.refresh(&self.catalog);
        p.select(0, &self.catalog);
    }

    fn move_candidate(&mut self, delta: isize) {
        if let Some(p) = self.prompt.as_mut() {
            p.select(step(p.selected, delta, p.candidates.len()), &self.catalog);
        }
    }

    fn accept_candidate(&mut self) {
        let Some(p) = self.prompt.as_ref() else { return };
        let Some(c) = p.candidates.get(p.selected) else { return };
        let e = c.entity;
        self.prompt = None;
        if !self.filters.contains(&e) {
            self.filters.push(e);
            self.apply_filters();
        }
    }

    /// The pane under a screen cell, among those shown.
    fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        let g = self.geometry()?;
        if g.is_narrow() {
            return layout::contains(g.pane(self.focus), col, row).then_some(self.focus);
        }
        Pane::ALL.into_iter().find(|&p| layout::contains(g.pane(p), col, row))
    }

    fn click(&mut self, col: u16, row: u16) {
        match self.mode() {
            Mode::Help => self.help = false,
            Mode::Prompt => {
                let hit = filter::candidate_at(self, col, row);
                if let (Some(i), Some(p)) = (hit, self.prompt.as_mut()) {
                    p.select(i, &self.catalog);
                    self.accept_candidate();
                }
            }
            Mode::Normal => {
                let Some(g) = self.geometry() else { return };
                if let Some(tabs) = g.tab_areas() {
                    if let Some((p, _)) = tabs.iter().find(|(_, r)| layout::contains(*r, col, row)) {
                        self.focus = *p;
                        return;
                    }
                }
                let Some(pane) = self.pane_at(col, row) else { return };
                self.focus = pane;
                match pane {
                    Pane::Articles => {
                        let rows = g.article_rows();
                        if layout::contains(rows, col, row) {
                            let i = self.article_list.offset + (row - rows.y) as usize;
                            if i < self.articles.len() {
                                self.move_by(
                                    Pane::Articles,
                                    i as isize - self.article_list.selected as isize,
                                );
                            }
                        }
                    }
                    Pane::Timeline => {
                        let rows = g.timeline_rows();
                        if layout::contains(rows, col, row) {
                            let r = self.timeline.list.offset + (row - rows.y) as usize;
                            if let Some(Row::Entry(i)) = self.timeline.rows.get(r) {
                                self.timeline.list.selected = *i;
                                self.scroll_into_view();
                            }
                        }
                    }
                    Pane::Text => {}
                }
            }
        }
    }
}

/// `from + delta` clamped to `0..len`.
fn step(from: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (from as isize).saturating_add(delta).clamp(0, len as isize - 1) as usize
}

fn follow(list: &mut ListView, rows: usize) {
    if list.selected < list.offset {
        list.offset = list.selected;
    } else if list.selected >= list.offset + rows {
        list.offset = list.selected + 1 - rows;
    }
}

/// Month headers, rows and density of a list of timeline entries.
fn build_timeline(catalog: &Catalog, entries: Vec<u32>) -> TimelineView {
    let mut rows = Vec::with_capacity(entries.len() + 32);
    let mut row_of_entry = Vec::with_capacity(entries.len());
    let mut density = vec![0u32; catalog.months.len()];
    let mut header = 0;
    for (i, &pos) in entries.iter().enumerate() {
        let date = catalog.date(&catalog.entries[pos as usize]);
        let group = Group::of(date);
        match rows.get_mut(header) {
            Some(Row::Group(g, count)) if *g == group => *count += 1,
            _ => {
                header = rows.len();
                rows.push(Row::Group(group, 1));
            }
        }
        if let Group::Month(y, m) = group {
            if let Ok(k) = catalog.months.binary_search(&(y, m)) {
                density[k] += 1;
            }
        }
        row_of_entry.push(rows.len());
        rows.push(Row::Entry(i));
    }
    TimelineView {
        entries: entries.into(),
        rows: rows.into(),
        row_of_entry: row_of_entry.into(),
        list: ListView::default(),
        density,
    }
}
