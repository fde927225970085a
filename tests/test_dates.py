from __future__ import annotations

import pytest

from builder import dates
from builder.model import Interval


@pytest.mark.parametrize(
    ("text", "begin", "end"),
    [
        ("2020年3月至4月。", "2020-03", "2020-04"),
        ("2020年8月。", "2020-08", "2020-08"),
        ("2024年11月至2025年1月", "2024-11", "2025-01"),
        ("(2024年1月—3月)", "2024-01", "2024-03"),
        ("2021年至2023年", "2021", "2023"),
        ("(2024—2026年)", "2024", "2026"),
        ("2021年底前完成", "2021-12", "2021-12"),
        ("2024年下半年", "2024-07", "2024-12"),
        ("2024年一季度", "2024-01", "2024-03"),
        ("(2023年第四季度)", "2023-10", "2023-12"),
        ("2024年1季度至2024年3季度", "2024-01", "2024-09"),
        ("2023年7-9月", "2023-07", "2023-09"),
        ("即日起至2023年11月底", "2023-11", "2023-11"),  # open at its start: a deadline
        ("(自本方案印发之日起至2024年6月)", "2024-06", "2024-06"),
        ("(2023年5月16日至2023年10月31日)", "2023-05", "2023-10"),  # days in a range
        ("2023年5月中旬至9月", "2023-05", "2023-09"),  # a part of a month
        ("(2024.10—2024.12)", "2024-10", "2024-12"),  # year and month with a dot
        ("2024.3-2024.5", "2024-03", "2024-05"),
        ("(2023年7月—次年3月)", "2023-07", "2024-03"),  # into the year after
        ("2023年10月至翌年2月", "2023-10", "2024-02"),
        ("(2024年7月起至2025年12月)", "2024-07", "2025-12"),  # 起 opens the range
        ("2024年7月起", "2024-07", "2024-07"),  # from then on: the start only
    ],
)
def test_find_interval(text: str, begin: str, end: str) -> None:
    found = dates.find_interval(text)
    assert found is not None
    assert found[0] == Interval(begin, end)


def test_no_date() -> None:
    assert dates.find_interval("深化完善专项规划提纲") is None
    for figure in ("增长3.5%", "投资2024.5亿元", "2025.13"):  # decimals, no month
        assert dates.find_interval(figure, "2024") is None


@pytest.mark.parametrize(
    ("number", "begin", "end"),
    [(1, "1953", "1957"), (13, "2016", "2020"), (14, "2021", "2025"), (15, "2026", "2030")],
)
def test_five_year_plan_periods(number: int, begin: str, end: str) -> None:
    assert dates.fyp_interval(number) == Interval(begin, end)


def test_five_year_plan_marker() -> None:
    assert dates.five_year_plan("静安区产业发展“十四五”规划") == (14, Interval("2021", "2025"))
    assert dates.target_years("发展目标是到2025年,静安") == ["2025"]


def test_long_form_five_year_plan() -> None:
    assert dates.five_year_plan("国民经济和社会发展第十五个五年规划纲要") == (
        15,
        Interval("2026", "2030"),
    )
    assert dates.five_year_plan("第九个五年计划") == (9, Interval("1996", "2000"))


def test_deadlines() -> None:
    assert dates.target_years("到2025年,建成;2024年底前完成;2026年前投用;2023年3月") == [
        "2025",
        "2024",
        "2026",
    ]


def test_deadlines_in_words_and_by_five_year_plan() -> None:
    text = "到二〇三五年基本实现;到“十五五”末,达到;2025年末前完成"
    assert dates.deadlines(text) == [("2035", 0), ("2030", 11), ("2025", 22)]


def test_deadlines_pledged_or_ending_a_span_of_years() -> None:
    assert dates.target_years("力争2025年实现全覆盖;2024年底之前完成") == ["2025", "2024"]
    assert dates.target_years("用三年时间(2023—2025年),基本实现岸电全覆盖") == ["2025"]
    assert dates.target_years("2023-2025年,全市累计新建泊位50个") == ["2025"]
    assert dates.target_years("对总体规划进行修编(2018—2035年)") == []  # another plan's period


def test_a_deadline_at_a_months_end_sets_its_year() -> None:
    assert dates.target_years("2025年6月底前,形成长效机制;2024年底前完成改造。") == ["2025", "2024"]
    assert dates.target_years("2025年6月,召开现场会。") == []  # a date, no deadline


@pytest.mark.parametrize(
    ("text", "begin", "end"),
    [
        ("(7月至10月)", "2023-07", "2023-10"),
        ("(即日起至6月底)", "2023-06", "2023-06"),  # open at its start
        ("(11月)", "2023-11", "2023-11"),
        ("(2024年3月)", "2024-03", "2024-03"),  # a year given wins
    ],
)
def test_months_without_a_year_are_of_the_year_at_hand(text: str, begin: str, end: str) -> None:
    found = dates.find_interval(text, "2023")
    assert found is not None
    assert found[0] == Interval(begin, end)
    assert dates.find_interval("(7月至10月)") is None  # no year at hand: no date
    found = dates.find_interval("2024年13月至4月")  # no month 13: the year alone
    assert found is not None and found[0] == Interval("2024", "2024")


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("二〇二四年三月五日", "2024年3月5日"),
        ("二○二三年十二月三十一日", "2023年12月31日"),  # a circle for the zero
        ("二〇二四年十月印发", "2024年10月印发"),
        ("2024年3月5日", "2024年3月5日"),
        ("二〇二四年四月至十月", "2024年4月至10月"),  # a range's end month
        ("2024年4月至十月", "2024年4月至十月"),  # no date in numerals: as written
    ],
)
def test_dates_in_chinese_numerals_read_in_digits(text: str, digits: str) -> None:
    assert dates.digit_dates(text) == digits


@pytest.mark.parametrize(
    ("text", "begin", "end"),
    [("第二季度:完成项目审批", "2026-04", "2026-06"), ("下半年", "2026-07", "2026-12")],
)
def test_a_part_of_the_year_alone_is_of_the_documents_year(text: str, begin: str, end: str) -> None:
    found = dates.find_interval(text, "2026")
    assert found is not None and found[0] == Interval(begin, end)
    assert dates.find_interval(text) is None  # no year to place it in
