"""More bodies cables name, one a line: canonical name, then its acronym and its other written
forms separated by ``;`` (tab-separated; ``organisations.ORGANISATIONS`` adds them to its list):
international bodies and UN agencies, U.S. agencies, legislatures, security services and armed
forces of the countries the posts report on (parties, armed groups and news organisations are in
``parties.py``).

Written by us from general knowledge and State Department usage; kept apart for the size of the
list. Acronyms that are also common words or office symbols are left out ("AP", "PM", "PD").
"""

from __future__ import annotations

from cablescope_entities.parties import PARTIES_TABLE

BODIES_TABLE = """\
# United Kingdom
Home Office
Cabinet Office
HM Treasury		Her Majesty's Treasury
Department for International Development	DFID	DfID
Department of Energy and Climate Change	DECC
Department for Environment, Food and Rural Affairs	DEFRA	Defra
Northern Ireland Office
Crown Prosecution Service	CPS
Serious Fraud Office	SFO
Government Communications Headquarters	GCHQ
Whitehall
Plaid Cymru
# France
Matignon
Direction Centrale du Renseignement Interieur	DCRI
Renseignements Generaux	RG
Unite de Coordination de la Lutte Anti-Terroriste	UCLAT
Police Nationale
Parti Socialiste
Front National
Le Parisien
Le Canard Enchaine		Canard Enchaine
France Inter
Europe 1
Canal Plus		Canal+
Agence Francaise de Developpement	AFD	French Development Agency
# Spain
Moncloa		La Moncloa
Zarzuela		Zarzuela Palace
National Intelligence Center	CNI	Centro Nacional de Inteligencia
Generalitat		Generalitat de Catalunya
Xunta		Xunta de Galicia
Junta de Andalucia
Eusko Alkartasuna
Military Emergencies Unit	UME
# Council of Europe, EU and NATO bodies
Committee of Ministers
Committee for the Prevention of Torture	CPT
Group of States against Corruption	GRECO
European Commission against Racism and Intolerance	ECRI
Commissioner for Human Rights
Political and Security Committee
EU Military Staff	EUMS
Eurocorps
NATO Response Force	NRF
NATO Defense College
Euro-Atlantic Partnership Council	EAPC
# UN bodies
Economic and Social Council	ECOSOC
Office of the High Commissioner for Human Rights	OHCHR
UNIFEM
UNAIDS
UN Monitoring, Verification and Inspection Commission	UNMOVIC
UN Special Commission	UNSCOM
UN Compensation Commission	UNCC
UN Department of Political Affairs
UN Mine Action Service	UNMAS
# China
Central Military Commission
Communist Youth League		Chinese Communist Youth League
Central Party School
Chinese Academy of Social Sciences	CASS
State Council Information Office	SCIO
Central Propaganda Department		Propaganda Department
United Front Work Department
Sina		Sina.com
Sohu		Sohu.com
Baidu
Tencent
Renren
Youku
Twitter
Facebook
YouTube
MySpace
Wikipedia
# Chile and the Americas
Carabineros
Party for Democracy	PPD
Christian Democrats	PDC	Christian Democratic Party of Chile
Fiscalia		Fiscalia General
Procuraduria		Inspector General's Office
Defensoria del Pueblo		Ombudsman's Office
# Africa and the Gulf
West African Economic and Monetary Union	WAEMU	UEMOA
Central Bank of West African States	BCEAO
Japan International Cooperation Agency	JICA
German Technical Cooperation	GTZ
KfW
Dubai Holding
Dubai World
Nakheel
Emaar
Emirates Airline		Emirates Airlines
Etihad		Etihad Airways
Mubadala
Jebel Ali Free Zone Authority	JAFZA
Departement du Renseignement et de la Securite	DRS
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
"""


def _rows() -> tuple[tuple[str, str | None, tuple[str, ...]], ...]:
    rows = []
    for line in (BODIES_TABLE + PARTIES_TABLE).splitlines():
        if line.startswith("#"):
            continue
        name, acronym, forms = (*line.split("\t"), "", "")[:3]
        rows.append((name, acronym or None, tuple(forms.split(";")) if forms else ()))
    return tuple(rows)


BODIES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = _rows()
