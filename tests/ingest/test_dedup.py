"""Shingles, MinHash signatures and LSH buckets: what the store's duplicate links are made of.

The links themselves (StoredDuplicates) are tested in tests/engine/test_duplicates.py.
"""

from __future__ import annotations

from claimtrail.ingest.dedup import band_shape, buckets, shingles, similarity, text_signature

from .samples import PARAGRAPHS

# Long enough for a stable Jaccard estimate (a few dozen shingles), our own text.
TEXT = " ".join(f"{paragraph} Paragraph {n} ends here." for n, paragraph in enumerate(PARAGRAPHS))
OTHER = (
    "A late frost damaged most of the apple blossom in the valley this spring, growers said, "
    "and the cooperative expects its smallest harvest in a decade unless the summer is warm."
)


def test_shingles_are_five_casefolded_words() -> None:
    assert shingles("One two Three four five six") == {
        "one two three four five",
        "two three four five six",
    }
    assert shingles("Short text") == {"short text"}
    assert shingles("  ") == set()


def test_each_ideograph_counts_as_a_word() -> None:
    assert shingles("港口今天重新开放") == {
        "港 口 今 天 重",
        "口 今 天 重 新",
        "今 天 重 新 开",
        "天 重 新 开 放",
    }


def test_a_text_with_no_words_has_no_signature_and_no_buckets() -> None:
    assert text_signature(" .. ") == ""
    assert buckets("", *band_shape(0.8, 128)) == []
    assert similarity("", text_signature(TEXT)) == 0.0


def test_signatures_are_stable_across_calls() -> None:
    assert text_signature(TEXT) == text_signature(TEXT)
    assert similarity(text_signature(TEXT), text_signature(TEXT)) == 1.0


def test_a_copy_with_a_header_and_footer_keeps_most_of_the_signature() -> None:
    copy = f"Agency wire | Latest\n{TEXT}\nShare this"
    assert 0.8 <= similarity(text_signature(TEXT), text_signature(copy)) < 1.0


def test_a_different_text_shares_almost_none_of_the_signature() -> None:
    assert similarity(text_signature(TEXT), text_signature(OTHER)) < 0.2


def test_a_near_copy_shares_a_bucket_and_a_different_text_does_not() -> None:
    bands, rows = band_shape(0.8, 128)
    original = set(buckets(text_signature(TEXT), bands, rows))
    copy = set(buckets(text_signature(f"Agency wire | Latest\n{TEXT}"), bands, rows))
    other = set(buckets(text_signature(OTHER), bands, rows))
    assert len(original) == bands
    assert original & copy
    assert not original & other
