//! Dated events: a sentence that reports a diplomatic or military act, with its date, actors and
//! a CAMEO-like category from the trigger lexicon in `data/events/triggers.tsv`.
//!
//! Each calendar date of a sentence dates the act it is attached to:
//! - the nearest trigger verb before it in the same clause ("un accord signé à Genève le 9
//!   septembre");
//! - for a date that opens the sentence, the main verb after it ("Le 3 octobre, les États-Unis ont
//!   suspendu…");
//! - else the nearest act noun ("une nouvelle discussion avec les Russes demain (mercredi)").
//!
//! An aspect verb ("commencée", "a eu lieu") stands for the act noun before it ("l'intervention
//! commencée le 30 septembre"). A date on an inverted reporting verb ("…, a déclaré mercredi
//! Lavrov") dates the reported content, whose act gives the category. A sentence with no date that
//! reports a statement is dated by the publication date.
//!
//! `extract` reads each sentence in turn; the files beside it tell how an event is built:
//! - `triggers.rs` finds the trigger words of the lexicon, `lists.rs` holds the other word lists
//!   of `data/events/words.tsv`, `words.rs` reads words without allocating;
//! - `clauses.rs` cuts the sentence into clauses and tells how each opens (inverted, an aside, an
//!   infinitive, a quotation); `tense.rs` reads the auxiliary before a verb;
//! - `acts.rs` tells which trigger is the act (verb or noun, reported, announced, an aspect's
//!   object);
//! - `dating.rs` gives each date its calendar value and the trigger it attaches to, and rules out
//!   the dates of no act;
//! - `actors.rs` finds the countries acting and acted upon, with `parties.rs` (venues, names left
//!   out) and `coordination.rs` (names joined by "et");
//! - `category.rs` and `summary.rs` give the event its category and its short text.

mod actors;
mod acts;
mod category;
mod clauses;
mod coordination;
mod dating;
mod lists;
mod parties;
#[cfg(test)]
mod prechecks;
mod summary;
mod tense;
#[cfg(test)]
mod tests;
mod triggers;
mod words;

use crate::corpus::{Entity, Event, EventDateOrigin, Mention, PartialDate, Precision, Sentence, Span, Timex};
use actors::{opening_person_country, whos_of, Directory, SentenceCtx};
use acts::{
    abstains_from_a_deed, announced_act, announced_own_act, convenes_a_body, follows_a_demonstrative,
    follows_a_determined_noun, follows_a_determiner, is_a_natural_cause, is_a_report_noun_of_nothing,
    is_act_noun, is_an_attitude_object, is_an_unarmed_entry, is_expected, is_hypothetical, is_imperative,
    is_object_of_an_infinitive, is_participle, is_reduced_relative, is_said_of_a_noun, is_welcomed,
    is_where_said, main_act, postpones, receives_a_thing, reported_act, resolve_aspect, signs_a_decree,
};
use acts::{
    follows_a_number, is_a_negated_infinitive, is_an_occasion, is_an_order, is_expected_subject,
    lacks_its_complement, names_a_thing, passes_a_sentence, sets_a_requirement, shares_a_feature,
};
use category::{is_denied, is_negated_right_before};
use clauses::{boundaries_between, clause_boundaries, is_quoted, quotation_judges};
use coordination::{joins_a_second_infinitive, joins_a_second_verb, takes_an_object_pronoun};
use dating::{
    attach, calendar_date, depends_on_dct_day, is_deadline, is_first_since, precision_of, says_then,
    starts_a_state,
};
use dating::{is_news_day, says_at_once, NEWS_DAY_REACH};
use lists::EventWords;
use std::cell::{Cell, OnceCell};
use summary::summary;
use tense::{
    follows_a_past_infinitive, is_decided, is_present_verb, is_told_in_the_past, is_told_in_the_perfect,
    opens_on_a_past_auxiliary, opens_on_a_perfect_auxiliary, opens_on_a_reflexive_auxiliary, KnownTenses,
    Tense,
};
pub use triggers::VerbLexicon;
use triggers::{Class, Hit};
use words::Lower;

/// What the event stage reads of an article.
pub struct EventInput<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    pub timexes: &'a [Timex],
    pub dct: Option<PartialDate>,
    pub dct_approx: bool,
}

/// The summary breaks (, ; : and quotes) a sentence is expected to hold, at most, for the room
/// kept for them.
const BREAKS_A_SENTENCE: usize = 8;

/// The room kept for what is read of one sentence (its hits, its clause marks): a long sentence
/// holds a dozen or so.
const SENTENCE_ROOM: usize = 16;

/// How many sentences back a subject pronoun may find its antecedent.
const ANTECEDENT_REACH: usize = 2;

/// How many sentences back the date of a paragraph's scene may be set for an act told in the past
/// with no date of its own.
const SCENE_REACH: usize = 2;

pub fn extract(input: &EventInput, verbs: &VerbLexicon) -> Vec<Event> {
    let text = input.text;
    let lists = &verbs.words;
    let directory = Directory::new(input.entities);
    // Written once: many sentences are dated by it.
    let dct_value = input.dct.map(|d| d.to_string());

    // The sentences that may make an event, and their hits, are read first for the whole
    // article: the search and the rules that rule hits out keep their code in cache, as do the
    // rules that build events after them.
    let (all_hits, candidates) = candidate_sentences(input, verbs);
    // Who the mentions of each candidate are, read in a pass of its own for the same reason.
    let mut whos = Vec::with_capacity(input.mentions.len());
    let mut who_ranges = Vec::with_capacity(candidates.len());
    let mut who_cursor = Cursor::default();
    for candidate in &candidates {
        let span = input.sentences[candidate.index].span;
        let (_, mentions) = within_from(input.mentions, &mut who_cursor, span, |m| m.span);
        let from = whos.len();
        whos_of(text, span, mentions, &directory, lists, &mut whos);
        who_ranges.push(from..whos.len());
    }
    // Sized for an event a candidate and a few more, and for the clause marks and hits of a long
    // sentence: they seldom grow.
    let mut events: Vec<Event> = Vec::with_capacity(candidates.len() + candidates.len() / 4);
    let mut bounds = Vec::with_capacity(SENTENCE_ROOM);
    let mut inverted_reports = Vec::with_capacity(SENTENCE_ROOM);
    let mut summary_breaks = Vec::with_capacity(SENTENCE_ROOM);
    // The summary breaks of every sentence read, for the summaries written last.
    // Sized for a few breaks a candidate: they seldom grow.
    let mut all_breaks = Vec::with_capacity(candidates.len() * BREAKS_A_SENTENCE);
    let mut sentence_breaks: Vec<(usize, std::ops::Range<usize>)> = Vec::with_capacity(candidates.len());
    let mut mention_cursor = Cursor::default();
    let mut antecedent: Vec<String> = Vec::new();
    let mut pair: Vec<String> = Vec::new();
    for (candidate, who_range) in candidates.iter().zip(who_ranges) {
        let (index, full_sentence, first_timex) =
            (candidate.index, candidate.full_sentence, candidate.first_timex);
        let span = input.sentences[index].span;
        let hits = &all_hits[candidate.hits.clone()];
        let timexes = &input.timexes[first_timex..first_timex + candidate.timexes];
        // The report found below is often the act `told` read last: its tense is read once, when
        // the hits were first read for an undated sentence.
        let tenses = candidate.tenses.clone();
        // An aspect verb in a past tense tells the act noun it stands for ("ont entamé des
        // négociations"), when there is one.
        let told = |h: &&Hit| match h.form.class {
            Class::Report => true,
            Class::Act => act_told(text, span, h, full_sentence, &tenses, lists),
            Class::Aspect => {
                hits.iter().any(|n| is_act_noun(text, span, n))
                    && is_told_in_the_past(text, span, h.span, lists)
            }
            _ => false,
        };
        // A sentence with no date makes an event only if it tells one: else its clauses need
        // no reading.
        // The hit found told first when the hits were read, if the rules kept it: no hit before it
        // is told.
        let report_if_undated = if timexes.is_empty() {
            input.dct.and_then(|_| match candidate.first_told {
                Some(first) => hits.iter().find(|h| h.span == first),
                None => hits.iter().find(told),
            })
        } else {
            None
        };
        if timexes.is_empty() && report_if_undated.is_none() {
            continue;
        }
        clause_boundaries(text, span, &mut bounds, &mut summary_breaks);
        sentence_breaks.push((index, all_breaks.len()..all_breaks.len() + summary_breaks.len()));
        all_breaks.extend_from_slice(&summary_breaks);
        inverted_reports.clear();
        inverted_reports.resize(hits.len(), Cell::new(None));
        let (first_mention, sentence_mentions) =
            within_from(input.mentions, &mut mention_cursor, span, |m| m.span);
        // Who "il" or "elle" opening a clause stands for: the last actor of the sentences before.
        // Copied into the buffer of the sentences before: its strings are reused.
        // The first actor of the last sentence that names one: its main clause's subject, not
        // whoever made a text said of a noun after it ("a refusé de certifier l'accord conclu en
        // 2015 … Il a accusé").
        let last_acting = events
            .iter()
            .rev()
            .take_while(|e| e.sentence + ANTECEDENT_REACH >= index)
            .find(|e| !e.source.is_empty())
            .map(|last| {
                events
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence == last.sentence)
                    .filter(|e| !e.source.is_empty())
                    .last()
                    .unwrap_or(last)
            });
        match last_acting {
            Some(e) => antecedent.clone_from(&e.source),
            None => {
                antecedent.clear();
                let opening = index
                    .checked_sub(1)
                    .and_then(|i| opening_person_country(input, &directory, i, first_mention));
                antecedent.extend(opening.map(str::to_string));
            }
        }
        // Who "les deux pays" or "les deux dirigeants" are: the two countries of the last event
        // that had two. Few sentences say "deux": a byte search for its rare "x" rules out the
        // others.
        pair.clear();
        if words::find_by_key(span.slice(text).as_bytes(), b"deux ", 3).is_some() {
            // What was said of a country ("« … n'est pas liée à la Chine », a assuré le
            // président américain") pairs it with the speaker less than an act does: an act a
            // sentence further back comes first.
            let recent = |reach: usize| events.iter().rev().take_while(move |e| e.sentence + reach >= index);
            let two = |e: &&Event| e.source.len() + e.target.len() >= 2;
            let act = recent(ANTECEDENT_REACH + 1).filter(|e| e.category != "statement").find(two);
            if let Some(e) = act.or_else(|| recent(ANTECEDENT_REACH).find(two)) {
                pair.extend(e.source.iter().chain(&e.target).cloned());
                pair.sort();
                pair.dedup();
            }
        }
        let ctx = SentenceCtx {
            text,
            span,
            index,
            hits,
            mentions: sentence_mentions,
            directory: &directory,
            who: &whos[who_range],
            countries: OnceCell::new(),
            requesters: OnceCell::new(),
            aegis: OnceCell::new(),
            bounds: &bounds,
            inverted_reports: &inverted_reports,
            antecedent: &antecedent,
            pair: &pair,
            earlier_mentions: &input.mentions[..first_mention],
            lists,
        };
        let before = events.len();
        for (ti, tx) in timexes.iter().enumerate().map(|(i, t)| (first_timex + i, t)) {
            let Some((date, precision, week_approx)) = calendar_date(&tx.value) else { continue };
            if is_deadline(text, tx.span) || is_first_since(text, span, tx.span) {
                continue;
            }
            let Some(mut trigger) = attach(text, span, &bounds, hits, timexes, tx.span, lists) else {
                continue;
            };
            // "L'Otan, réunie lundi à la demande d'Ankara, a condamné": the date of a participle
            // said of the subject in an aside is that of the main verb right after it.
            // Not when a date of its own dates the verb ("Darboe, condamné en juillet à trois ans
            // de prison, avait été libéré lundi").
            let main =
                verb_after_a_participial_aside(text, span, &bounds, hits, trigger, lists).filter(|main| {
                    !timexes.iter().any(|t| {
                        t.span.start > main.span.start
                            && attach(text, span, &bounds, hits, timexes, t.span, lists)
                                .is_some_and(|h| h.span == main.span)
                    })
                });
            if let Some(main) = main {
                trigger = main;
            }
            if trigger.form.class == Class::Report {
                // "doit rencontrer M. Trump le 17 novembre, a annoncé jeudi Tokyo": an act with a
                // date of its own keeps it, and the report is an event of its own.
                let dated_apart = |act: &Hit| {
                    timexes.iter().any(|t| {
                        t.span != tx.span
                            && calendar_date(&t.value).is_some()
                            && attach(text, span, &bounds, hits, timexes, t.span, lists)
                                .is_some_and(|h| h.span == act.span)
                    })
                };
                // "Washington a annoncé mardi qu'il envisageait de retirer …": what the subject
                // announces of itself.
                let act = reported_act(text, sentence_mentions, span, &bounds, hits, trigger, lists)
                    .or_else(|| announced_own_act(text, &bounds, hits, timexes, trigger));
                if let Some(act) = act {
                    if !dated_apart(&act) {
                        trigger = act;
                    }
                }
            }
            // The act's own words: the noun an aspect verb stands for, else the trigger.
            let mut act = trigger;
            // "ont annoncé jeudi un cessez-le-feu": the act announced, by whoever announces it.
            if let Some(noun) = announced_act(text, span, hits, timexes, trigger, lists) {
                trigger = Hit { span: trigger.span, form: noun.form };
            }
            if trigger.form.class == Class::Aspect {
                match resolve_aspect(text, span, &bounds, hits, timexes, trigger) {
                    Some(noun) => {
                        act = noun;
                        trigger = Hit { span: trigger.span, form: noun.form };
                    }
                    // "a exprimé jeudi sa « surprise » et démenti toute ingérence": an aspect verb
                    // with no act noun tells none; the act participle that shares its auxiliary
                    // after "et" is the act of its date.
                    None => {
                        let Some(verb) =
                            participle_sharing_the_auxiliary(text, span, hits, trigger, &tenses, lists)
                        else {
                            continue;
                        };
                        act = verb;
                        trigger = verb;
                    }
                }
            }
            let approx =
                tx.approximate() || week_approx || (input.dct_approx && depends_on_dct_day(text, tx));
            let date = date.into_owned();
            let dated = Dated { date, precision, approx, origin: EventDateOrigin::Timex, timex: Some(ti) };
            merge_or_push(
                &mut events,
                (index, trigger.span, dated),
                |timex| starts_a_state(text, input.timexes, timex),
                |dated| ctx.event(trigger, act, dated),
            );
        }
        // "Vendredi, Poutine a déclaré qu'il n'expulserait personne et a invité les enfants …": an
        // act verb coordinated with the dated one is a second act of that date and subject.
        // Not after a participle said of a noun: "et a" does not join the verb to it.
        let second = events[before..].last().and_then(|first| {
            let decided = is_decided(text, span, first.trigger, lists);
            // "a rejeté jeudi la résolution et a tiré": the first act's own date after it is no
            // date of the second.
            let own_date =
                first.timex.map(|t| input.timexes[t].span).filter(|t| t.start >= first.trigger.end);
            let end = own_date.map_or(first.trigger.end, |t| t.end);
            let verb = coordinated_act(
                text,
                span,
                hits,
                FirstAct { end, category: &first.category, decided, trigger: first.trigger },
                timexes,
                &tenses,
                lists,
            )
            .filter(|verb| !events[before..].iter().any(|e| e.trigger.contains(verb.span)))
            .filter(|_| !is_said_of_a_noun(text, span, &bounds, first.trigger, lists))?;
            Some(second_event(&ctx, verb, Dated::of(first), (&first.source, &first.target)))
        });
        events.extend(second);
        // "a adopté vendredi la résolution, la Chine s'étant abstenue": an act told in an absolute
        // participial clause after the dated one is another's act of the same date.
        if let Some(first) = events[before..].first() {
            let dated = Dated::of(first);
            let after = first.trigger.end;
            let absolute: Vec<Event> = absolute_participles(text, hits, after)
                .map(|h| (h, false))
                .chain(contrasted_acts(text, span, hits, after, lists).map(|h| (h, true)))
                .filter(|(h, _)| !events[before..].iter().any(|e| e.trigger.contains(h.span)))
                .map(|(h, contrast)| absolute_event(&ctx, h, after, dated.clone(), contrast))
                .collect();
            events.extend(absolute);
            let gerund = gerund_act(text, hits, after)
                .filter(|h| !events[before..].iter().any(|e| e.trigger.contains(h.span)))
                .map(|h| gerund_event(&ctx, h, dated.clone(), &events[before].source));
            events.extend(gerund);
            // "L'Inde avait proposé début décembre une aide, ce que Pékin a critiqué": an act told
            // in the past in a clause "ce que" after the dated one is its subject's, of no date
            // told: the publication date's.
            if let (Some(dct), Some(dct_value)) = (input.dct, &dct_value) {
                let last = events[before..].iter().map(|e| e.trigger.end).max().unwrap_or(after);
                let resumed: Vec<Event> = resumptive_acts(text, span, hits, last, &tenses, lists)
                    .map(|h| {
                        let dated = Dated {
                            date: dct_value.clone(),
                            precision: precision_of(dct),
                            approx: input.dct_approx,
                            origin: EventDateOrigin::PublicationDate,
                            timex: None,
                        };
                        ctx.event(h, h, dated)
                    })
                    .collect();
                events.extend(resumed);
            }
        }
        let dated = &events[before..];
        // "a accusé Washington de saboter la trêve entrée en vigueur lundi", "a réaffirmé son
        // soutien …, annoncé en juillet": every date is that of a noun's participle; what the
        // subject did ahead of them is told on the publication date, report or act.
        let of_nouns = !dated.is_empty()
            && dated.iter().all(|e| is_said_of_a_noun(text, span, &bounds, e.trigger, lists));
        // The act told in the past a few words after a relative aside that closes at `close`: the
        // main verb of the sentence.
        let verb_after_aside = |close: usize| {
            hits.iter().filter(|h| h.span.start > close).find(told).filter(|h| {
                is_told_in_the_past(text, span, h.span, lists)
                    && words::at_most_words(&text[close + 1..h.span.start], VERB_AFTER_ASIDE_WORDS)
            })
        };
        // Where the relative aside closes when the act told is the main verb after it: what the
        // aside tells is no content of that verb.
        let mut after_aside = None;
        let report = if dated.is_empty() {
            let first = report_if_undated.or_else(|| hits.iter().find(told));
            // "« Pyongyang a violé les résolutions », a dénoncé le ministre": an act another did,
            // told in a quotation, is what is said; the act is the saying after it, when it is
            // an act of its own (not a plain statement).
            let first = first.map(|f| {
                let quoted = |h: &Hit| is_quoted(&text[span.start..h.span.start]);
                let saying = || {
                    let close = f.span.end + text[f.span.end..span.end].find(['»', '”'])?;
                    let after = hits.iter().find(|h| h.span.start > close)?;
                    let between = text[close..after.span.start].trim_start_matches(['»', '”']);
                    (after.form.class == Class::Act
                        && after.form.category != "statement"
                        && between.trim_start().starts_with(',')
                        && words::at_most_words(between, 2)
                        && !quoted(after))
                    .then_some(after)
                };
                if f.form.class == Class::Act
                    && quoted(f)
                    && !quoted_in_the_first_person(&text[span.start..f.span.start])
                {
                    saying().unwrap_or(f)
                } else {
                    f
                }
            });
            // "Le président, qui l'a accueillie à l'aéroport, a promis de …": an act told in a
            // relative aside that follows the subject is no act of the sentence when a verb told
            // right after the aside is its main verb; so is a report ("Le Vietnam, qui revendique
            // les îles, a salué le verdict").
            let main = first.and_then(|f| {
                let close = after_a_relative_aside(text, span, &bounds, f.span.start, f.span.end)?;
                let main = verb_after_aside(close)?;
                after_aside = Some(close);
                Some(main)
            });
            // "Londres, qui réclamait des discussions en parallèle, a finalement accepté le
            // calendrier": the act told first is the main verb right after a relative aside whose
            // act (in the imperfect) is told by none; what the aside tells is no content of it.
            if main.is_none() {
                if let Some(f) = first {
                    // The hits before the first told are told by none: only verbs are read.
                    let before_first = hits.iter().take_while(|h| h.span.end < f.span.start);
                    let mut verbs =
                        before_first.filter(|h| h.form.class == Class::Act && !is_act_noun(text, span, h));
                    after_aside = verbs.find_map(|h| {
                        let close = after_a_relative_aside(text, span, &bounds, h.span.start, h.span.end)?;
                        (close < f.span.start && verb_after_aside(close).is_some_and(|m| m.span == f.span))
                            .then_some(close)
                    });
                }
            }
            main.or(first)
        } else {
            // "Les Etats-Unis ont levé les sanctions, six mois après l'accord conclu le 14
            // juillet": the dates are those of other clauses; the act told is of the
            // publication date still.
            // Only an act verb, ahead of every date and set off from them by a comma: a report
            // is dated with what it reports, an act "depuis que" or "après que" with its clause.
            // Hits come in order: one that ends past the first date, or the first dated act, is
            // ahead of none, nor is any after it; they need no reading.
            let first_dated =
                dated.iter().map(|e| e.trigger.start).chain(timexes.iter().map(|t| t.span.start)).min();
            let limit = first_dated.unwrap_or(usize::MAX);
            let ahead_of_dates = hits.iter().take_while(|h| h.span.end <= limit).find(told).filter(|h| {
                if of_nouns {
                    return true;
                }
                let ahead =
                    |s: Span| h.span.end <= s.start && boundaries_between(&bounds, h.span.end, s.start) > 0;
                let comma_next =
                    bounds.iter().find(|&&b| b >= h.span.end).is_some_and(|&b| text.as_bytes()[b] == b',');
                // "L'UE a appelé les deux pays à préserver l'accord nucléaire de 2015": the dates
                // are those of act nouns the verb speaks of; the verb in a past tense is an act
                // of its own.
                let of_act_nouns = || {
                    dated.iter().all(|e| {
                        e.trigger.start >= h.span.end
                            && hits.iter().any(|x| x.span == e.trigger && is_act_noun(text, span, x))
                    }) && tenses.past_auxiliary(text, span, h.span, lists).is_some()
                };
                h.form.class == Class::Act
                    && (comma_next
                        && dated.iter().all(|e| ahead(e.trigger))
                        && timexes.iter().all(|t| ahead(t.span))
                        || of_act_nouns())
            });
            // "Merkel, dont le gouvernement avait annulé début mars …, a apporté son soutien":
            // the dates are those of a relative clause set off by commas; the verb after it
            // tells the main act, of the publication date.
            ahead_of_dates.or_else(|| {
                let last_dated =
                    dated.iter().map(|e| e.trigger.end).chain(timexes.iter().map(|t| t.span.end)).max()?;
                // "Après l'attaque de lundi, la France a rappelé son ambassadeur": the dates are
                // those of a phrase fronted before the main clause, whose verb tells the main act.
                let close = after_a_relative_aside(text, span, &bounds, limit, last_dated)
                    .or_else(|| fronted_phrase_close(text, span, last_dated))?;
                let main = verb_after_aside(close)?;
                after_aside = Some(close);
                Some(main)
            })
        };
        let Some(report) = report else { continue };
        let (Some(dct), Some(dct_value)) = (input.dct, &dct_value) else { continue };
        // Where the clause of an act after "après avoir" opens, after a report.
        let infinitive_from = (report.form.class == Class::Report)
            .then(|| {
                hits.iter()
                    .filter(|h| h.span.start > report.span.end)
                    .find(|h| follows_a_past_infinitive(&text[span.start..h.span.start]))
                    .map(|h| h.span.start)
            })
            .flatten();
        let content: Vec<Hit> = hits
            .iter()
            .filter(|h| h.form.class != Class::Report && !dated.iter().any(|e| e.trigger == h.span))
            // "a salué l'accord conclu le 14 juillet": what a dated participle is said of is that
            // dated act, not what the report tells.
            .filter(|h| !of_nouns || h.span.start <= report.span.start)
            .filter(|h| after_aside.is_none_or(|close| h.span.start > close))
            // "s'est félicité de l'accord": the act welcomed is another's; the welcome a statement.
            .filter(|h| !is_welcomed(text, &bounds, report, h, lists))
            // "« Nous ne tolérerons aucune violation … », a martelé l'amiral", "« Ces bombardements
            // sont une violation … », a déclaré": the nouns of a quotation that judges (negated, or
            // saying what something is) are words said; the saying is the act.
            .filter(|h| {
                let noun = h.form.class == Class::Noun || follows_a_determiner(text, span, h.span);
                !noun
                    || report.form.class != Class::Report
                    || h.span.end > report.span.start
                    || !is_quoted(&text[span.start..h.span.start])
                    || !quotation_judges(&text[span.start..report.span.start])
            })
            // "Le Polisario, soutenu par l'Algérie, a salué …": a participle said of the subject
            // before a report is no content of it; "a indiqué que …, après avoir rencontré les
            // familles": an act after "après avoir" is the subject's own earlier act, told apart.
            .filter(|h| {
                report.form.class != Class::Report
                    || if h.span.end <= report.span.start {
                        let clause =
                            bounds.iter().copied().rfind(|&b| b < h.span.start).unwrap_or(span.start);
                        !is_reduced_relative(text, span, h.span, clause, lists)
                    } else {
                        infinitive_from.is_none_or(|from| h.span.start < from)
                    }
            })
            // "« Le Venezuela ne se laissera pas expulser », a-t-elle martelé": an act verb in
            // the infinitive after a negation, quoted before the report, is words said.
            .filter(|h| h.span.end > report.span.start || !is_a_negated_infinitive(text, span, h))
            // "…, a martelé l'amiral dans un entretien à l'agence Tasnim", "a-t-il déclaré lors
            // d'une réunion": where a report is said is no act of its own.
            .filter(|h| !is_where_said(text, report, h))
            // "À l'issue de l'entretien, le président français a déclaré": nor the meeting it
            // was said after.
            .filter(|h| report.form.class != Class::Report || !is_an_occasion(text, span, h))
            // "Le Kremlin a estimé que ces frappes compliquaient …": an act noun after a
            // demonstrative is an act told before; what is said of it is the report's.
            .filter(|h| {
                report.form.class != Class::Report
                    || h.form.class != Class::Noun
                    || h.span.start < report.span.end
                    || !follows_a_demonstrative(text, span, h.span)
            })
            // "tout en soulignant vouloir maintenir le dialogue": an act noun an infinitive
            // (no trigger) takes as object is what is to be done, no act told.
            .filter(|h| !is_object_of_an_infinitive(text, span, hits, h))
            .copied()
            .collect();
        // An act verb tells the act; else an act noun the report announces, by whoever reports
        // ("a annoncé la rupture de ses relations"); else the act noun told, else the report.
        let announced =
            if of_nouns { None } else { announced_act(text, span, hits, timexes, *report, lists) };
        let (trigger, act) = if report.form.class == Class::Aspect {
            let Some(noun) = resolve_aspect(text, span, &bounds, hits, timexes, *report) else { continue };
            (Hit { span: report.span, form: noun.form }, noun)
        } else {
            // "Le Conseil, réuni en urgence, a condamné…": a participle said of a noun is no act
            // of the clause while a verb of the clause tells one.
            let of_clause = content.iter().find(|h| {
                let clause = bounds.iter().copied().rfind(|&b| b < h.span.start).unwrap_or(span.start);
                // "Les manifestants rassemblés dans la capitale ont dénoncé": nor one said of
                // the noun right before it, when a verb told after it tells the act.
                let told_after = || {
                    content.iter().any(|o| {
                        o.span.start > h.span.start
                            && o.form.class == Class::Act
                            && tenses.past_auxiliary(text, span, o.span, lists).is_some()
                    })
                };
                // "« La Chine réagira avec fermeté … », a averti le porte-parole": a verb quoted
                // before an act of saying other than a plain statement is what is said; the act
                // is the saying (but "« Nous regrettons … », a réagi X" regrets).
                // A verb in the past is said too when the quotation tells what another did ("«
                // Pyongyang a violé les résolutions », a dénoncé le ministre"), not what the
                // speaker's side did ("« Nous avons rompu … »").
                let said = || {
                    report.form.class == Class::Act
                        && report.form.category != "statement"
                        && h.span.end <= report.span.start
                        && is_quoted(&text[span.start..h.span.start])
                        && (tenses.past_auxiliary(text, span, h.span, lists).is_none()
                            || !quoted_in_the_first_person(&text[span.start..h.span.start]))
                };
                let of_a_noun = || follows_a_determined_noun(text, span, h.span, lists) && told_after();
                // "Réunis en urgence à New York, les membres du Conseil ont estimé": nor one opening
                // the sentence, said of the subject after it, when the act after it is told.
                let fronted = || {
                    h.form.category == "consult"
                        && opens_on_a_participle(text, span, h.span)
                        && verb_after_a_participial_aside(text, span, &bounds, hits, **h, lists).is_some()
                };
                h.form.class == Class::Act
                    && !is_reduced_relative(text, span, h.span, clause, lists)
                    && !of_a_noun()
                    && !said()
                    && !fronted()
            });
            let main = of_clause.copied().or_else(|| main_act(content.iter()));
            // "Washington a salué « un jour décisif » et a promis de soutenir …": a report joined
            // by "et a" to the act after it is an event of its own, the act its second.
            let joined_to_the_act = || {
                report.form.class == Class::Report
                    && main.is_some_and(|m| {
                        m.span.start > report.span.end
                            && m.form.class == Class::Act
                            && !content
                                .iter()
                                .any(|o| o.span.start > report.span.end && o.span.start < m.span.start)
                            && joins_a_second_verb(&text[report.span.end..m.span.start])
                            && tenses.past_auxiliary(text, span, m.span, lists).is_some()
                    })
            };
            match (announced, main) {
                (None, Some(_)) if joined_to_the_act() => (*report, *report),
                (Some(noun), act) if act.is_none_or(|a| a.form.class != Class::Act) => {
                    (Hit { span: report.span, form: noun.form }, *report)
                }
                (_, Some(act)) => (act, act),
                (_, None) => (*report, *report),
            }
        };
        let precision = precision_of(dct);
        // "avait indiqué": said before the publication date, not on it.
        // "a-t-il lancé", "a reçu": a phrase that opens on its auxiliary holds its tense.
        let tense = tenses
            .past_auxiliary(text, span, report.span, lists)
            .or_else(|| opens_on_a_perfect_auxiliary(report.span.slice(text)).then_some(Tense::Perfect));
        let pluperfect = matches!(tense, Some(Tense::Pluperfect));
        // "Moscou avait alors imposé des sanctions": then is the date told last.
        let said_then = timexes.is_empty() && tense.is_some() && says_then(span.slice(text));
        let then = said_then
            .then(|| {
                events
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence + ANTECEDENT_REACH >= index)
                    .find(|e| e.date_origin == EventDateOrigin::Timex)
                    .map(Dated::of)
            })
            .flatten()
            // "La crise avait éclaté à la mi-juin. Pékin avait alors exigé …": with no act dated
            // before, the last date of the sentence before.
            .or_else(|| said_then.then(|| last_date_before(input, index, first_timex)).flatten());
        // "L'AIEA a certifié samedi soir … L'UE a aussitôt levé ses sanctions": at once after the
        // main act of the sentence before, of its date when a date of the text tells it.
        let at_once = (timexes.is_empty() && tense.is_some() && says_at_once(span.slice(text)))
            .then(|| {
                let before = index.checked_sub(1)?;
                let first = events.iter().find(|e| e.sentence == before)?;
                (first.date_origin == EventDateOrigin::Timex).then(|| Dated::of(first))
            })
            .flatten();
        let told_at_once = at_once.is_some();
        // "Trump a refusé vendredi de certifier l'accord. Dans un discours, il a accusé Téhéran":
        // a pronoun subject goes on telling what its antecedent did on the day of the sentence
        // before, told in the same tense.
        let continued = (timexes.is_empty() && matches!(tense, Some(Tense::Perfect)))
            .then(|| {
                let before = index.checked_sub(1)?;
                let first = events.iter().find(|e| e.sentence == before && !e.source.is_empty())?;
                // Told by a verb in the past ("a refusé vendredi"), not a noun or a participle
                // said of one ("une conversation téléphonique tenue le 28 janvier").
                let verb_told = || {
                    let before_span = input.sentences[before].span;
                    is_told_in_the_past(text, before_span, first.trigger, lists)
                };
                // The verb's tense, the costliest test, read last.
                let dated = first.date_origin == EventDateOrigin::Timex
                    && first.precision == Precision::Day
                    && first.date.as_str() <= dct_value.as_str()
                    && first.source == antecedent;
                (dated
                    && opens_on_a_subject_pronoun(&text[span.start..report.span.start], lists)
                    && verb_told())
                .then(|| Dated::of(first))
            })
            .flatten();
        // "Les Etats-Unis ont imposé lundi des sanctions … « Maduro est un dictateur », a déclaré
        // McMaster": an act told in the passé composé with no date, by the actor of the last act
        // told before by a verb in the passé composé with a date of the text (or in a quotation or
        // by a subject pronoun, its actor unnamed), goes on with the day of that act, when it is a
        // day or two before the publication; another actor's act (a reaction) too when told in the
        // next sentence and that day is the day before the publication, else it keeps the
        // publication date; so does any act after a pluperfect ("Le 30 juillet, Poutine avait
        // exigé …"), which tells what came before the news. A date of the sentence coarser than a
        // day that dates none of its acts ("au début du XXe siècle") is no date of it.
        let news_day = then.is_none()
            && at_once.is_none()
            && continued.is_none()
            && dated.is_empty()
            && matches!(tense, Some(Tense::Perfect))
            && timexes
                .iter()
                .all(|t| calendar_date(&t.value).is_none_or(|(_, precision, _)| precision != Precision::Day));
        let pronoun = || opens_on_a_subject_pronoun(&text[span.start..report.span.start], lists);
        let quoted = || span.slice(text).trim_start().starts_with(['«', '"', '“']);
        // The act that gives the day of the news to an act of `actor` (its countries; none when
        // the actor goes unnamed): the last act dated by the text, told in the passé composé,
        // when it is a day or two before the publication and that actor's (any actor's for an
        // unnamed one), or the day before it and told in the sentence before (another actor's).
        // An act told on the publication date after it, the actor's ("Netanyahu a rejeté la
        // résolution. Il a aussi annulé la visite") or another named actor's, keeps that date.
        // "Les Emirats ont réduit lundi leur représentation … Bahreïn a également rompu ses
        // relations": an act told in the past in the paragraph of a dated act, with no new date,
        // is of that act's scene, whoever's it is and however far from the publication.
        // Only a scene set a sentence or two before ("Lundi, un adolescent a été tué …" sets none
        // for an appeal five sentences further), by a date of no reported clause (not "a annoncé
        // qu'une réunion se tiendrait jeudi"), exact ("il y a une dizaine de jours" is none), the
        // last date told, in the day (what answers an act of the night is told in
        // the day after).
        let in_its_paragraph = |e: &Event| {
            let Some(t) = e.timex else { return false };
            let tx = &input.timexes[t];
            let scene = input.sentences.partition_point(|s| s.span.end <= tx.span.start);
            let from = input.sentences.get(scene).map_or(tx.span.start, |s| s.span.start);
            scene + SCENE_REACH >= index
                && e.date.as_str() <= dct_value.as_str()
                && !tx.value.ends_with("TNI")
                && !e.approx
                // No date told since ("Les raids ont repris le 22 septembre. Le ministre se rendra
                // lundi à Moscou. « … », a averti l'émissaire").
                && input.timexes.get(t + 1).is_none_or(|next| next.span.start >= span.start)
                && memchr::memchr(b'\n', &text.as_bytes()[tx.span.end..span.start]).is_none()
                && !words::words(&text[from..tx.span.start]).any(words::is_que)
        };
        let marks_the_scene = || words::words(span.slice(text)).any(|w| lists.same_scene.has(&Lower::new(w)));
        let news_day_of = |actor: &[String]| {
            for (at, e) in events.iter().enumerate().rev() {
                // A party of that act's scene: one of its actors ("Trump et Xi se sont mis
                // d'accord vendredi … M. Trump a également accepté …"), or the person they met
                // ("Macron a reçu lundi Poutine … M. Poutine a nié …"; not the country of a
                // place visited).
                let party = |c: &String| {
                    e.source.contains(c)
                        || e.category == "consult"
                            && e.target.contains(c)
                            && directory.has_one_of(&e.people, c)
                };
                let by_actor = !actor.is_empty() && (e.source == actor || actor.iter().all(party));
                let news = |reach| e.date != *dct_value && is_news_day(&e.date, dct, reach);
                if e.date_origin == EventDateOrigin::Timex && e.precision == Precision::Day {
                    // An act of a date told in another sentence (one more act of that day, or
                    // "alors") is no act the text dates: the one that gives its date is further back.
                    let sentence = input.sentences[e.sentence].span;
                    let own = e.timex.is_some_and(|t| {
                        let t = input.timexes[t].span;
                        sentence.start <= t.start && t.end <= sentence.end
                    });
                    // Another actor's act told right after it, the day before the publication (the
                    // day a wire of the next morning tells): "Le Conseil a condamné vendredi … Le
                    // ministre s'est entretenu avec …" goes on with that day, act after act.
                    // A sentence of acts of no actor between them ("Au moins trente soldats ont
                    // été tués.") breaks nothing. Not after an act of the night ("ont tiré dans la
                    // nuit de jeudi à vendredi"): what answers it is told in the day after.
                    let night = e.timex.is_some_and(|t| input.timexes[t].value.ends_with("TNI"));
                    let follows = !actor.is_empty()
                        && !night
                        && (e.sentence + 1 == index
                            || e.sentence + 2 == index
                                && events[at + 1..].iter().all(|o| {
                                    o.sentence == e.sentence || o.source.is_empty() && o.target.is_empty()
                                }));
                    // Another actor's act goes on in the scene when the sentence says it does
                    // ("Bahreïn a également rompu", "a ensuite percuté"); a reaction may be of
                    // the next day.
                    let scene = || in_its_paragraph(e) && (by_actor || marks_the_scene());
                    if !own {
                        if scene() {
                            return Some(at);
                        }
                        // The same actor's act of that day: its day goes on.
                        if by_actor {
                            return news(NEWS_DAY_REACH).then_some(at);
                        }
                        if follows {
                            return news(1).then_some(at);
                        }
                        continue;
                    }
                    if !is_told_in_the_perfect(text, sentence, e.trigger, lists) {
                        continue;
                    }
                    if scene() {
                        return Some(at);
                    }
                    let reach = if actor.is_empty() || by_actor {
                        NEWS_DAY_REACH
                    } else if follows {
                        1
                    } else {
                        return None;
                    };
                    return news(reach).then_some(at);
                }
                // Told on the publication date: the actor's own act, or another's in between
                // ("Vucic a lancé … Son homologue croate a répliqué").
                if by_actor || !e.source.is_empty() {
                    return None;
                }
            }
            None
        };
        let then = at_once.or(continued).or(then);
        let dated = match then {
            Some(dated) => dated,
            None => Dated {
                date: dct_value.clone(),
                precision,
                approx: input.dct_approx || pluperfect,
                origin: EventDateOrigin::PublicationDate,
                timex: None,
            },
        };
        // "a qualifié … de crimes de guerre, et a menacé la Russie de sanctions": a second act
        // verb coordinated with the one told is a second act, of the same date.
        let second = coordinated_act(
            text,
            span,
            hits,
            FirstAct {
                end: act.span.end,
                category: &trigger.form.category,
                decided: is_decided(text, span, act.span, lists),
                trigger: act.span,
            },
            &[],
            &tenses,
            lists,
        )
        .filter(|_| dated.origin == EventDateOrigin::PublicationDate || said_then || told_at_once);
        let second_dated = second.map(|_| dated.clone());
        // "a réclamé un cessez-le-feu, après s'être entretenu avec son homologue saoudien": the
        // act of a past infinitive after "après" is the subject's too, on the same day; whom it
        // is done with is no target of the main act.
        let before_it = hits
            .iter()
            .filter(|h| h.span.start > act.span.end && h.form.class == Class::Act)
            .filter(|h| second.is_none_or(|s| s.span != h.span))
            .find(|h| follows_a_past_infinitive(&text[span.start..h.span.start]))
            .copied();
        let before_dated = before_it.map(|_| dated.clone());
        let mut first = ctx.event(trigger, act, dated);
        let (mut second_dated, mut before_dated) = (second_dated, before_dated);
        let last = news_day
            .then(|| {
                if pronoun() {
                    news_day_of(&antecedent)
                } else if first.source.is_empty() {
                    quoted().then(|| news_day_of(&[])).flatten()
                } else {
                    news_day_of(&first.source)
                }
            })
            .flatten();
        if let Some(last) = last {
            let day = Dated::of(&events[last]);
            second_dated = second_dated.map(|_| day.clone());
            before_dated = before_dated.map(|_| day.clone());
            (first.date, first.precision, first.approx, first.date_origin, first.timex) =
                (day.date, day.precision, day.approx, day.origin, day.timex);
        }
        let second = second
            .zip(second_dated)
            .map(|(verb, dated)| second_event(&ctx, verb, dated, (&first.source, &first.target)));
        let before_it = before_it
            .zip(before_dated)
            .map(|(verb, dated)| second_event(&ctx, verb, dated, (&first.source, &[])));
        if let Some(earlier) = &before_it {
            first.target.retain(|t| !earlier.target.contains(t));
        }
        let absolute: Vec<Event> = absolute_participles(text, hits, act.span.end)
            .map(|h| (h, false))
            .chain(contrasted_acts(text, span, hits, act.span.end, lists).map(|h| (h, true)))
            .filter(|(h, _)| second.as_ref().is_none_or(|s| !s.trigger.contains(h.span)))
            .filter(|(h, _)| before_it.as_ref().is_none_or(|s| !s.trigger.contains(h.span)))
            .map(|(h, contrast)| absolute_event(&ctx, h, act.span.end, Dated::of(&first), contrast))
            .collect();
        let gerund = gerund_act(text, hits, act.span.end)
            .filter(|h| second.as_ref().is_none_or(|s| !s.trigger.contains(h.span)))
            .filter(|h| before_it.as_ref().is_none_or(|s| !s.trigger.contains(h.span)))
            .map(|h| gerund_event(&ctx, h, Dated::of(&first), &first.source));
        events.push(first);
        events.extend(second);
        events.extend(before_it);
        events.extend(absolute);
        events.extend(gerund);
    }
    // Each event's summary, written in a pass of its own once the events are known: its code
    // stays in cache. Events come sentence by sentence, as the breaks were read.
    let mut read = sentence_breaks.iter();
    let mut breaks: Option<(usize, &[summary::SummaryBreak])> = None;
    for event in &mut events {
        while breaks.is_none_or(|(index, _)| index != event.sentence) {
            let Some((index, range)) = read.next() else { break };
            breaks = Some((*index, &all_breaks[range.clone()]));
        }
        if let Some((_, breaks)) = breaks.filter(|&(index, _)| index == event.sentence) {
            event.summary = summary(text, input.sentences[event.sentence].span, breaks, event.trigger);
        }
    }
    events
}

/// A sentence that may make an event: its index, its hits (a range of the article's), its
/// timexes (from `first_timex`, `timexes` of them), and whether it ends on a final stop.
struct Candidate {
    index: usize,
    hits: std::ops::Range<usize>,
    first_timex: usize,
    timexes: usize,
    full_sentence: bool,
    /// Of an undated sentence, the first hit that may be told when it is kept and is no aspect
    /// verb: the one `told` finds first.
    first_told: Option<Span>,
    /// The tenses read while looking for it.
    tenses: KnownTenses,
}

/// The sentences of the article that may make an event, with the hits the rules keep of each,
/// all in one vector.
fn candidate_sentences<'l>(input: &EventInput, verbs: &'l VerbLexicon) -> (Vec<Hit<'l>>, Vec<Candidate>) {
    let text = input.text;
    let lists = &verbs.words;
    // Sized for about a hit kept a sentence, and for the hits of a long sentence: they seldom
    // grow.
    let mut all_hits = Vec::with_capacity(input.sentences.len());
    let mut candidates = Vec::with_capacity(input.sentences.len() / 2);
    let mut hits = Vec::with_capacity(SENTENCE_ROOM);
    let mut timex_cursor = Cursor::default();
    for (index, sentence) in input.sentences.iter().enumerate() {
        if sentence.zone.is_some() {
            continue;
        }
        let span = sentence.span;
        let (first_timex, timexes) = within_from(input.timexes, &mut timex_cursor, span, |t| t.span);
        // With no publication date, only a calendar date of its own dates an act (below): a
        // sentence with none makes no event, and its triggers need no search.
        if input.dct.is_none() && timexes.iter().all(|t| calendar_date(&t.value).is_none()) {
            continue;
        }
        hits.clear();
        verbs.triggers(text, span, &mut hits);
        // "ont réduit lundi leur représentation": a phrase form the date splits.
        if !timexes.is_empty() {
            verbs.phrases_across_dates(text, span, timexes.iter().map(|t| t.span), &mut hits);
        }
        if hits.is_empty() {
            continue;
        }
        // No date of its own: a reported statement, or an act told in a past tense ("a averti",
        // "avaient refusé") or in the present of a full sentence ("Téhéran dément."), is dated by
        // the publication date. A headline (no final stop) only sums up what the body dates.
        let full_sentence =
            words::trimmed_end(span.slice(text)).ends_with(['.', '!', '?', '»', '"', '”', '…']);
        let tenses = KnownTenses::default();
        // A sentence with no date makes an event only if it tells one (`told` in `extract`):
        // when no hit could be told, whichever the rules below rule out, none of them needs
        // reading. Most undated sentences tell none.
        let may_be_told = |h: &Hit| match h.form.class {
            Class::Report => true,
            Class::Act => act_told(text, span, h, full_sentence, &tenses, lists),
            Class::Aspect => is_told_in_the_past(text, span, h.span, lists),
            _ => false,
        };
        let mut first_told = None;
        if timexes.is_empty() {
            first_told = hits.iter().find(|h| may_be_told(h));
            if input.dct.is_none() || first_told.is_none() {
                continue;
            }
        } else if timexes.iter().all(|t| calendar_date(&t.value).is_none()) {
            // Dates that are no calendar dates ("depuis deux ans", "actuellement") date no act:
            // such a sentence makes an event only as an undated one does, and most tell none.
            if input.dct.is_none() || !hits.iter().any(may_be_told) {
                continue;
            }
        }
        // An aspect verb is told only with an act noun kept: `told` reads it again.
        let first_told = first_told.filter(|h| h.form.class != Class::Aspect).map(|h| h.span);
        // "de ne pas se rendre en Turquie", "ni une menace": an act denied is none.
        // "n'a pas commenté l'annonce": a report noun of nothing; "Nos relations sont entrées
        // dans une nouvelle phase": no armed force enters.
        // "Ces discussions devaient commencer jeudi par visioconférence": the act nouns of a
        // clause whose verb is only expected tell no act either, nor do the verbs after it. So
        // for an aspect verb negated ("Les négociations ne commenceront pas avant juin").
        let expected: Vec<(Span, Span)> = hits
            .iter()
            .filter(|h| {
                is_expected(text, span, h)
                    || h.form.class == Class::Aspect && is_negated_right_before(text, span, h.span)
            })
            .map(|h| (h.span, clause_around(text, span, h.span)))
            .collect();
        // "Les Etats-Unis ont ordonné à la Russie de fermer son consulat": an order of an act
        // the lexicon tells (in the clause after it) is that act, done by who orders it.
        let ordering = hits
            .iter()
            .find(|o| is_an_order(text, o))
            .filter(|o| {
                let clause = clause_around(text, span, o.span);
                hits.iter().any(|h| {
                    h.span.start > o.span.end && h.span.end <= clause.end && h.form.class == Class::Act
                })
            })
            .map(|o| o.span);
        hits.retain(|h| {
            Some(h.span) != ordering
                && !signs_a_decree(text, span, h, lists)
                && !convenes_a_body(text, span, h, lists)
                && !abstains_from_a_deed(text, span, h)
                && !postpones(text, span, h, lists)
                && !is_hypothetical(text, span, h, lists)
                // Expected itself (read once, above).
                && !expected.iter().any(|&(verb, _)| verb == h.span && h.form.class.is_verbal())
                && !follows_a_number(text, span, h)
                && !is_expected_subject(text, span, h)
                && !expected.iter().any(|&(verb, c)| {
                    let after = h.span.start >= verb.start && h.form.class != Class::Report;
                    (h.form.class == Class::Noun || after) && c.start <= h.span.start && h.span.end <= c.end
                })
                && !is_denied(text, span, h)
                && !is_a_report_noun_of_nothing(text, span, h)
                && !is_an_unarmed_entry(text, span, h, lists)
                && !is_an_attitude_object(text, span, h, lists)
                && !receives_a_thing(text, span, h, lists)
                && !lacks_its_complement(text, span, h, lists)
                && !is_imperative(text, span, h)
                && !is_a_natural_cause(text, span, h, lists)
                && !names_a_thing(text, span, h)
                && !sets_a_requirement(text, span, h, lists)
                && !passes_a_sentence(text, span, h, lists)
                && !shares_a_feature(text, span, h, lists)
        });
        if hits.is_empty() {
            continue;
        }
        let from = all_hits.len();
        all_hits.extend_from_slice(&hits);
        candidates.push(Candidate {
            index,
            hits: from..all_hits.len(),
            first_timex,
            timexes: timexes.len(),
            full_sentence,
            first_told: first_told.filter(|&told| hits.iter().any(|h| h.span == told)),
            tenses,
        });
    }
    (all_hits, candidates)
}

/// Whether an act verb is told: in a past tense, in the present of a full sentence, decided
/// ("ont décidé de relancer"), or with its reflexive auxiliary.
fn act_told(
    text: &str,
    span: Span,
    h: &Hit,
    full_sentence: bool,
    tenses: &KnownTenses,
    lists: &EventWords,
) -> bool {
    tenses.past_auxiliary(text, span, h.span, lists).is_some()
        // "Les rebelles ont tiré des missiles", "Duterte a reçu l'ambassadeur": a phrase of the
        // lexicon that holds its auxiliary.
        || opens_on_a_past_auxiliary(h.span.slice(text))
        || (full_sentence && is_present_verb(text, span, h.span, lists))
        || is_decided(text, span, h.span, lists)
        || opens_on_a_reflexive_auxiliary(h.span.slice(text))
}

/// Whether `before`, the text of a sentence before a verb told in the past, ends on a subject
/// pronoun and its auxiliary, adverbs between them and the verb aside ("Dans un discours, il a
/// vivement accusé").
fn opens_on_a_subject_pronoun(before: &str, lists: &EventWords) -> bool {
    let mut back = words::words(before).rev();
    let auxiliary = |w: &str| matches!(w, "a" | "ont");
    let adverb = |w: &str| w.ends_with("ment") || lists.between_auxiliary.has(&Lower::new(w));
    back.find(|w| auxiliary(w) || !adverb(w)).is_some_and(auxiliary)
        && back.next().is_some_and(|w| matches!(&*Lower::new(w), "il" | "elle" | "ils" | "elles"))
}

/// The event of an act told in an absolute participial clause after the act ending at `after`:
/// its subject is named between the first comma after that act and the verb ("…, la Russie, la
/// Nouvelle-Zélande et l'Angola s'étant abstenus"), when one is.
/// In a clause of contrast (`contrast`), whom the act is done to is named after the comma too.
fn absolute_event(ctx: &SentenceCtx, verb: Hit, after: usize, dated: Dated, contrast: bool) -> Event {
    let mut event = ctx.event(verb, verb, dated);
    let comma = match contrast {
        true => ctx.text[after..verb.span.start].rfind([',', ';']).map_or(after, |c| after + c),
        false => ctx.text[after..verb.span.start].find(',').map_or(after, |c| after + c),
    };
    if contrast {
        let named_before = |c: &String| ctx.countries().iter().any(|(s, n)| n == c && s.start < comma);
        let named_after = |c: &String| ctx.countries().iter().any(|(s, n)| n == c && s.start > comma);
        event.target.retain(|t| named_after(t) || !named_before(t));
    }
    let subject: Vec<&str> = ctx
        .countries()
        .iter()
        .filter(|(s, _)| s.start > comma && s.end <= verb.span.start)
        .map(|&(_, c)| c)
        .collect();
    if !subject.is_empty() {
        event.source.retain(|c| subject.contains(&c.as_str()));
        for c in subject {
            if !event.source.iter().any(|s| s == c) {
                event.source.push(c.to_string());
            }
        }
        event.source.sort();
        event.target.retain(|t| !event.source.contains(t));
    }
    event
}

/// "Le Tchad a rappelé jeudi son ambassadeur au Qatar, accusant Doha de chercher à déstabiliser
/// le pays": an act verb in the present participle right after the comma that follows the act
/// ending at `after`, no act between, is the subject's second act, of the same date.
fn gerund_act<'l>(text: &str, hits: &[Hit<'l>], after: usize) -> Option<Hit<'l>> {
    let next = hits.iter().find(|h| h.span.start > after);
    next.filter(|h| {
        let word = h.span.slice(text).split(' ').next().unwrap_or_default();
        // Not a judgement that says why ("a mis en garde la Russie, jugeant qu'elle risquait"):
        // the reason of the act, no act of its own.
        h.form.class == Class::Act
            && h.form.category != "statement"
            && word.ends_with("ant")
            && !matches!(word, "étant" | "ayant")
            && text[..h.span.start].trim_end().ends_with(',')
            && text[after..h.span.start].matches(',').count() == 1
    })
    .copied()
}

/// The event of the participle of `gerund_act`: the first act's subject's, on the first country
/// named after it that is not that subject ("accusant Doha de chercher à déstabiliser le pays à
/// partir de la Libye": Qatar), not a country named before it.
fn gerund_event(ctx: &SentenceCtx, verb: Hit, dated: Dated, first_source: &[String]) -> Event {
    let mut event = second_event(ctx, verb, dated, (first_source, &[]));
    if !first_source.is_empty() {
        let after = ctx
            .countries()
            .iter()
            .find(|(s, c)| s.start >= verb.span.end && !first_source.iter().any(|f| f == c));
        event.target = after.map(|(_, c)| c.to_string()).into_iter().collect();
    }
    event
}

/// The act verbs after `after` that open an absolute participial clause set off by a comma, with
/// a subject of their own: "…, la Russie et la Chine s'étant abstenues", "…, Moscou ayant
/// rejeté le texte".
fn absolute_participles<'h, 'l: 'h>(
    text: &'h str,
    hits: &'h [Hit<'l>],
    after: usize,
) -> impl Iterator<Item = Hit<'l>> + 'h {
    hits.iter()
        .filter(move |h| {
            h.span.start > after && h.form.class == Class::Act && text[after..h.span.start].contains(',')
        })
        .filter(move |h| {
            let before = text[..h.span.start].trim_end();
            let word = words::word_before(before);
            // Not the participle of the subject's own clause: "…, ayant rejeté" right after the
            // comma has none of its own.
            let subject = || {
                before
                    .strip_suffix(word)
                    .map(|b| b.trim_end_matches(['\'', '’']).trim_end_matches('s').trim_end())
                    .is_some_and(|b| !b.ends_with(','))
            };
            matches!(words::after_apostrophe(word), "étant" | "ayant") && subject()
        })
        .copied()
}

/// The act verbs told in the past in a clause "ce que" (", ce que Pékin a critiqué") after
/// `after`: the subject and an auxiliary, a few words at most, between "ce que" and the verb.
fn resumptive_acts<'h, 'l: 'h>(
    text: &'h str,
    span: Span,
    hits: &'h [Hit<'l>],
    after: usize,
    tenses: &'h KnownTenses,
    lists: &'h EventWords,
) -> impl Iterator<Item = Hit<'l>> + 'h {
    const SUBJECT_AND_AUXILIARY_WORDS: usize = 5;
    // Few sentences say it: one search of the rest of the sentence rules the others out.
    let at = words::find_by_key(&text.as_bytes()[after..span.end], b", ce qu", 0)
        .map(|at| after + at + ", ce qu".len());
    hits.iter()
        .filter(move |h| {
            at.is_some_and(|at| {
                h.span.start > at
                    && h.form.class == Class::Act
                    && words::at_most_words(&text[at..h.span.start], SUBJECT_AND_AUXILIARY_WORDS)
                    && tenses.past_auxiliary(text, span, h.span, lists).is_some()
            })
        })
        .take(1)
        .copied()
}

/// The acts told in the past in a clause of contrast after the act ending at `after`, with a
/// subject of their own: "Tokyo et Séoul ont condamné les tirs, tandis que Moscou a appelé au
/// calme"; so in a clause after a semicolon ("Santos a dénoncé un traitement « inacceptable » ;
/// Caracas a aussitôt rappelé son ambassadeur"). Few sentences hold "tandis" or ";": a byte
/// search for them rules out the others.
fn contrasted_acts<'h, 'l: 'h>(
    text: &'h str,
    span: Span,
    hits: &'h [Hit<'l>],
    after: usize,
    lists: &'h EventWords,
) -> impl Iterator<Item = Hit<'l>> + 'h {
    let rest = &text[after.min(span.end)..span.end];
    let opens = words::find_by_key(rest.as_bytes(), b", tandis qu", 4)
        .map(|at| after + at + 2)
        .or_else(|| memchr::memchr(b';', rest.as_bytes()).map(|at| after + at + 1));
    hits.iter()
        .filter(move |h| {
            opens.is_some_and(|at| {
                h.span.start > at
                    && matches!(h.form.class, Class::Act | Class::Report)
                    && !text[at..h.span.start].contains([',', ';', '«'])
                    && tense::past_auxiliary(text, span, h.span, lists) == Some(Tense::Perfect)
            })
        })
        .take(1)
        .copied()
}

/// The clause around `act` in `sentence`: from the comma, semicolon, colon or parenthesis
/// before it to the one after it.
fn clause_around(text: &str, sentence: Span, act: Span) -> Span {
    const MARKS: [char; 5] = [',', ';', ':', '(', ')'];
    let start =
        text[sentence.start..act.start].rfind(MARKS).map_or(sentence.start, |i| sentence.start + i + 1);
    let end = text[act.end..sentence.end].find(MARKS).map_or(sentence.end, |i| act.end + i);
    Span::new(start, end)
}

/// The last calendar date of the sentence before the one at `index`, whose first timex is at
/// `first_timex` in the article's timexes.
fn last_date_before(input: &EventInput, index: usize, first_timex: usize) -> Option<Dated> {
    let previous = input.sentences.get(index.checked_sub(1)?)?;
    let before = &input.timexes[..first_timex];
    let at = before.iter().rposition(|t| t.span.start >= previous.span.start)?;
    let tx = &before[at];
    let (date, precision, week_approx) = calendar_date(&tx.value)?;
    Some(Dated {
        date: date.into_owned(),
        precision,
        approx: tx.approximate() || week_approx,
        origin: EventDateOrigin::Timex,
        timex: Some(at),
    })
}

/// Words between the comma that closes a relative aside and the verb after it: its auxiliary
/// and an adverb or two ("…, a aussitôt apporté").
const VERB_AFTER_ASIDE_WORDS: usize = 4;

/// The comma that closes a relative clause set off by commas holding every date of the sentence,
/// from `first` to `last` ("Erdogan, qui avait téléphoné la semaine dernière à Aung San Suu Kyi,
/// a promis …"): the clause opens on a comma and a relative pronoun, and no other comma cuts it.
fn after_a_relative_aside(
    text: &str,
    span: Span,
    bounds: &[usize],
    first: usize,
    last: usize,
) -> Option<usize> {
    let commas = || bounds.iter().copied().filter(|&b| text.as_bytes()[b] == b',');
    let open = commas().take_while(|&b| b < first).last()?;
    let close = commas().find(|&b| b >= last)?;
    let opener = words::words(&text[open + 1..span.end]).next()?;
    let opener = Lower::new(words::before_apostrophe(opener));
    let no_comma_inside = commas().all(|b| b <= open || b >= close);
    (clauses::RELATIVE_PRONOUNS.contains(&&*opener) && no_comma_inside).then_some(close)
}

/// The act verb told in the past right after an aside set off by commas that opens on the
/// participle `participle` ("L'Otan, réunie lundi en urgence à la demande d'Ankara, a condamné"):
/// the participle is said of the subject, the verb after the aside is the sentence's main act.
/// Only for a meeting, which the act told is done at (not "Darboe, condamné en juillet à trois ans
/// de prison, a dénoncé …").
fn verb_after_a_participial_aside<'l>(
    text: &str,
    span: Span,
    bounds: &[usize],
    hits: &[Hit<'l>],
    participle: Hit<'l>,
    lists: &EventWords,
) -> Option<Hit<'l>> {
    if participle.form.class != Class::Act || participle.form.category != "consult" {
        return None;
    }
    // "Réuni en urgence mardi soir à New York, le Conseil de sécurité a condamné": a participle
    // opening the sentence is said of the subject after its comma, the subject before the verb.
    let fronted = opens_on_a_participle(text, span, participle.span);
    if !fronted {
        let open = bounds.iter().copied().rfind(|&b| b < participle.span.start)?;
        if text.as_bytes()[open] != b',' || !is_reduced_relative(text, span, participle.span, open, lists) {
            return None;
        }
    }
    let close = bounds.iter().copied().find(|&b| b >= participle.span.end)?;
    if text.as_bytes()[close] != b',' {
        return None;
    }
    let within = if fronted { SUBJECT_AND_VERB_AFTER_ASIDE_WORDS } else { VERB_AFTER_ASIDE_WORDS };
    hits.iter().find(|h| h.span.start > close).copied().filter(|h| {
        h.form.class == Class::Act
            && words::at_most_words(&text[close + 1..h.span.start], within)
            && !text[close + 1..h.span.start].contains([',', ';', '«'])
            && is_told_in_the_past(text, span, h.span, lists)
    })
}

/// Words between the comma that closes a participial clause opening the sentence and the verb
/// after it: a subject ("le Conseil de sécurité de l'ONU"), its auxiliary and an adverb.
const SUBJECT_AND_VERB_AFTER_ASIDE_WORDS: usize = 9;

/// Whether the sentence opens on the participle `act` ("Réunis en urgence à New York, …").
fn opens_on_a_participle(text: &str, sentence: Span, act: Span) -> bool {
    text[sentence.start..act.start].trim().is_empty()
        && words::words(act.slice(text)).next().is_some_and(is_participle)
}

/// The act a second coordinated verb may follow.
struct FirstAct<'a> {
    /// Where what belongs to it ends: its trigger, or its own date after it.
    end: usize,
    category: &'a str,
    /// An infinitive after a participle of deciding ("ont décidé de relancer").
    decided: bool,
    /// Its trigger: a second verb of the same category must be another verb; told with a past
    /// auxiliary ("avait exigé"), a participle after "et" shares it ("avait exigé le retrait … et
    /// accusé New Delhi").
    trigger: Span,
}

/// The act verb coordinated by "et a" with the act `first` ("a qualifié … et a menacé", "a déclaré
/// vendredi … et a invité"), or by "et de" with a decided infinitive ("ont décidé de relancer … et
/// de lever"), of another category or another verb, with none of `timexes` between them.
fn coordinated_act<'l>(
    text: &str,
    span: Span,
    hits: &[Hit<'l>],
    first: FirstAct,
    timexes: &[Timex],
    tenses: &KnownTenses,
    lists: &EventWords,
) -> Option<Hit<'l>> {
    // "et a tiré" may be one trigger, its auxiliary inside.
    let told_in_the_past = |h: &Hit| {
        tenses.past_auxiliary(text, span, h.span, lists).is_some()
            || is_told_in_the_past(text, span, h.span, lists)
    };
    // "M. Dodon, qui s'était rendu à Moscou, a dénoncé … et a appelé": the verb that "et" joins
    // is the nearest one told, here the main verb after the comma that closes the aside.
    let main_verb_between = |h: &Hit| {
        hits.iter().any(|o| {
            o.span.start >= first.end
                && o.span.end <= h.span.start
                && o.form.class.is_verbal()
                && text[first.end..o.span.start].contains(',')
                && tenses.past_auxiliary(text, span, o.span, lists).is_some()
        })
    };
    hits.iter().filter(|h| h.span.start >= first.end).find_map(|h| {
        let between = &text[first.end..h.span.start];
        let shares_the_auxiliary = || {
            between.trim_end().ends_with(" et")
                && h.span.slice(text).split(' ').next().is_some_and(is_participle)
                && tenses.past_auxiliary(text, span, first.trigger, lists).is_some()
        };
        // "Le Qatar dément tout soutien au terrorisme et dénonce un « blocus »": a verb in the
        // present right after "et", after a first verb in the present, is a second act.
        let in_the_present = |s: Span| {
            let word = s.slice(text).split(' ').next().unwrap_or_default();
            !is_participle(word)
                && !words::looks_infinitive(word)
                && !follows_a_determiner(text, span, s)
                && tenses.past_auxiliary(text, span, s, lists).is_none()
        };
        let both_in_the_present =
            || between.trim_end().ends_with(" et") && in_the_present(first.trigger) && in_the_present(h.span);
        let joined = joins_a_second_verb(between)
            && (told_in_the_past(h) || shares_the_auxiliary() || both_in_the_present())
            || first.decided && joins_a_second_infinitive(between);
        if !joined {
            return None;
        }
        // "a condamné les sanctions et a annoncé des mesures de réciprocité": a report of an act
        // noun tells that act.
        let h = match h.form.class {
            Class::Act => *h,
            Class::Report => {
                let noun = announced_act(text, span, hits, timexes, *h, lists)?;
                Hit { span: h.span, form: noun.form }
            }
            _ => return None,
        };
        ((h.form.category != first.category || !same_verb(first.trigger.slice(text), h.span.slice(text)))
            && !timexes.iter().any(|t| t.span.start >= first.end && t.span.start < h.span.start)
            && !main_verb_between(&h))
        .then_some(h)
    })
}

/// The first act verb after `aspect`, a participle joined to it by "et" with nothing but
/// auxiliaries or adverbs after the "et", the aspect verb told with its auxiliary: "a exprimé sa
/// « surprise » et démenti", "ont affiché leur unité et rejeté".
fn participle_sharing_the_auxiliary<'l>(
    text: &str,
    span: Span,
    hits: &[Hit<'l>],
    aspect: Hit<'l>,
    tenses: &KnownTenses,
    lists: &EventWords,
) -> Option<Hit<'l>> {
    let verb = *hits.iter().find(|h| h.span.start >= aspect.span.end && h.form.class == Class::Act)?;
    let between = &text[aspect.span.end..verb.span.start];
    (between.trim_end().ends_with(" et")
        && joins_a_second_verb(between)
        && verb.span.slice(text).split(' ').next().is_some_and(is_participle)
        && tenses.past_auxiliary(text, span, aspect.span, lists).is_some())
    .then_some(verb)
}

/// Whether two trigger words are forms of one verb ("a condamné … et condamne"): their first
/// letters agree. A second verb of the same category is a second act only when it is another verb
/// ("a vivement protesté et a convoqué l'ambassadeur").
fn same_verb(first: &str, second: &str) -> bool {
    const STEM: usize = 5;
    let (a, b) = (Lower::new(first), Lower::new(second));
    a.chars().take(STEM).eq(b.chars().take(STEM))
}

/// The event a second coordinated act verb tells: its subject is the first act's.
fn second_event(
    ctx: &SentenceCtx,
    verb: Hit,
    dated: Dated,
    (first_source, first_target): (&[String], &[String]),
) -> Event {
    let mut event = ctx.event(verb, verb, dated);
    // "a rencontré son homologue et l'a exhorté à …": the pronoun stands for whom the first act
    // was done to.
    if !first_target.is_empty() && takes_an_object_pronoun(&ctx.text[ctx.span.start..verb.span.start]) {
        event.target = first_target.to_vec();
    }
    // "L'Otan … a condamné … et appelé la Russie": the second verb shares the first's subject,
    // an organisation of no country too.
    if first_source.is_empty() {
        event.source.clear();
    } else {
        event.target.retain(|t| !first_source.contains(t));
        // "… des troupes indiennes et accusé New Delhi": a name before the verb, read as its
        // subject, is none; whom it is done to is the first country after it in its clause.
        if event.target.is_empty() && event.source != first_source {
            let clause_end = ctx.bounds.iter().copied().find(|&b| b > verb.span.end).unwrap_or(ctx.span.end);
            let after = ctx.countries().iter().find(|(s, c)| {
                s.start >= verb.span.end && s.end <= clause_end && !first_source.iter().any(|f| f == c)
            });
            event.target.extend(after.map(|(_, c)| c.to_string()));
        }
        event.source = first_source.to_vec();
    }
    event
}

/// The items (sorted by start, non-overlapping) that lie inside `span`, and the index of the
/// first. Spans come in order: the search starts where the one for the span before stopped, so an
/// article's items are passed over once.
fn within_from<'t, T>(
    items: &'t [T],
    cursor: &mut Cursor,
    span: Span,
    span_of: impl Fn(&T) -> Span,
) -> (usize, &'t [T]) {
    if span.start < cursor.span_start {
        *cursor = Cursor::default();
    }
    cursor.span_start = span.start;
    let mut first = cursor.first;
    while first < items.len() && span_of(&items[first]).start < span.start {
        first += 1;
    }
    cursor.first = first;
    let mut last = first;
    while last < items.len() && span_of(&items[last]).start < span.end {
        last += 1;
    }
    let inside = &items[first..last];
    let end = inside.iter().rposition(|t| span_of(t).end <= span.end).map_or(0, |i| i + 1);
    (first, &inside[..end])
}

/// Where `within_from` stopped: the first item at or after the start of the span it was given.
#[derive(Debug, Default, Clone, Copy)]
struct Cursor {
    span_start: usize,
    first: usize,
}

#[derive(Clone)]
struct Dated {
    date: String,
    precision: Precision,
    approx: bool,
    origin: EventDateOrigin,
    timex: Option<usize>,
}

impl Dated {
    /// The date of an event already made: another act of it, or one told "alors".
    fn of(e: &Event) -> Dated {
        Dated {
            date: e.date.clone(),
            precision: e.precision,
            approx: e.approx,
            origin: e.date_origin,
            timex: e.timex,
        }
    }
}

/// Two dates on one trigger ("violé samedi et dimanche") make one event: a date that only opens a
/// state ("réunis depuis le 30 novembre ont adopté samedi") loses to one that dates the act, then
/// the earliest date wins, and an exact date wins over the same date found approximately. The
/// event (sentence, trigger, date) is built only if it is kept: building one reads its actors.
fn merge_or_push(
    events: &mut Vec<Event>,
    (sentence, trigger, dated): (usize, Span, Dated),
    opens_state: impl Fn(Option<usize>) -> bool,
    build: impl FnOnce(Dated) -> Event,
) {
    // Events come sentence by sentence: only the tail can share this one's sentence.
    let mut same_sentence = events.iter_mut().rev().take_while(|e| e.sentence == sentence);
    if let Some(same) = same_sentence.find(|e| e.trigger == trigger) {
        let (new_opens, old_opens) = (opens_state(dated.timex), opens_state(same.timex));
        let exact_for_approx = dated.date == same.date && same.approx && !dated.approx;
        let replaces =
            if new_opens != old_opens { old_opens } else { dated.date < same.date || exact_for_approx };
        if replaces {
            *same = build(dated);
        }
        return;
    }
    events.push(build(dated));
}

/// The comma closing a phrase of time or cause that opens the sentence ("Après l'attaque de lundi,",
/// "En représailles à l'expulsion de ses diplomates,") and holds what ends at `last`.
fn fronted_phrase_close(text: &str, sentence: Span, last: usize) -> Option<usize> {
    // Compared byte for byte, ASCII case aside: "À" and "à" are both listed.
    const OPENERS: [&str; 8] = [
        "après ",
        "avant ",
        "malgré ",
        "suite à ",
        "à la suite ",
        "À la suite ",
        "au lendemain ",
        "en représailles ",
    ];
    let opening = sentence.slice(text).trim_start().as_bytes();
    let opens = |o: &&str| opening.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o.as_bytes()));
    if !OPENERS.iter().any(opens) {
        return None;
    }
    let phrase_end = sentence.start + memchr::memchr(b',', sentence.slice(text).as_bytes())?;
    if last <= phrase_end {
        return Some(phrase_end);
    }
    // "Après la visite du roi Salmane au Caire, le 23 avril, l'Egypte a fermé": the phrase holds
    // its date set off by commas, a few words.
    const DATE_WORDS: usize = 4;
    let date_from = phrase_end + 1;
    let date_end = date_from + memchr::memchr(b',', &text.as_bytes()[date_from..sentence.end])?;
    (last <= date_end && words::at_most_words(&text[date_from..date_end], DATE_WORDS)).then_some(date_end)
}

/// Whether the quotation open at the end of `before` (the sentence up to a verb quoted in it)
/// speaks in the first person ("« Nous avons rompu", "« J'ai décidé"): the speaker's own act.
fn quoted_in_the_first_person(before: &str) -> bool {
    const FIRST_PERSON: [&str; 6] = ["nous", "je", "on", "notre", "nos", "moi"];
    let open = before
        .rfind(['«', '“', '"'])
        .map_or(0, |at| at + before[at..].chars().next().map_or(0, char::len_utf8));
    words::words(&before[open..]).any(|w| {
        let w = w.trim_start_matches(['«', '“', '"']);
        FIRST_PERSON.iter().any(|p| w.eq_ignore_ascii_case(p))
            || ["j'", "j’", "J'", "J’"].iter().any(|j| w.starts_with(j))
    })
}
