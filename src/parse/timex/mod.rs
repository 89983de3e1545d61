//! Temporal expressions: detection and TIMEX3 normalisation against the publication date.
//!
//! Each sentence is tokenised and every token given a word class from `data/timex/words.tsv`;
//! the sentence becomes a string of class symbols, and the patterns of `data/timex/patterns.tsv`
//! (regular expressions over classes, compiled once into a single alternation) find the
//! expressions in one pass. Each match is then normalised by its rule (`rules.rs`) against the
//! publication date, the tense of its clause, and the date mentioned last.

mod calendar;
mod rules;
mod search;
mod tokens;
mod trigger;
mod vocab;

use super::resources::DataSource;
use super::segment::Abbreviations;
use crate::corpus::{PartialDate, Resolution, Span, Timex, TimexType};
use anyhow::Result;
use calendar::Tense;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use rules::{fronted, Context, Norm, Rule};
use tokens::Token;
use vocab::{symbol, Cue, Kind, Vocab};

#[derive(Debug)]
pub struct TimexRules {
    vocab: Vocab,
    /// The segmenter's: a full stop inside a sentence after one of them ends no clause.
    abbreviations: Abbreviations,
}

impl TimexRules {
    pub fn load(source: &DataSource) -> Result<Self> {
        Ok(TimexRules { vocab: Vocab::load(source)?, abbreviations: Abbreviations::load(source)? })
    }
}

/// A match waiting for normalisation, with the focus as it was at its place in the text.
struct Pending {
    rule: Rule,
    first: usize,
    last: usize,
    focus_day: Option<NaiveDate>,
    /// Whether `focus_day` is the evening a night starts on ("la nuit de vendredi à samedi").
    focus_night: bool,
    /// When `focus_day` was told in the pluperfect, a look back: the day (and night) the story
    /// was on before it, for the times told after it in the story's own tense.
    story_day: Option<(NaiveDate, bool)>,
    /// The date in focus where the match is (the one after the sentence's dates may differ).
    focus: Option<PartialDate>,
}

/// Buffers reused from sentence to sentence, and from article to article on a thread.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    symbols: Vec<u8>,
    key: String,
    norms: Vec<Norm>,
    norm_rules: Vec<Rule>,
    pending: Vec<Pending>,
}

thread_local! {
    /// Sized for the longest sentence seen, they are allocated once per thread rather than once
    /// per article.
    static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::new(Buffers::default());
}

/// Beyond this many tokens, the buffers are not kept for the next article.
const KEPT_TOKENS: usize = 1 << 16;

/// Finds and normalises the temporal expressions of `sentences` (body sentences, in text order).
/// `dct` is the publication date, if known; relative expressions stay unresolved without it.
pub fn extract(text: &str, sentences: &[Span], dct: Option<PartialDate>, rules: &TimexRules) -> Vec<Timex> {
    let (vocab, abbr) = (&rules.vocab, &rules.abbreviations);
    let mut out: Vec<Timex> = Vec::new();
    let Buffers { mut tokens, mut symbols, mut key, mut norms, mut norm_rules, mut pending } = BUFFERS.take();
    let mut focus_day: Option<NaiveDate> = None;
    // `focus_day` (and whether a night starts on it) for clock times and parts of the day.
    let mut times_day: Option<(NaiveDate, bool)> = None;
    // The last such day told in the story's own tense, not in the pluperfect of a look back
    // ("Le mois dernier déjà, l'espace aérien avait été violé les 3 et 4 octobre").
    let mut story_day: Option<(NaiveDate, bool)> = None;
    let mut focus: Option<PartialDate> = None;
    // The day of the scene a look back left: "Le 30 octobre, … ont incendié l'Assemblée. La
    // veille, l'opposition avait réuni … Le lendemain, …": a "veille" told in the pluperfect looks
    // back from the scene, and the next "lendemain" told in the story's tense counts from the
    // scene again.
    let mut scene_day: Option<NaiveDate> = None;
    // The week told last, when no day of it is: "La semaine dernière, … Le lendemain, …" is of
    // that week, not the morrow of an older day.
    let mut told_week: Option<String> = None;
    // The year a fronted date set the story in ("En 2014, les alliés se sont engagés … En
    // septembre, …"), for the months and days told after it without a year, in its paragraph.
    let mut frame_year: Option<i32> = None;
    let mut last_sentence_end = 0;
    let mut told_last: Option<PartialDate> = None;
    // The last day mentioned in the month before publication.
    let mut past_day: Option<NaiveDate> = None;
    // The last day told before publication, however long before, background or not.
    let mut earlier_day: Option<NaiveDate> = None;
    // The last time told in an earlier sentence: its index in `out`, read only when an offset
    // from a clock time needs it.
    let mut last_time: Option<usize> = None;
    let mut done_until = 0;
    let publication_day = dct.and_then(|d| d.naive());
    // The day of a live blog's entries: the publication's, or the day a line of its own told last
    // ("Jeudi 23 juin" above the entries of that day).
    let mut blog_day = publication_day;
    // Rarely more tokens than every other byte of the longest sentence: one allocation.
    let longest = sentences.iter().map(|s| s.end.saturating_sub(s.start)).max().unwrap_or(0);
    tokens.reserve(longest / 2);
    symbols.reserve(longest / 2);
    for s in sentences {
        // Sentences are trusted only as far as they are valid and in order.
        let (start, end) = (s.start.max(done_until), s.end.min(text.len()));
        let sentence_start = start;
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        done_until = end;
        // A new paragraph leaves the year a fronted date set.
        if frame_year.is_some() && text[last_sentence_end.min(start)..start].contains('\n') {
            frame_year = None;
        }
        last_sentence_end = end;
        // Without a digit or a trigger word, no pattern can match: not worth tokenising.
        if !vocab.worth_tokenising(text, start, end) {
            continue;
        }
        tokens.clear();
        tokens::tokenize(text, start, end, vocab, &mut key, &mut tokens);
        tokens::join_spaced_numbers(vocab, &mut tokens);
        symbols.clear();
        symbols.extend(tokens.iter().map(|t| symbol(t.class)));
        norm_rules.clear();
        // A live blog's entry opens its line on a clock time and a dash ("23h45 – Sarkozy
        // reconnaît sa défaite"): it is of the blog's day, and so is what the entry tells,
        // whatever day the entry before told.
        let stamp = blog_day.filter(|_| opens_a_live_entry(text, &tokens));
        if let Some(day) = stamp {
            focus_day = Some(day);
            times_day = Some((day, false));
            story_day = times_day;
            focus = Some(PartialDate::from_naive(day));
            last_time = None;
        }
        let mut may_be_pluperfect: Option<bool> = None;
        // Whether a day of this sentence already dates its clock times.
        let mut sentence_day = false;
        // A day told as background in this sentence and no day after it: "L'accord, signé le 5
        // septembre 2014 et complété deux semaines plus tard, …" counts the offset from it.
        let mut background_day: Option<NaiveDate> = None;
        let mut pos = 0;
        while pos < symbols.len() {
            let Some(hit) = vocab.find(&symbols, pos) else { break };
            let pattern = &vocab.patterns[hit.pattern];
            let (start, mut end) = (hit.start, hit.end);
            let mut first = start;
            // The search found the pattern's own match; its context is not part of the extent.
            if pattern.has_context() {
                let Some((context_len, len)) = pattern.extent(&symbols[start..]) else { break };
                end = start + len;
                first = start + context_len;
            }
            let next_tok = end;
            if next_tok <= first {
                pos = start + 1;
                continue;
            }
            let last = next_tok - 1;
            if pattern.rule == Rule::Time && !an_hour_of_the_day(vocab, &tokens, first) {
                pos = start + 1;
                continue;
            }
            if pattern.rule.needs_day() {
                pending.push(Pending {
                    rule: pattern.rule,
                    first,
                    last,
                    focus_day: times_day.map(|(d, _)| d),
                    focus_night: times_day.is_some_and(|(_, night)| night),
                    story_day: story_day.filter(|_| story_day != times_day),
                    focus,
                });
                pos = end;
                continue;
            }
            let clause_day = day_before_in_clause(abbr, text, &norms, &tokens, first);
            // A "veille" or "lendemain" in the pluperfect looks back; one in another tense, not of
            // an event named after it, goes on from the scene a look back left.
            let look_back = (pattern.rule == Rule::AnchDay)
                .then(|| tense_near(vocab, abbr, text, &tokens, first, last) == Tense::SurePast);
            let from_scene = look_back == Some(false) && !is_of(text, &tokens, last + 1);
            let ctx = Context {
                text,
                vocab,
                tokens: &tokens,
                dct,
                focus_day: match pattern.rule {
                    Rule::OffsetAnchor => background_day.or(focus_day),
                    Rule::AnchDay if from_scene => scene_day.or(focus_day),
                    _ => focus_day,
                },
                focus,
                told_last,
                past_day,
                earlier_day,
                clause_day,
                frame_year,
                night: false,
                clock_before: None,
                time_before: None,
            };
            if pattern.rule == Rule::Ignore && !ctx.ignore_applies(first, last) {
                pos = start + 1;
                continue;
            }
            let tense = || tense_near(vocab, abbr, text, &tokens, first, last);
            // "a sanctionné vendredi 13 individus": a number before a plural noun counts it; no day.
            let counts = pattern.rule == Rule::Date
                && counts_what_follows(vocab, text, &tokens, first, last, &mut key);
            let mut found =
                if counts { Vec::new() } else { ctx.normalise(pattern.rule, first, last, &tense) };
            let (mut rule, mut end) = (pattern.rule, end);
            // "a parlé vendredi 15 minutes": a weekday and a number no day agrees with ("vendredi
            // 15" is no Friday near) leave the weekday, a day of its own, and what follows it.
            if found.is_empty() && rule == Rule::Date {
                let weekday =
                    (first..=last).find(|&i| vocab.kinds[tokens[i].class as usize] == Kind::Weekday);
                if let Some(w) = weekday.filter(|&w| w < last) {
                    found = ctx.normalise(Rule::Weekday, w, w, &tense);
                    (rule, end) = (Rule::Weekday, w + 1);
                }
            }
            if rule == Rule::Weekday {
                if let (Some(prev), [weekday]) = (norms.last_mut(), found.as_mut_slice()) {
                    agree_weekday(vocab, &tokens, prev, weekday);
                    if norm_rules.last() == Some(&Rule::Weekday) {
                        follow_weekday(text, &tokens, prev, weekday);
                    }
                }
            }
            if pattern.rule == Rule::AnchDay {
                if let (Some(day), [anchored]) = (clause_day, found.as_mut_slice()) {
                    name_apposed_day(vocab, text, &tokens, day, anchored);
                }
            }
            // The day after, before or of one of a week told ("La semaine dernière, … Le lendemain,
            // … Le même jour, …"): of that week, as precise as it.
            let same_day = || {
                rule == Rule::RelPeriod
                    && tokens[first..=last]
                        .iter()
                        .any(|t| matches!(vocab.kinds[t.class as usize], Kind::Meme | Kind::LaAdv))
            };
            if let (Some(week), None, [anchored]) = (&told_week, clause_day, found.as_mut_slice()) {
                let a_day = anchored.kind == TimexType::Date && anchored.value.len() == 10;
                if a_day && (pattern.rule == Rule::AnchDay || same_day()) {
                    anchored.value.clone_from(week);
                    anchored.anchor = Some(week.clone());
                    anchored.resolution = Resolution::PreviousDate;
                    anchored.focus = None;
                }
            }
            // "organisé chaque année à la même date": the day of a recurrence, not the date told last.
            if rule == Rule::RelPeriod
                && tokens[first..=last]
                    .iter()
                    .any(|t| matches!(vocab.kinds[t.class as usize], Kind::Meme | Kind::DateNoun))
                && in_a_recurrence(vocab, text, &tokens, &norms, first)
            {
                found.clear();
            }
            if found.is_empty() && pattern.rule != Rule::Ignore {
                // Rejected: let a later pattern or position have these tokens.
                pos = start + 1;
                continue;
            }
            for n in &found {
                // "« Aujourd'hui est un bon jour », s'est félicité X, arrivé la veille": a day
                // counted from the speaker's now is no anchor for the narrative around the quote.
                let deictic = matches!(rule, Rule::RelDay | Rule::Weekday);
                if deictic && is_quoted(&text[sentence_start..tokens[n.first].start]) {
                    continue;
                }
                if in_a_set_off_relative(abbr, vocab, text, &tokens, n.first, n.last) {
                    continue;
                }
                if n.focus.is_none() && n.kind == TimexType::Date && is_week(&n.value) {
                    told_week = Some(n.value.clone());
                }
                if let Some(f) = n.focus {
                    told_week = None;
                    told_last = Some(f);
                    let day = f.naive();
                    if let (Some(d), Some(today)) = (day, publication_day) {
                        if d < today {
                            earlier_day = Some(d);
                        }
                    }
                    let span_start = starts_a_span_to_now(abbr, vocab, text, &tokens, n.first);
                    let background = || {
                        span_start
                            || in_a_set_off_participle(abbr, vocab, text, &tokens, n.first, n.last)
                            || dated_back(vocab, text, &tokens, n.first)
                    };
                    if long_before(f, day, dct, publication_day) && background() {
                        background_day = day.or(background_day);
                        continue;
                    }
                    background_day = None;
                    scene_day = match look_back {
                        Some(true) => scene_day.or(focus_day),
                        _ => None,
                    };
                    focus = Some(f);
                    // "En 2014, …": a fronted year sets the story in that year (a fronted month, "En
                    // novembre 2015, …", only a point it goes on from); a month or a day of another
                    // year told after it ends that, and so does a year counted from publication
                    // ("cette année"; a year given alone, "d'ici 2024", is a reference, no setting).
                    let year_alone = rule == Rule::Year && f.month.is_none();
                    if year_alone
                        && n.resolution == Resolution::Absolute
                        && fronted(vocab, &tokens, n.first, n.last)
                    {
                        frame_year = Some(f.year);
                    } else if (f.month.is_some() || n.resolution != Resolution::Absolute)
                        && frame_year.is_some_and(|y| y != f.year)
                    {
                        frame_year = None;
                    }
                    if let Some(d) = day {
                        focus_day = Some(d);
                        // Recent, not background ("le traité, signé le 25 mars 1957").
                        if publication_day.is_some_and(|today| d <= today && (today - d).num_days() <= 31) {
                            past_day = Some(d);
                        }
                        // "réunis depuis dimanche, ont consacré la matinée": a span's start is no
                        // day for the times of the story, which are now (it still is for "le
                        // lendemain").
                        // "a prêté serment mercredi …, après la proclamation des résultats de
                        // l'élection de mardi": a later day that dates a noun is background for the
                        // clock times after it; the day of the sentence's act stays.
                        // So is one after a noun and its participle ("selon un bilan publié
                        // mercredi à l'aube").
                        let dates_a_noun = || {
                            let word = |i: usize| vocab.kinds[tokens[i].class as usize] == Kind::Word;
                            n.first >= 2
                                && word(n.first - 2)
                                && (is_of(text, &tokens, n.first - 1)
                                    || word(n.first - 1)
                                        && suffix_cue(
                                            vocab,
                                            &text[tokens[n.first - 1].start..tokens[n.first - 1].end],
                                        ) == Some(Cue::Participle))
                        };
                        if !span_start && (!sentence_day || !dates_a_noun()) {
                            sentence_day = true;
                            times_day = Some((d, is_night(n)));
                            // Most sentences have no pluperfect auxiliary: the tense is read
                            // only in those that do.
                            let pluperfect = *may_be_pluperfect.get_or_insert_with(|| {
                                tokens.iter().any(|t| is_pluperfect_auxiliary(vocab, t))
                            });
                            // "s'était rendu à Oaxaca après le séisme du 7 septembre": a day that
                            // dates a noun is told in the tense of the noun's clause.
                            let sure_past = |a: usize, b: usize| {
                                tense_near(vocab, abbr, text, &tokens, a, b) == Tense::SurePast
                            };
                            if !pluperfect
                                || !(sure_past(n.first, n.last)
                                    || qualifies_a_noun(vocab, text, &tokens, n.first)
                                        && sure_past(n.first - 2, n.first - 2))
                            {
                                story_day = times_day;
                            }
                        }
                    }
                }
            }
            norm_rules.extend(found.iter().map(|_| rule));
            norms.append(&mut found);
            pos = end;
        }

        pair_weekdays_with_dates(vocab, &tokens, &mut norms, &norm_rules);
        share_the_year_given_next(text, &tokens, &mut norms, &norm_rules);
        end_a_range_after_its_start(text, &tokens, &mut norms, &norm_rules);
        take_the_year_of_the_noun_before(vocab, abbr, text, &tokens, &mut norms, &norm_rules);
        narrow_the_year_told_before(text, &tokens, &mut norms, &norm_rules);
        count_from_the_event_date(vocab, abbr, text, &tokens, publication_day, &mut norms, &norm_rules);
        name_the_day_apposed_to_a_count_back(vocab, &tokens, &mut norms, &norm_rules);
        count_quoted_days_from_the_saying(
            vocab,
            text,
            sentence_start,
            &tokens,
            publication_day,
            &mut norms,
            &norm_rules,
        );

        // Clock times and parts of the day belong to the day of their clause, if it names one;
        // a part of the day names one for the clock times after it ("ce matin à 7 heures").
        pending.sort_by_key(|p| p.rule != Rule::Pod);
        // The morrow a clock time past midnight moved the story to.
        let mut rolled: Option<NaiveDate> = None;
        for p in pending.drain(..) {
            // The entry's own clock time is of the blog's day, not of a day its clause tells.
            let clause = if stamp.is_some() && p.first == 0 {
                None
            } else {
                day_in_clause(vocab, abbr, text, &norms, &tokens, p.first)
            };
            let time_before = if matches!(p.rule, Rule::OffsetClock | Rule::Then | Rule::Time) {
                norms
                    .iter()
                    .filter(|n| n.last < p.first && n.kind == TimexType::Time)
                    .max_by_key(|n| n.first)
                    .map(|n| n.value.as_str())
                    .or_else(|| last_time.map(|i| out[i].value.as_str()))
            } else {
                None
            };
            let clock_before = time_before.filter(|_| p.rule == Rule::OffsetClock).and_then(clock_of);
            let clause_day = clause.map(|(day, _)| day);
            let tense = || tense_near(vocab, abbr, text, &tokens, p.first, p.last);
            // "L'Otan s'est réunie dans l'après-midi" after a look back in the pluperfect: back in
            // the story's tense, the time is on the story's day.
            let (times_focus, focus_night) = match p.story_day {
                Some((day, night)) if tense() != Tense::SurePast => (Some(day), night),
                _ => (p.focus_day, p.focus_night),
            };
            let night = clause.map_or(focus_night, |(_, night)| night);
            // "vendredi vers 19 h 30 … peu après 1 heure du matin et s'est achevé vers 7 heures":
            // the times after the one past midnight, with no day of their own, are of the morrow.
            let times_focus = match (rolled, times_focus) {
                (Some(r), Some(d)) if clause.is_none() && d.succ_opt() == Some(r) => Some(r),
                _ => times_focus,
            };
            let ctx = Context {
                text,
                vocab,
                tokens: &tokens,
                dct,
                focus_day: times_focus,
                focus: if p.rule == Rule::Then { p.focus } else { focus },
                told_last,
                past_day,
                earlier_day,
                clause_day,
                frame_year: None,
                night,
                clock_before,
                time_before,
            };
            let mut found = ctx.normalise(p.rule, p.first, p.last, &tense);
            // "un couvre-feu chaque nuit de 20 heures à 6 heures": the hours of a recurrence are
            // on no one day.
            if matches!(p.rule, Rule::Time | Rule::TimeRange)
                && in_a_recurrence(vocab, text, &tokens, &norms, p.first)
            {
                for n in &mut found {
                    if n.value.as_bytes().get(10) == Some(&b'T') {
                        n.value.replace_range(..10, "XXXX-XX-XX");
                        (n.resolution, n.anchor, n.focus) = (Resolution::Absolute, None, None);
                    }
                }
            }
            // A clock time before dawn told after the evening (`Context::after_the_evening_of`)
            // moves the story to the morrow.
            if p.rule == Rule::Time && clause.is_none() && !night {
                let next = times_focus.and_then(|d| d.succ_opt());
                let past_midnight = |v: &str| {
                    next.is_some_and(|n| v.starts_with(&calendar::iso_day(n)))
                        && v.get(11..13).and_then(|h| h.parse::<u32>().ok()).is_some_and(|h| h < 6)
                };
                if found.first().is_some_and(|n| past_midnight(&n.value)) {
                    if story_day == times_day {
                        story_day = next.map(|d| (d, false));
                    }
                    rolled = next;
                    focus_day = next;
                    times_day = next.map(|d| (d, false));
                }
            }
            // An offset from a clock time moves the story to its day, as one from a date does.
            if p.rule == Rule::OffsetClock {
                if let Some(f) = found.iter().find_map(|n| n.focus) {
                    focus = Some(f);
                    focus_day = f.naive().or(focus_day);
                    times_day = f.naive().map(|d| (d, false)).or(times_day);
                }
            }
            norms.extend(found);
        }
        norms.sort_by_key(|n| n.first);
        if let [n] = norms.as_slice() {
            if n.first == 0
                && n.last + 1 == tokens.len()
                && n.kind == TimexType::Date
                && alone_on_its_line(text, tokens[0].start, tokens[n.last].end)
            {
                if let Some(d) = n.focus.and_then(|f| f.naive()) {
                    blog_day = Some(d);
                }
            }
        }
        for n in norms.drain(..) {
            let span = Span::new(tokens[n.first].start, tokens[n.last].end);
            if out.last().is_some_and(|t| t.span.end > span.start) {
                continue;
            }
            out.push(Timex {
                span,
                kind: n.kind,
                value: n.value,
                modifier: n.modifier,
                resolution: n.resolution,
                anchor: n.anchor,
            });
            if n.kind == TimexType::Time {
                last_time = Some(out.len() - 1);
            }
        }
    }
    if tokens.capacity() <= KEPT_TOKENS {
        tokens.clear();
        symbols.clear();
        norm_rules.clear();
        BUFFERS.set(Buffers { tokens, symbols, key, norms, norm_rules, pending });
    }
    out
}

/// Whether `value` is a week ("2016-W28").
fn is_week(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 8 && b[4] == b'-' && b[5] == b'W' && b[6..].iter().all(u8::is_ascii_digit)
}

/// The characters that end a line of the text.
const LINE_BREAKS: [char; 2] = ['\n', '\u{2029}'];

/// Whether only spaces stand between the line break before and byte `at`.
fn after_a_line_break(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches([' ', '\t']).ends_with(LINE_BREAKS)
}

/// Whether `text[start..end]` is a line of its own.
fn alone_on_its_line(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start_matches([' ', '\t']);
    (text[..start].trim_end_matches([' ', '\t']).is_empty() || after_a_line_break(text, start))
        && (after.is_empty() || after.starts_with(LINE_BREAKS))
}

/// Whether the sentence opens a live blog's entry: a clock time and a dash or a colon first on
/// their line ("23h45 – …", "23h45 : …").
fn opens_a_live_entry(text: &str, tokens: &[Token]) -> bool {
    let [clock, dash, ..] = tokens else { return false };
    clock.class == vocab::ids::CLOCK
        && (dash.class == vocab::ids::DASH || &text[dash.start..dash.end] == ":")
        && after_a_line_break(text, clock.start)
}

/// Whether the clock time at token `first` follows a recurrence with at most two prepositions
/// or a comma between ("chaque soir à 20 heures", "tous les jours, de 8 heures à 18 heures").
fn in_a_recurrence(vocab: &Vocab, text: &str, tokens: &[Token], norms: &[Norm], first: usize) -> bool {
    norms.iter().any(|n| {
        n.kind == TimexType::Set
            && n.last < first
            && first - n.last <= 3
            && (n.last + 1..first).all(|i| {
                matches!(vocab.kinds[tokens[i].class as usize], Kind::De | Kind::Vers | Kind::Comma)
                    || matches!(&text[tokens[i].start..tokens[i].end], "à" | "du" | "entre" | "dès")
            })
    })
}

/// "Trois jours après les attentats qui ont fait 129 morts vendredi soir, …", "au lendemain du
/// scrutin du 1er décembre": an offset from an event the text dates right after, in the same
/// phrase, counts from that date, not from the date mentioned before.
fn count_from_the_event_date(
    vocab: &Vocab,
    abbr: &Abbreviations,
    text: &str,
    tokens: &[Token],
    publication_day: Option<NaiveDate>,
    norms: &mut [Norm],
    rules: &[Rule],
) {
    let kind = |i: usize| tokens.get(i).map(|t| vocab.kinds[t.class as usize]);
    for i in 0..norms.len() {
        let last = norms[i].last;
        let counts = match rules[i] {
            Rule::OffsetAnchor => rules::counts_from_an_event(kind(last), kind(last + 1)),
            Rule::AnchDay => is_of(text, tokens, last + 1),
            _ => false,
        };
        if !counts {
            continue;
        }
        let phrase_ends = |j: usize| matches!(kind(j), Some(Kind::Stop | Kind::Comma | Kind::Break));
        // The day of the event the offset's own phrase dates ("les attentats du 13 novembre"), or
        // a date set off after it that ends the sentence ("au lendemain de l'attentat de Berlin,
        // le 19 décembre.").
        let apposed = |n: &Norm| {
            let mut ends = (last + 1..n.first).filter(|&j| phrase_ends(j));
            matches!((ends.next(), ends.next()), (Some(c), None) if c + 1 == n.first && kind(c) == Some(Kind::Comma))
                && matches!(kind(n.last + 1), None | Some(Kind::Stop | Kind::Break))
        };
        let event_day = norms[i + 1..]
            .iter()
            .take_while(|n| !(last + 1..n.first).any(phrase_ends) || apposed(n))
            .find_map(|n| n.focus?.naive());
        // "deux semaines après celle menée par la Banque mondiale en juillet": the event is dated
        // by its month or year only, so many days or weeks after it name no day (nor the date told
        // before): how long after ("après", a signal, is no part of it).
        // Set off after a date ("le 14 juin, quatre jours après le match d'ouverture de l'Euro
        // 2016"), it names that date.
        let apposed_to_a_date =
            i > 0 && norms[i - 1].last + 2 == norms[i].first && kind(norms[i].first - 1) == Some(Kind::Comma);
        if event_day.is_none() && rules[i] == Rule::OffsetAnchor && !apposed_to_a_date {
            let coarse = norms[i + 1..]
                .iter()
                .take_while(|n| !(last + 1..n.first).any(phrase_ends))
                .any(|n| n.focus.is_some_and(|f| f.month.is_some() && f.naive().is_none()));
            if let (true, Some(days)) = (coarse, days_counted(vocab, tokens, &norms[i])) {
                let n = &mut norms[i];
                n.kind = crate::corpus::TimexType::Duration;
                let (count, letter) = if days % 7 == 0 { (days.abs() / 7, 'W') } else { (days.abs(), 'D') };
                n.value = calendar::duration(count as f64, vocab::Unit { mult: 1.0, letter, time: false });
                n.last -= 1;
                n.resolution = crate::corpus::Resolution::Absolute;
                n.anchor = None;
                n.focus = None;
                continue;
            }
        }
        // "Au lendemain du référendum, Puigdemont a appelé lundi …": the eve or morrow of an event,
        // with no day told before, is the day of its clause too, not counted from publication.
        // ("au lendemain du scrutin du 1er décembre" counts from the date of its phrase, below).
        let from_publication = rules[i] == Rule::AnchDay
            && norms[i].resolution == crate::corpus::Resolution::PublicationDate
            && event_day.is_none();
        if from_publication
            || norms[i].resolution == crate::corpus::Resolution::Unresolved
                && norms[i].value.starts_with("XXXX-XX-XX")
        {
            // "Trois jours après les attentats, Hollande s'exprime ce lundi": with no date told
            // before, it names the date of the clause it is set before (no "que" between them:
            // a date of another clause).
            let other_clause = |j: usize| matches!(kind(j), Some(Kind::Stop | Kind::Break | Kind::Que));
            // "Trois jours après les attentats du 13 novembre": the event is dated in the offset's
            // own phrase, so the offset counts from that date (a day of the clause after the
            // phrase is the offset's own day, below).
            let counted_days = || days_counted(vocab, tokens, &norms[i]);
            if let (false, Some(days), Some(event_day)) = (from_publication, counted_days(), event_day) {
                count_from(&mut norms[i], event_day, event_day + Duration::days(days));
            } else if let Some(clause_day) = norms[i + 1..]
                .iter()
                .take_while(|n| !(last + 1..n.first).any(other_clause))
                .find_map(|n| n.focus?.naive())
                .filter(|d| !from_publication || publication_day.is_some_and(|today| *d <= today))
            {
                count_from(&mut norms[i], clause_day, clause_day);
            } else if let (false, Some(today)) = (from_publication, publication_day) {
                // "Deux jours après le passage de l'ouragan, les îles restent privées d'eau": told
                // in the present, with no date before or in its clause, it names the story's now.
                // The verb of a relative clause naming the event ("l'attaque qui a fait 38 morts,
                // les touristes continuent") is not the story's: read the tense after its comma.
                let relative = (last + 1..tokens.len()).take_while(|&j| !phrase_ends(j)).any(|j| {
                    kind(j) == Some(Kind::Que)
                        || text[tokens[j].start..tokens[j].end].eq_ignore_ascii_case("qui")
                });
                let main =
                    (last + 1..tokens.len()).find(|&j| kind(j) == Some(Kind::Comma)).filter(|_| relative);
                let present = match main {
                    Some(c) => (c + 1..tokens.len())
                        .take_while(|&j| !ends_clause(abbr, text, tokens, j))
                        .all(|j| cue(vocab, text, tokens, j).is_none()),
                    None => {
                        tense_near(vocab, abbr, text, tokens, norms[i].first, norms[i].last) == Tense::Unknown
                    }
                };
                if present {
                    set_day(&mut norms[i], today);
                    norms[i].resolution = crate::corpus::Resolution::PublicationDate;
                }
            }
            continue;
        }
        if norms[i].resolution == crate::corpus::Resolution::Unresolved && norms[i].value == "XXXX" {
            count_years_from_the_event_date(vocab, tokens, &mut norms[i..], phrase_ends);
            continue;
        }
        // "sept mois après les attentats du 13 novembre": a month ("XXXX-07" unresolved, or one
        // counted from the date told before).
        if rules[i] == Rule::OffsetAnchor && norms[i].value.len() == 7 {
            if let Some(count) = months_counted(vocab, tokens, &norms[i]) {
                count_months_from_the_event_date(count, publication_day, &mut norms[i..], phrase_ends);
            }
            continue;
        }
        let day = norms[i].focus.and_then(|f| f.naive());
        let anchor = match norms[i].resolution {
            crate::corpus::Resolution::PublicationDate => publication_day,
            _ => {
                norms[i].anchor.as_deref().and_then(|a| a.parse::<PartialDate>().ok()).and_then(|a| a.naive())
            }
        };
        // Set off after a dated clause, it named that clause's date (no offset left to count).
        let (Some(day), Some(anchor)) = (day, anchor) else { continue };
        if day == anchor {
            continue;
        }
        let Some(event_day) = event_day else { continue };
        count_from(&mut norms[i], event_day, event_day + (day - anchor));
    }
}

/// "Il y a 32 ans jour pour jour, le 19 septembre 1985": a day counted back from publication and
/// the date set off right after it, a few days apart, are one day: the date's (the story's day
/// may not be the publication's).
fn name_the_day_apposed_to_a_count_back(vocab: &Vocab, tokens: &[Token], norms: &mut [Norm], rules: &[Rule]) {
    for i in 1..norms.len() {
        if rules[i - 1] != Rule::OffsetDct || rules[i] != Rule::Date {
            continue;
        }
        let (a, b) = (&norms[i - 1], &norms[i]);
        let comma = b.first == a.last + 2 && vocab.kinds[tokens[a.last + 1].class as usize] == Kind::Comma;
        let (Some(counted), Some(dated)) = (a.focus.and_then(|f| f.naive()), b.focus.and_then(|f| f.naive()))
        else {
            continue;
        };
        if comma && counted != dated && (counted - dated).num_days().abs() <= 7 {
            set_day(&mut norms[i - 1], dated);
        }
    }
}

/// "X a promis dimanche de faire campagne « dès demain »", "« Nous partirons demain », a déclaré
/// samedi X": a day counted from the speaker's today, in a quotation, counts from the day of the
/// saying the sentence tells outside the quotation (a day gone by), not from publication.
fn count_quoted_days_from_the_saying(
    vocab: &Vocab,
    text: &str,
    sentence_start: usize,
    tokens: &[Token],
    publication_day: Option<NaiveDate>,
    norms: &mut [Norm],
    rules: &[Rule],
) {
    let Some(today) = publication_day else { return };
    for i in 0..norms.len() {
        if rules[i] != Rule::RelDay || norms[i].resolution != crate::corpus::Resolution::PublicationDate {
            continue;
        }
        let Some(day) = norms[i].focus.and_then(|f| f.naive()) else { continue };
        // "« Nous n'avons jamais vu cela. Depuis hier, nous ne dormons plus », a témoigné
        // dimanche X": a quotation opened in a sentence before, closed in this one.
        let sentence_end = tokens.last().map_or(sentence_start, |t| t.end);
        let closed_after = || {
            text[tokens[norms[i].last].end..sentence_end].chars().find(|&c| c == '«' || c == '»') == Some('»')
        };
        if !is_quoted(&text[sentence_start..tokens[norms[i].first].start]) && !closed_after() {
            continue;
        }
        let saying = (0..norms.len())
            .filter(|&j| j != i && matches!(rules[j], Rule::Weekday | Rule::Date))
            .filter_map(|j| Some((j, norms[j].focus?.naive()?)))
            .filter(|&(j, d)| d < today && !is_quoted(&text[sentence_start..tokens[norms[j].first].start]))
            // Of the same sentence: no full stop outside the quotation between them.
            .filter(|&(j, _)| {
                let (a, b) =
                    if j < i { (norms[j].last, norms[i].first) } else { (norms[i].last, norms[j].first) };
                !(a + 1..b).any(|k| {
                    vocab.kinds[tokens[k].class as usize] == Kind::Stop
                        && !is_quoted(&text[sentence_start..tokens[k].start])
                })
            })
            .min_by_key(|&(j, _)| j.abs_diff(i));
        if let Some((_, said)) = saying {
            count_from(&mut norms[i], said, said + (day - today));
        }
    }
}

/// Dates `norm` on `day`, counted from (anchored on) the day `from`.
fn count_from(norm: &mut Norm, from: NaiveDate, day: NaiveDate) {
    set_day(norm, day);
    norm.anchor = Some(calendar::iso_day(from));
    norm.resolution = crate::corpus::Resolution::PreviousDate;
}

/// "samedi et dimanche (les 3 et 4 octobre)": weekdays followed by as many dates, with only
/// brackets, commas and "et" between them, name those dates when the weekdays agree.
fn pair_weekdays_with_dates(vocab: &Vocab, tokens: &[Token], norms: &mut [Norm], rules: &[Rule]) {
    let joined = |a: &Norm, b: &Norm| {
        tokens[a.last + 1..b.first].iter().all(|t| {
            matches!(vocab.kinds[t.class as usize], Kind::LParen | Kind::RParen | Kind::Comma | Kind::Et)
        })
    };
    let day = |n: &Norm| n.focus.and_then(|f| f.naive());
    let mut i = 0;
    while i < norms.len() {
        // A run of weekdays…
        let mut j = i;
        while j < norms.len() && rules[j] == Rule::Weekday && (j == i || joined(&norms[j - 1], &norms[j])) {
            j += 1;
        }
        let weekdays = j - i;
        // …then as many dates.
        let mut k = j;
        while k < norms.len()
            && k - j < weekdays
            && matches!(rules[k], Rule::Date | Rule::DateList)
            && day(&norms[k]).is_some()
            && joined(&norms[k - 1], &norms[k])
        {
            k += 1;
        }
        if weekdays > 0 && k - j == weekdays {
            let agree = (0..weekdays).all(|n| {
                let (w, d) = (day(&norms[i + n]), day(&norms[j + n]));
                w.zip(d).is_some_and(|(w, d)| w.weekday() == d.weekday())
            });
            if agree {
                for n in 0..weekdays {
                    let date = &norms[j + n];
                    let (value, focus, resolution) = (date.value.clone(), date.focus, date.resolution);
                    let w = &mut norms[i + n];
                    // Keep the weekday's own part of the day ("samedi soir").
                    let date_len = 10.min(value.len()).min(w.value.len());
                    if w.value.is_char_boundary(date_len) && value.is_char_boundary(date_len) {
                        w.value.replace_range(..date_len, &value[..date_len]);
                    }
                    w.focus = focus;
                    w.resolution = resolution;
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// "Le prochain sommet se tiendra l'an prochain au Vietnam, en novembre": a month set off by a
/// comma after a year of its clause narrows that year; it is of that year, not the nearest.
fn narrow_the_year_told_before(text: &str, tokens: &[Token], norms: &mut [Norm], rules: &[Rule]) {
    /// How many tokens may stand between the year and the month ("au Vietnam", the comma, "en").
    const REACH: usize = 5;
    for i in 1..norms.len() {
        let (prev, next) = (&norms[i - 1], &norms[i]);
        if !matches!(rules[i - 1], Rule::RelPeriod | Rule::Year)
            || rules[i] != Rule::Month
            || prev.kind != crate::corpus::TimexType::Date
            || next.resolution != crate::corpus::Resolution::PublicationDate
        {
            continue;
        }
        let Some(y) = prev.value.parse::<i32>().ok().filter(|_| prev.value.len() == 4) else { continue };
        let between = &tokens[prev.last + 1..next.first];
        let word = |t: &Token| &text[t.start..t.end];
        let set_off = between.len() <= REACH
            && between.iter().rev().take(2).any(|t| word(t) == ",")
            && !between.iter().any(|t| {
                [".", ";", "et", "que", "qu'", "qu’"].iter().any(|w| word(t).eq_ignore_ascii_case(w))
            });
        if !set_off || next.value.len() != 7 || next.value[..4].parse::<i32>().ok() == Some(y) {
            continue;
        }
        let next = &mut norms[i];
        next.value.replace_range(..4, &calendar::year_value(y));
        next.focus = next.focus.map(|f| PartialDate { year: y, ..f });
        next.resolution = crate::corpus::Resolution::PreviousDate;
        next.anchor = Some(calendar::year_value(y));
    }
}

/// Whether the expression from token `first` to `last` is a weekday and a number only, and a
/// word that reads as a plural noun follows: the number counts it ("vendredi 13 individus"), no
/// day. `key` is a buffer.
fn counts_what_follows(
    vocab: &Vocab,
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    key: &mut String,
) -> bool {
    let kind = |i: usize| vocab.kinds[tokens[i].class as usize];
    let Some(next) = tokens.get(last + 1) else { return false };
    let word = &text[next.start..next.end];
    last > first
        && kind(last + 1) == Kind::Word
        && kind(last) == Kind::Num
        && (first..last).any(|i| kind(i) == Kind::Weekday)
        && (first..last).all(|i| matches!(kind(i), Kind::Weekday | Kind::Det))
        && word.chars().count() > 3
        && word.ends_with(['s', 'x'])
        && {
            vocab::normalise_key(word, key);
            !vocab.invariable.contains(key)
        }
}

/// The months an offset counts ("sept mois après": 7; "deux ans avant": -24), if whole.
fn months_counted(vocab: &Vocab, tokens: &[Token], offset: &Norm) -> Option<i32> {
    let months = counted(vocab, tokens, offset, |letter| match letter {
        'M' => Some(1.0),
        'Y' => Some(12.0),
        _ => None,
    })?;
    i32::try_from(months).ok()
}

/// The days an offset counts ("trois jours après", "deux semaines avant": negative before), if it
/// counts days or weeks, and whole.
fn days_counted(vocab: &Vocab, tokens: &[Token], offset: &Norm) -> Option<i64> {
    counted(vocab, tokens, offset, |letter| match letter {
        'D' => Some(1.0),
        'W' => Some(7.0),
        _ => None,
    })
}

/// The whole count of an offset's extent in the unit `per_letter` converts its unit's letter to
/// (None for units it does not count), signed by the "après"/"avant" that ends the extent.
fn counted(
    vocab: &Vocab,
    tokens: &[Token],
    offset: &Norm,
    per_letter: impl Fn(char) -> Option<f64>,
) -> Option<i64> {
    let extent = &tokens[offset.first..=offset.last];
    let kind = |t: &Token| vocab.kinds[t.class as usize];
    let (unit, per) = extent.iter().find_map(|t| match t.val {
        tokens::TokVal::Entry(e) if kind(t) == Kind::Unit => {
            let unit = vocab.entries[e as usize].unit.filter(|u| !u.time)?;
            Some((unit, per_letter(unit.letter)?))
        }
        _ => None,
    })?;
    let count = extent.iter().find_map(|t| t.number(vocab)).filter(|n| *n > 0.0)? * unit.mult * per;
    let sign = match extent.last().map(kind) {
        Some(Kind::Apres) => 1,
        Some(Kind::Avant) => -1,
        _ => return None,
    };
    (count.fract() == 0.0).then_some(sign * count as i64)
}

/// "Sept mois après les attentats du 13 novembre": a count of months from an event the phrase
/// after it dates counts from that event's month. Without a year of its own, the event is of the
/// year that puts the count nearest publication: such a count tells how far the story is from it.
/// `norms[0]` is the offset, `count` its months (negative before the event); `phrase_ends` tells
/// the tokens that end its phrase.
fn count_months_from_the_event_date(
    count: i32,
    publication_day: Option<NaiveDate>,
    norms: &mut [Norm],
    phrase_ends: impl Fn(usize) -> bool,
) {
    let Some(today) = publication_day else { return };
    let Some((offset, after)) = norms.split_first_mut() else { return };
    let months = |y: i32, m: u32| y * 12 + m as i32 - 1;
    let last = offset.last;
    let Some(event) = after
        .iter_mut()
        .take_while(|n| !(last + 1..n.first).any(&phrase_ends))
        .find(|n| n.focus.is_some_and(|f| f.month.is_some()))
    else {
        return;
    };
    let Some(f) = event.focus else { return };
    let Some(em) = f.month else { return };
    let mut ey = f.year;
    if event.resolution == crate::corpus::Resolution::PublicationDate {
        let now = months(today.year(), today.month());
        let best = [f.year - 1, f.year, f.year + 1]
            .into_iter()
            .filter(|&c| f.day.is_none_or(|d| NaiveDate::from_ymd_opt(c, em, d).is_some()))
            .min_by_key(|&c| (months(c, em) + count - now).abs());
        if let Some(b) = best.filter(|&b| b != f.year) {
            ey = b;
            event.value.replace_range(..4, &calendar::year_value(b));
            event.focus = Some(PartialDate { year: b, ..f });
        }
    }
    let total = months(ey, em) + count;
    let (ry, rm) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    offset.value = calendar::month_value(ry, rm);
    offset.focus = Some(PartialDate { year: ry, month: Some(rm), day: None });
    offset.anchor = event.focus.map(calendar::partial_value);
    offset.resolution = crate::corpus::Resolution::PreviousDate;
}

/// "Quinze ans après les attentats du 11 septembre 2001": a count of years from an event the
/// phrase after it dates, with no date told before, counts from that event's year. `norms[0]` is
/// the offset; `phrase_ends` tells the tokens that end its phrase.
fn count_years_from_the_event_date(
    vocab: &Vocab,
    tokens: &[Token],
    norms: &mut [Norm],
    phrase_ends: impl Fn(usize) -> bool,
) {
    let Some((offset, after)) = norms.split_first_mut() else { return };
    let extent = &tokens[offset.first..=offset.last];
    let kind = |t: &Token| vocab.kinds[t.class as usize];
    let years = extent.iter().any(|t| {
        kind(t) == Kind::Unit
            && matches!(t.val, tokens::TokVal::Entry(e) if vocab.entries[e as usize].unit.is_some_and(|u| u.letter == 'Y' && !u.time && u.mult == 1.0))
    });
    let count = extent.iter().find_map(|t| t.number(vocab)).filter(|n| n.fract() == 0.0 && *n > 0.0);
    let sign = match extent.last().map(kind) {
        Some(Kind::Apres) => 1,
        Some(Kind::Avant) => -1,
        _ => return,
    };
    let (true, Some(count)) = (years, count) else { return };
    let last = offset.last;
    let Some(event) =
        after.iter().take_while(|n| !(last + 1..n.first).any(&phrase_ends)).find_map(|n| n.focus)
    else {
        return;
    };
    let year = event.year + sign * count as i32;
    offset.value = calendar::year_value(year);
    offset.focus = Some(PartialDate::year(year));
    offset.anchor = Some(calendar::partial_value(event));
    offset.resolution = crate::corpus::Resolution::PreviousDate;
}

/// "de janvier et de novembre 2015", "entre mars et mai 2016", "du 28 décembre au 3 janvier
/// 2016": a month or a day without a year, joined to the next one that has a year, is of that
/// year (or of the year before, when its month comes later in the year).
fn share_the_year_given_next(text: &str, tokens: &[Token], norms: &mut [Norm], rules: &[Rule]) {
    const JOINS: [&str; 10] = ["et", "ou", ",", "de", "d'", "d’", "du", "à", "au", "en"];
    let shape = |n: &Norm| match n.value.len() {
        7 | 10 if n.value.as_bytes()[4] == b'-' && !n.value.starts_with('X') => {
            let y: i32 = n.value[..4].parse().ok()?;
            let m: u32 = n.value[5..7].parse().ok()?;
            Some((y, m))
        }
        _ => None,
    };
    for i in 1..norms.len() {
        let (prev, next) = (&norms[i - 1], &norms[i]);
        let dated = |r: Rule| matches!(r, Rule::Month | Rule::Date | Rule::DateList);
        if !dated(rules[i - 1]) || !dated(rules[i]) || prev.kind != crate::corpus::TimexType::Date {
            continue;
        }
        if prev.resolution != crate::corpus::Resolution::PublicationDate
            || next.resolution != crate::corpus::Resolution::Absolute
        {
            continue;
        }
        let between = &tokens[prev.last + 1..next.first];
        let joined = (1..=3).contains(&between.len())
            && between.iter().all(|t| JOINS.iter().any(|w| text[t.start..t.end].eq_ignore_ascii_case(w)));
        let (Some((_, m)), Some((y, next_m))) = (shape(prev), shape(next)) else { continue };
        if !joined {
            continue;
        }
        let y = if m > next_m { y - 1 } else { y };
        // "29 février" is no day of every year.
        let day = prev.value.get(8..10).and_then(|d| d.parse::<u32>().ok());
        if day.is_some_and(|d| NaiveDate::from_ymd_opt(y, m, d).is_none()) {
            continue;
        }
        let prev = &mut norms[i - 1];
        let year = calendar::year_value(y);
        prev.value.replace_range(..4, &year);
        prev.focus = prev.focus.map(|f| PartialDate { year: y, ..f });
        prev.resolution = crate::corpus::Resolution::Absolute;
    }
}

/// "La crue de 1910, qui avait culminé le 28 janvier, …", "la guerre de 1967, qui avait éclaté en
/// juin": a day or month told in the past in a relative clause set off after a noun a year dates
/// is of that year.
fn take_the_year_of_the_noun_before(
    vocab: &Vocab,
    abbr: &Abbreviations,
    text: &str,
    tokens: &[Token],
    norms: &mut [Norm],
    rules: &[Rule],
) {
    const RELATIVES: [&str; 6] = ["qui", "que", "qu'", "qu’", "dont", "où"];
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    let kind = |i: usize| vocab.kinds[tokens[i].class as usize];
    for i in 1..norms.len() {
        let (year_norm, date) = (&norms[i - 1], &norms[i]);
        if rules[i - 1] != Rule::Year
            || !matches!(rules[i], Rule::Date | Rule::Month)
            || date.kind != crate::corpus::TimexType::Date
            || date.resolution != crate::corpus::Resolution::PublicationDate
            || year_norm.value.len() != 4
        {
            continue;
        }
        let Ok(y) = year_norm.value.parse::<i32>() else { continue };
        let of_a_noun = year_norm.first.checked_sub(1).is_some_and(|j| ["de", "d'", "d’"].contains(&word(j)));
        let relative = kind(year_norm.last + 1) == Kind::Comma
            && RELATIVES.iter().any(|r| word(year_norm.last + 2).eq_ignore_ascii_case(r));
        let inside = (year_norm.last + 2..date.first)
            .all(|j| !matches!(kind(j), Kind::Comma | Kind::Stop | Kind::Break))
            && !(year_norm.last + 2..date.first).any(|j| ends_clause(abbr, text, tokens, j));
        if !of_a_noun || !relative || !inside || date.value.get(..4) == Some(&calendar::year_value(y)) {
            continue;
        }
        if !tense_near(vocab, abbr, text, tokens, date.first, date.last).is_past() {
            continue;
        }
        let date = &mut norms[i];
        let (Some(m), day) = (date.focus.and_then(|f| f.month), date.focus.and_then(|f| f.day)) else {
            continue;
        };
        if day.is_some_and(|d| NaiveDate::from_ymd_opt(y, m, d).is_none()) {
            continue;
        }
        date.value.replace_range(..4, &calendar::year_value(y));
        date.focus = date.focus.map(|f| PartialDate { year: y, ..f });
        date.resolution = crate::corpus::Resolution::PreviousDate;
        date.anchor = Some(calendar::year_value(y));
    }
}

/// "La saison s'étend du 1er juin au 30 novembre", "du 12 décembre au 5 janvier": a range's end
/// without a year of its own comes after its start, within the year that follows it (the tense
/// around may have sent it a year back).
fn end_a_range_after_its_start(text: &str, tokens: &[Token], norms: &mut [Norm], rules: &[Rule]) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    for i in 1..norms.len() {
        let (start, end) = (&norms[i - 1], &norms[i]);
        if !matches!(rules[i - 1], Rule::Date | Rule::DateList)
            || rules[i] != Rule::Date
            || start.kind != crate::corpus::TimexType::Date
            || end.kind != crate::corpus::TimexType::Date
            || end.resolution != crate::corpus::Resolution::PublicationDate
        {
            continue;
        }
        let opens = start.first.checked_sub(1).is_some_and(|j| word(j).eq_ignore_ascii_case("du"))
            || word(start.first).eq_ignore_ascii_case("du");
        let joined = end.first == start.last + 2
            && ["au", "à"].iter().any(|w| word(start.last + 1).eq_ignore_ascii_case(w));
        if !opens || !joined {
            continue;
        }
        let (Some(from), Some(to)) = (start.focus.and_then(|f| f.naive()), end.focus.and_then(|f| f.naive()))
        else {
            continue;
        };
        let year =
            if (to.month(), to.day()) >= (from.month(), from.day()) { from.year() } else { from.year() + 1 };
        if year == to.year() {
            continue;
        }
        let Some(day) = NaiveDate::from_ymd_opt(year, to.month(), to.day()) else { continue };
        set_day(&mut norms[i], day);
    }
}

/// "Zarif, avec qui il avait négocié l'accord conclu le 14 juillet, a salué …": a date inside a
/// relative clause set off by commas tells the past of what the sentence names, not the time of
/// the story, so what comes next ("Quelques heures plus tôt") is not counted from it.
fn in_a_set_off_relative(
    abbr: &Abbreviations,
    vocab: &Vocab,
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> bool {
    const RELATIVES: [&str; 9] =
        ["qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"];
    let Some(open) = set_off_by_commas(abbr, vocab, text, tokens, first, last) else { return false };
    let mut key = String::new();
    (open + 1..first.min(open + 4)).any(|i| {
        vocab::normalise_key(&text[tokens[i].start..tokens[i].end], &mut key);
        RELATIVES.contains(&key.as_str())
    })
}

/// The comma that opens the phrase tokens `first..=last` are in, when a comma closes it too
/// within the clause.
fn set_off_by_commas(
    abbr: &Abbreviations,
    vocab: &Vocab,
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> Option<usize> {
    let comma = |i: usize| vocab.kinds[tokens[i].class as usize] == Kind::Comma;
    let open = (0..first).rev().take_while(|&i| !ends_clause(abbr, text, tokens, i)).find(|&i| comma(i))?;
    (last + 1..tokens.len()).take_while(|&i| !ends_clause(abbr, text, tokens, i)).any(comma).then_some(open)
}

/// "L'accord, conclu le 14 juillet à Vienne après vingt mois de négociations, est entré en
/// application": a date inside a phrase set off by commas that opens with a past participle.
/// Long before publication, it tells the past of what the sentence names, as a relative does
/// (`in_a_set_off_relative`); recent, it may be the story's ("Le ministre, arrivé lundi, …").
fn in_a_set_off_participle(
    abbr: &Abbreviations,
    vocab: &Vocab,
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> bool {
    let Some(open) = set_off_by_commas(abbr, vocab, text, tokens, first, last) else { return false };
    open + 1 < first && {
        let t = &tokens[open + 1];
        vocab.kinds[t.class as usize] == Kind::Word
            && suffix_cue(vocab, &text[t.start..t.end]) == Some(Cue::Participle)
    }
}

/// The comma opening a phrase set off by commas that the comma `close` ends, when a past
/// participle opens it (", arrivé le mois dernier,"); a dozen words at most.
fn participle_aside_closed_at(
    abbr: &Abbreviations,
    vocab: &Vocab,
    text: &str,
    tokens: &[Token],
    close: usize,
) -> Option<usize> {
    const REACH: usize = 12;
    let open = (close.saturating_sub(REACH)..close)
        .rev()
        .take_while(|&k| !ends_clause(abbr, text, tokens, k))
        .find(|&k| vocab.kinds[tokens[k].class as usize] == Kind::Comma)?;
    let t = tokens.get(open + 1).filter(|_| open + 1 < close)?;
    (vocab.kinds[t.class as usize] == Kind::Word
        && suffix_cue(vocab, &text[t.start..t.end]) == Some(Cue::Participle))
    .then_some(open)
}

/// Whether token `t` is an auxiliary that may make a pluperfect ("avait", "s'étaient").
fn is_pluperfect_auxiliary(vocab: &Vocab, t: &Token) -> bool {
    match t.val {
        tokens::TokVal::Entry(e) if vocab.kinds[t.class as usize] == Kind::Aux => {
            matches!(vocab.entries[e as usize].value.as_str(), "pluperfect" | "reflexive_pluperfect")
        }
        _ => false,
    }
}

/// The clock time a time's value names ("2016-03-22T08:00"; not "2016-03-22TEV").
fn clock_of(value: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M").ok()
}

/// Whether date `f` (its `day`, if it has one) ends more than a month before publication
/// (`dct`, its `publication` day if it has one).
fn long_before(
    f: PartialDate,
    day: Option<NaiveDate>,
    dct: Option<PartialDate>,
    publication: Option<NaiveDate>,
) -> bool {
    match (day, publication) {
        (Some(day), Some(publication)) => (publication - day).num_days() > 31,
        _ => dct.is_some_and(|p| f.year < p.year),
    }
}

/// "une première depuis le bombardement du 6 août 1945": a date after "depuis" (a few words of
/// its phrase between) starts a span that runs to the time of the story. Long before
/// publication, it is background: the story is not told at that date, so "la veille" after it
/// does not count from it. (A recent one, "interpellées depuis samedi", may well be the story's.)
fn starts_a_span_to_now(
    abbr: &Abbreviations,
    vocab: &Vocab,
    text: &str,
    tokens: &[Token],
    first: usize,
) -> bool {
    /// How far back "depuis" may stand: "depuis le bombardement atomique du".
    const REACH: usize = 6;
    (first.saturating_sub(REACH)..first)
        .rev()
        .take_while(|&i| {
            !ends_clause(abbr, text, tokens, i)
                && !matches!(vocab.kinds[tokens[i].class as usize], Kind::Comma | Kind::Que)
        })
        // An ASCII word: its key is its lowercase form, compared in place.
        .any(|i| text[tokens[i].start..tokens[i].end].eq_ignore_ascii_case("depuis"))
}

/// "Le précédent essai remontait au 6 janvier": the date a verb of `dating` dates something back
/// to, through "à" or "de", is a reference for what the story tells, not a time of the story.
fn dated_back(vocab: &Vocab, text: &str, tokens: &[Token], first: usize) -> bool {
    const TO: [&str; 8] = ["à", "a", "au", "aux", "de", "du", "d'", "d’"];
    let word = |i: usize| &text[tokens[i].start..tokens[i].end];
    let Some(verb) = first.checked_sub(2) else { return false };
    if !TO.iter().any(|to| word(first - 1).eq_ignore_ascii_case(to)) {
        return false;
    }
    let mut key = String::new();
    vocab::normalise_key(word(verb), &mut key);
    vocab.dating.contains(&key)
}

/// Whether the end of `before` (a sentence up to some point) is inside a quotation opened in
/// it: a quote that began in an earlier sentence closes here without opening.
fn is_quoted(before: &str) -> bool {
    let mut depth = 0u32;
    let mut prev = ' ';
    for c in before.chars() {
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            // A straight quote opens after a space or a bracket, and closes otherwise.
            '"' if prev.is_whitespace() || prev == '(' => depth += 1,
            '"' => depth = depth.saturating_sub(1),
            _ => {}
        }
        prev = c;
    }
    depth > 0
}

/// "réunis vendredi et samedi", "de lundi à mercredi": a weekday joined to the weekday before
/// it is the first such day after it, whatever the tense made of it alone.
fn follow_weekday(text: &str, tokens: &[Token], prev: &Norm, weekday: &mut Norm) {
    let between = &tokens[prev.last + 1..weekday.first];
    let joined = matches!(between, [t] if ["et", "ou", "au", "à", "-"].contains(&&text[t.start..t.end]));
    let (Some(day), Some(w)) = (prev.focus.and_then(|f| f.naive()), weekday.focus.and_then(|f| f.naive()))
    else {
        return;
    };
    if !joined || prev.kind != crate::corpus::TimexType::Date {
        return;
    }
    let next = calendar::pick_weekday(
        chrono::Datelike::weekday(&w).number_from_monday(),
        day,
        Some(1),
        Tense::Unknown,
    );
    set_day(weekday, next);
}

/// Whether token `i` is "de" or its forms ("d'", "du", "des"), which tie a day to an event ("la
/// veille de la reprise", "au lendemain du scrutin").
fn is_of(text: &str, tokens: &[Token], i: usize) -> bool {
    const OF: [&str; 5] = ["de", "d'", "d’", "du", "des"];
    tokens.get(i).is_some_and(|t| OF.iter().any(|w| text[t.start..t.end].eq_ignore_ascii_case(w)))
}

/// "rencontré vendredi à Damas l'envoyé de l'ONU, la veille de la reprise des négociations": a
/// "veille" or "lendemain" of an event, set off by a comma after its clause named a day, is that
/// day again; the event it is the eve of is the anchor, not the last date.
fn name_apposed_day(vocab: &Vocab, text: &str, tokens: &[Token], day: NaiveDate, anchored: &mut Norm) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
    let is = |i: usize, words: &[&str]| words.iter().any(|w| word(i).eq_ignore_ascii_case(w));
    let comma = |i: usize| tokens.get(i).is_some_and(|t| vocab.kinds[t.class as usize] == Kind::Comma);
    let first = anchored.first;
    let set_off =
        first >= 1 && comma(first - 1) || first >= 2 && is(first - 1, &["au", "à", "a"]) && comma(first - 2);
    let of_event = is_of(text, tokens, anchored.last + 1);
    if !set_off || !of_event || anchored.kind != crate::corpus::TimexType::Date {
        return;
    }
    set_day(anchored, day);
    anchored.resolution = crate::corpus::Resolution::PreviousDate;
    anchored.anchor = Some(calendar::iso_day(day));
}

/// The day named in the same clause as token `at`, before it.
fn day_before_in_clause(
    abbr: &Abbreviations,
    text: &str,
    norms: &[Norm],
    tokens: &[Token],
    at: usize,
) -> Option<NaiveDate> {
    norms
        .iter()
        .rev()
        .filter(|n| n.first < at && same_clause(abbr, text, tokens, n.first, at))
        .find_map(|n| n.focus?.naive())
}

/// Whether tokens `a` and `b` are in the same clause: full stops (. ! ? …) and line breaks
/// separate clauses (a boundary belongs to the clause it ends).
fn same_clause(abbr: &Abbreviations, text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let (from, to) = (a.min(b), a.max(b));
    !(from..to).any(|i| ends_clause(abbr, text, tokens, i))
}

/// Whether token `i` ends a clause: a line break, or a full stop that is not an abbreviation's
/// ("M. Kerry", "J. Kirby": the sentences are split before dates are read).
fn ends_clause(abbr: &Abbreviations, text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // Only the built-in classes of full stops and line breaks are of those kinds.
    if t.class == vocab::ids::BREAK {
        return true;
    }
    if t.class != vocab::ids::STOP {
        return false;
    }
    let abbreviated = i > 0
        && tokens[i - 1].end == t.start
        && &text[t.start..t.end] == "."
        && abbr.ends(&text[tokens[i - 1].start..tokens[i - 1].end]);
    !abbreviated
}

/// "demain (mercredi)", "hier, mardi": a weekday right after a day names that day; when they
/// disagree (reported speech: "demain" said the day before), the weekday wins.
fn agree_weekday(vocab: &Vocab, tokens: &[Token], prev: &mut Norm, weekday: &mut Norm) {
    let between = &tokens[prev.last + 1..weekday.first];
    let adjacent = between.len() <= 1
        && between.iter().all(|t| matches!(vocab.kinds[t.class as usize], Kind::LParen | Kind::Comma));
    let (Some(day), Some(w)) = (prev.focus.and_then(|f| f.naive()), weekday.focus.and_then(|f| f.naive()))
    else {
        return;
    };
    if !adjacent || prev.kind == crate::corpus::TimexType::Duration {
        return;
    }
    let agreed =
        calendar::pick_weekday(chrono::Datelike::weekday(&w).number_from_monday(), day, None, Tense::Unknown);
    // An explicit date is not corrected by the weekday next to it.
    let targets = if prev.resolution == crate::corpus::Resolution::Absolute {
        vec![weekday]
    } else {
        vec![prev, weekday]
    };
    for n in targets {
        set_day(n, agreed);
    }
}

/// Makes `norm` name `day`: the date part of its value (a part of the day after it stays:
/// "2016-03-10TEV") and its focus.
fn set_day(norm: &mut Norm, day: NaiveDate) {
    let date = calendar::iso_day(day);
    if norm.value.len() >= date.len() && norm.value.is_char_boundary(date.len()) {
        norm.value.replace_range(..date.len(), &date);
    }
    norm.focus = Some(PartialDate::from_naive(day));
}

/// Whether `norm` is a night ("la nuit de vendredi à samedi"), dated by the evening it starts on.
fn is_night(norm: &Norm) -> bool {
    norm.value.ends_with("TNI")
}

/// The day named in the same clause as token `at`: the nearest before it, else after it; and
/// whether it is the evening a night starts on. A day after it is not its own when a verb comes
/// between them and another before it.
fn day_in_clause(
    vocab: &Vocab,
    abbr: &Abbreviations,
    text: &str,
    norms: &[Norm],
    tokens: &[Token],
    at: usize,
) -> Option<(NaiveDate, bool)> {
    let day = |n: &Norm| Some((n.focus?.naive()?, is_night(n)));
    // "prévue à 20 heures (1 heure du matin à Paris le 6 août)": a day in the brackets the time is
    // in is its own, before the clause's.
    let kind = |i: usize| vocab.kinds[tokens[i].class as usize];
    if let Some(open) =
        (0..at).rev().take_while(|&i| kind(i) != Kind::RParen).find(|&i| kind(i) == Kind::LParen)
    {
        let close = (at..tokens.len()).find(|&i| kind(i) == Kind::RParen).unwrap_or(tokens.len());
        if let Some(d) =
            norms.iter().filter(|n| n.first > open && n.last < close && n.first != at).find_map(day)
        {
            return Some(d);
        }
    }
    // "contesterait lundi les résultats devant le Conseil, qui a accepté en fin d'après-midi …":
    // a relative clause set off by a comma after the day, still open, tells an act of its own.
    let in_a_relative_after = |n: &Norm| {
        (n.last + 1..at).rev().find(|&i| vocab.kinds[tokens[i].class as usize] == Kind::Comma).is_some_and(
            |c| {
                tokens
                    .get(c + 1)
                    .is_some_and(|t| c + 1 < at && text[t.start..t.end].eq_ignore_ascii_case("qui"))
            },
        )
    };
    let before = norms
        .iter()
        .rev()
        .filter(|n| n.first < at && same_clause(abbr, text, tokens, n.first, at) && !in_a_relative_after(n))
        .filter(|n| !starts_a_span_to_now(abbr, vocab, text, tokens, n.first))
        .find_map(day);
    before.or_else(|| {
        let after = norms
            .iter()
            .filter(|n| n.first > at && same_clause(abbr, text, tokens, at, n.first))
            .filter(|n| !starts_a_span_to_now(abbr, vocab, text, tokens, n.first))
            .find(|n| day(n).is_some())?;
        // "a assuré dans la soirée que le cessez-le-feu … restait": "que" opens another clause,
        // whose days are not its own.
        if (at..after.first).any(|i| vocab.kinds[tokens[i].class as usize] == Kind::Que) {
            return None;
        }
        // "Un suspect, arrêté dans la soirée, a été relâché mardi": a phrase set off by commas
        // does not take the day of the clause it is set in.
        let comma = |i: usize| vocab.kinds[tokens[i].class as usize] == Kind::Comma;
        if (at..after.first).any(comma) && set_off_by_commas(abbr, vocab, text, tokens, at, at).is_some() {
            return None;
        }
        // "prêtera serment dans l'après-midi et s'envolera dès jeudi": after a verb of its own, it
        // is not the day of the next verb's act.
        let verb = |i: usize| cue(vocab, text, tokens, i).is_some();
        let opens = (0..at).rev().find(|&i| ends_clause(abbr, text, tokens, i)).map_or(0, |i| i + 1);
        if (opens..at).any(verb) && (at..after.first).any(verb) {
            return None;
        }
        day(after)
    })
}

/// ", disant attendre … le 20 janvier": a present participle after a comma opens a clause of
/// its own, whose dates the tense of the verb before it does not decide.
fn opens_a_participle_clause(vocab: &Vocab, text: &str, tokens: &[Token], i: usize) -> bool {
    // Words the date vocabulary does not know ("avant", "pendant", "maintenant" it does) that end
    // so and are no participles.
    const NOT_PARTICIPLES: [&str; 2] = ["cependant", "devant"];
    let word = &text[tokens[i].start..tokens[i].end];
    i > 0
        && vocab.kinds[tokens[i - 1].class as usize] == Kind::Comma
        && vocab.kinds[tokens[i].class as usize] == Kind::Word
        && word.len() > 4
        && word.ends_with("ant")
        && !NOT_PARTICIPLES.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The tense of the clause around tokens `first..=last`, from the nearest tense cue.
fn tense_near(
    vocab: &Vocab,
    abbr: &Abbreviations,
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> Tense {
    if let Some(tense) = tense_just_before(vocab, abbr, text, tokens, first, last) {
        return tense;
    }
    if dates_an_occurrence(vocab, text, tokens, first) {
        return Tense::SurePast;
    }
    let mut best: Option<(usize, Tense)> = None;
    let mut planned_aside = false;
    // The words read back, normalised in one buffer.
    let mut key = String::new();
    let mut consider = |distance: usize, tense: Tense| match best {
        Some((d, t)) if d == distance && t != tense => {
            best = Some((d, if t.is_past() && tense.is_past() { Tense::Past } else { Tense::Unknown }))
        }
        Some((d, _)) if d <= distance => {}
        _ => best = Some((distance, tense)),
    };
    // Whether a cue was found before the expression, in its clause.
    let mut cue_before = false;
    // "Le préfet, arrivé le mois dernier, prépare le scrutin du 23 avril": a phrase set off by
    // commas that opens with a past participle has its own time; its cues are not the clause's.
    let mut aside_opens_at = None;
    for i in (0..first).rev() {
        if aside_opens_at.is_some_and(|open| i >= open) {
            continue;
        }
        if ends_clause(abbr, text, tokens, i) || opens_a_participle_clause(vocab, text, tokens, i) {
            break;
        }
        if vocab.kinds[tokens[i].class as usize] == Kind::Comma {
            aside_opens_at = participle_aside_closed_at(abbr, vocab, text, tokens, i);
            if aside_opens_at.is_some() {
                continue;
            }
        }
        match introducer_of_infinitive(vocab, text, tokens, i, &mut key) {
            Some(Introducer::Promise) => {
                consider(first - i, Tense::Future);
                cue_before = true;
                break;
            }
            // "a désigné jeudi X pour succéder à Y le 1er janvier": the act aimed at comes with or
            // after the one that serves it, so the tense of the latter does not tell its date; the
            // nearest day does.
            Some(Introducer::Purpose) => {
                consider(first - i, Tense::Unknown);
                cue_before = true;
                break;
            }
            None => {}
        }
        // "Les syndicats ont appelé à une grève générale mardi": what is called for is ahead (a
        // call told in the pluperfect may have been for a day gone by).
        // So is what someone is invited to ("a invité les dirigeants français et italien à une
        // réunion lundi"): the one called may stand between the verb and "à", if no other verb does.
        const CALLED_WORDS: usize = 12;
        let called_for = |key: &mut String| {
            let mut j = i;
            while j > 0 && i - j < CALLED_WORDS && !ends_clause(abbr, text, tokens, j - 1) {
                j -= 1;
                vocab::normalise_key(&text[tokens[j].start..tokens[j].end], key);
                if vocab.call_for.contains(key) {
                    return Some(j);
                }
                if cue(vocab, text, tokens, j).is_some() {
                    return None;
                }
            }
            None
        };
        if i > 0 && matches!(&text[tokens[i].start..tokens[i].end], "à" | "au" | "aux") && {
            called_for(&mut key).is_some_and(|verb| {
                !tokens[verb.saturating_sub(2)..verb].iter().any(|t| is_pluperfect_auxiliary(vocab, t))
            })
        } {
            consider(first - i, Tense::Future);
            cue_before = true;
            break;
        }
        if let Some(t) = cue(vocab, text, tokens, i) {
            consider(first - i, t);
            cue_before = true;
            // "L'évacuation, prévue mercredi à 5 heures, avait été suspendue": a plan set off
            // between commas (a participle of class `fut` right after a comma).
            planned_aside = i > 0
                && vocab.kinds[tokens[i].class as usize] == Kind::Fut
                && vocab.kinds[tokens[i - 1].class as usize] == Kind::Comma;
            break;
        }
    }
    let mut aside_closed = false;
    let mut coordinated = false;
    for i in last + 1..tokens.len() {
        // "avait laissé entendre en octobre qu'il se déciderait en décembre": the verb of a
        // clause that "que" opens after the expression is not its tense.
        if ends_clause(abbr, text, tokens, i) || vocab.kinds[tokens[i].class as usize] == Kind::Que {
            break;
        }
        aside_closed |= vocab.kinds[tokens[i].class as usize] == Kind::Comma;
        coordinated |= vocab.kinds[tokens[i].class as usize] == Kind::Et;
        if let Some(t) = cue(vocab, text, tokens, i) {
            // …told in the pluperfect, the plan was for a day gone by.
            if planned_aside && aside_closed && t == Tense::SurePast {
                return Tense::SurePast;
            }
            // "La décrue ne devrait pas s'amorcer avant samedi, a prévenu Vigicrues": past a comma,
            // the verb is another clause's (here the saying's); the clause's own verb decides.
            if aside_closed && cue_before {
                break;
            }
            // "Nous avons reçu des plaintes ce week-end et d'autres arriveront": past "et", the
            // verb is a coordinated clause's; the clause's own verb before decides.
            if coordinated && cue_before {
                break;
            }
            consider(i - last, t);
            break;
        }
    }
    // "Le 3 mars, il a signé l'accord": a date fronted before its clause, set off by a comma, is
    // the day of that clause's act; told in the passé composé, the act is done, however near a
    // day ahead would be.
    let fronted = (first == 0 || ends_clause(abbr, text, tokens, first - 1))
        && tokens.get(last + 1).is_some_and(|t| vocab.kinds[t.class as usize] == Kind::Comma);
    match best.map_or(Tense::Unknown, |(_, t)| t) {
        Tense::Past if fronted && !cue_before => Tense::FirmPast,
        // "la liste de ses candidats aux législatives des 11 et 18 juin" told in the pluperfect:
        // a date qualifying a noun dates what the noun names, not the act told, and may come
        // after the publication; the past tense only weighs.
        Tense::SurePast if qualifies_a_noun(vocab, text, tokens, first) => Tense::Past,
        tense => tense,
    }
}

/// What introduces an infinitive whose date is not told by the tense around it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Introducer {
    /// A verb of promise ("a promis d'adopter", "s'est engagé à réunir", "menace de se retirer"):
    /// what it tells is still ahead when said, so the past tense of the promise is not the tense
    /// of a date after it (`ahead` in tense.tsv).
    Promise,
    /// A word of purpose ("pour succéder", "afin de préparer"): the act aimed at has its own time,
    /// at or after the act that serves it (`purpose` in tense.tsv).
    Purpose,
}

/// Whether token `i` is an infinitive (maybe after a clitic) that a verb of promise introduces
/// with "à" or "de", or a word of purpose introduces, with or without them.
fn introducer_of_infinitive(
    vocab: &Vocab,
    text: &str,
    tokens: &[Token],
    i: usize,
    key: &mut String,
) -> Option<Introducer> {
    const INFINITIVE: [&str; 3] = ["er", "ir", "re"];
    const CLITICS: [&str; 11] = ["se", "s'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "nous"];
    const TO: [&str; 3] = ["à", "de", "d'"];
    let word = &text[tokens[i].start..tokens[i].end];
    if vocab.kinds[tokens[i].class as usize] != Kind::Word || !INFINITIVE.iter().any(|e| word.ends_with(e)) {
        return None;
    }
    let read = |j: usize, key: &mut String| vocab::normalise_key(&text[tokens[j].start..tokens[j].end], key);
    let mut to = i.checked_sub(1)?;
    read(to, key);
    // "pour la guerre", "pour l'avenir": after a word of purpose, these are articles and what
    // follows a noun.
    let mut after_an_article = false;
    if CLITICS.contains(&key.as_str()) {
        after_an_article = matches!(key.as_str(), "le" | "la" | "les" | "l'");
        to = to.checked_sub(1)?;
        read(to, key);
    }
    if vocab.purpose.contains(key) {
        return (!after_an_article).then_some(Introducer::Purpose);
    }
    if to == 0 || !TO.contains(&key.as_str()) {
        return None;
    }
    read(to - 1, key);
    if vocab.ahead.contains(key) {
        Some(Introducer::Promise)
    } else if vocab.purpose.contains(key) {
        Some(Introducer::Purpose)
    } else {
        None
    }
}

/// Whether the expression at token `first` is a noun's complement: "de", "du" or "des" after a
/// word that is no verb form ("le scrutin du 20 décembre", "les législatives des 11 et 18 juin").
fn qualifies_a_noun(vocab: &Vocab, text: &str, tokens: &[Token], first: usize) -> bool {
    let Some(noun) = first.checked_sub(2) else { return false };
    let t = &tokens[noun];
    is_of(text, tokens, first - 1)
        && vocab.kinds[t.class as usize] == Kind::Word
        && suffix_cue(vocab, &text[t.start..t.end]).is_none()
}

/// Whether the expression at token `first` qualifies a noun of what happens (`occurrence` in
/// tense.tsv), after "de" ("l'attaque de mercredi", "l'insurrection d'octobre") or right after it
/// ("la mort mercredi d'un manifestant"): it dates something gone by, whatever the tense around.
fn dates_an_occurrence(vocab: &Vocab, text: &str, tokens: &[Token], first: usize) -> bool {
    let noun = match first.checked_sub(1) {
        Some(i) if i > 0 && is_of(text, tokens, i) => i - 1,
        Some(i) => i,
        None => return false,
    };
    let t = &tokens[noun];
    if vocab.kinds[t.class as usize] != Kind::Word {
        return false;
    }
    let mut key = String::new();
    vocab::normalise_key(&text[t.start..t.end], &mut key);
    vocab.occurrences.contains(&key)
}

/// What the words right before an expression say of its tense, whatever the verbs around: a
/// lead of the tense table ("d'ici (à) octobre" is ahead, "depuis novembre" has begun), or a
/// participle opening a phrase set off around it, as in "les discussions, ouvertes jeudi, doivent
/// se poursuivre", "l'état d'urgence, déclaré dans la nuit de vendredi à samedi, pourrait être
/// prolongé", "les troupes, entrées dans le pays vendredi, y resteront" or "Investi dimanche à
/// l'Élysée, le président …": a past act.
fn tense_just_before(
    vocab: &Vocab,
    abbr: &Abbreviations,
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> Option<Tense> {
    // The key of the token last read: the prepositions and leads compare the same tokens.
    let mut key = String::new();
    let mut read = None;
    let mut is = |i: usize, word: &str| {
        if read != Some(i) {
            vocab::normalise_key(&text[tokens[i].start..tokens[i].end], &mut key);
            read = Some(i);
        }
        key == word
    };
    // One preposition may come between: "d'ici à la fin mars", "déclaré dans la nuit".
    let mut i = first.checked_sub(1)?;
    if vocab.between.iter().any(|w| is(i, w)) {
        i = i.checked_sub(1)?;
    }
    let holds = |kind: Kind| tokens[first..=last].iter().any(|t| vocab.kinds[t.class as usize] == kind);
    for (words, cue, only) in &vocab.leads {
        let Some(start) = (i + 1).checked_sub(words.len()) else { continue };
        if only.is_none_or(holds) && words.iter().enumerate().all(|(k, w)| is(start + k, w)) {
            return Some(if *cue == Cue::Future { Tense::Future } else { Tense::SurePast });
        }
    }
    let kind = |i: usize| vocab.kinds[tokens[i].class as usize];
    let word = |i: usize| &text[tokens[i].start..tokens[i].end];
    // "puis" is too short to be read.
    let participle = |i: usize| {
        word(i).chars().count() >= vocab.suffix_min_len && suffix_cue(vocab, word(i)) == Some(Cue::Participle)
    };
    // "l'accord de paix signé lundi", "des otages libérés mardi", "l'accord conclu en juillet": a
    // participle in "é" or "u" right between a noun and the expression is a past act, whatever
    // the clause's tense. (Other endings are also presents: "l'Otan réunit jeudi"; a short word
    // before it is rather a determiner or a preposition, and the word in "é" a noun: "du Conseil
    // de sécurité mardi".)
    // (With one preposition between them or none: "signé en juillet", "signé lundi".)
    if i > 0
        && kind(i) == Kind::Word
        && kind(i - 1) == Kind::Word
        && participle(i)
        && ["é", "ée", "és", "ées", "u", "ue", "us", "ues"].iter().any(|e| word(i).ends_with(e))
        && word(i - 1).chars().count() >= 4
        && cue(vocab, text, tokens, i - 1).is_none()
        // "pourraient être organisées à l'automne": a passive, whose tense the verbs before tell.
        && !matches!(word(i - 1), "être" | "Être" | "etre")
    {
        return Some(Tense::Past);
    }
    // Back to the start of the phrase: no verb on the way.
    let mut k = i;
    loop {
        let opens = k == 0 || matches!(kind(k - 1), Kind::Comma | Kind::LParen);
        if opens {
            break;
        }
        if i - k >= PHRASE_REACH
            || ends_clause(abbr, text, tokens, k)
            || matches!(kind(k), Kind::Comma | Kind::LParen)
            || cue(vocab, text, tokens, k).is_some()
        {
            return None;
        }
        k -= 1;
    }
    // A capitalised word opens the sentence: a participle only right before the expression, and
    // set off after it ("Paris accueillera jeudi …" is a name).
    let (opener_ok, needs_close, close_by_comma) = match kind(k) {
        Kind::Word => (true, k < i, false),
        Kind::WordCap => (k == 0 && k == i, true, true),
        _ => (false, false, false),
    };
    if !opener_ok || !participle(k) {
        return None;
    }
    if needs_close && !phrase_closes(vocab, abbr, text, tokens, last, close_by_comma) {
        return None;
    }
    Some(Tense::Past)
}

/// How far a participle may open the phrase of an expression, and the phrase go on after it.
const PHRASE_REACH: usize = 6;

/// Whether the phrase around an expression ending at token `last` closes soon after it with no
/// verb on the way: at a comma or a bracket (`by_comma`), or also at the end of the sentence.
fn phrase_closes(
    vocab: &Vocab,
    abbr: &Abbreviations,
    text: &str,
    tokens: &[Token],
    last: usize,
    by_comma: bool,
) -> bool {
    for i in last + 1..tokens.len().min(last + 1 + PHRASE_REACH) {
        match vocab.kinds[tokens[i].class as usize] {
            Kind::Comma | Kind::RParen => return true,
            _ if ends_clause(abbr, text, tokens, i) => return !by_comma,
            _ if cue(vocab, text, tokens, i).is_some() => return false,
            _ => {}
        }
    }
    !by_comma && last + 1 + PHRASE_REACH > tokens.len()
}

fn suffix_cue(vocab: &Vocab, word: &str) -> Option<Cue> {
    suffix_ending(vocab, word).map(|e| e.cue)
}

fn suffix_ending<'v>(vocab: &'v Vocab, word: &str) -> Option<&'v vocab::Ending> {
    let word = word.as_bytes();
    let last = *word.last()?;
    let tail = vocab::last_bytes(word);
    vocab.suffixes[last as usize].iter().find(|e| e.ends(word, tail))
}

/// How far before a verb its subject pronoun may be: "nous ne les ferons".
const SUBJECT_REACH: usize = 3;

/// The tense token `i` signals, if any. Most tokens signal none, and are told so here.
#[inline(always)]
fn cue(vocab: &Vocab, text: &str, tokens: &[Token], i: usize) -> Option<Tense> {
    let t = &tokens[i];
    let signals = match vocab.kinds[t.class as usize] {
        Kind::Fut | Kind::Prochain | Kind::Dernier | Kind::RelDay | Kind::Aux => true,
        // No ending of the tense table ends the word, or it is shorter (in bytes) than the
        // shortest word the endings apply to.
        Kind::Word => {
            t.end - t.start >= vocab.suffix_min_len
                && !vocab.suffixes[text.as_bytes()[t.end - 1] as usize].is_empty()
        }
        _ => false,
    };
    if signals {
        word_cue(vocab, text, tokens, i)
    } else {
        None
    }
}

/// `cue` for the tokens that may signal a tense.
#[inline(never)]
fn word_cue(vocab: &Vocab, text: &str, tokens: &[Token], i: usize) -> Option<Tense> {
    let t = &tokens[i];
    let kind = |t: &Token| vocab.kinds[t.class as usize];
    let value = |t: &Token| match t.val {
        tokens::TokVal::Entry(e) => vocab.entries[e as usize].num.unwrap_or(0.0),
        _ => 0.0,
    };
    let valued = |t: &Token, v: &str| matches!(t.val, tokens::TokVal::Entry(e) if vocab.entries[e as usize].value == v);
    // What the auxiliary at `i` makes of the next words: past with a participle, ahead with a
    // word of class `fut` ("a prévu"), nothing without either. A participle of class
    // `ahead_passive` is ahead after the present of "être" (auxiliaries valued `present_passive`:
    // "ne sont pas exclues"), a participle after another ("n'a pas exclu").
    let compound = |past: Tense| {
        for next in tokens.iter().skip(i + 1).take(3) {
            match kind(next) {
                Kind::Fut => return Some(Tense::Future),
                Kind::AheadPassive if valued(t, "present_passive") => return Some(Tense::Future),
                Kind::AheadPassive => return Some(past),
                Kind::Ete => return Some(past),
                Kind::Word if suffix_cue(vocab, &text[next.start..next.end]) == Some(Cue::Participle) => {
                    return Some(past)
                }
                _ => {}
            }
        }
        None
    };
    match kind(t) {
        // "il aurait évoqué fin décembre": the conditional perfect of reported speech, a past.
        Kind::Fut if valued(t, "past_conditional") => compound(Tense::Past).or(Some(Tense::Future)),
        Kind::Fut | Kind::Prochain => Some(Tense::Future),
        Kind::Dernier => Some(Tense::Past),
        Kind::RelDay if value(t) != 0.0 => Some(if value(t) < 0.0 { Tense::Past } else { Tense::Future }),
        Kind::Aux => {
            // "il y a", "il n'y avait" are not a tense; an auxiliary is past when a participle
            // follows it, after the pronoun "y" too ("la bombe y avait tué").
            let word = |j: usize| &text[tokens[j].start..tokens[j].end];
            if i > 0
                && vocab.kinds[tokens[i - 1].class as usize] == Kind::Other
                && word(i - 1) == "y"
                && (i < 2 || ["il", "n'", "n’"].iter().any(|w| word(i - 2).eq_ignore_ascii_case(w)))
            {
                return None;
            }
            // "avait été visée", "avaient signé", "s'étaient éjectés": a pluperfect (the
            // auxiliaries valued so).
            let reflexive = || {
                i > 0 && matches!(&text[tokens[i - 1].start..tokens[i - 1].end], "s'" | "s’" | "S'" | "S’")
            };
            let pluperfect = valued(t, "pluperfect") || valued(t, "reflexive_pluperfect") && reflexive();
            compound(if pluperfect { Tense::SurePast } else { Tense::Past })
        }
        Kind::Word => {
            let w = &text[t.start..t.end];
            if w.chars().count() < vocab.suffix_min_len {
                return None;
            }
            let ending = suffix_ending(vocab, w)?;
            if let Some(subject) = &ending.subject {
                let before = &tokens[i.saturating_sub(SUBJECT_REACH)..i];
                if !before.iter().any(|t| text[t.start..t.end].eq_ignore_ascii_case(subject)) {
                    return None;
                }
            }
            match ending.cue {
                Cue::Past => Some(Tense::Past),
                Cue::Future => Some(Tense::Future),
                Cue::Participle | Cue::Ignored => None,
            }
        }
        _ => None,
    }
}

/// "à 9 heures": a number of hours (in digits) is an hour of the day only up to 24; "jusqu'à 48
/// heures" counts hours.
fn an_hour_of_the_day(vocab: &Vocab, tokens: &[Token], first: usize) -> bool {
    let t = &tokens[first];
    vocab.kinds[t.class as usize] != Kind::Num || t.number(vocab).is_none_or(|h| h <= 24.0)
}

#[cfg(test)]
mod tests;
