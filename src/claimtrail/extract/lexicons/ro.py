"""Romanian reporting cues: perfect compus (a declarat), present; both ș/ş and ț/ţ spellings."""

from claimtrail.extract.lexicons import Lexicon

_PARTICIPLES = (
    "declarat", "spus", "afirmat", "precizat", "subliniat", "adăugat", "explicat", "transmis",
    "anunțat", "anunţat", "arătat", "menționat", "menţionat", "scris", "răspuns", "susținut",
    "susţinut", "avertizat", "confirmat", "negat", "insistat", "apreciat", "estimat",
    "dezvăluit", "recunoscut", "reiterat", "comentat", "opinat", "relatat", "reamintit",
    "atras atenția", "atras atenţia", "punctat", "mărturisit", "promis", "amenințat", "ameninţat",
)  # fmt: skip
# Speech acts whose noun object is the content: a respins acuzațiile, a condamnat atacul.
_OBJECT_PARTICIPLES = (
    "respins", "condamnat", "acuzat", "criticat", "calificat", "cerut", "denunțat", "denunţat",
    "dezmințit", "dezminţit", "solicitat",
)  # fmt: skip

LEXICON = Lexicon(
    language="ro",
    verbs=(
        *(f"{aux} {p}" for aux in ("a", "au", "ar fi") for p in _PARTICIPLES),
        "declară", "spune", "afirmă", "susține", "susţine", "precizează", "subliniază",
        "adaugă", "explică", "consideră", "anunță", "anunţă", "arată", "avertizează",
        "insistă", "menționează", "menţionează", "notează", "scrie",
    ),
    object_verbs=(
        *(f"{aux} {p}" for aux in ("a", "au") for p in _OBJECT_PARTICIPLES),
        "acuză", "respinge", "condamnă",
    ),
    complementisers=("că",),
    according_to=("potrivit", "conform", "după cum a declarat", "în opinia"),
    relatives=("care", "cine"),
    headline_labels=("foto", "video", "citește și", "citeşte şi"),
    conjunctions=("și", "şi", "dar"),
    pronouns=("el", "ea", "ei", "ele", "eu", "noi"),
    via_markers=("transmite", "transmit", "relatează", "informează", "citat de"),
    stops=("în", "la", "pe", "după", "pentru", "cu", "din", "și", "şi", "dar", "miercuri",
           "marți", "marţi", "luni", "joi", "vineri", "sâmbătă", "duminică", "ieri", "astăzi"),
    fillers=("de asemenea", "apoi", "ulterior"),
)  # fmt: skip
