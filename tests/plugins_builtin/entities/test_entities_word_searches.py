"""The substring searches that find "government" and the lower-case body words find what the
patterns they replaced found (``[Gg]overnment|GOVERNMENT``; each body word followed by ``\\b``),
at the same places and in the same order. The texts are synthetic, one per edge."""

from __future__ import annotations

import re

import pytest

from cablescope_entities.org_rules import _LOWER_HEAD_WORDS, _lower_head_words
from cablescope_entities.phrases import _government_words

TEXTS = [
    "The Government of Japan and the German government; GOVERNMENT OF INDIA, gOVERNMENT, Governments.",
    "government",
    "overnment Government",
    "the ex-government's view,GOVERNMENTAL  nongovernment governmentgovernment",
    "the Haqqani network, a counterparty, partying, the party_line, daily Al-Ayam, the weekly",
    "confirmed firm; affirm -firm firm2 firm\u00e9 Yapi construction company, club, clubs, association",
    "newspaper newspapers the Brotherhood brotherhood mosque militia magazine movement company",
    "",
]
_GOVERNMENT = re.compile(r"[Gg]overnment|GOVERNMENT")
_LOWER_HEAD = re.compile(rf"(?:{'|'.join(_LOWER_HEAD_WORDS)})\b")


@pytest.mark.parametrize("text", TEXTS)
def test_government_words_are_the_patterns(text):
    assert _government_words(text) == [m.start() for m in _GOVERNMENT.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_lower_head_words_are_the_patterns(text):
    assert _lower_head_words(text) == [(m.start(), m.group()) for m in _LOWER_HEAD.finditer(text)]


def test_searches_find_something():
    """The cases above are not all empty: each finder has places to agree on."""
    assert len(_government_words(TEXTS[0])) == 4  # not "gOVERNMENT"
    assert [word for _at, word in _lower_head_words(TEXTS[5])] == [
        "firm",
        "firm",
        "firm",
        "company",
        "club",
        "association",
    ]
