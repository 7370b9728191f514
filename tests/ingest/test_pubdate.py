"""Publication dates: declared metadata, then the URL, then a dateline in the text."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.clean import article, clean_text
from claimtrail.ingest.pubdate import publication_date
from claimtrail.model import RawDocument

NOW = datetime(2025, 1, 1, tzinfo=UTC)
LEAD = "The minister said on Monday that talks would resume next week."


def _raw(body: str = LEAD, **fields: object) -> RawDocument:
    return RawDocument(id="a1", body=body, origin="test", format="text", **fields)  # type: ignore[arg-type]


def _date_of_text(body: str) -> datetime | None:
    return publication_date(_raw(body), clean_text(body).text, NOW)[0]


def _utc(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


def test_declared_date_comes_first() -> None:
    published = datetime(2023, 5, 20, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    raw = _raw(f"May 22, 2023\n{LEAD}", published=published, url="https://x.org/2023/05/21/a")
    assert publication_date(raw, raw.body, NOW) == (published, "metadata")


def test_declared_date_without_a_zone_is_utc() -> None:
    raw = _raw(published=datetime(2023, 5, 20, 9, 30))
    assert publication_date(raw, LEAD, NOW) == (
        datetime(2023, 5, 20, 9, 30, tzinfo=UTC),
        "metadata",
    )


def test_declared_date_in_the_future_is_ignored() -> None:
    raw = _raw(published=datetime(2030, 1, 1, tzinfo=UTC), url="https://x.org/2023/05/21/a")
    assert publication_date(raw, LEAD, NOW) == (_utc(2023, 5, 21), "url")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.rcdos.ca/2024/03/12/zelenskyy-responds/", _utc(2024, 3, 12)),
        ("https://cooperativa.cl/noticias/papa/2024-03-11/092948.html", _utc(2024, 3, 11)),
        ("https://itv.com/news/2023-05-21/ukraine-still-fighting", _utc(2023, 5, 21)),
        ("https://example.com/story-20230521.html", _utc(2023, 5, 21)),
        ("https://example.com/erdogan-cancels-trip20231025181449", _utc(2023, 10, 25)),
        ("https://example.com/a/2023_11_15_story", _utc(2023, 11, 15)),
        ("https://example.com/%E2%80%94/2023/05/21/encoded", _utc(2023, 5, 21)),
    ],
)
def test_date_in_the_url(url: str, expected: datetime | None) -> None:
    found, basis = publication_date(_raw(url=url), LEAD, NOW)
    assert found == expected
    assert basis == ("url" if expected else None)


@pytest.mark.parametrize(
    "url",
    [
        "https://webjosh.com/article/bakhmut-is-only-in-our-hearts-1684689174-16205",
        "https://example.com/2023/05/only-a-month/",
        "https://example.com/2023/archive/",
        "https://www.stern.de/news/verwirrung-um-selenskyj-33486880.html",
        "https://www.n-tv.de/politik/Selenskyj-article24136434.html",
        "https://example.com/2031/01/02/from-the-future",
    ],
)
def test_url_without_a_full_past_date_gives_none(url: str) -> None:
    assert publication_date(_raw(url=url), LEAD, NOW) == (None, None)


def test_crawler_date_line_dates_the_text() -> None:
    body = f" date 2023-05-21 {LEAD}"
    assert publication_date(_raw(body), clean_text(body).text, NOW) == (_utc(2023, 5, 21), "text")


def test_crawler_month_alone_gives_no_date() -> None:
    assert _date_of_text(f" date 2023-05 {LEAD}") is None


def test_crawler_month_rules_out_a_dateline_of_another_month() -> None:
    assert _date_of_text(f" date 2023-05 {LEAD}\n\nJune 2, 2023\n") is None
    assert _date_of_text(f" date 2023-05 {LEAD}\n\nMay 22, 2023\n") == _utc(2023, 5, 22)


def test_url_month_rules_out_a_dateline_of_another_month() -> None:
    raw = _raw(f"{LEAD}\nJune 2, 2023", url="https://x.org/2023/05/story")
    assert publication_date(raw, raw.body, NOW) == (None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"Headline\nReuters\n5/20/2023\nUpdated:\n5/21/2023\n\n{LEAD}", _utc(2023, 5, 20)),
        (f"Headline\n\nAFP , Wednesday 25 Oct 2023\n\n{LEAD}", _utc(2023, 10, 25)),
        (f"Headline\nOct 25, 2023\n{LEAD}", _utc(2023, 10, 25)),
        (f"{LEAD}\n\n27.02.2023 23:13", _utc(2023, 2, 27)),
        (f"By Justin McLellan | May 21, 2023\n{LEAD}", _utc(2023, 5, 21)),
        (f"WASHINGTON, May 21, 2023 (Reuters) - {LEAD}", _utc(2023, 5, 21)),
        ("أعلن الرئيس التركي، اليوم الأربعاء 25 أكتوبر 2023، إلغاء زيارة.", _utc(2023, 10, 25)),
        (f"Опубликовано 25 февраля 2024\n{LEAD}", _utc(2024, 2, 25)),
        (f"Veröffentlicht am 25. Oktober 2023, 10:15 Uhr\n{LEAD}", _utc(2023, 10, 25)),
        (f"11 de marzo de 2024\n{LEAD}", _utc(2024, 3, 11)),
        (f"2023年5月21日 10:30\n{LEAD}", _utc(2023, 5, 21)),
        (f"25 października 2023\n{LEAD}", _utc(2023, 10, 25)),
        (f"2023-05-21T10:00:00Z\n{LEAD}", _utc(2023, 5, 21)),
        (f"Headline\nPublished on May 21, 2023 at 10:00\n{LEAD}", _utc(2023, 5, 21)),
    ],
)
def test_dateline_in_the_text(body: str, expected: datetime) -> None:
    found, basis = publication_date(_raw(body), clean_text(body).text, NOW)
    assert (found, basis) == (expected, "text")


@pytest.mark.parametrize(
    "body",
    [
        "What remains of a school in Bakhmut on May 15, 2023. Photo: AFP",
        "The press release issued by the Archbishop of Canterbury on 29 January 2023.",
        f"{LEAD}\n— Olga Bazova (@OlgaBazova) February 25, 2024",
        f"{LEAD}\npic.twitter.com/1o3FjehO9f— Dr. A. Loupis (@DrLoupis) February 26, 2024",
        f"Saturday, June 15, 2024\n\nRussia's central bank ready to raise key rate\n\n{LEAD}",
        f"Headline\n05/06/2023\n{LEAD}",
        f"Headline\nMay 21, 2031\n{LEAD}",
        f"Headline\n31.02.2023\n{LEAD}",
        "",
    ],
)
def test_date_that_is_not_a_publication_date_is_skipped(body: str) -> None:
    assert _date_of_text(body) is None


def test_masthead_date_is_skipped_but_a_later_dateline_is_found() -> None:
    body = f"Saturday, June 15, 2024\n\nHeadline\n\nOct 25, 2023\n\n{LEAD}"
    assert _date_of_text(body) == _utc(2023, 10, 25)


def test_url_comes_before_the_text() -> None:
    raw = _raw(f"Headline\nMay 22, 2023\n{LEAD}", url="https://x.org/2023/05/21/a")
    assert publication_date(raw, raw.body, NOW) == (_utc(2023, 5, 21), "url")


def test_without_now_the_clock_bounds_the_date() -> None:
    found, _ = publication_date(_raw(url="https://x.org/2023/05/21/a"), LEAD)
    assert found == _utc(2023, 5, 21)
    assert found.tzinfo is not None


def _stories(shared_dir: Path) -> list[tuple[dict[str, str | None], RawDocument]]:
    """Each doc as the evaluation sees it: text, plus id, url and outlet only."""
    stories = shared_dir / "data/stories"
    pairs = []
    for line in (stories / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        path = stories / "docs" / f"{gold['id']}.txt"
        raw = RawDocument(
            id=gold["id"],
            body=path.read_text(encoding="utf-8"),
            origin=str(path),
            format="text",
            url=gold["url"],
            outlet=gold["outlet"],
        )
        pairs.append((gold, raw))
    return pairs


def test_stories_docs_get_their_publication_date_and_language(shared_dir: Path) -> None:
    pairs = _stories(shared_dir)
    dated = [(gold, article(raw, NOW)) for gold, raw in pairs if gold["published"]]
    right_dates = sum(
        found.published is not None and found.published.date().isoformat() == gold["published"]
        for gold, found in dated
    )
    right_languages = sum(article(raw, NOW).language == gold["language"] for gold, raw in pairs)
    assert len(dated) == 15
    assert right_dates / len(dated) >= 0.90
    assert right_languages / len(pairs) >= 0.95


def test_stories_docs_without_a_visible_date_are_rarely_dated(shared_dir: Path) -> None:
    # Not scored by the brief, but a guess here is a chrome date, an embed or a month-only line.
    undated = [raw for gold, raw in _stories(shared_dir) if not gold["published"]]
    guessed = [raw.id for raw in undated if article(raw, NOW).published is not None]
    assert len(undated) == 43
    assert len(guessed) <= 2, guessed


def test_unparsable_url_gives_no_date() -> None:
    assert publication_date(_raw(url="http://[::1/2023/05/21/x"), LEAD, NOW) == (None, None)


_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%A %d %B %Y",
    "%d %B %Y",
    "%A, %B %d, %Y %H:%M",
)


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(1995, 1, 1), max_value=date(2024, 12, 31)),
    st.sampled_from(_FORMATS),
    st.sampled_from(["", "By Staff Reporter | ", "Published: ", "AFP, "]),
)
def test_formatted_dateline_reads_back(day: date, fmt: str, prefix: str) -> None:
    body = f"Headline of the story\n{prefix}{day.strftime(fmt)}\n\n{LEAD}"
    found, basis = publication_date(_raw(body), clean_text(body).text, NOW)
    assert (found, basis) == (_utc(day.year, day.month, day.day), "text")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=80)))
def test_any_text_and_url_give_a_past_aware_date_or_none(body: str, url: str | None) -> None:
    found, basis = publication_date(_raw(body, url=url), body, NOW)
    assert (found is None) == (basis is None)
    assert found is None or (found.tzinfo is not None and found <= NOW)
