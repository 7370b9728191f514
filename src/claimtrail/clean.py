"""Turn a RawDocument into an Article: strip web boilerplate, fix mojibake, normalise.

Works line by line on plain text, so it also cleans what an HTML extractor let through. Every
kept character keeps its position in the raw body (see `offsets.OffsetMap`).
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

import ftfy

from claimtrail.errors import InputError
from claimtrail.ingest.language import detect_language
from claimtrail.ingest.pubdate import publication_date
from claimtrail.model import Article, RawDocument
from claimtrail.offsets import OffsetMap


@dataclass(frozen=True, slots=True)
class CleanText:
    """The cleaned text and the map from its offsets back to the raw body."""

    text: str
    offsets: OffsetMap


# Curly quotes and fullwidth CJK punctuation are data, not damage: keep them as written.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
# Search-tool excerpts open with " date 2023-05-21 " or " date 2023-05 "; not the article's words.
_CRAWLER_DATE = re.compile(r"\A\s*date \d{4}-\d{2}(?:-\d{2})?(?!\d)[ \t]*")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")
_WORD = re.compile(r"\S+")


@dataclass(slots=True)
class _Line:
    start: int  # offsets of the line in the raw body, line break excluded
    end: int
    key: str  # whitespace-collapsed text, used by the boilerplate rules


def _lines(body: str, first: int) -> list[_Line]:
    lines: list[_Line] = []
    pos = first
    for brk in _LINE_BREAK.finditer(body, first):
        lines.append(_Line(pos, brk.start(), " ".join(body[pos : brk.start()].split())))
        pos = brk.end()
    lines.append(_Line(pos, len(body), " ".join(body[pos:].split())))
    return lines


def _needs_fixing(segment: str) -> bool:
    # Printable ASCII without entities cannot hold mojibake and is already NFC.
    return not (segment.isascii() and segment.isprintable() and "&" not in segment)


def _fixed(segment: str, base: int) -> tuple[str, list[int], list[int]]:
    """ftfy's repair of one line, with each output character's original range."""
    fixed = ftfy.fix_text(segment, _FTFY) if _needs_fixing(segment) else segment
    if fixed == segment:
        return (
            fixed,
            list(range(base, base + len(fixed))),
            list(range(base + 1, base + len(fixed) + 1)),
        )
    starts: list[int] = []
    ends: list[int] = []
    matcher = difflib.SequenceMatcher(None, segment, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            starts.extend(range(base + i1, base + i2))
            ends.extend(range(base + i1 + 1, base + i2 + 1))
        elif tag in ("replace", "insert"):
            # A repaired run ("Ã©" -> "é") spreads evenly over the bytes it replaced.
            old, new = i2 - i1, j2 - j1
            for k in range(new):
                lo = base + i1 + (k * old) // new
                hi = base + i1 + ((k + 1) * old + new - 1) // new
                starts.append(lo)
                ends.append(max(lo, hi))
    return fixed, starts, ends


def _emit_line(
    fixed: str, fstarts: list[int], fends: list[int], out: tuple[list[str], list[int], list[int]]
) -> None:
    """Append one kept line, whitespace runs collapsed to one space, ends stripped."""
    text, starts, ends = out
    previous_end = -1
    for word in _WORD.finditer(fixed):
        a, b = word.span()
        if previous_end >= 0:
            text.append(" ")
            starts.append(fstarts[previous_end])
            ends.append(fends[previous_end])
        text.append(word.group())
        starts.extend(fstarts[a:b])
        ends.extend(fends[a:b])
        previous_end = b


def clean_text(body: str, title: str | None = None) -> CleanText:
    """Boilerplate stripped, mojibake fixed (ftfy), NFC, whitespace normalised, repeats dropped.

    Lines are joined by "\\n"; paragraphs (blank or dropped lines between) by "\\n\\n".
    """
    crawler = _CRAWLER_DATE.match(body)
    lines = _lines(body, crawler.end() if crawler else 0)
    kept = _kept_lines([line.key for line in lines], title)
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    previous = -1
    for index, line in enumerate(lines):
        if not kept[index] or not line.key:
            continue
        fixed, fstarts, fends = _fixed(body[line.start : line.end], line.start)
        if not fixed.split():  # only control characters, which ftfy removed
            kept[index] = False
            continue
        if previous >= 0:
            gap = [m.start() for m in _LINE_BREAK.finditer(body, lines[previous].end, line.start)]
            blank = len(gap) > 1 or not all(kept[previous:index])
            breaks = [gap[0], gap[-1]] if blank else [gap[0]]
            for brk in breaks:
                text.append("\n")
                starts.append(brk)
                ends.append(brk + 1)
        _emit_line(fixed, fstarts, fends, (text, starts, ends))
        previous = index
    starts.append(ends[-1] if ends else (crawler.end() if crawler else 0))
    return CleanText("".join(text), OffsetMap(tuple(starts), tuple(ends)))


def article(raw: RawDocument, now: datetime | None = None) -> Article:
    """The cleaned Article of `raw`; `now` (aware) bounds publication dates, default: the clock.

    Raises InputError when nothing but boilerplate is left.
    """
    cleaned = clean_text(raw.body, raw.title)
    if not cleaned.text:
        raise InputError(f"{raw.origin}: no article text left after cleaning")
    published, basis = publication_date(raw, cleaned.text, now)
    language = detect_language(cleaned.text) or _declared_language(raw.language)
    return Article(
        id=raw.id,
        text=cleaned.text,
        content_hash=hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest(),
        origin=raw.origin,
        url=raw.url,
        outlet=raw.outlet,
        title=raw.title,
        author=raw.author,
        published=published,
        published_basis=basis,
        language=language,
    )


def _declared_language(tag: str | None) -> str | None:
    """ "en-GB" -> "en"; pages often declare a theme default, so this is only a fallback."""
    if not tag:
        return None
    code = tag.strip().lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


# --- Boilerplate -------------------------------------------------------------------------
# Each rule matches a whole line (whitespace collapsed, case folded), so a sentence that merely
# mentions "cookies" or "newsletter" is never dropped.


def _alternatives(*phrases: str) -> str:
    return "(?:" + "|".join(phrases) + ")"


# Comment forms and sign-up boxes close a page: from one of these on, nothing is article text.
_TAIL_MARKERS = _alternatives(
    r"leave a (?:reply|comment)(?: cancel reply)?",
    r"newsletter sign ?up",
    r"please enter your comment!?",
    r"your email address will not be published\..*",
    r"back to top button",
    r"(?:deixe|deixa) (?:um comentário|uma resposta)",
    r"laisser un commentaire",
    r"deja (?:un comentario|una respuesta)",
    r"lascia un commento(?: annulla risposta)?",
    r"(?:schreibe|hinterlasse) einen kommentar",
    r"kommentar verfassen",
    r"(?:оставить|добавить|оставьте) комментарий",
    r"(?:bir yanıt yazın|yorum yap(?:ın)?)",
    r"(?:dodaj|zostaw) komentarz",
    r"(?:napsat|přidat) komentář",
    r"lasă un (?:răspuns|comentariu)",
    r"laat een reactie achter",
)
_SOCIAL = _alternatives(
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit",
    "vk", "viber", "messenger", "flipboard", "tumblr", "email", "e-mail", "print", "copy link",
    "google news", "instagram", "youtube", "tiktok", "threads", "bluesky", "mail",
    "вконтакте", "vkontakte", "одноклассники", "odnoklassniki",
)  # fmt: skip
# "Share" in the corpus languages, alone or as "share this article" ("Artikel teilen").
_SHARE = _alternatives(
    r"share(?: this(?: article| story| post)?| on| via)?", r"tweet", r"pin it",
    r"(?:artikel |beitrag )?teilen", r"(?:jetzt )?teilen auf", r"partager(?: sur| l'article)?",
    r"compartir(?: en)?", r"condividi(?: su)?", r"compartilh(?:ar|e)", r"udostępnij",
    r"sdílet", r"paylaş", r"поделиться", r"поділитися", r"сподели", r"شارك", r"مشاركة",
    r"distribuie", r"dalīties",
)  # fmt: skip
_READ_ALSO = _alternatives(
    r"read also", r"also read", r"see also", r"read more", r"read next", r"related",
    r"more on this", r"lesen sie (?:auch|mehr)", r"mehr zum thema", r"weiterlesen",
    r"(?:à )?lire aussi", r"voir aussi", r"lire la suite", r"lee también", r"leer más",
    r"ver también", r"te puede interesar", r"leggi anche", r"vedi anche", r"continua a leggere",
    r"leia (?:também|mais)", r"veja também", r"czytaj (?:też|także|więcej)",
    r"zobacz (?:też|także)", r"čtěte (?:také|též)", r"přečtěte si (?:také|též)",
    r"ayrıca (?:okuyun|bakınız)", r"devamını oku", r"bunu da okuyun",
    r"cite(?:ș|s|ş)te (?:(?:ș|s|ş)i|mai mult)", r"lees ook", r"läs (?:också|mer)",
    r"читайте (?:также|тоже|також)", r"смотрите также", r"читать далее", r"подробнее",
    r"прочитајте (?:и|уште)", r"прочетете още", r"اقرأ أيضا(?:ً)?", r"إقرأ أيضا(?:ً)?",
)  # fmt: skip
_RELATED_HEADINGS = _alternatives(
    r"related (?:posts|articles|stories|news|content|coverage)", r"you (?:may|might) also like",
    r"more (?:stories|news|from [\w .]{1,40})", r"recommended(?: for you)?",
    r"most (?:read|popular|viewed)", r"latest (?:news|posts|stories)", r"recent posts",
    r"popular posts", r"trending(?: now)?", r"ähnliche (?:artikel|beiträge)",
    r"articles similaires", r"artículos relacionados", r"articoli correlati",
    r"notícias relacionadas", r"похожие (?:новости|статьи|материалы)",
    r"(?:ilgili|benzer) haberler", r"powiązane(?: artykuły)?", r"související(?: články)?",
)  # fmt: skip
_LINE_RULES = re.compile(
    "|".join(
        (
            _TAIL_MARKERS,
            r"required fields are marked \*?",
            r"please enter your (?:name|email(?: address)?) here",
            r"you have entered an incorrect email address!?",
            r"save my name, email, and website in this browser for the next time i comment\.?",
            r"notify me of (?:follow-up comments|new posts|new comments).*",
            r"this site uses akismet to reduce spam\..*",
            r"(?:cancel reply|post comment|submit comment|\d+ comments?|no comments yet\.?)",
            r"(?:subscribe|sign up|signup) (?:to|for) (?:our|the) .{0,40}newsletter.{0,160}",
            r"(?:abonnieren sie|inscrivez-vous à|suscríbete a|iscriviti a|подпишитесь на|"
            r"zapisz się do|přihlaste se k) .{0,40}(?:newsletter|рассылку|boletín).{0,120}",
            r"back to top|skip to (?:main )?content|ссылки для упрощенного доступа",
            rf"{_SHARE}(?:[ |•·,/:-]*(?:{_SOCIAL}|{_SHARE}))*[ :：]*",
            rf"{_SOCIAL}(?:[ |•·,/:-]+{_SOCIAL})*",
            rf"follow .{{1,60}} on {_SOCIAL}\.?",
            rf"{_READ_ALSO}(?: ?[:：>»\-–—] ?.{{0,250}}|\.{{0,3}})",
            r"(?:©|\(c\)|@|copyright)\s*\d{4}.{0,150}|.{0,150}all rights reserved\.?.{0,100}",
            r".{0,120}ctrl\s?\+\s?enter.{0,40}",  # "highlight a typo and press Ctrl+Enter"
            r"advertisement|anzeige|werbung|publicité|publicidad|pubblicità|реклама|reklam[a]?",
            r"(?:\d{1,2}:\d{2} ?/? ?){1,3}",  # an audio player's "00:0000:00"
            rf"{_RELATED_HEADINGS}:?",
        )
    ),
    re.IGNORECASE,
)
_TAIL = re.compile(_TAIL_MARKERS, re.IGNORECASE)
_RELATED = re.compile(_RELATED_HEADINGS + ":?", re.IGNORECASE)
# A cookie notice speaks as the site ("We use cookies", "Diese Website verwendet Cookies") and
# asks for consent; a reported sentence about cookies does neither.
_COOKIE = re.compile(
    r"(?:this (?:web)?site|we|our (?:web)?site|by (?:using|continuing)|cookies?|"
    r"diese (?:web)?seite|diese website|wir (?:verwenden|nutzen)|ce site|nous utilisons|"
    r"este sitio|este site|utilizamos|usamos|questo sito|utilizziamo|этот сайт|мы используем|"
    r"ta strona|używamy|tento web|používáme|bu (?:web )?site|sitemizde)\b.{0,300}"
    r"(?:cookie|çerez|ciasteczk).{0,300}",
    re.IGNORECASE,
)
_COOKIE_TERMS = re.compile(
    r"\b(?:accept|consent|experience|policy|settings|privacy|browsing|agree|opt[- ]out|"
    r"akzeptier|zustimm|einverstanden|datenschutz|accept|confidentialité|acept|privacidad|"
    r"accett|consenso|согла|конфиденциальн|akcept|zgod|prywatno|souhlas|soukrom|kabul|gizlilik|"
    r"aceit|concord)",
    re.IGNORECASE,
)
_LISTEN = re.compile(
    r"(?:listen to|escuchar|anhören|écouter|ascolta|слушать|dinle|posłuchaj|poslechn\w+)\b.{0,150}",
    re.IGNORECASE,
)
_TIMER = re.compile(r"(?:\d{1,2}:\d{2} ?/? ?){1,3}")
_SENTENCE_END = re.compile(r"[.!?…。！？\"”»’']$")


def _is_boilerplate(key: str) -> bool:
    if len(key) > 600:
        return False
    if _LINE_RULES.fullmatch(key):
        return True
    return len(key) <= 400 and bool(_COOKIE.fullmatch(key) and _COOKIE_TERMS.search(key))


def _is_title_like(key: str) -> bool:
    return len(key) <= 160 and not _SENTENCE_END.search(key)


def _kept_lines(keys: list[str], title: str | None) -> list[bool]:
    """Which lines are article text rather than page furniture."""
    kept = [not _is_boilerplate(key) for key in keys]
    sizes = [len(key) for key in keys]
    total = sum(sizes) or 1
    before = 0
    for index, key in enumerate(keys):
        # A comment form in the top half is page chrome above the article, not its end.
        if _TAIL.fullmatch(key) and before >= total / 2:
            kept[index:] = [False] * (len(keys) - index)
            break
        before += sizes[index]
    nonempty = [i for i, key in enumerate(keys) if key]
    for position, index in enumerate(nonempty):
        key = keys[index]
        following = nonempty[position + 1] if position + 1 < len(nonempty) else None
        if following is not None and _LISTEN.fullmatch(key) and _TIMER.fullmatch(keys[following]):
            kept[index] = False
        if _RELATED.fullmatch(key):
            for later in nonempty[position + 1 :]:
                if not _is_title_like(keys[later]):
                    break
                kept[later] = False
    _drop_repeats(keys, kept, title)
    return kept


def _drop_repeats(keys: list[str], kept: list[bool], title: str | None) -> None:
    """Drop repeated headlines and paragraphs, and a site name shown at the top and bottom."""
    seen: dict[str, int] = {}
    total = sum(len(key) for key in keys) or 1
    before = 0
    first = next((i for i, key in enumerate(keys) if key and kept[i]), None)
    folded_title = " ".join(title.split()).casefold() if title else None
    for index, key in enumerate(keys):
        folded = key.casefold()
        if kept[index] and len(folded) >= 12:
            if folded in seen:
                kept[index] = False
                original = seen[folded]
                is_site_name = (
                    original == first
                    and before >= total / 2
                    and len(key) <= 40
                    and len(key.split()) <= 5
                    and _is_title_like(key)
                    and folded != folded_title
                )
                if is_site_name:
                    kept[original] = False
            else:
                seen[folded] = index
        before += len(key)
