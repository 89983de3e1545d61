//! The actors of an event: who the mentions of a sentence are, and, from them, the countries acting
//! and acted upon — the subject before the verb, after it in an inverted clause, or implicit (a
//! pronoun, an infinitive clause, "ce dernier", "les deux pays").

use super::acts::{
    follows_a_determined_noun, follows_a_determiner, follows_a_noun, is_determiner, is_participle,
    is_reduced_relative, is_said_of_a_noun, reads_as_participle, welcomes,
};
use super::category::category_of;
use super::clauses::{
    boundaries_between, can_invert, clause_opening, infinitive_opener_at_end, is_inverted, is_quoted,
    opening_auxiliary, opens_circumstance, opens_relative, subject_clitic, INFINITIVE_OPENERS,
};
use super::coordination::{
    joined_by_a_comma_and_a_title, joined_by_a_title, joined_by_and, joined_by_and_a_preposition,
    joined_by_and_an_honorific, joined_by_and_of, joins_a_second_verb,
};
use super::lists::EventWords;
use super::parties::{is_left_out, is_towards, is_venue, joins_a_left_out, names_a_text_or_meeting};
use super::tense::{is_passive, past_auxiliary, AUXILIARIES};
use super::triggers::{Class, Hit};
use super::words::{
    after_apostrophe, at_most_words, before_apostrophe, find_by_key, is_que, last_clause, looks_infinitive,
    offset_in, strip_word_at_end, trimmed_end, word_before, words, words_between_marks, Lower,
};
use super::{fronted_phrase_close, Dated, EventInput};
use crate::corpus::{Entity, EntityKind, Event, Mention, MentionKind, Span};
use memchr::memmem;
use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::sync::LazyLock;

/// No act told just before a pronoun: the country of the person the sentence `previous` opens
/// with ("Barack Obama est arrivé dimanche à Cuba. Il doit s'entretenir …"). The article's mentions
/// before `mentions_end` are those up to the pronoun's sentence.
#[inline]
pub(super) fn opening_person_country<'a>(
    input: &EventInput<'a>,
    directory: &Directory<'a>,
    previous: usize,
    mentions_end: usize,
) -> Option<&'a str> {
    let previous = input.sentences.get(previous).filter(|s| s.zone.is_none())?;
    input.mentions[..mentions_end]
        .iter()
        .rev()
        .take_while(|m| m.span.start >= previous.span.start)
        .last()
        .and_then(|m| directory.get(&m.entity))
        .filter(|e| e.kind == EntityKind::Person)
        .and_then(country)
}

/// The article's entities by id: who is a person, and which country an entity stands for.
pub(super) struct Directory<'a> {
    by_id: HashMap<&'a str, &'a Entity, foldhash::fast::FixedState>,
}

impl<'a> Directory<'a> {
    pub(super) fn new(entities: &'a [Entity]) -> Self {
        Directory { by_id: entities.iter().map(|e| (e.id.as_str(), e)).collect() }
    }

    fn get(&self, id: &str) -> Option<&'a Entity> {
        self.by_id.get(id).copied()
    }

    /// Whether one of `people` (entity ids) is of `country`.
    pub(super) fn has_one_of(&self, people: &[String], country_id: &str) -> bool {
        people.iter().any(|p| self.get(p).and_then(country) == Some(country_id))
    }
}

/// The country an entity is, belongs to or stands for — not for places: a city or region is
/// where something happens, not who acts.
fn country(e: &Entity) -> Option<&str> {
    if e.kind == EntityKind::Place {
        return None;
    }
    e.country
        .as_deref()
        .or_else(|| (e.kind == EntityKind::Country).then(|| e.id.trim_start_matches("country:")))
}

/// What the event stage needs to know of a mention.
#[derive(Debug, Clone, Copy)]
pub(super) struct Who<'a> {
    person: bool,
    country: Option<&'a str>,
    /// Not a country in parentheses qualifying a name before it ("le forum de Xiangshan
    /// (Chine)", "le ciel (syrien)").
    can_act: bool,
}

pub(super) struct SentenceCtx<'a, 'l> {
    pub(super) text: &'a str,
    pub(super) span: Span,
    pub(super) index: usize,
    pub(super) hits: &'a [Hit<'l>],
    /// The article's mentions inside the sentence.
    pub(super) mentions: &'a [Mention],
    pub(super) directory: &'a Directory<'a>,
    /// Who each of `mentions` is (`whos_of`).
    pub(super) who: &'a [Who<'a>],
    /// `countries()`, once an event needs them.
    pub(super) countries: OnceCell<Vec<(Span, &'a str)>>,
    /// `requesters()`, once an event needs them.
    pub(super) requesters: OnceCell<Vec<Span>>,
    /// Where the sentence names sponsors or mediators ([`SentenceCtx::aegis`]), read once.
    pub(super) aegis: OnceCell<Option<Span>>,
    pub(super) bounds: &'a [usize],
    /// `is_inverted_report` for each of `hits`, once asked.
    pub(super) inverted_reports: &'a [Cell<Option<bool>>],
    pub(super) antecedent: &'a [String],
    /// The two countries "les deux …" stands for, when the sentences before name two.
    pub(super) pair: &'a [String],
    /// The article's mentions before the sentence.
    pub(super) earlier_mentions: &'a [Mention],
    pub(super) lists: &'a EventWords,
}

/// Who each of `mentions` (those of the sentence `span`) is, in order, appended to `out`. Read for
/// every sentence that may make an event in a pass of its own, ahead of the events: its code
/// stays in cache.
pub(super) fn whos_of<'a>(
    text: &str,
    span: Span,
    mentions: &[Mention],
    directory: &Directory<'a>,
    lists: &EventWords,
    out: &mut Vec<Who<'a>>,
) {
    // Few sentences say "selon": one search of the sentence rules the others out.
    static SELON: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("elon "));
    let selon_from = SELON.find(span.slice(text).as_bytes()).map(|at| span.start + at);
    let from = out.len();
    out.extend(mentions.iter().map(|m| look_up(text, span, directory, lists, m, selon_from)));
    let whos = &mut out[from..];
    // "sans les Israéliens et les Palestiniens": left out together.
    for i in 1..whos.len() {
        let (prev, this) = (&mentions[i - 1], &mentions[i]);
        let left_out = || is_left_out(text[span.start..prev.span.start].trim_end());
        if !whos[i - 1].can_act && left_out() && joins_a_left_out(&text[prev.span.end..this.span.start]) {
            whos[i].can_act = false;
        }
    }
    // "la coalition menée par l'Arabie saoudite": a body led by a country is that
    // country's.
    for i in 1..whos.len() {
        // "arabe menée par l'" is short: a longer stretch needs no reading.
        const LED_BY_BYTES: usize = 36;
        let between = &text[mentions[i - 1].span.end..mentions[i].span.start];
        if between.len() <= LED_BY_BYTES && whos[i].country.is_some() && is_led_by(between, lists) {
            whos[i - 1].country = whos[i].country;
        }
    }
    // "la Cour permanente d'arbitrage de La Haye": a city right after an international
    // body is its seat, no party (but "la Banque centrale de Chypre" is the country's).
    for ((prev, this), who) in mentions.iter().zip(mentions.iter().skip(1)).zip(whos.iter_mut().skip(1)) {
        let between = &text[prev.span.end..this.span.start];
        if (between == " de " || between == " d'" || between == " d’") && who.country.is_some() {
            let body = directory.get(&prev.entity);
            let seat = body.is_some_and(|b| b.kind == EntityKind::Organisation && b.country.is_none())
                && directory.get(&this.entity).is_some_and(|c| c.name != this.span.slice(text));
            if seat {
                who.can_act = false;
            }
        }
    }
}

/// Who `mention`, of the sentence `span`, is. `selon_from`: where the sentence's first "selon" is,
/// if it has one.
fn look_up<'a>(
    text: &str,
    span: Span,
    directory: &Directory<'a>,
    lists: &EventWords,
    mention: &Mention,
    selon_from: Option<usize>,
) -> Who<'a> {
    let entity = directory.get(&mention.entity);
    let preceding = trimmed_end(&text[span.start..mention.span.start]);
    // The text before the sentence when the mention opens it.
    let before = if preceding.is_empty() { trimmed_end(&text[..mention.span.start]) } else { preceding };
    let in_parentheses = || before.ends_with('(') && text[mention.span.end..].trim_start().starts_with(')');
    Who {
        person: entity.is_some_and(|e| e.kind == EntityKind::Person),
        country: entity.and_then(country),
        // "(Syrie)" qualifies a place; "un sommet sans le Royaume-Uni" leaves it out; "selon
        // l'état-major sud-coréen" names who tells, not who acts or is acted upon.
        can_act: !(in_parentheses()
            || is_left_out(preceding)
            || names_a_text_or_meeting(preceding, lists)
            || selon_from.is_some_and(|at| at < mention.span.start) && tells_according_to(preceding)),
    }
}

impl<'a> SentenceCtx<'a, '_> {
    /// Who each mention of the sentence is, in order.
    fn whos(&self) -> &[Who<'a>] {
        self.who
    }

    /// The country of the sentence's mention `i`.
    fn country(&self, i: usize) -> Option<&'a str> {
        self.whos()[i].country
    }

    /// The countries of the mentions that can act, where they are named.
    pub(super) fn countries(&self) -> &[(Span, &'a str)] {
        self.countries.get_or_init(|| {
            // Sized for every mention: no growing.
            let mut countries = Vec::with_capacity(self.mentions.len());
            countries.extend(self.actor_mentions().filter_map(|(i, m)| self.country(i).map(|c| (m.span, c))));
            countries
        })
    }

    /// The countries that ask for the acts of the sentence ("réunie à la demande d'Ankara", "à
    /// l'initiative de Washington, Séoul et Tokyo"), and those joined to them: who asks for an act
    /// is not whom it is done to. The same for each act: read once, when an event first asks.
    fn requesters(&self) -> &[Span] {
        // Few sentences say "demande" or "initiative": a search of the sentence rules the others
        // out, their countries unread.
        static DEMANDE: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("demande"));
        static INITIATIVE: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new("initiative"));
        self.requesters.get_or_init(|| {
            let mut requesters: Vec<Span> = Vec::new();
            let countries = self.countries();
            // The words that ask stand before the country that asks.
            let Some(&(last, _)) = countries.last() else { return requesters };
            let before = &self.text.as_bytes()[self.span.start..last.start];
            if DEMANDE.find(before).is_none() && INITIATIVE.find(before).is_none() {
                return requesters;
            }
            for &(s, _) in countries {
                let joined = requesters.last().is_some_and(|last| {
                    words_between_marks(&self.text[last.end..s.start]).all(|w| {
                        matches!(
                            w,
                            "et" | "de" | "d'" | "d’" | "du" | "des" | "la" | "le" | "les" | "l'" | "l’"
                        )
                    })
                });
                if joined || asks_for_it(&self.text[self.span.start..s.start]) {
                    requesters.push(s);
                }
            }
            requesters
        })
    }

    /// An event reported by `trigger`, whose act is told by `act` (the trigger itself, or the
    /// noun an aspect verb stands for).
    pub(super) fn event(&self, trigger: Hit, act: Hit, dated: Dated) -> Event {
        let noun = act.form.class == Class::Noun;
        let nominal =
            || noun || act.form.class == Class::Act && follows_a_determiner(self.text, self.span, act.span);
        let (source, target) = self
            .agent_after_par(act.span, nominal)
            .or_else(|| if noun { self.nominal_actors(act.span) } else { None })
            .unwrap_or_else(|| self.actors(act));
        let (source, target) = match self.judged_by(trigger, act) {
            Some(judge) => self.judged_actors(trigger, judge, source, target),
            None => (source, target),
        };
        // "Après la rencontre entre Narendra Modi et Nawaz Sharif, Washington a salué": an act noun
        // of a phrase fronted before the main clause has its actors in that phrase.
        let (mut source, mut target) = match fronted_phrase_close(self.text, self.span, act.span.end) {
            Some(close) if nominal() => {
                let in_phrase = |c: &String| self.countries().iter().any(|(s, k)| k == c && s.end <= close);
                (
                    source.into_iter().filter(in_phrase).collect(),
                    target.into_iter().filter(in_phrase).collect(),
                )
            }
            _ => (source, target),
        };
        // A sponsor is no one the act is done to; where a sponsor acts ("l'accord conclu sous l'égide
        // de la Russie et de la Turquie" read with Russia as its maker), the sponsors act together.
        if let Some(aegis) = self.aegis() {
            let sponsor = |c: &String| self.only_named_within(c, aegis);
            if source.iter().any(sponsor) {
                for c in target.iter().filter(|c| sponsor(c)) {
                    if !source.contains(c) {
                        source.push(c.clone());
                    }
                }
                source.sort();
            }
            target.retain(|c| !sponsor(c));
        }
        if target.is_empty() && self.names_a_neighbour(act.span) {
            target.extend(self.neighbour(&source).map(str::to_string));
        }
        let mut people: Vec<String> = (self.mentions.iter().zip(self.whos()))
            .filter(|(_, who)| who.person)
            .map(|(m, _)| m.entity.clone())
            .collect();
        people.sort();
        people.dedup();
        Event {
            sentence: self.index,
            trigger: trigger.span,
            date: dated.date,
            precision: dated.precision,
            approx: dated.approx,
            date_origin: dated.origin,
            timex: dated.timex,
            category: category_of(self.text, self.span, self.hits, trigger, self.lists),
            source,
            target,
            people,
            // Written once the article's events are known (`extract`).
            summary: String::new(),
        }
    }

    /// "l'accord conclu mardi sous l'égide de la Russie et de la Turquie", "sous les auspices de
    /// l'ONU": where the sentence names the sponsors of what it tells, up to the next comma or
    /// semicolon. A sponsor is no one the act is done to.
    ///
    /// So does a mediator named in a circumstance ("avec la médiation de l'Algérie, les troupes du
    /// Mali …", "sous la médiation du Qatar"); not a mediation the act is about ("a salué la
    /// médiation de l'Algérie").
    fn aegis(&self) -> Option<Span> {
        *self.aegis.get_or_init(|| self.find_aegis())
    }

    fn find_aegis(&self) -> Option<Span> {
        static AEGIS: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("sous l"));
        static MEDIATION: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new("médiation d"));
        let sentence = self.span.slice(self.text);
        // The sponsors, from `start`: a list goes on after its commas ("de la Russie, de la
        // Turquie et de l'Iran").
        let sponsors = |start: usize| {
            let mut end = start;
            loop {
                end = sentence[end..].find([',', ';']).map_or(sentence.len(), |e| end + e);
                let next = sentence[end..].trim_start_matches([',', ' ']);
                let listed = ["de ", "du ", "des ", "d'", "d’"].iter().any(|d| next.starts_with(d));
                if !sentence[end..].starts_with(',') || !listed {
                    break;
                }
                end += 1;
            }
            Span::new(self.span.start + start, self.span.start + end)
        };
        let mut from = 0;
        while let Some(at) = AEGIS.find(&sentence.as_bytes()[from..]).map(|at| from + at) {
            let rest = &sentence[at + "sous l".len()..];
            let opening = ["'égide ", "’égide ", "es auspices "].iter().find(|o| rest.starts_with(*o));
            if let Some(opening) = opening {
                return Some(sponsors(at + "sous l".len() + opening.len()));
            }
            from = at + 1;
        }
        let at = MEDIATION.find(sentence.as_bytes())?;
        let before = sentence[..at].trim_end();
        let circumstance = ["avec la", "sous la", "grâce à la", "par la"].iter().any(|o| {
            before.len() >= o.len()
                && before.get(before.len() - o.len()..).is_some_and(|b| b.eq_ignore_ascii_case(o))
        });
        circumstance.then(|| sponsors(at + "médiation ".len()))
    }

    /// Whether every mention of the country `c` in the sentence is within `within`.
    fn only_named_within(&self, c: &str, within: Span) -> bool {
        self.countries()
            .iter()
            .filter(|(_, k)| *k == c)
            .all(|(s, _)| within.start <= s.start && s.end <= within.end)
    }

    /// "a appelé lundi son voisin à respecter le cessez-le-feu": the object of the act, a few
    /// words after it, is "son voisin" (or "sa voisine"), with no nationality after it.
    fn names_a_neighbour(&self, act: Span) -> bool {
        const WITHIN_WORDS: usize = 4;
        // Most acts have no neighbour after them: one search of the bytes rules them out.
        if memmem::find(&self.text.as_bytes()[act.end..self.span.end], b"voisin").is_none() {
            return false;
        }
        let mut previous = "";
        let mut neighbour = None;
        for w in words(&self.text[act.end..self.span.end]).take(WITHIN_WORDS + 2) {
            if w.ends_with([',', ';', '.']) || is_que(w) {
                return false;
            }
            if matches!((previous, w), ("son", "voisin") | ("sa", "voisine")) {
                neighbour = Some(w);
                break;
            }
            previous = w;
        }
        let Some(neighbour) = neighbour else { return false };
        // "son voisin libyen" names it: a demonym mention does.
        let end = offset_in(self.text, neighbour) + neighbour.len();
        !self.mentions.iter().any(|m| m.span.start > end && m.span.start <= end + 1)
    }

    /// The country "son voisin" stands for: the one other than `sources` that the sentence
    /// before it names, when it names one only.
    fn neighbour(&self, sources: &[String]) -> Option<&'a str> {
        let other = |m: &Mention| {
            let c = self.directory.get(&m.entity).and_then(country)?;
            (!sources.iter().any(|s| s == c)).then_some(c)
        };
        let (last, named) = self.earlier_mentions.iter().rev().find_map(|m| Some((m, other(m)?)))?;
        // Where the sentence of that mention opens.
        let from = self.text[..last.span.start].rfind(['.', '\n']).unwrap_or(0);
        let mut in_it = self.earlier_mentions.iter().rev().take_while(|m| m.span.start > from);
        in_it.all(|m| other(m).is_none_or(|c| c == named)).then_some(named)
    }

    /// "Le Niger a condamné l'attaque menée dimanche contre …", "a salué l'accord conclu mardi",
    /// "a dénoncé l'essai effectué par …": an act told as the object of a verb of the clause that
    /// judges it (blames, protests, welcomes) is another's act. Where the judging verb is, if so.
    fn judged_by(&self, trigger: Hit, act: Hit) -> Option<Span> {
        let start = trigger.span.start.min(act.span.start);
        // The verb right before, no other act between but the noun a participle is said of ("a
        // salué l'accord conclu mardi"), and no "de": "dénonce les violations répétées de la trêve
        // entrée en vigueur" blames no truce. Most acts have none before them that judges, and
        // are read no further.
        const OBJECT_WORDS: usize = 6;
        let said_of =
            |h: &Hit| h.form.class == Class::Noun && at_most_words(&self.text[h.span.end..start], 2);
        let judge =
            self.hits.iter().rev().find(|h| h.span.end <= start && h.span != trigger.span && !said_of(h))?;
        // Not a refusal: "Les Colombiens ont rejeté l'accord signé entre le gouvernement et la
        // guérilla" is refused by the parties' own people.
        let judges = matches!(judge.form.class, Class::Act | Class::Report)
            && matches!(judge.form.category.as_str(), "disapprove" | "protest")
            || welcomes(self.text, judge, self.lists);
        if !judges {
            return None;
        }
        let between = self.text.get(judge.span.end..start)?;
        let of = |w: &str| matches!(w, "de" | "du" | "des") || w.starts_with("d'") || w.starts_with("d’");
        if !at_most_words(between, OBJECT_WORDS) || words(between).any(of) {
            return None;
        }
        // A noun, or a participle said of one.
        let object = act.form.class == Class::Noun
            || follows_a_determiner(self.text, self.span, act.span)
            || is_said_of_a_noun(self.text, self.span, self.bounds, trigger.span, self.lists);
        (object && boundaries_between(self.bounds, judge.span.end, start) == 0).then_some(judge.span)
    }

    /// The actors of an act judged by the verb at `judge`: a country only the judging verb's
    /// subject names, before it, is no party to it ("Le Niger a condamné l'attaque …" is no attack
    /// by Niger; but "Les Colombiens ont rejeté l'accord … entre le gouvernement et les FARC de
    /// Colombie" keeps Colombia, named again); it may be the one acted upon ("L'Erythrée a accusé
    /// l'Ethiopie d'avoir lancé une attaque contre ses positions"). An agent after "par", within
    /// a few words of the act, acts ("l'essai effectué mercredi par la Corée du Nord").
    fn judged_actors(
        &self,
        trigger: Hit,
        judge: Span,
        source: Vec<String>,
        target: Vec<String>,
    ) -> (Vec<String>, Vec<String>) {
        const COMPLEMENT_WORDS: usize = 6;
        const AGENT_WITHIN_WORDS: usize = 2;
        let countries = self.countries();
        let only_the_judge_s = |c: &str| {
            countries.iter().any(|(s, k)| *k == c && s.end <= judge.start)
                && !countries.iter().any(|(s, k)| *k == c && s.start >= judge.end)
        };
        let clause_end =
            self.bounds.iter().copied().find(|&b| b >= trigger.span.end).unwrap_or(self.span.end);
        let stretch = &self.text[trigger.span.end..clause_end];
        let agent = find_by_key(stretch.as_bytes(), b" par ", 1).and_then(|par| {
            let from = trigger.span.end + par + " par ".len();
            if !at_most_words(&stretch[..par], COMPLEMENT_WORDS) {
                return None;
            }
            countries
                .iter()
                .find(|(s, _)| s.start >= from && s.end <= clause_end)
                .filter(|(s, _)| at_most_words(&self.text[from..s.start], AGENT_WITHIN_WORDS))
                .map(|c| c.1)
        });
        let source = match agent {
            Some(agent) => vec![agent.to_string()],
            None => source.into_iter().filter(|c| !only_the_judge_s(c)).collect(),
        };
        let target = target.into_iter().filter(|c| !source.contains(c)).collect();
        (source, target)
    }

    /// "à Vienne", "à la Maison-Blanche": a city or an institution after "à" is where the act
    /// takes place; a country's own name after "à" is often whom it is addressed to ("a demandé
    /// au Maroc").
    fn is_place_of_act(&self, m: &Mention) -> bool {
        // "envoyer une délégation à Moscou", "son ambassade à La Havane", "une lettre adressée au
        // Kremlin": the few words before name a way towards it.
        const REACH: usize = 3;
        let towards = || {
            words(&self.text[self.span.start..m.span.start])
                .rev()
                .skip(1)
                .take(REACH)
                .any(|w| is_towards(w, self.lists))
        };
        // "à Skhirat, au Maroc": a country named after a city and a comma is the city's.
        let of_a_city = || locates_a_city(trimmed_end(&self.text[self.span.start..m.span.start]));
        is_venue(self.text, self.span, m.span, self.lists)
            && (self.directory.get(&m.entity).is_some_and(|e| m.span.slice(self.text) != e.name)
                || of_a_city())
            && !towards()
    }

    /// Mentions that can act, with their index among the sentence's.
    fn actor_mentions(&self) -> impl DoubleEndedIterator<Item = (usize, &'a Mention)> + '_ {
        let mentions: &'a [Mention] = self.mentions;
        mentions.iter().enumerate().zip(self.whos()).filter(|(_, who)| who.can_act).map(|(m, _)| m)
    }

    /// Whether the act is a participle of harm said of the noun right before it, which suffers it
    /// as a passive's subject does: "le Boeing malaisien abattu le 17 juillet" is shot down, "des
    /// dix Turcs tués lors de l'assaut de commandos israéliens" are killed, "les diplomates
    /// russes expulsés" expelled. Not forces and what they man or send: "les troupes russes
    /// déployées", "des avions envoyés" act.
    fn harms_the_noun_before(&self, act_hit: Hit) -> bool {
        let act = act_hit.span;
        if act_hit.form.class != Class::Act
            || !matches!(act_hit.form.category.as_str(), "military_action" | "reduce_relations")
            || self.lists.sending.has(&Lower::new(act.slice(self.text)))
            || !follows_a_noun(self.text, self.span, act, self.lists)
        {
            return false;
        }
        // The noun: named by a country's mention that ends right before the participle ("le
        // Boeing malaisien", "dix Turcs"), or a noun after its determiner ("les employés").
        // "la dernière attaque": a noun that ends like a participle.
        let word = act.slice(self.text);
        if word.ends_with("que") || word.ends_with("ques") {
            return false;
        }
        let named = self.named_right_before(act.start).is_some();
        if !named && !follows_a_determined_noun(self.text, self.span, act, self.lists) {
            return false;
        }
        let mut before = words(&self.text[self.span.start..act.start]).rev();
        let armed = |w: &str| self.lists.armed_forces.has(&Lower::new(w));
        let (Some(last), next) = (before.next(), before.next()) else { return false };
        !armed(last) && !next.is_some_and(armed)
    }

    /// The country whose mention ends right before `at`, spaces aside ("dix Turcs tués").
    fn named_right_before(&self, at: usize) -> Option<&'a str> {
        self.countries()
            .iter()
            .rfind(|(s, _)| s.end < at && self.text[s.end..at].bytes().all(|b| b == b' '))
            .map(|c| c.1)
    }

    /// The actors of an act noun: "l'intervention russe en Syrie" is Russia's, on Syria.
    /// So are the acts of an agent after a participle: "les sanctions décidées par Barack Obama".
    fn nominal_actors(&self, noun: Span) -> Option<(Vec<String>, Vec<String>)> {
        let mut after = self.actor_mentions().filter(|(_, m)| m.span.start >= noun.end);
        let (agent, _) = after.next().filter(|(_, m)| {
            let between = &self.text[noun.end..m.span.start];
            m.kind == MentionKind::Demonym && at_most_words(between, 1) || has_an_agent(between)
        })?;
        let source = self.country(agent)?;
        let target = after
            .filter_map(|(i, _)| self.country(i))
            .find(|c| *c != source)
            .map(|c| vec![c.to_string()])
            .unwrap_or_default();
        Some((vec![source.to_string()], target))
    }

    /// The actors of an act noun with its agent after "par" in its clause: "la destruction d'un
    /// bombardier russe par l'aviation turque" is Turkey's, on Russia; "l'annexion de la Crimée
    /// par la Russie" is Russia's. The agent is named within two words of "par"; what the noun's
    /// complement names before it is acted upon. No participle stands between: "par" would be its.
    fn agent_after_par(&self, noun: Span, nominal: impl Fn() -> bool) -> Option<(Vec<String>, Vec<String>)> {
        const COMPLEMENT_WORDS: usize = 6;
        const AGENT_WITHIN_WORDS: usize = 2;
        let clause_end = self.bounds.iter().copied().find(|&b| b >= noun.end).unwrap_or(self.span.end);
        let stretch = self.text.get(noun.end..clause_end)?;
        // Most clauses hold no "par": only the bytes around a "p" are compared.
        let par = find_by_key(stretch.as_bytes(), b" par ", 1)?;
        if !nominal() {
            return None;
        }
        // "son veto à un projet présenté par la France": the agent is the participle's.
        let complement = &stretch[..par];
        if !at_most_words(complement, COMPLEMENT_WORDS)
            || words(complement).any(|w| reads_as_participle(w, self.lists))
        {
            return None;
        }
        let agent_from = noun.end + par + " par ".len();
        let (agent, _) = self.actor_mentions().find(|(_, m)| {
            m.span.start >= agent_from
                && m.span.end <= clause_end
                && at_most_words(&self.text[agent_from..m.span.start], AGENT_WITHIN_WORDS)
        })?;
        let source = self.country(agent)?;
        let target = self
            .actor_mentions()
            .filter(|(_, m)| m.span.start >= noun.end && m.span.end <= noun.end + par)
            .filter_map(|(i, _)| self.country(i))
            .find(|c| *c != source)
            .map(|c| vec![c.to_string()])
            .unwrap_or_default();
        Some((vec![source.to_string()], target))
    }

    /// Countries acting and acted upon. The subject is the country before the act in its clause
    /// ("les Etats-Unis ont refusé …"); in an inverted clause ("…, a regretté mercredi Sergueï
    /// Lavrov") it follows the verb; an act with no subject of its own is the speaker's. In the
    /// passive ("avait été violé") the subject is the one acted upon.
    fn actors(&self, act_hit: Hit) -> (Vec<String>, Vec<String>) {
        let act = act_hit.span;
        let countries = self.countries();
        // The city a meeting or a signing takes place in is no party to it ("se sont mis d'accord
        // à Vienne", "un sommet à Bratislava"), but the one a visit goes to is ("s'est rendu à
        // Moscou"); after a word of saying, "à Londres" is whom it is said to.
        let gathers = matches!(
            act_hit.form.category.as_str(),
            "consult" | "agree" | "cooperate" | "intent_to_cooperate" | "statement" | "reject" | "disapprove"
        );
        // Most acts have no venue: the act's words are read only when one is found.
        let places: Vec<Span> = if gathers {
            // "reproche à Pékin de militariser": a blame right before "à" names whom it is
            // addressed to ("a exclu à Bruxelles" says where a refusal was said).
            // So does support or aid told by a noun ("a apporté son soutien à La Haye"): whom it
            // goes to, not where.
            let addressed = act_hit.form.category == "disapprove"
                || act_hit.form.category == "cooperate" && follows_a_determiner(self.text, self.span, act);
            let is_addressee = |m: &Mention| addressed && is_right_after_a(self.text, act.end, m.span.start);
            let places: Vec<Span> = self
                .actor_mentions()
                .filter(|(_, m)| self.is_place_of_act(m) && !is_addressee(m))
                .map(|(_, m)| m.span)
                .collect();
            if places.is_empty() || is_towards(act_hit.span.slice(self.text), self.lists) {
                Vec::new()
            } else {
                places
            }
        } else {
            Vec::new()
        };
        // The countries that are no place of the act, read in place (no copy).
        // "a suspendu l'accord de prévention des incidents aériens en Syrie": a blame, a refusal or
        // a cut is addressed to someone; a country after "en" is where it applies, not whom — but
        // for a way towards it ("sa visite en Turquie", "ses ambassadeurs en Nouvelle-Zélande").
        const TOWARDS_REACH: usize = 3;
        let addressed = matches!(
            act_hit.form.category.as_str(),
            "disapprove" | "reject" | "reduce_relations" | "protest"
        );
        let located = |s: Span| {
            addressed
                && {
                    // "a protesté contre l'expulsion vers l'Allemagne de sa ministre": whither,
                    // as "en", is where it applies (but flights suspended "vers l'Egypte" are cut
                    // with Egypt).
                    let before = self.text[self.span.start..s.start].trim_end();
                    let bare = before.trim_end_matches(['\'', '’']).trim_end_matches(['l', 'L']).trim_end();
                    let bare = ["la", "le", "les"].iter().find_map(|a| bare.strip_suffix(a)).unwrap_or(bare);
                    before.ends_with(" en")
                        || act_hit.form.category != "reduce_relations" && bare.trim_end().ends_with(" vers")
                }
                && !words(&self.text[self.span.start..s.start])
                    .rev()
                    .skip(1)
                    .take(TOWARDS_REACH)
                    .any(|w| is_towards(w, self.lists))
        };
        // "Erdogan, en visite au Kenya, a averti": an aside on where the subject is travelling
        // names no party to the act.
        let travelling = |s: Span| {
            s.end <= act.start && {
                let open = self.bounds.iter().copied().rfind(|&b| b < s.start).unwrap_or(self.span.start);
                let close = self.bounds.iter().copied().find(|&b| b >= s.end).unwrap_or(self.span.end);
                let mut aside = words(self.text[open..s.start].trim_start_matches(','));
                close <= act.start
                    && (self.text.as_bytes()[open] == b',' || self.text[..open].trim_end().ends_with(','))
                    && aside.next() == Some("en")
                    && aside.next().is_some_and(|w| is_towards(w, self.lists))
            }
        };
        // "se sont réunis dans la capitale russe", "un accord dans la capitale autrichienne": a
        // nationality adjective after a noun of places names where, not whom (but an armed act
        // there is on that country: "ont pénétré dans la ville géorgienne de Gori").
        let placed = |s: Span| {
            act_hit.form.category != "military_action"
                && self.text.as_bytes()[s.start].is_ascii_lowercase()
                && self.lists.place_nouns.has(word_before(&self.text[self.span.start..s.start]))
        };
        let requesters = self.requesters();
        let requested = |s: Span| requesters.contains(&s);
        let targets = || {
            countries.iter().filter(|(s, _)| {
                !places.contains(s) && !located(*s) && !travelling(*s) && !requested(*s) && !placed(*s)
            })
        };
        let first_after = |at: usize, not: Option<&str>| {
            countries.iter().filter(|(s, _)| s.start >= at).map(|c| c.1).find(|c| Some(*c) != not)
        };
        let first_target_after = |at: usize, not: Option<&str>| {
            targets().filter(|(s, _)| s.start >= at).map(|c| c.1).find(|c| Some(*c) != not)
        };
        let last_before = |at: usize, not: Option<&str>| {
            countries.iter().filter(|(s, _)| s.end <= at).map(|c| c.1).rfind(|c| Some(*c) != not)
        };
        // With no better clue, a country named anywhere; not a venue ("se retrouveront à Vienne").
        let any_other = |not: Option<&str>| {
            countries
                .iter()
                .filter(|(s, _)| {
                    !is_venue(self.text, self.span, *s, self.lists)
                        && !located(*s)
                        && !requested(*s)
                        && !placed(*s)
                })
                .map(|c| c.1)
                .find(|c| Some(*c) != not)
        };
        let clause_start = self.bounds.iter().copied().rfind(|&b| b < act.start).unwrap_or(self.span.start);

        // An attribution after the act (", a indiqué l'état-major sud-coréen") names who speaks,
        // not whom the act is on.
        let content_end = self.attribution_after(act).unwrap_or(self.span.end);

        let harmed = self.harms_the_noun_before(act_hit);
        // "a été reçu" may be one trigger.
        let passive = is_passive(&self.text[self.span.start..act.start], self.lists)
            || act.slice(self.text).starts_with("été ")
            || harmed;
        let (sources, target): (Vec<&str>, Option<&str>) = if passive {
            // "L'ambassadeur russe en Turquie a été convoqué": the subject's own country comes
            // first in its clause; what follows it ("en Turquie") complements it.
            // A participle of harm is said of the noun right before it, whatever the clause's
            // subject ("Israël versera … aux familles des dix Turcs tués").
            let subject = match harmed {
                true => self.named_right_before(act.start),
                false => countries
                    .iter()
                    .filter(|(s, _)| s.start >= clause_start && s.end <= act.start)
                    .find(|(s, _)| !is_venue(self.text, self.span, *s, self.lists))
                    .map(|c| c.1)
                    .or_else(|| last_before(act.start, None)),
            };
            // "a été annoncée à Washington par l'ambassadeur saoudien": the agent is named after
            // "par", not at the first name after the participle.
            let par_at =
                find_by_key(&self.text.as_bytes()[act.end..self.span.end], b" par ", 1).map(|p| act.end + p);
            // "adoptée par dix voix pour, la Russie … s'étant abstenus": a name far after "par"
            // is no agent; the first name after the participle was read then, as before.
            const AGENT_WITHIN_WORDS: usize = 3;
            // "tué au Pakistan par une frappe de drone américaine": a nationality adjective of
            // the agent's noun phrase, in its clause, names the agent a few words further.
            const ADJECTIVE_WITHIN_WORDS: usize = 6;
            let near_par = par_at.filter(|&at| {
                let from = at + " par ".len();
                countries.iter().find(|(s, c)| s.start >= from && Some(*c) != subject).is_some_and(
                    |(s, _)| {
                        let between = &self.text[from..s.start];
                        at_most_words(between, AGENT_WITHIN_WORDS)
                            || self.text.as_bytes()[s.start].is_ascii_lowercase()
                                && !between.contains([',', ';', '('])
                                && at_most_words(between, ADJECTIVE_WITHIN_WORDS)
                    },
                )
            });
            // Where the agent is looked for, when there is a "par".
            // A harm said of a noun has its agent near its "par": a later one is another verb's.
            let agent_from = near_par.or(par_at.filter(|_| !harmed).map(|_| act.end));
            // "a été dénoncée par Berlin": the agent named right after the participle acts, even
            // a country the subject's words name too ("l'arrestation du journaliste germano-turc").
            let direct_agent = self.text[act.end..self.span.end]
                .strip_prefix(" par ")
                .and_then(|rest| {
                    let from = self.span.end - rest.len();
                    countries
                        .iter()
                        .find(|(s, _)| s.start >= from && at_most_words(&self.text[from..s.start], 2))
                })
                .map(|c| c.1);
            let (agent, subject) = match direct_agent {
                Some(agent) => (Some(agent), subject.filter(|&s| s != agent)),
                None => (agent_from.and_then(|at| first_after(at, subject)), subject),
            };
            // "Le chargé d'affaires allemand a été convoqué au ministère turc": whoever summons
            // is the state whose building the envoy is summoned to.
            let summoner = || {
                if act_hit.form.category != "protest" {
                    return None;
                }
                let mut after = countries.iter().filter(|(s, _)| s.start >= act.end);
                after
                    .find(|(s, c)| Some(*c) != subject && is_venue(self.text, self.span, *s, self.lists))
                    .map(|c| c.1)
            };
            // A harm said of a noun is done by its agent, or by those a nationality adjective
            // after it names ("lors de l'assaut de commandos israéliens"), not by whatever place
            // is named ("abattu au-dessus de l'est de l'Ukraine").
            let other = || match harmed {
                true => countries
                    .iter()
                    .filter(|(s, c)| s.start >= act.end && Some(*c) != subject)
                    .find(|(s, _)| self.text.as_bytes()[s.start].is_ascii_lowercase())
                    .map(|c| c.1),
                false => any_other(subject),
            };
            let mut sources: Vec<&str> = agent.or_else(summoner).or_else(other).into_iter().collect();
            // "a été salué par Berlin et Ankara": agents joined by "et" act together.
            // "a été suspendu par les quatre pays fondateurs du bloc, l'Argentine, le Brésil, le
            // Paraguay et l'Uruguay": a plural agent the names after its comma spell out.
            let spelt_out = || {
                let (at, agent) = (par_at?, agent?);
                let from = at + " par ".len();
                let (s, _) = countries.iter().find(|(s, c)| s.start >= from && *c == agent)?;
                let before = &self.text[from..s.start];
                let comma = before.rfind(',')?;
                let plural = ["les ", "ses ", "leurs "].iter().any(|p| before.starts_with(p));
                (plural && !before[..comma].contains(',') && joined_by_and(&before[comma..])).then_some(at)
            };
            if let (Some(agent), Some(at)) = (agent, near_par.or_else(spelt_out)) {
                if let Some(i) = countries.iter().position(|(s, c)| s.start >= at && *c == agent) {
                    let mut end = countries[i].0.end;
                    for &(s, c) in &countries[i + 1..] {
                        if !joined_by_and(&self.text[end..s.start]) {
                            break;
                        }
                        if !sources.contains(&c) && Some(c) != subject {
                            sources.push(c);
                        }
                        end = s.end;
                    }
                }
            }
            // "Theresa May a été reçue à Bruxelles": a meeting with no host named is the guest's
            // visit, its one party.
            if sources.is_empty() && act_hit.form.category == "consult" {
                (subject.into_iter().collect(), None)
            } else {
                (sources, subject)
            }
        } else if is_reduced_relative(self.text, self.span, act, clause_start, self.lists) {
            // "les accords de Minsk, signés en février 2015": the participle is said of the noun
            // before it, not of the sentence's subject; only an agent "par X" acts.
            let clause_end = self.bounds.iter().copied().find(|&b| b > act.end).unwrap_or(self.span.end);
            let by_agent = find_by_key(&self.text.as_bytes()[act.end..clause_end], b" par ", 1).is_some();
            let agent = if by_agent { first_after(act.end, None) } else { None };
            (agent.into_iter().collect(), None)
        } else if clause_start > self.span.start
            && can_invert(self.text, clause_start, act_hit)
            && is_inverted(self.text, self.mentions, clause_start, act, act_hit.form.class == Class::Report)
        {
            // "», a-t-il ajouté" names no one after it: the clitic stands for the actor of the
            // sentences before.
            // ", assure le ministre": the title's holder named before.
            let titled = || {
                let end = self.bounds.iter().copied().find(|&b| b > act.end).unwrap_or(self.span.end);
                self.titled_holder(&self.text[act.end..end], act.start)
            };
            let speaker = first_after(act.end, None)
                .or_else(titled)
                .or_else(|| self.clitic_antecedent(clause_start, act));
            (speaker.into_iter().collect(), last_before(clause_start, speaker).or_else(|| any_other(speaker)))
        } else if let Some(subject) = self.subject(act, clause_start) {
            // A named subject decides: its country and those coordinated with it ("la France et
            // le Royaume-Uni ont demandé"), or none for a subject that is not a state (the UN, an
            // envoy) rather than a country picked elsewhere in the sentence.
            let mut sources = self.coordinated_countries(subject);
            // "La Cédéao « reste mobilisée », assure le ministre": the speaker after the verb.
            if sources.is_empty() {
                sources.extend(self.inverted_title(clause_start, act));
            }
            let other = |c: &&str| !sources.contains(c);
            // "M. Dodon, qui s'était rendu à Moscou, a dénoncé": what a relative clause after the
            // subject names is no party to the main act.
            let subject_end = self.mentions[subject].span.end;
            let in_relative_aside = |s: Span| {
                s.start > subject_end
                    && s.end <= clause_start
                    && self.text[subject_end..].starts_with(',')
                    && opens_relative(self.text, subject_end)
            };
            let content = targets().filter(|(s, _)| s.start < content_end && !in_relative_aside(*s));
            let after = content.clone().filter(|(s, _)| s.start >= act.end).map(|c| c.1).find(other);
            // "a averti Pyongyang … et appelé le Conseil de sécurité à …": a verb joined by "et"
            // to one before has no part in that one's object (what follows the first verb's
            // auxiliary); an aside on the subject still names its party ("Paris, premier
            // partenaire de Rabat, a appelé … et proposé").
            let first_verb_at = || {
                let between = &self.text[subject_end.min(act.start)..act.start];
                words(between)
                    .find(|w| AUXILIARIES.contains(w))
                    .map_or(act.start, |w| offset_in(self.text, w))
            };
            let joined_after = if word_before(&self.text[self.span.start..act.start]) == "et" {
                first_verb_at()
            } else {
                act.start
            };
            let target = after.or_else(|| {
                content
                    .filter(|(s, _)| s.start < joined_after)
                    .map(|c| c.1)
                    .find(other)
                    .filter(|_| !sources.is_empty())
            });
            (sources, target)
        } else if let Some(sources) = self.implicit_subject(act_hit, clause_start) {
            // "Dimanche, il s'entretiendra avec Angela Merkel", "après avoir reçu lundi David
            // Cameron": the subject is a pronoun or the main clause's; whom they meet follows.
            let target = targets()
                .filter(|(s, _)| s.start >= act.end && s.start < content_end)
                .map(|c| c.1)
                .find(|c| !sources.contains(c));
            (sources, target)
        } else {
            // No subject named in the clause: the speaker of the sentence, else a country before.
            // Not a venue ("Accord historique à Paris : les 195 pays … ont adopté").
            let named_before = countries
                .iter()
                .filter(|(s, _)| s.end <= act.start && !is_venue(self.text, self.span, *s, self.lists))
                .map(|c| c.1)
                .next_back();
            // A partner after the act ("devait s'entretenir avec la chancelière allemande") is
            // not its subject.
            let partner = |s: Span| {
                s.start >= act.end
                    && find_by_key(&self.text.as_bytes()[act.end..s.start], b"avec ", 1).is_some()
            };
            // Not in what a report says ("a conclu que le Boeing … venu de Russie").
            // "Selon lui, Moscou respecte …" is said by whoever acts.
            let according = || act.slice(self.text).get(..5).is_some_and(|w| w.eq_ignore_ascii_case("selon"));
            let said = match act_hit.form.class {
                Class::Report if !according() => {
                    self.bounds.iter().copied().find(|&b| b >= act.end).unwrap_or(self.span.end)
                }
                _ => self.span.end,
            };
            let finite = act_hit.form.class == Class::Act
                && past_auxiliary(self.text, self.span, act, self.lists).is_some();
            // "Les manifestants protestaient contre l'exécution du dignitaire chiite", "Le régime
            // accuse les rebelles": a verb after a subject the clause names by a noun; a country
            // after it is its object.
            // Not a participle of no auxiliary ("Le cessez-le-feu négocié … par John Kerry"): it is
            // said of the noun.
            let named_by_a_noun = || {
                matches!(act_hit.form.class, Class::Act | Class::Report)
                    && !words(act.slice(self.text)).next().is_some_and(is_participle)
                    && !follows_a_determiner(self.text, self.span, act)
                    && opens_on_a_determiner(&self.text[clause_start..act.start])
            };
            let finite = finite || named_by_a_noun();
            let elsewhere = countries
                .iter()
                .filter(|(s, _)| {
                    s.start < said && !is_venue(self.text, self.span, *s, self.lists) && !partner(*s)
                })
                // "Le président a dénoncé les frappes russes": a compound verb's unnamed subject
                // stands before it; a country after it is its object.
                .filter(|(s, _)| s.end <= act.start || !finite)
                .map(|c| c.1)
                .next();
            // "Le chef de la diplomatie a rejeté …": the title's holder named before.
            let titled = || {
                let phrase = self.text[clause_start..act.start].trim_start_matches([',', ' ']);
                self.titled_holder(phrase, clause_start).or_else(|| self.inverted_title(clause_start, act))
            };
            let source = self.speaker().or_else(titled).or(named_before).or(elsewhere);
            let target = first_target_after(act.end, source).filter(|_| content_end == self.span.end);
            (source.into_iter().collect(), target.or_else(|| any_other(source)))
        };
        let mut source: Vec<String> = sources.iter().map(|c| c.to_string()).collect();
        source.sort();
        source.dedup();
        let target = match target {
            Some(first) => self.coordinated_targets(first, act, content_end, &sources, &places),
            None => self.pair_after(act_hit, &sources),
        };
        (source, target)
    }

    /// "a appelé les deux pays à la retenue", "s'est entretenu avec les deux dirigeants": the pair
    /// of countries told before, named right after the act (but a source of it), as whom it is on.
    fn pair_after(&self, act: Hit, sources: &[&str]) -> Vec<String> {
        // "a appelé mardi soir les deux …", "avec les deux …": a few words before the pair.
        const WITHIN_WORDS: usize = 4;
        // "a indiqué que les deux pays signeraient": what is reported is said of them, not to them.
        if self.pair.len() != 2 || act.form.class == Class::Report {
            return Vec::new();
        }
        let act = act.span;
        let mut after = words(&self.text[act.end..self.span.end]).take(WITHIN_WORDS + 3);
        let mut previous = "";
        let found = loop {
            let Some(w) = after.next() else { break false };
            if w.ends_with([',', ';', '.']) || is_que(w) {
                break false;
            }
            if w == "deux" && matches!(previous, "les" | "aux" | "des") {
                let noun = |n: &str| {
                    self.lists.pair_nouns.has(&Lower::straight(n.trim_end_matches([',', ';', '.'])))
                };
                break after.next().is_some_and(noun);
            }
            previous = w;
        };
        if !found {
            return Vec::new();
        }
        self.pair.iter().filter(|c| !sources.contains(&c.as_str())).cloned().collect()
    }

    /// The target `first`, with the countries of the mentions joined to its mention after the act
    /// by "et" or commas ("avec ses homologues Serge Sarkissian et Ilham Aliev", "dont l'Iran,
    /// l'Arabie saoudite et la Turquie"); not a source, nor a place of the act.
    fn coordinated_targets(
        &self,
        first: &str,
        act: Span,
        content_end: usize,
        sources: &[&str],
        places: &[Span],
    ) -> Vec<String> {
        let mut out = vec![first.to_string()];
        let mut after =
            self.actor_mentions().filter(|(_, m)| m.span.start >= act.end && m.span.start < content_end);
        let Some((_, mut last)) =
            after.find(|(i, m)| self.country(*i) == Some(first) && !places.contains(&m.span))
        else {
            // "les ambassadeurs d'Espagne, d'Italie et de Suède ont été convoqués": a subject
            // acted upon, before the act, with the countries listed with it.
            self.listed_before(first, act, sources, &mut out);
            out.sort();
            out.dedup();
            return out;
        };
        for (i, m) in after {
            let between = &self.text[last.span.end..m.span.start];
            if !(joined_by_and(between)
                || joined_by_and_an_honorific(between)
                || joined_by_and_a_preposition(between)
                || joined_by_and_of(between, &self.lists.companions)
                // "avec la présidente sud-coréenne Park Geun-hye et le Premier ministre japonais
                // Shinzo Abe": a person named after a title.
                || self.names_a_person(m) && joined_by_a_title(between)
                // The demonym before a name qualifies it ("sud-coréenne Park Geun-hye").
                || last.kind == MentionKind::Demonym && m.kind == MentionKind::Person && between.trim().is_empty())
            {
                break;
            }
            last = m;
            match self.country(i) {
                Some(c) if !sources.contains(&c) && !places.contains(&m.span) => out.push(c.to_string()),
                _ => {}
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The countries listed with the mention of `first` before the act, each after "de"
    /// ("d'Espagne, d'Italie et de Suède"), pushed onto `out`.
    fn listed_before(&self, first: &str, act: Span, sources: &[&str], out: &mut Vec<String>) {
        let before: Vec<(usize, &Mention)> =
            self.actor_mentions().filter(|(_, m)| m.span.end <= act.start).collect();
        let Some(at) = before.iter().position(|(i, _)| self.country(*i) == Some(first)) else { return };
        let joined = |a: &Mention, b: &Mention| listed_after_de(&self.text[a.span.end..b.span.start]);
        let mut from = at;
        while from > 0 && joined(before[from - 1].1, before[from].1) {
            from -= 1;
        }
        let mut to = at;
        while to + 1 < before.len() && joined(before[to].1, before[to + 1].1) {
            to += 1;
        }
        for &(i, _) in &before[from..=to] {
            match self.country(i) {
                Some(c) if !sources.contains(&c) => out.push(c.to_string()),
                _ => {}
            }
        }
    }

    /// Whether `m` is a person's name, or the demonym of the name right after it ("japonais
    /// Shinzo Abe").
    fn names_a_person(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Person
            || m.kind == MentionKind::Demonym
                && self.mentions.iter().any(|n| {
                    n.kind == MentionKind::Person
                        && n.span.start > m.span.end
                        && self.text[m.span.end..n.span.start].trim().is_empty()
                })
    }

    /// The mention that is the act's subject: the nearest one before it in its clause, or the one
    /// just before the comma of an apposition ("Staffan de Mistura, a proposé …").
    fn subject(&self, act: Span, clause_start: usize) -> Option<usize> {
        let before = || self.actor_mentions().filter(|(_, m)| m.span.end <= act.start);
        // A venue ("est arrivé dimanche à La Havane pour une visite", "en France") is where, not
        // who.
        let in_clause = |(_, m): &(usize, &Mention)| {
            m.span.start >= clause_start
                && !is_venue(self.text, self.span, m.span, self.lists)
                && !word_before(&self.text[clause_start..m.span.start]).eq_ignore_ascii_case("en")
        };
        // "un plan visant à encercler Guam de tirs": a name an infinitive acts on is no subject
        // of what follows it.
        let subject_like = |im: &(usize, &Mention)| {
            in_clause(im) && !follows_an_infinitive_of_purpose(&self.text[clause_start..im.1.span.start])
        };
        if let Some((i, nearest)) = before().rev().find(subject_like) {
            let between = &self.text[nearest.span.end..act.start];
            // "avait rencontré les patrons américains avant de se rendre à Washington": an
            // infinitive has the subject of the verb it depends on, not the name before it.
            if let Some(opener) = infinitive_opener_at_end(between) {
                let opener = nearest.span.end + opener;
                let main_verb = self.hits.iter().rev().find(|h| {
                    h.form.class.is_verbal() && h.span.start >= clause_start && h.span.end <= opener
                });
                if let Some(main_verb) = main_verb {
                    return self.subject(main_verb.span, clause_start);
                }
                // "La délégation de Hadi avait quitté le Koweït après avoir signé": a main verb of
                // no act; its subject is the clause's first name, the names after it its objects.
                return before().find(in_clause).map(|(first, _)| first);
            }
            if !joins_a_second_verb(between) {
                return Some(i);
            }
            // "Les Etats-Unis reconnaissent Pékin et ont fermé leur ambassade": the nearest name
            // is the first verb's object; the clause's first subject does both.
            let mut in_clause = before().filter(in_clause);
            let (mut subject, mut last) = in_clause.next()?;
            for (j, m) in in_clause {
                let between = &self.text[last.span.end..m.span.start];
                if !(joined_by_and(between) || joined_by_and_an_honorific(between)) {
                    break;
                }
                (subject, last) = (j, m);
            }
            return Some(subject);
        }
        // The clause opens on its verb: an auxiliary, a reflexive ("s'est rendu"), or the act.
        // Read only after a comma: most clauses open on none.
        let opens_on_verb = || {
            let (first_word, _) = clause_opening(self.text, clause_start, act.start);
            first_word.as_deref().is_none_or(|w| {
                AUXILIARIES.contains(&w) || w == "se" || w.starts_with("s'") || w.starts_with("s’")
            })
        };
        // "à la demande de la Turquie, qui avait réclamé dimanche des poursuites": a relative
        // clause right after a name is that name's.
        let antecedent_end = if self.text[clause_start..].starts_with(", qui ") {
            Some(clause_start)
        } else if self.text[clause_start..].starts_with("qui ") && self.text[..clause_start].ends_with(", ") {
            Some(clause_start - ", ".len())
        } else {
            None
        };
        if let Some(end) = antecedent_end {
            let last = before().rfind(|(_, m)| m.span.end <= end);
            if let Some((i, _)) = last.filter(|(_, m)| m.span.end == end) {
                return Some(i);
            }
        }
        let apposition = self.text[clause_start..].starts_with(',') && opens_on_verb();
        if !apposition {
            return None;
        }
        // The last name before the comma: a name after it, in the clause, is a venue.
        let (last_index, last) = before().rfind(|(_, m)| m.span.end <= clause_start)?;
        let next_to = |m: &Mention, at: usize| {
            self.text[m.span.end..at].trim_matches(|c: char| c.is_whitespace() || c == ',').is_empty()
        };
        // An aside from the comma at `from` to the clause: short, no quotation, and telling no act
        // but by a participle said of the name before it ("L'Iran, accusé par Ryad d'armer les
        // rebelles, a mis en garde") or by a relative clause.
        const APPOSITION_WORDS: usize = 12;
        let is_aside = |from: usize| {
            let between = &self.text[from..clause_start];
            between.starts_with(',')
                && !between.contains(['«', '»', '“', '”', '"'])
                && at_most_words(between, APPOSITION_WORDS)
                && (opens_relative(self.text, from)
                    || !self.hits.iter().any(|h| h.span.start >= from && h.span.end <= clause_start)
                    || words_between_marks(between)
                        .next()
                        .is_some_and(|w| reads_as_participle(w, self.lists)))
        };
        // The name that an aside opening at the comma `from` is said of.
        let head = |from: usize| {
            let (named_index, named) = before().rev().find(|(_, m)| m.span.end <= from)?;
            next_to(named, from).then_some(named_index)
        };
        // "Ghani, qui avait téléphoné jeudi à Nawaz Sharif pour condamner l'attentat, a exhorté":
        // a relative clause set off by commas, whatever it ends on; the subject is the name
        // before it. A byte test first: most clauses have no comma-bound relative before them.
        let is_comma = |b: usize| self.text.as_bytes()[b] == b',';
        if !next_to(last, clause_start) && is_comma(clause_start) {
            let open = self.bounds.iter().copied().rfind(|&b| b < last.span.start && is_comma(b));
            let relative = open.filter(|&open| {
                opens_relative(self.text, open)
                    && !self.bounds.iter().any(|&b| b > open && b < clause_start && is_comma(b))
            });
            if let Some(named) = relative.and_then(head) {
                return Some(named);
            }
        }
        if next_to(last, clause_start) {
            // "Joe Biden, en visite à Ankara, a exigé", "X, qui a rencontré Lavrov, a déclaré", "La
            // Chine, principal allié de Pyongyang, a appelé": the last name belongs to an aside (a
            // venue, a relative clause, a circumstance, a noun's complement); the subject is the
            // name before it.
            // "L'Iran, accusé de soutenir les Houthis, a condamné": an aside opening on a
            // participle is said of the name before it, whatever it ends on.
            let opens_on_participle = |b: usize| {
                words_between_marks(&self.text[b..last.span.start])
                    .next()
                    .is_some_and(|w| reads_as_participle(w, self.lists))
            };
            let aside = self.bounds.iter().copied().rfind(|&b| b < last.span.start).filter(|&b| {
                is_venue(self.text, self.span, last.span, self.lists)
                    || opens_relative(self.text, b)
                    || opens_circumstance(self.text, b)
                    || ((ends_on_a_preposition(&self.text[b..last.span.start]) || opens_on_participle(b))
                        && is_aside(b))
            });
            if let Some(aside) = aside {
                return head(aside);
            }
            // "L'émir du Koweït, cheikh Sabah al-Ahmad al-Sabah, s'est dit prêt": a person of no
            // known country in apposition is the name before the aside.
            if self.country(last_index).is_none() && self.whos()[last_index].person {
                let aside = self.bounds.iter().copied().rfind(|&b| b < last.span.start);
                if let Some(named) = aside.filter(|&b| is_aside(b)).and_then(head) {
                    if self.country(named).is_some() {
                        return Some(named);
                    }
                }
            }
            return Some(last_index);
        }
        // "Barack Obama, dont c'est le dernier sommet, a rencontré", "Cuba et la Norvège, pays
        // garants du processus, ont salué": an aside after the name, that names no one and tells
        // no act.
        if let Some(aside) = self.bounds.iter().copied().find(|&b| b >= last.span.end && b < clause_start) {
            return (next_to(last, aside) && is_aside(aside)).then_some(last_index);
        }
        // "L'Iran, accusé par Ryad d'armer les rebelles, a mis en garde": the last name is inside
        // the aside.
        let aside =
            self.bounds.iter().copied().rfind(|&b| b < last.span.start && self.text.as_bytes()[b] == b',')?;
        head(aside).filter(|_| is_aside(aside))
    }

    /// The countries of a subject the clause does not name: a subject pronoun ("il", "elle")
    /// stands for the last actor of the sentences before; an infinitive clause ("après avoir
    /// reçu", "pour convaincre") shares the subject of the sentence's first verb. Not for a
    /// reporting verb: "Il a ajouté" follows a quote whose speaker the actors do not tell.
    fn implicit_subject(&self, act_hit: Hit, clause_start: usize) -> Option<Vec<&str>> {
        let act = act_hit.span;
        const PRONOUNS: [&str; 4] = ["il", "elle", "ils", "elles"];
        // "il est prévu", "il y a", "il lui est reproché": an impersonal "il".
        const IMPERSONAL: [&str; 15] = [
            "est", "était", "sera", "serait", "y", "n'y", "n'est", "n'était", "faut", "fallait", "s'agit",
            "semble", "lui", "leur", "reste",
        ];
        // The clause up to the act, and the act itself ("après avoir reçu" may be one trigger).
        let words = words_between_marks(&self.text[clause_start..act.end]);
        // The pronouns are ASCII, and no other character lowercases to one of their letters: a
        // word lowercases to a pronoun when it is one, whatever its ASCII case.
        let is_pronoun = |w: &str| w.len() <= 5 && PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p));
        // The first pronoun, and whether the word after it makes it impersonal; else the first
        // two words, for the infinitive openers.
        let (mut pronoun, mut first, mut second) = (None, None, None);
        let mut singular = false;
        for (i, word) in words.enumerate() {
            if pronoun.is_some() {
                pronoun = Some(IMPERSONAL.contains(&&*Lower::straight(word)));
                break;
            }
            if is_pronoun(word) {
                pronoun = Some(false);
                singular = word.len() <= 4;
                continue;
            }
            match i {
                0 => first = Some(Lower::straight(word)),
                1 => second = Some(Lower::straight(word)),
                _ => {}
            }
        }
        // "Ce dernier a exhorté Londres": the person named last.
        const THE_LATTER: [(&str, &str); 4] =
            [("ce", "dernier"), ("cette", "dernière"), ("ces", "derniers"), ("ces", "dernières")];
        if let (Some(one), Some(two)) = (first.as_deref(), second.as_deref()) {
            // "Les deux pays ont décidé", "les deux dirigeants ont convenu": the pair told before.
            if one == "les" && two == "deux" {
                return (self.pair.len() == 2).then(|| self.pair.iter().map(String::as_str).collect());
            }
            // "Le régime a rejeté jeudi la résolution": the state last called "le régime".
            if matches!(one, "le" | "la" | "ce" | "cette") && self.lists.state_nouns.has(two) {
                return self.state_called(two, clause_start).map(|c| vec![c]);
            }
            if THE_LATTER.iter().any(|(a, b)| one == *a && two == *b) {
                const REACH: usize = 12;
                let before = self.mentions.iter().rev().filter(|m| m.span.end <= clause_start);
                let person = before
                    .chain(self.earlier_mentions.iter().rev().take(REACH))
                    .find(|m| self.directory.get(&m.entity).is_some_and(|e| e.kind == EntityKind::Person))?;
                return self.directory.get(&person.entity).and_then(country).map(|c| vec![c]);
            }
        }
        if let Some(impersonal) = pronoun {
            // In a quotation, "il" is whoever the speaker means.
            let quoted = || is_quoted(&self.text[self.span.start..act.start]);
            if impersonal || quoted() {
                return None;
            }
            // In a later clause, the subject the sentence opens with ("Le président français était
            // arrivé à Moscou …, où il avait rencontré Barack Obama").
            if clause_start > self.span.start {
                if let Some(opening) = self.opening_subject(clause_start) {
                    return Some(opening);
                }
            }
            // "Il" is one of them: of two countries, which one is not known.
            if self.antecedent.is_empty() || singular && self.antecedent.len() > 1 {
                return None;
            }
            return Some(self.antecedent.iter().map(String::as_str).collect());
        }
        // The words joined by spaces start with an opener: its first word is the first word,
        // and the second word starts with its second.
        let (first, second) = (first.as_deref().unwrap_or(""), second.as_deref());
        let opens = INFINITIVE_OPENERS.iter().any(|&(one, two)| match two {
            Some(two) => first == one && second.is_some_and(|w| w.starts_with(two)),
            None => first.starts_with(one),
        });
        if !opens || clause_start == self.span.start {
            return None;
        }
        let main_verb = self.hits.iter().find(|h| h.form.class.is_verbal() && h.span.end <= clause_start)?;
        let main_clause =
            self.bounds.iter().copied().rfind(|&b| b < main_verb.span.start).unwrap_or(self.span.start);
        let subject = self.subject(main_verb.span, main_clause)?;
        let sources = self.coordinated_countries(subject);
        (!sources.is_empty()).then_some(sources)
    }

    /// The country of the last name before `clause_start` (in the sentence, then in the article)
    /// that qualifies `noun`: "le régime syrien", "au régime de Kim Jong-un", "du gouvernement
    /// d'Ankara".
    fn state_called(&self, noun: &str, clause_start: usize) -> Option<&'a str> {
        let in_sentence = self.mentions.iter().rev().filter(|m| m.span.end <= clause_start);
        in_sentence.chain(self.earlier_mentions.iter().rev()).find_map(|m| {
            let before = qualified_noun(trimmed_end(&self.text[..m.span.start]))?;
            (&*Lower::new(word_before(before)) == noun)
                .then(|| self.directory.get(&m.entity).and_then(country))?
        })
    }

    /// The countries of the name the sentence opens with, a few words in and before `clause_start`
    /// ("Le président français", "Barack Obama"), when it can act and is no venue.
    fn opening_subject(&self, clause_start: usize) -> Option<Vec<&'a str>> {
        const OPENING_WORDS: usize = 3;
        let (i, first) = self.actor_mentions().next()?;
        let before = &self.text[self.span.start..first.span.start];
        let opens = first.span.end <= clause_start
            && !before.contains(',')
            && at_most_words(before, OPENING_WORDS)
            && !is_venue(self.text, self.span, first.span, self.lists);
        let countries = if opens { self.coordinated_countries(i) } else { Vec::new() };
        (!countries.is_empty()).then_some(countries)
    }

    /// The subject's country, with those of mentions joined to it by "et" or commas.
    fn coordinated_countries(&self, subject: usize) -> Vec<&'a str> {
        let end = self.mentions[subject].span.end;
        // Room for a few: most subjects are coordinated with none, some with one or two.
        let mut out: Vec<&str> = Vec::with_capacity(4);
        out.extend(self.country(subject));
        let mut next_start = self.mentions[subject].span.start;
        // Whether the conjunct after is a person named with a demonym ("chinois Xi Jinping").
        let mut qualified_person = false;
        // The kind of the conjunct after the mention read (the one that starts at `next_start`).
        let mut next_kind = self.mentions[subject].kind;
        // Whether the conjuncts read so far were joined by "et": a list, whose earlier items
        // commas set apart.
        let mut listed = false;
        for (i, m) in self.actor_mentions().filter(|(_, m)| m.span.end <= end).rev().skip(1) {
            let between = &self.text[m.span.end..next_start];
            // "la chancelière allemande, Angela Merkel": a name set off after a title and its
            // demonym is the one it qualifies.
            let apposed = between.trim() == "," && next_kind == MentionKind::Person;
            let joined = if m.kind == MentionKind::Demonym && (between.trim().is_empty() || apposed) {
                // The demonym qualifies the name after it.
                qualified_person = next_kind == MentionKind::Person;
                true
            } else {
                // "Le président français et la chancelière allemande", "Le président français,
                // François Hollande, et la chancelière allemande, Angela Merkel": "et", then the
                // title the demonym after it qualifies.
                let title = (qualified_person && m.kind == MentionKind::Person
                    || next_kind == MentionKind::Demonym
                        && matches!(m.kind, MentionKind::Person | MentionKind::Demonym))
                    && (joined_by_a_title(between.trim_start_matches([',', ' ']))
                        // "Le président malien IBK, son homologue nigérien Mahamadou Issoufou et
                        // le président burkinabè …": a comma, then a title, in a list.
                        || listed && joined_by_a_comma_and_a_title(between));
                qualified_person = false;
                // "Mme Merkel et M. Hollande ont dénoncé …"
                title
                    || joined_by_and(between)
                    || joined_by_and_an_honorific(between)
                    || joined_by_and_of(between, &self.lists.companions)
            };
            if !joined {
                break;
            }
            listed = listed || words(between).any(|w| w == "et");
            out.extend(self.country(i));
            next_start = m.span.start;
            next_kind = m.kind;
        }
        out
    }

    /// Who the subject clitic of an inverted clause opening at `clause_start` on the auxiliary
    /// before `act` stands for ("a-t-il", "ont-elles"): the actor of the sentences before, when
    /// it is one country.
    fn clitic_antecedent(&self, clause_start: usize, act: Span) -> Option<&'a str> {
        let auxiliary = opening_auxiliary(&self.text[clause_start..act.start]).flatten()?;
        subject_clitic(auxiliary)?;
        match self.antecedent {
            [only] => Some(only.as_str()),
            _ => None,
        }
    }

    /// The country of the holder of the title named alone right after `act`, in a clause that
    /// opens on it ("», estime le ministre", ", a assuré le chef de la diplomatie").
    fn inverted_title(&self, clause_start: usize, act: Span) -> Option<&'a str> {
        opening_auxiliary(&self.text[clause_start..act.start])?;
        let end = self.bounds.iter().copied().find(|&b| b > act.end).unwrap_or(self.span.end);
        self.titled_holder(&self.text[act.end..end], act.start)
    }

    /// The country of the holder of the title that `phrase` names alone, with no name nor
    /// nationality ("Le chef de la diplomatie a", "le ministre"): the last person named before
    /// `before` (in the sentence, then in the article) whose role is that title. The foreign
    /// minister's two titles (list `foreign_affairs`) are one; any other title is its head word
    /// (list `person_titles`), the role's first word, and its other words, found in the role. A
    /// bare title is only its holder's named in the same paragraph.
    fn titled_holder(&self, phrase: &str, before: usize) -> Option<&'a str> {
        const HOLDER_REACH: usize = 40;
        const GRAMMAR: [&str; 8] = ["de", "du", "des", "la", "le", "les", "l'", "l’"];
        let mut title =
            words(phrase).map(|w| w.trim_end_matches(|c: char| !super::triggers::is_word_char(c)));
        if !title.next().is_some_and(|w| w.eq_ignore_ascii_case("le") || w.eq_ignore_ascii_case("la")) {
            return None;
        }
        let head = Lower::new(title.next()?);
        if !self.lists.person_titles.has(&head) {
            return None;
        }
        // The title's words up to the verb: an auxiliary, a reflexive one, or the phrase's end.
        let rest = title.take_while(|w| {
            !w.is_empty()
                && !AUXILIARIES.contains(w)
                && *w != "se"
                && !w.starts_with("s'")
                && !w.starts_with("s’")
        });
        let mut content = rest.map(|w| Lower::new(after_apostrophe(w))).filter(|w| !GRAMMAR.contains(&&**w));
        let content: Vec<Lower> = content.by_ref().take(4).collect();
        let foreign = |w: &Lower| self.lists.foreign_affairs.has(w);
        let title_foreign = content.iter().any(foreign);
        let holds = |role: &str| {
            let mut role_words = words(role).map(Lower::new);
            if title_foreign {
                return role_words.any(|w| foreign(&w));
            }
            role_words.next().is_some_and(|first| *first == *head)
                && content.iter().all(|c| words(role).any(|w| *Lower::new(w) == **c))
        };
        // A bare title ("le président", "le ministre") is its holder's only in the paragraph that
        // names them: further back, the article's subject may hold it unnamed ("Le président se
        // rendra à Washington" after Vladimir Poutine was named in a French wire).
        let from = if content.is_empty() {
            memchr::memrchr(b'\n', &self.text.as_bytes()[..before]).map_or(0, |n| n + 1)
        } else {
            0
        };
        let in_sentence = self.mentions.iter().rev().filter(|m| m.span.end <= before);
        let earlier = in_sentence.chain(self.earlier_mentions.iter().rev().take(HOLDER_REACH));
        earlier.take_while(|m| m.span.start >= from).find_map(|m| {
            let person = self.directory.get(&m.entity).filter(|e| e.kind == EntityKind::Person)?;
            person.role.as_deref().filter(|r| holds(r))?;
            country(person)
        })
    }

    /// Where an inverted attribution clause after `act` begins, if there is one.
    fn attribution_after(&self, act: Span) -> Option<usize> {
        let reports = self.hits.iter().enumerate();
        reports.filter(|(_, h)| h.form.class == Class::Report && h.span.start >= act.end).find_map(
            |(i, h)| {
                let start =
                    self.bounds.iter().copied().rfind(|&b| b < h.span.start).filter(|&b| b >= act.end)?;
                self.is_inverted_report(i, start).then_some(start)
            },
        )
    }

    /// `is_inverted` for the report `hits[i]`, whose clause opens at `start` (the boundary before
    /// it): read once per report, as the speaker and each act's content ask it of the same ones.
    fn is_inverted_report(&self, i: usize, start: usize) -> bool {
        let known = &self.inverted_reports[i];
        known.get().unwrap_or_else(|| {
            let inverted = is_inverted(self.text, self.mentions, start, self.hits[i].span, true);
            known.set(Some(inverted));
            inverted
        })
    }

    /// The country of whoever an inverted report quotes ("…, a déclaré le ministre russe").
    fn speaker(&self) -> Option<&str> {
        let (_, report) = self.hits.iter().enumerate().find(|(i, h)| {
            h.form.class == Class::Report && {
                let start = self.bounds.iter().copied().rfind(|&b| b < h.span.start);
                start.is_some_and(|b| self.is_inverted_report(*i, b))
            }
        })?;
        self.actor_mentions()
            .filter(|(_, m)| m.span.start >= report.span.end)
            .find_map(|(i, _)| self.country(i))
            .or_else(|| {
                // "», estime le ministre": the title's holder named before.
                let end = self.bounds.iter().copied().find(|&b| b > report.span.end).unwrap_or(self.span.end);
                self.titled_holder(&self.text[report.span.end..end], report.span.start)
            })
    }
}

/// Whether the text `before` a name ends on the words that make it the one who asks for an act:
/// "à la demande de", "à l'initiative de" (with or without the name's article).
fn asks_for_it(before: &str) -> bool {
    qualified_noun(trimmed_end(before)).is_some_and(|rest| {
        rest.ends_with("à la demande") || rest.ends_with("à l'initiative") || rest.ends_with("à l’initiative")
    })
}

/// Whether the text of an aside up to a name ends on a preposition, maybe with an article, after a
/// word: the name completes a noun of the aside ("principal allié de Pyongyang", "voisines de la
/// Libye", "émissaire de l'ONU pour la Syrie").
fn ends_on_a_preposition(before: &str) -> bool {
    const PREPOSITIONS: [&str; 16] = [
        "de", "du", "des", "d'", "d’", "par", "à", "au", "aux", "avec", "contre", "pour", "envers", "sur",
        "chez", "entre",
    ];
    let before = trimmed_end(before);
    let before = ["la", "le", "les"]
        .iter()
        .find_map(|a| strip_word_at_end(before, a))
        .or_else(|| before.strip_suffix("l'"))
        .or_else(|| before.strip_suffix("l’"))
        .map_or(before, trimmed_end);
    let mut back = words_between_marks(before).rev();
    back.next().is_some_and(|last| PREPOSITIONS.iter().any(|p| last.eq_ignore_ascii_case(p)))
        && back.next().is_some()
}

/// Whether `clause` opens on a determiner and a word after it: "Les manifestants", "L'armée".
fn opens_on_a_determiner(clause: &str) -> bool {
    const DETERMINERS: [&str; 11] = ["le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces"];
    let mut words = words_between_marks(clause);
    let Some(first) = words.next() else { return false };
    let first = Lower::new(first);
    match first.find(['\'', '’']) {
        Some(at) => &first[..at] == "l" && first.len() > at + 3,
        None => DETERMINERS.contains(&&*first) && words.next().is_some(),
    }
}

/// `before`, the text before a name, without the "de" and article that join the name to a noun
/// ("régime de", "gouvernement de la", "régime d'"), if it ends on a word: what the name
/// qualifies ends it.
fn qualified_noun(before: &str) -> Option<&str> {
    fn of(s: &str) -> Option<&str> {
        strip_word_at_end(s, "de")
            .or_else(|| strip_word_at_end(s, "du"))
            .or_else(|| strip_word_at_end(s, "des"))
            .or_else(|| s.strip_suffix(" d'"))
            .or_else(|| s.strip_suffix(" d’"))
    }
    // Every article and "de" ends in one of these bytes: any other last byte leaves `before` as it
    // is, before any suffix is compared.
    if !matches!(
        before.as_bytes().last(),
        Some(b'a' | b'A' | b'e' | b'E' | b's' | b'S' | b'u' | b'U' | b'\'' | 0x99)
    ) {
        let rest = trimmed_end(before);
        return rest.ends_with(char::is_alphabetic).then_some(rest);
    }
    let article = ["la", "le", "les"]
        .iter()
        .find_map(|a| strip_word_at_end(before, a))
        .or_else(|| before.strip_suffix(" l'"))
        .or_else(|| before.strip_suffix(" l’"));
    let rest = match article {
        Some(rest) => strip_word_at_end(trimmed_end(rest), "de")?,
        None => of(before).unwrap_or(before),
    };
    let rest = trimmed_end(rest);
    rest.ends_with(char::is_alphabetic).then_some(rest)
}

/// Whether `before`, the text before a country, ends on "à", a name and a comma, then "au", "aux"
/// or "en": "à Skhirat, au Maroc", "à Carthagène, en Colombie".
fn locates_a_city(before: &str) -> bool {
    const NAME_WORDS: usize = 3;
    let Some(rest) = ["au", "aux", "en"].iter().find_map(|p| strip_word_at_end(before, p)) else {
        return false;
    };
    let Some(rest) = trimmed_end(rest).strip_suffix(',') else { return false };
    let mut named = false;
    for w in words(rest).rev().take(NAME_WORDS + 1) {
        if w == "à" || w == "À" {
            return named;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        named = true;
    }
    false
}

/// Whether the text of the sentence before a mention ends on "selon" and a few words of its clause:
/// "selon l'état-major sud-coréen", "selon un communiqué du ministère qatari".
fn tells_according_to(preceding: &str) -> bool {
    const REACH: usize = 5;
    // "selon" and the few words after it fit in the last bytes: only they are read.
    const TAIL_BYTES: usize = 64;
    let mut from = preceding.len().saturating_sub(TAIL_BYTES);
    while !preceding.is_char_boundary(from) {
        from += 1;
    }
    words(last_clause(&preceding[from..])).rev().take(REACH).any(|w| w.eq_ignore_ascii_case("selon"))
}

/// Whether `between`, the text from a name to the next, is a participle of leading and "par":
/// "menée par l'", "dirigée par les", "arabe menée par l'".
fn is_led_by(between: &str, lists: &EventWords) -> bool {
    let mut words = words(between).peekable();
    // "la coalition arabe menée par": an adjective of the body's name may come first.
    if words.peek().is_some_and(|w| !lists.led_by.has(w) && w.chars().all(char::is_lowercase)) {
        words.next();
    }
    words.next().is_some_and(|w| lists.led_by.has(w))
        && words.next() == Some("par")
        && words.all(|w| matches!(w, "le" | "la" | "les" | "l'" | "l’"))
}

/// Whether only "à", "au" or "aux" stand between `end` and `start`.
fn is_right_after_a(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start)
        .is_some_and(|between| matches!(between.trim(), "à" | "au" | "aux" | "à la" | "à l'" | "à l’"))
}

/// Whether `between`, the text from an act noun to a name, is a participle and its agent:
/// "décidées par", "menées par le".
fn has_an_agent(between: &str) -> bool {
    let mut words = words(between);
    let participle = words.next().filter(|w| w.chars().all(char::is_lowercase) && is_participle(w));
    participle.is_some()
        && words.next() == Some("par")
        && words.all(|w| matches!(w, "le" | "la" | "les" | "l"))
}

/// Whether `before` (the clause up to a name) ends on an infinitive after "à", "de" or "pour",
/// maybe with a determiner between: "visant à encercler", "afin d'isoler les", "pour convaincre l'".
fn follows_an_infinitive_of_purpose(before: &str) -> bool {
    let mut words = words(before).rev();
    let mut word = words.next();
    if word.is_some_and(|w| is_determiner(before_apostrophe(w))) {
        word = words.next();
    }
    let Some(word) = word else { return false };
    // "d'isoler": the preposition is elided onto the infinitive.
    let verb = after_apostrophe(word);
    let elided_de = verb.len() < word.len() && before_apostrophe(word) == "d";
    let infinitive = verb.chars().all(char::is_lowercase) && looks_infinitive(verb);
    infinitive && (elided_de || words.next().is_some_and(|w| matches!(w, "à" | "de" | "pour")))
}

/// Whether `between` two names joins them in a list of complements: ", d'", " et de ", ", du ",
/// " et des " ("les ambassadeurs d'Espagne, d'Italie et de Suède").
fn listed_after_de(between: &str) -> bool {
    let rest = between.trim();
    let Some(rest) = rest.strip_prefix(',').or_else(|| rest.strip_prefix("et ")).map(str::trim_start) else {
        return false;
    };
    let rest = rest.strip_prefix("et ").unwrap_or(rest);
    ["d'", "d’", "de", "du", "des", "de l'", "de l’", "de la"].contains(&rest)
}
