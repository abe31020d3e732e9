"""Organisations cables name, with the acronyms they use for them.

Written by us from State Department usage. The canonical name is the expanded name;
``acronym`` is the short form most cables use. Ministry acronyms (MFA, MOD) are
generic: in a Beijing cable the MFA is China's, in a Tokyo cable Japan's.
Words in ``ORG_HEADS`` end an organisation's name ("Iran Novin Party", "West Asian Affairs
Department"), which finds organisations the list does not know.
"""

from __future__ import annotations

# (canonical name, acronym or None, other written forms)
ORGANISATIONS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    # International
    ("United Nations", "UN", ("U.N.", "United Nations Organization")),
    ("UN Security Council", "UNSC", ("United Nations Security Council", "U.N. Security Council")),
    ("UN General Assembly", "UNGA", ("United Nations General Assembly",)),
    ("International Atomic Energy Agency", "IAEA", ()),
    ("Shanghai Cooperation Organization", "SCO", ("Shanghai Cooperation Organisation",)),
    ("P5-plus-1", None, ("P5+1", "P-5 plus 1", "P5 plus 1", "P5-plus-one", "P5+1 group", "EU-3+3", "E3+3")),
    ("North Atlantic Treaty Organization", "NATO", ()),
    ("European Union", "EU", ("E.U.",)),
    ("European Commission", "EC", ()),
    ("European Parliament", None, ()),
    ("Council of Europe", None, ()),
    (
        "Organization for Security and Co-operation in Europe",
        "OSCE",
        ("Organization for Security and Cooperation in Europe",),
    ),
    ("Association of Southeast Asian Nations", "ASEAN", ()),
    ("African Union", "AU", ()),
    ("Arab League", None, ("League of Arab States",)),
    ("Gulf Cooperation Council", "GCC", ()),
    ("Organization of American States", "OAS", ()),
    ("Organization of the Islamic Conference", "OIC", ("Organisation of the Islamic Conference",)),
    ("Non-Aligned Movement", "NAM", ()),
    ("Collective Security Treaty Organization", "CSTO", ()),
    ("Commonwealth of Independent States", "CIS", ()),
    ("Organization of Petroleum Exporting Countries", "OPEC", ()),
    ("World Trade Organization", "WTO", ()),
    ("International Monetary Fund", "IMF", ()),
    ("World Bank", None, ()),
    ("Asian Development Bank", "ADB", ()),
    ("World Health Organization", "WHO", ()),
    ("International Labour Organization", "ILO", ("International Labor Organization",)),
    ("UN High Commissioner for Refugees", "UNHCR", ()),
    ("UN Development Programme", "UNDP", ("UN Development Program",)),
    ("UNICEF", None, ()),
    ("World Food Programme", "WFP", ("World Food Program",)),
    ("International Committee of the Red Cross", "ICRC", ()),
    ("Red Cross", None, ()),
    ("Red Crescent", None, ()),
    ("Save the Children", None, ()),
    ("Amnesty International", None, ()),
    ("Human Rights Watch", "HRW", ()),
    ("International Criminal Court", "ICC", ()),
    ("Interpol", None, ()),
    ("Economic Community of West African States", "ECOWAS", ()),
    ("UN Assistance Mission in Afghanistan", "UNAMA", ("UN Assistance Mission",)),
    ("UN Operation in Cote d'Ivoire", "UNOCI", ()),
    ("G8", None, ("G-8", "Group of Eight")),
    ("G20", None, ("G-20", "Group of Twenty")),
    ("Six-Party Talks", None, ("Six Party Talks",)),
    ("Nuclear Suppliers Group", "NSG", ()),
    ("International Security Assistance Force", "ISAF", ()),
    # United States
    ("Department of State", None, ("State Department",)),
    ("White House", None, ()),
    ("Elysee", None, ("Élysée", "Elysee Palace")),
    ("Kremlin", None, ()),
    ("National Security Council", "NSC", ()),
    ("Central Intelligence Agency", "CIA", ()),
    ("Federal Bureau of Investigation", "FBI", ()),
    ("Defense Intelligence Agency", "DIA", ()),
    ("Department of Defense", "DOD", ("DoD", "Pentagon", "Defense Department")),
    ("Department of Homeland Security", "DHS", ()),
    ("Department of the Treasury", None, ("Treasury Department",)),
    ("Department of Commerce", None, ("Commerce Department",)),
    ("Department of Energy", "DOE", ("Energy Department",)),
    ("Department of Justice", "DOJ", ("Justice Department",)),
    ("U.S. Agency for International Development", "USAID", ()),
    ("U.S. Central Command", "CENTCOM", ("USCENTCOM", "Central Command")),
    ("U.S. European Command", "EUCOM", ("USEUCOM", "European Command")),
    ("U.S. Pacific Command", "PACOM", ("USPACOM", "Pacific Command")),
    ("U.S. Africa Command", "AFRICOM", ("USAFRICOM", "Africa Command")),
    ("U.S. Southern Command", "SOUTHCOM", ("USSOUTHCOM", "Southern Command")),
    ("Joint Chiefs of Staff", "JCS", ()),
    ("U.S. Congress", None, ()),
    ("U.S. Senate", None, ()),
    ("Drug Enforcement Administration", "DEA", ()),
    ("Peace Corps", None, ()),
    ("American Chamber of Commerce", "AmCham", ("AMCHAM",)),
    ("Export-Import Bank", None, ("Ex-Im Bank", "EXIM")),
    # Ministries (generic; the cable's post tells whose)
    ("Ministry of Foreign Affairs", "MFA", ("Foreign Ministry", "MOFA", "MoFA", "Foreign Office")),
    ("Ministry of Defense", "MOD", ("Defense Ministry", "MoD", "Ministry of Defence", "Defence Ministry")),
    ("Ministry of Interior", "MOI", ("Interior Ministry", "MoI", "Ministry of the Interior")),
    ("Ministry of Finance", "MOF", ("Finance Ministry", "MoF")),
    ("Ministry of Commerce", "MOFCOM", ("Commerce Ministry",)),
    ("Ministry of National Defense", "MND", ()),
    ("Ministry of Public Security", "MPS", ()),
    ("Ministry of State Security", "MSS", ()),
    # China
    ("Chinese Communist Party", "CCP", ("Communist Party of China", "CPC")),
    ("People's Liberation Army", "PLA", ()),
    ("National Development and Reform Commission", "NDRC", ()),
    ("National People's Congress", "NPC", ()),
    ("State Council", None, ()),
    ("Xinhua", None, ("Xinhua News Agency",)),
    # Iran and the region
    (
        "Islamic Revolutionary Guard Corps",
        "IRGC",
        ("Revolutionary Guards", "Revolutionary Guard", "Pasdaran"),
    ),
    ("Quds Force", None, ("al-Quds Force", "Qods Force", "IRGC-QF")),
    ("Atomic Energy Organization of Iran", "AEOI", ()),
    ("Supreme National Security Council", "SNSC", ()),
    ("Majlis", None, ("Majles",)),
    ("Hizballah", None, ("Hezbollah", "Hizbollah", "Hizbullah")),
    ("Hamas", None, ()),
    ("Fatah", None, ()),
    ("Palestinian Authority", "PA", ()),
    ("Palestine Liberation Organization", "PLO", ()),
    ("Muslim Brotherhood", None, ()),
    ("Taliban", None, ("Taleban",)),
    ("al-Qaida", None, ("al-Qaeda", "Al Qaeda", "Al-Qaida", "al Qaida", "Al-Qaeda", "AQ")),
    ("Lashkar-e-Taiba", "LeT", ("Lashkar-e-Tayyiba", "LET")),
    ("Inter-Services Intelligence", "ISI", ()),
    ("Kurdistan Workers' Party", "PKK", ()),
    ("Kurdistan Regional Government", "KRG", ()),
    ("Iraqi Security Forces", "ISF", ()),
    ("Mujahedin-e Khalq", "MEK", ("MKO", "Mujahedin-e-Khalq")),
    ("Iran Novin Party", None, ()),
    ("Jaysh al-Mahdi", "JAM", ("Jaish al-Mahdi", "Mahdi Army")),
    ("Jamaat-i-Islami", None, ("Jamaat-e-Islami", "Jama'at-e-Islami")),
    ("Forces Nouvelles", None, ("New Forces",)),
    ("Bank Melli", None, ("Bank Melli Iran",)),
    ("Bank Saderat", None, ()),
    ("Mardom Party", None, ()),
    ("SAVAK", None, ()),
    # Media and companies that recur
    ("Petroleos de Venezuela", "PDVSA", ()),
    ("Pemex", None, ()),
    ("Petrobras", None, ()),
    ("Rio Group", None, ()),
    ("Mercosur", None, ()),
    ("Union of South American Nations", "UNASUR", ()),
    ("Bolivarian Alliance for the Americas", "ALBA", ()),
    ("FARC", None, ("Revolutionary Armed Forces of Colombia",)),
    ("Reuters", None, ()),
    ("Associated Press", None, ()),
    ("BBC", None, ("British Broadcasting Corporation",)),
    ("Al Jazeera", None, ("Al-Jazeera",)),
    ("Gazprom", None, ()),
    ("KazMunaiGas", None, ("KazMunayGas", "KMG")),
    ("Siemens", None, ()),
    ("Rosneft", None, ()),
    ("Sinopec", None, ()),
    ("CNPC", None, ("China National Petroleum Corporation",)),
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The last word of a name that makes it an organisation.
ORG_HEADS: frozenset[str] = _words(
    """
    Academy Administration Agency Associates Church Directorate Institution Ministries Alliance Army
    Assembly Association Authority Bank Battalion
    Brigade Bureau Coalition Commission Committee Company Congress Consulate Corporation Corps
    Council Court Department Division Embassy Federation Force Forces Foundation Front Fund Group
    Guard Guards Institute League Ministry Movement Navy Office Organisation Organization Panel
    Parliament Party Police Regiment Secretariat Staff Union University
"""
)

# Capitalised words that are never the start of an organisation name found by its head word.
ORG_NON_STARTS: frozenset[str] = _words(
    """
    Also Although Because However Meanwhile Moreover Nevertheless Still Though Thus Yet
    A After All An And Any As At Before Both But By Chief Current Declassified Each Embassy Every
    For Former From Her His Host If In Its Local Loyal Many Mission New No Of Old On Opposition Or
    Other Our Post Released Ruling Said Since So Some That The Their Then These This To What When
    Which While Whose With
    Another Against Among Despite During Either Even Further Given How Indeed Instead Last Like
    Neither Next Only Per Such Under Unlike Until Upon Where Whether Why Within Without
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Comment Summary Note Subject Background Reftel Begin End
"""
)
