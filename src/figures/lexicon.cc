#include "figures/lexicon.h"

#include <string>
#include <unordered_map>

namespace factwire::figures {

namespace {

using Map = std::unordered_map<std::string_view, Lex>;

void add(Map* m, std::string_view w, uint32_t flags, double value = 0, const char* code = "",
         const char* category = "") {
  Lex& e = (*m)[w];
  e.flags |= flags;
  if (value != 0) e.value = value;
  if (*code) e.code = code;
  if (*category) e.category = category;
}

void vague(Map* m, std::string_view w, double value, double low, double high, uint32_t extra = 0) {
  Lex& e = (*m)[w];
  e.flags |= kVague | extra;
  e.value = value;
  e.low = low;
  e.high = high;
}

void cues(Map* m, const char* category, std::initializer_list<std::string_view> words,
          uint32_t extra = 0) {
  for (auto w : words) add(m, w, kCue | extra, 0, "", category);
}

Map build() {
  Map m;
  const char* units[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                         "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                         "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int i = 1; i < 20; ++i) add(&m, units[i], kNumberWord, i);
  add(&m, "zero", kNumberWord);  // value 0
  const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) add(&m, tens[i], kNumberWord, 20 + 10 * i);
  add(&m, "dozen", kMultiplier, 12);
  add(&m, "hundred", kMultiplier, 100);
  add(&m, "thousand", kMultiplier, 1e3);
  add(&m, "million", kMultiplier, 1e6);
  add(&m, "billion", kMultiplier, 1e9);
  add(&m, "trillion", kMultiplier, 1e12);
  add(&m, "mln", kMultiplier, 1e6);
  add(&m, "bln", kMultiplier, 1e9);
  add(&m, "bn", kMultiplier, 1e9);

  // Vague quantities: value by convention (ACLED's for dozens/hundreds), and the span the
  // word plausibly covers. docs/figures.md has the table.
  vague(&m, "dozens", 12, 24, 99);
  vague(&m, "scores", 20, 40, 99);
  vague(&m, "hundreds", 100, 200, 999);
  vague(&m, "thousands", 1000, 2000, 9999);
  vague(&m, "millions", 1e6, 2e6, 9.99e6);
  vague(&m, "billions", 1e9, 2e9, 9.99e9);
  vague(&m, "several", 10, 3, 9, kIndefinite);
  vague(&m, "many", 10, 3, 1e9, kIndefinite);
  vague(&m, "numerous", 10, 3, 1e9, kIndefinite);
  vague(&m, "few", 3, 2, 5, kIndefinite);  // "a few"

  add(&m, "half", kFractionWord, 0.5);
  add(&m, "halves", kFractionWord, 0.5);
  add(&m, "third", kFractionWord, 1.0 / 3);
  add(&m, "thirds", kFractionWord, 1.0 / 3);
  add(&m, "quarter", kFractionWord, 0.25);
  add(&m, "quarters", kFractionWord, 0.25);
  add(&m, "fifth", kFractionWord, 0.2);
  add(&m, "fifths", kFractionWord, 0.2);
  add(&m, "tenth", kFractionWord, 0.1);
  add(&m, "tenths", kFractionWord, 0.1);

  for (auto s : {"st", "nd", "rd", "th"}) add(&m, s, kOrdinalSuffix);

  // Currencies (symbols are single punctuation words).
  for (auto w : {"$", "dollar", "dollars", "usd", "us$"}) add(&m, w, kCurrency, 0, "USD");
  for (auto w : {"\xE2\x82\xAC", "euro", "euros", "eur"}) add(&m, w, kCurrency, 0, "EUR");
  for (auto w : {"\xC2\xA3", "gbp", "sterling"}) add(&m, w, kCurrency, 0, "GBP");
  for (auto w : {"\xC2\xA5", "yen", "jpy"}) add(&m, w, kCurrency, 0, "JPY");
  for (auto w : {"\xE2\x82\xB9", "rupees", "rupee", "inr"}) add(&m, w, kCurrency, 0, "INR");
  for (auto w : {"yuan", "renminbi", "cny", "rmb"}) add(&m, w, kCurrency, 0, "CNY");
  for (auto w : {"roubles", "rubles", "rub"}) add(&m, w, kCurrency, 0, "RUB");
  for (auto w : {"shekels", "ils"}) add(&m, w, kCurrency, 0, "ILS");
  for (auto w : {"francs", "chf"}) add(&m, w, kCurrency, 0, "CHF");
  // (Only after a number: "2.5 million rand", "40 billion naira".)
  for (auto w : {"rand", "zar"}) add(&m, w, kCurrency, 0, "ZAR");
  for (auto w : {"naira", "ngn"}) add(&m, w, kCurrency, 0, "NGN");
  for (auto w : {"cedis", "ghs"}) add(&m, w, kCurrency, 0, "GHS");
  for (auto w : {"lira", "liras"}) add(&m, w, kCurrency, 0, "TRY");
  for (auto w : {"riyals", "sar"}) add(&m, w, kCurrency, 0, "SAR");
  for (auto w : {"dirhams", "aed"}) add(&m, w, kCurrency, 0, "AED");
  for (auto w : {"baht", "thb"}) add(&m, w, kCurrency, 0, "THB");
  for (auto w : {"ringgit", "myr"}) add(&m, w, kCurrency, 0, "MYR");
  for (auto w : {"rupiah", "idr"}) add(&m, w, kCurrency, 0, "IDR");
  for (auto w : {"hryvnias", "hryvnia", "uah"}) add(&m, w, kCurrency, 0, "UAH");
  for (auto w : {"zlotys", "zloty", "pln"}) add(&m, w, kCurrency, 0, "PLN");
  for (auto w : {"taka", "bdt"}) add(&m, w, kCurrency, 0, "BDT");
  for (auto w : {"reais", "brl"}) add(&m, w, kCurrency, 0, "BRL");  // not "real": a word
  for (auto w : {"soles"}) add(&m, w, kCurrency, 0, "PEN");
  for (auto w : {"pesos", "mxn"}) add(&m, w, kCurrency, 0, "MXN");  // the largest peso economy
  for (auto w : {"shillings", "kes"}) add(&m, w, kCurrency, 0, "KES");
  for (auto w : {"kwacha", "zmw"}) add(&m, w, kCurrency, 0, "ZMW");
  for (auto w : {"birr", "etb"}) add(&m, w, kCurrency, 0, "ETB");
  for (auto w : {"dinars"}) add(&m, w, kCurrency, 0, "IQD");
  for (auto w : {"kyat", "mmk"}) add(&m, w, kCurrency, 0, "MMK");
  for (auto w : {"krona", "kronor", "sek"}) add(&m, w, kCurrency, 0, "SEK");
  for (auto w : {"kroner", "krone", "nok"}) add(&m, w, kCurrency, 0, "NOK");
  for (auto w : {"forints", "forint", "huf"}) add(&m, w, kCurrency, 0, "HUF");
  for (auto w : {"vnd"}) add(&m, w, kCurrency, 0, "VND");
  for (auto w : {"leones", "sll", "sle"}) add(&m, w, kCurrency, 0, "SLE");  // Sierra Leone
  for (auto w : {"lei", "ron"}) add(&m, w, kCurrency, 0, "RON");  // the larger leu economy
  for (auto w : {"mdl"}) add(&m, w, kCurrency, 0, "MDL");
  // (session 10: Latin American, Central Asian and other currencies wire copy names)
  for (auto w : {"bolivianos", "boliviano"}) add(&m, w, kCurrency, 0, "BOB");
  for (auto w : {"cordobas", "c\xC3\xB3" "rdobas", "nio"}) add(&m, w, kCurrency, 0, "NIO");
  for (auto w : {"quetzales", "quetzals", "gtq"}) add(&m, w, kCurrency, 0, "GTQ");
  for (auto w : {"lempiras", "hnl"}) add(&m, w, kCurrency, 0, "HNL");
  for (auto w : {"colones", "crc"}) add(&m, w, kCurrency, 0, "CRC");
  for (auto w : {"guaranis", "guaran\xC3\xAD" "es", "pyg"}) add(&m, w, kCurrency, 0, "PYG");
  for (auto w : {"tenge", "kzt"}) add(&m, w, kCurrency, 0, "KZT");
  for (auto w : {"manat", "manats", "azn"}) add(&m, w, kCurrency, 0, "AZN");
  for (auto w : {"lari"}) add(&m, w, kCurrency, 0, "GEL");
  for (auto w : {"drams", "amd"}) add(&m, w, kCurrency, 0, "AMD");
  for (auto w : {"somoni", "tjs"}) add(&m, w, kCurrency, 0, "TJS");
  for (auto w : {"afghanis", "afn"}) add(&m, w, kCurrency, 0, "AFN");
  for (auto w : {"rials", "irr"}) add(&m, w, kCurrency, 0, "IRR");
  for (auto w : {"kwanzas", "kwanza", "aoa"}) add(&m, w, kCurrency, 0, "AOA");
  for (auto w : {"meticais", "mzn"}) add(&m, w, kCurrency, 0, "MZN");
  for (auto w : {"ariary", "mga"}) add(&m, w, kCurrency, 0, "MGA");
  for (auto w : {"riels", "khr"}) add(&m, w, kCurrency, 0, "KHR");

  // Measures: distances, areas, weights, volumes, speeds.
  for (auto w : {"km", "kilometres", "kilometers", "kilometre", "kilometer", "kms"})
    add(&m, w, kMeasure, 0, "km");
  for (auto w : {"mi", "miles", "mile"}) add(&m, w, kMeasure, 0, "mi");
  for (auto w : {"m", "metres", "meters", "metre", "meter"}) add(&m, w, kMeasure, 0, "m");
  for (auto w : {"cm", "centimetres", "centimeters", "mm", "millimetres", "millimeters"})
    add(&m, w, kMeasure, 0, "cm");
  for (auto w : {"ft", "feet", "foot"}) add(&m, w, kMeasure, 0, "ft");
  for (auto w : {"inches", "inch", "yards", "yard"}) add(&m, w, kMeasure, 0, "in");
  for (auto w : {"hectares", "hectare", "ha"}) add(&m, w, kMeasure, 0, "ha");
  for (auto w : {"acres", "acre"}) add(&m, w, kMeasure, 0, "acre");
  for (auto w : {"km2", "sq"}) add(&m, w, kMeasure, 0, "km2");
  for (auto w : {"tons", "tonnes", "ton", "tonne", "kg", "kilograms", "kilos", "pounds", "lbs",
                 "grams", "gallons", "litres", "liters", "barrels", "mph", "knots", "degrees",
                 "kph", "mw", "gw", "kwh", "gb"})
    add(&m, w, kMeasure, 0, "measure");
  for (auto w : {"light"}) add(&m, w, kMeasure, 0, "measure");  // "light years"

  // Time units (numbers counting them are durations, not figures).
  for (auto w : {"second", "seconds", "minute", "minutes", "min", "mins"}) add(&m, w, kTimeUnit, 0, "S");
  for (auto w : {"hour", "hours", "hrs"}) add(&m, w, kTimeUnit, 0, "H");
  for (auto w : {"day", "days", "night", "nights"}) add(&m, w, kTimeUnit, 0, "D");
  for (auto w : {"week", "weeks", "weekend", "weekends"}) add(&m, w, kTimeUnit, 0, "W");
  for (auto w : {"month", "months"}) add(&m, w, kTimeUnit, 0, "M");
  for (auto w : {"year", "years", "yr", "yrs"}) add(&m, w, kTimeUnit, 0, "Y");
  for (auto w : {"decade", "decades"}) add(&m, w, kTimeUnit, 0, "DE");
  for (auto w : {"century", "centuries"}) add(&m, w, kTimeUnit, 0, "CE");
  for (auto w : {"am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "bst", "est", "edt",
                 "cet", "pst", "pdt", "hrs"})
    add(&m, w, kTimeUnit, 0, "clock");

  const char* months[][3] = {{"january", "jan", ""},   {"february", "feb", ""},
                             {"march", "mar", ""},     {"april", "apr", ""},
                             {"may", "", ""},          {"june", "jun", ""},
                             {"july", "jul", ""},      {"august", "aug", ""},
                             {"september", "sep", "sept"}, {"october", "oct", ""},
                             {"november", "nov", ""},  {"december", "dec", ""}};
  for (int i = 0; i < 12; ++i)
    for (auto w : months[i])
      if (*w) add(&m, w, kMonth, i + 1);
  const char* days[][2] = {{"monday", "mon"},   {"tuesday", "tue"}, {"wednesday", "wed"},
                           {"thursday", "thu"}, {"friday", "fri"},  {"saturday", "sat"},
                           {"sunday", "sun"}};
  for (int i = 0; i < 7; ++i) add(&m, days[i][0], kWeekday, i + 1);
  for (auto w : {"spring"}) add(&m, w, kSeason, 0, "SP");
  for (auto w : {"summer"}) add(&m, w, kSeason, 0, "SU");
  for (auto w : {"autumn", "fall"}) add(&m, w, kSeason, 0, "FA");
  for (auto w : {"winter"}) add(&m, w, kSeason, 0, "WI");

  for (auto w :
       {"people", "persons", "person", "civilians", "civilian", "children", "child", "kids",
        "women", "men", "woman", "man", "residents", "villagers", "migrants", "refugees",
        "protesters", "protestors", "demonstrators", "soldiers", "troops", "fighters",
        "militants", "rebels", "insurgents", "jihadists", "gunmen", "police", "policemen",
        "officers", "workers", "students", "passengers", "victims", "patients", "pilgrims",
        "worshippers", "journalists", "reporters", "doctors", "nurses", "staff", "employees",
        "members", "prisoners", "detainees", "inmates", "hostages", "suspects", "citizens",
        "nationals", "inhabitants", "individuals", "adults", "teenagers", "teens", "girls",
        "boys", "babies", "infants", "miners", "farmers", "voters", "supporters", "officials",
        "personnel", "crew", "sailors", "servicemen", "servicemembers", "marines", "guards",
        "firefighters", "rescuers", "volunteers", "evacuees", "survivors", "casualties",
        "fatalities", "others", "locals", "tourists", "visitors", "fans", "spectators",
        "combatants", "recruits", "peacekeepers", "paramilitaries", "militiamen",
        "seekers", "families", "minors", "pupils", "teachers", "clergy", "priests", "monks",
        "activists", "opponents", "dissidents", "lawmakers", "legislators", "delegates",
        "cadets", "agents", "commanders", "leaders", "operatives", "collaborators",
        "settlers", "herders", "fishermen", "motorists", "drivers", "motorcyclists",
        "pedestrians", "shoppers", "customers", "idps", "hajjis", "muslims",
        "christians", "jews", "hindus", "sunnis", "shias", "shiites", "kurds", "arabs",
        // singulars, for "killed one soldier", "a teenager was injured"
        "soldier", "officer", "policeman", "policewoman", "worker", "student", "passenger",
        "victim", "patient", "journalist", "reporter", "photographer", "doctor", "nurse",
        "employee", "member", "prisoner", "detainee", "inmate", "hostage", "suspect", "citizen",
        "teenager", "teen", "girl", "boy", "baby", "infant", "toddler", "miner", "farmer",
        "voter", "supporter", "official", "sailor", "serviceman", "marine", "guard",
        "firefighter", "rescuer", "volunteer", "survivor", "tourist", "visitor", "fan",
        "spectator", "fighter", "militant", "rebel", "insurgent", "gunman", "resident",
        "villager", "migrant", "refugee", "protester", "protestor", "demonstrator", "pilgrim",
        "worshipper", "teacher", "pupil", "priest", "monk", "activist", "driver", "pedestrian",
        "motorist", "motorcyclist", "cyclist", "settler", "fisherman", "agent", "commander",
        "cadet", "peacekeeper", "contractor", "bystander", "crewman", "pilot", "guide",
        "gendarmes", "gendarme", "guardsmen", "policewomen", "lawyers", "lawyer",
        "terrorists", "terrorist", "extremists", "jihadis", "bandits", "assailants",
        "attackers", "gangsters", "smugglers", "traffickers", "separatists", "islamists",
        "criminals", "looters", "pirates", "raiders", "kidnappers", "poachers",
        "lecturers", "lecturer", "professors", "professor", "academics", "vendors", "vendor",
        "traders", "trader", "labourers", "laborers", "dockworkers"})
    add(&m, w, kPerson);

  for (auto w :
       {"of", "in", "on", "at", "from", "to", "into", "for", "with", "by", "near", "across",
        "along", "during", "since", "after", "before", "over", "under", "around", "about",
        "among", "amongst", "between", "through", "against", "per", "amid", "amidst",
        "including", "without", "within", "outside", "inside", "toward", "towards", "despite",
        "following", "than", "like", "upon", "via", "until", "throughout", "beyond",
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
        "our", "my", "your", "it", "they", "he", "she", "we", "you", "i", "them", "us", "him",
        "who", "which", "whom", "whose", "what", "where", "when", "while", "as", "whether",
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do",
        "does", "did", "will", "would", "could", "should", "may", "might", "must", "can",
        "said", "says", "say", "told", "reported", "according", "added", "stated",
        "reportedly", "also", "still", "now", "only", "just", "already", "then", "there",
        "here", "not", "no", "all", "both", "each", "mostly", "mainly", "largely", "so",
        "if", "because", "but", "yet", "nor", "and", "or", "some", "more", "most", "less",
        "least", "almost", "nearly", "about", "up", "down", "out", "off", "again", "too",
        "very", "later", "earlier", "ago", "today", "yesterday", "tomorrow", "tonight",
        "last", "next", "every", "such", "other", "another", "same", "own", "whereas",
        "been", "having", "getting", "got", "get", "became", "become", "remain", "remained",
        "remains", "according", "respectively", "alone", "each", "altogether", "overall",
        "total", "combined", "apiece", "either", "neither", "whom", "since", "unless",
        "although", "though", "however", "thus", "hence", "instead", "even", "ever", "never", "tens",
        "away", "apart", "long", "wide", "high", "deep", "tall", "old", "ago", "aged",
        "nationwide", "countrywide",
        // common verbs that end a noun phrase when no tagger has run
        "went", "came", "saw", "made", "took", "gave", "won", "began", "ran", "met", "kept",
        "found", "brought", "bought", "stood", "knew", "led", "put", "set", "felt", "heard",
        "wrote", "go", "goes", "come", "comes", "make", "makes", "take", "takes", "see",
        "sees", "want", "wants", "need", "needs", "live", "lived", "lives", "work", "works",
        "voted", "vote", "attended", "joined", "signed", "received", "showed", "shows",
        "include", "includes", "included", "face", "faced", "faces", "hold", "holds"})
    add(&m, w, kStop);

  for (auto w : {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being",
                 "reportedly", "also", "allegedly", "reported", "confirmed", "believed",
                 "feared", "thought", "said", "who", "that", "which", "all", "now", "since",
                 "later", "subsequently", "apparently", "either", "either", "already",
                 "officially", "presumed", "presumably", "known", "to", "left", "got",
                 "get", "remain", "remained", "remains", "still", "then", "both", "being",
                 "will", "would", "could", "may", "might", "not", "so", "far", "thus",
                 "had", "mostly", "mainly", "among", "them", "whom", "of", "those", "were"})
    add(&m, w, kAux);

  for (auto w : {"rose", "risen", "rising", "rises", "rise", "climbed", "climbing", "climbs",
                 "increased", "increasing", "increases", "jumped", "grew", "grown", "mounted",
                 "reached", "surged", "soared", "swelled", "revised", "updated", "raised",
                 "doubled", "tripled", "fell", "dropped", "declined", "decreased", "lowered"})
    add(&m, w, kChangeVerb);

  // Category cues. Words that name the counted thing itself also get kCueNoun.
  cues(&m, "killed",
       {"killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "slain",
        "murdered", "massacred", "executed", "perished", "drowned", "fatally",
        // "neutralised 13 militants": the Turkish and Sahel armies' word for killed in action
        "neutralised", "neutralized"});
  cues(&m, "killed", {"deaths", "death", "fatalities", "fatality", "bodies", "corpses",
                      "casualties", "toll"},
       kCueNoun);
  cues(&m, "injured", {"injured", "injuring", "injure", "injures", "wounded", "wounding",
                       "wound", "hurt", "hospitalised", "hospitalized", "maimed", "treated"});
  cues(&m, "injured", {"injuries", "injury", "wounds"}, kCueNoun);
  cues(&m, "displaced",
       {"displaced", "displacing", "displace", "displaces", "fled", "flee", "fleeing", "flees",
        "evacuated", "evacuate", "evacuating", "uprooted", "homeless", "sheltering",
        "relocated", "expelled", "deported"});
  cues(&m, "displaced", {"refugees", "evacuees", "idps", "displacement"}, kCueNoun);
  cues(&m, "arrested",
       {"arrested", "arrest", "arresting", "detained", "detain", "detaining", "captured",
        "capturing", "apprehended", "jailed", "imprisoned", "custody", "detention", "captivity",
        "nabbed", "charged", "indicted", "recaptured", "rearrested"});
  cues(&m, "arrested", {"arrests", "detainees", "detentions", "prisoners", "captives"},
       kCueNoun);
  cues(&m, "missing", {"missing", "unaccounted", "disappeared", "abducted", "kidnapped",
                       "abducting", "kidnapping", "vanished", "trapped"});
  cues(&m, "missing", {"hostages", "abductees", "disappearance", "disappearances",
                       "abductions", "kidnappings"}, kCueNoun);
  cues(&m, "destroyed",
       {"destroyed", "destroy", "destroying", "damaged", "damage", "damaging", "dismantled",
        "dismantling", "demolished", "demolishing", "razed", "flattened", "torched", "burned",
        "burnt", "levelled", "leveled", "collapsed", "bulldozed", "wrecked", "engulfed", "gutted",
        "ablaze"});
  cues(&m, "deployed",
       {"deployed", "deploy", "deploying", "deploys", "sent", "send", "sending", "dispatched",
        "dispatch", "stationed", "mobilized", "mobilised", "mobilizing", "mobilising",
        "reinforcements", "posted"});
  cues(&m, "deployed", {"troops", "soldiers", "servicemen", "servicemembers", "marines",
                        "peacekeepers", "reservists", "paratroopers", "battalions", "brigades"},
       kCueNoun);
  cues(&m, "money", {"aid", "funding", "funds", "fund", "budget", "grant", "grants", "loan",
                     "loans", "donated", "pledged", "spent", "cost", "costs", "worth",
                     "compensation", "fine", "fined", "ransom", "paid", "pay", "price",
                     "revenue", "investment", "assistance"});
  return m;
}

}  // namespace

const Lex* lookup(std::string_view w) {
  static const Map* map = new Map(build());  // built once, never freed (no exit-time order issues)
  auto it = map->find(w);
  return it == map->end() ? nullptr : &it->second;
}

}  // namespace factwire::figures
