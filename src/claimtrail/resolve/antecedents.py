"""Finding who a pronoun or description points back (or, in a headline, forward) to."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimtrail.model import Span
from claimtrail.resolve.lexicon import COMMON_OPENERS, DETERMINERS, TITLES
from claimtrail.resolve.mentions import words_of
from claimtrail.resolve.names import is_role, name_key, same_person
from claimtrail.resolve.people import Person
from claimtrail.resolve.sources import Source
from claimtrail.resolve.speaker import Speaker

# How far back a pronoun or description looks for its antecedent, in characters: news
# paragraphs rarely run past 1,500 characters between a name and "he said".
LOOKBACK = 1500
# A headline "he" or "the spokesman" is named within the next two sentences or not at all.
LOOKAHEAD = 400
_SUBJECT_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“«„]?$")
# "“I don’t think so,” Zelensky replied": a name right after a closed quote is its speaker.
_AFTER_QUOTE = re.compile(r"[,.!?…][”\"»]\s*$")

Filter = Callable[[Person | None], bool]


@dataclass(frozen=True, slots=True)
class Resolved:
    """An attribution already resolved, as context for the next ones."""

    position: int
    speaker: Speaker
    person: Person | None
    genders: frozenset[str]


def anyone(person: Person | None) -> bool:
    return True


def person_speaker(person: Person, mention: Span) -> Speaker:
    return Speaker(
        person.name, "person", mention, tuple(person.aliases),
        roles=tuple(sorted(person.roles)), owners=tuple(sorted(person.owners)),
    )  # fmt: skip


def person_at(span: Span, by_span: dict[Span, Person]) -> Person | None:
    """The person whose mention is (or starts inside) `span`."""
    if span in by_span:
        return by_span[span]
    for other, person in by_span.items():
        if span.start <= other.start < span.end:
            return person
    return None


def person_matching(name: str, persons: list[Person]) -> Person | None:
    """The last person with evidence whose name `name` can be (a short or inflected form)."""
    key = name_key(name)
    matches = [p for p in persons if p.has_evidence and same_person(key, p.key)]
    return matches[-1] if matches else None


def person_named(speaker: Speaker, persons: list[Person]) -> Person | None:
    return next((p for p in persons if p.name == speaker.name), None)


def _compatible(item: Resolved, genders: frozenset[str]) -> bool:
    if "pl" in genders and item.speaker.type in {"org", "other"} and item.person is None:
        return True
    if item.person is None or item.speaker.type != "person":
        return False
    gender = item.person.gender
    return bool(genders & {"m", "f"}) and (gender is None or gender in genders)


def _fits(person: Person, genders: frozenset[str]) -> bool:
    return person.gender is None or not genders or person.gender in genders


def nearest_person(
    persons: list[Person], position: int, genders: frozenset[str], allowed: Filter
) -> tuple[Person, Span] | None:
    """The person with evidence mentioned last before `position`."""
    best: tuple[int, Person, Span] | None = None
    for person in persons:
        if not person.has_evidence or not allowed(person) or not _fits(person, genders):
            continue
        before = [s for s in person.spans if s.end <= position and position - s.end <= LOOKBACK]
        if before and (best is None or before[-1].end > best[0]):
            best = (before[-1].end, person, before[-1])
    return (best[1], best[2]) if best else None


def _new_subject(
    text: str, persons: list[Person], after: int, position: int, genders: frozenset[str]
) -> tuple[Person, Span] | None:
    """A person who opens a sentence between the last speaker and the pronoun: "Prigozhin's
    announcement leaves no room ...: '...', he said" is Prigozhin, not the last speaker."""
    best: tuple[Person, Span] | None = None
    for person in persons:
        if not person.has_evidence or not _fits(person, genders):
            continue
        for span in person.spans:
            opens = after < span.start < position and opens_clause(text, span)
            if opens and (best is None or span.start > best[1].start):
                best = (person, span)
    return best


def _inside_quote(text: str, position: int) -> bool:
    """True when `position` lies inside a quotation opened earlier in its paragraph."""
    paragraph = text[text.rfind("\n", 0, position) + 1 : position]
    opened = sum(paragraph.count(c) for c in "“«„") - sum(paragraph.count(c) for c in "”»")
    return opened > 0 or paragraph.count('"') % 2 == 1


def opens_clause(text: str, span: Span) -> bool:
    """True when the name at `span` is its sentence's subject: it opens the sentence, perhaps
    after its title ("Ukraine’s foreign minister, Dmytro Kuleba, ...") or after a fronted
    phrase closed by a comma ("Amid the war with Hamas, Turkey's President Erdogan ...")."""
    if _inside_quote(text, span.start):
        return False  # a name in a quote is what the speaker talks about
    if _SUBJECT_START.search(text[: span.start][-6:]) or _AFTER_QUOTE.search(text[: span.start]):
        return True
    # A dateline's colon ends it too: "October 25 : Amid the war, Erdogan ...".
    start = max(text.rfind(mark, 0, span.start) for mark in ".!?:\n") + 1
    words = words_of(text, start, span.start)
    chain_start = span.start
    for i in range(len(words) - 1, -1, -1):
        word, gap = words[i], text[words[i].end : chain_start]
        next_is_role = i + 1 < len(words) and is_role(words[i + 1].text)
        titled = (
            is_role(word.text)
            or word.is_cap
            or word.text.casefold() in DETERMINERS
            or (next_is_role and len(word.text) >= 4)
        )
        # A comma joins a title to its name ("minister, Dmytro") but ends a fronted phrase.
        joined = not gap.strip() or (gap.strip() == "," and is_role(word.text))
        if not (titled and joined):
            break
        chain_start = word.start
    # A one-word name inside a title chain is often part of an institution's name
    # ("Начальник Главного управления ..."); a titled subject is written in full.
    one_word = len(text[span.start : span.end].split()) < 2
    honorific = bool(words) and words[-1].text.casefold().rstrip(".") in TITLES
    if chain_start < span.start and one_word and not honorific:
        return False
    before = text[start:chain_start].strip(' \t"“«„')
    if not before:
        return True
    first = before.split(maxsplit=1)[0].casefold()
    return before.endswith(",") and first in COMMON_OPENERS


def antecedent(
    text: str,
    history: list[Resolved],
    persons: list[Person],
    position: int,
    genders: frozenset[str],
    allowed: Filter = anyone,
) -> Speaker | None:
    """The nearest earlier compatible speaker (unless a new sentence subject came after it),
    else the person named last."""
    for item in reversed(history):
        near = item.position < position and position - item.position <= LOOKBACK
        if near and allowed(item.person) and _compatible(item, genders):
            if genders & {"m", "f"}:
                subject = _new_subject(text, persons, item.position, position, genders)
                if subject and subject[0] is not item.person and allowed(subject[0]):
                    return person_speaker(*subject)
            return item.speaker
    if genders & {"m", "f"}:
        found = nearest_person(persons, position, genders, allowed)
        if found:
            return person_speaker(*found)
    return None


def cataphor(
    following: list[Source],
    by_span: dict[Span, Person],
    genders: frozenset[str],
    position: int,
    allowed: Filter = anyone,
) -> Speaker | None:
    """A headline pronoun or description resolved to the next named speaker just after it."""
    for source in following:
        if source.span.start <= position or source.span.start - position > LOOKAHEAD:
            continue
        if source.kind == "name" and source.name_span is not None:
            person = person_at(source.name_span, by_span)
            if person is not None and allowed(person) and _fits(person, genders):
                return person_speaker(person, source.name_span)
    return None
