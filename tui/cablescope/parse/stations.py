"""Facts about the posts that sent cables: routing indicators and FM-line names.

The posts themselves (reference-id names, WikiLeaks origin names, spellings) are in
``posts.py``; ``STATION_NAMES`` and ``ORIGIN_BY_STATION`` here are views of that table.

Compiled by the cablescope team. The routing indicators below marked "corpus" were read off
the telegram headers of the shared Cablegate pages, where a ``DE RUEHxx`` line and an
``FM AMEMBASSY ...`` line stand together. The others are routing indicators of other posts
as they appear in Cablegate headers, written from the team's knowledge and not checked
against the shared pages: a wrong entry would give a wrong id, so only posts we are sure
of are listed, and the tests pin the corpus-checked ones. Origin names follow WikiLeaks' cable-viewer naming
("Embassy Beijing", "Consulate Shanghai", "Secretary of State").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from cablescope.parse.posts import POSTS

# Routing indicator -> (name used in reference ids, WikiLeaks origin name).
ROUTING_INDICATORS: dict[str, tuple[str, str]] = {
    # corpus: DE and FM lines seen together
    "RUEHAB": ("ABIDJAN", "Embassy Abidjan"),
    "RUEHAD": ("ABUDHABI", "Embassy Abu Dhabi"),
    "RUEHUJA": ("ABUJA", "Embassy Abuja"),
    "RUEHAS": ("ALGIERS", "Embassy Algiers"),
    "RUEHAK": ("ANKARA", "Embassy Ankara"),
    "RUEHAH": ("ASHGABAT", "Embassy Ashgabat"),
    "RUEHTA": ("ASTANA", "Embassy Astana"),
    "RUEHGB": ("BAGHDAD", "Embassy Baghdad"),
    "RUEHKB": ("BAKU", "Embassy Baku"),
    "RUEHBP": ("BAMAKO", "Embassy Bamako"),
    "RUEHBJ": ("BEIJING", "Embassy Beijing"),
    "RUEHLB": ("BEIRUT", "Embassy Beirut"),
    "RUEHBW": ("BELGRADE", "Embassy Belgrade"),
    "RUEHRL": ("BERLIN", "Embassy Berlin"),
    "RUEHEK": ("BISHKEK", "Embassy Bishkek"),
    "RUEHBO": ("BOGOTA", "Embassy Bogota"),
    "RUEHBR": ("BRASILIA", "Embassy Brasilia"),
    "RUEHWN": ("BRIDGETOWN", "Embassy Bridgetown"),
    "RUEHBS": ("BRUSSELS", "Embassy Brussels"),
    "RUEHBU": ("BUENOSAIRES", "Embassy Buenos Aires"),
    "RUEHEG": ("CAIRO", "Embassy Cairo"),
    "RUEHTN": ("CAPETOWN", "Consulate Cape Town"),
    "RUEHCV": ("CARACAS", "Embassy Caracas"),
    "RUEHCH": ("CHISINAU", "Embassy Chisinau"),
    "RUEHLM": ("COLOMBO", "Embassy Colombo"),
    "RUEHDK": ("DAKAR", "Embassy Dakar"),
    "RUEHDM": ("DAMASCUS", "Embassy Damascus"),
    "RUEHDJ": ("DJIBOUTI", "Embassy Djibouti"),
    "RUEHDO": ("DOHA", "Embassy Doha"),
    "RUEHDE": ("DUBAI", "Consulate Dubai"),
    "RUEHDL": ("DUBLIN", "Embassy Dublin"),
    "RUEHFN": ("FREETOWN", "Embassy Freetown"),
    "RUEHSB": ("HARARE", "Embassy Harare"),
    "RUEHUB": ("HAVANA", "US Interests Section Havana"),
    "RUEHIL": ("ISLAMABAD", "Embassy Islamabad"),
    "RUEHIT": ("ISTANBUL", "Consulate Istanbul"),
    "RUEHBUL": ("KABUL", "Embassy Kabul"),
    "RUEHKM": ("KAMPALA", "Embassy Kampala"),
    "RUEHKL": ("KUALALUMPUR", "Embassy Kuala Lumpur"),
    "RUEHKU": ("KUWAIT", "Embassy Kuwait"),
    "RUEHKV": ("KYIV", "Embassy Kyiv"),
    "RUEHOS": ("LAGOS", "Consulate Lagos"),
    "RUEHLP": ("LAPAZ", "Embassy La Paz"),
    "RUEHLO": ("LONDON", "Embassy London"),
    "RUEHLE": ("LUXEMBOURG", "Embassy Luxembourg"),
    "RUEHMD": ("MADRID", "Embassy Madrid"),
    "RUEHMU": ("MANAGUA", "Embassy Managua"),
    "RUEHMK": ("MANAMA", "Embassy Manama"),
    "RUEHTO": ("MAPUTO", "Embassy Maputo"),
    "RUEHME": ("MEXICO", "Embassy Mexico"),
    "RUEHMO": ("MOSCOW", "Embassy Moscow"),
    "RUEHMZ": ("MUNICH", "Consulate Munich"),
    "RUEHMS": ("MUSCAT", "Embassy Muscat"),
    "RUEHNR": ("NAIROBI", "Embassy Nairobi"),
    "RUEHNE": ("NEWDELHI", "Embassy New Delhi"),
    "RUEHNY": ("OSLO", "Embassy Oslo"),
    "RUEHOT": ("OTTAWA", "Embassy Ottawa"),
    "RUEHFR": ("PARIS", "Embassy Paris"),
    "RUEHPW": ("PESHAWAR", "Consulate Peshawar"),
    "RUEHPU": ("PORTAUPRINCE", "Embassy Port Au Prince"),
    "RUEHSA": ("PRETORIA", "Embassy Pretoria"),
    "RUEHPS": ("PRISTINA", "Embassy Pristina"),
    "RUEHRB": ("RABAT", "Embassy Rabat"),
    "RUEHGO": ("RANGOON", "Embassy Rangoon"),
    "RUEHRI": ("RIODEJANEIRO", "Consulate Rio De Janeiro"),
    "RUEHRH": ("RIYADH", "Embassy Riyadh"),
    "RUEHRO": ("ROME", "Embassy Rome"),
    "RUEHDIR": ("RPODUBAI", "Iran RPO Dubai"),
    "RUEHYN": ("SANAA", "Embassy Sanaa"),
    "RUEHSN": ("SANSALVADOR", "Embassy San Salvador"),
    "RUEHSG": ("SANTIAGO", "Embassy Santiago"),
    "RUEHSO": ("SAOPAULO", "Consulate Sao Paulo"),
    "RUEHVJ": ("SARAJEVO", "Embassy Sarajevo"),
    "RUEHC": ("STATE", "Secretary of State"),
    "RUEHUL": ("SEOUL", "Embassy Seoul"),
    "RUEHSH": ("SHENYANG", "Consulate Shenyang"),
    "RUEHSQ": ("SKOPJE", "Embassy Skopje"),
    "RUEHSF": ("SOFIA", "Embassy Sofia"),
    "RUEHSM": ("STOCKHOLM", "Embassy Stockholm"),
    "RUEHTL": ("TALLINN", "Embassy Tallinn"),
    "RUEHSI": ("TBILISI", "Embassy Tbilisi"),
    "RUEHTG": ("TEGUCIGALPA", "Embassy Tegucigalpa"),
    "RUEHTV": ("TELAVIV", "Embassy Tel Aviv"),
    "RUEHTC": ("THEHAGUE", "Embassy The Hague"),
    "RUEHTRO": ("TRIPOLI", "Embassy Tripoli"),
    "RUEHTU": ("TUNIS", "Embassy Tunis"),
    "RUEHNO": ("USNATO", "Mission USNATO"),
    "RUEHROV": ("VATICAN", "Embassy Vatican"),
    "RUEHVI": ("VIENNA", "Embassy Vienna"),
    "RUEHVK": ("VLADIVOSTOK", "Consulate Vladivostok"),
    "RUEHWR": ("WARSAW", "Embassy Warsaw"),
    "RUEHVB": ("ZAGREB", "Embassy Zagreb"),
    # other posts (not in the shared pages)
    "RUEHGH": ("SHANGHAI", "Consulate Shanghai"),
    "RUEHGZ": ("GUANGZHOU", "Consulate Guangzhou"),
    "RUEHCN": ("CHENGDU", "Consulate Chengdu"),
    "RUEHHK": ("HONGKONG", "Consulate Hong Kong"),
    "RUEHKO": ("TOKYO", "Embassy Tokyo"),
    "RUEHML": ("MANILA", "Embassy Manila"),
    "RUEHBK": ("BANGKOK", "Embassy Bangkok"),
    "RUEHJA": ("JAKARTA", "Embassy Jakarta"),
    "RUEHGP": ("SINGAPORE", "Embassy Singapore"),
    "RUEHHI": ("HANOI", "Embassy Hanoi"),
    "RUEHKP": ("KARACHI", "Consulate Karachi"),
    "RUEHLH": ("LAHORE", "Consulate Lahore"),
    "RUEHKT": ("KATHMANDU", "Embassy Kathmandu"),
    "RUEHKA": ("DHAKA", "Embassy Dhaka"),
    "RUEHPG": ("PRAGUE", "Embassy Prague"),
    "RUEHUP": ("BUDAPEST", "Embassy Budapest"),
    "RUEHBM": ("BUCHAREST", "Embassy Bucharest"),
    "RUEHTH": ("ATHENS", "Embassy Athens"),
    "RUEHLI": ("LISBON", "Embassy Lisbon"),
    "RUEHCP": ("COPENHAGEN", "Embassy Copenhagen"),
    "RUEHHE": ("HELSINKI", "Embassy Helsinki"),
    "RUEHRA": ("RIGA", "Embassy Riga"),
    "RUEHVL": ("VILNIUS", "Embassy Vilnius"),
    "RUEHSK": ("MINSK", "Embassy Minsk"),
    "RUEHYE": ("YEREVAN", "Embassy Yerevan"),
    "RUEHNT": ("TASHKENT", "Embassy Tashkent"),
    "RUEHJM": ("JERUSALEM", "Consulate Jerusalem"),
    "RUEHAM": ("AMMAN", "Embassy Amman"),
    "RUEHDS": ("ADDISABABA", "Embassy Addis Ababa"),
    "RUEHDR": ("DARESSALAAM", "Embassy Dar Es Salaam"),
    "RUEHPE": ("LIMA", "Embassy Lima"),
    "RUEHQT": ("QUITO", "Embassy Quito"),
    "RUEHMN": ("MONTEVIDEO", "Embassy Montevideo"),
    "RUEHGT": ("GUATEMALA", "Embassy Guatemala"),
    "RUEHSJ": ("SANJOSE", "Embassy San Jose"),
    "RUEHDG": ("SANTODOMINGO", "Embassy Santo Domingo"),
    "RUEHKG": ("KINGSTON", "Embassy Kingston"),
    "RUEHGV": ("GENEVA", "Mission Geneva"),
    "RUCNDT": ("USUNNEWYORK", "USUN New York"),
    "RUEHUNV": ("UNVIEVIENNA", "UNVIE"),
    "RUEHTI": ("TIRANA", "Embassy Tirana"),
    "RUEHWL": ("WELLINGTON", "Embassy Wellington"),
    "RUEHBY": ("CANBERRA", "Embassy Canberra"),
    "RUEHIN": ("TAIPEI", "AIT Taipei"),
    "RUEHNC": ("NICOSIA", "Embassy Nicosia"),
    "RUEHLJ": ("LJUBLJANA", "Embassy Ljubljana"),
    "RUEHJB": ("BUJUMBURA", "Embassy Bujumbura"),
    "RUEHKI": ("KINSHASA", "Embassy Kinshasa"),
    "RUEHAR": ("ACCRA", "Embassy Accra"),
    "RUEHJO": ("JOHANNESBURG", "Consulate Johannesburg"),
    "RUEHLU": ("LUANDA", "Embassy Luanda"),
    "RUEHKH": ("KHARTOUM", "Embassy Khartoum"),
    "RUEHAE": ("ASMARA", "Embassy Asmara"),
    "RUEHJI": ("JEDDAH", "Consulate Jeddah"),
    "RUEHPF": ("PHNOMPENH", "Embassy Phnom Penh"),
    "RUEHVN": ("VIENTIANE", "Embassy Vientiane"),
    "RUEHUM": ("ULAANBAATAR", "Embassy Ulaanbaatar"),
    "RUEHCI": ("KOLKATA", "Consulate Kolkata"),
    "RUEHBI": ("MUMBAI", "Consulate Mumbai"),
    "RUEHCG": ("CHENNAI", "Consulate Chennai"),
    "RUEHSW": ("BERN", "Embassy Bern"),
    "RUEHRK": ("REYKJAVIK", "Embassy Reykjavik"),
    "RUEHDA": ("ADANA", "Consulate Adana"),
    "RUEHKW": ("KRAKOW", "Consulate Krakow"),
    "RUEHSL": ("BRATISLAVA", "Embassy Bratislava"),
    "RUEHPOD": ("PODGORICA", "Embassy Podgorica"),
    "RUEHYG": ("YEKATERINBURG", "Consulate Yekaterinburg"),
    "RUEHLN": ("STPETERSBURG", "Consulate St Petersburg"),
    "RUEHFT": ("FRANKFURT", "Consulate Frankfurt"),
    "RUEHAG": ("HAMBURG", "Consulate Hamburg"),
    "RUEHDF": ("DUSSELDORF", "Consulate Dusseldorf"),
    "RUEHMIL": ("MILAN", "Consulate Milan"),
    "RUEHFL": ("FLORENCE", "Consulate Florence"),
    "RUEHNP": ("NAPLES", "Consulate Naples"),
    "RUEHSR": ("STRASBOURG", "Consulate Strasbourg"),
    "RUEHVEN": ("USOSCE", "Mission USOSCE"),
    "RUEHNH": ("NAHA", "Consulate Naha"),
    "RUEHOK": ("OSAKAKOBE", "Consulate Osaka Kobe"),
    "RUEHFK": ("FUKUOKA", "Consulate Fukuoka"),
    "RUEHNAG": ("NAGOYA", "Consulate Nagoya"),
    "RUEHKSO": ("SAPPORO", "Consulate Sapporo"),
    "RUEHCHI": ("CHIANGMAI", "Consulate Chiang Mai"),
    "RUEHJS": ("SURABAYA", "Consulate Surabaya"),
    "RUEHHM": ("HOCHIMINHCITY", "Consulate Ho Chi Minh City"),
    "RUEHDT": ("DILI", "Embassy Dili"),
    "RUEHDBU": ("DUSHANBE", "Embassy Dushanbe"),
    "RUEHMT": ("MONTREAL", "Consulate Montreal"),
    "RUEHON": ("TORONTO", "Consulate Toronto"),
    "RUEHVC": ("VANCOUVER", "Consulate Vancouver"),
    "RUEHQU": ("QUEBEC", "Consulate Quebec"),
    "RUEHHA": ("HALIFAX", "Consulate Halifax"),
    "RUEHGL": ("GUAYAQUIL", "Consulate Guayaquil"),
    "RUEHAC": ("ASUNCION", "Embassy Asuncion"),
    "RUEHRC": ("RECIFE", "Consulate Recife"),
    "RUEHGD": ("GUADALAJARA", "Consulate Guadalajara"),
    "RUEHMC": ("MONTERREY", "Consulate Monterrey"),
    "RUEHSP": ("PORTOFSPAIN", "Embassy Port Of Spain"),
    "RUEHBH": ("NASSAU", "Embassy Nassau"),
    "RUEHDH": ("DHAHRAN", "Consulate Dhahran"),
    "RUEHZP": ("PANAMA", "Embassy Panama"),
    "RUEHLGB": ("KIGALI", "Embassy Kigali"),
    "RUEHLS": ("LUSAKA", "Embassy Lusaka"),
    "RUEHWD": ("WINDHOEK", "Embassy Windhoek"),
    "RUEHOR": ("GABORONE", "Embassy Gaborone"),
    "RUEHAN": ("ANTANANARIVO", "Embassy Antananarivo"),
    "RUEHNM": ("NIAMEY", "Embassy Niamey"),
    "RUEHNK": ("NOUAKCHOTT", "Embassy Nouakchott"),
    "RUEHOU": ("OUAGADOUGOU", "Embassy Ouagadougou"),
    "RUEHNJ": ("NDJAMENA", "Embassy Ndjamena"),
    "RUEHCL": ("CASABLANCA", "Consulate Casablanca"),
    "RUEHDU": ("DURBAN", "Consulate Durban"),
}

# Indicators shared by more than one post: the station alone does not say which sent the cable.
AMBIGUOUS_INDICATORS: frozenset[str] = frozenset({"RUEHBS"})  # Embassy Brussels and USEU Brussels

# FM-line names of posts that are not "AMEMBASSY X" or "AMCONSUL X", as WikiLeaks names them.
SPECIAL_ORIGINS: dict[str, str] = {
    "SECSTATE WASHDC": "Secretary of State",
    "SECSTATE": "Secretary of State",
    "USMISSION USNATO": "Mission USNATO",
    "USNATO": "Mission USNATO",
    "USEU BRUSSELS": "USEU Brussels",
    "USINT HAVANA": "US Interests Section Havana",
    "IRAN RPO DUBAI": "Iran RPO Dubai",
    "RPO DUBAI": "Iran RPO Dubai",
    "USMISSION GENEVA": "Mission Geneva",
    "USMISSION USUN NEW YORK": "USUN New York",
    "USUN NEW YORK": "USUN New York",
    "USMISSION UNVIE VIENNA": "UNVIE",
    "USMISSION USOSCE": "Mission USOSCE",
    "USOFFICE PRISTINA": "US Office Pristina",
    "AIT TAIPEI": "AIT Taipei",
}

# FM-line prefixes of ordinary posts and the word WikiLeaks puts before the city.
POST_PREFIXES: dict[str, str] = {
    "AMEMBASSY": "Embassy",
    "AMCONSUL": "Consulate",
    "AMCONGEN": "Consulate",
    "USMISSION": "Mission",
}


class _OriginByStation(Mapping[str, str]):
    """WikiLeaks' origin name of each post in the posts table, kept current as plugins add posts."""

    def __getitem__(self, name: str) -> str:
        origin = POSTS.origin(name)
        if origin is None:
            raise KeyError(name)
        return origin

    def __iter__(self) -> Iterator[str]:
        return iter(POSTS.names)

    def __len__(self) -> int:
        return len(POSTS)


ORIGIN_BY_STATION: Mapping[str, str] = _OriginByStation()
STATION_NAMES = POSTS
"""Every reference-id station name (``name in STATION_NAMES``): the posts table."""


MAX_NAME_WORDS = 4
"""The most words a post's name takes in a REF line: "BANDAR SERI BEGAWAN", "USMISSION USUN NEW YORK"."""


def id_form(name: str) -> str:
    """``"La Paz"`` -> ``"LAPAZ"``: capitals, no spaces, hyphens or full stops."""
    return "".join(ch for ch in name.upper() if ch.isalnum())


def station_id(words: str) -> str | None:
    """The reference-id station of a post written as ``words`` ("La Paz", "SECSTATE"), if it is one."""
    return POSTS.exact(words)
