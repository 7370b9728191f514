"""The reporting chain of one statement group as a small layered graph:
speaker -> intermediaries (agencies credited) -> outlets that report it -> outlets that copy them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

COLUMN_WIDTH = 260
ROW_HEIGHT = 46
NODE_WIDTH = 220
NODE_HEIGHT = 30
MARGIN = 10


@dataclass(frozen=True, slots=True)
class Report:
    """One article's rendering, as the graph needs it."""

    article_id: str
    outlet: str
    published: datetime | None
    speaker: str
    via: str | None
    copies: str | None  # the article id this one duplicates, if any


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    label: str
    kind: str  # "speaker" | "via" | "outlet" | "copy"
    x: float
    y: float
    href: str | None
    is_earliest: bool = False


@dataclass(frozen=True, slots=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def path(self) -> str:
        """An S-curve; one that skips a column dips below the row so it misses the node there."""
        dip = ROW_HEIGHT * 0.75 if self.x2 - self.x1 > COLUMN_WIDTH else 0.0
        middle = (self.x1 + self.x2) / 2
        return (
            f"M{self.x1:.1f},{self.y1:.1f} C{middle:.1f},{self.y1 + dip:.1f}"
            f" {middle:.1f},{self.y2 + dip:.1f} {self.x2:.1f},{self.y2:.1f}"
        )


@dataclass(frozen=True, slots=True)
class Graph:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    node_width: int = NODE_WIDTH
    node_height: int = NODE_HEIGHT


def graph(reports: Sequence[Report]) -> Graph:
    """Nodes in four columns and edges from each node to what it passed the words on to."""
    if not reports:
        return Graph(0, 0, (), ())
    dated = [r for r in reports if r.published is not None]
    earliest = min(dated, key=lambda r: (r.published, r.article_id)).article_id if dated else None
    in_group = {r.article_id for r in reports}
    columns: dict[int, list[tuple[str, str, str | None]]] = {0: [], 1: [], 2: [], 3: []}
    links: list[tuple[str, str]] = []

    def add(column: int, key: str, label: str, href: str | None) -> None:
        if all(k != key for k, _, _ in columns[column]):
            columns[column].append((key, label, href))

    for r in sorted(
        reports, key=lambda r: (r.published is None, r.published or datetime.min, r.article_id)
    ):
        speaker_key = f"speaker:{r.speaker}"
        add(0, speaker_key, r.speaker, None)
        when = "" if r.published is None else f" ({r.published.date().isoformat()})"
        is_copy = r.copies is not None and r.copies in in_group
        add(
            3 if is_copy else 2,
            f"article:{r.article_id}",
            r.outlet + when,
            f"/articles/{r.article_id}",
        )
        if is_copy:
            links.append((f"article:{r.copies}", f"article:{r.article_id}"))
        elif r.via:
            add(1, f"via:{r.via}", r.via, None)
            links += [(speaker_key, f"via:{r.via}"), (f"via:{r.via}", f"article:{r.article_id}")]
        else:
            links.append((speaker_key, f"article:{r.article_id}"))
    used = [c for c in range(4) if columns[c]]
    nodes: dict[str, Node] = {}
    for place, column in enumerate(used):
        for row, (key, label, href) in enumerate(columns[column]):
            kind = ("speaker", "via", "outlet", "copy")[column]
            x, y = MARGIN + place * COLUMN_WIDTH, MARGIN + row * ROW_HEIGHT
            is_first = key == f"article:{earliest}"
            nodes[key] = Node(key, label, kind, x, y, href, is_first)
    edges = tuple(
        Edge(
            nodes[a].x + NODE_WIDTH,
            nodes[a].y + NODE_HEIGHT / 2,
            nodes[b].x,
            nodes[b].y + NODE_HEIGHT / 2,
        )
        for a, b in dict.fromkeys(links)
    )
    rows = max(len(columns[c]) for c in used)
    width = 2 * MARGIN + (len(used) - 1) * COLUMN_WIDTH + NODE_WIDTH
    height = 2 * MARGIN + (rows - 1) * ROW_HEIGHT + NODE_HEIGHT + ROW_HEIGHT // 2  # room to dip
    return Graph(width, height, tuple(nodes.values()), edges)
