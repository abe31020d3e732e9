"""Parties, movements, armed groups and news organisations, in the form of ``bodies.BODIES_TABLE``
(canonical name, acronym, other written forms separated by ``;``; tab-separated), written by us from
general knowledge; ``bodies.py`` reads them with its own.
"""

from __future__ import annotations

PARTIES_TABLE = """\
# Parties and movements
Fianna Fail
Socialist Party
Democratic Movement	MoDem
Accion Democratica
Fine Gael
Sinn Fein
Democratic Unionist Party	DUP
Scottish National Party
Forza Italia
People of Freedom		Popolo della Liberta;PdL
Northern League		Lega Nord
National Alliance		Alleanza Nazionale
Communist Refoundation		Rifondazione Comunista
Union of the Centre	UDC
Convergence and Union	CiU
Republican Left of Catalonia	ERC
Basque Nationalist Party	PNV
United Left	IU	Izquierda Unida
Social Democratic Party of Germany
Alliance 90/The Greens
Austrian People's Party	OVP
Freedom Party	FPO
Civic Platform
Law and Justice	PiS
Fidesz
Jobbik
Democratic Party of Serbia
Serbian Radical Party	SRS
Socialist Party of Serbia
Democratic League of Kosovo	LDK
Democratic Party of Kosovo	PDK
Party of Democratic Action	SDA
Alliance of Independent Social Democrats	SNSD
Croatian Democratic Union	HDZ
Citizens for European Development of Bulgaria	GERB
Movement for Rights and Freedoms	DPS
Bulgarian Socialist Party	BSP
New Democracy
PASOK		Panhellenic Socialist Movement
Communist Party of the Russian Federation	KPRF
Liberal Democratic Party of Russia	LDPR
Just Russia		A Just Russia
Yabloko
Our Ukraine
Yulia Tymoshenko Bloc	BYuT	Tymoshenko Bloc
Party of Communists	PCRM
Ata Meken
Ak Jol
Republican Party of Armenia	RPA
New Azerbaijan Party	YAP
Musavat
Awami League
Bangladesh Nationalist Party	BNP
Janata Dal
Communist Party of Nepal
Nepali Congress
Sri Lanka Freedom Party	SLFP
United National Party	UNP
Awami National Party
Jamiat Ulema-e-Islam	JUI	JUI-F
Pakistan Tehreek-e-Insaf	PTI	Tehreek-e-Insaf
People's Action Party
Thai Rak Thai
People Power Party
Puea Thai		Pheu Thai
People's Alliance for Democracy	PAD
United Front for Democracy Against Dictatorship	UDD
Uri Party
Workers' Party of Korea		Korean Workers' Party
Communist Party of Vietnam	CPV
Lao People's Revolutionary Party	LPRP
Communist Party of Cuba		Cuban Communist Party
New Komeito		Komeito
Baath Party		Ba'ath Party;Ba'th Party;Baath;Ba'ath
Iraqi National Accord
Iraqi National Congress
Iraqi Islamic Party
Sadrist Movement		Sadr Movement;Sadrist Trend
Badr Organization		Badr Corps
Fadhila		Fadhila Party
Progressive Socialist Party	PSP
Lebanese Forces
Kataeb		Phalange
Islah		Islah Party
General People's Congress	GPC
Istiqlal		Istiqlal Party
Party of Justice and Development	PJD
National Liberation Front	FLN
National Rally for Democracy	RND
Movement of Society for Peace
Constitutional Democratic Rally	RCD
Wafd		Wafd Party
Kefaya		Kifaya
Ghad Party		Al-Ghad
Senegalese Democratic Party	PDS
Socialist Party of Senegal
National Resistance Movement	NRM
Forum for Democratic Change	FDC
Chama Cha Mapinduzi	CCM
Kenya African National Union	KANU
Ethiopian People's Revolutionary Democratic Front	EPRDF
Rwandan Patriotic Front	RPF
Frelimo		FRELIMO
Renamo		RENAMO
MPLA		Popular Movement for the Liberation of Angola
UNITA
SWAPO
Botswana Democratic Party	BDP
People's Democratic Party	PDP
Action Congress
All Nigeria Peoples Party	ANPP
Democratic Alliance
Congress of the People
Pan Africanist Congress
Democratic Party of Cote d'Ivoire	PDCI
Ivorian Popular Front	FPI
Rally of the Republicans	RDR
Independent Democratic Union	UDI
National Renewal
Justicialist Party
Radical Civic Union	UCR
Colorado Party
Broad Front		Frente Amplio
Social Party of National Unity		Partido de la U;La U
Democratic Pole		Polo Democratico
Radical Change		Cambio Radical
Podemos
Country Alliance		Alianza PAIS
APRA		American Popular Revolutionary Alliance
Fifth Republic Movement	MVR
A New Era	UNT	Un Nuevo Tiempo
Primero Justicia		Justice First
COPEI
Lavalas		Fanmi Lavalas
Lespwa
People's National Party
Jamaica Labour Party	JLP
# Militant and armed groups
Islamic State of Iraq
al-Qaida in Iraq	AQI	al-Qaeda in Iraq
Tehrik-e-Nafaz-e-Shariat-e-Mohammadi	TNSM
Lashkar-e-Jhangvi	LeJ
Sipah-e-Sahaba
Harakat ul-Mujahideen	HuM
Hizbul Mujahideen		Hizb-ul-Mujahideen
Jamaat-ud-Dawa	JuD	Jamaat ud Dawa
Quetta Shura
Islamic Movement of Uzbekistan	IMU
Islamic Jihad Union	IJU
East Turkestan Islamic Movement	ETIM
Moro Islamic Liberation Front	MILF
Moro National Liberation Front	MNLF
New People's Army	NPA
Communist Party of the Philippines
Free Aceh Movement	GAM
Karen National Union	KNU
Kachin Independence Organization	KIO
United Wa State Army	UWSA
Democratic Karen Buddhist Army	DKBA
Communist Party of Nepal (Maoist)	CPN-M
Naxalites
Movement for the Emancipation of the Niger Delta
Revolutionary United Front	RUF
Democratic Forces for the Liberation of Rwanda	FDLR
National Congress for the Defense of the People	CNDP
Sudan Liberation Army		Sudan Liberation Movement;SLM
Sudan Liberation Army/Abdul Wahid	SLA/AW
Eritrean Islamic Jihad
Hizbul Islam		Hizbul-Islam
Ahlu Sunna Wal Jama'a	ASWJ	Ahlu Sunna Wal Jamaa
Armed Islamic Group	GIA
Moroccan Islamic Combatant Group	GICM
Egyptian Islamic Jihad	EIJ
Gamaa Islamiya		al-Gama'a al-Islamiyya
Fatah al-Islam
Asbat al-Ansar
Izz al-Din al-Qassam Brigades		Qassam Brigades
Popular Resistance Committees
Kurdistan Freedom Falcons	TAK
Revolutionary Organization 17 November		November 17;17 November
Revolutionary Struggle
Red Brigades
Basque Homeland and Freedom
Real Irish Republican Army
Continuity IRA
Ulster Volunteer Force	UVF
Popular Revolutionary Army	EPR
Sinaloa Cartel
Gulf Cartel
Los Zetas		Zetas
La Familia		La Familia Michoacana
Juarez Cartel
Tijuana Cartel		Arellano Felix Organization;AFO
Beltran Leyva Organization	BLO
Mara Salvatrucha	MS-13
Dignity Battalions
Red Army Faction
Contras
Northern Alliance
Awakening Councils		Sons of Iraq;Sahwa
Islamic Army in Iraq
1920 Revolution Brigades
Ansar al-Sunna
# News organisations
Bloomberg		Bloomberg News
Al Hurra		Alhurra;Al-Hurra
Radio Sawa
Radio Farda
Fox News
CBS
NBC
ABC News
National Public Radio	NPR
Newsweek
Time Magazine
Los Angeles Times
USA Today
International Herald Tribune	IHT
Daily Telegraph		The Telegraph
Sky News
Deutsche Welle
Deutsche Presse-Agentur	DPA	dpa
Le Point
L'Express
Le Nouvel Observateur
France 24
TF1
Radio France Internationale	RFI
ABC
El Periodico
La Vanguardia
Europa Press
EFE
Cadena SER
COPE radio
RTVE
ANSA
La Stampa
Il Sole 24 Ore
RAI
Mediaset
Radikal
Cumhuriyet
Today's Zaman
Anatolia News Agency		Anadolu Agency
NTV
Rossiyskaya Gazeta
Nezavisimaya Gazeta
Ekho Moskvy		Echo of Moscow
Kyiv Post
China News Service
Southern Weekend		Southern Weekly
Caijing
South China Morning Post	SCMP
Korean Central News Agency	KCNA
Rodong Sinmun
Chosun Ilbo
JoongAng Ilbo
Dong-A Ilbo
ISNA		Iranian Students News Agency
Al-Masry Al-Youm
Al-Quds Al-Arabi
An-Nahar		An Nahar;Al-Nahar
Al-Akhbar
Saudi Press Agency	SPA
Arab News
Gulf News
Khaleej Times
WAM		Emirates News Agency
Maariv
Daily Times
Geo TV
Associated Press of Pakistan	APP
Press Trust of India
Tolo TV		Tolo
Pajhwok		Pajhwok Afghan News
New Vision
Le Soleil
El Watan
El Khabar
Pagina 12
El Mercurio
La Tercera
Semana
Reforma
Milenio
Televisa
TV Azteca
Veja
Jornal do Brasil
Valor Economico
Correio Braziliense
Agencia Brasil
El Nacional
Venezolana de Television	VTV
La Razon
El Deber
Granma
Prensa Latina
"""
