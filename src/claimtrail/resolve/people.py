"""The people an article names: its name mentions grouped so that "Lukashenko" and
"Лукашенку" join "Alexander Lukashenko", with their roles and, where the text marks it, gender.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from claimtrail.model import Span
from claimtrail.resolve.mentions import NameMention
from claimtrail.resolve.names import (
    NameKey,
    block_keys,
    gender_of_surname,
    name_key,
    same_person,
)
from claimtrail.resolve.translit import script_of

_FEMALE_WORDS = ("mrs", "ms", "miss", "frau", "mme", "madame", "sra", "signora", "pani",
                 "spokeswoman", "widow", "wife", "mother", "daughter", "sister", "queen",
                 "вдова", "жена", "мать", "vdova", "manželka", "witwe", "ehefrau",
                 "mluvčí", "госпожа", "г-жа", "sprecherin", "chairwoman")  # fmt: skip
_MALE_WORDS = ("mr", "herr", "m.", "monsieur", "sr", "signor", "pan", "spokesman", "husband",
               "father", "son", "brother", "king", "господин", "г-н", "pope", "papa", "papst",
               "pape", "папа")  # fmt: skip
# Given names ending in -a that are male (Slavic and Italian usage).
_MALE_IN_A = frozenset({"nikita", "ilya", "ilia", "luca", "andrea", "mustafa", "hamza", "osama",
                        "taha", "sasha", "misha", "kostya", "foma", "joshua", "akira", "kuzma",
                        "savva", "danila", "jiří", "kyrylo", "mykola"})  # fmt: skip


@dataclass(slots=True)
class Person:
    """One person of the article; mutable while the article is read, then only read."""

    key: NameKey
    name: str
    spans: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    owners: set[str] = field(default_factory=set)  # whom they speak for ("his spokesman")
    gender: str | None = None
    has_evidence: bool = False

    def add(self, mention: NameMention) -> None:
        self.spans.append(mention.span)
        alias = " ".join(mention.key.tokens)
        if alias and alias not in self.aliases:
            self.aliases.append(alias)
        self.roles.update(mention.roles)
        self.has_evidence = self.has_evidence or mention.has_evidence
        if len(mention.key.tokens) > len(self.key.tokens):
            self.key, self.name = mention.key, alias
        self.gender = self.gender or _gender(mention)

    def nearest_span(self, position: int) -> Span:
        before = [s for s in self.spans if s.start <= position]
        return before[-1] if before else self.spans[0]


def _gender(mention: NameMention) -> str | None:
    roles = [r.rstrip(".,") for r in mention.roles]
    if any(r in _FEMALE_WORDS for r in roles):
        return "f"
    if any(r in _MALE_WORDS for r in roles):
        return "m"
    if len(mention.key.tokens) > 1:
        gender = gender_of_surname(mention.key.surname_raw)
        if gender:
            return gender
        first = mention.key.tokens[0].casefold()
        if script_of(first) in {"latin", "cyrillic"} and len(first) > 2:
            if re.search(r"[aая]$", first) and first not in _MALE_IN_A:
                return "f"
            return "m"
    return None


def _without_opener(mention: NameMention) -> NameMention:
    words = mention.text.split(maxsplit=1)
    if len(words) < 2:
        return mention
    tail = words[1]
    start = mention.span.end - len(tail)
    span = Span(start, mention.span.end)
    return replace(mention, span=span, text=tail, key=name_key(tail), opens_sentence=False)


def people(mentions: list[NameMention]) -> tuple[list[Person], dict[Span, Person]]:
    """Group mentions (in text order) into people; also index each mention's span. Candidates
    come from blocking keys on the surname, so an article naming a thousand people stays fast."""
    persons: list[Person] = []
    by_span: dict[Span, Person] = {}
    last_seen: dict[int, int] = {}
    blocks: defaultdict[str, set[int]] = defaultdict(set)

    def matching(key: NameKey) -> list[int]:
        ids = set().union(*(blocks.get(b, set()) for b in block_keys(key.surname)))
        return [i for i in sorted(ids) if same_person(key, persons[i].key)]

    for mention in sorted(mentions, key=lambda m: m.span):
        if not mention.key.surname:
            continue
        # A short name joins the person most recently named with a matching full name.
        matches = matching(mention.key)
        if not matches and mention.opens_sentence:
            # "Smrt Navalného", "Слова Лукашенко": a capitalised sentence opener that is no
            # given name of the person the rest of the run names.
            rest = _without_opener(mention)
            matches = matching(rest.key)
            if matches:
                mention = rest
        if matches:
            index = max(matches, key=lambda i: (len(persons[i].key.tokens) > 1, last_seen[i]))
        else:
            persons.append(Person(name_key(mention.text), " ".join(mention.key.tokens)))
            index = len(persons) - 1
        persons[index].add(mention)
        for block in block_keys(persons[index].key.surname):
            blocks[block].add(index)
        last_seen[index] = mention.span.start
        by_span[mention.span] = persons[index]
    return persons, by_span
