"""English reporting cues (also the fallback for languages without a lexicon)."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="en",
    verbs=(
        "said", "says", "told", "tells", "added", "adds", "stated", "states", "declared",
        "announced", "explained", "explains", "insisted", "insists", "claimed", "claims", "noted",
        "notes", "stressed", "stresses", "emphasised", "emphasized", "argued", "argues", "warned",
        "warns", "wrote", "writes", "tweeted", "posted", "confirmed", "confirms", "denied",
        "denies", "admitted", "acknowledged", "asserted", "maintained", "replied", "responded",
        "answered", "asked", "urged", "pointed out", "went on", "recalled", "revealed",
        "suggested", "observed", "remarked", "reiterated", "commented", "conceded", "alleged",
        "declared", "affirmed", "assured", "vowed", "promised", "predicted", "estimated",
        "believes", "thinks", "clarified", "continued", "concluded", "agreed", "disclosed",
        "reported", "reports", "saying", "adding", "telling", "noting", "stressing", "warning",
        "arguing", "insisting", "claiming", "explaining",
    ),
    complementisers=("that",),
    according_to=("according to", "in the words of", "as reported by"),
    quote_cues=("said", "says", "asks"),
    object_verbs=(
        "called", "calls", "described", "describes", "dismissed", "rejected", "accused",
        "accuses", "branded", "brands", "dubbed", "labelled", "labeled", "urged", "urges",
    ),
    relatives=("who", "which", "that", "whom"),
    adjunct_suffixes=("ing",),
    headline_labels=(
        "photo", "file photo", "video", "watch", "read also", "read more", "see also",
        "press release", "update", "breaking", "live", "opinion", "analysis", "editorial",
        "exclusive", "explainer", "source", "credit", "caption", "related",
    ),
    conjunctions=("and", "but", "while", "yet"),
    pronouns=("he", "she", "they", "we", "i", "it"),
    chain_frames=(
        ("quoted", "as saying"), ("cited", "as saying"), ("quoted", "as telling"),
        ("quoted", "as stating"),
    ),
    via_markers=("quoted by", "cited by", "reported by", "quoting", "citing", "told"),
    stops=(
        "in", "on", "at", "during", "after", "before", "for", "to", "with", "from", "when",
        "while", "about", "via", "last", "this", "earlier", "later", "yesterday", "today",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "that",
        "as", "and", "but", "in", "through", "under", "over", "without", "if", "whether", "by",
    ),
    fillers=(
        "also", "then", "later", "earlier", "further", "again", "previously", "on", "late",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight",
    ),
    auxiliaries=(
        "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "should",
        "can", "may", "might", "must", "isn", "wasn", "aren", "weren", "won", "didn", "doesn",
    ),
    bare_complement=True,
)  # fmt: skip
