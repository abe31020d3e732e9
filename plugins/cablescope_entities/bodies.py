"""More bodies cables name, one a line: canonical name, then its acronym and its other written
forms separated by ``;`` (tab-separated; ``organisations.ORGANISATIONS`` adds them to its list):
international bodies and UN agencies, U.S. agencies, legislatures, security services and armed
forces, parties, armed groups and news organisations of the countries the posts report on.

Written by us from general knowledge and State Department usage; kept apart for the size of the
list. Acronyms that are also common words or office symbols are left out ("AP", "PM", "PD").
"""

from __future__ import annotations

BODIES_TABLE = """\
# International bodies, UN agencies and missions
International Court of Justice	ICJ
UN Human Rights Council	UNHRC	Human Rights Council;United Nations Human Rights Council
UN Environment Programme	UNEP	UN Environment Program
UN Population Fund	UNFPA
UN Industrial Development Organization	UNIDO
UN Conference on Trade and Development	UNCTAD
UN Office for the Coordination of Humanitarian Affairs	OCHA	UNOCHA
UN Department of Peacekeeping Operations	DPKO
UN Secretariat
UN Observer Mission in Georgia	UNOMIG
UN Mission in Sudan	UNMIS
UN Mission in Liberia	UNMIL
UN Stabilization Mission in Haiti	MINUSTAH
UN Assistance Mission for Iraq	UNAMI
UN Disengagement Observer Force	UNDOF
UN Truce Supervision Organization	UNTSO
UN Peacebuilding Commission		Peacebuilding Commission
International Maritime Organization	IMO
International Civil Aviation Organization	ICAO
International Telecommunication Union	ITU
World Intellectual Property Organization	WIPO
World Meteorological Organization	WMO
Universal Postal Union	UPU
Organisation for the Prohibition of Chemical Weapons	OPCW
Comprehensive Nuclear-Test-Ban Treaty Organization	CTBTO
Missile Technology Control Regime	MTCR
Wassenaar Arrangement
Australia Group
Zangger Committee
African Development Bank	AfDB	AFDB
Islamic Development Bank	IsDB
European Investment Bank	EIB
Bank for International Settlements
International Finance Corporation	IFC
Global Fund		Global Fund to Fight AIDS, Tuberculosis and Malaria
East African Community
Economic Community of Central African States	ECCAS
Common Market for Eastern and Southern Africa	COMESA
Arab Maghreb Union	AMU
Andean Community		Andean Community of Nations
Central American Integration System	SICA
Pacific Islands Forum
Eurasian Economic Community	EurAsEC	EURASEC
Black Sea Economic Cooperation	BSEC
Conference on Interaction and Confidence-Building Measures in Asia	CICA
ASEAN Regional Forum	ARF
East Asia Summit	EAS
Organization of African Unity	OAU
Council of the European Union		EU Council;Council of Ministers of the EU
European Council
European Defence Agency	EDA	European Defense Agency
Eurojust
European Court of Auditors
Committee of Permanent Representatives	COREPER
Parliamentary Assembly of the Council of Europe
Venice Commission
OSCE Office for Democratic Institutions and Human Rights	ODIHR
International Energy Forum
International Organization of la Francophonie		Francophonie;La Francophonie
Community of Portuguese Language Countries	CPLP
Union for the Mediterranean
NATO-Russia Council	NRC
North Atlantic Council	NAC
Supreme Headquarters Allied Powers Europe
Allied Command Operations
Allied Command Transformation
NATO Training Mission-Iraq	NTM-I
Combined Security Transition Command-Afghanistan	CSTC-A
Multi-National Corps-Iraq	MNC-I
Combined Joint Task Force-Horn of Africa	CJTF-HOA
African Union Mission in Somalia	AMISOM
International Red Cross and Red Crescent Movement
International Federation of Red Cross and Red Crescent Societies	IFRC
International Olympic Committee	IOC
FIFA
# United States
Department of Transportation		Transportation Department
Department of Labor	DOL	Labor Department
Department of the Interior		Interior Department
Department of Health and Human Services	HHS
Department of Education		Education Department
Department of Housing and Urban Development	HUD
Department of Veterans Affairs
Transportation Security Administration	TSA
Customs and Border Protection	CBP	U.S. Customs and Border Protection
Immigration and Customs Enforcement		U.S. Immigration and Customs Enforcement
Citizenship and Immigration Services	USCIS
Secret Service	USSS	U.S. Secret Service
Federal Aviation Administration	FAA
Food and Drug Administration	FDA
Securities and Exchange Commission
Federal Reserve		Federal Reserve Board
Nuclear Regulatory Commission
Office of Foreign Assets Control	OFAC
Financial Crimes Enforcement Network	FinCEN	FINCEN
Bureau of Alcohol, Tobacco, Firearms and Explosives	ATF
U.S. Marshals Service	USMS
Office of the Secretary of Defense	OSD
Defense Threat Reduction Agency	DTRA
Defense Security Cooperation Agency	DSCA
Missile Defense Agency	MDA
National Geospatial-Intelligence Agency	NGA
Trade and Development Agency	USTDA
Broadcasting Board of Governors	BBG
Government Accountability Office
Congressional Research Service	CRS
House Foreign Affairs Committee	HFAC
Senate Foreign Relations Committee	SFRC
Senate Armed Services Committee	SASC
House Armed Services Committee	HASC
U.S. Mission to the United Nations	USUN
U.S. Mission to NATO	USNATO
U.S. Mission to the European Union	USEU
U.S. Mission to the OSCE	USOSCE
U.S. Joint Forces Command	JFCOM	USJFCOM
U.S. Transportation Command	TRANSCOM	USTRANSCOM
U.S. Strategic Command	STRATCOM	USSTRATCOM
U.S. Forces Korea	USFK
U.S. Forces Japan	USFJ
U.S. Forces-Afghanistan	USFOR-A
U.S. Army Corps of Engineers	USACE	Army Corps of Engineers
National Guard
Bureau of Diplomatic Security
Overseas Security Advisory Council	OSAC
Fulbright Commission
National Endowment for Democracy
Center for Strategic and International Studies	CSIS
Heritage Foundation
RAND Corporation
Atlantic Council
Chatham House		Royal Institute of International Affairs
International Institute for Strategic Studies	IISS
Stockholm International Peace Research Institute	SIPRI
Woodrow Wilson Center		Wilson Center
Harvard University		Harvard
Georgetown University
Johns Hopkins University		Johns Hopkins
Columbia University
Oxford University		University of Oxford
Cambridge University		University of Cambridge
London School of Economics	LSE
National Defense University	NDU
National War College
Naval Postgraduate School
George C. Marshall Center		Marshall Center
# Legislatures and courts
Wolesi Jirga
Meshrano Jirga
Loya Jirga
Council of Representatives	CoR
Storting		Stortinget
Riksdag
Folketing		Folketinget
Eduskunta
Althing		Althingi
Saeima
Seimas
Riigikogu
Oireachtas
Dail		Dail Eireann
Sobranie
Skupstina
Sabor
Mazhilis		Majilis
Oliy Majlis
Jogorku Kenesh
Milli Majlis
Mejlis
Khural		State Great Khural
House of Commons
House of Lords
Bundesverfassungsgericht		Federal Constitutional Court
Conseil d'Etat		Council of State
Audiencia Nacional		National Court
Special Tribunal for Lebanon	STL
International Criminal Tribunal for Rwanda	ICTR
Special Court for Sierra Leone
Independent Election Commission	IEC
Electoral Complaints Commission	ECC
Central Election Commission	CEC	Central Electoral Commission
Supreme Electoral Tribunal
Supreme Council of the Armed Forces
# Security services, police and armed forces
Israel Defense Forces	IDF	Israeli Defense Forces;Israel Defence Forces
Uganda People's Defence Force	UPDF	Uganda People's Defense Force
Rwanda Defence Force	RDF
Kenya Defence Forces	KDF
Ethiopian National Defense Force	ENDF
Nigerian Armed Forces
Zimbabwe Defence Forces	ZDF
Central Intelligence Organization	CIO
Security Service of Ukraine
Ministry of Internal Affairs	MVD
Ministry of Emergency Situations	MChS
Federal Drug Control Service	FSKN
National Security Committee	KNB
KGB
Stasi
Mukhabarat
State Security Investigations Service	SSIS
Directorate for Inter-Services Intelligence
Frontier Corps
Afghan National Security Forces	ANSF
Afghan Border Police	ABP
Lebanese Armed Forces	LAF
Basij		Basij militia;Baseej
Ministry of Intelligence and National Security
Guardia Civil		Civil Guard
Policia Nacional
Carabinieri
Guardia di Finanza
Gendarmerie		Gendarmerie Nationale
Bundeswehr
Bundespolizei
Federal Police
High Court
Royal Navy
Royal Air Force	RAF
Metropolitan Police		Scotland Yard
Serious Organised Crime Agency	SOCA
Secretariat of National Defense	SEDENA
Secretariat of the Navy	SEMAR
Attorney General's Office	PGR
Federal Investigation Agency	FIA	Federal Investigative Agency
National Intelligence Service
Korean Central Intelligence Agency	KCIA
Colombian National Police	CNP
Administrative Department of Security
Bolivarian National Guard
Bolivarian Intelligence Service	SEBIN
National Guard of Venezuela
People's Armed Police
Tatmadaw
Royal Thai Army
Armed Forces of the Philippines
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
United Left		Izquierda Unida
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
March 14		March 14 Coalition
March 8		March 8 Coalition
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
Red Army Faction	RAF
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


def _rows() -> tuple[tuple[str, str | None, tuple[str, ...]], ...]:
    rows = []
    for line in BODIES_TABLE.splitlines():
        if line.startswith("#"):
            continue
        name, acronym, forms = (*line.split("\t"), "", "")[:3]
        rows.append((name, acronym or None, tuple(forms.split(";")) if forms else ()))
    return tuple(rows)


BODIES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = _rows()
