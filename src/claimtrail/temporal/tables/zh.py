"""Chinese date words, simplified and traditional. Chinese writes no spaces between words, so
its patterns are compiled without word boundaries (see lexicon.py); "1月24日" is read by the
numeric patterns in expressions.py. "今日" is left out: it is also the name of an outlet
(今日俄罗斯, Russia Today)."""

from __future__ import annotations

from claimtrail.temporal.tables.words import Words, groups, units, values, words

ZH = Words(
    weekdays=groups(
        "星期一, 周一, 週一, 礼拜一, 禮拜一 | 星期二, 周二, 週二, 礼拜二, 禮拜二 | "
        "星期三, 周三, 週三, 礼拜三, 禮拜三 | 星期四, 周四, 週四, 礼拜四, 禮拜四 | "
        "星期五, 周五, 週五, 礼拜五, 禮拜五 | 星期六, 周六, 週六, 礼拜六, 禮拜六 | "
        "星期日, 星期天, 周日, 週日, 周天, 礼拜天, 禮拜天, 礼拜日, 禮拜日"
    ),
    weekday_preps=words("在, 于, 於"),
    weekday_last=words("上, 上个, 上個"),
    weekday_next=words("下, 下个, 下個"),
    days=values({0: "今天", -1: "昨天, 昨日", -2: "前天", 1: "明天", 2: "后天, 後天"}),
    same_day=words("当天, 當天, 同一天, 同日, 数小时后, 數小時後"),
    weeks=values(
        {-1: "上周, 上週, 上星期, 上个星期", 0: "本周, 本週, 这周, 這週", 1: "下周, 下週"}
    ),
    months_rel=values({-1: "上个月, 上個月, 上月", 0: "本月, 这个月", 1: "下个月, 下個月"}),
    years_rel=values({-1: "去年", 0: "今年", 1: "明年"}),
    numbers=values({1: "一", 2: "两, 兩, 二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七"}),
    units=units(day="天", week="周, 週, 个星期, 個星期", month="个月, 個月", year="年"),
    ago_post=words("前, 以前"),
    speech_verbs=words("表示, 说, 說, 称, 稱, 指出, 宣布, 强调, 強調, 声称, 聲稱, 透露, 写道"),
    speech_nouns=words("采访, 採訪, 声明, 聲明, 讲话, 講話, 记者会, 記者會"),
)
