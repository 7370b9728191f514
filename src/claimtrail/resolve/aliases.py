"""An optional, user-edited alias file: known entities and their spellings, to seed the index.

One entity per line, `Name [type]: alias, alias, ...`; `#` starts a comment. The type is
person, org, place or other (person when left out). Example:
    Alexander Lukashenko [person]: Lukashenka, Лукашенко, Łukaszenka
    Belarusian Telegraph Agency [org]: BelTA, Belta, БелТА
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import cast, get_args

from claimtrail.errors import InputError
from claimtrail.model import Entity, EntityType
from claimtrail.resolve.across import entity_id_for

_LINE = re.compile(r"^(?P<name>[^\[:]+?)\s*(?:\[(?P<type>\w+)\])?\s*:\s*(?P<aliases>.*)$")


def parse_aliases(text: str) -> list[Entity]:
    """Entities declared in alias-file text; a malformed line raises InputError with its number."""
    entities: list[Entity] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _LINE.match(line)
        if match is None:
            raise InputError(f"alias file line {number}: expected 'Name [type]: alias, ...'")
        kind = (match.group("type") or "person").lower()
        if kind not in get_args(EntityType):
            raise InputError(f"alias file line {number}: unknown type {kind!r}")
        name = match.group("name").strip()
        aliases = tuple(a.strip() for a in match.group("aliases").split(",") if a.strip())
        type_ = cast(EntityType, kind)
        entities.append(Entity(entity_id_for(name, type_), name, type_, aliases))
    return entities


def load_aliases(path: Path) -> list[Entity]:
    """Entities from an alias file, for `EntityIndex(load_aliases(path))`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read alias file {path}: {exc}") from exc
    return parse_aliases(text)
