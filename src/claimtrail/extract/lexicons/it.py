"""Italian reporting cues: passato prossimo (ha detto), present, gerunds (dicendo)."""

from claimtrail.extract.lexicons import Lexicon

_PARTICIPLES = (
    "detto", "dichiarato", "affermato", "spiegato", "sottolineato", "aggiunto", "precisato",
    "ribadito", "sostenuto", "commentato", "risposto", "scritto", "annunciato", "assicurato",
    "osservato", "rilevato", "evidenziato", "confermato", "ammesso", "chiarito", "replicato",
    "avvertito", "denunciato", "insistito", "concluso", "raccontato", "riferito", "puntualizzato",
    "ricordato", "rimarcato", "fatto sapere", "twittato", "ammonito", "garantito", "segnalato",
    "promesso", "minacciato",
)  # fmt: skip
# Speech acts whose noun object is the content: ha respinto le accuse, ha condannato l'attacco.
_OBJECT_PARTICIPLES = (
    "respinto", "condannato", "accusato", "criticato", "smentito", "definito", "chiesto",
    "invocato", "esortato", "negato", "denunciato",
)  # fmt: skip

LEXICON = Lexicon(
    language="it",
    verbs=(
        *(f"{aux} {p}" for aux in ("ha", "hanno", "aveva", "avrebbe") for p in _PARTICIPLES),
        *(f"ha poi {p}" for p in _PARTICIPLES),
        *(f"ha anche {p}" for p in _PARTICIPLES),
        "dice", "afferma", "spiega", "sottolinea", "aggiunge", "dichiara", "sostiene",
        "ribadisce", "precisa", "osserva", "conclude", "scrive", "dicendo", "affermando",
        "spiegando", "sottolineando", "aggiungendo", "precisando", "ribadendo", "disse",
        "dichiarò", "affermò", "spiegò", "annuncia", "avverte", "ammette", "racconta", "ricorda",
        "evidenzia", "rileva", "commenta", "risponde", "insiste", "chiarisce", "annunciò",
        "sottolineò", "aggiunse", "precisò", "ribadì", "concluse", "osservò", "rispose",
        "scrisse", "avvertì", "riconobbe", "hanno poi detto",
    ),
    object_verbs=(
        *(f"{aux} {p}" for aux in ("ha", "hanno", "aveva", "avrebbe") for p in _OBJECT_PARTICIPLES),
        *(f"ha anche {p}" for p in _OBJECT_PARTICIPLES),
        "respinge", "respinse", "condannò", "accusò", "criticò", "smentisce", "smentì",
        "definisce", "definì", "chiede", "chiese", "esorta",
    ),
    complementisers=("che",),
    according_to=("secondo", "stando a", "a detta di", "a giudizio di", "per"),
    relatives=("che", "chi", "quali"),
    adjunct_suffixes=("ando", "endo"),
    headline_labels=("foto", "video", "leggi anche", "analisi", "editoriale"),
    conjunctions=("e", "ed", "ma"),
    pronouns=("lui", "lei", "loro", "io", "noi", "egli"),
    anaphors=("lo", "l", "così"),
    via_markers=("citato da", "citato dall", "citato dalla", "citata da", "riferisce",
                 "riporta", "riportato da"),
    stops=(
        "a", "al", "alla", "in", "nel", "nella", "su", "sul", "sulla", "durante", "dopo",
        "parlando", "rispondendo", "citato", "citata", "da", "dal", "dalla", "per", "con", "e",
        "ma", "oggi", "ieri", "domenica", "lunedì",
    ),
    fillers=("poi", "anche", "inoltre", "ancora", "quindi"),
)  # fmt: skip
