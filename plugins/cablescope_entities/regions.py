"""Places the other lists miss, written by us from general knowledge: the English names cables use
for regions, provinces and districts (the generated world list holds their local spellings,
"Andalucia", "Bayern") and towns that recur in reporting from the posts (seas, rivers, mountains,
world regions and historical states are in ``landforms.py``; the Middle East, Africa, East Asia and
the Americas in ``towns.py``). One a line: name, country, kind,
then other written forms separated by ``;``.

A name already in ``countries.py`` or ``cities.py`` keeps its meaning there (these are added
after). ``WEAK`` names and written forms are also common words or family names: they count as
places only where nothing says they are part of a longer name (``Passage.place_alone``), as the
world list's do.
"""

from __future__ import annotations

PLACES = """\
Seville	Spain	city	Sevilla
Saragossa	Spain	city	Zaragoza
Corunna	Spain	city	La Coruna;A Coruna
Andalusia	Spain	province	Andalucia
Galicia	Spain	province
Asturias	Spain	province
Cantabria	Spain	province
Aragon	Spain	province
Navarre	Spain	province	Navarra
La Rioja	Spain	province
Valencia	Spain	city
Murcia	Spain	province
Extremadura	Spain	province
Castile	Spain	province	Castilla
Castile and Leon	Spain	province	Castilla y Leon;Castile-Leon
Castile-La Mancha	Spain	province	Castilla-La Mancha
Ceuta	Spain	city
Melilla	Spain	city
Gibraltar	United Kingdom	city
Torrejon	Spain	city
Cadiz	Spain	city
Malaga	Spain	city
Bilbao	Spain	city
San Sebastian	Spain	city
Pamplona	Spain	city
Vitoria	Spain	city
Tenerife	Spain	province
Gran Canaria	Spain	province
Majorca	Spain	province	Mallorca
Ibiza	Spain	province
Lombardy	Italy	province	Lombardia
Piedmont	Italy	province	Piemonte
Tuscany	Italy	province	Toscana
Sicily	Italy	province	Sicilia
Sardinia	Italy	province	Sardegna
Apulia	Italy	province	Puglia
Calabria	Italy	province
Campania	Italy	province
Umbria	Italy	province
Veneto	Italy	province
Liguria	Italy	province
Emilia-Romagna	Italy	province
Friuli	Italy	province	Friuli-Venezia Giulia
South Tyrol	Italy	province	Alto Adige
Naples	Italy	city	Napoli
Florence	Italy	city	Firenze
Venice	Italy	city	Venezia
Milan	Italy	city	Milano
Turin	Italy	city	Torino
Genoa	Italy	city	Genova
Vicenza	Italy	city
Aviano	Italy	city
Sigonella	Italy	city
Brittany	France	province	Bretagne
Normandy	France	province	Normandie
Burgundy	France	province	Bourgogne
Alsace	France	province
Provence	France	province
Corsica	France	province	Corse
Aquitaine	France	province
Ile-de-France	France	province	Ile de France
Marseille	France	city	Marseilles
Lyon	France	city	Lyons
Strasbourg	France	city
Bavaria	Germany	province	Bayern
Saxony	Germany	province	Sachsen
Lower Saxony	Germany	province	Niedersachsen
Saxony-Anhalt	Germany	province
Thuringia	Germany	province	Thueringen
Hesse	Germany	province	Hessen
North Rhine-Westphalia	Germany	province	North Rhine Westphalia;Nordrhein-Westfalen;NRW
Rhineland-Palatinate	Germany	province	Rhineland Palatinate;Rheinland-Pfalz
Baden-Wuerttemberg	Germany	province	Baden-Wurttemberg;Baden-Württemberg
Brandenburg	Germany	province
Mecklenburg-Western Pomerania	Germany	province	Mecklenburg-Vorpommern
Schleswig-Holstein	Germany	province
Saarland	Germany	province
Ramstein	Germany	city
Landstuhl	Germany	city
Cologne	Germany	city	Koeln
Munich	Germany	city	Muenchen
Nuremberg	Germany	city	Nuernberg
Scotland	United Kingdom	province
Wales	United Kingdom	province
England	United Kingdom	province
Northern Ireland	United Kingdom	province	Ulster
Flanders	Belgium	province
Wallonia	Belgium	province
The Hague	Netherlands	city
Transylvania	Romania	province
Moravia	Czech Republic	province
Bohemia	Czech Republic	province
Silesia	Poland	province
Dalmatia	Croatia	province
Vojvodina	Serbia	province
Sandzak	Serbia	province	Sanjak
Presevo Valley	Serbia	province	Presevo
Republika Srpska	Bosnia and Herzegovina	province
Mitrovica	Kosovo	city
Prizren	Kosovo	city
Thrace	Turkey	province
Anatolia	Turkey	province
Cappadocia	Turkey	province
Southeast Anatolia	Turkey	province	Southeastern Anatolia
Hakkari	Turkey	province
Sirnak	Turkey	province
Diyarbakir	Turkey	city
Incirlik	Turkey	site
Heybeliada	Turkey	city
Princes' Islands	Turkey	feature
Primorye	Russia	province	Primorsky Krai;Primorskiy Kray;Primorskiy Krai;Primorsky Kray
Khabarovsk Krai	Russia	province	Khabarovskiy Kray
Sakhalin	Russia	province
Kamchatka	Russia	province
Kuril Islands	Russia	feature	Kurils;Kuriles
Chukotka	Russia	province
Yakutia	Russia	province	Sakha
Siberia	Russia	province
Urals	Russia	feature	Ural Mountains
Russian Far East	Russia	province
Kaliningrad	Russia	province
Karelia	Russia	province
Tatarstan	Russia	province
Bashkortostan	Russia	province	Bashkiria
Dagestan	Russia	province	Daghestan
Ingushetia	Russia	province
North Ossetia	Russia	province
Kabardino-Balkaria	Russia	province
Karachayevo-Cherkessia	Russia	province	Karachay-Cherkessia
Stavropol	Russia	province
Krasnodar	Russia	province
Tuva	Russia	province
Buryatia	Russia	province
Altai	Russia	province
Sochi	Russia	city
St. Petersburg	Russia	city	Saint Petersburg;St Petersburg;Leningrad
Nizhniy Novgorod	Russia	city	Nizhny Novgorod
Grozny	Russia	city
Nalchik	Russia	city
Makhachkala	Russia	city
Beslan	Russia	city
Tskhinvali	Georgia	city
Gori	Georgia	city
Adjara	Georgia	province	Ajara;Ajaria
Samegrelo	Georgia	province	Mingrelia
Svaneti	Georgia	province
Kodori Gorge	Georgia	feature	Kodori
Pankisi Gorge	Georgia	feature	Pankisi
Javakheti	Georgia	province	Samtskhe-Javakheti
Sukhumi	Georgia	city
Batumi	Georgia	city
Poti	Georgia	city
Kutaisi	Georgia	city
Nakhchivan	Azerbaijan	province	Nakhichevan
Ganja	Azerbaijan	city
Sumgait	Azerbaijan	city
Nardaran	Azerbaijan	city
Gyumri	Armenia	city
Donbas	Ukraine	province	Donbass
Transcarpathia	Ukraine	province
Sevastopol	Ukraine	city
Odessa	Ukraine	city	Odesa
Kharkiv	Ukraine	city	Kharkov
Lviv	Ukraine	city	Lvov
Donetsk	Ukraine	city
Dnipropetrovsk	Ukraine	city
Bessarabia	Moldova	province
Gagauzia	Moldova	province
Fergana Valley	Uzbekistan	feature	Ferghana Valley;Fergana;Ferghana
Karakalpakstan	Uzbekistan	province
Andijan	Uzbekistan	city	Andijon
Samarkand	Uzbekistan	city
Bukhara	Uzbekistan	city
Termez	Uzbekistan	city
Osh	Kyrgyzstan	city
Batken	Kyrgyzstan	province
Issyk-Kul	Kyrgyzstan	feature	Issyk Kul
Manas	Kyrgyzstan	site
Badakhshan	Tajikistan	province	Gorno-Badakhshan
Khujand	Tajikistan	city
Kulob	Tajikistan	city	Kulyab
Rasht Valley	Tajikistan	feature
Almaty	Kazakhstan	city	Alma-Ata
Baikonur	Kazakhstan	city
Semipalatinsk	Kazakhstan	city	Semey
Aktau	Kazakhstan	city
Atyrau	Kazakhstan	city
Karaganda	Kazakhstan	city
Shymkent	Kazakhstan	city
Turkmenbashi	Turkmenistan	city
Helmand	Afghanistan	province
Kandahar	Afghanistan	province
Uruzgan	Afghanistan	province	Oruzgan
Zabul	Afghanistan	province
Paktika	Afghanistan	province
Paktia	Afghanistan	province	Paktiya
Khost	Afghanistan	province
Ghazni	Afghanistan	province
Wardak	Afghanistan	province	Maidan Wardak
Logar	Afghanistan	province
Nangarhar	Afghanistan	province
Kunar	Afghanistan	province
Nuristan	Afghanistan	province
Laghman	Afghanistan	province
Kapisa	Afghanistan	province
Parwan	Afghanistan	province
Panjshir	Afghanistan	province
Baghlan	Afghanistan	province
Kunduz	Afghanistan	province
Takhar	Afghanistan	province
Badghis	Afghanistan	province
Faryab	Afghanistan	province
Jowzjan	Afghanistan	province
Sar-e Pul	Afghanistan	province
Samangan	Afghanistan	province
Balkh	Afghanistan	province
Bamiyan	Afghanistan	province	Bamyan
Daikundi	Afghanistan	province
Ghor	Afghanistan	province
Farah	Afghanistan	province
Nimroz	Afghanistan	province
Herat	Afghanistan	city
Mazar-e Sharif	Afghanistan	city	Mazar-e-Sharif;Mazar
Jalalabad	Afghanistan	city
Lashkar Gah	Afghanistan	city	Lashkar Gar
Tarin Kowt	Afghanistan	city	Tarin Kot
Qalat	Afghanistan	city
Gardez	Afghanistan	city
Musa Qala	Afghanistan	city	Musa Qaleh
Sangin	Afghanistan	city
Marja	Afghanistan	city	Marjah
Nad Ali	Afghanistan	city
Garmsir	Afghanistan	city
Spin Boldak	Afghanistan	city
Arghandab	Afghanistan	city
Zhari	Afghanistan	city
Panjwai	Afghanistan	city
Bagram	Afghanistan	site
Tora Bora	Afghanistan	feature
Korengal	Afghanistan	feature	Korengal Valley
Wakhan	Afghanistan	feature	Wakhan Corridor
Salang	Afghanistan	feature	Salang Tunnel;Salang Pass
Torkham	Afghanistan	city
Khyber Pass	Pakistan	feature
Khyber	Pakistan	province	Khyber Agency
Bajaur	Pakistan	province	Bajaur Agency
Mohmand	Pakistan	province	Mohmand Agency
Orakzai	Pakistan	province	Orakzai Agency
Kurram	Pakistan	province	Kurram Agency
North Waziristan	Pakistan	province
South Waziristan	Pakistan	province
Waziristan	Pakistan	province
Swat	Pakistan	province	Swat Valley
Malakand	Pakistan	province
Buner	Pakistan	province
Lower Dir	Pakistan	province
Upper Dir	Pakistan	province
Chitral	Pakistan	province
Mardan	Pakistan	city
Kohat	Pakistan	city
Bannu	Pakistan	city
Dera Ismail Khan	Pakistan	city	D.I. Khan
Miram Shah	Pakistan	city	Miran Shah;Miramshah
Wana	Pakistan	city
Mingora	Pakistan	city
Khyber Pakhtunkhwa	Pakistan	province
Gilgit-Baltistan	Pakistan	province	Northern Areas
Azad Kashmir	Pakistan	province	Azad Jammu and Kashmir;AJK
Jammu and Kashmir	India	province
Rawalpindi	Pakistan	city
Abbottabad	Pakistan	city
Quetta	Pakistan	city
Muzaffarabad	Pakistan	city
Gwadar	Pakistan	city
Sistan	Iran	province
Mashhad	Iran	city	Mashad
Tabriz	Iran	city
Shiraz	Iran	city
Ahvaz	Iran	city	Ahwaz
Zahedan	Iran	city
Bandar Abbas	Iran	city
Arak	Iran	city
Fordow	Iran	site	Fordo
Parchin	Iran	site
Kish Island	Iran	feature	Kish
Abu Musa	Iran	feature
Tunbs	Iran	feature	Greater Tunb;Lesser Tunb
"""

# Also common words or family names: a place only where nothing says otherwise.
WEAK = frozenset(
    """Rota Moron Valencia Mary Manas Wana Gori Ganja Lorraine Provence Constantine Lagos Jos Lira
    Cali Salvador Sucre Beni Pando Horn Amazon Medina Mecca Hama Kut Tyre Fez Oran Sidon Asir
    Trinidad Perth Norfolk Alberta Melbourne Houston Boston Chicago Bali Java Jolo Sulu Papua Yala
    Bonny Galicia Aragon Murcia Castile Cordoba Rosario Mendoza Concepcion Arak Farah Ghor Khost Swat
    Malakand Khyber Mardan Oder Volga Rhine Amur Atlantic Pacific Baltic Sahel Alps Pamir Pamirs Mon
    Mopti Gao Kidal Wau Juba Zarqa Tangier Rhodes Crete Siam Persia Ceylon Prussia Bohemia Moravia
    Mashad Marja Marjah Sangin Zhari Salang Tunbs Kish Dimona Harar Thrace Urals Altai Tuva Samegrelo
    Jinja Pader Lamu Nyala Beersheba Qalat Logar Kunar Wardak Balkh Ituri Goma Manicaland Milan Florence
    Sydney Lyon Guerrero Narino Rhodes Brittany Hesse Flanders Mohmand Orakzai Alexandria Odessa Aden
    Vitoria Marange Zaragoza Sevilla Napoli Torino Venezia Firenze""".split()
) | {"Santa Cruz", "Diego Garcia"}

# Adjectives of regions that name a regional government ("the Catalan government", "the Scottish
# Government"): the region each one means.
REGIONAL_ADJECTIVES: dict[str, str] = {
    "andalusian": "Andalusia",
    "catalan": "Catalonia",
    "basque": "Basque Country",
    "galician": "Galicia",
    "valencian": "Valencia",
    "canarian": "Canary Islands",
    "navarrese": "Navarre",
    "scottish": "Scotland",
    "welsh": "Wales",
    "bavarian": "Bavaria",
    "saxon": "Saxony",
    "hessian": "Hesse",
    "flemish": "Flanders",
    "walloon": "Wallonia",
    "corsican": "Corsica",
    "sicilian": "Sicily",
    "sardinian": "Sardinia",
    "lombard": "Lombardy",
    "tyrolean": "Tyrol",
    "quebecois": "Quebec",
    "crimean": "Crimea",
    "chechen": "Chechnya",
    "abkhaz": "Abkhazia",
    "ossetian": "South Ossetia",
    "tatarstan": "Tatarstan",
    "kosovar": "Kosovo",
    "puntland": "Puntland",
    "somaliland": "Somaliland",
    "zanzibari": "Zanzibar",
    "tibetan": "Tibet",
    "acehnese": "Aceh",
    "punjabi": "Punjab",
    "sindhi": "Sindh",
    "baluch": "Balochistan",
    "hong kong": "Hong Kong",
}
