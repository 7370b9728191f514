"""Portuguese reporting cues: pretérito perfeito (disse, afirmou), present and gerunds."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="pt",
    verbs=(
        "disse", "disseram", "diz", "dizem", "afirmou", "afirma", "afirmaram", "declarou",
        "declara", "declararam", "garantiu", "garante", "sublinhou", "salientou", "destacou",
        "explicou", "explica", "acrescentou", "referiu", "frisou", "assegurou", "defendeu",
        "considerou", "considera", "respondeu", "escreveu", "anunciou", "advertiu", "alertou",
        "sustentou", "reiterou", "admitiu", "reconheceu", "confirmou", "negou", "criticou",
        "dizendo", "afirmando", "acrescentando", "sublinhando",
        "anunciaram", "confirmaram", "negaram", "alertaram", "explicaram", "acrescentaram",
        "sublinharam", "salientaram", "destacaram", "indicou", "indicaram", "informou",
        "informaram", "comunicou", "avisou", "insistiu", "esclareceu", "observou", "ressaltou",
        "enfatizou", "relatou", "reafirmou", "lembrou", "apontou", "admitiram", "reconheceram",
        "escreveram", "garantiram", "argumentou", "avaliou", "opinou", "concluiu", "adiantou",
        "prometeu",
    ),
    complementisers=("que",),
    object_verbs=(
        "apelidou", "classificou", "chamou", "rejeitou", "rejeitaram", "condenou", "condenaram",
        "acusou", "acusaram", "criticou", "criticaram", "denunciou", "denunciaram", "negou",
        "negaram", "exigiu", "exigiram", "pediu", "pediram", "descreveu", "instou", "repudiou",
        "desmentiu",
    ),
    according_to=("segundo", "de acordo com", "conforme", "nas palavras de"),
    relatives=("quem", "que"),
    adjunct_suffixes=("ando", "endo", "indo"),
    headline_labels=("foto", "vídeo", "leia também", "leia mais", "análise"),
    conjunctions=("e", "mas"),
    pronouns=("ele", "ela", "eles", "elas", "eu", "nós"),
    anaphors=("assim o",),
    via_markers=("citado por", "citada por", "noticia", "avança"),
    stops=(
        "em", "no", "na", "ao", "durante", "após", "perante", "com", "desde", "para",
        "por", "e", "mas", "hoje", "ontem",
    ),
    fillers=("também", "ainda", "depois", "mais tarde"),
)  # fmt: skip
