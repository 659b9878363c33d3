"""Boilerplate marking on German snippets written for these tests (not from the seeds).

Each positive case names a piece of furniture that must be covered; each negative case is
article text that merely mentions a furniture word and must stay uncovered."""

from __future__ import annotations

import pytest

from claimledger.clean.boilerplate import Span, boilerplate_spans, covered
from claimledger.lang import load_pack

PACK = load_pack("de")

BODY = ("Die Stadtwerke haben im vergangenen Jahr rund 4.500 neue Anschlüsse gelegt, teilte "
        "das Unternehmen am Mittwoch mit. Nach Angaben eines Sprechers sollen bis 2027 "
        "weitere 12.000 Haushalte folgen.\n"
        "Der Ausbau kostet nach ersten Schätzungen mehr als 80 Millionen Euro.\n")


def spans_of(text: str) -> list[Span]:
    return boilerplate_spans(text, PACK)


def is_marked(text: str, piece: str) -> bool:
    """True when every character of ``piece`` (first occurrence) lies in a span."""
    start = text.index(piece)
    sp = spans_of(text)
    return all(covered(sp, i) is not None for i in range(start, start + len(piece)))


def untouched(text: str, piece: str) -> bool:
    start = text.index(piece)
    sp = spans_of(text)
    return all(covered(sp, i) is None for i in range(start, start + len(piece)))


# ---- furniture that must be marked ------------------------------------------------------

POSITIVE = [
    # (text, piece that must be covered)
    (BODY + "\nDieser Beitrag wird von einem Drittanbieter bereitgestellt. Die Agentur haftet nicht.\n"
     "Branchen: Energie, Versorgung\n\nNewsFlow erreicht 3.000 Redaktionen in 40 Ländern.\n",
     "NewsFlow erreicht 3.000 Redaktionen in 40 Ländern."),
    (BODY + "\nÜber Stadtwerke Musterstadt\nDie Stadtwerke versorgen 250.000 Kunden.\n",
     "Die Stadtwerke versorgen 250.000 Kunden."),
    (BODY + "\nPressekontakt:\nErika Muster, Tel. 0123 456789\n", "Tel. 0123 456789"),
    (BODY + "\nHaftungsausschluss: Dieser Text stellt keine Anlageberatung dar. Kurs 12,50 Euro.\n",
     "Kurs 12,50 Euro."),
    (BODY + "\nBranchen: Wirtschaft, Energie\n", "Branchen: Wirtschaft, Energie"),
    (BODY + "\n\n27 Kommentare\nBitte beachten Sie unsere Netiquette.\nLeser42: Es sind eher 20.000!\n",
     "Leser42: Es sind eher 20.000!"),
    (BODY + "\nKommentare\nLiebe Leserinnen und Leser, wir freuen uns über Ihre Meinung.\n"
     "Max: 5 Sterne von mir.\n", "Max: 5 Sterne von mir."),
    (BODY + "\nKommentar schreiben\nName *\n", "Name *"),
    (BODY + "\nZu diesem Artikel wurden noch keine Kommentare geschrieben.\n",
     "noch keine Kommentare"),
    ("Intro mit 3 Zahlen.\n[related-posts ids=\"4711,4712\"]\n" + BODY, '[related-posts ids="4711,4712"]'),
    ("Text davor. [gallery columns=3 ids='12,13,14'] Text danach mit 5 Fällen.",
     "[gallery columns=3 ids='12,13,14']"),
    ("Text {{ad_slot id=998877}} mehr Text mit 7 Fällen.", "{{ad_slot id=998877}}"),
    ("Text [caption id=\"attachment_55\" width=\"300\"]Bildtext[/caption] Ende.", "[/caption]"),
    (BODY + "Lesen Sie auch: Stadtwerke erhöhen Preise um 8 Prozent\n" + BODY,
     "Lesen Sie auch: Stadtwerke erhöhen Preise um 8 Prozent"),
    (BODY + "Mehr zum Thema\nGaspreise steigen um 20 Prozent\nNeues Kraftwerk für 300 Millionen\n\n"
     + BODY, "Neues Kraftwerk für 300 Millionen"),
    (BODY + "Das könnte Sie auch interessieren\nTeuerung: 4 Tipps zum Sparen\n" + BODY,
     "Teuerung: 4 Tipps zum Sparen"),
    (BODY + "Auch interessant:\n10 Fakten über Fernwärme\n" + BODY, "10 Fakten über Fernwärme"),
    (BODY + "Empfehlungen der Redaktion\n" + BODY, "Empfehlungen der Redaktion"),
    ("Der Bürgermeister eröffnete die Anlage.Foto: Max Muster/dpa\n" + BODY,
     "Foto: Max Muster/dpa"),
    ("Foto: picture alliance / Sven Beispiel\n" + BODY, "Foto: picture alliance / Sven Beispiel"),
    ("Bild: Stadtwerke Musterstadt\n" + BODY, "Bild: Stadtwerke Musterstadt"),
    (BODY + "Die neue Leitung (Foto: Archiv/Muster) ist 12 km lang.", "(Foto: Archiv/Muster)"),
    ("Quelle: Getty Images\n" + BODY, "Quelle: Getty Images"),
    (BODY + "© 2025 Musterverlag GmbH\n", "© 2025 Musterverlag GmbH"),
    ("123 Shares\n" + BODY, "123 Shares"),
    ("Teilen | Tweet | WhatsApp | E-Mail\n" + BODY, "Teilen | Tweet | WhatsApp | E-Mail"),
    (BODY + "Newsletter abonnieren und 10 % Rabatt sichern!\n", "10 % Rabatt sichern"),
    (BODY + "Melden Sie sich jetzt für unseren kostenlosen Morgen-Briefing an.\n",
     "Melden Sie sich jetzt für unseren kostenlosen Morgen-Briefing an."),
    ("Wir verwenden Cookies, um 3 Funktionen bereitzustellen. Einstellungen\n" + BODY,
     "Wir verwenden Cookies, um 3 Funktionen bereitzustellen."),
    (BODY + "Jetzt weiterlesen mit Plus: 4 Wochen für 0,99 €, danach jederzeit kündbar.\n",
     "4 Wochen für 0,99 €"),
    (BODY + "Er lehnte ab. (dpa/afp/red)\n", "(dpa/afp/red)"),
    ("Von Erika Muster und Hans Beispiel, dpa\n" + BODY, "Von Erika Muster und Hans Beispiel, dpa"),
    ("Hamburg (dpa) – " + BODY, "(dpa)"),
    (BODY + "Anzeige\n", "Anzeige"),
    (BODY + "Er stimmte zu. (bearbeitet von xyz)\n", "(bearbeitet von xyz)"),
]


@pytest.mark.parametrize("text, piece", POSITIVE)
def test_is_boilerplate(text: str, piece: str) -> None:
    assert is_marked(text, piece), [(s, text[s.start:s.end]) for s in spans_of(text)]


# ---- article text that must stay -------------------------------------------------------

NEGATIVE = [
    "Das Foto zeigt 12 Soldaten vor dem Rathaus, sagte der Sprecher.",
    "Ein Kommentar des Ministers sorgte für Aufsehen: 300 Stellen fallen weg.",
    "Die Kommentare in sozialen Netzwerken waren scharf, 2.000 Menschen protestierten.",
    "Über 3.000 Menschen wurden evakuiert.",
    "Über die Hälfte der 500 Befragten lehnt den Plan ab.",
    "Zum Thema Migration sagte sie, 40 Prozent der Anträge seien abgelehnt worden.",
    "Auch interessant ist, dass 15 Gemeinden den Vertrag nicht unterschrieben haben.",
    "Von Donald Trump, dem US-Präsidenten, kam keine Reaktion auf die 25 Prozent Zölle.",
    "Von Berlin aus wurden 40 Busse eingesetzt.",
    "Die Polizei bittet Zeugen: Melden Sie sich bei der Wache unter der Nummer 110.",
    "Wer die Newsletter-Affäre verfolgt hat, weiß: Es ging um 2 Millionen Euro.",
    "Das Bild ist eindeutig: 70 Prozent sind dafür.",
    "Die Stadt will 4 neue Cookies-Fabriken nicht genehmigen.",
    "Teilen sich zwei Familien eine Wohnung, steigen die Kosten um 30 Prozent.",
    "Er sagte: „Lesen Sie auch das Kleingedruckte, dort stehen 12 Ausnahmen.“",
    "Die Partei (SPD) kam auf 16 Prozent, die Union (CDU/CSU) auf 29 Prozent.",
    "Der Konzern kündigte 1.200 Stellen (rund 8 Prozent) in Deutschland.",
    "Laut Quelle: Innenministerium wurden 5.000 Anträge gestellt.",
    "Haftungsfragen beschäftigen die Gerichte seit 20 Jahren.",
    "Die Disclaimer-Pflicht gilt ab 2026 für 30.000 Firmen.",
    "Die Zahl der Abonnenten stieg um 12 Prozent, teilte der Verlag mit.",
    "Die Drittanbieter lieferten 400 Tonnen Material.",
    "Mehr dazu, sagte sie, werde man in 2 Wochen wissen.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_is_not_boilerplate(sentence: str) -> None:
    text = BODY + sentence + "\n" + BODY
    assert untouched(text, sentence), [(s, text[s.start:s.end]) for s in spans_of(text)]


def test_early_comment_heading_marks_only_its_line() -> None:
    text = "Titel\n12 Kommentare\n" + BODY * 5
    sp = spans_of(text)
    assert [text[s.start:s.end] for s in sp] == ["12 Kommentare"]


def test_tail_covers_everything_after() -> None:
    text = BODY * 3 + "Kommentare\nLiebe Leser,\nbitte bleiben Sie sachlich.\nUser1: 99 Euro!\n"
    sp = spans_of(text)
    assert sp[-1].end == len(text) and sp[-1].reason == "comments"
    assert text[sp[-1].start:].startswith("Kommentare")


def test_teaser_heading_stops_at_running_text() -> None:
    follow = ("Die Stadtwerke teilten außerdem mit, dass im kommenden Jahr 300 zusätzliche "
              "Ladesäulen für Elektroautos im gesamten Stadtgebiet gebaut werden.")
    text = BODY + "Gerade lesen andere\n" + follow + "\n"
    assert is_marked(text, "Gerade lesen andere")
    assert untouched(text, follow)


def test_spans_never_change_text_and_are_sorted() -> None:
    text = ("Foto: A/dpa\n" + BODY + "[x-box a=1]\n" + BODY + "(dpa)\n") * 3
    sp = spans_of(text)
    assert all(0 <= s.start < s.end <= len(text) for s in sp)
    assert all(a.end <= b.start for a, b in zip(sp, sp[1:]))


def test_crlf_lines() -> None:
    text = BODY.replace("\n", "\r\n") + "Branchen: Energie\r\n" + BODY.replace("\n", "\r\n")
    sp = spans_of(text)
    assert [text[s.start:s.end] for s in sp] == ["Branchen: Energie"]


def test_plain_article_has_no_spans() -> None:
    assert spans_of(BODY * 4) == []
    assert spans_of("") == []


# an inline rule that opens with a lookbehind is searched with its class consumed (the
# engine can then skip ahead); the matches must be those of the pattern as written
from hypothesis import given as _given  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from claimledger.clean.boilerplate import _inline_matches, _InlineRule  # noqa: E402

_LOOKBEHIND_RULES = [r"(?m)(?<=[.!?)])[ \t]*(?P<span>\((?:dpa|apa|afp)\))",
                     r"(?<=[.)])(?:ab|b)+", r"(?i)(?<=[)])x?\(quelle\)"]


@pytest.mark.parametrize("src", _LOOKBEHIND_RULES)
@_given(_st.lists(_st.sampled_from(["(dpa)", "(APA)", "(afp)", ".", ")", " ", "\t", "\n", "ab", "b", "x",
                                    "(quelle)", "Text"]), max_size=25).map("".join))
def test_consumed_lookbehind_matches_like_finditer(src: str, text: str) -> None:
    import re
    rule = _InlineRule.of("x", src)
    assert rule.consumed
    plain = re.compile(src)
    for limit in (len(text), len(text) // 2):
        got = [(start, m.end(), m.groupdict()) for m, start in _inline_matches(rule, text, limit)]
        want = [(m.start(), m.end(), m.groupdict()) for m in plain.finditer(text, 0, limit)]
        assert got == want


def test_lookbehind_before_a_top_level_alternative_is_left_as_written() -> None:
    assert not _InlineRule.of("x", r"(?<=[.])a|b").consumed
    assert _InlineRule.of("x", r"(?<=[.])(?:a|b)").consumed
