"""The state one cable's extraction collects into, and how a rule records what it found."""

from __future__ import annotations

from bisect import bisect_left

from cablescope_entities.entity import Entity, Mention, PersonCandidate
from cablescope_entities.paragraph import Passage
from cablescope_entities.tokens import token_start


class Collector:
    """What one cable's extraction has found so far (the rules' shared state)."""

    def __init__(self, in_appendix: bool = False, home: str | None = None):
        self.in_appendix = in_appendix
        self.home = home
        """The country of the cable's post, which settles shorthand such as "GOI"."""
        self.persons: list[PersonCandidate] = []
        self.entities: dict[tuple[str, str], Entity] = {}
        self.paragraphs: list[Passage] = []
        self.shorthand: list[tuple[str, Mention]] = []
        """Government shorthand met in the text, resolved once every country named is known."""
        self.acronyms: dict[str, tuple[str, str]] = {}
        """Acronyms the cable defines ("Christian Social Union (CSU)"): acronym to (kind, key)."""
        self.defined_as: dict[tuple[str, str], tuple[str, str]] = {}
        """A body the cable spells out before an acronym the gazetteer knows, to that acronym's body."""
        self.cluster_of: dict[str, Entity] = {}
        """Each person candidate's name, to the person it was found to be (``_cluster_people``)."""

    def _add(
        self,
        kind: str,
        key: str,
        etype: str,
        mention: Mention,
        extra: dict | tuple[tuple[str, str], ...] = (),
    ) -> None:
        """A mention of the entity; ``extra`` (a dict or a gazetteer entry's pairs) is read only when
        the entity is new (most mentions are of an entity already met)."""
        ent = self.entities.get((kind, key))
        if ent is None:
            ent = Entity(kind, key, etype, extra=dict(extra), in_appendix=self.in_appendix)
            self.entities[(kind, key)] = ent
        ent.mentions.append(mention)

    def _mention(self, p: Passage, j: int, k: int, source: str = "text") -> Mention:
        return Mention(p.number, p.tokens[j].start, p.tokens[k - 1].end, self.in_appendix, source)

    def _take(
        self,
        p: Passage,
        j: int,
        k: int,
        kind: str,
        key: str,
        etype: str,
        source: str,
        extra: dict | tuple[tuple[str, str], ...] = (),
    ) -> None:
        """A mention of the entity over tokens j..k, which then belong to it."""
        self._add(kind, key, etype, self._mention(p, j, k, source), extra)
        for idx in range(j, k):
            p.owner[idx] = (kind, key)

    def _claim(self, p: Passage, start: int, end: int, kind: str, key: str, etype: str, extra: dict) -> None:
        """An entity whose mention is text[start:end]; the tokens inside it belong to it."""
        self._add(kind, key, etype, Mention(p.number, start, end, self.in_appendix, p.source), extra)
        idx = bisect_left(p.tokens, start, key=token_start)
        while idx < len(p.tokens) and p.tokens[idx].end <= end:
            p.owner[idx] = (kind, key)
            idx += 1
