"""Spans that are no claims by their shape: standings run into prose.

Results lists in news copy often lose their line breaks ("1. A (GER) 25:22,4 Min. – 2. B
(JPN) +12,5 Sek. – …"); their ranks, times and points are no claims, while prose before and
after, and dates or match minutes that look like ranks, are left alone.
"""

from __future__ import annotations

from claimledger.clean.shapes import shape_spans


def _standings(text: str) -> list[str]:
    return [text[s.start:s.end] for s in shape_spans(text) if s.reason == "standings"]


def test_a_results_list_in_running_text_is_one_span():
    text = ("Sie siegte vor 2.000 Zuschauern. Ergebnis: 1. Anna Berg (AUT) 2:01,3 Min. – "
            "2. Lea Moser (SUI) +0,8 Sek. – 3. Ida Roth (GER) 1,4. Die nächste Etappe folgt.")
    got = _standings(text)
    assert len(got) == 1 and got[0].startswith("1. Anna Berg") and got[0].endswith("1,4")
    assert "2.000" not in got[0] and "nächste" not in got[0]


def test_a_second_standing_opens_at_rank_one_again():
    text = ("1. Nora Falk 100 Punkte – 2. Eva Lind 80 – 3. Jana Kurz 60. Gesamt: 1. Lind 420 – "
            "2. Falk 400 – 3. Kurz 310 – 12. Weber 90")
    got = _standings(text)
    assert len(got) == 2 and got[1].startswith("1. Lind") and got[1].endswith("12. Weber 90")


def test_dates_and_match_minutes_are_no_standing():
    dates = "Am 3. April spricht Weber, am 10. April Huber und am 17. April Gruber."
    minutes = ("16. Minute: Ein Kopfball geht vorbei. 30. Minute: Der Ball trifft die Latte. "
               "44. Minute: Gelb für den Kapitän.")
    assert _standings(dates) == [] and _standings(minutes) == []


def test_two_ranks_are_no_standing():
    assert _standings("Sie wurde 2. hinter Berg, er 5. Hinter ihnen lag 7. Moser.") == []
