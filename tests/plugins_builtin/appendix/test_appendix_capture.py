"""When the page was captured, from the dates its items carry."""

from __future__ import annotations

from datetime import date

from cablescope_appendix.analysis import split
from cablescope_appendix.capture import describe_gap, estimate_capture, months_between
from cablescope_appendix.items import parse_appendix


def _evidence(estimate):
    return [(e.text, e.kind, e.date, e.items) for e in estimate.evidence]


def test_appendix_capture_seed_may_2021(seed_page):
    _, parsed = split(seed_page)
    estimate = estimate_capture(parsed)
    assert (estimate.estimate, estimate.confidence, estimate.latest) == ("2021-05", "high", "2021-05-11")
    assert _evidence(estimate) == [
        ("6 May 2021", "explicit", "2021-05-06", [6]),
        ("11 May", "year-inferred", "2021-05-11", [5]),
        ("COVID-19", "era", "2020-02", [1, 3, 5]),
        ("Independent Panel for Pandemic Preparedness and Response", "era", "2020-07", [3]),
        ("Paris Agreement", "era", "2015-12", [6]),
    ]
    assert estimate.evidence[1].note == "year 2021 from '6 May 2021'"
    assert estimate.not_before == "2020-07"
    # The cable is of 22 October 2009: eleven and a half years earlier.
    months = months_between(date(2009, 10, 22), estimate.estimate)
    assert (months, describe_gap(months)) == (139, "11½ years")


def test_appendix_capture_year_lent_across_items(page):
    _, parsed = split(page("scoop-reykjavik-fisheries.txt"))
    estimate = estimate_capture(parsed)
    assert estimate.estimate == "2019-03"
    # "until 2022" is a programme's end, not a date of the news: it is not evidence.
    assert _evidence(estimate) == [
        ("19 March 2019", "explicit", "2019-03-19", [1]),
        ("25 March 2019", "explicit", "2019-03-25", [4]),
        ("21 March", "year-inferred", "2019-03-21", [2]),
    ]


def test_appendix_capture_year_inferred_across_new_year():
    text = (
        "World Headlines\n\nA: One\n\nOn 30 December the port closed ... More>>\n\n"
        "B: Two\n\nTalks resumed on 3 January 2020 ... More>>\n"
    )
    estimate = estimate_capture(parse_appendix(text))
    assert _evidence(estimate)[1] == ("30 December", "year-inferred", "2019-12-30", [1])
    assert estimate.estimate == "2020-01"


def test_appendix_capture_copyright_year_and_month_day(page):
    _, parsed = split(page("tribune-lima-elections.txt"))
    estimate = estimate_capture(parsed)
    assert (estimate.estimate, estimate.confidence) == ("2011-05", "medium")
    assert _evidence(estimate) == [
        ("May 29", "year-inferred", "2011-05-29", [1]),
        ("2011", "copyright-year", "2011", []),
    ]


def test_appendix_capture_no_dates():
    text = "Top Stories\n\nA: Rain Again\n\nIt rained ... More>>\n\nB: Sun\n\nIt shone ... More>>\n"
    estimate = estimate_capture(parse_appendix(text))
    assert (estimate.estimate, estimate.confidence, estimate.reason) == (
        None,
        "none",
        "no dates in the appendix",
    )


def test_appendix_capture_gap_wording():
    assert describe_gap(5) == "5 months"
    assert describe_gap(1) == "1 month"
    assert describe_gap(24) == "2 years"
    assert describe_gap(63) == "5½ years"
