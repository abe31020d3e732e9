"""The posts table: its size and agreement with the routing table, the guarded fuzzy match, and
every REF block of the shared pages read against it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from cablescope.parse.fuzzy import edit_distance
from cablescope.parse.posts import BUILTIN_POSTS, POSTS, Post, PostTable
from cablescope.parse.references import find_ref_block, parse_ref_block
from cablescope.parse.stations import ROUTING_INDICATORS


def test_the_table_holds_every_post_once_with_its_origin():
    names = [post.name for post in BUILTIN_POSTS]
    assert len(names) == len(set(names)) >= 275
    for indicator, (name, origin) in ROUTING_INDICATORS.items():
        assert POSTS.origin(name) == origin, indicator
    assert POSTS.origin("RIODEJANEIRO") == "Consulate Rio De Janeiro"
    assert POSTS.origin("USUNNEWYORK") == "USUN New York"


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("RIO DE JANEIRO", "RIODEJANEIRO"),
        ("Port-au-Prince", "PORTAUPRINCE"),
        ("MEXICO CITY", "MEXICO"),
        ("SECSTATE", "STATE"),
        ("USEU", "BRUSSELS"),
        ("UNESCO", "UNESCOPARISFR"),
        ("EMBASSY LONDON", "LONDON"),
        ("AMCONSUL LAGOS", "LAGOS"),
        ("HOLY SEE", "VATICAN"),
        ("BURMA", "RANGOON"),
        ("ISLAMBAD", "ISLAMABAD"),  # a letter dropped
        ("TEGUCIGLAPA", "TEGUCIGALPA"),  # two letters swapped
        ("RIODEJANIERO", "RIODEJANEIRO"),  # listed misspelling
        ("RIO DE JANERIO", "RIODEJANEIRO"),  # two slips in a long name
        ("VLADIVOSTO", "VLADIVOSTOK"),  # cut short
        ("SANTIAG0", "SANTIAGO"),  # a zero for an O
    ],
)
def test_resolve_spellings_and_slips(written, post):
    assert POSTS.resolve(written) == post


@pytest.mark.parametrize(
    "written",
    [
        "PARAS",  # one slip from PARIS, but too short to guess at
        "ROMA",
        "LIME",
        "10SHENYANG",  # a year glued on: digits are only read as letters when the result is exact
        "STATEMENT",
        "SPAINS",  # one slip from SPAIN, a country name of five letters: too short to guess at
        "BERLINER",  # two slips from BERLIN, an eight-letter word: one slip allowed
        "VIENNESE",
    ],
)
def test_resolve_refuses_near_misses(written):
    assert POSTS.resolve(written) is None


def test_a_slip_between_two_posts_is_not_guessed():
    table = PostTable((Post("KAMPALA", "Embassy Kampala"), Post("KAMPALO", "Embassy Kampalo")))
    assert table.resolve("KAMPALU") is None
    assert table.resolve("KAMPALAA") == "KAMPALA"


def test_edit_distance_counts_a_swap_as_one_and_stops_at_the_cap():
    assert edit_distance("ISLAMABAD", "ISLAMBAAD", 3) == 1
    assert edit_distance("BEIJING", "BEJING", 3) == 1
    assert edit_distance("LONDON", "PARIS", 2) == 2


def test_a_post_whose_spelling_names_another_is_refused():
    table = PostTable(BUILTIN_POSTS)
    with pytest.raises(ValueError, match="spelling 'LIMA' of post 'QUITO' already names post 'LIMA'"):
        table.add(Post("QUITO", "Embassy Quito", ("LIMA",)))
    with pytest.raises(ValueError, match="capital letters"):
        table.add(Post("Quito", "Embassy Quito"))


# Items of the shared pages' REF blocks that cite no cable, each kind with why it is not one.
# A new item that fits none of them is a citation the grammar missed, or a new kind to name here.
NOT_CABLES: dict[str, re.Pattern[str]] = {
    "an e-mail": re.compile(r"E-?MAIL", re.I),
    "a post's daily report or points, or an intranet page": re.compile(r"DAILY|POINTS?\b|SIPRNET", re.I),
    "an intelligence report (IIR, TD, FBI number)": re.compile(r"\bIIR\b|\bTD-|\bFBI\b|O/I", re.I),
    "a military message by its DTG, or a defence office's report": re.compile(r"\bDTG|USDAO|OSD", re.I),
    "a meeting, call or letter": re.compile(r"SVTC|LETTER|\bBIOS\b", re.I),
    "an airgram or a SECTO (the Secretary's travelling party), not telegrams in WikiLeaks' ids": re.compile(
        r"\bCA-\d|SECTO|USDEL", re.I
    ),
    "the Foreign Affairs Manual or an MTCR point of contact": re.compile(r"\bFAM\b|POC", re.I),
    "a date or a name and date": re.compile(
        r"^\(?[A-Z]?\)?\s*(?:\d{4}|[A-Z]+ \d{1,2}/\d{1,2}/\d{2,4})$", re.I
    ),
    "a post without its serial (the page cut it off)": re.compile(r"^[A-Z ]+$"),
}


def test_every_shared_ref_block_yields_posts_of_the_table(shared_corpus):
    from cablescope.readers.wikileaks_html import cable_parts

    blocks = cited = 0
    unknown: list[str] = []
    leftovers: Counter[str] = Counter()
    unexplained: list[str] = []
    for path in sorted(shared_corpus.rglob("*.html")):
        text, _body = cable_parts(path.read_text(encoding="utf-8"))
        found = find_ref_block(text, 0, min(len(text), 20_000))
        if found is None:
            continue
        blocks += 1
        year = 2000 + int(path.stem[:2]) if int(path.stem[:2]) < 50 else 1900 + int(path.stem[:2])
        for item in parse_ref_block(found[0], year):
            if item.kind == "cable":
                cited += 1
                station = re.fullmatch(r"\d{2}([A-Z]+)\d+", item.reference_id or "")
                if station is None or station.group(1) not in POSTS:
                    unknown.append(f"{path.stem}: {item.raw}")
                continue
            reason = next((why for why, pattern in NOT_CABLES.items() if pattern.search(item.raw)), None)
            if reason is None:
                unexplained.append(f"{path.stem}: {item.raw}")
            else:
                leftovers[reason] += 1
    print(f"\nREF blocks of the shared pages: {blocks}, cited cables {cited}, all posts in the table")
    print("items that cite no cable, by reason:")
    for reason, count in leftovers.most_common():
        print(f"  {count:3d}  {reason}")
    assert blocks >= 300 and cited >= 600
    assert unknown == []
    assert unexplained == [], "\n".join(unexplained)
