"""Facts about U.S. classification law that cables cite, written out as data.

Sources (public law, paraphrased only where the order's own words are long):

- E.O. 12958, "Classified National Security Information", 17 April 1995, 60 FR 19825:
  section 1.5 lists the classification categories (a)-(g); section 1.6(d) lists the
  exemptions from ten-year declassification that cables mark X1-X8.
- E.O. 13292, 25 March 2003, 68 FR 15315, amended E.O. 12958: the categories moved to
  section 1.4, (e) and (g) gained "which includes defense against transnational
  terrorism", and (h) weapons of mass destruction was added.
- E.O. 13526, 29 December 2009, 75 FR 707 (in force 27 June 2010), replaced E.O. 12958:
  section 1.4 keeps the letters (a)-(h) with small wording changes ((c) "covert action").
- E.O. 12958 section 3.3(b) lists the exemptions from 25-year automatic declassification
  marked 25X1-25X9.

Cables cite the letters, not the words; this module turns a letter back into words.
"""

from __future__ import annotations

from typing import Final

EO_12958: Final = "E.O. 12958"
EO_12958_AMENDED: Final = "E.O. 12958, as amended by E.O. 13292"
EO_13526: Final = "E.O. 13526"

# E.O. 12958 (1995), section 1.5: "Information may not be considered for classification
# unless it concerns: ..."
SECTION_1_5_EO_12958: Final[dict[str, str]] = {
    "a": "military plans, weapons systems, or operations",
    "b": "foreign government information",
    "c": "intelligence activities (including special activities), intelligence sources or methods, "
    "or cryptology",
    "d": "foreign relations or foreign activities of the United States, including confidential sources",
    "e": "scientific, technological, or economic matters relating to the national security",
    "f": "United States Government programs for safeguarding nuclear materials or facilities",
    "g": "vulnerabilities or capabilities of systems, installations, projects or plans relating to "
    "the national security",
}

# E.O. 12958 as amended by E.O. 13292 (2003), section 1.4.
SECTION_1_4_EO_12958_AMENDED: Final[dict[str, str]] = {
    "a": "military plans, weapons systems, or operations",
    "b": "foreign government information",
    "c": "intelligence activities (including special activities), intelligence sources or methods, "
    "or cryptology",
    "d": "foreign relations or foreign activities of the United States, including confidential sources",
    "e": "scientific, technological, or economic matters relating to the national security, which "
    "includes defense against transnational terrorism",
    "f": "United States Government programs for safeguarding nuclear materials or facilities",
    "g": "vulnerabilities or capabilities of systems, installations, infrastructures, projects, plans, "
    "or protection services relating to the national security, which includes defense against "
    "transnational terrorism",
    "h": "weapons of mass destruction",
}

# E.O. 13526 (2009), section 1.4.
SECTION_1_4_EO_13526: Final[dict[str, str]] = {
    "a": "military plans, weapons systems, or operations",
    "b": "foreign government information",
    "c": "intelligence activities (including covert action), intelligence sources or methods, or cryptology",
    "d": "foreign relations or foreign activities of the United States, including confidential sources",
    "e": "scientific, technological, or economic matters relating to the national security",
    "f": "United States Government programs for safeguarding nuclear materials or facilities",
    "g": "vulnerabilities or capabilities of systems, installations, infrastructures, projects, plans, "
    "or protection services relating to the national security",
    "h": "the development, production, or use of weapons of mass destruction",
}

# E.O. 12958 (1995), section 1.6(d)(1)-(8): information the classifier may exempt from
# declassification within ten years, marked "X1" ... "X8" on the declassification line.
TEN_YEAR_EXEMPTIONS: Final[dict[str, str]] = {
    "X1": "would reveal an intelligence source, method, or activity, or a cryptologic system or activity",
    "X2": "would reveal information that would assist in the development or use of weapons of mass "
    "destruction",
    "X3": "would reveal information that would impair the development or use of technology within a "
    "United States weapons system",
    "X4": "would reveal United States military plans, or national security emergency preparedness plans",
    "X5": "would reveal foreign government information",
    "X6": "would damage relations between the United States and a foreign government, reveal a "
    "confidential source, or seriously undermine ongoing diplomatic activities",
    "X7": "would impair the ability of U.S. officials to protect the President, the Vice President, "
    "and others given protective services in the interest of national security",
    "X8": "would violate a statute, treaty, or international agreement",
}

# E.O. 12958 (1995), section 3.3(b)(1)-(9): exemptions from automatic declassification
# after 25 years, marked "25X1" ... "25X9".
TWENTY_FIVE_YEAR_EXEMPTIONS: Final[dict[str, str]] = {
    "25X1": "would reveal the identity of a confidential human source, or an intelligence source, "
    "method or activity",
    "25X2": "would reveal information that would assist in the development or use of weapons of mass "
    "destruction",
    "25X3": "would reveal information that would impair U.S. cryptologic systems or activities",
    "25X4": "would reveal information that would impair the application of state-of-the-art technology "
    "within a U.S. weapon system",
    "25X5": "would reveal actual U.S. military war plans that remain in effect",
    "25X6": "would reveal information that would seriously and demonstrably impair relations between "
    "the United States and a foreign government, or ongoing diplomatic activities",
    "25X7": "would reveal information that would impair the protection of the President, the Vice "
    "President, and others given protective services",
    "25X8": "would reveal information that would seriously impair national security emergency "
    "preparedness plans",
    "25X9": "would violate a statute, treaty, or international agreement",
}

# Declassification instructions that are not a date.
DECLASSIFY_WORDS: Final[dict[str, str]] = {
    "OADR": "Originating Agency's Determination Required: no date set; the originating agency "
    "decides (abolished by E.O. 12958 in 1995)",
    "N/A": "not applicable: the cable was unclassified when sent",
    "GDS": "General Declassification Schedule (E.O. 11652, 1972): downgraded and declassified on a "
    "fixed timetable",
}

# Banner names for levels, in WikiLeaks' spelling.
LEVEL_NAMES: Final[dict[str, str]] = {
    "U": "UNCLASSIFIED",
    "SBU": "SENSITIVE BUT UNCLASSIFIED",
    "C": "CONFIDENTIAL",
    "S": "SECRET",
    "TS": "TOP SECRET",
}

# What the common caveats (dissemination controls) mean.
CAVEAT_MEANINGS: Final[dict[str, str]] = {
    "NOFORN": "not releasable to foreign nationals",
    "ORCON": "dissemination and extraction controlled by the originator",
    "FOUO": "for official use only",
    "SIPDIS": "cleared for the State Department's SIPRNet distribution",
    "NODIS": "no distribution beyond the addressees without the originator's approval",
    "EXDIS": "exclusive distribution to officers with an essential need to know",
    "LIMDIS": "limited distribution",
    "STADIS": "State Department distribution only",
    "FGI": "foreign government information",
    "PROPIN": "proprietary information",
    "REL TO": "releasable to the named countries or organisations",
}


def categories_for(order: str, section: str) -> dict[str, str]:
    """The category table for a citation of ``section`` ("1.4" or "1.5") under ``order``."""
    if section == "1.5":
        return SECTION_1_5_EO_12958
    if order == EO_13526:
        return SECTION_1_4_EO_13526
    return SECTION_1_4_EO_12958_AMENDED
