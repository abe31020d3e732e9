"""Words that tell a person is named: titles, given names, and the cable words that are no one.

Written by us. Titles are matched case-insensitively (older cables are in capitals);
``TITLES`` holds whole titles, ``TITLE_MODIFIERS`` the words that may stand before one
("First Vice President", "Deputy Director"), ``PORTFOLIO_WORDS`` what follows
"Minister of".
"""

from __future__ import annotations

TITLES: frozenset[str] = frozenset(
    {
        "president", "vice president", "president-elect", "premier", "vice premier", "prime minister",
        "minister", "vice minister", "foreign minister", "defense minister", "defence minister",
        "interior minister", "finance minister", "state councilor", "state councillor",
        "ambassador", "ambassador-designate", "charge", "chargé", "charge d'affaires", "consul",
        "consul general", "secretary", "secretary of state", "secretary general", "secretary-general",
        "under secretary", "undersecretary", "assistant secretary", "deputy secretary",
        "director", "director general", "director-general", "deputy director", "chairman",
        "chairwoman", "chairperson", "chair", "vice chairman", "general", "lieutenant general",
        "major general", "brigadier general", "brigadier", "lt. gen.", "maj. gen.", "gen.", "admiral",
        "vice admiral", "rear admiral", "adm.", "colonel", "col.", "lieutenant colonel", "ltc",
        "major", "captain", "capt.", "commander", "cdr", "lieutenant", "sergeant", "marshal",
        "ayatollah", "grand ayatollah", "supreme leader", "hojjat ol-eslam", "hojatoleslam",
        "sheikh", "shaikh", "sheikha", "emir", "amir", "king", "queen", "prince", "princess",
        "crown prince", "sultan", "senator", "sen.", "congressman", "congresswoman",
        "representative", "rep.", "governor", "gov.", "lt", "gen", "maj", "col", "capt", "adm", "sen", "rep", "gov", "prof", "amb", "lt. gen", "maj. gen", "mayor", "mr.", "mrs.", "ms.", "dr.", "mr",
        "mrs", "ms", "dr", "professor", "prof.", "spokesman", "spokeswoman", "spokesperson",
        "adviser", "advisor", "counselor", "counsellor", "minister counselor", "minister-counselor",
        "speaker", "deputy", "mp", "envoy", "special envoy", "special representative",
        "mullah", "imam", "cleric", "cardinal", "pope", "bishop", "archbishop", "patriarch",
        "rabbi", "judge", "justice", "chief justice", "prosecutor", "attorney general",
        "polad", "dcm", "a/s", "das", "chief of staff", "head", "leader", "member", "officer",
        "official", "secretary-general", "party secretary", "vice-president", "vice-premier",
        "vice-minister", "deputy minister", "deputy prime minister", "deputy foreign minister",
        "assistant minister", "assistant foreign minister", "division chief", "section chief",
        "department director", "deputy chief", "deputy head", "commissioner", "high commissioner",
        "president of", "foreign secretary", "chancellor", "dictator", "coordinator",
        "fm", "dfm", "pm", "dpm", "fonmin", "syg", "dg", "polcouns", "econcouns", "a/dcm", "ltgen", "mg", "bg",
    }
)

# Titles that alone do not name anyone and so cannot start a name ("the Ambassador",
# "official"): they still count as part of a longer title chain.
WEAK_TITLES: frozenset[str] = frozenset(
    {
        "head", "leader", "member", "officer", "official", "chair", "deputy", "major", "justice",
        "cleric", "captain",
    }
)

TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "first", "second", "third", "deputy", "vice", "assistant", "acting", "executive", "senior",
        "chief", "special", "political", "economic", "foreign", "presidential", "principal",
        "permanent", "former", "defense", "defence", "finance", "interior", "trade", "commerce",
        "policy", "military", "national", "security", "regional", "provincial", "grand", "supreme",
        "lead", "associate", "managing", "general", "public", "affairs", "legal", "science",
        "technical", "consular", "press", "cultural", "counter-terrorism", "counterterrorism",
        "intelligence", "nuclear", "energy", "state", "international", "foreign-policy", "cabinet",
        "high", "under", "parliamentary", "party",
    }
)

PORTFOLIO_WORDS: frozenset[str] = frozenset(
    {
        "foreign", "affairs", "defense", "defence", "court", "finance", "interior", "state",
        "economy", "war", "justice", "commerce", "trade", "information", "education", "health",
        "agriculture", "energy", "oil", "petroleum", "labor", "labour", "housing", "industry",
        "industries", "mines", "culture", "intelligence", "security", "public", "planning",
        "transport", "communications", "the", "and", "national", "economic", "development", "water",
        "power", "science", "technology", "welfare", "social", "religious", "endowments", "home",
    }
)

# Particles that may sit inside a name ("Osama bin Laden", "Ali al-Sistani").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"al", "al-", "bin", "ibn", "bint", "de", "del", "della", "da", "das", "dos", "du", "van", "von",
     "der", "den", "la", "le", "el", "abu", "abd", "ul", "ud", "y", "di", "st."}
)

# Given names that start a person's name without a title ("Hamid Karzai told ...").
FIRST_NAMES: frozenset[str] = frozenset(
    {
        # English-language
        "aaron", "adam", "alan", "albert", "alexander", "alice", "allen", "amy", "andrew", "angela",
        "ann", "anne", "anthony", "arthur", "barack", "barbara", "benjamin", "bill", "bob", "brian",
        "bruce", "carl", "carol", "caroline", "catherine", "charles", "christopher", "colin",
        "condoleezza", "cynthia", "daniel", "david", "deborah", "dennis", "donald", "dorothy",
        "douglas", "edward", "elizabeth", "eric", "frank", "gary", "george", "gerald", "gordon",
        "harold", "helen", "henry", "hillary", "howard", "jack", "james", "jane", "janet", "jeffrey",
        "jennifer", "jeremy", "jimmy", "joan", "joe", "john", "jonathan", "joseph", "joshua", "julia",
        "karen", "kathleen", "keith", "kenneth", "kevin", "larry", "laura", "lawrence", "linda",
        "lisa", "margaret", "mark", "martin", "mary", "matthew", "michael", "michelle", "nancy",
        "nicholas", "patricia", "patrick", "paul", "peter", "philip", "raymond", "richard", "robert",
        "ronald", "ruth", "ryan", "samuel", "sandra", "sarah", "scott", "sharon", "stephen", "steven",
        "susan", "thomas", "timothy", "tony", "walter", "william", "zbigniew", "henry", "cyrus",
        "jim", "tom", "dick", "harry", "ted", "jay", "gene", "dean", "clark", "wendy", "kurt",
        "hugo", "nicolas", "francois", "jacques", "nicolas", "angela", "gerhard", "helmut",
        "silvio", "romano", "jose", "juan", "luis", "carlos", "manuel", "jorge", "pedro", "fidel",
        "raul", "evo", "alvaro", "felipe", "miguel", "angel", "gerard", "jorge", "javier", "francisco",
        "antonio", "alberto", "fernando", "ricardo", "roberto", "eduardo", "mariano", "jean", "pierre",
        "jean-claude", "jean-pierre", "bernard", "alain", "dominique", "philippe", "hans", "frank-walter",
        "wolfgang", "guido", "klaus", "karl", "franz", "gunnar", "anders", "lars", "carl", "fredrik",
        "jan", "jens", "olaf", "stefan", "giorgio", "massimo", "franco", "marco", "luca", "maria",
        "ana", "juana", "cristina", "michelle", "dilma", "luiz", "inacio", "nestor", "alan", "vladimir", "dmitry", "dmitriy", "sergey", "sergei",
        "mikhail", "boris", "igor", "yuri", "nikolai", "viktor", "victor", "andrei", "alexei",
        "ivan", "leonid", "nursultan", "emomali", "gurbanguly", "kurmanbek", "askar",
        "kassym-jomart", "marat", "karim", "saparmurat", "ilham", "mikheil", "recep", "abdullah",
        "ahmet", "tayyip", "mustafa", "kemal", "natalya", "natalia", "olga", "tatiana", "tatyana",
        "yelena", "elena", "irina", "anna", "svetlana", "lyudmila", "grigoriy", "grigory", "ramzan",
        "laurent", "bruno", "christoph", "thomas", "matthias", "joschka", "helga", "ursula",
        # Arabic, Persian, South Asian
        "mohammad", "mohammed", "muhammad", "mohamed", "mahmoud", "mahmud", "ahmad", "ahmed", "ali",
        "hassan", "hasan", "hussein", "husain", "hossein", "reza", "akbar", "abbas", "hamid",
        "mir", "mir-hossein", "mehdi", "saeed", "javad", "manouchehr", "manuchehr", "ali-akbar",
        "gholam", "gholam-ali", "hashemi", "mohsen", "yahya", "qasem", "ghasem", "kamal", "nouri",
        "nuri", "jalal", "massoud", "masoud", "tariq", "tareq", "ayad", "iyad", "adil", "adel",
        "ibrahim", "ismail", "omar", "umar", "osama", "usama", "ayman", "khalid", "khaled", "faisal",
        "saud", "salman", "sultan", "hamad", "nasser", "walid", "bashar", "hafez", "rafik", "saad",
        "fouad", "nabih", "michel", "amr", "hosni", "yasser", "mahmood", "ehud", "benjamin", "shimon",
        "tzipi", "ariel", "asif", "pervez", "nawaz", "benazir", "yousuf", "zardari", "syed",
        "manmohan", "sonia", "rahul", "pranab", "atal", "lal", "krishna", "rajiv", "hamid", "ashraf",
        "zalmay", "rangin", "gulbuddin", "burhanuddin", "abdul", "abdel", "abdulaziz", "fahd",
        "mustafa", "moqtada", "muqtada", "jalal", "masud", "nechirvan", "ammar", "tawfiq",
        # East and Southeast Asian given names written first in English
        "junichiro", "shinzo", "yasuo", "taro", "yukio", "naoto", "katsuya", "ichiro", "kim",
        "lee", "roh", "moo-hyun", "myung-bak", "jong-il", "jong-un", "ban", "ki-moon", "thaksin",
        "abhisit", "susilo", "gloria", "benigno", "ferdinand", "lee", "hun", "aung", "than",
    }
)

# Capitalised words in cables that are never a person, whatever stands beside them.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "summary", "end", "comment", "note", "begin", "text", "quote", "unquote", "qte", "unqte",
        "polOff", "poloff", "econoff", "polecon", "poleconoff", "pol", "econ", "dcm", "cda",
        "refcoord", "septel", "reftel", "ref", "refs", "para", "paras", "post", "embassy",
        "mission", "department", "washington", "usg", "gop", "goi", "gol", "goe", "govt", "gov",
        "sipdis", "noforn", "nodis", "exdis", "limdis", "classified", "confidential", "secret",
        "unclassified", "sensitive", "reasons", "reason", "decl", "tags", "subject", "action",
        "info", "the", "a", "an", "he", "she", "they", "we", "i", "it", "his", "her", "our", "their",
        "this", "that", "these", "those", "who", "whom", "which", "what", "and", "or", "but", "of",
        "on", "in", "at", "to", "for", "with", "by", "from", "as", "after", "before", "during", "when",
        "while", "if", "mr", "mrs", "ms", "dr", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "islamic", "muslim", "shia", "shi'a",
        "sunni", "christian", "jewish", "catholic", "orthodox", "western", "eastern", "northern",
        "southern", "central", "national", "international", "government", "regime", "state",
        "republic", "kingdom", "people", "party", "council", "ministry", "office", "foreign",
        "affairs", "general", "deputy", "vice", "first", "second", "third", "nuclear", "summit",
        "talks", "meeting", "conference", "election", "elections", "supreme", "leader",
        "leadership", "contact", "contacts", "source", "sources", "interlocutor", "interlocutors",
        "official", "officials", "press", "media", "agency", "revolution", "revolutionary",
        "guard", "guards", "corps", "force", "forces", "army", "navy", "ambassador", "president",
        "minister", "premier", "secretary", "director", "chairman", "new", "old", "united", "states",
        "xxxxxxxxxxxx", "staffer", "staff", "acting", "charge", "d'affaires", "amembassy", "secstate",
        "washdc", "usmission", "usun", "usnato", "cdr", "cia", "dia", "nsc", "fbi", "joint",
        "ayatollah", "sheikh", "i.e.", "e.g.", "etc", "per", "via", "also", "not", "no", "yes",
        "mfa", "un", "u.s.", "us", "prc", "fyi", "ops", "op", "mil", "pl",
        "north", "south", "east", "west", "world", "global", "european", "asian", "african",
        "research", "reactor", "site", "plan", "program", "programme", "policy", "initiative",
        "treaty", "agreement", "accord", "resolution", "declaration", "protocol", "day", "week",
        "year", "month", "today", "tomorrow", "yesterday", "emboff", "emboffs", "poloffs", "conoff",
        "milgrp", "odc", "dao", "rso", "dea", "lnu", "fnu", "nfi", "covid-19", "covid", "more",
    }
)

# Words that end a name in all-capitals text: function words and the verbs and nouns that
# follow names in cables. Together with word endings (-ED, -ING, -LY, -TION) this tells
# "AMBASSADOR SULLIVAN SAID" from "AMBASSADOR SAID".
COMMON_WORDS: frozenset[str] = frozenset(
    {
        "a", "about", "above", "according", "across", "added", "addressed", "after", "again",
        "against", "agreed", "all", "almost", "along", "already", "also", "although", "always", "am",
        "among", "an", "and", "another", "any", "are", "argued", "around", "as", "asked", "at",
        "away", "back", "be", "because", "been", "before", "began", "behalf", "being", "believes",
        "below", "between", "both", "briefed", "brief", "but", "by", "call", "called", "came", "can",
        "cannot", "claimed", "clear", "come", "comment", "commented", "concluded", "confirmed",
        "could", "day", "days", "did", "do", "does", "done", "down", "during", "each", "either",
        "else", "emphasized", "end", "even", "ever", "every", "explained", "expressed", "far", "few",
        "for", "from", "further", "gave", "get", "give", "given", "go", "going", "good", "got", "had",
        "has", "have", "having", "he", "her", "here", "him", "himself", "his", "how", "however", "i",
        "if", "in", "indicated", "informed", "into", "is", "it", "its", "itself", "just", "last",
        "later", "least", "less", "let", "like", "made", "make", "many", "may", "me", "meet", "meets",
        "met", "might", "more", "most", "much", "must", "my", "near", "need", "never", "new", "next",
        "no", "nor", "not", "noted", "now", "of", "off", "often", "on", "once", "one", "only", "or",
        "other", "others", "our", "out", "over", "own", "party", "past", "per", "plans", "pointed",
        "pressed", "promised", "proposed", "put", "rather", "recalled", "remarked", "replied",
        "reported", "responded", "said", "same", "saw", "say", "says", "see", "seemed", "sent",
        "she", "should", "since", "so", "some", "still", "stated", "stressed", "such", "suggested",
        "take", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "though", "three", "through", "thus", "to", "today", "told", "too", "took", "two",
        "under", "until", "up", "upon", "urged", "us", "very", "visit", "visited", "wants", "warned",
        "was", "we", "week", "well", "went", "were", "what", "when", "where", "whether", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "year",
        "yet", "you", "your", "believe", "believed", "thinks", "think", "feels", "felt", "knows",
        "know", "hopes", "hoped", "wished", "wishes", "seems", "appears", "appeared", "remains",
        "remained", "became", "becomes", "returned", "returns", "arrived", "arrives", "departed",
        "departs", "left", "leaves", "spoke", "speaks", "wrote", "writes", "opened", "opens",
        "closed", "tells", "asks", "notes", "adds", "insisted", "insists", "agrees", "disagreed",
        "also", "however", "meanwhile", "nevertheless", "furthermore", "moreover", "accordingly",
        "summary", "note", "begin", "text", "qte", "unqte", "quote", "unquote", "para", "ref",
        "reftel", "septel", "embassy", "government", "regime", "general", "state", "department",
        "minister", "president", "ambassador", "prime", "secretary", "foreign", "affairs",
        "political", "economic", "military", "talks", "meeting", "conference", "press", "statement",
        "office", "court", "chief", "staff", "deputy", "vice", "first", "new", "old", "former",
        "current", "future", "public", "private", "national", "local", "official", "officials",
        "has", "had", "having", "would", "could", "should", "shall", "is", "are", "be", "was",
        "were", "who", "he", "his", "him", "she", "her", "they", "them", "their", "that", "which",
        "what", "where", "how", "why", "when", "there", "here", "and", "or", "nor", "but",
        "if", "then", "else", "so", "as", "at", "by", "for", "from", "in", "into", "of", "off", "on",
        "onto", "out", "over", "to", "up", "with", "without", "about", "above", "after", "against",
        "along", "among", "around", "before", "behind", "below", "beneath", "beside", "between",
        "beyond", "despite", "down", "during", "except", "inside", "near", "outside", "since",
        "through", "throughout", "toward", "towards", "under", "unlike", "until", "upon", "via",
        "whom", "king", "queen", "prince", "crown", "court", "palace", "cabinet",
        "parliament", "senate", "assembly", "people", "nation", "country", "countries", "world",
        "region", "area", "city", "province", "border", "oil", "gas", "arms", "aid", "trade", "war",
        "peace", "security", "policy", "position", "support", "opposition", "issue", "issues",
        "question", "problem", "matter", "view", "views", "time", "times", "period", "group",
        "groups", "members", "member", "leaders", "leader", "candidate", "candidates", "vote",
        "votes", "party", "parties", "system", "power", "forces", "force", "troops", "army",
        "navy", "air", "program", "plan", "plans", "proposal", "agreement", "treaty", "visit",
        "trip", "travel", "report", "reports", "news", "paper", "letter", "message", "cable",
        "action", "info", "subject", "tags", "confidential", "secret", "unclassified", "limited",
        "official", "use", "only", "section", "page", "total", "following", "follows", "above",
        "late", "early", "soon", "recently", "nearly", "reportedly", "apparently", "probably",
        "possibly", "certainly", "clearly", "particularly", "especially", "generally", "sir",
        "mister", "madame", "his", "highness", "majesty", "excellency", "no", "not", "yes", "all",
        "any", "some", "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "hundred", "thousand", "million", "billion", "percent", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "morning", "afternoon", "evening", "night", "mission", "post", "consulate", "usg", "gop",
        "goi", "member", "chairman", "director", "spokesman", "adviser", "advisor", "envoy",
        "additional", "several", "various", "major", "minor", "junior", "federal", "entire",
        "further", "certain", "special", "senior", "regular", "joint", "armed", "civil", "military",
    }
)

# Word endings that mark an ordinary English word rather than a name in all-capitals text.
COMMON_SUFFIXES: tuple[str, ...] = ("ED", "ING", "LY", "TION", "TIONS", "MENT", "MENTS", "NESS", "ITY", "IVE")
