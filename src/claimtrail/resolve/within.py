"""Speakers within one article: each attribution's source resolved to the person, organisation
or government it denotes (pronouns, descriptions, short and inflected names, metonymy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimtrail.model import Attribution, EntityType, Span
from claimtrail.resolve.lexicon import AGENCIES, STATE_MEDIA
from claimtrail.resolve.mentions import NameMention, name_mentions, words_of
from claimtrail.resolve.names import is_role, name_key, strip_accents
from claimtrail.resolve.people import Person, people
from claimtrail.resolve.sources import Source, cue_gender, parse_source
from claimtrail.resolve.translit import romanise

# How far back a pronoun or description looks for its antecedent, in characters. News
# paragraphs rarely run past 1,500 characters between a name and "he said".
_LOOKBACK = 1500
_LOOKAHEAD = 400


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a source (or `via`) denotes within one article."""

    name: str  # the fullest name mention, or the surface string when unresolved
    type: EntityType
    mention: Span | None  # the name mention the speaker was resolved to
    aliases: tuple[str, ...]  # name-like surface forms of this speaker in the article
    is_metonymic: bool = False  # "Kyiv", "the Kremlin" standing for a government


@dataclass(frozen=True, slots=True)
class _Resolved:
    position: int
    speaker: Speaker
    person: Person | None
    genders: frozenset[str]


def _source_span(spans: tuple[Span, ...]) -> Span:
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _article_people(
    text: str, parsed: list[Source | None], language: str | None
) -> tuple[list[Person], dict[Span, Person]]:
    """People named in the text or in the source spans (the only names of uncased scripts)."""
    mentions = name_mentions(text, words_of(text), language)
    spans = {m.span for m in mentions}
    for source in parsed:
        if source is None or source.kind != "name" or source.name_span is None:
            continue
        inside = [m for m in mentions if source.name_span.start <= m.span.start < source.name_span.end]
        if inside:
            continue
        if source.name_span not in spans:
            mentions.append(
                NameMention(source.name_span, source.name, name_key(source.name), source.roles, True)
            )
            spans.add(source.name_span)
    return people(mentions)


def _person_speaker(person: Person, mention: Span) -> Speaker:
    return Speaker(person.name, "person", mention, tuple(person.aliases))


def _compatible(item: _Resolved, genders: frozenset[str]) -> bool:
    if "pl" in genders and item.speaker.type in {"org", "other"} and item.person is None:
        return True
    if item.person is None or item.speaker.type != "person":
        return False
    gender = item.person.gender
    return bool(genders & {"m", "f"}) and (gender is None or gender in genders)


def _nearest_person(
    persons: list[Person], position: int, genders: frozenset[str], exclude: Person | None
) -> tuple[Person, Span] | None:
    best: tuple[int, Person, Span] | None = None
    for person in persons:
        if person is exclude or not person.has_evidence:
            continue
        if person.gender is not None and genders and person.gender not in genders:
            continue
        before = [s for s in person.spans if s.end <= position and position - s.end <= _LOOKBACK]
        if before and (best is None or before[-1].end > best[0]):
            best = (before[-1].end, person, before[-1])
    return (best[1], best[2]) if best else None


def _antecedent(
    history: list[_Resolved],
    persons: list[Person],
    position: int,
    genders: frozenset[str],
    exclude: Person | None = None,
) -> Speaker | None:
    """The nearest earlier compatible speaker, else an earlier named person, else a later one."""
    for item in reversed(history):
        if item.position < position and position - item.position <= _LOOKBACK:
            if item.person is not exclude and _compatible(item, genders):
                return item.speaker
    if genders & {"m", "f"}:
        found = _nearest_person(persons, position, genders, exclude)
        if found:
            return _person_speaker(found[0], found[1])
    return None


def _shares_role(words: Sequence[str], roles: set[str]) -> int:
    """How many description words share a 4-letter stem with the person's role words."""
    norm_roles = {strip_accents(r).rstrip(".,’'s") for r in roles}
    score = 0
    for word in words:
        w = strip_accents(word)
        if len(w) < 3 or w in {"the", "der", "die", "das", "les", "los", "las"}:
            continue
        if any(r[:4] == w[:4] and len(r) >= 3 for r in norm_roles if r):
            score += 2 if is_role(word) else 1
    return score


def _by_role(source: Source, persons: list[Person], exclude: Person | None) -> Person | None:
    """The person introduced with the description's role words ("Turkish president X")."""
    scored = []
    for person in persons:
        if person is exclude:
            continue
        score = _shares_role(source.roles, person.roles)
        if score >= 2:
            distance = min(abs(s.start - source.span.start) for s in person.spans)
            scored.append((score, -distance, person))
    if not scored:
        return None
    return max(scored, key=lambda t: (t[0], t[1]))[2]


def _unresolved(source: Source) -> Speaker:
    return Speaker(source.text, "other", None, ())


def _resolve_one(
    source: Source,
    cue: str,
    language: str | None,
    persons: list[Person],
    by_span: dict[Span, Person],
    history: list[_Resolved],
    following: list[Source],
) -> tuple[Speaker, Person | None, frozenset[str]]:
    position = source.span.start
    gender = cue_gender(cue, language)
    if source.kind == "name" and source.name_span is not None:
        person = _person_at(source.name_span, by_span)
        if person is not None:
            if gender and person.gender is None:
                person.gender = gender
            return _person_speaker(person, source.name_span), person, frozenset(person.gender or "mf")
        return Speaker(source.name, "person", source.name_span, (source.name,)), None, frozenset("mf")
    if source.kind == "metonym":
        speaker = Speaker(source.metonym, "org", source.span, (source.text,), is_metonymic=True)
        return speaker, None, frozenset({"pl"})
    if source.kind == "pronoun":
        genders = source.genders
        if gender and gender in genders:
            genders = frozenset(gender)
        found = _antecedent(history, persons, position, genders)
        if found is None:
            found = _cataphor(following, by_span, persons, genders, position)
        if found is not None:
            person = _person_named(found, persons)
            return found, person, genders
        return _unresolved(source), None, genders
    if source.kind == "relative":
        found = _nearest_person(persons, position, frozenset("mf"), None)
        if found is not None and position - found[1].end <= 80:
            return _person_speaker(found[0], found[1]), found[0], frozenset("mf")
        return _unresolved(source), None, frozenset("mf")
    if source.kind == "group":
        return _unresolved(source), None, frozenset({"pl"})
    return _describe(source, gender, persons, history, following, by_span)


def _describe(
    source: Source,
    gender: str | None,
    persons: list[Person],
    history: list[_Resolved],
    following: list[Source],
    by_span: dict[Span, Person],
) -> tuple[Speaker, Person | None, frozenset[str]]:
    genders = frozenset(gender) if gender else frozenset("mf")
    owner = next((p for p in persons if source.possessor and p.name and _mentions_owner(p, source)), None)
    person = _by_role(source, persons, owner)
    if person is not None:
        return _person_speaker(person, person.nearest_span(source.span.start)), person, genders
    has_role = any(is_role(w) for w in source.roles)
    if not has_role and source.text[:1].isupper() and not source.is_possessive:
        # "ФСИН", "Hamas": an institution written by its own name.
        return Speaker(source.text, "org", source.span, (source.text,)), None, frozenset({"pl"})
    if source.is_possessive or source.is_subordinate or source.possessor:
        return _unresolved(source), None, genders
    found = _antecedent(history, persons, source.span.start, genders)
    if found is None:
        found = _cataphor(following, by_span, persons, genders, source.span.start)
    if found is None:
        return _unresolved(source), None, genders
    return found, _person_named(found, persons), genders


def _mentions_owner(person: Person, source: Source) -> bool:
    owner = name_key(source.possessor or "")
    return bool(owner.surname) and owner.surname == person.key.surname


def _person_at(span: Span, by_span: dict[Span, Person]) -> Person | None:
    if span in by_span:
        return by_span[span]
    for other, person in by_span.items():
        if span.start <= other.start < span.end:
            return person
    return None


def _person_named(speaker: Speaker, persons: list[Person]) -> Person | None:
    return next((p for p in persons if p.name == speaker.name), None)


def _cataphor(
    following: list[Source],
    by_span: dict[Span, Person],
    persons: list[Person],
    genders: frozenset[str],
    position: int,
) -> Speaker | None:
    """A headline pronoun or description resolved to the next named speaker just after it."""
    for source in following:
        if source.span.start <= position or source.span.start - position > _LOOKAHEAD:
            continue
        if source.kind == "name" and source.name_span is not None:
            person = _person_at(source.name_span, by_span)
            if person is not None and (person.gender is None or not genders or person.gender in genders):
                return _person_speaker(person, source.name_span)
    return None


def speakers(
    text: str, attributions: Sequence[Attribution], language: str | None
) -> list[Speaker | None]:
    """One speaker per attribution (None when it has no source), in the input order."""
    parsed = [
        parse_source(text, _source_span(a.source), language) if a.source else None
        for a in attributions
    ]
    persons, by_span = _article_people(text, parsed, language)
    order = sorted(
        (i for i, p in enumerate(parsed) if p is not None),
        key=lambda i: attributions[i].source[0].start,
    )
    named = [p for p in parsed if p is not None]
    history: list[_Resolved] = []
    result: list[Speaker | None] = [None] * len(attributions)
    for i in order:
        source = parsed[i]
        assert source is not None  # filtered above; narrows the type for mypy
        cue = " ".join(s.text_of(text) for s in attributions[i].cue)
        speaker, person, genders = _resolve_one(
            source, cue, language, persons, by_span, history, named
        )
        history.append(_Resolved(source.span.start, speaker, person, genders))
        result[i] = speaker
    return result


def _agency(text: str) -> str | None:
    key = romanise(text).strip(" .,'").removeprefix("the ")
    for suffix in (" news agency", " agency", " reported", " said"):
        key = key.removesuffix(suffix)
    return AGENCIES.get(key)


def intermediaries(
    text: str, attributions: Sequence[Attribution], language: str | None
) -> list[Speaker | None]:
    """The `via` of each attribution (the agency or outlet credited), or None."""
    vias = [
        Attribution(a.article_id, a.via, a.cue, a.content, a.kind) if a.via else None
        for a in attributions
    ]
    present = [v for v in vias if v is not None]
    resolved = iter(speakers(text, present, language))
    result: list[Speaker | None] = []
    for via in vias:
        if via is None:
            result.append(None)
            continue
        speaker = next(resolved)
        span = _source_span(via.source)
        surface = span.text_of(text).strip(" ,.;:")
        agency = _agency(surface)
        if agency:
            result.append(Speaker(agency, "org", span, (surface,)))
        elif any(romanise(surface).casefold().startswith(s) for s in STATE_MEDIA):
            result.append(Speaker(surface, "org", span, (surface,)))
        elif speaker is not None and speaker.type == "person" and len(name_key(speaker.name).tokens) < 2:
            # An outlet credited by its name ("Hromadske") reads like a bare surname.
            result.append(Speaker(speaker.name, "org", speaker.mention, speaker.aliases))
        else:
            result.append(speaker)
    return result
