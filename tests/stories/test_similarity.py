"""Report similarity: clauses, word counts across scripts, best-part cosines, report weights."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from claimtrail.stories.similarity import clause_similarity, clauses, report_weights, word_count


class TableEmbedder:
    """Unit vectors looked up by text: each text points along its own axis unless listed."""

    def __init__(self, table: dict[str, np.ndarray], dim: int = 8) -> None:
        self.table = table
        self.dim = dim
        self.asked: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.asked.extend(texts)
        rows = [self.table[text] for text in texts]
        return np.stack(rows).astype(np.float32) if rows else np.zeros((0, self.dim))


def unit(*values: float) -> np.ndarray:
    row = np.array(values + (0.0,) * (8 - len(values)))
    return row / np.linalg.norm(row)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nobody told us about the closure. We learned it from the radio",
            ["Nobody told us about the closure", "We learned it from the radio"],
        ),
        (
            "“The mine stays open,” “but the night shift ends in June.”",
            ["The mine stays open", "but the night shift ends in June"],
        ),
        (
            "The port will reopen next week — the ferries will not run until spring",
            ["The port will reopen next week", "the ferries will not run until spring"],
        ),
        (
            "港口下周将重新开放。渡轮要到春天才会恢复运行。",
            ["港口下周将重新开放", "渡轮要到春天才会恢复运行"],
        ),
    ],
)
def test_clauses_split_at_sentence_ends_quotation_marks_and_dashes(
    text: str, expected: list[str]
) -> None:
    assert clauses(text, min_words=3) == expected


def test_abbreviations_decimals_and_contractions_do_not_split_a_clause() -> None:
    text = "The U.S. share rose to 2.5 per cent and the minister wasn't surprised by it"
    assert clauses(text + ". Prices will fall next year", min_words=3) == [
        text,
        "Prices will fall next year",
    ]


def test_a_text_with_one_long_clause_has_no_parts() -> None:
    assert clauses("I think not. The harbour will reopen next week", min_words=4) == []


def test_unspaced_scripts_count_words_by_characters() -> None:
    assert word_count("the harbour will reopen") == 4
    assert word_count("港口下周将重新开放") == 4  # nine characters, about four words


def test_a_pair_scores_its_best_matching_parts() -> None:
    whole = "Nobody told us about the closure. We learned it from the radio"
    table = {
        whole: unit(1, 1),
        "Nobody told us about the closure": unit(1, 0, 1),
        "We learned it from the radio": unit(0, 1),
        "the radio told us": unit(0, 1, 0, 0.1),
    }
    embedder = TableEmbedder(table)
    texts = [whole, "the radio told us"]
    vectors = embedder.embed(texts)
    best = clause_similarity(embedder, texts, vectors, min_words=4)
    whole_cosine = float(vectors[0] @ vectors[1])
    assert best[0, 1] == best[1, 0] == pytest.approx(float(unit(0, 1) @ unit(0, 1, 0, 0.1)))
    assert best[0, 1] > whole_cosine
    assert best[0, 0] == pytest.approx(1.0)


def test_fragments_weigh_less_than_whole_reports() -> None:
    weights = report_weights(
        ["I think not", "the harbour will reopen next week once the divers have checked the piers"],
        full_words=12,
    )
    assert weights[0] == pytest.approx(0.25)
    assert weights[1] == pytest.approx(1.0)
    assert report_weights([""], full_words=12)[0] > 0
