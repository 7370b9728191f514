"""Gujarati reporting cues: past forms (કહ્યું, જણાવ્યું) followed by the complementiser કે."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="gu",
    verbs=(
        "કહ્યું", "જણાવ્યું", "કહે છે", "કહ્યું હતું", "જણાવ્યું હતું", "ઉમેર્યું", "પુષ્ટિ કરી",
        "સ્પષ્ટ કર્યું", "દાવો કર્યો", "લખ્યું",
    ),
    complementisers=("કે",),
    according_to_after=("મુજબ", "અનુસાર"),
    conjunctions=("અને", "પરંતુ"),
    pronouns=("તેમણે", "તેણે", "તેઓએ"),
    stops=("અને", "પરંતુ"),
)  # fmt: skip
