"""Training pieces: gold spans to BIO labels, the cue lexicon, and a tiny reproducible run."""

from __future__ import annotations

import json
from pathlib import Path

from claimtrail.extract import Extractor
from claimtrail.extract.model import CRF_FILE, CrfModel
from claimtrail.nlp import english
from claimtrail.train.attributions import _char_roles, bio_labels, cue_lexicon, train

TEXT = 'The mayor said the bridge is safe. "It will hold," she added.'


def spans(*parts: str) -> list[tuple[int, int]]:
    return [(TEXT.index(p), TEXT.index(p) + len(p)) for p in parts]


GOLD = [
    {"source": spans("The mayor"), "cue": spans("said"), "content": spans("the bridge is safe")},
    {"source": spans("she"), "cue": spans("added"), "content": spans('"It will hold,"')},
]


def test_gold_spans_become_bio_labels() -> None:
    doc = english()(TEXT)
    labels = bio_labels(doc, [t.i for t in doc], _char_roles(TEXT, GOLD))
    assert list(zip([t.text for t in doc], labels, strict=True))[:8] == [
        ("The", "B-S"),
        ("mayor", "I-S"),
        ("said", "B-C"),
        ("the", "B-T"),
        ("bridge", "I-T"),
        ("is", "I-T"),
        ("safe", "I-T"),
        (".", "O"),
    ]
    assert labels[8:13] == ["B-T", "I-T", "I-T", "I-T", "I-T"]


def test_cue_lexicon_buckets_words_by_their_cue_share() -> None:
    doc = english()(TEXT)
    lexicon = cue_lexicon([doc], [_char_roles(TEXT, GOLD)])
    assert lexicon == {}  # each cue occurs once: below the minimum count
    double = english()(TEXT + " " + TEXT)
    gold2 = GOLD + [
        {r: [(s + len(TEXT) + 1, e + len(TEXT) + 1) for s, e in a[r]] for r in a} for a in GOLD
    ]
    lexicon = cue_lexicon([double], [_char_roles(double.text, gold2)])
    assert lexicon["say"] == "c5"
    assert lexicon["add"] == "c5"


def write_split(root: Path) -> Path:
    for folder in ("text", "gold"):
        (root / folder).mkdir(parents=True)
    for n in range(3):
        (root / "text" / f"d{n}.txt").write_text(TEXT, encoding="utf-8")
        payload = {
            "attributions": [
                {r: [{"start": s, "end": e} for s, e in a[r]] for r in a} for a in GOLD
            ]
        }
        (root / "gold" / f"d{n}.json").write_text(json.dumps(payload), encoding="utf-8")
    return root


def test_training_is_reproducible_and_loads(tmp_path: Path) -> None:
    split = write_split(tmp_path / "split")
    params: dict[str, float | int | bool] = {"max_iterations": 30}
    train(split, tmp_path / "a", params, cache_dir=tmp_path / "cache")
    train(split, tmp_path / "b", params, cache_dir=tmp_path / "cache")
    a = (tmp_path / "a" / CRF_FILE).read_bytes()
    assert a == (tmp_path / "b" / CRF_FILE).read_bytes()
    extractor = Extractor(english(), CrfModel.load(tmp_path / "a"))
    found = extractor.attributions(TEXT, "t")
    assert [a.cue[0].text_of(TEXT) for a in found] == ["said", "added"]
