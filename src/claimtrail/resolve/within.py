"""Speakers within one article: each attribution's source resolved to the person, organisation
or government it denotes (pronouns, descriptions, short and inflected names, metonymy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimtrail.model import Attribution, Span
from claimtrail.resolve.antecedents import (
    Resolved,
    antecedent,
    anyone,
    cataphor,
    nearest_person,
    person_at,
    person_matching,
    person_named,
    person_speaker,
)
from claimtrail.resolve.lexicon import AGENCIES, STATE_MEDIA
from claimtrail.resolve.mentions import NameMention, common_nouns, name_mentions, words_of
from claimtrail.resolve.names import is_role, name_key
from claimtrail.resolve.people import Person, people
from claimtrail.resolve.roles import by_role, is_aide, learn_roles, role_conflict
from claimtrail.resolve.sources import Source, cue_gender, parse_source, pronoun_genders
from claimtrail.resolve.speaker import Speaker
from claimtrail.resolve.stopwords import stop_words
from claimtrail.resolve.subjects import (
    function_words_only,
    is_lone_opener,
    is_outlet,
    postverbal_subject,
    with_apposition,
    zero_subject,
)
from claimtrail.resolve.translit import romanise

__all__ = ["Speaker", "intermediaries", "speakers"]

_ANY = frozenset("mf")
_GROUP = frozenset({"pl"})


@dataclass(frozen=True, slots=True)
class _Article:
    """What every attribution of one article is resolved against."""

    text: str
    language: str | None
    persons: list[Person]
    by_span: dict[Span, Person]
    sources: list[Source]  # every parsed source, for names that come just after a headline


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
        if source.metonym:
            continue  # "Ukraine": a person only if the article names one so
        start, end = source.name_span.start, source.name_span.end
        if source.name_span in spans or any(start <= m.span.start < end for m in mentions):
            continue
        mention = NameMention(source.name_span, source.name, name_key(source.name), (), True)
        mentions.append(mention)
        spans.add(source.name_span)
    persons, by_span = people(mentions)
    # A name written as a source is a speaker, and its title there is its role.
    for source in parsed:
        if source is not None and source.kind == "name" and source.name_span is not None:
            person = person_at(source.name_span, by_span)
            if person is not None:
                person.has_evidence = True
                learn_roles(person, source)
    return persons, by_span


def _unresolved(source: Source, owners: tuple[str, ...] = ()) -> Speaker:
    """The surface string; a description keeps its words, for the index to find its holder."""
    roles = source.roles if source.kind == "description" else ()
    return Speaker(source.text, "other", None, (), roles=roles, owners=owners)


def _owner_names(
    source: Source, owner: Person | None, article: _Article, history: list[Resolved]
) -> tuple[str, ...]:
    """Whom a description's speaker serves: "Zelensky" in "Zelensky's spokesman", and for
    "his spokesman" / "sein Sprecher" the person the possessive points back to."""
    if owner is not None:
        return (owner.name,)
    if source.possessor:
        return (source.possessor,)
    if not source.is_possessive:
        return ()
    first = source.text.split(maxsplit=1)[0]
    genders = pronoun_genders(first, article.language) or _ANY
    found = antecedent(article.text, history, article.persons, source.span.start, genders)
    return (found.name,) if found is not None and found.type == "person" else ()


def _named(
    source: Source, gender: str | None, article: _Article
) -> tuple[Speaker, Person | None, frozenset[str]]:
    assert source.name_span is not None  # a "name" source always has one
    person = person_at(source.name_span, article.by_span) or person_matching(
        source.name, article.persons
    )
    if person is None and source.metonym:
        speaker = Speaker(source.metonym, "org", source.name_span, (source.name,), True)
        return speaker, None, _GROUP
    if person is None:
        return Speaker(source.name, "person", source.name_span, (source.name,)), None, _ANY
    if gender and person.gender is None:
        person.gender = gender  # "Юлия заявила": the verb marks her
    return person_speaker(person, source.name_span), person, frozenset(person.gender or "mf")


def _pronoun(
    source: Source, gender: str | None, article: _Article, history: list[Resolved]
) -> tuple[Speaker, Person | None, frozenset[str]]:
    genders = source.genders
    if gender and gender in genders:
        genders = frozenset(gender)
    position = source.span.start
    found = antecedent(article.text, history, article.persons, position, genders)
    if found is None:
        found = cataphor(article.sources, article.by_span, genders, position)
    if found is None:
        return _unresolved(source), None, genders
    return found, person_named(found, article.persons), genders


def _describe(
    source: Source, gender: str | None, article: _Article, history: list[Resolved]
) -> tuple[Speaker, Person | None, frozenset[str]]:
    """A description: the person introduced with its role, else the last fitting speaker."""
    genders = frozenset(gender) if gender else _ANY
    persons = article.persons
    owner: Person | None = None
    if source.possessor:
        owner = person_matching(source.possessor, persons)
    elif source.owner_roles:
        # "the Ukrainian president's spokesman": the president is the owner, not the speaker.
        owner = by_role(replace(source, roles=source.owner_roles), persons, None)
    owners = _owner_names(source, owner, article, history)
    person = by_role(source, persons, owner)
    if person is not None:
        learn_roles(person, source, owners)
        return person_speaker(person, person.nearest_span(source.span.start)), person, genders
    titled = source.text[:1].isupper() and not source.is_possessive
    if titled and not any(is_role(w) for w in source.roles):
        # "ФСИН", "Hamas": an institution written by its own name.
        return Speaker(source.text, "org", source.span, (source.text,)), None, _GROUP

    def fits(candidate: Person | None) -> bool:
        return candidate is not owner and not role_conflict(source, candidate)

    def earlier(candidate: Person | None) -> bool:
        # "the spokesman" after "Zelensky said" is not Zelensky: an aide must be known as one.
        return fits(candidate) and (not source.is_subordinate or is_aide(candidate))

    found: Speaker | None = None
    if not (source.is_possessive or source.possessor):
        found = antecedent(article.text, history, persons, source.span.start, genders, earlier)
    if found is None:
        # "his spokesman", "Zelensky's press officer" are often named in the next sentence.
        found = cataphor(article.sources, article.by_span, genders, source.span.start, fits)
    if found is None:
        return _unresolved(source, owners), None, genders
    person = person_named(found, persons)
    if person is not None:
        learn_roles(person, source, owners)
        found = person_speaker(person, found.mention or source.span)
    return found, person, genders


def _resolve(
    source: Source, cue: str, article: _Article, history: list[Resolved]
) -> tuple[Speaker, Person | None, frozenset[str]]:
    gender = cue_gender(cue, article.language)
    if source.kind == "name" and source.name_span is not None:
        return _named(source, gender, article)
    if source.kind == "metonym":
        return Speaker(source.metonym, "org", source.span, (source.text,), True), None, _GROUP
    if source.kind == "pronoun":
        return _pronoun(source, gender, article, history)
    if source.kind == "relative":
        # "Hanna Malyar, who acknowledges": the name right before the relative pronoun.
        found = nearest_person(article.persons, source.span.start, _ANY, anyone)
        if found is not None and source.span.start - found[1].end <= 80:
            return person_speaker(*found), found[0], _ANY
        return _unresolved(source), None, _ANY
    if source.kind == "group":
        return _unresolved(source), None, _GROUP
    return _describe(source, gender, article, history)


def speakers(
    text: str, attributions: Sequence[Attribution], language: str | None
) -> list[Speaker | None]:
    """One speaker per attribution, in the input order; the same real person gets the same
    `name` within the article. An attribution with no source gets the subject its cue implies
    ("Recalcó que", "وأضاف": the last fitting speaker), or None when there is none."""
    lowered = common_nouns(words_of(text), language)
    written = [
        parse_source(text, _source_span(a.source), language, lowered) if a.source else None
        for a in attributions
    ]
    parsed = [
        _read(text, a, w, language, lowered) for a, w in zip(attributions, written, strict=True)
    ]
    # A function word read as an unwritten subject must not become a person of the article.
    named = [p if p is not None and p.text else None for p in parsed]
    persons, by_span = _article_people(text, named, language)
    article = _Article(text, language, persons, by_span, [w for w in written if w is not None])
    at = {i: p.span.start for i, p in enumerate(parsed) if p is not None}
    history: list[Resolved] = []
    result: list[Speaker | None] = [None] * len(attributions)
    for i in sorted(at, key=at.__getitem__):
        source, fallback = parsed[i], written[i]
        if source is None:  # excluded from `at`; keeps mypy's narrowing
            continue
        cue = " ".join(s.text_of(text) for s in attributions[i].cue)
        speaker, person, genders = _resolve(source, cue, article, history)
        # A source read in place of the written one must resolve, unless it is an office
        # that other articles may name ("قال البابا").
        if source is not fallback and speaker.type == "other" and not speaker.roles:
            if fallback is None:
                continue  # a verb whose subject nobody names stays without a speaker
            source = fallback
            speaker, person, genders = _resolve(source, cue, article, history)
        history.append(Resolved(source.span.start, speaker, person, genders))
        result[i] = speaker
    return result


def _read(
    text: str,
    attribution: Attribution,
    written: Source | None,
    language: str | None,
    lowered: frozenset[str],
) -> Source | None:
    """The source to resolve: the written one, else the cue's unwritten subject. A source of
    function words only ("كما", "তবে") is read as that subject too, and a description the
    extractor cut before a name in apposition is extended over the name."""
    if written is None:
        return zero_subject(text, attribution.cue, language)
    if written.kind == "description":
        # "il capo dell'intelligence militare ucraina, Kyrylo Budanov, ha detto".
        span = _source_span(attribution.source)
        longer = with_apposition(text, span)
        if longer != span:
            return parse_source(text, longer, language, lowered)
    after = postverbal_subject(text, attribution.cue, language)
    if after is not None and _no_subject(written, language):
        # "وفي ختام مقابلته العامة، قال البابا": a phrase before the verb, its subject after.
        return parse_source(text, after, language, lowered)
    relayed = attribution.kind in {"direct", "mixed"} and written.kind != "pronoun"
    if relayed and is_outlet(written.text):
        # "'...,' he said, according to The Times of Israel": the outlet relays the quote.
        return zero_subject(text, attribution.cue, language, written.span.start) or written
    unwritten = written.kind not in {"pronoun", "relative"} and (
        function_words_only(written.text, language) or is_lone_opener(text, written)
    )
    if unwritten:
        return zero_subject(text, attribution.cue, language, written.span.start) or written
    return written


def _no_subject(source: Source, language: str | None) -> bool:
    """A written source that cannot be the subject: no office word in a description, or a
    phrase opening with a function word ("وفي ختام ...": "and at the end of")."""
    if source.kind == "description":
        return not any(is_role(w) for w in source.roles)
    first = source.text.split(maxsplit=1)[0].casefold() if source.text.strip() else ""
    return source.kind == "name" and first in stop_words(language)


def _agency(text: str) -> str | None:
    """The agency named anywhere in a `via` span ("state news agency BelTA", "АФП" aside)."""
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", romanise(text))
    for size in (3, 2, 1):  # the longest name first: "agence france-presse" before "afp"
        for i in range(len(words) - size + 1):
            found = AGENCIES.get(" ".join(words[i : i + size]))
            if found:
                return found
    return None


def intermediaries(
    text: str, attributions: Sequence[Attribution], language: str | None
) -> list[Speaker | None]:
    """The `via` of each attribution (the agency, outlet or person credited), or None."""
    vias = [
        Attribution(a.article_id, a.via, a.cue, a.content, a.kind) if a.via else None
        for a in attributions
    ]
    resolved = iter(speakers(text, [v for v in vias if v is not None], language))
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
        elif any(romanise(surface).startswith(s) for s in STATE_MEDIA):
            result.append(Speaker(surface, "org", span, (surface,)))
        elif speaker is not None and speaker.type == "person" and " " not in speaker.name:
            # An outlet credited by its name ("Hromadske") reads like a bare surname; a person
            # credited as a channel is named in full somewhere in the article.
            result.append(Speaker(speaker.name, "org", speaker.mention, speaker.aliases))
        else:
            result.append(speaker)
    return result
