"""Acronyms: "Full Name (ACR)", "ACR (Full Name)", and government shorthand ("GOJ", "USG")
resolved once the countries a cable names are known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablescope_entities.collector import Collector
from cablescope_entities.countries import COUNTRIES
from cablescope_entities.governments import (
    CAPS_WORDS,
    FIXED_SHORTHAND,
    initials,
    resolve_shorthand,
    shorthand_letters,
)
from cablescope_entities.lexicon import CONNECTORS
from cablescope_entities.org_rules import government_key
from cablescope_entities.paragraph import Passage
from cablescope_entities.tokens import Token

# "ACRONYM (Its Name)" is found from its " (": a search for the literal skips ahead, where a pattern
# opening on the acronym is tried at every capital (six times slower on real paragraphs).
_OPENING_PARENTHESIS = re.compile(r" \((?=[A-Z])")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,8}\Z")
_NAME_IN_PARENTHESES = re.compile(r"[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){1,8}(?=\))")
# "GoK" is found from its "Go", the word's start checked behind: a pattern opening on "\b" has no
# literal to skip ahead to, and is tried at every position (twenty times slower).
_MIXED_SHORTHAND = re.compile(r"Go(?<=\bGo)[A-Z]{1,3}\b")
_PARENTHESISED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,7})\)")
SHORTHAND_OPENINGS = frozenset({"go", *(code[:2].lower() for code in FIXED_SHORTHAND)})
_COUNTRY_INITIALS = frozenset(i for name, _a, _d in COUNTRIES if len(i := initials(name)) >= 2)


def _acronyms_then_names(text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each acronym (a whole word of 2 to 8 capitals) and the name in parentheses right after it."""
    for opening in _OPENING_PARENTHESIS.finditer(text):
        at = opening.start()
        acronym = _ACRONYM_BEFORE.search(text, max(0, at - 8), at)
        if acronym is not None and (name := _NAME_IN_PARENTHESES.match(text, opening.end())) is not None:
            yield acronym, name


def _initials_start(toks: list[Token], i: int, acronym: str) -> int | None:
    """Where the capitalised words before token i begin whose initials spell ``acronym`` (None if none)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    need = len(letters)
    j = i - 1
    found: list[str] = []
    while j >= 0 and len(found) < need:
        tok = toks[j]
        if j + 1 < i and not toks[j + 1].joined:
            return None
        if tok.low in CONNECTORS or tok.low == "and":
            j -= 1
            continue
        if not tok.cap:
            return None
        found.append(tok.text[0].upper())
        j -= 1
    if found[::-1] != letters:
        return None
    return j + 1


class AcronymRules(Collector):
    """The rules for acronyms and government shorthand."""

    def _mixed_case_shorthand(self, p: Passage, source: str) -> None:
        """ "GoK", "GoY": shorthand some cables write in mixed case, read as "GOK", "GOY"."""
        for m in _MIXED_SHORTHAND.finditer(p.text):
            i = p.token_at(m.start())
            if i is not None and p.tokens[i].end == m.end():
                self._government_shorthand(p, i, source, m.group().upper())

    def _government_shorthand(self, p: Passage, i: int, source: str, code: str | None = None) -> int:
        """ "GOJ", "USG": kept until the countries the cable names are known (``finish``)."""
        tok = p.tokens[i]
        code = code or tok.text
        if p.owner[i] is not None or not code.isupper():
            return 0
        if shorthand_letters(code, _COUNTRY_INITIALS) is None:
            return 0
        if p.caps and code in CAPS_WORDS:
            return 0
        self.shorthand.append((code, self._mention(p, i, i + 1, source)))
        p.owner[i] = ("org", code)
        return 1

    def _acronym_definitions(self, p: Passage) -> None:
        """ "Full Name (ACR)": the acronym names what stands before it, here and in the rest of the cable."""
        toks = p.tokens
        for m in _PARENTHESISED_ACRONYM.finditer(p.text):
            i = p.token_at(m.start(1))
            if not i or toks[i].end != m.end(1):
                continue
            acronym = m.group(1)
            before = p.owner[i - 1]
            if before is not None and before[0] == "org" and before[1] not in FIXED_SHORTHAND:
                self.acronyms.setdefault(acronym.upper(), before)
                listed = p.owner[i]
                if listed is None:
                    self._add("org", before[1], "organisation", self._mention(p, i, i + 1, p.source))
                    p.owner[i] = before
                elif (
                    listed[0] == "org"
                    and listed != before
                    and not listed[1].isupper()  # the list's key is a name, not a code
                    and self.entities[before].type != "government"
                ):
                    # The list knows the acronym: what the cable spells out is that body, under the
                    # list's key ("International Energy Administration (IEA)", "... Relations (MRE)").
                    self.defined_as[before] = listed
                continue
            if before is not None or p.caps:
                continue
            start = _initials_start(toks, i, acronym)
            if start is None or not p.names_a_body(start, i, acronym):
                continue
            key = p.span_text(start, i)
            self._add("org", key, "organisation", self._mention(p, start, i, p.source), {"acronym": acronym})
            self._add("org", key, "organisation", self._mention(p, i, i + 1, p.source))
            for idx in range(start, i + 1):
                p.owner[idx] = ("org", key)
            self.acronyms.setdefault(acronym.upper(), ("org", key))

    def _acronyms_spelled_after(self, p: Passage) -> None:
        """ "the PKK (Kurdistan Workers' Party)": an acronym, then its name in parentheses (read before
        the word rules, which would take the name's words one by one)."""
        toks = p.tokens
        for acronym, name in _acronyms_then_names(p.text):
            i = p.token_at(acronym.start())
            first = p.token_at(name.start())
            if i is None or first is None or p.owner[i] is not None:
                continue
            last = first
            while last + 1 < len(toks) and toks[last + 1].end <= name.end():
                last += 1
            if _initials_start(toks, last + 1, acronym.group()) != first or toks[last].end != name.end():
                continue
            if not p.names_a_body(first, last + 1, acronym.group()):
                continue
            key = p.span_text(first, last + 1)
            extra = {"acronym": acronym.group()}
            self._add("org", key, "organisation", self._mention(p, i, i + 1, p.source), extra)
            self._add("org", key, "organisation", self._mention(p, first, last + 1, p.source))
            for idx in (i, *range(first, last + 1)):
                p.owner[idx] = ("org", key)
            self.acronyms.setdefault(acronym.group(), ("org", key))

    def _spelled_out_acronyms(self) -> None:
        """An acronym taken before a title ("NDU President") joins the one body the cable spells
        out with those initials ("National Defense University") or opens with it ("GHQ Armed Forces")."""
        bare = [e for e in self.entities.values() if e.kind == "org" and "initials" in e.extra]
        for ent in bare:
            acronym = ent.key
            bodies = [
                e
                for e in self.entities.values()
                if e.kind == "org"
                and e is not ent
                and (
                    initials(e.key.replace(" of ", " ").replace(" for ", " ")) == acronym
                    or e.key.startswith(acronym + " ")
                )
            ]
            if len(bodies) == 1:
                bodies[0].mentions.extend(ent.mentions)
                del self.entities[("org", acronym)]

    def _finish_organisations(self) -> None:
        """Shorthand resolved to its government; defined acronyms counted wherever they recur."""
        if self.shorthand:
            # The countries named, most named first (filtered, then sorted: a stable sort keeps
            # their order as it was among all entities); each code is resolved once.
            countries = [e for e in self.entities.values() if e.kind == "place" and e.type == "country"]
            named = [e.key for e in sorted(countries, key=lambda e: -len(e.mentions))]
            resolved: dict[str, str | None] = {}
            for code, mention in self.shorthand:
                if code not in resolved:
                    resolved[code] = resolve_shorthand(code, self.home, named)
                country = resolved[code]
                if country is not None:
                    self._add("org", government_key(country), "government", mention, {"acronym": code})
        self._spelled_out_acronyms()
        for spelled, known in self.defined_as.items():
            if spelled in self.entities and known in self.entities:
                self.entities[known].mentions.extend(self.entities.pop(spelled).mentions)
                self.acronyms = {a: known if body == spelled else body for a, body in self.acronyms.items()}
        if not self.acronyms:
            return
        lowered = {acronym.lower() for acronym in self.acronyms}
        for p in self.paragraphs:
            if lowered.isdisjoint(p.lows):
                continue  # most paragraphs use none of the acronyms: a set test in C spares the walk
            for i in [i for i, low in enumerate(p.lows) if low in lowered]:
                tok = p.tokens[i]
                if p.owner[i] is None and tok.text.isupper() and (found := self.acronyms.get(tok.text)):
                    self._add(found[0], found[1], "organisation", self._mention(p, i, i + 1, p.source))
                    p.owner[i] = found
