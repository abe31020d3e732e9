"""The explorer's entities pane: pick an entity, step through its mentions, jump to other cables naming it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cablescope.api import Cable, HighlightSpans, OpenCable, ViewContext
from cablescope_entities.render import KIND_LABELS, KIND_ORDER, cable_entities, describe

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from cablescope_entities.extract import Entity

HELP = "enter mark · n/N step · c other cables · esc back"


def _entity_prompt(entity: Entity) -> Text:
    line = Text.assemble((f"{len(entity.mentions):>3} ", "dim"), (entity.key, "bold"))
    gloss = describe(entity)
    if gloss:
        line.append("  ")
        line.append(gloss, style="italic dim")
    return line


class EntitiesPanel(Vertical):
    """Entities grouped by type with counts; selecting one highlights its mentions in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next mention", id="entities.next"),
        Binding("N", "step(-1)", "Previous mention", id="entities.previous"),
        Binding("c", "other_cables", "Other cables", id="entities.cables"),
        Binding("escape", "back", "Back to entities", show=False, id="entities.back"),
    ]

    DEFAULT_CSS = """
    EntitiesPanel { height: 1fr; }
    EntitiesPanel > .entities-help { color: $text-muted; height: auto; padding: 0 1; }
    EntitiesPanel > .entities-status { height: auto; padding: 0 1; }
    EntitiesPanel > OptionList { height: 1fr; border: none; }
    """

    def __init__(self, cable: Cable, context: ViewContext, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cable = cable
        self.context = context
        own, appendix = cable_entities(cable)
        self.entities: list[Entity] = own + appendix
        self.selected: Entity | None = None
        self.mention_index = 0

    def compose(self) -> ComposeResult:
        yield Static(Text(HELP), classes="entities-help")
        options: list[Option | None] = []
        own = [e for e in self.entities if not e.in_appendix]
        appendix = [e for e in self.entities if e.in_appendix]
        for label, group, prefix in (("", own, "e"), ("Appendix · ", appendix, "a")):
            for kind in KIND_ORDER:
                members = [e for e in group if e.kind == kind]
                if not members:
                    continue
                heading = Text(f"{label}{KIND_LABELS[kind]} ({len(members)})", style="bold underline")
                options.append(Option(heading, disabled=True))
                for entity in members:
                    options.append(
                        Option(_entity_prompt(entity), id=f"{prefix}{self.entities.index(entity)}")
                    )
        if not options:
            options.append(Option(Text("No entities found."), disabled=True))
        yield OptionList(*options, id="entities-list")
        cables = OptionList(id="entities-cables")
        cables.display = False
        yield cables
        yield Static(Text(""), classes="entities-status")

    def on_mount(self) -> None:
        listing = self.query_one("#entities-list", OptionList)
        first = next(
            (i for i in range(listing.option_count) if not listing.get_option_at_index(i).disabled), None
        )
        listing.highlighted = first

    # -- helpers ------------------------------------------------------------------------
    def _status(self, message: str) -> None:
        self.query_one(".entities-status", Static).update(Text(message))

    def _entity_for(self, option: Option) -> Entity | None:
        if option.id is None:
            return None
        return self.entities[int(option.id[1:])]

    def _highlighted_entity(self) -> Entity | None:
        listing = self.query_one("#entities-list", OptionList)
        option = listing.highlighted_option
        return self._entity_for(option) if option is not None else None

    def spans(self, entity: Entity) -> list[tuple[int | None, int, int]]:
        """Mentions in the cable's paragraphs (appendix, subject and header mentions are not shown there)."""
        return [
            (m.paragraph, m.start, m.end)
            for m in entity.mentions
            if not m.in_appendix and m.start is not None and m.end is not None and m.source != "subject"
        ]

    def _highlight(self) -> None:
        entity = self.selected
        if entity is None:
            return
        spans = self.spans(entity)
        if not spans:
            where = (
                "the appendix"
                if entity.in_appendix
                else "the header (subject, TAGS, Classified By or signer)"
            )
            self._status(f"{entity.key}: named only in {where}")
            return
        self.mention_index %= len(spans)
        paragraph = spans[self.mention_index][0]
        where = f"¶{paragraph}" if paragraph is not None else "lead"
        self._status(f"{entity.key}: mention {self.mention_index + 1} of {len(spans)} ({where})")
        self.post_message(HighlightSpans(spans, self.mention_index, entity.key))

    # -- events and actions -------------------------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "entities-cables":
            if event.option.id:
                self.post_message(OpenCable(event.option.id))
            return
        entity = self._entity_for(event.option)
        if entity is not None:
            self.selected = entity
            self.mention_index = 0
            self._highlight()

    def action_step(self, delta: int) -> None:
        entity = self._highlighted_entity() if self.selected is None else self.selected
        if entity is None:
            return
        if entity is not self.selected:
            self.selected = entity
            self.mention_index = 0
        else:
            self.mention_index += delta
        self._highlight()

    def action_other_cables(self) -> None:
        entity = self._highlighted_entity()
        if entity is None:
            return
        store = self.context.store
        if store is None:
            self._status("No library open: index cables to see where else this is named.")
            return
        here = self.cable.reference_id
        others = [s for s in store.cables_with_fact(entity.kind, entity.key) if s.reference_id != here]
        cables = self.query_one("#entities-cables", OptionList)
        cables.clear_options()
        if not others:
            self._status(f"No other cable in the library names {entity.key}.")
            return
        for summary in others:
            when = summary.created.date().isoformat() if summary.created else "????-??-??"
            prompt = Text.assemble(
                (summary.reference_id, "bold"), "  ", (when, "dim"), "  ", summary.subject or ""
            )
            cables.add_option(Option(prompt, id=summary.reference_id))
        self.query_one("#entities-list", OptionList).display = False
        cables.display = True
        cables.highlighted = 0
        cables.focus()
        self._status(f"{len(others)} other cables name {entity.key} · enter: open · esc: back")

    def action_back(self) -> None:
        cables = self.query_one("#entities-cables", OptionList)
        if not cables.display:
            return
        cables.display = False
        listing = self.query_one("#entities-list", OptionList)
        listing.display = True
        listing.focus()
        self._status("")
