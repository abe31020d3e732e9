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

import re

from cablescope_entities.acronyms import SHORTHAND_OPENINGS, AcronymRules
from cablescope_entities.entity import Entity
from cablescope_entities.gazetteer import GAZ_LENGTHS
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
# Where "GoK", "GoY" may be (``_mixed_case_shorthand``): "Go" then a capital.
_GO_CAPITAL = re.compile("Go[A-Z]")


class Extractor(PeopleRules, AcronymRules, OrganisationRules, PeopleResolution):
    """Collects entities from one cable (body and header) or one appendix."""

    def read(self, text: str, number: int | None, caps: bool | None = None, source: str = "text") -> None:
        p = Passage(text, number, self.in_appendix, caps, source)
        self.paragraphs.append(p)
        self._phrases(p)
        # Cheap tests for what each rule looks for (short needles are slow to search for: one
        # pattern for "Go" and a capital, and "(" alone before " (", take half the time or less).
        if not p.caps:
            if _GO_CAPITAL.search(text):
                self._mixed_case_shorthand(p, source)
            if "(" in text and " (" in text:
                self._acronyms_spelled_after(p)
            self._bodies_before_lower_heads(p, source)
        # The walk visits every token: what it reads of the passage is bound once.
        toks, owner, run_end, caps = p.tokens, p.owner, p.run_end, p.caps
        next_head = p.next_head if p.has_heads else None
        opens_of = _OPENS.get
        lengths_of = GAZ_LENGTHS.get  # its keys are GAZ_FIRST: one probe says both
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            # (A token opens on a letter, a digit, "-" or "+": one that opens on a capital opens on a letter.)
            if owner[i] is not None or not (tok.cap or tok.text[0].isalnum()):
                i += 1  # punctuation, or a word a phrase already took ("DPRK" in "DPRK Government")
                continue
            low = tok.low
            lengths = lengths_of(low)
            if lengths is None and not caps and not tok.cap:
                i += 1
                continue
            # Each rule is tried only where its first test can pass (the same tests it opens with);
            # the first that takes the word moves the walk on.
            opens = opens_of(low, 0)
            if opens & _TITLE and (step := self._person_by_title(p, i, source)):
                i += step
                continue
            if (
                # a gazetteer name fits in the words joined from here (most "The ..." have none)
                (lengths is not None and lengths[-1] <= run_end[i] - i)
                or (
                    next_head is not None
                    and (low in ORG_HEADS_LOW or ((head := next_head[i]) <= i + 6 and head < run_end[i]))
                )
            ) and (step := self._place_or_org(p, i, source)):
                i += step
                continue
            if opens & _GIVEN and (step := self._person_by_given_name(p, i, source)):
                i += step
                continue
            if (
                3 <= len(low) <= 5
                and tok.text.isupper()  # before the slice: most words are not in capitals
                and (low[-1] == "g" or low[:2] in SHORTHAND_OPENINGS)
                and (step := self._government_shorthand(p, i, source))
            ):
                i += step
                continue
            if (
                opens
                and (opens & _SURNAME or (not caps and opens & _SURNAME_MIXED_CASE))
                and (step := self._known_surname(p, i, source))
            ):
                i += step
                continue
            if caps or i + 1 == n:
                # The last two rules read mixed case only, and take a name of two words or more.
                i += 1
                continue
            nxt = toks[i + 1]
            if nxt.joined and nxt.cap:
                # Only where a comma, a parenthesis or a verb follows the second or third word.
                second = nxt.end
                if (
                    text[second : second + 2] in APPOSITION_OPENINGS
                    or (
                        i + 2 < n
                        and toks[i + 2].joined
                        and text[toks[i + 2].end : toks[i + 2].end + 2] in APPOSITION_OPENINGS
                    )
                ) and (step := self._person_by_apposition(p, i, source)):
                    i += step
                    continue
            # A name after a lower-case title opens a run (``Passage.name_from`` goes on past its
            # first word only to a word joined to it, an "-" ("al-Maliki") or after an initial
            # ("J. Smith"): most words open a run of one, and need no closer look.
            if not tok.joined and (nxt.joined or nxt.text == "-" or len(tok.text) == 1):
                # A lower-case title ends before the spaces in front of the name: most
                # capitalised words follow a full stop or another word instead, and need no
                # closer look (on the shared corpus the titles' last letter let 23,520 words
                # through to the rule, their last three letters 5,357; 79 have a title). After
                # two blanks, the title's last letter (or a third blank) must stand before them
                # (most are a sentence's full stop).
                start = tok.start
                if (
                    start >= 2
                    and text[start - 1].isspace()
                    and (
                        text[start - 4 : start - 1] in TITLE_ENDINGS
                        or (
                            text[start - 2].isspace()
                            and (
                                text[start - 3 : start - 2].isalpha() or text[start - 3 : start - 2].isspace()
                            )
                        )
                    )
                    and (step := self._person_by_lower_title(p, i, source))
                ):
                    i += step
                    continue
            i += 1

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
