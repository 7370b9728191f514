"""Word tables for the discrepancy detectors: negation, hedges, certainty, rebuttals, holders.

One table per language (ISO 639-1: en ru uk de fr it es pt pl cs tr ar). Entries are casefolded
phrases matched as whole words; a trailing `*` matches any ending ("bestätig*"), which stands in
for inflection in de, ru, uk, pl, cs and tr. An unknown language uses the union of all tables,
except that the short negations of one language are other words elsewhere (pt "no" is "in
the", cs "ne" is a French negation particle too), so those stay in their own table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

LANGUAGES = ("en", "ru", "uk", "de", "fr", "it", "es", "pt", "pl", "cs", "tr", "ar")

# Words that turn a clause negative ("not", "никогда"); Turkish verb negation is a suffix.
# fmt: off
NEGATIONS: Mapping[str, tuple[str, ...]] = {
    "en": ("not", "no", "never", "n't", "n’t", "nobody", "nothing", "none", "neither", "nor",
           "cannot"),
    "ru": ("не", "нет", "никогда", "ни", "ничего", "никто", "нельзя", "ничто"),
    "uk": ("не", "ні", "немає", "ніколи", "нічого", "ніхто", "неможливо"),
    "de": ("nicht", "kein*", "nie", "niemals", "nichts", "weder", "niemand"),
    "fr": ("ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "rien"),
    "it": ("non", "mai", "nessuno", "nessuna", "niente", "nulla", "né"),
    "es": ("no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "nada", "ni"),
    "pt": ("não", "nunca", "jamais", "nenhum", "nenhuma", "nada", "nem"),
    "pl": ("nie", "nigdy", "żaden", "żadna", "żadne", "nic", "ani", "nikt"),
    "cs": ("ne", "není", "nejsou", "nebyl*", "nebude*", "nemá*", "nemůže*", "nechce*", "nikdy",
           "žádn*", "nic", "ani", "nikdo"),
    "tr": ("değil*", "yok", "hayır", "asla", "hiç", "hiçbir", "*madı*", "*medi*", "*mıyor*",
           "*miyor*", "*mayacak*", "*meyecek*", "*mamış*", "*memiş*", "*madığı*", "*mediği*"),
    "ar": ("لا", "لم", "لن", "ليس", "ليست", "لست", "غير", "أبدا", "ولا", "ولم", "ولن"),
}
# fmt: on

# Weakened certainty: "more or less confirmed" against "we know for sure".
# fmt: off
HEDGES: Mapping[str, tuple[str, ...]] = {
    "en": ("more or less", "probably", "likely", "possibly", "perhaps", "maybe", "apparently",
           "reportedly", "allegedly", "it seems", "seems", "might", "may have", "i think",
           "as far as we know", "presumably"),
    "ru": ("более-менее", "более или менее", "вероятно", "возможно", "наверное", "видимо",
           "по-видимому", "якобы", "кажется", "скорее всего", "предположительно"),
    "uk": ("більш-менш", "більш або менш", "ймовірно", "можливо", "мабуть", "напевно", "нібито",
           "здається", "схоже"),
    "de": ("mehr oder weniger", "wahrscheinlich", "vermutlich", "möglicherweise", "vielleicht",
           "offenbar", "angeblich", "scheint", "wohl"),
    "fr": ("plus ou moins", "probablement", "peut-être", "apparemment", "sans doute", "semble",
           "il semble", "vraisemblablement"),
    "it": ("più o meno", "probabilmente", "forse", "a quanto pare", "sembra", "pare",
           "presumibilmente"),
    "es": ("más o menos", "probablemente", "quizás", "quizá", "tal vez", "al parecer", "parece",
           "posiblemente"),
    "pt": ("mais ou menos", "provavelmente", "talvez", "aparentemente", "parece", "possivelmente"),
    "pl": ("mniej więcej", "prawdopodobnie", "być może", "chyba", "podobno", "wydaje się",
           "najprawdopodobniej"),
    "cs": ("víceméně", "více méně", "pravděpodobně", "možná", "asi", "zřejmě", "údajně"),
    "tr": ("aşağı yukarı", "muhtemelen", "belki", "galiba", "sanırım", "görünüşe göre",
           "iddiaya göre"),
    "ar": ("ربما", "على الأرجح", "يبدو", "من المحتمل", "إلى حد ما", "تقريبا"),
}
# fmt: on

# Asserted certainty.
# fmt: off
CERTAINTY: Mapping[str, tuple[str, ...]] = {
    "en": ("for sure", "certainly", "definitely", "absolutely", "undoubtedly", "without doubt",
           "without a doubt", "no doubt", "beyond doubt", "for certain", "reliable", "100%"),
    "ru": ("точно", "наверняка", "безусловно", "несомненно", "абсолютно", "достоверно",
           "определённо", "определенно", "без сомнения"),
    "uk": ("точно", "безумовно", "достовірно", "абсолютно", "беззаперечно", "без сумніву"),
    "de": ("sicher", "mit sicherheit", "definitiv", "zweifellos", "ohne zweifel", "absolut",
           "zuverlässig*"),
    "fr": ("sûr", "certainement", "sans aucun doute", "absolument", "à coup sûr", "fiable*"),
    "it": ("di sicuro", "certamente", "sicuramente", "senza dubbio", "assolutamente",
           "con certezza", "affidabil*"),
    "es": ("con seguridad", "seguro", "sin duda", "definitivamente", "absolutamente", "con certeza",
           "fiable*"),
    "pt": ("com certeza", "certamente", "sem dúvida", "absolutamente", "definitivamente",
           "confiáve*"),
    "pl": ("na pewno", "z pewnością", "bez wątpienia", "absolutnie", "definitywnie", "wiarygodn*"),
    "cs": ("určitě", "jistě", "s jistotou", "bezpochyby", "naprosto", "absolutně", "spolehliv*"),
    "tr": ("kesinlikle", "mutlaka", "şüphesiz", "kesin", "güvenilir"),
    "ar": ("بالتأكيد", "مؤكد", "بلا شك", "قطعا", "من المؤكد"),
}
# fmt: on

# A speaker declaring someone else's claim false, or rejecting it.
# fmt: off
REBUTTALS: Mapping[str, tuple[str, ...]] = {
    "en": ("not true", "untrue", "false", "a lie", "lies", "lying", "fake", "distort*", "nonsense",
           "baseless", "deny", "denies", "denied", "refute*", "reject*", "condemn*", "dismiss*",
           "misrepresent*"),
    "ru": ("неправда", "не соответствует действительности", "ложь", "фейк*", "опроверг*", "отрица*",
           "отверг*", "осуди*", "осужда*", "искажа*"),
    "uk": ("неправда", "брехня", "фейк*", "спростов*", "запереч*", "відкин*", "засуди*",
           "перекруч*"),
    "de": ("nicht wahr", "falsch", "lüge*", "dementi*", "bestreit*", "bestritt*", "zurückgew*",
           "weist zurück", "wies zurück", "verurteil*", "verdreh*"),
    "fr": ("pas vrai", "faux", "fausse", "mensonge*", "dément*", "démenti*", "rejette*",
           "condamne*", "dénonce*"),
    "it": ("non è vero", "falso", "falsa", "menzogn*", "smenti*", "smentit*", "nega", "negato",
           "respinge", "respinto", "condann*"),
    "es": ("no es cierto", "no es verdad", "falso", "falsa", "mentira*", "desmient*", "desmintió",
           "niega", "negó", "rechaz*", "conden*"),
    "pt": ("não é verdade", "falso", "falsa", "mentira*", "desment*", "nega", "negou", "rejeit*",
           "conden*"),
    "pl": ("nieprawda", "fałsz*", "kłamstw*", "zaprzecz*", "dementuj*", "odrzuc*", "potępi*"),
    "cs": ("není pravda", "nepravda", "lež", "lži", "popír*", "popřel*", "odmít*", "odsuzuj*",
           "odsoudil*"),
    "tr": ("doğru değil", "yalan*", "çarpıt*", "reddet*", "reddetti", "kına*"),
    "ar": ("غير صحيح", "كذب", "أكاذيب", "نفى", "ينفي", "رفض", "يرفض", "أدان", "يدين", "تشويه"),
}
# fmt: on

# Verbs and prepositions that present an utterance as someone's ("X said", "по словам X").
# fmt: off
SPEECH_VERBS: Mapping[str, tuple[str, ...]] = {
    "en": ("says", "said", "stated", "told", "asked", "is asking", "was asking", "asking", "urged",
           "claimed", "claims", "admitted", "denied", "confirmed", "according to"),
    "ru": ("сказал*", "говорит", "говорил*", "заявил*", "заявляет", "по словам", "сообщил*"),
    "uk": ("сказав", "сказала", "каже", "заявив*", "заявляє", "за словами", "повідомив*"),
    "de": ("sagte", "sagt", "sage", "gesagt", "erklärte", "erklärt", "habe", "forderte", "laut",
           "nach angaben"),
    "fr": ("dit", "déclare", "déclaré", "a affirmé", "selon", "d'après", "d’après"),
    "it": ("dice", "detto", "ha dichiarato", "secondo"),
    "es": ("dice", "dijo", "afirmó", "declaró", "según"),
    "pt": ("diz", "disse", "afirmou", "declarou", "segundo", "de acordo com"),
    "pl": ("powiedział*", "mówi", "oświadczył*", "według"),
    "cs": ("řekl*", "říká", "prohlásil*", "podle"),
    "tr": ("dedi", "söyledi", "açıkladı", "göre", "dediğini"),
    "ar": ("قال", "يقول", "صرح", "بحسب", "وفقا", "حسب"),
}
# fmt: on

# Verbs that credit someone with a view, a characterisation or a wish ("X sees absolute
# senselessness", "X called the demands senseless"): what the holder's own words must support.
# fmt: off
VIEW_VERBS: Mapping[str, tuple[str, ...]] = {
    "en": ("thinks", "thought", "believes", "believed", "sees", "saw", "called", "calls",
           "considers", "considered", "proposed", "wants", "wanted", "meant", "means", "described",
           "regards", "regarded", "feels", "views", "accused", "interpreted"),
    "ru": ("считает", "считал*", "думает", "видит", "назвал*", "называет", "предложил*", "хочет",
           "по мнению", "полагает", "обвинил*", "расценил*"),
    "uk": ("вважає", "вважав", "думає", "бачить", "назвав*", "називає", "запропонував*", "хоче",
           "на думку", "звинуватив*"),
    "de": ("halte", "hält", "hielt", "sieht", "sehe", "meint", "meinte", "glaubt", "nannte",
           "nenne", "bezeichnet*", "bezeichne", "wolle", "will", "schlug vor"),
    "fr": ("pense", "estime", "croit", "voit", "qualifié*", "qualifie", "appelé", "propose",
           "proposé", "veut", "considère"),
    "it": ("pensa", "ritiene", "crede", "vede", "definito", "definisce", "chiamato", "proposto",
           "vuole", "considera"),
    "es": ("piensa", "cree", "considera", "ve", "calificó", "llamó", "propuso", "quiere"),
    "pt": ("pensa", "acredita", "considera", "vê", "chamou", "classificou", "propôs", "quer"),
    "pl": ("uważa", "sądzi", "widzi", "nazwał*", "zaproponował*", "chce"),
    "cs": ("myslí", "považuje", "vidí", "nazval*", "navrhl*", "chce"),
    "tr": ("düşünüyor", "görüyor", "nitelendirdi", "önerdi", "istiyor", "olduğunu"),
    "ar": ("يرى", "يعتقد", "وصف", "اعتبر", "اقترح", "يريد"),
}
# fmt: on

# Verbs of opinion or perception only ("X sees", "X considers"): as the cue of a statement they
# make it a view credited to its source, not words the source said. Speech acts that also
# credit views ("called", "accused") stay out: their content is usually the speaker's words.
# fmt: off
OPINION_VERBS: Mapping[str, tuple[str, ...]] = {
    "en": ("think*", "thought", "believe*", "sees", "see", "saw", "consider*", "regard*",
           "feels", "felt", "views", "finds"),
    "ru": ("счита*", "дума*", "видит", "видел*", "полага*", "убежд*"),
    "uk": ("вважа*", "дума*", "бачить", "бачив*"),
    "de": ("hält", "hielt", "halte", "sieht", "sehe", "sah", "glaubt", "glaube", "meint", "meinte",
           "findet"),
    "fr": ("pense", "estime", "croit", "voit", "considère"),
    "it": ("pensa", "ritiene", "crede", "vede", "considera"),
    "es": ("piensa", "cree", "considera", "ve"),
    "pt": ("pensa", "acredita", "considera", "vê"),
    "pl": ("uważa", "sądzi", "widzi"),
    "cs": ("myslí", "považuje", "vidí"),
    "tr": ("düşünüyor", "görüyor", "inanıyor"),
    "ar": ("يرى", "يعتقد", "يعتبر"),
}
# fmt: on

# Subject pronouns: between a name and a verb ("Israel, over what he called ...") one makes the
# pronoun, not the name, the verb's subject.
# fmt: off
PRONOUNS: Mapping[str, tuple[str, ...]] = {
    "en": ("he", "she", "they", "we", "i", "you"),
    "ru": ("он", "она", "они", "мы", "я", "вы"),
    "uk": ("він", "вона", "вони", "ми", "я", "ви"),
    "de": ("er", "sie", "wir", "ich", "ihr"),
    "fr": ("il", "elle", "ils", "elles", "nous", "je", "vous"),
    "it": ("lui", "lei", "loro", "noi", "io", "egli", "ella"),
    "es": ("él", "ella", "ellos", "ellas", "nosotros", "yo"),
    "pt": ("ele", "ela", "eles", "elas", "nós", "eu"),
    "pl": ("on", "ona", "oni", "one", "my", "ja"),
    "cs": ("on", "ona", "oni", "ony", "my", "já"),
    "tr": ("o", "onlar", "biz", "ben"),
    "ar": ("هو", "هي", "هم", "نحن", "أنا"),
}
# fmt: on

# Words that lower or qualify a title ("Deputy Governor", "заместитель министра"): the same
# words credited to "the Governor" elsewhere promote the speaker.
# fmt: off
RANK_QUALIFIERS: Mapping[str, tuple[str, ...]] = {
    "en": ("deputy", "vice", "acting", "former", "assistant", "interim"),
    "ru": ("заместител*", "замминистр*", "вице", "бывш*", "врио", "исполняющ*"),
    "uk": ("заступник*", "віце", "колишн*", "виконувач*"),
    "de": ("stellvertretend*", "vize", "ehemalig*", "kommissarisch*"),
    "fr": ("adjoint*", "vice", "ancien*", "intérimaire"),
    "it": ("vice", "ex", "aggiunt*", "facente funzione"),
    "es": ("vice", "adjunt*", "ex", "interin*"),
    "pt": ("vice", "adjunt*", "ex", "interin*"),
    "pl": ("zastępc*", "wice", "były", "była", "p.o."),
    "cs": ("náměst*", "místo", "bývalý", "bývalá", "úřadující"),
    "tr": ("yardımcı*", "eski", "vekil*"),
    "ar": ("نائب", "سابق", "بالإنابة"),
}
# fmt: on

# Words that mark a content as a question put to the speaker, not the speaker's own claim
# ("Journalist's question: the Russians said they captured Bakhmut").
# fmt: off
QUESTION_MARKERS: Mapping[str, tuple[str, ...]] = {
    "en": ("question", "asked whether", "asked if", "was asked"),
    "ru": ("вопрос*", "спросил*"),
    "uk": ("питання", "запитав*", "запитання"),
    "de": ("frage", "gefragt"),
    "fr": ("question", "demandé si"),
    "it": ("domanda", "chiesto se"),
    "es": ("pregunta*", "preguntó si"),
    "pt": ("pergunta*", "perguntou se"),
    "pl": ("pytanie", "pytani*", "zapytany"),
    "cs": ("otázk*", "dotaz*"),
    "tr": ("soru*", "sorulan"),
    "ar": ("سؤال", "سئل"),
}
# fmt: on

# The concept whose negative pole ("deny", "refute") also flips the concepts it governs.
DENIAL_CONCEPT = "confirm"

# Opposite poles of one proposition: (concept, +1 words, -1 words). A pair of reports whose
# effective signs differ on a concept disagree ("has not closed" vs "was shut").
# fmt: off
CONCEPTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "open",
        ("open", "opened", "reopen*", "offen", "geöffnet", "ouvert*", "apert*", "abiert*", "abert*",
         "otwart*", "otevřen*", "открыт*", "відкрит*", "açık", "açıldı", "مفتوح"),
        ("close", "closed", "shut", "geschlossen", "gesperrt", "fermé*", "chius*", "cerrad*",
         "fechad*", "zamknięt*", "zavřen*", "uzavřen*", "закрыт*", "закрит*", "kapalı", "kapandı",
         "مغلق*", "أغلق*"),
    ),
    (
        # "over" and "end" alone are mostly a preposition and "to end the war": only the
        # predicate forms count.
        "start",
        ("begin", "begins", "began", "start", "starts", "started", "resume*", "beginn*",
         "aufgenommen", "commence*", "débute*", "reprend*", "inizi*", "cominci*", "ripres*",
         "comenz*", "empez*", "reanud*", "começ*", "retom*", "rozpocz*", "wznow*", "začn*",
         "zahájí*", "начн*", "начал*", "возобнов*", "почн*", "розпочн*", "відновл*", "başla*",
         "تبدأ", "بدأت", "استئناف"),
        ("is over", "are over", "was over", "were over", "be over", "ended", "has ended",
         "finished", "stopped", "halted", "broken off", "beendet", "vorbei", "abgebrochen",
         "terminé*", "fini*", "rompu*", "finit*", "conclus*", "terminat*", "interrott*",
         "terminad*", "acabad*", "encerrad*", "zakończon*", "skończon*", "skončil*", "ukončen*",
         "окончен*", "закончен*", "прекращен*", "завершен*", "припинен*", "bitti", "sona erdi",
         "انتهت", "توقفت"),
    ),
    (
        # How someone died: a killing against a natural death, a frequent clash between
        # official and opposing accounts.
        "violent_death",
        ("killed", "murder*", "assassinat*", "poisoned", "убит*", "убийств*", "убил*", "вбит*",
         "убиен*", "убиств*", "nogalinā*", "nogalin*", "ucis", "asasinat*", "ucidere*",
         "вбивств*", "вбив*", "ermordet", "getötet", "mord*", "tué", "assassiné*", "ucciso",
         "uccis*", "omicidi*", "asesinad*", "asesinato", "assassinad*", "assassinato", "zabit*",
         "zamordowan*", "morderstw*", "zabit*", "zavražděn*", "vražd*", "öldürül*", "cinayet*",
         "قتل*", "اغتيال"),
        ("natural death", "natural causes", "died of", "died from", "died as a result of",
         "blood clot", "естественн*", "умер от", "погиб от", "природн*", "natürlich* tod*",
         "eines natürlichen todes", "mort naturelle", "morte naturale", "morto per",
         "muerte natural", "murió de", "morte natural", "morreu de", "naturaln* śmier*", "zmarł na",
         "přirozen* smrt*", "zemřel na", "doğal ölüm*", "وفاة طبيعية", "توفي بسبب",
         "почина од", "починал од", "dabīg* nāv*", "nomira no", "moarte naturală", "a murit de"),
    ),
    (
        # Also mk, lv, ro, gu and bn words: a confirmation reported in one of those languages
        # is answered by a denial in another, so the poles must be read in both.
        "confirm",
        ("confirm*", "bestätig*", "potwierdz*", "potvrd*", "подтверд*", "підтверд*", "doğrula*",
         "أكد", "يؤكد", "потврд*", "apstiprin*", "પુષ્ટિ", "নিশ্চিত করে*"),
        ("deny", "denies", "denied", "refute*", "dementi*", "bestreit*", "bestritt*", "dément*",
         "smenti*", "desmient*", "desmintió", "negó", "niega", "desment*", "negou", "zaprzecz*",
         "popírá", "popřel*", "опроверг*", "отрица*", "спростов*", "запереч*", "yalanla*", "نفى",
         "ينفي", "негира*", "демантира*", "noliedz*", "neagă", "negat", "dezminț*", "dezmint*",
         "ઇનકાર", "અસ્વીકાર", "অস্বীকার"),
    ),
)
# fmt: on


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation; `*` at an end stands for any word characters there."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = re.escape(phrase.strip("*")).replace(r"\ ", r"\s+")
        head = r"\w*" if phrase.startswith("*") else ""
        tail = r"\w*" if phrase.endswith("*") else ""
        parts.append(head + body + tail)
    # "n't" is glued to its verb, so it needs no word start; the others do.
    return re.compile(r"(?:(?<!\w)|(?=n['’]t))(?:" + "|".join(parts) + r")(?!\w)")


def _tables(table: Mapping[str, tuple[str, ...]], language: str | None) -> tuple[str, ...]:
    if language is not None and language in table:
        return table[language]
    if table is NEGATIONS:
        # Unknown language: only negations that are not other words in other languages.
        return tuple(w for code in ("en", "ru", "uk", "de", "it", "pl") for w in table[code])
    return tuple(w for code in LANGUAGES for w in table[code])


@cache
def matcher(name: str, language: str | None) -> re.Pattern[str]:
    """The compiled matcher of one table ("negations", "hedges", ...) for one language."""
    tables: dict[str, Mapping[str, tuple[str, ...]]] = {
        "negations": NEGATIONS,
        "hedges": HEDGES,
        "certainty": CERTAINTY,
        "rebuttals": REBUTTALS,
        "speech_verbs": SPEECH_VERBS,
        "view_verbs": VIEW_VERBS,
        "opinion_verbs": OPINION_VERBS,
        "rank_qualifiers": RANK_QUALIFIERS,
        "question_markers": QUESTION_MARKERS,
        "pronouns": PRONOUNS,
    }
    code = (language or "").split("-")[0].lower() or None
    return _pattern(_tables(tables[name], code))


@cache
def concept_matchers() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """(concept, positive pole, negative pole) matchers, all languages at once."""
    return tuple((name, _pattern(pos), _pattern(neg)) for name, pos, neg in CONCEPTS)
