"""Language detection on cleaned text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.clean import clean_text
from claimtrail.ingest import language
from claimtrail.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president said the city was still under Ukrainian control.", "en"),
        ("Der ukrainische Präsident hat mit seinen Äußerungen für Verwirrung gesorgt.", "de"),
        ("Le chef de la diplomatie ukrainienne a réagi à une interview du pape.", "fr"),
        ("El canciller rechazó el llamado del papa para que Ucrania negocie.", "es"),
        ("Il capo dell'intelligence militare ucraina ha detto che è morto davvero.", "it"),
        ("O Presidente turco apelidou o Hamas de organização patriótica.", "pt"),
        ("Глава украинской военной разведки назвал причину смерти Навального.", "ru"),
        ("Голова української розвідки заявив, що політик помер від тромбу.", "uk"),
        ("Шефот на украинската воена разузнавачка служба изјави дека почина.", "mk"),
        ("Minister spraw zagranicznych Ukrainy odpowiedział na wezwanie papieża.", "pl"),
        ("Cumhurbaşkanı Erdoğan, Hamas terör örgütü değildir dedi.", "tr"),
        ("قال الرئيس التركي إن حماس ليست منظمة إرهابية", "ar"),
        ("ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি রবিবার বলেছেন", "bn"),
        ("યુક્રેનના રાષ્ટ્રપતિ વોલોડીમિર ઝેલેન્સકીએ કહ્યું", "gu"),
        ("本场比赛,申花与悉尼的射门比为0-21,在场面被动的情况下", "zh"),
        ("大統領は記者団に対し、バフムトは私たちの心の中にだけあると語った。", "ja"),
        ("대통령은 기자들에게 바흐무트는 우리 마음속에만 있다고 말했다.", "ko"),
    ],
)
def test_language_of_a_sentence_is_detected(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   \n", "12345 678", "OK", "— 2024 —"])
def test_text_without_enough_letters_has_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_a_quoted_name_in_another_script_does_not_decide() -> None:
    text = "Zelensky, written জেলেনস্কি in Bengali, said the city was only in our hearts."
    assert detect_language(text) == "en"


def test_detector_is_built_once() -> None:
    assert language._detector() is language._detector()


def test_language_of_the_stories_docs_after_cleaning(shared_dir: Path) -> None:
    stories = shared_dir / "data/stories"
    meta = [json.loads(line) for line in (stories / "meta.jsonl").read_text().splitlines()]
    right = 0
    for record in meta:
        body = (stories / "docs" / f"{record['id']}.txt").read_text(encoding="utf-8")
        right += detect_language(clean_text(body).text) == record["language"]
    assert len(meta) == 58
    assert right / len(meta) >= 0.95
