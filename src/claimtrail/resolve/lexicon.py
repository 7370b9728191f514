"""Word tables for speaker resolution: pronouns, determiners, titles, roles, seats of power.

Every entry is casefolded. Role words are matched as prefixes of a token, so one entry covers
the inflected forms ("президент" covers "президента", "ministr" covers "ministra").
"""

from __future__ import annotations

from typing import Final, Literal

Gender = Literal["m", "f"]
# What a pronoun can refer to: a set of genders ("m", "f") plus "pl" for a group.
PRONOUNS: Final[dict[str, dict[str, frozenset[str]]]] = {
    "en": {"he": frozenset("m"), "she": frozenset("f"), "they": frozenset({"pl"}),
           "his": frozenset("m"), "her": frozenset("f"), "him": frozenset("m")},
    "ru": {"он": frozenset("m"), "она": frozenset("f"), "они": frozenset({"pl"})},
    "uk": {"він": frozenset("m"), "вона": frozenset("f"), "вони": frozenset({"pl"}),
           "он": frozenset("m"), "она": frozenset("f")},
    "be": {"ён": frozenset("m"), "яна": frozenset("f"), "яны": frozenset({"pl"})},
    "mk": {"тој": frozenset("m"), "таа": frozenset("f"), "тие": frozenset({"pl"})},
    "bg": {"той": frozenset("m"), "тя": frozenset("f"), "те": frozenset({"pl"})},
    "sr": {"он": frozenset("m"), "она": frozenset("f"), "они": frozenset({"pl"}),
           "on": frozenset("m"), "ona": frozenset("f"), "oni": frozenset({"pl"})},
    "de": {"er": frozenset("m"), "sie": frozenset({"f", "pl"})},
    "fr": {"il": frozenset("m"), "elle": frozenset("f"), "ils": frozenset({"pl"}),
           "elles": frozenset({"pl"})},
    "it": {"lui": frozenset("m"), "lei": frozenset("f"), "egli": frozenset("m"),
           "ella": frozenset("f"), "loro": frozenset({"pl"})},
    "es": {"él": frozenset("m"), "ella": frozenset("f"), "ellos": frozenset({"pl"})},
    "pt": {"ele": frozenset("m"), "ela": frozenset("f"), "eles": frozenset({"pl"})},
    "pl": {"on": frozenset("m"), "ona": frozenset("f"), "oni": frozenset({"pl"})},
    "cs": {"on": frozenset("m"), "ona": frozenset("f"), "oni": frozenset({"pl"})},
    "sk": {"on": frozenset("m"), "ona": frozenset("f"), "oni": frozenset({"pl"})},
    "ro": {"el": frozenset("m"), "ea": frozenset("f"), "ei": frozenset({"pl"})},
    "lv": {"viņš": frozenset("m"), "viņa": frozenset("f"), "viņi": frozenset({"pl"})},
    "tr": {"o": frozenset("mf"), "onlar": frozenset({"pl"})},
    "ar": {"هو": frozenset("m"), "هي": frozenset("f"), "هم": frozenset({"pl"})},
    "nl": {"hij": frozenset("m"), "zij": frozenset({"f", "pl"}), "ze": frozenset({"f", "pl"})},
}  # fmt: skip
# A relative pronoun refers to the name just before it ("Hanna Malyar, who said").
RELATIVES: Final = frozenset(
    {"who", "который", "которая", "которые", "котрий", "яка", "qui", "quien", "quienes",
     "welcher", "który", "która", "který", "která", "kim", "der", "die"}
)  # fmt: skip

DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "der", "die", "das", "den", "dem", "des", "ein", "eine",
     "einer", "eines", "le", "la", "les", "l", "un", "une", "il", "lo", "gli", "i", "uno",
     "una", "el", "los", "las", "o", "os", "as", "um", "uma", "de", "del", "of", "von", "di",
     "do", "da", "dos", "della", "dello"}
)  # fmt: skip
INDEFINITES: Final = frozenset({"a", "an", "ein", "eine", "einer", "un", "une", "uno", "una",
                                "um", "uma"})  # fmt: skip
POSSESSIVES: Final = frozenset(
    {"his", "her", "their", "its", "sein", "seine", "seiner", "ihr", "ihre", "son", "sa", "ses",
     "leur", "suo", "sua", "su", "sus", "seu", "его", "её", "ее", "их", "його", "її", "їхній",
     "jeho", "její", "jego", "jej", "onun", "તેમના", "તેના", "তার", "তাঁর"}
)  # fmt: skip
# Honorifics that are never part of the name and say nothing about the role.
TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "herr", "frau", "m", "mme",
     "mlle", "sig", "sig.ra", "signor", "signora", "sr", "sra", "don", "doña", "pan", "pani",
     "господин", "госпожа", "г-н", "г-жа", "bay", "bayan", "st", "saint"}
)  # fmt: skip
# Person roles, as prefixes of a casefolded token, in the supported languages.
ROLES: Final = (
    "president", "prime", "premier", "minister", "chancellor", "spokes", "secretary",
    "leader", "chief", "head", "director", "pope", "pontiff", "king", "queen", "prince",
    "general", "commander", "governor", "mayor", "ambassador", "envoy", "adviser", "advisor",
    "aide", "archbishop", "bishop", "cardinal", "patriarch", "official", "politician",
    "senator", "lawmaker", "deputy", "chair", "ceo", "founder", "coach", "journalist",
    "reporter", "wife", "widow", "husband", "mother", "father", "son", "daughter", "brother",
    "sister", "dissident", "activist", "lawyer", "officer", "press",
    "präsident", "kanzler", "sprecher", "chef", "papst", "leiter", "botschafter",
    "ministerpräsident", "bundeskanzler", "witwe", "ehefrau",
    "président", "ministre", "porte-parole", "pape", "pontife", "dirigeant", "chef",
    "presidente", "ministro", "portavoce", "capo", "papa", "pontefice", "leader", "segretario",
    "canciller", "portavoz", "jefe", "pontífice", "líder", "mandatario", "director", "primer",
    "porta-voz", "chefe", "prezydent", "premier", "rzecznik", "szef", "papież", "polityk",
    "przywódca", "prezident", "premiér", "ministr", "mluvčí", "šéf", "papež", "politik",
    "novinář", "vdova", "manželka", "épouse", "veuve", "vedova", "viuda", "wdowa", "أرملة",
    "президент", "премьер", "министр", "глава", "руководител",
    "начальник", "пресс-секретар", "представител", "папа", "лидер", "политик", "вдова",
    "жена", "мать", "речник", "голова", "керівник", "міністр", "претседател", "министер",
    "шефот", "portparol", "cumhurbaşkan", "başbakan", "bakan", "sözcü", "lider", "başkan",
    "prezidents", "ministrs", "pāvests", "direktors", "preşedinte", "președinte", "ministrul",
    "الرئيس", "رئيس", "وزير", "المتحدث", "البابا", "بابا", "римск", "زعيم", "مدير", "محافظ", "مؤيد",
    "રાષ્ટ્રપતિ", "પ્રેસ", "સેક્રેટરી", "প্রেসিডেন্ট", "রাষ্ট্রপতি", "主帅", "总统", "主席",
)  # fmt: skip
# Roles whose holder speaks for someone else: "his spokesman" is not the previous speaker.
SUBORDINATE_ROLES: Final = (
    "spokes", "secretary", "aide", "adviser", "advisor", "deputy", "wife", "widow", "husband",
    "mother", "father", "son", "daughter", "journalist", "reporter", "press", "officer",
    "sprecher", "witwe", "porte-parole", "portavoce", "portavoz", "porta-voz", "rzecznik",
    "mluvčí", "vdova", "épouse", "veuve", "vedova", "viuda", "wdowa", "أرملة", "пресс-секретар",
    "представител", "вдова", "жена", "мать", "речник",
    "sözcü", "المتحدث", "પ્રેસ", "સેક્રેટરી", "novinář",
)  # fmt: skip
# Heads of phrases that name a group or an institution, not one person.
GROUPS: Final = (
    "officials", "authorities", "leaders", "associates", "sources", "ministry", "government",
    "embassy", "police", "army", "military", "forces", "service", "agency", "party",
    "council", "committee", "office", "bishops", "generalstab", "ministerium", "regierung",
    "behörde", "ministère", "gouvernement", "ministero", "governo", "ministerio", "gobierno",
    "ministerstvo", "ministerstwo", "министерств", "правительств", "власти", "служб",
    "соратник", "семејство", "služb", "sluzb", "служба", "bakanlığı", "directorate",
    "foundation", "institute", "organization", "organisation", "synod", "church", "hükümet",
    "وزارة", "الحكومة", "أشخاص",
)  # fmt: skip
# Seats of power that stand for an institution ("the Kremlin said").
SEATS: Final[dict[str, str]] = {
    "kremlin": "Kremlin", "kreml": "Kremlin", "kremlj": "Kremlin", "white house": "White House",
    "maison blanche": "White House", "casa bianca": "White House", "casa blanca": "White House",
    "weisse haus": "White House", "weißes haus": "White House", "bialy dom": "White House",
    "bily dum": "White House", "belyy dom": "White House", "downing street": "Downing Street",
    "elysee": "Élysée Palace", "elysee palace": "Élysée Palace", "pentagon": "Pentagon",
    "quai d'orsay": "French foreign ministry", "bankova": "Office of the President of Ukraine",
    "vatican": "Holy See", "holy see": "Holy See", "zhongnanhai": "Government of China",
}  # fmt: skip
# Capitals used for their governments ("Kyiv said"): English name -> (ISO code, other
# spellings, romanised).
CAPITALS: Final[dict[str, tuple[str, ...]]] = {
    "Kyiv": ("UA", "kiev", "kiew", "kijow", "kyjiv", "kiyv", "kiiv", "kijev", "kyjev"),
    "Moscow": ("RU", "moskva", "moskau", "moscou", "mosca", "moskwa", "moscu", "moskova"),
    "Washington": ("US",), "Beijing": ("CN", "peking", "pekin"), "London": ("GB", "londres"),
    "Paris": ("FR", "parigi"), "Berlin": ("DE", "berlino"), "Rome": ("IT", "roma", "rom"),
    "Madrid": ("ES",), "Lisbon": ("PT", "lisboa", "lissabon"), "Warsaw": ("PL", "warszawa"),
    "Prague": ("CZ", "praha", "prag"), "Minsk": ("BY",), "Ankara": ("TR",),
    "Tehran": ("IR", "teheran"), "Jerusalem": ("IL", "yerushalayim"), "Tel Aviv": ("IL",),
    "Riyadh": ("SA",), "Cairo": ("EG", "kairo"), "Damascus": ("SY",), "Baghdad": ("IQ",),
    "Tokyo": ("JP",), "Seoul": ("KR",), "Pyongyang": ("KP",), "New Delhi": ("IN", "delhi"),
    "Islamabad": ("PK",), "Kabul": ("AF",), "Brussels": ("BE", "bruxelles", "brussel"),
    "Vienna": ("AT", "wien", "vienne"), "Budapest": ("HU",), "Bucharest": ("RO", "bucuresti"),
    "Sofia": ("BG",), "Belgrade": ("RS", "beograd"), "Athens": ("GR", "athina", "athen"),
    "Ottawa": ("CA",), "Canberra": ("AU",), "Brasilia": ("BR",), "Buenos Aires": ("AR",),
    "Mexico City": ("MX",), "Havana": ("CU", "la habana"), "Caracas": ("VE",),
    "Pretoria": ("ZA",), "Abuja": ("NG",), "Nairobi": ("KE",), "Addis Ababa": ("ET",),
    "Doha": ("QA",), "Abu Dhabi": ("AE",), "Amman": ("JO",), "Beirut": ("LB",), "Baku": ("AZ",),
    "Yerevan": ("AM",), "Tbilisi": ("GE",), "Chisinau": ("MD",), "Vilnius": ("LT",),
    "Riga": ("LV",), "Tallinn": ("EE",), "Helsinki": ("FI",), "Stockholm": ("SE",),
    "Oslo": ("NO",), "Copenhagen": ("DK", "kobenhavn"), "Dublin": ("IE",), "Bern": ("CH",),
    "The Hague": ("NL", "den haag"), "Taipei": ("TW",), "Hanoi": ("VN",), "Bangkok": ("TH",),
    "Manila": ("PH",), "Jakarta": ("ID",), "Kuala Lumpur": ("MY",), "Dhaka": ("BD",),
    "Astana": ("KZ",), "Tashkent": ("UZ",), "Bratislava": ("SK",), "Ljubljana": ("SI",),
    "Zagreb": ("HR",), "Sarajevo": ("BA",), "Skopje": ("MK",), "Tirana": ("AL",),
}  # fmt: skip
# News agencies and outlets credited for quotes; romanised key -> display name.
AGENCIES: Final[dict[str, str]] = {
    "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
    "agence france presse": "AFP", "france-presse": "AFP", "ap": "Associated Press",
    "associated press": "Associated Press", "belta": "BelTA", "interfax": "Interfax",
    "tass": "TASS", "itar-tass": "TASS", "ria novosti": "RIA Novosti", "ria": "RIA Novosti",
    "ukrinform": "Ukrinform", "efe": "EFE", "ansa": "ANSA", "dpa": "dpa", "xinhua": "Xinhua",
    "anadolu": "Anadolu Agency", "bloomberg": "Bloomberg", "unian": "UNIAN", "pap": "PAP",
    "ctk": "ČTK", "kyodo": "Kyodo", "yonhap": "Yonhap", "irna": "IRNA", "wafa": "WAFA",
    "sana": "SANA", "upi": "UPI", "bbc": "BBC", "cnn": "CNN", "rt": "RT", "tasr": "TASR",
    "agerpres": "Agerpres", "europa press": "Europa Press", "adnkronos": "Adnkronos",
    "lusa": "Lusa", "mena": "MENA", "ria-novosti": "RIA Novosti", "sputnik": "Sputnik",
}  # fmt: skip
# Generic names for state media ("state TV", "государственное ТВ"): kept as an org.
STATE_MEDIA: Final = ("state tv", "state television", "state media", "state news agency",
                      "state broadcaster", "staatsfernsehen", "государственн", "госТВ")  # fmt: skip
# Words that open a sentence without being a name ("However, ..."), beyond the tables above.
COMMON_OPENERS: Final = frozenset(
    {"however", "but", "and", "meanwhile", "later", "earlier", "in", "on", "at", "after",
     "before", "when", "while", "according", "as", "it", "this", "that", "there", "we", "i",
     "you", "our", "my", "asked", "speaking", "also", "yet", "still", "now", "today", "then",
     "thus", "so", "instead", "moreover", "furthermore", "nevertheless", "indeed", "finally",
     "first", "second", "here", "what", "why", "how", "if", "because", "all", "some",
     "yesterday", "breaking", "update", "read", "photo", "watch", "video", "listen",
     # Prepositions that open a sentence ("Despite Moscow's insistence, ..."): spaCy's
     # English stop words lack some of them.
     "despite", "amid", "although", "though", "following", "during", "unlike", "without"}
)  # fmt: skip
# Calendar words are capitalised in English and German but never name a speaker.
CALENDAR: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
     "samstag", "sonntag", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember"}
)  # fmt: skip
# Role words that name the same office, so "il Pontefice" finds "Papa Francesco" and "the
# presidential spokesman" finds "Zelensky's press secretary". Prefixes, like ROLES.
ROLE_CLASSES: Final[dict[str, tuple[str, ...]]] = {
    "pope": ("pope", "pontif", "papa", "papst", "pape", "pontefice", "pontífice", "papież",
             "papiez", "papež", "papez", "pāvest", "pavest", "папа", "البابا"),
    "president": ("president", "präsident", "prasident", "président", "presidente",
                  "prezydent", "prezident", "президент", "cumhurbaşkan", "cumhurbaskan",
                  "preşedinte", "președinte", "presedinte", "الرئيس", "رئيس", "રાષ્ટ્રપતિ",
                  "রাষ্ট্রপতি", "প্রেসিডেন্ট", "总统", "staatschef", "head of state"),
    "spokes": ("spokes", "sprecher", "porte-parole", "portavoce", "portavoz", "porta-voz",
               "rzecznik", "mluvčí", "mluvci", "пресс-секретар", "речник", "sözcü", "sozcu",
               "المتحدث", "press", "પ્રેસ", "portparol"),
    "minister": ("minister", "ministre", "ministro", "ministr", "министр", "міністр", "bakan",
                 "وزير", "ministrs", "ministrul", "министер", "canciller", "chancellor"),
    "leader": ("leader", "líder", "lider", "лидер", "dirigeant", "przywódca", "زعيم"),
    "spouse": ("wife", "widow", "husband", "witwe", "ehefrau", "épouse", "veuve", "vedova",
               "viuda", "wdowa", "manželka", "vdova", "вдова", "жена", "أرملة"),
    "chief": ("chief", "head", "chef", "capo", "jefe", "chefe", "szef", "šéf", "sef",
              "глава", "руководител", "начальник", "керівник", "голова", "шефот", "director",
              "direktor", "leiter"),
}  # fmt: skip
# Multi-word roles that stand for one office; the office word is added to the description.
PHRASE_ROLES: Final[dict[str, str]] = {
    "head of state": "president", "chef de l'etat": "president", "capo dello stato": "president",
    "jefe de estado": "president", "staatsoberhaupt": "president", "глава государства": "president",
    "head of the catholic church": "pope", "leader of the catholic church": "pope",
    "lider catolico": "pope", "líder católico": "pope", "chef de l'eglise catholique": "pope",
    "chef de la diplomatie": "minister", "capo della diplomazia": "minister",
    "jefe de la diplomacia": "minister", "chief diplomat": "minister", "top diplomat": "minister",
    "глава мид": "minister", "шеф дипломатии": "minister",
    # A press secretary speaks for someone: the same office as a spokesman.
    "press secretary": "spokesman", "press officer": "spokesman", "પ્રેસ સેક્રેટરી": "spokesman",
    "প্রেস সচিব": "spokesman",
}  # fmt: skip
# Speech verbs that carry their subject in pro-drop languages: a source span that is only
# such a verb ("وقالت", "dijo", "заявила") is a pronoun; prefixes, casefolded.
PRO_DROP_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "ar": ("قال", "وقال", "أضاف", "وأضاف", "أكد", "وأكد", "أوضح", "وأوضح", "صرح", "وصرح",
           "تابع", "وتابع", "اعتبر", "واعتبر"),
    "es": ("dijo", "afirmó", "añadió", "aseguró", "declaró", "señaló", "explicó", "agregó"),
    "it": ("ha detto", "ha affermato", "ha aggiunto", "ha dichiarato", "disse", "ha spiegato"),
    "pt": ("disse", "afirmou", "declarou", "acrescentou", "explicou", "sublinhou"),
    "pl": ("powiedział", "dodał", "stwierdził", "oświadczył", "podkreślił", "zaznaczył"),
    "cs": ("řekl", "uvedl", "dodal", "prohlásil", "zdůraznil", "napsal"),
    "sk": ("povedal", "uviedol", "dodal", "vyhlásil"),
    "ru": ("сказал", "заявил", "добавил", "отметил", "подчеркнул", "пояснил", "сообщил"),
    "uk": ("сказав", "сказала", "заявив", "заявила", "додав", "додала", "зазначив", "зазначила"),
    "tr": ("dedi", "söyledi", "açıkladı", "ifade etti", "belirtti", "kaydetti"),
    "ro": ("a spus", "a declarat", "a afirmat", "a adăugat"),
}  # fmt: skip
