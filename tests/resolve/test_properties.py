"""Arbitrary text and spans: resolution never fails and its spans stay inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.model import Attribution, Span
from claimtrail.resolve.across import EntityIndex
from claimtrail.resolve.within import intermediaries, speakers

_WORDS = st.sampled_from(
    ["He", "she", "said", "Lukashenko", "Лукашенко", "the", "minister", "Kyiv", "Он", "заявила",
     ",", ".", "Erdoğan'ın", "هو", "قالت", "জেলেনস্কি", "吴金贵", "@user", "Mr", "’s", "\n"]
)  # fmt: skip


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[Attribution]]:
    words = draw(st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40))
    text = " ".join(words)
    atts = []
    for _ in range(draw(st.integers(0, 5))):
        spans = []
        for _ in range(draw(st.integers(0, 2))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, len(text)))
            spans.append(Span(start, end))
        atts.append(Attribution("a", tuple(spans), (), (), "direct", via=tuple(spans[:1])))
    return text, atts


@settings(max_examples=150, deadline=None)
@given(articles(), st.sampled_from([None, "en", "ru", "de", "ar", "tr", "xx"]))
def test_any_article_yields_one_speaker_per_attribution(
    article: tuple[str, list[Attribution]], language: str | None
) -> None:
    text, atts = article
    found = speakers(text, atts, language)
    vias = intermediaries(text, atts, language)
    assert len(found) == len(vias) == len(atts)
    index = EntityIndex()
    for att, speaker in zip(atts, found, strict=True):
        assert (speaker is None) == (not att.source)
        if speaker is None:
            continue
        assert speaker.type in {"person", "org", "place", "other"}
        if speaker.mention is not None:
            assert 0 <= speaker.mention.start <= speaker.mention.end <= len(text)
        entity = index.resolve(speaker, "a", [speaker.name])
        assert entity.id in {e.id for e in index.entities()}
