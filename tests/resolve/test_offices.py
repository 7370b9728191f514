"""Across articles: a speaker known only by an office joins the person the corpus names in it."""

from __future__ import annotations

from claimtrail.model import Entity
from claimtrail.resolve.across import EntityIndex
from claimtrail.resolve.offices import office_evidence, office_of
from claimtrail.resolve.within import Speaker, speakers

from .helpers import attribution


def person(name: str, roles: tuple[str, ...] = (), owners: tuple[str, ...] = ()) -> Speaker:
    return Speaker(name, "person", None, (name,), roles=roles, owners=owners)


def described(text: str, owners: tuple[str, ...] = ()) -> Speaker:
    return Speaker(text, "other", None, (), roles=tuple(text.casefold().split()), owners=owners)


def test_description_joins_the_holder_of_its_office_named_in_another_article() -> None:
    index = EntityIndex()
    bruni = index.resolve(person("Matteo Bruni", ("vatican", "spokesperson")), "a")
    assert index.resolve(described("the Vatican spokesman"), "b").id == bruni.id


def test_country_word_names_the_holder_in_another_language() -> None:
    index = EntityIndex()
    zelensky = index.resolve(person("Volodymyr Zelensky", ("ukrainian", "president")), "a")
    assert index.resolve(described("der ukrainische Präsident"), "b").id == zelensky.id


def test_spokesman_of_one_leader_is_not_the_spokesman_of_another() -> None:
    index = EntityIndex()
    peskov = index.resolve(person("Dmitry Peskov", ("spokesman",), ("Vladimir Putin",)), "a")
    assert index.resolve(described("Zelensky's spokesman", ("Zelensky",)), "b").id != peskov.id


def test_a_shared_modifier_does_not_join_ministers_of_two_countries() -> None:
    index = EntityIndex()
    kuleba = index.resolve(person("Dmytro Kuleba", ("ukraine’s", "foreign", "minister")), "a")
    assert index.resolve(described("the foreign minister of Turkey"), "b").id != kuleba.id


def test_office_alone_stays_in_its_article() -> None:
    index = EntityIndex()
    index.resolve(person("Serhiy Nykyforov", ("press", "secretary", "spokesman")), "a")
    first = index.resolve(described("the spokesman"), "b")
    second = index.resolve(described("the spokesman"), "c")
    assert first.id != second.id
    assert first.type == "other"


def test_office_alone_finds_its_holder_named_in_the_same_article() -> None:
    index = EntityIndex()
    held = index.resolve(person("Serhiy Nykyforov", ("press", "secretary", "spokesman")), "a")
    found = index.resolve(described("the presidential spokesman"), "b", ["Serhiy Nykyforov"])
    assert found.id == held.id


def test_an_office_with_one_holder_needs_no_qualifier() -> None:
    index = EntityIndex()
    pope = index.resolve(person("Papa Francesco", ("papa",)), "a")
    assert index.resolve(described("البابا"), "b").id == pope.id


def test_unnamed_holder_waits_for_the_person_named_in_that_office() -> None:
    index = EntityIndex()
    first = index.resolve(described("sein Sprecher", ("Selenskyj",)), "a")
    again = index.resolve(described("his press secretary", ("Zelensky",)), "b")
    named = index.resolve(
        person("Serhiy Nykyforov", ("press", "secretary", "spokesman"), ("Zelenskyi",)), "c"
    )
    assert first.id == again.id == named.id
    assert named.type == "person"
    assert named.name == "Serhiy Nykyforov"


def test_a_one_word_name_adopts_no_unnamed_holder() -> None:
    index = EntityIndex()
    waiting = index.resolve(described("sein Sprecher", ("Selenskyj",)), "a")
    other = index.resolve(person("Russians", ("press", "secretary"), ("Zelenskiy",)), "b")
    assert other.id != waiting.id


def test_a_long_clause_qualifies_nothing_but_its_office() -> None:
    office = office_of(("ثم", "قام", "البابا", "بتقبيل", "العلم", "بعد", "ذلك"), (), True)
    known = office_of(("pope", "vatican"), (), False)
    assert office.qualifiers == set()
    assert office_evidence(office, known, set(), set()) == 0


def test_possessive_description_carries_whom_it_serves() -> None:
    text = "Volodymyr Zelensky spoke on Sunday. Later his spokesman said the remark was misread."
    atts = [attribution(text, "Volodymyr Zelensky"), attribution(text, "his spokesman")]
    _, aide = speakers(text, atts, "en")
    assert aide is not None
    assert aide.type == "other"
    assert aide.owners == ("Volodymyr Zelensky",)
    assert "spokesman" in aide.roles


def test_stored_entities_without_offices_still_load() -> None:
    index = EntityIndex([Entity("x", "Matteo Bruni", "person", ("Bruni",))])
    assert index.resolve(person("Bruni"), "a").id == "x"


def _reloaded(index: EntityIndex) -> EntityIndex:
    """The index a later run builds from what this one stored."""
    entities = index.entities()
    return EntityIndex(entities, [index.profile(e.id) for e in entities])


def test_a_later_run_finds_the_holder_an_earlier_run_learnt_of() -> None:
    first_run = EntityIndex()
    bruni = first_run.resolve(person("Matteo Bruni", ("vatican", "spokesperson")), "a")
    later = _reloaded(first_run)
    assert later.resolve(described("the Vatican spokesman"), "b").id == bruni.id
    # without the profiles the office is unknown and the description stays in its article
    names_only = EntityIndex(first_run.entities())
    assert names_only.resolve(described("the Vatican spokesman"), "b").id != bruni.id


def test_an_unnamed_holder_stored_by_an_earlier_run_still_waits_for_its_name() -> None:
    first_run = EntityIndex()
    waiting = first_run.resolve(described("sein Sprecher", ("Selenskyj",)), "a")
    later = _reloaded(first_run)
    named = later.resolve(
        person("Serhiy Nykyforov", ("press", "secretary", "spokesman"), ("Zelenskyi",)), "c"
    )
    assert named.id == waiting.id


def test_a_profile_keeps_how_often_and_beside_whom_an_entity_was_quoted() -> None:
    index = EntityIndex()
    for article in ("a", "b"):
        index.resolve(person("Olga Petrova"), article, ["Olga Petrova", "Dmitry Peskov"])
    profile = index.profile(index.entities()[0].id)
    assert profile.mentions == 2
    assert profile.context == (("peskov", 2),)
    assert _reloaded(index).profile(profile.entity_id) == profile
