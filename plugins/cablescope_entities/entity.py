"""What extraction finds: entities, their mentions, and the people candidates found before clustering."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    paragraph: int | None
    start: int | None
    end: int | None
    in_appendix: bool = False
    source: str = "text"


@dataclass
class Entity:
    """One person, organisation, place or TAGS subject, with every place the cable names it."""

    kind: str
    key: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    extra: dict = field(default_factory=dict)
    in_appendix: bool = False

    def data(self) -> dict:
        out: dict = {"type": self.type}
        if self.kind == "person":
            out["title"] = self.title
            out["affiliation"] = self.affiliation
        out.update(self.extra)
        return out


@dataclass
class PersonCandidate:
    name: str
    title: str | None
    affiliation: str | None
    mentions: list[Mention]
