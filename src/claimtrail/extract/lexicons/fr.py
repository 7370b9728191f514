"""French reporting cues: passé composé (a déclaré), inverted forms (a-t-il ajouté), present."""

from claimtrail.extract.lexicons import Lexicon

_PARTICIPLES = (
    "déclaré", "dit", "affirmé", "indiqué", "expliqué", "ajouté", "souligné", "précisé",
    "estimé", "assuré", "annoncé", "répondu", "écrit", "insisté", "rappelé", "martelé",
    "averti", "confié", "reconnu", "démenti", "confirmé", "lancé", "prévenu", "jugé",
    "réagi", "commenté", "noté", "observé", "fait savoir", "tweeté",
)  # fmt: skip

LEXICON = Lexicon(
    language="fr",
    verbs=(
        *(f"{aux} {p}" for aux in ("a", "ont", "avait", "aurait") for p in _PARTICIPLES),
        *(f"a-t-{pro} {p}" for pro in ("il", "elle") for p in _PARTICIPLES),
        *(f"ont-{pro} {p}" for pro in ("ils", "elles") for p in _PARTICIPLES),
        "déclare", "affirme", "explique", "ajoute", "souligne", "précise", "estime", "assure",
        "annonce", "indique", "insiste", "rappelle", "dit-il", "dit-elle", "déclaré", "affirmé",
        "expliqué", "ajouté", "souligné", "précisé", "indiqué", "assuré", "déclarait",
        "affirmait", "expliquait", "estimait", "demandait",
    ),
    complementisers=("que", "qu"),
    according_to=("selon", "d'après", "de l'avis de", "aux dires de"),
    relatives=("qui", "lesquels"),
    headline_labels=("photo", "vidéo", "lire aussi", "à lire aussi", "analyse", "éditorial"),
    conjunctions=("et", "mais"),
    pronouns=("il", "elle", "ils", "elles", "je", "nous", "on"),
    anaphors=("c'est ce qu'a", "c'est ce qu'ont"),
    via_markers=("cité par", "citée par", "rapporte", "rapportent", "selon"),
    stops=(
        "à", "au", "aux", "dans", "lors", "en", "sur", "pendant", "après", "avant", "devant",
        "faisant", "et", "mais", "ce", "dimanche", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "samedi", "hier", "aujourd'hui", "lors", "par", "pour", "avec",
    ),
    fillers=("également", "aussi", "ensuite", "encore", "notamment", "par ailleurs"),
)  # fmt: skip
