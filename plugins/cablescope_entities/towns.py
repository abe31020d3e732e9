"""Provinces, districts and towns of the Middle East, Africa, East Asia and the Americas, in the form
of ``regions.PLACES`` (name, country, kind, other written forms separated by ``;``), written by us
from general knowledge; the gazetteer adds them with it.
"""

from __future__ import annotations

PLACES = """\
Basra	Iraq	city	Basrah
Mosul	Iraq	city
Kirkuk	Iraq	city
Erbil	Iraq	city	Irbil;Arbil
Sulaymaniyah	Iraq	city	Sulaimaniya;Suleimaniyah
Najaf	Iraq	city
Karbala	Iraq	city
Fallujah	Iraq	city	Falluja
Ramadi	Iraq	city
Tikrit	Iraq	city
Samarra	Iraq	city
Baqubah	Iraq	city	Baquba
Hillah	Iraq	city	Hilla
Kut	Iraq	city
Nasiriyah	Iraq	city	Nasiriya
Diwaniyah	Iraq	city
Salah ad Din	Iraq	province	Salahuddin;Salah al-Din
Babil	Iraq	province	Babylon
Wasit	Iraq	province
Maysan	Iraq	province
Dhi Qar	Iraq	province
Muthanna	Iraq	province
Qadisiyah	Iraq	province
Dohuk	Iraq	province	Dahuk
Iraqi Kurdistan	Iraq	province	Kurdistan Region
Green Zone	Iraq	site	International Zone
Sadr City	Iraq	city
Aleppo	Syria	city
Homs	Syria	city
Hama	Syria	city
Latakia	Syria	city	Lattakia
Deir ez-Zor	Syria	city	Deir al-Zour
Qamishli	Syria	city
Tartus	Syria	city
Dara'a	Syria	city	Daraa
Bekaa Valley	Lebanon	feature	Bekaa;Beqaa
Sidon	Lebanon	city	Saida
Tyre	Lebanon	city
Baalbek	Lebanon	city
Nahr al-Barid	Lebanon	city	Nahr el-Bared
Shebaa Farms	Lebanon	feature	Sheba'a Farms
Ghajar	Lebanon	city
Ramallah	Palestinian Territories	city
Hebron	Palestinian Territories	city
Nablus	Palestinian Territories	city
Jenin	Palestinian Territories	city
Bethlehem	Palestinian Territories	city
Jericho	Palestinian Territories	city
Qalqilya	Palestinian Territories	city
Rafah	Palestinian Territories	city
Khan Yunis	Palestinian Territories	city	Khan Younis
East Jerusalem	Israel	city
Haifa	Israel	city
Sderot	Israel	city
Ashkelon	Israel	city
Eilat	Israel	city
Negev	Israel	feature
Galilee	Israel	province
Dimona	Israel	city
Beersheba	Israel	city	Beer Sheva
Aqaba	Jordan	city
Irbid	Jordan	city
Zarqa	Jordan	city
Jeddah	Saudi Arabia	city	Jidda
Mecca	Saudi Arabia	city	Makkah
Dhahran	Saudi Arabia	city
Dammam	Saudi Arabia	city
Eastern Province	Saudi Arabia	province
Qatif	Saudi Arabia	city
Jizan	Saudi Arabia	province	Jazan
Najran	Saudi Arabia	province
Asir	Saudi Arabia	province
Hejaz	Saudi Arabia	province	Hijaz
Empty Quarter	Saudi Arabia	feature	Rub al-Khali
Sharjah	United Arab Emirates	city
Ajman	United Arab Emirates	city
Fujairah	United Arab Emirates	city
Ras al-Khaimah	United Arab Emirates	city	Ras Al Khaimah
Umm al-Quwain	United Arab Emirates	city	Umm Al Quwain
Al Ain	United Arab Emirates	city
Jebel Ali	United Arab Emirates	city
Al Dhafra	United Arab Emirates	site	Dhafra
Muscat	Oman	city
Salalah	Oman	city
Musandam	Oman	province
Dhofar	Oman	province
Aden	Yemen	city
Taiz	Yemen	city
Hodeidah	Yemen	city	Hudaydah
Mukalla	Yemen	city
Marib	Yemen	province	Ma'rib
Shabwa	Yemen	province	Shabwah
Al-Jawf	Yemen	province	Jawf
Socotra	Yemen	feature
Alexandria	Egypt	city
Port Said	Egypt	city
Suez	Egypt	city
Luxor	Egypt	city
Aswan	Egypt	city
Sharm el-Sheikh	Egypt	city	Sharm El Sheikh
Upper Egypt	Egypt	province
Suez Canal	Egypt	feature
Benghazi	Libya	city
Misrata	Libya	city	Misurata
Sirte	Libya	city
Cyrenaica	Libya	province
Tripolitania	Libya	province
Fezzan	Libya	province
Kabylie	Algeria	province	Kabylia
Oran	Algeria	city
Tamanrasset	Algeria	city
Tindouf	Algeria	city
Casablanca	Morocco	city
Marrakech	Morocco	city	Marrakesh
Tangier	Morocco	city	Tangiers
Fez	Morocco	city	Fes
Laayoune	Morocco	city
Sfax	Tunisia	city
Timbuktu	Mali	city	Tombouctou
Kidal	Mali	city
Mopti	Mali	city
Tessalit	Mali	city
Nouadhibou	Mauritania	city
Agadez	Niger	city
Arlit	Niger	city
Tibesti	Chad	feature
Abeche	Chad	city
Casamance	Senegal	province
Ziguinchor	Senegal	city
Thies	Senegal	city
Touba	Senegal	city
Saint-Louis	Senegal	city	St. Louis
Kaolack	Senegal	city
Goree Island	Senegal	feature	Goree
Lagos	Nigeria	city
Kano	Nigeria	city
Port Harcourt	Nigeria	city
Niger Delta	Nigeria	feature
Bonny Island	Nigeria	feature
Kaduna	Nigeria	city
Maiduguri	Nigeria	city
Jos	Nigeria	city
Gulu	Uganda	city
Kitgum	Uganda	city
Lira	Uganda	city
Pader	Uganda	city
Karamoja	Uganda	province
Entebbe	Uganda	city
Jinja	Uganda	city
Mbarara	Uganda	city
Mombasa	Kenya	city
Kisumu	Kenya	city
Eldoret	Kenya	city
Rift Valley	Kenya	province
Garissa	Kenya	city
Lamu	Kenya	city
Juba	Sudan	city
Malakal	Sudan	city
Wau	Sudan	city
Port Sudan	Sudan	city
Kassala	Sudan	city
El Fasher	Sudan	city	Al Fasher
Nyala	Sudan	city
El Geneina	Sudan	city	Geneina
Abyei	Sudan	province
Kordofan	Sudan	province	South Kordofan;North Kordofan
Blue Nile	Sudan	province
Equatoria	Sudan	province
Mogadishu	Somalia	city
Kismayo	Somalia	city	Kismayu
Baidoa	Somalia	city
Beledweyne	Somalia	city	Beletweyne
Hargeisa	Somalia	city
Bosasso	Somalia	city	Bossaso
Galkayo	Somalia	city
Somaliland	Somalia	province
Jubaland	Somalia	province
Mekelle	Ethiopia	city
Dire Dawa	Ethiopia	city
Harar	Ethiopia	city
Tigray	Ethiopia	province
Oromia	Ethiopia	province
Amhara	Ethiopia	province
Goma	Democratic Republic of the Congo	city
Bukavu	Democratic Republic of the Congo	city
Lubumbashi	Democratic Republic of the Congo	city
Kisangani	Democratic Republic of the Congo	city
Ituri	Democratic Republic of the Congo	province
Matabeleland	Zimbabwe	province
Mashonaland	Zimbabwe	province
Manicaland	Zimbabwe	province
Masvingo	Zimbabwe	city
Bulawayo	Zimbabwe	city
Mutare	Zimbabwe	city
Marange	Zimbabwe	site
Chiadzwa	Zimbabwe	site
Victoria Falls	Zimbabwe	feature
Johannesburg	South Africa	city
Cape Town	South Africa	city
Durban	South Africa	city
Soweto	South Africa	city
KwaZulu-Natal	South Africa	province	KwaZulu Natal
Gauteng	South Africa	province
Western Cape	South Africa	province
Eastern Cape	South Africa	province
Limpopo	South Africa	province
Mpumalanga	South Africa	province
Zanzibar	Tanzania	province
Arusha	Tanzania	city
Dar es Salaam	Tanzania	city
Cabinda	Angola	province
Darjeeling	India	city
Assam	India	province
Manipur	India	province
Kerala	India	province
Gujarat	India	province
Mumbai	India	city	Bombay
Kolkata	India	city	Calcutta
Chennai	India	city	Madras
Bangalore	India	city	Bengaluru
Hyderabad	India	city
Jaffna	Sri Lanka	city
Chittagong	Bangladesh	city
Xizang	China	province
Hong Kong	China	city
Macau	China	city	Macao
Guangxi	China	province
Dalian	China	city
Xiamen	China	city
Kashgar	China	city
Dandong	China	city
Yanbian	China	province
Pyongyang	North Korea	city
Kaesong	North Korea	city
Yongbyon	North Korea	site
Sinuiju	North Korea	city
Busan	South Korea	city	Pusan
Jeju	South Korea	province	Cheju
Okinawa	Japan	province
Hokkaido	Japan	province
Osaka	Japan	city
Yokosuka	Japan	city
Mindanao	Philippines	feature
Luzon	Philippines	feature
Sulu	Philippines	province
Jolo	Philippines	city
Aceh	Indonesia	province
Papua	Indonesia	province
Bali	Indonesia	feature
Java	Indonesia	feature
Sumatra	Indonesia	feature
Sulawesi	Indonesia	feature
Borneo	Indonesia	feature
Kalimantan	Indonesia	province
Mandalay	Burma	city
Naypyidaw	Burma	city	Nay Pyi Taw;Naypyitaw;Nay Pyi Daw
Irrawaddy	Burma	feature	Irrawaddy Delta;Ayeyarwady
Shan State	Burma	province
Kachin State	Burma	province
Karen State	Burma	province	Kayin State
Rakhine State	Burma	province	Arakan
Chin State	Burma	province
Mon State	Burma	province
Chiang Mai	Thailand	city
Mae Sot	Thailand	city
Pattani	Thailand	province
Yala	Thailand	province
Narathiwat	Thailand	province
Ciudad Juarez	Mexico	city	Juarez
Tijuana	Mexico	city
Monterrey	Mexico	city
Guadalajara	Mexico	city
Chihuahua	Mexico	province
Sinaloa	Mexico	province
Michoacan	Mexico	province
Tamaulipas	Mexico	province
Nuevo Leon	Mexico	province
Baja California	Mexico	province
Chiapas	Mexico	province
Oaxaca	Mexico	province
Guerrero	Mexico	province
Yucatan	Mexico	province
Medellin	Colombia	city
Cali	Colombia	city
Cartagena	Colombia	city
Barranquilla	Colombia	city
Bucaramanga	Colombia	city
Cucuta	Colombia	city
Antioquia	Colombia	province
Putumayo	Colombia	province
Caqueta	Colombia	province
Narino	Colombia	province
Maracaibo	Venezuela	city
Zulia	Venezuela	province
Tachira	Venezuela	province
Apure	Venezuela	province
Margarita Island	Venezuela	feature
Santa Cruz	Bolivia	city
Cochabamba	Bolivia	city
El Alto	Bolivia	city
Sucre	Bolivia	city
Oruro	Bolivia	city
Potosi	Bolivia	city
Tarija	Bolivia	province
Pando	Bolivia	province
Chapare	Bolivia	province
Yungas	Bolivia	province
Guayaquil	Ecuador	city
Galapagos	Ecuador	feature	Galapagos Islands
Cusco	Peru	city	Cuzco
Arequipa	Peru	city
Ayacucho	Peru	province
VRAE	Peru	province
Valparaiso	Chile	city
Punta Arenas	Chile	city
Araucania	Chile	province
Cordoba	Argentina	city
Tierra del Fuego	Argentina	province
Triple Frontier	Paraguay	province	Tri-Border Area;Triborder Area
Ciudad del Este	Paraguay	city
Foz do Iguacu	Brazil	city	Foz de Iguacu
Porto Alegre	Brazil	city
Belo Horizonte	Brazil	city
Recife	Brazil	city
Manaus	Brazil	city
Belem	Brazil	city
Amazonia	Brazil	province
Ribeirao Preto	Brazil	city
Guantanamo	Cuba	site	Guantanamo Bay;GTMO
Port-au-Prince	Haiti	city	Port au Prince
Cap-Haitien	Haiti	city
Gonaives	Haiti	city
Trinidad	Trinidad and Tobago	feature
Hispaniola	Haiti	feature
Puerto Rico	United States	province
Guam	United States	province
Diego Garcia	United Kingdom	feature
Bermuda	United Kingdom	province
Cayman Islands	United Kingdom	province
British Virgin Islands	United Kingdom	province
Falkland Islands	United Kingdom	feature	Falklands;Malvinas
Greenland	Denmark	province
Svalbard	Norway	feature
Aland Islands	Finland	feature	Aland
Faroe Islands	Denmark	feature	Faroes
Crete	Greece	feature
Rhodes	Greece	feature
Thessaloniki	Greece	city	Salonika
Northern Cyprus	Cyprus	province
New York City	United States	city	NYC
Los Angeles	United States	city
San Francisco	United States	city
Chicago	United States	city
Miami	United States	city
Boston	United States	city
Norfolk	United States	city
Annapolis	United States	city
Fort Bragg	United States	site
Fort Leavenworth	United States	site
Manhattan	United States	city
Quebec	Canada	province
Ontario	Canada	province
British Columbia	Canada	province
Alberta	Canada	province
Newfoundland	Canada	province
Nova Scotia	Canada	province
Toronto	Canada	city
Montreal	Canada	city
Vancouver	Canada	city
Queensland	Australia	province
New South Wales	Australia	province
Sydney	Australia	city
Melbourne	Australia	city
Perth	Australia	city
Tasmania	Australia	province
"""
