"""What kind of speaker a source span is: a pronoun, a name, a place used for its government,
an institution, or a description ("the Turkish president", "his spokesman").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from claimtrail.model import Span
from claimtrail.resolve.lexicon import (
    DETERMINERS,
    GROUPS,
    PHRASE_ROLES,
    POSSESSIVES,
    PRO_DROP_VERBS,
    PRONOUNS,
    RELATIVES,
    ROLES,
    SUBORDINATE_ROLES,
)
from claimtrail.resolve.mentions import (
    Word,
    after_preposition,
    is_indefinite,
    name_runs,
    words_of,
)
from claimtrail.resolve.names import is_role, strip_accents
from claimtrail.resolve.places import country_of, government_of, is_people
from claimtrail.resolve.stopwords import stop_words
from claimtrail.resolve.translit import script_of

SourceKind = Literal["pronoun", "relative", "name", "metonym", "description", "group"]
_CASED = frozenset({"latin", "cyrillic", "greek"})
_ALL_PRONOUNS: dict[str, frozenset[str]] = {}
for _table in PRONOUNS.values():
    for _word, _genders in _table.items():
        _ALL_PRONOUNS[_word] = _ALL_PRONOUNS.get(_word, frozenset()) | _genders
# Pronouns that are also articles or common words in another language ("il", "o", "die").
_AMBIGUOUS = frozenset({"il", "o", "on", "el", "er", "sie", "ele", "ella", "lei", "her"})
_EDGE = " \t\n,.;:—–-\"'«»“”"


@dataclass(frozen=True, slots=True)
class Source:
    """A parsed source span."""

    kind: SourceKind
    span: Span
    text: str
    name_span: Span | None = None  # the speaker's name inside the span, if written there
    name: str = ""
    genders: frozenset[str] = frozenset()  # for pronouns: "m", "f", "pl"
    roles: tuple[str, ...] = ()  # casefolded words of a description
    possessor: str | None = None  # "Zelensky" in "Zelensky's spokesman"
    owner_roles: tuple[str, ...] = ()  # "the ukrainian president's" in "... president's aide"
    is_possessive: bool = False  # "his spokesman", "sein Sprecher"
    is_subordinate: bool = False  # a role that speaks for someone else
    metonym: str = ""  # "Government of Ukraine", "Kremlin"


def pronoun_genders(word: str, language: str | None) -> frozenset[str] | None:
    low = word.casefold()
    lang = (language or "").split("-")[0].lower()
    table = PRONOUNS.get(lang)
    if table is not None:
        return table.get(low)
    if low in _AMBIGUOUS:
        return None  # without a language "il" or "die" is more likely an article
    return _ALL_PRONOUNS.get(low)


def _pro_drop(text: str, language: str | None) -> frozenset[str] | None:
    """The genders a bare speech verb allows ("قالت" -> she), or None if it is no such verb."""
    lang = (language or "").split("-")[0].lower()
    low = text.casefold().strip()
    if not low or len(low.split()) > 2:
        return None
    if not any(low.startswith(verb) for verb in PRO_DROP_VERBS.get(lang, ())):
        return None
    gender = cue_gender(low, lang)
    return frozenset(gender) if gender else frozenset("mf")


def cue_gender(cue: str, language: str | None) -> str | None:
    """The speaker's gender as a past-tense verb marks it (заявила, powiedział, قالت)."""
    lang = (language or "").split("-")[0].lower()
    words = cue.casefold().split()
    if not words:
        return None
    verb = words[0] if lang == "ar" else words[-1]
    if lang in {"ru", "uk", "be", "bg", "mk", "sr"}:
        if re.search(r"ла(сь|ся)?$", verb):
            return "f"
        if re.search(r"л(ся)?$", verb):
            return "m"
        # Ukrainian and Belarusian masculine past ends in -в / -ў: заявив, заявіў.
        if lang in {"uk", "be"} and re.search(r"[вў](ся)?$", verb):
            return "m"
    elif lang == "pl":
        if re.search(r"ła(m)?$", verb):
            return "f"
        if verb.endswith("ł"):
            return "m"
    elif lang in {"cs", "sk"}:
        if re.search(r"[^aeiouy]la$|ila$|ela$|ala$", verb):
            return "f"
        if re.search(r"l$", verb):
            return "m"
    elif lang == "ar":
        return "f" if verb.endswith("ت") else "m"
    return None


def _group_word(word: str) -> bool:
    """A word naming a group or institution; when a role word matches more of it, it is the
    role ("governor" is no "governo", "Generalstab" is no "general")."""
    group = max(
        (len(g) for g in GROUPS if word.startswith(g) or (len(g) >= 6 and g in word)), default=0
    )
    return group > 0 and group >= _role_length(word)


def _role_length(word: str) -> int:
    return max((len(r) for r in ROLES if word.startswith(r)), default=0) if is_role(word) else 0


def _is_group(lows: list[str]) -> bool:
    """A group or institution heads the phrase: "Officials", "the prison authorities"."""
    content = [w for w in lows if w not in DETERMINERS]
    if not content:
        return False
    if _group_word(content[0]):
        return True
    return any(_group_word(w) for w in content) and not any(
        is_role(w) and not _group_word(w) for w in content
    )


def _roles(words: list[Word]) -> tuple[str, ...]:
    """The casefolded words of a description, plus the office a multi-word role names."""
    roles = [strip_accents(w.text.casefold()) for w in words]
    plain = " ".join(roles)
    for key, office in PHRASE_ROLES.items():
        key = strip_accents(key)
        if key in plain:
            # "the head of the Catholic Church" is the pope, not any head.
            inside = set(key.split())
            roles = [r for r in roles if r not in inside] + [office]
    return tuple(roles)


def parse_source(
    text: str, span: Span, language: str | None, lowered: frozenset[str] = frozenset()
) -> Source:
    """Classify the source span `span` of `text`; `lowered` = words the text writes in lowercase."""
    raw = text[span.start : span.end]
    # A source does not cross a paragraph: in "Headline\nBudanov added" the speaker is the
    # last line, not a name from the headline or a tweet's byline above it.
    last_line = raw.rsplit("\n", 1)[-1]
    if last_line.strip(_EDGE):
        span = Span(span.end - len(last_line), span.end)
        raw = last_line
    stripped = raw.strip(_EDGE)
    offset = span.start + raw.find(stripped) if stripped else span.start
    words = words_of(text, offset, offset + len(stripped))
    if not words:
        return Source("description", span, raw)
    lows = [w.text.casefold() for w in words]
    dropped = _pro_drop(stripped, language)
    if dropped is not None:
        return Source("pronoun", span, stripped, genders=dropped)
    genders = pronoun_genders(words[0].text, language)
    if len(words) == 1:
        if genders is not None:
            return Source("pronoun", span, stripped, genders=genders)
        if lows[0] in RELATIVES:
            return Source("relative", span, stripped)
    elif genders is not None and not words[1].is_cap and lows[0] not in POSSESSIVES:
        # "She thanked supporters who": the extractor took the clause; its subject speaks.
        first = Span(words[0].start, words[0].end)
        return Source("pronoun", first, words[0].text, genders=genders)
    is_group = _is_group(lows)
    # "his spokesman", "the Ukrainian president's spokesman": someone else's aide.
    is_possessive = lows[0] in POSSESSIVES or any(w.is_possessive for w in words[:-1])
    subordinate = any(w.startswith(r) for w in lows for r in SUBORDINATE_ROLES)
    name_span, name, possessor = _name_in(words, text, script_of(stripped), lowered, language)
    whole = government_of(stripped)
    multiword = name_span is not None and " " in name.strip()
    seat = bool(whole) and not whole.startswith("Government of")
    if whole and (name_span is None or multiword or seat) and not is_possessive:
        # "the White House", "Tel Aviv", "Kyiv": a seat or a capital standing for a government.
        return Source("metonym", span, stripped, metonym=whole)
    if name_span is not None and " " not in name.strip() and is_people(name):
        is_group = True  # "Russians claim": a nationality speaks as a group
    if name_span is not None and not is_group:
        # A lone place name may still be a person's surname ("Bruni", "Jordan"): the article
        # decides, so the government reading travels along.
        metonym = government_of(name) if " " not in name.strip() else ""
        return Source(
            "name", span, stripped, name_span=name_span, name=name,
            roles=_roles(_title_words(words, name_span, text)), possessor=possessor,
            metonym=metonym,
        )  # fmt: skip
    kind: SourceKind = "group" if is_group else "description"
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.is_possessive), default=0)
    return Source(
        kind, span, stripped, roles=_roles(words[cut:]), possessor=possessor,
        is_possessive=is_possessive, is_subordinate=subordinate,
        owner_roles=_roles(words[:cut]),
    )  # fmt: skip


def _title_words(words: list[Word], name_span: Span, text: str) -> list[Word]:
    """The words that describe the named speaker: the title before the name and an appositive
    after a comma; "V rozhovoru se Buccella papeže ptá" does not make Buccella a pope."""
    before = [w for w in words if w.end <= name_span.start]
    after = [w for w in words if w.start >= name_span.end]
    if after and "," in text[name_span.end : after[0].start]:
        return before + after
    return before


def _name_in(
    words: list[Word], text: str, script: str, lowered: frozenset[str], language: str | None
) -> tuple[Span | None, str, str | None]:
    """(span of the speaker's name, its text, a possessor's name) inside a source span."""
    if script not in _CASED:
        return _uncased_name(words, text, language)
    possessor: str | None = None
    candidates: list[list[int]] = []
    indefinite = is_indefinite(words)
    # A source that is nothing but a capitalised word is a name even if the word is also
    # common ("Young said"); inside a longer span, common words split the run.
    nouns = lowered if len(words) > 1 else frozenset()
    for run in name_runs(words, text, nouns):
        last = words[run[-1]]
        first = words[run[0]]
        surface = text[first.start : last.end]
        if len(run) == 1 and (len(surface) == 1 or surface.casefold() in POSSESSIVES):
            continue  # "His press secretary", a stray letter: no name
        if last.is_possessive and run[-1] + 1 < len(words):
            possessor = surface.removesuffix("'s").removesuffix("’s")
            continue
        # "Ein Sprecher Selenskyjs", "spokesman for Zelensky": the name is someone else's.
        preceded_by_comma = "," in text[words[run[0] - 1].end : first.start] if run[0] else False
        if after_preposition(words, run[0]) or (indefinite and not preceded_by_comma):
            possessor = possessor or surface
            continue
        if len(run) == 1 and run[0] > 0 and words[run[0] - 1].text.casefold() in DETERMINERS:
            continue  # "der ukrainische Generalstab": a German common noun, not a name
        if len(run) == 1 and len(words) > 1 and country_of(surface):
            continue  # "Глава ГУР Украины", "Ukraine spy chief": the country qualifies a role
        following = words[run[-1] + 1] if run[-1] + 1 < len(words) else None
        joined = following is not None and text[last.end : following.start].isspace()
        if (
            following is not None
            and joined
            and (following.is_cap or _group_word(following.text.casefold()))
        ):
            continue  # "Main Directorate of Intelligence": part of an institution's name
        candidates.append(run)
    if not candidates:
        return None, "", possessor
    full = [run for run in candidates if len(run) > 1]
    run = (full or candidates)[-1]
    start, end = words[run[0]].start, words[run[-1]].end
    return Span(start, end), text[start:end], possessor


# Names run to three words ("رجب طيب أردوغان"); a longer uncased source is a clause the
# extractor took whole ("জেলেনস্কি রবিবার দৃশ্যত ... নিশ্চিত করে").
_MAX_UNCASED_NAME_WORDS = 3
# Object (dative/accusative) case endings written onto the word in Gujarati (-ને) and Bengali
# (-কে): a word so marked is whom the speaker addressed, never the speaker.
_OBJECT_CASE = ("ને", "কে")


def _uncased_name(
    words: list[Word], text: str, language: str | None
) -> tuple[Span | None, str, str | None]:
    """Scripts without capitals: the words after the last role word, up to a comma.

    In a clause longer than a name, a role word makes it a description ("ثم قام البابا
    بتقبيل العلم": the pope); without one, the clause opens with its subject's name.
    """
    kept: list[Word] = []
    for word in words:
        low = word.text.casefold()
        if kept and re.search(r"[,،]", text[kept[-1].end : word.start]):
            break
        if (
            is_role(word.text)
            or low in POSSESSIVES
            or low in DETERMINERS
            or any(low.startswith(g) for g in GROUPS)
        ):
            kept = []
            continue
        if low.endswith(_OBJECT_CASE):
            continue  # "રાષ્ટ્રપતિએ પત્રકારોને કહ્યું": told the reporters, who are no speaker
        kept.append(word)
    if len(kept) > _MAX_UNCASED_NAME_WORDS:
        function = [w for w in kept if w.text.casefold() in stop_words(language)]
        if any(is_role(w.text) for w in words):
            # "بنك الاحتياطي فيليب لو" is a long title and name; two function words make
            # "بتقبيل العلم بعد ذلك" a clause.
            if len(function) >= 2:
                return None, "", None
        elif kept[0] in function:
            return None, "", None
        else:
            kept = kept[:1]
    if not kept:
        return None, "", None
    start, end = kept[0].start, kept[-1].end
    return Span(start, end), text[start:end], None
