//! Normalisation: from the tokens of a match to a TIMEX3 type and value.

use super::calendar::{self, Tense};
use super::tokens::{TokVal, Token};
use super::vocab::{Kind, Unit, Vocab};
use crate::corpus::{PartialDate, Resolution, TimexType};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use std::str::FromStr;

/// How a pattern's match is normalised; named in the first column of patterns.tsv.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    /// Consumes text that must not be tagged (an age, a measure).
    Ignore,
    DateList,
    Date,
    Month,
    /// "le quatrième trimestre 2016", "le XXe siècle": the nth quarter, half or century.
    NthPeriod,
    /// "au tournant du siècle": the years around the turn of a century.
    Turn,
    RelPeriod,
    Season,
    Decade,
    Year,
    RelDay,
    AnchDay,
    OffsetAnchor,
    /// "une heure plus tard": an offset in hours or minutes, from the clock time told last if
    /// there is one (resolved with the clock times, after the dates).
    OffsetClock,
    OffsetDct,
    Duration,
    Weekday,
    SetWeekday,
    Set,
    Time,
    /// "de 8 heures à 19 heures", "entre 23 heures et 4 heures du matin", "à 17 heures (16 heures
    /// à Paris)": two clock times, each its own expression (the second after midnight when it is
    /// earlier than the first).
    TimeRange,
    Pod,
    Ref,
    /// "à ce moment-là", "au même moment": the time told last (resolved with the clock times,
    /// after the dates).
    Then,
}

impl FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "ignore" => Rule::Ignore,
            "date_list" => Rule::DateList,
            "date" => Rule::Date,
            "month" => Rule::Month,
            "nth_period" => Rule::NthPeriod,
            "turn" => Rule::Turn,
            "rel_period" => Rule::RelPeriod,
            "season" => Rule::Season,
            "decade" => Rule::Decade,
            "year" => Rule::Year,
            "relday" => Rule::RelDay,
            "anchday" => Rule::AnchDay,
            "offset_anchor" => Rule::OffsetAnchor,
            "offset_clock" => Rule::OffsetClock,
            "offset_dct" => Rule::OffsetDct,
            "duration" => Rule::Duration,
            "weekday" => Rule::Weekday,
            "set_weekday" => Rule::SetWeekday,
            "set" => Rule::Set,
            "time" => Rule::Time,
            "time_range" => Rule::TimeRange,
            "pod" => Rule::Pod,
            "ref" => Rule::Ref,
            "then" => Rule::Then,
            _ => return Err(format!("unknown rule {s:?}")),
        })
    }
}

impl Rule {
    /// Clock times, parts of the day and offsets from a clock time are resolved after the dates,
    /// on the day they belong to.
    pub fn needs_day(self) -> bool {
        matches!(self, Rule::Time | Rule::TimeRange | Rule::Pod | Rule::OffsetClock | Rule::Then)
    }
}

/// A normalised expression, before it becomes a `Timex`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Norm {
    /// Token range of the extent.
    pub first: usize,
    pub last: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<String>,
    pub resolution: Resolution,
    pub anchor: Option<String>,
    /// The date this expression puts in focus for later relative expressions.
    pub focus: Option<PartialDate>,
}

/// What is known when normalising one match.
pub(super) struct Context<'a> {
    pub text: &'a str,
    pub vocab: &'a Vocab,
    pub tokens: &'a [Token],
    pub dct: Option<PartialDate>,
    /// The last date mentioned with a day, and the last with any precision.
    pub focus_day: Option<NaiveDate>,
    pub focus: Option<PartialDate>,
    /// The date mentioned last, even one left out of focus as background ("depuis le 1er janvier
    /// 1979"): what "à cette date" points at.
    pub told_last: Option<PartialDate>,
    /// The last day mentioned in the month before publication: what a day told in the past
    /// counts from when the day in focus is still ahead.
    pub past_day: Option<NaiveDate>,
    /// The last day told before publication, however long before ("le Boeing abattu le 17
    /// juillet 2014 … le lendemain du crash"), background or not.
    pub earlier_day: Option<NaiveDate>,
    /// A day named in the same clause: before the match (or, for clock times, after it).
    pub clause_day: Option<NaiveDate>,
    /// The year a fronted date set the story in ("En 2014, …"), for a month or a day told without a
    /// year in its paragraph.
    pub frame_year: Option<i32>,
    /// Whether the day a clock time belongs to (`time_day`) is the evening a night starts on.
    pub night: bool,
    /// The clock time told last, for "une heure plus tard" (`Rule::OffsetClock`).
    pub clock_before: Option<NaiveDateTime>,
    /// For "à ce moment-là": the value of the time told last (a clock time or a part of a day).
    pub time_before: Option<&'a str>,
}

/// The features read off a match's tokens.
#[derive(Debug, Default)]
struct Feats<'v> {
    weekday: Option<u32>,
    weekdays: Option<u32>,
    days: Vec<(usize, u32)>,
    month: Option<u32>,
    year: Option<i32>,
    numdate: Option<NaiveDate>,
    dir: Option<i32>,
    anchor_dir: Option<i32>,
    /// "à cette date": the date mentioned last, whatever its place in the story.
    date_noun: bool,
    /// The day is a holiday's ("Noël", "le Nouvel An").
    holiday: bool,
    /// A holiday Easter moves: its token (counted from the first) and its days after Easter Sunday.
    easter: Option<(usize, i64)>,
    offset_dir: Option<i32>,
    relday: Option<i64>,
    anchday: Option<i64>,
    pod: Option<&'v str>,
    clock: Option<(u32, u32)>,
    count: Option<f64>,
    approx: bool,
    /// "plus de cinq heures", "moins d'un an": TimeML's MORE_THAN, LESS_THAN.
    bound: Option<&'static str>,
    vague: bool,
    unit: Option<Unit>,
    weekend: bool,
    position: Option<&'v str>,
    ce: bool,
    det: bool,
    season: Option<&'v str>,
    ilya: bool,
    refv: Option<&'v str>,
    setv: Option<&'v str>,
    /// A two-digit year ("octobre 98") ends the match.
    short_year: bool,
    /// "il y a un an jour pour jour": counted to the day.
    to_the_day: bool,
    /// "huit jours", "quinze jours": the length the idiom names, a week or two (`gather`).
    idiom: Option<Unit>,
}

/// The words after which "été" is the season (`Context::season`).
pub(super) const AFTER_PREPOSITION: [&str; 8] =
    ["en", "depuis", "pendant", "durant", "à", "dès", "l'", "cet"];

/// An offset ending on "avant" or "après" (`last`) with words after it (`next`) counts from the
/// event they name ("deux jours avant le début de l'intervention"), not from the date told last.
pub(super) fn counts_from_an_event(last: Option<Kind>, next: Option<Kind>) -> bool {
    matches!(last, Some(Kind::Avant | Kind::Apres))
        && !matches!(next, None | Some(Kind::Stop | Kind::Comma | Kind::Break | Kind::RParen))
}

fn kind(ctx: &Context, t: &Token) -> Kind {
    ctx.vocab.kinds[t.class as usize]
}

fn num(ctx: &Context, t: &Token) -> Option<f64> {
    t.number(ctx.vocab)
}

fn text_val<'v>(ctx: &Context<'v>, t: &Token) -> &'v str {
    match t.val {
        TokVal::Entry(e) => &ctx.vocab.entries[e as usize].value,
        _ => "",
    }
}

/// Expands a two-digit year: "98" → 1998, "03" → 2003 (relative to the publication year).
fn expand_year(yy: u32, dct: Option<PartialDate>) -> i32 {
    let pivot = dct.map_or(2030, |d| d.year + 10) % 100;
    if yy as i32 <= pivot {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

/// Whether the date `first..=last` opens its sentence (after one preposition: "En 2014,", "Au
/// printemps 2014,") set off by a comma: the setting of what the sentence tells.
pub(super) fn fronted(vocab: &Vocab, tokens: &[Token], first: usize, last: usize) -> bool {
    let comma = tokens.get(last + 1).is_some_and(|t| vocab.kinds[t.class as usize] == Kind::Comma);
    let preposition =
        |t: &Token| ["en", "au", "a", "des_prep"].iter().any(|c| vocab.class_ids.get(*c) == Some(&t.class));
    comma && (first == 0 || first == 1 && preposition(&tokens[0]))
}

/// `clock`: read "18 heures" as a time of day rather than a count of hours.
fn gather<'v>(ctx: &Context<'v>, first: usize, last: usize, clock: bool) -> Feats<'v> {
    let toks = &ctx.tokens[first..=last];
    let mut f = Feats::default();
    for (i, t) in toks.iter().enumerate() {
        let k = kind(ctx, t);
        let prev = i.checked_sub(1).map(|p| kind(ctx, &toks[p]));
        let next = toks.get(i + 1).map(|n| kind(ctx, n));
        match k {
            Kind::Num => {
                let n = num(ctx, t).unwrap_or(0.0);
                if matches!(next, Some(Kind::H) | Some(Kind::Unit))
                    && f.clock.is_none()
                    && (clock || next.is_some_and(|k| k == Kind::H))
                    && next_is_clock(ctx, toks, i)
                {
                    f.clock = Some((n as u32, 0));
                } else if matches!(prev, Some(Kind::H))
                    || (matches!(prev, Some(Kind::Unit)) && f.clock.is_some())
                {
                    if let Some((h, _)) = f.clock {
                        f.clock = Some((h, n as u32));
                    }
                } else if prev == Some(Kind::Month) {
                    f.year = Some(expand_year(n as u32, ctx.dct));
                    f.short_year = true;
                } else if next == Some(Kind::Month)
                    || prev == Some(Kind::Weekday)
                    || matches!(
                        next,
                        Some(Kind::Et) | Some(Kind::Dash) | Some(Kind::Comma) | Some(Kind::Other)
                    ) && toks[i + 1..].iter().any(|x| kind(ctx, x) == Kind::Month)
                {
                    f.days.push((i, n as u32));
                } else {
                    f.count = Some(n);
                }
            }
            Kind::Ordinal1 | Kind::Premier => f.days.push((i, 1)),
            Kind::Num4 => f.year = num(ctx, t).map(|y| y as i32),
            // "huit jours", "quinze jours": a number word before the noun of its idiom (words.tsv)
            // names a week or two ("huit jours" counts both ends: Monday to Monday); in digits
            // ("8 jours", "15 jours"), so many days.
            Kind::NumWord if matches!(t.val, TokVal::Entry(e) if ctx.vocab.entries[e as usize].idiom.is_some()) =>
            {
                f.count = num(ctx, t);
                if let (TokVal::Entry(e), Some(u)) = (t.val, toks.get(i + 1)) {
                    if let Some((noun, unit)) = &ctx.vocab.entries[e as usize].idiom {
                        let word = &ctx.text[u.start..u.end];
                        // The nouns of idioms are ASCII (words.tsv checks it): no lowercasing.
                        if word.eq_ignore_ascii_case(noun) {
                            f.idiom = Some(*unit);
                        }
                    }
                }
            }
            // "gelé pour 120 jours": three digits and more count too.
            Kind::Decimal | Kind::NumWord | Kind::NumBig => f.count = num(ctx, t),
            Kind::Un if f.count.is_none() => f.count = Some(1.0),
            Kind::ApproxCount => {
                f.count = num(ctx, t);
                f.approx = true;
            }
            Kind::Quart => f.count = Some(f.count.unwrap_or(1.0) * num(ctx, t).unwrap_or(0.25)),
            Kind::Demi => f.count = Some(f.count.unwrap_or(0.0) + num(ctx, t).unwrap_or(0.5)),
            Kind::Vague | Kind::Des => f.vague = true,
            // "un an jour pour jour": the days are no unit of the offset.
            Kind::Unit if next == Some(Kind::Pour) => {}
            Kind::Unit | Kind::PeriodNoun | Kind::DateNoun => {
                if let TokVal::Entry(e) = t.val {
                    f.unit = ctx.vocab.entries[e as usize].unit;
                }
                // "à cette date": the day of the date mentioned last, as "ce jour-là".
                if k == Kind::DateNoun {
                    f.anchor_dir = Some(f.anchor_dir.unwrap_or(0));
                    f.date_noun = true;
                }
            }
            // "avant Noël": a day and a month, whose year the tense tells as for "le 25 décembre".
            Kind::Holiday => {
                if let Some(n) = num(ctx, t) {
                    let n = n as u32;
                    f.holiday = true;
                    f.month = Some(n / 100);
                    f.days.push((i, n % 100));
                }
            }
            Kind::Movable => {
                if let Some(n) = num(ctx, t) {
                    f.holiday = true;
                    f.easter = Some((i, n as i64));
                }
            }
            Kind::Weekend => f.weekend = true,
            // "la nuit du 31 décembre au 1er janvier" is dated by the evening it starts on.
            Kind::Month if f.pod.is_some() && f.month.is_some() => {}
            Kind::Month => f.month = num(ctx, t).map(|m| m as u32),
            // A span of days ("la nuit de vendredi à samedi") is dated by its first.
            Kind::Weekday if f.weekday.is_some() => {}
            Kind::Weekday => f.weekday = num(ctx, t).map(|d| d as u32),
            Kind::Weekdays => f.weekdays = num(ctx, t).map(|d| d as u32),
            Kind::NumDate => {
                if let TokVal::Date(d) = t.val {
                    f.numdate = Some(d)
                }
            }
            Kind::Clock => {
                if let TokVal::Clock(h, m) = t.val {
                    f.clock = Some((h, m))
                }
            }
            Kind::Midi => f.clock = num(ctx, t).map(|h| (h as u32, 0)),
            Kind::RelDay => f.relday = num(ctx, t).map(|d| d as i64),
            Kind::AnchorDay => f.anchday = num(ctx, t).map(|d| d as i64),
            Kind::PartOfDay => f.pod = Some(text_val(ctx, t)),
            Kind::Ete | Kind::Season => f.season = Some(text_val(ctx, t)),
            Kind::Dernier | Kind::Prochain => f.dir = num(ctx, t).map(|d| d as i32),
            Kind::Suivant | Kind::Precedent => f.anchor_dir = num(ctx, t).map(|d| d as i32),
            Kind::Tard | Kind::Tot | Kind::Apres | Kind::Avant | Kind::Auparavant => {
                f.offset_dir = num(ctx, t).map(|d| d as i32)
            }
            Kind::Position => f.position = Some(text_val(ctx, t)),
            Kind::Approx | Kind::Vers | Kind::Pres => f.approx = true,
            Kind::Other if next == Some(Kind::De) => {
                let w = &ctx.text[t.start..t.end];
                if w.eq_ignore_ascii_case("plus") {
                    f.bound = Some("MORE_THAN");
                } else if w.eq_ignore_ascii_case("moins") {
                    f.bound = Some("LESS_THAN");
                }
            }
            Kind::Il => f.ilya = true,
            Kind::Ce => f.ce = true,
            Kind::Det => f.det = true,
            Kind::Ref | Kind::Avenir | Kind::Moment => f.refv = Some(text_val(ctx, t)),
            // "ce jour-là", "le jour même": the period of the date mentioned last.
            Kind::LaAdv | Kind::Meme => f.anchor_dir = Some(f.anchor_dir.unwrap_or(0)),
            Kind::SetAdj | Kind::SetAdv => f.setv = Some(text_val(ctx, t)),
            Kind::Pour => {
                f.to_the_day = true;
                break;
            }
            _ => {}
        }
    }
    f
}

impl Feats<'_> {
    /// "pendant quinze jours", "tous les quinze jours": two weeks; "huit jours", one. As an offset
    /// ("il y a huit jours", "dans quinze jours"), the days of those weeks: the day a week or two
    /// away (seven or fourteen days, not eight or fifteen).
    fn counted_as_idiom(&mut self, offset: bool) {
        let Some(idiom) = self.idiom else { return };
        let days = match idiom.letter {
            'W' => 7.0,
            'D' => 1.0,
            _ => 0.0,
        };
        if offset && days > 0.0 && !idiom.time {
            self.count = Some(idiom.mult * days);
            self.unit = Some(Unit { mult: 1.0, letter: 'D', time: false });
        } else if !offset {
            self.count = Some(idiom.mult);
            self.unit = Some(Unit { mult: 1.0, ..idiom });
        }
    }
}

/// "18 h", "18 h 30", "à 9 heures": a number followed by an hour word.
fn next_is_clock(ctx: &Context, toks: &[Token], i: usize) -> bool {
    match toks.get(i + 1).map(|t| (kind(ctx, t), t)) {
        Some((Kind::H, _)) => true,
        Some((Kind::Unit, t)) => {
            let e = match t.val {
                TokVal::Entry(e) => &ctx.vocab.entries[e as usize],
                _ => return false,
            };
            e.unit.is_some_and(|u| u.time && u.letter == 'H')
        }
        _ => false,
    }
}

impl<'a> Context<'a> {
    /// The year a fronted date set the story in, when it is not the publication's.
    fn story_year(&self) -> Option<i32> {
        self.frame_year.filter(|&y| self.dct.is_none_or(|d| d.year != y))
    }

    /// Normalises the match `first..=last` (extent) of `rule`. `tense` is asked only when needed.
    pub fn normalise(&self, rule: Rule, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Vec<Norm> {
        if self.a_title(first, last) {
            return Vec::new();
        }
        let mut f = gather(self, first, last, matches!(rule, Rule::Time | Rule::RelDay | Rule::Weekday));
        f.counted_as_idiom(matches!(rule, Rule::OffsetDct | Rule::OffsetAnchor | Rule::OffsetClock));
        let out =
            |kind, value: String, modifier: Option<&str>, resolution, anchor: Option<String>, focus| Norm {
                first,
                last,
                kind,
                value,
                modifier: modifier.map(str::to_string),
                resolution,
                anchor,
                focus,
            };
        let approx = f.approx.then_some("APPROX");
        match rule {
            Rule::Ignore => Vec::new(),
            Rule::DateList => self.date_list(&f, first, last, tense),
            Rule::Date => self.date(&f, first, last, tense).into_iter().collect(),
            Rule::Month => {
                let Some(m) = f.month else { return Vec::new() };
                // A capitalised month alone is a name ("Mars").
                let t = &self.tokens[first..=last];
                let alone = f.year.is_none() && f.position.is_none() && t.len() == 1;
                if alone && self.capitalised(first) {
                    return Vec::new();
                }
                // The year a fronted date set the story in, for a month with no direction.
                let story = self.story_year().filter(|_| f.dir.is_none());
                let (y, res) = match (f.year, self.dct) {
                    (Some(y), _) => (Some(y), Resolution::Absolute),
                    (None, _) if story.is_some() => (story, Resolution::PreviousDate),
                    (None, Some(dct)) => {
                        let by_tense = calendar::pick_month(m, dct, f.dir, tense);
                        // "Les engagements pris lors du sommet d'avril seront examinés", "la visite
                        // de février sera au menu": a month qualifying a noun is no time of the
                        // sentence's verb; it names the nearest such month, the tense deciding
                        // only between two as near.
                        // ("l'insurrection d'octobre", told in September: what has happened is
                        // gone by, as the tense says.)
                        let occurrence =
                            || super::dates_an_occurrence(self.vocab, self.text, self.tokens, first);
                        let y = if alone && self.qualifies_a_noun(first) && !occurrence() {
                            let near = calendar::pick_month(m, dct, f.dir, || Tense::Unknown);
                            let months = |y: i32| {
                                ((y * 12 + m as i32) - (dct.year * 12 + dct.month.unwrap_or(m) as i32)).abs()
                            };
                            if months(near) < months(by_tense) {
                                near
                            } else {
                                by_tense
                            }
                        } else {
                            by_tense
                        };
                        (Some(y), Resolution::PublicationDate)
                    }
                    (None, None) => (None, Resolution::Unresolved),
                };
                let value = match y {
                    Some(y) => calendar::month_value(y, m),
                    None => format!("XXXX-{m:02}"),
                };
                let focus = y.and_then(|y| PartialDate::ym(y, m));
                vec![out(TimexType::Date, value, f.position, res, None, focus)]
            }
            Rule::Year => {
                let Some(y) = f.year else { return Vec::new() };
                // "l'exercice 2016-2017", "l'exercice 2019/20": the fiscal year ending in the second
                // year, the one after the first.
                if let Some(k) = (first + 1..last).find(|&i| {
                    matches!(self.kind_at(i), Some(Kind::Dash | Kind::Slash))
                        && self.kind_at(i - 1) == Some(Kind::Num4)
                }) {
                    let number =
                        |i: usize| self.text[self.tokens[i].start..self.tokens[i].end].parse::<i32>().ok();
                    let (Some(from), Some(to)) = (number(k - 1), number(k + 1)) else { return Vec::new() };
                    let to = if to < 100 { from - from % 100 + to } else { to };
                    if to != from + 1 {
                        return Vec::new();
                    }
                    return vec![out(
                        TimexType::Date,
                        format!("FY{to}"),
                        f.position,
                        Resolution::Absolute,
                        None,
                        None,
                    )];
                }
                if self.tokens[first..=last].len() == 1 && !self.plausible_bare_year(first, last) {
                    return Vec::new();
                }
                vec![out(
                    TimexType::Date,
                    calendar::year_value(y),
                    f.position,
                    Resolution::Absolute,
                    None,
                    Some(PartialDate::year(y)),
                )]
            }
            Rule::Decade => {
                let Some(n) = f.year.map(|y| y as u32).or(f.count.map(|c| c as u32)) else {
                    return Vec::new();
                };
                let decade = if n >= 1000 {
                    n / 10
                } else if n < 100 && n % 10 == 0 {
                    190 + n / 10
                } else {
                    return Vec::new();
                };
                vec![out(
                    TimexType::Date,
                    format!("{decade:03}"),
                    f.position,
                    Resolution::Absolute,
                    None,
                    None,
                )]
            }
            Rule::NthPeriod => self.nth_period(&f, first, last, tense).into_iter().collect(),
            Rule::Turn => {
                let century = f.unit.is_some_and(|u| (u.letter, u.time, u.mult) == ('Y', false, 100.0));
                let nth = self.tokens[first..=last].iter().find_map(|t| match kind(self, t) {
                    Kind::Ordinal | Kind::Premier | Kind::NumWord | Kind::Other => t.number(self.vocab),
                    _ => None,
                });
                // "du XXe siècle": around 1900; "du siècle", the turn of the century of publication.
                let year = match (nth, self.dct) {
                    (Some(n), _) if (1.0..=30.0).contains(&n) => Some((n as i32 - 1) * 100),
                    (None, Some(dct)) => Some(dct.year - dct.year.rem_euclid(100)),
                    _ => None,
                };
                let (true, Some(y)) = (century, year) else { return Vec::new() };
                let res = if nth.is_some() { Resolution::Absolute } else { Resolution::PublicationDate };
                vec![out(TimexType::Date, calendar::year_value(y), Some("APPROX"), res, None, None)]
            }
            Rule::Season => self.season(&f, first, last, tense).into_iter().collect(),
            Rule::RelPeriod => self.rel_period(&f, first, last, tense).into_iter().collect(),
            Rule::RelDay => {
                let Some(n) = f.relday else { return Vec::new() };
                let (day, res) = match self.dct.and_then(|d| d.naive()) {
                    Some(d) => (Some(d + chrono::Duration::days(n)), Resolution::PublicationDate),
                    None => (None, Resolution::Unresolved),
                };
                vec![self.day_value(&f, first, last, day, res, None, self.dct)]
            }
            Rule::AnchDay => {
                let Some(n) = f.anchday else { return Vec::new() };
                let (base, res, anchor) = match (self.focus_day, self.dct.and_then(|d| d.naive())) {
                    // "La trêve doit entrer en vigueur dimanche. … La veille, Obama avait
                    // téléphoné": a day told in the past is not counted from a day still ahead,
                    // but from the last day told that is gone by, else from publication.
                    (Some(told), Some(today)) if told > today && tense().is_past() => match self.past_day {
                        Some(d) => (Some(d), Resolution::PreviousDate, Some(calendar::iso_day(d))),
                        None => (Some(today), Resolution::PublicationDate, None),
                    },
                    // "Le lanceur a été ramené en Russie le lendemain du crash", told on the day
                    // of publication: a day after in the past is not after publication; it
                    // counts from the last day told before.
                    (Some(told), Some(today))
                        if n > 0 && told + chrono::Duration::days(n) > today && tense().is_past() =>
                    {
                        let gone_by = |d: &NaiveDate| *d + chrono::Duration::days(n) <= today;
                        match self.past_day.filter(gone_by).or(self.earlier_day.filter(gone_by)) {
                            Some(d) => (Some(d), Resolution::PreviousDate, Some(calendar::iso_day(d))),
                            None => self.anchor_day(),
                        }
                    }
                    _ => self.anchor_day(),
                };
                let day = base.map(|b| b + chrono::Duration::days(n));
                vec![self.day_value(&f, first, last, day, res, anchor, self.dct)]
            }
            Rule::OffsetAnchor | Rule::OffsetClock | Rule::OffsetDct => {
                self.offset(rule, &f, first, last, tense).into_iter().collect()
            }
            Rule::Duration => {
                // "prolongée d'une journée": the daytime counted once is a day.
                let daytime = (f.pod == Some("DT")).then_some(Unit { mult: 1.0, letter: 'D', time: false });
                // "dans la quinzaine": so many days, when no noun follows ("la dizaine de pays").
                let days = (f.unit.is_none()
                    && self.kind_at(last) == Some(Kind::ApproxCount)
                    && !matches!(self.kind_at(last + 1), Some(Kind::De | Kind::Des)))
                .then_some(Unit { mult: 1.0, letter: 'D', time: false });
                let Some(unit) = f.unit.or(daytime).or(days) else { return Vec::new() };
                if self.someday(first, last) || self.age_after_a_possessive(first, last, unit) {
                    return Vec::new();
                }
                // "plus de deux ans après l'accord": an offset, read from its number on.
                if f.bound.is_some()
                    && matches!(self.kind_at(last + 1), Some(Kind::Apres | Kind::Avant | Kind::Auparavant))
                {
                    return Vec::new();
                }
                // "ces derniers jours" is vague, "les six derniers mois" is not.
                let vague = f.count.is_none() && (f.dir.is_some() || !self.is_period_noun(first, last));
                let value = if f.vague || vague {
                    calendar::vague_duration(unit)
                } else {
                    calendar::duration(f.count.unwrap_or(1.0), unit)
                };
                vec![out(TimexType::Duration, value, f.bound.or(approx), Resolution::Absolute, None, None)]
            }
            Rule::Weekday => self.weekday(&f, first, last, tense).into_iter().collect(),
            Rule::SetWeekday => {
                let Some(w) = f.weekday else { return Vec::new() };
                vec![out(TimexType::Set, format!("XXXX-WXX-{w}"), None, Resolution::Absolute, None, None)]
            }
            Rule::Set => {
                // "30 mètres par seconde", "40 kilomètres par heure": a speed ("10 kilomètres par
                // jour" may be a daily run: a recurrence).
                if f.unit.is_some_and(|u| u.time)
                    && first >= 2
                    && self.kind_at(first - 2) == Some(Kind::Measure)
                    && self.prev_word_is(first, &["par"])
                {
                    return Vec::new();
                }
                // "tous les mardis et jeudis": each day its own recurrence.
                if f.weekdays.is_some() {
                    if let Some(k) = (first + 1..last).find(|&i| self.kind_at(i) == Some(Kind::Et)) {
                        let mut out = self.normalise(Rule::Set, first, k - 1, tense);
                        out.extend(self.normalise(Rule::Set, k + 1, last, tense));
                        return out;
                    }
                }
                // "le premier lundi de chaque mois", "le 1er de chaque mois": once a month.
                if let (Some(u), true) = (f.unit, f.weekday.is_some() || !f.days.is_empty()) {
                    return vec![out(
                        TimexType::Set,
                        calendar::duration(1.0, u),
                        None,
                        Resolution::Absolute,
                        None,
                        None,
                    )];
                }
                if let Some(w) = f.weekdays.or(f.weekday) {
                    return vec![out(
                        TimexType::Set,
                        format!("XXXX-WXX-{w}"),
                        None,
                        Resolution::Absolute,
                        None,
                        None,
                    )];
                }
                if let Some(season) = &f.season {
                    return vec![out(
                        TimexType::Set,
                        format!("XXXX-{season}"),
                        None,
                        Resolution::Absolute,
                        None,
                        None,
                    )];
                }
                // "chaque nuit": that part of every day.
                if let (Some(pod), None) = (f.pod, f.unit) {
                    return vec![out(
                        TimexType::Set,
                        format!("XXXX-XX-XXT{pod}"),
                        None,
                        Resolution::Absolute,
                        None,
                        None,
                    )];
                }
                let value = match (&f.setv, f.unit, f.weekend) {
                    (Some(v), _, _) => {
                        if !self.set_adjective_ok(first) {
                            return Vec::new();
                        }
                        v.to_string()
                    }
                    (None, Some(u), _) => calendar::duration(f.count.unwrap_or(1.0), u),
                    (None, None, true) => "XXXX-WXX-WE".to_string(),
                    _ => return Vec::new(),
                };
                vec![out(TimexType::Set, value, None, Resolution::Absolute, None, None)]
            }
            Rule::Time => {
                let Some((h, m)) = f.clock else { return Vec::new() };
                if h > 24 || m > 59 {
                    return Vec::new();
                }
                let h = f.pod.map_or(h, |pod| calendar::hour_of_part_of_day(h, pod));
                // "depuis 6 heures ce matin": an hour of this morning is today's.
                let (day, res, anchor) = match (f.ce, self.dct.and_then(|d| d.naive())) {
                    (true, Some(today)) => (Some(today), Resolution::PublicationDate, None),
                    _ => self.time_day(tense),
                };
                // "dans la nuit de vendredi à samedi … vers 6 heures": a night is dated by its
                // evening, and the hours before noon are the morrow's.
                let day = day.map(|d| if self.night && h < 12 { d + chrono::Duration::days(1) } else { d });
                // "samedi soir, à partir de 20 heures. … Vers 2 heures du matin": an hour before
                // dawn told after the evening of its day, with no day of its own, is the morrow's.
                let day = day.map(|d| {
                    if h < 6 && self.after_the_evening_of(d, if f.pod == Some("MO") { 18 } else { 20 }) {
                        d + chrono::Duration::days(1)
                    } else {
                        d
                    }
                });
                let value = match day {
                    Some(d) => calendar::at_time(calendar::iso_day(d), h, m),
                    None => format!("XXXX-XX-XXT{h:02}:{m:02}"),
                };
                vec![out(TimexType::Time, value, approx, res, anchor, None)]
            }
            Rule::Pod => {
                let Some(pod) = &f.pod else { return Vec::new() };
                // "l'aube d'une ère nouvelle", "la soirée de gala": a part of the day that a noun
                // qualifies is no time of the story; a date may ("la matinée de lundi", "la
                // soirée du 13 novembre", "la nuit d'hier"). Not after "même" ("précédée le matin
                // même d'une rencontre"); "des" is as often an article ("bombardé dans la nuit
                // des positions").
                if last + 1 < self.tokens.len()
                    && self.kind_at(last) == Some(Kind::PartOfDay)
                    && self.prev_word_is(last + 2, &["de", "d'", "d’", "du"])
                    && !matches!(
                        self.kind_at(last + 2),
                        Some(
                            Kind::Weekday
                                | Kind::Num
                                | Kind::Ordinal1
                                | Kind::Premier
                                | Kind::RelDay
                                | Kind::Ce
                                | Kind::Holiday
                        )
                    )
                {
                    return Vec::new();
                }
                // "ce soir" is today's; "ce soir-là" is of the day in focus.
                let (day, res, anchor) = if f.ce && f.anchor_dir.is_none() {
                    match self.dct.and_then(|d| d.naive()) {
                        Some(d) => (Some(d), Resolution::PublicationDate, None),
                        None => (None, Resolution::Unresolved, None),
                    }
                } else {
                    match self.time_day(tense) {
                        // "Clinton l'a appelé dans la nuit", told on publication day with no day
                        // of its own (or after a time of that day: "vendredi matin … La livre a
                        // chuté dans la nuit"): the night gone by, which began the day before.
                        (Some(d), res, anchor)
                            if *pod == "NI"
                                && (res == Resolution::PublicationDate
                                    || self.dct.and_then(|p| p.naive()) == Some(d))
                                && tense().is_past() =>
                        {
                            (d.pred_opt(), res, anchor)
                        }
                        day => day,
                    }
                };
                // "dans la nuit de mercredi à jeudi … dans l'après-midi": the story has moved on
                // past the night, to the day it ends on.
                let day =
                    day.map(|d| if self.night && *pod != "NI" { d + chrono::Duration::days(1) } else { d });
                let value = match day {
                    Some(d) => calendar::iso_day(d) + "T" + pod,
                    None => format!("XXXX-XX-XXT{pod}"),
                };
                // Its day is the day of the clock times of its clause ("ce matin à 7 heures").
                vec![out(TimexType::Time, value, f.position, res, anchor, day.map(PartialDate::from_naive))]
            }
            Rule::Then => self.then(first, last).into_iter().collect(),
            Rule::TimeRange => self.time_range(first, last, tense),
            Rule::Ref => {
                // "à ce moment-là" points at the time just mentioned, not at the present (read by
                // `Rule::Then` when one was told).
                if self.kind_at(last + 1) == Some(Kind::LaAdv) {
                    return Vec::new();
                }
                let Some(v) = f.refv.or_else(|| f.offset_dir.map(|_| "PAST_REF")) else {
                    return Vec::new();
                };
                vec![out(TimexType::Time, v.to_string(), None, Resolution::Absolute, None, None)]
            }
        }
    }

    /// Whether the time told last is the evening or the night of `day` (a part of the day, or a
    /// clock time from `from_hour`), with no day in the clause and no night already counted. An
    /// hour told "du matin" after one from 18 hours is past midnight ("vendredi vers 19 h 30 … peu
    /// après 1 heure du matin").
    fn after_the_evening_of(&self, day: NaiveDate, from_hour: u32) -> bool {
        !self.night
            && self.clause_day.is_none()
            && self.time_before.is_some_and(|v| {
                v.get(..10).is_some_and(|d| d == calendar::iso_day(day))
                    && match v.get(10..) {
                        Some("TEV" | "TNI") => true,
                        Some(clock) => clock
                            .get(1..3)
                            .and_then(|h| h.parse::<u32>().ok())
                            .is_some_and(|h| h >= from_hour),
                        None => false,
                    }
            })
    }

    /// "à ce moment-là", "au même moment": the time told last (a clock time, a part of a day) if
    /// it was on the day in focus, else the date in focus; nothing with neither (it is no
    /// present).
    fn then(&self, first: usize, last: usize) -> Option<Norm> {
        let on_the_day = |v: &&str| match self.focus_day {
            Some(d) => v.starts_with(&calendar::iso_day(d)),
            None => true,
        };
        let time = self.time_before.filter(|v| v.as_bytes().get(10) == Some(&b'T')).filter(on_the_day);
        let (kind, value) = match (time, self.focus) {
            (Some(t), _) => (TimexType::Time, t.to_string()),
            (None, Some(f)) => (TimexType::Date, calendar::partial_value(f)),
            (None, None) => return None,
        };
        Some(Norm {
            first,
            last,
            kind,
            anchor: Some(value.clone()),
            value,
            modifier: None,
            resolution: Resolution::PreviousDate,
            focus: None,
        })
    }

    /// Whether an `ignore` match really is an age: "un homme de 38 ans", "Jean, 45 ans".
    pub fn ignore_applies(&self, first: usize, last: usize) -> bool {
        let prev = first.checked_sub(1).and_then(|p| self.kind_at(p));
        match self.kind_at(first) {
            Some(Kind::De) => matches!(prev, Some(Kind::Word | Kind::WordCap | Kind::Age)),
            Some(Kind::Comma) => matches!(prev, Some(Kind::Word | Kind::WordCap)),
            // "à 18 ans" but not "à 15 ans de prison", "d'ici à dix ans", "jusqu'à 20 ans".
            Some(Kind::Other) if self.prev_word_is(first + 1, &["à", "a"]) => {
                self.kind_at(last + 1) != Some(Kind::De)
                    && !self.prev_word_is(first, &["ici", "jusqu'", "jusque"])
            }
            _ => true,
        }
    }

    fn capitalised(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        self.text[t.start..t.end].chars().next().is_some_and(char::is_uppercase)
    }

    /// "Interrogée par Le Soir", "selon Le Matin": an article and a noun both capitalised inside a
    /// sentence name a newspaper or a work, no time.
    fn a_title(&self, first: usize, last: usize) -> bool {
        let t = &self.tokens[first];
        first < last
            && matches!(&self.text[t.start..t.end], "Le" | "La" | "Les")
            && self.capitalised(first + 1)
            && !self.clause_start(first)
    }

    /// At the start of the sentence or after a full stop, a line break or other punctuation.
    fn clause_start(&self, i: usize) -> bool {
        i == 0 || matches!(kind(self, &self.tokens[i - 1]), Kind::Stop | Kind::Break | Kind::Punct)
    }

    /// Whether the expression at token `first` is set off from what comes before it, as an
    /// apposition is: after a comma or a parenthesis, with "soit" or not ("le 28 septembre, soit
    /// deux jours avant …").
    fn set_off(&self, first: usize) -> bool {
        let opens = |i: usize| matches!(self.kind_at(i), Some(Kind::Comma) | Some(Kind::LParen));
        let soit = |i: usize| {
            self.tokens.get(i).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("soit"))
        };
        first >= 1 && opens(first - 1) || first >= 2 && soit(first - 1) && opens(first - 2)
    }

    /// "le sommet d'avril", "la visite de février": the date at `i` comes right after "de" and a
    /// common noun — not a verb ("à compter d'avril", "reporté d'avril") nor a locution ("au-delà
    /// d'avril", "lors de").
    fn qualifies_a_noun(&self, i: usize) -> bool {
        if i < 2 || self.kind_at(i - 1) != Some(Kind::De) || self.kind_at(i - 2) != Some(Kind::Word) {
            return false;
        }
        let t = &self.tokens[i - 2];
        let w = &self.text[t.start..t.end];
        let verb = w.ends_with("er")
            || w.ends_with("ir")
            || matches!(
                super::suffix_cue(self.vocab, w),
                Some(super::Cue::Participle | super::Cue::Past | super::Cue::Future)
            );
        !verb && !matches!(w, "au-delà" | "delà" | "lors" | "près" | "loin" | "environ")
    }

    fn kind_at(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| kind(self, t))
    }

    /// A lone four-digit number is a year unless a noun follows ("1500 personnes", "2000 €") or
    /// it numbers the noun before it ("la résolution 2254").
    fn plausible_bare_year(&self, first: usize, last: usize) -> bool {
        let prev_num = first
            .checked_sub(1)
            .and_then(|p| self.kind_at(p))
            .is_some_and(|k| matches!(k, Kind::Num | Kind::NumBig | Kind::Decimal | Kind::Numbered));
        // "un projet de budget pour 2018 présenté en septembre": after "pour", "en", "depuis" or
        // "dès", a year a participle follows (no noun it would count).
        let participle_after_a_year = |t: &Token| {
            self.prev_word_is(first, &["pour", "en", "depuis", "dès"])
                && matches!(
                    super::suffix_cue(self.vocab, &self.text[t.start..t.end]),
                    Some(super::Cue::Participle)
                )
        };
        // "l'accord signé en 2015 afin de…", "que l'accord de 2015 n'échoue": a word that opens a
        // phrase or clause counts nothing.
        let opens_a_phrase = |t: &Token| {
            let mut key = String::new();
            super::vocab::normalise_key(&self.text[t.start..t.end], &mut key);
            self.vocab.after_year.contains(&key)
        };
        let next_ok = match self.tokens.get(last + 1) {
            None => true,
            Some(t) => match kind(self, t) {
                Kind::Word => participle_after_a_year(t) || opens_a_phrase(t),
                Kind::Num | Kind::NumBig | Kind::Decimal | Kind::Unit => false,
                Kind::Punct => !matches!(&self.text[t.start..t.end], "%" | "€" | "$" | "£"),
                _ => true,
            },
        };
        !prev_num && next_ok && !self.in_a_numbered_text(first) && !self.in_a_numbered_text(last + 2)
    }

    /// "le décret n° 2015-544", "la loi 2016-1088": a year, a dash and a number that is not a year
    /// after it (three digits, or four that no span of years would end on) number a text. `y` is
    /// the token of the year.
    fn in_a_numbered_text(&self, y: usize) -> bool {
        if y < 2 || self.kind_at(y - 1) != Some(Kind::Dash) || self.kind_at(y - 2) != Some(Kind::Num4) {
            return false;
        }
        let number = |i: usize| self.text[self.tokens[i].start..self.tokens[i].end].parse::<u32>().ok();
        match self.kind_at(y) {
            Some(Kind::NumBig) => true,
            Some(Kind::Num4) => match (number(y - 2), number(y)) {
                (Some(from), Some(to)) => to <= from || to > from + 100,
                _ => false,
            },
            _ => false,
        }
    }

    /// "le lot quotidien" is a recurrence; "le quotidien Le Monde" is a newspaper.
    fn set_adjective_ok(&self, first: usize) -> bool {
        self.kind_at(first) == Some(Kind::SetAdv)
            || first.checked_sub(1).and_then(|p| self.kind_at(p)) == Some(Kind::Word)
    }

    /// "a fêté ses 93 ans en février", "pour leurs 18 ans": years after a possessive, with no
    /// "de", "à" or "au" after them ("ses dix ans de mandat", "ses cinq ans au pouvoir" count a
    /// span), are an age.
    fn age_after_a_possessive(&self, first: usize, last: usize, unit: Unit) -> bool {
        unit.letter == 'Y'
            && !unit.time
            && self.prev_word_is(first, &["ses", "son", "leurs", "leur", "mes", "nos", "vos", "tes"])
            && !matches!(self.kind_at(last + 1), Some(Kind::De | Kind::Des))
            // "ses cinq ans au pouvoir", "ses deux ans à la tête du parti": a span in a post.
            && !self.prev_word_is(last + 2, &["au", "à", "aux"])
    }

    /// "Un jour, nous verrons", "il reviendra un jour": some day, not a duration of one; "pendant
    /// un jour", "d'un jour", "en un jour", "pour un jour", "un jour de deuil", "a duré un jour"
    /// count one.
    fn someday(&self, first: usize, last: usize) -> bool {
        const COUNTING: [&str; 15] = [
            "de", "d'", "du", "pendant", "durant", "pour", "en", "dans", "sur", "par", "à", "au", "après",
            "avant", "dès",
        ];
        last == first + 1
            && self.kind_at(first) == Some(Kind::Un)
            && self.tokens.get(last).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("jour"))
            && !self.prev_word_is(first, &COUNTING)
            && !first.checked_sub(1).is_some_and(|p| {
                let t = &self.tokens[p];
                self.text[t.start..t.end].to_lowercase().starts_with("dur")
            })
            && !(last + 1 < self.tokens.len() && self.prev_word_is(last + 2, &["de", "d'", "du"]))
    }

    fn is_period_noun(&self, first: usize, last: usize) -> bool {
        self.tokens[first..=last].iter().any(|t| kind(self, t) == Kind::PeriodNoun)
    }

    /// A two-digit year must not be a count that starts the next phrase ("le 3 octobre 15 soldats").
    fn short_year_ok(&self, f: &Feats, last: usize) -> bool {
        !f.short_year || !matches!(self.kind_at(last + 1), Some(Kind::Word) | Some(Kind::Unit))
    }

    /// The day a relative day or weekday is counted from when it refers to the date last mentioned.
    fn anchor_day(&self) -> (Option<NaiveDate>, Resolution, Option<String>) {
        match (self.focus_day, self.dct.and_then(|d| d.naive())) {
            (Some(f), _) => (Some(f), Resolution::PreviousDate, Some(calendar::iso_day(f))),
            (None, Some(d)) => (Some(d), Resolution::PublicationDate, None),
            (None, None) => (None, Resolution::Unresolved, None),
        }
    }

    /// The day a clock time or part of the day belongs to: its clause's, else the last mentioned.
    fn time_day(&self, tense: &dyn Fn() -> Tense) -> (Option<NaiveDate>, Resolution, Option<String>) {
        // "Rohani s'adressera à la nation à 21 heures" after a clause told of 2 April: what is
        // ahead happens on no day gone by; with no day of its own, it is the publication day's.
        // "… une réunion le 25 mai. Les cours ont bondi à la mi-journée": what is told in the past
        // happened on no day still ahead either.
        if let (None, Some(told), Some(today)) =
            (self.clause_day, self.focus_day, self.dct.and_then(|d| d.naive()))
        {
            let crosses = match told.cmp(&today) {
                std::cmp::Ordering::Less => tense() == Tense::Future,
                std::cmp::Ordering::Greater => tense().is_past(),
                std::cmp::Ordering::Equal => false,
            };
            if crosses {
                return (Some(today), Resolution::PublicationDate, None);
            }
        }
        match self.clause_day.or(self.focus_day) {
            Some(d) => (Some(d), Resolution::PreviousDate, Some(calendar::iso_day(d))),
            None => self.anchor_day(),
        }
    }

    /// Two clock times joined by "à", "et" or an opening bracket: each is read as a clock time;
    /// the second of a span ("à", "et") earlier than the first is on the morrow.
    fn time_range(&self, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Vec<Norm> {
        let joins = |i: &usize| {
            matches!(self.kind_at(*i), Some(Kind::Et | Kind::LParen)) || self.prev_word_is(i + 1, &["à", "a"])
        };
        let Some(k) = (first + 1..last).find(joins) else { return Vec::new() };
        let bracket = self.kind_at(k) == Some(Kind::LParen);
        let mut out = self.normalise(Rule::Time, first, k - 1, tense);
        let mut second = self.normalise(Rule::Time, k + 1, last, tense);
        let (Some(a), Some(b)) = (out.first(), second.first_mut()) else {
            // "entre 24 heures et 48 heures": no clock times, two durations.
            let mut out = self.normalise(Rule::Duration, first, k - 1, tense);
            out.append(&mut self.normalise(Rule::Duration, k + 1, last, tense));
            return out;
        };
        // "entre 23 heures et 4 heures du matin": past midnight, unless a night already put it there.
        let day_and_hour =
            |v: &str| Some((v.get(..10)?.parse::<NaiveDate>().ok()?, v.get(11..16)?.to_string()));
        if let (false, Some((da, ha)), Some((db, hb))) =
            (bracket, day_and_hour(&a.value), day_and_hour(&b.value))
        {
            if da == db && hb < ha {
                if let Some(next) = db.succ_opt() {
                    b.value.replace_range(..10, &calendar::iso_day(next));
                }
            }
        }
        // "à 20 heures, heure locale (1 heure du matin à Paris)": the same instant elsewhere, at
        // most twelve hours ahead or behind, so maybe on the morrow or the eve.
        if let (true, Some((da, ha)), Some((db, hb))) =
            (bracket, day_and_hour(&a.value), day_and_hour(&b.value))
        {
            let minutes =
                |hm: &str| Some(hm.get(..2)?.parse::<i64>().ok()? * 60 + hm.get(3..5)?.parse::<i64>().ok()?);
            if let (true, Some(ma), Some(mb)) = (da == db, minutes(&ha), minutes(&hb)) {
                let day = match mb - ma {
                    d if d < -12 * 60 => db.succ_opt(),
                    d if d > 12 * 60 => db.pred_opt(),
                    _ => None,
                };
                if let Some(day) = day {
                    b.value.replace_range(..10, &calendar::iso_day(day));
                }
            }
        }
        out.append(&mut second);
        out
    }

    /// A day (or what is knowable of it), refined by a part of the day or a clock time.
    #[allow(clippy::too_many_arguments)]
    fn day_value(
        &self,
        f: &Feats,
        first: usize,
        last: usize,
        day: Option<NaiveDate>,
        res: Resolution,
        anchor: Option<String>,
        dct: Option<PartialDate>,
    ) -> Norm {
        let (base, res) = match day {
            Some(d) => (calendar::iso_day(d), res),
            None => calendar::fuzzy_day(dct),
        };
        let (kind, value) = match (f.clock, &f.pod) {
            (Some((h, m)), _) => (TimexType::Time, calendar::at_time(base, h, m)),
            (None, Some(p)) => (TimexType::Time, base + "T" + p),
            (None, None) => (TimexType::Date, base),
        };
        Norm {
            first,
            last,
            kind,
            value,
            modifier: f.approx.then(|| "APPROX".to_string()),
            resolution: res,
            anchor,
            focus: day.map(PartialDate::from_naive),
        }
    }

    /// "après Pâques", "le lundi de Pentecôte", "à l'Ascension 2016": a holiday `days` after Easter
    /// Sunday (a weekday before it is the first such day from it on), in the year told or the one
    /// the tense implies. Capitalised only: "l'ascension de l'Everest" is a climb.
    fn movable_holiday(
        &self,
        f: &Feats,
        first: usize,
        last: usize,
        at: usize,
        days: i64,
        tense: &dyn Fn() -> Tense,
    ) -> Option<Norm> {
        if !self.capitalised(first + at) {
            return None;
        }
        let day_of = |y: i32| {
            let d = calendar::easter(y)? + chrono::Duration::days(days);
            Some(match f.weekday {
                Some(w) => {
                    let ahead = (w as i64 - d.weekday().number_from_monday() as i64).rem_euclid(7);
                    d + chrono::Duration::days(ahead)
                }
                None => d,
            })
        };
        if let Some(y) = f.year {
            return Some(self.day_value(f, first, last, day_of(y), Resolution::Absolute, None, self.dct));
        }
        let Some(dct) = self.dct else {
            return Some(Norm {
                first,
                last,
                kind: TimexType::Date,
                value: "XXXX-XX-XX".to_string(),
                modifier: None,
                resolution: Resolution::Unresolved,
                anchor: None,
                focus: None,
            });
        };
        let cands: Vec<NaiveDate> = (dct.year - 1..=dct.year + 1).filter_map(day_of).collect();
        let picked = calendar::pick_day_weighed(&cands, dct, f.dir, tense())?;
        Some(self.day_value(f, first, last, Some(picked), Resolution::PublicationDate, None, self.dct))
    }

    /// Day `day` of month `m`, in the year the context implies.
    fn resolve_day_month(
        &self,
        f: &Feats,
        day: u32,
        m: u32,
        tense: &dyn Fn() -> Tense,
    ) -> Option<(Option<NaiveDate>, Resolution)> {
        if !(1..=31).contains(&day) {
            return None;
        }
        if let Some(y) = f.year {
            return Some((Some(NaiveDate::from_ymd_opt(y, m, day)?), Resolution::Absolute));
        }
        // "En 2014, … Le 5 septembre, …": the day of the year the story is set in.
        if let (Some(y), None) = (self.story_year(), f.dir) {
            let told = NaiveDate::from_ymd_opt(y, m, day)?;
            if f.weekday.is_none_or(|w| told.weekday().number_from_monday() == w) {
                return Some((Some(told), Resolution::PreviousDate));
            }
        }
        let Some(dct) = self.dct else { return Some((None, Resolution::Unresolved)) };
        // The day in the year before, the year of and the year after the publication.
        let mut cands = [NaiveDate::MIN; 3];
        let mut n = 0;
        for y in dct.year - 1..=dct.year + 1 {
            if let Some(d) = NaiveDate::from_ymd_opt(y, m, day) {
                cands[n] = d;
                n += 1;
            }
        }
        let mut cands = &mut cands[..n];
        if let Some(w) = f.weekday {
            // The weekday must agree with the year chosen ("jeudi 1er octobre").
            let agreeing = cands.iter().filter(|d| d.weekday().number_from_monday() == w).count();
            if agreeing > 0 {
                cands.sort_by_key(|d| d.weekday().number_from_monday() != w);
                cands = &mut cands[..agreeing];
            }
        }
        let picked = calendar::pick_day_weighed(cands, dct, f.dir, tense())?;
        Some((Some(picked), Resolution::PublicationDate))
    }

    fn date(&self, f: &Feats, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Option<Norm> {
        if !self.short_year_ok(f, last) {
            return self.normalise(Rule::Date, first, last - 1, tense).pop();
        }
        if let Some((at, days)) = f.easter {
            return self.movable_holiday(f, first, last, at, days, tense);
        }
        if let Some(d) = f.numdate {
            return Some(self.day_value(f, first, last, Some(d), Resolution::Absolute, None, self.dct));
        }
        // "la nuit du 1er au 2 avril" is dated by the evening it starts on.
        let day = if f.pod.is_some() { f.days.first() } else { f.days.last() };
        // "le 19 juillet, puis le 26": a day alone, after a date of its clause.
        let alone = f.days.is_empty() && f.month.is_none() && f.weekday.is_none();
        let day = match (day, f.count) {
            (Some(&(_, day)), _) => day,
            (None, Some(n)) if alone && n.fract() == 0.0 && (1.0..=31.0).contains(&n) => n as u32,
            _ => return None,
        };
        let mut anchor = None;
        let (date, res) = match f.month {
            Some(m) => self.resolve_day_month(f, day, m, tense)?,
            None if alone => {
                // The first day so numbered from the date before it, in its month or the next;
                // a day it replaces ("le 8 février, et non plus le 3"), the nearest so numbered.
                // Opening its sentence ("Le 8, ils ont été reçus"), from the day told last.
                let opens = first == 0 && last == 1 && fronted(self.vocab, self.tokens, first, last);
                let base = self.clause_day.or(self.focus_day.filter(|_| opens))?;
                let days = (-1..=1).filter_map(|k| {
                    let (y, m) = calendar::add_months(base.year(), base.month(), k);
                    NaiveDate::from_ymd_opt(y, m, day)
                });
                // …told in the pluperfect, a look back: the last day so numbered before it ("Il a
                // parlé mardi. Le 3, il avait rencontré le roi").
                let back = opens && self.clause_day.is_none() && tense() == Tense::SurePast;
                let picked = if back {
                    days.filter(|d| *d < base).max()?
                } else if self.prev_word_is(first, &["non", "plus"]) {
                    days.filter(|d| *d != base).min_by_key(|d| (*d - base).num_days().abs())?
                } else {
                    days.filter(|d| *d > base).min()?
                };
                anchor = Some(calendar::iso_day(base));
                (Some(picked), Resolution::PreviousDate)
            }
            None => {
                // "jeudi 12": the month around the publication date where the weekday agrees.
                let w = f.weekday?;
                let base = self.focus_day.or(self.dct.and_then(|d| d.naive()));
                match base {
                    Some(b) => {
                        let cands: Vec<NaiveDate> = (-1..=1)
                            .filter_map(|k| {
                                let (y, m) = calendar::add_months(b.year(), b.month(), k);
                                NaiveDate::from_ymd_opt(y, m, day)
                            })
                            .filter(|d| d.weekday().number_from_monday() == w)
                            .collect();
                        let picked = calendar::pick_day(&cands, PartialDate::from_naive(b), None, tense())?;
                        (Some(picked), Resolution::PublicationDate)
                    }
                    None => return None,
                }
            }
        };
        match date {
            // "la semaine du 16 janvier"
            Some(d) if f.unit.is_some_and(|u| u.letter == 'W' && !u.time) => Some(Norm {
                first,
                last,
                kind: TimexType::Date,
                value: calendar::week_value(d),
                modifier: None,
                resolution: res,
                anchor,
                focus: Some(PartialDate::from_naive(d)),
            }),
            // "la nuit du Nouvel An" is the one the year begins with: from 31 December.
            Some(d) if f.holiday && f.pod == Some("NI") && (d.month(), d.day()) == (1, 1) => {
                Some(self.day_value(f, first, last, d.pred_opt(), res, anchor, self.dct))
            }
            Some(d) => Some(self.day_value(f, first, last, Some(d), res, anchor, self.dct)),
            None => {
                let m = f.month?;
                Some(Norm {
                    first,
                    last,
                    kind: TimexType::Date,
                    value: format!("XXXX-{m:02}-{day:02}"),
                    modifier: None,
                    resolution: Resolution::Unresolved,
                    anchor: None,
                    focus: None,
                })
            }
        }
    }

    /// "les 3 et 4 octobre" → "les 3" and "4 octobre", sharing the month and the year.
    fn date_list(&self, f: &Feats, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Vec<Norm> {
        let Some(m) = f.month else { return Vec::new() };
        let Some(&(_, last_day)) = f.days.last() else { return Vec::new() };
        let Some((last_date, res)) = self.resolve_day_month(f, last_day, m, tense) else { return Vec::new() };
        let mut out = Vec::new();
        for (n, &(offset, day)) in f.days.iter().enumerate() {
            let tok = first + offset;
            let is_last = n + 1 == f.days.len();
            // "entre le 14 et le 19 juillet": a day keeps its own determiner.
            let own = if n > 0 && self.kind_at(tok - 1) == Some(Kind::Det) { tok - 1 } else { tok };
            let (a, b) = match (n, is_last) {
                (_, true) => (own, last),
                (0, false) => (first, tok),
                _ => (own, tok),
            };
            let date = match last_date {
                Some(ld) => match NaiveDate::from_ymd_opt(ld.year(), m, day) {
                    Some(d) => Some(d),
                    None => continue,
                },
                None => None,
            };
            let day_feats = Feats { approx: f.approx, ..Feats::default() };
            let mut norm = self.day_value(&day_feats, a, b, date, res, None, self.dct);
            if date.is_none() {
                norm.value = format!("XXXX-{m:02}-{day:02}");
            }
            out.push(norm);
        }
        out
    }

    fn weekday(&self, f: &Feats, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Option<Norm> {
        let w = f.weekday?;
        if let (Some(d), Some(base)) = (f.anchor_dir, self.focus_day) {
            // "le lundi suivant": counted from the date last mentioned.
            // "ce même lundi" (d = 0): the nearest such day.
            let day = calendar::pick_weekday(w, base, (d != 0).then_some(d), Tense::Unknown);
            let anchor = Some(calendar::iso_day(base));
            return Some(self.day_value(
                f,
                first,
                last,
                Some(day),
                Resolution::PreviousDate,
                anchor,
                self.dct,
            ));
        }
        match self.dct {
            Some(dct) => match dct.naive() {
                Some(d) => {
                    let dir = f.dir.or(f.anchor_dir);
                    // "ont jusqu'à vendredi pour s'inscrire": a deadline (avoir in the present, "have
                    // until") is ahead, whatever the verbs after it.
                    let deadline = first >= 3
                        && self.prev_word_is(first, &["à", "a"])
                        && self.prev_word_is(first - 1, &["jusqu'", "jusqu’"])
                        && self.prev_word_is(first - 2, &["a", "ont", "ai", "as", "avons", "avez"]);
                    let tense = if deadline { Tense::Future } else { tense() };
                    let day = calendar::pick_weekday(w, d, dir, tense);
                    Some(self.day_value(
                        f,
                        first,
                        last,
                        Some(day),
                        Resolution::PublicationDate,
                        None,
                        self.dct,
                    ))
                }
                None => {
                    Some(self.day_value(f, first, last, None, Resolution::PublicationDate, None, self.dct))
                }
            },
            None => {
                let mut norm = self.day_value(f, first, last, None, Resolution::Unresolved, None, None);
                norm.value = norm.value.replacen("XXXX-XX-XX", &format!("XXXX-WXX-{w}"), 1);
                Some(norm)
            }
        }
    }

    fn season(&self, f: &Feats, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Option<Norm> {
        let s = f.season?;
        let is_ete = self.tokens[first..=last].iter().any(|t| kind(self, t) == Kind::Ete);
        // "été" is also the participle of "être": take it only after a determiner or a preposition.
        // (`Vocab::may_name_a_season` skips the sentences where every "été" is rejected here.)
        if is_ete && !f.det && !f.ce && !self.after_preposition(first) && !self.clause_start(first) {
            return None;
        }
        // "les Jeux d'hiver", "une soirée d'été": a season qualifying a noun is no date; one
        // told as the last, the next or of a year is ("la présidentielle du printemps prochain").
        // A term is the season's, though: "la session d'automne", "les vacances d'été".
        if !f.det
            && !f.ce
            && f.dir.is_none()
            && f.year.is_none()
            && self.prev_word_is(first, &["de", "d'", "du"])
            && !(first >= 2 && self.kind_at(first - 2) == Some(Kind::Term))
        {
            return None;
        }
        let order = |s: &str| match s {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        let (value, res, focus) = match (f.year, f.dir, f.ce, self.dct) {
            (Some(y), _, _, _) => {
                (calendar::year_value(y) + "-" + s, Resolution::Absolute, Some(PartialDate::year(y)))
            }
            (None, dir, ce, Some(dct)) if dir.is_some() || ce => {
                let dct_month = dct.month.unwrap_or(6);
                let dir = f.dir.unwrap_or(0);
                let mut y = dct.year;
                match dir {
                    // "l'automne dernier" written in October: the autumn before this one.
                    -1 if order(s) + 2 >= dct_month => y -= 1,
                    1 if order(s) <= dct_month => y += 1,
                    0 if tense().is_past() && order(s) > dct_month + 2 => y -= 1,
                    _ => {}
                }
                (calendar::year_value(y) + "-" + s, Resolution::PublicationDate, Some(PartialDate::year(y)))
            }
            (None, dir, ce, None) if dir.is_some() || ce => {
                (format!("XXXX-{s}"), Resolution::Unresolved, None)
            }
            // "Au printemps, Kiev avait accusé Moscou": a season an act took place in is the last
            // one (or the next for a future), not the season in general.
            // "promet un premier budget à l'automne": with a determiner, a season is as much this
            // year's in the present (its tense unknown) as in the future.
            (None, _, _, Some(dct))
                if (tense() != Tense::Unknown || f.det || self.prev_word_is(first, &["au"]))
                    && dct.month.is_some() =>
            {
                let dct_month = dct.month.unwrap_or(6);
                let y = match tense() {
                    t if t.is_past() && order(s) > dct_month => dct.year - 1,
                    Tense::Future if order(s) + 2 < dct_month => dct.year + 1,
                    _ => dct.year,
                };
                (calendar::year_value(y) + "-" + s, Resolution::PublicationDate, Some(PartialDate::year(y)))
            }
            // "en été", "les mois d'été": the season in general.
            (None, _, _, _) => (format!("XXXX-{s}"), Resolution::Absolute, None),
        };
        Some(Norm {
            first,
            last,
            kind: TimexType::Date,
            value,
            // "à la fin de l'été": its end.
            modifier: f.position.map(str::to_string),
            resolution: res,
            anchor: None,
            focus,
        })
    }

    /// "le quatrième trimestre 2016" (2016-Q4), "au premier semestre" (the half of the year of
    /// publication, or of the year before when a past act is told of a half yet to come), "le
    /// XXe siècle" (19).
    fn nth_period(&self, f: &Feats, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Option<Norm> {
        let unit = f.unit?;
        let n = self.tokens[first..=last].iter().find_map(|t| match kind(self, t) {
            Kind::Ordinal1 | Kind::Ordinal | Kind::Premier | Kind::Other => t.number(self.vocab),
            _ => None,
        });
        // "le dernier trimestre de 2015": the last of the year named (no ordinal, a year).
        let last_of_year = n.is_none() && f.dir == Some(-1) && (f.year.is_some() || f.month.is_some());
        if n.is_none() && !last_of_year {
            return None;
        }
        let n = n.unwrap_or(0.0) as i32;
        if (unit.letter, unit.time) == ('W', false) {
            return self.nth_week_of_month(f, first, last, n, tense);
        }
        let norm = |value: String, resolution, focus| Norm {
            first,
            last,
            kind: TimexType::Date,
            value,
            // "la fin du XIXe siècle": that part of it.
            modifier: f.position.map(str::to_string),
            resolution,
            anchor: None,
            focus,
        };
        let (letter, parts) = match (unit.letter, unit.time, unit.mult as i32) {
            ('Y', false, 100) if (1..=30).contains(&n) && f.year.is_none() && !last_of_year => {
                return Some(norm(format!("{:02}", n - 1), Resolution::Absolute, None));
            }
            ('M', false, 3) => ('Q', 4),
            ('M', false, 6) => ('H', 2),
            _ => return None,
        };
        let n = if last_of_year { parts } else { n };
        if !(1..=parts).contains(&n) {
            return None;
        }
        let months = 12 / parts;
        let (start, end) = ((n - 1) * months + 1, n * months);
        let (year, res) = match (f.year, self.dct) {
            (Some(y), _) => (Some(y), Resolution::Absolute),
            (None, Some(dct)) => {
                let now = dct.month.map_or(6, |m| m as i32);
                // "Samsung publiera vendredi ses résultats du troisième trimestre", told in
                // October: a part of the year just gone by is still this year's, told in the
                // future or not; next year's is the one nearer ahead than behind.
                let y = match tense() {
                    t if t.is_past() && start > now => dct.year - 1,
                    Tense::Future if end < now && start + 12 - now < now - end => dct.year + 1,
                    _ => dct.year,
                };
                (Some(y), Resolution::PublicationDate)
            }
            (None, None) => (None, Resolution::Unresolved),
        };
        let value = match year {
            Some(y) => format!("{}-{letter}{n}", calendar::year_value(y)),
            None => format!("XXXX-{letter}{n}"),
        };
        Some(norm(value, res, year.map(PartialDate::year)))
    }

    /// "la première semaine de juillet", "la dernière semaine d'août" (`n` 0): the nth week of the
    /// month, as ISO counts the weeks of a year (the first is the one with the month's first
    /// Thursday, the last the one with its last).
    fn nth_week_of_month(
        &self,
        f: &Feats,
        first: usize,
        last: usize,
        n: i32,
        tense: &dyn Fn() -> Tense,
    ) -> Option<Norm> {
        let m = f.month?;
        let (y, res) = match (f.year, self.dct) {
            (Some(y), _) => (y, Resolution::Absolute),
            (None, Some(dct)) => (calendar::pick_month(m, dct, None, tense), Resolution::PublicationDate),
            (None, None) => return None,
        };
        let thursday = match n {
            0 => {
                let (ny, nm) = calendar::add_months(y, m, 1);
                NaiveDate::from_ymd_opt(ny, nm, 1)? - chrono::Duration::days(4)
            }
            1..=5 => NaiveDate::from_ymd_opt(y, m, (n as u32 - 1) * 7 + 4)?,
            _ => return None,
        };
        Some(Norm {
            first,
            last,
            kind: TimexType::Date,
            value: calendar::week_value(thursday),
            modifier: None,
            resolution: res,
            anchor: None,
            focus: PartialDate::ym(y, m),
        })
    }

    fn after_preposition(&self, first: usize) -> bool {
        self.prev_word_is(first, &AFTER_PREPOSITION)
    }

    fn prev_word_is(&self, first: usize, words: &[&str]) -> bool {
        let Some(p) = first.checked_sub(1) else { return false };
        let t = &self.tokens[p];
        let w = &self.text[t.start..t.end];
        if w.is_ascii() {
            // Lowercase ASCII words: compared without lowercasing `w`.
            return words
                .iter()
                .any(|word| w.eq_ignore_ascii_case(word) && !word.bytes().any(|b| b.is_ascii_uppercase()));
        }
        let w = w.to_lowercase().replace('’', "'");
        words.contains(&w.as_str())
    }

    fn rel_period(&self, f: &Feats, first: usize, last: usize, tense: &dyn Fn() -> Tense) -> Option<Norm> {
        let anchored = f.anchor_dir.is_some();
        let off = f.dir.or(f.anchor_dir).unwrap_or(0);
        let told = if f.date_noun { self.told_last.or(self.focus) } else { self.focus };
        let (base, res, anchor): (Option<PartialDate>, Resolution, Option<String>) = if anchored {
            match told.or(self.dct) {
                Some(b) if told.is_some() => {
                    (Some(b), Resolution::PreviousDate, Some(calendar::partial_value(b)))
                }
                Some(b) => (Some(b), Resolution::PublicationDate, None),
                None => (None, Resolution::Unresolved, None),
            }
        } else {
            (
                self.dct,
                if self.dct.is_some() { Resolution::PublicationDate } else { Resolution::Unresolved },
                None,
            )
        };
        let modifier = f.position.map(str::to_string);
        let norm = |value: String, focus: Option<PartialDate>, res: Resolution| Norm {
            first,
            last,
            kind: TimexType::Date,
            value,
            modifier: modifier.clone(),
            resolution: res,
            anchor: anchor.clone(),
            focus,
        };
        if f.weekend {
            let Some(d) = base.and_then(|b| b.naive()) else {
                return Some(norm("XXXX-WXX-WE".into(), None, Resolution::Unresolved));
            };
            let dir = if off == 0 { None } else { Some(off) };
            // "ce week-end": the one of the publication week, unless the tense says which.
            let tense = if dir.is_none() { tense() } else { Tense::Unknown };
            let saturday = match (dir, tense) {
                (None, Tense::Unknown) => d,
                _ => calendar::pick_weekday(6, d, dir, tense),
            };
            return Some(norm(format!("{}-WE", calendar::week_value(saturday)), None, res));
        }
        let unit = f.unit?;
        // "l'année écoulée" in a review of 30 December is the year ending, not the one before; so
        // is "la semaine écoulée" on a Sunday, "le mois écoulé" at its end.
        let elapsed = !anchored
            && off == -1
            && self.tokens[first..=last].iter().any(|t| Some(t.class) == self.vocab.elapsed);
        let ending = elapsed
            && self.dct.and_then(|d| d.naive()).is_some_and(|d| match (unit.letter, unit.time) {
                ('Y', false) => d.month() == 12,
                ('M', false) => d.day() >= 25,
                ('W', false) => d.weekday().number_from_monday() >= 6,
                _ => false,
            });
        let off = if ending { 0 } else { off };
        // "En fin d'année, les ventes ont progressé", "à la fin du mois, les prix avaient chuté",
        // told early in the year, the month, the week: an end gone by is the period's before
        // (told in the pluperfect, or in the past of a clause the date opens: a tense that is sure;
        // "reporté à la fin de l'année" looks ahead).
        let end_gone_by = || {
            !anchored
                && off == 0
                && !f.ce
                && f.position == Some("END")
                && self.dct.and_then(|d| d.naive()).is_some_and(|d| {
                    match (unit.letter, unit.time, unit.mult == 1.0) {
                        ('Y', false, true) => d.month() < 12,
                        ('M', false, true) => d.day() < 21,
                        ('W', false, true) => d.weekday().number_from_monday() < 5,
                        _ => false,
                    }
                })
                && match tense() {
                    Tense::SurePast | Tense::FirmPast => true,
                    Tense::Past => fronted(self.vocab, self.tokens, first, last),
                    _ => false,
                }
        };
        let off = if end_gone_by() { -1 } else { off };
        match (unit.letter, unit.time, unit.mult == 1.0) {
            ('D', false, true) => match base.and_then(|b| b.naive()) {
                Some(d) => {
                    let d = d + chrono::Duration::days(off as i64);
                    Some(norm(calendar::iso_day(d), Some(PartialDate::from_naive(d)), res))
                }
                // "Le même jour" after a year or a month ("dès 2009"): that date has no day to
                // share; the day is the publication's (its eve or morrow stay unknown).
                None => match self.dct.and_then(|b| b.naive()).filter(|_| anchored && off == 0) {
                    Some(d) => Some(Norm {
                        anchor: None,
                        ..norm(
                            calendar::iso_day(d),
                            Some(PartialDate::from_naive(d)),
                            Resolution::PublicationDate,
                        )
                    }),
                    None => Some(norm(calendar::fuzzy_day(base).0, None, Resolution::Unresolved)),
                },
            },
            ('Y', false, true) => {
                let Some(b) = base else { return Some(norm("XXXX".into(), None, Resolution::Unresolved)) };
                let y = b.year + off;
                Some(norm(calendar::year_value(y), Some(PartialDate::year(y)), res))
            }
            ('M', false, true) => match base.and_then(|b| b.month.map(|m| (b.year, m))) {
                Some((y, m)) => {
                    let (y, m) = calendar::add_months(y, m, off);
                    Some(norm(calendar::month_value(y, m), PartialDate::ym(y, m), res))
                }
                None => Some(norm("XXXX-XX".into(), None, Resolution::Unresolved)),
            },
            // "la fin du siècle", "le siècle dernier", "cette décennie".
            ('Y', false, false) if matches!(unit.mult as i32, 10 | 100) => {
                let b = base?;
                let span = unit.mult as i32;
                let y = b.year + off * span;
                let value = if span == 100 {
                    format!("{:02}", y.div_euclid(100))
                } else {
                    format!("{:03}", y.div_euclid(10))
                };
                Some(norm(value, None, res))
            }
            // "le trimestre prochain", "la fin du semestre".
            ('M', false, false) if matches!(unit.mult as i32, 3 | 6) => {
                let (y, m) = base.and_then(|b| b.month.map(|m| (b.year, m)))?;
                let span = unit.mult as i32;
                let index = (y * 12 + m as i32 - 1).div_euclid(span) + off;
                let parts = 12 / span;
                let letter = if span == 3 { 'Q' } else { 'H' };
                let (y, n) = (index.div_euclid(parts), index.rem_euclid(parts) + 1);
                Some(norm(format!("{}-{letter}{n}", calendar::year_value(y)), None, res))
            }
            ('W', false, true) => match base.and_then(|b| b.naive()) {
                Some(d) => {
                    // "d'ici la fin de la semaine", told on a Sunday of what is ahead: the week
                    // starting.
                    let starting = !anchored
                        && off == 0
                        && d.weekday() == chrono::Weekday::Sun
                        && tense() == Tense::Future;
                    let d = d + chrono::Duration::days(7 * off as i64 + if starting { 1 } else { 0 });
                    Some(norm(calendar::week_value(d), None, res))
                }
                None => Some(norm("XXXX-WXX".into(), None, Resolution::Unresolved)),
            },
            _ => None,
        }
    }

    /// "à 8 heures, suivies une heure plus tard d'une troisième": a time so many hours or minutes
    /// after (or before) the clock time told last, on the day the offset counts from.
    fn counted_from_the_clock(
        &self,
        rule: Rule,
        f: &Feats,
        unit: Unit,
        signed: f64,
        first: usize,
        last: usize,
    ) -> Option<Norm> {
        let clock = self.clock_before.filter(|_| rule == Rule::OffsetClock && unit.time && !f.vague)?;
        if self.clause_day.or(self.focus_day).is_some_and(|day| day != clock.date()) {
            return None;
        }
        let minutes = match unit.letter {
            'H' => signed * 60.0,
            'M' => signed,
            _ => return None,
        };
        let at = clock + chrono::Duration::minutes(minutes.round() as i64);
        Some(Norm {
            first,
            last,
            kind: TimexType::Time,
            value: calendar::at_time(calendar::iso_day(at.date()), at.hour(), at.minute()),
            modifier: f.approx.then(|| "APPROX".to_string()),
            resolution: Resolution::PreviousDate,
            anchor: Some(calendar::iso_day(clock.date())),
            focus: Some(PartialDate::from_naive(at.date())),
        })
    }

    fn offset(
        &self,
        rule: Rule,
        f: &Feats,
        first: usize,
        last: usize,
        tense: &dyn Fn() -> Tense,
    ) -> Option<Norm> {
        let unit = f.unit?;
        // "quelques heures plus tôt": within the day of the date told last, which it names (a few
        // days or years later name no date).
        let n = match (f.vague, unit.time) {
            (false, _) => f.count? * unit.mult,
            (true, true) => 0.0,
            (true, false) => return None,
        };
        let (dir, from_dct) = match rule {
            Rule::OffsetDct => (if f.ilya { -1 } else { 1 }, true),
            _ => (f.offset_dir?, false),
        };
        if let Some(norm) = self.counted_from_the_clock(rule, f, unit, n * dir as f64, first, last) {
            return Some(norm);
        }
        // "le 28 septembre, soit deux jours avant le début de l'intervention": an offset from an
        // event, in apposition to a date of its clause, names that same date.
        let from_event =
            rule != Rule::OffsetDct && counts_from_an_event(self.kind_at(last), self.kind_at(last + 1));
        // Set off after a clause with no date ("ont levé les sanctions, six mois après l'accord
        // conclu à Vienne"), it names that clause's date, which the text does not give.
        let apposed_to_undated = self.clause_day.is_none() && self.set_off(first);
        // "devait durer sept jours avant une coordination", "pendant deux ans après l'accord".
        // "le scrutin a été avancé de sept mois après la destitution", "reporté de deux jours
        // après l'accident": after a participle and "de", how far a date was moved.
        let moved_by = first > 1
            && self.kind_at(first - 1) == Some(Kind::De)
            && self.kind_at(first - 2) == Some(Kind::Word)
            && {
                let t = &self.tokens[first - 2];
                matches!(
                    super::suffix_cue(self.vocab, &self.text[t.start..t.end]),
                    Some(super::Cue::Participle)
                )
            };
        let how_long = first > 0 && self.kind_at(first - 1) == Some(Kind::HowLong) || moved_by;
        // "prévue le 14 juin, quatre jours après le match d'ouverture": in apposition to a date of
        // its clause, it names that date, ahead or not.
        let apposed_to_dated = self.clause_day.is_some() && self.set_off(first);
        if from_event && (tense() == Tense::Future && !apposed_to_dated || apposed_to_undated || how_long) {
            // "entrera en vigueur trente jours après sa ratification": counted from an event yet
            // to come, which no date names, it names no date; "trente jours" is how long after
            // (TimeML leaves "après", a signal, out of the extent).
            return Some(Norm {
                first,
                last: last - 1,
                kind: TimexType::Duration,
                value: calendar::duration(f.count?, unit),
                modifier: f.approx.then(|| "APPROX".to_string()),
                resolution: Resolution::Absolute,
                anchor: None,
                focus: None,
            });
        }
        if let (true, Some(day)) = (from_event, self.clause_day) {
            let anchor = calendar::iso_day(day);
            return Some(Norm {
                first,
                last,
                kind: TimexType::Date,
                value: anchor.clone(),
                modifier: f.approx.then(|| "APPROX".to_string()),
                resolution: Resolution::PreviousDate,
                anchor: Some(anchor),
                focus: Some(PartialDate::from_naive(day)),
            });
        }
        // "remontait au 6 janvier, huit mois plus tôt": set off right after a date of its clause, an
        // offset says how far that date lies from the time of the story; it names that date, as
        // precisely as its unit counts.
        let after_a_date = first >= 2
            && self.kind_at(first - 1) == Some(Kind::Comma)
            && matches!(
                self.kind_at(first - 2),
                Some(Kind::Month | Kind::Num4 | Kind::Num | Kind::Ordinal1 | Kind::Weekday | Kind::PartOfDay)
            );
        if let (Rule::OffsetAnchor | Rule::OffsetClock, true, Some(day)) =
            (rule, after_a_date, self.clause_day)
        {
            let (value, focus) = match (unit.letter, unit.time) {
                ('Y', false) => (calendar::year_value(day.year()), PartialDate::year(day.year())),
                ('M', false) => {
                    (calendar::month_value(day.year(), day.month()), PartialDate::from_naive(day))
                }
                _ => (calendar::iso_day(day), PartialDate::from_naive(day)),
            };
            return Some(Norm {
                first,
                last,
                kind: TimexType::Date,
                value,
                modifier: f.approx.then(|| "APPROX".to_string()),
                resolution: Resolution::PreviousDate,
                anchor: Some(calendar::iso_day(day)),
                focus: Some(focus),
            });
        }
        // "Trois jours après les attentats, la France a observé une minute de silence", told after
        // "ce lundi" on that Monday: counted from the date told last, a past act would land after
        // publication; the date of the event is not told, and the act is the story's, of the day
        // of publication.
        if let (true, 'D' | 'W', false, Some(told), Some(today)) =
            (from_event && dir > 0, unit.letter, unit.time, self.focus_day, self.dct.and_then(|d| d.naive()))
        {
            let days = (n * if unit.letter == 'W' { 7.0 } else { 1.0 }).round() as i64;
            // A date of the event in the phrase after it ("après les attentats de vendredi soir")
            // is counted from later (`count_from_the_event_date`).
            let event_dated = (last + 1..self.tokens.len())
                .map(|i| self.kind_at(i))
                .take_while(|k| !matches!(k, Some(Kind::Comma | Kind::Stop | Kind::Break) | None))
                .any(|k| {
                    matches!(k, Some(Kind::Weekday | Kind::Month | Kind::Num4 | Kind::RelDay | Kind::Holiday))
                });
            if !event_dated && told + chrono::Duration::days(days) > today && tense().is_past() {
                return Some(Norm {
                    first,
                    last,
                    kind: TimexType::Date,
                    value: calendar::iso_day(today),
                    modifier: f.approx.then(|| "APPROX".to_string()),
                    resolution: Resolution::PublicationDate,
                    anchor: None,
                    focus: Some(PartialDate::from_naive(today)),
                });
            }
        }
        let coarse = !unit.time && matches!(unit.letter, 'M' | 'Y');
        let (base, res, anchor): (Option<PartialDate>, Resolution, Option<String>) = {
            let focus = if from_dct {
                None
            } else if coarse {
                // "L'accord, signé le 20 juin 2015 … Près de deux ans plus tard": years later than
                // the date told last, even one told as background.
                self.told_last.or(self.focus)
            } else {
                self.focus_day.map(PartialDate::from_naive)
            };
            match (focus, self.dct) {
                (Some(b), _) => (Some(b), Resolution::PreviousDate, Some(calendar::partial_value(b))),
                // "vingt ans plus tard" with no date before it: later than some event, not
                // than the publication.
                (None, _) if !from_dct => (None, Resolution::Unresolved, None),
                (None, Some(d)) => (Some(d), Resolution::PublicationDate, None),
                (None, None) => (None, Resolution::Unresolved, None),
            }
        };
        let signed = n * dir as f64;
        // "il y a deux ans et demi": thirty months.
        let (letter, signed) = match (unit.letter, unit.time) {
            ('Y', false) if signed.fract() != 0.0 => ('M', signed * 12.0),
            (letter, _) => (letter, signed),
        };
        // "il y a un an jour pour jour": the same day so many years or months before.
        if let (true, 'Y' | 'M', false, Some(d)) =
            (f.to_the_day, letter, unit.time, base.and_then(|b| b.naive()))
        {
            let months = signed.round() as i32 * if letter == 'Y' { 12 } else { 1 };
            let (y, m) = calendar::add_months(d.year(), d.month(), months);
            if let Some(day) = NaiveDate::from_ymd_opt(y, m, d.day()) {
                return Some(Norm {
                    first,
                    last,
                    kind: TimexType::Date,
                    value: calendar::iso_day(day),
                    modifier: f.approx.then(|| "APPROX".to_string()),
                    resolution: res,
                    anchor,
                    focus: Some(PartialDate::from_naive(day)),
                });
            }
        }
        let (value, focus) = match (letter, unit.time) {
            ('Y', false) => match base {
                Some(b) => {
                    let y = b.year + signed.round() as i32;
                    (calendar::year_value(y), Some(PartialDate::year(y)))
                }
                None => ("XXXX".to_string(), None),
            },
            ('M', false) => match base.and_then(|b| b.month.map(|m| (b.year, m))) {
                Some((y, m)) => {
                    let (y, m) = calendar::add_months(y, m, signed.round() as i32);
                    (calendar::month_value(y, m), PartialDate::ym(y, m))
                }
                None => ("XXXX-XX".to_string(), None),
            },
            (letter, time) => {
                let days = match (letter, time) {
                    ('W', false) => signed * 7.0,
                    ('D', false) => signed,
                    ('H', true) => signed / 24.0,
                    _ => 0.0,
                };
                match base.and_then(|b| b.naive()) {
                    Some(d) => {
                        let day = d + chrono::Duration::days(days.round() as i64);
                        // "il y a une semaine": that week; "jour pour jour", that day. The day
                        // so many weeks back is still the one the story goes on from ("Il y a
                        // une semaine, … Le lendemain, …").
                        if from_dct && letter == 'W' && !time && !f.to_the_day {
                            (calendar::week_value(day), Some(PartialDate::from_naive(day)))
                        } else {
                            (calendar::iso_day(day), Some(PartialDate::from_naive(day)))
                        }
                    }
                    None => (calendar::fuzzy_day(base).0, None),
                }
            }
        };
        let res = if value.starts_with('X') { Resolution::Unresolved } else { res };
        // "il y a plus de cinquante ans": before the date so counted; "dans moins d'un an", before.
        let bound = match (f.bound, dir) {
            (Some("MORE_THAN"), -1) | (Some("LESS_THAN"), 1) => Some("BEFORE"),
            (Some(_), _) => Some("AFTER"),
            (None, _) => f.approx.then_some("APPROX"),
        };
        Some(Norm {
            first,
            last,
            kind: TimexType::Date,
            value,
            modifier: bound.map(str::to_string),
            resolution: res,
            anchor,
            focus,
        })
    }
}
