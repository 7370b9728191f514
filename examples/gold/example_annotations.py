"""Hand annotations of the example corpus as anchor strings; build_gold.py computes the offsets.

Statement rows: `content` must occur once in its doc (or give `nth`, 0-based); `speaker_text`,
`cue` and `time` are matched as the whole-word occurrence nearest the content. `said_on` is when
the words were said, not when the article appeared; `basis` is "doc" when the doc itself gives or
implies the day, "story" when it comes from the other docs. `key` names a row that a
discrepancy refers to. Everything here is invented (see examples/README.md).
"""

from __future__ import annotations

from typing import Any

TUE, WED, THU, FRI = "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14"

STORY = {
    "id": "tarvala_toll",
    "title": "Hauliers block Tarvala port over a transit toll; minister Zhuravlyov rules out "
    "talks, then suspends the toll (10-14 March 2025, invented)",
}

META: list[dict[str, Any]] = [
    {
        "id": "baltoglyad-crawl-1",
        "language": "uk",
        "published": FRI,
        "url": "https://baltoglyad.example/novyny/2025/03/14/uriad-i-pereviznyky-pochaly-perehovory",
        "outlet": "baltoglyad.example",
    },
    {
        "id": "bnw-minister",
        "language": "en",
        "published": TUE,
        "url": "https://balticnewswire.example/world/2025/03/11/vesmark-minister-rules-out-talks-port-blockade",
        "outlet": "balticnewswire.example",
    },
    {
        "id": "courier-blockade",
        "language": "en",
        "published": WED,
        "url": "https://tarvalacourier.example/news/minister-talks-with-lorry-drivers-are-over",
        "outlet": "tarvalacourier.example",
    },
    {
        "id": "echo-boreal-peage",
        "language": "fr",
        "published": FRI,
        "url": "https://echo-boreal.example/international/2025/03/14/tarvala-jouravlev-suspend-le-peage",
        "outlet": "echo-boreal.example",
    },
    {
        "id": "headlines24-blockade",
        "language": "en",
        "published": WED,
        "url": "https://balticheadlines24.example/?p=48213",
        "outlet": "balticheadlines24.example",
    },
    # No meta.jsonl line and no URL: the date is only in the dateline ("Velna, 13. März 2025").
    {
        "id": "rundschau-hafen",
        "language": "de",
        "published": THU,
        "url": None,
        "outlet": "nordmark-rundschau.example",
    },
    {
        "id": "segodnya-zhuravlev",
        "language": "ru",
        "published": WED,
        "url": "https://vesmark-segodnya.example/politika/20250312-zhuravlev-peregovory-okoncheny",
        "outlet": "vesmark-segodnya.example",
    },
    {
        "id": "vpr-feed-1",
        "language": "en",
        "published": THU,
        "url": "https://vpr.example/news/2025/03/13/zhuravlev-suspends-port-toll",
        "outlet": "vpr.example",
    },
    {
        "id": "vpr-feed-2",
        "language": "en",
        "published": THU,
        "url": "https://vpr.example/news/2025/03/13/rostholm-ferry-spring-timetable",
        "outlet": "vpr.example",
    },
]
for _m in META:
    _m["story"] = None if _m["id"] == "vpr-feed-2" else STORY["id"]

CLUSTERS: dict[str, dict[str, Any]] = {
    "TALKS_OVER": {
        "said_on": TUE,
        "gloss": "Zhuravlyov: talks with the blockade's organisers are over",
    },
    "NO_PRESSURE": {"said_on": TUE, "gloss": "Zhuravlyov: we will not negotiate under pressure"},
    "TOLL_STAYS": {
        "said_on": TUE,
        "gloss": "Zhuravlyov: the toll stays, not suspended for a single day",
    },
    "RESPECT": {
        "said_on": TUE,
        "gloss": "Zhuravlyov: we respect the drivers, but the port must work",
    },
    "MARAND_TRUCKS": {
        "said_on": TUE,
        "gloss": "Marand on the number of trucks at the gate (40 or 400)",
    },
    "MARAND_OPEN": {"said_on": TUE, "gloss": "Marand on whether the freight terminal closed"},
    "MINISTRY_BRIDGE": {"said_on": None, "gloss": "Ministry: the toll pays for the access bridge"},
    "REIMERS_GATE_STAY": {
        "said_on": WED,
        "gloss": "Reimers at the gate: we stay until the toll goes",
    },
    "PARTEL_FLOUR": {"said_on": WED, "gloss": "Baker Partel: deliveries came late"},
    "REIMERS_NEGLECT": {"said_on": WED, "gloss": "Reimers: the minister ignores the drivers"},
    "REIMERS_SENSELESS": {
        "said_on": WED,
        "gloss": "Reimers: the minister called the demands senseless",
    },
    "TOLL_SUSPEND": {"said_on": THU, "gloss": "Zhuravlyov: the toll is suspended for thirty days"},
    "TALKS_FRIDAY": {"said_on": THU, "gloss": "Zhuravlyov: talks with the union begin on Friday"},
    "DENY_SENSELESS": {"said_on": THU, "gloss": "Zhuravlyov: I never used the word 'senseless'"},
    "GOV_COST": {
        "said_on": None,
        "gloss": "Government: the blockade cost exporters 3 million crowns",
    },
    "REIMERS_FIRST_STEP_UA": {
        "said_on": FRI,
        "gloss": "Reimers on Friday: a first step, not a victory",
    },
}


def _s(doc: str, speaker: str, content: str, **fields: Any) -> dict[str, Any]:
    return {"doc": doc, "speaker": speaker, "content": content, **fields}


B, C, H = "bnw-minister", "courier-blockade", "headlines24-blockade"
R, D, F = "segodnya-zhuravlev", "rundschau-hafen", "echo-boreal-peage"
V, X, U = "vpr-feed-1", "vpr-feed-2", "baltoglyad-crawl-1"
ZH = "zhuravlyov"


# fmt: off
# One statement per call, wrapped by hand: the formatter would spread each over ten lines.
def _courier_body(doc: str) -> list[dict[str, Any]]:
    """The body both the Courier and the aggregator that copied it carry."""
    return [
        _s(doc, ZH, "talks with the organisers of the blockade were over",
           speaker_text="Zhuravlyov", cue="said", via="bnw", said_on=TUE, basis="story",
           cluster="TALKS_OVER", note="'According to BNW': the local outlet cites the wire."),
        _s(doc, ZH, '"We will not negotiate under pressure."', speaker_text="the minister",
           cue="as saying", via="bnw", kind="direct", said_on=TUE, basis="story",
           cluster="NO_PRESSURE", note="Chain: 'The agency quoted the minister as saying'."),
        _s(doc, "marand", "around 400 trucks were queuing on the access road on Tuesday",
           speaker_text="Liisa Marand", cue="said", said_on=TUE, basis="story",
           cluster="MARAND_TRUCKS", key=f"{doc}:400",
           note="400 trucks here; BNW quotes the same spokeswoman with about 40."),
        _s(doc, "marand", "the freight terminal had been shut for most of the day",
           speaker_text="Liisa Marand", cue=("said", "Marand said around"), said_on=TUE,
           basis="story", cluster="MARAND_OPEN", key=f"{doc}:shut"),
        _s(doc, "marand", "Ferries to Rostholm sailed without cargo", speaker_text="she",
           cue="said", said_on=TUE, basis="story"),
        _s(doc, "reimers", "her members were not going anywhere", speaker_text="Dana Reimers",
           cue="told", time="on Wednesday morning", said_on=WED, basis="doc",
           cluster="REIMERS_GATE_STAY"),
        _s(doc, "reimers",
           '"We will stay here until the toll is gone. Every driver here has a family to feed,"',
           speaker_text="Reimers", cue="said", kind="direct", said_on=WED, basis="doc",
           cluster="REIMERS_GATE_STAY"),
        _s(doc, "partel", '"My flour came at noon today instead of six in the morning,"',
           speaker_text="Anu Pärtel", cue="said", kind="direct", said_on=WED, basis="doc",
           time="today", cluster="PARTEL_FLOUR"),
    ]


STATEMENTS: list[dict[str, Any]] = [
    # ---- bnw-minister: the wire's own report (en, Tuesday 11 March)
    _s(B, ZH, "talks with port blockaders", speaker_text="Vesmark transport minister",
       cue="rules out", said_on=TUE, basis="doc", cluster="TALKS_OVER",
       note="Headline attribution."),
    _s(B, ZH, "talks with the truck drivers blocking the freight gate of Tarvala port were over",
       speaker_text="Arkady Zhuravlyov", cue="said", time="on Tuesday", said_on=TUE, basis="doc",
       cluster="TALKS_OVER", key="bnw:talks_tuesday"),
    _s(B, ZH, "a new transit toll would stay in force", speaker_text="Arkady Zhuravlyov",
       cue="said", time="on Tuesday", said_on=TUE, basis="doc", cluster="TOLL_STAYS"),
    _s(B, ZH, '"Talks with the organisers of the blockade are over,"', speaker_text="Zhuravlyov",
       cue="told", kind="direct", said_on=TUE, basis="doc", cluster="TALKS_OVER",
       key="bnw:talks_over"),
    _s(B, ZH, '"We will not negotiate under pressure."', speaker_text="Zhuravlyov", kind="direct",
       said_on=TUE, basis="doc", cluster="NO_PRESSURE",
       note="Continuation quote, no cue of its own."),
    _s(B, ZH, "the toll, which charges heavy lorries 14 crowns for each passage through the port "
       "district, would not be suspended", speaker_text="The minister", cue="said", said_on=TUE,
       basis="doc", cluster="TOLL_STAYS"),
    _s(B, ZH, '"The toll stays. We will not suspend it, not for a single day,"', speaker_text="he",
       cue="said", kind="direct", said_on=TUE, basis="doc", cluster="TOLL_STAYS",
       key="bnw:toll_stays"),
    _s(B, ZH, "the government respected the drivers but that the country's largest freight port "
       "had to keep working", speaker_text="Zhuravlyov", cue="added", said_on=TUE, basis="doc",
       cluster="RESPECT"),
    _s(B, ZH, '"We respect the drivers and their concerns, but the port must work,"',
       speaker_text="he", cue="said", kind="direct", said_on=TUE, basis="doc", cluster="RESPECT",
       key="bnw:respect"),
    _s(B, "marand", "about 40 trucks were standing at the gate on Tuesday morning",
       speaker_text="Liisa Marand", cue="told", said_on=TUE, basis="doc", cluster="MARAND_TRUCKS",
       key="bnw:40"),
    _s(B, "marand", 'the terminal "has not closed for a single hour"', speaker_text="Liisa Marand",
       cue="told", kind="mixed", said_on=TUE, basis="doc", cluster="MARAND_OPEN", key="bnw:open"),
    _s(B, "reimers", "the blockade would continue until the toll was withdrawn",
       speaker_text="Dana Reimers", cue="said", said_on=TUE, basis="doc"),
    _s(B, "reimers", "the toll would cost an average haulier more than 600 crowns a month",
       speaker_text="She", cue="said", said_on=TUE, basis="doc"),
    _s(B, "transport_ministry", "the money will pay for repairs to the port's access bridge, which "
       "has been closed to heavy traffic since last autumn", speaker_text="The ministry",
       cue="says", cluster="MINISTRY_BRIDGE"),
    # ---- courier-blockade: local outlet citing the wire, web boilerplate (en, Wednesday)
    _s(C, ZH, "talks with lorry drivers are over", nth=0, speaker_text="Minister", said_on=TUE,
       basis="story", cluster="TALKS_OVER", note="Headline attribution."),
    _s(C, ZH, "talks with lorry drivers are over", nth=1, speaker_text="Minister", said_on=TUE,
       basis="story", cluster="TALKS_OVER", note="The headline, repeated by the page."),
    *_courier_body(C),
    # ---- headlines24-blockade: aggregator near-copy of the Courier (en)
    _s(H, ZH, "talks with lorry drivers are over", speaker_text="Minister", said_on=TUE,
       basis="story", cluster="TALKS_OVER", note="Headline attribution."),
    *_courier_body(H),
    # ---- segodnya-zhuravlev (ru, Wednesday)
    _s(R, ZH, "переговоры с дальнобойщиками окончены", speaker_text="Журавлёв", said_on=TUE,
       basis="story", cluster="TALKS_OVER", note="Headline attribution."),
    _s(R, ZH, "переговоры с организаторами блокады окончены", speaker_text="министр", cue="заявил",
       time="во вторник", via="bnw", said_on=TUE, basis="doc", cluster="TALKS_OVER"),
    _s(R, ZH, "новый транзитный сбор отменять не будут", speaker_text="министр", cue="заявил",
       time="во вторник", via="bnw", said_on=TUE, basis="doc", cluster="TOLL_STAYS"),
    _s(R, ZH, "«Мы не будем вести переговоры под давлением»", speaker_text="Журавлёва",
       cue="приводит", via="bnw", kind="direct", said_on=TUE, basis="story", cluster="NO_PRESSURE",
       note="Chain: 'приводит BNW слова Журавлёва'."),
    _s(R, "reimers", "министра в пренебрежении к водителям", speaker_text="Дана Реймерс",
       cue="обвинила", time="в среду", said_on=WED, basis="doc", cluster="REIMERS_NEGLECT"),
    _s(R, "reimers", "Журавлёв назвал требования перевозчиков «бессмысленными» и даже не стал "
       "читать письмо профсоюза", speaker_text="её", cue="По её словам", kind="mixed",
       said_on=WED, basis="doc", cluster="REIMERS_SENSELESS",
       key="segodnya:senseless", note="Words put in the minister's mouth: his own quoted words say "
       "nothing of the kind, and he denied using the word on 13 March."),
    _s(R, "reimers",
       "«Мы не уйдём, пока сбор не отменят. Министр должен приехать сюда и поговорить с людьми»",
       speaker_text="она", cue="заявила", kind="direct", said_on=WED, basis="doc",
       cluster="REIMERS_GATE_STAY", note="Pronoun speaker."),
    _s(R, "reimers", "профсоюз готов пропускать к терминалу машины с продуктами и лекарствами",
       speaker_text="Реймерс", cue="сообщила", said_on=WED, basis="doc"),
    _s(R, "transport_ministry", "собранные средства пойдут на ремонт подъездного моста, закрытого "
       "для тяжёлого транспорта с прошлой осени", speaker_text="министерства", cue="По данным",
       cluster="MINISTRY_BRIDGE"),
    # ---- rundschau-hafen (de, Thursday; no meta line, date only in the dateline)
    _s(D, ZH, "„Unter Druck verhandeln wir nicht“", nth=0, speaker_text="Schurawljow",
       kind="direct", said_on=TUE, basis="story", cluster="NO_PRESSURE",
       note="Headline attribution."),
    _s(D, ZH, "die Gespräche mit den Organisatoren der Blockade seien beendet",
       speaker_text="Arkadi Schurawljow", cue="erklärt", time="am 12. März", said_on=TUE,
       basis="story", cluster="TALKS_OVER", key="rundschau:talks_12",
       note="This doc dates the statement to 12 March; BNW reported it on Tuesday 11 March."),
    _s(D, ZH, "„Unter Druck verhandeln wir nicht“", nth=1, speaker_text="der Minister", cue="sagte",
       via="bnw", kind="direct", said_on=TUE, basis="story", cluster="NO_PRESSURE"),
    _s(D, "port_authority", "standen am Dienstag rund 40 Lastwagen vor dem Tor",
       speaker_text="Hafenverwaltung", cue="Nach Angaben"),
    _s(D, "port_authority", "der Betrieb im Terminal sei zu keinem Zeitpunkt eingestellt worden",
       speaker_text="Hafenverwaltung", cue="Nach Angaben"),
    _s(D, "reimers", "die Sorgen der Fahrer zu ignorieren", speaker_text="Dana Reimers", cue="warf",
       said_on=WED, basis="story", cluster="REIMERS_NEGLECT"),
    _s(D, "reimers", "Der Minister habe die Forderungen der Fahrer als „sinnlos“ bezeichnet",
       speaker_text="sie", cue="sagte", kind="mixed", said_on=WED, basis="story",
       cluster="REIMERS_SENSELESS", key="rundschau:sinnlos"),
    _s(D, "transport_ministry", "Schurawljow habe lediglich gesagt, dass der Hafen arbeiten müsse",
       speaker_text="Das Verkehrsministerium", cue="wies das zurück", key="rundschau:denial"),
    _s(D, "wendler", "„Drei unserer Fahrzeuge stehen seit zwei Tagen in Tarvala fest“",
       speaker_text="Klaus Wendler", cue="sagte", kind="direct"),
    _s(D, "wendler", "Jeder Tag Stillstand koste sein Unternehmen rund 5000 Euro",
       speaker_text="er", cue="fügte"),
    _s(D, "gov_vesmark", "die Reparatur der Zufahrtsbrücke finanzieren", speaker_text="Regierung",
       cue="nach Angaben"),
    # ---- echo-boreal-peage (fr, HTML, Friday)
    _s(F, ZH, "la suspension pour trente jours du péage de transit imposé aux poids lourds dans le "
       "quartier portuaire de Tarvala", speaker_text="Arkadi Jouravlev", cue="a annoncé",
       time="Jeudi 13 mars", said_on=THU, basis="doc", cluster="TOLL_SUSPEND"),
    _s(F, ZH, "« Nous suspendons le péage pour trente jours, à compter de vendredi »",
       speaker_text="le ministre", cue="a déclaré", kind="direct", said_on=THU, basis="doc",
       cluster="TOLL_SUSPEND"),
    _s(F, ZH,
       "les discussions avec le syndicat des transporteurs commenceraient dès vendredi matin",
       speaker_text="Il", cue="a ajouté", said_on=THU, basis="doc", cluster="TALKS_FRIDAY"),
    _s(F, ZH, "le péage ne serait pas suspendu, « pas un seul jour »", speaker_text="M. Jouravlev",
       cue="affirmait", time="Deux jours plus tôt", kind="mixed", said_on=TUE, basis="doc",
       cluster="TOLL_STAYS"),
    _s(F, ZH,
       "« La situation a changé, et un ministre qui n'écoute pas n'est pas un bon ministre. »",
       speaker_text="il", cue="a répondu", kind="direct", said_on=THU, basis="doc"),
    _s(F, "reimers", "une « première étape »", speaker_text="Dana Reimers", cue="a salué",
       kind="mixed", said_on=THU, basis="doc"),
    _s(F, "reimers", "les camions quitteront l'accès au terminal dès que l'accord sera signé",
       speaker_text="elle", cue="Selon", said_on=THU, basis="doc"),
    _s(F, "bnw", "la file de camions s'étendait encore jeudi sur plus de deux kilomètres",
       speaker_text="Baltic News Wire", cue="D'après", said_on=THU, basis="doc"),
    _s(F, "port_authority", "le terminal n'a jamais cessé de fonctionner",
       speaker_text="L'autorité portuaire", cue="assure"),
    _s(F, "tarvala_council",
       "au gouvernement de publier l'étude qui a servi à fixer le montant du péage",
       speaker_text="le conseil municipal de Tarvala", cue="a demandé", time="jeudi soir",
       said_on=THU, basis="doc"),
    # ---- vpr-feed-1 (en, RSS item, Thursday)
    _s(V, ZH, '"We are suspending the toll for thirty days, starting tomorrow,"',
       speaker_text="Zhuravlev", cue="told", kind="direct", said_on=THU, basis="doc",
       cluster="TOLL_SUSPEND", key="vpr:suspend"),
    _s(V, ZH, "\"Talks with the hauliers' union will begin on Friday morning.\"",
       speaker_text="Zhuravlev", kind="direct", said_on=THU, basis="doc", cluster="TALKS_FRIDAY",
       key="vpr:talks_friday"),
    _s(V, ZH, "the toll would not be suspended", speaker_text="the minister", cue="said",
       time="On Tuesday", said_on=TUE, basis="doc", cluster="TOLL_STAYS"),
    _s(V, ZH, "talks with the blockade's organisers were over", speaker_text="the minister",
       cue="said", time="On Tuesday", said_on=TUE, basis="doc", cluster="TALKS_OVER"),
    _s(V, "reimers",
       "the drivers would wait for the talks before deciding whether to leave the gate",
       speaker_text="Dana Reimers", cue="said", said_on=THU, basis="doc"),
    _s(V, "reimers", '"Thirty days is not a solution, but it is a door,"', speaker_text="she",
       cue="said", kind="direct", said_on=THU, basis="doc"),
    _s(V, ZH, '"I never used that word. I said the port must work, and I still say so."',
       speaker_text="Zhuravlev", cue=("said", "Zhuravlev said:"), kind="direct", said_on=THU,
       basis="doc", cluster="DENY_SENSELESS"),
    _s(V, "gov_vesmark", "the blockade has cost exporters about 3 million crowns",
       speaker_text="The government", cue="estimates", cluster="GOV_COST"),
    _s(V, "saar", "she supported the minister's decision", speaker_text="Helena Saar", cue="said",
       time="on Thursday evening", said_on=THU, basis="doc"),
    # ---- vpr-feed-2 (en, RSS item, Thursday): same outlet and town, another story
    _s(X, "rostline", "Ferries to Rostholm will sail four times a day from April 1, up from three",
       speaker_text="Rostline", cue="said", time="on Thursday", said_on=THU, basis="doc"),
    _s(X, "lepik", '"Islanders have asked us for an evening boat for years, and this spring we can '
       'finally offer it,"', speaker_text="Oskar Lepik", cue="said", kind="direct", said_on=THU,
       basis="doc"),
    _s(X, "lepik", "Ticket prices will not change", speaker_text="he", cue="said", said_on=THU,
       basis="doc"),
    _s(X, "rostline", "the new timetable did not depend on the situation at the freight gate, "
       "because passenger ferries use the old harbour on the western side of town",
       speaker_text="The company", cue="said", said_on=THU, basis="doc"),
    _s(X, "rostline",
       "A second ship, the Marta, will join the route in June after repairs at the Velna shipyard",
       speaker_text="the company", cue="added", said_on=THU, basis="doc"),
    # ---- baltoglyad-crawl-1 (uk, WARC record, Friday)
    _s(U, ZH, "уряд готовий переглянути розмір транзитного збору", speaker_text="Аркадій Журавльов",
       cue="заявив", time="перед початком зустрічі", said_on=FRI, basis="doc"),
    _s(U, ZH, "«Ми шукаємо рішення, яке влаштує і водіїв, і порт»", speaker_text="він",
       cue="сказав", kind="direct", said_on=FRI, basis="doc"),
    _s(U, ZH, "переговори з організаторами блокади закінчено", speaker_text="міністр",
       cue="говорив", time="у вівторок", said_on=TUE, basis="doc", cluster="TALKS_OVER"),
    _s(U, ZH, "збір не призупинять «ні на день»", speaker_text="він", cue="пообіцяв", time="Тоді ж",
       via="bnw", kind="mixed", said_on=TUE, basis="doc", cluster="TOLL_STAYS"),
    _s(U, "reimers", "призупинення збору першим кроком", speaker_text="Дана Раймерс", cue="назвала",
       time="Перед зустріччю", said_on=FRI, basis="doc", cluster="REIMERS_FIRST_STEP_UA"),
    _s(U, "reimers",
       "«Це перший крок, а не перемога. Ми підемо від воріт, коли угоду буде підписано»",
       speaker_text="вона", cue="наголосила", kind="direct", said_on=FRI, basis="doc",
       cluster="REIMERS_FIRST_STEP_UA"),
    _s(U, "marand", "у п’ятницю вранці біля воріт залишалося близько 30 вантажівок, а рух до "
       "терміналу поступово відновлюється", speaker_text="Лійси Маранд", cue="За словами",
       said_on=FRI, basis="doc"),
    _s(U, "reimers", "міністр назвав вимоги водіїв «безглуздими»", speaker_text="Раймерс",
       cue="стверджувала", kind="mixed", said_on=WED, basis="story", cluster="REIMERS_SENSELESS"),
    _s(U, ZH, "такого слова він не вживав", speaker_text="Журавльов", cue="за його словами",
       time="у четвер", said_on=THU, basis="doc", cluster="DENY_SENSELESS"),
    _s(U, "gov_vesmark", "через блокаду експортери втратили близько 3 мільйонів крон",
       speaker_text="уряду", cue="За оцінкою", cluster="GOV_COST"),
]

DISCREPANCIES: list[dict[str, str]] = [
    {
        "a": "bnw:40",
        "b": f"{C}:400",
        "type": "source_disagreement",
        "why": "BNW quotes port spokeswoman Marand with about 40 trucks at the gate on Tuesday; "
        "the Courier quotes her with around 400.",
    },
    {
        "a": "bnw:open",
        "b": f"{C}:shut",
        "type": "source_disagreement",
        "why": "In BNW the terminal 'has not closed for a single hour'; in the Courier it was shut "
        "for most of Tuesday.",
    },
    {
        "a": "segodnya:senseless",
        "b": "bnw:respect",
        "type": "attribution_mismatch",
        "why": "Reimers says the minister called the drivers' demands 'senseless'; his own quoted "
        "words say he respects the drivers, and he later denied using the word.",
    },
    {
        "a": "rundschau:talks_12",
        "b": "bnw:talks_tuesday",
        "type": "date_conflict",
        "why": "The Rundschau dates 'talks are over' to 12 March; BNW reported it on Tuesday, "
        "11 March.",
    },
    {
        "a": "bnw:toll_stays",
        "b": "vpr:suspend",
        "type": "self_contradiction",
        "why": "On 11 March the toll would not be suspended 'for a single day'; on 13 March "
        "Zhuravlyov suspended it for thirty days.",
    },
    {
        "a": "bnw:talks_over",
        "b": "vpr:talks_friday",
        "type": "self_contradiction",
        "why": "On 11 March talks were 'over'; on 13 March Zhuravlyov announced talks for Friday.",
    },
    {
        "a": "rundschau:sinnlos",
        "b": "rundschau:denial",
        "type": "source_disagreement",
        "why": "Reimers says the minister called the demands 'sinnlos'; the ministry denies it: he "
        "only said the port must work.",
    },
]


def _e(
    id_: str, type_: str, name: str, aliases: list[str], descriptors: list[str]
) -> dict[str, Any]:
    return {"id": id_, "type": type_, "name": name, "aliases": aliases, "descriptors": descriptors}


ENTITIES: list[dict[str, Any]] = [
    _e("zhuravlyov", "person", "Arkady Zhuravlyov",
       ["Arkady Zhuravlyov", "Zhuravlyov", "Arkadiy Zhuravlev", "Zhuravlev", "Аркадий Журавлёв",
        "Журавлёв", "Журавлёва", "Arkadi Schurawljow", "Schurawljow", "Arkadi Jouravlev",
        "Jouravlev", "Аркадій Журавльов", "Журавльов"],
       ["Transport Minister", "Vesmark transport minister", "the minister", "Министр транспорта",
        "Verkehrsminister", "le ministre des Transports", "Міністр транспорту"]),
    _e("reimers", "person", "Dana Reimers",
       ["Dana Reimers", "Reimers", "Дана Реймерс", "Реймерс", "Дана Раймерс", "Раймерс"],
       ["The union's chairwoman", "Председатель Союза автоперевозчиков Весмарка",
        "Die Vorsitzende des Fuhrunternehmerverbands", "Голова спілки"]),
    _e("marand", "person", "Liisa Marand", ["Liisa Marand", "Лійси Маранд"],
       ["Port authority spokeswoman", "речниці портової адміністрації"]),
    _e("saar", "person", "Helena Saar", ["Helena Saar"], ["Prime Minister"]),
    _e("partel", "person", "Anu Pärtel", ["Anu Pärtel"], ["who runs a bakery near the gate"]),
    _e("wendler", "person", "Klaus Wendler", ["Klaus Wendler"],
       ["Geschäftsführer einer Spedition aus Wendhagen"]),
    _e("lepik", "person", "Oskar Lepik", ["Oskar Lepik"], ["Rostline's chief executive"]),
    _e("bnw", "org", "Baltic News Wire", ["Baltic News Wire", "BNW"],
       ["The agency", "агентство", "Nachrichtenagentur", "l'agence", "агентства"]),
    _e("transport_ministry", "org", "Vesmark Ministry of Transport", [],
       ["The ministry", "министерства", "Das Verkehrsministerium"]),
    _e("gov_vesmark", "org", "Government of Vesmark", [],
       ["The government", "Regierung", "уряду", "le gouvernement"]),
    _e("vrhu", "org", "Vesmark Road Hauliers' Union",
       ["Vesmark Road Hauliers' Union", "Союза автоперевозчиков Весмарка",
        "Union des transporteurs routiers du Vesmark"],
       ["the hauliers' union", "профсоюз", "Fuhrunternehmerverbands", "Спілкою автоперевізників"]),
    _e("port_authority", "org", "Tarvala Port Authority", [],
       ["port authority", "Hafenverwaltung", "L'autorité portuaire", "администрации порта",
        "портової адміністрації"]),
    _e("tarvala_council", "org", "Tarvala city council", [],
       ["The city council", "Stadtrat von Tarvala", "le conseil municipal de Tarvala"]),
    _e("rostline", "org", "Rostline", ["Rostline"], ["The company", "the operator"]),
    _e("tarvala", "place", "Tarvala", ["Tarvala", "Тарвала", "Тарвалы"], []),
    _e("velna", "place", "Velna", ["Velna", "Вельні"], ["the capital"]),
    _e("vesmark", "place", "Vesmark", ["Vesmark", "Весмарка", "Весмарку"], []),
    _e("rostholm", "place", "Rostholm", ["Rostholm"], ["the island"]),
]
# fmt: on

TIMELINE: list[dict[str, Any]] = [
    {
        "date": "2025-03-10",
        "event": "Hauliers block the freight gate of Tarvala port over the new "
        "transit toll (Monday evening).",
        "docs": [B, C, H, R, D],
    },
    {
        "date": TUE,
        "event": "Zhuravlyov tells BNW that talks are over and the toll stays 'not for a "
        "single day'; port spokeswoman Marand gives the number of trucks and says the terminal "
        "stayed open.",
        "docs": [B, C, H, R, D, F, V, U],
    },
    {
        "date": WED,
        "event": "Reimers says the drivers will stay and claims the minister called "
        "their demands senseless.",
        "docs": [C, H, R, D, U],
    },
    {
        "date": THU,
        "event": "Zhuravlyov suspends the toll for thirty days, announces talks for "
        "Friday and denies calling the demands senseless.",
        "docs": [F, V, U],
    },
    {
        "date": FRI,
        "event": "Talks between the government and the union begin in Velna.",
        "docs": [U],
    },
]
