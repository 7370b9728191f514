"""Entities across articles: one per real person or organisation, whatever the spelling,
script or inflection, found through blocking keys so that each lookup stays cheap.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from claimtrail.model import Entity, EntityProfile, EntityType
from claimtrail.resolve.names import (
    NameKey,
    block_keys,
    compatible_given,
    cross_script,
    gender_of_surname,
    is_latin,
    name_key,
    similar_tokens,
    stem,
)
from claimtrail.resolve.offices import Office, can_stand_alone, office_evidence, office_of
from claimtrail.resolve.places import canonical_place, government_of, phrase_key
from claimtrail.resolve.translit import romanise
from claimtrail.resolve.within import Speaker

# Words that do not tell one organisation from another ("the Wagner Group" = "Wagner").
_GENERIC = frozenset(
    {"the", "of", "group", "party", "parti", "partisi", "agency", "news", "and", "for", "de",
     "la", "le", "di", "del", "des", "der", "die", "das"}
)  # fmt: skip
_HANDLE_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "real", "the"})
# Token-sort similarity above which two organisation names are one (Ukrainska / Ukrayinska
# Pravda scores 94); a subset test merged "Government of Ukraine" with any government.
_ORG_RATIO = 88.0
# Co-occurring surnames kept per entity (the commonest), in memory as in its stored profile, so a
# later run resolves exactly as one long run would: enough to tell namesakes apart.
PROFILE_CONTEXT = 64


@dataclass(slots=True)
class _Record:
    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    keys: list[NameKey] = field(default_factory=list)
    phrases: set[str] = field(default_factory=set)
    given: set[str] = field(default_factory=set)
    count: int = 0
    last: int = 0
    context: Counter[str] = field(default_factory=Counter)
    office: Office = field(default_factory=Office)

    def entity(self) -> Entity:
        return Entity(self.id, self.name, self.type, tuple(self.aliases))


def _slug(name: str) -> str:
    slug: str = re.sub(r"[^a-z0-9]+", "-", romanise(name)).strip("-")
    return slug[:40] or "entity"


def entity_id_for(name: str, type_: EntityType, scope: str = "") -> str:
    """A readable, stable id: the slug of the Latin name and a short hash of name and type."""
    salt = f"{type_}|{phrase_key(name)}|{scope}"
    digest = hashlib.sha1(salt.encode(), usedforsecurity=False).hexdigest()
    return f"{_slug(name)}-{digest[:8]}"


def _org_phrase(name: str) -> str:
    words = [w for w in phrase_key(name).split() if w not in _GENERIC]
    return " ".join(words)


def _acronym(name: str) -> str:
    words: list[str] = [w for w in re.findall(r"\w+", name) if w.casefold() not in _GENERIC]
    if len(words) == 1 and words[0].isupper():
        return words[0].casefold()
    # Two-word acronyms collide too often ("Government of Uganda" / "of Ukraine" -> GU).
    return "".join(w[0] for w in words).casefold() if len(words) > 2 else ""


def _fuller(candidate: str, current: str) -> bool:
    """Prefer Latin-script names, then names with more words."""
    rank = (is_latin(candidate), len(candidate.split()))
    return rank > (is_latin(current), len(current.split()))


class EntityIndex:
    """Entities across articles: one per real person/org across spellings, transliterations,
    scripts and inflections."""

    def __init__(
        self, entities: Iterable[Entity] = (), profiles: Iterable[EntityProfile] = ()
    ) -> None:
        """The index as a run left it: its entities and what it learnt of them (`profile`)."""
        self._records: dict[str, _Record] = {}
        self._blocks: defaultdict[str, set[str]] = defaultdict(set)
        self._local: dict[tuple[str, str], str] = {}  # unresolved speakers: (article, key) -> id
        # office class -> ids of the people (and still unnamed holders) known in that office
        self._offices: defaultdict[str, set[str]] = defaultdict(set)
        self._seq = 0
        for entity in entities:
            record = _Record(entity.id, entity.name, entity.type)
            self._records[entity.id] = record
            if entity.type == "other":
                # descriptions are found by their office or within their article, not by name
                record.aliases.extend(entity.aliases)
                continue
            # in the order the run saw them, then the name, which it may have set itself
            for alias in (*entity.aliases, entity.name):
                self._add_alias(record, alias)
            record.name = entity.name
        for profile in profiles:
            if (known := self._records.get(profile.entity_id)) is not None:
                self._restore(known, profile)

    def profile(self, entity_id: str) -> EntityProfile:
        """What the index knows of the entity beyond its names, to store beside it."""
        record = self._records[entity_id]
        office = record.office
        return EntityProfile(
            entity_id=entity_id,
            office_classes=tuple(sorted(office.classes)),
            office_qualifiers=tuple(sorted(office.qualifiers)),
            office_owners=tuple(sorted(office.owners)),
            mentions=record.count,
            context=tuple(record.context.items()),
            last_seen=record.last,
        )

    def _restore(self, record: _Record, profile: EntityProfile) -> None:
        office = Office(
            set(profile.office_classes), set(profile.office_qualifiers), set(profile.office_owners)
        )
        self._learn_office(record, office)
        record.count = profile.mentions
        record.context = Counter(dict(profile.context))
        record.last = profile.last_seen
        self._seq = max(self._seq, profile.last_seen)

    def entities(self) -> list[Entity]:
        """Current state, in creation order; ids never change once given."""
        return [r.entity() for r in self._records.values()]

    def resolve(self, speaker: Speaker, article_id: str, context: Sequence[str] = ()) -> Entity:
        """The entity for this speaker (new or existing, with aliases updated)."""
        self._seq += 1
        if speaker.type == "other":
            return self._resolve_description(speaker, article_id, context)
        speaker = _canonical(speaker)
        names = [speaker.name, *speaker.aliases]
        record = self._find(speaker, context)
        if record is None and speaker.type == "person":
            record = self._holder_named(speaker)
        if record is None:
            record = self._new(speaker.name, speaker.type, article_id)
        for alias in names:
            self._add_alias(record, alias)
        if speaker.type == "person":
            self._learn_office(record, office_of(speaker.roles, speaker.owners, False))
        record.count += 1
        record.last = self._seq
        record.context.update(_context_keys(context, record))
        if len(record.context) > PROFILE_CONTEXT:
            ranked = sorted(record.context.items(), key=lambda kv: (-kv[1], kv[0]))
            record.context = Counter(dict(ranked[:PROFILE_CONTEXT]))
        return record.entity()

    # -- offices: descriptions without a name

    def _resolve_description(
        self, speaker: Speaker, article_id: str, context: Sequence[str]
    ) -> Entity:
        """A description joins the holder of its office seen elsewhere; one that says enough
        ("the Vatican spokesman") waits for its holder as an unnamed entity; the rest stay
        within the article."""
        office = office_of(speaker.roles, speaker.owners, True)
        if not office.classes:
            return self._resolve_local(speaker, article_id)
        here = {key.surname for key in map(name_key, context) if key.surname}
        best: tuple[tuple[int, int], _Record] | None = None
        for record in self._holders(office):
            surnames = {k.surname for k in record.keys}
            evidence = office_evidence(office, record.office, surnames, here)
            if evidence is not None and (best is None or (evidence, record.count) > best[0]):
                best = ((evidence, record.count), record)
        if best is None and not can_stand_alone(office):
            return self._resolve_local(speaker, article_id)
        record = best[1] if best else self._new(speaker.name, "other", article_id)
        self._learn_office(record, office)
        record.count += 1
        record.last = self._seq
        return record.entity()

    def _holders(self, office: Office) -> list[_Record]:
        ids = set().union(*(self._offices.get(c, set()) for c in office.classes))
        return [self._records[i] for i in sorted(ids)]

    def _holder_named(self, speaker: Speaker) -> _Record | None:
        """An unnamed holder that this newly named person's office fits: "sein Sprecher" seen
        before "Zelensky's press secretary Serhiy Nykyforov"."""
        if len(name_key(speaker.name).tokens) < 2:
            return None  # a holder is named in full: "Russians" or "Hamas" adopt nobody
        office = office_of(speaker.roles, speaker.owners, False)
        for record in self._holders(office):
            if record.type != "other" or record.keys:
                continue
            evidence = office_evidence(record.office, office, set(), set())
            if evidence and (record.office.owners or record.office.qualifiers):
                record.type = "person"
                record.name = speaker.name
                return record
        return None

    def _learn_office(self, record: _Record, office: Office) -> None:
        record.office.learn(office)
        for cls in office.classes:
            self._offices[cls].add(record.id)

    # -- matching

    def _candidates(self, keys: Iterable[str]) -> list[_Record]:
        ids: set[str] = set()
        for key in keys:
            ids |= self._blocks.get(key, set())
        return [self._records[i] for i in sorted(ids)]

    def _find(self, speaker: Speaker, context: Sequence[str]) -> _Record | None:
        if speaker.type == "person":
            if speaker.name.startswith("@"):
                return self._find_handle(speaker.name)
            return self._find_person(name_key(speaker.name), context)
        return self._find_org(speaker)

    def _find_handle(self, handle: str) -> _Record | None:
        """@OlgaBazova, @ragipsoylu: a handle that ends with a known surname, after an initial
        part that fits the given name (or a title: @DrLoupis)."""
        flat = re.sub(r"[^a-z]", "", romanise(handle))
        for cut in range(len(flat) - 3):
            tail = stem(flat[cut:])
            head = flat[:cut]
            for record in self._candidates(block_keys(tail)):
                if record.type != "person" or not any(k.surname == tail for k in record.keys):
                    continue
                if (
                    not head
                    or head in _HANDLE_TITLES
                    or any(g.startswith(head[:3]) for g in record.given)
                ):
                    return record
        return None

    def _find_person(self, key: NameKey, context: Sequence[str]) -> _Record | None:
        if not key.surname:
            return None
        wanted = _context_keys(context, None)
        best: tuple[tuple[int, int, int, int], _Record] | None = None
        gender = gender_of_surname(key.surname_raw)
        for record in self._candidates(block_keys(key.surname)):
            if record.type != "person":
                continue
            if not any(
                similar_tokens(key.surname, k.surname, cross_script(key, k)) for k in record.keys
            ):
                continue
            genders = {gender_of_surname(k.surname_raw) for k in record.keys} - {None}
            if gender and genders and gender not in genders:
                continue
            if not compatible_given(key.given, tuple(record.given)):
                continue
            shares_given = int(bool(key.given) and bool(record.given))
            overlap = sum(1 for c in wanted if record.context.get(c))
            score = (shares_given, overlap, record.count, record.last)
            if best is None or score > best[0]:
                best = (score, record)
        return best[1] if best else None

    def _find_org(self, speaker: Speaker) -> _Record | None:
        phrase = _org_phrase(speaker.name)
        acronym = _acronym(speaker.name)
        keys = [k for w in phrase.split() for k in block_keys(w)] + [f"a:{acronym}"]
        best: tuple[int, _Record] | None = None
        for record in self._candidates(keys):
            if record.type != speaker.type:
                continue
            if self._org_matches(phrase, acronym, record) and (
                best is None or record.count > best[0]
            ):
                best = (record.count, record)
        return best[1] if best else None

    @staticmethod
    def _org_matches(phrase: str, acronym: str, record: _Record) -> bool:
        for other in record.phrases:
            if other == phrase and phrase:
                return True
            if acronym and (acronym == other.replace(" ", "") or f"a:{acronym}" == other):
                return True
            a, b = phrase.split(), other.split()
            # Loose: organisation names meet across scripts (Hamas / حماس) more than people.
            if len(a) == 1 and len(b) == 1 and similar_tokens(a[0], b[0], loose=True):
                return True
            if len(a) > 1 and len(b) > 1 and fuzz.token_sort_ratio(phrase, other) >= _ORG_RATIO:
                return True
        return False

    # -- bookkeeping

    def _new(self, name: str, type_: EntityType, article_id: str) -> _Record:
        entity_id = entity_id_for(name, type_, article_id if type_ == "other" else "")
        salt = entity_id
        while entity_id in self._records:  # two entities spelt alike: stable but distinct
            salt = hashlib.sha1(salt.encode(), usedforsecurity=False).hexdigest()
            entity_id = f"{_slug(name)}-{salt[:8]}"
        record = _Record(entity_id, name, type_)
        self._records[entity_id] = record
        return record

    def _add_alias(self, record: _Record, alias: str) -> None:
        alias = alias.strip()
        if not alias or alias in record.aliases:
            return
        record.aliases.append(alias)
        if _fuller(alias, record.name) and record.type == "person":
            record.name = alias
        if record.type == "person":
            key = name_key(alias)
            if key.surname:
                record.keys.append(key)
                record.given.update(g for g in key.given if len(g) > 1)
                for block in block_keys(key.surname):
                    self._blocks[block].add(record.id)
        else:
            phrase = _org_phrase(alias)
            if phrase:
                record.phrases.add(phrase)
                for word in phrase.split():
                    for block in block_keys(word):
                        self._blocks[block].add(record.id)
            acronym = _acronym(alias)
            if acronym:
                record.phrases.add(f"a:{acronym}")
                self._blocks[f"a:{acronym}"].add(record.id)

    def _resolve_local(self, speaker: Speaker, article_id: str) -> Entity:
        """An unresolved speaker stays within its article: "he" elsewhere is someone else."""
        local = (article_id, phrase_key(speaker.name))
        entity_id = self._local.get(local)
        record = (
            self._records[entity_id] if entity_id else self._new(speaker.name, "other", article_id)
        )
        self._local[local] = record.id
        if speaker.name not in record.aliases:
            record.aliases.append(speaker.name)
        record.count += 1
        return record.entity()


def _canonical(speaker: Speaker) -> Speaker:
    """One spelling for places and governments, so "Moscow said" meets "Russia said"."""
    if speaker.type == "org":
        government = government_of(speaker.name)
        if government and government != speaker.name:
            return replace(speaker, name=government, aliases=(*speaker.aliases, speaker.name))
    elif speaker.type == "place":
        place = canonical_place(speaker.name)
        if place and place != speaker.name:
            return replace(speaker, name=place, aliases=(*speaker.aliases, speaker.name))
    return speaker


def _context_keys(context: Sequence[str], record: _Record | None) -> list[str]:
    """Surname stems of the other names in the article (co-occurrence evidence)."""
    own = {k.surname for k in record.keys} if record else set()
    keys = (name_key(name).surname for name in context)
    return [k for k in keys if k and k not in own]
