"""Rule-based attribution on sentences written for these tests, one language at a time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.extract.lexicons import LANGUAGES, Lexicon, lexicon
from claimtrail.extract.rules import rule_attributions
from claimtrail.model import Attribution


def _one(text: str, language: str) -> Attribution:
    found = rule_attributions(text, language, "a1")
    assert len(found) == 1, [_show(text, a) for a in found]
    return found[0]


def _show(text: str, att: Attribution) -> dict[str, object]:
    return {
        "source": [text[s.start : s.end] for s in att.source],
        "cue": [text[s.start : s.end] for s in att.cue],
        "content": [text[s.start : s.end] for s in att.content],
        "via": [text[s.start : s.end] for s in att.via],
        "kind": att.kind,
    }


# (language, text, source, cue, content, kind)
CASES = [
    ("ru", "«Мы не отступим», — заявил Песков журналистам.", "Песков", "заявил",
     "«Мы не отступим»", "direct"),
    ("ru", "Министр заявила, что переговоры продолжатся на следующей неделе.", "Министр",
     "заявила", "переговоры продолжатся на следующей неделе", "indirect"),
    ("ru", "По словам губернатора, пожар удалось потушить к утру.", "губернатора",
     "По словам", "пожар удалось потушить к утру", "indirect"),
    ("uk", "«Ми будемо боротися до кінця», — сказав президент.", "президент", "сказав",
     "«Ми будемо боротися до кінця»", "direct"),
    ("uk", "Міністр зазначив, що ціни на хліб не зростуть.", "Міністр", "зазначив",
     "ціни на хліб не зростуть", "indirect"),
    ("de", "„Wir werden die Stadt nicht aufgeben“, sagte der Bürgermeister.", "der Bürgermeister",
     "sagte", "„Wir werden die Stadt nicht aufgeben“", "direct"),
    ("de", "Die Ministerin sagte, dass die Gespräche weitergehen.", "Die Ministerin", "sagte",
     "die Gespräche weitergehen", "indirect"),
    ("de", "Später betonte sein Sprecher, der Präsident habe nichts bestätigt.", "sein Sprecher",
     "betonte", "der Präsident habe nichts bestätigt", "indirect"),
    ("fr", "« Nous ne céderons pas », a déclaré la ministre.", "la ministre", "a déclaré",
     "« Nous ne céderons pas »", "direct"),
    ("fr", "Le maire a déclaré que la route resterait fermée.", "Le maire", "a déclaré",
     "la route resterait fermée", "indirect"),
    ("fr", "Selon le ministère, trois personnes ont été blessées.", "le ministère", "Selon",
     "trois personnes ont été blessées", "indirect"),
    ("it", "«Non ci arrenderemo mai», ha detto il sindaco.", "il sindaco", "ha detto",
     "«Non ci arrenderemo mai»", "direct"),
    ("it", "Il ministro ha dichiarato che il ponte sarà riaperto domani.", "Il ministro",
     "ha dichiarato", "il ponte sarà riaperto domani", "indirect"),
    ("es", "El alcalde dijo que la carretera seguirá cerrada.", "El alcalde", "dijo",
     "la carretera seguirá cerrada", "indirect"),
    ("es", "\"No vamos a rendirnos\", afirmó la ministra.", "la ministra", "afirmó",
     "\"No vamos a rendirnos\"", "direct"),
    ("pt", "O ministro disse que a ponte será reaberta amanhã.", "O ministro", "disse",
     "a ponte será reaberta amanhã", "indirect"),
    ("pt", "“Não vamos desistir”, afirmou a presidente.", "a presidente", "afirmou",
     "“Não vamos desistir”", "direct"),
    ("pl", "Minister powiedział, że rozmowy będą kontynuowane.", "Minister", "powiedział",
     "rozmowy będą kontynuowane", "indirect"),
    ("pl", "„Nigdy się nie poddamy” – oświadczyła premier.", "premier", "oświadczyła",
     "„Nigdy się nie poddamy”", "direct"),
    ("cs", "\"Nikdy se nevzdáme,\" řekl starosta novinářům.", "starosta", "řekl",
     "\"Nikdy se nevzdáme,\"", "direct"),
    ("cs", "Ministryně uvedla, že jednání budou pokračovat.", "Ministryně", "uvedla",
     "jednání budou pokračovat", "indirect"),
    ("tr", "Bakan, \"Asla geri adım atmayacağız\" dedi.", "Bakan", "dedi",
     "\"Asla geri adım atmayacağız\"", "direct"),
    ("tr", "Vali, \"Yangın kontrol altına alındı\" ifadelerini kullandı.", "Vali",
     "ifadelerini kullandı", "\"Yangın kontrol altına alındı\"", "direct"),
    ("ar", "وقال الوزير إن المفاوضات ستستمر الأسبوع المقبل.", "الوزير", "وقال",
     "المفاوضات ستستمر الأسبوع المقبل", "indirect"),
    ("ar", "وأضاف الوزير: “لن نتراجع عن موقفنا أبدا”.", "الوزير", "وأضاف",
     "“لن نتراجع عن موقفنا أبدا”", "direct"),
    ("ro", "Ministrul a declarat că negocierile vor continua.", "Ministrul", "a declarat",
     "negocierile vor continua", "indirect"),
    ("ro", "„Nu vom ceda”, a spus premierul.", "premierul", "a spus", "„Nu vom ceda”", "direct"),
    ("lv", "Ministrs paziņoja, ka sarunas turpināsies nākamnedēļ.", "Ministrs", "paziņoja",
     "sarunas turpināsies nākamnedēļ", "indirect"),
    ("mk", "Министерот изјави дека разговорите ќе продолжат.", "Министерот", "изјави",
     "разговорите ќе продолжат", "indirect"),
    ("bn", "মন্ত্রী বলেন, আলোচনা আগামী সপ্তাহে চলবে।", "মন্ত্রী", "বলেন",
     "আলোচনা আগামী সপ্তাহে চলবে", "indirect"),
    ("gu", "મંત્રીએ કહ્યું કે વાતચીત આવતા અઠવાડિયે ચાલુ રહેશે.", "મંત્રીએ", "કહ્યું",
     "વાતચીત આવતા અઠવાડિયે ચાલુ રહેશે", "indirect"),
    ("zh", "外交部发言人表示,会谈将于下周继续。", "外交部发言人", "表示", "会谈将于下周继续",
     "indirect"),
    ("es", "Según el ministerio, tres personas resultaron heridas.", "el ministerio", "Según",
     "tres personas resultaron heridas", "indirect"),
    ("it", "Secondo il ministero, tre persone sono rimaste ferite.", "il ministero", "Secondo",
     "tre persone sono rimaste ferite", "indirect"),
    ("ar", "وفقا للوزارة، أصيب ثلاثة أشخاص في الهجوم.", "للوزارة", "وفقا",
     "أصيب ثلاثة أشخاص في الهجوم", "indirect"),
    ("tr", "Bakan, görüşmelerin süreceğini açıkladı.", "Bakan", "açıkladı",
     "görüşmelerin süreceğini", "indirect"),
    ("en", "The minister said that the talks would resume next week.", "The minister", "said",
     "the talks would resume next week", "indirect"),
    ("en", "\"We will never give up,\" she said.", "she", "said", "\"We will never give up,\"",
     "direct"),
    ("en", "Lukashenka said: \"Ukraine offered us a pact.\"", "Lukashenka", "said",
     "\"Ukraine offered us a pact.\"", "direct"),
    ("en", "The minister said the talks were \"very productive\" for both sides.", "The minister",
     "said", "the talks were \"very productive\" for both sides", "mixed"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "source", "cue", "content", "kind"), CASES)
def test_attribution_has_the_expected_source_cue_content_and_kind(
    language: str, text: str, source: str, cue: str, content: str, kind: str
) -> None:
    shown = _show(text, _one(text, language))
    assert shown == {
        "source": [source],
        "cue": [cue],
        "content": [content],
        "via": [],
        "kind": kind,
    }


def test_inverted_subject_after_the_cue_is_the_source() -> None:
    text = "Die Lage sei ernst, sagte Selenskyj am Montag."
    assert _show(text, _one(text, "de"))["source"] == ["Selenskyj"]


def test_content_first_then_cue_then_source() -> None:
    text = "Его смерть была естественной, рассказал глава разведки Иван Петров."
    shown = _show(text, _one(text, "ru"))
    assert shown["content"] == ["Его смерть была естественной"]
    assert shown["source"] == ["глава разведки Иван Петров"]


def test_participle_cue_starts_a_second_statement_with_the_same_source() -> None:
    text = "Министр сообщил, что мост откроют в мае, добавив, что ремонт обойдется дешевле."
    found = [_show(text, a) for a in rule_attributions(text, "ru", "a1")]
    assert [f["content"] for f in found] == [["мост откроют в мае"], ["ремонт обойдется дешевле"]]
    assert found[1]["source"] == ["Министр"]


def test_anaphoric_cue_credits_the_previous_sentence() -> None:
    text = '"Vorrei andare a Kiev e a Mosca".\n\nLo ha detto il Papa durante l\'udienza.'
    shown = _show(text, _one(text, "it"))
    assert shown["content"] == ['"Vorrei andare a Kiev e a Mosca"']
    assert shown["cue"] == ["ha detto"]
    assert shown["source"] == ["il Papa"]


def test_quote_continuing_in_the_next_sentence_keeps_the_source() -> None:
    text = "„Er war ein Held“, sagte der Bürgermeister. „Wir werden ihn nie vergessen.“"
    found = [_show(text, a) for a in rule_attributions(text, "de", "a1")]
    assert len(found) == 2
    assert found[1]["content"] == ["„Wir werden ihn nie vergessen.“"]
    assert found[1]["source"] == ["der Bürgermeister"]
    assert found[1]["cue"] == []


def test_quote_spanning_two_paragraphs_is_one_statement() -> None:
    text = "The mayor said: “We will rebuild the bridge.\n\n“And we will do it this year.”"
    shown = _show(text, _one(text, "en"))
    assert shown["content"] == [text[text.index("“") :]]


def test_headline_name_colon_claim_has_no_cue() -> None:
    text = "Lukashenko: Ukraine offered a pact\n\nThe president spoke in Minsk on Tuesday."
    shown = _show(text, _one(text, "ru"))
    assert shown == {
        "source": ["Lukashenko"],
        "cue": [],
        "content": ["Ukraine offered a pact"],
        "via": [],
        "kind": "indirect",
    }


def test_headline_quote_then_name() -> None:
    text = "“O Hamas não é terrorista”: Erdogan critica Israel\nO texto continua aqui."
    shown = _show(text, _one(text, "pt"))
    assert shown["source"] == ["Erdogan"]
    assert shown["content"] == ["“O Hamas não é terrorista”"]


def test_dash_introduced_speech_is_a_direct_quote() -> None:
    text = "- Nasza flaga jest niebiesko-żółta. Nigdy jej nie zmienimy - powiedział minister."
    shown = _show(text, _one(text, "pl"))
    assert shown["content"] == ["Nasza flaga jest niebiesko-żółta. Nigdy jej nie zmienimy"]
    assert shown["source"] == ["minister"]
    assert shown["kind"] == "direct"


def test_nested_quote_with_its_own_cue_is_a_chain_via_the_outer_speaker() -> None:
    text = "\"Papež jasně řekl: 'Jednání nikdy nejsou kapitulací,'\" řekl Bruni."
    found = [_show(text, a) for a in rule_attributions(text, "cs", "a1")]
    inner = [f for f in found if f["via"]]
    assert inner == [
        {
            "source": ["Papež"],
            "cue": ["řekl"],
            "content": ["'Jednání nikdy nejsou kapitulací,'"],
            "via": ["Bruni"],
            "kind": "direct",
        }
    ]


def test_reported_speech_inside_a_report_is_a_chain() -> None:
    text = "The spokesman said the pope clearly stated that negotiations are never a surrender."
    found = [_show(text, a) for a in rule_attributions(text, "en", "a1")]
    inner = [f for f in found if f["via"]]
    assert inner[0]["content"] == ["negotiations are never a surrender"]
    assert inner[0]["via"] == ["The spokesman"]


def test_reported_that_someone_said_is_a_chain() -> None:
    text = "Reuters reported that the minister said the talks had failed."
    inner = [_show(text, a) for a in rule_attributions(text, "en", "a1") if a.via]
    assert inner == [
        {
            "source": ["the minister"],
            "cue": ["said"],
            "content": ["the talks had failed"],
            "via": ["Reuters"],
            "kind": "indirect",
        }
    ]


def test_pronoun_after_the_cue_is_the_source() -> None:
    text = "„Wir geben nicht auf“, sagte er."
    assert _show(text, _one(text, "de"))["source"] == ["er"]


def test_quoted_as_saying_names_source_and_via() -> None:
    text = "Belta quoted Lukashenko as saying that Ukraine offered a non-aggression pact."
    assert _show(text, _one(text, "en")) == {
        "source": ["Lukashenko"],
        "cue": ["quoted", "as saying"],
        "content": ["Ukraine offered a non-aggression pact"],
        "via": ["Belta"],
        "kind": "indirect",
    }


def test_reported_speech_inside_a_quote_is_a_chain_via_the_quoted_speaker() -> None:
    text = "«Папа ясно указывает, что переговоры никогда не означают капитуляцию», — заявил Бруни."
    found = [_show(text, a) for a in rule_attributions(text, "ru", "a1")]
    assert found[0]["source"] == ["Бруни"]
    inner = [f for f in found if f["via"]]
    assert inner == [
        {
            "source": ["Папа"],
            "cue": ["указывает"],
            "content": ["переговоры никогда не означают капитуляцию"],
            "via": ["Бруни"],
            "kind": "indirect",
        }
    ]


def test_first_person_report_inside_a_quote_is_not_a_chain() -> None:
    text = '"I believe that peace is possible," the minister said.'
    assert [_show(text, a)["via"] for a in rule_attributions(text, "en", "a1")] == [[]]


def test_anaphoric_channel_becomes_the_via_of_the_previous_statement() -> None:
    text = "Министр заявил, что мост откроют в мае. Об этом пишет агентство ТАСС."
    shown = _show(text, _one(text, "ru"))
    assert shown["via"] == ["агентство ТАСС"]


def test_via_marker_after_a_quote_names_the_channel() -> None:
    text = "«Potrei deludervi, ma è morto davvero», ha detto citato da Hromadske."
    shown = _show(text, _one(text, "it"))
    assert shown["via"] == ["Hromadske"]


def test_gerund_adjunct_ends_reported_content() -> None:
    text = "The president said Sunday that the troops held the city, casting doubt on the claim."
    assert _show(text, _one(text, "en"))["content"] == ["the troops held the city"]


def test_questions_are_not_statements() -> None:
    text = "Asked whether the city had fallen, he did not answer."
    assert rule_attributions(text, "en", "a1") == []


def test_english_frames_are_found_in_other_languages() -> None:
    text = "Il tweet: The spokesman said that the talks will resume on Monday."
    shown = _show(text, _one(text, "it"))
    assert shown["content"] == ["the talks will resume on Monday"]


def test_according_to_after_a_report_names_the_channel_as_via() -> None:
    text = "Die Kämpfe gehen weiter, erklärte der Generalstab nach Angaben des Senders."
    shown = _show(text, _one(text, "de"))
    assert shown["via"] == ["Senders"]


def test_postposition_according_to_in_turkish() -> None:
    text = "Bakanlığa göre yangında üç kişi yaralandı."
    shown = _show(text, _one(text, "tr"))
    assert shown["source"] == ["Bakanlığa"]
    assert shown["cue"] == ["göre"]
    assert shown["content"] == ["yangında üç kişi yaralandı"]


def test_relative_clause_speakers_are_not_sources() -> None:
    text = "Mluví s těmi, kteří tvrdí, že válka skončí."
    assert rule_attributions(text, "cs", "a1") == []


def test_short_scare_quotes_are_not_statements() -> None:
    assert rule_attributions("Der sogenannte „Friedensplan“ liegt vor.", "de", "a1") == []


def test_chinese_cue_in_unsegmented_text() -> None:
    text = "主帅吴金贵表示球队仍旧全力出战。"
    shown = _show(text, _one(text, "zh"))
    assert shown["cue"] == ["表示"]
    assert shown["content"] == ["球队仍旧全力出战"]


def test_mixed_scripts_and_rtl_text_keep_exact_offsets() -> None:
    text = "قال الرئيس إن Zelensky “не сдастся” قريبا. Он сказал, что 和平 возможен."
    for language in ("ar", "ru", "zh", "en"):
        for att in rule_attributions(text, language, "a1"):
            for span in (*att.source, *att.cue, *att.content, *att.via):
                assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize("text", ["", "   \n\n ", "No one said anything here", "«", "“”"])
def test_empty_or_attribution_free_text_gives_nothing(text: str) -> None:
    assert rule_attributions(text, "en", "a1") == []


def test_unknown_language_falls_back_to_english() -> None:
    text = "The minister said that the talks would resume."
    assert len(rule_attributions(text, "xx", "a1")) == 1
    assert lexicon("xx").language == "en"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_lexicon_loads_and_is_lower_case(code: str) -> None:
    lex = lexicon(code)
    assert isinstance(lex, Lexicon)
    assert lex.language == code
    assert lex.verbs
    for phrase in (*lex.verbs, *lex.complementisers, *lex.according_to, *lex.anaphors):
        assert phrase == phrase.lower(), phrase


def test_a_one_megabyte_paragraph_finishes_in_seconds() -> None:
    unit = (
        'The mayor said "we will rebuild the bridge" and the minister said that it is fine, '
        "according to the agency, while «они заявили» nothing don't stop "
    )
    text = unit * (1_000_000 // len(unit))
    started = time.process_time()  # CPU time: the shared test machine may be busy
    found = rule_attributions(text, "en", "a1")
    # About 1.2 s of CPU here (13,600 attributions); the margin absorbs slower machines.
    assert time.process_time() - started < 4.0
    assert found
    assert all(0 <= s.start <= s.end <= len(text) for a in found for s in a.content)


_PIECES = st.sampled_from(
    [
        "said", "sagte", "заявил", "ha detto", "dedi", "قال", "that", "что", "dass", "إن",
        "according to", "laut", ": ", ", ", ". ", "\n", "\n\n", "“", "”", "«", "»", "„", '"', "'",
        "-", " — ", "Lo", "X", "Минстр", "the minister", "göre", "表示", "。", "l'homme", "''",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES | st.text(max_size=8), max_size=40).map(" ".join),
    st.sampled_from([*LANGUAGES, "xx", ""]),
)
def test_any_text_gives_spans_inside_it_and_never_raises(text: str, language: str) -> None:
    for att in rule_attributions(text, language, "a1"):
        assert att.content
        assert att.kind in ("direct", "indirect", "mixed")
        for span in (*att.source, *att.cue, *att.content, *att.via):
            assert 0 <= span.start <= span.end <= len(text)
