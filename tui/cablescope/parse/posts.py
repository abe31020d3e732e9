"""The US diplomatic posts and missions, as WikiLeaks names them in reference ids, and how cables spell them.

Compiled by the cablescope team from the State Department's lists of posts and from the
spellings the shared Cablegate pages use in their REF lines, banners and page markers. A
post's reference-id name (``RIODEJANEIRO``) is its city (or mission) in capitals without
spaces; the table adds the other ways cables write it: official abbreviations (``SECSTATE``,
``USUN``), short forms (``RIO``, ``HCMC``), old names (``BOMBAY``), the country's name used
for its embassy, and the multi-word forms, which are folded to one key before lookup. A post's
former name that was its own station in older reference ids (Peking, Dacca, Leningrad) is not
folded into the new one.

``POSTS.resolve`` is what the REF grammar and ``canonical_reference_id`` both use: an exact
spelling, else the spelling after a post prefix (``EMBASSY``, ``AMCONSUL``), else a typing
slip folded by a guarded fuzzy match (a single nearest post, within one edit for names of six
letters or more and two for names of ten or more). Plugins add posts with the
``register_posts`` hook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from cablescope.parse.fuzzy import edit_distance

# name | WikiLeaks origin | other spellings (comma-separated). The origin's place, written
# out ("Rio De Janeiro"), is a spelling too.
_TABLE = """
ABIDJAN | Embassy Abidjan | COTE D'IVOIRE, IVORY COAST
ABUDHABI | Embassy Abu Dhabi | UAE
ABUJA | Embassy Abuja |
ACCRA | Embassy Accra | GHANA
ADANA | Consulate Adana |
ADDISABABA | Embassy Addis Ababa | ADDIS, ADDIS ABBABA, ETHIOPIA
ALEXANDRIA | Consulate Alexandria |
ALGIERS | Embassy Algiers | ALGERIA
ALMATY | Consulate Almaty | ALMA ATA, ALMAATY
AMMAN | Embassy Amman | JORDAN
AMSTERDAM | Consulate Amsterdam |
ANKARA | Embassy Ankara | TURKEY
ANTANANARIVO | Embassy Antananarivo | MADAGASCAR
APIA | Embassy Apia | SAMOA
ASHGABAT | Embassy Ashgabat | ASHGABAD, ASHKHABAD, TURKMENISTAN
ASMARA | Embassy Asmara | ERITREA
ASTANA | Embassy Astana | KAZAKHSTAN
ASUNCION | Embassy Asuncion | PARAGUAY
ATHENS | Embassy Athens | GREECE
AUCKLAND | Consulate Auckland |
BAGHDAD | Embassy Baghdad | IRAQ
BAKU | Embassy Baku | AZERBAIJAN
BAMAKO | Embassy Bamako | MALI
BANDARSERIBEGAWAN | Embassy Bandar Seri Begawan | BRUNEI, BANDAR
BANGKOK | Embassy Bangkok | THAILAND
BANGUI | Embassy Bangui |
BANJUL | Embassy Banjul | GAMBIA
BARCELONA | Consulate Barcelona |
BASRAH | REO Basrah | BASRA, REO BASRAH
BEIJING | Embassy Beijing |
BEIRUT | Embassy Beirut | LEBANON
BELFAST | Consulate Belfast |
BELGRADE | Embassy Belgrade | SERBIA
BELMOPAN | Embassy Belmopan | BELIZE
BENGHAZI | Embassy Benghazi |
BERLIN | Embassy Berlin | GERMANY
BERN | Embassy Bern | BERNE, SWITZERLAND
BISHKEK | Embassy Bishkek | KYRGYZSTAN
BISSAU | Embassy Bissau | GUINEA BISSAU
BOGOTA | Embassy Bogota | COLOMBIA
BRASILIA | Embassy Brasilia | BRAZIL, BRAZILIA
BRATISLAVA | Embassy Bratislava | SLOVAKIA
BRAZZAVILLE | Embassy Brazzaville |
BRIDGETOWN | Embassy Bridgetown | BARBADOS
BRUSSELS | Embassy Brussels | BELGIUM, USEU, USEU BRUSSELS, BRUXELLES
BUCHAREST | Embassy Bucharest | ROMANIA
BUDAPEST | Embassy Budapest | HUNGARY
BUENOSAIRES | Embassy Buenos Aires | ARGENTINA, BUENOS AIRE
BUJUMBURA | Embassy Bujumbura | BURUNDI
BUSAN | Consulate Busan | PUSAN
CAIRO | Embassy Cairo | EGYPT
CALCUTTA | Consulate Calcutta |
CALGARY | Consulate Calgary |
CANBERRA | Embassy Canberra | AUSTRALIA
CAPETOWN | Consulate Cape Town |
CARACAS | Embassy Caracas | VENEZUELA
CASABLANCA | Consulate Casablanca |
CDGENEVA | Mission CD Geneva | CD GENEVA, USDEL CD GENEVA
CHENGDU | Consulate Chengdu |
CHENNAI | Consulate Chennai | MADRAS
CHIANGMAI | Consulate Chiang Mai |
CHISINAU | Embassy Chisinau | MOLDOVA
CIUDADJUAREZ | Consulate Ciudad Juarez | JUAREZ, CD JUAREZ
COLOMBO | Embassy Colombo | SRI LANKA
CONAKRY | Embassy Conakry | GUINEA
COPENHAGEN | Embassy Copenhagen | DENMARK
COTONOU | Embassy Cotonou | BENIN
CURACAO | Consulate Curacao |
DAKAR | Embassy Dakar | SENEGAL
DAMASCUS | Embassy Damascus | SYRIA
DARESSALAAM | Embassy Dar Es Salaam | DAR, DAR ES SALAM, TANZANIA
DHAHRAN | Consulate Dhahran |
DHAKA | Embassy Dhaka | BANGLADESH
DILI | Embassy Dili | EAST TIMOR, TIMOR LESTE
DJIBOUTI | Embassy Djibouti |
DOHA | Embassy Doha | QATAR
DUBAI | Consulate Dubai |
DUBLIN | Embassy Dublin | IRELAND
DURBAN | Consulate Durban |
DUSHANBE | Embassy Dushanbe | TAJIKISTAN
DUSSELDORF | Consulate Dusseldorf | DUESSELDORF
EDINBURGH | Consulate Edinburgh |
ERBIL | REO Erbil | IRBIL
FLORENCE | Consulate Florence |
FRANKFURT | Consulate Frankfurt |
FREETOWN | Embassy Freetown | SIERRA LEONE
FUKUOKA | Consulate Fukuoka |
GABORONE | Embassy Gaborone | BOTSWANA
GENEVA | Mission Geneva | USMISSION GENEVA, US MISSION GENEVA
GEORGETOWN | Embassy Georgetown | GUYANA
GUADALAJARA | Consulate Guadalajara |
GUANGZHOU | Consulate Guangzhou |
GUATEMALA | Embassy Guatemala | GUATEMALA CITY
GUAYAQUIL | Consulate Guayaquil |
HALIFAX | Consulate Halifax |
HAMBURG | Consulate Hamburg |
HAMILTON | Consulate Hamilton | BERMUDA
HANOI | Embassy Hanoi | VIETNAM
HARARE | Embassy Harare | ZIMBABWE
HAVANA | US Interests Section Havana | USINT HAVANA, USINT, CUBA
HELSINKI | Embassy Helsinki | FINLAND
HERAT | Consulate Herat |
HERMOSILLO | Consulate Hermosillo |
HILLAH | REO Hillah | REO HILLAH
HOCHIMINHCITY | Consulate Ho Chi Minh City | HO CHI MINH, HCMC
HONGKONG | Consulate Hong Kong |
HYDERABAD | Consulate Hyderabad |
ISLAMABAD | Embassy Islamabad | PAKISTAN
ISTANBUL | Consulate Istanbul |
IZMIR | Consulate Izmir |
JAKARTA | Embassy Jakarta | INDONESIA
JEDDAH | Consulate Jeddah | JIDDA, JIDDAH
JERUSALEM | Consulate Jerusalem |
JOHANNESBURG | Consulate Johannesburg | JOBURG, JO BURG
JUBA | Consulate Juba |
KABUL | Embassy Kabul | AFGHANISTAN
KADUNA | Consulate Kaduna |
KAMPALA | Embassy Kampala | UGANDA
KANDAHAR | Consulate Kandahar |
KAOHSIUNG | AIT Kaohsiung |
KARACHI | Consulate Karachi |
KATHMANDU | Embassy Kathmandu | KATMANDU, NEPAL
KHARTOUM | Embassy Khartoum | SUDAN
KIEV | Embassy Kiev |
KIGALI | Embassy Kigali | RWANDA
KINGSTON | Embassy Kingston | JAMAICA
KINSHASA | Embassy Kinshasa |
KIRKUK | REO Kirkuk | REO KIRKUK
KOLKATA | Consulate Kolkata |
KOLONIA | Embassy Kolonia | MICRONESIA
KOROR | Embassy Koror | PALAU
KRAKOW | Consulate Krakow | CRACOW
KUALALUMPUR | Embassy Kuala Lumpur | KL, KUALA LUMPU, MALAYSIA
KUWAIT | Embassy Kuwait | KUWAIT CITY
KYIV | Embassy Kyiv | UKRAINE
LAGOS | Consulate Lagos |
LAHORE | Consulate Lahore |
LAPAZ | Embassy La Paz | BOLIVIA
LEIPZIG | Consulate Leipzig |
LIBREVILLE | Embassy Libreville | GABON
LILONGWE | Embassy Lilongwe | MALAWI
LIMA | Embassy Lima | PERU
LISBON | Embassy Lisbon | PORTUGAL
LJUBLJANA | Embassy Ljubljana | SLOVENIA
LOME | Embassy Lome | TOGO
LONDON | Embassy London | UNITED KINGDOM
LUANDA | Embassy Luanda | ANGOLA
LUSAKA | Embassy Lusaka | ZAMBIA
LUXEMBOURG | Embassy Luxembourg | LUXEMBURG
LYON | Consulate Lyon | LYONS
MADRID | Embassy Madrid | SPAIN
MAJURO | Embassy Majuro | MARSHALL ISLANDS
MALABO | Embassy Malabo |
MANAGUA | Embassy Managua | NICARAGUA
MANAMA | Embassy Manama | BAHRAIN
MANILA | Embassy Manila | PHILIPPINES
MAPUTO | Embassy Maputo | MOZAMBIQUE
MARSEILLE | Consulate Marseille | MARSEILLES
MASERU | Embassy Maseru | LESOTHO
MATAMOROS | Consulate Matamoros |
MBABANE | Embassy Mbabane | SWAZILAND
MELBOURNE | Consulate Melbourne |
MERIDA | Consulate Merida |
MEXICO | Embassy Mexico | MEXICO CITY, MEXICO DF
MILAN | Consulate Milan |
MINSK | Embassy Minsk | BELARUS
MOGADISHU | Embassy Mogadishu | SOMALIA
MONROVIA | Embassy Monrovia | LIBERIA
MONTERREY | Consulate Monterrey |
MONTEVIDEO | Embassy Montevideo | URUGUAY
MONTREAL | Consulate Montreal |
MOSCOW | Embassy Moscow | RUSSIA
MOSUL | REO Mosul | REO MOSUL
MUMBAI | Consulate Mumbai | BOMBAY
MUNICH | Consulate Munich | MUENCHEN
MUSCAT | Embassy Muscat | OMAN
NAGOYA | Consulate Nagoya |
NAHA | Consulate Naha | OKINAWA
NAIROBI | Embassy Nairobi | KENYA
NAPLES | Consulate Naples |
NASSAU | Embassy Nassau | BAHAMAS
NDJAMENA | Embassy Ndjamena | N'DJAMENA, CHAD
NEWDELHI | Embassy New Delhi | DELHI, NEW DEHLI, INDIA
NIAMEY | Embassy Niamey | NIGER
NICOSIA | Embassy Nicosia | CYPRUS
NOGALES | Consulate Nogales |
NOUAKCHOTT | Embassy Nouakchott | MAURITANIA
NUEVOLAREDO | Consulate Nuevo Laredo |
OSAKAKOBE | Consulate Osaka Kobe | OSAKA
OSLO | Embassy Oslo | NORWAY
OTTAWA | Embassy Ottawa | CANADA
OUAGADOUGOU | Embassy Ouagadougou | OUAGA, BURKINA FASO
PANAMA | Embassy Panama | PANAMA CITY
PARAMARIBO | Embassy Paramaribo | SURINAME
PARIS | Embassy Paris | FRANCE
PERTH | Consulate Perth |
PESHAWAR | Consulate Peshawar |
PHNOMPENH | Embassy Phnom Penh | CAMBODIA
PODGORICA | Embassy Podgorica | MONTENEGRO
PONTADELGADA | Consulate Ponta Delgada |
PORTAUPRINCE | Embassy Port Au Prince | PORT AU PRINC, HAITI
PORTLOUIS | Embassy Port Louis | MAURITIUS
PORTMORESBY | Embassy Port Moresby | PAPUA NEW GUINEA
PORTOALEGRE | Consulate Porto Alegre |
PORTOFSPAIN | Embassy Port Of Spain | PORT OF SPAI, TRINIDAD
PRAGUE | Embassy Prague | CZECH REPUBLIC
PRAIA | Embassy Praia | CAPE VERDE
PRETORIA | Embassy Pretoria | SOUTH AFRICA
PRISTINA | Embassy Pristina | PRISHTINA, KOSOVO, USOFFICE PRISTINA
QUEBEC | Consulate Quebec | QUEBEC CITY
QUITO | Embassy Quito | ECUADOR
RABAT | Embassy Rabat | MOROCCO
RANGOON | Embassy Rangoon | YANGON, BURMA
RECIFE | Consulate Recife |
REYKJAVIK | Embassy Reykjavik | ICELAND
RIGA | Embassy Riga | LATVIA
RIODEJANEIRO | Consulate Rio De Janeiro | RIO, RIO DE JAN, RIO DE JANIERO
RIYADH | Embassy Riyadh | SAUDI ARABIA
ROME | Embassy Rome | ITALY
RPODUBAI | Iran RPO Dubai | RPO, RPO DUBAI, IRAN RPO DUBAI, IRANRPODUBAI
SANAA | Embassy Sanaa | YEMEN
SANJOSE | Embassy San Jose | COSTA RICA
SANSALVADOR | Embassy San Salvador | EL SALVADOR
SANTIAGO | Embassy Santiago | CHILE
SANTODOMINGO | Embassy Santo Domingo | DOMINICAN REPUBLIC
SAOPAULO | Consulate Sao Paulo | SAO PAOLO
SAPPORO | Consulate Sapporo |
SARAJEVO | Embassy Sarajevo | BOSNIA
SECDEF | Secretary of Defense | SECDEF WASHDC
SEOUL | Embassy Seoul | KOREA, SOUTH KOREA
SHANGHAI | Consulate Shanghai |
SHENYANG | Consulate Shenyang |
SINGAPORE | Embassy Singapore |
SKOPJE | Embassy Skopje | MACEDONIA
SOFIA | Embassy Sofia | BULGARIA
STATE | Secretary of State | SECSTATE, SECSTATE WASHDC, SECTSTATE, DEPT, DEPT OF STATE, DEPARTMENT, STATE DEPT
STOCKHOLM | Embassy Stockholm | SWEDEN
STPETERSBURG | Consulate St Petersburg | SAINT PETERSBURG
STRASBOURG | Consulate Strasbourg |
SURABAYA | Consulate Surabaya |
SUVA | Embassy Suva | FIJI
SYDNEY | Consulate Sydney |
TAIPEI | AIT Taipei | AIT, AIT TAIPEI, TAIWAN
TALLINN | Embassy Tallinn | ESTONIA
TASHKENT | Embassy Tashkent | UZBEKISTAN
TBILISI | Embassy Tbilisi | GEORGIA
TEGUCIGALPA | Embassy Tegucigalpa | HONDURAS
TEHRAN | Embassy Tehran | IRAN, TEHERAN
TELAVIV | Embassy Tel Aviv | ISRAEL
THEHAGUE | Embassy The Hague | HAGUE, NETHERLANDS
THESSALONIKI | Consulate Thessaloniki |
TIJUANA | Consulate Tijuana |
TIRANA | Embassy Tirana | ALBANIA
TOKYO | Embassy Tokyo | JAPAN
TORONTO | Consulate Toronto |
TRIPOLI | Embassy Tripoli | LIBYA
TUNIS | Embassy Tunis | TUNISIA
ULAANBAATAR | Embassy Ulaanbaatar | ULAN BATOR, ULAANBATAAR, MONGOLIA
UNESCOPARISFR | Mission UNESCO | UNESCO, UNESCO PARIS, USMISSION UNESCO PARIS
UNROME | Mission UN Rome | USUN ROME, UN ROME
UNVIEVIENNA | UNVIE | UNVIE, USUNVIE, USMISSION UNVIE, USMISSION UNVIE VIENNA
USCINCSO | USCINCSO |
USNATO | Mission USNATO | USMISSION USNATO, US MISSION NATO
USOSCE | Mission USOSCE | USMISSION USOSCE
USUNNEWYORK | USUN New York | USUN, USUN NY, USUN NEWYORK, USMISSION USUN NEW YORK, USUNNY
VALLETTA | Embassy Valletta | MALTA
VANCOUVER | Consulate Vancouver |
VATICAN | Embassy Vatican | HOLY SEE, VATICAN CITY
VIENNA | Embassy Vienna | AUSTRIA
VIENTIANE | Embassy Vientiane | LAOS
VILNIUS | Embassy Vilnius | LITHUANIA
VLADIVOSTOK | Consulate Vladivostok |
WARSAW | Embassy Warsaw | POLAND
WELLINGTON | Embassy Wellington | NEW ZEALAND
WINDHOEK | Embassy Windhoek | NAMIBIA
WINNIPEG | Consulate Winnipeg |
WUHAN | Consulate Wuhan |
YAOUNDE | Embassy Yaounde | CAMEROON
YEKATERINBURG | Consulate Yekaterinburg | EKATERINBURG
YEREVAN | Embassy Yerevan | ARMENIA
ZAGREB | Embassy Zagreb | CROATIA
"""

# Words that stand before a post's name without being part of it: "EMBASSY PARIS", "AMCONSUL LAGOS".
POST_PREFIX_WORDS: tuple[str, ...] = (
    "AMEMBASSY",
    "AMCONSUL",
    "AMCONGEN",
    "CONGEN",
    "CONSULATE",
    "CONSUL",
    "EMBASSY",
    "EMB",
    "USEMBASSY",
    "USMISSION",
    "MISSION",
    "USDEL",
    "AMEMB",
    "US",
    "USG",
)
_PREFIX_KEYS = tuple(sorted(POST_PREFIX_WORDS, key=len, reverse=True))

FUZZY_MIN_LENGTH = 6
"""Names shorter than this are never guessed at: one slip turns PARAS into PARIS."""
ID_FUZZY_MIN_LENGTH = 4
"""In a reference id the middle is a post's name for sure: one slip is forgiven from four letters."""
FUZZY_TWO_EDITS_LENGTH = 10
"""Names this long may carry two slips ("RIODEJANIERO" for "RIODEJANEIRO")."""
_KEY_RE = re.compile(r"[^A-Z0-9]")


def key_of(words: str) -> str:
    """The lookup key of a written post name: ``"Rio de Jan"`` -> ``"RIODEJAN"``."""
    return _KEY_RE.sub("", words.upper())


@dataclass
class Post:
    """A post or mission: its reference-id name, WikiLeaks' origin name, other ways cables spell it.

    ``Post("KANDAHAR", "Consulate Kandahar", ("QANDAHAR",))``; ``plugin`` is filled in by
    cablescope for a post a plugin registered.
    """

    name: str
    origin: str
    spellings: tuple[str, ...] = field(default=())
    plugin: str | None = None


class PostTable:
    """Every known post, looked up by any of its spellings; plugins add to it."""

    def __init__(self, builtin: tuple[Post, ...] = ()) -> None:
        self._builtin = builtin
        self._extra: tuple[Post, ...] = ()
        self._reset()

    def _reset(self) -> None:
        self._origins: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        self._by_length: dict[int, list[tuple[str, str, frozenset[str]]]] = {}
        for post in self._builtin:
            self.add(post)

    def use_extra(self, posts: list[Post]) -> None:
        """Make ``posts`` (the plugins' posts) the table's additions, replacing the previous ones."""
        if tuple(posts) == self._extra:
            return
        self._extra = tuple(posts)
        self._reset()
        for post in self._extra:
            self.add(post)

    def check(self, post: Post) -> None:
        """Raise ``ValueError`` (one line, saying what to fix) when ``post`` cannot join the table."""
        if not isinstance(post.name, str) or not re.fullmatch(r"[A-Z]{2,30}", post.name):
            raise ValueError(f"post name {post.name!r} must be 2-30 capital letters (as in reference ids)")
        if not isinstance(post.origin, str) or not post.origin.strip():
            raise ValueError(f'post {post.name!r} needs an origin name ("Embassy Paris")')
        if isinstance(post.spellings, str) or not all(isinstance(s, str) for s in post.spellings):
            raise ValueError(f"post {post.name!r}: spellings must be a tuple of strings")
        for key in self._keys(post):
            owner = self._by_key.get(key)
            if owner is not None and owner != post.name:
                raise ValueError(f"spelling {key!r} of post {post.name!r} already names post {owner!r}")

    @staticmethod
    def _keys(post: Post) -> set[str]:
        return {post.name, key_of(post.origin.split(" ", 1)[-1])} | {key_of(s) for s in post.spellings}

    def add(self, post: Post) -> None:
        """Add ``post`` (a known name gains the new spellings); a spelling of another post is an error."""
        self.check(post)
        keys = self._keys(post)
        self._origins.setdefault(post.name, post.origin)
        for key in sorted(k for k in keys if k):
            if key not in self._by_key:
                self._by_key[key] = post.name
                self._by_length.setdefault(len(key), []).append((key, post.name, frozenset(key)))
        self.resolve.cache_clear()

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._origins)

    def __contains__(self, name: object) -> bool:
        return name in self._origins

    def __len__(self) -> int:
        return len(self._origins)

    def origin(self, name: str) -> str | None:
        """WikiLeaks' origin name of the post: ``"RIODEJANEIRO"`` -> ``"Consulate Rio De Janeiro"``."""
        return self._origins.get(name)

    def is_own_name(self, words: str, name: str) -> bool:
        """Whether ``words`` are the post's own name ("RIO DE JANEIRO"), not another spelling ("BRAZIL")."""
        origin = self._origins.get(name, "")
        return key_of(words) in (name, key_of(origin.split(" ", 1)[-1]))

    def exact(self, words: str) -> str | None:
        """The post a spelling names, with no guessing: ``"SECSTATE"`` -> ``"STATE"``."""
        return self._by_key.get(key_of(words))

    @lru_cache(maxsize=8192)  # noqa: B019 - one table per process; cleared when a post is added
    def resolve(self, words: str, min_length: int = FUZZY_MIN_LENGTH) -> str | None:
        """The post ``words`` name: an exact spelling, after a prefix, a truncation, or a guarded slip.

        Names shorter than ``min_length`` are not guessed at; where the words are known to be a
        post's name (a reference id's middle), ``ID_FUZZY_MIN_LENGTH`` lets "KABL" be KABUL.
        """
        key = key_of(words)
        if not key.isalpha():
            # A digit typed for a letter ("SANTIAG0") is forgiven only when the result is exact:
            # guessing further would read "10SHENYANG" as a post.
            return self._by_key.get(key.translate(_DIGIT_AS_LETTER)) if key else None
        found = self._by_key.get(key)
        if found is not None:
            return found
        for prefix in _PREFIX_KEYS:
            if key.startswith(prefix) and len(key) > len(prefix) + 2:
                found = self._by_key.get(key[len(prefix) :])
                if found is not None:
                    return found
        return self._nearest(key, min_length)

    def _nearest(self, key: str, min_length: int) -> str | None:
        """The single post within one edit of ``key`` (two for long names), or a unique completion."""
        if len(key) < min_length:
            return None
        limit = 2 if len(key) >= FUZZY_TWO_EDITS_LENGTH else 1
        best = limit
        found: set[str] = set()
        letters = frozenset(key)
        for length in range(len(key) - limit, len(key) + limit + 1):
            for candidate, name, candidate_letters in self._by_length.get(length, ()):
                # Each edit changes at most two letters of the sets: a cheap test that rules out most.
                if len(candidate) < min_length or len(letters ^ candidate_letters) > 2 * best:
                    continue
                distance = edit_distance(key, candidate, best + 1)
                if distance > best:
                    continue
                if distance < best:
                    best, found = distance, {name}
                elif distance == best:
                    found.add(name)
        if len(found) == 1:
            return found.pop()
        if found:
            return None
        # A name cut short, as page markers and REF lines print it ("VLADIVOSTO", "BUENOS AIR").
        completions = {name for candidate, name in self._by_key.items() if candidate.startswith(key)}
        return completions.pop() if len(completions) == 1 else None


_DIGIT_AS_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B"})


def _builtin_posts() -> list[Post]:
    posts = []
    for line in _TABLE.strip().splitlines():
        name, origin, spellings = (part.strip() for part in line.split("|"))
        posts.append(Post(name, origin, tuple(s.strip() for s in spellings.split(",") if s.strip())))
    return posts


BUILTIN_POSTS: tuple[Post, ...] = tuple(_builtin_posts())

POSTS = PostTable(BUILTIN_POSTS)
