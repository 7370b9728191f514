"""German reporting cues: präteritum, perfect participles, Konjunktiv reported speech."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="de",
    verbs=(
        "sagte", "sagten", "sagt", "gesagt", "erklärte", "erklärten", "erklärt", "betonte",
        "betonten", "betont", "meinte", "meint", "fügte hinzu", "hinzugefügt", "teilte mit",
        "mitgeteilt", "hieß es", "schrieb", "schreibt", "geschrieben", "berichtete",
        "berichtet", "antwortete", "antwortet", "behauptete", "behauptet", "versicherte",
        "warnte", "unterstrich", "bekräftigte", "räumte ein", "bestätigte", "bestätigt",
        "dementierte", "kündigte an", "forderte", "meldete", "meldet", "äußerte", "verkündete",
        "erläuterte", "ergänzte", "stellte klar", "unterstrich", "zitierte", "twitterte",
        "sprach von",
        "teilten mit", "warnten", "bekräftigten", "bestätigten", "kündigten an", "räumten ein",
        "versicherten", "unterstrichen", "äußerten", "behaupteten", "schrieben", "berichteten",
        "ergänzten", "teilt mit", "räumt ein", "kündigt an", "warnt", "betonen", "erklären",
        "wies darauf hin", "wiesen darauf hin", "gab an", "gaben an", "gab bekannt",
        "gaben bekannt", "gab zu", "schilderte", "beteuerte", "mahnte", "stellte fest",
        "hob hervor", "verwies darauf",
    ),
    complementisers=("dass", "daß"),
    according_to=(
        "laut", "nach angaben von", "nach angaben des", "nach angaben der", "nach worten von",
        "nach ansicht von", "nach aussage von", "nach aussagen von", "gemäß",
    ),
    according_to_after=("zufolge",),
    quote_cues=("so",),
    object_verbs=(
        "nannte", "bezeichnete", "verurteilte", "verurteilten", "kritisierte", "kritisierten",
        "beschuldigte", "beschuldigten", "forderte", "forderten", "dementierte", "bestritt",
        "bestritten",
    ),
    relatives=("welche", "welcher", "die", "der"),
    headline_labels=(
        "foto", "video", "lesen sie auch", "mehr dazu", "kommentar", "analyse", "eilmeldung",
    ),
    conjunctions=("und", "aber", "doch", "sondern"),
    pronouns=("er", "sie", "wir", "ich"),
    anaphors=("das", "dies", "dieses"),
    chain_frames=(("zitierte", "mit den worten"), ("zitiert", "mit den worten")),
    via_markers=("zitiert von", "zitierte", "berichtet", "unter berufung auf"),
    stops=(
        "am", "im", "in", "auf", "zu", "zum", "zur", "bei", "beim", "vor", "nach", "gegenüber",
        "laut", "mit", "über", "während", "ohne", "und", "aber", "am", "seit", "von", "vom",
        "heute", "gestern", "später", "dann", "jedoch", "noch", "bereits", "weiter",
    ),
    fillers=("derweil", "später", "zudem", "auch", "außerdem", "jedoch", "dann", "nun", "bereits",
             "weiter", "ferner", "erneut", "nochmals"),
    auxiliaries=("ist", "war", "sind", "waren", "hat", "hatte", "habe", "sei", "wird", "werde"),
    verb_second=True,
    comma_complement=True,
)  # fmt: skip
