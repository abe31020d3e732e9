"""Pass two, organisations: one body's forms merged ("Iranian Resurgence Party" and "Iran
Resurgence Party"; "Spanish Police" and "Spanish National Police"; "the Export Commission" and
"the Bulgarian Export Commission")."""

from __future__ import annotations

from cablescope_entities.collector import Collector
from cablescope_entities.entity import Entity
from cablescope_entities.gazetteer import DEMONYMS, GAZETTEER, place_named


def _listed_body(key: str) -> bool:
    """A body the list names, other than a ministry (which the list keeps generic)."""
    if key.startswith("Ministry of "):
        return False
    return any(e.kind == "org" and e.key == key for e in GAZETTEER.get(tuple(key.lower().split()), ()))


def _qualifier(words: str) -> bool:
    """One word that says whose a body is: a nationality ("Bulgarian"), a country, or an acronym
    ("UN", "EU")."""
    if " " in words:
        return False
    low = words.lower()
    return low in DEMONYMS or (words.isupper() and len(words) <= 4) or place_named(words)


class OrganisationMerging(Collector):
    """The merging of one body's forms, once a cable is read."""

    def _merge_country_forms(self) -> None:
        """ "Iranian Resurgence Party" and "Iran Resurgence Party" are one body (keyed by the commoner)."""
        by_form: dict[str, Entity] = {}
        for (kind, key), ent in list(self.entities.items()):
            if kind != "org" or " " not in key:
                continue
            first, rest = key.split(" ", 1)
            form = f"{DEMONYMS.get(first.lower(), first)} {rest}".casefold()
            other = by_form.get(form)
            if other is None:
                by_form[form] = ent
                continue
            keep, drop = (other, ent) if len(other.mentions) >= len(ent.mentions) else (ent, other)
            keep.mentions.extend(drop.mentions)
            del self.entities[("org", drop.key)]
            by_form[form] = keep

    def _merge_short_bodies(self) -> None:
        """ "Spanish Police" is the "Spanish National Police" the cable names: a body of two words, a
        nationality and a head word, joins the one longer body with the same first and last words."""
        orgs = [e for (kind, _key), e in self.entities.items() if kind == "org"]
        shorts = [
            (short, words)
            for short in orgs
            if len(words := short.key.split()) == 2 and words[0].lower() in DEMONYMS
        ]
        # The longer bodies by their first and last words, looked up instead of compared one by
        # one with each short body (a body of three words or more is never a short one itself).
        by_ends: dict[tuple[str, str], list[Entity]] = {}
        for e in orgs if shorts else ():
            parts = e.key.split()
            if len(parts) > 2:
                by_ends.setdefault((parts[0], parts[-1]), []).append(e)
        for short, words in shorts:
            longer = by_ends.get((words[0], words[1]), [])
            if len(longer) == 1 and ("org", short.key) in self.entities:
                longer[0].mentions.extend(short.mentions)
                del self.entities[("org", short.key)]
        self._merge_unqualified_bodies(orgs)

    def _merge_unqualified_bodies(self, orgs: list[Entity]) -> None:
        """ "the Export Commission" is the "Bulgarian Export Commission" the cable names, "Security
        Council" the "UN Security Council", "the Independent Panel" the "Independent Panel for ...":
        a body of two words or more joins the one longer body that is its name after a nationality,
        a country or a body's acronym, or before what it is of or for."""
        # Only bodies that hold the short one's first word can be longer forms of it: an index by
        # word spares comparing every body with every other. Only the first words of the bodies
        # that can be short ones are looked up, so only those are indexed.
        firsts = {e.key.split(" ", 1)[0] for e in orgs if " " in e.key and e.type == "organisation"}
        if not firsts:
            return
        by_word: dict[str, list[Entity]] = {}
        for ent in orgs:
            for word in firsts.intersection(ent.key.split()):
                by_word.setdefault(word, []).append(ent)
        for short in orgs:
            if " " not in short.key or short.type != "organisation":
                continue
            tail = " " + short.key
            sharing = by_word[short.key.split(" ", 1)[0]]
            if len(sharing) < 2 or _listed_body(short.key):
                continue  # a body the list knows is that body ("Defense Intelligence Agency")
            longer = [
                e
                for e in sharing
                if e is not short
                and (
                    (e.key.endswith(tail) and _qualifier(e.key[: -len(tail)]))
                    or e.key.startswith((short.key + " for ", short.key + " of "))
                )
                and ("org", e.key) in self.entities
            ]
            if len(longer) == 1 and ("org", short.key) in self.entities:
                longer[0].mentions.extend(short.mentions)
                del self.entities[("org", short.key)]
