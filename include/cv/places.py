"""Gazetteers: the medical school's country from cities, regions, well-known schools and country names or
demonyms in several languages of the main IMG source countries, each to its ISO-2 code; and the state of
well-known US hospitals.

CVs often name the school and its city ("Tehran University of Medical Sciences", "Belo Horizonte") but not the
country. Names shared with a US place or another country (Alexandria, Hyderabad, Santiago, Valencia, Georgetown,
Kingston, Punjab...) are left out or kept only inside a longer, unambiguous phrase ("alexandria university").
"""

from __future__ import annotations

import re
from functools import lru_cache

from include.vocab import fold

# ISO-2 -> names separated by "|"; each name is folded (accents, case, punctuation) before lookup.
_PLACES: dict[str, str] = {
    "IN": "India|Indian|Inde|Indien|भारत|Mumbai|Bombay|Delhi|New Delhi|Chennai|Madras|Kolkata|Calcutta|Bengaluru|"
    "Bangalore|Pune|Ahmedabad|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Patna|Vadodara|Ludhiana|Agra|Nashik|"
    "Varanasi|Srinagar|Amritsar|Ranchi|Coimbatore|Madurai|Vijayawada|Visakhapatnam|Guwahati|Chandigarh|Mysuru|"
    "Mysore|Thiruvananthapuram|Trivandrum|Kochi|Cochin|Kozhikode|Calicut|Thrissur|Mangaluru|Mangalore|Manipal|Hubli|"
    "Belagavi|Belgaum|Davangere|Puducherry|Pondicherry|Vellore|Tirupati|Guntur|Kurnool|Warangal|Raipur|Bhubaneswar|"
    "Cuttack|Dehradun|Shimla|Jammu|Rohtak|Jodhpur|Udaipur|Bikaner|Ajmer|Gwalior|Jabalpur|Aurangabad|Solapur|"
    "Kolhapur|Sangli|Wardha|Jamnagar|Rajkot|Bhavnagar|Gorakhpur|Allahabad|Prayagraj|Meerut|Aligarh|Bareilly|Jhansi|"
    "Darbhanga|Gaya|Dhanbad|Jamshedpur|Siliguri|Burdwan|Bankura|Dibrugarh|Silchar|Imphal|Agartala|Shillong|Gangtok|"
    "Kakinada|Nellore|Tirunelveli|Thanjavur|Karaikal|Kottayam|Alappuzha|Kannur|Kollam|Maharashtra|Tamil Nadu|Kerala|"
    "Karnataka|Andhra Pradesh|Telangana|Gujarat|Rajasthan|Uttar Pradesh|Madhya Pradesh|Bihar|West Bengal|Odisha|"
    "Orissa|Assam|Haryana|Uttarakhand|Himachal Pradesh|Jharkhand|Chhattisgarh|Goa|AIIMS|"
    "All India Institute of Medical Sciences|Kasturba Medical College|Christian Medical College|JIPMER|"
    "Seth GS Medical College|KEM Hospital|Grant Medical College|Maulana Azad Medical College|"
    "Stanley Medical College|Kilpauk Medical College|Osmania Medical College|Gandhi Medical College|"
    "St Johns Medical College|Armed Forces Medical College|Lady Hardinge Medical College|"
    "Topiwala National Medical College|Lokmanya Tilak Municipal Medical College|BJ Medical College|"
    "Bangalore Medical College",
    "PK": "Pakistan|Pakistani|پاکستان|Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Multan|Peshawar|Quetta|Sialkot|"
    "Gujranwala|Bahawalpur|Sargodha|Abbottabad|Larkana|Nawabshah|Jamshoro|Sukkur|Mardan|Dera Ismail Khan|Sindh|"
    "Khyber Pakhtunkhwa|Balochistan|Baluchistan|Azad Kashmir|Muzaffarabad|Gilgit|Aga Khan University|"
    "King Edward Medical University|King Edward Medical College|Allama Iqbal Medical College|Dow Medical College|"
    "Dow University|Khyber Medical College|Khyber Medical University|Nishtar Medical|Fatima Jinnah Medical|"
    "Services Institute of Medical Sciences|Liaquat University of Medical|Army Medical College|Rawalpindi Medical|"
    "Ziauddin|Shifa College of Medicine|Quaid e Azam Medical College|Sindh Medical College|Jinnah Sindh Medical",
    "BD": "Bangladesh|Bangladeshi|বাংলাদেশ|Dhaka|Dacca|Chittagong|Chattogram|Rajshahi|Khulna|Sylhet|Mymensingh|"
    "Rangpur|Barisal|Barishal|Comilla|Cumilla|Faridpur|Bogura|Bogra|Sir Salimullah Medical College|"
    "Bangabandhu Sheikh Mujib",
    "NP": "Nepal|Nepalese|Kathmandu|Pokhara|Lalitpur|Bharatpur|Dharan|Biratnagar|Birgunj|Chitwan|"
    "BP Koirala Institute|Tribhuvan University|Kathmandu University|Manipal College of Medical Sciences",
    "LK": "Sri Lanka|Sri Lankan|Colombo|Kandy|Galle|Jaffna|Peradeniya|Kelaniya|Ragama|Anuradhapura|Batticaloa|"
    "Sri Jayewardenepura",
    "AF": "Afghanistan|Afghan|Kabul|Herat|Kandahar|Mazar i Sharif|Jalalabad",
    "NG": "Nigeria|Nigerian|Lagos|Ibadan|Abuja|Kano|Enugu|Nsukka|Benin City|Port Harcourt|Zaria|Ile Ife|Ife|Ilorin|"
    "Jos|Calabar|Maiduguri|Sokoto|Ogbomoso|Owerri|Uyo|Abakaliki|Nnewi|Awka|Osogbo|Sagamu|Ilesa|Akure|Ado Ekiti|"
    "Onitsha|Warri|Kaduna|Yola|Bauchi|Makurdi|Oyo|Ogun|Ekiti|Anambra|Imo State|Rivers State|Delta State|Edo State|"
    "Ahmadu Bello University|Obafemi Awolowo University|Nnamdi Azikiwe University|Lagos State University|"
    "Olabisi Onabanjo University|Ladoke Akintola University",
    "GH": "Ghana|Ghanaian|Accra|Kumasi|Tamale|Cape Coast|Korle Bu|Kwame Nkrumah University|Legon",
    "KE": "Kenya|Kenyan|Nairobi|Mombasa|Kisumu|Eldoret|Nakuru|Moi University|Aga Khan University Hospital Nairobi",
    "UG": "Uganda|Ugandan|Kampala|Makerere|Mbarara|Gulu",
    "TZ": "Tanzania|Tanzanian|Dar es Salaam|Dodoma|Moshi|Mwanza|Muhimbili|Kilimanjaro Christian",
    "ET": "Ethiopia|Ethiopian|Addis Ababa|Gondar|Jimma|Mekelle|Hawassa|Bahir Dar|Harar",
    "SD": "Sudan|Sudanese|السودان|Khartoum|Omdurman|Wad Madani|Port Sudan|El Obeid|Gezira",
    "SO": "Somalia|Mogadishu|Hargeisa",
    "RW": "Rwanda|Rwandan|Kigali|Butare",
    "SL": "Sierra Leone|Sierra Leonean|Freetown|University of Sierra Leone",
    "LR": "Liberia|Liberian|Monrovia|A.M. Dogliotti",
    "MZ": "Mozambique|Moçambique|Maputo|Beira|Nampula|Eduardo Mondlane",
    "AO": "Angola|Angolan|Luanda|Agostinho Neto",
    "MW": "Malawi|Malawian|Blantyre|Lilongwe",
    "BW": "Botswana|Gaborone",
    "NA": "Namibia|Windhoek",
    "CD": "Democratic Republic of the Congo|DR Congo|Kinshasa|Lubumbashi",
    "CI": "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast|Abidjan",
    "SN": "Senegal|Sénégal|Senegalese|Dakar|Thiès|Ziguinchor|Cheikh Anta Diop",
    "GM": "Gambia|Banjul",
    "BJ": "Benin|Cotonou",
    "BF": "Burkina Faso|Ouagadougou",
    "ML": "Bamako",
    "MG": "Madagascar|Antananarivo",
    "ER": "Eritrea|Asmara",
    "SS": "South Sudan|Juba",
    "BI": "Burundi|Bujumbura",
    "CM": "Cameroon|Cameroonian|Cameroun|Yaounde|Douala|Buea",
    "ZW": "Zimbabwe|Zimbabwean|Harare|Bulawayo",
    "ZM": "Zambia|Zambian|Lusaka|Ndola",
    "ZA": "South Africa|South African|Johannesburg|Pretoria|Cape Town|Durban|Bloemfontein|Stellenbosch|Soweto|"
    "Witwatersrand|KwaZulu Natal",
    "EG": "Egypt|Egyptian|Egypte|Ägypten|Egipto|مصر|Cairo|Le Caire|El Cairo|Giza|Mansoura|Tanta|Assiut|Asyut|"
    "Zagazig|Ain Shams|Minia|Sohag|Benha|Menoufia|Menofia|Beni Suef|Fayoum|Suez Canal|Kafr el Sheikh|Port Said|"
    "Ismailia|Damietta|Aswan|Qena|Luxor|Alexandria University|Kasr Al Ainy|Kasr Alainy|Al Azhar University",
    "SA": "Saudi Arabia|Saudi|KSA|Riyadh|Jeddah|Jiddah|Mecca|Makkah|Madinah|Dammam|Khobar|Dhahran|Abha|Taif|Tabuk|"
    "Qassim|Jazan|Najran|King Saud University|King Abdulaziz University|Alfaisal University",
    "AE": "United Arab Emirates|Emirati|UAE|Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain|Ras Al Khaimah|Fujairah",
    "KW": "Kuwait|Kuwaiti",
    "QA": "Qatar|Qatari|Doha",
    "BH": "Bahrain|Bahraini|Manama",
    "OM": "Oman|Omani|Muscat|Sultan Qaboos University",
    "YE": "Yemen|Yemeni|Sanaa|Sana a|Aden|Taiz|Hodeidah",
    "JO": "Jordan|Jordanian|الأردن|Amman|Irbid|Zarqa|Jordan University of Science and Technology|Yarmouk|Mutah",
    "LB": "Lebanon|Lebanese|لبنان|Liban|Libanaise|Beirut|Beyrouth|Sidon|Saida|Tripoli Lebanon|Hadath|Byblos|Jbeil|"
    "American University of Beirut|Saint Joseph University|Université Saint Joseph|Lebanese University|Balamand",
    "SY": "Syria|Syrian|سوريا|Damascus|Aleppo|Homs|Latakia|Hama|Tishreen University",
    "IQ": "Iraq|Iraqi|العراق|Baghdad|Basra|Basrah|Mosul|Erbil|Sulaymaniyah|Sulaimani|Najaf|Karbala|Kirkuk|Duhok|"
    "Kufa|Mustansiriyah|Al Nahrain",
    "IR": "Iran|Iranian|ایران|Persia|Tehran|Teheran|Mashhad|Isfahan|Esfahan|Shiraz|Tabriz|Karaj|Qom|Ahvaz|"
    "Kermanshah|Kerman|Urmia|Rasht|Zahedan|Hamadan|Yazd|Ardabil|Bandar Abbas|Arak|Zanjan|Sanandaj|Qazvin|Gorgan|"
    "Babol|Kashan|Semnan|Birjand|Shahid Beheshti|Iran University of Medical Sciences",
    "IL": "Israel|Israeli|Tel Aviv|Jerusalem|Haifa|Beer Sheva|Technion",
    "PS": "Palestine|Palestinian|Gaza|Nablus|Ramallah|Hebron|Al Quds University|An Najah",
    "TR": "Turkey|Türkiye|Istanbul|Ankara|Izmir|Bursa|Antalya|Konya|Adana|Gaziantep|Kayseri|Eskisehir|Diyarbakir|"
    "Samsun|Trabzon|Erzurum|Hacettepe|Cerrahpasa",
    "LY": "Libya|Libyan|Benghazi|Misrata|Sabha",
    "TN": "Tunisia|Tunisian|Tunisie|Tunis|Sfax|Sousse|Monastir",
    "MA": "Morocco|Moroccan|Maroc|Marruecos|Rabat|Casablanca|Marrakech|Marrakesh|Fes|Fez|Tangier|Agadir|Oujda",
    "DZ": "Algeria|Algerian|Algérie|Algiers|Alger|Oran|Constantine|Annaba|Blida|Setif|Tlemcen",
    "PH": "Philippines|University of Santo Tomas|UST Manila|Southwestern University PHINMA|De La Salle Medical|"
    "Filipina|Pilipinas|Manila|Quezon City|Cebu|Davao|Iloilo|Baguio|Bacolod|Cagayan de Oro|Makati|Pasig|Taguig|"
    "Zamboanga|Dumaguete|Tacloban|Angeles City|Legazpi|Naga City|UERM|Far Eastern University|University of the East|"
    "Our Lady of Fatima University|Silliman|Cebu Doctors|Ateneo de Manila|Pamantasan ng Lungsod ng Maynila",
    "VN": "Vietnam|Viet Nam|Việt Nam|Hanoi|Ha Noi|Ho Chi Minh|Saigon|Sai Gon|Hue|Da Nang|Haiphong|Hai Phong|Can Tho|"
    "Thai Nguyen|Nha Trang|Vinh|Quy Nhon|Buon Ma Thuot|Pham Ngoc Thach",
    "CN": "China|中国|Beijing|Peking|Shanghai|Guangzhou|Shenzhen|Wuhan|Chengdu|Chongqing|Tianjin|Nanjing|Hangzhou|"
    "Xi an|Xian|Shenyang|Harbin|Changsha|Jinan|Qingdao|Zhengzhou|Dalian|Kunming|Fudan|Tsinghua|Sun Yat sen|Xiangya|"
    "Tongji|Zhejiang|Jilin|Hebei|Hubei|Hunan|Sichuan|Guangdong|Shandong|Jiangsu|Liaoning|Fujian|Guangxi|Yunnan|"
    "Shanxi|Shaanxi|Anhui|Henan|Jiangxi|Heilongjiang|Xinjiang|Capital Medical University|Peking Union|Shantou|Suzhou|"
    "Xiamen|Nanchang|Lanzhou|Hohhot|Urumqi|Guiyang|Nanning|Wenzhou",
    "MY": "Malaysia|Malaysian|Kuala Lumpur|Penang|Johor Bahru|Ipoh|Kota Kinabalu|Kuching|Selangor|Universiti Malaya|"
    "University of Malaya|Universiti Sains Malaysia|Sarawak|Kelantan",
    "SG": "Singapore|Singaporean",
    "ID": "Indonesia|Jakarta|Surabaya|Bandung|Yogyakarta|Semarang|Medan|Makassar|Denpasar|Bali|Malang|"
    "Universitas Indonesia|Universitas Gadjah Mada|Airlangga|Padjadjaran|Diponegoro|Hasanuddin|Udayana|Brawijaya",
    "TH": "Thailand|Bangkok|Chiang Mai|Khon Kaen|Songkhla|Songkla|Mahidol|Chulalongkorn|Siriraj|Ramathibodi|"
    "Thammasat|Naresuan|Srinakharinwirot",
    "MM": "Myanmar|Burma|Yangon|Rangoon|Mandalay|Naypyidaw|Magway",
    "KH": "Cambodia|Cambodian|Cambodge|Phnom Penh|Siem Reap|Battambang",
    "MN": "Mongolia|Mongolian|Ulaanbaatar|Ulan Bator",
    "KR": "South Korea|Republic of Korea|Korea University|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Yonsei|"
    "Sungkyunkwan|Kyung Hee|Hallym|Ewha|Hanyang|Catholic University of Korea|Ajou|Inha|Chonnam|Kyungpook|Suwon",
    "JP": "Japan|Tokyo|Osaka|Kyoto|Nagoya|Sapporo|Fukuoka|Kobe|Sendai|Hiroshima|Keio University|Juntendo|Jikei|"
    "Tohoku|Hokkaido|Kyushu|Okayama|Chiba|Niigata|Kanazawa|Nagasaki|Kumamoto|Yokohama|Jichi",
    "TW": "Taiwan|Taiwanese|Taipei|Kaohsiung|Taichung|Tainan|Chang Gung|National Yang Ming|Yang-Ming|Tzu Chi|"
    "Fu Jen|China Medical University Taichung",
    "UA": "Ukraine|Україна|Ukraina|Kyiv|Kiev|Київ|Kharkiv|Kharkov|Lviv|Lvov|Odesa|Dnipro|Dnipropetrovsk|"
    "Zaporizhzhia|Zaporozhye|Vinnytsia|Vinnitsa|Ternopil|Ivano Frankivsk|Poltava|Chernivtsi|Uzhhorod|Sumy|Luhansk|"
    "Donetsk|Bogomolets|Halytsky|Odessa National Medical",
    "RU": "Russia|Russian Federation|Россия|Rusia|Moscow|Moskva|Москва|Kazan|Novosibirsk|Yekaterinburg|Ekaterinburg|"
    "Samara|Volgograd|Rostov|Krasnoyarsk|Voronezh|Kursk|Smolensk|Tver|Yaroslavl|Orenburg|Saratov|Nizhny Novgorod|"
    "Ufa|Perm|Omsk|Tomsk|Irkutsk|Pirogov|Sechenov",
    "BY": "Belarus|Minsk|Grodno|Hrodna|Gomel|Homel|Vitebsk|Mogilev",
    "GE": "Tbilisi|Batumi|Kutaisi",
    "AM": "Armenia|Yerevan",
    "AZ": "Azerbaijan|Baku",
    "KZ": "Kazakhstan|Almaty|Astana|Nur Sultan|Karaganda|Shymkent|Semey|Aktobe",
    "UZ": "Uzbekistan|Tashkent|Samarkand|Bukhara|Andijan",
    "KG": "Kyrgyzstan|Bishkek|Osh",
    "TJ": "Tajikistan|Dushanbe",
    "PL": "Poland|Polska|Warsaw|Warszawa|Krakow|Kraków|Lodz|Łódź|Wroclaw|Poznan|Gdansk|Lublin|Katowice|Bialystok|"
    "Szczecin|Bydgoszcz",
    "RO": "Romania|România|Bucharest|Bucuresti|Cluj|Iasi|Timisoara|Craiova|Targu Mures|Oradea|Constanta|Carol Davila",
    "HU": "Hungary|Magyarország|Budapest|Debrecen|Szeged|Pécs|Pecs|Semmelweis",
    "CZ": "Czech Republic|Czechia|Prague|Praha|Brno|Olomouc|Plzen|Hradec Kralove",
    "SK": "Slovakia|Bratislava|Kosice",
    "BG": "Bulgaria|Plovdiv|Varna|Pleven|Stara Zagora",
    "RS": "Serbia|Belgrade|Beograd|Novi Sad|Kragujevac",
    "HR": "Croatia|Zagreb|Rijeka|Osijek",
    "BA": "Bosnia|Sarajevo|Tuzla|Banja Luka|Mostar",
    "AL": "Albania|Tirana|Tiranë|Tirane|Shqipëri|Shqipëria",
    "MK": "North Macedonia|Macedonia|Skopje",
    "XK": "Kosovo|Pristina|Prishtina",
    "GR": "Greece|Thessaloniki|Patras|Heraklion|Ioannina|University of Athens|Kapodistrian|Aristotle University",
    "CY": "Cyprus|Cypriot|Nicosia|Limassol",
    "IT": "Italy|Italia|Roma|Milano|Napoli|Turin|Torino|Bologna|Firenze|Padua|Padova|Pavia|Palermo|Catania|Bari|"
    "Genoa|Genova|Pisa|Siena|Perugia|Sapienza",
    "ES": "Spain|España|Madrid|Barcelona|Seville|Sevilla|Bilbao|Zaragoza|Malaga|Salamanca|Murcia|Oviedo|Valladolid|"
    "Pamplona",
    "PT": "Portugal|Lisbon|Lisboa|Porto|Coimbra|Braga|Faculdade de Medicina da Universidade do Porto|"
    "Faculdade de Medicina da Universidade de Lisboa|Faculdade de Medicina da Universidade de Coimbra|"
    "Universidade do Porto|Universidade de Lisboa|Universidade de Coimbra|Universidade do Minho|NOVA Medical School",
    "DE": "Germany|Deutschland|Alemania|Berlin|Munich|München|Cologne|Köln|Frankfurt|Heidelberg|Leipzig|Dresden|"
    "Freiburg|Tübingen|Göttingen|Düsseldorf|Mainz|Würzburg|Charité",
    "FR": "France|Francia|Lyon|Marseille|Toulouse|Lille|Bordeaux|Strasbourg|Montpellier|Nantes|Sorbonne",
    "NL": "Netherlands|Holland|Amsterdam|Rotterdam|Leiden|Utrecht|Groningen|Maastricht|Nijmegen",
    "BE": "Belgium|Belgian|Belgique|België|Brussels|Bruxelles|Brussel|Leuven|Louvain|UCLouvain|Ghent|Gent|Liège|"
    "Antwerp|Antwerpen|Namur|Woluwe",
    "CH": "Switzerland|Swiss|Zurich|Zürich|Genève|Basel|Bern|Lausanne",
    "AT": "Austria|Austrian|Österreich|Wien|Graz|Innsbruck|Salzburg",
    "SE": "Sweden|Stockholm|Gothenburg|Uppsala|Lund|Karolinska",
    "IE": "Ireland|Dublin|Cork|Galway|Limerick|RCSI|Royal College of Surgeons in Ireland",
    "GB": "United Kingdom|UK|England|Scotland|Wales|Northern Ireland|British|Edinburgh|Glasgow|Liverpool|Leeds|"
    "Sheffield|Nottingham|Leicester|Newcastle upon Tyne|Cardiff|Belfast|Dundee|Southampton",
    "CA": "Canada|Canadian|Toronto|Montreal|Montréal|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Halifax|Quebec City|"
    "Saskatoon|McGill|McMaster",
    "AU": "Australia|Australian|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Monash University|"
    "University of Melbourne|University of Sydney|University of Queensland|University of New South Wales|UNSW|"
    "University of Adelaide|University of Western Australia|Flinders University|Deakin University|"
    "James Cook University|Griffith University|Bond University|University of Tasmania",
    "NZ": "New Zealand|Auckland|Wellington|Christchurch|Dunedin|Otago",
    "MX": "Mexico|México|Mexican|Mexicano|Mexicana|Ciudad de México|CDMX|Monterrey|Guadalajara|Puebla|Tijuana|"
    "Toluca|Morelia|Querétaro|Queretaro|San Luis Potosí|Chihuahua|Hermosillo|Culiacán|Culiacan|Saltillo|Torreón|"
    "Veracruz|Xalapa|Oaxaca|Tampico|Aguascalientes|Zacatecas|Mexicali|Cuernavaca|Pachuca|Villahermosa|"
    "Tuxtla Gutierrez|Nuevo León|Nuevo Leon|Jalisco|Guanajuato|Sinaloa|Sonora|Tamaulipas|Coahuila|Michoacán|Yucatán|"
    "Yucatan|Chiapas|Tabasco|Baja California|UNAM|UANL|Universidad Autónoma de Guadalajara|"
    "Instituto Politécnico Nacional|Tecnológico de Monterrey|La Salle México|Anáhuac",
    "CO": "Colombia|Colombian|Colombiano|Colombiana|Bogotá|Bogota|Medellín|Medellin|Cali|Barranquilla|"
    "Cartagena de Indias|Bucaramanga|Pereira|Manizales|Cúcuta|Cucuta|Ibagué|Santa Marta|Pasto|Popayán|Popayan|Neiva|"
    "Villavicencio|Armenia Quindío|Antioquia|Cundinamarca|Universidad del Rosario|Pontificia Universidad Javeriana|"
    "Universidad del Valle|Universidad de Antioquia|Universidad Nacional de Colombia|Universidad CES",
    "PE": "Peru|Mayor de San Marcos|Perú|Peruvian|Peruano|Peruana|Lima|Arequipa|Trujillo|Cusco|Cuzco|Chiclayo|Piura|"
    "Iquitos|Huancayo|Tacna|Ica|Cayetano Heredia|San Martín de Porres",
    "VE": "Venezuela|Venezuelan|Venezolano|Venezolana|Caracas|Maracaibo|Barquisimeto|Maracay|Ciudad Bolívar|"
    "Ciudad Bolivar|Barcelona Anzoátegui|Puerto La Cruz|San Cristóbal Táchira|Carabobo|Zulia|Los Andes Mérida|"
    "Universidad Central de Venezuela",
    "EC": "Ecuador|Ecuadorian|Ecuatoriano|Quito|Guayaquil|Cuenca|Loja|Ambato",
    "BO": "Bolivia|Bolivian|La Paz Bolivia|Santa Cruz de la Sierra|Cochabamba|Sucre|Tarija|"
    "Universidad Mayor de San Andrés|San Andrés, La Paz",
    "CL": "Chile|Chilean|Chileno|Santiago de Chile|Valparaíso|Valparaiso|Concepción Chile|Temuco|Antofagasta|"
    "Pontificia Universidad Católica de Chile|Universidad de Chile",
    "AR": "Argentina|Argentine|Argentinian|Argentino|Buenos Aires|La Plata|Tucumán|Tucuman|Mar del Plata|"
    "Universidad de Buenos Aires|Universidad Nacional de Córdoba|Universidad Nacional de Cordoba|Rosario|Mendoza",
    "UY": "Uruguay|Uruguayan|Montevideo",
    "PY": "Paraguay|Paraguayan|Asunción|Asuncion",
    "BR": "Brazil|Brasil|Brazilian|Brasileiro|Brasileira|São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Brasília|"
    "Brasilia|Salvador Bahia|Fortaleza|Recife|Porto Alegre|Curitiba|Manaus|Belém|Goiânia|Goiania|Campinas|"
    "Florianópolis|Florianopolis|Natal RN|Maceió|Teresina|João Pessoa|Joao Pessoa|Ribeirão Preto|Ribeirao Preto|"
    "Botucatu|Uberlândia|Juiz de Fora|Niterói|Niteroi|Vitória ES|Santos SP|Sorocaba|Londrina|Pelotas|Minas Gerais|"
    "Rio Grande do Sul|Paraná|Pernambuco|Ceará|Bahia|Santa Catarina|Goiás|Amazonas|Pará|Maranhão|Espírito Santo|"
    "UFMG|UFRJ|USP|UNIFESP|UNICAMP|UFRGS|UFBA|UFPE|UFC|UnB",
    "CU": "Cuba|Cuban|Cubano|Cubana|Havana|La Habana|Habana|Santiago de Cuba|Camagüey|Camaguey|Holguín|Holguin|"
    "Villa Clara|Santa Clara Cuba|Pinar del Río|Matanzas|Cienfuegos|ELAM|Escuela Latinoamericana de Medicina",
    "DO": "Dominican Republic|República Dominicana|Dominicano|Dominicana|Santo Domingo|Santiago de los Caballeros|"
    "UNIBE|INTEC|PUCMM|UASD|Universidad Autónoma de Santo Domingo",
    "PR": "Puerto Rico|San Juan Puerto Rico|Mayagüez",
    "HT": "Haiti|Haitian|Port au Prince|Cap Haitien",
    "JM": "Jamaica|Jamaican|Mona Jamaica|Montego Bay|West Indies Mona|UWI Mona",
    "TT": "Trinidad and Tobago|Trinidad|Tobago|Trinidadian|Port of Spain|San Fernando Trinidad|"
    "St Augustine Trinidad|Mount Hope|West Indies St Augustine|UWI St Augustine",
    "BB": "Barbados|Barbadian|Bridgetown|Ross University|West Indies Cave Hill|UWI Cave Hill",
    "GD": "Grenada|St Georges University|Saint Georges University|St George s University",
    "DM": "Dominica|Roseau|Portsmouth Dominica|All Saints University",
    "AG": "Antigua|Antigua and Barbuda|American University of Antigua",
    "SX": "Sint Maarten|St Maarten|Saint Martin|American University of the Caribbean",
    "CW": "Curaçao|Curacao|Willemstad|Avalon University|Caribbean Medical University",
    "AW": "Aruba|Oranjestad|Xavier University School of Medicine",
    "KN": "Saint Kitts|St Kitts|Nevis|Basseterre|Windsor University|Medical University of the Americas|"
    "University of Medicine and Health Sciences",
    "VC": "Saint Vincent|St Vincent|Kingstown|Trinity School of Medicine|Saint James School of Medicine",
    "LC": "Saint Lucia|St Lucia|Castries|Spartan Health Sciences|American International Medical University",
    "KY": "Cayman Islands|Grand Cayman|St Matthews University|Saint Matthews University",
    "BQ": "Saba|Bonaire|Saba University",
    "GY": "Guyana|Guyanese|Texila American University",
    "BZ": "Belize|Belizean|Belize City",
    "GT": "Guatemala|Guatemalan|Guatemalteco|Quetzaltenango|San Carlos de Guatemala|Francisco Marroquín",
    "HN": "Honduras|Honduran|Hondureño|Tegucigalpa|San Pedro Sula",
    "SV": "El Salvador|Salvadoran|Salvadoreño|San Salvador",
    "NI": "Nicaragua|Nicaraguan|Nicaragüense|Managua",
    "CR": "Costa Rica|Costa Rican|Costarricense|San José Costa Rica",
    "PA": "Panama|Panamá|Panamanian|Panameño|Ciudad de Panamá",
}


# USPS code -> US hospitals and schools whose name alone places them: CVs write "Johns Hopkins Hospital" or
# "Cleveland Clinic" with no city or state. Names of several campuses (Mayo Clinic, Cleveland Clinic) carry their
# other campuses as longer names; "--" marks a campus abroad. Names shared with hospitals elsewhere (Mount Sinai,
# St. Mary's, Kaiser) are left out.
_US_HOSPITALS: dict[str, str] = {
    "MD": "Johns Hopkins|University of Maryland Medical Center|Sinai Hospital of Baltimore|"
    "MedStar Union Memorial|Mercy Medical Center Baltimore|Greater Baltimore Medical Center",
    "OH": "Cleveland Clinic|University Hospitals Cleveland Medical Center|MetroHealth Medical Center|"
    "Cincinnati Children's|Ohio State University Wexner Medical Center|Nationwide Children's|"
    "University of Cincinnati Medical Center|Summa Health|Akron Children's",
    "FL": "Cleveland Clinic Florida|Cleveland Clinic Weston|Mayo Clinic Florida|Mayo Clinic Jacksonville|"
    "Jackson Memorial|Moffitt Cancer Center|Tampa General|UF Health Shands|Shands Hospital|"
    "AdventHealth Orlando|Orlando Health|Broward Health|Baptist Health South Florida|"
    "Larkin Community Hospital|Palmetto General|Kendall Regional|Aventura Hospital",
    "AZ": "Mayo Clinic Arizona|Mayo Clinic Phoenix|Mayo Clinic Scottsdale|Banner University Medical Center|"
    "Barrow Neurological|Phoenix Children's|HonorHealth",
    "MN": "Mayo Clinic|Mayo Clinic Rochester|Hennepin County Medical Center|Hennepin Healthcare|"
    "Abbott Northwestern|Hennepin County|Children's Minnesota|M Health Fairview",
    "--": "Cleveland Clinic Abu Dhabi|Cleveland Clinic London|Johns Hopkins Aramco|Mayo Clinic Healthcare London",
    "MA": "Brigham and Women's|Brigham & Women's|Beth Israel Deaconess|Boston Children's Hospital|Dana-Farber|"
    "Tufts Medical Center|Boston Medical Center|Lahey Hospital|Baystate Medical Center|UMass Memorial|"
    "Mount Auburn Hospital|Cambridge Health Alliance|McLean Hospital|Spaulding Rehabilitation|"
    "Massachusetts Eye and Ear|MGH|BIDMC",  # "Clinical Observer, Stroke Service, MGH"
    "PA": "Children's Hospital of Philadelphia|Hospital of the University of Pennsylvania|Penn Presbyterian|"
    "UPMC|Thomas Jefferson University Hospital|Geisinger|Allegheny General|Allegheny Health Network|"
    "Hershey Medical Center|Penn State Health|Lehigh Valley Hospital|Temple University Hospital|"
    "Crozer-Chester|Abington Hospital|Penn Medicine|Jefferson Health",
    "NY": "NewYork-Presbyterian|New York-Presbyterian|NYU Langone|Memorial Sloan Kettering|Montefiore|"
    "Icahn School of Medicine|Weill Cornell|Columbia University Irving Medical Center|Bellevue Hospital|"
    "Maimonides Medical Center|SUNY Downstate|Strong Memorial Hospital|"
    "University of Rochester Medical Center|Northwell Health|Lenox Hill|Jamaica Hospital Medical Center|"
    "Brookdale Hospital|Kings County Hospital|Harlem Hospital|Jacobi Medical Center|"
    "Flushing Hospital|Interfaith Medical Center|Woodhull Medical Center|"
    "Nassau University Medical Center|Stony Brook University Hospital|Stony Brook Medicine|Roswell Park|"
    "Albany Medical Center|Upstate Medical University|Bronx-Lebanon|BronxCare|NYC Health + Hospitals|"
    "Coney Island Hospital|Wyckoff Heights|"
    "Staten Island University Hospital|Westchester Medical Center|"
    "Long Island Jewish|North Shore University Hospital|Mount Sinai Beth Israel|Mount Sinai Morningside|"
    "Mount Sinai West|Mount Sinai Queens|Mount Sinai Brooklyn|Rochester General Hospital|"
    "Kingsbrook Jewish|St. John's Episcopal",
    "TX": "MD Anderson|Baylor College of Medicine|Houston Methodist|UT Southwestern|Parkland Memorial|"
    "Parkland Hospital|Texas Children's|Baylor Scott & White|Baylor University Medical Center|Ben Taub|"
    "Memorial Hermann|John Peter Smith|JPS Health|University Medical Center of El Paso|Dell Seton|"
    "Christus Spohn",
    "CA": "UCLA|UCSF|Cedars-Sinai|Stanford Health Care|Stanford Hospital|Stanford University Medical Center|"
    "UC San Diego|UC Davis|UC Irvine|Keck Medicine of USC|LAC+USC|Loma Linda University|Scripps Clinic|"
    "Zuckerberg San Francisco General|San Francisco General|Olive View|Kern Medical|"
    "Santa Clara Valley Medical Center|Ronald Reagan UCLA|Harbor-UCLA|Rady Children's|"
    "Children's Hospital Los Angeles|Sutter Health|Arrowhead Regional",
    "MI": "Henry Ford Hospital|Henry Ford Health|Beaumont Hospital|Detroit Medical Center|Sparrow Hospital|"
    "Corewell Health|Spectrum Health|Hurley Medical Center|Sinai-Grace",
    "IL": "Northwestern Memorial|Rush University Medical Center|Cook County Hospital|Stroger Hospital|"
    "Lurie Children's|Loyola University Medical Center|University of Chicago Medicine|UChicago Medicine|"
    "Stroger|Advocate Christ|Advocate Illinois Masonic|Advocate Lutheran General|Weiss Memorial|"
    "Mount Sinai Chicago|Mount Sinai Hospital Chicago|OSF Saint Francis",
    "GA": "Emory University|Emory Healthcare|Grady Memorial|Children's Healthcare of Atlanta|"
    "Morehouse School of Medicine|Piedmont Atlanta|Wellstar|Augusta University Medical Center|"
    "Medical College of Georgia|"
    "Memorial Health University Medical Center",
    "NC": "Duke University Hospital|Duke University Medical Center|Duke Health|Wake Forest Baptist|"
    "UNC Hospitals|Atrium Health Wake Forest|Carolinas Medical Center|Novant Health|ECU Health|"
    "Vidant Medical Center",
    "CT": "Yale New Haven|Yale School of Medicine|Yale-New Haven|Hartford Hospital|Bridgeport Hospital|"
    "Danbury Hospital|Norwalk Hospital",
    "TN": "Vanderbilt University Medical Center|Vanderbilt|Methodist Le Bonheur|Regional One Health|Erlanger",
    "MO": "Barnes-Jewish|Washington University School of Medicine|Saint Louis University Hospital|"
    "Truman Medical Center|University Health Truman",
    "WA": "Harborview Medical Center|Fred Hutchinson|Virginia Mason|Seattle Children's|MultiCare",
    "NJ": "Hackensack University Medical Center|Robert Wood Johnson University Hospital|"
    "Saint Barnabas Medical Center|Newark Beth Israel|University Hospital Newark|Cooper University|"
    "Jersey Shore University Medical Center|Morristown Medical Center|Hackensack Meridian|"
    "Jersey City Medical Center|Trinitas Regional|Monmouth Medical Center",
    "LA": "Ochsner|Tulane Medical Center|Tulane University|Willis-Knighton|"
    "University Medical Center New Orleans|LSU Health",
    "DC": "MedStar Washington Hospital Center|George Washington University Hospital|Children's National|"
    "Howard University Hospital|MedStar Georgetown|Georgetown University Hospital",
    "WI": "Froedtert|Gundersen|Marshfield Clinic|UW Health|Aurora St. Luke's|Aurora Sinai|Children's Wisconsin",
    "AL": "UAB Hospital|UAB Medicine",
    "AR": "UAMS",
    "CO": "Denver Health|National Jewish Health|Children's Hospital Colorado|UCHealth",
    "UT": "Intermountain Medical Center|Huntsman Cancer",
    "VA": "Inova Fairfax|Inova Health|Sentara|VCU Medical Center|VCU Health|Carilion",
    "SC": "MUSC|Prisma Health",
    "HI": "Queen's Medical Center",
    "OR": "OHSU|Oregon Health & Science|Oregon Health and Science",
    "NM": "UNM Hospital",
    "OK": "OU Health|OU Medical Center",
    "NE": "Nebraska Medicine",
    "KY": "Norton Healthcare|UofL Health",
    "RI": "Rhode Island Hospital",
    "NV": "UMC Southern Nevada",
    "IN": "Indiana University Health|IU Health|Eskenazi Health",
    "IA": "University of Iowa Hospitals",
    "KS": "University of Kansas Health System",
}


@lru_cache(maxsize=2)
def _index(table: str) -> tuple[dict[tuple[str, ...], str], int]:
    index: dict[tuple[str, ...], str] = {}
    for code, names in (_PLACES if table == "places" else _US_HOSPITALS).items():
        for name in names.split("|"):
            index.setdefault(tuple(fold(name).split()), code)
    return index, max(len(k) for k in index)


_ELISION = re.compile(r"(?<=\b[dlDL])['’]")


def _first(table: str, text: str) -> str | None:
    """The code of the first name of ``table`` in ``text`` (longest name first at each word)."""
    index, longest = _index(table)
    words = fold(_ELISION.sub(" ", text)).split()  # "d'Alger", "l'Université": the place after the article
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            code = index.get(tuple(words[i : i + n]))
            if code is not None:
                return code
    return None


@lru_cache(maxsize=4096)
def place_country(text: str) -> str | None:
    """The country of the first place, school or country name in ``text``."""
    return _first("places", text)


@lru_cache(maxsize=4096)
def hospital_state(text: str) -> str | None:
    """The state of the first well-known US hospital named in ``text`` (None for its campuses abroad)."""
    code = _first("hospitals", text)
    return None if code == "--" else code
