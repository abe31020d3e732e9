"""The fast paths of ``capitalised_tokens`` give the tokens ``tokenize`` gives for the same runs.

Mixed-case text is tokenised run by run, and most runs never reach the tokeniser: plain words,
words ending in a full stop or a possessive, hyphenated words, "U/S", "U.S.". Whatever path a
run takes, its tokens (text, offsets, joined, possessive, capital) must be the tokeniser's, or
the rules see different words. The texts are synthetic, one per shape.
"""

from __future__ import annotations

import pytest

from cablescope_entities.tokens import REGION, Token, capitalised_tokens, is_caps_text, tokenize

TEXTS = [
    "Prime Minister Wen Jiabao met the Ministry of Foreign Affairs in Beijing.",
    "Iran's Revolutionary Guard and China's Foreign Ministry disagree. End Summary.",
    "The U.S. Embassy said Mr. Smith and J. Doe saw U.S. officials. The U.S.",
    "IRAN'S position; the PEOPLE'S Party; Jones's aide met A's friend O'Brien.",
    "al-Maliki spoke with Dlamini-Zuma and d'Estaing about U.S.-China talks (P5+1).",
    "Der Spiegel wrote that Karl-Theodor zu Guttenberg and Lula da Silva met Rio de Janeiro.",
    "Tromsø and Müller met Ólafur in Zürich;\tThe   Hague\nEmbassy Oslo. Iran. The End.",
    "Lake Zürich  Canton, Zürich\nLake Geneva and Zürich Lake; Lake Zürich's shore.",
    "A/S Feltman and U/S Burns, Gen. Petraeus, Amb. Crocker, Dr. Siddiqui, St. Petersburg.",
    "Mexico’s president and Brazil’s Lula; the Attorney General’s office, FPOL-1, P5 talks.",
    "ZANU-PF's men met Al-Qaeda-linked Sunnis. President-elect Lula. Mohamed\nal-Jundi and D/S. U/S's",
    "Zürich’s mayor, Shi'a clerics, O'Neill's men, the U.S.'s view; Al's, Ross. Kiss'S and A’s (U.S.)",
    # Runs that open on a small letter are found only where one may be: the article apart (after
    # a blank or a tab), "al-" or "el-" (even inside a word), "d'".
    "The emir met al Thani and then el\tBaradei.",
    "The bilateral-Trade Pact.",
    "The talks, then el-Erian.",
    "The heirs of d'Estaing spoke.",
    "The Royal Navy (not al-) and Israel Defense Forces; Real Madrid, the final Ukrainian vote.",
]


def _reference(text: str) -> list[Token]:
    """What the tokeniser alone makes of the same capitalised runs."""
    out: list[Token] = []
    for m in REGION.finditer(text):
        out.extend(tokenize(text, m.start(), m.end()))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_capitalised_tokens_are_the_tokenisers(text):
    assert capitalised_tokens(text) == _reference(text)


def test_fast_path_keeps_possessive_and_stop():
    tokens = capitalised_tokens("Then Iran's envoy left. End Summary.")
    assert [(t.text, t.start, t.end, t.joined, t.possessive) for t in tokens] == [
        ("Then", 0, 4, False, False),
        ("Iran", 5, 9, True, True),
        ("End", 24, 27, False, False),
        ("Summary", 28, 35, True, False),
    ]


@pytest.mark.parametrize(
    ("text", "caps"),
    [
        ("THE MINISTER SAID THAT IRAN WOULD AGREE TO TALKS.", True),
        ("The Minister said that Iran would agree to talks.", False),
        ("IRAN AGREED TO TALKS.", False),  # 18 capitals: too few to judge
        ("ABCDEFGHIJKLMNOPQRSTUVWX abcd", False),  # 4 small letters to 24 capitals: one in six
        ("ABCDEFGHIJKLMNOPQRSTUVWX abc", True),
        ("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ IRAN 1234567890", False),  # only ASCII letters count
        ("ABCDEFGHIJKLMNOPQRSTUVWX abc ééééééééééé ßßß", True),
        ("A" * 600 + "b" * 1000, True),  # judged on the opening 600 characters
    ],
)
def test_is_caps_text(text, caps):
    assert is_caps_text(text) is caps
