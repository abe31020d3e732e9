"""Pass one, organisations and places: set phrases (governments, posts), gazetteer names,
capitalised runs ending in a head word ("Iran Novin Party"), lower-case heads ("the Haqqani
network"), features ("Black Sea"), divisions ("Kayah State"); and merging one body's forms.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from cablescope_entities.entity import Mention
from cablescope_entities.gazetteer import DEMONYMS, GAZ_LENGTHS, GazEntry, country_in, entries_of, place_named
from cablescope_entities.lexicon import (
    ARTICLES,
    CAPS_BODY_INNER,
    CAPS_BODY_OPENERS,
    CONNECTORS,
    DATE_WORDS,
    DIVISIONS,
    GEO_HEADS_LOW,
    HEADS_BEFORE_OF,
    LOCAL_LEVELS,
    ORG_HEADS_LOW,
    ORG_NON_STARTS_LOW,
    REDACTION,
    TITLE_FIRST,
    common_in_caps,
    opens_no_sentence,
    title_case_name,
    title_case_words,
)
from cablescope_entities.org_merging import OrganisationMerging
from cablescope_entities.paragraph import Passage
from cablescope_entities.people import (
    COMMON_WORDS,
    FIRST_NAMES,
)
from cablescope_entities.phrases import government_phrases, post_phrases, websites
from cablescope_entities.place_rules import (
    HEAD_FIRST_FEATURES,
    MODIFIER_ENDINGS,
    ORDINALS,
    PlaceRules,
    body_word_after,
    not_a_feature_name,
    regional_government,
)
from cablescope_entities.tokens import Token, token_start

_POST_WORDS = {
    "amembassy": "Embassy",
    "embassy": "Embassy",
    "consulate": "Consulate",
    "congen": "Consulate General",
    "general": "Consulate General",
    "amconsul": "Consulate",
    "usdao": "USDAO",
    "mission": "Mission",
}


def _post_word(post: str) -> str:
    """ "U.S. Embassy" and "AMEMBASSY" are both "Embassy"."""
    return _POST_WORDS.get(post.split()[-1].lower(), post)


# Country names that take "the" ("the Government of the Netherlands").
_THE_COUNTRIES = frozenset(
    {"Bahamas", "Gambia", "Netherlands", "Philippines", "Maldives", "Comoros", "Seychelles", "Vatican"}
)


def government_key(country: str) -> str:
    the = country.startswith(
        ("United ", "Czech", "Central African", "Dominican", "Democratic Republic", "Republic of")
    )
    return f"Government of {'the ' if the or country in _THE_COUNTRIES else ''}{country}"


# Words for a body written in lower case after its name ("the Haqqani network"); after a media
# word the name alone is the body's ("the Al-Ayam newspaper").
_MEDIA_WORDS = frozenset({"newspaper", "daily", "weekly", "magazine"})
# Words for a company, a club or an association: the name alone is the body's, before the word
# (with one word of its trade between: "the Yapi construction company", "Kartalspor football club")
# or after it ("the Austrian company Schiebel", "the businessmen's association MUSIAD").
_TRADE_WORDS = frozenset({"company", "firm", "association", "club"})
_NAME_AFTER_WORDS = _MEDIA_WORDS | _TRADE_WORDS
# Found by the words alone, each by a substring search (a pattern of them all opens on any of nine
# common letters, and was tried at each: ten times slower); what stands around them is then checked.
# No word holds another, nor opens with its own ending: the searches find each place once.
_LOWER_HEAD_WORDS = tuple(
    "party network mosque brotherhood movement militia newspaper daily weekly magazine company firm "
    "association club".split()
)
# What the text is searched for first: " firm", lest every "confirmed" start the searches.
_LOWER_HEAD_HINTS = tuple(" firm" if word == "firm" else word for word in _LOWER_HEAD_WORDS)


def _lower_head_words(text: str) -> list[tuple[int, str]]:
    """Where each body's word stands as a word's end (``word\\b``), in the order of the text."""
    found: list[tuple[int, str]] = []
    find = text.find
    for word in _LOWER_HEAD_WORDS:
        at = find(word)
        while at != -1:
            end = at + len(word)
            after = text[end : end + 1]
            if not (after.isalnum() or after == "_"):
                found.append((at, word))
            at = find(word, end)
    found.sort()
    return found


_TRADE_BEFORE = re.compile(r"(?<=[A-Za-z0-9] )[a-z]{4,}[ \t\n]\Z")


def _lower_heads(text: str) -> Iterator[tuple[str, bool, int, int]]:
    """Each body's word in lower case: the word, whether the name follows it ("daily Al-Ayam") rather
    than stands before it ("the Haqqani network"), and where the word (with the blank after it when
    the name follows) starts and ends."""
    if not any(map(text.__contains__, _LOWER_HEAD_HINTS)):  # no generator: the loop stays in C
        return  # most paragraphs have none: fourteen substring tests spare the searches for each word
    for at, word in _lower_head_words(text):
        end = at + len(word)
        if (
            word in _NAME_AFTER_WORDS
            and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"))
            and text[end : end + 1].isspace()
            and "A" <= text[end + 1 : end + 2] <= "Z"
        ):
            yield word, True, at, end + 1
        elif at > 0 and text[at - 1] in " \t\n":
            if word in _TRADE_WORDS:
                # the trade's word between: "the Yapi construction company" (where the name ends)
                trade = _TRADE_BEFORE.search(text, max(0, at - 20), at)
                if trade is not None:
                    yield word, False, trade.start(), end
                    continue
            yield word, False, at, end


# A group named by its members' number ("EU-3", "G-4") and a task force by its number ("CTF-150").
# ("G-2" is a staff's intelligence section, "G-6/2" a sector of Islamabad.)
_NUMBERED_BODY = re.compile(
    r"(?<![\w/-])(?:EU-[0-9]{1,2}|G-(?:[4-9]|[1-9][0-9])|C?J?TF-[0-9]{1,3})(?![\w/-])"
)

_HYPHEN_DIGIT = re.compile(r"-[0-9]")


def _in_office_symbol(text: str, start: int) -> bool:
    """The word at ``start`` follows a slash and one capital ("D/USTR", "S/CT"): an office symbol.
    A longer word before the slash may be a body or a place ("CDU/CSU", "US/EU")."""
    return (
        start > 1
        and text[start - 1] == "/"
        and text[start - 2].isupper()
        and (start == 2 or not text[start - 3].isalnum())
    )


def _may_open_a_body(p: Passage, i: int) -> bool:
    """Token i may open a body's name that runs on to a head word within reach."""
    # No head word within reach of the walk (it stops where the run does): nothing opens here. The
    # commonest answer, and the cheapest test, so it comes first (every test below only says no).
    if not (p.next_head[i] <= i + 6 and p.next_head[i] < p.run_end[i]):
        return False
    toks = p.tokens
    first = toks[i]
    if first.low in ORG_NON_STARTS_LOW or first.low in ORG_HEADS_LOW or first.low in CONNECTORS:
        return False  # dates, headings and sentence openers are not part of a name
    if first.start > 1 and p.text[first.start - 1] == "-" and p.text[first.start - 2].isalnum():
        return False  # the second half of a hyphenated word ("ULTRA-NATIONALIST PAN IRANIST PARTY")
    if len(first.text) == 1 and i + 1 < len(toks) and toks[i + 1].cap:
        return False  # a bullet letter ("Q The European Court ...") or an initial
    if first.low == "general" and (i + 1 >= len(toks) or toks[i + 1].low in ("and", "of", "-")):
        return False  # "Consul General and Embassy" is two things
    if (
        p.caps
        and common_in_caps(first.low)
        and first.low not in DEMONYMS
        and not (
            first.low in CAPS_BODY_OPENERS
            and (
                (i > 0 and first.joined and toks[i - 1].low == "the")
                or (i + 1 < len(toks) and toks[i + 1].low in DEMONYMS)
            )
        )
    ):
        return False  # an ordinary word; a few open a body after "THE" or before a nationality
    # one word alone, not a head: no organisation starts here
    return i + 1 < len(toks) and toks[i + 1].joined


def _common_plural(tok: Token) -> bool:
    """A possessive that belongs inside a body's name: "People's", "Workers'", "Seafarers'"."""
    return tok.low in COMMON_WORDS or tok.text.endswith(("s'", "s\u2019"))


_MINISTRY_KEYS = ("Ministry", "Department", "Foreign and Commonwealth Office")


class OrganisationRules(PlaceRules, OrganisationMerging):
    """The rules that find organisations and places in pass one."""

    def _phrases(self, p: Passage) -> None:
        """Governments ("the German Government") and posts ("Embassy Madrid"), before the word rules:
        the country or city inside them is part of the body's name, not a place of its own."""
        for phrase in government_phrases(p.text):
            found = country_in(phrase.words)
            if found is not None:
                country, offset, length = found
                start = phrase.words_start + offset
                self._claim(
                    p, start, phrase.end, "org", government_key(country), "government", {"country": country}
                )
            elif (at := regional_government(phrase.words)) is not None:
                # "the Catalan government", "Madrid Regional Government": a region's or a city's own
                # "Government of Catalonia" opens on its word; "the Catalan government" on the region's
                start = phrase.start if phrase.start < phrase.words_start else phrase.words_start + at
                end = phrase.end - 1 if p.text[phrase.end - 1] == "." else phrase.end
                key = " ".join(p.text[start:end].split())
                key = title_case_words(key) if p.caps else key[0].upper() + key[1:]
                self._claim(p, start, end, "org", key, "government", {})
        text = p.text
        # most paragraphs have none: three substring tests in C spare the pattern's scan, and one
        # search for a hyphen before a digit (which each of them holds) spares most of those
        # (short needles are slow to search for: "G-" took five times as long)
        numbered = _HYPHEN_DIGIT.search(text) and ("EU-" in text or "G-" in text or "TF-" in text)
        for m in _NUMBERED_BODY.finditer(text) if numbered else ():
            if not entries_of(m.group()):  # "G-8" is the list's
                self._claim(p, m.start(), m.end(), "org", m.group(), "organisation", {})
        for start, end, site in websites(text):
            listed = [e.key for e in entries_of(site) if e.kind == "org"]
            self._claim(p, start, end, "org", listed[0] if listed else site, "organisation", {})  # "b92.net"
        for phrase in post_phrases(p.text):
            ends = [m.end() for m in re.finditer(r"\w[\w'\u2019-]*", phrase.words)]
            for count in range(len(ends), 0, -1):
                place = " ".join(phrase.words[: ends[count - 1]].split())
                if place_named(place):
                    post = " ".join(p.text[phrase.start : phrase.words_start].split())
                    key = f"{_post_word(post)} {title_case_words(place) if p.caps else place}"
                    self._claim(p, phrase.start, phrase.words_start + ends[count - 1], "org", key, "post", {})
                    break

    def _bodies_before_lower_heads(self, p: Passage, source: str) -> None:
        """A name and a body's word in lower case after it, as cables write them: "the Haqqani
        network", "the Junbesh party", "the Adda'wa mosque" (the word is part of the name); "the
        Al-Ayam newspaper", "daily Al-Ayam" (the name alone is the paper's); "the Milli Gorus
        Islamist movement" (the name is before the adjective). Not after a nationality, a common
        word, a title or a sentence's first word ("Afghan government", "The party")."""
        toks = p.tokens
        for word, name_follows, head_start, head_end in _lower_heads(p.text):
            if name_follows:  # "daily Al-Ayam"
                i = p.token_at(head_end)
                if i is None:
                    continue
                k = p.run_end[i] - 1
                if k - i > 5 or p.text[toks[k].end : toks[k].end + 2].strip()[:1].isdigit():
                    continue  # "a rival company Euro 750 million": an amount, no name
            else:
                k = bisect_left(toks, head_start, key=token_start) - 1
                if k < 0 or toks[k].end != head_start - 1:
                    continue
                i = k
                while i > k - 3 and toks[i].joined and (toks[i - 1].cap or toks[i - 1].text == "-"):
                    i -= 1
            while i < k and toks[i].text == "-":
                i += 1
            words = [t for t in toks[i : k + 1] if t.text != "-"]
            if (
                toks[k].possessive
                or not opens_no_sentence(p.text, toks[i].start)
                or any(p.owner[idx] is not None for idx in range(i, k + 1))
                or any(not t.cap or t.low in DEMONYMS or t.low in COMMON_WORDS for t in words[1:])
                or not words[0].cap
                or words[0].low in DEMONYMS
                or (words[0].low in COMMON_WORDS and words[0].low not in ARTICLES)
                or words[0].low in ORG_NON_STARTS_LOW
                or any(p.title_at(idx) or p.gazetteer_at(idx) for idx in range(i, k + 1))
                or (words[0].low in FIRST_NAMES and len(words) > 1)
                or (
                    len(words) == 1
                    and (len(words[0].text) < 3 or words[0].low.endswith(("an", "ish", "ese", "ist")))
                )
            ):
                # "TV network"; "Catalan party", "Chechnyan network": of a people, not a name; "the
                # Socialist party": a creed, as "Islamist" below, that the party's name says otherwise
                continue
            if len(words) > 1 and words[-1].low.endswith("ist"):
                # "Milli Gorus Islamist movement": an adjective after the name, no part of it
                self._claim(p, toks[i].start, toks[k - 1].end, "org", p.span_text(i, k), "organisation", {})
            elif word in _NAME_AFTER_WORDS or (len(words) == 1 and words[0].text.isupper()):
                # "the Al-Ayam newspaper"; "the PD party" is the PD
                self._claim(p, toks[i].start, toks[k].end, "org", p.span_text(i, k + 1), "organisation", {})
            elif not name_follows:
                key = f"{p.span_text(i, k + 1)} {word.title()}"
                self._claim(p, toks[i].start, head_end, "org", key, "organisation", {})

    def _org_by_head(self, p: Passage, i: int) -> int:
        """Length of a capitalised run from i that ends in an organisation word ("Iran Novin Party");
        asked only where a head word stands at i or after it in its run (``Passage.next_head``)."""
        toks = p.tokens
        first = toks[i]
        if first.low in ORG_HEADS_LOW and i + 2 < len(toks) and toks[i + 1].low in ("of", "for"):
            if first.low in GEO_HEADS_LOW and first.low not in HEAD_FIRST_FEATURES:
                return 0  # "Province of Buenos Aires", "Coast of Somalia": the place after it is the name
            # "Council of Representatives", "Bank of Kazakhstan": the head word first.
            if p.caps and first.low not in HEADS_BEFORE_OF:
                return 0  # "FORCE OF MEDICAL ...": in capitals only a body's own word opens one
            grown = self._of_extension(p, i, 1)
            return grown if grown > 1 else 0
        if not p.caps and len(first.text) >= 5 and first.text.isupper():
            return 0  # a heading in capitals inside mixed-case text ("CHINESE PERCEPTIONS OF ...")
        if (
            first.low in TITLE_FIRST
            and p.title_at(i)
            and (end := p.title_run(i)[0]) < p.run_end[i]
            and toks[end - 1].possessive
        ):
            # "the President's Office", "Prosecutor General's Office": the office a title holds
            head = toks[end]
            if head.low in ORG_HEADS_LOW and head.low not in GEO_HEADS_LOW and (p.caps or head.cap):
                return end + 1 - i
        if not _may_open_a_body(p, i):
            return 0
        n = len(toks)
        best = 0
        k = i
        while k < n and k - i < 7:
            tok = toks[k]
            if k > i and (not tok.joined or (toks[k - 1].possessive and not _common_plural(toks[k - 1]))):
                break  # "Iran's Revolutionary Guard" is two names; "Sudan People's Liberation Army" one
            if (tok.low[:1] == "x" and REDACTION.match(tok.text)) or (
                not p.caps and len(tok.text) >= 5 and tok.text.isupper()
            ):
                break  # a redaction, or a heading in capitals inside mixed-case text
            after_hyphen = k > i and toks[k - 1].text == "-" and toks[k - 1].end == tok.start
            if after_hyphen and tok.low in MODIFIER_ENDINGS:
                return 0  # "Hong Kong-based Phoenix Television": a modifier, the name comes after
            if k > i and (tok.low in CONNECTORS or (tok.low == "and" and k + 1 < n and toks[k + 1].cap)):
                if tok.low == "and" and not any(t.low in ("of", "for") for t in toks[i:k]):
                    break  # "Ministry of Trade and Industry" is one body; "Fraga and Deutsche Bank" is not
                if tok.low == "the" and toks[k - 1].low not in ("of", "for"):
                    break  # "Later the Export Board": "the" opens a name only after "of" or "for"
                if p.caps and tok.text != "-":
                    break  # in capitals "GOALS OF ... PARTY" cannot be told from a name: no small words
                if tok.text != "-" and (found := p.gazetteer_at(i)) and found[0] == k - i:
                    break  # "China for ...": a whole name then a small word is not one organisation
                k += 1
                continue
            if not after_hyphen:
                if not p.caps and not tok.cap:
                    break
                armed = tok.low == "armed" and k + 1 < n and toks[k + 1].low == "forces"  # "ARMED FORCES"
                if (
                    p.caps
                    and k > i
                    and common_in_caps(tok.low)
                    and tok.low not in ORG_HEADS_LOW
                    and not armed
                    and not (tok.low in CAPS_BODY_INNER and p.next_head[k] == k + 1)
                ):
                    break  # but "NATIONAL IRANIAN OIL COMPANY", "SPECIAL INVESTIGATIVE UNIT"
            if p.title_at(k) and tok.low not in ORG_HEADS_LOW and tok.low != "general":
                break  # "General" is part of many names: "General Staff", "General Intelligence ..."
            if tok.low in ORG_HEADS_LOW and k > i:
                if tok.low in GEO_HEADS_LOW and body_word_after(p, k):
                    k += 1  # "Kampala District Court", "Coast Guard": the place's word is in a body's name
                    continue
                if tok.low == "administration" and k == i + 1:
                    # "the Obama Administration" names the president, "US Administration" a country
                    return 0
                best = k + 1 - i
                break  # "West Asian Affairs Department | Iran Division": the first head ends a name
            k += 1
        if best and toks[i + best - 1].low in GEO_HEADS_LOW:
            return best  # "Eastern Province | of Saudi Arabia": a place's word takes no "of"
        return self._of_extension(p, i, best) if best else 0

    def _of_extension(self, p: Passage, i: int, best: int) -> int:
        """Grow an organisation name by "of" and a place or capitalised words ("Bank of Kazakhstan"),
        or by "for" and them ("Fund for Democracy", "Office for the Coordination of ...") where the
        name has no "of" or "for" yet ("Chiefs of Staff for Senator X" is no body's name)."""
        grown = self._grown_by(p, i, best, ("of", "for"))
        if grown > best and p.tokens[i + best].low == "for":
            grown = self._grown_by(p, i, grown, ("of",))  # "... for the Coordination of Humanitarian ..."
        return grown

    def _grown_by(self, p: Passage, i: int, best: int, words: tuple[str, ...]) -> int:
        toks = p.tokens
        n = len(toks)
        # "Development Bank of Kazakhstan", "Council of Representatives"
        end = i + best
        if end + 1 < n and toks[end].low in words and toks[end].joined and toks[end + 1].joined:
            if toks[end].low == "for" and any(t.low in ("of", "for") for t in toks[i:end]):
                return best
            k = end + 1
            if toks[k].low == "the" and k + 1 < n and toks[k + 1].joined:
                k += 1  # "Office of the Presidency"
            named = p.gazetteer_at(k)
            if named is not None and (named[1].kind == "place" or toks[end].low == "of"):
                return k + named[0] - i  # "Development Bank of Kazakhstan"; not "Staff for the MFA"
            start = k
            while k < n and k - start < (1 if p.caps else 5) and toks[k].joined and toks[k].text.isalpha():
                tok = toks[k]
                if tok.low == "and" and not p.caps and k > start and k + 1 < n and toks[k + 1].cap:
                    k += 1  # "Ministry of Maritime Affairs and Fisheries"
                    continue
                if not (p.caps or tok.cap) or (not p.caps and tok.text.isupper() and len(tok.text) > 1):
                    break
                # in capitals one word only, and no ordinary one ("ASSEMBLY OF 510" is no name)
                if p.caps and common_in_caps(tok.low) or p.title_at(k) or tok.low in ORG_HEADS_LOW:
                    break
                if tok.low in DATE_WORDS:
                    break  # "Mangal Airlines for the December ...": a date
                k += 1
                if tok.possessive:
                    break
            while k > start and toks[k - 1].low == "and":
                k -= 1  # "Ministry of Trade and" at the end of the words taken
            if k < n and toks[k].text == "-" and toks[k].start == toks[k - 1].end:
                return best  # "Committee for the Well-being": the words end inside a word
            if k > start:
                best = k - i
        return best

    def _place_or_org(self, p: Passage, i: int, source: str) -> int:
        found = p.gazetteer_at(i) if p.tokens[i].low in GAZ_LENGTHS else None
        # A body's name needs a head word at i or after it in its run (most gazetteer names have none).
        heads = p.has_heads and (p.tokens[i].low in ORG_HEADS_LOW or p.next_head[i] < p.run_end[i])
        head_len = self._org_by_head(p, i) if heads else 0
        if head_len and self._local_branch(p, i, head_len):
            head_len = 0  # "Henan Province Party": the ruling party's branch, no name of its own
        if (
            found
            and head_len == found[0] + 1
            and found[1].kind == "place"
            and found[1].type != "country"
            and p.tokens[i + found[0]].low in DIVISIONS
        ):
            head_len = 0  # "Magway Division", "Bahia Province": a province by its own word
        if found and (
            found[0] >= head_len
            or (found[1].kind == "org" and not self._longer_body(p, i, found[0], head_len, found[1].key))
        ):
            length, entry = found
            if (
                entry.kind == "org"
                and length == 1
                and _in_office_symbol(p.text, p.tokens[i].start)
                and (i == 0 or (before := p.owner[i - 1]) is None or before[0] != "org")
            ):
                return 1  # an office symbol ("D/USTR"), not a pair of bodies ("CDU/CSU"): no body
            return self._place_with_division(p, i, length, entry, source)
        if head_len:
            toks = p.tokens
            key = p.span_text(i, i + head_len)
            if p.caps:
                key = title_case_name(key)
            if toks[i + head_len - 1].low == "embassy" and head_len == 2:
                country = DEMONYMS.get(toks[i].low) or (p.owner[i] or (None, None))[1]
                if toks[i].low in ("u.s.", "us", "american"):
                    return head_len  # the cable's own post: a stock phrase, not an entity
                if country is None:
                    return 0
                key = f"Embassy of {country}"
            if found and found[1].type == "country" and toks[i + head_len - 1].low in GEO_HEADS_LOW:
                return self._place_with_division(p, i, found[0], found[1], source)  # "Canada | James Bay"
            if toks[i].low in GEO_HEADS_LOW and head_len > 2:
                if found and found[1].kind == "place":  # "Strait of Hormuz", not "... Hormuz Khark"
                    return self._place_with_division(p, i, found[0], found[1], source)
                return self._named_feature(p, i, head_len, source)  # "Gulf of Guinea", "Sea of Japan"
            if toks[i + head_len - 1].low in GEO_HEADS_LOW and not any(
                t.low in ORG_HEADS_LOW and t.low not in GEO_HEADS_LOW for t in toks[i : i + head_len - 1]
            ):
                # not "Movement for ... the Niger Delta", "Malakand Division of ... Province"
                if feature := self._feature(p, i, head_len, source):
                    return feature
                return self._place_with_division(p, i, found[0], found[1], source) if found else 0
            self._take(p, i, i + head_len, "org", key, "organisation", source)
            return head_len
        if found:
            length, entry = found
            return self._place_with_division(p, i, length, entry, source)
        return 0

    @staticmethod
    def _longer_body(p: Passage, i: int, length: int, head_len: int, found_key: str) -> bool:
        """A body the list knows opens a longer body's name: its head word then more ("Ministry of
        Energy and Economy"), or it is the first half of a hyphenated name ("NATO-Russia Council")."""
        toks = p.tokens
        end = i + length
        if end + 1 >= len(toks) or not toks[end].joined:
            return False
        if toks[i].low in ORG_HEADS_LOW and length > 1:
            # "... and" one more word that ends the name; not "... and Armed Forces" (two bodies)
            last = toks[end + 1]
            return (
                toks[end].low == "and"
                and last.joined
                and last.cap
                and not last.text.isupper()  # "the Ministry of Foreign Affairs and PM's office"
                and last.low not in ORG_HEADS_LOW
                and (end + 2 >= len(toks) or not toks[end + 2].joined)
            )
        if length == 1 and toks[i].text.isupper() and len(toks[i].text) <= 4 and toks[end].text != "-":
            if found_key.startswith(_MINISTRY_KEYS):
                return False  # "MFA West Asian Affairs Department": the ministry, then its department
            # "UN Fund for Democracy", "NATO Response Force": a body of the body; not "EU Council",
            # "FDP Party" (the body itself) nor "MFA-affiliated China Institute"
            return head_len >= 3
        hyphen, country = toks[end], toks[end + 1]
        # "NATO-Russia Council", not "Hamas-led Palestinian Authority"
        return (
            hyphen.text == "-"
            and hyphen.start == toks[end - 1].end
            and country.start == hyphen.end
            and (found := p.gazetteer_at(end + 1)) is not None
            and found[1].type == "country"
        )

    @staticmethod
    def _local_branch(p: Passage, i: int, length: int) -> bool:
        """ "Provincial Party", "Henan Province Party": a party named by a place or a level of
        government only (the guideline's "the Party" for a ruling party's branch), not a name."""
        toks = p.tokens
        if toks[i + length - 1].low != "party":
            return False
        k = i
        while k < i + length - 1:
            if toks[k].low in LOCAL_LEVELS or toks[k].low in DIVISIONS:
                k += 1
            elif (found := p.gazetteer_at(k)) is not None and found[1].kind == "place":
                if found[1].type == "country":
                    return False  # "Iraqi Communist Party", "Iran Party": a country's party is one
                k += found[0]
            else:
                return False
        return True

    def _feature(self, p: Passage, i: int, length: int, source: str) -> int:
        """A place named by its feature word ("Black Sea", "Bagram Airfield", "Falkland Islands"): the
        words just before the feature word, two at most (one in capitals), plain capitalised words."""
        toks = p.tokens
        end = i + length
        start = end - 1
        while start > i and end - start < (2 if p.caps else 3):
            tok = toks[start - 1]
            if not tok.text.isalpha() or tok.low in CONNECTORS or (p.caps and common_in_caps(tok.low)):
                break
            start -= 1
        if any(toks[k].low in ORDINALS for k in range(start, end - 1)):
            return 0  # "Istanbul Second District": a district of Istanbul, named by its number
        while start < end - 1 and not_a_feature_name(toks[start].low, toks[start].text, p.caps):
            start += 1  # "Forward Operating Base", "Istanbul Second District", "Argentine Coast"
        if start == end - 1 or (p.caps and toks[start].low.endswith("al")):
            return 0  # a feature word alone, or "TERRITORIAL SEA" (a kind of sea, not a sea)
        key = p.span_text(start, end)
        if p.caps:
            key = title_case_words(key)
        self._take(p, start, end, "place", key, "feature", source)
        return end - i

    def _place_with_division(self, p: Passage, i: int, length: int, entry: GazEntry, source: str) -> int:
        """A gazetteer name, with the division word after a place ("Kayah State", "Bahia Province")."""
        toks = p.tokens
        k = i + length
        place = entry.kind == "place"
        # The name fits in its run (``gazetteer_at``): a word is joined after it only where the run
        # goes on past it, and most places stand alone, so only runs are asked the tests below.
        run_end = p.run_end[i]
        if place and k < run_end:
            after = toks[k]
            if after.text == "U" and p.run_end[k] == k + 1:
                # "a degree from Ankara U.": a university named by its city, as biographies abbreviate it
                key = f"{p.span_text(i, k)} U."
                self._take(p, i, k + 1, "org", key, "organisation", source)
                return k + 1 - i
            if after.low in DIVISIONS and (p.caps or after.cap):
                k += 1
        if (
            place
            and (k < run_end or toks[i].joined)
            and (other := self._place_in_a_name(p, i, k, entry, source))
        ):
            return other  # "Turin Winter Olympics" (no place), "Eastern Sudan" (a place of its own)
        # The commonest mention of all (a gazetteer name, mostly of an entity already met): what
        # ``_add`` and ``_mention`` do, written out.
        mention = Mention(p.number, toks[i].start, toks[k - 1].end, self.in_appendix, source)
        owner = (entry.kind, entry.key)
        ent = self.entities.get(owner)
        if ent is None:
            self._add(entry.kind, entry.key, entry.type, mention, entry.extra)
        else:
            ent.mentions.append(mention)
        p.owner[i:k] = [owner] * (k - i)
        return k - i
