"""A report phrase that names no one and does not hedge ("nach vorläufigen Erkenntnissen",
"nach ersten Angaben") in a sentence that says it goes on with the report before
("demnach") is a stage of that report: its source, for the sentence and for reported speech
after it. Elsewhere it stays the phrase (SPEC: any phrase a cue governs), and so does a
hedging one ("unbestätigten Berichten zufolge")."""

from __future__ import annotations

import pytest

from attribution_support import source_of


@pytest.mark.parametrize("text,figure,source", [
    # "demnach" continues the report named before
    ("Die Zahl der Einbrüche ist laut Landespolizei gestiegen. Demnach habe man nach ersten "
     "Erkenntnissen 380 Fälle gezählt.", "380", "Landespolizei"),
    ("Nach Angaben des Wetterdienstes war der Juli zu heiß. Es habe demnach nach vorläufigen "
     "Erkenntnissen 19 Hitzetage gegeben.", "19", "Wetterdienstes"),
    ("Nach Angaben des Wetterdienstes war der Juli zu heiß. Es habe demnach nach vorläufigen "
     "Erkenntnissen 19 Hitzetage gegeben. Dabei seien 4 Rekorde gefallen.", "4", "Wetterdienstes"),
    # no "demnach": the phrase is the source, whoever the sentence before named
    ("Die Feuerwehr meldete einen Großbrand. Nach vorläufigen Erkenntnissen seien 12 Häuser "
     "zerstört worden.", "12", "vorläufigen Erkenntnissen"),
    ("Das Rote Kreuz berichtete von schweren Unwettern. Nach ersten Angaben wurden 25 Menschen "
     "verletzt.", "25", "ersten Angaben"),
    ("Die Ministerin wollte zum Tatort fahren. Nach jetzigem Ermittlungsstand war der 16-Jährige "
     "ein Einzeltäter.", "16-Jährige", "jetzigem Ermittlungsstand"),
    ("Bei dem Brand wurden nach ersten Angaben 25 Menschen verletzt.", "25", "ersten Angaben"),
    ("Nach vorläufigen Erkenntnissen sind 14 Wohnungen unbewohnbar.", "14", "vorläufigen Erkenntnissen"),
    # a hedge names its own phrase
    ("Die Polizei meldete Schüsse. Demnach starben nach unbestätigten Berichten 3 Menschen.", "3",
     "unbestätigten Berichten"),
])
def test_a_nameless_stage_continues_the_report_only_after_demnach(text, figure, source):
    assert source_of(text, figure) == source
