"""Seas, rivers, mountains, deserts, world regions and historical states, written by us from general
knowledge, in the form of ``regions.PLACES`` (name, country or the feature itself, kind, other
written forms separated by ``;``), which the gazetteer adds with them.
"""

from __future__ import annotations

PLACES = """\
Mediterranean	Mediterranean	feature	Mediterranean Sea
Atlantic	Atlantic	feature	Atlantic Ocean
Pacific	Pacific	feature	Pacific Ocean
Indian Ocean	Indian Ocean	feature
Arctic Ocean	Arctic	feature
Southern Ocean	Antarctica	feature
Caspian	Caspian	feature	Caspian Sea
Baltic	Baltic	feature	Baltic Sea;Baltics
North Sea	North Sea	feature
Red Sea	Red Sea	feature
Dead Sea	Dead Sea	feature
Aral Sea	Aral Sea	feature
Adriatic	Adriatic	feature	Adriatic Sea
Aegean	Aegean	feature	Aegean Sea
Arabian Sea	Arabian Sea	feature
South China Sea	South China Sea	feature
East China Sea	East China Sea	feature
Yellow Sea	Yellow Sea	feature
Sea of Japan	Sea of Japan	feature	East Sea
Sea of Okhotsk	Sea of Okhotsk	feature
Barents Sea	Barents Sea	feature
Bering Strait	Bering Strait	feature
Taiwan Strait	Taiwan Strait	feature	Taiwan Straits
Strait of Malacca	Strait of Malacca	feature	Malacca Strait;Straits of Malacca;Malacca Straits
Bosphorus	Turkey	feature	Bosporus
Dardanelles	Turkey	feature
Gulf of Guinea	Gulf of Guinea	feature
Gulf of Oman	Gulf of Oman	feature
Arabian Gulf	Persian Gulf	feature
Gulf of Aqaba	Gulf of Aqaba	feature
Gulf of Suez	Gulf of Suez	feature
Gulf of Thailand	Gulf of Thailand	feature
Gulf of Finland	Gulf of Finland	feature
Bay of Bengal	Bay of Bengal	feature
English Channel	English Channel	feature
Panama Canal	Panama	feature
Strait of Magellan	Chile	feature
Amazon River	Brazil	feature
Rio Grande	Rio Grande	feature
Mississippi River	United States	feature
Tigris	Iraq	feature
Euphrates	Iraq	feature
Shatt al-Arab	Iraq	feature	Shatt al Arab
Jordan River	Jordan River	feature
Jordan Valley	Jordan Valley	feature
Yangtze	China	feature	Yangtze River
Yellow River	China	feature
Amur	Russia	feature	Amur River
Volga	Russia	feature
Dnieper	Ukraine	feature
Dniester	Moldova	feature
Rhine	Germany	feature
Oder	Germany	feature
Congo River	Congo River	feature
Niger River	Niger River	feature
Zambezi	Zambezi	feature
Lake Victoria	Lake Victoria	feature
Lake Chad	Lake Chad	feature
Lake Tanganyika	Lake Tanganyika	feature
Great Lakes	Great Lakes	feature
Sahara	Sahara	feature	Sahara Desert
Sahel	Sahel	province
Kalahari	Kalahari	feature
Gobi	Gobi	feature	Gobi Desert
Sinai Peninsula	Egypt	feature
Arabian Peninsula	Arabian Peninsula	feature
Korean Peninsula	Korean Peninsula	feature	Korean Peninsular
Iberian Peninsula	Iberian Peninsula	feature	Iberia
Crimean Peninsula	Ukraine	feature
Alps	Alps	feature
Pyrenees	Pyrenees	feature
Carpathians	Carpathians	feature
Balkan Peninsula	Balkans	feature
Caucasus Mountains	Caucasus	feature
Pamirs	Tajikistan	feature	Pamir;Pamir Mountains
Tian Shan	Tian Shan	feature	Tien Shan
Karakoram	Karakoram	feature
Atlas Mountains	Morocco	feature
Mount Kenya	Kenya	feature
Kilimanjaro	Tanzania	feature
Mount Everest	Nepal	feature	Everest
Mount Lebanon	Lebanon	province
Antarctica	Antarctica	region
Oceania	Oceania	region
Eurasia	Eurasia	region
Scandinavia	Scandinavia	region
Benelux	Benelux	region
Western Hemisphere	Western Hemisphere	region
Americas	Americas	region
Asia-Pacific	Asia-Pacific	region	Asia Pacific
Far East	Far East	region
Near East	Near East	region
Indochina	Indochina	region
South Caucasus	South Caucasus	region	Transcaucasus;Transcaucasia
Western Balkans	Balkans	region
Southern Africa	Southern Africa	region
Central Africa	Central Africa	region
Great Lakes region	Great Lakes	region
Southern Cone	Southern Cone	region
Andean region	Andes	region
Amazon Basin	Brazil	region
Palestinian Territories	Palestinian Territories	region	Occupied Territories;Palestinian territories
Roman Empire	Roman Empire	historical
Byzantine Empire	Byzantine Empire	historical	Byzantium
Austro-Hungarian Empire	Austria-Hungary	historical	Austria-Hungary;Habsburg Empire
Russian Empire	Russian Empire	historical
Mughal Empire	Mughal Empire	historical
Golden Horde	Golden Horde	historical
Kievan Rus	Kievan Rus	historical
Third Reich	Germany	historical	Nazi Germany
West Germany	West Germany	historical
Prussia	Prussia	historical
Rhodesia	Zimbabwe	historical
Zaire	Democratic Republic of the Congo	historical
Ceylon	Sri Lanka	historical
Persia	Iran	historical
Siam	Thailand	historical
Dahomey	Benin	historical
Upper Volta	Burkina Faso	historical
Gold Coast	Ghana	historical
Serbia and Montenegro	Serbia and Montenegro	historical
Sudetenland	Czech Republic	historical
"""
