from pathlib import Path

from annotator.text import sentence_ranges, tokenize

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))


def sentences(text: str) -> list[str]:
    tokens = tokenize(text)
    return [" ".join(t.text for t in tokens[a:b]) for a, b in sentence_ranges(text, tokens)]


def test_final_marks_end_sentences() -> None:
    assert sentences("وصل كيم. التقى بوتين! هل نجح؟ ربما? نعم…") == [
        "وصل كيم .",
        "التقى بوتين !",
        "هل نجح ؟",
        "ربما ?",
        "نعم …",
    ]


def test_newlines_end_sentences() -> None:
    assert sentences("سطر أول\nسطر ثان\n\n\nثالث") == ["سطر أول", "سطر ثان", "ثالث"]


def test_runs_of_marks_and_closing_quotes_stay_together() -> None:
    assert sentences("قال: «هل وصل؟!» نعم... انتهى.”") == [
        "قال : « هل وصل ؟ ! »",
        "نعم . . .",
        "انتهى . ”",
    ]


def test_number_point_does_not_end_a_sentence() -> None:
    assert sentences("ارتفع 3.5 بالمئة. ثم") == ["ارتفع 3.5 بالمئة .", "ثم"]


def test_final_mark_with_glue() -> None:
    assert sentences("وصل.\u200f ثم") == ["وصل .\u200f", "ثم"]


def test_empty_and_single() -> None:
    assert sentence_ranges("", []) == []
    assert sentence_ranges("   \n ", tokenize("   \n ")) == []
    assert sentence_ranges(".", tokenize(".")) == [(0, 1)]


def test_seed_articles_cover_all_tokens() -> None:
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        tokens = tokenize(text)
        ranges = sentence_ranges(text, tokens)
        assert ranges[0][0] == 0 and ranges[-1][1] == len(tokens)
        assert all(a < b for a, b in ranges)
        assert all(ranges[i][1] == ranges[i + 1][0] for i in range(len(ranges) - 1))
        # Every line of the article is at least one sentence.
        lines = [line for line in text.split("\n") if line.strip()]
        assert len(ranges) >= len(lines)
