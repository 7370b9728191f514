"""Chinese reporting cues, matched inside unsegmented text (表示, 指出, 称)."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="zh",
    verbs=(
        "表示", "说道", "指出", "认为", "强调", "透露", "介绍", "坦言", "宣布", "回应", "声称",
        "表态", "称", "说", "告诉记者",
        "警告", "承认", "否认", "呼吁", "重申", "补充", "证实", "写道", "提到",
    ),
    according_to=("据", "根据"),
    conjunctions=("也", "并", "而"),
    pronouns=("他", "她", "他们"),
    bare_complement=True,
    is_segmented=False,
)  # fmt: skip
