"""The PolNeAR JSON writer and the directory extraction behind `claimtrail extract`."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimtrail.extract import Extractor, extract_directory, write_polnear_json
from claimtrail.extract.polnear import read_gold
from claimtrail.model import Attribution, Span


@st.composite
def texts_with_attributions(draw: st.DrawFn) -> tuple[str, list[Attribution]]:
    text = draw(st.text(min_size=1, max_size=80))
    bounds = st.integers(min_value=0, max_value=len(text))

    def spans() -> tuple[Span, ...]:
        pairs = draw(st.lists(st.tuples(bounds, bounds), max_size=3))
        return tuple(Span(min(a, b), max(a, b)) for a, b in pairs)

    attributions = [
        Attribution(
            "doc",
            spans(),
            spans(),
            spans() or (Span(0, len(text)),),
            draw(st.sampled_from(["direct", "indirect", "mixed"])),
            draw(st.floats(min_value=0, max_value=1)),
        )
        for _ in range(draw(st.integers(min_value=0, max_value=3)))
    ]
    return text, attributions


@given(texts_with_attributions())
def test_written_spans_round_trip_with_their_text(case: tuple[str, list[Attribution]]) -> None:
    text, attributions = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.json"
        write_polnear_json(attributions, text, path)
        data = json.loads(path.read_text(encoding="utf-8"))
        back = read_gold(path)
    for written in data["attributions"]:
        for role in ("source", "cue", "content"):
            for span in written[role]:
                assert text[span["start"] : span["end"]] == span["text"]
        assert written["kind"] in {"direct", "indirect", "mixed"}
    expected = [
        {r: [(s.start, s.end) for s in getattr(a, r)] for r in ("source", "cue", "content")}
        for a in attributions
    ]
    assert back == expected


def test_directory_extraction_keeps_offsets_of_crlf_text(
    extractor: Extractor, tmp_path: Path
) -> None:
    text_dir = tmp_path / "text"
    text_dir.mkdir()
    text = 'Storm hits coast\r\n\r\n"The water came fast," the mayor said on Sunday.\r\n'
    (text_dir / "storm.txt").write_bytes(text.encode("utf-8"))
    (text_dir / "calm.txt").write_bytes(b"Nothing happened today.\n")
    counts: list[int] = []
    written = extract_directory(text_dir, tmp_path / "out", extractor, counts.append)
    assert written == 2
    assert counts == [1, 2]
    storm = json.loads((tmp_path / "out" / "storm.json").read_text(encoding="utf-8"))
    assert storm["attributions"], storm
    for attribution in storm["attributions"]:
        for role in ("source", "cue", "content"):
            for span in attribution[role]:
                assert text[span["start"] : span["end"]] == span["text"]
        assert 0.0 < attribution["confidence"] <= 1.0
    calm = json.loads((tmp_path / "out" / "calm.json").read_text(encoding="utf-8"))
    assert calm == {"attributions": []}
