"""The appendix against its own cable: shared vocabulary and names, a score and a verdict."""

from __future__ import annotations

from cablescope_appendix.analysis import split
from cablescope_appendix.diff import content_words, proper_nouns, relate, verdict
from cablescope_appendix.items import parse_appendix


def _relate(cable):
    boundary, parsed = split(cable)
    return relate(cable.text[: boundary.offset], parsed)


def test_appendix_relatedness_seed_is_low(seed_page):
    related = _relate(seed_page)
    assert related.verdict == "low"
    # 20 shared of 308 and 125 content words: 20 / sqrt(308 * 125); Jaccard 20 / 413.
    assert (related.score, related.jaccard) == (0.102, 0.048)
    assert (related.cable_words, related.appendix_words) == (308, 125)
    assert related.shared_entities == ["China", "United States"]
    assert related.shared_words == [
        "agency", "calling", "change", "china", "come", "community", "continue", "degrees", "economic",
        "end", "future", "immediate", "improved", "outlook", "progress", "response", "see", "small",
        "states", "united",
    ]  # fmt: skip


def test_appendix_relatedness_sidebar_on_the_cables_story_is_high(page):
    related = _relate(page("scoop-athens-ferry-strike.txt"))
    assert related.verdict == "high"
    # 20 shared of 52 and 27 content words: 20 / sqrt(52 * 27).
    assert (related.score, related.jaccard) == (0.534, 0.339)
    assert related.shared_entities == ["Aegean", "Piraeus"]
    assert {"ferry", "strike", "piraeus", "pension", "austerity"} <= set(related.shared_words)


def test_appendix_relatedness_unrelated_synthetic_pages_are_low(page):
    assert _relate(page("scoop-reykjavik-fisheries.txt")).verdict == "low"
    assert _relate(page("scoop-hanoi-teasers-only.txt")).score == 0.0


def test_appendix_relatedness_words_fold_plurals_and_drop_stopwords():
    assert content_words("The Countries said their talks would resume on Monday") == {
        "country": "countries",
        "talk": "talks",
        "resume": "resume",
    }


def test_appendix_relatedness_names_skip_sentence_openers():
    names = proper_nouns(
        "Although talks stalled, Save the Children said Gaza needs aid. Expert panels met in New York. "
        "The U.S. and the PRC agreed."
    )
    assert names == {
        "save the children": "Save the Children",
        "gaza": "Gaza",
        "new york": "New York",
        "united states": "U.S.",
        "china": "PRC",
    }


def test_appendix_relatedness_names_meet_through_aliases():
    parsed = parse_appendix(
        "World Headlines\n\nWire: Talks\n\n"
        "Delegates from Britain and the United Nations met the PRC side ... More>>\n"
    )
    related = relate("1. (C) The U.K. and U.N. envoys met China's envoy. Reason 1.4 (b).", parsed)
    assert related.shared_entities == ["Britain", "PRC", "United Nations"]


def test_appendix_relatedness_verdict_thresholds():
    assert [verdict(score) for score in (0.0, 0.149, 0.15, 0.299, 0.3, 1.0)] == [
        "low",
        "low",
        "medium",
        "medium",
        "high",
        "high",
    ]
