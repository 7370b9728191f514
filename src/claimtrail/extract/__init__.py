"""Attribution extraction: who (source) said (cue) what (content), as spans of the text.

English text goes through spaCy and a CRF trained on PolNeAR (see `train/attributions.py`);
other languages go to the rule-based extractor in `extract/rules/`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.extract.chains import find_chain
from claimtrail.extract.chunks import chunks
from claimtrail.extract.features import (
    OPENING_QUOTES,
    TOGGLING_QUOTES,
    doc_paragraphs,
    sentence_starts,
)
from claimtrail.extract.groups import Group
from claimtrail.extract.headlines import headline_group
from claimtrail.extract.layouts import layout_groups
from claimtrail.extract.linking import link
from claimtrail.extract.model import CrfModel
from claimtrail.extract.polnear import read_text, write_polnear_json
from claimtrail.extract.spans import TokenSpan, decode
from claimtrail.model import Attribution, QuoteKind, Span

_OPENERS = OPENING_QUOTES | TOGGLING_QUOTES

__all__ = ["ExtractOptions", "Extractor", "extract_directory", "write_polnear_json"]


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How English extraction behaves; the defaults are what the dev scores were measured with."""

    chains: bool = True  # rewrite "X quoted Y as saying" to source Y via X


class Extractor:
    """Holds the spaCy pipeline and the trained CRF; load once and reuse."""

    def __init__(self, nlp: Any, model: CrfModel, options: ExtractOptions | None = None) -> None:
        self.nlp = nlp
        self.model = model
        self.options = options or ExtractOptions()
        # Words that are cues in at least half of their train occurrences (c4 scored the same).
        self._cue_lemmas = frozenset(k for k, v in model.lexicon.items() if v >= "c5")

    @classmethod
    def load(
        cls,
        model_path: Path | None = None,
        spacy_model: str | None = None,
        options: ExtractOptions | None = None,
    ) -> Extractor:
        """The extractor with the model in `model_path` (default: the shipped one)."""
        from claimtrail.nlp import english

        return cls(english(spacy_model), CrfModel.load(model_path), options)

    def attributions(
        self, text: str, article_id: str, language: str | None = "en"
    ) -> list[Attribution]:
        """Attributions of one text; offsets index `text` exactly."""
        return next(self.pipe([(text, article_id, language)]))

    def pipe(
        self, items: Iterable[tuple[str, str, str | None]], batch_size: int = 32
    ) -> Iterator[list[Attribution]]:
        """Attributions of each (text, article_id, language), in order, parsing in batches."""
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            yield from self._batch(batch, batch_size)

    def _batch(
        self, batch: Sequence[tuple[str, str, str | None]], batch_size: int
    ) -> list[list[Attribution]]:
        pieces: list[tuple[int, int, str]] = []  # (item index, offset, text)
        results: list[list[Attribution]] = [[] for _ in batch]
        for index, (text, article_id, language) in enumerate(batch):
            if _is_english(language):
                pieces.extend((index, offset, piece) for offset, piece in chunks(text))
            else:
                results[index] = _rule_attributions(text, str(language), article_id)
        docs = self.nlp.pipe((piece for _, _, piece in pieces), batch_size=batch_size)
        for (index, offset, _), doc in zip(pieces, docs, strict=True):
            results[index].extend(self._from_doc(doc, offset, batch[index][1]))
        for found in results:
            found.sort(key=lambda a: (a.content[0].start if a.content else 0, a.cue))
        return results

    def _from_doc(self, doc: Any, offset: int, article_id: str) -> list[Attribution]:
        groups: list[Group] = []
        depths: dict[int, int] = {}
        starts = sentence_starts(doc)
        paragraphs = doc_paragraphs(doc, self.model.lexicon)
        layouts = layout_groups(doc, [p.token_ids for p in paragraphs])
        for index, paragraph in enumerate(paragraphs):
            depths.update(zip(paragraph.token_ids, paragraph.quote_depths, strict=True))
            if index in layouts:
                groups.append(layouts[index])
                continue
            headline = headline_group(doc, paragraph.token_ids) if paragraph.is_title else None
            if headline is not None:
                groups.append(headline)
            labelling = self.model.label(paragraph.features)
            spans = decode(labelling.labels, paragraph.token_ids, labelling.scores)
            if not spans:
                continue
            quoted = {
                i for i, d in zip(paragraph.token_ids, paragraph.quote_depths, strict=True) if d
            }
            for group in link(doc, spans, starts, self._cue_lemmas, quoted):
                if headline is not None and _overlaps(group, headline):
                    continue  # the headline rule read these words; the CRF keeps the rest
                if group.cue:
                    groups.append(group)
                elif groups and doc[group.content[0].start].text in _OPENERS:
                    # A quote with no cue in its paragraph continues the last one ("he said:"
                    # then a paragraph of quotation); other cue-less content is mostly noise.
                    groups[-1].content.extend(group.content)
        return [self._attribution(doc, g, depths, offset, article_id) for g in groups]

    def _attribution(
        self, doc: Any, group: Group, depths: dict[int, int], offset: int, article_id: str
    ) -> Attribution:
        scored = group.cue + group.content
        confidence = sum(s.score for s in scored) / len(scored)
        source, cue, content, via = group.source, group.cue, group.content, []
        chain = find_chain(doc, group, depths) if self.options.chains else None
        if chain is not None:
            source, cue, content = [chain.source], [chain.cue], list(chain.content)
            via = list(chain.via)
        return Attribution(
            article_id=article_id,
            source=_char_spans(doc, source, offset),
            cue=_char_spans(doc, cue, offset),
            content=_char_spans(doc, content, offset),
            kind=_kind(doc, content, depths),
            confidence=round(confidence, 4),
            via=_char_spans(doc, via, offset),
        )


def _overlaps(group: Group, other: Group) -> bool:
    """True when the two attributions share a token."""

    def tokens(g: Group) -> set[int]:
        return {i for span in (*g.cue, *g.source, *g.content) for i in range(span.start, span.end)}

    return not tokens(group).isdisjoint(tokens(other))


def _is_english(language: str | None) -> bool:
    """Unknown language (None or "") counts as English, the language the model knows."""
    return not language or language.lower().replace("_", "-").split("-")[0] == "en"


def _rule_attributions(text: str, language: str, article_id: str) -> list[Attribution]:
    """Non-English text: the rule-based extractor, or nothing while it is not installed."""
    try:
        rules = importlib.import_module("claimtrail.extract.rules")
    except ImportError:
        return []
    found: list[Attribution] = rules.rule_attributions(text, language, article_id)
    return found


def _char_spans(doc: Any, spans: Sequence[TokenSpan], offset: int) -> tuple[Span, ...]:
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        last = doc[span.end - 1]
        out.append(Span(offset + doc[span.start].idx, offset + last.idx + len(last.text)))
    return tuple(out)


def _kind(doc: Any, content: Sequence[TokenSpan], depths: dict[int, int]) -> QuoteKind:
    """direct: every word inside quote marks; indirect: none; mixed: some."""
    inside = outside = 0
    for span in content:
        for i in range(span.start, span.end):
            if doc[i].is_alpha or doc[i].like_num:
                if depths.get(i, 0):
                    inside += 1
                else:
                    outside += 1
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def extract_directory(
    text_dir: Path,
    out_dir: Path,
    extractor: Extractor,
    progress: Callable[[int], None] | None = None,
    language: str | None = "en",
) -> int:
    """Writes out_dir/NAME.json for every text_dir/NAME.txt; returns how many were written.

    `progress` gets the running count after each file; `language` applies to every text.
    """
    if not text_dir.is_dir():
        raise InputError(f"not a directory: {text_dir}")
    paths = sorted(text_dir.glob("*.txt"))
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = (read_text(p) for p in paths)
    items = ((text, p.stem, language) for p, text in zip(paths, texts, strict=True))
    count = 0
    for path, found in zip(paths, extractor.pipe(items), strict=True):
        write_polnear_json(found, read_text(path), out_dir / f"{path.stem}.json")
        count += 1
        if progress is not None:
            progress(count)
    return count
