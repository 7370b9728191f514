"""Which attributions are statements: something the source put forward as said, thought or meant.

PolNeAR annotates every attribution, and `claimtrail extract` keeps them all. A statement in
the store is what its speaker asserted, so two kinds are left out there: a question ("Asked
whether the city had fallen, he said ..." would read as his words about whether the city had
fallen; "reporters asked if ...") and a report that something was *not* said ("did not say
when", "has not commented on"), which asserts nothing. Neither kind is a statement in the
stories corpus's gold (0 of 370), and both made spurious same-statement links and
discrepancies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrail.model import Attribution

# A cue that puts a question to the source: "Asked about ...," opening a sentence, "when
# asked", "the question was", and their kin in the other languages; all unambiguous.
_PUT_TO = re.compile(
    r"^(?:(?:when|after|once|if|being)\s+(?:being\s+)?(?:asked|pressed|questioned)|"
    r"(?-i:Asked|Pressed|Questioned)|the\s+question|"
    r"auf\s+die\s+frage|gefragt|"  # de
    r"на\s+вопрос|отвечая\s+на\s+вопрос|на\s+питання|"  # ru, uk
    r"zapytan[ya]|pytan[ya]|dotázán[a]?|na\s+otázku|"  # pl, cs
    r"interrog[ée]e?s?|interpellat[oa]|alla\s+domanda|"  # fr, it
    r"preguntad[oa]|questionad[oa]|perguntad[oa]|"  # es, pt
    r"soru(?:su)?\s+üzerine|ردا\s+على\s+سؤال|سئل)\b",  # tr, ar
    re.IGNORECASE,
)
# "asked" is also a request ("asked Congress to act"): a question only with a question after it.
_ASKED = re.compile(r"^(?:was\s+|were\s+|is\s+|are\s+)?(?:ask(?:ed|ing|s)?|questioned)\b", re.I)
_QUESTION_CONTENT = re.compile(
    r"^\W*(?:whether|if|why|what|when|where|who|whom|how|which)\b|\?", re.IGNORECASE
)
# Words that negate a reporting verb, as whole words of the cue; not "no", which in English
# mostly qualifies a noun ("the announcement leaves no room for doubt:"), only for Spanish.
_NEGATORS = (
    "not|never|cannot|nicht|nie|niemals|kein|keine|keinen|не|ни|ні|ne|pas|jamais|non|"
    "nunca|jamás|não|لم|لن"
)
_NEGATION = re.compile(rf"(?:^|\s)(?:{_NEGATORS})(?=\s|$)|n['’]t(?=\s|$)", re.IGNORECASE)
_SPANISH_NEGATION = re.compile(r"(?:^|\s)no(?=\s|$)", re.IGNORECASE)


def is_assertion(attribution: Attribution, text: str, language: str | None = None) -> bool:
    """False for a question put to the source and for a negated report (see the module doc)."""
    cue = " ".join(span.text_of(text) for span in attribution.cue).strip()
    if not cue:
        return True
    negated = _NEGATION.search(cue) or (language == "es" and _SPANISH_NEGATION.search(cue))
    content = " ".join(span.text_of(text) for span in attribution.content)
    question = _PUT_TO.match(cue) or (_ASKED.match(cue) and _QUESTION_CONTENT.search(content))
    return not (question or negated)


def assertions(
    attributions: Sequence[Attribution], text: str, language: str | None = None
) -> list[Attribution]:
    """The attributions that are statements, in their order."""
    return [a for a in attributions if is_assertion(a, text, language)]
