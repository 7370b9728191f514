"""The story timeline's geometry: one point per dated entry, one lane per speaker.

An entry is a same-statement group (all its reports make one point, at its earliest date) or,
for a statement in no group, that statement alone; undated statements have no point. So the
number of points is the number of distinct dated entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

WIDTH = 960
LEFT = 170  # room for the speaker names
RIGHT = 60  # room for the last date label
TOP = 40
LANE_HEIGHT = 34
STEP = 14  # horizontal nudge between points of one lane on one day


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    day: date
    speaker: str
    text: str
    href: str
    reports: int


@dataclass(frozen=True, slots=True)
class Point:
    entry: Entry
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Lane:
    speaker: str
    y: float


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    width: int
    height: int
    points: tuple[Point, ...]
    lanes: tuple[Lane, ...]
    ticks: tuple[Tick, ...]


def layout(entries: Sequence[Entry], width: int = WIDTH) -> Timeline:
    """Points placed by day (x) and speaker (y); lanes ordered by each speaker's first date."""
    if not entries:
        return Timeline(width, TOP, (), (), ())
    ordered = sorted(entries, key=lambda e: (e.day, e.speaker, e.key))
    speakers: list[str] = []
    for entry in ordered:
        if entry.speaker not in speakers:
            speakers.append(entry.speaker)
    first, last = ordered[0].day, ordered[-1].day
    span_days = max((last - first).days, 1)
    plot = width - LEFT - RIGHT

    def x_of(day: date) -> float:
        if first == last:
            return LEFT + plot / 2
        return LEFT + plot * (day - first).days / span_days

    lanes = tuple(Lane(s, TOP + LANE_HEIGHT * n + LANE_HEIGHT / 2) for n, s in enumerate(speakers))
    lane_y = {lane.speaker: lane.y for lane in lanes}
    crowd: dict[tuple[str, date], int] = {}
    points = []
    for entry in ordered:
        n = crowd.get((entry.speaker, entry.day), 0)
        crowd[(entry.speaker, entry.day)] = n + 1
        points.append(Point(entry, x_of(entry.day) + STEP * n, lane_y[entry.speaker]))
    every = max(1, span_days // 8)  # at most about nine date labels
    ticks = tuple(
        Tick(x_of(first + timedelta(days=d)), (first + timedelta(days=d)).isoformat())
        for d in range(0, (last - first).days + 1, every)
    )
    height = TOP + LANE_HEIGHT * len(lanes) + 10
    return Timeline(width, int(height), tuple(points), lanes, ticks)
