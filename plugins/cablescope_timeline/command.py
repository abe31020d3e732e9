"""``cablescope timeline``: the index's cables (or a search's hits) per month, year, origin… as bars."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from cablescope import api


class GroupBy(StrEnum):
    month = "month"
    year = "year"
    origin = "origin"
    classification = "classification"
    tag = "tag"


def timeline(
    target: api.OptionalTargetArg = None,
    by: Annotated[
        GroupBy, typer.Option("--by", help="What one bar counts.", case_sensitive=False)
    ] = GroupBy.month,
    query: Annotated[
        str | None, typer.Option("--query", metavar="Q", help="Count only the cables matching this search.")
    ] = None,
    as_json: api.JsonOption = False,
    tui: api.TuiOption = False,
    db: api.LibraryOption = None,
) -> None:
    """A bar chart of the index over time (or by origin, classification, tag), for all cables or a search.

    With a cable, its month (origin, classification, tags) is marked with ◆.
    """
    if tui and by.value not in api.TIME_AXES:
        api.fail("the explorer's timeline counts by month or year: drop --tui or use --by month|year", 2)
    # The chart needs an index (the usual one line when there is none) and a search it can run.
    with api.open_store(db, create=False) as store:
        if query:
            try:
                store.count(query=query)
            except ValueError as error:  # the store's QueryError explains itself in one line
                api.fail(str(error), 2)
    api.run_view_command(
        "timeline", target, db=db, as_json=as_json, tui=tui, options={"by": by.value}, query=query
    )


def register(cli: typer.Typer) -> None:
    cli.command("timeline")(timeline)
