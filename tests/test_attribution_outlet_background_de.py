"""Who says it, on sentences of our own: the outlet naming itself is no source, a dateline
before an apposition subject, a lawsuit's claim, a document that "besagt", and background
relative clauses inside reported speech (the outlet's own)."""

from __future__ import annotations

import pytest

from attribution_support import PACK, source_of
from claimledger.extract.attribution import DocumentAttributor
from claimledger.extract.attribution.outlet import names_outlet
from claimledger.extract.sentences import split_sentences


def _source_in(text: str, figure: str, outlet: str | None) -> str | None:
    sents = split_sentences(text, PACK)
    start = text.index(figure)
    idx = max(i for i, s in enumerate(sents) if s.start <= start)
    src = DocumentAttributor(text, sents, PACK, outlet).attribute(idx, start, start + len(figure)).source
    return src.text if src is not None else None


@pytest.mark.parametrize("phrase,outlet,names", [
    ("STANDARD", "derStandard", True),
    ("des STANDARD", "derStandard", True),
    ("Presse", "diepresse.com", True),
    ("Kurier", "Kurier", True),
    ("Spiegel", "derStandard", False),
    ("Standard & Poor's", "derStandard", False),
])
def test_names_outlet(phrase, outlet, names):
    assert names_outlet(phrase, outlet, ["der", "die", "das", "des"]) is names


@pytest.mark.parametrize("text,figure,outlet,source", [
    # the outlet's own information is its own statement, and reported speech does not carry past it
    ("Die Polizei ermittelt. Und dieses Mal sollen nach Informationen des STANDARD rund 30.000 Euro verschwunden sein.",
     "30.000", "derStandard", None),
    ("Nach Informationen des KURIER wurden 40 Wohnungen geräumt.", "40", "Kurier", None),
    # another outlet stays a source
    ("Nach Informationen des KURIER wurden 40 Wohnungen geräumt.", "40", "derStandard", "KURIER"),
    # without metadata nothing changes
    ("Nach Informationen des KURIER wurden 40 Wohnungen geräumt.", "40", None, "KURIER"),
])
def test_the_outlet_naming_itself_is_no_source(text, figure, outlet, source):
    assert _source_in(text, figure, outlet) == source


@pytest.mark.parametrize("text,figure,source", [
    # a dateline before a subject with its apposition: "Der" opens the sentence, no relative clause
    ("Wien – Der ehemalige Shopbetreiber am Wiener Flughafen, Rakesh Sardana, hat die Firma in New York "
     "auf 168 Millionen Dollar Schadenersatz geklagt.", "168", "ehemalige Shopbetreiber am Wiener Flughafen, Rakesh Sardana"),
    ("Wien – Der Sprecher des Ministeriums, Hans Huber, sagte, es gebe 168 Tote.", "168",
     "Sprecher des Ministeriums, Hans Huber"),
    ("Los Angeles – Die Polizei hat am Montag 12 Festnahmen gemeldet.", "12", "Polizei"),
    # a prepositional phrase joined with its article inside the apposition
    ("Die Leiterin am Institut, Anna Berger, sagte, es gebe 12 neue Fälle.", "12", "Leiterin am Institut, Anna Berger"),
    # a lawsuit's claim is the plaintiff's
    ("Die Gewerkschaft klagt auf 20 Millionen Euro Schadenersatz.", "20", "Gewerkschaft"),
    ("Der Verein hat die Stadt auf 3 Millionen Euro geklagt.", "3", "Verein"),
    # a document's content: "besagt"
    ("Der interne Bericht besagt: Der Mitarbeiter erhielt 5000 Euro.", "5000", "interne Bericht"),
])
def test_subjects_and_verbs(text, figure, source):
    assert source_of(text, figure) == source


@pytest.mark.parametrize("text,figure,source", [
    # an indicative relative clause inside reported speech is the outlet's background
    ("Die Polizei sagte, die Täter seien eingedrungen. Dort hätten sie die Familie überfallen, "
     "die seit 20 Jahren dort wohnt.", "20", None),
    ("Der Kläger sagte, die Kampagne sei schuld. Sie habe auch die Geschäfte in New York vernichtet, "
     "wo er 18 Geschäfte betreibt.", "18", None),
    # a subjunctive relative clause stays reported
    ("Die Polizei sagte, die Täter seien eingedrungen. Dort hätten sie die Familie überfallen, "
     "die 20 Euro gehabt habe.", "20", "Polizei"),
    # the reported main clause is carried as before
    ("Die Polizei sagte, die Täter seien eingedrungen. Dort hätten sie 20 Menschen verletzt.", "20", "Polizei"),
])
def test_background_relative_clauses(text, figure, source):
    assert source_of(text, figure) == source
