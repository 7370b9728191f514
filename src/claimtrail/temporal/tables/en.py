"""English date words."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, counting, groups, units, values, words

EN = Words(
    months=groups(
        "january, jan | february, feb | march, mar | april, apr | may | "
        "june, jun | july, jul | august, aug | september, sep, sept | "
        "october, oct | november, nov | december, dec"
    ),
    month_preps=words("in, in early, in late, in mid, since, last, back in, earlier in"),
    weekdays=groups("monday | tuesday | wednesday | thursday | friday | saturday | sunday"),
    weekday_preps=words("on, on the, since"),
    weekday_last=words("last, past, this past"),
    weekday_next=words("next, this coming, coming"),
    days=values(
        {
            0: "today, earlier today, this morning, this afternoon, this evening, tonight",
            -1: "yesterday, last night",
            -2: "the day before yesterday",
            1: "tomorrow",
            2: "the day after tomorrow",
        }
    ),
    same_day=words(
        "earlier in the day, later in the day, earlier that day, later that day, "
        "that same day, the same day, on the same day, within hours, hours later"
    ),
    weeks=values(
        {
            -1: "last week, the past week, last weekend",
            0: "earlier this week, earlier in the week, this week, over the weekend",
            1: "next week",
        }
    ),
    months_rel=values({-1: "last month", 0: "earlier this month, this month", 1: "next month"}),
    years_rel=values({-1: "last year", 0: "earlier this year, this year", 1: "next year"}),
    year_preps=words("in, since, back in, in early, in late"),
    numbers=counting("a, an, one | two | three | four | five | six | seven | eight | nine | ten"),
    units=units(day="day, days", week="week, weeks", month="month, months", year="year, years"),
    ago_post=words("ago"),
    earlier=words("earlier, previously"),
    later=words("later"),
    before=words("before, prior to"),
    after=words("after"),
    speech_verbs=words(
        "said, says, told, tells, stated, claimed, claims, announced, declared, wrote, "
        "posted, tweeted, added, insisted, denied, argued, warned, stressed, noted, "
        "replied, responded, explained, confirmed, spoke, speaking"
    ),
    speech_nouns=words(
        "interview, statement, speech, address, press conference, news conference, "
        "briefing, remarks, comments, post, tweet"
    ),
    anaphora=words(
        "this was, that was, he said this, she said this, he made the remarks, "
        "she made the remarks, the remarks came, the comments came"
    ),
    is_month_first=True,
)
