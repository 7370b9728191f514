"""Polish reporting cues: past tense in both genders, present, and adverbial participles."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="pl",
    verbs=(
        "powiedział", "powiedziała", "powiedzieli", "powiedziały", "mówi", "mówią", "mówił",
        "mówiła", "stwierdził", "stwierdziła", "stwierdzili", "stwierdza", "oświadczył",
        "oświadczyła", "oświadczyli", "zaznaczył", "zaznaczyła", "zaznacza", "podkreślił",
        "podkreśliła", "podkreśla", "dodał", "dodała", "dodali", "dodaje", "wyjaśnił",
        "wyjaśniła", "napisał", "napisała", "pisze", "przekazał", "przekazała", "poinformował",
        "poinformowała", "poinformowali", "ocenił", "oceniła", "zapewnił", "zapewniła",
        "przyznał", "przyznała", "odpowiedział", "odpowiedziała", "ogłosił", "ogłosiła",
        "uważa", "twierdzi", "twierdził", "twierdziła", "zauważył", "zauważyła", "mówiąc",
        "dodając", "podkreślając", "zaznaczając", "stwierdzając", "przekonywał", "przekonywała",
        "apelował", "zaapelował", "wezwał", "wezwała", "ostrzegł", "ostrzegła", "zadeklarował",
        "przekazało", "poinformowało", "oświadczyło", "podało", "podał", "podała", "podali",
        "zapowiedział", "zapowiedziała", "zapowiedzieli", "potwierdził", "potwierdziła",
        "potwierdzili", "potwierdziło", "podkreślili", "zaznaczyli", "wskazał", "wskazała",
        "zwrócił uwagę", "zwróciła uwagę", "przypomniał", "przypomniała", "ocenili", "uznał",
        "uznała", "przekonuje", "zapewnia", "mówili", "napisali", "tłumaczył", "tłumaczyła",
        "zadeklarowała", "zapowiada", "ostrzega", "twierdzą", "uważają", "przekazali",
        "ostrzegli",
    ),
    object_verbs=(
        "odrzucił", "odrzuciła", "odrzucili", "potępił", "potępiła", "potępili", "oskarżył",
        "oskarżyła", "oskarżyli", "skrytykował", "skrytykowała", "skrytykowali", "nazwał",
        "nazwała", "nazwali", "określił", "określiła", "zażądał", "zażądała", "zażądali",
        "wezwał do", "wezwała do", "wezwali do", "wystosował", "wystosowała", "wystosowali",
        "zdementował", "zdementowała", "poinformował o", "poinformowała o", "poinformowali o",
        "poinformowało o", "zaprzeczył", "zaprzeczyła", "zaprzeczyli",
    ),
    complementisers=("że", "iż"),
    according_to=("według", "zdaniem", "jak podaje", "jak podał", "jak podała", "wedle"),
    relatives=("który", "która", "którzy", "kto"),
    headline_labels=("zdjęcie", "fot", "wideo", "czytaj też", "czytaj także"),
    conjunctions=("i", "a", "ale", "oraz"),
    pronouns=("on", "ona", "oni", "one", "ja", "my"),
    anaphors=("to", "tak"),
    via_markers=("cytowany przez", "cytowana przez", "podaje", "informuje"),
    stops=(
        "w", "we", "na", "po", "z", "ze", "dla", "podczas", "przed", "przy", "o", "do",
        "dziennikarzom", "i", "a", "ale", "także", "również", "odpowiadając",
    ),
    fillers=("także", "również", "później", "wcześniej", "następnie", "już"),
)  # fmt: skip
