"""Per-language date words: month and weekday forms, relative phrases, numbers and units.

Plain data, lower case. Inflected forms are listed because the regexes match whole words:
Slavic months appear in the genitive after a day ("24 января") and in the locative alone
("в январе"). Languages without a table here get month and weekday names from dateparser.
"""

from __future__ import annotations

from claimtrail.temporal.tables.ar import AR
from claimtrail.temporal.tables.cs import CS
from claimtrail.temporal.tables.de import DE
from claimtrail.temporal.tables.en import EN
from claimtrail.temporal.tables.es import ES
from claimtrail.temporal.tables.fr import FR
from claimtrail.temporal.tables.it import IT
from claimtrail.temporal.tables.lv import LV
from claimtrail.temporal.tables.pl import PL
from claimtrail.temporal.tables.pt import PT
from claimtrail.temporal.tables.ru import RU
from claimtrail.temporal.tables.tr import TR
from claimtrail.temporal.tables.uk import UK
from claimtrail.temporal.tables.words import Words
from claimtrail.temporal.tables.zh import ZH

TABLES: dict[str, Words] = {
    "en": EN,
    "de": DE,
    "fr": FR,
    "it": IT,
    "es": ES,
    "pt": PT,
    "ru": RU,
    "uk": UK,
    "pl": PL,
    "cs": CS,
    "tr": TR,
    "ar": AR,
    "lv": LV,
    "zh": ZH,
}
__all__ = ["EN", "TABLES", "Words"]
