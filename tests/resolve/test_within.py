"""Within one article: pronouns, descriptions, short and inflected names, metonymy."""

from __future__ import annotations

import itertools
import re
import time

import pytest

from claimtrail.model import Attribution, Span
from claimtrail.resolve.names import similar_tokens, stem
from claimtrail.resolve.within import speakers

from .helpers import attribution


def names(text: str, sources: list[tuple[str, int]], language: str | None) -> list[str | None]:
    atts = [attribution(text, s, n) for s, n in sources]
    return [sp.name if sp else None for sp in speakers(text, atts, language)]


@pytest.mark.parametrize(
    ("language", "text", "pronoun"),
    [
        ("en", "Alexander Lukashenko met reporters. He said the talks would go on.", "He"),
        ("ru", "Александр Лукашенко встретился с журналистами. Он заявил, что всё хорошо.", "Он"),
        ("uk", "Олександр Лукашенко зустрівся з журналістами. Він заявив, що все добре.", "Він"),
        ("de", "Alexander Lukaschenko traf Journalisten. Er sagte, alles sei gut.", "Er"),
        ("fr", "Alexandre Loukachenko a rencontré la presse. Il a dit que tout allait bien.", "Il"),
        (
            "it",
            "Alexander Lukashenko ha incontrato i giornalisti. Lui ha detto che va bene.",
            "Lui",
        ),
        ("es", "Alexander Lukashenko habló con la prensa. Él dijo que todo iba bien.", "Él"),
        ("pt", "Alexander Lukashenko falou com a imprensa. Ele disse que tudo estava bem.", "Ele"),
        ("pl", "Aleksander Łukaszenka spotkał się z dziennikarzami. On powiedział, że tak.", "On"),
        ("cs", "Alexandr Lukašenko se setkal s novináři. On řekl, že ano.", "On"),
        (
            "tr",
            "Aleksandr Lukaşenko gazetecilerle görüştü. O, her şeyin yolunda olduğunu söyledi.",
            "O",
        ),
        ("ar", "التقى ألكسندر لوكاشينكو بالصحفيين. وقال هو إن كل شيء على ما يرام.", "هو"),
    ],
)
def test_pronoun_resolves_to_the_named_speaker_before_it(
    language: str, text: str, pronoun: str
) -> None:
    name_source = text.split(" ")[0] + " " + text.split(" ")[1].rstrip(".")
    atts = [attribution(text, name_source), attribution(text, pronoun)]
    first, second = speakers(text, atts, language)
    assert first is not None
    assert second is not None
    assert second.name == first.name
    assert second.type == "person"


def test_feminine_verb_picks_the_woman_among_earlier_speakers() -> None:
    text = (
        "Юлия Навальная выступила в Мюнхене. Алексей Навальный был в тюрьме. "
        "Она заявила, что власти ответят."
    )
    atts = [
        attribution(text, "Юлия Навальная"),
        attribution(text, "Алексей Навальный"),
        attribution(text, "Она", cue="заявила"),
    ]
    result = speakers(text, atts, "ru")
    assert result[2] is not None
    assert result[2].name == "Юлия Навальная"


def test_polish_verb_gender_agrees_with_the_pronoun_antecedent() -> None:
    text = (
        "Anna Kowalska rozmawiała z Janem Nowakiem. Jan Nowak wyszedł. "
        "Ona powiedziała, że to koniec."
    )
    atts = [attribution(text, "Anna Kowalska"), attribution(text, "Jan Nowak", 0),
            attribution(text, "Ona", cue="powiedziała")]  # fmt: skip
    result = speakers(text, atts, "pl")
    assert result[2] is not None
    assert result[2].name == "Anna Kowalska"


def test_she_skips_a_man_who_spoke_last() -> None:
    text = (
        "Kira Yarmysh, a spokeswoman, confirmed the death. Ivan Zhdanov called it murder. "
        "She said the family had not been told."
    )
    atts = [attribution(text, "Kira Yarmysh"), attribution(text, "Ivan Zhdanov"),
            attribution(text, "She")]  # fmt: skip
    result = speakers(text, atts, "en")
    assert result[2] is not None
    assert result[2].name == "Kira Yarmysh"


def test_short_name_takes_the_full_name_given_earlier() -> None:
    text = "Belarusian leader Alexander Lukashenko spoke on Friday. Lukashenko said he was ready."
    first, second = speakers(
        text, [attribution(text, "Belarusian leader Alexander Lukashenko"),
               attribution(text, "Lukashenko", 1)], "en"
    )  # fmt: skip
    assert first is not None
    assert second is not None
    assert first.name == second.name == "Alexander Lukashenko"
    assert "Lukashenko" in second.aliases


@pytest.mark.parametrize(
    ("language", "text", "full", "inflected"),
    [
        ("ru", "Александр Лукашенко выступил. Слова Лукашенко передали Лукашенку, "
               "и эти слова услышали.", "Александр Лукашенко", "Лукашенку"),
        ("cs", "Alexej Navalnyj zemřel. Smrt Navalného potvrdila služba, jeho smrt je záhadná.",
         "Alexej Navalnyj", "Navalného"),
        ("tr", "Recep Tayyip Erdoğan konuştu. Erdoğan'ın sözleri tepki çekti.",
         "Recep Tayyip Erdoğan", "Erdoğan'ın"),
        ("ru", "Алексей Навальный умер. Соратники Навального не верят, говорят соратники.",
         "Алексей Навальный", "Навального"),
    ],
)  # fmt: skip
def test_inflected_name_is_the_same_speaker(
    language: str, text: str, full: str, inflected: str
) -> None:
    first, second = speakers(
        text, [attribution(text, full), attribution(text, inflected)], language
    )
    assert first is not None
    assert second is not None
    assert second.name == first.name
    assert inflected in second.aliases or second.name == first.name


@pytest.mark.parametrize(
    ("text", "description", "expected"),
    [
        ("Belarusian leader Alexander Lukashenko met Putin. The Belarusian leader said no.",
         "The Belarusian leader", "Alexander Lukashenko"),
        ("Kremlin spokesman Dmitry Peskov spoke after Putin. The Kremlin spokesman said no.",
         "The Kremlin spokesman", "Dmitry Peskov"),
        ("Dmytro Kuleba, the foreign minister, met Antony Blinken. The minister said yes.",
         "The minister", "Dmytro Kuleba"),
        ("Der ukrainische Präsident Wolodymyr Selenskyj traf Joe Biden. "
         "Der ukrainische Präsident sagte, die Lage sei schwer.",
         "Der ukrainische Präsident", "Wolodymyr Selenskyj"),
        ("Papa Francesco ha parlato con i giornalisti. Il Pontefice ha detto che serve pace.",
         "Il Pontefice", "Francesco"),
    ],
)  # fmt: skip
def test_description_resolves_to_the_person_introduced_with_that_role(
    text: str, description: str, expected: str
) -> None:
    named = text.split(".")[0]
    first_source = next(s for s in (expected, named.split(" ")[0]) if s in text)
    atts = [attribution(text, first_source), attribution(text, description)]
    result = speakers(text, atts, None)
    assert result[1] is not None
    assert result[1].name == expected


def test_spokesman_of_a_speaker_is_not_that_speaker() -> None:
    text = (
        "Zelensky said Bakhmut was in our hearts. Later, Zelensky's press secretary said "
        "the words were misread. Sergii Nykyforov wrote on Facebook that the capture was denied."
    )
    atts = [attribution(text, "Zelensky"), attribution(text, "Zelensky's press secretary"),
            attribution(text, "Sergii Nykyforov")]  # fmt: skip
    result = speakers(text, atts, "en")
    assert result[1] is not None
    assert result[1].name == "Sergii Nykyforov"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Kyiv", "Government of Ukraine"),
        ("Moscow", "Government of Russia"),
        ("Washington", "Government of United States"),
        ("Ukraine", "Government of Ukraine"),
        ("Israel", "Government of Israel"),
        ("the Kremlin", "Kremlin"),
        ("the White House", "White House"),
        ("Кремљ", "Kremlin"),
        ("Minsk", "Government of Belarus"),
    ],
)
def test_place_as_speaker_is_its_government(source: str, expected: str) -> None:
    text = f"On Monday {source} said the talks had failed."
    (speaker,) = speakers(text, [attribution(text, source)], "en")
    assert speaker is not None
    assert (speaker.name, speaker.type, speaker.is_metonymic) == (expected, "org", True)


def test_surname_that_spells_a_country_stays_a_person_when_named_in_full() -> None:
    text = "Vatican spokesman Matteo Bruni spoke. Bruni said the pope meant negotiation."
    atts = [attribution(text, "Vatican spokesman Matteo Bruni"), attribution(text, "Bruni", 1)]
    result = speakers(text, atts, "en")
    assert result[1] is not None
    assert (result[1].name, result[1].type) == ("Matteo Bruni", "person")


def test_unresolved_speaker_keeps_its_surface_as_other() -> None:
    text = "He said the deal was off."
    (speaker,) = speakers(text, [attribution(text, "He")], "en")
    assert speaker is not None
    assert (speaker.name, speaker.type, speaker.mention) == ("He", "other", None)


def test_attribution_without_source_has_no_speaker() -> None:
    text = "It was reported that the deal was off."
    agentless = Attribution("a1", (), (), (Span(0, 5),), "indirect")
    assert speakers(text, [agentless], "en") == [None]


def test_name_in_an_unknown_script_keeps_its_surface() -> None:
    text = "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎤᏛᏁ. ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"
    (speaker,) = speakers(text, [attribution(text, "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ")], "chr")
    assert speaker is not None
    assert speaker.name == "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"


def test_group_description_is_not_a_person() -> None:
    text = "Zelensky spoke first. Russian officials said the claims were false."
    result = speakers(
        text, [attribution(text, "Zelensky"), attribution(text, "Russian officials")], "en"
    )
    assert result[1] is not None
    assert result[1].type != "person"


def test_relative_pronoun_takes_the_name_just_before_it() -> None:
    text = (
        "according to Deputy Defense Minister Hanna Malyar, who acknowledges a critical situation"
    )
    atts = [attribution(text, "Deputy Defense Minister Hanna Malyar"), attribution(text, "who")]
    result = speakers(text, atts, "en")
    assert result[1] is not None
    assert result[1].name == "Hanna Malyar"


def _distinct_surnames(count: int) -> list[str]:
    """Invented surnames no two of which are spelling variants of each other."""
    syllables = ["ko", "ra", "mi", "te", "lu", "sa", "ve", "do", "pi", "ga", "bu", "ne", "zo"]
    chosen: list[str] = []
    for a, b, c in itertools.product(syllables, repeat=3):
        word = (a + b + c).capitalize() + "nek"
        if not any(similar_tokens(stem(word), stem(other)) for other in chosen):
            chosen.append(word)
        if len(chosen) == count:
            return chosen
    raise AssertionError("not enough distinct surnames")


def test_a_thousand_people_in_one_article_resolve_in_bounded_time() -> None:
    given = ["Adam", "Boris", "Carl", "Dmitri", "Emil", "Farid", "Georg", "Hugo", "Ivan", "Omar"]
    surnames = _distinct_surnames(100)
    people = [f"{g} {s}" for s in surnames for g in given]
    text = "".join(f"{p} said yes. He said no. " for p in people)
    atts = []
    for match in re.finditer(r"(\w+ \w+) said yes\. (He) said no", text):
        for group in (1, 2):
            span = Span(match.start(group), match.end(group))
            atts.append(Attribution("a1", (span,), (), (span,), "indirect"))
    start = time.perf_counter()
    result = speakers(text, atts, "en")
    elapsed = time.perf_counter() - start
    assert len(result) == 2000
    assert all(r is not None for r in result)
    assert [r.name for r in result[1::2] if r] == people
    assert elapsed < 30, f"{elapsed:.1f}s for 1,000 people"


@pytest.mark.parametrize(
    ("language", "text", "verb", "expected"),
    [
        ("ar", "تحدث ألكسندر لوكاشينكو ثم سفيتلانا تيخانوفسكايا. وقال إن الحدود آمنة.", "وقال",
         "ألكسندر لوكاشينكو"),
        ("ru", "Светлана Тихановская выступила. Александр Лукашенко промолчал. Заявила, что "
               "переговоров не будет.", "Заявила", "Светлана Тихановская"),
        ("es", "Alexander Lukashenko habló con la prensa. Dijo que todo iba bien.", "Dijo",
         "Alexander Lukashenko"),
    ],
)  # fmt: skip
def test_bare_speech_verb_of_a_pro_drop_language_acts_as_a_pronoun(
    language: str, text: str, verb: str, expected: str
) -> None:
    others = [n for n in ("Александр Лукашенко", "سفيتلانا تيخانوفسكايا") if n in text]
    atts = [attribution(text, expected), *(attribution(text, n) for n in others)]
    atts.append(attribution(text, verb))
    result = speakers(text, atts, language)
    assert result[-1] is not None
    assert result[-1].name == expected


def test_leader_and_president_are_one_office() -> None:
    text = (
        "Belarusian leader Alexander Lukashenko met Vladimir Putin. Putin said little. "
        "The Belarusian president said the pact was a trick."
    )
    atts = [
        attribution(text, "Belarusian leader Alexander Lukashenko"),
        attribution(text, "Putin", 1),
        attribution(text, "The Belarusian president"),
    ]
    result = speakers(text, atts, "en")
    assert result[2] is not None
    assert result[2].name == "Alexander Lukashenko"


@pytest.mark.parametrize(
    ("language", "text", "cue"),
    [
        ("be", "Святлана Ціханоўская выступіла. Аляксандр Лукашэнка прамаўчаў. Яна заявіла, "
               "што перамоваў не будзе.", "заявіла"),
        ("uk", "Світлана Тихановська виступила. Олександр Лукашенко промовчав. Вона заявила, "
               "що переговорів не буде.", "заявила"),
    ],
)  # fmt: skip
def test_feminine_pronoun_skips_the_man_in_belarusian_and_ukrainian(
    language: str, text: str, cue: str
) -> None:
    first = text.split(".")[0].rsplit(" ", 1)[0]
    second = text.split(". ")[1].rsplit(" ", 1)[0]
    pronoun = text.split(". ")[2].split(" ")[0]
    atts = [attribution(text, first), attribution(text, second),
            attribution(text, pronoun, cue=cue)]  # fmt: skip
    result = speakers(text, atts, language)
    assert result[2] is not None
    assert result[2].name == first
