"""The optional alias file seeds the entity index with known spellings."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.errors import InputError
from claimtrail.resolve.across import EntityIndex
from claimtrail.resolve.aliases import load_aliases, parse_aliases
from claimtrail.resolve.within import Speaker


def test_alias_file_entities_absorb_their_spellings(tmp_path: Path) -> None:
    path = tmp_path / "aliases.txt"
    path.write_text(
        "# known speakers\n"
        "Alexander Lukashenko [person]: Lukashenka, Лукашенко\n"
        "Belarusian Telegraph Agency [org]: BelTA, Belta, БелТА\n",
        encoding="utf-8",
    )
    entities = load_aliases(path)
    index = EntityIndex(entities)
    person = index.resolve(Speaker("Łukaszenka", "person", None, ("Łukaszenka",)), "a")
    agency = index.resolve(Speaker("БелТА", "org", None, ("БелТА",)), "a")
    assert person.id == entities[0].id
    assert person.name == "Alexander Lukashenko"
    assert agency.id == entities[1].id


def test_type_defaults_to_person() -> None:
    (entity,) = parse_aliases("Maia Sandu: Sandu, Санду")
    assert (entity.type, entity.aliases) == ("person", ("Sandu", "Санду"))


@pytest.mark.parametrize("line", ["no colon here", "Someone [planet]: x"])
def test_malformed_line_is_an_input_error(line: str) -> None:
    with pytest.raises(InputError, match="line 1"):
        parse_aliases(line)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_aliases(tmp_path / "absent.txt")
