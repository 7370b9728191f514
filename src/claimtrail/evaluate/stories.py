"""The story metrics behind `claimtrail eval stories`: storyscore's definitions, same figures.

Every metric is defined in the docstring of ../shared/tools/storyscore.py; a test checks that
both print the same numbers for the same export.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.evaluate.storygold import (
    GoldStatement,
    Mapper,
    Side,
    StoryGold,
    dice,
    normalise_url,
    primary_language,
)

MATCH_DICE = 0.5  # a predicted statement matches a gold one
COVER_DICE = 0.3  # a discrepancy side is covered by a listed statement or evidence span
ORDER = (
    "articles_found", "language_acc", "published_acc", "story_pair_f1", "stmt_p", "stmt_r",
    "stmt_f1", "unmatched_pred", "speaker_acc", "speaker_pair_f1", "same_stmt_f1",
    "cross_doc_same_stmt_recall", "cross_lang_same_stmt_recall", "said_on_acc", "said_on_cov",
    "disc_recall", "disc_recall_doc", "disc_type_acc", "disc_predicted",
)  # fmt: skip
Export = dict[str, list[dict[str, Any]]]
Pair = tuple[GoldStatement, dict[str, Any]]


def load_export(path: Path) -> Export:
    """An export document, with the lists storyscore requires checked."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read export {path}: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("articles"), list):
        raise InputError(f"export {path} has no 'articles' list")
    for key in ("entities", "statements", "stories", "discrepancies"):
        document[key] = document.get(key) or []
        if not isinstance(document[key], list):
            raise InputError(f"export '{key}' is not a list")
    for key, needed in {"articles": ("id",), "statements": ("article", "content")}.items():
        for i, item in enumerate(document[key]):
            missing = [f for f in needed if not isinstance(item, dict) or f not in item]
            if missing:
                raise InputError(f"export {key}[{i}] lacks {', '.join(missing)}")
    return document


def pair_f1(
    items: list[Any],
    gold_key: Callable[[Any], object],
    pred_key: Callable[[Any], object],
    pair_filter: Callable[[Any, Any], bool] | None = None,
) -> tuple[float, float, float, float]:
    """Pairwise P, R, F1 of 'same label' (None = alone), and recall on filtered gold pairs."""
    tp = fp = fn = ftp = ffn = 0
    for x, y in combinations(items, 2):
        is_gold = gold_key(x) is not None and gold_key(x) == gold_key(y)
        is_pred = pred_key(x) is not None and pred_key(x) == pred_key(y)
        tp += is_gold and is_pred
        fp += is_pred and not is_gold
        fn += is_gold and not is_pred
        if is_gold and pair_filter and pair_filter(x, y):
            ftp += is_pred
            ffn += not is_pred
    precision = tp / (tp + fp) if tp + fp else (1.0 if tp + fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, (ftp / (ftp + ffn) if ftp + ffn else 1.0)


@dataclass(slots=True)
class _Matched:
    article_doc: dict[str, str]  # export article id -> gold doc
    articles: dict[str, dict[str, Any]]  # gold doc -> export article
    mappers: dict[str, Mapper]


def _match_articles(gold: StoryGold, export: Export) -> _Matched:
    by_url = {normalise_url(m.get("url")): d for d, m in gold.meta.items() if m.get("url")}
    matched = _Matched({}, {}, {})
    for article in export["articles"]:
        aid = article.get("id")
        doc = aid if aid in gold.docs else None
        if doc is None and article.get("url"):
            doc = by_url.get(normalise_url(article.get("url")))
        if doc is None or doc in matched.articles:
            continue
        matched.article_doc[str(aid)] = doc
        matched.articles[doc] = article
        matched.mappers[doc] = Mapper(article.get("text"), gold.docs[doc], gold.tokens[doc])
    return matched


def _metadata(gold: StoryGold, articles: dict[str, dict[str, Any]]) -> dict[str, float]:
    docs = list(gold.docs)
    dated = [d for d in docs if gold.meta[d].get("published")]

    def same_day(d: str) -> bool:
        predicted = str(articles.get(d, {}).get("published") or "")[:10]
        return predicted == str(gold.meta[d]["published"])[:10]

    def same_language(d: str) -> bool:
        return primary_language(articles.get(d, {}).get("language")) == gold.language[d]

    return {
        "articles_found": len(articles) / len(docs) if docs else 0.0,
        "published_acc": sum(map(same_day, dated)) / len(dated) if dated else 1.0,
        "language_acc": sum(map(same_language, docs)) / len(docs) if docs else 0.0,
    }


def _stories(gold: StoryGold, export: Export, matched: _Matched) -> float:
    predicted: dict[str, object] = {}
    if export["stories"]:
        for story in export["stories"]:
            for aid in story.get("articles") or []:
                if str(aid) in matched.article_doc:
                    predicted[matched.article_doc[str(aid)]] = ("s", story.get("id"))
    else:
        predicted = {d: a.get("story") for d, a in matched.articles.items()}
    return pair_f1(list(gold.docs), gold.story_of.get, predicted.get)[2]


def _match_statements(
    gold: StoryGold, export: Export, matched: _Matched
) -> tuple[list[dict[str, Any]], list[Pair]]:
    predictions = []
    for statement in export["statements"]:
        doc = matched.article_doc.get(str(statement.get("article")))
        if doc is not None:
            tokens = matched.mappers[doc].span(statement.get("content"))
            predictions.append({**statement, "_doc": doc, "_tokens": tokens})
    gold_by_doc: dict[str, list[GoldStatement]] = defaultdict(list)
    pred_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold.statements:
        gold_by_doc[g.doc].append(g)
    for p in predictions:
        pred_by_doc[p["_doc"]].append(p)
    pairs: list[Pair] = []
    for doc in gold.docs:
        golds, preds = gold_by_doc[doc], pred_by_doc[doc]
        candidates = sorted(
            (dice(g.tokens, p["_tokens"]), i, j)
            for i, g in enumerate(golds)
            for j, p in enumerate(preds)
        )
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        for score, i, j in candidates:
            if score < MATCH_DICE:
                break
            if i not in used_gold and j not in used_pred:
                used_gold.add(i)
                used_pred.add(j)
                pairs.append((golds[i], preds[j]))
    return predictions, pairs


def _speakers(pairs: list[Pair]) -> dict[str, float]:
    spoken = [(g, p) for g, p in pairs if g.speaker]
    if not spoken:
        return {"speaker_acc": 0.0, "speaker_pair_f1": 0.0}
    votes: dict[object, Counter[str]] = defaultdict(Counter)
    for g, p in spoken:
        if p.get("speaker") is not None and g.speaker:
            votes[p["speaker"]][g.speaker] += 1
    mapping = {entity: counter.most_common(1)[0][0] for entity, counter in votes.items()}
    correct = sum(
        p.get("speaker") is not None and mapping.get(p["speaker"]) == g.speaker for g, p in spoken
    )
    f1 = pair_f1(spoken, lambda x: x[0].speaker, lambda x: x[1].get("speaker"))[2]
    return {"speaker_acc": correct / len(spoken), "speaker_pair_f1": f1}


def _same_statement(gold: StoryGold, pairs: list[Pair]) -> dict[str, float]:
    if not pairs:
        return dict.fromkeys(
            ("same_stmt_f1", "cross_doc_same_stmt_recall", "cross_lang_same_stmt_recall"), 0.0
        )

    def gold_key(x: Pair) -> object:
        return x[0].cluster

    def pred_key(x: Pair) -> object:
        return x[1].get("group")

    _, _, f1, cross_doc = pair_f1(pairs, gold_key, pred_key, lambda x, y: x[0].doc != y[0].doc)
    cross_lang = pair_f1(
        pairs, gold_key, pred_key, lambda x, y: gold.language[x[0].doc] != gold.language[y[0].doc]
    )[3]
    return {
        "same_stmt_f1": f1,
        "cross_doc_same_stmt_recall": cross_doc,
        "cross_lang_same_stmt_recall": cross_lang,
    }


def _dates(pairs: list[Pair]) -> dict[str, float]:
    dated = [(g, p) for g, p in pairs if g.said_on]
    if not dated:
        value = 1.0 if pairs else 0.0
        return {"said_on_acc": value, "said_on_cov": value}
    right = sum(str(p.get("said_on") or "")[:10] == g.said_on for g, p in dated)
    covered = sum(bool(p.get("said_on")) for _, p in dated)
    return {"said_on_acc": right / len(dated), "said_on_cov": covered / len(dated)}


def _discrepancies(
    gold: StoryGold,
    export: Export,
    predictions: list[dict[str, Any]],
    pairs: list[Pair],
    matched: _Matched,
) -> dict[str, float]:
    matched_to: dict[str, set[object]] = defaultdict(set)
    for g, p in pairs:
        matched_to[g.id].add(p.get("id"))
    pred_by_id = {p.get("id"): p for p in predictions}
    flagged = []
    for item in export["discrepancies"]:
        ids = [s for s in (item.get("statements") or []) if s in pred_by_id]
        evidence = [(pred_by_id[s]["_doc"], pred_by_id[s]["_tokens"]) for s in ids]
        for span in item.get("evidence") or []:
            doc = (
                matched.article_doc.get(str(span.get("article")))
                if isinstance(span, dict)
                else None
            )
            if doc is not None:
                evidence.append((doc, matched.mappers[doc].span(span)))
        docs = {d for d, _ in evidence} | {
            matched.article_doc[str(a)]
            for a in (item.get("articles") or [])
            if str(a) in matched.article_doc
        }
        if docs:
            flagged.append((item.get("type"), set(ids), evidence, docs))

    def covers(
        ids: set[object], evidence: Iterable[tuple[str, frozenset[int]]], side: Side
    ) -> bool:
        if side.stmt and ids & matched_to[side.stmt]:
            return True
        return any(d == side.doc and dice(t, side.tokens) >= COVER_DICE for d, t in evidence)

    found = found_doc = typed = 0
    for discrepancy in gold.discrepancies:
        a, b = (gold.side(ref) for ref in discrepancy.sides)
        if a is None or b is None:
            continue
        hits = [f for f in flagged if covers(f[1], f[2], a) and covers(f[1], f[2], b)]
        found += bool(hits)
        typed += any(f[0] == discrepancy.type for f in hits)
        found_doc += any({a.doc, b.doc} <= f[3] for f in flagged)
    n = len(gold.discrepancies)
    return {
        "disc_recall": found / n if n else 1.0,
        "disc_recall_doc": found_doc / n if n else 1.0,
        "disc_type_acc": typed / found if found else 0.0,
        "disc_predicted": float(len(flagged)),
    }


def score_stories(gold: StoryGold, export: Export) -> dict[str, float]:
    """Every storyscore metric for `export` against `gold`, in storyscore's order."""
    matched = _match_articles(gold, export)
    metrics = _metadata(gold, matched.articles)
    metrics["story_pair_f1"] = _stories(gold, export, matched)
    predictions, pairs = _match_statements(gold, export, matched)
    n_gold, n_pred, n_match = len(gold.statements), len(predictions), len(pairs)
    precision = n_match / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = n_match / n_gold if n_gold else 1.0
    metrics.update(
        stmt_p=precision,
        stmt_r=recall,
        stmt_f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        unmatched_pred=float(n_pred - n_match),
    )
    metrics.update(_speakers(pairs))
    metrics.update(_same_statement(gold, pairs))
    metrics.update(_dates(pairs))
    metrics.update(_discrepancies(gold, export, predictions, pairs, matched))
    return {k: metrics[k] for k in ORDER}


def format_story_report(metrics: dict[str, float]) -> str:
    """A table, then storyscore's machine-readable `key=value` line."""
    rows = [f"  {k:<30} {metrics[k]:.3f}" for k in ORDER]
    return "\n".join([*rows, " ".join(f"{k}={metrics[k]:.3f}" for k in ORDER)])


def statement_scores_by_language(gold: StoryGold, export: Export) -> dict[str, dict[str, float]]:
    """stmt_p/r/f1 and the gold count per document language (statement matching as above)."""
    matched = _match_articles(gold, export)
    predictions, pairs = _match_statements(gold, export, matched)
    scores = {}
    for language in sorted(set(gold.language.values())):
        n_gold = sum(gold.language[s.doc] == language for s in gold.statements)
        n_pred = sum(gold.language[p["_doc"]] == language for p in predictions)
        n_match = sum(gold.language[g.doc] == language for g, _ in pairs)
        precision = n_match / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        recall = n_match / n_gold if n_gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[language] = {
            "gold": float(n_gold), "stmt_p": precision, "stmt_r": recall, "stmt_f1": f1
        }  # fmt: skip
    return scores


def format_language_table(scores: dict[str, dict[str, float]]) -> str:
    """One row per language: gold statements, stmt_p, stmt_r, stmt_f1."""
    rows = ["  language  gold  stmt_p  stmt_r  stmt_f1"]
    for language, s in scores.items():
        rows.append(
            f"  {language:<8} {s['gold']:>5.0f}  {s['stmt_p']:.3f}   {s['stmt_r']:.3f}   "
            f"{s['stmt_f1']:.3f}"
        )
    return "\n".join(rows)
