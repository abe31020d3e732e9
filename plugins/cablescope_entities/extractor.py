"""Rule-based entity extraction tuned to cables: titles, gazetteers and the telegram's own fields.

The extractor reads each paragraph once, left to right, over a token list:
a run of titles followed by name tokens is a person ("Premier Wen Jiabao"); the
longest gazetteer match is a place or organisation; a capitalised run ending in an
organisation word is an organisation ("Iran Novin Party"); a known given name starts
a person. A second pass links bare surnames ("Wen said") to the people already
named. All-capitals paragraphs (older cables) are read with a list of ordinary words
instead of capital letters. The rules live in ``people_rules.py``, ``org_rules.py``, ``acronyms.py`` and
``resolution.py``; ``Collector`` (``collector.py``) holds what they find.
"""

from __future__ import annotations

from cablescope_entities.acronyms import SHORTHAND_OPENINGS, AcronymRules
from cablescope_entities.entity import Entity
from cablescope_entities.gazetteer import GAZ_FIRST, GAZ_LENGTHS
from cablescope_entities.lexicon import ORG_HEADS_LOW, TITLE_FIRST
from cablescope_entities.org_rules import OrganisationRules
from cablescope_entities.paragraph import Passage
from cablescope_entities.people import (
    FIRST_NAMES,
    KNOWN_SURNAMES,
    KNOWN_SURNAMES_MIXED_CASE_ONLY,
    TITLE_MODIFIERS,
)
from cablescope_entities.people_rules import APPOSITION_OPENINGS, TITLE_ENDINGS, PeopleRules
from cablescope_entities.resolution import PeopleResolution, headline_words

# Which of the word lists that open a rule hold each word: one probe a token, not four set lookups.
_TITLE, _GIVEN, _SURNAME, _SURNAME_MIXED_CASE = 1, 2, 4, 8
_OPENS: dict[str, int] = {}
for _words, _bit in (
    (TITLE_FIRST | TITLE_MODIFIERS, _TITLE),
    (FIRST_NAMES, _GIVEN),
    (KNOWN_SURNAMES, _SURNAME),
    (KNOWN_SURNAMES_MIXED_CASE_ONLY, _SURNAME_MIXED_CASE),
):
    for _word in _words:
        _OPENS[_word] = _OPENS.get(_word, 0) | _bit


class Extractor(PeopleRules, AcronymRules, OrganisationRules, PeopleResolution):
    """Collects entities from one cable (body and header) or one appendix."""

    def read(self, text: str, number: int | None, caps: bool | None = None, source: str = "text") -> None:
        p = Passage(text, number, self.in_appendix, caps, source)
        self.paragraphs.append(p)
        self._phrases(p)
        if not p.caps and "Go" in text:
            self._mixed_case_shorthand(p, source)
        if not p.caps and " (" in text:
            self._acronyms_spelled_after(p)
        if not p.caps:
            self._bodies_before_lower_heads(p, source)
        # The walk visits every token: what it reads of the passage is bound once.
        toks, owner, run_end, caps = p.tokens, p.owner, p.run_end, p.caps
        opens_of = _OPENS.get
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if not tok.text[0].isalnum() or owner[i] is not None:
                i += 1  # punctuation, or a word a phrase already took ("DPRK" in "DPRK Government")
                continue
            if not caps and not tok.cap and tok.low not in GAZ_FIRST:
                i += 1
                continue
            # Each rule is tried only where its first test can pass (the same tests it opens with).
            low = tok.low
            opens = opens_of(low, 0)
            step = 0
            if opens & _TITLE:
                step = self._person_by_title(p, i, source)
            if not step and (
                # a gazetteer name fits in the words joined from here (most "The ..." have none)
                (low in GAZ_FIRST and GAZ_LENGTHS[low][-1] <= run_end[i] - i)
                or (
                    p.has_heads
                    and (low in ORG_HEADS_LOW or (p.next_head[i] <= i + 6 and p.next_head[i] < run_end[i]))
                )
            ):
                step = self._place_or_org(p, i, source)
            if not step and opens & _GIVEN:
                step = self._person_by_given_name(p, i, source)
            if (
                not step
                and 3 <= len(low) <= 5
                and (low[-1] == "g" or low[:2] in SHORTHAND_OPENINGS)
                and tok.text.isupper()
            ):
                step = self._government_shorthand(p, i, source)
            if not step and opens and (opens & _SURNAME or (not caps and opens & _SURNAME_MIXED_CASE)):
                step = self._known_surname(p, i, source)
            if not step and not caps and i + 1 < n and toks[i + 1].joined and toks[i + 1].cap:
                # Only where a comma, a parenthesis or a verb follows the second or third word.
                second = toks[i + 1].end
                if text[second : second + 2] in APPOSITION_OPENINGS or (
                    i + 2 < n
                    and toks[i + 2].joined
                    and text[toks[i + 2].end : toks[i + 2].end + 2] in APPOSITION_OPENINGS
                ):
                    step = self._person_by_apposition(p, i, source)
            if not step and not caps and not tok.joined:
                # A lower-case title ends before the spaces in front of the name: most
                # capitalised words follow a full stop or another word instead, and need no
                # closer look (on the shared corpus the titles' last letter let 23,520 words
                # through to the rule, their last three letters 5,357; 79 have a title).
                start = tok.start
                if (
                    start >= 2
                    and text[start - 1].isspace()
                    and (text[start - 4 : start - 1] in TITLE_ENDINGS or text[start - 2].isspace())
                ):
                    step = self._person_by_lower_title(p, i, source)
            i += step or 1

        if "(" in text:
            self._acronym_definitions(p)

    def finish(self) -> list[Entity]:
        self._finish_organisations()
        self._merge_country_forms()
        self._merge_short_bodies()
        self._unique_titles()
        self._recurring_surnames()
        clusters = self._cluster_people()
        if len(clusters) > 1:
            self._merge_also_known_as(clusters)
        self._link_short_forms(clusters)
        out = list(self.entities.values()) + [c for c in clusters if not headline_words(c)]
        for ent in out:
            if len(ent.mentions) > 1:  # most entities are named once
                ent.mentions.sort(key=lambda m: (m.paragraph is not None, m.paragraph or 0, m.start or -1))
        return out
