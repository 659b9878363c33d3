"""Stage 3 of counting: whom a figure is about — group, nationality, place.

A nationality or place counts only where the text ties it to the figure: in the counted phrase
("österreichische Soldaten", "8.000 Syrer"), in the figure's clause ("Nordkorea entsandte
11.000 Soldaten", "in Tirol"), or through a scope the text opened before (the place a passage
is about, a dateline). A nation named in another clause or topic of the sentence ("… zwischen
Afghanen und Sudanesen") is not who the figure counts, and a nation inside the source mention
("laut südkoreanischem Geheimdienst") never is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claimledger.extract.counting.lexicon import CountLexicon, Nation
from claimledger.extract.counting.phrase import names_listed_people
from claimledger.lang.regex import finditer_word_start


# a word before another one, both capitalised (checked in code): "Wiener Philharmoniker" (a
# place's adjective takes no ending in German and keeps its capital)
_ADJECTIVE_BEFORE_NOUN = re.compile(r"\b([^\W\d_]{3,})(?=[ \u00a0]+([^\W\d_]))")
_WORD = re.compile(r"\w+")
# a nationality adjective (with a prefix such as "US-" or "nord") and the noun right after it
_NOUN_AFTER_ADJ = re.compile(r"[\w-]+[ \u00a0]+([^\W\d_][\w-]*)")
_LAST_WORD = re.compile(r"(\w+)[ \u00a0]+$")
_NEXT_WORD = re.compile(r"[^\W\d]\w*(?:-\w+)*\s+")  # "im Pazifik-Inselstaat Nauru"
_SENTENCE_GAP = re.compile(r"[.!?:–—][\s\u00a0]+$|\n\s*$")
DATELINE_WEIGHT = 3  # a dateline outweighs two mentions in the body
HEADLINE_WEIGHT = 4  # a place the headline names outweighs the dateline
STORY_MIN_MENTIONS = 2  # the article's place is named twice, or once in its lede
LEDE_CHARS = 600
# a country's thing ("die österreichische Fernsehlandschaft") counts as one of its place names
# only in an article naming places of at most this many countries: among many, a national
# institution ("am Deutschen Zentrum für Infektionsforschung") is one voice of an international story
THINGS_MAX_COUNTRIES = 2


_COMPOUND_REST = re.compile(r"[^\W\d_]\w*(?!-)")  # the rest of a compound after its "US-" (one part)


@dataclass
class Mention:
    pos: int
    nation: Nation
    kind: str       # adj | country | demonym
    placed: bool    # governed by a preposition of place ("nach Russland")


class NationFinder:
    """Nationality and place mentions of one document, cached per sentence."""

    def __init__(self, text: str, lex: CountLexicon) -> None:
        self.text = text
        self.lex = lex
        self._cache: dict[tuple[int, int], tuple[list[Mention], list[tuple[int, str]]]] = {}
        self._preps: list[tuple[int, str]] | None = None  # places after prepositions, in order
        self._prep_starts: list[int] | None = None  # their offsets, for bisection
        self._names: list[tuple[tuple[int, int], str, str]] | None = None  # every place name
        self.authorities: set[int] = set()  # offsets of a country's authority's adjective
        self.weak_hints = True  # may the article's country be read from its things, all places of one country

    def sentence(self, ss: int, se: int) -> list[Mention]:
        return self._scan(ss, se)[0]

    def _scan(self, ss: int, se: int) -> tuple[list[Mention], list[tuple[int, str]]]:
        """Nationality words and places of a sentence, in one pass of one regex (four passes
        of four alternations cost most of counting's time). Cached in a dict, not one slot:
        a figure also looks at the sentence before its own."""
        got = self._cache.get((ss, se))
        if got is not None:
            return got
        mentions: list[Mention] = []
        places: list[tuple[int, str]] = []
        lex, t = self.lex, self.text
        for m in finditer_word_start(lex.where_re, t, ss, se):
            kind = m.lastgroup or ""
            name = m.group(kind)
            before = t[max(ss, m.start() - 25):m.start()]
            dest = bool(lex.destination_re.search(before))
            if dest and kind in ("country", "place") and self._not_the_scene(ss, m.start()):
                continue  # "aus Leonberg in Deutschland": where he is from; "an der Grenze zur
                # Türkei": the neighbour of where it happens
            if kind in ("country", "place") and dest and name in lex.place_map:
                places.append((m.start(), lex.place_map[name]))
            if kind == "place":
                continue
            n = nation_at(lex, name, kind)
            if kind == "prefix" and not self._people_after(m.end()):
                continue  # "US-Dollar", "US-Open": only the nation's people ("US-Soldaten") are its
            if n:
                placed = kind != "demonym" and (dest or bool(lex.origin_re.search(before)))
                if kind == "adj" and n.iso and lex.authority_noun_re.match(t, m.end()):
                    places.append((m.start(), n.iso))  # "die griechische Küstenwache rettete …"
                    self.authorities.add(m.start())  # a place even inside the source mention
                    continue
                # a compound's prefix ("US-Soldaten") says whose the people are, as an adjective does
                mentions.append(Mention(m.start(), n, "adj" if kind == "prefix" else kind, placed))
                if kind == "adj" and n.iso and (dest or lex.place_noun_re.match(t, m.end())):
                    places.append((m.start(), n.iso))  # "an die russische Front", "die griechische Insel"
        self._cache[(ss, se)] = (mentions, places)
        return mentions, places

    def _not_the_scene(self, ss: int, pos: int) -> bool:
        """Is the place at ``pos`` an origin's location or a neighbour across a border?"""
        return self._locates_origin(ss, pos) or bool(self.lex.neighbour_re.search(self.text, max(ss, pos - 50), pos))

    def _locates_origin(self, ss: int, pos: int) -> bool:
        """Does the place at ``pos`` locate an origin named right before it ("aus Leonberg in
        Deutschland", "aus Bozen in Südtirol")?"""
        oc = self.lex.origin_chain_re.search(self.text, max(ss, pos - 50), pos)
        return oc is not None and all(w[:1].isupper() for w in oc.group(1).split())

    def _people_after(self, pos: int) -> bool:
        """Does the rest of the compound at ``pos`` name people ("-Soldaten", "-Journalistin")?"""
        m = _COMPOUND_REST.match(self.text, pos)
        if m is None:
            return False
        return names_listed_people(self.lex, m.group())

    def nations(self, ss: int, se: int, start: int, end: int, skip: tuple[int, int] | None
                ) -> list[Mention]:
        """Nationality mentions in [start, end), minus those inside the source mention and
        those governed by a preposition of place or origin (a place is not who is counted)."""
        return [m for m in self.sentence(ss, se)
                if start <= m.pos < end and not m.placed
                and not (skip and skip[0] <= m.pos < skip[1])]

    def places(self, ss: int, se: int) -> list[tuple[int, str]]:
        """Places of a sentence as (offset, ISO code), where a preposition of place governs
        them ("in Tirol", "nach Russland", "an die russische Front"): a bare name is as often
        the government or a team ("Seoul spricht von …", "Salzburg gewann") as the place where
        something happens, and "aus Mazedonien" is an origin."""
        return self._scan(ss, se)[1]

    def named_places(self, ss: int, se: int) -> list[str]:
        """Every place and country a sentence names, governed by a preposition or not, in
        order: what "dort" in the next sentence may point back to."""
        lex = self.lex
        return [lex.place_map[m.group(1)] for m in lex.place_re.finditer(self.text, ss, se)
                if m.group(1) in lex.place_map]

    def _prep_places(self) -> list[tuple[int, str]]:
        """Every preposition of place followed by a place (or by one word and a place: "im
        Himalayastaat Bhutan"), as (offset of the preposition, ISO code), found once a
        document. Only the words right after a preposition are tried as places: scanning the
        whole text with the place alternation costs more than everything else counting does."""
        if self._preps is None:
            lex, t = self.lex, self.text
            self._preps = []
            for p in lex.preposition_re.finditer(t):
                m = lex.place_re.match(t, p.end())
                if m is None:
                    nxt = _NEXT_WORD.match(t, p.end())
                    m = lex.place_re.match(t, nxt.end()) if nxt else None
                iso = lex.place_map.get(m.group(1)) if m else None
                if iso:
                    self._preps.append((p.start(), iso))
        return self._preps

    def opened_scope(self, start: int, pos: int) -> str | None:
        """The place the last sentence in [start, pos) opened with ("Im Himalayastaat Bhutan ist
        … durchgeführt worden. 103 Tiere leben …"): a sentence that begins with a preposition
        of place and a place sets the scene for what follows in its paragraph."""
        t, found = self.text, None
        preps = self._prep_places()
        if self._prep_starts is None or len(self._prep_starts) != len(preps):
            self._prep_starts = [at for at, _ in preps]
        # from the first place at or after ``start`` (asked for every figure: not from the top)
        for k in range(bisect.bisect_left(self._prep_starts, start), len(preps)):
            at, iso = preps[k]
            if at >= pos:
                break
            if (at == start or _SENTENCE_GAP.search(t, max(start, at - 3), at)) \
                    and _word_at(t, at).lower() in self.lex.scene_prepositions:
                found = iso
        return found

    def story_place(self, homes: tuple[str, ...], headline_end: int = 0,
                    opener: str | None = None) -> str | None:
        """The place the article is about: the one it names most often with a preposition of
        place, where each place of the dateline counts as more than one mention (the first of
        the dateline wins among equals), and a place the headline (the text before the
        dateline) names counts more than the dateline: "Drei größte Banken in Ukraine in
        Zahlungsverzug. Wien – …" is about Ukraine, written in Vienna. So does the country
        that opens the lede right after the dateline (``opener``: "Hongkong – Indien will …")."""
        home = homes[0] if homes else None
        counts: dict[str, float] = {h: DATELINE_WEIGHT for h in homes}
        if opener:
            counts[opener] = counts.get(opener, 0) + HEADLINE_WEIGHT
        first: dict[str, int] = {}
        for at, iso in self._prep_places():
            counts[iso] = counts.get(iso, 0) + (HEADLINE_WEIGHT if at < headline_end else 1)
            first.setdefault(iso, at)
        if not counts:
            return self._named_most() or self._only_people()
        # among equals, a country whose people or state the lede speaks of ("Wien/London – Für
        # die britische Zeitung …": the newsroom is in Vienna, the story in London), then the
        # country the text names most, then the dateline's first place
        peoples = self._lede_peoples() if len(homes) > 1 else set()
        named = self._names_per_country() if len(homes) > 1 else {}
        best = max(counts, key=lambda k: (counts[k], k in peoples, named.get(k, 0), k == home))
        if (best not in homes and counts[best] < STORY_MIN_MENTIONS and first[best] > LEDE_CHARS
                and not (home is None and len(counts) == 1 and best in self._lede_peoples())):
            # one passing mention ("in Moldawien") is not what the article is about, unless it
            # is the only place named and the lede speaks of its people or state ("die
            # rumänische Staatsanwaltschaft … in Bukarest"); with no dateline, the country
            # of all the places the article names ("aus Texas", "von Florida", "in Washington":
            # two or more) or whose parties and seats of government it names still is
            return home if home is not None else (self._one_country() or self._institution_country())
        return best

    def lede_off_earth(self, headline_end: int) -> bool:
        """Is the story set off the Earth: its headline and lede name a body or craft in space
        ("Neue Aufnahmen der Nasa-Sonde New Horizons", "Astronomen finden in vier
        Sternsystemen") and no country by name? Then its dateline is the agency's or the
        newsroom's town, not where its measurements hold; a country the lede names keeps the
        story on the Earth ("Moskau – Russland hat sein Budget für die Raumstation ISS …")."""
        end = min(len(self.text), headline_end + LEDE_CHARS)
        if not self.lex.placeless_re.search(self.text, 0, end):
            return False
        return not any(span[0] < end and name in self.lex.country_map
                       for span, name, _ in self._all_names())

    def all_names(self) -> list[tuple[tuple[int, int], str, str]]:
        return self._all_names()

    def prep_places(self) -> list[tuple[int, str]]:
        return self._prep_places()

    def _all_names(self) -> list[tuple[tuple[int, int], str, str]]:
        """Every place name of the document, governed or not, as (span, name, ISO code): one
        document-wide scan, done only for articles that need it (and then once)."""
        if self._names is None:
            lex = self.lex
            self._names = [(m.span(), m.group(1), lex.place_map[m.group(1)])
                           for m in finditer_word_start(lex.place_re, self.text) if m.group(1) in lex.place_map]
        return self._names

    def _names_per_country(self) -> dict[str, int]:
        """How often the text names a place of each country, governed or not: between the
        places of a dateline "Vatikanstadt/Wien –", the one whose country the body names again
        ("in St. Pölten")."""
        out: dict[str, int] = {}
        for _, _, iso in self._all_names():
            out[iso] = out.get(iso, 0) + 1
        return out

    def _named_most(self) -> str | None:
        """With no place governed by a preposition anywhere, the country the article names by
        the most different places, at least two and more than any other ("aus Wien als aus
        dem Burgenland" in an Austrian election story; one city named twice may be a club's
        name, "Sporting Lissabon"). A country's parties and seats of government count as its
        place names ("ÖVP", "SPÖ", "die Hofburg")."""
        names: dict[str, set[str]] = {}
        for _, name, iso in self._all_names():
            names.setdefault(iso, set()).add(name)
        for at, name in self._adjective_places([span for span, _, _ in self._all_names()]):
            names.setdefault(self.lex.place_map[name], set()).add(name)
        for m in self.lex.institution_re.finditer(self.text):  # "ÖVP", "Hofburg": the country's
            names.setdefault(self.lex.institution_map[m.group(1)], set()).add(m.group(1))
        if len(names) <= THINGS_MAX_COUNTRIES:  # "die österreichische Fernsehlandschaft"
            for iso in self._things_of_countries():
                names.setdefault(iso, set()).add("")  # all of a country's count as one name
        ranked = sorted((len(v) for v in names.values()), reverse=True)
        if not ranked or ranked[0] < STORY_MIN_MENTIONS or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return max(names, key=lambda k: len(names[k]))

    def _one_country(self) -> str | None:
        """The country of every place the text names, when it names at least two different
        ones ("Senator aus Texas", "Gouverneur von Florida", "in Washington")."""
        if not self.weak_hints:
            return None
        names = {name for _, name, _ in self._all_names()}
        isos = {iso for _, _, iso in self._all_names()}
        return next(iter(isos)) if len(isos) == 1 and len(names) >= STORY_MIN_MENTIONS else None

    def _things_of_countries(self) -> set[str]:
        """Countries whose adjective the text sets before a thing, not before people ("die
        österreichische Privatfernsehlandschaft", "Die Österreichische Volksbanken AG"): a
        country's thing is named in it, as its places are; "der britische Schauspieler" says
        whose a person is, not where the story is, and "des portugiesischen Sportblatts" where a
        report comes from."""
        out: set[str] = set()
        if not self.weak_hints:
            return out
        for m in self.sentence(0, len(self.text)):
            if m.kind != "adj" or m.placed or not m.nation.iso or m.nation.iso in out:
                continue
            nxt = _NOUN_AFTER_ADJ.match(self.text, m.pos)
            if nxt and not names_listed_people(self.lex, nxt.group(1)) \
                    and not self.lex.media_noun_re.fullmatch(nxt.group(1)):
                out.add(m.nation.iso)
        return out

    def _only_people(self) -> str | None:
        """With no place named at all, the one country whose people or firms the lede speaks
        of by adjective as a population ("in vielen deutschen Unternehmen" in a survey of
        managers), when the article names no other country: the population it is about is where
        its figures hold. One firm's nationality ("der japanische Hersteller Konami") is not."""
        lede = {m.nation.iso for m in self.sentence(0, min(len(self.text), LEDE_CHARS))
                if m.kind == "adj" and m.nation.iso and self._quantified(m.pos)}
        if len(lede) != 1:
            return None
        named = {m.nation.iso for m in self.sentence(0, len(self.text)) if m.nation.iso}
        named |= {iso for _, _, iso in self._all_names()}
        return next(iter(lede)) if named == lede else None

    def _quantified(self, pos: int) -> bool:
        """Does a quantifier of many stand right before ``pos`` ("vielen", "allen")?"""
        m = _LAST_WORD.search(self.text, max(0, pos - 30), pos)
        return m is not None and m.group(1).lower() in self.lex.population_quantifiers

    def _institution_country(self) -> str | None:
        """The one country whose institutions the article names by at least two different
        names ("ÖVP" and "SPÖ"): a domestic political story that names few places."""
        names: dict[str, set[str]] = {}
        for m in self.lex.institution_re.finditer(self.text):
            names.setdefault(self.lex.institution_map[m.group(1)], set()).add(m.group(1))
        found = [iso for iso, v in names.items() if len(v) >= STORY_MIN_MENTIONS]
        return found[0] if len(found) == 1 else None

    def _adjective_places(self, taken: list[tuple[int, int]]) -> list[tuple[int, str]]:
        """Places below the country named by their adjective before a noun ("die Wiener
        Philharmoniker", "der Salzburger Landtag"), outside the place names already found
        ("Wiener Neustadt"). Inhabitants ("der Steirer Christoph S.", "die Grazerin") say where
        a person is from, not where the story is, and a country's adjective is a nationality."""
        lex, t = self.lex, self.text
        if not lex.place_adj_endings:
            return []
        found = []
        starts = [s for s, _ in taken]  # in text order, not overlapping
        for m in _ADJECTIVE_BEFORE_NOUN.finditer(t):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < taken[k][1]:
                continue
            word = m.group(1)
            if not (word[0].isupper() and m.group(2).isupper()):
                continue
            name = _adjective_place(lex, word)
            if name is not None and name not in lex.country_map:
                found.append((m.start(), name))
        return found

    def inhabitant_of(self, word: str) -> str | None:
        """The country of the place a noun names an inhabitant of ("Niederösterreicher",
        "Grazerin", "Wienern"): the place's adjective used as a noun, with a demonym ending."""
        lex = self.lex
        if not word[:1].isupper():
            return None
        for tail in ("", *lex.demonym_endings):
            if tail and not word.endswith(tail):
                continue
            name = _adjective_place(lex, word[:len(word) - len(tail)] if tail else word)
            if name is not None:
                return lex.place_map[name]
        return None

    def attached_place(self, ss: int, lead_at: int) -> tuple[tuple[int, int], str] | None:
        """The place a figure is attached to by a preposition right after it: "liegt Südkorea
        mit 4,29 Prozent vor Israel" (its span and ISO code)."""
        t, lex = self.text, self.lex
        m = lex.place_attached_re.search(t, max(ss, lead_at - 12), lead_at)
        if m is None:
            return None
        last = None
        for p in lex.place_re.finditer(t, max(ss, m.start() - 40), m.start()):
            last = p
        if last is None or last.end() != m.start() or last.group(1) not in lex.place_map:
            return None
        before = _LAST_WORD.search(t, max(ss, last.start() - 40), last.start())
        if before and lex.syntax.is_noun(before.group(1)):
            return None  # "die Tageszeitung Österreich mit …": a name of something else
        return last.span(1), lex.place_map[last.group(1)]

    def bracket_place(self, ss: int, lead_at: int) -> str | None:
        """The place a figure's bracket belongs to: "hinter Deutschland (4,7 Prozent) und
        Großbritannien (5,4 Prozent)" — a figure opening a bracket right after a place name."""
        t = self.text
        j = lead_at - 1
        while j > ss and t[j] in " \u00a0":
            j -= 1
        if j <= ss or t[j] != "(":
            return None
        last = None
        for m in self.lex.place_re.finditer(t, max(ss, j - 40), j):
            last = m
        if last is None or t[last.end():j].strip():
            return None
        return self.lex.place_map.get(last.group(1))

    def bracket_after_average(self, ss: int, lead_at: int) -> bool:
        """Does the figure open a bracket right after an average over many countries ("über
        dem Schnitt aller Teilnehmerländer (512 Punkte)", "unter dem EU-Schnitt (534)")?"""
        j = lead_at
        while j > ss and self.text[j - 1] in " \u00a0":
            j -= 1
        return bool(self.lex.average_re.search(self.text, max(ss, j - 80), j))

    def _lede_peoples(self) -> set[str]:
        """Countries whose nationality adjective the lede uses."""
        return {m.nation.iso for m in self.sentence(0, min(len(self.text), LEDE_CHARS))
                if m.kind == "adj" and m.nation.iso}


def _word_at(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return m.group() if m else ""


def _adjective_place(lex: CountLexicon, word: str) -> str | None:
    """The place a word is the adjective of ("Wiener", "Steirer" by its listed stem), if any."""
    for end in lex.place_adj_endings:
        if word.endswith(end):
            stem = word[:-len(end)]
            name = stem if stem in lex.place_map else lex.place_adj_stems.get(stem)
            if name in lex.place_map:
                return name
    return None


def nation_at(lex: CountLexicon, key: str, kind: str) -> Nation | None:
    if kind == "adj":
        return lex.adj_map.get(key.lower())
    if kind == "prefix":
        return lex.prefix_map.get(key)
    if kind == "country":
        return lex.country_map.get(key)
    return lex.demonym_map.get(key)


def nearest(found: list[Mention], pos: int) -> Mention | None:
    return min(found, key=lambda m: abs(m.pos - pos)) if found else None


def place_near(places: list[tuple[int, str]], start: int, end: int, pos: int,
               skip: tuple[int, int] | None, keep: set[int] = frozenset()) -> str | None:  # type: ignore[assignment]
    """The place nearest ``pos`` within [start, end), outside the source mention unless it is
    one of ``keep`` ("nach Angaben der deutschen Polizei": where that police counts)."""
    cands = [(abs(p - pos), iso) for p, iso in places
             if start <= p < end and (p in keep or not (skip and skip[0] <= p < skip[1]))]
    return min(cands)[1] if cands else None
