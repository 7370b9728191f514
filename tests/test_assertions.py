"""Statements are what a source asserted: questions and negated reports stay out of the store
(but not out of `claimtrail extract`, whose PolNeAR format keeps every attribution)."""

from __future__ import annotations

import pytest

from claimtrail.assertions import assertions, is_assertion
from claimtrail.model import Attribution, Span


def _attribution(text: str, cue: str, content: str) -> Attribution:
    def span(part: str) -> tuple[Span, ...]:
        start = text.index(part)
        return (Span(start, start + len(part)),)

    return Attribution("a", (), span(cue), span(content), "indirect")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Asked whether the port was closed, Keller said no.",
            "Asked",
            "whether the port was closed",
        ),
        (
            "When asked if talks would resume, the minister smiled.",
            "When asked",
            "if talks would resume",
        ),
        ("Reporters asked why the bridge was shut.", "asked", "why the bridge was shut"),
        (
            "The question was as follows: is the port open?",
            "The question was as follows:",
            "is the port open?",
        ),
        (
            "Auf die Frage, ob der Hafen offen sei, schwieg er.",
            "Auf die Frage",
            "ob der Hafen offen sei",
        ),
        (
            "The mayor did not say when the bridge would reopen.",
            "did not say",
            "when the bridge would reopen",
        ),
        ("Keller hasn't commented on the blockade.", "hasn't commented on", "the blockade"),
        (
            "Der Minister hat nicht gesagt, wann die Brücke öffnet.",
            "hat nicht gesagt",
            "wann die Brücke öffnet",
        ),
        ("Министр не сказал, когда откроется мост.", "не сказал", "когда откроется мост"),
    ],
)
def test_questions_and_negated_reports_are_not_statements(
    text: str, cue: str, content: str
) -> None:
    assert not is_assertion(_attribution(text, cue, content), text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Keller said the port would stay closed.", "said", "the port would stay closed"),
        (
            "The union asked the council to reopen the port.",
            "asked",
            "the council to reopen the port",
        ),
        (
            "The statement leaves no room for doubt: the port is closed.",
            "The statement leaves no room for doubt:",
            "the port is closed",
        ),
        ("Keller denied that the port was closed.", "denied", "that the port was closed"),
        ("Keller warned that talks had not resumed.", "warned", "that talks had not resumed"),
    ],
)
def test_claims_requests_and_denials_stay_statements(text: str, cue: str, content: str) -> None:
    assert is_assertion(_attribution(text, cue, content), text)


def test_no_negates_a_cue_only_in_spanish() -> None:
    text = "El ministro no dijo cuándo abrirá el puerto."
    found = _attribution(text, "no dijo", "cuándo abrirá el puerto")
    assert assertions([found], text, "es") == []
    assert assertions([found], text, "en") == [found]
