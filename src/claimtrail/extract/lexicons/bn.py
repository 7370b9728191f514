"""Bengali reporting cues: verb-final past forms (বলেছেন, জানান), often with a comma complement."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="bn",
    verbs=(
        "বলেন", "বলেছেন", "বলেছিলেন", "বললেন", "বলেছে", "জানান", "জানিয়েছেন", "জানিয়েছিলেন",
        "উল্লেখ করেন", "উল্লেখ করেছেন", "দাবি করেন", "দাবি করেছেন", "লিখেছেন", "মন্তব্য করেন",
        "নিশ্চিত করেছেন", "নিশ্চিত করে", "স্বীকার করেন",
    ),
    complementisers=("যে",),
    according_to_after=("অনুযায়ী", "মতে"),
    conjunctions=("এবং", "কিন্তু", "তবে"),
    pronouns=("তিনি", "তারা", "সে"),
    stops=("এবং", "কিন্তু", "তবে"),
    comma_complement=True,
)  # fmt: skip
