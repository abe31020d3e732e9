"""Words that tell a person is named: titles, given names, and the cable words that are no one.

Written by us. Titles are matched case-insensitively (older cables are in capitals);
``TITLES`` holds whole titles, ``TITLE_MODIFIERS`` the words that may stand before one
("First Vice President", "Deputy Director"), ``PORTFOLIO_WORDS`` what follows
"Minister of".
"""

from __future__ import annotations


def _terms(text: str) -> frozenset[str]:
    """A comma-separated list (entries may hold spaces and wrap across lines) as a set."""
    return frozenset(" ".join(t.split()) for t in text.split(",") if t.strip())


TITLES: frozenset[str] = _terms(
    """
    a/dcm, a/s, u/s, s/e, p/e, adm, adm., admiral, minstate, secgen, primin, defmin, intmin,
    econoff, poloff, estoff, pao, rso, polcouns, ecopol, pol/econ, asd, pdas, chod, prefect,
    parliamentarian, shaykh, maulana, mufti, sayyid, mullah, adviser, advisor, amb, ambassador,
    ambassador-designate, amir,
    archbishop, assistant foreign minister, assistant minister, assistant secretary, attorney
    general, ayatollah, bg, bishop, brigadier, brigadier general, capt, capt., captain, cardinal,
    cdr, chair, chairman, chairperson, chairwoman, chancellor, charge, charge d'affaires, chargé,
    chief justice, chief of staff, cleric, col, col., colonel, commander, commissioner, congressman,
    congresswoman, consul, consul general, coordinator, counsellor, counselor, crown prince, das,
    dcm, defence minister, defense minister, department director, deputy, deputy chief, deputy
    director, deputy foreign minister, deputy head, deputy minister, deputy prime minister, deputy
    secretary, dfm, dg, dictator, director, director general, director-general, division chief, dpm,
    dr, dr., econcouns, emir, envoy, finance minister, fm, fonmin, foreign minister, foreign
    secretary, gen, gen., general, gov, gov., governor, grand ayatollah, head, high commissioner,
    hojatoleslam, hojjat ol-eslam, imam, interior minister, judge, justice, king, leader,
    lieutenant, lieutenant colonel, lieutenant general, lt, lt. gen, lt. gen., ltc, ltgen, maj, maj.
    gen, maj. gen., major, major general, marshal, mayor, member, mg, minister, minister counselor,
    minister-counselor, mp, mr, mr., mrs, mrs., ms, ms., mullah, officer, official, party secretary,
    patriarch, pm, polad, polcouns, pope, premier, president, president of, president-elect, prime
    minister, prince, princess, prof, prof., professor, prosecutor, queen, rabbi, rear admiral, rep,
    rep., representative, secretary, secretary general, secretary of state, secretary-general,
    section chief, sen, sen., senator, sergeant, shaikh, sheikh, sheikha, speaker, special envoy,
    special representative, spokesman, spokesperson, spokeswoman, state councillor, state councilor,
    sultan, supreme leader, syg, under secretary, undersecretary, vice admiral, vice chairman, vice
    minister, vice premier, vice president, vice-minister, vice-premier, vice-president,
    chief, ltg, lgen, mgen, bgen, commandant, manager, general manager, managing director, ceo, codel,
    staffdel
"""
)

# Titles that alone do not name anyone and so cannot start a name ("the Ambassador",
# "official"): they still count as part of a longer title chain.
WEAK_TITLES: frozenset[str] = _terms(
    """
    captain, chair, cleric, deputy, head, justice, leader, major, member, officer, official,
    chief, manager
"""
)

TITLE_MODIFIERS: frozenset[str] = _terms(
    """
    acting, affairs, assistant, associate, cabinet, chief, commerce, consular, counter-terrorism,
    counterterrorism, cultural, defence, defense, deputy, economic, energy, executive, finance,
    first, foreign, foreign-policy, former, general, grand, high, intelligence, interior,
    international, lead, legal, managing, military, national, nuclear, parliamentary, party,
    permanent, policy, political, presidential, press, principal, provincial, public, regional,
    science, second, security, senior, special, state, supreme, technical, third, trade, under, vice
"""
)

PORTFOLIO_WORDS: frozenset[str] = _terms(
    """
    affairs, agriculture, and, commerce, communications, court, culture, defence, defense,
    development, economic, economy, education, endowments, energy, finance, foreign, health, home,
    housing, industries, industry, information, intelligence, interior, justice, labor, labour,
    mines, national, oil, petroleum, planning, power, public, religious, science, security, social,
    state, technology, the, trade, transport, war, water, welfare, safety, environment, tourism,
    sport, sports, youth, women, employment, land, lands, fisheries, forestry, mining,
    infrastructure, treasury, budget, economics, customs, immigration, police, tribal, minerals,
    cooperatives, aviation, telecommunications, media, heritage, irrigation, electricity, gas,
    hydrocarbons, integration, reconstruction, rural, urban, municipal, local, government,
    territorial, administration, relations, cooperation, citizenship, refugees, martyrs, works,
    issues, matters
"""
)

# Particles that may sit inside a name ("Osama bin Laden", "Ali al-Sistani").
NAME_PARTICLES: frozenset[str] = _terms(
    """
    abd, abu, al, al-, bin, bint, da, das, de, del, della, den, der, des, di, do, dos, du, el, ibn,
    la, le, st., ter, ud, ul, und, van, von, y, zu
"""
)

# Given names that start a person's name without a title ("Hamid Karzai told ...").
FIRST_NAMES: frozenset[str] = _terms(
    """
    aaron, abbas, abdel, abdelaziz, abdelilah, abdelkader, abdolreza, abdul, abdul-aziz,
    abdul-rashid, abdulaziz, abdulkadir, abdulla, abdullah, abdullahi, abdulrahman, abdurrahman,
    abhisit, abu, adam, adel, adil, adnan, adriana, agnes, ahmad, ahmadou, ahmed, ahmet, akbar,
    akhmad, alain, alan, alassane, albert, alberto, alejandro, aleksandr, aleksei, alex, alexander,
    alexandre, alexei, alexey, alfonso, alfredo, ali, ali-akbar, ali-reza, alice, alicia, alireza,
    alison, allen, almazbek, alvaro, amado, amadou, amin, amir, ammar, amos, amr, amy, ana,
    anatoliy, anatoly, anders, andre, andreas, andrei, andres, andrew, andrey, andy, angel, angela,
    angelo, ann, anna, anne, anthony, antoine, antonia, antonio, anwar, ariel, arkady, arseniy,
    arthur, arturo, arun, ashraf, asif, askar, aslan, atal, atef, atilla, augusto, aung, aurelio,
    avi, avigdor, ayad, ayman, azmi, bahram, bakili, ban, bandar, barack, barbara, bashar, bashir,
    beatriz, ben, benazir, benigno, benjamin, bernard, bernardo, besir, betty, bill, blaise, bob,
    bonnie, boris, boutros, brad, brenda, brian, bruce, bruno, bulent, burhanuddin, carl, carla,
    carlos, carmen, carol, caroline, carolyn, catherine, cesar, charles, charlotte, cheikh, chen,
    cheryl, chidambaram, choi, chris, christina, christine, christoph, christopher, chuck, chung,
    cindy, clark, claude, claudia, colin, condoleezza, craig, cristian, cristina, cynthia, cyrus,
    dai, dale, dalia, dana, daniel, daniela, danielle, darren, david, dawit, dean, deborah, debra,
    denise, deniz, dennis, desmond, diane, dick, diego, dilip, dilma, dimitri, dmitri, dmitriy,
    dmitry, domingo, dominique, don, donald, donna, dorothy, doug, douglas, dov, ed, eduard,
    eduardo, edward, efthimios, ehud, eileen, elena, eli, elias, elisa, elizabeth, ellen, elsa,
    emeka, emilio, emily, emmanuel, emomali, enrico, enrique, eric, ernesto, essop, esteban, eugene,
    eugenio, evelyn, evgeniy, evo, fabio, fahad, fahd, faisal, farouk, fatima, fatou, federico,
    felipe, felix, ferdinand, fereydoun, fernando, fethullah, fidel, fouad, frances, francesco,
    francisco, franco, francois, frank, frank-walter, franz, fred, fredrik, fuad, gabriel, gabriela,
    gail, galip, gamal, gary, genaro, gene, gennady, george, gerald, gerard, gerhard, ghasem, ghazi,
    gholam, gholam-ali, gholamreza, gideon, gilberto, gillian, giorgio, giovanni, glenn, gloria,
    gonzalo, goodluck, gordon, graciela, greg, gregory, grigoriy, grigory, guido, guillermo,
    gulbuddin, guldal, gunnar, gurbanguly, gustavo, habib, hafez, haider, hailemariam, hal, hamad,
    hamdan, hamid, hamid-reza, hamidreza, hanefi, hans, harold, harry, hasan, hashem, hashemi,
    hassan, heather, hector, heinrich, helen, helga, helio, helmut, henry, herbert, hermann, hernan,
    hillary, hilmi, hojjat, horst, hoshyar, hosni, hossein, howard, hu, hugo, humam, hun, husain,
    hussein, ian, ibrahim, ibrahima, ichiro, ignacio, igor, ilham, ilse, inacio, irina, isabel,
    ismail, ivan, iyad, jack, jacob, jacques, jafar, jaime, jakaya, jake, jakob, jalal, james,
    jamie, jan, jane, janet, jason, javad, javier, jay, jean, jean-claude, jean-pierre, jeff,
    jeffrey, jennifer, jens, jeremy, jeronimo, jerry, jessica, jiang, jill, jim, jimmy, joan,
    joanne, joaquim, joaquin, joe, johannes, john, jomo, jon, jonathan, jong-il, jong-un, jorge,
    joschka, jose, josef, joseph, joshua, joyce, juan, juana, judith, judy, juergen, julia, julian,
    julie, julio, junichiro, justin, kamal, kamran, kanat, kapil, karen, karim, karl, karl-theodor,
    kassym-jomart, katarina, kate, katherine, kathleen, kathy, katsuya, keith, kelly, kemal, ken,
    kenneth, kevin, kgalema, khaled, khalid, khalifa, khin, ki-moon, kim, kirill, klaus, kofi,
    konstantin, krishna, kristen, kurmanbek, kursad, kurt, kwame, lahcen, lal, lamine, larry, lars,
    laura, laurent, lawrence, lee, leon, leonardo, leonid, leslie, li, linda, lisa, liu, luca,
    lucia, luciano, luis, luisa, luiz, lula, lynn, lyudmila, mahmood, mahmoud, mahmud, majid,
    mamadou, manmohan, manouchehr, manuchehr, manuel, marat, marc, marcelo, marcia, marco, marcos,
    margaret, margarita, maria, mariana, mariano, marie, marilyn, mario, mark, marta, martha,
    martin, mary, masoud, masoumeh, massimo, massoud, masud, mateo, matt, matthew, matthias,
    mauricio, mehdi, mehmet, meles, melissa, mesut, michael, michel, michele, michelle, miguel,
    mike, mikhail, mikheil, milton, mir, mir-hossein, mishal, mitchell, mohamad, mohamed, mohammad,
    mohammad-ali, mohammad-qasim, mohammad-reza, mohammadreza, mohammed, mohsen, moises, mojtaba,
    molly, monica, moo-hyun, moqtada, morteza, mostafa, moussa, muammar, muhammad, muqtada, murat,
    murli, musab, mustafa, mwai, myung-bak, nabih, nabil, nancy, naoto, narendra, nasser, natalia,
    natalya, natan, nathan, natwar, nawaz, nayef, necdet, nechirvan, neil, nelson, nestor, nicholas,
    nick, nicola, nicolae, nicolas, nicole, nikolai, nikolay, nirupama, nkosazana, norberto, norman,
    nouri, nuri, nursultan, nyan, octavio, olaf, oleg, olga, olusegun, omar, orlando, osama, oscar,
    oswaldo, ousmane, pablo, pamela, parviz, pascal, pat, patricia, patricio, patrick, paul, paulo,
    pavel, pedro, peggy, pervez, peter, petr, phil, philip, philippe, phillip, pierre, pietro,
    pranab, qasem, qubad, rachel, rafael, rafaela, rafi, rafik, rahul, raila, rajiv, ralph, ramazan,
    ramiro, ramon, ramzan, randy, rangin, raquel, rashid, raul, raymond, rebecca, recep, renato,
    reza, ricardo, richard, rick, rob, robert, roberta, roberto, rodolfo, rodrigo, rogelio, roger,
    roh, rolando, romano, ron, ronald, rosa, roy, roza, ruben, ruslan, russell, ruth, ryan, saad,
    saddam, sadegh, sadeq, saeed, saif, saleh, salih, sally, salman, salva, salvador, sam, sami,
    samuel, sandra, santiago, saparmurat, sara, sarah, saud, sayyed, scott, sean, sebastian,
    seretse, sergei, sergey, sergio, sergiy, seyed, shahbaz, shannon, sharon, shashi, shaul, shimon,
    shinzo, shirin, shirley, shivshankar, silvan, silvia, silvio, sipho, sofia, sonia, stacy, stan,
    stanislav, stanley, stefan, stephanie, stephen, steve, steven, stuart, sue, suleiman, suleyman,
    sultan, susan, susana, susilo, svetlana, syed, tamim, tang, tansu, tarek, tareq, tariq, taro,
    tatiana, tatyana, tawfiq, tayyip, ted, teresa, terry, thabo, thaksin, than, thein, theresa,
    thomas, tim, timothy, todd, tom, tomas, tony, tracy, troy, turgut, turki, tzipi, uhuru, umar,
    umaru, ursula, usama, uzi, valentin, valentina, valerie, valeriy, valery, vasily, vera, vicente,
    vicki, victor, viktor, vincent, vitaly, vladimir, vyacheslav, wael, walid, walter, wang, wayne,
    wendy, william, wilson, wolfgang, wu, xi, yaakov, yacov, yahya, yang, yasar, yashwant, yasser,
    yasuo, yehia, yelena, yevgeny, yitzhak, yolanda, yossi, yousaf, yousef, yousuf, yoweri, yukio,
    yulia, yuri, yuriy, zahra, zalmay, zardari, zbigniew, zeki, zhang, zhou, zine
"""
)

# Chinese and Korean family names that the list of given names also holds (they open a name):
# written first, they are the short form of the full name ("Vice Premier Wu" for "Wu Yi").
FAMILY_NAMES_FIRST: frozenset[str] = _terms(
    """
    chen, chung, dai, hu, jiang, kim, lee, li, liu, park, roh, tang, wang, wen, wu, xi, yang, zhang,
    zhou, choi, ban
"""
)

# Capitalised words in cables that are never a person, whatever stands beside them.
NOT_NAMES: frozenset[str] = _terms(
    """
    amcham, project, projects, airport, port, station, plant, dam, bridge, road, highway, square,
    a, accord, acting, action, affairs, african, after, agency, agreement, also, ambassador,
    amembassy, an, and, apr, april, army, as, asian, at, aug, august, ayatollah, before, begin, but,
    by, catholic, cda, cdr, central, chairman, charge, christian, cia, classified, comment,
    conference, confidential, conoff, contact, contacts, corps, council, covid, covid-19,
    d'affaires, dao, day, dcm, dea, dec, december, decl, declaration, department, deputy, dia,
    director, dr, during, e.g., east, eastern, econ, econoff, election, elections, embassy, emboff,
    emboffs, end, etc, european, exdis, fbi, feb, february, first, fnu, for, force, forces, foreign,
    friday, from, fyi, general, global, goe, goi, gol, gop, gov, government, govt, guard, guards,
    he, her, his, i, i.e., if, in, info, initiative, interlocutor, interlocutors, international,
    islamic, it, jan, january, jewish, joint, jul, july, jun, june, kingdom, leader, leadership,
    limdis, lnu, mar, march, may, media, meeting, mfa, mil, milgrp, minister, ministry, mission,
    monday, month, more, mr, mrs, ms, muslim, national, navy, new, nfi, no, nodis, noforn, north,
    northern, not, note, nov, november, nsc, nuclear, oct, october, odc, of, office, official,
    officials, old, on, op, ops, or, orthodox, our, para, paras, party, people, per, pl, plan, pol,
    polOff, polecon, poleconoff, policy, poloff, poloffs, post, prc, premier, president, press,
    program, programme, protocol, qte, quote, reactor, reason, reasons, ref, refcoord, refs, reftel,
    regime, republic, research, resolution, revolution, revolutionary, rso, saturday, second,
    secret, secretary, secstate, sensitive, sep, sept, septel, september, she, sheikh, shi'a, shia,
    sipdis, site, source, sources, south, southern, staff, staffer, state, states, subject, summary,
    summit, sunday, sunni, supreme, tags, talks, text, that, the, their, these, they, third, this,
    those, thursday, to, today, tomorrow, treaty, tuesday, u.s., un, unclassified, united, unqte,
    unquote, us, usg, usmission, usnato, usun, via, vice, washdc, washington, we, wednesday, week,
    without, operation, convention, weapons, liaison, team, teams, enforcement, law, channel,
    representatives, nonproliferation, counterterrorism, afrique, economico, valor, palace, province,
    cell, complex, contract, control, framework, charter, problem, vehicle, access, rights, aid, mine,
    upper, lower, greater, museum, house,
    west, western, what, when, which, while, who, whom, with, world, xxxxxxxxxxxx, year, yes,
    yesterday
"""
)

# Words that end a name in all-capitals text: function words and the verbs and nouns that
# follow names in cables. Together with word endings (-ED, -ING, -LY, -TION) this tells
# "AMBASSADOR SULLIVAN SAID" from "AMBASSADOR SAID".
COMMON_WORDS: frozenset[str] = _terms(
    """
    born, announces, appoints, asks, backs, blames, calls, confirms, criticizes, denies, discusses, eyes,
    faces, gets, gives, heads, hits, looks, meets, names, offers, opens, pledges, presses, promises,
    pushes, rejects, reviews, sees, signs, slams, takes, urges, visits, vows, warns, welcomes, vs,
    a, about, above, according, accordingly, across, action, added, additional, addressed, adds,
    adviser, advisor, affairs, after, afternoon, again, against, agreed, agreement, agrees, aid,
    air, all, almost, along, already, also, although, always, am, ambassador, among, an, and,
    another, any, apparently, appeared, appears, april, are, area, argued, armed, arms, army,
    around, arrived, arrives, as, asked, asks, assembly, at, august, away, back, be, became,
    because, becomes, been, before, began, begin, behalf, behind, being, believe, believed,
    believes, below, beneath, beside, between, beyond, billion, border, both, brief, briefed, but,
    by, cabinet, cable, call, called, calls, came, can, candidate, candidates, cannot, certain,
    certainly, chairman, chief, city, civil, claimed, clear, clearly, closed, come, comment,
    commented, concedes, concept, concluded, conference, confidential, confirmed, consulate, could,
    countries, country, court, create, creates, crown, current, day, days, december, departed,
    department, departs, deputy, despite, detail, details, did, director, disagreed, do, does, done,
    down, during, each, early, economic, eight, either, else, embassy, emphasized, end, entire,
    envoy, especially, even, evening, ever, every, excellency, except, explained, expressed, face,
    faces, far, february, federal, feels, felt, few, first, five, following, follows, for, force,
    forces, foreign, former, four, friday, from, full, further, furthermore, future, gas, gave,
    general, generally, get, gets, give, given, go, goal, goals, goi, going, good, gop, got,
    government, group, groups, had, hard, has, have, having, he, her, here, highness, him, himself,
    his, hold, holds, hoped, hopes, how, however, hundred, i, if, in, indicated, info, informed,
    inside, insisted, insists, into, is, issue, issues, it, its, itself, january, joint, july, june,
    junior, just, keep, keeps, king, know, knows, last, late, later, leader, leaders, least, leaves,
    left, less, let, lets, letter, level, levels, like, limited, local, loses, lost, madame, made,
    majesty, major, make, many, march, matter, may, me, meanwhile, meet, meeting, meets, member,
    members, message, met, might, military, million, minister, minor, mission, mister, monday, more,
    moreover, morning, most, much, must, my, nation, national, navy, near, nearly, need, never,
    nevertheless, new, news, next, night, nine, no, none, nor, not, note, noted, notes, november,
    now, october, of, off, office, official, officials, often, oil, old, on, once, one, only, onto,
    opened, opens, opposition, or, other, others, our, out, outside, over, own, page, paid, palace,
    paper, para, parliament, part, particularly, parties, parts, party, past, pays, peace, people,
    per, percent, period, plan, plans, plays, pointed, policy, political, position, possibly, post,
    power, president, press, pressed, prime, prince, principal, private, probably, problem, program,
    promised, proposal, proposed, province, public, put, puts, qte, queen, question, quote, ran,
    rather, recalled, recently, ref, reftel, regime, region, regular, remained, remains, remarked,
    replied, report, reported, reportedly, reports, responded, returned, returns, run, runs, said,
    same, saturday, saw, say, says, secret, secretary, section, security, see, seek, seeks, seemed,
    seems, senate, senior, sent, septel, september, set, sets, seven, several, shall, she, should,
    show, shows, side, sides, since, single, sir, six, so, some, soon, sought, speaks, special,
    spoke, spokesman, staff, state, stated, statement, still, stressed, subject, such, suggested,
    summary, sunday, support, suppress, system, tags, take, talks, tells, ten, term, terms, text,
    than, that, the, their, them, then, there, these, they, think, thinks, this, those, though,
    thousand, three, through, throughout, thursday, thus, tied, ties, time, times, to, today, told,
    too, took, total, toward, towards, trade, travel, treaty, trip, troops, tuesday, two,
    unclassified, under, unlike, unqte, unquote, until, up, upon, urged, us, use, usg, various,
    very, via, vice, view, views, visit, visited, vote, votes, wants, war, warned, was, we,
    wednesday, week, well, went, were, what, when, where, whether, which, while, who, whole, whom,
    whose, why, will, win, wins, wished, wishes, with, within, without, world, would, writes, wrote,
    year, yes, yet, you, your
"""
)

# Word endings that mark an ordinary English word rather than a name in all-capitals text.
COMMON_SUFFIXES: tuple[str, ...] = ("ED", "ING", "LY", "TION", "TIONS", "MENT", "MENTS", "NESS", "ITY", "IVE")

# Titles that name one person when a cable of that country uses them alone ("the Shah").
UNIQUE_TITLES: dict[str, str] = {"shah": "Iran"}

# Surnames that cables of 1966-2010 use alone for one well-known person ("Castro holds ...",
# "MUGABE'S ZIMBABWE"); a cable that gives the full name links them to it. Words that are also
# ordinary English words (Bush, Rice, Gates, Brown) count only in mixed-case text.
KNOWN_SURNAMES: frozenset[str] = _terms(
    """
    ahmadinejad, allawi, aoun, aristide, arafat, assad, aznar, bachelet, barak, barzani, berlusconi,
    berri, bhutto, biden, blair, bouteflika, brezhnev, castro, chavez, cheney, chirac, correa, deby,
    erdogan, gaddafi, gbagbo, gorbachev, hariri, hekmatyar, holbrooke, hussein, jumblatt, kabila,
    kadyrov, kagame, karimov, karzai, khamenei, khatami, khomeini, kibaki, kirchner, kissinger,
    lukashenko, maliki, medvedev, mbeki, merkel, milosevic, mubarak, mugabe, museveni, musharraf,
    nasrallah, nazarbayev, netanyahu, niyazov, obama, olmert, ortega, putin, qadhafi, qaddafi,
    rafsanjani, rumsfeld, saakashvili, sadr, sarkozy, sharon, siniora, sistani, suharto, talabani,
    tymoshenko, uribe, yanukovych, yeltsin, yudhoyono, yushchenko, zapatero, zardari, zuma,
    sadat, nasser, saddam, bashir, abbas, haniyeh, mashaal, meshaal, dahlan, fayyad, barghouti,
    livni, peres, rabin, shamir, mofaz, lieberman, geagea, khaddam, gilani, dostum, chalabi,
    jaafari, mousavi, karroubi, larijani, mottaki, jalili, babacan, davutoglu, ocalan, lavrov,
    khrushchev, stalin, lenin, berdimuhamedov, aliyev, bakiyev, rahmon, schroeder, prodi, rajoy,
    solana, barroso, juncker, kouchner, steinmeier, westerwelle, guttenberg, kohl, mitterrand,
    thatcher, morales, noriega, pinochet, fujimori, zelaya, micheletti, tsvangirai, mandela,
    odinga, obasanjo, sirleaf, afwerki, annan, elbaradei, blix, amano, petraeus, mcchrystal,
    mullen, nixon, reagan, kennedy,
    pinera, calderon, humala, funes, colom, preval, menem, duhalde, mujica, frei, compaore, biya,
    kufuor, yaradua, zenawi, nkurunziza, kikwete, mkapa, guelleh, bensalah, ouyahia, nahyan,
    maktoum, qaboos, mutlaq, hashimi, asad, muallim, muallem, nazif, tantawi, ghannouchi, baykal,
    bahceli, papandreou, karamanlis, tadic, kostunica, thaci, sejdiu, dodik, silajdzic, djukanovic,
    sanader, mesic, kosor, pahor, fico, kaczynski, komorowski, sikorski, topolanek, gyurcsany,
    basescu, parvanov, borisov, stanishev, voronin, ilves, ansip, zatlers, adamkus, grybauskaite,
    halonen, vanhanen, reinfeldt, bildt, stoltenberg, balkenende, verhofstadt, leterme, moratinos,
    rubalcaba, fillon, villepin, juppe, bayrou, miliband, clegg, frattini, napolitano, veltroni,
    faymann, sechin, kudrin, shoigu, patrushev, surkov, luzhkov, khodorkovsky, kasyanov, nemtsov,
    zyuganov, zhirinovsky, masimov, tokayev, atambayev, otunbayeva, sargsian, sargsyan, kocharian,
    shevardnadze, burjanadze, lytvyn, vajpayee, advani, mukherjee, rajapaksa, prabhakaran, koirala,
    prachanda, kayani, rabbani, sayyaf, atmar, spanta, hatoyama, koizumi, fukuda, arroyo,
    aquino, estrada, megawati, habibie, rudd, mulroney, chretien
"""
)
KNOWN_SURNAMES_MIXED_CASE_ONLY: frozenset[str] = _terms(
    "bush, clinton, rice, gates, brown, powell, kerry, lula, tusk, bongo, cameron, harper"
)
