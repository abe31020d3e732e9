"""The TAGS block: subject, country, program and person tags, over as many lines as it takes.

Tags are written comma-separated or space-separated, in capitals or not, and run on to the
next line (``TAGS PREL, PGOV, SOCI,`` / ``KCRM, KJUS, SP``). Most are codes: two-letter
country codes and four-letter subject and program codes (``PGOV``, ``KDEM``). Others are
words: a person (``CLINTON, HILLARY R.`` or ``MUGABE ROBERT``) or a subject spelt out
(``IRAQI FREEDOM``); each of those is kept whole. The codes below are the ones the shared
Cablegate pages use, with the State Department's common subject and program codes; a word
neither among them nor shaped like a code is a word of a person's name or a subject.
"""

from __future__ import annotations

import re

# Codes of the shared pages' TAGS lines (country, subject, program and organisation tags),
# and the State Department subject and program codes that cables use most.
TAG_CODES: frozenset[str] = frozenset(
    """
    ABLD ABUD ADCO ADPM AEMR AFIN AFSI AFSN AGAO AINF AINR AINT ALOW AMED AMGT AODE AORC AORG
    APCS APER ASCH ASEC ASIG ASUP AU-1 BEXP BTIO CACM CARC CASC CDB CFED CJAN CLOK CMGT CPAS
    CVIS DEMARCHE DOD EAGR EAID EAIR ECIN ECON ECPS EFIN EFIS EIND EINT EINV ELAB ELTN EMIN
    ENIV ENRG ENVR EPET ETMIN ETRD ETTC EUC EUN EWWT FBI GTIP HURI IAEA ICAO ICRC ICTY IIP
    ILO IMF IMO INRB INTERPOL IRAJ JUS KACT KAWC KAWK KBCT KBIO KBTS KCFE KCIP KCOM KCOR
    KCRM KCRS KDEM KDEMAF KDRG KFIN KFLO KFLU KFRD KGCC KGHG KGIC KHDP KHIV KHLS KICC KIDE
    KIFR KIPR KIRF KISL KJUS KLIG KMCA KMDR KMPI KNAR KNEI KNNP KNPP KNSD KOCI KOLY KOMC
    KPAL KPAO KPIN KPKO KPLS KPOA KPOW KPRP KPWR KRAD KREC KRVC KSAF KSCA KSEP KSPR KSTC
    KSTH KSUM KTDB KTEX KTFN KTIA KTIP KTLA KUNR KVPR KWAC KWBG KWMN LAB MARR MASC MASS
    MCAP MEPP MNUC MOPPS MOPS MTCR MTCRE NATO NPT NSG OAS OCII ODIP OECD OEXC OFDP OIIP
    OPCW OPDC OPIC OPRC OREP OSCE OSCI OTRA OVIP PARM PBTS PGOV PHSA PHUM PINR PINS PINT
    PKO POGOV PREF PREL PROP PSI PSOE PTER SCUL SENV SMIG SNAR SOCI SWCI TBIO TINT TNGD
    TPHY TRGY TSPA TSPL TWI UNDP UNEP UNESCO UNGA UNHCR UNHRC UNICEF UNMIK UNSC UNSCR USTR
    WFP WHA WHO WTO WTRO
    """.split()
)

# Subjects spelt out in TAGS lines of the shared pages, where several stand one after another.
SUBJECT_PHRASES: tuple[tuple[str, ...], ...] = (
    ("ITALY", "NATIONAL", "ELECTIONS"),
    ("ITALIAN", "POLITICS"),
    ("IRAQI", "FREEDOM"),
    ("HUMAN", "RIGHTS"),
    ("AVIAN", "INFLUENZA"),
    ("CLIMATE", "CHANGE"),
)

_SEPARATORS = re.compile(r"\s*[,;]\s*")
# Shaped like a code though not in the list: a country ("UK"), a numbered one ("AU-1"), a program
# code ("KWMN"). Other four-letter words may be names ("BUSH, GEORGE W."), so only the list vouches.
_CODE_SHAPE = re.compile(r"[A-Z]{2}|[A-Z]{2}-\d|K[A-Z]{3}")
# A line of tags that carries on the TAGS line: codes and names separated by commas or spaces.
_TAG_LINE = re.compile(r"[ \t]*[A-Za-z(][A-Za-z0-9'.,;()/ \t\-]*")
_NOT_TAGS_LINE = re.compile(
    r"[ \t]*(?:SUBJ(?:ECT)?\b|REF|CLASSIFIED|DERIVED|E\.?\s?O\.?\s|SUMMARY|SIPDIS|NOFORN"
    r"|\(?[A-Z0-9]{1,2}[.)]\s)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9'.\-]*")
MAX_TAG_LINES = 4


def is_code(word: str) -> bool:
    """A country, subject or program code ("PGOV", "UK", "AU-1"), not a word of a name."""
    return word in TAG_CODES or bool(_CODE_SHAPE.fullmatch(word))


def parse_tags(line: str) -> list[str]:
    """The tags of a TAGS block's text (its lines joined), in order, each once, in capitals.

    Codes stand alone; the words between them make one tag each run ("MUGABE ROBERT",
    "IRAQI FREEDOM"), and a one-word run goes on over a comma ("CLINTON, HILLARY R.").
    """
    codes = _PLAIN_LIST_RE.fullmatch(line)
    if codes is not None:
        # The common case, a list of codes only: each once, in order.
        words = line.upper().replace(",", " ").replace(";", " ").split()
        if all(word in TAG_CODES or _CODE_SHAPE.fullmatch(word) for word in words):
            return list(dict.fromkeys(words))
    tags: list[str] = []
    group: list[list[str]] = []  # the run of words being read, item by item (items split at commas)
    for item in _SEPARATORS.split(_PARENTHESES.sub(" ", line)):
        for position, word in enumerate(item.split()):
            upper = word.upper()
            if _REDACTED_RE.fullmatch(upper):
                continue  # a redaction is no tag
            if is_code(upper.strip(".")):
                _flush(group, tags)
                tags.append(upper.strip("."))
            elif position == 0 and not (len(group) == 1 and len(group[0]) == 1):
                _flush(group, tags)
                group.append([_name_word(upper)])
            elif position == 0:
                group.append([_name_word(upper)])  # a surname, then the given names after the comma
            else:
                if not group:
                    group.append([])
                group[-1].append(_name_word(upper))
    _flush(group, tags)
    unique: list[str] = []
    for tag in tags:
        if tag and tag not in unique:
            unique.append(tag)
    return unique


_PARENTHESES = re.compile(r"[()\[\]]")
_PLAIN_LIST_RE = re.compile(r"[A-Za-z0-9,; \t\-]*")
_REDACTED_RE = re.compile(r"X{5,}[.,;]?")


def _name_word(word: str) -> str:
    """A word of a name or subject: a full stop kept after an initial ("R."), dropped after a word."""
    return word if len(word) <= 2 else word.rstrip(".")


def _flush(group: list[list[str]], tags: list[str]) -> None:
    """The run of words read so far as tags: spelt-out subjects the table knows split off."""
    if not group:
        return
    if len(group) > 1:
        tags.append(", ".join(" ".join(words) for words in group))
        group.clear()
        return
    run = group.pop()
    start = index = 0
    while index < len(run):
        phrase = next((p for p in SUBJECT_PHRASES if tuple(run[index : index + len(p)]) == p), None)
        if phrase is None:
            index += 1
            continue
        if index > start:
            tags.append(" ".join(run[start:index]))
        tags.append(" ".join(phrase))
        index += len(phrase)
        start = index
    if start < len(run):
        tags.append(" ".join(run[start:]))


def tags_lines(text: str, first_line_end: int, limit: int) -> tuple[str, int]:
    """The lines that carry on a TAGS line ending at ``first_line_end``, joined, and where they end."""
    lines: list[str] = []
    end = first_line_end
    previous = text[text.rfind("\n", 0, first_line_end) + 1 : first_line_end]
    while len(lines) < MAX_TAG_LINES - 1 and end < limit:
        next_end = text.find("\n", end + 1)
        next_end = limit if next_end == -1 or next_end > limit else next_end
        line = text[end + 1 : next_end]
        if not line.strip() or len(line) > 90 or _NOT_TAGS_LINE.match(line) or not _TAG_LINE.fullmatch(line):
            break
        words = _WORDS.findall(line)
        # After a trailing comma the list goes on whatever it holds; otherwise the line must be codes.
        if not previous.rstrip().endswith(",") and sum(is_code(w.upper()) for w in words) * 2 <= len(words):
            break
        previous = line
        lines.append(line)
        end = next_end
    return " ".join(lines), end
