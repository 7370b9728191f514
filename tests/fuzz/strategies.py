"""Hypothesis strategies for fuzzing: random bytes, and seeds mutated the way libFuzzer does."""

from __future__ import annotations

from hypothesis import strategies as st

from .seeds import seeds

# Bytes that parsers give meaning to: markup, entities, quotes, WARC and gzip framing.
TOKENS = (
    b"<", b">", b"</p>", b"<p>", b"<![CDATA[", b"]]>", b"<!--", b"&amp;", b"&#x0;", b"&#99999999;",
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\r\n", b"\r\n\r\n", b"\xe2\x80\x9c", b"\xc2\xab",
    b'"', b"\\u0000", b"\\ud800", b"{", b"}", b"[", b"]", b"Content-Length: 99999\r\n",
    b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"said", "заявил".encode(),
    b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x80\xa8", b"\t", b"\x0b",
)  # fmt: skip


@st.composite
def _mutated(draw: st.DrawFn, name: str) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds()[name])))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(("insert", "delete", "flip", "cut")))
        if action == "insert":
            data[at:at] = draw(st.one_of(st.sampled_from(TOKENS), st.binary(max_size=12)))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at:]
    return bytes(data)


def inputs(name: str) -> st.SearchStrategy[bytes]:
    """Inputs for the target `name`: mostly mutated seeds, some plain random bytes."""
    return st.one_of(_mutated(name), st.binary(max_size=2000))
