"""One stretch of text being read (a paragraph, the subject, the appendix, a header field): its
tokens, which entity owns each, and the predicates the rules ask of them.
"""

from __future__ import annotations

from bisect import bisect_left

from cablescope_entities.countries import CAPS_AMBIGUOUS
from cablescope_entities.gazetteer import DEMONYMS, GAZ_FIRST, GAZ_LENGTHS, GAZETTEER, GazEntry
from cablescope_entities.lexicon import (
    ARTICLES,
    NOT_BODY_TAILS,
    ORG_HEADS_LOW,
    PORTFOLIO_ENDINGS,
    REDACTION,
    TITLE_LENGTHS,
    TITLE_TOKENS,
    common_in_caps,
    title_case,
)
from cablescope_entities.people import (
    COMMON_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    PORTFOLIO_WORDS,
    TITLE_MODIFIERS,
    WEAK_TITLES,
)
from cablescope_entities.tokens import capitalised_tokens, is_caps_text, token_start, tokenize

# Words after which a capitals "US" can be the pronoun.
_BEFORE_US_PRONOUN = frozenset(
    """about after against among ask asked assure assured at before between brief briefed by call called
    contact contacted for from gave give given gives help helped inform informed invite invited join
    joined keep kept leave left let like made make meet met of on remind reminded send sent show
    showed tell telling tells thank thanked to told toward towards upon urge urged visit visited warn
    warned with""".split()
)
# Words that show a world-list name is a place where capitals cannot ("IN TRABZON", "BISMIL DISTRICT").
_PLACE_BEFORE = frozenset(
    "in at from to near into outside around across via through toward towards visited northern southern "
    "eastern western central".split()
)
_PLACE_AFTER = frozenset(
    "province city district region governorate state county area prefecture town village river "
    "division".split()
)
# Built once: a capitalised word before a name in mixed case other than these makes it longer.
_PLACE_BEFORE_OR_COMMON = _PLACE_BEFORE | COMMON_WORDS

# Words never part of a name: not names, one-word titles and their modifiers, organisation heads,
# demonyms. One probe where ``namelike`` would make five (the lists are fixed once loaded).
_NEVER_NAMES = NOT_NAMES.union(
    (low for low, lengths in TITLE_LENGTHS.items() if 1 in lengths), TITLE_MODIFIERS, ORG_HEADS_LOW, DEMONYMS
)


class Passage:
    """Extraction state for one stretch of text (a paragraph, the appendix, a header field)."""

    def __init__(
        self, text: str, number: int | None, in_appendix: bool, caps: bool | None = None, source: str = "text"
    ):
        self.text = text
        self.source = source
        self.number = number
        self.in_appendix = in_appendix
        self.caps = is_caps_text(text) if caps is None else caps
        self.tokens = tokens = tokenize(text) if self.caps else capitalised_tokens(text)
        n = len(tokens)
        self.owner: list[tuple[str, str] | None] = [None] * n
        self.lows = lows = [t.low for t in tokens]
        """Each token's lower-case text: slices of it key the gazetteer and the titles."""
        self.run_end: list[int] = list(range(1, n + 1))
        """For each token, the index of the first later token not joined to it (past the end: none):
        a name of several words fits from i when it ends at run_end[i] or before."""
        # Most runs are one word (each token's own end is right): right to left, a joined token
        # gives the token before it the end of its run (the latest token not joined, or n).
        run_end = self.run_end
        end = n
        for j in range(n - 1, 0, -1):
            if tokens[j].joined:
                run_end[j - 1] = end
            else:
                end = j
        self.has_heads = not ORG_HEADS_LOW.isdisjoint(lows)
        self.next_head: list[int] = []
        """For each token, the index of the next organisation head word after it (past the end: none)."""
        if self.has_heads:
            # Filled head by head: the tokens from one head word up to the next point to the next.
            next_head = self.next_head
            opened = 0
            for head in [j for j, low in enumerate(lows) if low in ORG_HEADS_LOW]:
                next_head += [head] * (head - opened)
                opened = head
            next_head += [n + 7] * (n - opened)

    def token_at(self, start: int) -> int | None:
        """The index of the token that starts at offset ``start``, or None: the tokens' starts
        rise, so a bisection finds it."""
        i = bisect_left(self.tokens, start, key=token_start)
        return i if i < len(self.tokens) and self.tokens[i].start == start else None

    # -- token predicates ------------------------------------------------------------
    def namelike(self, i: int) -> bool:
        """Could token i be part of a person's name?"""
        tok = self.tokens[i]
        low = tok.low
        # (A redaction opens on an "x".)
        if low in _NEVER_NAMES or not tok.text[0].isalpha() or (low[0] == "x" and REDACTION.match(tok.text)):
            return False
        if self.caps:
            if common_in_caps(low):
                return False
        elif not tok.cap:
            return False
        return low not in GAZ_FIRST or self.gazetteer_at(i, weak=False) is None

    def _gaz_case_ok(self, entry: GazEntry, i: int) -> bool:
        toks = self.tokens
        if self.caps:
            if len(entry.surface) == 1:
                s = entry.surface[0]
                if s == "US":
                    return not self.us_is_pronoun(i)
                # Only real words: "BEIJING" and "WYOMING" end like "-ING" words but are places.
                if s.upper() in CAPS_AMBIGUOUS or s.lower() in COMMON_WORDS:
                    return False
            return True
        for k, s in enumerate(entry.surface):
            t = toks[i + k].text
            if s == t or s.islower() or (t in ARTICLES and s.lower() == t):
                continue  # the Arabic article is written either way ("Al Jazeera", "al Jazeera")
            if s.isupper() and len(s) > 1:
                return False
            if t.isupper() and len(t) > 1 and len(s) > 1:
                # "IRAN" written in capitals inside mixed text (a subject line) still counts.
                if t == s.upper():
                    continue
                return False
            if t[:1].upper() + t[1:] != s[:1].upper() + s[1:] or not t[:1].isupper():
                return False
        return True

    def names_a_body(self, i: int, k: int, acronym: str) -> bool:
        """Words i..k that ``acronym`` abbreviates name a body, not a law, plan, treaty or title
        ("Non-Proliferation Treaty (NPT)", "Deputy Chief of Mission (DCM)")."""
        if self.tokens[k - 1].low in NOT_BODY_TAILS or (acronym.lower(),) in TITLE_TOKENS:
            return False
        end, _strong = self.title_run(i)
        return end < k

    def us_is_pronoun(self, i: int) -> bool:
        """In capitals, "US" after a verb or preposition and before a small word or a stop is "us"
        ("TOLD US THAT", "WITH US."); elsewhere it is the country ("US IN FACT HAS", "OFF US COAST")."""
        toks = self.tokens
        if i == 0 or toks[i - 1].low not in _BEFORE_US_PRONOUN or not toks[i].joined:
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is None or not nxt.joined or nxt.low in COMMON_WORDS

    def place_alone(self, i: int, k: int) -> bool:
        """Tokens i..k are no part of a longer capitalised name ("Garcia" in "Genaro Garcia Luna" is not
        the town); in capitals, where that cannot be seen, a preposition or a place word must say so."""
        toks = self.tokens
        before = toks[i - 1] if i > 0 and toks[i].joined else None
        after = toks[k] if k < len(toks) and toks[k].joined else None
        if self.caps:
            return (before is not None and before.low in _PLACE_BEFORE) or (
                after is not None and after.low in _PLACE_AFTER
            )
        if before is not None and before.cap and before.low not in _PLACE_BEFORE_OR_COMMON:
            return False
        return after is None or not after.cap or after.low in _PLACE_AFTER or after.low in COMMON_WORDS

    def gazetteer_at(self, i: int, weak: bool = True) -> tuple[int, GazEntry] | None:
        toks = self.tokens
        lengths = GAZ_LENGTHS.get(toks[i].low)
        if lengths is None:
            return None
        fits = self.run_end[i] - i  # the most words joined from i
        # In mixed case a one-word name written as the list writes it is the commonest match, and
        # needs none of ``_gaz_case_ok``'s tests (all of them pass on an equal word).
        written = None if self.caps else toks[i].text
        for length in lengths:
            if length > fits and length > 1:
                continue
            entries = GAZETTEER.get((toks[i].low,) if length == 1 else tuple(self.lows[i : i + length]))
            if not entries:
                continue
            for entry in entries:
                if entry.weak and not (weak and self.place_alone(i, i + length)):
                    continue
                if (length == 1 and entry.surface[0] == written) or self._gaz_case_ok(entry, i):
                    if length == 1 and toks[i].text in "-+":
                        continue
                    return length, entry
        return None

    def title_at(self, i: int) -> int:
        """Length of the title that starts at token i (0 if none)."""
        tok = self.tokens[i]
        lengths = TITLE_LENGTHS.get(tok.low)
        if lengths is None or (not self.caps and not tok.cap):
            return 0
        fits = self.run_end[i] - i
        lows = self.lows
        for length in lengths:
            if length <= fits and (length == 1 or tuple(lows[i : i + length]) in TITLE_TOKENS):
                return length
        return 0

    def title_run(self, i: int) -> tuple[int, bool]:
        """End index (exclusive) of a run of title words and modifiers from i, and whether it holds a
        title."""
        toks = self.tokens
        n = len(toks)
        j = i
        strong = False
        floor = i  # the end of a portfolio ("Minister of Energy"): never trimmed back
        while j < n:
            if j > i and not toks[j].joined:
                break
            if j > i and toks[j - 1].possessive:
                break
            tok = toks[j]
            if not self.caps and not tok.cap:
                break
            length = self.title_at(j)
            if length:
                if length > 1 or self.lows[j] not in WEAK_TITLES:
                    strong = True
                j += length
                if length > 1:
                    floor = j  # a whole title ("Secretary of State") is never trimmed
                # "Minister of Foreign Affairs", "Secretary of State", "Envoy for the Middle East"
                if j + 1 < n and toks[j].low in ("of", "for") and toks[j].joined:
                    k = j + 1
                    while k < n and toks[k].joined:
                        if toks[k].low in PORTFOLIO_WORDS or toks[k].low.endswith(PORTFOLIO_ENDINGS):
                            k += 1  # "Minister of Government Coordination", "... of Procurement"
                            continue
                        place = self.gazetteer_at(k)
                        if place is None:
                            break
                        k += place[0]
                    while k > j + 1 and toks[k - 1].low in ("the", "and", "of"):
                        k -= 1
                    if k < n and toks[k].joined and toks[k].low in ORG_HEADS_LOW:
                        k = j  # "Director of the National Security Bureau": a body, not a portfolio
                    if k > j + 1:
                        j = floor = k
                continue
            if tok.low in TITLE_MODIFIERS:
                j += 1
                continue
            break
        # A run must end on a title word, not on a modifier ("National Security Council").
        while j > floor and toks[j - 1].low in TITLE_MODIFIERS and not self.title_at(j - 1):
            j -= 1
        return j, strong

    def after_abbreviation(self, j: int) -> bool:
        """Token j follows an abbreviated title and its full stop ("Dr. Siddiqui", "Gen. Jones")."""
        prev = self.tokens[j - 1]
        return (
            j > 0
            and len(prev.text) <= 5
            and (prev.low,) in TITLE_TOKENS
            and self.text[prev.end : self.tokens[j].start].strip() == "."
        )

    def name_from(self, j: int, limit: int = 4) -> int:
        """End index (exclusive) of the person's name that starts at token j (j if none)."""
        toks = self.tokens
        n = len(toks)
        k = j
        count = 0
        while k < n and count < limit:
            tok = toks[k]
            if k > j and not tok.joined and not self._after_initial(k):
                break
            if k > j + 1 and toks[k - 2].text.isupper() and len(toks[k - 2].text) == 1 and tok.text != "-":
                break  # one surname after a middle initial: "Thomas T. Riley Mohamed Yassine" is a list
            if k > j and toks[k - 1].possessive:
                break
            if (
                tok.text == "-"
                and k > j
                and k + 1 < n
                and tok.start == toks[k - 1].end
                and toks[k + 1].start == tok.end
                and toks[k + 1].text.isalpha()
                and self.gazetteer_at(k + 1, weak=False) is None  # "Jiang Zemin-Shanghai" joins a place
            ):
                k += 2  # "Roh Moo-hyun", "Zia ul-Haq"
                continue
            if k > j and tok.low in NAME_PARTICLES and k + 1 < n and toks[k + 1].joined:
                nxt = k + 1
                # Particles come in runs ("von und zu Guttenberg", "Lula da Silva", "bin Abd al-Aziz").
                while nxt + 1 < n and toks[nxt].low in NAME_PARTICLES and toks[nxt + 1].joined:
                    nxt += 1
                if toks[nxt].text == "-" and nxt + 1 < n:
                    nxt += 1
                if self.namelike(nxt):
                    k = nxt + 1
                    count += 1
                    continue
            if (
                len(tok.text) == 1
                and tok.text.isupper()
                and k > j
                and self.text[tok.end : tok.end + 1] == "."
            ):
                k += 1  # a middle initial
                continue
            if tok.low in ("al", "el") and k + 2 < n and toks[k + 1].text == "-" and self.namelike(k + 2):
                k += 3
                count += 1
                continue
            if (
                k == j
                and not self.caps
                and tok.text in ARTICLES
                and k + 1 < n
                and toks[k + 1].joined
                and toks[k + 1].cap
                and self.namelike(k + 1)
            ):
                k += 2  # "Labor Minister al Ka'abi": the article written apart opens the name
                count += 1
                continue
            if not self.namelike(k):
                break
            if self.owner[k] is not None:
                break
            k += 1
            count += 1
        # Never end on an initial or a particle ("Robert M." is a name cut short, not a name).
        while k > j and (
            toks[k - 1].low in NAME_PARTICLES or toks[k - 1].text == "-" or len(toks[k - 1].text) == 1
        ):
            k -= 1
        return k

    def _after_initial(self, k: int) -> bool:
        """Token k follows a middle initial and its full stop ("George W. Bush"), which the
        tokens part as they part any words a stop stands between."""
        prev = self.tokens[k - 1]
        return (
            len(prev.text) == 1 and prev.text.isupper() and self.text[prev.end : self.tokens[k].start] == ". "
        )

    def name_key(self, j: int, k: int) -> str:
        parts: list[str] = []
        toks = self.tokens
        for idx in range(j, k):
            tok = toks[idx]
            word = tok.text
            if self.caps or (len(word) > 2 and word.isupper()):
                # a name in capitals ("JOSE LUIS PAREDES", "Michel BARNIER") is keyed as one is written
                word = word.lower() if word.lower() in NAME_PARTICLES else title_case(word)
            if (len(word) == 1 and word.isupper()) or word.lower() in ("jr", "sr"):
                word += "."
            if idx > j and (tok.text == "-" or toks[idx - 1].text == "-"):
                parts[-1] += word
            else:
                parts.append(word)
        return " ".join(parts)

    def span_text(self, j: int, k: int) -> str:
        text = self.text[self.tokens[j].start : self.tokens[k - 1].end]
        return " ".join(text.split())
