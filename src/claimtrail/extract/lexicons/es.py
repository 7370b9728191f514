"""Spanish reporting cues: pretérito (dijo, afirmó), present, perfect and gerunds."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="es",
    verbs=(
        "dijo", "dice", "dijeron", "afirmó", "afirma", "afirmaron", "declaró", "declara",
        "declararon", "aseguró", "asegura", "aseguraron", "señaló", "señala", "señalaron",
        "explicó", "explica", "indicó", "indica", "agregó", "añadió", "sostuvo", "subrayó",
        "destacó", "recalcó", "manifestó", "expresó", "advirtió", "insistió", "aclaró",
        "precisó", "apuntó", "escribió", "respondió", "contestó", "comentó", "anunció",
        "reiteró", "admitió", "reconoció", "confirmó", "negó", "denunció", "ha dicho",
        "ha afirmado", "ha declarado", "ha señalado", "ha asegurado", "ha explicado",
        "señalando", "afirmando", "diciendo", "asegurando", "explicando", "agregando",
        "rechazó", "criticó",
    ),
    complementisers=("que",),
    according_to=("según", "de acuerdo con", "a juicio de", "en palabras de"),
    relatives=("quien", "quienes", "que"),
    adjunct_suffixes=("ando", "iendo"),
    headline_labels=("foto", "vídeo", "video", "lea también", "lee también", "análisis"),
    conjunctions=("y", "e", "pero"),
    pronouns=("él", "ella", "ellos", "ellas", "yo", "nosotros"),
    anaphors=("así lo", "lo"),
    via_markers=("citado por", "citada por", "informó", "reporta"),
    stops=(
        "en", "a", "al", "durante", "tras", "ante", "con", "desde", "para", "por", "y", "pero",
        "este", "el domingo", "ayer", "hoy",
    ),
    fillers=("también", "además", "luego", "después", "más tarde"),
)  # fmt: skip
