"""One key per person across the library: the forms cables give one person's name, merged.

Each cable names a person by the fullest form it uses ("Angela Merkel" in one, "Merkel" in
another, "Karl-Theodor von und zu Guttenberg" in a third, "Karl-Theodor zu Guttenberg" in a
fourth). Across the library a surname alone joins the one full name that ends in it, and two
full names join when one's words (particles and initials aside) are all in the other's with
the same surname; a surname that ends two full names ("Rice": Condoleezza Rice, Susan Rice)
stays apart and says which people it could be.
"""

from __future__ import annotations

from cablescope_entities.resolution import name_parts, spelled_otherwise


def merge_people(rows: list[dict]) -> list[dict]:
    """Rows of ``Store.top_facts`` for people, with the forms of one person merged into one row
    (``forms`` lists them, most cables first); a bare surname shared by several full names keeps
    its row and gets ``ambiguous`` with their keys. Most cables first."""
    ordered = sorted(rows, key=lambda r: (-r["cables"], r["key"]))
    rank = {r["key"]: n for n, r in enumerate(ordered)}
    parts = {r["key"]: name_parts(r["key"]) for r in ordered}
    full = [r for r in ordered if len(parts[r["key"]]) > 1]
    by_last: dict[str, list[dict]] = {}
    for row in full:
        by_last.setdefault(parts[row["key"]][-1], []).append(row)
    target: dict[str, dict] = {}
    for row in full:
        mine = set(parts[row["key"]])
        # only names ending in the same surname can be one person's
        same_last = by_last[parts[row["key"]][-1]]
        fuller = [
            other
            for other in same_last
            if other is not row
            and mine <= set(parts[other["key"]])
            # a fuller name, or the same words in the form more cables use
            and (len(set(parts[other["key"]])) > len(mine) or rank[other["key"]] < rank[row["key"]])
        ]
        if len(fuller) == 1 or (fuller and all(set(parts[f["key"]]) == mine for f in fuller)):
            target[row["key"]] = min(fuller, key=lambda r: rank[r["key"]])
            continue
        # "Nicholas Sarkozy", "Condoleeza Rice": the given name spelled otherwise in some cables.
        spelled = [
            other
            for other in same_last
            if rank[other["key"]] < rank[row["key"]]
            and spelled_otherwise(parts[row["key"]], parts[other["key"]])
        ]
        if spelled:
            target[row["key"]] = spelled[0]
    for key in list(target):
        while target[key]["key"] in target:  # "Merkel" -> "Angela Merkel" -> "Angela Dorothea Merkel"
            target[key] = target[target[key]["key"]]
    by_surname: dict[str, list[dict]] = {}
    for row in full:
        if row["key"] not in target:
            by_surname.setdefault(parts[row["key"]][-1], []).append(row)
    merged: dict[str, dict] = {}
    ambiguous: dict[str, list[str]] = {}
    for row in ordered:
        words = parts[row["key"]]
        head = target.get(row["key"])
        if len(words) == 1:
            owners = by_surname.get(words[0], [])
            if len(owners) == 1:
                head = owners[0]
            elif len(owners) > 1:
                ambiguous[row["key"]] = [o["key"] for o in owners]
        head = head or row
        out = merged.setdefault(head["key"], {**head, "cables": 0, "mentions": 0, "forms": []})
        out["cables"] += row["cables"]
        out["mentions"] += row["mentions"]
        out["forms"].append(row["key"])
    for key, people in ambiguous.items():
        merged[key]["ambiguous"] = people
    return sorted(merged.values(), key=lambda r: (-r["cables"], r["key"]))
