"""Czech reporting cues: past tense in both genders (řekl/řekla) and present forms."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="cs",
    verbs=(
        "řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedli", "prohlásil", "prohlásila",
        "prohlásili", "napsal", "napsala", "napsali", "sdělil", "sdělila", "sdělili", "dodal",
        "dodala", "dodali", "podotkl", "podotkla", "vzkázal", "vzkázala", "uzavřel", "uzavřela",
        "poznamenal", "poznamenala", "zdůraznil", "zdůraznila", "zdůraznili", "konstatoval",
        "konstatovala", "oznámil", "oznámila", "oznámili", "potvrdil", "potvrdila",
        "upozornil", "upozornila", "vysvětlil", "vysvětlila", "tvrdí", "tvrdil", "tvrdila",
        "říká", "říkají", "uvádí", "uvádějí", "míní", "odpověděl", "odpověděla", "ptá",
        "zeptal", "zeptala", "zopakoval", "zopakovala", "varoval", "varovala", "ujistil",
        "ujistila", "připomněl", "připomněla", "doplnil", "doplnila", "vyzval", "vyzvala",
        "obvinil", "obvinila", "označil", "označila", "apeloval", "doporučil", "doporučila",
        "uvedlo", "oznámilo", "sdělilo", "potvrdilo", "prohlásilo", "napsalo", "zdůraznilo",
        "varovalo", "upozornilo", "tvrdilo", "dodalo", "potvrdili", "varovali", "upozornili",
        "vysvětlili", "připustil", "připustila", "přiznal", "přiznala", "ohlásil", "ohlásila",
        "reagoval", "reagovala", "poukázal", "poukázala", "slíbil", "slíbila", "pohrozil",
        "pohrozila", "zdůrazňuje", "upozorňuje", "varuje", "vysvětluje", "dodává", "říkal",
        "říkala",
    ),
    object_verbs=(
        "obvinil", "obvinila", "obvinili", "obvinilo", "označil", "označila", "označili",
        "označilo", "odsoudil", "odsoudila", "odsoudili", "odsoudilo", "kritizoval",
        "kritizovala", "kritizovali", "popřel", "popřela", "popřeli", "požadoval", "požadovala",
        "požadovali",
    ),
    complementisers=("že", "aby"),
    according_to=("podle", "dle", "podle slov", "podle prohlášení"),
    relatives=("kteří", "který", "která", "které", "kdo"),
    headline_labels=("foto", "video", "čtěte také", "čtěte též"),
    conjunctions=("a", "ale", "i"),
    pronouns=("on", "ona", "oni", "ony", "já", "my"),
    anaphors=("to", "tak"),
    via_markers=("citoval", "citovala", "cituje", "informoval", "informovala"),
    stops=(
        "v", "ve", "na", "po", "s", "se", "z", "ze", "pro", "při", "o", "do", "k", "ke",
        "novinářům", "médiím", "a", "ale", "také", "rovněž", "dále",
    ),
    fillers=("také", "rovněž", "dále", "později", "předtím", "již", "už", "jasně"),
)  # fmt: skip
