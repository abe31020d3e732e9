"""The four built-in readers, registered through the same hook as plugin readers."""

from __future__ import annotations

from cablescope.hookspecs import hookimpl
from cablescope.readers.cables_csv import CablesCsvReader
from cablescope.readers.scoop import ScoopReader
from cablescope.readers.text import TextReader
from cablescope.readers.wikileaks_html import WikiLeaksHtmlReader


@hookimpl
def register_readers(register):
    for reader in (ScoopReader(), WikiLeaksHtmlReader(), CablesCsvReader(), TextReader()):
        register(reader)
