"""Generate a synthetic cables.csv in the 2011 full release's format, for benchmarks and store tests.

    python tests/bench/gen_csv.py N OUT.csv [--seed S]

Eight columns (identifier, created ``MM/DD/YYYY HH:MM``, reference id, origin,
classification, references, header, body), comma-delimited, double-quoted, backslash as
the escape character, no header row. Cables are built from our own templates and
vocabulary with realistic shapes: telegram headers with DE/FM/TO/INFO lines, banners,
E.O./TAGS/SUBJECT/REF/Classified By lines, numbered and marked paragraphs, section
headings, page markers, redactions and signatures. Bodies average about 6 KB, like the
real file (1.7 GB for 251,287 rows). Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

POSTS = [
    # (routing indicator, reference-id name, FM line, origin, banner name)
    ("RUEHBJ", "BEIJING", "AMEMBASSY BEIJING", "Embassy Beijing", "BEIJING"),
    ("RUEHGH", "SHANGHAI", "AMCONSUL SHANGHAI", "Consulate Shanghai", "SHANGHAI"),
    ("RUEHFR", "PARIS", "AMEMBASSY PARIS", "Embassy Paris", "PARIS"),
    ("RUEHMD", "MADRID", "AMEMBASSY MADRID", "Embassy Madrid", "MADRID"),
    ("RUEHLO", "LONDON", "AMEMBASSY LONDON", "Embassy London", "LONDON"),
    ("RUEHMO", "MOSCOW", "AMEMBASSY MOSCOW", "Embassy Moscow", "MOSCOW"),
    ("RUEHC", "STATE", "SECSTATE WASHDC", "Secretary of State", "STATE"),
    ("RUEHNO", "USNATO", "USMISSION USNATO", "Mission USNATO", "USNATO"),
    ("RUEHBUL", "KABUL", "AMEMBASSY KABUL", "Embassy Kabul", "KABUL"),
    ("RUEHLP", "LAPAZ", "AMEMBASSY LA PAZ", "Embassy La Paz", "LA PAZ"),
    ("RUEHBU", "BUENOSAIRES", "AMEMBASSY BUENOS AIRES", "Embassy Buenos Aires", "BUENOS AIRES"),
    ("RUEHUB", "HAVANA", "USINT HAVANA", "US Interests Section Havana", "HAVANA"),
    ("RUEHRI", "RIODEJANEIRO", "AMCONSUL RIO DE JANEIRO", "Consulate Rio De Janeiro", "RIO DE JANEIRO"),
    ("RUEHIL", "ISLAMABAD", "AMEMBASSY ISLAMABAD", "Embassy Islamabad", "ISLAMABAD"),
    ("RUEHTV", "TELAVIV", "AMEMBASSY TEL AVIV", "Embassy Tel Aviv", "TEL AVIV"),
]
CLASSIFICATIONS = [
    # (weight, WikiLeaks classification, banner, paragraph mark, control line)
    (40, "CONFIDENTIAL", "C O N F I D E N T I A L", "C", None),
    (18, "SECRET", "S E C R E T", "S", None),
    (10, "SECRET//NOFORN", "S E C R E T", "S/NF", "NOFORN"),
    (6, "CONFIDENTIAL//NOFORN", "C O N F I D E N T I A L", "C/NF", "NOFORN"),
    (14, "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLAS", "SBU", "SENSITIVE"),
    (12, "UNCLASSIFIED", "UNCLAS", "U", None),
]
PRECEDENCE = [("O", "IMMEDIATE"), ("P", "PRIORITY"), ("R", "ROUTINE")]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
TAGS = [
    "PREL",
    "PGOV",
    "PHUM",
    "ECON",
    "ETRD",
    "EFIN",
    "KNNP",
    "MARR",
    "PTER",
    "PINR",
    "SOCI",
    "ENRG",
    "EAID",
    "KDEM",
    "MOPS",
    "CH",
    "FR",
    "SP",
    "UK",
    "RS",
    "IR",
    "AF",
    "PK",
]
TITLES = [
    "Ambassador",
    "Political Counselor",
    "Deputy Chief of Mission",
    "Charge d'Affaires",
    "Political Minister Counselor",
    "Economic Counselor",
    "Consul General",
]
FIRST = [
    "Alice",
    "Brian",
    "Carmen",
    "David",
    "Elena",
    "Frank",
    "Grace",
    "Henry",
    "Irene",
    "James",
    "Karen",
    "Louis",
]
LAST = [
    "Marsh",
    "Okafor",
    "Lindqvist",
    "Brennan",
    "Castillo",
    "Whitford",
    "Nakamura",
    "Delgado",
    "Harwood",
    "Petrov",
]
SUBJECTS = [
    "{place} OFFICIALS DISCUSS {topic}",
    "{topic}: {place} VIEWS AHEAD OF THE SUMMIT",
    "SCENESETTER FOR VISIT TO {place}",
    "{place} PRESSES FOR PROGRESS ON {topic}",
    "READOUT OF MEETING ON {topic} WITH {place} MINISTRY",
]
TOPICS = [
    "ENERGY SECURITY",
    "TRADE ACCESS",
    "REGIONAL STABILITY",
    "NONPROLIFERATION",
    "CLIMATE TALKS",
    "HUMAN RIGHTS DIALOGUE",
    "COUNTERNARCOTICS COOPERATION",
    "ELECTION PREPARATIONS",
    "BUDGET REFORM",
]
HEADINGS = [
    "Background",
    "Ministry Outlines Its Priorities",
    "Concerns About the Timeline",
    "Economic Dimension",
    "Next Steps",
    "Regional Reactions",
    "Comment",
    "Views From the Opposition",
]
SUBJECTS_WORDS = (
    "the minister",
    "the delegation",
    "our contact",
    "the deputy director",
    "the committee",
    "officials",
    "the government",
    "the opposition party",
    "the ambassador",
    "poloff",
    "the central bank",
    "analysts",
)
VERBS = [
    "said",
    "stressed",
    "noted",
    "argued",
    "claimed",
    "explained",
    "reported",
    "emphasized",
    "suggested",
    "warned",
    "acknowledged",
    "confirmed",
]
OBJECTS = (
    "the importance of continued dialogue on the issue",
    "that progress would depend on funding",
    "concerns about the pace of reform in the provinces",
    "that the proposal remained under review",
    "the need for closer coordination with partners",
    "that no decision had yet been taken",
    "support for a phased approach to implementation",
    "doubts about the reliability of the data",
    'that the talks had been "constructive but difficult"',
    "interest in expanding exchanges",
)
TAILS = (
    "in a meeting on {day}",
    "according to a senior official",
    "during the {day} session",
    "in private remarks",
    "ahead of the ministerial",
    "after consulting the cabinet",
)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "March 3", "June 18", "October 21"]
REASON_FORMS = [
    "Reasons 1.4 (b) and (d).",
    "Reasons 1.4 (b/d).",
    "for reasons 1.4(b), (d).",
    "Reason: 1.5 (d).",
]


def _sentence(rnd: random.Random) -> str:
    sentence = f"{rnd.choice(SUBJECTS_WORDS)} {rnd.choice(VERBS)} {rnd.choice(OBJECTS)} " + rnd.choice(
        TAILS
    ).format(day=rnd.choice(DAYS))
    if rnd.random() < 0.05:
        sentence += " with XXXXXXXXXXXX present"
    return sentence[0].upper() + sentence[1:] + "."


def _wrap(text: str, width: int = 68) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def _header(rnd: random.Random, post, serial: int, created: datetime, prec: str, level_code: str) -> str:
    ri, _, fm, _, _ = post
    dtg = f"{created:%d%H%M}Z {MONTHS[created.month - 1]} {created:%y}"
    lines = [
        f"VZCZCXRO{rnd.randint(1000, 9999)}",
        f"{prec}{prec} RUEHDE RUEHIHL RUEHKUK RUEHMOS",
        f"DE {ri} #{serial % 10000:04d}/01 {created.timetuple().tm_yday:03d}{created:%H%M}",
        f"ZNY {level_code * 5} ZZH",
        f"{prec} {dtg}",
        f"FM {fm}",
        f"TO RUEHC/SECSTATE WASHDC {dict(PRECEDENCE)[prec]} {rnd.randint(1, 9999):04d}",
    ]
    infos = rnd.sample(POSTS, rnd.randint(1, 6))
    lines.append(f"INFO {infos[0][0]}/{infos[0][2]} PRIORITY {rnd.randint(1, 9999):04d}")
    lines += [f"{p[0]}/{p[2]} PRIORITY {rnd.randint(1, 9999):04d}" for p in infos[1:]]
    return "\n".join(lines)


def _body(rnd: random.Random, post, serial: int, created: datetime, cls, refs: list[str]) -> str:
    *_, banner_name = post
    _, _, banner, mark, control = cls
    paragraphs = rnd.randint(3, 16)
    pages = max(1, paragraphs // 6)
    section = f"SECTION 01 OF {pages:02d} " if pages > 1 else ""
    lines = [f"{banner} {section}{banner_name} {serial:06d}", "", "SIPDIS"]
    if control:
        lines += [control]
    lines += [
        "",
        f"E.O. 12958: DECL: {created:%m/%d}/{created.year + 10}"
        if mark not in ("U", "SBU")
        else "E.O. 12958: N/A",
        "TAGS: " + " ".join(rnd.sample(TAGS, rnd.randint(2, 6))),
        "SUBJECT: " + rnd.choice(SUBJECTS).format(place=banner_name, topic=rnd.choice(TOPICS)),
        "",
    ]
    if refs:
        lines += [
            "REF: "
            + " ".join(
                f"{chr(65 + i)}. {r[:2]} {r[2:].rstrip('0123456789')} {r[len(r.rstrip('0123456789')) :]}"
                for i, r in enumerate(refs)
            ),
            "",
        ]
    if mark not in ("U", "SBU"):
        who = f"{rnd.choice(TITLES)} {rnd.choice(FIRST)} {rnd.choice(LAST)}"
        lines += [f"Classified By: {who}.", rnd.choice(REASON_FORMS), ""]
    page = 1
    for number in range(1, paragraphs + 1):
        if number > 1 and rnd.random() < 0.35:
            heading = rnd.choice(HEADINGS)
            lines += [heading, "-" * len(heading), ""]
        sentences = " ".join(_sentence(rnd) for _ in range(rnd.randint(4, 11)))
        if number == 1:
            sentences = f"Summary: {sentences} End summary."
        para = _wrap(f"{number}. ({mark}) {sentences}")
        if pages > 1 and number % 6 == 0 and page < pages:
            page += 1
            cut = len(para) // 2
            para = para[:cut] + ["", f"{banner_name} {serial:08d} {page:03d} OF {pages:03d}", ""] + para[cut:]
        lines += para + [""]
    lines.append(rnd.choice(LAST).upper())
    return "\n".join(lines)


def generate_rows(count: int, seed: int = 2011) -> Iterator[list[str]]:
    """``count`` rows of synthetic cables, in release order."""
    rnd = random.Random(seed)
    weights = [c[0] for c in CLASSIFICATIONS]
    start = datetime(2003, 1, 1)
    serials: dict[str, int] = {}
    issued: list[str] = []
    for identifier in range(1, count + 1):
        created = start + timedelta(minutes=identifier * 3 + rnd.randint(0, 2))
        post = rnd.choice(POSTS)
        key = f"{created:%y}{post[1]}"
        serials[key] = serials.get(key, 0) + rnd.randint(1, 3)
        serial = serials[key]
        refid = f"{created:%y}{post[1]}{serial}"
        cls = rnd.choices(CLASSIFICATIONS, weights)[0]
        refs = rnd.sample(issued[-500:], min(len(issued), rnd.choice((0, 0, 1, 2, 3))))
        prec, _ = rnd.choice(PRECEDENCE)
        level_code = {"C": "C", "C/NF": "C", "S": "S", "S/NF": "S", "SBU": "E", "U": "U"}[cls[3]]
        yield [
            str(identifier),
            f"{created:%m/%d/%Y %H:%M}",
            refid,
            post[3],
            cls[1],
            ",".join(refs),
            _header(rnd, post, serial, created, prec, level_code),
            _body(rnd, post, serial, created, cls, refs),
        ]
        issued.append(refid)


def write_csv(path: Path, count: int, seed: int = 2011) -> Path:
    """Write ``count`` rows to ``path`` in the release's CSV dialect."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(
            handle,
            delimiter=",",
            quotechar='"',
            escapechar="\\",
            doublequote=False,
            quoting=csv.QUOTE_ALL,
            lineterminator="\n",
        )
        for row in generate_rows(count, seed):
            writer.writerow(row)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of rows")
    parser.add_argument("out", type=Path, help="CSV file to write")
    parser.add_argument("--seed", type=int, default=2011)
    args = parser.parse_args(argv)
    write_csv(args.out, args.count, args.seed)
    print(f"wrote {args.count} rows to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
