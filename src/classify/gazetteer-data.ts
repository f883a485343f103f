/**
 * Gazetteer data: everything the classifier needs to recognise a country in news text that the
 * `i18n-iso-countries` package (en/fr/de/it names and aliases) does not already provide.
 *
 * Pure data: no imports, no I/O. One entry per ISO 3166-1 alpha-2 code (plus "XK" for Kosovo).
 *
 * Conventions (the matcher relies on them):
 * - `names`, `demonyms`, `places` are matched word-bounded and case-insensitively, so nothing in
 *   them may be a common word in English, French, German or Italian, and no string belongs to two
 *   countries. Strings are written with their usual accents; the matcher folds accents itself.
 * - `ambiguousPlaces` / `ambiguousNames` are real names that are also common words, other
 *   well-known places or people ("Male", "Victoria", "Jordan", "Chad"). The matcher uses them only
 *   with strong context. Some of them repeat a name that i18n-iso-countries already has (e.g.
 *   "Turkey", "Réunion", German "Island" for Iceland): listing them here flags that base name as
 *   ambiguous.
 * - `fips` is the U.S. State Department Country-Tag (FIPS 10-4 / GEC) code, present only where it
 *   differs from the ISO code.
 * - `agencies` and `metonyms` identify a government as the issuer of travel advice; they are only
 *   filled in for governments that publish travel advice. They may repeat a place of the same
 *   country (the capital), never another country's.
 */

export interface CountryExtra {
  /** ISO 3166-1 alpha-2, upper case ("XK" for Kosovo). */
  code: string;
  /** Extra names and variants (old, alternative, short; en/fr/de/it) not in i18n-iso-countries. */
  names?: string[];
  /** Nationality adjectives and nouns, singular and plural, en/fr/de/it. */
  demonyms?: string[];
  /** Capital, major cities and well-known regions that identify the country unambiguously. */
  places?: string[];
  /** Place names that are also common words or other well-known places: use only with strong context. */
  ambiguousPlaces?: string[];
  /** Country names (or name-like words) that are also common words or names: use only with strong context. */
  ambiguousNames?: string[];
  /** U.S. State Department Country-Tag code (FIPS 10-4 style) when it differs from the ISO code. */
  fips?: string;
  /** Foreign ministry / travel-advice service names specific to this government. */
  agencies?: string[];
  /** Place names used in news to stand for this government ("Washington", "Quai d'Orsay" is an agency). */
  metonyms?: string[];
}

export const COUNTRY_EXTRAS: CountryExtra[] = [
  {
    code: 'AD', fips: 'AN',
    names: ['Principality of Andorra', "Principauté d'Andorre"],
    demonyms: [
      'Andorran', 'Andorrans', 'andorrane', 'andorranes', 'andorranisch', 'andorranische', 'andorranischen',
      'andorranischer', 'andorranisches', 'andorrano', 'andorrana', 'andorrani',
    ],
    places: ['Andorra la Vella', 'Andorre-la-Vieille'],
  },
  {
    code: 'AE',
    names: [
      'U.A.E.', 'the Emirates', 'Emirates Arabes Unis', 'Émirats', 'Emirati Arabi', 'VAE',
      'Vereinigten Arabischen Emirate',
    ],
    demonyms: [
      'Emirati', 'Emiratis', 'émirien', 'émirienne', 'émiriens', 'émiriennes', 'émirati', 'émiratie', 'émiratis',
      'émiraties', 'emiratisch', 'emiratische', 'emiratischen', 'emiratischer', 'emiratisches', 'emiratino',
      'emiratina', 'emiratini', 'emiratine',
    ],
    places: [
      'Dubai', 'Dubaï', 'Abu Dhabi', 'Abou Dhabi', 'Abu Dabi', 'Abou Dabi', 'Sharjah', 'Charjah', 'Schardscha', 'Ajman', 'Fujairah',
      'Ras al-Khaimah', 'Ras Al Khaimah', 'Al Ain',
    ],
    ambiguousNames: ['Emirates'],
    agencies: [
      'UAE Ministry of Foreign Affairs', 'UAE Foreign Ministry', 'Emirati Foreign Ministry',
      'Emirati Ministry of Foreign Affairs', 'MoFA UAE', 'UAE Embassy', 'Embassy of the United Arab Emirates',
      'Emirati Embassy', 'ambassade des Émirats arabes unis', 'Botschaft der Vereinigten Arabischen Emirate',
      'ambasciata degli Emirati Arabi Uniti', 'Twajudi',
    ],
    metonyms: ['Abu Dhabi', 'Abou Dhabi', 'Abou Dabi'],
  },
  {
    code: 'AF',
    names: ['Islamic Emirate of Afghanistan', 'Islamic Republic of Afghanistan'],
    demonyms: [
      'Afghan', 'Afghans', 'Afghani', 'Afghanis', 'afghane', 'afghanes', 'Afghanen', 'Afghanin', 'afghanisch',
      'afghanische', 'afghanischen', 'afghanischer', 'afghanisches', 'afghano', 'afghana', 'afgano', 'afgana', 'afgani',
      'afgane',
    ],
    places: [
      'Kabul', 'Kaboul', 'Kandahar', 'Herat', 'Hérat', 'Mazar-i-Sharif', 'Mazar-e Sharif', 'Mazar-e-Sharif',
      'Jalalabad', 'Djalalabad', 'Kunduz', 'Helmand', 'Bagram', 'Panjshir', 'Ghazni', 'Khost', 'Nangarhar',
      'Badakhshan', 'Bamiyan', 'Bamyan', 'Lashkar Gah', 'Torkham', 'Spin Boldak',
    ],
  },
  {
    code: 'AG', fips: 'AC',
    names: ['Antigua', 'Barbuda', 'Antigua & Barbuda'],
    demonyms: ['Antiguan', 'Antiguans', 'Barbudan', 'Barbudans', 'antiguais', 'antiguaise', 'antiguaises'],
    places: ['English Harbour', 'Jolly Harbour', 'VC Bird International Airport'],
    ambiguousPlaces: ["St. John's", "St John's"],
  },
  {
    code: 'AI', fips: 'AV',
    demonyms: ['Anguillan', 'Anguillans', 'anguillais', 'anguillaise', 'anguillaises'],
    places: ['Clayton J. Lloyd', 'Blowing Point'],
    ambiguousPlaces: ['The Valley'],
  },
  {
    code: 'AL',
    names: ['Shqipëri', 'Shqipëria', 'Republic of Albania'],
    demonyms: [
      'Albanian', 'Albanians', 'albanais', 'albanaise', 'albanaises', 'Albaner', 'Albanerin', 'albanisch', 'albanische',
      'albanischen', 'albanischer', 'albanisches', 'albanese', 'albanesi',
    ],
    places: ['Tirana', 'Tiranë', 'Durrës', 'Durres', 'Durazzo', 'Vlorë', 'Vlora', 'Valona', 'Shkodër'],
  },
  {
    code: 'AM',
    names: ['Hayastan', 'Republic of Armenia'],
    demonyms: [
      'Armenian', 'Armenians', 'arménien', 'arménienne', 'arméniens', 'arméniennes', 'Armenier', 'Armenierin',
      'armenisch', 'armenische', 'armenischen', 'armenischer', 'armenisches', 'armeno', 'armena', 'armeni', 'armene',
    ],
    places: ['Yerevan', 'Erevan', 'Eriwan', 'Jerewan', 'Gyumri', 'Syunik'],
  },
  {
    code: 'AO',
    names: ['Republic of Angola'],
    demonyms: [
      'Angolan', 'Angolans', 'angolais', 'angolaise', 'angolaises', 'Angolaner', 'Angolanerin', 'angolanisch',
      'angolanische', 'angolanischen', 'angolanischer', 'angolanisches', 'angolano', 'angolana', 'angolani', 'angolane',
    ],
    places: [
      'Luanda', 'Huambo', 'Lobito', 'Benguela', 'Lubango', 'Cabinda', 'Malanje', 'Namibe', 'Soyo', 'Kuito', 'Saurimo',
      'Dundo',
    ],
  },
  {
    code: 'AQ', fips: 'AY',
    names: ['Antarctic', 'Antarktika', 'South Pole'],
    places: [
      'McMurdo Station', 'McMurdo', 'Ross Ice Shelf', 'Antarctic Peninsula', 'Péninsule Antarctique',
      'Antarktische Halbinsel', 'Vostok Station', 'Amundsen-Scott', "Dumont d'Urville Station", 'Concordia Station',
      'Ross Sea', 'Weddell Sea', 'Palmer Station', 'Rothera',
    ],
  },
  {
    code: 'AR',
    names: ['Argentine Republic', 'République argentine'],
    demonyms: [
      'Argentine', 'Argentines', 'Argentinian', 'Argentinians', 'argentin', 'argentins', 'Argentinier', 'Argentinierin',
      'argentinisch', 'argentinische', 'argentinischen', 'argentinischer', 'argentinisches', 'argentino', 'argentina',
      'argentini',
    ],
    places: [
      'Buenos Aires', 'Bariloche', 'San Carlos de Bariloche', 'Ushuaia', 'Tucumán', 'Tucuman', 'Mar del Plata',
      'Puerto Iguazú', 'Neuquén', 'Neuquen', 'El Calafate', 'Ezeiza', 'Bahía Blanca', 'Jujuy', 'Chubut',
      'Patagonie argentine', 'Argentine Patagonia',
    ],
    ambiguousPlaces: ['Córdoba', 'Cordoba', 'Rosario', 'Mendoza'],
  },
  {
    code: 'AS', fips: 'AQ',
    names: ['Amerika Samoa'],
    demonyms: ['American Samoan', 'American Samoans'],
    places: [
      'Pago Pago', 'Pago-Pago', 'Tutuila', "Manu'a Islands", 'Manua Islands', 'Fagatogo', 'Ofu-Olosega',
      'Swains Island', 'Rose Atoll', 'Tafuna',
    ],
  },
  {
    code: 'AT', fips: 'AU',
    names: ['Republic of Austria', 'Republik Österreich', 'Oesterreich'],
    demonyms: [
      'Austrian', 'Austrians', 'autrichien', 'autrichienne', 'autrichiens', 'autrichiennes', 'Österreicher',
      'Österreicherin', 'österreichisch', 'österreichische', 'österreichischen', 'österreichischer', 'österreichisches',
      'austriaco', 'austriaca', 'austriaci', 'austriache',
    ],
    places: [
      'Vienna', 'Wien', 'Salzburg', 'Salzbourg', 'Salisburgo', 'Innsbruck', 'Graz', 'Linz', 'Carinthia', 'Kärnten',
    ],
    agencies: [
      'Federal Ministry for European and International Affairs',
      'Bundesministerium für europäische und internationale Angelegenheiten', 'BMEIA', 'Austrian Foreign Ministry',
      'Austrian Ministry of Foreign Affairs', 'Austrian Embassy', 'österreichische Botschaft', "ambassade d'Autriche",
      "ambasciata d'Austria", 'Ballhausplatz',
    ],
    metonyms: ['Vienna', 'Wien', 'Ballhausplatz'],
  },
  {
    code: 'AU', fips: 'AS',
    names: ['Commonwealth of Australia'],
    demonyms: [
      'Australian', 'Australians', 'Aussie', 'Aussies', 'australien', 'australienne', 'australiens', 'australiennes',
      'Australier', 'Australierin', 'australisch', 'australische', 'australischen', 'australischer', 'australisches',
      'australiano', 'australiana', 'australiani', 'australiane',
    ],
    places: [
      'Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Hobart', 'Gold Coast', 'Queensland', 'New South Wales',
      'Nouvelle-Galles du Sud', 'Neusüdwales', 'Nuovo Galles del Sud', 'Tasmania', 'Tasmanie', 'Tasmanien',
      'Western Australia', 'South Australia', 'Australian Capital Territory', 'Uluru', 'Ayers Rock',
      'Great Barrier Reef', 'Grande Barrière de corail', 'Great Barrier Riff', 'Grande barriera corallina', 'Byron Bay',
      'Alice Springs', 'Fremantle', 'Wollongong', 'Townsville', 'Geelong', 'Kangaroo Island',
    ],
    ambiguousPlaces: ['Perth', 'Darwin', 'Adelaide', 'Cairns'],
    agencies: [
      'DFAT', 'Department of Foreign Affairs and Trade', 'Australian Department of Foreign Affairs and Trade',
      'Smartraveller', 'Smart Traveller', 'smartraveller.gov.au', 'Australian Embassy', 'Australian High Commission',
      'Embassy of Australia', 'Australian Consulate', 'australische Botschaft', "ambassade d'Australie",
      "ambasciata d'Australia", 'ambasciata australiana',
    ],
    metonyms: ['Canberra'],
  },
  {
    code: 'AW', fips: 'AA',
    demonyms: [
      'Aruban', 'Arubans', 'arubais', 'arubaise', 'arubaises', 'arubanisch', 'arubanische', 'arubanischen',
      'arubanischer', 'arubanisches',
    ],
    places: ['Oranjestad', 'San Nicolaas', 'Queen Beatrix International Airport'],
  },
  {
    code: 'AX',
    names: ['Ahvenanmaa', 'Åland-Inseln', 'Ålandinseln'],
    demonyms: ['Ålander', 'Ålanders'],
    places: ['Mariehamn'],
  },
  {
    code: 'AZ', fips: 'AJ',
    names: ['Azerbaidjan', 'Republic of Azerbaijan'],
    demonyms: [
      'Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris', 'azerbaïdjanais', 'azerbaïdjanaise', 'azerbaïdjanaises',
      'azéri', 'azérie', 'azéris', 'azéries', 'Aserbaidschaner', 'Aserbaidschanerin', 'Aseri', 'aserbaidschanisch',
      'aserbaidschanische', 'aserbaidschanischen', 'aserbaidschanischer', 'aserbaidschanisches', 'azero', 'azera',
      'azere', 'azerbaigiano', 'azerbaigiana', 'azerbaigiani', 'azerbaigiane',
    ],
    places: [
      'Baku', 'Bakou', 'Gandja', 'Sumgait', 'Nakhchivan', 'Nachitschewan', 'Nagorno-Karabakh', 'Haut-Karabakh',
      'Bergkarabach', 'Nagorno Karabakh', 'Karabakh', 'Karabagh', 'Stepanakert', 'Khankendi', 'Shusha',
    ],
    ambiguousPlaces: ['Ganja'],
  },
  {
    code: 'BA', fips: 'BK',
    names: [
      'Bosnia', 'Bosnia-Herzegovina', 'Bosnia Herzegovina', 'BiH', 'Bosnie', 'Bosnien', 'Bosnien-Herzegowina',
      'Bosnia-Erzegovina', 'Republika Srpska',
    ],
    demonyms: [
      'Bosnian', 'Bosnians', 'Bosniak', 'Bosniaks', 'Herzegovinian', 'Herzegovinians', 'bosnienne', 'bosniens',
      'bosniennes', 'bosniaque', 'bosniaques', 'Bosnier', 'Bosnierin', 'Bosniake', 'Bosniaken', 'bosnisch', 'bosnische',
      'bosnischen', 'bosnischer', 'bosnisches', 'bosniaco', 'bosniaca', 'bosniaci', 'bosniache',
    ],
    places: ['Sarajevo', 'Saraievo', 'Mostar', 'Banja Luka', 'Srebrenica', 'Tuzla'],
  },
  {
    code: 'BB',
    demonyms: [
      'Barbadian', 'Barbadians', 'Bajan', 'Bajans', 'barbadien', 'barbadienne', 'barbadiens', 'barbadiennes',
      'Barbadier', 'barbadisch', 'barbadische', 'barbadischen', 'barbadischer', 'barbadisches', 'barbadiano',
      'barbadiana', 'barbadiani', 'barbadiane',
    ],
    places: ['Bridgetown', 'Holetown', 'Speightstown', 'Oistins', 'Grantley Adams'],
  },
  {
    code: 'BD', fips: 'BG',
    names: ["People's Republic of Bangladesh"],
    demonyms: [
      'Bangladeshi', 'Bangladeshis', 'bangladais', 'bangladaise', 'bangladaises', 'Bangladescher', 'Bangladescherin',
      'bangladeschisch', 'bangladeschische', 'bangladeschischen', 'bangladeschischer', 'bangladeschisches',
      'bangladese', 'bangladesi',
    ],
    places: [
      'Dhaka', 'Dacca', 'Chittagong', 'Chattogram', "Cox's Bazar", 'Sylhet', 'Khulna', 'Rajshahi', 'Rangpur', 'Barisal',
      'Kutupalong', 'Bhasan Char', 'Teknaf', 'Gazipur', 'Narayanganj', 'Chittagong Hill Tracts',
    ],
  },
  {
    code: 'BE',
    names: ['België', 'Belgie', 'Kingdom of Belgium', 'Royaume de Belgique'],
    demonyms: [
      'Belgian', 'Belgians', 'belge', 'belges', 'Belgier', 'Belgierin', 'belgisch', 'belgische', 'belgischen',
      'belgischer', 'belgisches', 'belga', 'belgi', 'belghe',
    ],
    places: [
      'Brussels', 'Bruxelles', 'Brüssel', 'Antwerp', 'Anvers', 'Antwerpen', 'Anversa', 'Ghent', 'Gand', 'Bruges',
      'Brügge', 'Liège', 'Lüttich', 'Flanders', 'Flandre', 'Flandern', 'Fiandre', 'Wallonia', 'Wallonie', 'Wallonien',
      'Vallonia',
    ],
    agencies: [
      'FPS Foreign Affairs', 'Federal Public Service Foreign Affairs', 'SPF Affaires étrangères',
      'FOD Buitenlandse Zaken', 'diplomatie.belgium.be', 'Belgian Foreign Ministry',
      'Belgian Ministry of Foreign Affairs', 'Belgian Embassy', 'ambassade de Belgique', 'Belgische ambassade',
      'belgische Botschaft', 'ambasciata del Belgio',
    ],
    metonyms: ['Brussels', 'Bruxelles', 'Brüssel'],
  },
  {
    code: 'BF', fips: 'UV',
    names: ['Burkina', 'Upper Volta', 'Haute-Volta', 'Obervolta', 'Alto Volta'],
    demonyms: [
      'Burkinabe', 'Burkinabè', 'Burkinabes', 'Burkinabé', 'burkinabés', 'Burkiner', 'burkinisch', 'burkinische',
      'burkinischen', 'burkinischer', 'burkinisches',
    ],
    places: [
      'Ouagadougou', 'Ouaga', 'Wagadugu', 'Bobo-Dioulasso', 'Bobo Dioulasso', 'Djibo', "Fada N'Gourma", 'Ouahigouya',
      'Koudougou', 'Arbinda', 'Barsalogho',
    ],
  },
  {
    code: 'BG', fips: 'BU',
    names: ['Republic of Bulgaria'],
    demonyms: [
      'Bulgarian', 'Bulgarians', 'bulgare', 'bulgares', 'Bulgaren', 'Bulgarin', 'bulgarisch', 'bulgarische',
      'bulgarischen', 'bulgarischer', 'bulgarisches', 'bulgaro', 'bulgara', 'bulgari',
    ],
    places: ['Plovdiv', 'Varna', 'Burgas', 'Bourgas'],
    ambiguousPlaces: ['Sofia'],
  },
  {
    code: 'BH', fips: 'BA',
    names: ['Kingdom of Bahrain', 'Bahrein', 'Bahrayn'],
    demonyms: [
      'Bahraini', 'Bahrainis', 'bahreïnien', 'bahreïnienne', 'bahreïniens', 'bahreïniennes', 'Bahrainer', 'Bahrainerin',
      'bahrainisch', 'bahrainische', 'bahrainischen', 'bahrainischer', 'bahrainisches', 'bahreinita', 'bahreiniti',
      'bahreinite',
    ],
    places: ['Manama', 'Muharraq', 'Riffa'],
  },
  {
    code: 'BI', fips: 'BY',
    names: ['Republic of Burundi'],
    demonyms: [
      'Burundian', 'Burundians', 'Burundese', 'burundais', 'burundaise', 'burundaises', 'Burundier', 'Burundierin',
      'burundisch', 'burundische', 'burundischen', 'burundischer', 'burundisches', 'burundesi',
    ],
    places: ['Bujumbura', 'Gitega', 'Rumonge', 'Cibitoke', 'Muyinga'],
    ambiguousPlaces: ['Ngozi'],
  },
  {
    code: 'BJ', fips: 'BN',
    names: ['Republic of Benin', 'Dahomey'],
    demonyms: [
      'Beninese', 'Beninois', 'béninois', 'béninoise', 'béninoises', 'Beniner', 'Beninerin', 'beninisch', 'beninische',
      'beninischen', 'beninischer', 'beninisches', 'beninesi',
    ],
    places: ['Porto-Novo', 'Cotonou', 'Parakou', 'Abomey', 'Ouidah', 'Djougou', 'Natitingou', 'Pendjari'],
  },
  {
    code: 'BL', fips: 'TB',
    names: [
      'St Barts', 'St. Barts', 'St Barths', 'St. Barths', 'Saint Barth', 'Saint-Barth', 'St. Barthélemy',
      'St Barthélemy', 'Saint Barthelemy',
    ],
    places: ['Gustavia'],
  },
  {
    code: 'BM', fips: 'BD',
    names: ['Bermuda Islands', 'Bermudainseln'],
    demonyms: [
      'Bermudian', 'Bermudians', 'Bermudan', 'Bermudans', 'bermudien', 'bermudienne', 'bermudiens', 'bermudiennes',
    ],
    places: ["St. George's, Bermuda", 'Royal Naval Dockyard', 'L.F. Wade International Airport', 'Somerset Village'],
    ambiguousPlaces: ['Hamilton'],
  },
  {
    code: 'BN', fips: 'BX',
    names: ['Brunéi', 'Negara Brunei Darussalam', 'Nation of Brunei'],
    demonyms: [
      'Bruneian', 'Bruneians', 'brunéien', 'brunéienne', 'brunéiens', 'brunéiennes', 'Bruneier', 'bruneiisch',
      'bruneiische', 'bruneiischen', 'bruneiischer', 'bruneiisches', 'bruneiano', 'bruneiana', 'bruneiani', 'bruneiane',
    ],
    places: ['Bandar Seri Begawan', 'Kuala Belait', 'Tutong'],
  },
  {
    code: 'BO', fips: 'BL',
    names: ['Plurinational State of Bolivia', 'État plurinational de Bolivie'],
    demonyms: [
      'Bolivian', 'Bolivians', 'bolivien', 'bolivienne', 'boliviens', 'boliviennes', 'Bolivianer', 'Bolivianerin',
      'bolivianisch', 'bolivianische', 'bolivianischen', 'bolivianischer', 'bolivianisches', 'boliviano', 'boliviana',
      'boliviani', 'boliviane',
    ],
    places: [
      'La Paz', 'El Alto', 'Cochabamba', 'Santa Cruz de la Sierra', 'Oruro', 'Potosí', 'Potosi', 'Tarija', 'Uyuni',
      'Salar de Uyuni', 'Chapare', 'Yungas', 'Cobija', 'Riberalta', 'Viru Viru',
    ],
    ambiguousPlaces: ['Sucre', 'Santa Cruz'],
  },
  {
    code: 'BQ',
    names: [
      'Caribbean Netherlands', 'Sint Eustatius', 'Statia', 'BES islands', 'BES-Inseln', 'Caraïbes néerlandaises',
      'Karibische Niederlande', 'Paesi Bassi caraibici',
    ],
    demonyms: ['Bonairean', 'Bonaireans', 'Statian', 'Statians'],
    places: ['Kralendijk', 'Oranjestad, Sint Eustatius', 'Flamingo International Airport'],
    ambiguousPlaces: ['Saba'],
  },
  {
    code: 'BR',
    names: ['Brasil', 'Federative Republic of Brazil', 'République fédérative du Brésil'],
    demonyms: [
      'Brazilian', 'Brazilians', 'brésilien', 'brésilienne', 'brésiliens', 'brésiliennes', 'Brasilianer',
      'Brasilianerin', 'brasilianisch', 'brasilianische', 'brasilianischen', 'brasilianischer', 'brasilianisches',
      'brasiliano', 'brasiliana', 'brasiliani', 'brasiliane',
    ],
    places: [
      'Brasília', 'Brasilia', 'Rio de Janeiro', 'São Paulo', 'Sao Paulo', 'Salvador da Bahia', 'Salvador de Bahia',
      'Bahia', 'Fortaleza', 'Recife', 'Belo Horizonte', 'Manaus', 'Belém', 'Belem', 'Porto Alegre', 'Curitiba',
      'Florianópolis', 'Florianopolis', 'Foz do Iguaçu', 'Foz do Iguacu', 'Roraima', 'Rondônia', 'Rondonia',
      'Mato Grosso', 'Pernambuco', 'Copacabana', 'Ipanema', 'Niterói', 'Niteroi', 'Minas Gerais', 'Goiânia', 'Goiania',
      'Santa Catarina', 'Rio Grande do Sul', 'Guarulhos', 'Galeão',
    ],
    ambiguousPlaces: ['Rio'],
    agencies: [
      'Itamaraty', 'Brazilian Foreign Ministry', 'Brazilian Ministry of Foreign Affairs',
      'Ministério das Relações Exteriores do Brasil', 'Brazilian Embassy', 'Embaixada do Brasil', 'ambassade du Brésil',
      'brasilianische Botschaft', 'ambasciata del Brasile',
    ],
    metonyms: ['Brasília', 'Brasilia', 'Itamaraty'],
  },
  {
    code: 'BS', fips: 'BF',
    names: ['The Bahamas', 'Commonwealth of The Bahamas', 'Bahama Islands', 'Bahamas Islands'],
    demonyms: [
      'Bahamian', 'Bahamians', 'bahaméen', 'bahaméenne', 'bahaméens', 'bahaméennes', 'bahamien', 'bahamienne',
      'bahamiens', 'bahamiennes', 'Bahamaer', 'bahamaisch', 'bahamaische', 'bahamaischen', 'bahamaischer',
      'bahamaisches', 'bahamense', 'bahamensi',
    ],
    places: [
      'Grand Bahama', 'Paradise Island', 'Eleuthera', 'Exuma', 'Abaco', 'Bimini', 'Andros Island', 'New Providence',
      'Harbour Island',
    ],
    ambiguousPlaces: ['Nassau'],
  },
  {
    code: 'BT',
    names: ['Kingdom of Bhutan', 'Druk Yul'],
    demonyms: [
      'Bhutanese', 'bhoutanais', 'bhoutanaise', 'bhoutanaises', 'Bhutaner', 'Bhutanerin', 'bhutanisch', 'bhutanische',
      'bhutanischen', 'bhutanischer', 'bhutanisches', 'bhutanesi',
    ],
    places: ['Thimphu', 'Punakha', 'Phuentsholing', 'Bumthang'],
  },
  {
    code: 'BV',
    names: ['Bouvetøya', 'Bouvetoya'],
  },
  {
    code: 'BW', fips: 'BC',
    names: ['Republic of Botswana'],
    demonyms: [
      'Motswana', 'Batswana', 'Botswanan', 'Botswanans', 'botswanais', 'botswanaise', 'botswanaises', 'Botswaner',
      'Botswanerin', 'botswanisch', 'botswanische', 'botswanischen', 'botswanischer', 'botswanisches', 'botswano',
      'botswana', 'botswani', 'botswane',
    ],
    places: ['Gaborone', 'Francistown', 'Maun', 'Kasane', 'Okavango Delta', 'Chobe', 'Palapye', 'Serowe'],
  },
  {
    code: 'BY', fips: 'BO',
    names: ['Bélarus', 'Weißrussland', 'Weissrussland', 'Byelorussia', 'Belorussia', 'Republic of Belarus'],
    demonyms: [
      'Belarusian', 'Belarusians', 'Belarussian', 'Belarussians', 'Byelorussian', 'Byelorussians', 'biélorusse',
      'biélorusses', 'bélarusse', 'bélarusses', 'Belarusse', 'Belarussen', 'Weißrusse', 'Weißrussen', 'belarussisch',
      'belarussische', 'belarussischen', 'belarussischer', 'belarussisches', 'weißrussisch', 'weißrussische',
      'weißrussischen', 'weißrussischer', 'weißrussisches', 'bielorusso', 'bielorussa', 'bielorussi', 'bielorusse',
    ],
    places: [
      'Minsk', 'Brest-Litovsk', 'Gomel', 'Homel', 'Grodno', 'Hrodna', 'Vitebsk', 'Viciebsk', 'Mogilev', 'Mahilyow',
    ],
  },
  {
    code: 'BZ', fips: 'BH',
    names: ['British Honduras'],
    demonyms: [
      'Belizean', 'Belizeans', 'bélizien', 'bélizienne', 'béliziens', 'béliziennes', 'Belizer', 'belizisch',
      'belizische', 'belizischen', 'belizischer', 'belizisches', 'beliziano', 'beliziana', 'beliziani', 'beliziane',
    ],
    places: ['Belmopan', 'Belize City', 'Ambergris Caye', 'Caye Caulker', 'Placencia', 'Dangriga', 'Orange Walk'],
  },
  {
    code: 'CA',
    demonyms: [
      'Canadian', 'Canadians', 'canadien', 'canadienne', 'canadiens', 'canadiennes', 'Kanadier', 'Kanadierin',
      'kanadisch', 'kanadische', 'kanadischen', 'kanadischer', 'kanadisches', 'canadese', 'canadesi',
    ],
    places: [
      'Ottawa', 'Toronto', 'Montreal', 'Montréal', 'Vancouver', 'Quebec', 'Québec', 'Calgary', 'Edmonton', 'Winnipeg',
      'Halifax', 'British Columbia', 'Colombie-Britannique', 'Britisch-Kolumbien', 'Columbia Britannica', 'Ontario',
      'Alberta', 'Nova Scotia', 'Nouvelle-Écosse', 'New Brunswick', 'Nouveau-Brunswick', 'Newfoundland', 'Terre-Neuve',
      'Manitoba', 'Saskatchewan', 'Yukon', 'Nunavut', 'Northwest Territories',
    ],
    agencies: [
      'Global Affairs Canada', 'Affaires mondiales Canada', 'travel.gc.ca', 'voyage.gc.ca', 'Canadian Embassy',
      'Embassy of Canada', 'High Commission of Canada', 'Canadian High Commission', 'ambassade du Canada',
      'Canadian Foreign Ministry', 'kanadische Botschaft', 'ambasciata del Canada', 'Registration of Canadians Abroad',
      // (Canada's ministry before 2013; its bare name, shared with the Philippines and Ireland, is in issuer-data)
      'Foreign Affairs Canada', 'Foreign Affairs and International Trade Canada', 'Department of Foreign Affairs and International Trade', 'DFAIT',
    ],
    metonyms: ['Ottawa'],
  },
  {
    code: 'CC', fips: 'CK',
    names: [
      'Cocos Islands', 'Keeling Islands', 'Territory of Cocos (Keeling) Islands', 'Isole Cocos',
      'Cocos Keeling Islands',
    ],
    demonyms: ['Cocos Islander', 'Cocos Islanders', 'Cocos Malay', 'Cocos Malays'],
    places: ['West Island, Cocos', 'Home Island, Cocos', 'Bantam Village', 'Direction Island'],
  },
  {
    code: 'CD', fips: 'CG',
    names: [
      'DRC', 'DR Congo', 'D.R. Congo', 'DR of Congo', 'D.R.C.', 'Democratic Republic of Congo', 'Congo-Kinshasa',
      'Congo Kinshasa', 'RDC', 'RD Congo', 'R.D. Congo', 'Demokratische Republik Kongo', 'DR Kongo', 'Kongo-Kinshasa',
      'Demokratischen Republik Kongo', 'Zaire', 'Zaïre',
    ],
    places: [
      'Kinshasa', 'Goma', 'Bukavu', 'Lubumbashi', 'Kisangani', 'Mbuji-Mayi', 'Kananga', 'Kolwezi', 'Bunia', 'Uvira',
      'Matadi', 'Mbandaka', 'North Kivu', 'South Kivu', 'Nord-Kivu', 'Sud-Kivu', 'Nordkivu', 'Südkivu', 'Kivu', 'Ituri',
      'Katanga', 'Kasai', 'Kasaï', 'Tshopo', 'Rutshuru', 'Masisi', 'Walikale', 'Kalemie',
    ],
    ambiguousPlaces: ['Beni'],
  },
  {
    code: 'CF', fips: 'CT',
    names: ['Centrafrique', 'Central African Rep.', 'Centrafrica', 'Zentralafrikanischen Republik'],
    demonyms: [
      'centrafricain', 'centrafricaine', 'centrafricains', 'centrafricaines', 'centrafricano', 'centrafricana',
      'centrafricani', 'centrafricane',
    ],
    places: ['Bangui', 'Bambari', 'Berbérati', 'Berberati', 'Bouar', 'Kaga-Bandoro', 'Bossangoa', 'Birao', 'Bangassou'],
    ambiguousNames: ['CAR'],
  },
  {
    code: 'CG', fips: 'CF',
    names: ['Congo-Brazzaville', 'Congo Brazzaville', 'Republic of Congo', 'Congo-Brazza', 'Kongo-Brazzaville'],
    places: ['Brazzaville', 'Pointe-Noire', 'Dolisie', 'Ouesso', 'Pool Department', 'Département du Pool', 'Nkayi'],
  },
  {
    code: 'CH', fips: 'SZ',
    names: [
      'Swiss Confederation', 'Confédération suisse', 'Schweizerische Eidgenossenschaft', 'Confederazione Svizzera',
      'Helvetia',
    ],
    demonyms: [
      'Swiss', 'Schweizer', 'Schweizerin', 'Eidgenossen', 'schweizerisch', 'schweizerische', 'schweizerischen',
      'schweizerischer', 'schweizerisches', 'svizzero', 'svizzeri', 'svizzere',
    ],
    places: [
      'Bern', 'Berne', 'Berna', 'Zurich', 'Zürich', 'Zurigo', 'Geneva', 'Genève', 'Genf', 'Ginevra', 'Basel', 'Basilea',
      'Lausanne', 'Losanna', 'Lugano', 'Davos', 'Lucerne', 'Luzern',
    ],
    agencies: [
      'Federal Department of Foreign Affairs', 'FDFA', 'Eidgenössisches Departement für auswärtige Angelegenheiten',
      'Département fédéral des affaires étrangères', 'DFAE', 'Dipartimento federale degli affari esteri',
      'Aussendepartement', 'Außendepartement', 'Swiss Foreign Ministry', 'Swiss Embassy', 'ambassade de Suisse',
      'Schweizer Botschaft', 'Schweizerische Botschaft', 'ambasciata di Svizzera', 'ambasciata svizzera',
    ],
    metonyms: ['Bern', 'Berne', 'Berna'],
  },
  {
    code: 'CI', fips: 'IV',
    names: [
      'Côte d’Ivoire', 'Cote d’Ivoire', 'Cote dIvoire', 'Côte-d’Ivoire', "Republic of Côte d'Ivoire",
      "République de Côte d'Ivoire", 'Elfenbeinkueste', 'Costa d’Avorio',
    ],
    demonyms: [
      'Ivorian', 'Ivorians', 'Ivoirian', 'Ivoirians', 'ivoirien', 'ivoirienne', 'ivoiriens', 'ivoiriennes', 'Ivorer',
      'Ivorerin', 'ivorisch', 'ivorische', 'ivorischen', 'ivorischer', 'ivorisches', 'ivoriano', 'ivoriana', 'ivoriani',
      'ivoriane',
    ],
    places: ['Abidjan', 'Yamoussoukro', 'Bouaké', 'Bouake', 'Korhogo', 'San-Pédro', 'Daloa', 'Grand-Bassam', 'Assinie'],
  },
  {
    code: 'CK', fips: 'CW',
    names: ["Kūki 'Āirani"],
    demonyms: ['Cook Islander', 'Cook Islanders'],
    places: ['Avarua', 'Rarotonga', 'Aitutaki', 'Atiu', 'Mangaia', 'Penrhyn', 'Manihiki'],
  },
  {
    code: 'CL', fips: 'CI',
    names: ['Republic of Chile'],
    demonyms: [
      'Chilean', 'Chileans', 'chilien', 'chilienne', 'chiliens', 'chiliennes', 'Chilene', 'Chilenen', 'Chilenin',
      'chilenisch', 'chilenische', 'chilenischen', 'chilenischer', 'chilenisches', 'cileno', 'cilena', 'cileni',
      'cilene',
    ],
    places: [
      'Valparaíso', 'Valparaiso', 'Viña del Mar', 'Vina del Mar', 'Concepción de Chile', 'Antofagasta', 'Atacama',
      'Araucanía', 'Araucania', 'Temuco', 'Puerto Montt', 'Punta Arenas', 'Iquique', 'Arica', 'Patagonia chilena',
      'Chilean Patagonia', 'Easter Island', 'Île de Pâques', 'Osterinsel', 'Isola di Pasqua', 'Rapa Nui',
      'Torres del Paine', 'San Pedro de Atacama', 'La Serena', 'Rancagua', 'Talca', 'Osorno', 'Coquimbo',
    ],
    ambiguousPlaces: ['Santiago'],
    ambiguousNames: ['Chile', 'Chili'],
  },
  {
    code: 'CM',
    names: ['Republic of Cameroon'],
    demonyms: [
      'Cameroonian', 'Cameroonians', 'camerounais', 'camerounaise', 'camerounaises', 'Kameruner', 'Kamerunerin',
      'kamerunisch', 'kamerunische', 'kamerunischen', 'kamerunischer', 'kamerunisches', 'camerunese', 'camerunesi',
    ],
    places: [
      'Yaoundé', 'Yaounde', 'Jaunde', 'Douala', 'Bamenda', 'Buea', 'Garoua', 'Maroua', 'Ngaoundéré', 'Ngaoundere',
      'Bafoussam', 'Kribi', 'Ambazonia',
    ],
  },
  {
    code: 'CN', fips: 'CH',
    names: [
      'PRC', 'P.R.C.', 'Mainland China', 'Chinese mainland', 'République populaire de Chine', 'Volksrepublik China',
      'Repubblica Popolare Cinese', 'Zhongguo',
    ],
    demonyms: [
      'Chinese', 'chinois', 'chinoise', 'chinoises', 'Chinesin', 'Chinesen', 'chinesisch', 'chinesische',
      'chinesischen', 'chinesischer', 'chinesisches', 'cinese', 'cinesi',
    ],
    places: [
      'Beijing', 'Pékin', 'Peking', 'Pechino', 'Shanghai', 'Shanghaï', 'Schanghai', 'Guangzhou', 'Shenzhen', 'Wuhan',
      'Chengdu', 'Chongqing', 'Tianjin', "Xi'an", 'Xian', 'Hangzhou', 'Nanjing', 'Nankin', 'Xiamen', 'Kunming',
      'Harbin', 'Urumqi', 'Ürümqi', 'Lhasa', 'Xinjiang', 'Tibet', 'Tibetan Autonomous Region', 'Yunnan', 'Sichuan',
      'Guangdong', 'Fujian', 'Hainan', 'Inner Mongolia', 'Mongolie intérieure', 'Innere Mongolei', 'Mongolia Interna',
      'Qingdao', 'Dalian', 'Shenyang', 'Suzhou', 'Guilin', 'Zhengzhou', 'Changsha', 'Hubei', 'Henan', 'Hunan',
      'Zhejiang', 'Jiangsu', 'Shandong', 'Shaanxi', 'Shanxi', 'Gansu', 'Qinghai', 'Ningxia', 'Heilongjiang', 'Jilin',
      'Liaoning', 'Anhui', 'Jiangxi', 'Guizhou', 'Guangxi', 'Hebei',
    ],
    ambiguousPlaces: ['Sanya'],
    ambiguousNames: ['China'],
    agencies: [
      'Chinese Foreign Ministry', 'Chinese Ministry of Foreign Affairs',
      "Ministry of Foreign Affairs of the People's Republic of China", 'Chinese Embassy', 'Embassy of China',
      "Embassy of the People's Republic of China", 'Chinese Consulate', 'chinesische Botschaft', 'ambassade de Chine',
      'ambasciata cinese', 'ambasciata della Cina', 'Waijiaobu',
    ],
    metonyms: ['Beijing', 'Pékin', 'Peking', 'Pechino', 'Zhongnanhai'],
  },
  {
    code: 'CO',
    names: ['Republic of Colombia'],
    demonyms: [
      'Colombian', 'Colombians', 'colombien', 'colombienne', 'colombiens', 'colombiennes', 'Kolumbianer',
      'Kolumbianerin', 'kolumbianisch', 'kolumbianische', 'kolumbianischen', 'kolumbianischer', 'kolumbianisches',
      'colombiano', 'colombiana', 'colombiani', 'colombiane',
    ],
    places: [
      'Bogotá', 'Bogota', 'Medellín', 'Medellin', 'Cartagena de Indias', 'Cartagena, Colombia', 'Barranquilla',
      'Santa Marta', 'Bucaramanga', 'Cúcuta', 'Cucuta', 'Arauca', 'Catatumbo', 'Putumayo', 'Caquetá', 'Caqueta',
      'Nariño', 'Narino', 'Tumaco', 'Popayán', 'Popayan', 'Norte de Santander', 'Antioquia',
    ],
    ambiguousPlaces: ['Cali', 'Cartagena'],
  },
  {
    code: 'CR', fips: 'CS',
    names: ['Republic of Costa Rica'],
    demonyms: [
      'Costa Rican', 'Costa Ricans', 'costaricien', 'costaricienne', 'costariciens', 'costariciennes', 'costaricain',
      'costaricaine', 'costaricains', 'costaricaines', 'costa-ricien', 'costa-ricienne', 'costa-riciens',
      'costa-riciennes', 'Costa-Ricaner', 'Costaricaner', 'costa-ricanisch', 'costa-ricanische', 'costa-ricanischen',
      'costa-ricanischer', 'costa-ricanisches', 'costaricanisch', 'costaricanische', 'costaricanischen',
      'costaricanischer', 'costaricanisches', 'costaricano', 'costaricana', 'costaricani', 'costaricane',
      'costaricense', 'costaricensi',
    ],
    places: ['Puerto Limón', 'Guanacaste', 'Puntarenas', 'Alajuela', 'Tamarindo', 'Monteverde', 'Arenal'],
    ambiguousPlaces: ['San José', 'San Jose'],
  },
  {
    code: 'CU',
    names: ['Republic of Cuba', 'République de Cuba'],
    demonyms: [
      'Cuban', 'Cubans', 'cubain', 'cubaine', 'cubains', 'cubaines', 'Kubaner', 'Kubanerin', 'kubanisch', 'kubanische',
      'kubanischen', 'kubanischer', 'kubanisches', 'cubano', 'cubana', 'cubani', 'cubane',
    ],
    places: [
      'Havana', 'La Havane', 'Havanna', "L'Avana", 'La Habana', 'Santiago de Cuba', 'Varadero', 'Guantánamo',
      'Guantanamo', 'Camagüey', 'Camaguey', 'Holguín', 'Holguin', 'Cienfuegos', 'Pinar del Río', 'Pinar del Rio',
      'Matanzas', 'Cayo Coco', 'Viñales', 'Vinales',
    ],
  },
  {
    code: 'CV',
    names: [
      'Cabo Verde', 'Cape Verde Islands', 'Cap Vert', 'Kapverden', 'Kapverdische Inseln', 'Republic of Cabo Verde',
    ],
    demonyms: [
      'Cape Verdean', 'Cape Verdeans', 'Cabo Verdean', 'Cabo Verdeans', 'cap-verdien', 'cap-verdienne', 'cap-verdiens',
      'cap-verdiennes', 'capverdien', 'capverdienne', 'capverdiens', 'capverdiennes', 'Kapverdier', 'kapverdisch',
      'kapverdische', 'kapverdischen', 'kapverdischer', 'kapverdisches', 'capoverdiano', 'capoverdiana', 'capoverdiani',
      'capoverdiane',
    ],
    places: ['Mindelo', 'Santiago de Cabo Verde'],
    ambiguousPlaces: ['Praia'],
  },
  {
    code: 'CW', fips: 'UC',
    names: ['Curacao', 'Kòrsou', 'Korsou'],
    demonyms: [
      'Curaçaoan', 'Curaçaoans', 'Curacaoan', 'Curacaoans', 'curacien', 'curacienne', 'curaciens', 'curaciennes',
    ],
    places: ['Willemstad', 'Punda', 'Otrobanda', 'Hato International Airport'],
  },
  {
    code: 'CX', fips: 'KT',
    names: ['Territory of Christmas Island'],
    demonyms: ['Christmas Islander', 'Christmas Islanders'],
    places: ['Flying Fish Cove', 'Drumsite', 'Poon Saan'],
  },
  {
    code: 'CY',
    names: ['Kypros', 'Republic of Cyprus', 'Northern Cyprus', 'Chypre du Nord', 'Nordzypern', 'Cipro del Nord'],
    demonyms: [
      'Cypriot', 'Cypriots', 'Greek Cypriot', 'Greek Cypriots', 'Turkish Cypriot', 'Turkish Cypriots', 'chypriote',
      'chypriotes', 'cypriote', 'cypriotes', 'Zyprer', 'Zyprerin', 'Zypriot', 'Zyprioten', 'zyprisch', 'zyprische',
      'zyprischen', 'zyprischer', 'zyprisches', 'zypriotisch', 'zypriotische', 'zypriotischen', 'zypriotischer',
      'zypriotisches', 'cipriota', 'ciprioti', 'cipriote',
    ],
    places: ['Nicosia', 'Nicosie', 'Nikosia', 'Lefkosia', 'Limassol', 'Larnaca', 'Larnaka', 'Paphos', 'Famagusta'],
  },
  {
    code: 'CZ', fips: 'EZ',
    names: ['Česko', 'Cesko', 'Česká republika', 'Tchéquie', 'Cechia', 'Czech Rep.', 'Tschechischen Republik'],
    demonyms: [
      'Czech', 'Czechs', 'tchèque', 'tchèques', 'Tscheche', 'Tschechen', 'Tschechin', 'tschechisch', 'tschechische',
      'tschechischen', 'tschechischer', 'tschechisches', 'ceco', 'ceca', 'cechi', 'ceche',
    ],
    places: [
      'Prague', 'Prag', 'Praga', 'Praha', 'Brno', 'Ostrava', 'Plzeň', 'Pilsen', 'Bohemia', 'Böhmen', 'Boemia',
      'Moravia', 'Moravie', 'Mähren',
    ],
    agencies: [
      'Ministerstvo zahraničních věcí', 'MZV', 'Czech Foreign Ministry', 'Czech Ministry of Foreign Affairs',
      'Czech Embassy', 'tschechische Botschaft', 'ambassade de République tchèque', 'ambasciata della Repubblica Ceca',
      'Černín Palace', 'Czernin Palace',
    ],
    metonyms: ['Prague', 'Prag', 'Praga'],
  },
  {
    code: 'DE', fips: 'GM',
    names: [
      'Federal Republic of Germany', 'Bundesrepublik Deutschland', "République fédérale d'Allemagne",
      'Repubblica Federale di Germania', 'BRD',
    ],
    demonyms: [
      'German', 'Germans', 'allemand', 'allemande', 'allemands', 'allemandes', 'Deutsche', 'Deutscher', 'Deutschen',
      'Bundesbürger', 'deutsch', 'tedesco', 'tedesca', 'tedeschi', 'tedesche',
    ],
    places: [
      'Berlin', 'Berlino', 'Munich', 'München', 'Monaco di Baviera', 'Hamburg', 'Hambourg', 'Amburgo', 'Frankfurt',
      'Francfort', 'Francoforte', 'Köln', 'Düsseldorf', 'Stuttgart', 'Bonn', 'Dresden', 'Leipzig', 'Bavaria', 'Bayern',
      'Bavière', 'Baviera',
    ],
    agencies: [
      'Auswärtiges Amt', 'Federal Foreign Office', 'German Foreign Office', 'German Foreign Ministry',
      'German Ministry of Foreign Affairs', 'German Embassy', 'Deutsche Botschaft',
      'Botschaft der Bundesrepublik Deutschland', "ambassade d'Allemagne", 'ambasciata tedesca', 'Krisenvorsorgeliste',
      'Elefand',
    ],
    metonyms: ['Berlin'],
  },
  {
    code: 'DJ',
    names: ['Republic of Djibouti', 'République de Djibouti', 'Jibuti'],
    demonyms: [
      'Djiboutian', 'Djiboutians', 'djiboutien', 'djiboutienne', 'djiboutiens', 'djiboutiennes', 'Dschibutier',
      'dschibutisch', 'dschibutische', 'dschibutischen', 'dschibutischer', 'dschibutisches', 'gibutiano', 'gibutiana',
      'gibutiani', 'gibutiane',
    ],
    places: [
      'Djibouti City', 'Djibouti-Ville', 'Ville de Djibouti', 'Tadjourah', 'Tadjoura', 'Obock', 'Ali Sabieh',
      'Camp Lemonnier',
    ],
  },
  {
    code: 'DK', fips: 'DA',
    names: ['Kingdom of Denmark', 'Danmark', 'Royaume du Danemark', 'Königreich Dänemark', 'Regno di Danimarca'],
    demonyms: [
      'Danish', 'Danes', 'danois', 'danoise', 'danoises', 'Däne', 'Dänen', 'Dänin', 'dänisch', 'dänische', 'dänischen',
      'dänischer', 'dänisches', 'danese', 'danesi',
    ],
    places: [
      'Copenhagen', 'Copenhague', 'Kopenhagen', 'Copenaghen', 'København', 'Aarhus', 'Jutland', 'Jylland', 'Jütland',
    ],
    agencies: [
      'Udenrigsministeriet', 'Danish Foreign Ministry', 'Danish Ministry of Foreign Affairs', 'Danish Embassy',
      'dänische Botschaft', 'ambassade du Danemark', 'ambasciata di Danimarca',
    ],
    metonyms: ['Copenhagen', 'Copenhague', 'Kopenhagen', 'Copenaghen'],
  },
  {
    code: 'DM', fips: 'DO',
    names: ['Commonwealth of Dominica'],
    demonyms: ['dominiquais', 'dominiquaise', 'dominiquaises'],
    places: ['Douglas-Charles Airport', 'Kalinago Territory'],
    ambiguousPlaces: ['Roseau'],
    ambiguousNames: ['Dominique'],
  },
  {
    code: 'DO', fips: 'DR',
    names: ['Dominican Rep.', 'República Dominicana', 'Dom. Rep.', 'Dominikanischen Republik'],
    demonyms: ['Dominican', 'Dominicans', 'dominicain', 'dominicaine', 'dominicains', 'dominicaines'],
    places: [
      'Santo Domingo', 'Saint-Domingue', 'Santiago de los Caballeros', 'Punta Cana', 'Puerto Plata', 'La Romana',
      'Samaná', 'Samana', 'Bávaro', 'Bavaro', 'Sosúa', 'Sosua', 'Cabarete', 'Higüey', 'Higuey', 'Juan Dolio',
      'San Pedro de Macorís', 'Barahona',
    ],
  },
  {
    code: 'DZ', fips: 'AG',
    names: ["People's Democratic Republic of Algeria"],
    demonyms: [
      'Algerian', 'Algerians', 'algérien', 'algérienne', 'algériens', 'algériennes', 'Algerier', 'Algerierin',
      'algerisch', 'algerische', 'algerischen', 'algerischer', 'algerisches', 'algerino', 'algerina', 'algerini',
      'algerine',
    ],
    places: [
      'Algiers', 'Alger', 'Algier', 'Algeri', 'Oran', 'Annaba', 'Tamanrasset', 'Ouargla', 'Hassi Messaoud', 'Tlemcen',
      'Béjaïa', 'Bejaia', 'Kabylie', 'Kabylia', 'Kabylien', 'Djanet', 'In Amenas', 'Tindouf',
    ],
    ambiguousPlaces: ['Constantine'],
  },
  {
    code: 'EC',
    names: ['Republic of Ecuador', 'Ekuador'],
    demonyms: [
      'Ecuadorian', 'Ecuadorians', 'Ecuadorean', 'Ecuadoreans', 'équatorien', 'équatorienne', 'équatoriens',
      'équatoriennes', 'Ecuadorianer', 'Ecuadorianerin', 'ecuadorianisch', 'ecuadorianische', 'ecuadorianischen',
      'ecuadorianischer', 'ecuadorianisches', 'ecuadoriano', 'ecuadoriana', 'ecuadoriani', 'ecuadoriane', 'ecuadoregno',
      'ecuadoregna', 'ecuadoregni', 'ecuadoregne',
    ],
    places: [
      'Quito', 'Guayaquil', 'Galápagos', 'Galapagos', 'Galápagos Islands', 'Esmeraldas', 'Machala',
      'Santo Domingo de los Tsáchilas', 'Sucumbíos', 'Sucumbios', 'Portoviejo', 'Ambato', 'Riobamba', 'Montañita',
      'Banos de Agua Santa', 'Baños de Agua Santa', 'Otavalo', 'Lago Agrio',
    ],
    ambiguousPlaces: ['Cuenca'],
    ambiguousNames: ['Équateur'],
  },
  {
    code: 'EE', fips: 'EN',
    names: ['Eesti', 'Republic of Estonia'],
    demonyms: [
      'Estonian', 'Estonians', 'estonien', 'estonienne', 'estoniens', 'estoniennes', 'Esten', 'Estin', 'estnisch',
      'estnische', 'estnischen', 'estnischer', 'estnisches', 'estone', 'estoni',
    ],
    places: ['Tallinn', 'Tallin', 'Tartu', 'Narva', 'Pärnu', 'Parnu'],
  },
  {
    code: 'EG',
    names: ['Arab Republic of Egypt', 'Misr', 'Egypte'],
    demonyms: [
      'Egyptian', 'Egyptians', 'égyptien', 'égyptienne', 'égyptiens', 'égyptiennes', 'Ägypter', 'Ägypterin',
      'ägyptisch', 'ägyptische', 'ägyptischen', 'ägyptischer', 'ägyptisches', 'egiziano', 'egiziana', 'egiziani',
      'egiziane',
    ],
    places: [
      'Cairo', 'Le Caire', 'Kairo', 'Giza', 'Gizeh', 'Luxor', 'Louxor', 'Aswan', 'Assouan', 'Assuan', 'Hurghada',
      'Sharm el-Sheikh', 'Sharm El Sheikh', 'Charm el-Cheikh', 'Scharm El-Scheich', 'Sharm', 'Sinai', 'Sinaï',
      'Port Said', 'Port-Saïd', 'Suez', 'Ismailia', 'Marsa Alam', 'Dahab', 'El Arish', 'Arish', 'Abu Simbel',
      'Alexandrie', "Alessandria d'Egitto",
    ],
    ambiguousPlaces: ['Alexandria'],
    agencies: [
      'Egyptian Foreign Ministry', 'Egyptian Ministry of Foreign Affairs', 'Egyptian Embassy', 'Embassy of Egypt',
      'ägyptische Botschaft', "ambassade d'Égypte", "ambasciata d'Egitto",
    ],
    metonyms: ['Cairo', 'Le Caire', 'Kairo'],
  },
  {
    code: 'EH', fips: 'WI',
    names: [
      'Sahrawi Arab Democratic Republic', 'SADR', 'République arabe sahraouie démocratique',
      'Demokratische Arabische Republik Sahara', 'Repubblica Araba Democratica dei Sahrawi',
    ],
    demonyms: [
      'Sahrawi', 'Sahrawis', 'Saharawi', 'Saharawis', 'Sahrawian', 'sahraoui', 'sahraouie', 'sahraouis', 'sahraouies',
      'Sahrauis', 'Saharauis',
    ],
    places: ['Laayoune', 'Laâyoune', 'El Aaiún', 'El Aaiun', 'Dakhla', 'Smara', 'Tifariti'],
  },
  {
    code: 'ER',
    names: ['State of Eritrea'],
    demonyms: [
      'Eritrean', 'Eritreans', 'érythréen', 'érythréenne', 'érythréens', 'érythréennes', 'Eritreer', 'Eritreerin',
      'eritreisch', 'eritreische', 'eritreischen', 'eritreischer', 'eritreisches', 'eritreo', 'eritrea', 'eritrei',
      'eritree',
    ],
    places: ['Asmara', 'Asmera', 'Massawa', 'Massaoua', 'Massaua', 'Assab'],
  },
  {
    code: 'ES', fips: 'SP',
    names: ['España', 'Espana', 'Kingdom of Spain', 'Reino de España', "Royaume d'Espagne"],
    demonyms: [
      'Spanish', 'Spaniard', 'Spaniards', 'espagnol', 'espagnole', 'espagnols', 'espagnoles', 'Spanier', 'Spanierin',
      'spanisch', 'spanische', 'spanischen', 'spanischer', 'spanisches', 'spagnolo', 'spagnola', 'spagnoli', 'spagnole',
    ],
    places: [
      'Madrid', 'Barcelona', 'Barcelone', 'Seville', 'Séville', 'Sevilla', 'Siviglia', 'Bilbao', 'Málaga', 'Ibiza',
      'Majorca', 'Mallorca', 'Balearic Islands', 'Baléares', 'Balearen', 'Baleari', 'Canary Islands', 'Îles Canaries',
      'Canaries', 'Kanarische Inseln', 'Kanaren', 'Isole Canarie', 'Canarie', 'Tenerife', 'Teneriffa', 'Gran Canaria',
      'Lanzarote', 'Catalonia', 'Catalogne', 'Katalonien', 'Catalogna', 'Cataluña', 'Andalusia', 'Andalousie',
      'Andalusien', 'Andalucía', 'Ceuta', 'Melilla',
    ],
    agencies: [
      'Ministerio de Asuntos Exteriores, Unión Europea y Cooperación', 'Ministerio de Asuntos Exteriores',
      'Spanish Foreign Ministry', 'Spanish Ministry of Foreign Affairs', 'Spanish Embassy', 'Embajada de España',
      "ambassade d'Espagne", 'spanische Botschaft', 'ambasciata di Spagna', 'Palacio de Santa Cruz', 'MAEC', 'MAEUEC',
    ],
    metonyms: ['Madrid', 'La Moncloa', 'Moncloa'],
  },
  {
    code: 'ET',
    names: ['Federal Democratic Republic of Ethiopia', 'Abyssinia', 'Abyssinie', 'Abessinien', 'Abissinia'],
    demonyms: [
      'Ethiopian', 'Ethiopians', 'éthiopien', 'éthiopienne', 'éthiopiens', 'éthiopiennes', 'Äthiopier', 'Äthiopierin',
      'äthiopisch', 'äthiopische', 'äthiopischen', 'äthiopischer', 'äthiopisches', 'etiope', 'etiopi',
    ],
    places: [
      'Somali Region', 'Somali Regional State', 'Addis Ababa', 'Addis Abeba', 'Addis-Abeba', 'Tigray', 'Mekelle',
      'Mekele', 'Makalle', 'Amhara', 'Gondar', 'Bahir Dar', 'Lalibela', 'Dire Dawa', 'Harar', 'Jijiga', 'Oromia',
      'Afar Region', 'Gambela', 'Axum', 'Aksum', 'Hawassa', 'Awasa', 'Debre Birhan',
    ],
  },
  {
    code: 'FI',
    names: ['Suomi', 'Republic of Finland', 'République de Finlande', 'Republik Finnland', 'Repubblica di Finlandia'],
    demonyms: [
      'Finnish', 'Finns', 'finlandais', 'finlandaise', 'finlandaises', 'Finne', 'Finnen', 'Finnin', 'finnisch',
      'finnische', 'finnischen', 'finnischer', 'finnisches', 'finlandese', 'finlandesi',
    ],
    places: ['Helsinki', 'Helsingfors', 'Tampere', 'Turku', 'Espoo', 'Rovaniemi'],
    agencies: [
      'Ulkoministeriö', 'Ministry for Foreign Affairs of Finland', 'Finnish Foreign Ministry',
      'Finnish Ministry for Foreign Affairs', 'Finnish Embassy', 'finnische Botschaft', 'ambassade de Finlande',
      'ambasciata di Finlandia',
    ],
    metonyms: ['Helsinki'],
  },
  {
    code: 'FJ',
    names: ['Republic of Fiji', 'Fiji Islands'],
    demonyms: [
      'Fijian', 'Fijians', 'fidjien', 'fidjienne', 'fidjiens', 'fidjiennes', 'Fidschianer', 'Fidschianerin',
      'fidschianisch', 'fidschianische', 'fidschianischen', 'fidschianischer', 'fidschianisches', 'figiano', 'figiana',
      'figiani', 'figiane',
    ],
    places: [
      'Suva', 'Nadi', 'Viti Levu', 'Vanua Levu', 'Lautoka', 'Denarau', 'Mamanuca Islands', 'Yasawa Islands', 'Taveuni',
      'Labasa', 'Savusavu',
    ],
  },
  {
    code: 'FK',
    names: [
      'Falklands', 'Falkland Islands', 'Malvinas', 'Islas Malvinas', 'Îles Falkland', 'Falkland', 'Isole Malvine',
    ],
    demonyms: [
      'Falkland Islander', 'Falkland Islanders', 'Falklander', 'Falklanders', 'falklandais', 'falklandaise',
      'falklandaises',
    ],
    places: ['Stanley, Falkland Islands', 'Port Stanley', 'East Falkland', 'West Falkland', 'Goose Green'],
  },
  {
    code: 'FM',
    names: [
      'Micronesia', 'Federated States of Micronesia', 'États fédérés de Micronésie',
      'Föderierte Staaten von Mikronesien',
    ],
    demonyms: [
      'Micronesian', 'Micronesians', 'micronésien', 'micronésienne', 'micronésiens', 'micronésiennes', 'mikronesisch',
      'mikronesische', 'mikronesischen', 'mikronesischer', 'mikronesisches',
    ],
    places: ['Palikir', 'Pohnpei', 'Chuuk', 'Truk Lagoon', 'Kosrae', 'Weno', 'Yap Island', 'Yap State'],
  },
  {
    code: 'FO',
    names: ['Faroes', 'Faeroe Islands', 'Faeroes', 'Føroyar', 'Färöer-Inseln', 'Isole Faroe'],
    demonyms: ['Faroese', 'Faroe Islander', 'Faroe Islanders', 'féroïen', 'féroïenne', 'féroïens', 'féroïennes'],
    places: ['Tórshavn', 'Torshavn'],
  },
  {
    code: 'FR',
    names: ['République française', 'French Republic'],
    demonyms: [
      'French', 'Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen', 'français', 'française', 'françaises',
      'Franzose', 'Franzosen', 'Französin', 'französisch', 'französische', 'französischen', 'französischer',
      'französisches', 'francese', 'francesi',
    ],
    places: [
      'Paris', 'Parigi', 'Marseille', 'Marseilles', 'Marsiglia', 'Lyon', 'Lione', 'Toulouse', 'Bordeaux', 'Strasbourg',
      'Straßburg', 'Strasburgo', 'Lille', 'Corsica', 'Corse', 'Korsika', 'Nizza', 'Calais', 'Normandy', 'Normandie',
      'Brittany', 'Bretagne',
    ],
    ambiguousPlaces: ['Nice'],
    agencies: [
      "Quai d'Orsay", "ministère de l'Europe et des Affaires étrangères", 'Ministry for Europe and Foreign Affairs',
      'France Diplomatie', 'MEAE', 'Centre de crise et de soutien', 'French Foreign Ministry',
      'French Ministry of Foreign Affairs', 'French Foreign Office', 'French Embassy', 'ambassade de France',
      'französische Botschaft', 'ambasciata di Francia', 'ambasciata francese',
    ],
    metonyms: ['Paris', 'Élysée'],
  },
  {
    code: 'GA', fips: 'GB',
    names: ['Gabonese Republic', 'République gabonaise'],
    demonyms: [
      'Gabonese', 'gabonais', 'gabonaise', 'gabonaises', 'Gabuner', 'Gabunerin', 'gabunisch', 'gabunische',
      'gabunischen', 'gabunischer', 'gabunisches', 'gabonesi',
    ],
    places: ['Libreville', 'Port-Gentil', 'Franceville', 'Oyem', 'Lambaréné', 'Lambarene'],
  },
  {
    code: 'GB', fips: 'UK',
    names: [
      'Britain', 'U.K.', 'Grande-Bretagne', 'Gran Bretagna', 'Grossbritannien',
      'United Kingdom of Great Britain and Northern Ireland',
    ],
    demonyms: [
      'British', 'Briton', 'Britons', 'Brit', 'Brits', 'Scottish', 'Welsh', 'Northern Irish', 'britannique',
      'britanniques', 'Brite', 'Briten', 'Britin', 'britisch', 'britische', 'britischen', 'britischer', 'britisches',
      'britannico', 'britannica', 'britannici', 'britanniche',
    ],
    places: [
      'London', 'Londres', 'Londra', 'England', 'Angleterre', 'Inghilterra', 'Scotland', 'Écosse', 'Schottland',
      'Scozia', 'Wales', 'pays de Galles', 'Galles', 'Northern Ireland', 'Irlande du Nord', 'Nordirland',
      'Irlanda del Nord', 'Edinburgh', 'Édimbourg', 'Edimburgo', 'Glasgow', 'Manchester', 'Liverpool', 'Belfast',
      'Cardiff', 'Heathrow', 'Gatwick', 'Ben Nevis',
    ],
    ambiguousPlaces: ['Birmingham'],
    agencies: [
      'Foreign Office', 'Foreign, Commonwealth and Development Office', 'Foreign, Commonwealth & Development Office',
      'FCDO', 'FCO', 'Foreign and Commonwealth Office', 'Foreign & Commonwealth Office', 'British Foreign Office',
      'UK Foreign Office', 'British Embassy', 'British High Commission', 'British Consulate', 'UK Embassy',
      'ambassade du Royaume-Uni', 'ambassade britannique', 'britische Botschaft', 'ambasciata britannica',
    ],
    metonyms: ['London', 'Downing Street', 'Whitehall'],
  },
  {
    code: 'GD', fips: 'GJ',
    demonyms: [
      'Grenadian', 'Grenadians', 'grenadien', 'grenadienne', 'grenadiens', 'grenadiennes', 'grenadisch', 'grenadische',
      'grenadischen', 'grenadischer', 'grenadisches',
    ],
    places: ["St George's, Grenada", 'Carriacou', 'Petite Martinique'],
    ambiguousPlaces: ["St. George's", "St George's"],
    ambiguousNames: ['Grenade'],
  },
  {
    code: 'GE', fips: 'GG',
    names: ['Sakartvelo', 'Republic of Georgia'],
    demonyms: [
      'Georgian', 'Georgians', 'géorgien', 'géorgienne', 'géorgiens', 'géorgiennes', 'Georgier', 'Georgierin',
      'georgisch', 'georgische', 'georgischen', 'georgischer', 'georgisches', 'georgiano', 'georgiana', 'georgiani',
      'georgiane',
    ],
    places: [
      'Tbilisi', 'Tiflis', 'Tbilissi', 'Batumi', 'Batoumi', 'Kutaisi', 'Koutaïssi', 'Abkhazia', 'Abkhazie', 'Abchasien',
      'Abcasia', 'Sukhumi', 'Soukhoumi', 'South Ossetia', 'Ossétie du Sud', 'Südossetien', 'Ossezia del Sud',
      'Tskhinvali',
    ],
    ambiguousNames: ['Georgia'],
  },
  {
    code: 'GF', fips: 'FG',
    names: ['Guyane', 'French Guyana'],
    demonyms: ['French Guianese', 'French Guianan', 'French Guianans', 'guyanais', 'guyanaise', 'guyanaises'],
    places: [
      'Kourou', 'Saint-Laurent-du-Maroni', 'Maripasoula', 'Rémire-Montjoly', 'Îles du Salut', "Devil's Island",
      'Île du Diable', 'Félix Éboué Airport',
    ],
    ambiguousPlaces: ['Cayenne'],
  },
  {
    code: 'GG', fips: 'GK',
    names: ['Bailiwick of Guernsey', 'Bailliage de Guernesey'],
    demonyms: ['Guernseyman', 'Guernsey Islander', 'Guernsey Islanders'],
    places: ['St Peter Port', 'St. Peter Port', 'Saint-Pierre-Port', 'Alderney', 'Aurigny', 'Sark', 'Sercq'],
  },
  {
    code: 'GH',
    names: ['Republic of Ghana'],
    demonyms: [
      'Ghanaian', 'Ghanaians', 'ghanéen', 'ghanéenne', 'ghanéens', 'ghanéennes', 'Ghanaer', 'Ghanaerin', 'ghanaisch',
      'ghanaische', 'ghanaischen', 'ghanaischer', 'ghanaisches', 'ghanese', 'ghanesi',
    ],
    places: ['Accra', 'Kumasi', 'Takoradi', 'Sekondi-Takoradi', 'Cape Coast', 'Bolgatanga'],
    ambiguousPlaces: ['Tamale'],
  },
  {
    code: 'GI',
    demonyms: ['Gibraltarian', 'Gibraltarians', 'gibraltarien', 'gibraltarienne', 'gibraltariens', 'gibraltariennes'],
    places: ['Rock of Gibraltar'],
  },
  {
    code: 'GL',
    names: ['Kalaallit Nunaat', 'Grønland'],
    demonyms: [
      'Greenlander', 'Greenlanders', 'Greenlandic', 'groenlandais', 'groenlandaise', 'groenlandaises', 'Grönländer',
      'grönländisch', 'grönländische', 'grönländischen', 'grönländischer', 'grönländisches', 'groenlandese',
      'groenlandesi',
    ],
    places: ['Nuuk', 'Ilulissat', 'Kangerlussuaq'],
  },
  {
    code: 'GM', fips: 'GA',
    demonyms: [
      'Gambian', 'Gambians', 'gambien', 'gambienne', 'gambiens', 'gambiennes', 'Gambier', 'gambisch', 'gambische',
      'gambischen', 'gambischer', 'gambisches', 'gambiano', 'gambiana', 'gambiani', 'gambiane',
    ],
    places: ['Banjul', 'Serrekunda', 'Brikama', 'Bakau', 'Kololi'],
  },
  {
    code: 'GN', fips: 'GV',
    names: [
      'Republic of Guinea', 'Guinea-Conakry', 'Guinée-Conakry', 'Guinea Conakry', 'Guinée Conakry',
      'République de Guinée',
    ],
    demonyms: [
      'Guinean', 'Guineans', 'guinéen', 'guinéenne', 'guinéens', 'guinéennes', 'Guineer', 'Guineerin', 'guineisch',
      'guineische', 'guineischen', 'guineischer', 'guineisches', 'guineano', 'guineana', 'guineani', 'guineane',
    ],
    places: ['Conakry', 'Kankan', 'Nzérékoré', 'Nzerekore', 'Kindia', 'Labé', 'Boké', 'Boke', 'Siguiri', 'Mamou'],
    ambiguousNames: ['Guinea'],
  },
  {
    code: 'GP',
    names: ['Guadeloupe Islands'],
    demonyms: [
      'Guadeloupean', 'Guadeloupeans', 'Guadeloupian', 'Guadeloupians', 'guadeloupéen', 'guadeloupéenne',
      'guadeloupéens', 'guadeloupéennes',
    ],
    places: [
      'Pointe-à-Pitre', 'Pointe-a-Pitre', 'Basse-Terre', 'Marie-Galante', 'Les Saintes', 'Le Gosier', 'Baie-Mahault',
      'Les Abymes', 'Pôle Caraïbes',
    ],
  },
  {
    code: 'GQ', fips: 'EK',
    names: ['Guinée-Équatoriale', 'Guinea Ecuatorial', 'Republic of Equatorial Guinea', 'Äquatorial-Guinea'],
    demonyms: [
      'Equatorial Guinean', 'Equatorial Guineans', 'Equatoguinean', 'Equatoguineans', 'équato-guinéen',
      'équato-guinéenne', 'équato-guinéens', 'équato-guinéennes', 'équatoguinéen', 'équatoguinéenne', 'équatoguinéens',
      'équatoguinéennes', 'äquatorialguineisch', 'äquatorialguineische', 'äquatorialguineischen',
      'äquatorialguineischer', 'äquatorialguineisches', 'equatoguineano', 'equatoguineana', 'equatoguineani',
      'equatoguineane',
    ],
    places: ['Malabo', 'Bioko', 'Oyala', 'Ciudad de la Paz', 'Annobón', 'Annobon'],
  },
  {
    code: 'GR',
    names: [
      'Hellas', 'Hellenic Republic', 'Ellada', 'République hellénique', 'Hellenische Republik', 'Repubblica Ellenica',
    ],
    demonyms: [
      'Greek', 'Greeks', 'grec', 'grecque', 'grecs', 'grecques', 'Grieche', 'Griechen', 'Griechin', 'griechisch',
      'griechische', 'griechischen', 'griechischer', 'griechisches', 'greco', 'greca', 'greci', 'greche',
    ],
    places: [
      'Athens', 'Athènes', 'Athen', 'Atene', 'Thessaloniki', 'Salonika', 'Salonique', 'Thessalonique', 'Piraeus',
      'Le Pirée', 'Piräus', 'Pireo', 'Crete', 'Crète', 'Kreta', 'Creta', 'Rhodos', 'Corfu', 'Corfou', 'Korfu',
      'Santorini', 'Santorin', 'Mykonos', 'Lesbos', 'Lesvos',
    ],
    ambiguousPlaces: ['Rhodes', 'Rodi'],
    agencies: [
      'Hellenic Ministry of Foreign Affairs', 'Greek Foreign Ministry', 'Greek Ministry of Foreign Affairs',
      'Greek Embassy', 'Embassy of Greece', 'griechische Botschaft', 'ambassade de Grèce', 'ambasciata di Grecia',
    ],
    metonyms: ['Athens', 'Athènes', 'Athen', 'Atene'],
  },
  {
    code: 'GS', fips: 'SX',
    names: [
      'South Georgia', 'South Sandwich Islands', 'Géorgie du Sud', 'Südgeorgien', 'Georgia del Sud',
      'Îles Sandwich du Sud', 'Südliche Sandwichinseln',
    ],
    places: ['Grytviken', 'King Edward Point'],
  },
  {
    code: 'GT',
    names: ['Republic of Guatemala', 'République du Guatemala'],
    demonyms: [
      'Guatemalan', 'Guatemalans', 'guatémaltèque', 'guatémaltèques', 'Guatemalteke', 'Guatemalteken', 'Guatemaltekin',
      'guatemaltekisch', 'guatemaltekische', 'guatemaltekischen', 'guatemaltekischer', 'guatemaltekisches',
      'guatemalteco', 'guatemalteca', 'guatemaltechi', 'guatemalteche',
    ],
    places: [
      'Guatemala City', 'Ciudad de Guatemala', 'Guatemala-Stadt', 'Città del Guatemala', 'Antigua Guatemala',
      'Quetzaltenango', 'Xela', 'Petén', 'Peten', 'Lake Atitlán', 'Lake Atitlan', 'Flores de Petén', 'Tikal',
      'Escuintla', 'Huehuetenango', 'Puerto Barrios',
    ],
  },
  {
    code: 'GU', fips: 'GQ',
    names: ['Guåhån', 'Guahan', 'Territory of Guam'],
    demonyms: ['Guamanian', 'Guamanians', 'Chamorro', 'Chamorros', 'guamien', 'guamienne', 'guamiens', 'guamiennes'],
    places: [
      'Hagåtña', 'Hagatna', 'Agana', 'Andersen Air Force Base', 'Tamuning', 'Tumon', 'Dededo', 'Apra Harbor', 'Yigo',
      'Naval Base Guam',
    ],
  },
  {
    code: 'GW', fips: 'PU',
    names: ['Guinea Bissau', 'Guinée Bissau', 'Republic of Guinea-Bissau'],
    demonyms: [
      'Bissau-Guinean', 'Bissau-Guineans', 'bissau-guinéen', 'bissau-guinéenne', 'bissau-guinéens', 'bissau-guinéennes',
      'guinea-bissauisch', 'guinea-bissauische', 'guinea-bissauischen', 'guinea-bissauischer', 'guinea-bissauisches',
    ],
    places: ['Bissau', 'Bijagós', 'Bijagos', 'Bafatá', 'Gabú'],
  },
  {
    code: 'GY',
    names: ['Co-operative Republic of Guyana', 'Cooperative Republic of Guyana', 'British Guiana'],
    demonyms: [
      'Guyanese', 'guyanien', 'guyanienne', 'guyaniens', 'guyaniennes', 'Guyaner', 'Guyanerin', 'guyanisch',
      'guyanische', 'guyanischen', 'guyanischer', 'guyanisches', 'guyanesi',
    ],
    places: ['Essequibo', 'Lethem', 'Bartica', 'Cheddi Jagan International Airport', 'Kaieteur', 'Demerara', 'Berbice'],
    ambiguousPlaces: ['Georgetown'],
  },
  {
    code: 'HK',
    names: ['Hong Kong SAR', 'Hong Kong Special Administrative Region', 'Xianggang'],
    demonyms: [
      'Hongkonger', 'Hongkongers', 'Hong Konger', 'Hong Kongers', 'Hong Kongese', 'hongkongais', 'hongkongaise',
      'hongkongaises', 'Hongkongerin', 'hongkonghese', 'hongkonghesi',
    ],
    places: [
      'Kowloon', 'Victoria Harbour', 'Tsim Sha Tsui', 'Mong Kok', 'Causeway Bay', 'Lantau', 'Chek Lap Kok', 'Sha Tin',
      'Wan Chai', 'Hong Kong Island',
    ],
  },
  {
    code: 'HM',
    names: [
      'Heard Island', 'McDonald Islands', 'Heard and McDonald Islands', 'Heard-et-MacDonald', 'Île Heard', 'Heardinsel',
    ],
    places: ['Mawson Peak'],
  },
  {
    code: 'HN', fips: 'HO',
    names: ['Republic of Honduras'],
    demonyms: [
      'Honduran', 'Hondurans', 'hondurien', 'hondurienne', 'honduriens', 'honduriennes', 'Honduraner', 'Honduranerin',
      'honduranisch', 'honduranische', 'honduranischen', 'honduranischer', 'honduranisches', 'honduregno', 'honduregna',
      'honduregni', 'honduregne',
    ],
    places: [
      'Tegucigalpa', 'San Pedro Sula', 'La Ceiba', 'Roatán', 'Roatan', 'Islas de la Bahía', 'Choluteca', 'Comayagua',
      'Copán', 'Copan', 'Utila',
    ],
  },
  {
    code: 'HR',
    names: ['Hrvatska', 'Republic of Croatia'],
    demonyms: [
      'Croatian', 'Croatians', 'Croat', 'Croats', 'croate', 'croates', 'Kroate', 'Kroaten', 'Kroatin', 'kroatisch',
      'kroatische', 'kroatischen', 'kroatischer', 'kroatisches', 'croato', 'croata', 'croati',
    ],
    places: [
      'Zagreb', 'Zagabria', 'Dubrovnik', 'Ragusa di Dalmazia', 'Spalato', 'Rijeka', 'Zadar', 'Dalmatia', 'Dalmatie',
      'Dalmatien', 'Dalmazia',
    ],
    ambiguousPlaces: ['Split'],
  },
  {
    code: 'HT', fips: 'HA',
    names: ['Republic of Haiti', "République d'Haïti", 'Hayti', 'Ayiti'],
    demonyms: [
      'Haitian', 'Haitians', 'haïtien', 'haïtienne', 'haïtiens', 'haïtiennes', 'Haitianer', 'Haitianerin',
      'haitianisch', 'haitianische', 'haitianischen', 'haitianischer', 'haitianisches', 'haitiano', 'haitiana',
      'haitiani', 'haitiane',
    ],
    places: [
      'Port-au-Prince', 'Port au Prince', 'Cap-Haïtien', 'Cap-Haitien', 'Cap Haïtien', 'Pétion-Ville', 'Petion-Ville',
      'Pétionville', 'Gonaïves', 'Gonaives', 'Jacmel', 'Les Cayes', 'Cité Soleil', 'Cite Soleil', 'Croix-des-Bouquets',
      'Artibonite', 'Mirebalais', 'Toussaint Louverture Airport', 'Tabarre', 'Kenscoff', 'Ouanaminthe', 'Fort-Liberté',
      'Hinche',
    ],
  },
  {
    code: 'HU',
    names: ['Magyarország', 'Magyarorszag'],
    demonyms: [
      'Hungarian', 'Hungarians', 'hongrois', 'hongroise', 'hongroises', 'Ungar', 'Ungarin', 'ungarisch', 'ungarische',
      'ungarischen', 'ungarischer', 'ungarisches', 'ungherese', 'ungheresi',
    ],
    places: ['Budapest', 'Debrecen', 'Szeged', 'Lake Balaton', 'Balaton'],
  },
  {
    code: 'ID',
    names: ['Republic of Indonesia', 'Republik Indonesia', 'NKRI'],
    demonyms: [
      'Indonesian', 'Indonesians', 'indonésien', 'indonésienne', 'indonésiens', 'indonésiennes', 'Indonesier',
      'Indonesierin', 'indonesisch', 'indonesische', 'indonesischen', 'indonesischer', 'indonesisches', 'indonesiano',
      'indonesiana', 'indonesiani', 'indonesiane',
    ],
    places: [
      'Jakarta', 'Djakarta', 'Dschakarta', 'Giacarta', 'Bali', 'Denpasar', 'Ubud', 'Kuta', 'Seminyak', 'Lombok',
      'Gili Islands', 'Gili Trawangan', 'Surabaya', 'Bandung', 'Yogyakarta', 'Jogjakarta', 'Medan', 'Makassar',
      'Semarang', 'Aceh', 'Banda Aceh', 'Sumatra', 'Sumatera', 'Sulawesi', 'Celebes', 'Kalimantan', 'Indonesian Borneo',
      'Borneo indonésien', 'Nusantara', 'Komodo', 'Labuan Bajo', 'Maluku', 'Moluccas', 'Ambon', 'Papua Barat',
      'West Papua', 'Papouasie occidentale', 'Westpapua', 'Jayapura', 'Timika', 'Wamena', 'Nduga', 'Mount Merapi',
      'Merapi', 'Mount Agung', 'Batam', 'Bintan', 'Raja Ampat', 'West Timor', 'Kupang', 'Sulawesi Tengah', 'Poso',
      'Palu', 'Soekarno-Hatta',
    ],
    ambiguousPlaces: ['Java', 'Flores'],
    agencies: [
      'Kemlu', 'Kementerian Luar Negeri Republik Indonesia', 'Kemenlu', 'Indonesian Foreign Ministry',
      'Indonesian Ministry of Foreign Affairs', 'Indonesian Embassy', 'Embassy of Indonesia', 'KBRI',
      'indonesische Botschaft', "ambassade d'Indonésie", "ambasciata dell'Indonesia", 'Pejambon',
    ],
    metonyms: ['Jakarta', 'Pejambon'],
  },
  {
    code: 'IE', fips: 'EI',
    names: ['Éire', 'Eire', 'Republic of Ireland', 'Irish Republic'],
    demonyms: [
      'Irish', 'irlandais', 'irlandaise', 'irlandaises', 'Iren', 'Irin', 'irisch', 'irische', 'irischen', 'irischer',
      'irisches', 'irlandese', 'irlandesi',
    ],
    places: ['Dublin', 'Dublino', 'Galway', 'Kilkenny'],
    agencies: [
      'Irish Department of Foreign Affairs', "Ireland's Department of Foreign Affairs",
      'Department of Foreign Affairs of Ireland', 'Irish Embassy', 'Embassy of Ireland', 'ireland.ie',
      'Irish Foreign Ministry', 'DFA Ireland', 'Irish DFA',
    ],
    metonyms: ['Dublin', 'Iveagh House'],
  },
  {
    code: 'IL', fips: 'IS',
    names: ['State of Israel', "État d'Israël", 'Staat Israel', 'Stato di Israele'],
    demonyms: [
      'Israeli', 'Israelis', 'israélien', 'israélienne', 'israéliens', 'israéliennes', 'israelisch', 'israelische',
      'israelischen', 'israelischer', 'israelisches', 'israeliano', 'israeliana', 'israeliani', 'israeliane',
    ],
    places: [
      'Jerusalem', 'Jérusalem', 'Gerusalemme', 'Tel Aviv', 'Tel-Aviv', 'Tel Aviv-Yafo', 'Haifa', 'Haïfa', 'Eilat',
      'Ashdod', 'Ashkelon', 'Ascalon', 'Beersheba', 'Beer-Sheva', 'Netanya', 'Negev', 'Néguev', 'Galilee', 'Galilée',
      'Galiläa', 'Galilea', 'Ben Gurion', 'Ben-Gurion', 'Nazareth',
    ],
    agencies: [
      'Israeli Foreign Ministry', 'Israeli Ministry of Foreign Affairs', 'Israel Ministry of Foreign Affairs',
      'Israeli Embassy', 'Embassy of Israel', 'israelische Botschaft', "ambassade d'Israël", "ambasciata d'Israele",
      'Israeli National Security Council', 'National Security Council of Israel',
    ],
    metonyms: ['Jerusalem'],
  },
  {
    code: 'IM',
    names: ['Ellan Vannin'],
    demonyms: ['Manx'],
    ambiguousPlaces: ['Douglas'],
  },
  {
    code: 'IN',
    names: ['Bharat', 'Republic of India', 'Union of India'],
    demonyms: [
      'Indian', 'Indians', 'indien', 'indienne', 'indiens', 'indiennes', 'Inder', 'Inderin', 'indisch', 'indische',
      'indischen', 'indischer', 'indisches', 'indiano', 'indiana', 'indiani', 'indiane',
    ],
    places: [
      'New Delhi', 'Delhi', 'Neu-Delhi', 'Nouvelle-Delhi', 'Nuova Delhi', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta',
      'Kalkutta', 'Chennai', 'Madras', 'Bengaluru', 'Bangalore', 'Ahmedabad', 'Pune', 'Jaipur', 'Agra', 'Varanasi',
      'Goa', 'Kerala', 'Manipur', 'Imphal', 'Jammu and Kashmir', 'Jammu', 'Srinagar', 'Ladakh', 'Amritsar', 'Rajasthan',
      'Uttar Pradesh', 'Bihar', 'Assam', 'Guwahati', 'Nagaland', 'Mizoram', 'Arunachal Pradesh', 'Tamil Nadu',
      'Karnataka', 'Gujarat', 'Maharashtra', 'West Bengal', 'Odisha', 'Chhattisgarh', 'Jharkhand', 'Andhra Pradesh',
      'Telangana', 'Lucknow', 'Cochin', 'Andaman and Nicobar Islands', 'Darjeeling', 'Sikkim', 'Pahalgam',
      'Himachal Pradesh', 'Uttarakhand',
    ],
    ambiguousPlaces: ['Hyderabad'],
    agencies: [
      'Ministry of External Affairs', 'MEA', 'Indian Ministry of External Affairs', 'Indian Foreign Ministry',
      'Indian Embassy', 'Embassy of India', 'High Commission of India', 'Indian High Commission', 'Indian Consulate',
      'indische Botschaft', "ambassade de l'Inde", "ambasciata dell'India",
    ],
    metonyms: ['New Delhi', 'South Block'],
  },
  {
    code: 'IO',
    names: [
      'Chagos Islands', 'Chagos Archipelago', 'Archipel des Chagos', 'Chagos-Archipel', 'Arcipelago delle Chagos',
      'BIOT', 'Chagos',
    ],
    demonyms: ['Chagossian', 'Chagossians', 'chagossien', 'chagossienne', 'chagossiens', 'chagossiennes'],
    places: ['Diego Garcia'],
  },
  {
    code: 'IQ', fips: 'IZ',
    names: [
      'Republic of Iraq', 'Kurdistan Region', 'Iraqi Kurdistan', 'Kurdistan irakien', 'Kurdistan-Region',
      'Kurdistan iracheno',
    ],
    demonyms: [
      'Iraqi', 'Iraqis', 'irakien', 'irakienne', 'irakiens', 'irakiennes', 'Iraker', 'Irakerin', 'irakisch',
      'irakische', 'irakischen', 'irakischer', 'irakisches', 'iracheno', 'irachena', 'iracheni', 'irachene',
    ],
    places: [
      'Baghdad', 'Bagdad', 'Basra', 'Bassora', 'Bassorah', 'Mosul', 'Mossoul', 'Mossul', 'Erbil', 'Arbil', 'Irbil',
      'Kirkuk', 'Kirkouk', 'Najaf', 'Nadjaf', 'Karbala', 'Kerbala', 'Falluja', 'Fallujah', 'Fallouja', 'Ramadi',
      'Tikrit', 'Sulaymaniyah', 'Souleimaniye', 'Duhok', 'Dohuk', 'Anbar', 'Nineveh', 'Ninive',
    ],
  },
  {
    code: 'IR',
    names: ['Persia', "République islamique d'Iran", 'Islamische Republik Iran', "Repubblica islamica dell'Iran"],
    demonyms: [
      'Iranian', 'Iranians', 'iranien', 'iranienne', 'iraniens', 'iraniennes', 'Iraner', 'Iranerin', 'iranisch',
      'iranische', 'iranischen', 'iranischer', 'iranisches', 'iraniano', 'iraniana', 'iraniani', 'iraniane',
    ],
    places: [
      'Tehran', 'Teheran', 'Téhéran', 'Isfahan', 'Ispahan', 'Esfahan', 'Mashhad', 'Machhad', 'Maschhad', 'Shiraz',
      'Chiraz', 'Schiras', 'Tabriz', 'Qom', 'Bandar Abbas', 'Ahvaz', 'Ahwaz', 'Kerman', 'Kermanshah', 'Natanz',
      'Fordow', 'Bushehr', 'Khuzestan', 'Sistan and Baluchestan',
    ],
  },
  {
    code: 'IS', fips: 'IC',
    names: ['Republic of Iceland'],
    demonyms: [
      'Icelander', 'Icelanders', 'Icelandic', 'islandais', 'islandaise', 'islandaises', 'Isländer', 'Isländerin',
      'isländisch', 'isländische', 'isländischen', 'isländischer', 'isländisches', 'islandese', 'islandesi',
    ],
    places: ['Reykjavik', 'Reykjavík', 'Keflavik', 'Keflavík', 'Akureyri'],
    ambiguousNames: ['Island'],
  },
  {
    code: 'IT',
    names: ['Italian Republic', 'Repubblica Italiana'],
    demonyms: [
      'Italian', 'Italians', 'italien', 'italienne', 'italiens', 'italiennes', 'Italiener', 'Italienerin',
      'italienisch', 'italienische', 'italienischen', 'italienischer', 'italienisches', 'italiano', 'italiana',
      'italiani', 'italiane',
    ],
    places: [
      'Rome', 'Milan', 'Milano', 'Mailand', 'Naples', 'Napoli', 'Neapel', 'Venice', 'Venise', 'Venedig', 'Venezia',
      'Firenze', 'Florenz', 'Turin', 'Torino', 'Genoa', 'Genua', 'Genova', 'Bologna', 'Bologne', 'Palermo', 'Sicily',
      'Sicile', 'Sizilien', 'Sicilia', 'Sardinia', 'Sardaigne', 'Sardinien', 'Sardegna', 'Lampedusa', 'Tuscany',
      'Toscane', 'Toskana', 'Toscana',
    ],
    ambiguousPlaces: ['Roma', 'Florence'],
    agencies: [
      'Farnesina', 'Viaggiare Sicuri', 'Viaggiaresicuri', 'Italian Foreign Ministry',
      'Italian Ministry of Foreign Affairs', 'Ministero degli Affari Esteri e della Cooperazione Internazionale',
      'MAECI', 'Unità di Crisi', 'Unità di crisi della Farnesina', 'Italian Embassy', "ambasciata d'Italia",
      'ambasciata italiana', "ambassade d'Italie", 'italienische Botschaft',
    ],
    metonyms: ['Rome', 'Palazzo Chigi'],
  },
  {
    code: 'JE',
    names: ['Bailiwick of Jersey', 'Bailliage de Jersey'],
    demonyms: ['Jerseyman', 'Jersey Islander', 'Jersey Islanders'],
    places: ['St Helier', 'St. Helier', 'Saint-Hélier', 'Saint Helier'],
    ambiguousNames: ['Jersey'],
  },
  {
    code: 'JM',
    demonyms: [
      'Jamaican', 'Jamaicans', 'jamaïcain', 'jamaïcaine', 'jamaïcains', 'jamaïcaines', 'Jamaikaner', 'Jamaikanerin',
      'jamaikanisch', 'jamaikanische', 'jamaikanischen', 'jamaikanischer', 'jamaikanisches', 'giamaicano', 'giamaicana',
      'giamaicani', 'giamaicane',
    ],
    places: ['Montego Bay', 'Ocho Rios', 'Negril', 'Spanish Town', 'Port Antonio', 'Portmore', 'Runaway Bay'],
    ambiguousPlaces: ['Kingston'],
  },
  {
    code: 'JO',
    names: ['Hashemite Kingdom of Jordan', 'Royaume hachémite de Jordanie'],
    demonyms: [
      'Jordanian', 'Jordanians', 'jordanien', 'jordanienne', 'jordaniens', 'jordaniennes', 'Jordanier', 'Jordanierin',
      'jordanisch', 'jordanische', 'jordanischen', 'jordanischer', 'jordanisches',
    ],
    places: ['Amman', 'Aqaba', 'Akaba', 'Zarqa', 'Irbid', 'Wadi Rum'],
    ambiguousPlaces: ['Petra', 'Pétra'],
    ambiguousNames: ['Jordan'],
  },
  {
    code: 'JP', fips: 'JA',
    names: ['Nippon', 'Nihon'],
    demonyms: [
      'Japanese', 'japonais', 'japonaise', 'japonaises', 'Japaner', 'Japanerin', 'japanisch', 'japanische',
      'japanischen', 'japanischer', 'japanisches', 'giapponese', 'giapponesi',
    ],
    places: [
      'Tokyo', 'Tokio', 'Osaka', 'Kyoto', 'Kioto', 'Yokohama', 'Nagoya', 'Sapporo', 'Fukuoka', 'Hiroshima', 'Nagasaki',
      'Okinawa', 'Naha', 'Hokkaido', 'Honshu', 'Kyushu', 'Shikoku', 'Fukushima', 'Sendai', 'Narita', 'Haneda', 'Kansai',
      'Noto Peninsula', 'Kanazawa', 'Nara', 'Kagoshima', 'Kumamoto', 'Iwate', 'Niigata', 'Shizuoka', 'Chiba', 'Saitama',
      'Hyogo', 'Kanagawa', 'Aichi', 'Nagano', 'Mount Fuji', 'Mont Fuji', 'Fuji-san',
    ],
    ambiguousPlaces: ['Kobe'],
    agencies: [
      'MOFA Japan', 'Ministry of Foreign Affairs of Japan', 'Japanese Foreign Ministry',
      'Japanese Ministry of Foreign Affairs', 'Gaimusho', 'Japanese Embassy', 'Embassy of Japan', 'Japanese Consulate',
      'japanische Botschaft', 'ambassade du Japon', 'ambasciata del Giappone', 'ambasciata giapponese', 'Tabireg',
    ],
    metonyms: ['Tokyo', 'Tokio', 'Kasumigaseki'],
  },
  {
    code: 'KE',
    names: ['Republic of Kenya'],
    demonyms: [
      'Kenyan', 'Kenyans', 'kényan', 'kényane', 'kényans', 'kényanes', 'kenyane', 'kenyanes', 'Kenianer', 'Kenianerin',
      'kenianisch', 'kenianische', 'kenianischen', 'kenianischer', 'kenianisches', 'keniano', 'keniana', 'keniani',
      'keniane', 'keniota', 'kenioti', 'keniote',
    ],
    places: [
      'Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Lamu', 'Malindi', 'Garissa', 'Mandera', 'Wajir', 'Dadaab',
      'Kakuma', 'Masai Mara', 'Maasai Mara', 'Diani', 'Watamu', 'Turkana', 'Marsabit', 'Isiolo',
    ],
  },
  {
    code: 'KG',
    names: ['Kyrgyz Republic', 'Kirghizia', 'Kirgistan', 'Kirgisien', 'Kirghizstan'],
    demonyms: [
      'Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis', 'Kirghiz', 'kirghize', 'kirghizs', 'kirghizes', 'Kirgise', 'Kirgisen',
      'Kirgisin', 'kirgisisch', 'kirgisische', 'kirgisischen', 'kirgisischer', 'kirgisisches', 'kirghiso', 'kirghisa',
      'kirghisi', 'kirghise',
    ],
    places: ['Bishkek', 'Bichkek', 'Bischkek', 'Osh', 'Jalal-Abad', 'Issyk-Kul', 'Batken'],
  },
  {
    code: 'KH', fips: 'CB',
    names: ['Kingdom of Cambodia', 'Kampuchea'],
    demonyms: [
      'Cambodian', 'Cambodians', 'Khmer', 'cambodgien', 'cambodgienne', 'cambodgiens', 'cambodgiennes', 'Kambodschaner',
      'Kambodschanerin', 'kambodschanisch', 'kambodschanische', 'kambodschanischen', 'kambodschanischer',
      'kambodschanisches', 'cambogiano', 'cambogiana', 'cambogiani', 'cambogiane',
    ],
    places: [
      'Phnom Penh', 'Siem Reap', 'Angkor', 'Angkor Wat', 'Sihanoukville', 'Battambang', 'Kampot', 'Preah Vihear',
      'Poipet', 'Koh Kong', 'Oddar Meanchey',
    ],
  },
  {
    code: 'KI', fips: 'KR',
    names: ['Republic of Kiribati', 'Gilbert Islands', 'Îles Gilbert', 'Gilbertinseln', 'Isole Gilbert'],
    demonyms: ['I-Kiribati', 'Kiribatian', 'Kiribatians', 'Gilbertese'],
    places: [
      'Tarawa', 'South Tarawa', 'Bairiki', 'Betio', 'Kiritimati', 'Abemama', 'Banaba', 'Phoenix Islands',
      'Line Islands',
    ],
  },
  {
    code: 'KM', fips: 'CN',
    names: ['Union of the Comoros', 'Comoro Islands', 'Union des Comores'],
    demonyms: [
      'Comorian', 'Comorians', 'Comoran', 'Comorans', 'comorien', 'comorienne', 'comoriens', 'comoriennes', 'Komorer',
      'komorisch', 'komorische', 'komorischen', 'komorischer', 'komorisches', 'comoriano', 'comoriana', 'comoriani',
      'comoriane',
    ],
    places: ['Moroni', 'Anjouan', 'Ndzuani', 'Grande Comore', 'Ngazidja', 'Mohéli', 'Moheli', 'Mwali', 'Mutsamudu'],
  },
  {
    code: 'KN', fips: 'SC',
    names: [
      'St Kitts and Nevis', 'St. Kitts and Nevis', 'Saint Kitts', 'St Kitts', 'St. Kitts',
      'Saint Christopher and Nevis', 'St Kitts & Nevis', 'Saint-Kitts-et-Nevis', 'Nevis',
      'Federation of Saint Christopher and Nevis',
    ],
    demonyms: [
      'Kittitian', 'Kittitians', 'Nevisian', 'Nevisians', 'kittitien', 'kittitienne', 'kittitiens', 'kittitiennes',
    ],
    places: ['Basseterre', 'Frigate Bay'],
  },
  {
    code: 'KP', fips: 'KN',
    names: [
      'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", 'Nord-Corée', 'North-Korea',
      'République populaire démocratique de Corée', 'Demokratische Volksrepublik Korea',
      'Repubblica Popolare Democratica di Corea',
    ],
    demonyms: [
      'North Korean', 'North Koreans', 'nord-coréen', 'nord-coréenne', 'nord-coréens', 'nord-coréennes', 'Nordkoreaner',
      'Nordkoreanerin', 'nordkoreanisch', 'nordkoreanische', 'nordkoreanischen', 'nordkoreanischer', 'nordkoreanisches',
      'nordcoreano', 'nordcoreana', 'nordcoreani', 'nordcoreane',
    ],
    places: [
      'Pyongyang', 'Pjöngjang', 'Kaesong', 'Wonsan', 'Hamhung', 'Chongjin', 'Sinuiju', 'Rason', 'Yongbyon',
      'Punggye-ri',
    ],
  },
  {
    code: 'KR', fips: 'KS',
    names: ['ROK', 'R.O.K.', 'Hanguk', 'Sud-Corée', 'South-Korea', 'Korea'],
    demonyms: [
      'South Korean', 'South Koreans', 'sud-coréen', 'sud-coréenne', 'sud-coréens', 'sud-coréennes', 'Südkoreaner',
      'Südkoreanerin', 'südkoreanisch', 'südkoreanische', 'südkoreanischen', 'südkoreanischer', 'südkoreanisches',
      'sudcoreano', 'sudcoreana', 'sudcoreani', 'sudcoreane',
      // (the bare demonym is the South's: the North's is always named as such, "North Korean", which the longer name takes)
      'Korean', 'Koreans', 'Koreaner', 'coréen', 'coréens', 'coreano', 'coreani',
    ],
    places: [
      'Seoul', 'Séoul', 'Busan', 'Pusan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Jeju', 'Jeju Island',
      'Île de Jeju', 'Gyeonggi', 'Gangwon', 'Suwon', 'Pyeongtaek', 'Itaewon', 'Gangnam', 'Muan',
    ],
    agencies: [
      'Ministry of Foreign Affairs of Korea', 'Ministry of Foreign Affairs of the Republic of Korea',
      'South Korean Foreign Ministry', 'South Korean Ministry of Foreign Affairs', 'South Korean Embassy',
      'Embassy of the Republic of Korea', '0404.go.kr', 'südkoreanische Botschaft', 'ambassade de Corée du Sud',
      'ambasciata della Corea del Sud',
    ],
    metonyms: ['Seoul', 'Séoul'],
  },
  {
    code: 'KW', fips: 'KU',
    names: ['State of Kuwait', 'Koweit', 'Kuweit'],
    demonyms: [
      'Kuwaiti', 'Kuwaitis', 'koweïtien', 'koweïtienne', 'koweïtiens', 'koweïtiennes', 'Kuwaiter', 'Kuwaiterin',
      'kuwaitisch', 'kuwaitische', 'kuwaitischen', 'kuwaitischer', 'kuwaitisches', 'kuwaitiano', 'kuwaitiana',
      'kuwaitiani', 'kuwaitiane',
    ],
    places: ['Kuwait City', 'Koweït City', 'Kuwait-Stadt', 'Jahra'],
  },
  {
    code: 'KY', fips: 'CJ',
    names: ['Caymans', 'Grand Cayman', 'Cayman Brac', 'Little Cayman'],
    demonyms: ['Caymanian', 'Caymanians', 'caïmanais', 'caïmanaise', 'caïmanaises'],
    places: ['Bodden Town'],
    ambiguousPlaces: ['George Town'],
  },
  {
    code: 'KZ',
    names: ['Qazaqstan', 'Kazakstan', 'Republic of Kazakhstan'],
    demonyms: [
      'Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis', 'kazakhe', 'kazakhes', 'kazakhstanais', 'kazakhstanaise',
      'kazakhstanaises', 'Kasache', 'Kasachen', 'Kasachin', 'kasachisch', 'kasachische', 'kasachischen', 'kasachischer',
      'kasachisches', 'kazako', 'kazaka', 'kazaki', 'kazake',
    ],
    places: ['Astana', 'Nur-Sultan', 'Almaty', 'Alma-Ata', 'Shymkent', 'Karaganda', 'Aktau', 'Baikonur', 'Baïkonour'],
  },
  {
    code: 'LA',
    names: ['Lao PDR', 'République démocratique populaire lao'],
    demonyms: [
      'Laotian', 'Laotians', 'Lao', 'laotien', 'laotienne', 'laotiens', 'laotiennes', 'Laote', 'Laoten', 'Laotin',
      'laotisch', 'laotische', 'laotischen', 'laotischer', 'laotisches', 'laotiano', 'laotiana', 'laotiani', 'laotiane',
    ],
    places: ['Vientiane', 'Luang Prabang', 'Luang Namtha', 'Savannakhet', 'Pakse', 'Vang Vieng', 'Plain of Jars'],
  },
  {
    code: 'LB', fips: 'LE',
    names: ['Lebanese Republic', 'République libanaise'],
    demonyms: [
      'Lebanese', 'libanais', 'libanaise', 'libanaises', 'Libanese', 'Libanesen', 'Libanesin', 'libanesisch',
      'libanesische', 'libanesischen', 'libanesischer', 'libanesisches', 'libanesi',
    ],
    places: [
      'Beirut', 'Beyrouth', 'Beirute', 'Sidon', 'Sidone', 'Baalbek', 'Bekaa', 'Beqaa', 'Byblos', 'Jounieh', 'Nabatieh',
      'Dahieh', 'Dahiyeh',
    ],
    ambiguousPlaces: ['Tyre', 'Tyr'],
  },
  {
    code: 'LC', fips: 'ST',
    names: ['St Lucia', 'Sainte Lucie', 'Saint Lucie', 'Santa Lucía'],
    demonyms: [
      'Saint Lucian', 'Saint Lucians', 'St Lucian', 'St Lucians', 'St. Lucian', 'St. Lucians', 'saint-lucien',
      'saint-lucienne', 'saint-luciens', 'saint-luciennes',
    ],
    places: ['Castries', 'Gros Islet', 'Rodney Bay', 'Vieux Fort', 'Hewanorra', 'Marigot Bay'],
  },
  {
    code: 'LI', fips: 'LS',
    names: ['Principality of Liechtenstein', 'Fürstentum Liechtenstein'],
    demonyms: [
      'Liechtensteiner', 'Liechtensteiners', 'liechtensteinois', 'liechtensteinoise', 'liechtensteinoises',
      'liechtensteinisch', 'liechtensteinische', 'liechtensteinischen', 'liechtensteinischer', 'liechtensteinisches',
    ],
    places: ['Vaduz'],
  },
  {
    code: 'LK', fips: 'CE',
    names: ['Ceylon', 'Ceylan', 'Sri-Lanka', 'Democratic Socialist Republic of Sri Lanka'],
    demonyms: [
      'Sri Lankan', 'Sri Lankans', 'sri-lankais', 'sri-lankaise', 'sri-lankaises', 'srilankais', 'srilankaise',
      'srilankaises', 'Sri-Lanker', 'Srilanker', 'sri-lankisch', 'sri-lankische', 'sri-lankischen', 'sri-lankischer',
      'sri-lankisches', 'srilankisch', 'srilankische', 'srilankischen', 'srilankischer', 'srilankisches', 'srilankese',
      'srilankesi', 'singalese', 'singalesi',
    ],
    places: [
      'Colombo', 'Sri Jayawardenepura Kotte', 'Kandy', 'Jaffna', 'Trincomalee', 'Batticaloa', 'Negombo', 'Anuradhapura',
      'Sigiriya', 'Nuwara Eliya', 'Hambantota', 'Bandaranaike International Airport', 'Mirissa', 'Unawatuna', 'Bentota',
      'Hikkaduwa',
    ],
    ambiguousPlaces: ['Galle'],
  },
  {
    code: 'LR', fips: 'LI',
    names: ['Republic of Liberia'],
    demonyms: [
      'Liberian', 'Liberians', 'libérien', 'libérienne', 'libériens', 'libériennes', 'Liberianer', 'Liberianerin',
      'liberianisch', 'liberianische', 'liberianischen', 'liberianischer', 'liberianisches', 'liberiano', 'liberiana',
      'liberiani', 'liberiane',
    ],
    places: ['Monrovia', 'Gbarnga', 'Zwedru', 'Robertsfield', 'Roberts International Airport'],
  },
  {
    code: 'LS', fips: 'LT',
    names: ['Kingdom of Lesotho', 'Royaume du Lesotho'],
    demonyms: ['Mosotho', 'Basotho', 'lesothisch', 'lesothische', 'lesothischen', 'lesothischer', 'lesothisches'],
    places: ['Maseru', 'Teyateyaneng', 'Mafeteng', 'Leribe', 'Hlotse', "Mohale's Hoek", 'Semonkong'],
  },
  {
    code: 'LT', fips: 'LH',
    names: ['Lietuva', 'Republic of Lithuania'],
    demonyms: [
      'Lithuanian', 'Lithuanians', 'lituanien', 'lituanienne', 'lituaniens', 'lituaniennes', 'Litauer', 'Litauerin',
      'litauisch', 'litauische', 'litauischen', 'litauischer', 'litauisches', 'lituano', 'lituana', 'lituani',
      'lituane',
    ],
    places: ['Vilnius', 'Vilna', 'Wilna', 'Kaunas', 'Klaipėda', 'Klaipeda', 'Memel'],
  },
  {
    code: 'LU',
    names: [
      'Grand Duchy of Luxembourg', 'Grand-Duché de Luxembourg', 'Großherzogtum Luxemburg', 'Granducato di Lussemburgo',
    ],
    demonyms: [
      'Luxembourger', 'Luxembourgers', 'Luxembourgish', 'luxembourgeois', 'luxembourgeoise', 'luxembourgeoises',
      'Luxemburger', 'Luxemburgerin', 'luxemburgisch', 'luxemburgische', 'luxemburgischen', 'luxemburgischer',
      'luxemburgisches', 'lussemburghese', 'lussemburghesi',
    ],
    places: ['Esch-sur-Alzette'],
  },
  {
    code: 'LV', fips: 'LG',
    names: ['Latvija', 'Republic of Latvia'],
    demonyms: [
      'Latvian', 'Latvians', 'letton', 'lettonne', 'lettons', 'lettonnes', 'Lette', 'Letten', 'Lettin', 'lettisch',
      'lettische', 'lettischen', 'lettischer', 'lettisches', 'lettone', 'lettoni',
    ],
    places: ['Riga', 'Daugavpils', 'Jūrmala', 'Jurmala', 'Liepāja', 'Liepaja'],
  },
  {
    code: 'LY',
    names: ['State of Libya'],
    demonyms: [
      'Libyan', 'Libyans', 'libyen', 'libyenne', 'libyens', 'libyennes', 'Libyer', 'Libyerin', 'libysch', 'libico',
      'libica', 'libici', 'libiche',
    ],
    places: [
      'Benghazi', 'Bengasi', 'Misrata', 'Misurata', 'Sirte', 'Syrte', 'Tobruk', 'Tobrouk', 'Sabha', 'Sebha', 'Derna',
      'Fezzan', 'Cyrenaica', 'Cyrénaïque', 'Kyrenaika', 'Cirenaica', 'Tripolitania', 'Tripolitaine', 'Tripolitanien',
      'Zawiya', 'Ghadames', 'Kufra',
    ],
    ambiguousPlaces: ['Tripoli', 'Tripolis'],
  },
  {
    code: 'MA', fips: 'MO',
    names: ['Kingdom of Morocco', 'Royaume du Maroc', 'Königreich Marokko', 'Maghreb al-Aqsa'],
    demonyms: [
      'Moroccan', 'Moroccans', 'marocain', 'marocaine', 'marocains', 'marocaines', 'Marokkaner', 'Marokkanerin',
      'marokkanisch', 'marokkanische', 'marokkanischen', 'marokkanischer', 'marokkanisches', 'marocchino', 'marocchina',
      'marocchini', 'marocchine',
    ],
    places: [
      'Rabat', 'Casablanca', 'Marrakesh', 'Marrakech', 'Marrakesch', 'Marrakech-Safi', 'Tangier', 'Tanger', 'Tangeri',
      'Fès', 'Fes', 'Meknès', 'Meknes', 'Agadir', 'Ouarzazate', 'Chefchaouen', 'Essaouira', 'Al Hoceima', 'Nador',
      'Oujda',
    ],
  },
  {
    code: 'MC', fips: 'MN',
    names: ['Principality of Monaco', 'Principauté de Monaco', 'Fürstentum Monaco', 'Principato di Monaco'],
    demonyms: [
      'Monegasque', 'Monegasques', 'Monacan', 'Monacans', 'monégasque', 'monégasques', 'Monegasse', 'Monegassen',
      'monegassisch', 'monegassische', 'monegassischen', 'monegassischer', 'monegassisches', 'monegasco', 'monegasca',
      'monegaschi', 'monegasche',
    ],
    places: ['Monte Carlo', 'Monte-Carlo'],
    ambiguousNames: ['Monaco'],
  },
  {
    code: 'MD',
    names: ['Moldova', 'Republic of Moldova', 'République de Moldavie', 'Republik Moldau', 'Repubblica di Moldavia'],
    demonyms: [
      'Moldovan', 'Moldovans', 'moldave', 'moldaves', 'Moldauer', 'Moldauerin', 'moldauisch', 'moldauische',
      'moldauischen', 'moldauischer', 'moldauisches', 'moldawisch', 'moldawische', 'moldawischen', 'moldawischer',
      'moldawisches', 'moldavo', 'moldava', 'moldavi',
    ],
    places: [
      'Chișinău', 'Chisinau', 'Kischinau', 'Kichinev', 'Transnistria', 'Transnistrie', 'Transnistrien', 'Tiraspol',
      'Gagauzia', 'Bălți', 'Balti',
    ],
    ambiguousNames: ['Moldau'],
  },
  {
    code: 'ME', fips: 'MJ',
    names: ['Crna Gora'],
    demonyms: [
      'Montenegrin', 'Montenegrins', 'monténégrin', 'monténégrine', 'monténégrins', 'monténégrines', 'Montenegriner',
      'Montenegrinerin', 'montenegrinisch', 'montenegrinische', 'montenegrinischen', 'montenegrinischer',
      'montenegrinisches', 'montenegrino', 'montenegrina', 'montenegrini', 'montenegrine',
    ],
    places: ['Podgorica', 'Kotor', 'Cattaro', 'Budva', 'Cetinje'],
  },
  {
    code: 'MF', fips: 'RN',
    names: [
      'French Saint Martin', 'Saint-Martin français', 'Collectivity of Saint Martin', 'Collectivité de Saint-Martin',
    ],
    places: ['Marigot, Saint-Martin', 'Grand Case', 'Grand-Case', 'Orient Bay', 'Baie Orientale'],
    ambiguousNames: ['Saint Martin', 'St. Martin', 'St Martin', 'Saint-Martin'],
  },
  {
    code: 'MG', fips: 'MA',
    names: ['Republic of Madagascar', 'Madagasikara'],
    demonyms: [
      'Malagasy', 'Madagascan', 'Madagascans', 'malgache', 'malgaches', 'Madagasse', 'Madagassen', 'Madagassin',
      'madagassisch', 'madagassische', 'madagassischen', 'madagassischer', 'madagassisches', 'malgascio', 'malgascia',
      'malgasci', 'malgasce',
    ],
    places: [
      'Antananarivo', 'Tananarive', 'Toamasina', 'Tamatave', 'Mahajanga', 'Majunga', 'Fianarantsoa', 'Toliara',
      'Tuléar', 'Antsiranana', 'Diego-Suarez', 'Nosy Be', 'Nosy-Bé',
    ],
  },
  {
    code: 'MH', fips: 'RM',
    names: ['Republic of the Marshall Islands'],
    demonyms: [
      'Marshallese', 'Marshall Islander', 'Marshall Islanders', 'marshallais', 'marshallaise', 'marshallaises',
    ],
    places: ['Majuro', 'Kwajalein', 'Ebeye', 'Bikini Atoll', 'Enewetak', 'Jaluit', 'Arno Atoll', 'Delap-Uliga-Djarrit'],
  },
  {
    code: 'MK',
    names: ['Republic of North Macedonia', 'Severna Makedonija', 'FYROM', 'Former Yugoslav Republic of Macedonia'],
    demonyms: [
      'North Macedonian', 'North Macedonians', 'nord-macédonien', 'nord-macédonienne', 'nord-macédoniens',
      'nord-macédoniennes', 'nordmazedonisch', 'nordmazedonische', 'nordmazedonischen', 'nordmazedonischer',
      'nordmazedonisches', 'nordmacedone', 'nordmacedoni',
    ],
    places: ['Skopje', 'Skopie', 'Skopia', 'Ohrid', 'Tetovo', 'Bitola'],
    ambiguousNames: ['Macedonia', 'Macédoine', 'Mazedonien', 'Macedonian', 'Macedonians'],
  },
  {
    code: 'ML',
    names: ['Republic of Mali', 'République du Mali', 'Republik Mali', 'Repubblica del Mali'],
    demonyms: [
      'Malian', 'Malians', 'malien', 'malienne', 'maliens', 'maliennes', 'Malier', 'Malierin', 'Maliern', 'malisch',
      'malische', 'malischen', 'malischer', 'malisches', 'maliano', 'maliana', 'maliani', 'maliane',
    ],
    places: [
      'Bamako', 'Timbuktu', 'Tombouctou', 'Timbuctù', 'Timbuctu', 'Mopti', 'Kidal', 'Kayes', 'Ségou', 'Segou',
      'Sikasso', 'Ménaka', 'Menaka', 'Koulikoro', 'Djenné', 'Djenne', 'Nioro du Sahel', 'Bandiagara', 'Tessalit',
      'Azawad', 'Sévaré', 'Sevare', 'Douentza', 'Niono', 'Koutiala', 'Bougouni', 'Diéma',
    ],
    ambiguousPlaces: ['Gao'],
  },
  {
    code: 'MM', fips: 'BM',
    names: ['Burma', 'Birmanie', 'Birma', 'Birmania', 'Republic of the Union of Myanmar', 'Union of Myanmar'],
    demonyms: [
      'Burmese', 'Myanmarese', 'birman', 'birmane', 'birmans', 'birmanes', 'myanmarais', 'myanmaraise', 'myanmaraises',
      'Birmanen', 'birmanisch', 'birmanische', 'birmanischen', 'birmanischer', 'birmanisches', 'myanmarisch',
      'myanmarische', 'myanmarischen', 'myanmarischer', 'myanmarisches', 'birmano', 'birmana', 'birmani',
    ],
    places: [
      'Yangon', 'Rangoon', 'Rangoun', 'Rangun', 'Naypyidaw', 'Naypyitaw', 'Nay Pyi Taw', 'Mandalay', 'Rakhine', 'Arakan',
      'Shan State', 'Kachin', 'Karen State', 'Kayin', 'Kayah', 'Chin State', 'Sagaing', 'Bago', 'Pegu', 'Myawaddy',
      'Myitkyina', 'Sittwe', 'Lashio', 'Bagan', 'Inle Lake', 'Magway', 'Mawlamyine', 'Tachileik', 'Hpa-an', 'Taunggyi',
      'Mon State', 'Tanintharyi', 'Ayeyarwady', 'Irrawaddy',
    ],
  },
  {
    code: 'MN', fips: 'MG',
    names: ['Mongol Uls', 'Outer Mongolia'],
    demonyms: [
      'Mongolian', 'Mongolians', 'mongol', 'mongole', 'mongols', 'mongoles', 'Mongolen', 'Mongolin', 'mongolisch',
      'mongolische', 'mongolischen', 'mongolischer', 'mongolisches', 'mongolo', 'mongola', 'mongoli',
    ],
    places: ['Ulaanbaatar', 'Ulan Bator', 'Oulan-Bator', 'Ulan-Bator', 'Erdenet', 'Darkhan'],
  },
  {
    code: 'MO', fips: 'MC',
    names: ['Macau', 'Macau SAR', 'Macao SAR', 'Aomen'],
    demonyms: ['Macanese', 'macanais', 'macanaise', 'macanaises'],
    places: ['Taipa', 'Coloane', 'Cotai', 'Macau Peninsula'],
  },
  {
    code: 'MP', fips: 'CQ',
    names: [
      'Northern Marianas', 'CNMI', 'Commonwealth of the Northern Mariana Islands', 'Mariannes du Nord',
      'Marianne Settentrionali',
    ],
    places: ['Saipan', 'Tinian', 'Garapan', 'Pagan Island'],
  },
  {
    code: 'MQ', fips: 'MB',
    demonyms: ['Martinican', 'Martinicans', 'Martiniquais', 'martiniquaise', 'martiniquaises'],
    places: [
      'Fort-de-France', 'Saint-Pierre de la Martinique', 'Les Trois-Îlets', 'Mount Pelée', 'Montagne Pelée',
      'Aimé Césaire Airport',
    ],
  },
  {
    code: 'MR',
    names: ['Islamic Republic of Mauritania', 'République islamique de Mauritanie'],
    demonyms: [
      'Mauritanian', 'Mauritanians', 'mauritanien', 'mauritanienne', 'mauritaniens', 'mauritaniennes', 'Mauretanier',
      'Mauretanierin', 'mauretanisch', 'mauretanische', 'mauretanischen', 'mauretanischer', 'mauretanisches',
      'mauritano', 'mauritana', 'mauritani', 'mauritane',
    ],
    places: ['Nouakchott', 'Nouadhibou', 'Zouérat', 'Zouerate', 'Néma', 'Kiffa', 'Bassikounou', 'Mbera'],
  },
  {
    code: 'MS', fips: 'MH',
    demonyms: [
      'Montserratian', 'Montserratians', 'montserratien', 'montserratienne', 'montserratiens', 'montserratiennes',
    ],
    places: ['Brades', 'Soufrière Hills', 'Plymouth, Montserrat'],
  },
  {
    code: 'MT',
    names: ['Republic of Malta', "Repubblika ta' Malta"],
    demonyms: [
      'Maltese', 'maltais', 'maltaise', 'maltaises', 'maltesisch', 'maltesische', 'maltesischen', 'maltesischer',
      'maltesisches',
    ],
    places: ['Valletta', 'La Valette', 'La Valletta', 'Gozo', 'Sliema', 'Mdina'],
  },
  {
    code: 'MU', fips: 'MP',
    names: ['Republic of Mauritius', 'Île Maurice', 'Ile Maurice', 'Mauritius Island', 'Isola di Mauritius'],
    demonyms: [
      'Mauritian', 'Mauritians', 'mauricien', 'mauricienne', 'mauriciens', 'mauriciennes', 'Mauritier', 'Mauritierin',
      'mauritisch', 'mauritische', 'mauritischen', 'mauritischer', 'mauritisches', 'mauriziano', 'mauriziana',
      'mauriziani', 'mauriziane',
    ],
    places: [
      'Port Louis', 'Port-Louis', 'Curepipe', 'Grand Baie', 'Grand-Baie', 'Agaléga', 'Agalega', 'Flic en Flac',
      'Quatre Bornes',
    ],
    ambiguousPlaces: ['Rodrigues'],
    ambiguousNames: ['Maurice'],
  },
  {
    code: 'MV',
    names: ['Republic of Maldives', 'Maldive Islands'],
    demonyms: [
      'Maldivian', 'Maldivians', 'maldivien', 'maldivienne', 'maldiviens', 'maldiviennes', 'Malediver', 'Malediverin',
      'maledivisch', 'maledivische', 'maledivischen', 'maledivischer', 'maledivisches', 'maldiviano', 'maldiviana',
      'maldiviani', 'maldiviane',
    ],
    places: [
      'Hulhulé', 'Hulhule', 'Velana International Airport', 'Addu City', 'Addu Atoll', 'Hulhumalé', 'Hulhumale',
      'Maafushi', 'Ari Atoll', 'Baa Atoll',
    ],
    ambiguousPlaces: ['Male', 'Malé'],
  },
  {
    code: 'MW', fips: 'MI',
    names: ['Republic of Malawi', 'Nyasaland'],
    demonyms: [
      'Malawian', 'Malawians', 'malawite', 'malawites', 'malawien', 'malawienne', 'malawiens', 'malawiennes',
      'Malawier', 'Malawierin', 'malawisch', 'malawische', 'malawischen', 'malawischer', 'malawisches', 'malawiano',
      'malawiana', 'malawiani', 'malawiane',
    ],
    places: ['Lilongwe', 'Blantyre', 'Mzuzu', 'Zomba', 'Lake Malawi', 'Lac Malawi', 'Malawisee', 'Mangochi'],
  },
  {
    code: 'MX',
    names: ['United Mexican States', 'Estados Unidos Mexicanos', 'México'],
    demonyms: [
      'Mexican', 'Mexicans', 'mexicain', 'mexicaine', 'mexicains', 'mexicaines', 'Mexikaner', 'Mexikanerin',
      'mexikanisch', 'mexikanische', 'mexikanischen', 'mexikanischer', 'mexikanisches', 'messicano', 'messicana',
      'messicani', 'messicane',
    ],
    places: [
      'Mexico City', 'Ciudad de México', 'Ciudad de Mexico', 'Mexiko-Stadt', 'Città del Messico', 'Tijuana',
      'Monterrey', 'Cancún', 'Cancun', 'Acapulco', 'Puerto Vallarta', 'Los Cabos', 'Cabo San Lucas', 'Playa del Carmen',
      'Tulum', 'Culiacán', 'Culiacan', 'Sinaloa', 'Chiapas', 'Oaxaca', 'Michoacán', 'Michoacan', 'Jalisco',
      'Tamaulipas', 'Chihuahua', 'Ciudad Juárez', 'Ciudad Juarez', 'Sonora', 'Baja California', 'Yucatán', 'Yucatan',
      'Veracruz', 'Zacatecas', 'Guanajuato', 'Reynosa', 'Matamoros', 'Nuevo Laredo', 'Mazatlán', 'Mazatlan',
      'Quintana Roo', 'San Luis Potosí', 'San Luis Potosi', 'Puebla',
    ],
    ambiguousPlaces: ['Guadalajara', 'Guerrero'],
    agencies: [
      'Secretaría de Relaciones Exteriores', 'SRE', 'Mexican Foreign Ministry', 'Mexican Ministry of Foreign Affairs',
      'Mexican Embassy', 'Embajada de México', 'ambassade du Mexique', 'mexikanische Botschaft',
      'ambasciata del Messico',
    ],
    metonyms: ['Mexico City'],
  },
  {
    code: 'MY',
    names: ['Federation of Malaysia'],
    demonyms: [
      'Malaysian', 'Malaysians', 'malaisien', 'malaisienne', 'malaisiens', 'malaisiennes', 'malaysien', 'malaysienne',
      'malaysiens', 'malaysiennes', 'Malaysier', 'Malaysierin', 'malaysisch', 'malaysische', 'malaysischen',
      'malaysischer', 'malaysisches', 'malese', 'malesi', 'malaysiano', 'malaysiana', 'malaysiani', 'malaysiane',
    ],
    places: [
      'Kuala Lumpur', 'Putrajaya', 'Penang', 'Pulau Pinang', 'Johor', 'Johor Bahru', 'Sarawak', 'Kota Kinabalu',
      'Kuching', 'Langkawi', 'Malacca', 'Melaka', 'Ipoh', 'Cameron Highlands', 'Selangor', 'Kelantan', 'Terengganu',
      'Kedah', 'Perak', 'Pahang', 'Borneo malaisien', 'Malaysian Borneo', 'Shah Alam', 'Petaling Jaya', 'Semporna',
      'Sandakan', 'Tawau', 'Lahad Datu', 'Kuantan', 'Kota Bharu', 'Sepang', 'KLIA',
    ],
    ambiguousPlaces: ['Sabah'],
    agencies: [
      'Wisma Putra', 'Malaysian Foreign Ministry', 'Malaysian Ministry of Foreign Affairs', 'Malaysian Embassy',
      'Malaysian High Commission', 'Embassy of Malaysia', 'High Commission of Malaysia', 'malaysische Botschaft',
      'ambassade de Malaisie', 'ambasciata della Malesia',
    ],
    metonyms: ['Kuala Lumpur', 'Putrajaya', 'Wisma Putra'],
  },
  {
    code: 'MZ',
    names: ['Republic of Mozambique', 'Moçambique'],
    demonyms: [
      'Mozambican', 'Mozambicans', 'mozambicain', 'mozambicaine', 'mozambicains', 'mozambicaines', 'Mosambikaner',
      'Mosambikanerin', 'mosambikanisch', 'mosambikanische', 'mosambikanischen', 'mosambikanischer', 'mosambikanisches',
      'mozambicano', 'mozambicana', 'mozambicani', 'mozambicane',
    ],
    places: [
      'Maputo', 'Beira', 'Nampula', 'Cabo Delgado', 'Mocímboa da Praia', 'Mocimboa da Praia', 'Quelimane', 'Inhambane',
      'Vilankulo', 'Lichinga', 'Niassa', 'Xai-Xai', 'Chimoio', 'Sofala', 'Zambezia',
    ],
  },
  {
    code: 'NA', fips: 'WA',
    names: ['Republic of Namibia', 'South West Africa'],
    demonyms: [
      'Namibian', 'Namibians', 'namibien', 'namibienne', 'namibiens', 'namibiennes', 'Namibier', 'Namibierin',
      'namibisch', 'namibische', 'namibischen', 'namibischer', 'namibisches', 'namibiano', 'namibiana', 'namibiani',
      'namibiane',
    ],
    places: [
      'Windhoek', 'Walvis Bay', 'Swakopmund', 'Lüderitz', 'Luderitz', 'Etosha', 'Oshakati', 'Rundu', 'Katima Mulilo',
      'Caprivi',
    ],
  },
  {
    code: 'NC',
    names: ['Kanaky', 'Kanaky-New Caledonia'],
    demonyms: [
      'New Caledonian', 'New Caledonians', 'Kanak', 'Kanaks', 'néo-calédonien', 'néo-calédonienne', 'néo-calédoniens',
      'néo-calédoniennes', 'kanake', 'kanakes',
    ],
    places: [
      'Nouméa', 'Noumea', 'La Tontouta', 'Tontouta', 'Lifou', 'Île des Pins', 'Koné', 'Poindimié', 'Loyalty Islands',
      'Îles Loyauté', 'Dumbéa', 'Païta',
    ],
  },
  {
    code: 'NE', fips: 'NG',
    names: ['Republic of the Niger', 'Republic of Niger', 'République du Niger'],
    demonyms: [
      'Nigerien', 'Nigeriens', 'nigérien', 'nigérienne', 'nigériens', 'nigériennes', 'Nigrer', 'Nigrerin', 'nigrisch',
      'nigrische', 'nigrischen', 'nigrischer', 'nigrisches', 'nigerino', 'nigerina', 'nigerini', 'nigerine',
    ],
    places: [
      'Niamey', 'Agadez', 'Zinder', 'Maradi', 'Tahoua', 'Tillabéri', 'Tillaberi', 'Diffa', 'Dosso', 'Arlit', 'Assamaka',
    ],
  },
  {
    code: 'NF',
    names: ['Territory of Norfolk Island'],
    demonyms: ['Norfolk Islander', 'Norfolk Islanders'],
    places: ['Burnt Pine', 'Kingston, Norfolk Island', 'Norfolk Island Airport'],
  },
  {
    code: 'NG', fips: 'NI',
    names: ['Federal Republic of Nigeria', 'Naija'],
    demonyms: [
      'Nigerian', 'Nigerians', 'nigérian', 'nigériane', 'nigérians', 'nigérianes', 'Nigerianer', 'Nigerianerin',
      'nigerianisch', 'nigerianische', 'nigerianischen', 'nigerianischer', 'nigerianisches', 'nigeriano', 'nigeriana',
      'nigeriani', 'nigeriane',
    ],
    places: [
      'Abuja', 'Lagos', 'Kano', 'Ibadan', 'Port Harcourt', 'Kaduna', 'Maiduguri', 'Borno', 'Zamfara', 'Katsina',
      'Sokoto', 'Benue', 'Plateau State', 'Enugu', 'Niger Delta', 'Delta State', 'Rivers State', 'Benin City', 'Owerri',
      'Onitsha', 'Yola', 'Adamawa', 'Yobe', 'Calabar', 'Warri', 'Biafra', 'Ogun', 'Ilorin', 'Kwara',
    ],
    ambiguousPlaces: ['Jos'],
  },
  {
    code: 'NI', fips: 'NU',
    names: ['Republic of Nicaragua'],
    demonyms: [
      'Nicaraguan', 'Nicaraguans', 'nicaraguayen', 'nicaraguayenne', 'nicaraguayens', 'nicaraguayennes', 'Nicaraguaner',
      'Nicaraguanerin', 'nicaraguanisch', 'nicaraguanische', 'nicaraguanischen', 'nicaraguanischer', 'nicaraguanisches',
      'nicaraguense', 'nicaraguensi', 'nicaraguegno', 'nicaraguegna', 'nicaraguegni', 'nicaraguegne',
    ],
    places: [
      'Managua', 'Masaya', 'Matagalpa', 'Bluefields', 'Estelí', 'Esteli', 'San Juan del Sur', 'Chinandega', 'Jinotega',
      'Bilwi', 'Puerto Cabezas',
    ],
  },
  {
    code: 'NL',
    names: ['Nederland', 'Kingdom of the Netherlands', 'Olanda'],
    demonyms: [
      'Dutch', 'Dutchman', 'Dutchmen', 'Dutchwoman', 'néerlandais', 'néerlandaise', 'néerlandaises', 'hollandais',
      'hollandaise', 'hollandaises', 'Niederländer', 'Niederländerin', 'Holländer', 'Holländerin', 'niederländisch',
      'niederländische', 'niederländischen', 'niederländischer', 'niederländisches', 'holländisch', 'holländische',
      'holländischen', 'holländischer', 'holländisches', 'olandese', 'olandesi',
    ],
    places: ['Amsterdam', 'The Hague', 'Den Haag', 'La Haye', 'Rotterdam', 'Utrecht', 'Eindhoven'],
    ambiguousNames: ['Holland', 'Hollande'],
    agencies: [
      'Ministerie van Buitenlandse Zaken', 'Dutch Foreign Ministry', 'Dutch Ministry of Foreign Affairs',
      'Netherlands Ministry of Foreign Affairs', 'Nederlandwereldwijd', 'Netherlands Worldwide', 'Dutch Embassy',
      'Netherlands Embassy', 'Nederlandse ambassade', 'ambassade des Pays-Bas', 'niederländische Botschaft',
      'ambasciata dei Paesi Bassi',
    ],
    metonyms: ['The Hague', 'Den Haag', 'La Haye'],
  },
  {
    code: 'NO',
    names: ['Kingdom of Norway', 'Norge', 'Noreg', 'Royaume de Norvège', 'Königreich Norwegen', 'Regno di Norvegia'],
    demonyms: [
      'Norwegian', 'Norwegians', 'norvégien', 'norvégienne', 'norvégiens', 'norvégiennes', 'Norweger', 'Norwegerin',
      'norwegisch', 'norwegische', 'norwegischen', 'norwegischer', 'norwegisches', 'norvegese', 'norvegesi',
    ],
    places: ['Oslo', 'Trondheim', 'Stavanger', 'Tromsø', 'Tromso'],
    ambiguousPlaces: ['Bergen'],
    agencies: [
      'Utenriksdepartementet', 'Norwegian Foreign Ministry', 'Norwegian Ministry of Foreign Affairs',
      'Norwegian Embassy', 'norwegische Botschaft', 'ambassade de Norvège', 'ambasciata di Norvegia',
    ],
    metonyms: ['Oslo'],
  },
  {
    code: 'NP',
    names: ['Federal Democratic Republic of Nepal'],
    demonyms: [
      'Nepali', 'Nepalis', 'Nepalese', 'népalais', 'népalaise', 'népalaises', 'Nepalesen', 'Nepalesin', 'nepalesisch',
      'nepalesische', 'nepalesischen', 'nepalesischer', 'nepalesisches', 'nepalesi',
    ],
    places: [
      'Kathmandu', 'Katmandou', 'Katmandu', 'Pokhara', 'Bhaktapur', 'Biratnagar', 'Lumbini', 'Chitwan', 'Annapurna',
      'Everest Base Camp', 'Lukla', 'Birgunj', 'Nepalgunj', 'Janakpur',
    ],
  },
  {
    code: 'NR',
    names: ['Republic of Nauru', 'Naoero', 'Pleasant Island'],
    demonyms: [
      'Nauruan', 'Nauruans', 'nauruane', 'nauruanes', 'nauruisch', 'nauruische', 'nauruischen', 'nauruischer',
      'nauruisches',
    ],
    places: ['Yaren', 'Aiwo', 'Denigomodu', 'Anibare'],
  },
  {
    code: 'NU', fips: 'NE',
    names: ['Niuē', 'Niue Island', 'Île Niue'],
    demonyms: ['Niuean', 'Niueans', 'niuéen', 'niuéenne', 'niuéens', 'niuéennes'],
    places: ['Alofi', 'Hanan International Airport', 'Avatele', 'Hakupu'],
  },
  {
    code: 'NZ',
    names: ['Aotearoa', 'Aotearoa New Zealand', 'Nouvelle Zélande'],
    demonyms: [
      'New Zealander', 'New Zealanders', 'néo-zélandais', 'néo-zélandaise', 'néo-zélandaises', 'Neuseeländer',
      'Neuseeländerin', 'neuseeländisch', 'neuseeländische', 'neuseeländischen', 'neuseeländischer', 'neuseeländisches',
      'neozelandese', 'neozelandesi',
    ],
    places: [
      'Auckland', 'Wellington', 'Christchurch', 'Queenstown', 'Dunedin', 'Rotorua', 'Tauranga', 'Whakaari',
      'Bay of Islands', 'Milford Sound',
    ],
    agencies: [
      'MFAT', 'New Zealand Ministry of Foreign Affairs and Trade', 'SafeTravel', 'safetravel.govt.nz',
      'New Zealand Embassy', 'New Zealand High Commission', 'Embassy of New Zealand', 'NZ Embassy',
      'NZ High Commission', 'Manatū Aorere', 'neuseeländische Botschaft', 'ambassade de Nouvelle-Zélande',
      'ambasciata della Nuova Zelanda',
    ],
    metonyms: ['Wellington'],
  },
  {
    code: 'OM', fips: 'MU',
    names: ['Sultanate of Oman', "Sultanat d'Oman", 'Sultanat Oman', "Sultanato dell'Oman"],
    demonyms: [
      'Omani', 'Omanis', 'omanais', 'omanaise', 'omanaises', 'Omaner', 'Omanerin', 'omanisch', 'omanische',
      'omanischen', 'omanischer', 'omanisches', 'omanita', 'omaniti', 'omanite',
    ],
    places: ['Muscat', 'Mascate', 'Maskat', 'Mascat', 'Salalah', 'Sohar', 'Duqm', 'Musandam', 'Dhofar', 'Nizwa'],
  },
  {
    code: 'PA', fips: 'PM',
    names: ['Republic of Panama', 'République du Panama'],
    demonyms: [
      'Panamanian', 'Panamanians', 'panaméen', 'panaméenne', 'panaméens', 'panaméennes', 'Panamaer', 'Panamaerin',
      'panamaisch', 'panamaische', 'panamaischen', 'panamaischer', 'panamaisches', 'panamense', 'panamensi',
      'panamegno', 'panamegna', 'panamegni', 'panamegne',
    ],
    places: [
      'Panama Canal', 'Canal de Panama', 'Panamakanal', 'Canale di Panama', 'Bocas del Toro', 'Darién', 'Darién Gap',
      'Chiriquí', 'Chiriqui', 'Tocumen', 'Portobelo', 'Guna Yala', 'San Blas Islands',
    ],
    ambiguousPlaces: ['Panama City'],
  },
  {
    code: 'PE',
    names: ['Republic of Peru'],
    demonyms: [
      'Peruvian', 'Peruvians', 'péruvien', 'péruvienne', 'péruviens', 'péruviennes', 'Peruaner', 'Peruanerin',
      'peruanisch', 'peruanische', 'peruanischen', 'peruanischer', 'peruanisches', 'peruviano', 'peruviana',
      'peruviani', 'peruviane',
    ],
    places: [
      'Lima', 'Cusco', 'Cuzco', 'Machu Picchu', 'Arequipa', 'Puno', 'Iquitos', 'Chiclayo', 'Piura', 'Huancayo',
      'Ayacucho', 'VRAEM', 'Callao', 'Nazca', 'Nasca', 'Paracas', 'Huaraz', 'Puerto Maldonado', 'Sacred Valley',
      'Valle Sagrado', 'Tumbes', 'Tacna', 'Cajamarca',
    ],
  },
  {
    code: 'PF', fips: 'FP',
    names: ['Polynésie', 'Tahiti', 'Tahiti Nui'],
    demonyms: [
      'Tahitian', 'Tahitians', 'French Polynesian', 'French Polynesians', 'tahitien', 'tahitienne', 'tahitiens',
      'tahitiennes', 'polynésien', 'polynésienne', 'polynésiens', 'polynésiennes',
    ],
    places: [
      'Papeete', 'Bora Bora', 'Bora-Bora', 'Moorea', 'Mooréa', 'Raiatea', 'Huahine', 'Marquesas', 'Marquises',
      'Marquesas Islands', 'Îles Marquises', 'Tuamotu', 'Tuamotus', 'Rangiroa', 'Fakarava', 'Mururoa', 'Moruroa',
      'Faaa', "Faa'a", 'Gambier Islands', 'Îles Gambier', 'Austral Islands',
    ],
  },
  {
    code: 'PG', fips: 'PP',
    names: ['Independent State of Papua New Guinea', 'Papua Niugini'],
    demonyms: [
      'Papua New Guinean', 'Papua New Guineans', 'papouan-néo-guinéen', 'papouan-néo-guinéenne', 'papouan-néo-guinéens',
      'papouan-néo-guinéennes', 'papua-neuguineisch', 'papua-neuguineische', 'papua-neuguineischen',
      'papua-neuguineischer', 'papua-neuguineisches',
    ],
    places: [
      'Port Moresby', 'Mount Hagen', 'Bougainville', 'Autonomous Region of Bougainville', 'Madang', 'Goroka', 'Wewak',
      'Rabaul', 'Kokopo', 'Enga Province', 'Hela Province', 'New Britain', 'New Ireland', 'Manus Island', 'Kimbe',
      'Arawa', 'Porgera',
    ],
    ambiguousNames: ['PNG'],
  },
  {
    code: 'PH', fips: 'RP',
    names: ['Republic of the Philippines', 'Philippine Islands', 'Pilipinas', 'Filipinas'],
    demonyms: [
      'Filipino', 'Filipinos', 'Filipina', 'Philippine', 'Pinoy', 'Pinoys', 'philippin', 'philippins', 'philippines',
      'Philippiner', 'Philippinerin', 'philippinisch', 'philippinische', 'philippinischen', 'philippinischer',
      'philippinisches', 'filippino', 'filippina', 'filippini', 'filippine',
    ],
    places: [
      'Manila', 'Manille', 'Metro Manila', 'Quezon City', 'Makati', 'Cebu', 'Cebu City', 'Davao', 'Davao City',
      'Mindanao', 'Luzon', 'Visayas', 'Boracay', 'Palawan', 'Puerto Princesa', 'El Nido', 'Zamboanga', 'Marawi',
      'Cotabato', 'Sulu', 'Jolo', 'Basilan', 'Bangsamoro', 'Iloilo', 'Bohol', 'Siargao', 'Baguio', 'Subic', 'Tacloban',
      'Leyte', 'Cagayan de Oro', 'Sulu Archipelago', 'Ninoy Aquino International Airport', 'NAIA',
    ],
    agencies: [
      'Philippine Department of Foreign Affairs', 'Department of Foreign Affairs of the Philippines', 'DFA Philippines',
      // (shared with Ireland: the document's other mentions decide which government it is)
      'Department of Foreign Affairs', 'DFA',
      'Philippine Foreign Ministry', 'Philippine Embassy', 'Embassy of the Philippines', 'Philippine Consulate',
      'Department of Migrant Workers', 'DMW', 'Overseas Workers Welfare Administration', 'OWWA',
      'Philippine Overseas Employment Administration', 'POEA', 'philippinische Botschaft', 'ambassade des Philippines',
      'ambasciata delle Filippine',
    ],
    metonyms: ['Manila', 'Malacañang', 'Malacanang'],
  },
  {
    code: 'PK',
    names: ['Islamic Republic of Pakistan', 'République islamique du Pakistan'],
    demonyms: [
      'Pakistani', 'Pakistanis', 'pakistanais', 'pakistanaise', 'pakistanaises', 'Pakistaner', 'Pakistanerin',
      'pakistanisch', 'pakistanische', 'pakistanischen', 'pakistanischer', 'pakistanisches', 'pakistano', 'pakistana',
      'pakistane',
    ],
    places: [
      'Islamabad', 'Karachi', 'Karatschi', 'Lahore', 'Peshawar', 'Peschawar', 'Quetta', 'Rawalpindi', 'Faisalabad',
      'Multan', 'Balochistan', 'Baluchistan', 'Belutschistan', 'Khyber Pakhtunkhwa', 'Waziristan', 'North Waziristan',
      'South Waziristan', 'Gilgit-Baltistan', 'Gilgit', 'Azad Kashmir', 'Pakistan-administered Kashmir', 'Sindh',
      'Gwadar', 'Abbottabad', 'Swat Valley', 'Sialkot', 'Chaman', 'Bannu', 'Dera Ismail Khan', 'Khyber Pass',
    ],
    agencies: [
      'Pakistani Foreign Office', 'Pakistan Foreign Office', "Pakistan's Foreign Office",
      'Ministry of Foreign Affairs of Pakistan', 'Pakistani Ministry of Foreign Affairs', 'Pakistani Foreign Ministry',
      'Pakistani Embassy', 'Pakistan High Commission', 'Pakistani High Commission', 'Embassy of Pakistan',
      'pakistanische Botschaft', 'ambassade du Pakistan', 'ambasciata del Pakistan',
    ],
    metonyms: ['Islamabad'],
  },
  {
    code: 'PL',
    names: ['Polska', 'Republic of Poland', 'Rzeczpospolita Polska'],
    demonyms: [
      'polonais', 'polonaise', 'polonaises', 'Polin', 'polnisch', 'polnische', 'polnischen', 'polnischer', 'polnisches',
      'polacco', 'polacca', 'polacchi', 'polacche',
    ],
    places: [
      'Warsaw', 'Varsovie', 'Warschau', 'Varsavia', 'Warszawa', 'Kraków', 'Krakow', 'Cracow', 'Cracovie', 'Krakau',
      'Cracovia', 'Gdańsk', 'Gdansk', 'Danzig', 'Wrocław', 'Wroclaw', 'Breslau', 'Poznań', 'Poznan', 'Łódź', 'Lodz',
      'Rzeszów', 'Rzeszow',
    ],
    ambiguousNames: ['Polish', 'Poles'],
    agencies: [
      'Ministerstwo Spraw Zagranicznych', 'MSZ', 'Polish Foreign Ministry', 'Polish Ministry of Foreign Affairs',
      'Polish Embassy', 'Ambasada RP', 'polnische Botschaft', 'ambassade de Pologne', 'ambasciata di Polonia',
      'Odyseusz',
    ],
    metonyms: ['Warsaw', 'Varsovie', 'Warschau', 'Varsavia'],
  },
  {
    code: 'PM', fips: 'SB',
    names: ['St Pierre and Miquelon', 'St. Pierre and Miquelon', 'Miquelon', 'St-Pierre-et-Miquelon'],
    demonyms: [
      'Saint-Pierrais', 'saint-pierraise', 'saint-pierraises', 'miquelonnais', 'miquelonnaise', 'miquelonnaises',
    ],
    places: ['Saint-Pierre, Saint-Pierre-et-Miquelon', 'Miquelon-Langlade'],
  },
  {
    code: 'PN', fips: 'PC',
    names: ['Pitcairn Island', 'Pitcairn, Henderson, Ducie and Oeno Islands'],
    demonyms: ['Pitcairn Islander', 'Pitcairn Islanders', 'Pitcairner', 'Pitcairners'],
    places: ['Adamstown', 'Henderson Island', 'Ducie Island', 'Oeno Island'],
  },
  {
    code: 'PR', fips: 'RQ',
    names: ['Commonwealth of Puerto Rico', 'Portorico', 'Borinquen', 'Boriquén'],
    demonyms: [
      'Puerto Rican', 'Puerto Ricans', 'portoricain', 'portoricaine', 'portoricains', 'portoricaines', 'Puertoricaner',
      'Puerto-Ricaner', 'puertoricanisch', 'puertoricanische', 'puertoricanischen', 'puertoricanischer',
      'puertoricanisches', 'puerto-ricanisch', 'puerto-ricanische', 'puerto-ricanischen', 'puerto-ricanischer',
      'puerto-ricanisches', 'portoricano', 'portoricana', 'portoricani', 'portoricane',
    ],
    places: ['Mayagüez', 'Mayaguez', 'Bayamón', 'Bayamon', 'Vieques', 'Caguas', 'Arecibo', 'Aguadilla'],
    ambiguousPlaces: ['San Juan'],
  },
  {
    code: 'PS', fips: 'WE',
    names: [
      'Gaza', 'Gaza Strip', 'West Bank', 'Palestinian territories', 'occupied Palestinian territories',
      'occupied Palestinian territory', 'Palestinian Authority', 'territoires palestiniens', 'Cisjordanie',
      'bande de Gaza', 'Palästina', 'palästinensische Gebiete', 'palästinensischen Gebiete', 'palästinensischen Gebieten',
      'palästinensische Autonomiegebiete', 'palästinensischen Autonomiegebieten', 'Palästinensergebiete', 'Palästinensergebieten', 'Westjordanland',
      'Gazastreifen', 'Palestina', 'territori palestinesi', 'territori palestinesi occupati', 'Cisgiordania',
      'striscia di Gaza', 'Autonomia Palestinese', 'Autorité palestinienne', 'Palästinensische Autonomiebehörde',
      'Autorità Nazionale Palestinese',
      // (written in lower case, as running text writes them: the name then matches in either case)
      'territoires palestiniens occupés', 'palästinensischen Autonomiegebiete',
    ],
    demonyms: [
      'Palestinian', 'Palestinians', 'palestinien', 'palestinienne', 'palestiniens', 'palestiniennes', 'Palästinenser',
      'Palästinenserin', 'palästinensisch', 'palästinensische', 'palästinensischen', 'palästinensischer',
      'palästinensisches', 'palestinese', 'palestinesi',
    ],
    places: [
      'Ramallah', 'Gaza City', 'Rafah', 'Khan Younis', 'Khan Yunis', 'Khan Younès', 'Deir al-Balah', 'Jabalia',
      'Beit Lahia', 'Beit Hanoun', 'Hebron', 'Hébron', 'Nablus', 'Naplouse', 'Jenin', 'Jénine', 'Tulkarm', 'Qalqilya',
      'Jericho', 'Jéricho', 'Bethlehem', 'Bethléem', 'Betlemme', 'East Jerusalem', 'Jérusalem-Est', 'Ostjerusalem',
      'Gerusalemme Est',
    ],
  },
  {
    code: 'PT', fips: 'PO',
    names: ['Portuguese Republic', 'República Portuguesa'],
    demonyms: [
      'Portuguese', 'portugais', 'portugaise', 'portugaises', 'Portugiese', 'Portugiesen', 'Portugiesin',
      'portugiesisch', 'portugiesische', 'portugiesischen', 'portugiesischer', 'portugiesisches', 'portoghese',
      'portoghesi',
    ],
    places: [
      'Lisbon', 'Lisbonne', 'Lissabon', 'Lisbona', 'Lisboa', 'Madeira', 'Azores', 'Açores', 'Azoren', 'Azzorre',
      'Algarve', 'Coimbra',
    ],
    ambiguousPlaces: ['Porto'],
    agencies: [
      'Ministério dos Negócios Estrangeiros', 'Portuguese Foreign Ministry', 'Portuguese Ministry of Foreign Affairs',
      'Portal das Comunidades', 'Portuguese Embassy', 'Embaixada de Portugal', 'ambassade du Portugal',
      'ambasciata del Portogallo',
    ],
    metonyms: ['Lisbon', 'Lisbonne', 'Lissabon', 'Lisbona', 'Lisboa'],
  },
  {
    code: 'PW', fips: 'PS',
    names: ['Republic of Palau', 'Belau', 'Palau Islands'],
    demonyms: [
      'Palauan', 'Palauans', 'palaosien', 'palaosienne', 'palaosiens', 'palaosiennes', 'paluan', 'paluane', 'paluans',
      'paluanes', 'palauisch', 'palauische', 'palauischen', 'palauischer', 'palauisches',
    ],
    places: ['Ngerulmud', 'Koror', 'Melekeok', 'Babeldaob', 'Peleliu', 'Angaur', 'Rock Islands of Palau'],
  },
  {
    code: 'PY', fips: 'PA',
    names: ['Republic of Paraguay'],
    demonyms: [
      'Paraguayan', 'Paraguayans', 'paraguayen', 'paraguayenne', 'paraguayens', 'paraguayennes', 'Paraguayer',
      'Paraguayerin', 'paraguayisch', 'paraguayische', 'paraguayischen', 'paraguayischer', 'paraguayisches',
      'paraguaiano', 'paraguaiana', 'paraguaiani', 'paraguaiane', 'paraguayano', 'paraguayana', 'paraguayani',
      'paraguayane',
    ],
    places: [
      'Asunción', 'Asuncion', 'Ciudad del Este', 'Encarnación', 'Encarnacion', 'Pedro Juan Caballero',
      'Chaco Paraguayo',
    ],
  },
  {
    code: 'QA',
    names: ['State of Qatar'],
    demonyms: [
      'Qatari', 'Qataris', 'qatarie', 'qataries', 'qatarien', 'qatarienne', 'qatariens', 'qatariennes', 'Katarer',
      'Katarerin', 'katarisch', 'katarische', 'katarischen', 'katarischer', 'katarisches', 'qatariota', 'qatarioti',
      'qatariote',
    ],
    places: ['Doha', 'Lusail', 'Al Udeid', 'Al-Udeid', 'Ras Laffan'],
    agencies: [
      'Qatari Foreign Ministry', 'Qatari Ministry of Foreign Affairs', 'Qatar Ministry of Foreign Affairs',
      'Qatari Embassy', 'Embassy of Qatar', 'Embassy of the State of Qatar', 'katarische Botschaft',
      'ambassade du Qatar', 'ambasciata del Qatar',
    ],
    metonyms: ['Doha'],
  },
  {
    code: 'RE',
    names: [
      'La Réunion', 'Réunion Island', 'Reunion Island', 'Île de la Réunion', 'Ile de la Reunion', 'Insel Réunion',
      'Isola della Riunione',
    ],
    demonyms: ['Réunionese', 'Reunionese', 'Réunionnais', 'Reunionnais', 'réunionnaise', 'réunionnaises'],
    places: ['Piton de la Fournaise', 'Cilaos', 'Salazie'],
    ambiguousPlaces: ['Saint-Denis'],
    ambiguousNames: ['Réunion', 'Reunion', 'Riunione'],
  },
  {
    code: 'RO',
    names: ['România', 'Republic of Romania'],
    demonyms: [
      'Romanian', 'Romanians', 'roumain', 'roumaine', 'roumains', 'roumaines', 'Rumäne', 'Rumänen', 'Rumänin',
      'rumänisch', 'rumänische', 'rumänischen', 'rumänischer', 'rumänisches', 'rumeno', 'rumena', 'rumeni', 'rumene',
    ],
    places: [
      'Bucharest', 'Bucarest', 'Bukarest', 'București', 'Bucuresti', 'Cluj-Napoca', 'Cluj', 'Timișoara', 'Timisoara',
      'Iași', 'Iasi', 'Constanța', 'Constanta', 'Transylvania', 'Transylvanie', 'Transsilvanien', 'Transilvania',
    ],
  },
  {
    code: 'RS', fips: 'RI',
    names: ['Srbija', 'Republic of Serbia'],
    demonyms: [
      'Serbian', 'Serbians', 'Serb', 'Serbs', 'serbe', 'serbes', 'Serben', 'Serbin', 'serbisch', 'serbische',
      'serbischen', 'serbischer', 'serbisches', 'serbi',
    ],
    places: ['Belgrade', 'Belgrad', 'Belgrado', 'Beograd', 'Novi Sad', 'Vojvodina', 'Voïvodine'],
  },
  {
    code: 'RU', fips: 'RS',
    names: ['Rossiya', 'Rossija', 'Fédération de Russie', 'Federazione Russa', 'Russländische Föderation'],
    demonyms: [
      'Russian', 'Russians', 'russe', 'russes', 'Russen', 'Russin', 'russisch', 'russische', 'russischen', 'russischer',
      'russisches', 'russo', 'russa', 'russi',
    ],
    places: [
      'Moscow', 'Moscou', 'Moskau', 'Mosca', 'Moskva', 'Saint-Pétersbourg', 'Sankt Petersburg', 'San Pietroburgo',
      'Leningrad', 'Novosibirsk', 'Yekaterinburg', 'Ekaterinburg', 'Jekaterinburg', 'Vladivostok', 'Wladiwostok',
      'Kaliningrad', 'Königsberg', 'Chechnya', 'Tchétchénie', 'Tschetschenien', 'Cecenia', 'Grozny', 'Dagestan',
      'Daghestan', 'Siberia', 'Sibérie', 'Sibirien', 'Belgorod', 'Kursk', 'Rostov-on-Don', 'Rostov', 'Kazan', 'Sochi',
      'Sotchi', 'Sotschi', 'Murmansk',
    ],
    ambiguousPlaces: ['St Petersburg', 'St. Petersburg', 'Saint Petersburg'],
    agencies: [
      'Russian Foreign Ministry', 'Russian Ministry of Foreign Affairs',
      'Ministry of Foreign Affairs of the Russian Federation', 'Russian Embassy', 'Embassy of Russia',
      'russische Botschaft', 'ambassade de Russie', 'ambasciata russa', 'Smolenskaya Square',
    ],
    metonyms: ['Moscow', 'Moscou', 'Moskau', 'Mosca', 'Kremlin', 'Kreml', 'Cremlino'],
  },
  {
    code: 'RW',
    names: ['Republic of Rwanda'],
    demonyms: [
      'Rwandan', 'Rwandans', 'Rwandese', 'rwandais', 'rwandaise', 'rwandaises', 'Ruander', 'Ruanderin', 'ruandisch',
      'ruandische', 'ruandischen', 'ruandischer', 'ruandisches', 'ruandese', 'ruandesi', 'rwandesi',
    ],
    places: ['Kigali', 'Butare', 'Huye', 'Gisenyi', 'Rubavu', 'Musanze', 'Ruhengeri', 'Cyangugu', 'Rusizi'],
  },
  {
    code: 'SA',
    names: ['KSA', 'Kingdom of Saudi Arabia', 'Saudi-Arabia', "Royaume d'Arabie saoudite"],
    demonyms: [
      'Saudi', 'Saudis', 'saoudien', 'saoudienne', 'saoudiens', 'saoudiennes', 'saudisch', 'saudische', 'saudischen',
      'saudischer', 'saudisches', 'saudi-arabisch', 'saudi-arabische', 'saudi-arabischen', 'saudi-arabischer',
      'saudi-arabisches', 'saudita', 'sauditi', 'saudite',
    ],
    places: [
      'Riyadh', 'Riyad', 'Riad', 'Jeddah', 'Jidda', 'Djeddah', 'Dschidda', 'Gedda', 'Mecca', 'La Mecque', 'Mekka',
      'Dammam', 'Dhahran', 'Taif', 'Tabuk', 'NEOM', 'Jizan', 'Jazan', 'Najran', 'Abha',
    ],
    ambiguousPlaces: ['Medina'],
    agencies: [
      'Saudi Foreign Ministry', 'Saudi Ministry of Foreign Affairs', 'Saudi Embassy', 'Embassy of Saudi Arabia',
      'Royal Embassy of Saudi Arabia', 'saudische Botschaft', "ambassade d'Arabie saoudite", 'ambasciata saudita',
    ],
    metonyms: ['Riyadh', 'Riyad', 'Riad'],
  },
  {
    code: 'SB', fips: 'BP',
    names: ['Solomons', 'Salomon-Inseln'],
    demonyms: ['Solomon Islander', 'Solomon Islanders'],
    places: ['Honiara', 'Guadalcanal', 'Malaita', 'Gizo', 'Auki', 'Tulagi'],
  },
  {
    code: 'SC', fips: 'SE',
    names: ['Republic of Seychelles', 'Seychelles Islands'],
    demonyms: ['Seychellois', 'seychelloise', 'seychelloises'],
    places: ['Mahé', 'Mahe', 'Praslin', 'La Digue'],
    ambiguousPlaces: ['Victoria'],
  },
  {
    code: 'SD', fips: 'SU',
    names: ['Republic of the Sudan', 'Republic of Sudan', 'the Sudan'],
    demonyms: [
      'Sudanese', 'soudanais', 'soudanaise', 'soudanaises', 'Sudanesen', 'Sudanesin', 'sudanesisch', 'sudanesische',
      'sudanesischen', 'sudanesischer', 'sudanesisches', 'sudanesi',
    ],
    places: [
      'Khartoum', 'Khartum', 'Khartoum North', 'Omdurman', 'Port Sudan', 'Port-Soudan', 'Darfur', 'Darfour',
      'North Darfur', 'El Fasher', 'El-Fasher', 'Al-Fashir', 'El Geneina', 'Geneina', 'Nyala', 'Kordofan',
      'South Kordofan', 'Kassala', 'Gedaref', 'Wad Madani', 'Wad Medani', 'El Obeid', 'Atbara', 'Blue Nile State',
    ],
  },
  {
    code: 'SE', fips: 'SW',
    names: ['Kingdom of Sweden', 'Sverige', 'Royaume de Suède', 'Königreich Schweden', 'Regno di Svezia'],
    demonyms: [
      'Swedish', 'Swede', 'Swedes', 'suédois', 'suédoise', 'suédoises', 'Schwede', 'Schwedin', 'schwedisch',
      'schwedische', 'schwedischen', 'schwedischer', 'schwedisches', 'svedese', 'svedesi',
    ],
    places: ['Stockholm', 'Stoccolma', 'Gothenburg', 'Göteborg', 'Malmö', 'Uppsala'],
    agencies: [
      'Utrikesdepartementet', 'Swedish Foreign Ministry', 'Swedish Ministry for Foreign Affairs', 'Swedish Embassy',
      'schwedische Botschaft', 'ambassade de Suède', 'ambasciata di Svezia', 'Regeringskansliet',
    ],
    metonyms: ['Stockholm', 'Stoccolma'],
  },
  {
    code: 'SG', fips: 'SN',
    names: ['Republic of Singapore', 'Singapura'],
    demonyms: [
      'Singaporean', 'Singaporeans', 'singapourien', 'singapourienne', 'singapouriens', 'singapouriennes', 'Singapurer',
      'Singapurerin', 'singapurisch', 'singapurische', 'singapurischen', 'singapurischer', 'singapurisches',
      'singaporiano', 'singaporiana', 'singaporiani', 'singaporiane',
    ],
    places: ['Changi', 'Sentosa', 'Jurong', 'Orchard Road', 'Marina Bay', 'Woodlands Checkpoint'],
    agencies: [
      'Ministry of Foreign Affairs Singapore', 'MFA Singapore', 'Singapore Foreign Ministry',
      'Singapore Ministry of Foreign Affairs', 'Singaporean Foreign Ministry', 'Singapore Embassy',
      'Singapore High Commission', 'Embassy of Singapore', 'High Commission of Singapore', 'singapurische Botschaft',
      'ambassade de Singapour', 'ambasciata di Singapore',
    ],
  },
  {
    code: 'SH',
    names: [
      'St Helena', 'Saint Helena, Ascension and Tristan da Cunha', 'St Helena, Ascension and Tristan da Cunha',
      'Ascension Island', "Île de l'Ascension", 'Himmelfahrtsinsel', 'Isola di Ascensione', 'Tristan da Cunha',
      "Sant'Elena",
    ],
    demonyms: ['Saint Helenian', 'Saint Helenians', 'St Helenian', 'St Helenians'],
    places: ['Edinburgh of the Seven Seas'],
    ambiguousPlaces: ['Jamestown'],
  },
  {
    code: 'SI',
    names: ['Slovenija', 'Republic of Slovenia'],
    demonyms: [
      'Slovenian', 'Slovenians', 'Slovene', 'Slovenes', 'slovène', 'slovènes', 'Slowene', 'Slowenen', 'Slowenin',
      'slowenisch', 'slowenische', 'slowenischen', 'slowenischer', 'slowenisches', 'sloveno', 'slovena', 'sloveni',
    ],
    places: ['Ljubljana', 'Lubiana', 'Laibach', 'Maribor'],
  },
  {
    code: 'SJ', fips: 'SV',
    names: ['Svalbard', 'Jan Mayen', 'Spitsbergen', 'Spitzbergen'],
    places: ['Longyearbyen', 'Ny-Ålesund'],
  },
  {
    code: 'SK', fips: 'LO',
    names: [
      'Slovensko', 'Slovak Republic', 'Slovenská republika', 'République slovaque', 'Slowakische Republik',
      'Repubblica Slovacca',
    ],
    demonyms: [
      'Slovak', 'Slovaks', 'Slovakian', 'Slovakians', 'slovaque', 'slovaques', 'Slowake', 'Slowaken', 'Slowakin',
      'slowakisch', 'slowakische', 'slowakischen', 'slowakischer', 'slowakisches', 'slovacco', 'slovacca', 'slovacchi',
      'slovacche',
    ],
    places: ['Bratislava', 'Pressburg', 'Košice', 'Kosice'],
  },
  {
    code: 'SL',
    names: ['Republic of Sierra Leone'],
    demonyms: [
      'Sierra Leonean', 'Sierra Leoneans', 'sierra-léonais', 'sierra-léonaise', 'sierra-léonaises', 'Sierra-Leoner',
      'sierra-leonisch', 'sierra-leonische', 'sierra-leonischen', 'sierra-leonischer', 'sierra-leonisches',
      'sierraleonese', 'sierraleonesi',
    ],
    places: ['Freetown', 'Kenema', 'Makeni', 'Koidu'],
  },
  {
    code: 'SM',
    names: ['Republic of San Marino', 'Most Serene Republic of San Marino', 'Repubblica di San Marino'],
    demonyms: [
      'Sammarinese', 'saint-marinais', 'saint-marinaise', 'saint-marinaises', 'san-marinesisch', 'san-marinesische',
      'san-marinesischen', 'san-marinesischer', 'san-marinesisches',
    ],
    places: ['Serravalle'],
  },
  {
    code: 'SN', fips: 'SG',
    names: ['Republic of Senegal'],
    demonyms: [
      'Senegalese', 'sénégalais', 'sénégalaise', 'sénégalaises', 'Senegalesen', 'Senegalesin', 'senegalesisch',
      'senegalesische', 'senegalesischen', 'senegalesischer', 'senegalesisches', 'senegalesi',
    ],
    places: [
      'Dakar', 'Saint-Louis du Sénégal', 'Thiès', 'Thies', 'Ziguinchor', 'Touba', 'Casamance', 'Kaolack', 'Saly',
      'Cap Skirring', 'Tambacounda',
    ],
  },
  {
    code: 'SO',
    names: ['Federal Republic of Somalia', 'Somaliland', 'Puntland', 'Jubaland', 'Soomaaliya'],
    demonyms: [
      'Somali', 'Somalis', 'Somalian', 'Somalians', 'somalien', 'somalienne', 'somaliens', 'somaliennes', 'Somalier',
      'Somalierin', 'somalisch', 'somalische', 'somalischen', 'somalischer', 'somalisches', 'somalo', 'somala',
      'somale',
    ],
    places: [
      'Mogadishu', 'Mogadiscio', 'Mogadischu', 'Hargeisa', 'Hargeysa', 'Kismayo', 'Kisimayo', 'Baidoa', 'Beledweyne',
      'Belet Weyne', 'Garowe', 'Bosaso', 'Bossaso', 'Berbera', 'Galkayo', 'Jowhar', 'Merca', 'Afgooye', 'Baraawe',
      'Barawe', 'Gedo',
    ],
  },
  {
    code: 'SR', fips: 'NS',
    names: ['Republic of Suriname', 'Surinam', 'Dutch Guiana'],
    demonyms: [
      'Surinamese', 'Surinamer', 'Surinamers', 'surinamais', 'surinamaise', 'surinamaises', 'Surinamerin',
      'surinamisch', 'surinamische', 'surinamischen', 'surinamischer', 'surinamisches', 'surinamesi',
    ],
    places: ['Paramaribo', 'Nieuw Nickerie', 'Moengo', 'Brokopondo', 'Zanderij'],
  },
  {
    code: 'SS', fips: 'OD',
    names: ['Republic of South Sudan', 'Sud Sudan', 'South-Sudan', 'Sud-Soudan'],
    demonyms: [
      'South Sudanese', 'sud-soudanais', 'sud-soudanaise', 'sud-soudanaises', 'Südsudanese', 'Südsudanesen',
      'Südsudanesin', 'südsudanesisch', 'südsudanesische', 'südsudanesischen', 'südsudanesischer', 'südsudanesisches',
      'sudsudanese', 'sudsudanesi',
    ],
    places: ['Juba', 'Djouba', 'Dschuba', 'Malakal', 'Bentiu', 'Aweil', 'Rumbek', 'Torit', 'Upper Nile', 'Jonglei', 'Unity State'],
  },
  {
    code: 'ST', fips: 'TP',
    names: [
      'São Tomé and Príncipe', 'Sao Tome', 'São Tomé', 'Sao Tomé-et-Principe', 'Sao Tome-et-Principe',
      'Sao Tome und Principe', 'São Tomé-et-Príncipe',
    ],
    demonyms: [
      'Santomean', 'Santomeans', 'São Toméan', 'São Toméans', 'Sao Tomean', 'Sao Tomeans', 'santoméen', 'santoméenne',
      'santoméens', 'santoméennes', 'santomense', 'santomensi',
    ],
    places: ['Príncipe Island', 'Île de Príncipe'],
  },
  {
    code: 'SV', fips: 'ES',
    names: ['Republic of El Salvador'],
    demonyms: [
      'Salvadoran', 'Salvadorans', 'Salvadorean', 'Salvadoreans', 'Salvadorian', 'Salvadorians', 'salvadorien',
      'salvadorienne', 'salvadoriens', 'salvadoriennes', 'Salvadorianer', 'Salvadorianerin', 'salvadorianisch',
      'salvadorianische', 'salvadorianischen', 'salvadorianischer', 'salvadorianisches', 'salvadoregno', 'salvadoregna',
      'salvadoregni', 'salvadoregne',
    ],
    places: ['San Salvador', 'Soyapango'],
  },
  {
    code: 'SX', fips: 'NN',
    names: ['St. Maarten', 'St Maarten', 'Sint-Maarten', 'Saint-Martin néerlandais'],
    places: ['Philipsburg', 'Princess Juliana International Airport', 'Simpson Bay', 'Maho Beach'],
  },
  {
    code: 'SY',
    names: ['Syria', 'Syrien'],
    demonyms: [
      'Syrian', 'Syrians', 'syrienne', 'syriens', 'syriennes', 'Syrer', 'Syrerin', 'syrisch', 'syrische', 'syrischen',
      'syrischer', 'syrisches', 'siriano', 'siriana', 'siriani', 'siriane',
    ],
    places: [
      'Damascus', 'Damaskus', 'Damasco', 'Damas', 'Aleppo', 'Alep', 'Homs', 'Hama', 'Idlib', 'Lattaquié', 'Tartus',
      'Deir ez-Zor', 'Deir ez-Zour', 'Deir al-Zor', 'Raqqa', 'Rakka', 'Daraa', 'Deraa', 'Qamishli', 'Kobani', 'Afrin',
      'Palmyra', 'Palmyre', 'Palmira', 'Sweida', 'Suwayda',
    ],
  },
  {
    code: 'SZ', fips: 'WZ',
    names: [
      'Swaziland', 'Kingdom of Eswatini', 'Kingdom of Swaziland', 'Swasiland', 'Königreich Eswatini',
      'Regno di eSwatini',
    ],
    demonyms: [
      'Swazi', 'Swazis', 'Emaswati', 'liSwati', 'swazie', 'swazies', 'swasiländisch', 'swasiländische',
      'swasiländischen', 'swasiländischer', 'swasiländisches', 'eswatinisch', 'eswatinische', 'eswatinischen',
      'eswatinischer', 'eswatinisches', 'swazilandese', 'swazilandesi',
    ],
    places: ['Mbabane', 'Lobamba', 'Matsapha', 'Siteki', 'Nhlangano'],
    ambiguousPlaces: ['Manzini'],
  },
  {
    code: 'TC', fips: 'TK',
    names: ['Turks and Caicos', 'Turks & Caicos', 'TCI', 'Turks-et-Caïcos', 'Providenciales', 'Grand Turk'],
    demonyms: ['Turks and Caicos Islander', 'Turks and Caicos Islanders'],
    places: ['Cockburn Town', 'Grace Bay', 'North Caicos', 'South Caicos', 'Middle Caicos'],
  },
  {
    code: 'TD', fips: 'CD',
    names: ['Republic of Chad', 'République du Tchad'],
    demonyms: [
      'Chadian', 'Chadians', 'tchadien', 'tchadienne', 'tchadiens', 'tchadiennes', 'Tschader', 'Tschaderin',
      'tschadisch', 'tschadische', 'tschadischen', 'tschadischer', 'tschadisches', 'ciadiano', 'ciadiana', 'ciadiani',
      'ciadiane',
    ],
    places: ["N'Djamena", 'Ndjamena', "N'Djaména", 'Moundou', 'Abéché', 'Abeche', 'Faya-Largeau', 'Tibesti'],
    ambiguousNames: ['Chad'],
  },
  {
    code: 'TF', fips: 'FS',
    names: [
      'French Southern and Antarctic Lands', 'TAAF', 'Terres australes et antarctiques françaises',
      'French Southern Lands',
    ],
    places: [
      'Kerguelen', 'Kerguelen Islands', 'Îles Kerguelen', 'Crozet', 'Crozet Islands', 'Îles Crozet', 'Amsterdam Island',
      'Île Amsterdam', 'Port-aux-Français', 'Îles Éparses', 'Scattered Islands', 'Europa Island', 'Tromelin',
      'Île Saint-Paul', 'Adélie Land', 'Terre Adélie',
    ],
  },
  {
    code: 'TG', fips: 'TO',
    names: ['Togolese Republic', 'République togolaise', 'Republik Togo'],
    demonyms: [
      'Togolese', 'togolais', 'togolaise', 'togolaises', 'Togoer', 'Togoerin', 'togoisch', 'togoische', 'togoischen',
      'togoischer', 'togoisches', 'togolesi',
    ],
    places: ['Lomé', 'Lome', 'Sokodé', 'Sokode', 'Dapaong', 'Atakpamé', 'Kpalimé', 'Kpalime'],
  },
  {
    code: 'TH',
    names: ['Kingdom of Thailand', 'Siam', 'Prathet Thai', 'Muang Thai'],
    demonyms: [
      'Thai', 'Thais', 'thaïlandais', 'thaïlandaise', 'thaïlandaises', 'thaï', 'thaïe', 'thaïs', 'thaïes', 'Thailänder',
      'Thailänderin', 'thailändisch', 'thailändische', 'thailändischen', 'thailändischer', 'thailändisches',
      'thailandese', 'thailandesi', 'tailandese', 'tailandesi',
    ],
    places: [
      'Bangkok', 'Phuket', 'Chiang Mai', 'Chiang Rai', 'Pattaya', 'Krabi', 'Koh Samui', 'Ko Samui', 'Koh Phangan',
      'Ko Phangan', 'Koh Tao', 'Hua Hin', 'Ayutthaya', 'Suvarnabhumi', 'Don Mueang', 'Hat Yai', 'Songkhla', 'Pattani',
      'Narathiwat', 'Surat Thani', 'Udon Thani', 'Khon Kaen', 'Phang Nga', 'Khao Lak', 'Koh Lanta', 'Ko Lanta',
      'Phi Phi', 'Sa Kaeo', 'Sisaket', 'Trat', 'Ubon Ratchathani', 'Nakhon Ratchasima', 'Korat',
    ],
    agencies: [
      'Thai Foreign Ministry', 'Thai Ministry of Foreign Affairs', 'Ministry of Foreign Affairs of Thailand',
      'Royal Thai Embassy', 'Thai Embassy', 'thailändische Botschaft', 'ambassade de Thaïlande',
      'ambasciata thailandese', 'ambasciata di Thailandia', 'Saranrom Palace',
    ],
    metonyms: ['Bangkok'],
  },
  {
    code: 'TJ', fips: 'TI',
    names: ['Tojikiston'],
    demonyms: [
      'Tajik', 'Tajiks', 'Tajikistani', 'Tajikistanis', 'tadjik', 'tadjike', 'tadjiks', 'tadjikes', 'Tadschike',
      'Tadschiken', 'Tadschikin', 'tadschikisch', 'tadschikische', 'tadschikischen', 'tadschikischer', 'tadschikisches',
      'tagiko', 'tagika', 'tagiki', 'tagike',
    ],
    places: ['Dushanbe', 'Douchanbé', 'Duschanbe', 'Khujand', 'Gorno-Badakhshan', 'Khorog'],
  },
  {
    code: 'TK', fips: 'TL',
    names: ['Tokelau Islands', 'Îles Tokelau', 'Tokelau-Inseln', 'Isole Tokelau'],
    demonyms: ['Tokelauan', 'Tokelauans'],
    places: ['Atafu', 'Nukunonu', 'Fakaofo'],
  },
  {
    code: 'TL', fips: 'TT',
    names: [
      'East Timor', 'Timor Leste', 'Timor oriental', 'Timor Orientale', 'Democratic Republic of Timor-Leste',
      "Timor Lorosa'e",
    ],
    demonyms: [
      'East Timorese', 'Timorese', 'est-timorais', 'est-timoraise', 'est-timoraises', 'timorais', 'timoraise',
      'timoraises', 'osttimoresisch', 'osttimoresische', 'osttimoresischen', 'osttimoresischer', 'osttimoresisches',
      'timoresisch', 'timoresische', 'timoresischen', 'timoresischer', 'timoresisches', 'timoresi', 'esttimorese',
      'esttimoresi',
    ],
    places: ['Dili', 'Baucau', 'Suai', 'Oecusse', 'Atauro'],
  },
  {
    code: 'TM', fips: 'TX',
    names: ['Türkmenistan', 'Turkmenia'],
    demonyms: [
      'Turkmen', 'Turkmens', 'Turkmenistani', 'Turkmenistanis', 'turkmène', 'turkmènes', 'Turkmene', 'Turkmenen',
      'Turkmenin', 'turkmenisch', 'turkmenische', 'turkmenischen', 'turkmenischer', 'turkmenisches', 'turkmeno',
      'turkmena', 'turkmeni',
    ],
    places: ['Ashgabat', 'Achgabat', 'Aschgabat', 'Asgabat', 'Turkmenbashi', 'Türkmenbaşy'],
  },
  {
    code: 'TN', fips: 'TS',
    names: ['Republic of Tunisia'],
    demonyms: [
      'Tunisian', 'Tunisians', 'tunisien', 'tunisienne', 'tunisiens', 'tunisiennes', 'Tunesier', 'Tunesierin',
      'tunesisch', 'tunesische', 'tunesischen', 'tunesischer', 'tunesisches', 'tunisino', 'tunisina', 'tunisini',
      'tunisine',
    ],
    places: [
      'Tunis', 'Sfax', 'Sousse', 'Djerba', 'Jerba', 'Gerba', 'Monastir', 'Hammamet', 'Kairouan', 'Bizerte', 'Tozeur',
      'Gabès', 'Gabes', 'Ben Gardane',
    ],
  },
  {
    code: 'TO', fips: 'TN',
    names: ['Kingdom of Tonga', 'Royaume des Tonga', 'Königreich Tonga', 'Regno di Tonga', 'Friendly Islands'],
    demonyms: [
      'Tongan', 'Tongans', 'tongien', 'tongienne', 'tongiens', 'tongiennes', 'tongane', 'tonganes', 'Tongaer',
      'tongaisch', 'tongaische', 'tongaischen', 'tongaischer', 'tongaisches', 'tongano', 'tongana', 'tongani',
    ],
    places: [
      "Nuku'alofa", 'Nukualofa', 'Nukuʻalofa', 'Tongatapu', "Vava'u", 'Vavau', "Ha'apai", 'Haapai', 'Hunga Tonga',
      "Hunga Tonga-Hunga Ha'apai",
    ],
  },
  {
    code: 'TR', fips: 'TU',
    names: ['Turkiye', 'Republic of Türkiye', 'Republic of Turkey', 'Türkiye Cumhuriyeti'],
    demonyms: [
      'Turkish', 'Turk', 'Turks', 'turc', 'turque', 'turcs', 'turques', 'Türke', 'Türken', 'Türkin', 'türkisch',
      'türkische', 'türkischen', 'türkischer', 'türkisches', 'turco', 'turca', 'turchi', 'turche',
    ],
    places: [
      'Ankara', 'Istanbul', 'Constantinople', 'Konstantinopel', 'Costantinopoli', 'Izmir', 'Smyrna', 'Antalya',
      'Bodrum', 'Gaziantep', 'Diyarbakır', 'Diyarbakir', 'Hatay', 'Adana', 'Bursa', 'Cappadocia', 'Cappadoce',
      'Kappadokien', 'Kahramanmaraş', 'Kahramanmaras', 'Şanlıurfa', 'Sanliurfa',
    ],
    ambiguousNames: ['Turkey'],
    agencies: [
      'Turkish Foreign Ministry', 'Turkish Ministry of Foreign Affairs', 'Dışişleri Bakanlığı', 'Disisleri Bakanligi',
      'Turkish Embassy', 'türkische Botschaft', 'ambassade de Turquie', 'ambasciata di Turchia', 'ambasciata turca',
    ],
    metonyms: ['Ankara'],
  },
  {
    code: 'TT', fips: 'TD',
    names: ['Trinidad', 'Tobago', 'Trinidad & Tobago', 'Republic of Trinidad and Tobago'],
    demonyms: [
      'Trinidadian', 'Trinidadians', 'Tobagonian', 'Tobagonians', 'Trinbagonian', 'Trinbagonians', 'trinidadien',
      'trinidadienne', 'trinidadiens', 'trinidadiennes', 'trinidadisch', 'trinidadische', 'trinidadischen',
      'trinidadischer', 'trinidadisches', 'trinidadiano', 'trinidadiana', 'trinidadiani', 'trinidadiane',
    ],
    places: ['Port of Spain', 'Port-of-Spain', "Port-d'Espagne", 'Chaguanas', 'Arima', 'Piarco'],
  },
  {
    code: 'TV',
    names: ['Ellice Islands', 'Îles Ellice', 'Elliceinseln'],
    demonyms: ['Tuvaluan', 'Tuvaluans', 'tuvaluane', 'tuvaluanes'],
    places: ['Funafuti', 'Fongafale', 'Vaiaku', 'Nanumea', 'Nukufetau'],
  },
  {
    code: 'TW',
    names: ['Republic of China (Taiwan)', 'Chinese Taipei', 'Taiwan ROC'],
    demonyms: [
      'Taiwanese', 'taïwanais', 'taïwanaise', 'taïwanaises', 'Taiwaner', 'Taiwanerin', 'taiwanisch', 'taiwanische',
      'taiwanischen', 'taiwanischer', 'taiwanisches', 'taiwanesi',
    ],
    places: [
      'Taipei', 'Taipeh', 'Taipé', 'Kaohsiung', 'Taichung', 'Tainan', 'Hsinchu', 'Keelung', 'Taoyuan', 'Hualien',
      'Kinmen', 'Matsu Islands', 'Penghu', 'New Taipei',
    ],
  },
  {
    code: 'TZ',
    names: ['Tanzanie'],
    demonyms: [
      'Tanzanian', 'Tanzanians', 'Zanzibari', 'Zanzibaris', 'tanzanien', 'tanzanienne', 'tanzaniens', 'tanzaniennes',
      'Tansanier', 'Tansanierin', 'tansanisch', 'tansanische', 'tansanischen', 'tansanischer', 'tansanisches',
      'tanzaniano', 'tanzaniana', 'tanzaniani', 'tanzaniane',
    ],
    places: [
      'Dodoma', 'Dar es Salaam', 'Dar-es-Salaam', 'Daressalam', 'Zanzibar', 'Sansibar', 'Stone Town', 'Arusha',
      'Mwanza', 'Moshi', 'Kilimanjaro', 'Kilimandjaro', 'Kilimandscharo', 'Serengeti', 'Mtwara', 'Ngorongoro',
      'Morogoro', 'Mbeya',
    ],
  },
  {
    code: 'UA', fips: 'UP',
    names: ['Ukraina', 'Ukraïna'],
    demonyms: [
      'Ukrainian', 'Ukrainians', 'ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes', 'Ukrainer', 'Ukrainerin',
      'ukrainisch', 'ukrainische', 'ukrainischen', 'ukrainischer', 'ukrainisches', 'ucraino', 'ucraina', 'ucraini',
      'ucraine',
    ],
    places: [
      'Kyiv', 'Kiev', 'Kiew', 'Kiyv', 'Kharkiv', 'Charkiw', 'Kharkov', 'Odesa', 'Odessa', 'Lviv', 'Lvov', 'Lwiw',
      'Lemberg', 'Leopoli', 'Dnipro', 'Dnipropetrovsk', 'Zaporizhzhia', 'Zaporizhia', 'Zaporijia', 'Saporischschja',
      'Kherson', 'Cherson', 'Mykolaiv', 'Donetsk', 'Donezk', 'Lugansk', 'Luhansk', 'Donbas', 'Donbass', 'Crimea',
      'Crimée', 'Krim', 'Sevastopol', 'Sébastopol', 'Sewastopol', 'Sebastopoli', 'Mariupol', 'Bakhmut', 'Chernobyl',
      'Tchernobyl', 'Tschernobyl', 'Chernihiv', 'Sumy',
    ],
    agencies: [
      'Ministry of Foreign Affairs of Ukraine', 'Ukrainian Foreign Ministry', 'Ukrainian Ministry of Foreign Affairs',
      'MFA of Ukraine', 'Ukrainian Embassy', 'Embassy of Ukraine', 'ukrainische Botschaft', "ambassade d'Ukraine",
      "ambasciata d'Ucraina",
    ],
    metonyms: ['Kyiv', 'Kiev', 'Kiew'],
  },
  {
    code: 'UG',
    names: ['Republic of Uganda'],
    demonyms: [
      'Ugandan', 'Ugandans', 'ougandais', 'ougandaise', 'ougandaises', 'Ugander', 'Uganderin', 'ugandisch',
      'ugandische', 'ugandischen', 'ugandischer', 'ugandisches', 'ugandese', 'ugandesi',
    ],
    places: [
      'Kampala', 'Entebbe', 'Gulu', 'Jinja', 'Mbarara', 'Kasese', 'Arua', 'Karamoja', 'Fort Portal', 'Bwindi', 'Mbale',
    ],
  },
  {
    code: 'UM',
    names: [
      'U.S. Minor Outlying Islands', 'US Minor Outlying Islands', 'Minor Outlying Islands',
      'Kleinere Amerikanische Überseeinseln',
    ],
    places: [
      'Wake Island', 'Midway Atoll', 'Midway Island', 'Midway Islands', 'Johnston Atoll', 'Baker Island',
      'Howland Island', 'Jarvis Island', 'Palmyra Atoll', 'Kingman Reef', 'Navassa Island', 'Île Wake', 'Wake-Insel',
      'Atollo di Midway',
    ],
  },
  {
    code: 'US',
    names: ['U.S.A', 'the U.S.', 'the USA', 'Etats-Unis', 'États-Unis', 'Stati Uniti', 'Vereinigten Staaten'],
    demonyms: [
      'American', 'Americans', 'américain', 'américaine', 'américains', 'américaines', 'étasunien', 'étasunienne',
      'étasuniens', 'étasuniennes', 'Amerikaner', 'Amerikanerin', 'US-Amerikaner', 'US-Bürger', 'amerikanisch',
      'amerikanische', 'amerikanischen', 'amerikanischer', 'amerikanisches', 'US-amerikanisch', 'US-amerikanische',
      'US-amerikanischen', 'US-amerikanischer', 'US-amerikanisches', 'americano', 'americana', 'americani', 'americane',
      'statunitense', 'statunitensi',
    ],
    places: [
      'Washington', 'Washington, D.C.', 'Washington DC', 'New York', 'New York City', 'Los Angeles', 'Chicago',
      'San Francisco', 'Miami', 'Houston', 'Hawaii', 'Hawaï', 'Honolulu', 'Alaska', 'California', 'Californie',
      'Kalifornien', 'Texas', 'Florida', 'Floride', 'New England', 'New Mexico', 'Nouveau-Mexique', 'New Jersey',
      'Manhattan', 'Las Vegas', 'Boston', 'Seattle', 'Atlanta', 'Dallas', 'Philadelphia',
    ],
    ambiguousNames: ['US', 'the US', 'the States', 'America', 'Amerika', 'Amérique'],
    agencies: [
      'State Department', 'Department of State', 'U.S. Department of State', 'US Department of State',
      'U.S. State Department', 'US State Department', 'Bureau of Consular Affairs', 'travel.state.gov',
      'Smart Traveler Enrollment Program', 'U.S. Embassy', 'US Embassy', 'United States Embassy', 'American Embassy',
      'Embassy of the United States', 'U.S. Consulate', 'US Consulate', 'U.S. Mission', 'Centers for Disease Control',
      'Centers for Disease Control and Prevention', 'CDC', 'ambassade des États-Unis', 'ambassade américaine',
      "Département d'État", "département d'État américain", 'US-Außenministerium', 'Außenministerium der USA',
      'US-Botschaft', 'amerikanische Botschaft', 'Dipartimento di Stato', 'ambasciata statunitense',
      'ambasciata americana', 'ambasciata degli Stati Uniti',
    ],
    metonyms: ['Washington', 'White House', 'Maison Blanche', 'Weißes Haus', 'Casa Bianca', 'Foggy Bottom'],
  },
  {
    code: 'UY',
    names: ['Oriental Republic of Uruguay', "République orientale de l'Uruguay"],
    demonyms: [
      'Uruguayan', 'Uruguayans', 'uruguayen', 'uruguayenne', 'uruguayens', 'uruguayennes', 'Uruguayer', 'Uruguayerin',
      'uruguayisch', 'uruguayische', 'uruguayischen', 'uruguayischer', 'uruguayisches', 'uruguaiano', 'uruguaiana',
      'uruguaiani', 'uruguaiane', 'uruguayano', 'uruguayana', 'uruguayani', 'uruguayane',
    ],
    places: ['Montevideo', 'Punta del Este', 'Colonia del Sacramento', 'Paysandú', 'Paysandu'],
  },
  {
    code: 'UZ',
    names: ["O'zbekiston"],
    demonyms: [
      'Uzbek', 'Uzbeks', 'Uzbekistani', 'Uzbekistanis', 'ouzbek', 'ouzbeke', 'ouzbeks', 'ouzbekes', 'ouzbèke',
      'ouzbèkes', 'Usbeke', 'Usbeken', 'Usbekin', 'usbekisch', 'usbekische', 'usbekischen', 'usbekischer',
      'usbekisches', 'uzbeko', 'uzbeka', 'uzbeki', 'uzbeke',
    ],
    places: [
      'Tashkent', 'Tachkent', 'Taschkent', 'Samarkand', 'Samarcande', 'Samarcanda', 'Bukhara', 'Boukhara', 'Buchara',
      'Khiva', 'Fergana', 'Ferghana', 'Karakalpakstan', 'Nukus', 'Termez',
    ],
  },
  {
    code: 'VA', fips: 'VT',
    names: [
      'Vatican', 'Vatican City', 'Holy See', 'Vatican City State', 'Cité du Vatican', 'Saint-Siège', 'Vatikan',
      'Heiliger Stuhl', 'Vaticano', 'Santa Sede', 'Stato della Città del Vaticano',
    ],
    places: [
      "St Peter's Square", "St. Peter's Square", "Saint Peter's Square", 'Place Saint-Pierre', 'Petersplatz',
      'Piazza San Pietro',
    ],
  },
  {
    code: 'VC',
    names: [
      'St Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'Saint Vincent', 'St Vincent', 'St. Vincent',
      'Grenadines', 'Grenadinen',
    ],
    demonyms: ['Vincentian', 'Vincentians', 'vincentais', 'vincentaise', 'vincentaises'],
    places: ['Kingstown', 'Bequia', 'Mustique', 'Union Island', 'Canouan', 'Argyle International Airport'],
    ambiguousNames: ['Saint-Vincent'],
  },
  {
    code: 'VE',
    names: ['Bolivarian Republic of Venezuela', 'République bolivarienne du Venezuela', 'Vénézuela'],
    demonyms: [
      'Venezuelan', 'Venezuelans', 'vénézuélien', 'vénézuélienne', 'vénézuéliens', 'vénézuéliennes', 'Venezolaner',
      'Venezolanerin', 'venezolanisch', 'venezolanische', 'venezolanischen', 'venezolanischer', 'venezolanisches',
      'venezuelano', 'venezuelana', 'venezuelani', 'venezuelane',
    ],
    places: [
      'Caracas', 'Maracaibo', 'Maracay', 'Barquisimeto', 'Ciudad Guayana', 'Ciudad Bolívar', 'Zulia', 'Táchira',
      'Tachira', 'Apure', 'Margarita Island', 'Isla Margarita', 'Isla de Margarita', 'Puerto La Cruz', 'Maiquetía',
      'Maiquetia', 'Los Roques', 'Canaima', 'Catia La Mar', 'Bolívar State',
    ],
    ambiguousPlaces: ['Valencia'],
  },
  {
    code: 'VG', fips: 'VI',
    names: ['British Virgin Islands', 'BVI'],
    places: ['Road Town', 'Tortola', 'Virgin Gorda', 'Jost Van Dyke', 'Anegada'],
  },
  {
    code: 'VI', fips: 'VQ',
    names: [
      'US Virgin Islands', 'U.S. Virgin Islands', 'USVI', 'United States Virgin Islands', 'American Virgin Islands',
      'Îles Vierges des États-Unis', 'Virgin Islands of the United States',
    ],
    demonyms: ['Virgin Islander', 'Virgin Islanders'],
    places: ['St. Croix', 'St Croix', 'Saint Croix', 'Charlotte Amalie', 'Christiansted', 'Frederiksted'],
    ambiguousPlaces: ['St. Thomas', 'St Thomas', 'Saint Thomas'],
  },
  {
    code: 'VN', fips: 'VM',
    names: ['Viet Nam', 'Viêt Nam', 'Viêt-Nam', 'Socialist Republic of Vietnam'],
    demonyms: [
      'Vietnamese', 'vietnamien', 'vietnamienne', 'vietnamiens', 'vietnamiennes', 'Vietnamesen', 'Vietnamesin',
      'vietnamesisch', 'vietnamesische', 'vietnamesischen', 'vietnamesischer', 'vietnamesisches', 'vietnamita',
      'vietnamiti', 'vietnamite',
    ],
    places: [
      'Hanoi', 'Hanoï', 'Ho Chi Minh City', 'Hô Chi Minh-Ville', 'Ho-Chi-Minh-Stadt', 'Città di Ho Chi Minh', 'Saigon',
      'Saïgon', 'Da Nang', 'Danang', 'Haiphong', 'Hai Phong', 'Nha Trang', 'Hoi An', 'Hội An', 'Ha Long Bay',
      'Halong Bay', "Baie d'Along", 'Phu Quoc', 'Dalat', 'Da Lat', 'Can Tho', 'Mekong Delta', 'Sapa', 'Quang Ninh',
      'Quảng Ninh', 'Vung Tau',
    ],
    ambiguousPlaces: ['Hue', 'Huế'],
  },
  {
    code: 'VU', fips: 'NH',
    names: ['Republic of Vanuatu', 'New Hebrides', 'Nouvelles-Hébrides', 'Neue Hebriden', 'Nuove Ebridi'],
    demonyms: [
      'Ni-Vanuatu', 'Vanuatuan', 'Vanuatuans', 'vanuatais', 'vanuataise', 'vanuataises', 'vanuatuane', 'vanuatuanes',
    ],
    places: [
      'Port Vila', 'Port-Vila', 'Luganville', 'Espiritu Santo', 'Efate', 'Pentecost Island', 'Ambrym', 'Malekula',
    ],
  },
  {
    code: 'WF',
    names: ['Futuna', 'Wallis & Futuna', 'Uvea'],
    demonyms: [
      'Wallisian', 'Wallisians', 'Futunan', 'Futunans', 'wallisien', 'wallisienne', 'wallisiens', 'wallisiennes',
      'futunien', 'futunienne', 'futuniens', 'futuniennes',
    ],
    places: ['Mata-Utu', 'Mata Utu', 'Alofi Island', 'Île Alofi', 'Leava', 'Sigave'],
    ambiguousNames: ['Wallis'],
  },
  {
    code: 'WS',
    names: [
      'Independent State of Samoa', 'Western Samoa', 'Samoa occidentales', 'Westsamoa', 'Samoa Occidentali',
      'Samoa i Sisifo',
    ],
    demonyms: [
      'Samoan', 'Samoans', 'samoane', 'samoanes', 'Samoaner', 'samoanisch', 'samoanische', 'samoanischen',
      'samoanischer', 'samoanisches', 'samoano', 'samoana', 'samoani',
    ],
    places: ['Apia', 'Upolu', "Savai'i", 'Savaii', 'Faleolo', 'Falealupo'],
  },
  {
    code: 'XK', fips: 'KV',
    names: ['Kosova', 'Republic of Kosovo', 'Republika e Kosovës', 'Kosovë'],
    demonyms: [
      'Kosovar', 'Kosovars', 'Kosovan', 'Kosovans', 'kosovare', 'kosovares', 'Kosovaren', 'Kosovarin', 'kosovarisch',
      'kosovarische', 'kosovarischen', 'kosovarischer', 'kosovarisches', 'kosovaro', 'kosovara', 'kosovari',
    ],
    places: ['Pristina', 'Priština', 'Prishtina', 'Prishtinë', 'Prizren', 'Mitrovica', 'Mitrovicë', 'Gjakova'],
  },
  {
    code: 'YE', fips: 'YM',
    names: ['Republic of Yemen'],
    demonyms: [
      'Yemeni', 'Yemenis', 'Yemenite', 'Yemenites', 'yéménite', 'yéménites', 'Jemenit', 'Jemeniten', 'Jemenitin',
      'jemenitisch', 'jemenitische', 'jemenitischen', 'jemenitischer', 'jemenitisches', 'yemenita', 'yemeniti',
    ],
    places: [
      'Sanaa', "Sana'a", 'Aden', 'Hodeidah', 'Hodeida', 'Hudaydah', 'Taiz', 'Taëz', 'Marib', 'Mukalla', 'Hadramout',
      'Hadramaut', 'Hadhramaut', 'Saada', 'Socotra', 'Sokotra',
    ],
  },
  {
    code: 'YT', fips: 'MF',
    names: ['Département de Mayotte', 'Maore', 'Mahoré'],
    demonyms: ['Mahoran', 'Mahorans', 'Mahorais', 'mahoraise', 'mahoraises'],
    places: ['Mamoudzou', 'Dzaoudzi', 'Pamandzi', 'Koungou'],
  },
  {
    code: 'ZA', fips: 'SF',
    names: ['Republic of South Africa', 'Sud Africa', 'Mzansi'],
    demonyms: [
      'South African', 'South Africans', 'sud-africain', 'sud-africaine', 'sud-africains', 'sud-africaines',
      'Südafrikaner', 'Südafrikanerin', 'südafrikanisch', 'südafrikanische', 'südafrikanischen', 'südafrikanischer',
      'südafrikanisches', 'sudafricano', 'sudafricana', 'sudafricani', 'sudafricane',
    ],
    places: [
      'Pretoria', 'Tshwane', 'Johannesburg', 'Johannesbourg', 'Joburg', "Jo'burg", 'Cape Town', 'Kapstadt',
      'Città del Capo', 'Durban', 'Soweto', 'Port Elizabeth', 'Gqeberha', 'Bloemfontein', 'KwaZulu-Natal',
      'Kwazulu Natal', 'Gauteng', 'Western Cape', 'Eastern Cape', 'Kruger National Park', 'Stellenbosch', 'OR Tambo',
      'East London', 'Pietermaritzburg', 'Limpopo', 'Mpumalanga',
    ],
    agencies: [
      'DIRCO', 'Department of International Relations and Cooperation',
      'South African Department of International Relations', 'South African High Commission', 'South African Embassy',
      'Embassy of South Africa', 'südafrikanische Botschaft', "ambassade d'Afrique du Sud", 'ambasciata del Sudafrica',
    ],
    metonyms: ['Pretoria', 'Tshwane'],
  },
  {
    code: 'ZM', fips: 'ZA',
    names: ['Republic of Zambia'],
    demonyms: [
      'Zambian', 'Zambians', 'zambien', 'zambienne', 'zambiens', 'zambiennes', 'Sambier', 'Sambierin', 'sambisch',
      'sambische', 'sambischen', 'sambischer', 'sambisches', 'zambiano', 'zambiana', 'zambiani', 'zambiane',
    ],
    places: ['Lusaka', 'Ndola', 'Kitwe', 'Copperbelt', 'Kabwe', 'Chipata', 'Solwezi'],
    ambiguousPlaces: ['Livingstone'],
  },
  {
    code: 'ZW', fips: 'ZI',
    names: ['Republic of Zimbabwe', 'Rhodesia', 'Rhodésie', 'Rhodesien', 'Rhodesia del Sud'],
    demonyms: [
      'Zimbabwean', 'Zimbabweans', 'zimbabwéen', 'zimbabwéenne', 'zimbabwéens', 'zimbabwéennes', 'Simbabwer',
      'Simbabwerin', 'simbabwisch', 'simbabwische', 'simbabwischen', 'simbabwischer', 'simbabwisches', 'zimbabwese',
      'zimbabwesi', 'zimbabweano', 'zimbabweana', 'zimbabweani', 'zimbabweane',
    ],
    places: [
      'Harare', 'Bulawayo', 'Victoria Falls', 'Mutare', 'Gweru', 'Masvingo', 'Kariba', 'Hwange', 'Matabeleland',
      'Mashonaland',
    ],
  },
];
