"""Loads the shipped attribution CRF and its cue lexicon, and labels feature sequences."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimtrail.errors import ModelError

CRF_FILE = "attributions.crfsuite"
CUE_LEXICON_FILE = "cue_lexicon.json"
META_FILE = "attributions.meta.json"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "models"


@dataclass(frozen=True, slots=True)
class Labelling:
    """BIO labels of one sequence and the marginal probability of each chosen label."""

    labels: tuple[str, ...]
    scores: tuple[float, ...]


class CrfModel:
    """A pycrfsuite tagger plus the cue lexicon its features were trained with."""

    def __init__(self, tagger: Any, lexicon: dict[str, str]) -> None:
        self._tagger = tagger
        self.lexicon = lexicon

    @classmethod
    def load(cls, model_dir: Path | None = None) -> CrfModel:
        """The model in `model_dir` (default: the one shipped with claimtrail)."""
        import pycrfsuite

        folder = model_dir or DEFAULT_MODEL_DIR
        crf_path = folder / CRF_FILE
        lexicon_path = folder / CUE_LEXICON_FILE
        if not crf_path.is_file() or not lexicon_path.is_file():
            raise ModelError(f"no attribution model in {folder} (train one, see issue 5)")
        try:
            lexicon = json.loads(lexicon_path.read_text(encoding="utf-8"))
            tagger = pycrfsuite.Tagger()
            tagger.open(str(crf_path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"unreadable attribution model in {folder}: {exc}") from exc
        return cls(tagger, {str(k): str(v) for k, v in lexicon.items()})

    def label(self, features: Sequence[Sequence[str]]) -> Labelling:
        """Viterbi labels of one sequence and their marginals."""
        if not features:
            return Labelling((), ())
        tagger = self._tagger
        tagger.set([list(f) for f in features])
        labels = tuple(tagger.tag())
        scores = tuple(float(tagger.marginal(y, k)) for k, y in enumerate(labels))
        return Labelling(labels, scores)
