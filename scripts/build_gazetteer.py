#!/usr/bin/env python3
"""Builds factwire's gazetteers (data/gazetteer/*.tsv). Python 3 standard library only.

    python3 scripts/build_gazetteer.py [--out data/gazetteer]

Sources:
  * Debian package iso-codes (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json gives
    ISO 3166-1 alpha-2/alpha-3 codes, names and official names.
  * Debian package tzdata (public domain): /usr/share/zoneinfo/zone.tab gives city names with
    coordinates (the zone's principal city).
  * Written here from general knowledge (released with factwire): short names and aliases,
    demonyms, capitals, approximate country centroids and city coordinates, regions, titles,
    organisation heads, well-known organisations with sectors, sector words.
The output files are generated: edit this script, not them.
"""
import argparse
import json
import os
import sys


# ISO2 | centroid lat,lon | demonyms/adjectives (;) | capital | capital lat,lon | aliases (;)
# The first demonym is the canonical NORP name. Aliases marked with a leading '=' are matched
# case-sensitively only (acronyms such as US, UK that are also English words in lower case).
COUNTRIES = """
AF|33.9,67.7|Afghan;Afghans;Afghani|Kabul|34.53,69.17|
AL|41.2,20.2|Albanian;Albanians|Tirana|41.33,19.82|
DZ|28.0,1.7|Algerian;Algerians|Algiers|36.75,3.06|
AD|42.5,1.5|Andorran|Andorra la Vella|42.51,1.52|
AO|-11.2,17.9|Angolan;Angolans|Luanda|-8.84,13.23|
AG|17.1,-61.8|Antiguan|Saint John's|17.12,-61.85|Antigua
AR|-38.4,-63.6|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires|-34.60,-58.38|
AM|40.1,45.0|Armenian;Armenians|Yerevan|40.18,44.51|
AU|-25.3,133.8|Australian;Australians|Canberra|-35.28,149.13|
AT|47.5,14.6|Austrian;Austrians|Vienna|48.21,16.37|
AZ|40.1,47.6|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku|40.41,49.87|
BS|25.0,-77.4|Bahamian;Bahamians|Nassau|25.05,-77.35|The Bahamas
BH|26.0,50.6|Bahraini;Bahrainis|Manama|26.23,50.59|
BD|23.7,90.4|Bangladeshi;Bangladeshis|Dhaka|23.81,90.41|
BB|13.2,-59.5|Barbadian;Bajan|Bridgetown|13.10,-59.61|
BY|53.7,28.0|Belarusian;Belarusians;Belarussian|Minsk|53.90,27.57|Belarus
BE|50.5,4.5|Belgian;Belgians|Brussels|50.85,4.35|
BZ|17.2,-88.5|Belizean|Belmopan|17.25,-88.77|
BJ|9.3,2.3|Beninese|Porto-Novo|6.50,2.60|
BT|27.5,90.4|Bhutanese|Thimphu|27.47,89.64|
BO|-16.3,-63.6|Bolivian;Bolivians|La Paz|-16.49,-68.12|Bolivia
BA|43.9,17.7|Bosnian;Bosnians|Sarajevo|43.86,18.41|Bosnia;Bosnia-Herzegovina
BW|-22.3,24.7|Botswanan;Motswana|Gaborone|-24.63,25.92|
BR|-14.2,-51.9|Brazilian;Brazilians|Brasilia|-15.79,-47.88|Brasil
BN|4.5,114.7|Bruneian|Bandar Seri Begawan|4.90,114.94|Brunei
BG|42.7,25.5|Bulgarian;Bulgarians|Sofia|42.70,23.32|
BF|12.2,-1.6|Burkinabe;Burkinabè|Ouagadougou|12.37,-1.52|
BI|-3.4,29.9|Burundian;Burundians|Gitega|-3.43,29.92|
CV|16.0,-24.0|Cape Verdean|Praia|14.93,-23.51|Cape Verde
KH|12.6,104.9|Cambodian;Cambodians|Phnom Penh|11.56,104.93|
CM|7.4,12.4|Cameroonian;Cameroonians|Yaounde|3.85,11.50|
CA|56.1,-106.3|Canadian;Canadians|Ottawa|45.42,-75.70|
CF|6.6,20.9|Central African;Central Africans|Bangui|4.39,18.56|CAR
TD|15.5,18.7|Chadian;Chadians|N'Djamena|12.13,15.06|
CL|-35.7,-71.5|Chilean;Chileans|Santiago|-33.45,-70.67|
CN|35.9,104.2|Chinese|Beijing|39.90,116.41|People's Republic of China;PRC;Mainland China
CO|4.6,-74.3|Colombian;Colombians|Bogota|4.71,-74.07|
KM|-11.9,43.9|Comoran;Comorian|Moroni|-11.70,43.26|
CG|-0.2,15.8|Congolese|Brazzaville|-4.26,15.24|Republic of the Congo;Republic of Congo;Congo Republic;Congo-Brazzaville
CD|-4.0,21.8|Congolese|Kinshasa|-4.44,15.27|DR Congo;DRC;Democratic Republic of Congo;Democratic Republic of the Congo;Congo-Kinshasa
CR|9.7,-83.8|Costa Rican;Costa Ricans|San Jose|9.93,-84.08|
CI|7.5,-5.5|Ivorian;Ivorians|Yamoussoukro|6.83,-5.29|Ivory Coast;Cote d'Ivoire
HR|45.1,15.2|Croatian;Croatians;Croat;Croats|Zagreb|45.81,15.98|
CU|21.5,-77.8|Cuban;Cubans|Havana|23.11,-82.37|
CY|35.1,33.4|Cypriot;Cypriots|Nicosia|35.19,33.38|
CZ|49.8,15.5|Czech;Czechs|Prague|50.08,14.44|Czech Republic
DK|56.3,9.5|Danish;Dane;Danes|Copenhagen|55.68,12.57|
DJ|11.8,42.6|Djiboutian|Djibouti|11.59,43.15|
DM|15.4,-61.4|Dominican|Roseau|15.30,-61.39|
DO|18.7,-70.2|Dominican;Dominicans|Santo Domingo|18.49,-69.93|
EC|-1.8,-78.2|Ecuadorean;Ecuadoreans;Ecuadorian;Ecuadorians|Quito|-0.18,-78.47|
EG|26.8,30.8|Egyptian;Egyptians|Cairo|30.04,31.24|
SV|13.8,-88.9|Salvadoran;Salvadorans|San Salvador|13.69,-89.22|
GQ|1.7,10.3|Equatorial Guinean|Malabo|3.75,8.78|
ER|15.2,39.8|Eritrean;Eritreans|Asmara|15.32,38.93|
EE|58.6,25.0|Estonian;Estonians|Tallinn|59.44,24.75|
SZ|-26.5,31.5|Swazi;Emaswati|Mbabane|-26.31,31.14|Swaziland
ET|9.1,40.5|Ethiopian;Ethiopians|Addis Ababa|9.03,38.74|
FJ|-17.7,178.1|Fijian;Fijians|Suva|-18.14,178.44|
FI|61.9,25.7|Finnish;Finn;Finns|Helsinki|60.17,24.94|
FR|46.2,2.2|French;Frenchman;Frenchwoman|Paris|48.86,2.35|
GA|-0.8,11.6|Gabonese|Libreville|0.42,9.47|
GM|13.4,-15.3|Gambian;Gambians|Banjul|13.45,-16.58|The Gambia
GE|42.3,43.4|Georgian;Georgians|Tbilisi|41.72,44.79|
DE|51.2,10.5|German;Germans|Berlin|52.52,13.40|
GH|7.9,-1.0|Ghanaian;Ghanaians|Accra|5.60,-0.19|
GR|39.1,21.8|Greek;Greeks|Athens|37.98,23.73|
GD|12.1,-61.7|Grenadian|St. George's|12.06,-61.75|
GT|15.8,-90.2|Guatemalan;Guatemalans|Guatemala City|14.63,-90.51|
GN|9.9,-9.7|Guinean;Guineans|Conakry|9.64,-13.58|
GW|11.8,-15.2|Bissau-Guinean|Bissau|11.86,-15.60|
GY|4.9,-58.9|Guyanese|Georgetown|6.80,-58.16|
HT|19.0,-72.3|Haitian;Haitians|Port-au-Prince|18.59,-72.31|
HN|15.2,-86.2|Honduran;Hondurans|Tegucigalpa|14.07,-87.19|
HU|47.2,19.5|Hungarian;Hungarians|Budapest|47.50,19.04|
IS|64.9,-19.0|Icelandic;Icelander;Icelanders|Reykjavik|64.15,-21.94|
IN|20.6,79.0|Indian;Indians|New Delhi|28.61,77.21|
ID|-0.8,113.9|Indonesian;Indonesians|Jakarta|-6.21,106.85|
IR|32.4,53.7|Iranian;Iranians|Tehran|35.69,51.39|Islamic Republic;Persia
IQ|33.2,43.7|Iraqi;Iraqis|Baghdad|33.31,44.37|
IE|53.4,-8.2|Irish|Dublin|53.35,-6.26|Republic of Ireland
IL|31.0,34.9|Israeli;Israelis|Jerusalem|31.78,35.22|
IT|41.9,12.6|Italian;Italians|Rome|41.90,12.50|
JM|18.1,-77.3|Jamaican;Jamaicans|Kingston|17.97,-76.79|
JP|36.2,138.3|Japanese|Tokyo|35.68,139.69|
JO|30.6,36.2|Jordanian;Jordanians|Amman|31.95,35.93|
KZ|48.0,66.9|Kazakh;Kazakhs;Kazakhstani|Astana|51.17,71.45|
KE|-0.0,37.9|Kenyan;Kenyans|Nairobi|-1.29,36.82|
KI|1.9,-157.4|I-Kiribati|Tarawa|1.45,173.03|
KP|40.3,127.5|North Korean;North Koreans|Pyongyang|39.04,125.76|DPRK
KR|35.9,127.8|South Korean;South Koreans|Seoul|37.57,126.98|Republic of Korea;Korea;ROK
XK|42.6,20.9|Kosovar;Kosovan;Kosovars|Pristina|42.66,21.17|
KW|29.3,47.5|Kuwaiti;Kuwaitis|Kuwait City|29.38,47.99|
KG|41.2,74.8|Kyrgyz;Kyrgyzstani|Bishkek|42.87,74.59|Kirghizia
LA|19.9,102.5|Lao;Laotian;Laotians|Vientiane|17.98,102.63|Laos
LV|56.9,24.6|Latvian;Latvians|Riga|56.95,24.11|
LB|33.9,35.9|Lebanese|Beirut|33.89,35.50|
LS|-29.6,28.2|Basotho;Mosotho|Maseru|-29.31,27.48|
LR|6.4,-9.4|Liberian;Liberians|Monrovia|6.30,-10.80|
LY|26.3,17.2|Libyan;Libyans|Tripoli|32.89,13.19|
LI|47.2,9.6|Liechtensteiner|Vaduz|47.14,9.52|
LT|55.2,23.9|Lithuanian;Lithuanians|Vilnius|54.69,25.28|
LU|49.8,6.1|Luxembourgish;Luxembourger|Luxembourg|49.61,6.13|
MG|-18.8,46.9|Malagasy|Antananarivo|-18.88,47.51|
MW|-13.3,34.3|Malawian;Malawians|Lilongwe|-13.96,33.79|
MY|4.2,102.0|Malaysian;Malaysians|Kuala Lumpur|3.14,101.69|
MV|3.2,73.2|Maldivian;Maldivians|Male|4.18,73.51|
ML|17.6,-4.0|Malian;Malians|Bamako|12.64,-8.00|
MT|35.9,14.4|Maltese|Valletta|35.90,14.51|
MH|7.1,171.2|Marshallese|Majuro|7.09,171.38|
MR|21.0,-10.9|Mauritanian;Mauritanians|Nouakchott|18.07,-15.96|
MU|-20.3,57.6|Mauritian;Mauritians|Port Louis|-20.16,57.50|
MX|23.6,-102.6|Mexican;Mexicans|Mexico City|19.43,-99.13|
FM|6.9,158.2|Micronesian|Palikir|6.92,158.16|Micronesia
MD|47.4,28.4|Moldovan;Moldovans|Chisinau|47.01,28.86|
MC|43.7,7.4|Monegasque|Monaco|43.73,7.42|
MN|46.9,103.8|Mongolian;Mongolians|Ulaanbaatar|47.89,106.91|
ME|42.7,19.4|Montenegrin;Montenegrins|Podgorica|42.44,19.26|
MA|31.8,-7.1|Moroccan;Moroccans|Rabat|34.02,-6.84|
MZ|-18.7,35.5|Mozambican;Mozambicans|Maputo|-25.97,32.57|
MM|21.9,95.96|Myanmar;Burmese|Naypyidaw|19.76,96.08|Burma
NA|-22.96,18.5|Namibian;Namibians|Windhoek|-22.56,17.08|
NR|-0.5,166.9|Nauruan|Yaren|-0.55,166.92|
NP|28.4,84.1|Nepali;Nepalese|Kathmandu|27.72,85.32|
NL|52.1,5.3|Dutch;Dutchman|Amsterdam|52.37,4.90|Holland;The Netherlands
NZ|-40.9,174.9|New Zealander;New Zealanders;Kiwi|Wellington|-41.29,174.78|
NI|12.9,-85.2|Nicaraguan;Nicaraguans|Managua|12.11,-86.24|
NE|17.6,8.1|Nigerien;Nigeriens|Niamey|13.51,2.11|
NG|9.1,8.7|Nigerian;Nigerians|Abuja|9.08,7.40|
MK|41.6,21.7|Macedonian;Macedonians;North Macedonian|Skopje|42.00,21.43|Macedonia
NO|60.5,8.5|Norwegian;Norwegians|Oslo|59.91,10.75|
OM|21.5,55.9|Omani;Omanis|Muscat|23.59,58.41|
PK|30.4,69.3|Pakistani;Pakistanis|Islamabad|33.68,73.05|
PW|7.5,134.6|Palauan|Ngerulmud|7.50,134.62|
PS|31.9,35.2|Palestinian;Palestinians|Ramallah|31.90,35.20|Palestine;Palestinian territories;State of Palestine
PA|8.5,-80.8|Panamanian;Panamanians|Panama City|8.98,-79.52|
PG|-6.3,143.96|Papua New Guinean|Port Moresby|-9.44,147.18|PNG
PY|-23.4,-58.4|Paraguayan;Paraguayans|Asuncion|-25.26,-57.58|
PE|-9.2,-75.0|Peruvian;Peruvians|Lima|-12.05,-77.04|
PH|12.9,121.8|Filipino;Filipinos;Philippine|Manila|14.60,120.98|The Philippines
PL|51.9,19.1|Polish;Pole;Poles|Warsaw|52.23,21.01|
PT|39.4,-8.2|Portuguese|Lisbon|38.72,-9.14|
QA|25.4,51.2|Qatari;Qataris|Doha|25.29,51.53|
RO|45.9,24.97|Romanian;Romanians|Bucharest|44.43,26.10|
RU|61.5,105.3|Russian;Russians|Moscow|55.76,37.62|Russia
RW|-1.9,29.9|Rwandan;Rwandans|Kigali|-1.94,30.06|
KN|17.4,-62.8|Kittitian|Basseterre|17.30,-62.72|
LC|13.9,-60.98|Saint Lucian|Castries|14.01,-61.00|
VC|12.98,-61.3|Vincentian|Kingstown|13.16,-61.22|
WS|-13.8,-172.1|Samoan;Samoans|Apia|-13.83,-171.76|
SM|43.9,12.5|Sammarinese|San Marino|43.94,12.45|
ST|0.2,6.6|Santomean|Sao Tome|0.34,6.73|
SA|23.9,45.1|Saudi;Saudis;Saudi Arabian|Riyadh|24.71,46.68|
SN|14.5,-14.5|Senegalese|Dakar|14.72,-17.47|
RS|44.0,21.0|Serbian;Serbians;Serb;Serbs|Belgrade|44.79,20.45|
SC|-4.7,55.5|Seychellois|Victoria|-4.62,55.45|
SL|8.5,-11.8|Sierra Leonean;Sierra Leoneans|Freetown|8.48,-13.23|
SG|1.35,103.8|Singaporean;Singaporeans|Singapore|1.29,103.85|
SK|48.7,19.7|Slovak;Slovaks;Slovakian|Bratislava|48.15,17.11|
SI|46.2,14.99|Slovenian;Slovenians;Slovene|Ljubljana|46.06,14.51|
SB|-9.6,160.2|Solomon Islander|Honiara|-9.43,159.96|
SO|5.2,46.2|Somali;Somalis;Somalian|Mogadishu|2.05,45.32|
ZA|-30.6,22.9|South African;South Africans|Pretoria|-25.75,28.19|
SS|6.9,31.3|South Sudanese|Juba|4.86,31.57|
ES|40.5,-3.7|Spanish;Spaniard;Spaniards|Madrid|40.42,-3.70|
LK|7.9,80.8|Sri Lankan;Sri Lankans|Colombo|6.93,79.86|
SD|12.9,30.2|Sudanese|Khartoum|15.50,32.56|
SR|3.9,-56.0|Surinamese|Paramaribo|5.85,-55.20|
SE|60.1,18.6|Swedish;Swede;Swedes|Stockholm|59.33,18.07|
CH|46.8,8.2|Swiss|Bern|46.95,7.45|
SY|34.8,38.996|Syrian;Syrians|Damascus|33.51,36.29|Syria
TW|23.7,120.96|Taiwanese|Taipei|25.03,121.57|Taiwan;Republic of China
TJ|38.9,71.3|Tajik;Tajiks;Tajikistani|Dushanbe|38.56,68.79|
TZ|-6.4,34.9|Tanzanian;Tanzanians|Dodoma|-6.16,35.75|Tanzania
TH|15.9,100.99|Thai|Bangkok|13.76,100.50|Siam
TL|-8.9,125.7|Timorese|Dili|-8.56,125.56|East Timor
TG|8.6,0.8|Togolese|Lome|6.13,1.22|
TO|-21.2,-175.2|Tongan;Tongans|Nuku'alofa|-21.14,-175.20|
TT|10.7,-61.2|Trinidadian;Tobagonian|Port of Spain|10.65,-61.52|Trinidad
TN|33.9,9.5|Tunisian;Tunisians|Tunis|36.81,10.18|
TR|38.96,35.2|Turkish;Turk;Turks|Ankara|39.93,32.86|Turkey;Türkiye;Turkiye
TM|38.97,59.6|Turkmen;Turkmens|Ashgabat|37.96,58.33|
TV|-7.1,177.6|Tuvaluan|Funafuti|-8.52,179.20|
UG|1.4,32.3|Ugandan;Ugandans|Kampala|0.35,32.58|
UA|48.4,31.2|Ukrainian;Ukrainians|Kyiv|50.45,30.52|
AE|23.4,53.8|Emirati;Emiratis|Abu Dhabi|24.45,54.38|UAE;=U.A.E.;Emirates
GB|55.4,-3.4|British;Briton;Britons;Brit;Brits;English;Scottish;Welsh|London|51.51,-0.13|Britain;Great Britain;=UK;=U.K.;=U.K
US|39.8,-98.6|American;Americans|Washington|38.90,-77.04|United States of America;America;=US;=U.S.;=U.S;=USA;=U.S.A.
UY|-32.5,-55.8|Uruguayan;Uruguayans|Montevideo|-34.90,-56.16|
UZ|41.4,64.6|Uzbek;Uzbeks;Uzbekistani|Tashkent|41.30,69.24|
VU|-15.4,166.96|Vanuatuan;Ni-Vanuatu|Port Vila|-17.73,168.32|
VA|41.9,12.45|Vatican|Vatican City|41.90,12.45|Vatican;Holy See
VE|6.4,-66.6|Venezuelan;Venezuelans|Caracas|10.48,-66.90|Venezuela
VN|14.1,108.3|Vietnamese|Hanoi|21.03,105.85|Vietnam
YE|15.6,48.5|Yemeni;Yemenis|Sanaa|15.37,44.19|
ZM|-13.1,27.8|Zambian;Zambians|Lusaka|-15.39,28.32|
ZW|-19.0,29.2|Zimbabwean;Zimbabweans|Harare|-17.83,31.05|
HK|22.3,114.2|Hong Konger|Hong Kong|22.32,114.17|
MO|22.2,113.5|Macanese|Macau|22.20,113.54|Macau
PR|18.2,-66.6|Puerto Rican;Puerto Ricans|San Juan|18.47,-66.11|
GL|71.7,-42.6|Greenlandic;Greenlander|Nuuk|64.18,-51.72|
EH|24.2,-12.9|Sahrawi;Sahrawis|Laayoune|27.15,-13.20|
"""

# Countries whose iso-codes short name is not the one news uses.
SHORT_NAMES = {
    "BO": "Bolivia", "IR": "Iran", "KR": "South Korea", "KP": "North Korea", "LA": "Laos",
    "MD": "Moldova", "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania",
    "VE": "Venezuela", "VN": "Vietnam", "TR": "Turkey", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "FM": "Micronesia", "PS": "Palestinian Territories",
    "BN": "Brunei", "CZ": "Czech Republic", "VA": "Vatican City", "CI": "Ivory Coast",
    "CV": "Cape Verde", "SZ": "Eswatini", "MK": "North Macedonia", "GB": "United Kingdom",
    "US": "United States", "FK": "Falkland Islands", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "XK": "Kosovo",
}

# Capitals whose name is used for the government ("Moscow said", "Washington's position").
# (Not Brussels: "Brussels" stands for the European Union's institutions as often as for
# Belgium, so it stays the city.)
METONYM_CAPITALS = set("""Washington Moscow Beijing Tehran Kyiv Kiev London Paris Berlin Ankara
Pyongyang Seoul Tokyo Riyadh Damascus Cairo Islamabad Kabul Baghdad Havana Caracas Taipei
Ottawa Canberra Delhi New_Delhi Doha Abu_Dhabi Amman Minsk Tbilisi Baku Yerevan
Warsaw Rome Madrid Budapest Belgrade Pretoria Nairobi Addis_Ababa Khartoum Tripoli
Hanoi Manila Jakarta Bangkok Naypyidaw Kinshasa Kigali Abuja Algiers Rabat Tunis Sanaa
Muscat Kuwait_City Manama Athens Stockholm Helsinki Oslo Copenhagen Vienna Bern Dublin Lisbon
Ramallah Jerusalem""".split())

# Extra cities: name | ISO2 | lat,lon | aliases (;). Capitals come from COUNTRIES; tzdata
# adds its zone cities. Conflict zones and places often in the news first.
CITIES = """
Gaza City|PS|31.50,34.47|
Khan Younis|PS|31.34,34.31|Khan Yunis
Rafah|PS|31.29,34.25|
Jabalia|PS|31.53,34.48|Jabaliya
Deir al-Balah|PS|31.42,34.35|Deir el-Balah
Beit Lahia|PS|31.55,34.50|
Beit Hanoun|PS|31.54,34.54|
Nuseirat|PS|31.45,34.39|
Jenin|PS|32.46,35.30|
Nablus|PS|32.22,35.26|
Hebron|PS|31.53,35.10|
Bethlehem|PS|31.70,35.20|
Tulkarem|PS|32.31,35.03|Tulkarm
Jericho|PS|31.86,35.46|
Qalqilya|PS|32.19,34.97|
Tel Aviv|IL|32.09,34.78|
Haifa|IL|32.79,34.99|
Ashkelon|IL|31.67,34.57|
Ashdod|IL|31.80,34.65|
Sderot|IL|31.52,34.60|
Beersheba|IL|31.25,34.79|Beer Sheva
Eilat|IL|29.56,34.95|
Nahariya|IL|33.01,35.09|
Kiryat Shmona|IL|33.21,35.57|
Metula|IL|33.28,35.58|
Safed|IL|32.96,35.50|
Tiberias|IL|32.79,35.53|
Netanya|IL|32.33,34.86|
Dimona|IL|31.07,35.03|
Tyre|LB|33.27,35.20|
Sidon|LB|33.56,35.37|Saida
Tripoli|LY|32.89,13.19|
Nabatieh|LB|33.38,35.48|Nabatiyeh
Baalbek|LB|34.01,36.21|
Zahle|LB|33.85,35.90|
Byblos|LB|34.12,35.65|Jbeil
Bint Jbeil|LB|33.12,35.43|
Marjayoun|LB|33.36,35.59|
Khiam|LB|33.33,35.61|
Aleppo|SY|36.20,37.16|
Homs|SY|34.73,36.72|
Hama|SY|35.13,36.75|
Idlib|SY|35.93,36.63|
Raqqa|SY|35.95,39.01|
Deir ez-Zor|SY|35.33,40.14|Deir el-Zour;Deir al-Zor
Daraa|SY|32.62,36.10|Deraa
Latakia|SY|35.52,35.79|
Tartus|SY|34.89,35.89|
Qamishli|SY|37.05,41.22|
Kobani|SY|36.89,38.35|
Afrin|SY|36.51,36.87|
Suwayda|SY|32.71,36.57|Sweida
Quneitra|SY|33.13,35.82|
Mosul|IQ|36.34,43.13|
Basra|IQ|30.51,47.81|
Kirkuk|IQ|35.47,44.39|
Erbil|IQ|36.19,44.01|Irbil
Fallujah|IQ|33.35,43.78|
Ramadi|IQ|33.43,43.30|
Tikrit|IQ|34.60,43.68|
Najaf|IQ|32.03,44.35|
Karbala|IQ|32.62,44.02|
Sulaymaniyah|IQ|35.56,45.44|
Samarra|IQ|34.20,43.87|
Isfahan|IR|32.65,51.67|
Mashhad|IR|36.30,59.61|
Tabriz|IR|38.08,46.29|
Shiraz|IR|29.59,52.58|
Qom|IR|34.64,50.88|
Natanz|IR|33.51,51.92|
Fordow|IR|34.88,50.99|
Bushehr|IR|28.92,50.84|
Bandar Abbas|IR|27.18,56.27|
Ahvaz|IR|31.32,48.67|
Kermanshah|IR|34.31,47.07|
Aden|YE|12.79,45.02|
Hodeidah|YE|14.80,42.95|Hudaydah
Marib|YE|15.46,45.33|
Taiz|YE|13.58,44.02|
Saada|YE|16.94,43.76|
Mukalla|YE|14.54,49.12|
Kharkiv|UA|49.99,36.23|Kharkov
Odesa|UA|46.48,30.72|Odessa
Mariupol|UA|47.10,37.54|
Bakhmut|UA|48.59,38.00|
Donetsk|UA|48.02,37.80|
Luhansk|UA|48.57,39.31|Lugansk
Zaporizhzhia|UA|47.84,35.14|Zaporizhia
Kherson|UA|46.64,32.62|
Dnipro|UA|48.46,35.05|
Lviv|UA|49.84,24.03|
Avdiivka|UA|48.14,37.74|
Pokrovsk|UA|48.28,37.18|
Sumy|UA|50.91,34.80|
Chernihiv|UA|51.50,31.29|
Mykolaiv|UA|46.98,31.99|
Bucha|UA|50.54,30.21|
Irpin|UA|50.52,30.25|
Kramatorsk|UA|48.74,37.58|
Sloviansk|UA|48.85,37.60|
Sevastopol|UA|44.62,33.52|
Simferopol|UA|44.95,34.10|
Kursk|RU|51.73,36.19|
Belgorod|RU|50.60,36.59|
Rostov-on-Don|RU|47.24,39.71|
St. Petersburg|RU|59.93,30.36|Saint Petersburg;St Petersburg
Novosibirsk|RU|55.01,82.93|
Grozny|RU|43.32,45.69|
Omdurman|SD|15.64,32.48|
El Fasher|SD|13.63,25.35|Al-Fashir;El-Fasher
Nyala|SD|12.05,24.88|
Port Sudan|SD|19.62,37.22|
Wad Madani|SD|14.40,33.52|
El Geneina|SD|13.45,22.45|Geneina
Kismayo|SO|-0.36,42.55|
Baidoa|SO|3.12,43.65|
Hargeisa|SO|9.56,44.06|
Goma|CD|-1.68,29.23|
Bukavu|CD|-2.51,28.86|
Lubumbashi|CD|-11.66,27.48|
Bunia|CD|1.56,30.25|
Beni|CD|0.49,29.47|
Timbuktu|ML|16.77,-3.01|
Gao|ML|16.27,-0.04|
Kidal|ML|18.44,1.41|
Mopti|ML|14.49,-4.19|
Maiduguri|NG|11.85,13.16|
Lagos|NG|6.52,3.38|
Kano|NG|12.00,8.52|
Port Harcourt|NG|4.82,7.03|
Kandahar|AF|31.61,65.71|
Herat|AF|34.35,62.20|
Mazar-i-Sharif|AF|36.71,67.11|
Jalalabad|AF|34.43,70.45|
Kunduz|AF|36.73,68.86|
Peshawar|PK|34.01,71.58|
Quetta|PK|30.18,66.97|
Karachi|PK|24.86,67.01|
Lahore|PK|31.55,74.34|
Rawalpindi|PK|33.60,73.04|
Srinagar|IN|34.08,74.80|
Mumbai|IN|19.08,72.88|Bombay
Kolkata|IN|22.57,88.36|Calcutta
Chennai|IN|13.08,80.27|Madras
Bengaluru|IN|12.97,77.59|Bangalore
Hyderabad|IN|17.39,78.49|
Benghazi|LY|32.12,20.09|
Misrata|LY|32.38,15.09|Misurata
Sirte|LY|31.21,16.59|
Derna|LY|32.76,22.64|
Alexandria|EG|31.20,29.92|
Sharm el-Sheikh|EG|27.92,34.33|
Port Said|EG|31.26,32.30|
Suez|EG|29.97,32.55|
Istanbul|TR|41.01,28.98|
Izmir|TR|38.42,27.14|
Gaziantep|TR|37.07,37.38|
Diyarbakir|TR|37.91,40.24|
Jeddah|SA|21.49,39.19|
Mecca|SA|21.39,39.86|Makkah
Medina|SA|24.47,39.61|
Dubai|AE|25.20,55.27|
Mandalay|MM|21.96,96.09|
Yangon|MM|16.87,96.20|Rangoon
Mekelle|ET|13.50,39.47|
Gondar|ET|12.60,37.47|
Bahir Dar|ET|11.59,37.39|
Mombasa|KE|-4.04,39.67|
Kisumu|KE|-0.09,34.77|
Johannesburg|ZA|-26.20,28.05|
Cape Town|ZA|-33.92,18.42|
Durban|ZA|-29.86,31.02|
Casablanca|MA|33.57,-7.59|
Marrakesh|MA|31.63,-8.01|Marrakech
Abidjan|CI|5.36,-4.01|
Douala|CM|4.05,9.77|
Maputo|MZ|-25.97,32.57|
Pemba|MZ|-12.97,40.52|
Benin City|NG|6.34,5.63|
New York|US|40.71,-74.01|New York City;NYC
Los Angeles|US|34.05,-118.24|
Chicago|US|41.88,-87.63|
Houston|US|29.76,-95.37|
San Francisco|US|37.77,-122.42|
Boston|US|42.36,-71.06|
Miami|US|25.76,-80.19|
Philadelphia|US|39.95,-75.17|
Seattle|US|47.61,-122.33|
Atlanta|US|33.75,-84.39|
Dallas|US|32.78,-96.80|
Las Vegas|US|36.17,-115.14|
New Orleans|US|29.95,-90.07|
San Diego|US|32.72,-117.16|
Minneapolis|US|44.98,-93.27|
Baltimore|US|39.29,-76.61|
Pittsburgh|US|40.44,-79.99|
Cleveland|US|41.50,-81.69|
Orlando|US|28.54,-81.38|
Austin|US|30.27,-97.74|
Sacramento|US|38.58,-121.49|
Toronto|CA|43.65,-79.38|
Montreal|CA|45.50,-73.57|
Vancouver|CA|49.28,-123.12|
Calgary|CA|51.05,-114.07|
Manchester|GB|53.48,-2.24|
Birmingham|GB|52.49,-1.89|
Liverpool|GB|53.41,-2.98|
Glasgow|GB|55.86,-4.25|
Edinburgh|GB|55.95,-3.19|
Belfast|GB|54.60,-5.93|
Cardiff|GB|51.48,-3.18|
Oxford|GB|51.75,-1.26|
Cambridge|GB|52.21,0.12|
Munich|DE|48.14,11.58|
Hamburg|DE|53.55,9.99|
Frankfurt|DE|50.11,8.68|
Cologne|DE|50.94,6.96|
Marseille|FR|43.30,5.37|
Lyon|FR|45.76,4.84|
Nice|FR|43.70,7.27|
Strasbourg|FR|48.57,7.75|
Milan|IT|45.46,9.19|
Naples|IT|40.85,14.27|
Venice|IT|45.44,12.32|
Florence|IT|43.77,11.26|
Barcelona|ES|41.39,2.17|
Seville|ES|37.39,-5.98|
Valencia|ES|39.47,-0.38|
Porto|PT|41.15,-8.61|
Geneva|CH|46.20,6.14|
Zurich|CH|47.38,8.54|
Davos|CH|46.80,9.84|
The Hague|NL|52.08,4.30|
Rotterdam|NL|51.92,4.48|
Antwerp|BE|51.22,4.40|
Krakow|PL|50.06,19.94|
Gdansk|PL|54.35,18.65|
Thessaloniki|GR|40.64,22.94|
Shanghai|CN|31.23,121.47|
Hong Kong|HK|22.32,114.17|
Guangzhou|CN|23.13,113.26|
Shenzhen|CN|22.54,114.06|
Wuhan|CN|30.59,114.31|
Chengdu|CN|30.57,104.07|
Urumqi|CN|43.83,87.62|
Lhasa|CN|29.65,91.14|
Osaka|JP|34.69,135.50|
Hiroshima|JP|34.39,132.46|
Nagasaki|JP|32.75,129.88|
Fukushima|JP|37.75,140.47|
Busan|KR|35.18,129.08|
Ho Chi Minh City|VN|10.82,106.63|Saigon
Sydney|AU|-33.87,151.21|
Melbourne|AU|-37.81,144.96|
Brisbane|AU|-27.47,153.03|
Perth|AU|-31.95,115.86|
Adelaide|AU|-34.93,138.60|
Auckland|NZ|-36.85,174.76|
Christchurch|NZ|-43.53,172.64|
Sao Paulo|BR|-23.55,-46.63|São Paulo
Rio de Janeiro|BR|-22.91,-43.17|Rio
Medellin|CO|6.24,-75.58|Medellín
Cali|CO|3.45,-76.53|
Guadalajara|MX|20.66,-103.35|
Monterrey|MX|25.69,-100.32|
Tijuana|MX|32.51,-117.04|
Ciudad Juarez|MX|31.69,-106.42|Juarez
Culiacan|MX|24.81,-107.39|
Cordoba|AR|-31.42,-64.18|
Guayaquil|EC|-2.19,-79.89|
Maracaibo|VE|10.65,-71.61|
Karbala|IQ|32.62,44.02|
Cox's Bazar|BD|21.43,92.01|
Chittagong|BD|22.36,91.78|Chattogram
Kathmandu|NP|27.72,85.32|
Almaty|KZ|43.24,76.89|
Stepanakert|AZ|39.82,46.75|Khankendi
Sukhumi|GE|43.00,41.02|
Tskhinvali|GE|42.23,43.97|
Tiraspol|MD|46.84,29.63|
Pristina|XK|42.66,21.17|
Mitrovica|XK|42.89,20.87|
Davao|PH|7.19,125.46|
Marawi|PH|8.00,124.29|
Cebu|PH|10.32,123.89|
Port-au-Prince|HT|18.59,-72.31|
"""

# Regions and other places that are not countries or cities: name | ISO2 or - | lat,lon | aliases
REGIONS = """
Middle East|-|29.0,41.0|Mideast
Gaza Strip|PS|31.42,34.36|Gaza
West Bank|PS|31.95,35.30|
Golan Heights|SY|33.00,35.75|Golan
Sinai|EG|29.50,33.80|Sinai Peninsula
Crimea|UA|45.30,34.40|
Donbas|UA|48.00,38.00|Donbass
Donetsk region|UA|48.00,37.80|
Kashmir|-|34.00,76.00|
Darfur|SD|13.00,24.00|
Kordofan|SD|12.50,29.50|
Tigray|ET|14.00,39.00|
Amhara|ET|11.50,38.00|
Kurdistan|IQ|36.00,44.00|Iraqi Kurdistan;Kurdistan Region
Bekaa Valley|LB|33.85,36.00|Bekaa
Litani River|LB|33.35,35.30|Litani
Jordan Valley|-|32.10,35.55|
Nagorno-Karabakh|AZ|39.90,46.70|Karabakh
Transnistria|MD|47.20,29.40|
Abkhazia|GE|43.00,41.00|
South Ossetia|GE|42.30,44.00|
Rakhine|MM|20.00,93.50|Rakhine State
Xinjiang|CN|41.50,85.00|
Tibet|CN|31.50,88.50|
Mindanao|PH|7.50,125.00|
Balochistan|PK|28.50,65.50|Baluchistan
Khyber Pakhtunkhwa|PK|34.50,72.00|
Punjab|-|31.00,73.50|
Anbar|IQ|33.50,42.00|Anbar province
Sinjar|IQ|36.32,41.87|
Idlib province|SY|35.80,36.60|
Cabo Delgado|MZ|-12.30,39.50|
Sahel|-|15.00,0.00|
Horn of Africa|-|8.00,45.00|
Balkans|-|43.00,21.00|
Caucasus|-|42.50,44.50|
Central Asia|-|43.00,65.00|
Southeast Asia|-|10.00,110.00|
South Asia|-|22.00,78.00|
East Asia|-|35.00,115.00|
Latin America|-|-10.00,-65.00|
Central America|-|14.00,-87.00|
South America|-|-15.00,-60.00|
North America|-|45.00,-100.00|
Caribbean|-|17.00,-72.00|
Europe|-|50.00,15.00|
Eastern Europe|-|50.00,30.00|
Western Europe|-|48.00,5.00|
Asia|-|35.00,90.00|
Africa|-|5.00,20.00|
North Africa|-|28.00,15.00|
West Africa|-|12.00,-3.00|
East Africa|-|0.00,37.00|
Sub-Saharan Africa|-|0.00,20.00|
Scandinavia|-|63.00,15.00|
Arctic|-|80.00,0.00|
Antarctica|-|-80.00,0.00|
Persian Gulf|-|26.00,52.00|Gulf
Red Sea|-|20.00,38.50|
Mediterranean|-|35.00,18.00|Mediterranean Sea
Black Sea|-|43.00,35.00|
Caspian Sea|-|42.00,50.50|
Baltic Sea|-|58.00,20.00|Baltic
Gulf of Aden|-|12.00,48.00|
Strait of Hormuz|-|26.57,56.25|
Bab el-Mandeb|-|12.58,43.33|
Suez Canal|EG|30.50,32.35|
South China Sea|-|12.00,113.00|
Taiwan Strait|-|24.50,119.50|
Korean Peninsula|-|37.50,127.50|
Pacific|-|0.00,-160.00|Pacific Ocean
Atlantic|-|0.00,-30.00|Atlantic Ocean
Indian Ocean|-|-20.00,80.00|
Levant|-|33.50,36.00|
Arabian Peninsula|-|23.00,45.00|
Siberia|RU|60.00,100.00|
Chechnya|RU|43.40,45.70|
Dagestan|RU|42.90,47.00|
Kherson region|UA|46.60,33.50|
Zaporizhzhia region|UA|47.50,35.50|
Kursk region|RU|51.50,36.00|
Borno|NG|11.50,13.00|Borno State
Kivu|CD|-1.50,28.50|North Kivu;South Kivu
Ituri|CD|1.50,29.50|
Oromia|ET|8.00,39.00|
Somaliland|SO|9.50,45.00|
Puntland|SO|8.50,49.00|
Galilee|IL|32.80,35.40|
Negev|IL|30.80,34.80|
Blue Line|LB|33.10,35.40|
East Jerusalem|PS|31.78,35.23|
Hormuz|-|26.57,56.25|
England|GB|52.36,-1.17|
Scotland|GB|56.49,-4.20|
Wales|GB|52.13,-3.78|
Northern Ireland|GB|54.79,-6.49|
Crete|GR|35.24,24.81|
Sicily|IT|37.60,14.02|
Sardinia|IT|40.12,9.01|
Corsica|FR|42.04,9.01|
Eastern Mediterranean|-|34.50,31.00|East Mediterranean
"""

# Titles and offices: phrase | canonical role | sector. Matched case-insensitively before
# names ("Defense Minister Israel Katz") and as heads of appositions ("director of ...").
TITLES = """
president|President|GOV
sheriff|Sheriff|COP
rapporteur|rapporteur|IGO
special rapporteur|Special Rapporteur|IGO
whip|Whip|LEG
minority whip|Minority Whip|LEG
majority whip|Majority Whip|LEG
minority leader|Minority Leader|LEG
majority leader|Majority Leader|LEG
first minister|First Minister|GOV
general secretary|General Secretary|
secretary general|Secretary General|
vice president|Vice President|GOV
prime minister|Prime Minister|GOV
deputy prime minister|Deputy Prime Minister|GOV
premier|Premier|GOV
chancellor|Chancellor|GOV
minister|Minister|GOV
defense minister|Defense Minister|GOV
defence minister|Defence Minister|GOV
foreign minister|Foreign Minister|GOV
interior minister|Interior Minister|GOV
finance minister|Finance Minister|GOV
health minister|Health Minister|GOV
justice minister|Justice Minister|GOV
energy minister|Energy Minister|GOV
economy minister|Economy Minister|GOV
information minister|Information Minister|GOV
deputy foreign minister|Deputy Foreign Minister|GOV
secretary of state|Secretary of State|GOV
cabinet secretary|Cabinet Secretary|GOV
defense secretary|Defense Secretary|GOV
defence secretary|Defence Secretary|GOV
foreign secretary|Foreign Secretary|GOV
home secretary|Home Secretary|GOV
secretary of defense|Secretary of Defense|GOV
secretary|Secretary|GOV
secretary-general|Secretary-General|IGO
secretary general|Secretary-General|IGO
national security adviser|National Security Adviser|GOV
national security advisor|National Security Advisor|GOV
adviser|adviser|GOV
advisor|advisor|GOV
envoy|envoy|GOV
special envoy|special envoy|GOV
ambassador|Ambassador|GOV
diplomat|diplomat|GOV
consul|Consul|GOV
spokesman|spokesman|
spokeswoman|spokeswoman|
spokesperson|spokesperson|
press secretary|Press Secretary|GOV
official|official|GOV
senior official|senior official|GOV
officials|official|GOV
mayor|Mayor|GOV
governor|Governor|GOV
king|King|GOV
queen|Queen|GOV
prince|Prince|GOV
crown prince|Crown Prince|GOV
princess|Princess|GOV
emir|Emir|GOV
sultan|Sultan|GOV
sheikh|Sheikh|
supreme leader|Supreme Leader|GOV
ayatollah|Ayatollah|REL
pope|Pope|REL
cardinal|Cardinal|REL
archbishop|Archbishop|REL
bishop|Bishop|REL
imam|Imam|REL
rabbi|Rabbi|REL
patriarch|Patriarch|REL
speaker|Speaker|LEG
senator|Senator|LEG
sen.|Senator|LEG
rep.|Representative|LEG
representative|Representative|LEG
congressman|Congressman|LEG
congresswoman|Congresswoman|LEG
lawmaker|lawmaker|LEG
legislator|legislator|LEG
mp|MP|LEG
member of parliament|Member of Parliament|LEG
general|General|MIL
gen.|General|MIL
lt. gen.|Lieutenant General|MIL
maj. gen.|Major General|MIL
brig. gen.|Brigadier General|MIL
lieutenant general|Lieutenant General|MIL
major general|Major General|MIL
brigadier general|Brigadier General|MIL
colonel|Colonel|MIL
col.|Colonel|MIL
lt. col.|Lieutenant Colonel|MIL
lieutenant colonel|Lieutenant Colonel|MIL
major|Major|MIL
maj.|Major|MIL
captain|Captain|MIL
capt.|Captain|MIL
lieutenant|Lieutenant|MIL
lt.|Lieutenant|MIL
sergeant|Sergeant|MIL
sgt.|Sergeant|MIL
admiral|Admiral|MIL
adm.|Admiral|MIL
field marshal|Field Marshal|MIL
marshal|Marshal|MIL
commander|commander|MIL
army commander|army commander|MIL
army chief|army chief|MIL
chief of staff|Chief of Staff|MIL
military spokesman|military spokesman|MIL
police chief|police chief|COP
police commissioner|Police Commissioner|COP
inspector|Inspector|COP
superintendent|Superintendent|COP
judge|Judge|JUD
justice|Justice|JUD
chief justice|Chief Justice|JUD
prosecutor|prosecutor|JUD
attorney|Attorney|JUD
attorney general|Attorney General|JUD
attorney-general|Attorney-General|JUD
solicitor general|Solicitor General|JUD
solicitor-general|Solicitor-General|JUD
governor general|Governor-General|GOV
governor-general|Governor-General|GOV
president-elect|President-elect|GOV
vice president-elect|Vice President-elect|GOV
commander-in-chief|Commander-in-Chief|MIL
editor-in-chief|editor-in-chief|JRN
lawyer|lawyer|
director|director|
director-general|Director-General|
director general|Director-General|
executive director|executive director|
managing director|managing director|
chief|chief|
head|head|
leader|leader|
deputy leader|deputy leader|
deputy|deputy|
chairman|chairman|
chairwoman|chairwoman|
chair|chair|
chief executive|chief executive|BUS
chief executive officer|chief executive officer|BUS
chief medical officer|chief medical officer|MED
medical officer|medical officer|MED
police officer|police officer|COP
chief operating officer|chief operating officer|BUS
chief financial officer|chief financial officer|BUS
ceo|CEO|BUS
founder|founder|
co-founder|co-founder|
president and ceo|president and CEO|BUS
member|member|
analyst|analyst|
expert|expert|
researcher|researcher|EDU
fellow|fellow|EDU
senior fellow|senior fellow|EDU
professor|Professor|EDU
prof.|Professor|EDU
dr.|Dr.|
dr|Dr.|
sir|Sir|HON
dame|Dame|HON
mr.|Mr.|HON
mr|Mr.|HON
mrs.|Mrs.|HON
mrs|Mrs.|HON
ms.|Ms.|HON
ms|Ms.|HON
cde|Cde|HON
comrade|Comrade|HON
doctor|doctor|MED
economist|economist|
journalist|journalist|JRN
reporter|reporter|JRN
correspondent|correspondent|JRN
editor|editor|JRN
columnist|columnist|JRN
activist|activist|CVL
campaigner|campaigner|CVL
negotiator|negotiator|GOV
mediator|mediator|
coordinator|coordinator|
commissioner|Commissioner|GOV
high commissioner|High Commissioner|IGO
representative|representative|
manager|manager|
coach|coach|
first lady|First Lady|GOV
first gentleman|First Gentleman|GOV
ophthalmologist|ophthalmologist|MED
surgeon|surgeon|MED
physician|physician|MED
epidemiologist|epidemiologist|MED
virologist|virologist|MED
nurse|nurse|MED
scientist|scientist|EDU
novelist|novelist|
author|author|
singer|singer|
actor|actor|
actress|actress|
musician|musician|
photographer|photographer|JRN
filmmaker|filmmaker|
cleric|cleric|REL
priest|priest|REL
pastor|pastor|REL
businessman|businessman|BUS
businesswoman|businesswoman|BUS
entrepreneur|entrepreneur|BUS
billionaire|billionaire|BUS
tycoon|tycoon|BUS
blogger|blogger|
dissident|dissident|CVL
whistleblower|whistleblower|
"""

# Organisation name heads: a capitalised phrase ending in (or built around) one is an ORG.
ORG_HEADS = """Center Centre Centers Centres Council Ministry Party Inc. Inc Corp. Corp Corporation Ltd Ltd. LLC plc
Company Co. Group Holdings Task_Force Program Programme Agency Army Navy Air_Force Front Movement
Brigade Brigades Forces Force Organization Organisation Institute Institution University College
School Foundation Fund Committee Commission Association Union League Federation Alliance Coalition
Bank Authority Department Bureau Office Court Tribunal Assembly Parliament Congress Senate Police
Guard Guards Corps Network Times Post Journal News Press Radio Television TV Agency Society
Trust Board Service Services Administration Cabinet Secretariat Church Mosque Club
Initiative Project Observatory Watch Mission Conference Summit Airlines Airways Industries
Technologies Labs Laboratory Laboratories Studios Media Party Committee Militia Regiment Division
Battalion Academy Museum Library Consortium Partnership Council House Forum
Herald Tribune Gazette Telegraph Chronicle Courier Examiner Inquirer Dispatch Bulletin
Guild Archive Archives Embassy Consulate Community General_Staff Survey Confederation
Fundación Fundação Fondation Fondazione Stiftung Asociación Associação Instituto Institut
Partido Movimiento Ejército Universidad Universidade Université Universität Comité Consejo
Ministerio Ministère Banco Confederación Federación Sindicato
Pharma Pharmaceuticals Minerals Mining Petroleum Motors Logistics Ports Shipping Telecom Steel
Cement Chemicals""".split()

# Words that open an organisation name: "Ministry of Defense", "University of Chicago".
ORG_OPENERS = """Ministry Department University Bank Council Office Commission Court Institute
Organization Organisation League Union Federation Bureau Agency Committee Church Party Army
Friends Coalition Alliance Movement Board Fundación Fundação Fondation Fondazione Asociación
Associação Instituto Institut Partido Movimiento Ejército Universidad Universidade Université
Comité Consejo Ministerio Ministère Banco Confederación Federación Sindicato""".split()

# Known organisations: name | aliases (; '=' = case-sensitive) | sector | ISO3 or - | kind
# kind: org (an organisation), gov (stands for its country's government: affiliation = country)
ORGS = """
United Nations|=UN;=U.N.;=U.N|IGO|-|org
UN Security Council|Security Council;U.N. Security Council;United Nations Security Council;=UNSC|IGO|-|org
UN General Assembly|General Assembly;U.N. General Assembly;United Nations General Assembly;=UNGA|IGO|-|org
NATO|=Nato;North Atlantic Treaty Organization|IGO|-|org
European Union|=EU;=E.U.;=E.U|IGO|-|org
European Commission|Brussels Commission|IGO|-|org
European Parliament||IGO|-|org
African Union||IGO|-|org
Arab League|League of Arab States|IGO|-|org
ASEAN|Association of Southeast Asian Nations|IGO|-|org
OPEC|Organization of the Petroleum Exporting Countries|IGO|-|org
Gulf Cooperation Council|=GCC|IGO|-|org
Organization of American States|=OAS|IGO|-|org
ECOWAS|Economic Community of West African States|IGO|-|org
Mercosur|=MERCOSUR;Southern Common Market|IGO|-|org
BRICS||IGO|-|org
Shanghai Cooperation Organisation|=SCO;Shanghai Cooperation Organization|IGO|-|org
Southern African Development Community|=SADC|IGO|-|org
CARICOM|Caribbean Community|IGO|-|org
International Organization for Migration|=IOM;UN migration agency;U.N. migration agency|IGO|-|org
People's Liberation Army|=PLA|MIL|CHN|org
G7|Group of Seven|IGO|-|org
G20|Group of 20|IGO|-|org
World Health Organization|=WHO|IGO|-|org
UNESCO|United Nations Educational, Scientific and Cultural Organization;=Unesco|IGO|-|org
UNICEF||IGO|-|org
UNHCR|UN refugee agency;U.N. refugee agency|IGO|-|org
UNRWA||IGO|-|org
UNIFIL||IGO|-|org
World Food Programme|=WFP;World Food Program|IGO|-|org
OCHA||IGO|-|org
International Atomic Energy Agency|=IAEA|IGO|-|org
International Criminal Court|=ICC|IGO|-|org
International Court of Justice|=ICJ|IGO|-|org
International Monetary Fund|=IMF|IGO|-|org
World Bank||IGO|-|org
World Trade Organization|=WTO|IGO|-|org
OSCE|Organization for Security and Co-operation in Europe|IGO|-|org
Interpol||IGO|-|org
Europol||IGO|-|org
International Committee of the Red Cross|=ICRC|NGO|-|org
Red Cross|Red Crescent|NGO|-|org
Red Crescent|Palestinian Red Crescent;Red Crescent Society|NGO|-|org
Amnesty International|Amnesty|NGO|-|org
Human Rights Watch|=HRW|NGO|-|org
Doctors Without Borders|=MSF;Medecins Sans Frontieres;Médecins Sans Frontières|NGO|-|org
Oxfam|Oxfam International|NGO|-|org
Save the Children||NGO|-|org
International Rescue Committee|=IRC|NGO|-|org
Norwegian Refugee Council||NGO|-|org
Committee to Protect Journalists|=CPJ|NGO|-|org
Reporters Without Borders||NGO|-|org
Hamas|Islamic Resistance Movement|REB|PSE|org
Hezbollah|Hizbollah;Hizballah;Hizbullah;Hezbollah's|REB|LBN|org
Palestinian Islamic Jihad|Islamic Jihad;=PIJ|REB|PSE|org
Fatah||PTY|PSE|org
Palestinian Authority||GOV|PSE|gov
Palestine Liberation Organization|=PLO|PTY|PSE|org
Houthis|Houthi;Houthi rebels;Ansar Allah;Ansarallah;Huthis;Huthi;Huthi rebels;Huthi movement|REB|YEM|org
Taliban||REB|AFG|org
Islamic State|=ISIS;=ISIL;Daesh;Islamic State group|REB|-|org
al-Qaeda|al Qaeda;Al-Qaeda;Al Qaeda;al-Qaida;Al-Qaida;AQAP;al-Qaeda in the Arabian Peninsula|REB|-|org
al-Shabaab|al-Shabab;Al-Shabaab;Al-Shabab;Al Shabaab;al Shabaab|REB|SOM|org
Boko Haram||REB|NGA|org
Rapid Support Forces|=RSF|REB|SDN|org
Sudanese Armed Forces|=SAF|MIL|SDN|org
Wagner Group|Wagner|MIL|RUS|org
Africa Corps|=Russian Africa Corps|MIL|RUS|org
Hayat Tahrir al-Sham|=HTS|REB|SYR|org
Syrian Democratic Forces|=SDF|REB|SYR|org
Kurdistan Workers' Party|=PKK|REB|TUR|org
YPG|People's Protection Units|REB|SYR|org
Popular Mobilization Forces|=PMF;Popular Mobilisation Forces;Hashd al-Shaabi|MIL|IRQ|org
Kataib Hezbollah|Kata'ib Hezbollah|REB|IRQ|org
M23|March 23 Movement|REB|COD|org
Tigray People's Liberation Front|=TPLF|REB|ETH|org
Fano||REB|ETH|org
Lord's Resistance Army|=LRA|REB|UGA|org
FARC|Revolutionary Armed Forces of Colombia|REB|COL|org
ELN|National Liberation Army|REB|COL|org
Sinaloa Cartel||CRM|MEX|org
Jalisco New Generation Cartel|=CJNG|CRM|MEX|org
Amal Movement|Amal|PTY|LBN|org
Lebanese Armed Forces|=LAF|MIL|LBN|org
Israel Defense Forces|=IDF;Israel Defence Forces;Israeli Defense Forces|MIL|ISR|org
Mossad||SPY|ISR|org
Shin Bet||SPY|ISR|org
Knesset||LEG|ISR|org
Bundestag||LEG|DEU|org
Bundesrat||LEG|DEU|org
State Duma|=Duma|LEG|RUS|org
Verkhovna Rada|Ukrainian parliament|LEG|UKR|org
Sejm||LEG|POL|org
Lok Sabha||LEG|IND|org
Rajya Sabha||LEG|IND|org
Riksdag||LEG|SWE|org
Storting||LEG|NOR|org
Folketing||LEG|DNK|org
Dáil|Dail;Dáil Éireann|LEG|IRL|org
Oireachtas||LEG|IRL|org
Islamic Revolutionary Guard Corps|=IRGC;Revolutionary Guards;Revolutionary Guard|MIL|IRN|org
Quds Force||MIL|IRN|org
White House||GOV|USA|gov
Pentagon||MIL|USA|gov
State Department|U.S. State Department;US State Department;United States Department of State;U.S. Department of State;US Department of State|GOV|USA|gov
Department of Justice|Justice Department;U.S. Department of Justice;US Department of Justice;United States Department of Justice;U.S. Justice Department;US Justice Department|JUD|USA|org
Kremlin||GOV|RUS|gov
Downing Street|Number 10|GOV|GBR|gov
Elysee|Élysée;Elysee Palace|GOV|FRA|gov
Central Intelligence Agency|=CIA|SPY|USA|org
Federal Bureau of Investigation|=FBI|COP|USA|org
Congress|U.S. Congress|LEG|USA|org
Senate|U.S. Senate|LEG|USA|org
Supreme Court|U.S. Supreme Court|JUD|-|org
Federal Reserve|=Fed|BUS|USA|org
Democratic Party|Democrats;Democrat;Democratic|PTY|USA|org
Republican Party|Republicans;Republican;=GOP|PTY|USA|org
Labour Party|Labour|PTY|GBR|org
Conservative Party|Conservatives;Conservative;Tories|PTY|GBR|org
New Democratic Party|New Democrats;New Democrat;=NDP|PTY|CAN|org
Likud||PTY|ISR|org
Liberal Democrats|Lib Dems;Liberal Democrat|PTY|GBR|org
Scottish National Party|=SNP|PTY|GBR|org
Plaid Cymru||PTY|GBR|org
Sinn Féin|Sinn Fein|PTY|GBR|org
Democratic Unionist Party|=DUP|PTY|GBR|org
UK Independence Party|=UKIP|PTY|GBR|org
Brexit Party||PTY|GBR|org
Fianna Fáil|Fianna Fail|PTY|IRL|org
Fine Gael||PTY|IRL|org
Bloc Québécois|Bloc Quebecois|PTY|CAN|org
Australian Labor Party|Labor Party|PTY|AUS|org
Liberal Party of Australia||PTY|AUS|org
Liberal Party of Canada||PTY|CAN|org
Christian Democratic Union|=CDU|PTY|DEU|org
Social Democratic Party of Germany|=SPD|PTY|DEU|org
Alternative for Germany|=AfD|PTY|DEU|org
National Rally|Front National;National Front|PTY|FRA|org
Bharatiya Janata Party|=BJP|PTY|IND|org
Indian National Congress||PTY|IND|org
Liberal Democratic Party of Japan||PTY|JPN|org
African National Congress|=ANC|PTY|ZAF|org
Justice and Development Party|=AKP|PTY|TUR|org
Republican People's Party|=CHP|PTY|TUR|org
United Russia||PTY|RUS|org
Chinese Communist Party|Communist Party of China;=CCP;=CPC|PTY|CHN|org
ZANU-PF|Zimbabwe African National Union – Patriotic Front|PTY|ZWE|org
Movement for Democratic Change|=MDC|OPP|ZWE|org
Fidesz||PTY|HUN|org
Law and Justice|Law and Justice Party;=PiS|PTY|POL|org
Five Star Movement||PTY|ITA|org
Pakistan Tehreek-e-Insaf|=PTI|PTY|PAK|org
Awami League||PTY|BGD|org
Kuomintang|=KMT|PTY|TWN|org
Democratic Progressive Party|=DPP|PTY|TWN|org
Al Jazeera|Al-Jazeera;Aljazeera|JRN|QAT|org
Al Arabiya|Al-Arabiya|JRN|SAU|org
Reuters||JRN|-|org
Associated Press|=AP|JRN|USA|org
Agence France-Presse|=AFP|JRN|FRA|org
BBC|=BBC;British Broadcasting Corporation|JRN|GBR|org
CNN||JRN|USA|org
PBS|Public Broadcasting Service|JRN|USA|org
USA Today||JRN|USA|org
Press TV||JRN|IRN|org
Fars News|Fars News Agency|JRN|IRN|org
Sputnik|Sputnik News|JRN|RUS|org
Instagram||BUS|USA|org
YouTube||BUS|USA|org
Volvo||BUS|SWE|org
Ford Motor Company||BUS|USA|org
The New York Times|New York Times|JRN|USA|org
The Washington Post|Washington Post|JRN|USA|org
The Wall Street Journal|Wall Street Journal|JRN|USA|org
The Guardian|Guardian|JRN|GBR|org
Bloomberg||JRN|USA|org
Fox News||JRN|USA|org
NBC News|=NBC|JRN|USA|org
ABC News||JRN|USA|org
CBS News|=CBS|JRN|USA|org
NPR||JRN|USA|org
Xinhua||JRN|CHN|org
TASS||JRN|RUS|org
Interfax||JRN|RUS|org
IRNA||JRN|IRN|org
Al-Manar|Al Manar|JRN|LBN|org
Wikinews||JRN|-|org
Google||BUS|USA|org
Apple||BUS|USA|org
Microsoft||BUS|USA|org
Amazon||BUS|USA|org
Meta||BUS|USA|org
Facebook||BUS|USA|org
Twitter||BUS|USA|org
Tesla||BUS|USA|org
Boeing||BUS|USA|org
Airbus||BUS|FRA|org
Sciences Po||EDU|FRA|org
Fitch|=Fitch Ratings|BUS|-|org
Moody's|=Moody's Investors Service|BUS|-|org
"""

# Words (lower case, singular and plural) that place an actor in a sector.
SECTOR_WORDS = """
MIL: troops troop army armies military militaries soldier soldiers forces armed_forces
  navy air_force warplanes jets tanks artillery marines paratroopers commandos battalion brigade
  division regiment garrison defense_forces defence_forces servicemen servicemembers
GOV: government governments ministry ministries authorities authority officials official cabinet
  administration regime state states leadership presidency diplomats diplomat envoy envoys
  minister ministers president prime_minister spokesman spokeswoman embassy mayor governor
COP: police policeman policemen police_officers officers gendarmes gendarmerie security_forces
  riot_police border_guards
REB: rebels rebel militants militant fighters fighter insurgents insurgent guerrillas guerrilla
  militia militias militiamen gunmen gunman jihadists jihadist extremists terrorists terrorist
  armed_groups armed_group separatists separatist
PTY: party parties opposition_party ruling_party
OPP: opposition dissidents dissident protesters protester demonstrators demonstrator
CVL: civilians civilian residents resident villagers people population families children women
  men citizens inhabitants settlers settler
REF: refugees refugee displaced evacuees migrants asylum_seekers
JRN: journalists journalist reporters reporter media press correspondents photographers
LEG: parliament parliamentarians lawmakers lawmaker legislators legislature congress senators
  senate mps
JUD: court courts judges judge judiciary prosecutors prosecutor
MED: doctors doctor medics medic nurses hospital hospitals paramedics
REL: clerics cleric clergy priests priest imams imam bishops church mosque
BUS: businesses business company companies firms firm corporations traders investors
EDU: students student university universities teachers academics scholars
LAB: workers unions union strikers
NGO: aid_workers aid_groups charities charity humanitarians
IGO: peacekeepers peacekeeping_force
SPY: intelligence spies spy agents
CRM: smugglers traffickers cartel cartels gangs gang criminals
"""

# tzdata zone cities that are not useful as places in news text (common words, surnames,
# research stations, sub-state zones).
TZ_SKIP = set("""Center Knox Marengo Vevay Winamac Tell_City Beulah New_Salem Monticello Easter
Midway Wake Chatham Casey Davis Mawson Palmer Troll Vostok Eucla Creston Resolute Dawson Currie
Lindeman Macquarie Johnston Enderbury Kanton Fakaofo Gambier Marquesas Chuuk Pohnpei Kosrae
Kwajalein Norfolk Pitcairn Guam Saipan Efate Noumea Tarawa Funafuti Majuro Nauru Niue Palau
Galapagos Bougainville Guadalcanal Faroe Madeira Canary Azores Reunion Mayotte Chagos Christmas
Cocos Kerguelen Mahe Mauritius Maldives St_Helena Stanley South_Georgia Bermuda Cape_Verde
Jan_Mayen Longyearbyen Thule Danmarkshavn Scoresbysund Nome Sitka Metlakatla Yakutat Adak Juneau
Anchorage Boise Menominee Nipigon Rainy_River Thunder_Bay Rankin_Inlet Cambridge_Bay Inuvik
Iqaluit Pangnirtung Atikokan Blanc-Sablon Fort_Nelson Swift_Current Glace_Bay Goose_Bay Moncton
Whitehorse Yellowknife Dawson_Creek Kralendijk Lower_Princes Marigot St_Barthelemy Grand_Turk
Cayman Anguilla Montserrat Tortola St_Thomas Puerto_Rico Aruba Curacao Martinique Guadeloupe
Dominica Grenada St_Kitts St_Lucia St_Vincent Barbados Antigua Nassau Port_of_Spain Apia
Pago_Pago Honolulu Tahiti Rarotonga Tongatapu Fiji Port_Moresby Kiritimati Wallis Bahia
Araguaina Boa_Vista Noronha Santarem Eirunepe Porto_Velho Rio_Branco Cuiaba Campo_Grande Maceio
Recife Fortaleza Belem Manaus Punta_Arenas Hermosillo Mazatlan Chihuahua Ojinaga Matamoros Merida
Bahia_Banderas Cancun Tijuana Ciudad_Juarez Monterrey Mexico_City Ushuaia Rio_Gallegos Salta
Jujuy Tucuman Catamarca La_Rioja San_Juan San_Luis Mendoza Cordoba Buenos_Aires Asmera Famagusta
Busingen Gibraltar Guernsey Isle_of_Man Jersey Mariehamn Vaduz San_Marino Vatican Monaco Andorra
Luxembourg Malta Kirov Chita Anadyr Srednekolymsk Ust-Nera Khandyga Magadan Sakhalin Barnaul
Novokuznetsk Tomsk Omsk Yekaterinburg Samara Ulyanovsk Saratov Astrakhan Volgograd Kaliningrad
Atyrau Aqtau Aqtobe Oral Qostanay Qyzylorda Famagusta Hovd Choibalsan Pontianak Makassar Jayapura
Kuching Dili Hebron Gaza Kolkata Kathmandu Regina Victoria Lima Santiago Sofia Marie""".split())


# First-level divisions of federal countries whose names news uses bare ("a Senator from Utah",
# "governor of Alaska"): US states, Canadian provinces and territories, Australian states and
# territories. Names as in iso-codes' ISO 3166-2 (checked against it when present), approximate
# centroids written here. A name that is already a country, city or region (Georgia,
# Washington, New York, Victoria as a given name) is left out by main().
SUBDIVISIONS = """
US|Alabama|32.8,-86.8
US|Alaska|64.0,-152.0
US|Arizona|34.3,-111.7
US|Arkansas|34.9,-92.4
US|California|37.2,-119.5
US|Colorado|39.0,-105.5
US|Connecticut|41.6,-72.7
US|Delaware|39.0,-75.5
US|Florida|28.6,-82.4
US|Georgia|32.7,-83.4
US|Hawaii|20.8,-156.3
US|Idaho|44.4,-114.6
US|Illinois|40.0,-89.2
US|Indiana|39.9,-86.3
US|Iowa|42.1,-93.5
US|Kansas|38.5,-98.4
US|Kentucky|37.5,-85.3
US|Louisiana|31.1,-92.0
US|Maine|45.4,-69.2
US|Maryland|39.0,-76.8
US|Massachusetts|42.3,-71.8
US|Michigan|44.3,-85.4
US|Minnesota|46.3,-94.3
US|Mississippi|32.7,-89.7
US|Missouri|38.4,-92.5
US|Montana|47.0,-109.6
US|Nebraska|41.5,-99.8
US|Nevada|39.3,-116.6
US|New Hampshire|43.7,-71.6
US|New Jersey|40.2,-74.7
US|New Mexico|34.4,-106.1
US|New York|42.9,-75.5
US|North Carolina|35.6,-79.4
US|North Dakota|47.5,-100.5
US|Ohio|40.3,-82.8
US|Oklahoma|35.6,-97.5
US|Oregon|43.9,-120.6
US|Pennsylvania|40.9,-77.8
US|Rhode Island|41.7,-71.5
US|South Carolina|33.9,-80.9
US|South Dakota|44.4,-100.2
US|Tennessee|35.9,-86.4
US|Texas|31.5,-99.3
US|Utah|39.3,-111.7
US|Vermont|44.1,-72.7
US|Virginia|37.5,-78.9
US|Washington|47.4,-120.5
US|West Virginia|38.6,-80.6
US|Wisconsin|44.6,-89.9
US|Wyoming|43.0,-107.6
CA|Alberta|55.0,-115.0
CA|British Columbia|53.7,-127.6
CA|Manitoba|55.0,-97.0
CA|New Brunswick|46.5,-66.2
CA|Newfoundland and Labrador|53.1,-57.7
CA|Nova Scotia|45.0,-63.0
CA|Northwest Territories|64.8,-124.8
CA|Nunavut|70.3,-83.1
CA|Ontario|50.0,-85.0
CA|Prince Edward Island|46.3,-63.2
CA|Quebec|52.9,-73.5
CA|Saskatchewan|55.0,-106.0
CA|Yukon|64.3,-135.0
AU|Australian Capital Territory|-35.5,149.0
AU|New South Wales|-32.0,147.0
AU|Northern Territory|-19.5,133.4
AU|Queensland|-22.5,144.4
AU|South Australia|-30.0,135.8
AU|Tasmania|-42.0,146.6
AU|Victoria|-37.0,144.3
AU|Western Australia|-25.3,122.3
"""
SUBDIVISIONS_SKIP = {"Victoria"}  # a given name as often as the state

# Common given names (a capitalised one followed by an unknown capitalised word is a person:
# "Walter Mondale", "Jo Swinson"), across the languages of international news. Names that are
# also common English words or places (May, Will, Hope, Jordan, Florence, Victoria) are left
# out; a name the gazetteer knows as a place or organisation never counts (main() checks).
GIVEN_NAMES = """
Aaron Abdul Abdullah Abdel Abel Abraham Adam Adrian Ahmad Ahmed Aisha Alan Albert Alberto Alejandro
Aleksandr Aleksandra Alex Alexander Alexandra Alexandre Alexei Alexey Alfred Ali Alice Alicia Alison
Amanda Amina Amir Amy Ana Anatoly Anders Andrea Andreas Andrei Andrej Andrew Andrés Andrzej Andy
Angela Angelo Ann Anna Anne Annette Anthony Antoine Anton Antonio Arnold Arthur Ashley Ayman
Barbara Barack Barry Beata Ben Benjamin Bernard Bernie Beto Betty Bill Billy Bob Bogdan Boris Brad
Bradley Brandon Brenda Brian Bruce Bruno Bryan Carl Carla Carlos Carmen Carol Caroline Catherine
Cecilia Charles Charlie Chris Christian Christina Christine Christopher Chuck Claire Claudia
Colin Craig Cristina Dan Daniel Daniela Danny David Dawn Dean Deborah Denis Dennis Diana Diane
Diego Dmitri Dmitry Dominic Donald Donna Doris Dorothy Douglas Dylan Ed Eddie Edgar Eduardo Edward
Eileen Elena Eli Elias Elijah Eliot Elizabeth Ellen Elliot Emily Emma Emmanuel Enrique Eric Erik
Ernest Ernesto Esther Eugene Eva Evan Evelyn Fabio Faisal Fatima Felipe Felix Fernando Fiona
Francesca Francesco Francis Francisco Frank Franz Fred Frederick Gabriel Gabriela Gary George
Georg Gerald Gerhard Gianni Gilbert Gina Giorgio Giovanni Giuseppe Gloria Gordon Graham Greg
Gregory Guillermo Gustavo Hamid Hannah Hans Harold Harry Hassan Heather Heinrich Helen Helena
Henry Hillary Howard Hugh Hugo Hussein Ian Ibrahim Igor Ilya Irina Isaac Ivan Jack Jacob Jacques
Jake James Jamie Jan Jane Janet Janusz Jason Javier Jean Jeff Jeffrey Jennifer Jeremy Jerome
Jerry Jesse Jessica Jim Jimmy Jo Joan Joanna Joe Johan Johann Johannes John Jon Jonathan Jorge
Jose José Joseph Josh Joshua Juan Judith Julia Julian Julie Julio Justin Kamala Karen Karl Kate
Katherine Kathleen Kathryn Katie Keith Kelly Ken Kenneth Kevin Khaled Khalid Kim Klaus Kurt
Larry Laura Lauren Lawrence Leonid Leslie Linda Lisa Liz Lois Louis Louise Luca Lucas Luis Luke
Lynn Magdalena Mahmoud Manuel Marc Marco Marcus Margaret Maria María Marie Marina Mario Marion
Marek Mark Marta Martha Martin Mary Matthew Matt Maurice Max Maxim Megan Mehmet Melissa Michael
Michel Michelle Miguel Mikhail Mike Mohamed Mohammad Mohammed Muhammad Monica Mustafa Nancy Nadia
Naomi Natalia Natalie Nathan Neil Nicholas Nick Nicola Nicolas Nikolai Nina Noah Norman Olga
Oliver Olivia Omar Oscar Pablo Pamela Patricia Patrick Paul Paula Pedro Peggy Peter Petr Philip
Philippe Pierre Piotr Rachel Rafael Ralph Ramón Randy Raúl Ray Raymond Rebecca Reza Ricardo
Richard Rick Rita Rob Robert Roberto Robin Roger Ron Ronald Rosa Ruth Ryan Saleh Sally
Salman Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei Sergey Sergio Sharon
Shirley Simon Sophie Stefan Stephanie Stephen Steve Steven Susan Tanya Teresa Theresa Thomas Tim
Timothy Tina Todd Tom Tomasz Tony Tyler Valentina Valerie Vanessa Victor Viktor Vincent Virginia
Vladimir Walter Wanda Wayne Wendy Werner William Wojciech Wolfgang Xavier Yasmin Yolanda Yousef
Yuri Yusuf Zachary Zoe
""".split() + """
Chiara Paolo Matteo Alessandro Lorenzo Giulia Federica Silvia Elisa Stefano Massimo Roberta Davide
Simone Marcello Enrico Sofia Sofía Tomas Tomás Mariana Joao João Luiz Rodrigo Camila Valeria
Alejandra Carolina Beatriz Inês Tiago Thiago Leonardo Marcos Renata Fernanda Raquel Lucía Álvaro
Gonzalo Ignacio Mateo Laurent Olivier Elise Élise Sylvie Nathalie Isabelle Sébastien Thierry Julien
Mathieu Benoît Camille Céline Christophe Guillaume Hélène François Jonas Lukas Tobias Matthias
Katrin Katharina Ursula Jürgen Dieter Lars Sven Ingrid Astrid Henrik Jens Mette Pieter Kenji
Hiroshi Takeshi Yuko Yuki Haruki Akira Satoshi Naoko Keiko Shinzo Taro Kazuo Makoto Hiroko Fumio
Pradeep Arvind Sunita Priya Rahul Amit Anil Sunil Rajesh Ramesh Suresh Sanjay Vijay Deepak Anita
Kavita Pooja Neha Ravi Arjun Vikram Manish Meena Lakshmi Rohit Ifeoma Chinedu Ngozi Adebayo
Babatunde Kwame Kofi Tendai Thabo Sipho Lindiwe Themba Wanjiku Amadou Mamadou Moussa Ousmane
Aminata Fatou Ibrahima Cheikh Abdoulaye Seydou Boubacar Karim Rami Tarek Walid Nabil Layla Leila
Rania Samir Samira Emre Murat Elif Zeynep Burak Hakan Ahmet Kemal Hossein Mohsen Maryam Oleksandr
Olena Volodymyr Dmytro Yulia Mykola Katarzyna Agnieszka Krzysztof Petra Miroslav Zoran Dragan
""".split()

def parse_latlon(text):
    lat, lon = text.split(",")
    return float(lat), float(lon)


def tz_coord(s):
    """'+3353+03530' or '+335302+0353004' -> (33.88, 35.58)."""
    i = 1
    while s[i] not in "+-":
        i += 1
    def conv(part, deg_digits):
        sign = -1 if part[0] == "-" else 1
        d = part[1:]
        deg = int(d[:deg_digits])
        mins = int(d[deg_digits:deg_digits + 2])
        secs = int(d[deg_digits + 2:deg_digits + 4]) if len(d) > deg_digits + 2 else 0
        return sign * (deg + mins / 60 + secs / 3600)
    return round(conv(s[:i], 2), 2), round(conv(s[i:], 3), 2)


def header(f, what, sources, columns):
    f.write("# factwire gazetteer: %s. GENERATED by scripts/build_gazetteer.py; do not edit.\n" % what)
    for s in sources:
        f.write("# source: %s\n" % s)
    f.write("# columns (tab-separated; lists use '|'; a leading '=' marks a case-sensitive alias): %s\n"
            % "\t".join(columns))


ISO_SRC = "Debian package iso-codes, /usr/share/iso-codes/json/iso_3166-1.json (licence LGPL-2.1+)"
TZ_SRC = "Debian package tzdata, /usr/share/zoneinfo/zone.tab (public domain)"
HAND_SRC = "written for factwire from general knowledge in scripts/build_gazetteer.py (licence: the project's)"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(root, "data", "gazetteer"))
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--zonetab", default="/usr/share/zoneinfo/zone.tab")
    args = ap.parse_args(argv)
    if not os.path.exists(args.iso):
        sys.exit("missing %s: apt-get install -y iso-codes" % args.iso)
    os.makedirs(args.out, exist_ok=True)
    iso = json.load(open(args.iso, encoding="utf-8"))["3166-1"]
    iso_by2 = {c["alpha_2"]: c for c in iso}
    iso_by2.setdefault("XK", {"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo"})

    hand = {}
    ALIAS_OWNER = {"Congo": "CD"}
    for line in COUNTRIES.strip().splitlines():
        a2, centroid, dems, cap, capll, aliases = (line.split("|") + [""] * 6)[:6]
        hand[a2] = (parse_latlon(centroid), [d for d in dems.split(";") if d], cap,
                    parse_latlon(capll), [a for a in aliases.split(";") if a])

    # Countries.
    rows = []
    capitals = {}
    for a2 in sorted(iso_by2):
        c = iso_by2[a2]
        if a2 not in hand and a2 in ("AQ", "BV", "HM", "UM", "TF", "IO", "GS"):
            continue
        name = SHORT_NAMES.get(a2) or c.get("common_name") or c["name"]
        official = c.get("official_name", "")
        aliases = []
        for n in (c["name"], c.get("common_name", ""), official):
            if n and n != name and n not in aliases:
                aliases.append(n)
        if a2 in hand:
            (lat, lon), dems, cap, capll, extra = hand[a2]
            for a in extra:
                if a != name and a not in aliases:
                    aliases.append(a)
            capitals[cap] = (a2, capll)
        else:
            lat = lon = None
            dems, cap = [], ""
        # A bare name news uses for another country: "Congo" is the Democratic Republic
        # (AP style; the Republic is "Republic of Congo" or "Congo Republic").
        aliases = [a for a in aliases if a not in ALIAS_OWNER or ALIAS_OWNER[a] == a2]
        for a, owner in ALIAS_OWNER.items():
            if owner == a2 and a not in aliases and a != name:
                aliases.append(a)
        rows.append((a2, c["alpha_3"], name, official, lat, lon, cap, aliases, dems))

    tz_cities = []
    if os.path.exists(args.zonetab):
        for line in open(args.zonetab, encoding="ascii"):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            cc, coord, tz = parts[0], parts[1], parts[2]
            segs = tz.split("/")
            if segs[0] in ("Antarctica", "Etc") or (len(segs) == 3 and segs[1] in (
                    "Indiana", "Kentucky", "North_Dakota")):
                continue
            city = segs[-1]
            if city in TZ_SKIP:
                continue
            lat, lon = tz_coord(coord)
            tz_cities.append((city.replace("_", " "), cc, lat, lon))
    # Fill centroids missing from the hand table with the first zone city's coordinates.
    first_zone = {}
    for city, cc, lat, lon in tz_cities:
        first_zone.setdefault(cc, (lat, lon))
    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8") as f:
        header(f, "countries (ISO 3166-1) with short names, aliases, demonyms, centroid and capital",
               [ISO_SRC, HAND_SRC], ["iso2", "iso3", "name", "official_name", "lat", "lon",
                                     "capital", "aliases", "demonyms"])
        for a2, a3, name, official, lat, lon, cap, aliases, dems in rows:
            if lat is None:
                if a2 not in first_zone:
                    continue
                lat, lon = first_zone[a2]
            f.write("\t".join([a2, a3, name, official, "%.2f" % lat, "%.2f" % lon, cap,
                               "|".join(aliases), "|".join(dems)]) + "\n")

    # Cities: capitals, the hand list, then tzdata.
    cities = {}
    def add_city(name, cc, lat, lon, kind, aliases=()):
        if name in cities:
            return
        metonym = "1" if name.replace(" ", "_") in METONYM_CAPITALS and kind == "capital" else "0"
        cities[name] = (cc, lat, lon, kind, metonym, list(aliases))
    for cap, (a2, (lat, lon)) in capitals.items():
        aliases = {"Kyiv": ["Kiev"], "New Delhi": ["Delhi"], "Washington": ["Washington, D.C.", "Washington D.C.", "=D.C."],
                   "Bogota": ["Bogotá"], "Brasilia": ["Brasília"], "Yaounde": ["Yaoundé"],
                   "Asuncion": ["Asunción"], "Lome": ["Lomé"], "Reykjavik": ["Reykjavík"],
                   "Sanaa": ["Sana'a", "Sana"], "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"],
                   "Chisinau": ["Chişinău", "Chișinău"], "Male": [], "Ulaanbaatar": ["Ulan Bator"],
                   "Beijing": ["Peking"]}.get(cap, [])
        if cap in ("Male", "Victoria"):
            continue  # an English word or a common first name
        add_city(cap, a2, lat, lon, "capital", aliases)
    for line in CITIES.strip().splitlines():
        name, cc, ll, aliases = (line.split("|") + [""] * 4)[:4]
        lat, lon = parse_latlon(ll)
        add_city(name, cc, lat, lon, "city", [a for a in aliases.split(";") if a])
    for city, cc, lat, lon in tz_cities:
        add_city(city, cc, lat, lon, "city")
    with open(os.path.join(args.out, "cities.tsv"), "w", encoding="utf-8") as f:
        header(f, "capitals and major cities with coordinates; metonym=1: the name also stands for "
               "the country's government", [HAND_SRC, TZ_SRC],
               ["name", "iso2", "lat", "lon", "kind", "metonym", "aliases"])
        for name, (cc, lat, lon, kind, metonym, aliases) in cities.items():
            f.write("\t".join([name, cc, "%.2f" % lat, "%.2f" % lon, kind, metonym,
                               "|".join(aliases)]) + "\n")

    with open(os.path.join(args.out, "regions.tsv"), "w", encoding="utf-8") as f:
        header(f, "regions, territories, seas and other places (LOC)", [HAND_SRC],
               ["name", "iso2", "lat", "lon", "aliases"])
        known = set()
        for line in REGIONS.strip().splitlines():
            name, cc, ll, aliases = (line.split("|") + [""] * 4)[:4]
            known.add(name.lower())
            known.update(a.lower() for a in aliases.split(";") if a)
            lat, lon = parse_latlon(ll)
            f.write("\t".join([name, "" if cc == "-" else cc, "%.2f" % lat, "%.2f" % lon,
                               "|".join(a for a in aliases.split(";") if a)]) + "\n")
        # Subdivisions, unless the name is taken (a country, alias, city or region).
        for c in iso:
            known.add(c["name"].lower())
            for k in ("common_name", "official_name"):
                if k in c:
                    known.add(c[k].lower())
        for a2, (_, dems, cap, _, aliases) in hand.items():
            known.update(x.lower() for x in aliases + dems + [cap])
        known.update(n.lower() for n in cities)
        for name, (_, _, _, _, _, aliases) in cities.items():
            known.update(a.lower().lstrip("=") for a in aliases)
        iso2_path = args.iso.replace("3166-1", "3166-2")
        iso2_names = None
        if os.path.exists(iso2_path):
            iso2_names = {(d["code"][:2], d["name"])
                          for d in json.load(open(iso2_path, encoding="utf-8"))["3166-2"]}
        for line in SUBDIVISIONS.strip().splitlines():
            cc, name, ll = line.split("|")
            if name.lower() in known or name in SUBDIVISIONS_SKIP:
                continue
            if iso2_names is not None and (cc, name) not in iso2_names:
                sys.exit("subdivision %s is not in %s" % (name, iso2_path))
            lat, lon = parse_latlon(ll)
            f.write("\t".join([name, cc, "%.2f" % lat, "%.2f" % lon, ""]) + "\n")
            known.add(name.lower())

    with open(os.path.join(args.out, "titles.tsv"), "w", encoding="utf-8") as f:
        header(f, "titles and offices (matched case-insensitively)", [HAND_SRC],
               ["phrase", "role", "sector"])
        for line in TITLES.strip().splitlines():
            phrase, role, sector = (line.split("|") + [""] * 3)[:3]
            f.write("\t".join([phrase, role, sector]) + "\n")

    with open(os.path.join(args.out, "given_names.tsv"), "w", encoding="utf-8") as f:
        header(f, "common given names (case-sensitive; a name that is also a place or "
               "organisation here is left out)", [HAND_SRC], ["name"])
        for n in sorted(set(GIVEN_NAMES)):
            if n.lower() in known:
                continue
            f.write(n + "\n")

    with open(os.path.join(args.out, "org_heads.tsv"), "w", encoding="utf-8") as f:
        header(f, "organisation name heads (a capitalised name ending in one is an ORG) and "
               "openers ('Ministry of ...')", [HAND_SRC], ["word", "kind"])
        seen = set()
        for w in ORG_HEADS:
            if ("head", w) not in seen:
                seen.add(("head", w))
                f.write("%s\thead\n" % w.replace("_", " "))
        for w in ORG_OPENERS:
            if ("opener", w) not in seen:
                seen.add(("opener", w))
                f.write("%s\topener\n" % w.replace("_", " "))

    with open(os.path.join(args.out, "organisations.tsv"), "w", encoding="utf-8") as f:
        header(f, "well-known organisations and armed/non-state groups with a sector "
               "(kind gov: the organisation stands for its country's government)", [HAND_SRC],
               ["name", "aliases", "sector", "iso3", "kind"])
        for line in ORGS.strip().splitlines():
            name, aliases, sector, a3, kind = (line.split("|") + [""] * 5)[:5]
            f.write("\t".join([name, "|".join(a for a in aliases.split(";") if a), sector,
                               "" if a3 == "-" else a3, kind]) + "\n")

    with open(os.path.join(args.out, "sectors.tsv"), "w", encoding="utf-8") as f:
        header(f, "common nouns that place an actor in a sector (CAMEO/PLOVER-style codes)",
               [HAND_SRC], ["word", "sector"])
        sector = None
        for tok in SECTOR_WORDS.split():
            if tok.endswith(":"):
                sector = tok[:-1]
                continue
            f.write("%s\t%s\n" % (tok.replace("_", " "), sector))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
