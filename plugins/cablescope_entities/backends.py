"""Which extractor finds names: the built-in rules (default) or spaCy, chosen in configuration.

``CABLESCOPE_ENTITIES_BACKEND=spacy`` (or ``backend = "spacy"`` in ``entities.toml`` in the
cablescope data folder) uses a spaCy English model, named by ``CABLESCOPE_SPACY_MODEL``
(default ``en_core_web_sm``), to find people, organisations and places; the cable
conventions (titles, redactions, stock words, gazetteer names, header fields, TAGS) apply
either way. When spaCy or the model is missing the rules are used and a warning is logged once.
"""

from __future__ import annotations

import logging
import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from cablescope.api import data_dir
from cablescope_entities.entity import PersonCandidate
from cablescope_entities.extractor import Extractor
from cablescope_entities.lexicon import REDACTION
from cablescope_entities.paragraph import Passage
from cablescope_entities.people import NOT_NAMES

log = logging.getLogger(__name__)

BACKENDS = ("rules", "spacy")
DEFAULT_SPACY_MODEL = "en_core_web_sm"


def config_path() -> Path:
    """``entities.toml`` in the cablescope data folder (``CABLESCOPE_HOME`` or the user's data folder)."""
    return data_dir() / "entities.toml"


def configured_backend() -> str:
    """The backend asked for: environment first, then the config file, else ``rules``."""
    name = os.environ.get("CABLESCOPE_ENTITIES_BACKEND", "").strip().lower()
    if not name:
        path = config_path()
        if path.is_file():
            try:
                name = str(tomllib.loads(path.read_text(encoding="utf-8")).get("backend", "")).lower()
            except (OSError, tomllib.TOMLDecodeError) as exc:
                log.warning("entities: ignoring unreadable %s: %s", path, exc)
    return name if name in BACKENDS else "rules"


@lru_cache(maxsize=4)
def load_spacy_model(name: str) -> Any | None:
    """The spaCy pipeline, or None when spaCy or the model is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    try:
        return spacy.load(name, disable=["lemmatizer", "textcat"])
    except OSError:
        return None


def spacy_model_name() -> str:
    return os.environ.get("CABLESCOPE_SPACY_MODEL", DEFAULT_SPACY_MODEL)


class RulesBackend:
    name = "rules"

    def extractor(self, in_appendix: bool, home: str | None = None) -> Extractor:
        return Extractor(in_appendix, home)


class SpacyBackend:
    name = "spacy"

    def __init__(self, nlp: Any):
        self.nlp = nlp

    def extractor(self, in_appendix: bool, home: str | None = None) -> Extractor:
        return SpacyExtractor(self.nlp, in_appendix, home)


class SpacyExtractor(Extractor):
    """People, organisations and places from spaCy's entity recogniser, named the cable way."""

    LABELS: ClassVar[dict[str, str]] = {
        "PERSON": "person",
        "ORG": "org",
        "GPE": "place",
        "LOC": "place",
        "FAC": "place",
    }

    def __init__(self, nlp: Any, in_appendix: bool, home: str | None = None):
        super().__init__(in_appendix, home)
        self.nlp = nlp

    def read(self, text: str, number: int | None, caps: bool | None = None, source: str = "text") -> None:
        p = Passage(text, number, self.in_appendix, caps)
        self.paragraphs.append(p)
        # spaCy's models read capitals badly: give them lower-cased words in capitalised form.
        doc = self.nlp(text.title() if p.caps else text)
        # Gazetteer names first (the recogniser misses acronyms such as MFA and PRC), so that
        # titles find their affiliation; recogniser spans over them are then left alone.
        i = 0
        while i < len(p.tokens):
            found = p.gazetteer_at(i)
            if found is None:
                i += 1
                continue
            length, entry = found
            self._take(p, i, i + length, entry.kind, entry.key, entry.type, source, entry.extra)
            i += length
        starts = {tok.start: idx for idx, tok in enumerate(p.tokens)}
        ends = {tok.end: idx for idx, tok in enumerate(p.tokens)}
        for ent in doc.ents:
            kind = self.LABELS.get(ent.label_)
            j = starts.get(ent.start_char)
            last = ends.get(ent.end_char) if ent.end_char in ends else ends.get(ent.end_char - 2)
            if kind is None or j is None or last is None or last < j:
                continue
            k = last + 1
            if any(p.owner[idx] is not None for idx in range(j, k)):
                continue
            words = [t for t in p.tokens[j:k] if t.text[0].isalpha()]
            if not words or any(REDACTION.match(t.text) for t in words):
                continue
            if kind == "person":
                self._spacy_person(p, j, k, source)
                continue
            key = p.span_text(j, k)
            etype = "organisation" if kind == "org" else "place"
            self._take(p, j, k, kind, key, etype, source)

    def _spacy_person(self, p: Passage, j: int, k: int, source: str) -> None:
        # spaCy sometimes takes the title into the name ("Premier Wen"): move it out.
        end = p.title_run(j)[0]
        title_start = j
        if end > j and end < k:
            j = end
        else:
            title_start = next((i for i in range(max(0, j - 6), j) if p.title_run(i)[0] == j), j)
        names = [t for t in p.tokens[j:k] if t.text[0].isalpha()]
        if not names or all(t.low in NOT_NAMES for t in names):
            return
        title = p.span_text(title_start, j) if title_start < j else None
        affiliation = self._affiliation(p, title_start) if title_start < j else None
        cand = PersonCandidate(p.name_key(j, k), title, affiliation, [self._mention(p, j, k, source)])
        self.persons.append(cand)
        for idx in range(j, k):
            p.owner[idx] = ("person", cand.name)


def spacy_available(model: str | None = None) -> bool:
    return load_spacy_model(model or spacy_model_name()) is not None


_warned = False
_selected: dict[tuple[str | None, str | None, Path], RulesBackend | SpacyBackend] = {}


def selected_backend() -> RulesBackend | SpacyBackend:
    """The backend configuration asks for, falling back to the rules when spaCy cannot load.

    Indexing asks for every cable: the choice is worked out once per process for each setting
    of the two environment variables and data folder (reading ``entities.toml`` costs a file
    system call a cable), so a change to the file takes effect in the next command."""
    environ = os.environ
    key = (environ.get("CABLESCOPE_ENTITIES_BACKEND"), environ.get("CABLESCOPE_SPACY_MODEL"), data_dir())
    chosen = _selected.get(key)
    if chosen is None:
        chosen = _selected[key] = _select_backend()
    return chosen


def _select_backend() -> RulesBackend | SpacyBackend:
    global _warned
    if configured_backend() == "spacy":
        nlp = load_spacy_model(spacy_model_name())
        if nlp is not None:
            return SpacyBackend(nlp)
        if not _warned:
            _warned = True
            log.warning("entities: spaCy or model %s is not installed; using the rules", spacy_model_name())
    return RulesBackend()
