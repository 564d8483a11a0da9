#include "quotes/lexicon.h"

#include <initializer_list>

namespace factwire::quotes {
namespace {

struct CueEntry {
  const char* lemma;
  uint16_t flags;
  std::initializer_list<const char*> forms;  // base, 3sg, past, participle, -ing
};

// Speech and attitude cues written for news. Forms ending in -ing get kParticiple; forms
// listed in kNounLike get kAmbiguous.
const CueEntry kCues[] = {
    {"say", kSpeech, {"say", "says", "said", "saying"}},
    {"tell", kSpeech | kAddressee, {"tell", "tells", "told", "telling"}},
    {"add", kSpeech, {"add", "adds", "added", "adding"}},
    {"note", kSpeech, {"note", "notes", "noted", "noting"}},
    {"warn", kSpeech, {"warn", "warns", "warned", "warning"}},
    {"deny", kSpeech, {"deny", "denies", "denied", "denying"}},
    {"claim", kSpeech, {"claim", "claims", "claimed", "claiming"}},
    {"insist", kSpeech, {"insist", "insists", "insisted", "insisting"}},
    {"accuse", kSpeech | kObjOf, {"accuse", "accuses", "accused", "accusing"}},
    {"announce", kSpeech, {"announce", "announces", "announced", "announcing"}},
    {"confirm", kSpeech, {"confirm", "confirms", "confirmed", "confirming"}},
    {"state", kSpeech, {"states", "stated", "stating"}},
    {"argue", kSpeech, {"argue", "argues", "argued", "arguing"}},
    {"explain", kSpeech, {"explain", "explains", "explained", "explaining"}},
    {"believe", kSpeech | kAttitude, {"believe", "believes", "believed", "believing"}},
    {"acknowledge", kSpeech, {"acknowledge", "acknowledges", "acknowledged", "acknowledging"}},
    {"urge", kSpeech | kObjTo, {"urge", "urges", "urged", "urging"}},
    {"report", kSpeech, {"report", "reports", "reported", "reporting"}},
    {"reply", kSpeech, {"reply", "replies", "replied", "replying"}},
    {"respond", kSpeech, {"responded", "responds", "responding"}},
    {"answer", kSpeech, {"answered"}},
    {"suggest", kSpeech, {"suggest", "suggests", "suggested", "suggesting"}},
    {"stress", kSpeech, {"stressed", "stresses", "stressing"}},
    {"emphasize", kSpeech,
     {"emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises",
      "emphasised", "emphasising"}},
    {"assert", kSpeech, {"assert", "asserts", "asserted", "asserting"}},
    {"declare", kSpeech, {"declare", "declares", "declared", "declaring"}},
    {"contend", kSpeech, {"contend", "contends", "contended", "contending"}},
    {"maintain", kSpeech, {"maintains", "maintained", "maintaining"}},
    {"admit", kSpeech, {"admit", "admits", "admitted", "admitting"}},
    {"concede", kSpeech, {"concede", "concedes", "conceded", "conceding"}},
    {"predict", kSpeech, {"predict", "predicts", "predicted", "predicting"}},
    {"promise", kSpeech, {"promised", "promises", "promising"}},
    {"pledge", kSpeech, {"pledged", "pledges", "pledging"}},
    {"vow", kSpeech, {"vow", "vows", "vowed", "vowing"}},
    {"threaten", kSpeech, {"threatened", "threatens", "threatening"}},
    {"allege", kSpeech, {"allege", "alleges", "alleged", "alleging"}},
    {"reveal", kSpeech, {"reveal", "reveals", "revealed", "revealing"}},
    {"recall", kSpeech, {"recalled", "recalls", "recalling"}},
    {"remark", kSpeech, {"remarked", "remarks", "remarking"}},
    {"comment", kSpeech, {"commented", "comments", "commenting"}},
    {"observe", kSpeech, {"observed", "observes", "observing"}},
    {"write", kSpeech, {"write", "writes", "wrote", "written", "writing"}},
    {"tweet", kSpeech, {"tweeted", "tweets", "tweeting"}},
    {"post", kDirectOnly, {"posted"}},
    {"estimate", kSpeech, {"estimate", "estimated", "estimates", "estimating"}},
    {"conclude", kSpeech, {"concluded", "concludes", "concluding"}},
    {"indicate", kSpeech, {"indicated", "indicates", "indicating"}},
    {"signal", kSpeech, {"signalled", "signaled", "signals", "signalling", "signaling"}},
    {"hint", kSpeech, {"hinted", "hints", "hinting"}},
    {"propose", kSpeech, {"proposed", "proposes", "proposing"}},
    {"recommend", kSpeech, {"recommended", "recommends", "recommending"}},
    {"demand", kSpeech, {"demanded", "demands", "demanding"}},
    {"complain", kSpeech, {"complain", "complains", "complained", "complaining"}},
    {"reiterate", kSpeech, {"reiterate", "reiterates", "reiterated", "reiterating"}},
    {"repeat", kSpeech, {"repeated", "repeats", "repeating"}},
    {"affirm", kSpeech, {"affirmed", "affirms", "affirming"}},
    {"reaffirm", kSpeech, {"reaffirmed", "reaffirms", "reaffirming"}},
    {"testify", kSpeech, {"testified", "testifies", "testifying"}},
    {"inform", kSpeech | kAddressee, {"informed", "informs", "informing"}},
    {"assure", kSpeech | kAddressee, {"assured", "assures", "assuring"}},
    {"remind", kSpeech | kAddressee, {"reminded", "reminds", "reminding"}},
    {"caution", kSpeech, {"cautioned", "cautions", "cautioning"}},
    {"counter", kSpeech, {"countered", "counters", "countering"}},
    {"retort", kSpeech, {"retorted"}},
    {"protest", kSpeech, {"protested"}},
    {"lament", kSpeech, {"lamented", "laments", "lamenting"}},
    {"boast", kSpeech, {"boasted", "boasts", "boasting"}},
    {"joke", kSpeech, {"joked", "jokes", "joking"}},
    {"quip", kSpeech, {"quipped", "quips"}},
    {"mention", kSpeech, {"mentioned", "mentions", "mentioning"}},
    {"fear", kSpeech | kAttitude, {"feared", "fears"}},
    {"recount", kSpeech, {"recounted", "recounts", "recounting"}},
    {"speculate", kSpeech, {"speculated", "speculates", "speculating"}},
    {"agree", kSpeech, {"agreed", "agrees"}},
    {"ask", kDirectOnly, {"ask", "asks", "asked", "asking"}},
    {"describe", kDirectOnly, {"describe", "describes", "described", "describing"}},
    // (session 9: `expressed "deep regret"`, `expresses "serious concern"`)
    {"express", kDirectOnly, {"expressed", "expresses", "expressing"}},
    {"call", kDirectOnly, {"called", "calls", "calling"}},
    {"dismiss", kDirectOnly, {"dismissed", "dismisses", "dismissing"}},
    {"label", kDirectOnly, {"labelled", "labeled", "labels"}},
    {"brand", kDirectOnly, {"branded", "brands"}},
    {"denounce", kDirectOnly, {"denounced", "denounces", "denouncing"}},
    {"condemn", kDirectOnly, {"condemned", "condemns", "condemning"}},
    {"praise", kDirectOnly, {"praised", "praises", "praising"}},
    {"criticize", kDirectOnly,
     {"criticized", "criticised", "criticizes", "criticises", "criticizing", "criticising"}},
    {"slam", kDirectOnly, {"slammed", "slams"}},
    {"hail", kDirectOnly, {"hailed", "hails"}},
    {"shout", kDirectOnly, {"shouted", "shouts", "shouting"}},
    {"chant", kDirectOnly, {"chanted", "chanting"}},
    {"exclaim", kDirectOnly, {"exclaimed"}},
    {"whisper", kDirectOnly, {"whispered"}},
    {"scream", kDirectOnly, {"screamed"}},
    {"continue", kDirectOnly, {"continued"}},
    {"begin", kDirectOnly, {"began"}},
    {"quote", kDirectOnly, {"quoted"}},
    {"thank", kDirectOnly, {"thanked"}},
    // (session 8: "blamed \"criminal elements ...\" for the violence", "rejected the
    // allegation as \"baseless.\"")
    // (round 4: what a report or records show or found, never a person's finding)
    {"show", kSpeech | kAmbiguous | kDocSubject, {"show", "shows", "showed"}},
    {"find", kSpeech | kAmbiguous | kDocSubject, {"found", "finds"}},
    {"blame", kDirectOnly, {"blamed", "blames", "blaming"}},
    {"reject", kDirectOnly, {"rejected", "rejects", "rejecting"}},
};

// Word forms that are more often nouns or adjectives than speech verbs.
const char* kNounLike[] = {"claims", "notes", "reports", "report", "states", "comments",
                           "remarks", "demands", "fears", "estimates", "warning", "promises",
                           "promising", "note", "claim", "post", "counters", "signals", "hints",
                           "calls", "labels", "brands", "mentions", "jokes", "quips", "repeats",
                           "recalls", "threatening", "revealing", "written", "writing",
                           "telling", "alleged", "demanding", "reporting", "observing", "agreed",
                           "agrees", "promised", "maintains", "reply", "answer", "comment",
                           "estimated", "proposed", "recommended", "indicated", "signalled",
                           "signaled", "reported",
                           // (session 10: "Rights groups estimate that ...", not "an estimate")
                           "estimate"};

const char* kTitles[] = {
    "president", "vice", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "director", "chief", "chairman", "chairwoman", "chair", "senator", "sen", "representative",
    "rep", "governor", "gov", "mayor", "general", "gen", "lieutenant", "lt", "colonel", "col",
    "captain", "capt", "sergeant", "sgt", "major", "maj", "brig", "commander", "admiral", "ambassador", "envoy",
    "judge", "justice", "prosecutor", "attorney", "officer", "detective", "inspector",
    "superintendent", "commissioner", "king", "queen", "prince", "princess", "sheikh", "pope",
    "cardinal", "bishop", "archbishop", "rabbi", "imam", "father", "reverend", "rev", "dr", "mr",
    "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "professor", "prof", "coach", "manager",
    "ceo", "chancellor", "premier", "leader", "speaker", "councillor", "councilman",
    "councilwoman", "deputy", "prime", "foreign", "defense", "defence", "interior", "finance",
    "health", "state", "economy", "trade", "education", "energy", "environment", "labor",
    "labour", "agriculture", "transport", "information", "culture", "affairs", "security",
    "senior", "former", "acting", "executive", "assistant", "associate", "secretary-general",
    "attorney-general", "majority", "minority", "opposition", "supreme", "ayatollah", "grand",
    "mufti", "emir", "crown", "sultan", "mp", "head", "founder", "co-founder", "editor", "dean",
    "principal", "chief-executive", "first", "lady", "vice-president", "dj", "pastor", "chef",
    "sheriff", "constable", "corporal", "cpl", "private", "pvt", "brigadier", "marshal",
    "counsel", "solicitor", "lawyer", "physician", "doctor", "nurse", "author", "actor",
    "actress", "singer", "director-general", "general-secretary", "president-elect", "mayor-elect",
    "candidate", "nominee", "activist", "analyst", "researcher", "scientist", "astronaut",
    "officials", "official", "member", "congressman", "congresswoman", "assemblyman",
    "assemblywoman", "mla", "mep", "premier", "treasurer", "administrator", "comptroller",
    "commander-in-chief", "host", "presenter", "anchor", "columnist", "correspondent", "reporter",
    "journalist", "chairperson", "ceo", "cfo", "coo", "cto", "owner", "spokesmen", "economist",
    "historian", "archaeologist", "archæologist", "neuroscientist", "astronomer", "player",
    "striker", "goalkeeper", "manager", "trainer", "writer", "producer", "filmmaker",
    "musician", "rapper", "comedian", "designer", "artist", "photographer", "lord-mayor",
    "councilor"};

const char* kSourceNouns[] = {
    "official", "officials", "source", "sources", "diplomat", "diplomats", "person", "people",
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "insider", "insiders",
    "officer", "officers", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
    "spokesmen", "representative", "representatives", "member", "members", "witness",
    "witnesses", "resident", "residents", "employee", "employees", "staffer", "staffers",
    "lawmaker", "lawmakers", "investigator", "investigators", "negotiator", "negotiators",
    "commander", "commanders", "expert", "experts", "observer", "observers", "analyst",
    "analysts", "individual", "individuals", "executive", "executives", "authorities",
    "police", "officialdom", "doctor", "doctors", "worker", "workers", "activist", "activists",
    "nurse", "nurses", "fisherman", "fishermen", "survivor", "survivors", "passenger",
    "passengers", "villager", "villagers", "rescuer", "rescuers", "volunteer", "volunteers",
    "medic", "medics", "paramedic", "paramedics", "farmer", "farmers", "teacher", "teachers",
    "trader", "traders", "driver", "drivers", "guard", "guards",
    // (round 4)
    "delegate", "delegates", "pilot", "pilots", "engineer", "engineers", "agent", "agents",
    "soldier", "soldiers",
    // (session 10: "A relative of one of the jailed men said", "relatives said")
    "relative", "relatives",
    // (session 10, bn: "Protesters said", "a military prosecutor said"; not "Prosecutors
    // said", the prosecution's office on the record in the bm and nw golds)
    "protester", "protesters", "demonstrator", "demonstrators", "prosecutor"};

const char* kOrgWords[] = {
    "center", "centre", "council", "force", "program", "programme", "ministry", "party", "group",
    "army", "bank", "association", "university", "college", "school", "court", "agency", "house",
    "office", "department", "committee", "commission", "union", "company", "corporation", "inc",
    "corp", "ltd", "news", "times", "post", "network", "institute", "foundation", "fund",
    "organization", "organisation", "service", "services", "police", "government", "parliament",
    "congress", "senate", "assembly", "club", "federation", "league", "board", "authority",
    "front", "movement", "alliance", "coalition", "forces", "guard", "brigade", "brigades",
    "hospital", "church", "journal", "press", "airlines", "airways", "society", "trust",
    "bureau", "administration", "embassy", "reuters", "channel", "radio", "television", "tv",
    "magazine", "herald", "tribune", "telegraph", "guardian", "daily", "gazette", "review",
    "group", "holdings", "international", "systems", "labs", "laboratory", "museum", "team",
    "fc", "cabinet", "military", "navy", "ministry", "secretariat", "observatory", "nations",
    "media", "broadcaster", "newspaper", "outlet", "archive", "archives", "guild",
    "watch", "project", "initiative", "campaign", "network", "studio", "studios", "records",
    "agency", "unit", "division", "regiment", "corps", "squad", "council", "tribunal", "panel",
    "institution", "consortium", "mission", "delegation", "federation", "conference", "summit", "programme", "zone",
    "republic", "kingdom", "state", "states", "city", "county", "province", "region", "district",
    "islands", "island", "river", "mountain", "street", "square", "airport", "port", "station"};

const char* kAuxWords[] = {"has", "have", "had", "having", "is", "are", "was", "were", "be", "been",
                      "being", "will", "would", "could", "can", "may", "might", "must",
                      "should", "shall", "did", "does", "do", "'s", "'ve", "'d", "'ll", "’s",
                      "’ve", "’d", "’ll"};

const char* kAdverbs[] = {
    "also",       "later",      "earlier",   "previously", "reportedly", "then",     "further",
    "long",       "repeatedly", "publicly",  "privately",  "recently",   "once",     "again",
    "often",      "already",    "always",    "still",      "just",       "first",    "initially",
    "subsequently", "separately", "similarly", "likewise", "yesterday",  "today",    "tonight",
    "now",        "allegedly",  "explicitly", "specifically", "openly",  "flatly",   "firmly",
    "strongly",   "forcefully", "angrily",   "quickly",    "immediately", "simply",  "even",
    "only",       "however",    "frequently", "apparently",
    "officially", "formally",   "personally", "directly",  "finally",    "eventually"};

const char* kDeterminers[] = {"the", "a", "an", "this", "that", "these", "those", "its", "his",
                              "her", "their", "our", "my", "your", "some", "many", "several",
                              "any", "each", "every", "no", "such", "another", "other", "both",
                              "all", "most", "few", "much", "more"};

const char* kPrepositions[] = {"in", "on", "at", "for", "from", "by", "with", "during", "after",
                               "before", "about", "against", "into", "over", "under", "between",
                               "through", "to", "of", "without", "within", "near", "across",
                               "toward", "towards", "upon", "despite", "amid", "among", "via",
                               "per", "like", "since", "until", "following"};

const char* kSubordinators[] = {"that", "which", "who", "whom", "whose", "when", "where", "while",
                                "because", "although", "though", "if", "unless", "whether",
                                "as", "since", "after", "before", "once", "until", "than",
                                "so", "and", "but", "or", "nor", "yet", "whereas"};

const char* kPronouns[] = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
                           "us", "me"};

// Words right before a quote that make it a name, not speech: a man called "Shorty".
const char* kNamingWords[] = {"called", "named", "dubbed", "titled", "entitled", "nicknamed",
                         "name", "known", "so-called", "word", "words", "term", "phrase",
                         "slogan", "motto", "hashtag", "headlined", "headline", "codenamed",
                         "code-named", "branded", "label", "tagline", "caption", "marked",
                         "read", "reads", "reading", "spelled", "signed", "banner", "sign",
                         "signs", "labelled", "labeled", "theme", "handle", "username", "alias",
                         "aka", "a.k.a", "nickname"};

// Nouns before a quoted title of a work: the film "...".
const char* kWorkNouns[] = {"film", "movie", "book", "song", "album", "single", "novel", "play",
                            "show", "series", "episode", "programme", "program", "documentary",
                            "exhibition", "exhibit", "article", "column", "essay", "report",
                            "poem", "opera", "musical", "game", "track", "record", "painting",
                            "sculpture", "operation", "campaign", "podcast", "blog", "website",
                            "magazine", "newspaper", "paper", "study", "titled", "entitled",
                            "project", "initiative", "brand", "product", "app", "tour", "event",
                            "award", "category", "prize", "festival", "law", "act", "bill",
                            "ep", "video", "chapter", "story", "speech", "lecture", "talk",
                            "panel", "session"};

const char* kTimeWords[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday", "yesterday", "today", "tonight", "last", "this", "next",
                            "earlier", "later", "week", "month", "year", "morning", "afternoon",
                            "evening", "night", "weekend", "january", "february", "march",
                            "april", "june", "july", "august", "september", "october",
                            "november", "december"};

const char* kAbbreviations[] = {
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr",
    "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct",
    "nov", "dec", "prof", "rev", "mt", "ft", "fig", "approx", "dept", "est", "cpl", "pvt", "maj",
    "adm", "cmdr", "gens", "messrs", "hon", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "a.m", "p.m"};

// A few very frequent verbs in irregular forms, to end a noun phrase without a tagger.
const char* kCommonVerbs[] = {
    "kept", "made", "took", "gave", "got", "went", "came", "saw", "knew", "thought", "found",
    "left", "held", "brought", "began", "became", "ran", "met", "paid", "sent", "built", "won",
    "lost", "led", "put", "set", "cut", "hit", "let", "spent", "sought", "fought", "stood", "fell",
    "rose", "wants", "want", "needs", "need", "remains", "remain", "appears", "seems", "views",
    "feels", "plans", "hopes", "wanted", "needed", "makes", "takes", "gives", "gets", "goes",
    "comes", "sees", "knows", "thinks", "finds", "holds", "brings", "becomes", "runs", "meets",
    "pays", "sends", "builds", "wins", "loses", "leads", "puts", "sets", "stands", "falls",
    "rises", "continues", "offers", "keeps", "portrays", "refused", "refuses", "launched",
    "deployed", "spoke", "speaks", "met", "visited", "visits", "attended", "attends", "signed",
    "signs", "voted", "votes", "won", "wins", "opened", "opens", "closed", "closes", "started",
    "starts", "joined", "joins", "lives", "lived", "works", "worked", "died", "dies", "killed",
    "kills", "struck", "strikes", "helped", "helps", "received", "receives", "used", "uses",
    "showed", "shows", "began", "begins", "tried", "tries", "allowed", "allows", "asked",
    "likely", "may", "might"};

// Words that name the medium after "told": "the Al Jazeera network" -> "Al Jazeera".
const char* kMediaWords[] = {"network", "newspaper", "channel", "radio", "television", "tv",
                             "broadcaster", "station", "agency", "news", "daily", "weekly",
                             "magazine", "website", "programme", "program", "show", "outlet",
                             "paper", "newswire", "wire", "service", "broadcast", "podcast",
                             "website", "interview", "an", "a", "the", "in", "on"};

const NonAnswerCue kNonAnswers[] = {
    {"did not respond to requests for comment"},
    {"did not respond to a request for comment"},
    {"did not immediately respond to requests for comment"},
    {"did not immediately respond to a request for comment"},
    {"did not immediately respond"},
    {"did not respond"},
    {"didn't respond"},
    {"has not responded"},
    {"have not responded"},
    {"had not responded"},
    {"did not return"},
    {"did not reply"},
    {"did not answer"},
    {"declined to comment"},
    {"declined comment"},
    {"declined to be interviewed"},
    {"declined to elaborate"},
    {"declined to say"},
    {"declined to discuss"},
    {"declined to respond"},
    {"declined to reply"},
    {"refused to respond"},
    {"refused to comment"},
    {"would not comment"},
    {"could not be reached"},
    {"could not immediately be reached"},
    {"could not be immediately reached"},
    {"was not available for comment"},
    {"were not available for comment"},
    {"was not immediately available for comment"},
    {"were not immediately available for comment"},
    {"not immediately available"},
    {"had no comment"},
    {"has no comment"},
    {"had no immediate comment"},
    {"has no immediate comment"},
    {"no immediate comment"},
    {"did not comment"},
    {"has not commented"},
    {"have not commented"},
    {"had not commented"},
    {"did not say whether"},
    {"did not say why"},
    {"did not say how"},
    {"did not say when"},
    {"did not say where"},
    {"would not say whether"},
    {"would not say why"},
    {"would not say how"},
    {"would not say"},
    {"declined to confirm"},
    {"refused to say"},
    {"did not immediately comment"},
    {"did not immediately reply"},
    {"did not immediately return"},
    {"did not confirm"},
    {"would neither confirm nor deny"},
    {"declined to confirm or deny"},
};

template <typename Set, size_t N>
void fill(Set* set, const char* const (&words)[N]) {
  for (const char* w : words) set->insert(std::string_view(w));
}

}  // namespace

Lexicon::Lexicon() {
  std::unordered_set<std::string_view> noun_like;
  fill(&noun_like, kNounLike);
  for (const CueEntry& e : kCues) {
    for (const char* f : e.forms) {
      std::string_view form(f);
      uint16_t flags = e.flags;
      if (form.size() > 4 && form.substr(form.size() - 3) == "ing") flags |= kParticiple;
      if (noun_like.count(form)) flags |= kAmbiguous;
      cues_.emplace(form, Cue{std::string_view(e.lemma), flags});
    }
  }
  fill(&titles_, kTitles);
  fill(&source_nouns_, kSourceNouns);
  fill(&org_words_, kOrgWords);
  fill(&aux_, kAuxWords);
  fill(&adverbs_, kAdverbs);
  fill(&determiners_, kDeterminers);
  fill(&prepositions_, kPrepositions);
  fill(&subordinators_, kSubordinators);
  fill(&pronouns_, kPronouns);
  fill(&naming_, kNamingWords);
  fill(&work_nouns_, kWorkNouns);
  fill(&time_words_, kTimeWords);
  fill(&abbreviations_, kAbbreviations);
  fill(&common_verbs_, kCommonVerbs);
  fill(&media_words_, kMediaWords);
  const std::pair<const std::unordered_set<std::string_view>*, uint32_t> sets[] = {
      {&titles_, WordClass::kTitle},           {&source_nouns_, WordClass::kSourceNoun}, {&org_words_, WordClass::kOrgWord},
      {&aux_, WordClass::kAux},                {&adverbs_, WordClass::kAdverb},         {&determiners_, WordClass::kDeterminer},
      {&prepositions_, WordClass::kPreposition}, {&subordinators_, WordClass::kSubordinator},
      {&pronouns_, WordClass::kPronoun},       {&naming_, WordClass::kNaming},          {&work_nouns_, WordClass::kWorkNoun},
      {&time_words_, WordClass::kTimeWord},    {&abbreviations_, WordClass::kAbbreviation},
      {&common_verbs_, WordClass::kCommonVerb}, {&media_words_, WordClass::kMediaWord}};
  for (const auto& [set, bit] : sets)
    for (std::string_view w : *set) info_[w].classes |= bit;
  for (const auto& [w, cue] : cues_) info_[w].cue = &cue;
}

const Lexicon& Lexicon::Get() {
  static const Lexicon* lexicon = new Lexicon();  // never destroyed: safe at exit
  return *lexicon;
}

const NonAnswerCue* non_answer_cues(size_t* count) {
  *count = sizeof(kNonAnswers) / sizeof(kNonAnswers[0]);
  return kNonAnswers;
}

}  // namespace factwire::quotes
