"""The pick rule (no Qt): no punctuation or whitespace at a pick's edges, punctuation
alone refused unless one character is chosen exactly."""

from __future__ import annotations

from annotator.gui.picking import refined, trim, trim_end


def test_edges_shed_punctuation_and_quotes_but_not_symbols_or_percent() -> None:
    text = "«روسيا»، و“الكرملين”. 50% $"
    assert trim(text, 0, 8) == (1, 6)  # «روسيا»،
    start = text.index("“")
    assert trim(text, start, start + len("“الكرملين”.")) == (start + 1, start + 9)
    percent = text.index("50%")
    assert trim(text, percent, percent + 3) == (percent, percent + 3)  # % stays
    assert trim(text, percent, len(text)) == (percent, len(text))  # so does $
    assert trim("٪٥٠.", 0, 4) == (0, 3)
    assert trim(text, 6, 8) is None  # »، only
    assert trim_end(text, 0, 8, moving_start=False) == (0, 6)  # the start stays


def test_punctuation_alone_is_refused_unless_one_character_is_chosen_exactly() -> None:
    text = "قال: «نعم»."
    colon = text.index(":")
    refused = refined(text, colon, colon + 1, exact=False)
    assert refused.extent is None
    assert "«:»" in refused.refusal and "punctuation only" in refused.refusal
    assert refined(text, colon, colon + 1, exact=True).extent == (colon, colon + 1)
    closing = text.index("»")
    assert refined(text, closing, closing + 2, exact=True).extent is None  # two characters
    assert refined(text, 3, 4, exact=True).extent == (3, 4)
    assert refined(text, 0, len(text), exact=False).extent == (0, text.index("»"))
    blank = refined("a  b", 1, 3, exact=False)
    assert blank.extent is None and blank.refusal == ""  # whitespace: nothing to say
