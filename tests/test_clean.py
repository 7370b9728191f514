"""Cleaning: boilerplate removal, normalisation, and the Article it builds."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.clean import article, clean_text
from claimtrail.errors import InputError
from claimtrail.model import RawDocument

BODY = (
    "The minister said on Monday that talks would resume next week.\n\n"
    "Officials in both capitals declined to comment on the timing of the meeting."
)
SEED_BOILERPLATE = (
    "Azerbaijan news",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Back to top button",
    "Newsletter Signup",
    "Subscribe to our newsletter below and never miss the latest product or an exclusive offer.",
)
_SENTENCE = re.compile(r"[.!?…\"”»]$")
# Page furniture written as sentences: links to other articles, the typo-report hint.
_LINK = re.compile(r"(?:read also|see also):|.*ctrl\+enter", re.IGNORECASE)


def _raw(body: str, **fields: object) -> RawDocument:
    return RawDocument(id="a1", body=body, origin="test", format="text", **fields)  # type: ignore[arg-type]


def _norm(line: str) -> str:
    return " ".join(line.split())


def test_seed_article_loses_its_boilerplate_and_keeps_every_sentence(shared_dir: Path) -> None:
    path = shared_dir / "data/seeds/000_8d354f2b1a710d30.txt"
    body = path.read_text(encoding="utf-8")
    text = article(_raw(body), now=datetime(2025, 1, 1, tzinfo=UTC)).text
    for boilerplate in SEED_BOILERPLATE:
        assert boilerplate not in text
    article_lines = [_norm(line) for line in body.splitlines() if line.strip()]
    article_lines = [line for line in article_lines if line not in SEED_BOILERPLATE]
    assert len(article_lines) >= 15
    for line in article_lines:
        assert line in text


def test_no_sentence_of_a_stories_doc_is_dropped(shared_dir: Path) -> None:
    docs = sorted((shared_dir / "data/stories/docs").glob("*.txt"))
    assert len(docs) == 58
    for doc in docs:
        body = doc.read_text(encoding="utf-8")
        text = clean_text(body).text
        body = re.sub(r"\A\s*date \d{4}-\d{2}(?:-\d{2})?", "", body)
        for line in map(_norm, body.splitlines()):
            if len(line) > 60 and _SENTENCE.search(line) and not _LINK.match(line):
                assert line in text, f"{doc.name}: {line[:60]}"


@pytest.mark.parametrize(
    "line",
    [
        "Please enter your name here",
        "You have entered an incorrect email address!",
        "Required fields are marked *",
        "Subscribe to our newsletter for the latest news.",
        "Related Posts",
        "Follow the Cyprus Mail on Google News",
        "Read also: Cross versus crescent. What is behind the rhetoric?",
        "SEE ALSO: Lukashenka said that the Ukrainian side offered a pact.",
        "Share on Facebook",
        "Share",
        "Tweet",
        "Facebook Twitter WhatsApp Telegram",
        "ADVERTISEMENT",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "00:0000:00",
        "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.",
        "Nous utilisons des cookies. En poursuivant, vous acceptez notre politique.",
        "Мы используем файлы cookie. Продолжая, вы соглашаетесь с политикой конфиденциальности.",
        "© 2024 Example Media. All rights reserved.",
        "Lesen Sie auch: Was der Gipfel bringt",
        "Lire aussi : Le pape appelle à négocier",
        "Leggi anche: Il papa e la bandiera bianca",
        "Читайте также: Буданов о смерти Навального",
        "Citeste mai mult",
        "Czytaj też: Papież o białej fladze",
        "Čtěte také: Papež a bílá vlajka",
        "Ссылки для упрощенного доступа",
    ],
)
def test_boilerplate_line_is_dropped(line: str) -> None:
    text = clean_text(f"{BODY}\n\n{line}\n\nA third paragraph closes the report.").text
    assert line not in text
    assert "A third paragraph closes the report." in text
    assert BODY in text


@pytest.mark.parametrize(
    "line",
    [
        "The newspaper said it would share the documents with investigators on Facebook.",
        "We use cookies, the company said, but the regulator found otherwise.",
        "The regulator said the site must ask users before they accept cookies.",
        "Read also the statement from the ministry, he told reporters.",
        "Related reports suggested the talks had stalled.",
        "Follow the money, the prosecutor said.",
        "Listen to the people of Ukraine, the pope said.",
    ],
)
def test_sentence_mentioning_boilerplate_words_is_kept(line: str) -> None:
    assert line in clean_text(f"{BODY}\n\n{line}").text


@pytest.mark.parametrize(
    "marker",
    [
        "Leave a Reply",
        "Please enter your comment!",
        "Back to top button",
        "Newsletter Signup",
        "Your email address will not be published.",
        "Lascia un commento",
        "Добавить комментарий",
        "Bir yanıt yazın",
    ],
)
def test_tail_after_a_comment_form_is_cut_whole(marker: str) -> None:
    body = f"{BODY}\n\n{marker}\n\nJohn says: great article, I agree completely.\n"
    assert clean_text(body).text == BODY


def test_comment_form_above_the_article_does_not_cut_it() -> None:
    body = f"Leave a Reply\n\n{BODY}"
    assert clean_text(body).text == BODY


def test_audio_player_stub_is_dropped() -> None:
    body = f"{BODY}\nListen to the statements of the President of Ukraine\n00:0000:00\nMore text."
    text = clean_text(body).text
    assert "Listen to" not in text
    assert "00:00" not in text
    assert "More text." in text


def test_related_post_titles_are_dropped_until_the_prose_resumes() -> None:
    body = (
        f"{BODY}\n\nRelated Posts\n\nSunak suffers major blow as scheme declared unlawful\n"
        "Reuters News Service\nWHO loses contact with Gaza hospital staff\n\n"
        "The article goes on with a full sentence after the list."
    )
    text = clean_text(body).text
    assert "Sunak" not in text
    assert "Reuters News Service" not in text
    assert "The article goes on with a full sentence after the list." in text


def test_repeated_headline_is_kept_once() -> None:
    headline = "Russia's Prigozhin Claims Capture of Bakhmut"
    text = clean_text(f"{headline}\n\n{headline}\n\n{BODY}").text
    assert text == f"{headline}\n\n{BODY}"


def test_duplicated_paragraph_is_kept_once() -> None:
    paragraph = "Zelenskyy said Sunday that Russian forces were not occupying Bakhmut."
    text = clean_text(f"{paragraph}\n{paragraph}\n{BODY}").text
    assert text.count(paragraph) == 1


def test_site_name_at_top_and_bottom_is_dropped() -> None:
    text = clean_text(f"Azerbaijan news\n\n{BODY}\n\nAzerbaijan news\n").text
    assert text == BODY


def test_site_name_that_is_the_title_is_kept_once() -> None:
    text = clean_text(f"Talks resume\n\n{BODY}\n\nTalks resume\n", title="Talks resume").text
    assert text == f"Talks resume\n\n{BODY}"


def test_whitespace_is_normalised() -> None:
    body = "  First   line\t here. \n\n\n\n  Second\u00a0line.  \nThird line.\n\n"
    assert clean_text(body).text == "First line here.\n\nSecond line.\nThird line."


def test_text_is_nfc_and_mojibake_is_fixed() -> None:
    body = "Caf\u0065\u0301 owners said it doesn\u00e2\u20ac\u2122t matter."
    assert clean_text(body).text == "Café owners said it doesn’t matter."


def test_curly_quotes_are_kept_as_written() -> None:
    body = "“Our flag is yellow and blue,” Kuleba said."
    assert clean_text(body).text == body


def test_crawler_date_prefix_is_not_article_text() -> None:
    assert clean_text(" date 2023-05-21 After days of claims, Wagner spoke.").text == (
        "After days of claims, Wagner spoke."
    )


def test_article_copies_raw_fields_and_hashes_the_cleaned_text() -> None:
    raw = _raw(
        f"{BODY}\n\nLeave a Reply",
        url="https://example.org/2023/05/21/talks",
        outlet="example.org",
        title="Talks resume",
        author="A. Writer",
    )
    found = article(raw, now=datetime(2024, 1, 1, tzinfo=UTC))
    assert found.text == BODY
    assert found.content_hash == hashlib.sha256(BODY.encode("utf-8")).hexdigest()
    assert (found.id, found.url, found.outlet) == ("a1", raw.url, "example.org")
    assert (found.title, found.author, found.origin) == ("Talks resume", "A. Writer", "test")
    assert found.language == "en"
    assert found.published == datetime(2023, 5, 21, tzinfo=UTC)
    assert found.published_basis == "url"
    assert found.duplicate_of is None


def test_article_falls_back_to_the_declared_language_when_detection_is_unsure() -> None:
    assert article(_raw("OK 42", language="de-AT")).language == "de"


def test_article_of_nothing_but_boilerplate_is_an_input_error() -> None:
    with pytest.raises(InputError):
        article(_raw("Share on Facebook\n\nADVERTISEMENT\n\n   \n"))


_WORDS = ["the", "minister", "said", "talks", "would", "resume", "Kyiv", "city", "on", "Monday"]
_sentences = st.lists(st.sampled_from(_WORDS), min_size=4, max_size=14).map(
    lambda words: " ".join(words).capitalize() + "."
)
_furniture = st.sampled_from(
    [
        "Share on Facebook",
        "ADVERTISEMENT",
        "Read also: Another story entirely",
        "Follow Example News on Google News",
        "Related Posts",
        "Tweet",
        "00:0000:00",
        "",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_sentences, _furniture), min_size=1, max_size=30), st.booleans())
def test_every_sentence_survives_inserted_furniture(lines: list[str], has_tail: bool) -> None:
    body = "\n".join(lines) + ("\n\nLeave a Reply\nPlease enter your comment!" if has_tail else "")
    text = clean_text(body).text
    for line in lines:
        if line.endswith("."):
            assert line in text
    assert "Leave a Reply" not in text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=60)))
def test_any_text_gives_an_article_or_an_input_error(body: str, url: str | None) -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    try:
        found = article(_raw(body, url=url), now=now)
    except InputError:
        return
    assert found.text
    assert found.published is None or (found.published.tzinfo and found.published <= now)


def test_see_also_links_leave_the_blog_post_intact(shared_dir: Path) -> None:
    body = (shared_dir / "data/seeds/003_af0618f1745655d9.txt").read_text(encoding="utf-8")
    text = clean_text(body).text
    assert "SEE ALSO" not in text
    assert "Lukashenka's conversation with Lavrov took place on January 19" in text
    assert text.count("\n\n\n") == 0


@pytest.mark.parametrize(
    "line",
    [
        "Поделиться: ВКонтакте | Telegram | WhatsApp",
        "Artikel teilen: Facebook | X | E-Mail",
        "Partager sur Facebook",
        "Share this:",
        "Udostępnij",
    ],
)
def test_share_lines_in_any_language_are_dropped(line: str) -> None:
    body = f"The port reopened on Friday.\n\n{line}\n\nTrucks moved again."
    assert clean_text(body).text == "The port reopened on Friday.\n\nTrucks moved again."


def test_a_sentence_about_sharing_is_kept() -> None:
    body = "The minister said he would share the data with the union."
    assert clean_text(body).text == body
