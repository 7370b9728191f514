"""Where sentences begin in extracted article text, for anchoring phrases to statements."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (and any closing quotes) before a space and a character that is
# not lower case or a digit ("Jan. 24", "Mr. Lavrov" do not end one), and at a line break,
# unless the line has no closing mark and the next starts in lower case: extracted pages
# break "Sergei Lavrov\n\nin an interview on February 2." mid-sentence.
_IN_LINE_STOP = re.compile(r"[.!?…][\"'»”’)\]]*[ \t]+(?=\S)")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_CLOSING = frozenset(".!?…:\"'»”’)]")
# Titles whose full stop does not end a sentence: "Mr. Lavrov said on Monday".
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "sen", "rep"})


def sentence_starts(text: str) -> list[int]:
    """The offsets where the sentences of `text` begin, in order; the first is 0."""
    starts = {0}
    for m in _IN_LINE_STOP.finditer(text):
        end = m.end()
        if not (text[end].islower() or text[end].isdigit()) and not _is_title(text, m.start()):
            starts.add(end)
    for m in _LINE_BREAK.finditer(text):
        end = m.end()
        if end < len(text) and (not text[end].islower() or text[m.start() - 1] in _CLOSING):
            starts.add(end)
    return sorted(starts)


def _is_title(text: str, stop: int) -> bool:
    word = text[max(stop - 5, 0) : stop].split()[-1:] if stop else []
    return bool(word) and word[0].casefold() in _TITLES
