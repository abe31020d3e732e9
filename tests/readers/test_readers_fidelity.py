"""Faithful on every real form: every shared page, in every form a cable circulates in, keeps its
paragraph numbers and its words, and every word of its text lands in the layout.

Forms are built by ``cable_forms`` (written apart from the parser). Figures print with ``-s``.
"""

from __future__ import annotations

import collections
import random
import re
from collections.abc import Callable

import pytest
from cable_forms import (
    WORD,
    SharedPage,
    cables_csv,
    load_pages,
    partial_extract,
    printout,
    scoop_collapsed,
    scoop_intact,
    viewer_text,
)

from cablescope.model import Cable
from cablescope.parse import parse_cable
from cablescope.parse.layout import overlapping_segments, unplaced_words
from cablescope.readers import read_path

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

TEXT_FORMS: dict[str, Callable[[SharedPage], str]] = {
    "viewer text": viewer_text,
    "scoop intact": scoop_intact,
    "scoop collapsed": scoop_collapsed,
    "partial extract": partial_extract,
    "printout": printout,
}
FORMS = ["html", "csv", *TEXT_FORMS]


@pytest.fixture(scope="module")
def pages(shared_corpus) -> list[SharedPage]:
    found = load_pages(shared_corpus)
    assert len(found) == 546
    return found


@pytest.fixture(scope="module")
def forms(pages, shared_cables, tmp_path_factory) -> dict[str, list[Cable]]:
    """Every page parsed in every form, in page order."""
    html = {c.source.path: c for c in shared_cables}
    csv_file = tmp_path_factory.mktemp("forms") / "cables.csv"
    csv_file.write_text(cables_csv(pages), encoding="utf-8")
    parsed = {
        "html": [html[str(page.path)] for page in pages],
        "csv": list(read_path(csv_file)),
    }
    for name, form in TEXT_FORMS.items():
        parsed[name] = [parse_cable(form(page)) for page in pages]
    return parsed


def _kept_share(page: SharedPage, cable: Cable) -> float:
    want = collections.Counter(page.paragraph_words)
    have: collections.Counter[str] = collections.Counter()
    for paragraph in cable.paragraphs:
        have.update(WORD.findall(paragraph.text))
        if paragraph.heading:
            have.update(WORD.findall(paragraph.heading))
    kept = sum(min(count, have[word]) for word, count in want.items())
    return kept / max(1, sum(want.values()))


@pytest.mark.parametrize("form", FORMS)
def test_paragraph_numbers_agree_with_the_viewer_anchors(pages, forms, form):
    numbered = [(page, cable) for page, cable in zip(pages, forms[form], strict=True) if page.numbers]
    misses = [
        (page.refid, page.numbers, [p.number for p in cable.paragraphs if p.number is not None])
        for page, cable in numbered
        if [p.number for p in cable.paragraphs if p.number is not None] != page.numbers
    ]
    share = 1 - len(misses) / len(numbered)
    print(f"\n{form}: paragraph numbers agree on {share:.1%} ({len(numbered) - len(misses)}/{len(numbered)})")
    for refid, want, got in misses:
        print(f"  {refid}: anchors {want[:14]}, parsed {got[:14]}")
    assert len(numbered) == 540
    assert share >= 0.99


@pytest.mark.parametrize("form", FORMS)
def test_paragraph_words_are_kept(pages, forms, form):
    shares = sorted(
        (_kept_share(page, cable), page.refid)
        for page, cable in zip(pages, forms[form], strict=True)
        if page.paragraph_words
    )
    full = sum(1 for share, _ in shares if share >= 0.99)
    print(
        f"\n{form}: {full}/{len(shares)} pages ({full / len(shares):.1%}) keep at least 99% of their "
        f"paragraphs' words; lowest {', '.join(f'{r} {s:.1%}' for s, r in shares[:5])}"
    )
    assert full / len(shares) >= 0.99
    assert shares[0][0] >= 0.90


@pytest.mark.parametrize("form", FORMS)
def test_every_word_lands_in_the_layout(pages, forms, form):
    lost = {page.refid: unplaced_words(cable) for page, cable in zip(pages, forms[form], strict=True)}
    losing = {refid: words for refid, words in lost.items() if words}
    overlapping = [
        page.refid for page, cable in zip(pages, forms[form], strict=True) if overlapping_segments(cable)
    ]
    print(f"\n{form}: words lost per cable: {sum(map(len, lost.values()))} in all, {len(losing)} cables")
    for refid, words in losing.items():
        print(f"  {refid}: {len(words)} lost: {' '.join(words[:20])}")
    assert losing == {}
    assert overlapping == []


def test_html_pages_carry_the_identity_they_state(pages, forms):
    wrong = [
        (page.refid, cable.reference_id, page.created, cable.created)
        for page, cable in zip(pages, forms["html"], strict=True)
        if cable.reference_id != page.refid or cable.created.strftime("%Y-%m-%d") != page.created
    ]
    assert wrong == []
    sources = collections.Counter(
        (name, source) for cable in forms["html"] for name, source in cable.provenance.items()
    )
    print(f"\nwhere the HTML pages' identity came from: {dict(sorted(sources.items()))}")
    # The 36 partial extracts whose text has no date take id and date from the page's table.
    assert sources[("reference_id", "page-table")] == sources[("created", "page-table")] >= 32
    assert all(len(cable.provenance) == 4 for cable in forms["html"])
    disagreeing = {
        page.refid: cable.disagreements
        for page, cable in zip(pages, forms["html"], strict=True)
        if cable.disagreements
    }
    print(f"banner and table disagree on: {disagreeing}")
    # WikiLeaks' table adds or drops NOFORN on seven pages; the banner's marking is kept.
    assert len(disagreeing) == 7
    for page, cable in zip(pages, forms["html"], strict=True):
        if page.refid in disagreeing:
            assert set(cable.disagreements) == {"classification"}
            assert "NOFORN" in cable.classification + cable.disagreements["classification"]


def test_partial_extract_form_keeps_its_identity(pages, forms):
    dated = [
        (page, cable)
        for page, cable in zip(pages, forms["partial extract"], strict=True)
        if re.search(r"^\d{6}Z [A-Z][a-z]{2} \d{2}$", partial_extract(page), re.MULTILINE)
    ]
    right = sum(1 for page, cable in dated if cable.reference_id == page.refid)
    dates = sum(
        1 for page, cable in dated if cable.created and cable.created.strftime("%Y-%m-%d") == page.created
    )
    print(
        f"\npartial extract form, pages with a DTG: reference id {right}/{len(dated)}, "
        f"date {dates}/{len(dated)}"
    )
    assert right / len(dated) >= 0.99
    assert dates / len(dated) >= 0.99


def test_printout_page_headers_stay_out_of_paragraphs(forms):
    inside = [
        cable.paragraphs[0].text[:40]
        for cable in forms["printout"]
        if any(re.search(r"^PAGE \d\d ", p.text, re.MULTILINE) for p in cable.paragraphs)
    ]
    assert inside == []


def test_csv_rows_state_their_identity(pages, forms):
    cables = forms["csv"]
    assert [c.reference_id for c in cables] == [p.refid for p in pages]
    sources = collections.Counter(c.provenance["reference_id"] for c in cables)
    # The column fills the ids the text lacks (the partial extracts); where both state it, they agree.
    assert sources["csv-column"] >= 32 and sources["text"] + sources["derived"] + sources["csv-column"] == 546
    assert not any("reference_id" in c.disagreements for c in cables)


# --- fuzzed text --------------------------------------------------------------------------------

_FUZZ_LINES = [
    "SECRET SECTION 01 OF 02 ANKARA 000348",
    "C o n f i d e n t i a l section 01 of 04 ankara 000348",
    "201247Z Jan 04",
    "E.O. 12958: DECL: 01/02/2019",
    "TAGS: PREL PGOV TU",
    "SUBJECT: TURKEY: A SUBJECT THAT",
    "WRAPS ONTO A SECOND LINE",
    "REF: A. ANKARA 12 B. STATE 3456",
    "¶B. ANKARA 99",
    "Classified By: Ambassador Ross Wilson for reasons 1.4 (b) and (d).",
    "1. (C) Summary: the talks went well. End summary.",
    "¶2. (S//NF) A paragraph copied from the viewer.",
    "3.(U) A tight number.",
    "and then it ended. 4. (C) A paragraph that ran on.",
    "ANKARA 00000348 002 OF 004",
    "PAGE 02 ANKARA 00348 01 OF 03 291400Z",
    "-----------------",
    "Comment",
    "WILSON",
    "NNNN",
    "End Cable Text",
    "© Scoop Media",
    "Classified by: in the middle of prose.",
    "12. (C) Twelve.",
    "In 2009. 5. A year and a list.",
    "x" * 30,
    "",
    "",
]


def _fuzzed(seed: int) -> str:
    rng = random.Random(seed)
    lines = [rng.choice(_FUZZ_LINES) for _ in range(rng.randint(1, 40))]
    words = "the post said nuclear talks would resume 1. (C) 2. in".split()
    for index in rng.sample(range(len(lines)), k=min(len(lines), 5)):
        lines[index] += " " + " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
    return "\n".join(lines)


def test_every_word_of_fuzzed_text_lands_in_the_layout():
    failures = []
    for seed in range(600):
        cable = parse_cable(_fuzzed(seed))
        lost = unplaced_words(cable)
        if lost or overlapping_segments(cable):
            failures.append((seed, lost[:10], overlapping_segments(cable)[:2]))
    assert failures == []


def test_unnumbered_body_is_kept_whole():
    """A press digest with no numbered paragraph: every block is a paragraph, a 'Classified by'
    further down stays in the text, the signature is the signature."""
    text = "\n".join(
        [
            "UNCLAS SECTION 01 OF 02 ANKARA 000348",
            "",
            "E.O. 12958: N/A",
            "TAGS: OPRC KMDR PREL TU",
            "SUBJECT: TURKISH PRESS SUMMARY",
            "",
            "Editorial Opinion on Iraq",
            "",
            '"The Road Ahead"',
            'Mehmet Ali Birand wrote in Posta: "The government should wait."',
            "",
            "ANKARA 00000348 002 OF 002",
            "",
            "Classified by: nobody, as the columnist joked.",
            "",
            "TV Highlights",
            "- Prime Minister Erdogan met party leaders.",
            "WILSON",
        ]
    )
    cable = parse_cable(text)
    assert [p.number for p in cable.paragraphs] == [None] * 4
    assert [p.text.split("\n")[0] for p in cable.paragraphs] == [
        "Editorial Opinion on Iraq",
        '"The Road Ahead"',
        "Classified by: nobody, as the columnist joked.",
        "TV Highlights",
    ]
    assert cable.subject == "TURKISH PRESS SUMMARY"
    assert cable.signers == ["WILSON"]
    assert unplaced_words(cable) == []
    assert [kind for kind, _, _ in cable.layout] == [
        "header",
        "fields",
        "paragraph",
        "paragraph",
        "marker",
        "paragraph",
        "paragraph",
        "signature",
    ]
