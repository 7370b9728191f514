"""French reporting cues: passé composé (a déclaré), inverted forms (a-t-il ajouté), present."""

from claimtrail.extract.lexicons import Lexicon

_PARTICIPLES = (
    "déclaré", "dit", "affirmé", "indiqué", "expliqué", "ajouté", "souligné", "précisé",
    "estimé", "assuré", "annoncé", "répondu", "écrit", "insisté", "rappelé", "martelé",
    "averti", "confié", "reconnu", "démenti", "confirmé", "lancé", "prévenu", "jugé",
    "réagi", "commenté", "noté", "observé", "fait savoir", "tweeté", "relevé", "fait valoir",
    "raconté", "signalé", "avancé", "réaffirmé", "réitéré", "plaidé", "soutenu", "regretté",
    "promis", "menacé", "martelé",
)  # fmt: skip
# Speech acts whose noun object is the content: a rejeté les accusations, a condamné l'attaque.
_OBJECT_PARTICIPLES = (
    "rejeté", "condamné", "accusé", "dénoncé", "critiqué", "qualifié", "réclamé", "exhorté",
    "nié", "fustigé", "démenti",
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
        "affirmait", "expliquait", "estimait", "demandait", "confirme", "reconnaît", "prévient",
        "avertit", "martèle", "raconte", "répond", "réagit", "juge", "considère", "poursuit",
        "conclut", "relève", "déclara", "affirma", "ajouta", "expliqua", "répondit", "annonça",
        "souligna", "écrit-il", "écrit-elle", "ajoute-t-il", "ajoute-t-elle", "estime-t-il",
        "estime-t-elle", "explique-t-il", "explique-t-elle", "précise-t-il", "précise-t-elle",
        "affirment", "estiment", "assurent", "expliquent", "soulignent",
    ),
    object_verbs=(
        *(f"{aux} {p}" for aux in ("a", "ont", "avait", "aurait") for p in _OBJECT_PARTICIPLES),
        "dénonce", "rejette", "condamne", "réclame", "qualifie", "dément", "fustige",
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
