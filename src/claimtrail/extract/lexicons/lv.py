"""Latvian reporting cues: past tense (paziņoja, sacīja), present and participles."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="lv",
    verbs=(
        "teica", "sacīja", "paziņoja", "norādīja", "uzsvēra", "piebilda", "skaidroja",
        "atzina", "rakstīja", "pauda", "uzskata", "apgalvoja", "noslēdz", "precizēja",
        "norāda", "saka", "sacījis", "paziņojis", "paziņojusi", "teicis", "teikusi",
        "atbildēja", "brīdināja", "apstiprināja", "noliedza", "uzsver", "atgādināja",
        "uzsvērusi", "norādījis", "norādījusi", "piebilst", "atzīst", "apgalvo", "brīdina",
        "paskaidroja", "uzskatīja", "izteicās", "atklāja", "ziņoja", "informēja", "paudis",
        "paudusi", "teikts", "norādīts", "solīja",
    ),
    object_verbs=(
        "nosodīja", "noraidīja", "apsūdzēja", "nosauca", "pieprasīja", "aicināja", "kritizēja",
    ),
    complementisers=("ka",),
    according_to=("saskaņā ar", "pēc", "kā norāda", "kā paziņoja"),
    relatives=("kas", "kuri", "kura"),
    headline_labels=("foto", "video", "lasiet arī"),
    conjunctions=("un", "bet"),
    pronouns=("viņš", "viņa", "viņi", "viņas", "es", "mēs"),
    anaphors=("to", "tā", "par to"),
    via_markers=("vēsta", "ziņo", "citē"),
    stops=("pie", "ar", "par", "uz", "no", "pēc", "intervijā", "un", "bet", "precizējot"),
    fillers=("arī", "vēlāk", "iepriekš", "skaidri"),
)  # fmt: skip
