"""Pass one, people: titles ("Premier Wen Jiabao"), lower-case titles, given names, well-known
surnames, names set off by apposition, and the header's officials.
"""

from __future__ import annotations

import re

from cablescope_entities.collector import Collector
from cablescope_entities.entity import Mention, PersonCandidate
from cablescope_entities.gazetteer import DEMONYMS, GAZ_LENGTHS
from cablescope_entities.lexicon import (
    CONNECTORS,
    OFFICE_CODES,
    ORG_HEADS_LOW,
    PORTFOLIO_ENDINGS,
    REDACTION,
    TITLE_FIRST,
    WORD_ENDINGS,
    common_in_caps,
    inside_sentence,
    title_case,
)
from cablescope_entities.paragraph import Passage
from cablescope_entities.people import (
    COMMON_WORDS,
    FIRST_NAMES,
    NOT_NAMES,
    TITLE_MODIFIERS,
)

_LOWER_TITLE_BEFORE = re.compile(
    r"\b((?:deputy |vice |foreign |defense |interior |finance |intelligence |policy |party |army )?"
    r"(?:chief|deputy|adviser|advisor|spokesman|spokeswoman|minister|director|leader|governor|"
    r"mayor|chairman|president|secretary|ambassador|commander|official|legislator|lawmaker|"
    r"senator|judge|prosecutor|editor|activist|journalist|founder|head|analyst|lawyer|attorney|"
    r"businessman|businesswoman|professor|scholar|researcher|economist|candidate|negotiator|envoy|"
    r"counterpart|visitor|manager|chairwoman|columnist|correspondent|reporter|dissident|blogger))\s+\Z"
)
# An office held of a place or body, just before a name: "mayor of", "governor of", "minister of".
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:mayor|governor|president|minister|ambassador|prefect)\s+of\s+(?:the\s+)?\Z"
)
# The words ``_LOWER_TITLE_BEFORE`` can end on: the text before a token must end with one
# (then spaces) for that search to match, a cheap test that spares the search on most tokens.
_LOWER_TITLE_WORDS = (
    "chief",
    "deputy",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "minister",
    "director",
    "leader",
    "governor",
    "mayor",
    "chairman",
    "president",
    "secretary",
    "ambassador",
    "commander",
    "official",
    "legislator",
    "lawmaker",
    "senator",
    "judge",
    "prosecutor",
    "editor",
    "activist",
    "journalist",
    "founder",
    "head",
    "analyst",
    "lawyer",
    "attorney",
    "businessman",
    "businesswoman",
    "professor",
    "scholar",
    "researcher",
    "economist",
    "candidate",
    "negotiator",
    "envoy",
    "counterpart",
    "visitor",
    "manager",
    "chairwoman",
    "columnist",
    "correspondent",
    "reporter",
    "dissident",
    "blogger",
)
# The last three letters of those words (each has four or more): a name after any other three
# letters and a space has no title before it.
TITLE_ENDINGS = frozenset(word[-3:] for word in _LOWER_TITLE_WORDS)
# What a person does after their name: "Steinmeier has insisted", "Hoyer said".
PERSON_VERB_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:has\s+\w+ed|said|says|told|noted|added|stressed|insisted|argued|explained|"
    r"believes|believed|contends|wants|wanted|asked|declined|agreed|warned|urged|promised|complained)\b"
)
# The two characters that can follow a name set off by apposition (``_APPOSITION``).
APPOSITION_OPENINGS = frozenset({", ", ",\n", " (", " s", " t", " n", " a", "'s", "\u2019s"})
_ACRONYM_OF_BODY = re.compile(r" \(([A-Z][A-Za-z-]{1,9})\)")
# What follows a person's name set off in a sentence: ", a ...", ", who", " (CDU)", " said".
_APPOSITION = re.compile(
    r",\s+(?:a|an|the|who|whose|one|head|chief|former|deputy|[a-z]+ of)\b"
    r"| \([A-Z]| (?:said|told|says|noted|added|stated)\b"
)


# Titles that end an office's name ("Chief Privacy Officer"), unlike honorifics that open a name.
_OFFICE_NOUNS = frozenset(
    "officer official coordinator director adviser advisor manager chief secretary spokesman "
    "spokesperson representative counselor counsellor commissioner chairman".split()
)

# Where the official's name and title end: a stop, or the classification's reasons.
_OFFICIAL_END = re.compile(r"[,;:]|\bfor reasons?\b|\breasons?\b|\b1\.[45]\b", re.IGNORECASE)


class PeopleRules(Collector):
    """The rules that find people in pass one."""

    def _person_by_lower_title(self, p: Passage, i: int, source: str) -> int:
        """A full name after a title in lower case: "PDVSA chief Rafael Ramirez", "opposition deputy ..."."""
        tok = p.tokens[i]
        if p.caps or tok.joined or p.owner[i] is not None:
            return 0
        window = p.text[max(0, tok.start - 40) : tok.start]
        if not window[-1:].isspace() or not window.rstrip().endswith(_LOWER_TITLE_WORDS):
            return 0
        before = _LOWER_TITLE_BEFORE.search(p.text, max(0, tok.start - 40), tok.start)
        if before is None:
            return 0
        k = p.name_from(i, 4)
        if k - i < 2 or any(len(t.text) == 1 for t in p.tokens[i:k]) and k - i < 3:
            return 0  # one word after "chief" may be anything; a full name is someone
        cand = PersonCandidate(p.name_key(i, k), before.group(1), None, [self._mention(p, i, k, source)])
        self.persons.append(cand)
        for idx in range(i, k):
            p.owner[idx] = ("person", cand.name)
        return k - i

    def _affiliation(self, p: Passage, i: int) -> str | None:
        """The organisation (or else country) named just before a title: "MFA ... Deputy Director"."""
        toks = p.tokens
        org = place = None
        j = i - 1
        while j >= 0 and toks[j + 1].joined and (p.caps or toks[j].cap) and i - j <= 12:
            if p.caps and p.owner[j] is None and common_in_caps(toks[j].low):
                break
            owner = p.owner[j]
            if owner is not None:
                if owner[0] == "org":
                    org = owner[1]
                elif owner[0] == "place":
                    place = owner[1]
            elif j > 0 and f"{toks[j - 1].low} {toks[j].low}" in DEMONYMS:
                place = DEMONYMS[f"{toks[j - 1].low} {toks[j].low}"]
                j -= 1
            elif toks[j].low in DEMONYMS:
                place = DEMONYMS[toks[j].low]
            j -= 1
        if (
            org is None
            and place is None
            and i >= 1
            and toks[i].joined
            and toks[i - 1].possessive
            and (owner := p.owner[i - 1])
        ):
            return owner[1]
        return org or place

    def _acronym_before_title(self, p: Passage, j: int, source: str) -> None:
        """An acronym no list knows before a title is the body the title is held in: "EGIS Chief
        Omar Soliman", "ADOC leader"; not a State bureau or an embassy section ("NEA A/S", "POL
        Chief"), which are office symbols."""
        tok = p.tokens[j]
        word = tok.text
        if not (3 <= len(word) <= 6 and word.isupper() and word.isalpha()) or word.lower() in OFFICE_CODES:
            return
        if word.lower() in COMMON_WORDS or p.text[tok.start - 1 : tok.start] == "/":
            return  # "THE", "WHA/BSC Director": a heading's word, an office symbol
        if j > 0 and p.tokens[j].joined and p.tokens[j - 1].cap:
            return  # inside a longer capitalised name
        self._add("org", word, "organisation", self._mention(p, j, j + 1, source), {"initials": word})
        p.owner[j] = ("org", word)

    def _person_by_title(self, p: Passage, i: int, source: str) -> int:
        low = p.tokens[i].low
        if low not in TITLE_FIRST and low not in TITLE_MODIFIERS:
            return 0
        end, strong = p.title_run(i)
        if end == i:
            return 0
        if not p.caps and i > 0 and p.owner[i - 1] is None and p.tokens[i].joined:
            self._acronym_before_title(p, i - 1, source)
        # (Each test below only says no: the cheap ones on the words after the title come before the
        # walk back for the title's body, most titles having no name after them: "the Minister said".)
        if end >= len(p.tokens) or not (p.tokens[end].joined or p.after_abbreviation(end)):
            return 0
        if p.tokens[end - 1].possessive:
            return 0  # "the Queen's Speech", "the Ambassador's Residence": what the title holds
        affiliation = self._affiliation(p, i)
        if not strong and affiliation is None:
            return 0  # "leader", "official" name someone only with a country or body ("Chechen leader")
        k = p.name_from(end, 3 if p.caps else 4)
        while k - end > 1 and p.tokens[end].low.endswith(PORTFOLIO_ENDINGS):
            end += 1  # "General Procurement Obaid Al Ketbi": the title's noun, then the name
        # (the first word's length settles most: a name's first word is seldom an initial)
        if k == end or (len(p.tokens[end].text) == 1 and all(len(t.text) == 1 for t in p.tokens[end:k])):
            return 0  # nothing, or only an initial ("Ambassador P.")
        if (
            k == end + 1
            and k < len(p.tokens)
            and p.tokens[k].low in _OFFICE_NOUNS
            and p.tokens[k].joined
            and not p.tokens[end].possessive
            and "\n" not in p.text[p.tokens[end].end : p.tokens[k].start]
        ):
            return 0  # "Chief Privacy Officer Callahan": the word was the title's, the name comes after
        title_text = p.span_text(i, end)
        if p.caps:
            title_text = " ".join(title_case(w) for w in title_text.split())
        cand = PersonCandidate(
            p.name_key(end, k), title_text, affiliation, [self._mention(p, end, k, source)]
        )
        self.persons.append(cand)
        for idx in range(end, k):
            p.owner[idx] = ("person", cand.name)
        self._places_in_title(p, i, end, source)
        return k - i

    def _places_in_title(self, p: Passage, i: int, end: int, source: str) -> None:
        """A place inside a title is still named ("Director General for the Middle East ...")."""
        idx = i
        while idx < end:
            found = p.gazetteer_at(idx) if p.tokens[idx].low in GAZ_LENGTHS else None
            if found is None or found[1].kind != "place" or idx + found[0] > end:
                idx += 1
                continue
            length, entry = found
            self._add(
                "place", entry.key, entry.type, self._mention(p, idx, idx + length, source), entry.extra
            )
            for j in range(idx, idx + length):
                p.owner[j] = ("place", entry.key)
            idx += length

    def _known_surname(self, p: Passage, i: int, source: str) -> int:
        """A well-known person's surname standing alone ("Castro holds", "MUGABE'S ZIMBABWE")."""
        if p.owner[i] is not None:
            return 0
        nxt = p.tokens[i + 1] if i + 1 < len(p.tokens) else None
        if nxt is not None and nxt.joined and not p.caps and nxt.cap and not p.tokens[i].possessive:
            return 0  # "Bush Administration", "Castro Ruz": the longer name is found otherwise
        word = p.tokens[i].text
        name = word if not p.caps and not word.isupper() else title_case(word)  # "McChrystal"
        self.persons.append(PersonCandidate(name, None, None, [self._mention(p, i, i + 1, source)]))
        p.owner[i] = ("person", name)
        return 1

    def _person_by_apposition(self, p: Passage, i: int, source: str) -> int:
        """Two or three unknown capitalised words set off by a comma and a lower-case word, or followed by
        a parenthesis or a verb of saying: "Galip Demirel, a prominent follower", "Hans Mueller (CDU)"."""
        # Every test below only says no, with nothing written before the last: the tests on the first
        # word alone come first (a sentence's opening word or a common one turns away half the calls).
        first = p.tokens[i]
        if first.low.endswith(("ing", "ed")) or first.low in COMMON_WORDS:
            return 0  # "Modifying Mercadante ...", "Born Ayranci": a sentence opens on a verb
        if len(first.text) > 2 and first.text.isupper():
            return 0  # "UEFA Champion's League": an acronym opens a thing's name, not a person's
        if first.low not in FIRST_NAMES and not inside_sentence(p.text, first.start):
            return 0  # "Whatever Medvedev said": a sentence's first word is a name only if a given one
        if p.owner[i] is not None or not p.namelike(i):
            return 0
        k = p.name_from(i, 3)
        if k - i < 2 or any(
            len(t.text) < 2 or not t.text.isalpha() and "-" not in t.text for t in p.tokens[i:k]
        ):
            return 0
        after = p.text[p.tokens[k - 1].end : p.tokens[k - 1].end + 12]
        if not (_APPOSITION.match(after) or (k < len(p.tokens) and p.tokens[k - 1].possessive)):
            return 0
        initials = "".join(t.text[0] for t in p.tokens[i:k] if t.low not in CONNECTORS).upper()
        if after.startswith(f" ({initials}"):
            return 0  # "Highly Enriched Uranium (HEU)" defines an acronym: a thing, not a person
        if _OFFICE_OF_BEFORE.search(p.text, max(0, p.tokens[i].start - 40), p.tokens[i].start):
            return 0  # "mayor of Riberao Preto (SP)": what an office is of is a place or a body
        words = p.tokens[i:k]
        if not any(t.low in FIRST_NAMES for t in words) and any(t.low.endswith(WORD_ENDINGS) for t in words):
            return 0  # "Employment Contract", "Cluster Munitions": English words, not a name
        if after.startswith(" (") and not _ACRONYM_OF_BODY.match(after):
            return 0  # in parentheses only a party or body says a person is meant ("Hans Mueller (CDU)")
        cand = PersonCandidate(p.name_key(i, k), None, None, [self._mention(p, i, k, source)])
        self.persons.append(cand)
        for idx in range(i, k):
            p.owner[idx] = ("person", cand.name)
        return k - i

    def _person_by_given_name(self, p: Passage, i: int, source: str) -> int:
        tok = p.tokens[i]
        if tok.low not in FIRST_NAMES or p.owner[i] is not None:
            return 0
        if not p.caps and not tok.cap:
            return 0
        k = p.name_from(i, 3 if p.caps else 4)
        if k - i < 2:
            return 0
        if k < len(p.tokens) and p.tokens[k].joined and p.tokens[k].low in ORG_HEADS_LOW:
            return 0  # "Mohammed Bin Rashid Foundation" names an organisation
        cand = PersonCandidate(p.name_key(i, k), None, None, [self._mention(p, i, k, source)])
        self.persons.append(cand)
        for idx in range(i, k):
            p.owner[idx] = ("person", cand.name)
        return k - i

    def read_official(self, raw: str, title: str | None, source: str) -> None:
        """The Classified By official or a signer: a title and name, or a bare name."""
        text = _OFFICIAL_END.split(raw, maxsplit=1)[0]
        text = text.strip(" .")
        if not text or REDACTION.search(text) or "XXXX" in text.upper():
            return
        before = len(self.persons)
        p = Passage(text, None, self.in_appendix, caps=text.isupper())
        for i in range(len(p.tokens)):
            if self._person_by_title(p, i, source):
                break
        if len(self.persons) == before:
            if p.tokens and p.title_at(0):
                return  # a title alone ("Ambassador", "Charge d'Affaires") names no one here
            k = p.name_from(0, 4) if p.tokens else 0
            if k == 0 or k < len(p.tokens):
                names = [t for t in p.tokens if t.text[0].isalpha()]
                if not (1 <= len(names) <= 4) or any(t.low in NOT_NAMES for t in names):
                    return
                k = len(p.tokens)
            self.persons.append(PersonCandidate(p.name_key(0, k), title, None, []))
        cand = self.persons[-1]
        cand.mentions = [Mention(None, None, None, self.in_appendix, source)]
        if title and not cand.title:
            cand.title = title
