"""Turkish reporting cues: verb-final past forms (dedi, söyledi) and noun + verb phrases."""

from claimtrail.extract.lexicons import Lexicon

LEXICON = Lexicon(
    language="tr",
    verbs=(
        "dedi", "demişti", "diyor", "demiş", "söyledi", "söylemişti", "söylüyor", "açıkladı",
        "belirtti", "vurguladı", "kaydetti", "ifade etti", "ifadelerini kullandı",
        "ifadesini kullandı", "sözlerini kullandı", "ifadelerine yer verdi", "dile getirdi",
        "bildirdi", "duyurdu", "yazdı", "aktardı", "ekledi", "mesajı verdi", "mesajını verdi",
        "değerlendirmesinde bulundu", "iddia etti", "savundu", "uyardı", "hatırlattı",
        "söyleyerek", "diyerek", "belirterek", "vurgulayarak", "kaydederek", "ifade ederek",
        "şunları kaydetti", "şunları söyledi", "açıklamasında bulundu", "değerlendirmesine",
        "tepki gösterdi", "seslendi",
        "reddetti", "kınadı", "eleştirdi", "suçladı", "çağrıda bulundu", "çağrısında bulundu",
        "talep etti", "belirtmişti", "vurgulamıştı", "kaydetmişti", "ifade etmişti",
        "açıklamıştı", "bildirmişti", "anlattı", "yanıt verdi", "cevap verdi", "yorumladı",
        "nitelendirdi", "yalanladı", "doğruladı", "uyarıda bulundu", "belirtildi",
        "ifade edildi", "kaydedildi", "bildirildi",
    ),
    complementisers=("ki",),
    according_to_after=("göre",),
    relatives=("kim",),
    headline_labels=("fotoğraf", "video", "ayrıca okuyun", "son dakika"),
    conjunctions=("ve", "ama", "fakat"),
    pronouns=("o", "onlar", "ben", "biz"),
    via_markers=("aktardı", "bildirdi", "haberine göre"),
    stops=("ve", "ile", "ama", "fakat", "bugün", "dün"),
    verb_final=True,
)  # fmt: skip
