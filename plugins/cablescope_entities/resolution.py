"""Pass two, people: surnames that recur, unique titles, clustering a person's forms into one
entity, "aka" names, and linking short forms ("Wen said") to the person already named.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from cablescope_entities.collector import Collector
from cablescope_entities.entity import Entity, Mention, PersonCandidate
from cablescope_entities.gazetteer import GAZETTEER
from cablescope_entities.lexicon import GENERATIONS, KNOWN_ALONE, common_in_caps, inside_sentence
from cablescope_entities.paragraph import Passage
from cablescope_entities.people import (
    COMMON_WORDS,
    FAMILY_NAMES_FIRST,
    FIRST_NAMES,
    NAME_PARTICLES,
    NOT_NAMES,
    UNIQUE_TITLES,
)
from cablescope_entities.people_rules import PERSON_VERB_AFTER

_WORD = re.compile(r"\S+")
# "X, aka Y", "X (a.k.a. Y)", "X, also known as Y", "X alias Y": Y is another name of X.
_AKA = re.compile(r"(?i)(?:,[ \t\n]*|[ \t\n]+)\(?(?:aka|a\.k\.a\.|also known as|alias)[ \t\n]+")


def headline_words(person: Entity) -> bool:
    """A "person" named only in the subject line whose words are a headline's ("AMBASSADOR REGRETS
    UNHELPFUL ...", "MEDVEDEV TOUTS ..."): no given name opens it, or a word is a verb or a stock word;
    a well-known surname alone is kept."""
    if any(m.source != "subject" for m in person.mentions):
        return False
    words = name_parts(person.key)
    if len(words) == 1:
        # "AMBASSADOR SOLOMONT'S MEETING", "MINISTER OF INTERIOR RUBALCABA": after a title, a word
        # that is no verb ("AMBASSADOR REGRETS ...") is a name
        titled = person.title is not None and not words[0].endswith("s") and words[0] not in COMMON_WORDS
        return words[0] not in KNOWN_ALONE and not titled
    return words[0] not in FIRST_NAMES or any(w in COMMON_WORDS or w.endswith("s") for w in words[1:])


# Clustering compares every person found in a cable with every other: the names' parts and
# aliases are worked out once per name (both are pure functions of it).
@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, ...]:
    """The words of a name that tell people apart (no initials, particles or "Jr.")."""
    return tuple(
        w for w in _plain(name).split() if len(w) > 1 and w not in NAME_PARTICLES and w not in GENERATIONS
    )


def _plain(name: str) -> str:
    """A name in lower case without stops or commas: its parts (``name_parts``) are words of it."""
    return name.lower().replace(".", "").replace(",", "")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The name's parts and the pieces of its hyphenated parts: ``_same_person`` holds only for two
    names that share one of these (each of its tests compares whole parts or hyphen pieces)."""
    parts = name_parts(name)
    return frozenset((*parts, *(piece for part in parts if "-" in part for piece in part.split("-"))))


@lru_cache(maxsize=4096)
def _aliases(name: str) -> frozenset[str]:
    parts = name_parts(name)
    if not parts:
        return frozenset()
    out = {parts[-1]}
    if "-" in parts[-1]:
        out.update(x for x in parts[-1].split("-") if len(x) > 2 and x not in ("al", "el"))
    if len(parts) == 2 and (parts[0] not in FIRST_NAMES or parts[0] in FAMILY_NAMES_FIRST):
        out.add(parts[0])  # family name first: "Wen Jiabao" is "Wen", "Wu Yi" is "Wu"
    if len(parts) >= 3 and parts[0] in FIRST_NAMES and parts[1] not in FIRST_NAMES:
        out.add(parts[1])  # two surnames: "Guillermo Corral van Damme" is "Corral"
    return frozenset(a for a in out if a not in NOT_NAMES and a not in COMMON_WORDS)


def spelled_otherwise(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Name parts with the same surname and given names that differ by a letter or two
    ("condoleeza", "condoleezza"; "dmitriy", "dmitry"): one name spelled two ways."""
    if len(mine) != len(theirs) or len(mine) < 2 or mine[-1] != theirs[-1] or mine == theirs:
        return False
    given, other = " ".join(mine[:-1]), " ".join(theirs[:-1])
    return SequenceMatcher(None, given, other).ratio() >= SPELLING_SIMILARITY


# How alike two given names must be to be one name spelled two ways: "nicolas"/"nicholas" are
# 0.93, "dmitriy"/"dmitry" 0.92, "jean"/"nicolas" 0.18.
SPELLING_SIMILARITY = 0.85


def _shared_family_name(people: list[Entity]) -> bool:
    """Two or more full names open on the same family name ("Li Qiang", "Li Keqiang")."""
    firsts = {name_parts(e.key)[0] for e in people if len(name_parts(e.key)) > 1}
    return len(people) > 1 and len(firsts) == 1 and next(iter(firsts)) in FAMILY_NAMES_FIRST


def _one_letter_apart(word: str, surname: str) -> bool:
    """A long surname misspelt by one letter inside it ("Nazarvayev" for "Nazarbayev")."""
    if len(word) != len(surname) or len(word) < 7 or word[0] != surname[0] or word[-1] != surname[-1]:
        return False
    return sum(x != y for x, y in zip(word, surname, strict=True)) == 1


def _same_person(short: str, full: str) -> bool:
    a, b = name_parts(short), name_parts(full)
    if not a or not b:
        return False
    if a == b or " ".join(a).replace("-", " ") == " ".join(b).replace("-", " ") or spelled_otherwise(a, b):
        return True  # "Gonzalez-Sinde" and "Gonzalez Sinde", "Condoleeza" and "Condoleezza"
    if len(a) == 1:
        return a[0] in _aliases(full) or (a[0] in b and a[0] in KNOWN_ALONE)
    # "Jose Luis Paredes" is "Jose Luis Paredes Munoz" (a second surname dropped), but "Jose Maria"
    # is not "Jose Maria Aznar".
    return set(a) <= set(b) and (a[-1] == b[-1] or a[-1] not in FIRST_NAMES)


class PeopleResolution(Collector):
    """Pass two for people."""

    def _unique_titles(self) -> None:
        """A title that names one person where the cable never names them ("the Shah" in Iran)."""
        countries = {key for kind, key in self.entities if kind == "place"}
        if not any(country == self.home or country in countries for country in UNIQUE_TITLES.values()):
            return
        for p in self.paragraphs:
            if UNIQUE_TITLES.keys().isdisjoint(p.lows):
                continue
            for i, tok in enumerate(p.tokens):
                country = UNIQUE_TITLES.get(tok.low)
                if country is None or p.owner[i] is not None or not (p.caps or tok.cap):
                    continue
                if country != self.home and country not in countries:
                    continue
                nxt = p.tokens[i + 1] if i + 1 < len(p.tokens) else None
                if nxt is not None and nxt.joined and not p.caps and nxt.cap:
                    continue  # "Shah Mahmood Qureshi": part of a name
                self.persons.append(
                    PersonCandidate(tok.text.title(), None, None, [self._mention(p, i, i + 1, p.source)])
                )
                p.owner[i] = ("person", tok.text.title())

    def _recurring_surnames(self) -> None:
        """A word no list knows, used three times or more inside sentences of mixed-case text and at
        least twice as a person is ("Steinmeier has insisted", "Steinmeier's approach"): a surname.
        Its mentions are then linked like any short form."""
        # The cheap tests first, over the whole cable: a word they pass fewer than three times
        # cannot pass them all three times, and is spared the sentence and name tests.
        words: list[tuple[Passage, int]] = []
        often: dict[str, int] = {}
        for p in self.paragraphs:
            if p.caps:
                continue
            owner, run_end, toks = p.owner, p.run_end, p.tokens
            # Only words alone, neither part of a longer capitalised run nor taken.
            for i in [i for i, end in enumerate(run_end) if end == i + 1 and owner[i] is None]:
                tok = toks[i]
                if tok.joined:
                    continue
                low = tok.low
                if len(low) < 4 or not (tok.text.isalpha() and tok.text[1:].islower()):
                    continue
                words.append((p, i))
                often[low] = often.get(low, 0) + 1
        frequent = {low for low, count in often.items() if count >= 3}
        if not frequent:
            return
        # A word of a name already found is no new surname: left out only now, when few words are
        # left to test (whether it is counted above does not change the others' counts). A name's
        # parts are words of its plain form, so only a name whose plain form holds one is split.
        for name in {cand.name for cand in self.persons}:
            plain = _plain(name)
            if any(low in plain for low in frequent):
                frequent.difference_update(name_parts(name))
        seen: dict[str, int] = {}
        acting: dict[str, int] = {}
        for p, i in words:
            tok = p.tokens[i]
            low = tok.low
            if low not in frequent or not inside_sentence(p.text, tok.start) or not p.namelike(i):
                continue
            seen[low] = seen.get(low, 0) + 1
            if tok.possessive or PERSON_VERB_AFTER.match(p.text, tok.end):
                acting[low] = acting.get(low, 0) + 1
        for low, count in seen.items():
            if count >= 3 and acting.get(low, 0) >= 2:
                self.persons.append(PersonCandidate(low.title(), None, None, []))

    def _release_surname_towns(self, alias_map: dict[str, Entity]) -> None:
        """A town of the world list that is the surname of a person the cable names ("Rodriguez",
        "Santos") is that person where it stands alone: its mentions are given back to be linked."""
        towns = [
            key
            for (kind, key), ent in self.entities.items()
            if kind == "place"
            and key.lower() in alias_map
            and all(e.weak for e in GAZETTEER.get((key.lower(),), ()) if e.kind == "place")
            # not where the cable writes it as a place ("Wardak Province")
            and all(m.end is None or m.start is None or m.end - m.start == len(key) for m in ent.mentions)
        ]
        for key in towns:
            owner = ("place", key)
            del self.entities[owner]
            for p in self.paragraphs:
                for i, held in enumerate(p.owner):
                    if held == owner:
                        p.owner[i] = None

    def _link_short_forms(self, clusters: list[Entity]) -> None:
        """Each word left over that is a short form of one person found ("Wen said") is that person;
        a short form two people share is neither's."""
        alias_map: dict[str, Entity] = {}
        ambiguous: set[str] = set()
        for ent in clusters:
            for alias in _aliases(ent.key):
                if alias in alias_map and alias_map[alias] is not ent:
                    ambiguous.add(alias)
                alias_map.setdefault(alias, ent)
        for alias in ambiguous:
            del alias_map[alias]
        self._release_surname_towns(alias_map)
        for p in self.paragraphs if alias_map else ():
            if alias_map.keys().isdisjoint(p.lows):
                continue  # most paragraphs name no one already found: a set test in C spares the walk
            toks = p.tokens
            for i in [i for i, low in enumerate(p.lows) if low in alias_map]:
                tok = toks[i]
                if p.owner[i] is not None:
                    continue
                if not p.caps and not tok.cap:
                    continue
                if p.caps and common_in_caps(tok.low):
                    continue
                # A different capitalised word next ("Rahimi Group", "Ni Hao") makes it someone
                # or something else; full names were found by the first pass.
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and nxt.joined and nxt.cap and not p.caps and nxt.low not in alias_map:
                    continue
                ent = alias_map[tok.low]
                ent.mentions.append(Mention(p.number, tok.start, tok.end, self.in_appendix, p.source))
                p.owner[i] = ("person", ent.key)

    def _merge_also_known_as(self, clusters: list[Entity]) -> None:
        """ "Eddin Barakat Yarkas, aka Abu Dahdah": the two names are one person's. Looked for right
        after each person's mention, not in the whole text ("aka" is inside "Dhaka" and "Osaka")."""
        numbered = {p.number: p for p in self.paragraphs if p.number is not None}
        for cand in self.persons:
            for mention in cand.mentions:
                p = numbered.get(mention.paragraph) if mention.paragraph is not None else None
                if p is None or mention.end is None:
                    continue
                aka = _AKA.match(p.text, mention.end)
                if aka is None:
                    continue
                at = p.token_at(aka.end())
                owner = p.owner[at] if at is not None else None
                keep, drop = self.cluster_of.get(cand.name), self.cluster_of.get(owner[1]) if owner else None
                if owner is None or owner[0] != "person" or keep is None or drop is None or keep is drop:
                    continue
                keep.mentions.extend(drop.mentions)
                clusters.remove(drop)
                for name, cluster in self.cluster_of.items():
                    if cluster is drop:
                        self.cluster_of[name] = keep

    def _subject_prefix(self, cand: PersonCandidate, clusters: list[Entity]) -> Entity | None:
        """The person whose name opens a subject line's run of words ("WEN PUSHES RAHIMI" is Wen's),
        with the mention cut to that name; None if no one's does."""
        words = cand.name.split()
        for n in range(len(words) - 1, 0, -1):
            for ent in clusters:
                if _same_person(" ".join(words[:n]), ent.key):
                    mention = cand.mentions[0]
                    assert mention.start is not None  # a subject's mention has its offsets
                    subject = next(p.text for p in self.paragraphs if p.source == "subject")
                    spans = list(_WORD.finditer(subject[mention.start : mention.end]))
                    mention.end = mention.start + spans[n - 1].end()
                    return ent
        return None

    @staticmethod
    def _misspelt_surname(name: str, clusters: list[Entity]) -> Entity | None:
        """The one person whose full name ends in ``name`` misspelt by a letter ("Nazarvayev")."""
        word = name.lower()
        found = [
            e for e in clusters if len(parts := name_parts(e.key)) > 1 and _one_letter_apart(word, parts[-1])
        ]
        return found[0] if len(found) == 1 else None

    def _cluster_people(self) -> list[Entity]:
        clusters: list[Entity] = []
        # The subject line's names come last: a headline's words run on after a name ("PREMIER
        # WEN PUSHES RAHIMI"), so there a name is only a form of someone the text names.
        ordered = sorted(
            self.persons,
            key=lambda c: (not c.mentions or c.mentions[0].source == "subject", -len(c.name.split())),
        )
        # A name met again joins the cluster it joined before: clusters are only appended to and
        # their keys never change, so the first one it matches stays the same (most candidates
        # are the same few names, and comparing each with every cluster was most of the work).
        joined: dict[str, Entity] = {}
        # Two names of one person share a word (``_name_words``): only the clusters that share one
        # with a name are compared with it, in the order they were made.
        by_word: dict[str, list[int]] = {}
        for cand in ordered:
            target = joined.get(cand.name)
            if target is None:
                mine = _name_words(cand.name)
                sharing = {at for word in mine for at in by_word.get(word, ())}
                matches: list[Entity] = []
                for at in sorted(sharing) if len(sharing) > 1 else sharing:
                    ent = clusters[at]
                    if _same_person(cand.name, ent.key):
                        matches.append(ent)
                        if " " in cand.name or len(matches) > 1:
                            break  # a full name joins the first; a surname alone needs to know if two
                # A surname alone that two full names share ("Li" beside "Li Qiang" and "Li
                # Keqiang") is neither's; the family name of one is that one's.
                if len(matches) == 1 or (matches and (" " in cand.name or not _shared_family_name(matches))):
                    target = joined[cand.name] = matches[0]
            if target is None and " " not in cand.name and len(cand.name) >= 7:
                target = self._misspelt_surname(cand.name, clusters)
            if target is None and cand.mentions and cand.mentions[0].source == "subject":
                target = self._subject_prefix(cand, clusters)
            if target is None:
                target = Entity("person", cand.name, "person", in_appendix=self.in_appendix)
                for word in _name_words(cand.name):
                    by_word.setdefault(word, []).append(len(clusters))
                clusters.append(target)
            target.mentions.extend(cand.mentions)
            self.cluster_of[cand.name] = target
            if cand.title and (not target.title or len(cand.title) > len(target.title)):
                target.title = cand.title
            if cand.affiliation and not target.affiliation:
                target.affiliation = cand.affiliation
        return clusters
