"""Whom a figure is about, wired: nationality, the group of a share, the place — the
decisions that read the document's memory and the sentence around the figure (the mentions
themselves are found by :mod:`claimledger.extract.counting.who`)."""

from __future__ import annotations

import re
from typing import Any

from claimledger.extract.counting import measure as M
from claimledger.extract.counting import phrase as P
from claimledger.extract.counting.frame import Frame
from claimledger.extract.counting.lexicon import Nation
from claimledger.extract.counting.dateline import dateline
from claimledger.extract.counting.who import nearest, place_near
from claimledger.lang.regex import search_word_start

CARRY_NATION_GROUPS = frozenset({"troops"})
# people a country as the clause's actor hosts, lets through or counts, not its own citizens:
# "Italien versorgt 86.000 Flüchtlinge", "Mazedonien lässt Gruppen von 50 Menschen passieren"
HOSTED_GROUPS = frozenset({"refugees", "migrants", "people"})
PARTITIVE_CARRY_CHARS = 250  # how far back "von ihnen" after a share finds the people it divides
SHARE_CARRY_CHARS = 800  # how far a share of people carries to the next share naming nobody
DASH_SLACK = 3  # how far from a clause's start the dash that opens it may stand
_DASH_AT = re.compile(r"\s[\u2013\u2014]\s")  # a spaced en or em dash: punctuation, not a hyphen
_NOUN_AFTER = re.compile(r"[\w-]+[ \u00a0]+([^\W\d_][\w-]*)")  # the noun after an adjective
_CONVERSION = re.compile(r"\([ \u00a0]*(?:[^\W\d]+[ \u00a0]+)?\d")  # "(13,4 Mrd. Euro)", "(rund 440 …)"
# an article opening a sentence, or a clause after a dash, with at most one adjective before
# the noun that follows: "Die Wirtschaft", "– die heimische Wirtschaft"
_ARTICLE_OPENS = re.compile(r"(?:^|[.!?:\u2013\u2014][ \u00a0]+)(\w+)[ \u00a0]+(?:(\w+)[ \u00a0]+)?$")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
DATELINE_CHARS = 60  # how far from its start a dateline's dash may stand
LEDE_CHARS = 600  # how far a country named in the lede keeps a global story in it


def _opener(lex: Any, text: str, headline_end: int, homes: tuple[str, ...]) -> str | None:
    """The country whose name opens the lede right after the dateline's dash ("Hongkong –
    Indien will sich von …"): the lede's actor, as a headline's place, outweighs the newsroom."""
    if not homes:
        return None
    dash = _DASH_AT.search(text, headline_end, min(len(text), headline_end + DATELINE_CHARS))
    m = lex.place_re.match(text, dash.end()) if dash else None
    if m is None or m.group(1) not in lex.country_map:
        return None
    iso = lex.place_map.get(m.group(1))
    return iso if iso not in homes else None


def _lede_global(lex: Any, text: str, headline_end: int, nations: Any) -> bool:
    """Is the story the world's: the first sentence after the dateline sets it in a region
    larger than a country ("Genf – Der UNO fehlt das Geld, um weltweit …") and the headline and
    lede name no country, no people's or country's adjective and no place a preposition
    governs (asked only of a text with a dateline)? Any of them keeps the story in its
    country ("Wien – Weltweit sinkt der Absatz, in Österreich stieg er um …", "Riad – Vor der
    weltweit größten Pilgerfahrt … im saudi-arabischen Mekka")."""
    m = _SENTENCE_END.search(text, headline_end)
    first_end = m.end() if m else len(text)
    if not lex.region_re.search(text, headline_end, first_end):
        return False
    end = min(len(text), headline_end + LEDE_CHARS)
    if nations.sentence(0, end) or any(at < end for at, _ in nations.prep_places()):
        return False  # "im saudi-arabischen Mekka", "die österreichische Politik", "in Genf"
    return not any(span[0] < end and name in lex.country_map for span, name, _ in nations.all_names())


class WhoRules:
    """Part of :class:`~claimledger.extract.counting.analyzer.CountAnalyzer`: nationality,
    share groups and place (its lexicon, text, memory and finders are the analyzer's)."""

    lex: Any
    text: str
    ctx: Any
    nations: Any
    _story: Any
    _story_off_earth: bool  # set with _story: the lede is set off the Earth
    _last_bracket: tuple[int, tuple[int, int]]
    home: str | None = None  # the outlet's country, from the document's metadata
    section_home: str | None = None  # the country of the article's section ("Inland"), metadata

    def _nationality(self, f: Frame, ph: P.Phrase, measure: str, group: str | None, is_person: bool,
                     skip: tuple[int, int] | None, prev: tuple[int, int] | None) -> Nation | None:
        """Whose people are counted: a people's name as the counted noun, a nationality in the
        figure's noun phrase, else in its clause (not as a place: "nach Russland"); for troops
        also the nation the story has been counting, the sentence, and the sentence before."""
        if ph.demonym is not None or ph.named_nation is not None:
            return ph.demonym or ph.named_nation
        nf = self.nations
        np_end = max(ph.np_end, f.unit_end)
        own = nf.nations(f.ss, f.se, f.fig.start, np_end, skip)
        if not own and ph.span is not None and ph.span[1] <= f.fig.start:
            own = nf.nations(f.ss, f.se, ph.span[0], ph.span[1], skip)  # "Staatsbürger Afghanistans (…)"
        if not own and is_person and f.cs > f.ss and self.text[f.cs - 1] == "(":
            ante = P.before_bracket(self.lex, self.text, f.ss, f.cs)  # "… (plus 18.329 auf 35.108 Personen)"
            if ante is not None and ante.span is not None:
                own = nf.nations(f.ss, f.se, ante.span[0], ante.span[1], skip)
                if not own and self._last_bracket[0] == f.ss:
                    named = self._nation_named(ante.span)
                    if named is not None:
                        return named
        if own:
            return own[0].nation
        if not is_person:
            return None
        marked = self._after_marker(self.lex.count_noun_re, f.cs, f.fig.start)
        if marked is not None and marked.demonym is not None:
            return marked.demonym  # "Die Zahl der Syrer stieg auf 33.061 Personen"
        # a people's name elsewhere in the clause counts other people ("… zwischen Afghanen
        # und Syrern"); an adjective or a country as the clause's actor ties it to the figure
        found = [m for m in nf.nations(f.ss, f.se, f.cs, f.ce, skip)
                 if m.kind != "demonym" and not (m.kind == "country" and group in HOSTED_GROUPS)]
        if found:
            return nearest(found, f.fig.start).nation  # type: ignore[union-attr]
        if group not in CARRY_NATION_GROUPS:
            return None
        hint = ph.carried_nation or self.ctx.recent(group)
        if hint is not None:
            return hint
        found = nf.nations(f.ss, f.se, f.ss, f.se, skip)
        if found:
            return nearest(found, f.fig.start).nation  # type: ignore[union-attr]
        if prev is not None:
            # "Nordkorea hat weitere Truppen entsandt. Rund 3.000 Soldaten seien …"
            found = nf.nations(*prev, *prev, None)
            if found:
                return min(found, key=lambda m: m.pos).nation
        return None

    def _anaphor_nation(self, f: Frame) -> str | None:
        """The nationality of the person an age names by age alone ("Der 31-Jährige kehrt …")
        points back to: the one the sentence before opened with."""
        prev = self._prev_sentence
        if prev is None or not self.lex.age_anaphor_re.match(self.text, f.fig.end):
            return None
        n = self._opening_nation(prev)
        return n.iso if n is not None else None

    def _opening_nation(self, prev: tuple[int, int]) -> Nation | None:
        """The nationality of the person a sentence opens with as its subject: a people's name
        ("Der Slowake wechselt …") or a nationality before a person noun ("Turin – Der
        argentinische Stürmer Carlos Tevez verlässt …", "Der US-Schauspieler … ist tot")."""
        ms = [m for m in self.nations.sentence(*prev) if not m.placed]
        if not ms or not self.lex.subject_opener_re.fullmatch(self.text, prev[0], ms[0].pos):
            return None
        m = ms[0]
        if m.kind == "adj":
            noun = _NOUN_AFTER.match(self.text, m.pos)
            if noun is None or not P.names_listed_people(self.lex, noun.group(1)):
                return None
        return m.nation if m.kind in ("adj", "demonym") else None

    def _restated_group(self, f: Frame) -> str | None:
        """A share restating a count of people in another unit is about those people: "ein
        Plus von 115.000 Personen oder 1,3 Prozent", "plus 2,4 Prozent oder 43.236 Personen"."""
        lex, t = self.lex, self.text
        prev_end, prev_group = self.ctx.last_group
        if prev_group and f.ss <= prev_end < f.lead_at and lex.restatement_re.match(t, prev_end, f.lead_at):
            return prev_group
        nxt = f.next_at
        if nxt is None or not lex.restatement_re.match(t, f.unit_end, nxt):
            return None
        ph = P.after_figure(lex, t, nxt, f.se)  # the noun the next figure counts
        if ph is None:
            return None
        return ph.meta(lex).get("group") or ("people" if ph.person or ph.demonym else None)

    def _rival_count(self, f: Frame, group: str | None, measure: str, evidence: str) -> tuple[str | None, str]:
        """A count of unspecified people set against the sentence before ("Die Veranstalter
        schätzten die Zahl der Zuschauer auf eine Million. Die Polizei sprach dagegen von
        600.000 Menschen") is a rival count of the same people, with its group and measure."""
        last, prev = self.ctx.last_people_count, self._prev_sentence
        if group not in (None, "people") or measure != "size" or evidence == "predicate" \
                or last is None or prev is None or last[0] != prev[0] \
                or not self.lex.contrast_re.search(self.text, f.ss, f.se):
            return group, measure
        return last[1], last[2]

    def _share_group(self, f: Frame, ph: P.Phrase, measure: str, group: str | None) -> str | None:
        """A share that names nobody continues the shares of people just counted ("40 Prozent
        der Befragten …, 70 Prozent schätzen …")."""
        if measure != "share":
            return group
        last_at, last_group = self.ctx.last_share_group
        if group is None:
            group = self._partitive_group(f)
        if group is not None:
            self.ctx.last_share_group = (f.fig.start, group)
            return group
        if self._names_a_thing(ph):
            self.ctx.last_share_group = (f.fig.start, None)  # the people counted before end here
        elif self._names_no_one(ph) and last_group and f.fig.start - last_at < SHARE_CARRY_CHARS:
            return last_group
        return group

    def _partitive_group(self, f: Frame) -> str | None:
        """A share of those just counted ("rund 180.000 Menschen. Etwa zehn Prozent von ihnen
        blieben", "über 60 Millionen Nutzern. Rund jeder Vierte davon …"): the group of the
        figure right before, when it counted people and stood close by."""
        if not self.lex.partitive_back_re.match(self.text, f.unit_end):
            return None
        end, group = self.ctx.last_group
        return group if group is not None and 0 <= f.lead_at - end < PARTITIVE_CARRY_CHARS else None

    def _names_a_thing(self, ph: P.Phrase) -> bool:
        """The share's clause opens with its own subject, a thing with its article ("Die
        Wirtschaft wird mit einem Plus von 1,5 Prozent wachsen"), and names no place: the share
        is that thing's, and the people counted before end there. A place ("Die Landeshauptstadt
        Linz überstieg mit einem Plus von 1,7 Prozent"), a share of people ("Der Ausländeranteil
        stieg auf 14,6 Prozent") or a noun inside the clause before ("83 Prozent das Telefonieren
        und 96 Prozent das Schreiben") does not."""
        lex, t = self.lex, self.text
        if ph.span is None or ph.where != "before" or ph.key is not None or ph.person or ph.demonym:
            return False
        s, e = ph.span
        if lex.place_re.search(t, s, e) or lex.share_noun_re.fullmatch(t, s, e):
            return False
        art = _ARTICLE_OPENS.search(t, max(0, s - 40), s)
        if art is None or (art.group(2) and not art.group(2)[0].islower()):
            return False  # the word between article and noun must be an adjective, lower-case
        return art.group(1).lower() in lex.syntax.determiners

    def _names_no_one(self, ph: P.Phrase) -> bool:
        """The share's phrase names no group of its own: nothing, a place or a name it is
        set against ("Eisenstadt (plus 4,2 Prozent)"), or the change itself ("ein Plus von")."""
        if ph.span is None:
            return True
        if ph.key is not None or ph.person or ph.demonym is not None:
            return False
        words = self.text[ph.span[0]:ph.span[1]]
        return (ph.where == "before" or bool(self.lex.place_re.fullmatch(words))
                or bool(self.lex.increment_word_re.fullmatch(words))
                or self.lex.syntax.is_pronoun(words))  # "47 Prozent von ihnen": those just counted

    def _place(self, f: Frame, skip: tuple[int, int] | None,
               prev: tuple[int, int] | None = None) -> str | None:
        """Where the counted happens: the place its bracket follows, none for a bracket after
        an average over countries or a count of countries, a place of the figure's clause, none when the clause is set in a region
        larger than a country or off the Earth, a place of a clause of its sentence before its own, none for a dash's
        continuation of a clause set in such a region, the one "dort" points
        back to, the scene its paragraph opened, else the article's place (dateline or the
        place it names most), else the country of the article's section (metadata: "Inland")."""
        bracketed = self.nations.bracket_place(f.ss, f.lead_at)
        if bracketed:
            return bracketed
        if self.nations.bracket_after_average(f.ss, f.lead_at):
            return None  # "unter dem EU-Schnitt (534)": an average over many countries
        if not f.countable:
            attached = self.nations.attached_place(f.ss, f.lead_at)
            if attached:
                return attached[1]
        lex, t = self.lex, self.text
        if lex.country_count_re.match(t, f.unit_end):
            return None  # "durch 15 Länder", "in 22 EU-Staaten": no one country
        places = self.nations.places(f.ss, f.se)
        keep = self.nations.authorities
        got = place_near(places, *self._bracketed_clause(f), f.fig.start, skip, keep)
        if got:
            return got
        if self.home and lex.home_re.search(t, f.cs, f.ce):
            return self.home  # "um hierzulande etwa 240 Euro"
        if self._placeless(f):
            return None
        # a place of a clause before the figure's sets the scene ("In Wien, wo …, kamen 300");
        # one after it is another fact's or the speaker's ("…, wie er in Chisinau sagte",
        # "…, der kommende Woche in Paris abschlägt", "…, in Deutschland lag das Plus …")
        got = place_near(places, f.ss, f.ce, f.fig.start, skip, keep)
        if got:
            return got
        if self._continues_region(f):
            return None
        if prev is not None and search_word_start(lex.there_re, t, f.cs, f.ce):
            named = self.nations.named_places(*prev)
            if named:
                return named[-1]
        if prev is not None and lex.carried_re.search(t, f.ss, f.se):
            before = self.nations.places(*prev)
            if before:
                return before[-1][1]  # "… nach Griechenland geflüchteten Menschen. Nur noch 335 … waren es"
        para = t.rfind("\n", 0, f.ss) + 1
        scoped = self.nations.opened_scope(para, f.ss)
        if scoped:
            return scoped
        return self._article_place(f)

    def _article_place(self, f: Frame) -> str | None:
        """The article's place for a figure nothing nearer places: its dateline or the place
        it names most (none for a story set off the Earth, or in the world), else the country
        of its section (metadata: "Inland")."""
        t = self.text
        if self._story is False:
            # the dateline is read only for documents whose figures need the article's place
            homes, headline_end = dateline(self.lex, self.text)
            self._story = self.nations.story_place(homes, headline_end, _opener(self.lex, t, headline_end, homes))
            self._story_off_earth = self.nations.lede_off_earth(headline_end)
            if self._story is not None and homes and _lede_global(self.lex, t, headline_end, self.nations):
                self._story = None  # "Genf – Der UNO fehlt das Geld, um weltweit …": the
                # dateline is the agency's seat, the story is the world's
            elif self.section_home and (not homes or self.section_home in homes):
                self._story = self.section_home  # "Inland" set at home: the places its body
                # names are comparisons ("wie das Hartz-IV-System in Deutschland")
        if self._story_off_earth and not M.is_money(f.unit):
            return None  # a story set off the Earth ("die Raumsonde New Horizons …"): its
            # dateline is the agency's newsroom, not where its measurements hold
        if self._story is None:
            return self.section_home  # "Inland": the outlet's country, when nothing says else
        return self._story  # type: ignore[return-value]

    def _bracketed_clause(self, f: Frame) -> tuple[int, int]:
        """The figure's clause for its place, over a bracket of another figure right after it,
        or around it: a conversion does not end the clause ("Schadenersatz von 15 Milliarden Dollar
        (13,4 Milliarden Euro) gegen die Regierung in Washington")."""
        t, cs, ce = self.text, f.cs, f.ce
        close = -1
        if cs > f.ss and t[cs - 1] == "(" and ce < f.se and t[ce] == ")" \
                and M.is_money(f.unit) and _CONVERSION.match(t, cs - 1):
            cs, close = self._clause(f.ss, f.se, cs - 1)[0], ce  # the figure is the bracket's
        elif ce < f.se and t[ce] == "(" and _CONVERSION.match(t, ce) and not t[f.unit_end:ce].strip():
            close = t.find(")", ce, f.se)
        if close > 0:
            m = self.lex.clause_break_re.search(t, close + 1, f.se)
            ce = m.start() if m else f.se
        return cs, ce

    def _continues_region(self, f: Frame) -> bool:
        """Is the figure's clause a dash's continuation of a clause set in a region larger than
        a country ("213.000 Asylanträge in den EU-Staaten – 15 Prozent mehr als im Quartal
        davor")? The continuation compares with the figure before it, so it is in that region
        too, not in the article's country."""
        t = self.text
        return (bool(_DASH_AT.search(t, max(f.ss, f.cs - DASH_SLACK), f.cs + DASH_SLACK))
                and bool(self.lex.region_re.search(t, f.ss, f.cs)))

    def _placeless(self, f: Frame) -> bool:
        """Is the figure's clause set where no country is: a region larger than one ("in
        Lateinamerika", "weltweit", "auf der Erde"), or, for what is not money, a body off the
        Earth ("am Pluto vorüber"; a budget for the space station is still a country's)? The
        clause outweighs a place named in another clause of its sentence ("…, der bei einem
        Kongress in Durban vorgestellt wurde, gab es 3,999 Milliarden Hektar Wald auf der Welt")."""
        lex, t = self.lex, self.text
        if lex.region_re.search(t, f.cs, f.ce):
            return True
        return not M.is_money(f.unit) and bool(lex.placeless_re.search(t, f.cs, f.ce))
