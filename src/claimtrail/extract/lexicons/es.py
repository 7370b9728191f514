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
        "anunciaron", "ha anunciado", "confirmaron", "ha confirmado", "negaron", "advirtieron",
        "ha advertido", "insistieron", "reconocieron", "ha reconocido", "explicaron",
        "indicaron", "ha indicado", "manifestaron", "expresaron", "subrayaron", "destacaron",
        "añadieron", "agregaron", "aseveró", "remarcó", "enfatizó", "puntualizó", "alertó",
        "reiteraron", "han dicho", "han afirmado", "han asegurado", "han señalado",
        "ha añadido", "ha agregado", "ha sostenido", "ha insistido", "ha subrayado",
        "ha destacado", "informaron", "comunicó", "opinó", "consideró", "estimó", "admitieron",
        "respondieron", "escribieron", "tuiteó", "ha escrito", "aseguran", "afirman",
        "sostiene", "argumentó", "prometió",
    ),
    object_verbs=(
        "rechazó", "rechazaron", "rechaza", "ha rechazado", "condenó", "condenaron",
        "ha condenado", "acusó", "acusaron", "acusa", "ha acusado", "calificó", "calificaron",
        "califica", "ha calificado", "criticó", "criticaron", "ha criticado", "denunció",
        "denunciaron", "ha denunciado", "negó", "negaron", "ha negado", "exigió", "exigieron",
        "ha exigido", "pidió", "pidieron", "ha pedido", "reclamó", "instó", "instaron", "tildó",
        "describió", "desmintió",
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
