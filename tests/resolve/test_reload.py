"""An entity index rebuilt from what a run stored (entities and their profiles) resolves the
rest of the corpus exactly as the run would have: a resumed or later run gives the same ids,
names and aliases as one long run."""

from __future__ import annotations

import random

import pytest

from claimtrail.resolve.across import PROFILE_CONTEXT, EntityIndex
from claimtrail.resolve.within import Speaker

_PEOPLE = [
    ("Anna Keller", ("mayor",), ()),
    ("Keller", (), ()),
    ("Markus Keller", ("minister", "transport"), ()),
    ("Ms. Keller", (), ()),
    ("Matteo Bruni", ("vatican", "spokesperson"), ()),
    ("Serhiy Nykyforov", ("press", "secretary"), ("Zelensky",)),
    ("Volodymyr Zelensky", ("ukrainian", "president"), ()),
    ("Zelenskyy", (), ()),
    ("Olga Petrova", (), ()),
    ("Petrova", (), ()),
] + [(f"Person{i} Surname{i}", (), ()) for i in range(80)]
_DESCRIPTIONS = [
    ("the Vatican spokesman", ()),
    ("his press secretary", ("Zelensky",)),
    ("sein Sprecher", ("Selenskyj",)),
    ("the mayor", ()),
]
_ORGS = ["City Council", "the council", "Port Authority", "Baltic News Wire", "BNW"]


def _speaker(rng: random.Random) -> Speaker:
    kind = rng.random()
    if kind < 0.7:
        name, roles, owners = rng.choice(_PEOPLE)
        return Speaker(name, "person", None, (name,), roles=roles, owners=owners)
    if kind < 0.85:
        text, owners = rng.choice(_DESCRIPTIONS)
        return Speaker(text, "other", None, (), roles=tuple(text.casefold().split()), owners=owners)
    name = rng.choice(_ORGS)
    return Speaker(name, "org", None, (name,))


def _articles(seed: int, n: int) -> list[tuple[str, list[Speaker]]]:
    rng = random.Random(seed)
    return [(f"a{i}", [_speaker(rng) for _ in range(rng.randint(1, 5))]) for i in range(n)]


def _feed(index: EntityIndex, articles: list[tuple[str, list[Speaker]]]) -> None:
    for article_id, speakers in articles:
        context = list(dict.fromkeys(s.name for s in speakers if s.type == "person"))
        for speaker in speakers:
            index.resolve(speaker, article_id, context)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_reloaded_index_resolves_the_rest_as_one_long_run(seed: int) -> None:
    articles = _articles(seed, 300)
    one_run = EntityIndex()
    _feed(one_run, articles)
    for cut in (1, 100, 250):
        first = EntityIndex()
        _feed(first, articles[:cut])
        stored = first.entities()
        later = EntityIndex(stored, [first.profile(e.id) for e in stored])
        _feed(later, articles[cut:])
        assert later.entities() == one_run.entities()
        assert [later.profile(e.id) for e in stored] == [one_run.profile(e.id) for e in stored]


def test_the_context_kept_per_entity_is_bounded() -> None:
    index = EntityIndex()
    for i in range(3 * PROFILE_CONTEXT):
        index.resolve(
            Speaker("Anna Keller", "person", None, ("Anna Keller",)), f"a{i}", [f"Other Name{i}"]
        )
    keller = index.entities()[0]
    assert len(index.profile(keller.id).context) == PROFILE_CONTEXT
