"""Trains the attribution CRF on PolNeAR train and writes it to the shipped model folder.

python -m claimtrail.train.attributions --train ../shared/data/polnear/train \
    --out src/claimtrail/extract/models/
Parses are cached under the system temp folder (never in the repo); L-BFGS with fixed
inputs is deterministic, so a rerun writes the same model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimtrail.extract.features import CueLexicon, doc_paragraphs
from claimtrail.extract.model import CRF_FILE, CUE_LEXICON_FILE, META_FILE
from claimtrail.extract.polnear import read_gold, read_text
from claimtrail.extract.spans import ROLE_TAGS, Role
from claimtrail.nlp import english

DEFAULT_PARAMS: dict[str, float | int | bool] = {
    # L1 zeroes rare features: c1=0.05 kept 380k of them (20 MB), 0.25 keeps 168k (9 MB) and
    # scored 0.01 higher attr_f1 on dev; 400 iterations at c1=0.2 scored the same as these 200.
    "c1": 0.25,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
# A lemma joins the cue lexicon when at least this many of its train tokens are cues.
MIN_CUE_COUNT = 2
BUCKETS = ((0.5, "c5"), (0.25, "c4"), (0.1, "c3"), (0.03, "c2"))


def parsed_split(split_dir: Path, nlp: Any, cache_dir: Path) -> tuple[list[str], list[Any]]:
    """Names and parsed Docs of split_dir/text/*.txt, cached by content hash and model."""
    from spacy.tokens import DocBin

    names = sorted(p.stem for p in (split_dir / "text").glob("*.txt"))
    texts = [read_text(split_dir / "text" / f"{n}.txt") for n in names]
    digest = hashlib.sha256()
    digest.update(f"{nlp.meta.get('name')}-{nlp.meta.get('version')}".encode())
    for name, text in zip(names, texts, strict=True):
        digest.update(name.encode() + b"\0" + text.encode() + b"\0")
    path = cache_dir / f"parse-{digest.hexdigest()[:16]}.spacy"
    if path.exists():
        return names, list(DocBin().from_disk(path).get_docs(nlp.vocab))
    bin_ = DocBin(store_user_data=False)
    docs = []
    for doc in nlp.pipe(texts, batch_size=16):
        bin_.add(doc)
        docs.append(doc)
    cache_dir.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)
    return names, docs


def _char_roles(text: str, gold: Sequence[dict[str, list[tuple[int, int]]]]) -> list[str]:
    """Per character: '' or 'X:n' (role tag X of span number n)."""
    roles = [""] * len(text)
    number = 0
    for attribution in gold:
        for role, spans in attribution.items():
            tag = ROLE_TAGS[_role(role)]
            for start, end in spans:
                number += 1
                for c in range(start, end):
                    if not roles[c]:
                        roles[c] = f"{tag}:{number}"
    return roles


def _role(name: str) -> Role:
    if name == "source":
        return "source"
    if name == "cue":
        return "cue"
    return "content"


def bio_labels(doc: Any, token_ids: Sequence[int], char_roles: Sequence[str]) -> list[str]:
    """BIO label of each token: the role of its first labelled character."""
    labels: list[str] = []
    previous = ""
    for i in token_ids:
        tok = doc[i]
        mark = next((r for r in char_roles[tok.idx : tok.idx + len(tok.text)] if r), "")
        if not mark:
            labels.append("O")
        else:
            tag = mark.split(":")[0]
            labels.append(("I-" if mark == previous else "B-") + tag)
        previous = mark
    return labels


def cue_lexicon(docs: Sequence[Any], char_roles: Sequence[Sequence[str]]) -> dict[str, str]:
    """Lemma -> bucket of the share of its train tokens that are cue tokens."""
    total: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    for doc, roles in zip(docs, char_roles, strict=True):
        for tok in doc:
            if tok.is_space or (tok.is_punct and tok.text != ":"):
                continue
            lemma = tok.lemma_.lower()
            total[lemma] += 1
            if roles[tok.idx].startswith("C:"):
                cue[lemma] += 1
    lexicon: dict[str, str] = {}
    for lemma, count in cue.items():
        if count < MIN_CUE_COUNT:
            continue
        share = count / total[lemma]
        bucket = next((name for floor, name in BUCKETS if share >= floor), None)
        if bucket is not None:
            lexicon[lemma] = bucket
    return lexicon


def training_sequences(
    docs: Sequence[Any], char_roles: Sequence[Sequence[str]], lexicon: CueLexicon
) -> list[tuple[list[tuple[str, ...]], list[str]]]:
    """(features, labels) for every paragraph of every doc."""
    out = []
    for doc, roles in zip(docs, char_roles, strict=True):
        for paragraph in doc_paragraphs(doc, lexicon):
            labels = bio_labels(doc, paragraph.token_ids, roles)
            out.append((list(paragraph.features), labels))
    return out


def train(
    train_dir: Path,
    out_dir: Path,
    params: dict[str, float | int | bool] | None = None,
    cache_dir: Path | None = None,
    spacy_model: str | None = None,
    verbose: bool = False,
) -> dict[str, Any]:
    """Trains and writes the CRF, cue lexicon and metadata; returns the metadata."""
    import pycrfsuite

    started = time.monotonic()
    nlp = english(spacy_model)
    cache = cache_dir or Path(tempfile.gettempdir()) / "claimtrail-cache"
    names, docs = parsed_split(train_dir, nlp, cache)
    texts = [doc.text for doc in docs]
    golds = [read_gold(train_dir / "gold" / f"{n}.json") for n in names]
    char_roles = [_char_roles(t, g) for t, g in zip(texts, golds, strict=True)]
    lexicon = cue_lexicon(docs, char_roles)
    sequences = training_sequences(docs, char_roles, lexicon)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for features, labels in sequences:
        trainer.append(features, labels)
    settings = {**DEFAULT_PARAMS, **(params or {})}
    trainer.set_params(settings)
    out_dir.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_dir / CRF_FILE))
    (out_dir / CUE_LEXICON_FILE).write_text(
        json.dumps(dict(sorted(lexicon.items())), indent=0), encoding="utf-8"
    )
    meta = {
        "train_articles": len(names),
        "train_paragraphs": len(sequences),
        "spacy_model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "params": settings,
        "train_seconds": round(time.monotonic() - started, 1),
        "last_iteration": trainer.logparser.last_iteration,
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=1, default=str), encoding="utf-8")
    return meta


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True, help="PolNeAR split folder")
    parser.add_argument("--out", type=Path, required=True, help="model folder to write")
    parser.add_argument("--c1", type=float, default=DEFAULT_PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=DEFAULT_PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=DEFAULT_PARAMS["max_iterations"])
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--spacy-model", default=None)
    parser.add_argument("--verbose", action="store_true", help="print L-BFGS progress")
    args = parser.parse_args(argv)
    params: dict[str, float | int | bool] = {
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.iterations,
    }
    meta = train(args.train, args.out, params, args.cache_dir, args.spacy_model, args.verbose)
    print(json.dumps(meta, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
