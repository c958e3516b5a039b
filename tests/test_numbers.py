"""Notice numbers, dates and effective-date clauses as MOFCOM prints them (SITE.md §4 and §7)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.numbers import (
    REST_OF_CLAUSES,
    cn_number,
    cn_numeral,
    duration_end,
    nfkc,
    parse_bare_number,
    parse_clause_effective,
    parse_date,
    parse_effective,
    parse_notice_number,
)

JOINT = ("商务部", "海关总署")


@pytest.mark.parametrize(
    ("printed", "issuers", "series", "year", "number", "normalized", "notice_id"),
    [
        ("商务部公告2025年第61号", ("商务部",), "公告", 2025, 61, "商务部公告2025年第61号", "MOFCOM-2025-61"),
        # Page titles drop 年: 商务部公告2025第61号 公布…
        (
            "商务部公告2025第61号 公布对境外相关稀土物项实施出口管制的决定",
            ("商务部",),
            "公告",
            2025,
            61,
            "商务部公告2025年第61号",
            "MOFCOM-2025-61",
        ),
        # The xkzj copy of No. 58 drops 号.
        (
            "【发布文号】商务部 海关总署公告2025年第58",
            JOINT,
            "公告",
            2025,
            58,
            "商务部 海关总署公告2025年第58号",
            "MOFCOM-2025-58",
        ),
        (
            "商务部 海关总署公告2025年第18号",
            JOINT,
            "公告",
            2025,
            18,
            "商务部 海关总署公告2025年第18号",
            "MOFCOM-2025-18",
        ),
        # Law databases write joint notices without the space.
        (
            "商务部海关总署公告2025年第18号",
            JOINT,
            "公告",
            2025,
            18,
            "商务部 海关总署公告2025年第18号",
            "MOFCOM-2025-18",
        ),
        (
            "商务部、海关总署公告2023年第23号",
            JOINT,
            "公告",
            2023,
            23,
            "商务部 海关总署公告2023年第23号",
            "MOFCOM-2023-23",
        ),
        (
            "商务部\u3000海关总署公告２０２５年第５７号",
            JOINT,
            "公告",
            2025,
            57,
            "商务部 海关总署公告2025年第57号",
            "MOFCOM-2025-57",
        ),
        ("商务部令2025年第2号", ("商务部",), "令", 2025, 2, "商务部令2025年第2号", "MOFCOM-ORDER-2025-2"),
        ("商务部公告〔2025〕61号", ("商务部",), "公告", 2025, 61, "商务部公告2025年第61号", "MOFCOM-2025-61"),
        ("海关总署公告2024年第5号", ("海关总署",), "公告", 2024, 5, "海关总署公告2024年第5号", "GACC-2024-5"),
        # Four issuers: the lead names the series (2024 No. 51, the dual-use list).
        (
            "商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号",
            ("商务部", "工业和信息化部", "海关总署", "国家密码局"),
            "公告",
            2024,
            51,
            "商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号",
            "MOFCOM-2024-51",
        ),
        # The last issuer named does not decide the key.
        (
            "商务部 海关总署 国家国防科工局 中央军委装备发展部公告2023年第27号",
            ("商务部", "海关总署", "国家国防科工局", "中央军委装备发展部"),
            "公告",
            2023,
            27,
            "商务部 海关总署 国家国防科工局 中央军委装备发展部公告2023年第27号",
            "MOFCOM-2023-27",
        ),
        # An unforeseen co-issuer is read by its shape, not dropped.
        (
            "商务部、海关总署、国家市场监督管理总局公告2025年第3号",
            ("商务部", "海关总署", "国家市场监督管理总局"),
            "公告",
            2025,
            3,
            "商务部 海关总署 国家市场监督管理总局公告2025年第3号",
            "MOFCOM-2025-3",
        ),
        # The Unreliable Entity List working mechanism: a document number without 公告 ...
        (
            "不可靠实体清单工作机制〔2025〕9号",
            ("不可靠实体清单工作机制",),
            "公告",
            2025,
            9,
            "不可靠实体清单工作机制公告2025年第9号",
            "UEL-2025-9",
        ),
        # ... with 公告 and the bracketed year, and in the 年第N号 form: one series.
        (
            "不可靠实体清单工作机制公告〔2025〕7号",
            ("不可靠实体清单工作机制",),
            "公告",
            2025,
            7,
            "不可靠实体清单工作机制公告2025年第7号",
            "UEL-2025-7",
        ),
        (
            "不可靠实体清单工作机制公告2025年第1号",
            ("不可靠实体清单工作机制",),
            "公告",
            2025,
            1,
            "不可靠实体清单工作机制公告2025年第1号",
            "UEL-2025-1",
        ),
        (
            "商务部令2020年第4号 不可靠实体清单规定",
            ("商务部",),
            "令",
            2020,
            4,
            "商务部令2020年第4号",
            "MOFCOM-ORDER-2020-4",
        ),
        # A co-issuer without a notice-id code must not truncate the issuer list.
        (
            "商务部、国防科工委、海关总署公告2006年第50号",
            ("商务部", "国防科工委", "海关总署"),
            "公告",
            2006,
            50,
            "商务部 国防科工委 海关总署公告2006年第50号",
            "MOFCOM-2006-50",
        ),
    ],
)
def test_parse_notice_number(
    printed: str,
    issuers: tuple[str, ...],
    series: str,
    year: int,
    number: int,
    normalized: str,
    notice_id: str,
) -> None:
    parsed = parse_notice_number(printed)
    assert parsed is not None
    assert (parsed.issuers, parsed.series, parsed.year, parsed.number) == (issuers, series, year, number)
    assert parsed.number_zh == normalized
    assert parsed.notice_id == notice_id
    assert parse_notice_number(parsed.number_zh) == parsed


def test_spaced_and_unspaced_joint_numbers_are_equal() -> None:
    assert parse_notice_number("商务部海关总署公告2025年第55号") == parse_notice_number(
        "商务部 海关总署公告2025年第55号"
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "政策发布",
        "公告2025年第5号",
        "商务部新闻2025年第5号",
        "关于2025年第3季度的通知",
        "商务部公告2025年11月8日发布",  # a month is not a notice number
        "商务部公告2025年第12345号",  # nor is the head of a longer digit run
        "根据规定〔2025〕9号",  # a bracketed year needs an issuing body
        "经国务院批准2025年第3号",
    ],
)
def test_no_notice_number(text: str) -> None:
    assert parse_notice_number(text) is None


def test_first_number_wins() -> None:
    parsed = parse_notice_number("商务部公告2025年第72号 关于暂停实施商务部公告2024年第46号第二款的公告")
    assert parsed is not None and (parsed.year, parsed.number) == (2025, 72)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年04月04日", dt.date(2025, 4, 4)),
        ("【发文日期】2025年4月4日 [Date of publication] April 4, 2025", dt.date(2025, 4, 4)),
        ("20251009", dt.date(2025, 10, 9)),
        ("2025-10-09 15:30", dt.date(2025, 10, 9)),
        ("2024-12-03 10:00:00", dt.date(2024, 12, 3)),
        ("2025/10/9", dt.date(2025, 10, 9)),
        ("２０２５年１１月８日", dt.date(2025, 11, 8)),
        ("2024年2月29日", dt.date(2024, 2, 29)),
        ("2025年2月29日", None),  # not a leap year
        ("2025-02-30", None),
        ("2025年13月1日", None),
        ("20251341", None),
        ("20251009123", None),  # digits of a longer serial are not a date
        ("", None),
        ("发文日期", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


PUBLISHED = dt.date(2025, 10, 9)


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "二、……\n本公告自2025年11月8日起正式实施。《中华人民共和国两用物项出口管制清单》同步予以更新。",
            PUBLISHED,
            (dt.date(2025, 11, 8), "date"),
        ),
        ("本公告自２０２５年１１月８日起正式实施。", PUBLISHED, (dt.date(2025, 11, 8), "date")),
        ("本公告自公布之日起正式实施。", PUBLISHED, (PUBLISHED, "on_publication")),
        ("本公告自发布之日起实施。", PUBLISHED, (PUBLISHED, "on_publication")),
        ("本公告自即日起实施。", PUBLISHED, (PUBLISHED, "on_publication")),
        ("本决定自公布之日起施行。", PUBLISHED, (PUBLISHED, "on_publication")),
        # The rule is stated even when the page gives no publication date.
        ("本公告自公布之日起正式实施。", None, (None, "on_publication")),
        ("为维护国家安全和利益，决定如下。", PUBLISHED, (None, None)),
        ("本公告自2025年2月30日起实施。", PUBLISHED, (None, None)),  # an impossible date is no date
        # 2025 No. 61: parts in force on publication, parts later; the earliest counts.
        (
            "本公告第一条、第二条自2025年12月1日起正式实施，其他规定自公布之日起正式实施。",
            PUBLISHED,
            (PUBLISHED, "on_publication"),
        ),
        (
            "本公告第一条、第二条自2025年12月1日起正式实施，其他规定自公布之日起正式实施。",
            None,
            (dt.date(2025, 12, 1), "date"),
        ),
        # a clause of this notice named by number in force on publication, the list later
        (
            "五、本公告第一款自2026年12月1日起正式实施，第三款自公布之日起施行。",
            PUBLISHED,
            (PUBLISHED, "on_publication"),
        ),
        (
            "本公告第一条自2026年12月1日起实施。第二条、第四条自发布之日起生效。",
            PUBLISHED,
            (PUBLISHED, "on_publication"),
        ),
        # counterexample: a target's clause ended from publication is no part of this notice coming into force
        (
            "三、商务部公告2024年第9号第二款，自本公告公布之日起不再执行。\n四、本公告自2026年12月1日起实施。",
            PUBLISHED,
            (dt.date(2026, 12, 1), "date"),
        ),
        # only one clause of this notice dated, nothing said of the rest: the rest is in force on publication
        (
            "二、…附件第5项，自本公告发布之日起调出管制清单。\n四、本公告第一条自2026年12月1日起施行。",
            PUBLISHED,
            (PUBLISHED, "on_publication"),
        ),
        (
            "四、本公告第一条自2026年12月1日起施行，其余各条自2026年12月15日起施行。",
            PUBLISHED,
            (dt.date(2026, 12, 1), "date"),
        ),
        # …第一条第（三）项及其余各条自公布之日起实施: "the rest" in other words
        (
            "八、本公告第一条第（一）项、第（二）项自2025年12月1日起实施，第一条第（三）项及其余各条自公布之日起实施。",
            PUBLISHED,
            (PUBLISHED, "on_publication"),
        ),
    ],
)
def test_parse_effective(
    body: str, published: dt.date | None, expected: tuple[dt.date | None, str | None]
) -> None:
    assert parse_effective(body, published) == expected


def test_window_dates_of_a_suspension_are_not_effective_dates() -> None:
    # 自…起至… describes the suspension window; the notice itself takes effect on publication.
    body = "经批准，自即日起至2026年11月10日，暂停实施商务部公告2025年第61号。\n本公告自公布之日起正式实施。"
    assert parse_effective(body, dt.date(2025, 11, 7)) == (dt.date(2025, 11, 7), "on_publication")


def test_parse_clause_effective() -> None:
    body = "四、本公告第一条、第二条自2025年12月1日起正式实施，其他规定自公布之日起正式实施。"
    assert parse_clause_effective(body) == {"一": dt.date(2025, 12, 1), "二": dt.date(2025, 12, 1)}
    assert parse_clause_effective("本公告自2025年11月8日起正式实施。") == {}


@pytest.mark.parametrize(
    "printed",
    [
        "本公告第二条至第四条自2027年3月1日起施行",
        "本公告第二至四条自2027年3月1日起施行",
        "本公告第二条到第四条自2027年3月1日起施行",
    ],
)
def test_parse_clause_effective_reads_a_run_of_clauses_by_its_ends(printed: str) -> None:
    day = dt.date(2027, 3, 1)
    assert parse_clause_effective(printed + "，其余各条自公布之日起施行。") == {
        "二": day,
        "三": day,
        "四": day,
    }


def test_parse_clause_effective_keeps_a_list_and_a_run_apart() -> None:
    body = "本公告第一条、第九条至第十一条自2027年3月1日起施行。"
    assert sorted(parse_clause_effective(body), key=cn_number) == ["一", "九", "十", "十一"]


@pytest.mark.parametrize("value", [1, 9, 10, 11, 19, 20, 23, 99])
def test_cn_numeral_is_the_inverse_of_cn_number(value: int) -> None:
    assert cn_number(cn_numeral(value)) == value


def test_nfkc_makes_punctuation_half_width() -> None:
    assert nfkc("（一）１C902.a：；，") == "(一)1C902.a:;,"


@pytest.mark.parametrize(
    ("start", "text", "end"),
    [
        (dt.date(2025, 11, 10), "继续暂停…相关措施1年", dt.date(2026, 11, 10)),  # the anniversary
        (dt.date(2025, 8, 12), "继续暂停上述相关措施90天", dt.date(2025, 11, 10)),
        (dt.date(2025, 8, 12), "暂停实施一年", dt.date(2026, 8, 12)),
        (dt.date(2025, 1, 31), "暂停6个月", dt.date(2025, 7, 31)),
        (dt.date(2025, 8, 31), "暂停六个月", dt.date(2026, 2, 28)),  # no 31 February: the month's last day
        (dt.date(2024, 2, 29), "暂停1年", dt.date(2025, 2, 28)),
        (dt.date(2025, 11, 10), "自2025年11月10日起暂停实施", None),  # a date's 年 and 日 are no duration
    ],
)
def test_a_window_printed_as_a_duration_ends_on_the_corresponding_day(
    start: dt.date, text: str, end: dt.date | None
) -> None:
    assert duration_end(start, text) == end


def test_a_suspension_for_a_year_gets_its_end_date_and_a_stop_gets_none() -> None:
    from parsers.relations import extract_relations

    body = (
        "中方决定自2025年11月10日起，继续暂停4月4日公告（不可靠实体清单工作机制公告〔2025〕7号）相关措施1年，"
        "停止3月4日公告（不可靠实体清单工作机制公告〔2025〕5号）相关措施。"
    )
    relations = extract_relations(body, None, dt.date(2025, 11, 5))
    got = [
        (r.relation, r.target_number.notice_id if r.target_number else None, r.window_until)
        for r in relations
    ]
    assert got == [("suspends", "UEL-2025-7", dt.date(2026, 11, 10)), ("lifts", "UEL-2025-5", None)]


@pytest.mark.parametrize(
    ("printed", "value"), [("七", 7), ("两", 2), ("十二", 12), ("二十八", 28), ("一百二十", 120)]
)
def test_chinese_numerals_of_counts_and_order_numbers(printed: str, value: int) -> None:
    assert cn_number(printed) == value


@pytest.mark.parametrize(
    ("printed", "until"),
    [
        ("期限十二个月", dt.date(2028, 1, 15)),
        ("为期十八个月", dt.date(2028, 7, 15)),
        ("九十天", dt.date(2027, 4, 15)),
        ("一百八十天", dt.date(2027, 7, 14)),
        ("两年", dt.date(2029, 1, 15)),
        ("6个月", dt.date(2027, 7, 15)),
    ],
)
def test_a_duration_in_chinese_numerals_of_any_size_is_counted(printed: str, until: dt.date) -> None:
    assert duration_end(dt.date(2027, 1, 15), printed) == until


@pytest.mark.parametrize("ordinal", ["第十二个月", "2027年十二月", "第三年"])
def test_an_ordinal_or_a_month_of_a_date_is_no_duration(ordinal: str) -> None:
    assert duration_end(dt.date(2027, 1, 15), ordinal) is None


def test_a_clause_in_force_on_publication_and_the_rest_later_are_both_dated() -> None:
    body = "五、本公告第二条、第四条自公布之日起施行，其余各条自2027年1月1日起施行。"
    published = dt.date(2026, 11, 24)
    dates = parse_clause_effective(body, published)
    assert dates == {"二": published, "四": published, REST_OF_CLAUSES: dt.date(2027, 1, 1)}
    # without the day of publication only what prints a date is dated
    assert parse_clause_effective(body) == {REST_OF_CLAUSES: dt.date(2027, 1, 1)}
    assert parse_clause_effective("本公告自2027年1月1日起施行。", published) == {}


def test_a_year_printed_in_chinese_numerals_is_no_period_of_years() -> None:
    """`商务部令二〇二五年第6号…为期一年`: the number's year (二〇二五年) is a date, so the period read is the
    one year printed after it, not 五年 or 二五年 out of the year."""
    start = dt.date(2025, 11, 10)
    assert duration_end(start, "（商务部令二〇二五年第6号）所列反制措施，为期一年。") == dt.date(2026, 11, 10)
    assert duration_end(start, "依据二〇二五年第6号令") is None
    assert duration_end(start, "暂停实施十二个月") == dt.date(2026, 11, 10)


def test_an_earlier_notice_told_as_history_does_not_date_this_one() -> None:
    body = (
        "2024年11月15日，商务部会同有关部门发布2024年第51号公告，公布《两用物项出口管制清单》，自2024年12月1日起施行。"
        "现将修订后的清单予以公布。\n七、本公告自2027年1月1日起施行。"
    )
    assert parse_effective(body, dt.date(2026, 12, 1)) == (dt.date(2027, 1, 1), "date")
    # this notice's own day stays, even when the page was posted after it (a repost)
    assert parse_effective("四、本公告自2024年1月1日起施行。", dt.date(2024, 1, 3)) == (
        dt.date(2024, 1, 1),
        "date",
    )


def test_in_force_a_number_of_days_after_publication() -> None:
    # 30 days counted without the day of publication run out on 31 December; in force the day after
    assert parse_effective("本公告自发布之日起30日后施行。", dt.date(2026, 12, 1)) == (
        dt.date(2027, 1, 1),
        "date",
    )
    assert parse_effective("本公告自发布之日起30日后施行。", None) == (None, None)


def test_a_day_an_earlier_decision_took_effect_is_not_this_notices() -> None:
    body = (
        "三、2025年11月5日，商务部决定自2025年11月10日起继续暂停实施上述实体的相关措施1年。"
        "现决定，上述措施继续暂停实施。\n本公告自公布之日起正式实施。"
    )
    assert parse_effective(body, dt.date(2026, 11, 9)) == (dt.date(2026, 11, 9), "on_publication")


def test_a_decision_told_after_a_month_in_a_sentence_part_is_not_this_notice_s_date_of_force() -> None:
    """`四、商务部于2025年4月4日发布…；2025年11月，商务部决定自2025年11月10日起继续暂停…。`: the earlier decision's
    day, told in the part after the semicolon, is no date of force of this notice."""
    body = (
        "四、商务部于2025年4月4日发布2025年第21号公告，将16家美国实体列入出口管制管控名单；2025年11月，商务部决定自"
        "2025年11月10日起继续暂停实施上述实体的相关措施1年。经评估，现决定自2027年7月10日起，再次暂停实施相关措施。\n"
        "八、本公告自公布之日起实施。"
    )
    assert parse_effective(body, dt.date(2027, 7, 8)) == (dt.date(2027, 7, 8), "on_publication")


def test_clauses_excepted_after_qi_zhong_are_in_force_on_publication() -> None:
    """`本公告自2028年7月1日起施行，其中第三条、第四条自公布之日起施行`: the notice is first in force, in part, on
    publication; the clauses not named take 2028-07-01."""
    body = "六、本公告自2028年7月1日起施行，其中第三条、第四条自公布之日起施行。"
    published = dt.date(2028, 6, 16)
    assert parse_effective(body, published) == (published, "on_publication")
    assert parse_clause_effective(body, published) == {
        REST_OF_CLAUSES: dt.date(2028, 7, 1),
        "三": published,
        "四": published,
    }


def test_a_number_printed_without_its_issuers_takes_the_page_s_unit() -> None:
    """`公告2026年第1059号` on a page whose source is 商务部 海关总署 is that joint notice (key MOFCOM-2026-1059); with
    no unit named it is MOFCOM's, whose site it is; a text that is no bare number gives nothing."""
    joint = parse_bare_number("公告2026年第1059号 关于废止部分出口管制公告和条款的公告", "商务部 海关总署")
    assert joint is not None and (joint.issuers, joint.notice_id) == (
        ("商务部", "海关总署"),
        "MOFCOM-2026-1059",
    )
    alone = parse_bare_number("公告２０２５年第６１号", None)
    assert alone is not None and (alone.issuers, alone.notice_id) == (("商务部",), "MOFCOM-2025-61")
    assert parse_bare_number("关于废止部分出口管制公告的公告", "商务部") is None


def test_a_day_of_force_at_midnight_and_a_period_after_publication_said_满() -> None:
    """`本公告自2036年12月15日零时起施行` is in force that day; `自公布之日起满30日施行` the day after the period runs out."""
    assert parse_effective("六、本公告自2036年12月15日零时起施行。", dt.date(2036, 12, 10)) == (
        dt.date(2036, 12, 15),
        "date",
    )
    assert parse_effective("五、本公告自公布之日起满30日施行。", dt.date(2036, 8, 1)) == (
        dt.date(2036, 9, 1),
        "date",
    )


def test_runs_of_points_of_this_notice_in_force_on_days_of_their_own() -> None:
    """`本公告第一条第（一）项、第（二）项自公布之日起施行，第一条第（三）项、第（四）项自2038年8月1日起施行`: every point of each
    run, the second run after the comma as much as the first."""
    body = "四、本公告第一条第（一）项、第（二）项自公布之日起施行，第一条第（三）项、第（四）项自2038年8月1日起施行。"
    published = dt.date(2038, 6, 24)
    assert parse_clause_effective(body, published) == {
        "一/(一)": published,
        "一/(二)": published,
        "一/(三)": dt.date(2038, 8, 1),
        "一/(四)": dt.date(2038, 8, 1),
    }


def test_clauses_and_points_dated_with_what_they_do() -> None:
    """`本公告第一条所列调整，自2040年7月1日起施行` dates clause 一; `第一条第（二）项、第二条第（二）项所作修改，自公布之日起施行`
    dates a point of each of two clauses; a point of another notice resumed on a day is no date of this one."""
    assert parse_clause_effective(
        "二、本公告第一条所列调整，自2040年7月1日起施行。", dt.date(2040, 6, 18)
    ) == {"一": dt.date(2040, 7, 1)}
    published = dt.date(2040, 2, 20)
    body = "三、本公告自2040年4月1日起施行。第一条第（二）项、第二条第（二）项所作修改，自公布之日起施行。"
    assert parse_clause_effective(body, published) == {
        "一/(二)": published,
        "二/(二)": published,
        REST_OF_CLAUSES: dt.date(2040, 4, 1),
    }
    other = "商务部公告2025年第61号第一条恢复实施，第一条第（一）项自2026年12月1日起继续暂停实施。"
    assert parse_clause_effective(other, dt.date(2026, 11, 1)) == {}


def test_a_part_in_force_on_publication_after_a_full_stop_or_a_semicolon_dates_the_notice() -> None:
    """`本公告自…起施行。其中，第一条第（二）项自公布之日起施行` and `附件所列第1项至第4项自…起施行；第5项、第6项自本公告公布
    之日起施行`: the notice is in force in part from publication (its effective date, the first day any part is),
    while the clauses not named keep the printed day (what the acts of those clauses take)."""
    published = dt.date(2044, 5, 12)
    stop = "三、本公告自2044年6月1日起施行。其中，第一条第（二）项自公布之日起施行。"
    assert parse_effective(stop, published) == (published, "on_publication")
    assert parse_clause_effective(stop, published)["其余"] == dt.date(2044, 6, 1)
    annex = "一、附件所列第1项至第4项自2044年10月1日起施行；第5项、第6项自本公告公布之日起施行。"
    assert parse_effective(annex, published) == (published, "on_publication")


def test_review_a_clause_dating_only_its_point_or_quoting_a_date_is_not_dated_whole() -> None:
    """`本条第（二）项自2027年7月1日起施行` dates a point, not its clause; a date inside the target's quoted new words
    (`修改为：“三、本条所列物项自2026年1月1日起…”`) is none of this notice's."""
    published = dt.date(2027, 4, 23)
    point = (
        "一、对商务部 海关总署公告2025年第58号作如下修改：（一）第二条第（一）项中的“0.5米”修改为“1米”；（二）删去第二条第（三）项。"
        "本条第（二）项自2027年7月1日起施行。\n二、本公告自公布之日起施行。"
    )
    assert "一" not in parse_clause_effective(point, published)
    quoted = "一、本公告自2027年6月1日起施行。\n二、将商务部 海关总署公告2025年第58号第三条修改为：“三、本条所列物项自2026年1月1日起实施出口管制。”"
    assert "二" not in parse_clause_effective(quoted, published)


def test_a_decision_dates_its_clauses_as_a_notice_does() -> None:
    """`本决定第一条、第四条自2027年7月1日起施行；第二条、第五条自2027年6月1日起施行；第三条自公布之日起施行。`: each clause its
    day, as 本公告第一条… would give."""
    text = "本决定第一条、第四条自2027年7月1日起施行；第二条、第五条自2027年6月1日起施行；第三条自公布之日起施行。"
    assert parse_clause_effective(text, dt.date(2027, 5, 20)) == {
        "一": dt.date(2027, 7, 1),
        "四": dt.date(2027, 7, 1),
        "二": dt.date(2027, 6, 1),
        "五": dt.date(2027, 6, 1),
        "三": dt.date(2027, 5, 20),
    }


def test_points_numbered_in_arabic_and_a_run_continued_after_a_comma_keep_their_clause() -> None:
    """`本公告第一条自…起施行；第二条第1项、第2项自公布之日起施行，第3项自…起施行`: the points 1–3 are clause 二's
    (keyed 二/1), the third after the comma as much as the first two; `，第（三）项自…` after `第一条第（一）项…` is 一/(三)."""
    published = dt.date(2044, 5, 20)
    body = "五、本公告第一条自2044年7月1日起施行；第二条第1项、第2项自公布之日起施行，第3项自2044年9月1日起施行。"
    assert parse_clause_effective(body, published) == {
        "一": dt.date(2044, 7, 1),
        "二/1": published,
        "二/2": published,
        "二/3": dt.date(2044, 9, 1),
    }
    body = "三、本公告第一条第（一）项、第（二）项自公布之日起施行，第（三）项自2044年9月1日起施行。"
    assert parse_clause_effective(body, published) == {
        "一/(一)": published,
        "一/(二)": published,
        "一/(三)": dt.date(2044, 9, 1),
    }
    # another notice's point resumed on a day dates nothing of this one
    other = "商务部公告2025年第61号第二条第1项自2044年6月1日起恢复实施，第2项自2044年7月1日起恢复实施。"
    assert parse_clause_effective(other, published) == {}


def test_a_day_another_notice_decided_is_no_day_of_force_of_this_one() -> None:
    """`…经商务部、海关总署公告2025年第70号决定自2025年11月7日起暂停实施…` told in the preamble is No. 70's decision; the notice
    itself is in force on publication (本公告自公布之日起施行)."""
    body = (
        "商务部、海关总署公告2025年第55号于2025年10月9日发布，经商务部、海关总署公告2025年第70号决定自2025年11月7日起暂停实施"
        "至2026年11月10日，其后暂停期限经多次延长。\n经批准，现就上述公告的暂停实施安排决定如下：\n"
        "一、商务部、海关总署公告2025年第55号继续暂停实施至2059年1月10日。\n二、本公告自公布之日起施行。"
    )
    published = dt.date(2058, 1, 5)
    assert parse_effective(body, published) == (published, "on_publication")


def test_a_part_of_the_annex_in_force_on_publication_makes_the_notice_in_force_then() -> None:
    """`一、附件第一部分所列…条目，自…起施行。二、附件第二部分所列删除的条目，自本公告公布之日起施行。`: the notice is in force
    in part from publication."""
    body = (
        "一、附件第一部分所列限制出口部分新增和修改的条目，自2057年10月1日起施行。\n"
        "二、附件第二部分所列删除的条目，自本公告公布之日起施行。"
    )
    published = dt.date(2057, 8, 20)
    assert parse_effective(body, published) == (published, "on_publication")


def test_a_day_told_of_another_notices_decision_is_not_this_notices() -> None:
    """…公布了…的决定，其第一条…原定自2025年12月1日起实施: 的决定 is the other notice's decision named as a thing, not this
    notice deciding — its day, before publication, is not the day this notice takes effect."""
    body = (
        "商务部公告2025年第61号公布了对境外相关稀土物项实施出口管制的决定，其第一条第（一）项、第（二）项原定自2025年12月1日"
        "起实施。\n一、删去商务部公告2025年第61号第一条第（一）项。\n二、本公告自2063年9月1日起施行。"
    )
    assert parse_effective(body, dt.date(2063, 8, 19)) == (dt.date(2063, 9, 1), "date")


def test_in_force_with_another_text_on_the_printed_day() -> None:
    """六、本公告自2064年7月1日起与《清单》同步施行: the printed day, though the words say it goes with the list."""
    body = "一、删除《清单》5D902.b项。\n六、本公告自2064年7月1日起与《清单》同步施行。"
    assert parse_effective(body, dt.date(2064, 6, 26)) == (dt.date(2064, 7, 1), "date")


def test_a_clause_in_force_a_period_after_publication() -> None:
    """本公告第三条自公布之日起施行；第一条、第二条自公布之日起30日后施行 (2026 No. 2729): the first two clauses are in force the
    day after the 30 days have run, as the whole notice would be (民法典: the day of publication not counted)."""
    from parsers.numbers import parse_clause_effective

    text = "四、本公告第三条自公布之日起施行;第一条、第二条自公布之日起30日后施行。"
    assert parse_clause_effective(text, dt.date(2074, 10, 21)) == {
        "三": dt.date(2074, 10, 21),
        "一": dt.date(2074, 11, 21),
        "二": dt.date(2074, 11, 21),
    }
