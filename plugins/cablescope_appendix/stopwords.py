"""Words that carry no topic, as data: left out when a cable's vocabulary is compared with its appendix.

Our own list: English function words, reporting verbs and the filler of both telegrams and news
teasers ("said", "according", "more"), so that only content words decide relatedness.
"""

from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset(
    """
    a about above across after again against all almost along already also although always am
    among an and another any anyone anything are around as at away back be became because become
    been before being below between both but by can cannot could did do does doing done down
    during each either else enough even ever every few for from further get gets got had has have
    having he her here hers herself him himself his how however i if in including into is it its
    itself just least less let like made make many may me might mine more most much must my
    myself near neither never new next no nor not now of off often on once one only onto or other
    others otherwise our ours ourselves out over own per perhaps rather really same several shall
    she should since so some still such than that the their theirs them themselves then there
    these they this those though through throughout thus to together too toward towards two under
    unless until up upon us very via was we well were what whatever when where whether which
    while who whom whose why will with within without would yet you your yours yourself
    yourselves
    said says say saying told tell added according reportedly noted stated asked called comment
    comments claimed argued urged suggested reported expressed
    today yesterday tomorrow week weeks year years month months day days time times
    first second third last late later early earlier recent recently current currently
    mr mrs ms dr per cent percent etc
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    """.split()
)

# Function words that may open a capitalised run without being part of a name ("The", "By", "My").
NAME_OPENERS: frozenset[str] = frozenset(
    """
    a an the this that these those my our your his her its their by in on at for of to from with
    and but or as when while although though after before if since because during under over
    """.split()
)
