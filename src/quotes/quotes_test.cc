#include "quotes/quotes.h"

#include <gtest/gtest.h>

#include <string>

#include "quotes/test_doc.h"

namespace factwire {
namespace {

Document run(const std::string& text) {
  Document doc = quotes_testing::make_document(text);
  extract_quotes(&doc, *Gazetteer::Empty());
  return doc;
}

const Quote* find(const Document& doc, const std::string& starts_with) {
  for (const Quote& q : doc.quotes)
    if (q.text.rfind(starts_with, 0) == 0) return &q;
  return nullptr;
}

TEST(Quotes, DirectQuoteWithCueAfterAndPronounSpeaker) {
  Document doc = run(
      "Mahmoud Qamati, a senior official in the party, said the plan was bad.\n\n"
      "“This move would be a mistake. The state cannot promise anything,” he told the Al "
      "Jazeera network.");
  const Quote* q = find(doc, "This move");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kDirect);
  EXPECT_EQ(q->text, "This move would be a mistake. The state cannot promise anything,");
  EXPECT_EQ(q->cue, "told");
  EXPECT_EQ(q->speaker.name, "Mahmoud Qamati");
  EXPECT_EQ(q->addressee, "Al Jazeera");
  EXPECT_EQ(doc.slice(q->start, q->end).substr(0, 9), "This move");
}

// A function word, a generic pronoun or a contraction is no speaker's name: the quote keeps
// no speaker ("reads the report" gave "the", "I'd say" gave "I'd").
TEST(Quotes, AFunctionWordOrContractionIsNoSpeaker) {
  Document doc = run(
      "\"It is likely that the outbreak has caused far more cases than reported\", reads the report.\n\n"
      "One could argue that the reason for this association is that the households differ.\n\n"
      "My guess would be something like, I'd say, 70 percent of the players.");
  for (const Quote& q : doc.quotes) {
    for (const char* bad : {"the", "The", "one", "One", "I'd", "that"}) EXPECT_NE(q.speaker.name, bad) << q.text;
  }
}

// A quote ending in "!" or "?" keeps one mark, as the article has it (it was doubled).
TEST(Quotes, FinalExclamationOrQuestionMarkIsNotDoubled) {
  Document doc = run(
      "Anna Rossi, a cosplayer from Rome, said she likes costumes. \"I enjoy a good gender bent "
      "cosplay to ensure a touch of uniqueness!\"\n\n"
      "\"Why would anyone stop?\" she said.");
  const Quote* q = find(doc, "I enjoy");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "I enjoy a good gender bent cosplay to ensure a touch of uniqueness!");
  const Quote* w = find(doc, "Why would");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->text, "Why would anyone stop?");
}

// “We will win!” Rossi said. — a named speaker after a quote ending in "!" or "?" (the
// sentence split had cut the attribution off, leaving the quote without a speaker).
TEST(Quotes, NamedSpeakerAfterAnExclamationIsTheSpeaker) {
  Document doc = run(
      "Anna Rossi, a union leader, spoke in Rome on Monday.\n\n"
      "\"We will win this fight and we will never give up!\" Rossi said.");
  const Quote* q = find(doc, "We will win");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Anna Rossi");
  EXPECT_EQ(q->cue, "said");
}

TEST(Quotes, CoordinatedCueSharesTheFirstCuesSpeaker) {
  Document doc = run(
      "The former manager of the Harbour Trust and director of the Coast Partnership, Jane "
      "Doe, called it \"a retrograde step\" and said \"an area like this cannot afford to lose "
      "such a hotel.\"");
  const Quote* first = find(doc, "a retrograde");
  const Quote* second = find(doc, "an area");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->speaker.name, "Jane Doe");
  EXPECT_EQ(second->speaker.name, "Jane Doe");
  EXPECT_EQ(second->cue, "said");
}

TEST(Quotes, SpeakerInsideAnAccordingToClauseIsTheSpeaker) {
  Document doc = run(
      "According to the Daily Courier, Professor Anna Berg, the chair of the panel, said the "
      "country's flag had never been open to public choice.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Anna Berg");
  EXPECT_EQ(doc.quotes[0].cue, "said");
}

TEST(Quotes, HostNameAtTheEndOfASentenceEndsIt) {
  // The period after "www.example.co.nz" ends the sentence ("U.S." and "Ph.D." do not).
  Document doc = run(
      "The minister said the forms were on www.example.co.nz. Names of the entrants will be "
      "engraved on a monument.\n\nThe U.S. envoy said talks would resume.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].text, "the forms were on www.example.co.nz");
  EXPECT_EQ(doc.quotes[1].speaker.name.find("envoy") != std::string::npos ||
                doc.quotes[1].speaker.description.find("envoy") != std::string::npos,
            true);
}

TEST(Quotes, ASpeechsWordsAreItsSpeakers) {
  Document doc = run(
      "On Tuesday, President Anna Berg delivered a speech declaring herself the \"guardian of "
      "the constitution.\"\n\nThe next day, with protests ongoing, Governor Tom Hale gave an "
      "address declaring the city \"a place of order.\"");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Anna Berg");
  EXPECT_EQ(doc.quotes[1].speaker.name, "Tom Hale");
}

TEST(Quotes, InvertedCueWithADescriptionBeforeTheNameTakesTheName) {
  Document doc = run(
      "\"Heartbroken and numb,\" writes Huber's longtime tag team partner Erick Rowan on "
      "Instagram.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Erick Rowan");
  EXPECT_EQ(doc.quotes[0].speaker.description, "Huber's longtime tag team partner");
}

TEST(Quotes, AccordingToADescriptionAndItsNameIsTheNamedSource) {
  Document doc = run(
      "According to his wife, Amanda Berg, the wrestler succumbed to a lung disorder.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Amanda Berg");
  EXPECT_EQ(doc.quotes[0].speaker.description, "his wife");
  EXPECT_EQ(doc.quotes[0].text, "the wrestler succumbed to a lung disorder");
}

TEST(Quotes, AccordingToKeepsItsSourceWhenTheClauseHasNoSpeaker) {
  Document doc = run(
      "According to agency reports, Saddam Hussein, held at a facility near Baghdad, was upset "
      "by the verdict.\n\n"
      "According to the university, as of Wednesday there were at least 1,279 confirmed cases in "
      "the country.");
  for (const Quote& q : doc.quotes) {
    EXPECT_NE(q.speaker.name, "Saddam Hussein") << q.text;
    EXPECT_NE(q.speaker.name, "279") << q.text;
  }
  const Quote* first = find(doc, "Saddam Hussein");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->speaker.name, "agency reports");
}

TEST(Quotes, SpeakersAreWhoSpeaksNotNearbyNouns) {
  Document doc = run(
      "The vote followed weeks of campaigning, supported by a speech by Michelle Obama "
      "describing the measures as \"common sense.\"\n\n"
      "An onlooker in the gallery shouted \"Shame on you\" as the result of the vote was "
      "announced.\n\n"
      "Gun rights groups campaigned against the vote, claiming that the measures would violate "
      "rights.\n\n"
      "Shortly thereafter, at 6:30 pm, the city issued a statement announcing the break had been "
      "contained.\n\n"
      "As its name suggests, the party supported the amendment.\n\n"
      "By 5:00 pm the city issued an advisory and stated the department had found the problem.");
  auto speaker_of = [&](const std::string& start) -> std::string {
    const Quote* q = find(doc, start);
    return q ? q->speaker.name : "(none)";
  };
  EXPECT_EQ(speaker_of("common sense"), "Michelle Obama");
  EXPECT_NE(speaker_of("Shame on you").find("onlooker"), std::string::npos);
  EXPECT_EQ(speaker_of("the measures would"), "Gun rights groups");
  EXPECT_EQ(speaker_of("the break had"), "city");
  EXPECT_EQ(speaker_of("the party supported"), "(none)");  // "its name" speaks for nobody
  EXPECT_NE(speaker_of("the department had"), "By");
}

TEST(Quotes, NewAttributionRulesDoNotReachTooFar) {
  // Sentences from review: each new rule must not fire here.
  Document doc = run(
      "Mark Smith called the ruling \"a victory for common sense\"; his opponent Anna Jones "
      "disagreed and said \"the court has made a grave error today.\"\n\n"
      "Senator Jane Roe denounced a video claiming that the election had been stolen.\n\n"
      "The Mail on Sunday, which first reported the story, said the minister had resigned.\n\n"
      "According to prosecutors, Mark Smith wrote the emails himself and asked an aide to delete "
      "them before the audit.");
  const Quote* grave = find(doc, "the court has made");
  ASSERT_NE(grave, nullptr);
  EXPECT_NE(grave->speaker.name, "Mark Smith");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.speaker.name, "Jane Roe") << q.text;
  const Quote* mail = find(doc, "the minister had resigned");
  ASSERT_NE(mail, nullptr);
  EXPECT_NE(mail->speaker.name.find("Mail"), std::string::npos) << mail->speaker.name;
  const Quote* emails = find(doc, "Mark Smith wrote");
  ASSERT_NE(emails, nullptr);
  EXPECT_EQ(emails->speaker.name, "prosecutors");
}

TEST(Quotes, ADocumentSpeaksForItsOwner) {
  Document doc = run(
      "Judge Gray Miller's statement said that women are now similarly situated for purposes "
      "of a draft.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Gray Miller");
}

TEST(Quotes, PronounSubjectsCarryTheirReferentAndWhoClausesTheirName) {
  Document doc = run(
      "Doris Day was married four times.\n\nShe was married in turn to George Weidler and Barry "
      "Comden, whom she divorced in 1981. She said Jorden had been abusive to her.\n\n"
      "The bill was drafted by Alex Greenwich who said on the floor, \"It follows decades of "
      "work from campaigners.\"");
  const Quote* abusive = find(doc, "Jorden had been");
  ASSERT_NE(abusive, nullptr);
  EXPECT_EQ(abusive->speaker.name, "Doris Day");
  const Quote* work = find(doc, "It follows");
  ASSERT_NE(work, nullptr);
  EXPECT_EQ(work->speaker.name, "Alex Greenwich");
}

TEST(Quotes, AnOrganisationsNameKeepsItsTitleLikeWords) {
  Document doc = run("The US State Department said the secretary had called his counterpart.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "US State Department");
}

TEST(Quotes, TimesPassivesAndDeedsAreNoSpeakers) {
  Document doc = run(
      "The trial, named for the phrase \"together save lives,\" began last November.\n\n"
      "The disease was previously declared to be a \"pandemic\" by the health agency.\n\n"
      "According to the agency's report, the virus claimed 6606 lives this year.\n\n"
      "Many users are calling it \"a betrayal of the community.\"");
  for (const Quote& q : doc.quotes) {
    EXPECT_NE(q.speaker.name, "November") << q.text;
    EXPECT_NE(q.speaker.name, "disease") << q.text;
    EXPECT_NE(q.speaker.name, "virus") << q.text;
  }
  const Quote* betrayal = find(doc, "a betrayal");
  ASSERT_NE(betrayal, nullptr);
  EXPECT_EQ(betrayal->speaker.name, "users");  // a progressive cue keeps its subject
}

TEST(Quotes, TitleBeforeArabicArticleNameIsNoPartOfTheName) {
  Document doc = run(
      "Qatari Foreign Ministry spokesman Majed al-Ansari said on Tuesday that \"the talks have "
      "reached a dead end.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Majed al-Ansari");
  EXPECT_EQ(doc.quotes[0].speaker.description, "Qatari Foreign Ministry spokesman");
}

TEST(Quotes, DescribedSpeakerTakesTheNameTheArticleGivesThem) {
  Document doc = run(
      "\"We will return,\" said a protester using the pseudonym Katya.\n\n"
      "\"Nobody listens,\" said one marcher, identified only as Chan.\n\n"
      "\"It was calm,\" said a resident of the town.");
  ASSERT_EQ(doc.quotes.size(), 3u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Katya");
  EXPECT_EQ(doc.quotes[0].speaker.description, "a protester");
  EXPECT_EQ(doc.quotes[1].speaker.name, "Chan");
  EXPECT_EQ(doc.quotes[1].speaker.description, "one marcher");
  EXPECT_NE(doc.quotes[2].speaker.name.find("resident"), std::string::npos) << doc.quotes[2].speaker.name;
}

TEST(Quotes, AStatementSpeaksForWhoeverIssuedIt) {
  Document doc = run(
      "Facebook released a statement which read, in part, \"This judgment raises critical "
      "questions.\"\n\n"
      "The ministry issued a statement that said, \"We reject the border agreement.\"\n\n"
      "That said, \"we will appeal the ruling,\" the minister told reporters.");
  ASSERT_EQ(doc.quotes.size(), 3u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Facebook");
  EXPECT_EQ(doc.quotes[0].cue, "read");
  EXPECT_EQ(doc.quotes[1].speaker.name, "ministry");
  EXPECT_EQ(doc.quotes[2].speaker.name, "minister");
}

TEST(Quotes, PronounPrefersThePersonTheParseMakesASubject) {
  const std::string text =
      "The court heard that Mugabe agreed to a deal in which Tsvangirai became prime minister.\n\n"
      "He said: \u201cOnly God will remove me.\u201d";
  auto speaker_with = [&](bool parsed) {
    Document doc = quotes_testing::make_document(text);
    auto mention = [&](const std::string& word, const std::string& name) {
      Entity e;
      e.id = "e" + std::to_string(doc.entities.size() + 1);
      e.name = name;
      e.type = EntityType::kPerson;
      auto at = static_cast<uint32_t>(doc.text.find(word));
      e.mentions.push_back(Mention{at, at + static_cast<uint32_t>(word.size()), 0});
      doc.entities.push_back(e);
      for (Token& t : doc.tokens)
        if (parsed && t.start == at && word == "Mugabe") t.dep = "nsubj";
    };
    mention("Mugabe", "Robert Mugabe");
    mention("Tsvangirai", "Morgan Tsvangirai");
    extract_quotes(&doc, *Gazetteer::Empty());
    const Quote* q = find(doc, "Only God");
    return q ? q->speaker.name : std::string("<no quote>");
  };
  EXPECT_EQ(speaker_with(true), "Robert Mugabe");
  EXPECT_EQ(speaker_with(false), "Morgan Tsvangirai");  // no parse: the last person named
}

TEST(Quotes, ParentheticalCueReportsTheClauseBeforeIt) {
  Document doc = run(
      "Police arrested about 150 people, a police spokeswoman said, and used tear gas to "
      "disperse crowds near parliament.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(doc.quotes[0].text, "Police arrested about 150 people");
  // (session 8: an unnamed spokeswoman speaks on the record for her body, the police; she is
  // no anonymous source, as the news_dev gold codes "A spokesperson for the European
  // Commission")
  EXPECT_EQ(doc.quotes[0].speaker.name, "police");
  EXPECT_EQ(doc.quotes[0].speaker.description, "a police spokeswoman");
  EXPECT_FALSE(doc.quotes[0].speaker.anonymous);
}

// Session 7: an unnamed source keeps what places it ("Two officials at the commission", "a
// senior police officer in Cusco", "two people familiar with the matter"; not "a spokesperson
// for the European Commission", who speaks for it); an organisation's head ends the phrase ("A European Union
// observer mission" is no anonymous observer).
TEST(Quotes, UnnamedSourceKeepsThePhraseThatPlacesIt) {
  Document doc = run(
      "Two officials at the commission, speaking on condition of anonymity, said the count had "
      "been delayed. A senior police officer in Cusco said about 80 people were trapped. Two "
      "people familiar with the matter told reporters that the company was weighing options. A "
      "spokesperson for the European Commission said Brussels was in contact with Tokyo. A "
      "European Union observer mission said the vote was calm.");
  ASSERT_EQ(doc.quotes.size(), 5u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Two officials at the commission");
  EXPECT_TRUE(doc.quotes[0].speaker.anonymous);
  EXPECT_EQ(doc.quotes[1].speaker.name, "A senior police officer in Cusco");
  EXPECT_TRUE(doc.quotes[1].speaker.anonymous);
  EXPECT_EQ(doc.quotes[2].speaker.name, "Two people familiar with the matter");
  EXPECT_NE(doc.quotes[3].speaker.name, "A spokesperson for the European Commission");
  EXPECT_FALSE(doc.quotes[4].speaker.anonymous);
}

TEST(Quotes, InvertedCueTakesNameAndDescription) {
  Document doc = run("“There is no one in charge,” said Randa Slim, director of a program.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Randa Slim");
  EXPECT_EQ(doc.quotes[0].speaker.description, "director of a program");
  EXPECT_EQ(doc.quotes[0].cue, "said");
}

TEST(Quotes, StraightMarksAndTitleStripped) {
  Document doc = run(
      "Defense Minister Israel Katz said the government \"will pay an increasing price.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(doc.quotes[0].text, "will pay an increasing price.");
  EXPECT_EQ(doc.quotes[0].speaker.name, "Israel Katz");
}

TEST(Quotes, QuoteSplitByCueGivesTwoQuotesOfOneSpeaker) {
  Document doc = run(
      "Mahmoud Qamati said the offer was a “concession and a big mistake,” in light of “the "
      "ongoing occupation and aggression.”");
  ASSERT_EQ(doc.quotes.size(), 2u);
  for (const Quote& q : doc.quotes) {
    EXPECT_EQ(q.speaker.name, "Mahmoud Qamati");
    EXPECT_EQ(q.kind, QuoteKind::kDirect);
  }
}

TEST(Quotes, ShortQuoteWithAttitudeCueIsSpeech) {
  Document doc = run(
      "Thomas Barrack, who serves as envoy to Turkey, Syria and Lebanon, dismissed Lebanon as a "
      "“failed state” last year.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text, "failed state");
  EXPECT_EQ(doc.quotes[0].speaker.name, "Thomas Barrack");
  EXPECT_EQ(doc.quotes[0].cue, "dismissed");
}

TEST(Quotes, NamesTitlesAndScareQuotesAreNotQuotes) {
  Document doc = run(
      "Police arrested a man who goes by the name \"Shorty\" on Monday.\n\n"
      "The band released the album \"Songs From The Big Chair\" in 1985.\n\n"
      "The so-called \"peace dividend\" never came.\n\n"
      "The \"reform\" has been delayed again.");
  EXPECT_TRUE(doc.quotes.empty()) << doc.quotes.size() << " " << doc.quotes[0].text;
}

TEST(Quotes, MultiParagraphQuoteKeepsSpeaker) {
  Document doc = run(
      "“We will not stop until the work is done,” the mayor, Jane Doe, said. “The city has "
      "waited long enough for this bridge and the people deserve it.\n\n"
      "“Nobody should have to drive two hours to get to the hospital on the other side.”\n\n"
      "The council will vote next week.");
  const Quote* q = find(doc, "The city has");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->text.find("Nobody should have to drive"), std::string::npos);
  EXPECT_EQ(q->speaker.name, "Jane Doe");
}

TEST(Quotes, UnbalancedMarkDoesNotSwallowTheArticle) {
  Document doc = run(
      "He said \"the talks will go on.\n\n"
      "The minister arrived in Paris on Tuesday for a two-day visit.\n\n"
      "\"We are ready,\" Smith said.");
  for (const Quote& q : doc.quotes) {
    EXPECT_EQ(q.text.find("Paris"), std::string::npos) << q.text;
  }
  const Quote* q = find(doc, "We are ready");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Smith");
}

TEST(Quotes, FloatingQuoteContinuesPreviousSpeaker) {
  Document doc = run(
      "\"The river rose faster than anyone expected,\" said John Carter, a local farmer.\n\n"
      "\"We lost everything in one night and nobody came to help us.\"");
  const Quote* q = find(doc, "We lost");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "John Carter");
}

TEST(Quotes, IndirectSpeechFrames) {
  Document doc = run(
      "Israel says Hezbollah is in violation of past agreements.\n\n"
      "Randa Slim met the minister.\n\n"
      "Slim said the offer of talks was unlikely to gain traction.\n\n"
      "But Lebanon wants the fighting to end first, according to three Lebanese officials "
      "familiar with the matter. They spoke on condition of anonymity as they were not "
      "authorized to speak to the press.");
  const Quote* a = find(doc, "Hezbollah is in violation");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, QuoteKind::kIndirect);
  EXPECT_EQ(a->speaker.name, "Israel");
  EXPECT_EQ(a->cue, "says");
  const Quote* b = find(doc, "the offer of talks");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Randa Slim");
  const Quote* c = find(doc, "Lebanon wants the fighting");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue, "according to");
  EXPECT_TRUE(c->speaker.anonymous);
  EXPECT_EQ(c->speaker.name, "three Lebanese officials familiar with the matter");
  EXPECT_EQ(c->speaker.reason, "as they were not authorized to speak to the press");
}

TEST(Quotes, ParticipleAndCoordinatedCuesFindTheClauseSubject) {
  Document doc = run(
      "The treaty called for disarmament, but Hezbollah alone kept its weapons, saying they "
      "were needed to protect Lebanon from Israel, which occupied the south.\n\n"
      "In the months before the war, the army deployed troops and said it dismantled 500 "
      "positions.");
  const Quote* a = find(doc, "they were needed");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "they were needed to protect Lebanon from Israel");
  EXPECT_EQ(a->speaker.name, "Hezbollah");
  const Quote* b = find(doc, "it dismantled");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "army");
}

TEST(Quotes, PronounItFollowsPreviousSubject) {
  Document doc = run(
      "Hezbollah still portrays itself as the only defense.\n\n"
      "It accuses Israel of violating a ceasefire agreement because it kept striking.");
  const Quote* q = find(doc, "Israel of violating");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "Israel of violating a ceasefire agreement");
  EXPECT_EQ(q->speaker.name, "Hezbollah");
}

TEST(Quotes, NonAnswersAreRecordedAndNeverQuotes) {
  Document doc = run(
      "Israeli officials did not respond to requests for comment about the offer.\n\n"
      "A spokesman for the company declined to comment.");
  EXPECT_TRUE(doc.quotes.empty());
  ASSERT_EQ(doc.non_answers.size(), 2u);
  EXPECT_EQ(doc.non_answers[0].who, "Israeli officials");
  EXPECT_EQ(doc.non_answers[0].cue, "did not respond to requests for comment");
  EXPECT_EQ(doc.non_answers[1].cue, "declined to comment");
}

TEST(Quotes, PullQuoteParagraphsYieldNothing) {
  Document doc = run("PULL: The state will pay a price - Israel Katz\n\nNothing else here.");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(Quotes, NegatedAndNounCuesAreIgnored) {
  Document doc = run(
      "The minister did not say whether the talks would resume.\n\n"
      "The reports said nothing new.\n\n"
      "Aoun reaffirmed his commitment to disarm the group.");
  EXPECT_TRUE(doc.quotes.empty()) << doc.quotes[0].text;
}

TEST(Quotes, HostileInputDoesNotCrash) {
  for (const char* text : {"", "\"", "\"\"\"\"", "“", "”", "said", "\xff\xfe\"x\"",
                           "According to", ", said", "\"a\" said \"b\" said \"c"}) {
    Document doc = run(text);
    for (const Quote& q : doc.quotes) EXPECT_LE(q.end, doc.text.size());
  }
  std::string big;
  for (int i = 0; i < 2000; ++i) big += "\"He said \" said she, according to ";
  Document doc = run(big);
  for (const Quote& q : doc.quotes) EXPECT_LE(q.end, doc.text.size());
}

TEST(Quotes, PostposedReportedEndsTheSentence) {
  Document doc = run("The phone was last active in the north of the city, The Korea Herald reported.");
  const Quote* q = find(doc, "The phone");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kIndirect);
  EXPECT_EQ(q->speaker.name, "Korea Herald");
  // "reported" in the middle of a sentence stays no cue.
  Document doc2 = run("He reported the theft to the police and went home.");
  EXPECT_TRUE(doc2.quotes.empty());
}

TEST(Quotes, ReportedToAnAddresseeBeforeAPartialQuote) {
  Document doc = run(
      "At 5 p.m. his daughter reported to the police he \"left home four hours ago after "
      "leaving words like a will.\"");
  const Quote* q = find(doc, "left home");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "daughter");
}

TEST(Quotes, ThePoliceAreNotTheLastUnnamedSource) {
  Document doc = run(
      "According to initial reports, the police have been investigating the cause of his "
      "death. Later the police said they would be investigating the allegations.");
  const Quote* q = find(doc, "they would");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "police");
}

TEST(Quotes, NounsInLyAreSubjectsNotAdverbs) {
  Document doc = run("Mubarak died on Tuesday. His family said he was in intensive care.");
  const Quote* q = find(doc, "he was");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "family");
  Document doc2 = run("The minister reportedly said the plan was ready.");
  const Quote* r = find(doc2, "the plan");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker.name, "minister");
}

TEST(Quotes, AcronymBeforeOfIsTheSource) {
  Document doc = run("The government criticized the new cities, ABC of Australia reported.");
  const Quote* q = find(doc, "The government");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "ABC");
}

TEST(Quotes, InvertedCueAfterAnIndirectReport) {
  Document doc = run("The plan is bad, said Doug Collins of Georgia.");
  const Quote* q = find(doc, "The plan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kIndirect);
  EXPECT_EQ(q->speaker.name, "Doug Collins");
  // With a clause after the cue, the subject before it speaks.
  Document doc2 = run("Doug Collins, a lawmaker, said the plan is bad.");
  const Quote* r = find(doc2, "the plan");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker.name, "Doug Collins");
}

TEST(Quotes, MarkupAttributesAreNoQuotes) {
  Document doc = run(
      "The mayor spoke. <div style=\"width:300px; text-align: center; border:2px dashed\"> "
      "<div style=\"background-color:#C4E0FF; padding: .0em\"> Updated information </div>");
  EXPECT_TRUE(doc.quotes.empty()) << doc.quotes.front().text;
}

TEST(Quotes, RelativeClauseInsideTheReportedSubject) {
  Document doc = run(
      "Alejandro said that global warming, which may have caused weather patterns to change, "
      "could have been the reason for the unusual occurrence.");
  const Quote* q = find(doc, "global warming");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->text.find("could have been the reason"), std::string::npos) << q->text;
}

TEST(Quotes, DayWithPossessiveAfterTheCueIsPartOfTheReport) {
  Document doc = run("Sky News said Thursday's accident was the fourth major bus crash in a month.");
  const Quote* q = find(doc, "Thursday's accident");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Sky News");
}

TEST(Quotes, CoordinatedPredicateAfterAQuoteNamesNoNewSpeaker) {
  Document doc = run(
      "Rachel Giese said the pleas might provide \"some solace for the families, and for the "
      "community more broadly,\" but would not answer questions being asked of authorities.");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.speaker.name, "questions") << q.text;
}

TEST(Quotes, OrganisationNounBeforeAPlaceAndTimeAfterASource) {
  Document doc = run("According to the U.S. embassy in Beijing, the man died on February 6.");
  const Quote* q = find(doc, "the man died");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "U.S. embassy");
  Document doc2 = run("According to officials on Saturday, the virus may have killed two visitors.");
  const Quote* r = find(doc2, "the virus");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker.name, "officials");
}

TEST(Quotes, EpigraphBylineAfterADash) {
  Document doc = run("\"So far, it is the Internet: 1, Scientology: 0. But it is a long game.\" - Matthew Ingram");
  const Quote* q = find(doc, "So far");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Matthew Ingram");
}

TEST(Quotes, WireDatelineIsNoPartOfTheReport) {
  Document doc = run(
      "KYIV, Ukraine (AP) — Russian forces launched a barrage of missiles at Ukraine overnight, "
      "killing at least 12 people, Ukrainian officials said Sunday.");
  const Quote* q = find(doc, "Russian forces");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Ukrainian officials");
  // A dash after an acronym that is no place opens no dateline.
  Document doc2 = run("NATO - the alliance - has grown, officials said.");
  EXPECT_EQ(find(doc2, "the alliance"), nullptr);
}

TEST(Quotes, ParticipleCueTakesTheNameSetOffAfterTheSubject) {
  Document doc = run(
      "Hungary's foreign minister, Peter Szijjarto, criticized the plan, saying it would "
      "escalate the conflict.");
  const Quote* q = find(doc, "it would");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Peter Szijjarto");
}

TEST(Quotes, AnonymityReasonEndsWithItsClause) {
  Document doc = run(
      "A doctor at the clinic, who asked not to be named for fear of reprisals, told Reuters "
      "that fighters had set fire to the market.");
  const Quote* q = find(doc, "fighters");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->speaker.anonymous);
  EXPECT_EQ(q->speaker.reason, "for fear of reprisals");
}

TEST(Quotes, AccordingToAfterADatelineAndAnOrganisationWithATitleWord) {
  Document doc = run(
      "GAZA CITY (AP) — Israeli airstrikes killed at least 42 Palestinians overnight, according "
      "to the territory's Health Ministry, as negotiators in Cairo struggled.");
  const Quote* q = find(doc, "Israeli airstrikes");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Health Ministry");
}

TEST(Quotes, SpeakerPhrasesGoThroughWithAndOf) {
  Document doc = run(
      "But four sources familiar with the matter told Reuters that Israeli jets had fired six "
      "missiles. The head of the agency said the plan failed.");
  const Quote* q = find(doc, "Israeli jets");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "four sources familiar with the matter");
  EXPECT_TRUE(q->speaker.anonymous);
  const Quote* r = find(doc, "the plan failed");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker.name, "head of the agency");
}

TEST(Quotes, AddresseeStopsAtTheReportsDeterminer) {
  Document doc = run(
      "Defense Secretary Lloyd Austin told reporters the United States had no advance "
      "knowledge of the strike.");
  const Quote* q = find(doc, "the United States");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Lloyd Austin");
  EXPECT_EQ(q->addressee, "reporters");
}

TEST(Quotes, MediaAfterANationalityAndAnAppositive) {
  Document doc = run("Syrian state media, citing a military source, said Israeli jets fired.");
  const Quote* q = find(doc, "Israeli jets");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Syrian state media");
}

TEST(Quotes, PersonBeforeOfIsTheSpeakerNotTheWholePhrase) {
  Document doc = run("Suman Haripriya of the Hajo assembly said \"Coronavirus is an airborne disease.\"");
  const Quote* q = find(doc, "Coronavirus");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Suman Haripriya");
  // A capitalised source noun before an ordinary noun is no description: the name speaks.
  Document doc2 = run("Police press officer Monika Kosiec said the man was 25.");
  const Quote* r = find(doc2, "the man");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker.name, "Monika Kosiec");
}

TEST(Quotes, AbbreviationsEndingTheSubjectSpeak) {
  Document doc = run("The U.N. said the war was over. The U.S. Central Command (CENTCOM) said the "
                     "missiles were intercepted.");
  const Quote* q = find(doc, "the war was over");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "U.N");
  const Quote* r = find(doc, "the missiles");
  ASSERT_NE(r, nullptr);
  // (Without the resolver the name is read from the words: "Central Command".)
  EXPECT_NE(r->speaker.name.find("Central Command"), std::string::npos) << r->speaker.name;
}

TEST(Quotes, ParticipleAfterADeterminerIsNoVerbBeforeThat) {
  Document doc = run(
      "Military spokesman Yahya Saree said in a televised speech that the group had targeted a "
      "destroyer.");
  const Quote* q = find(doc, "the group");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Yahya Saree");
}

TEST(Quotes, APledgeOfAThingIsNoReport) {
  Document doc = run(
      "The government has pledged $10 million in emergency aid, and the World Bank approved a "
      "$500 million loan on Friday. The minister pledged the government would rebuild every home.");
  EXPECT_EQ(find(doc, "$10 million"), nullptr);
  const Quote* q = find(doc, "the government would");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "minister");
}

TEST(Quotes, SayingNothingOnAPointIsANonAnswer) {
  Document doc = run("CENTCOM did not say where the interception took place.");
  ASSERT_EQ(doc.non_answers.size(), 1u);
  EXPECT_EQ(doc.non_answers[0].who, "CENTCOM");
  EXPECT_EQ(doc.non_answers[0].cue, "did not say where");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(Quotes, AcronymSpellingAFunctionWordIsAName) {
  Document doc = run("The WHO's website said the virus was spreading quickly.");
  const Quote* q = find(doc, "the virus");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker.name.find("WHO"), std::string::npos) << q->speaker.name;
}

TEST(Quotes, ACountAfterAnInvertedCueIsNoSpeaker) {
  Document doc = run(
      "Police estimated the crowd at 35,000, while an independent group, the Archive of Public "
      "Gatherings, said some 275,000 people took part.");
  for (const Quote& q : doc.quotes) EXPECT_EQ(q.speaker.name.find("275"), std::string::npos);
  const Quote* q = find(doc, "some 275,000");
  ASSERT_NE(q, nullptr);
}

TEST(Quotes, CountsOpeningAClauseAndWhichSaid) {
  Document doc = run(
      "At least 11 people were killed on Monday, according to rights group Foro Penal, which "
      "said more than 700 people had been arrested. The army, which said it had won, withdrew.");
  const Quote* q = find(doc, "At least 11 people");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Foro Penal");
  const Quote* r = find(doc, "more than 700");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker.name, "Foro Penal");
  // (The report stops before the main clause's verb where the tagger knows it: "withdrew".)
  const Quote* w = find(doc, "it had won");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->speaker.name, "army");
}

TEST(Quotes, ADateBeforeTheSourceIsNoPartOfIt) {
  Document doc = run(
      "According to a March 14, 2019 NATO press release, Hungary spent an estimated 1.15% of its "
      "GDP on the military.");
  const Quote* q = find(doc, "Hungary spent");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "NATO press release");
}

TEST(Quotes, AbbreviatedTitlesBeforeAnAppositiveName) {
  Document doc = run(
      "A junta spokesman, Maj. Gen. Zaw Min Tun, told state broadcaster MRTV that the court "
      "had no jurisdiction.");
  const Quote* q = find(doc, "the court");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Zaw Min Tun");
}

TEST(Quotes, ARelativeClauseChainStaysLinear) {
  // Hostile input: ", who, walked" many times once made content_end recurse exponentially.
  std::string text = "He said that the man";
  for (int i = 0; i < 60; ++i) text += ", who, walked";
  text += ".";
  Document doc = run(text);
  for (const Quote& q : doc.quotes) EXPECT_LE(q.end, doc.text.size());
  // A set-off attribution ends the report it follows.
  Document d2 = run("The minister said the man, who was arrested, was released, officials said.");
  for (const Quote& q : d2.quotes) EXPECT_EQ(q.text.find("officials said"), std::string::npos) << q.text;
}

TEST(Quotes, ObjectTakingVerbsDoNotInvert) {
  Document doc = run("Lithuania expelled the Russian envoy, recalled its ambassador. The Hill "
                     "reported that the vote failed.");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.speaker.name, "ambassador") << q.text;
  const Quote* q = find(doc, "the vote failed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "The Hill");
}


// ---- Session 6: wire-style probes (AP, Reuters, AFP, BBC, Guardian house styles).

TEST(Quotes, SetOffAttributionBeforeASubordinateClauseReportsTheClauseBefore) {
  Document doc = run(
      "The death toll rose to at least 74 on Tuesday, officials said, as rescuers dug through "
      "the rubble.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text, "The death toll rose to at least 74 on Tuesday");
  EXPECT_EQ(doc.quotes[0].speaker.name, "officials");
  // A participle phrase after the attribution is no report.
  Document d4 = run("The number of people forcibly displaced has reached 123.2 million, the agency "
                    "says, driven by conflicts in Sudan and Gaza.");
  ASSERT_EQ(d4.quotes.size(), 1u);
  EXPECT_EQ(d4.quotes[0].text, "The number of people forcibly displaced has reached 123.2 million");
  // ("as of Thursday" is a time, not a clause.)
  Document d3 = run("North Korea claimed, as of Thursday, it was one of the few countries free of "
                    "infections.");
  ASSERT_EQ(d3.quotes.size(), 1u);
  EXPECT_NE(d3.quotes[0].text.find("it was one of the few"), std::string::npos) << d3.quotes[0].text;
  Document d2 = run("Fewer than 1 million refugees went home, the report said, while only "
                    "158,700 were resettled.");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].text, "Fewer than 1 million refugees went home");
}

TEST(Quotes, ReutersDatelineWithADateIsCut) {
  Document doc = run(
      "ANKARA, Nov 28 (Reuters) - A magnitude 6.8 earthquake struck eastern Turkey early on "
      "Friday, killing at least 312 people and injuring more than 2,000, officials said, as "
      "rescuers dug through the rubble.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text.rfind("A magnitude 6.8 earthquake", 0), 0u) << doc.quotes[0].text;
  EXPECT_EQ(doc.quotes[0].speaker.name, "officials");
}

TEST(Quotes, BritishSingleQuotesAreQuotes) {
  Document doc = run(
      "Mokoena's lawyer, Pieter Smit, said his client would appeal.\n\n"
      "'This is a sad day for justice,' he told reporters. 'My client is innocent and we will "
      "appeal.'\n\n"
      "‘We told them again and again,’ said a former engineer at the mine. ‘They said it was "
      "under control.’\n\n"
      "The farmers' union said it don't matter, and the judge's ruling stood.");
  const Quote* q = find(doc, "This is a sad day");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kDirect);
  EXPECT_EQ(q->text, "This is a sad day for justice,");
  EXPECT_EQ(q->speaker.name, "Pieter Smit");
  const Quote* q2 = find(doc, "My client is innocent");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker.name, "Pieter Smit");
  const Quote* q3 = find(doc, "We told them");
  ASSERT_NE(q3, nullptr);
  EXPECT_NE(q3->speaker.name.find("former engineer"), std::string::npos) << q3->speaker.name;
  // The speech inside the quote is not reported again as the engineer's indirect speech.
  for (const Quote& x : doc.quotes) EXPECT_NE(x.text, "it was under control") << x.speaker.name;
  // Wiki markup is no quotation.
  Document d2 = run("::'''AN:''' We studied the 'scopes to see what was published on other species. "
                    "This step seems trivial. ::'''MD''' You mean, how did we manage?");
  for (const Quote& x : d2.quotes) EXPECT_EQ(x.text.find("scopes"), std::string::npos) << x.text;
  // A plural possessive is no quotation mark.
  for (const Quote& x : doc.quotes) EXPECT_EQ(x.text.find("union said"), std::string::npos) << x.text;
}

TEST(Quotes, BritishSingleQuotesAcrossParagraphs) {
  Document doc = run(
      "‘I understand the anger,’ said Laura Whitfield. ‘I grew up in a small town.\n\n"
      "‘But I also know what it means when a patient waits six hours.’\n\n"
      "The union's president disagreed.");
  const Quote* q = find(doc, "I grew up");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "I grew up in a small town. But I also know what it means when a patient "
                     "waits six hours.");
  EXPECT_EQ(q->speaker.name, "Laura Whitfield");
  for (const Quote& x : doc.quotes) EXPECT_EQ(x.text.rfind("But I also", 0), std::string::npos);
}

TEST(Quotes, DescribedSpeakerWhoAsksNotToBeNamedIsAnonymous) {
  Document doc = run(
      "\"We told them again and again,\" said a former engineer at the mine, who asked not to be "
      "named for fear of losing his job.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_TRUE(doc.quotes[0].speaker.anonymous);
  EXPECT_EQ(doc.quotes[0].speaker.reason, "for fear of losing his job");
}

TEST(Quotes, NameParticlesAndAnAppositiveNameForTheNextPronoun) {
  Document doc = run(
      "Thabo Mokoena was convicted in September.\n\n"
      "Mokoena's lawyer, Pieter van der Merwe, said his client would appeal.\n\n"
      "\"This is a sad day for justice in this country,\" he told reporters.\n\n"
      "European Commission President Ursula von der Leyen said the deal was done.");
  const Quote* q = find(doc, "his client");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Pieter van der Merwe");
  const Quote* q2 = find(doc, "This is a sad day");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker.name, "Pieter van der Merwe");
  const Quote* q3 = find(doc, "the deal was done");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(q3->speaker.name, "Ursula von der Leyen");
}

TEST(Quotes, PluralPossessiveBelongsToTheSpeakerPhrase) {
  Document doc = run("A farmers' spokesman said the protest would go on.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "A farmers' spokesman");
}

TEST(Quotes, ParticipleAfterAQuoteAndItsAttributionTakesTheQuotesSpeaker) {
  Document doc = run(
      "\"The reforms are ambitious,\" an IMF spokeswoman, Julie Kozack, told a regular briefing "
      "in Washington, adding that the fund expected growth of 4% next year.");
  const Quote* q = find(doc, "the fund expected");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Julie Kozack");
  Document d2 = run(
      "\"Zubair was killed in a fierce encounter,\" said Nitish Kumar, a police official, adding "
      "the man had played a leading role in the attacks.");
  const Quote* q2 = find(d2, "the man had");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker.name, "Nitish Kumar");
}

TEST(Quotes, TitleOfAPlaceIsTheSpeakerNotThePlace) {
  const std::string text =
      "The mayor of Malatya, however, told a broadcaster that hundreds were trapped.";
  Document doc = quotes_testing::make_document(text);
  Entity place;
  place.id = "e1";
  place.name = "Malatya";
  place.type = EntityType::kGpe;
  uint32_t at = static_cast<uint32_t>(text.find("Malatya"));
  place.mentions.push_back(Mention{at, at + 7, 0});
  doc.entities.push_back(place);
  extract_quotes(&doc, *Gazetteer::Empty());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "mayor of Malatya");
  const std::string text0 =
      "However the Premier of Queensland, Peter Beattie, responded at once. \"To do what?\" he said.";
  Document d0 = quotes_testing::make_document(text0);
  Entity state = place;
  state.name = "Queensland";
  uint32_t at0 = static_cast<uint32_t>(text0.find("Queensland"));
  state.mentions = {Mention{at0, at0 + 10, 0}};
  d0.entities.push_back(state);
  extract_quotes(&d0, *Gazetteer::Empty());
  ASSERT_EQ(d0.quotes.size(), 1u);
  EXPECT_EQ(d0.quotes[0].speaker.name, "Peter Beattie");
  // With the title's holder named in the article, the holder.
  const std::string text2 = text + "\n\nMayor Sami Er said rescuers needed more equipment.";
  Document d2 = quotes_testing::make_document(text2);
  d2.entities.push_back(place);
  extract_quotes(&d2, *Gazetteer::Empty());
  ASSERT_GE(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].speaker.name, "Sami Er");
}

TEST(Quotes, LoneArticleIsNoDescriptionAndNameConnectorsStayInTheName) {
  const std::string text = "The Red Cross said it had sent supplies.";
  Document doc = quotes_testing::make_document(text);
  Entity org;
  org.id = "e1";
  org.name = "Red Cross";
  org.type = EntityType::kOrg;
  org.mentions.push_back(Mention{4, 13, 0});
  doc.entities.push_back(org);
  extract_quotes(&doc, *Gazetteer::Empty());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Red Cross");
  EXPECT_EQ(doc.quotes[0].speaker.description, "");
}

// Session 7: "The company said" far from the company's last mention is the company the story
// names most (two mentions or more, clearly ahead of any other).
TEST(Quotes, TheCompanyFarFromItsNameIsTheStorysCompany) {
  std::string text = "Shares of Hoshino Motors fell. Hoshino Motors apologized.";
  text += std::string(20, ' ');
  for (int i = 0; i < 16; ++i) text += " Analysts at banks in Tokyo and Osaka were busy with the numbers.";
  size_t at = text.size() + 1;
  text += " The company said it expected a special loss.";
  Document doc = quotes_testing::make_document(text);
  Entity org;
  org.id = "e1";
  org.name = "Hoshino Motors";
  org.type = EntityType::kOrg;
  org.mentions.push_back(Mention{10, 24, 0});
  org.mentions.push_back(Mention{31, 45, 1});
  doc.entities.push_back(org);
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* q = find(doc, "it expected");
  ASSERT_NE(q, nullptr);
  EXPECT_GT(at, 900u);
  EXPECT_EQ(q->speaker.name, "Hoshino Motors");
}

// Session 7: an attitude cue's object ends at another speaker's cue ("he feared deportation,
// said the boat ..."); a relative clause up to its comma says which unnamed source spoke; a
// pronoun after an unnamed source is that source, not a person named inside what was said;
// an adverbial set off before ", saying" is nothing said.
TEST(Quotes, UnnamedSourceWithARelativeClauseAndWhatItSaid) {
  Document doc = run(
      "A Senegalese fisherman who survived the capsizing, and who asked that his name be "
      "withheld because he feared deportation, said the boat had left Nouadhibou with 150 "
      "people aboard. \"We ran out of water on the sixth day,\" he said. Mwale conceded in a "
      "televised address late Saturday, saying he had called Banda.");
  EXPECT_EQ(find(doc, "deportation"), nullptr);
  EXPECT_EQ(find(doc, "in a televised"), nullptr);
  const Quote* q = find(doc, "the boat had left");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "A Senegalese fisherman who survived the capsizing");
  EXPECT_TRUE(q->speaker.anonymous);
  const Quote* d = find(doc, "We ran out");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker.name, "A Senegalese fisherman who survived the capsizing");
  EXPECT_NE(find(doc, "he had called Banda"), nullptr);
}

// Session 7: a bracketed short name after the speaker's name is no part of it.
TEST(Quotes, BracketedAcronymIsNoPartOfTheSpeakersName) {
  Document doc = run("Turnout was about 68%, according to the Malawi Electoral Commission (MEC).");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Malawi Electoral Commission");
}

// Session 7: ", and <a new subject> said" ends the clause before it: two reports, not one
// (not ", and that if I tell him ...", a second clause of the same speaker).
TEST(Quotes, NewSpeakerAfterCommaAndEndsTheClause) {
  Document doc = run(
      "The company admitted it had falsified data for years, and its chief executive said he "
      "would resign. Jaya Rao said Seth was a very nice person, and that if I tell him my story he "
      "might help me.");
  const Quote* q = find(doc, "it had falsified");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "it had falsified data for years");
  const Quote* r = find(doc, "he would resign");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(r->speaker.name.find("chief executive"), std::string::npos);
  const Quote* s = find(doc, "Seth was");
  ASSERT_NE(s, nullptr);
  EXPECT_NE(s->text.find("help me"), std::string::npos);
}

TEST(Quotes, NameAfterATitlesComplement) {
  Document doc = run(
      "\"Behind these numbers lie human tragedies,\" UN High Commissioner for Refugees Filippo "
      "Grandi said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Filippo Grandi");
}

TEST(Quotes, ContrastedReportOfAnotherSpeakerEndsTheClause) {
  Document doc = run(
      "Viktor Orban said on Thursday he had secured guarantees, but diplomats said he had won few "
      "concessions.");
  const Quote* q = find(doc, "he had secured");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text.find("diplomats"), std::string::npos) << q->text;
  Document d3 = run("Hamas official Osama Hamdan said the group was ready for a serious deal but "
                    "accused Israel of stalling.");
  const Quote* q3 = find(d3, "the group was ready");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(q3->text.find("accused"), std::string::npos) << q3->text;
  const Quote* q2 = find(doc, "he had won");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker.name, "diplomats");
}

TEST(Quotes, PronounAfterAnUnnamedPersonAndAGivenFirstName) {
  Document doc = run(
      "Caroline Holt of the Red Cross said the toll could rise.\n\n"
      "A resident of the town said his brother's family was under the ruins. \"They say they "
      "are coming, but nobody has come,\" he said.\n\n"
      "A resident, who gave only his first name, Mehmet, said the water came fast.");
  const Quote* q = find(doc, "They say they");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "A resident of the town");
  const Quote* q2 = find(doc, "the water came");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker.name, "Mehmet");
}

TEST(Quotes, TitledDescriptionIsAPersonForThePronoun) {
  Document doc = run(
      "The judge said the company had shown \"a shocking disregard for the environment\". She "
      "added that the discharges had been \"deliberate\".");
  const Quote* q = find(doc, "the discharges");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "judge");
  // A person named in that sentence still wins over the description.
  Document d2 = run(
      "The Government's manager of business, Anthony Albanese, said that it was more important "
      "to approve. \"Quite frankly, the people most affected are comfortable,\" he said.");
  const Quote* q2 = find(d2, "Quite frankly");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker.name, "Anthony Albanese");
}

TEST(Quotes, OneOfAnUnnamedGroupIsUnnamed) {
  Document doc = run(
      "Two senior administration officials, who spoke on condition of anonymity, said the plan "
      "was delayed. One of them said the president was uneasy.");
  const Quote* q = find(doc, "the president was");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->speaker.anonymous);
  EXPECT_EQ(q->speaker.name, "one of the senior administration officials");
}

TEST(Quotes, ConcedingDefeatIsNoReportAndAnAgeIsNoDescription) {
  Document doc = run("Late on Monday Amadou Ba conceded defeat and congratulated his rival.");
  EXPECT_EQ(doc.quotes.size(), 0u);
  Document d2 = run("Bassirou Faye, 44, told supporters that the people had chosen a break.");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].speaker.name, "Bassirou Faye");
  EXPECT_EQ(d2.quotes[0].speaker.description, "");
}

TEST(Quotes, SourceRelativeClauseTimeBeforeTheCommaAndIdentifiedOnlyAs) {
  Document doc = run(
      "According to an Interior Ministry source, who spoke on condition of anonymity, between "
      "2,000 and 3,000 cars were set on fire.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text.rfind("between 2,000", 0), 0u) << doc.quotes[0].text;
  Document d2 = run(
      "A French police officer has been charged with homicide, prosecutors said on Thursday, as "
      "rioting spread to several cities.");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].text, "A French police officer has been charged with homicide");
  Document d3 = run(
      "The teenager's mother, identified only as Mounia, said she did not blame the police.");
  ASSERT_EQ(d3.quotes.size(), 1u);
  EXPECT_EQ(d3.quotes[0].speaker.name, "Mounia");
}

TEST(Quotes, FindingsAreNoSpeakers) {
  Document doc = run("Early results suggested neither party would win a majority.");
  EXPECT_EQ(doc.quotes.size(), 0u);
  // Nor is a topic a report: "tells Wikinews about 'self-medicating' ants".
  Document d2 = run("Biologist Nick Bos tells Wikinews about 'self-medicating' ants in Finland.");
  EXPECT_EQ(d2.quotes.size(), 0u);
  Document d3 = run("Brian Carroll warned about the effect of cannabis use on the brain.");
  EXPECT_EQ(d3.quotes.size(), 0u);
  Document d4 = run("Local officials said about 20 buildings collapsed.");
  EXPECT_EQ(d4.quotes.size(), 1u);
}

TEST(Quotes, MultiParagraphQuoteKeepsEachParagraphsFinalStop) {
  Document doc = run(
      "\"I understand the anger,\" Laura Whitfield said. \"I know what it means when the "
      "hospital closes its doors.\n\n\"But I also know what it means to wait.\"");
  const Quote* q = find(doc, "I know what");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->text.find("its doors. But"), std::string::npos) << q->text;
}

TEST(Quotes, RelativeClauseWithAListInsideTheReportedSubject) {
  Document doc = run(
      "The Office for National Statistics said core inflation, which excludes energy, food and "
      "alcohol, dropped to 5.2% from 5.7%.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_NE(doc.quotes[0].text.find("dropped to 5.2%"), std::string::npos) << doc.quotes[0].text;
}

TEST(Quotes, DatelineIsNoSpeakerOfAParticipleReport) {
  Document doc = run(
      "PORT SUDAN, Sudan (Reuters) - The army chief Abdel Fattah al-Burhan on Saturday "
      "rejected a call for talks, saying the army would keep fighting \"until the last "
      "rebel.\"");
  ASSERT_FALSE(doc.quotes.empty());
  for (const Quote& q : doc.quotes) {
    EXPECT_EQ(q.speaker.name.find("PORT"), std::string::npos) << q.speaker.name;
    EXPECT_NE(q.speaker.name.find("Burhan"), std::string::npos) << q.speaker.name;
  }
}

TEST(Quotes, ClauseAfterATimeConjunctionHasItsOwnSpeaker) {
  Document doc = run(
      "Burhan spoke to troops in Omdurman two days after the RSF said it had taken full "
      "control of the city.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "RSF");
}

TEST(Quotes, TheGroupOrTheMinistryIsTheOrganisationNamedBefore) {
  const std::string text =
      "The Health Ministry reported 40 deaths. The ministry said most were children.\n\n"
      "Hamas released a statement. The group said it would not negotiate.";
  Document doc = quotes_testing::make_document(text);
  auto org = [&](const std::string& word, const std::string& sector) {
    Entity e;
    e.id = "e" + std::to_string(doc.entities.size() + 1);
    e.name = word;
    e.type = EntityType::kOrg;
    e.sector = sector;
    auto at = static_cast<uint32_t>(doc.text.find(word));
    e.mentions.push_back(Mention{at, at + static_cast<uint32_t>(word.size()), 0});
    doc.entities.push_back(e);
  };
  org("Health Ministry", "GOV");
  org("Hamas", "REB");
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* m = find(doc, "most were");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->speaker.name, "Health Ministry");
  EXPECT_EQ(m->speaker.entity, 0);
  const Quote* g = find(doc, "it would not");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->speaker.name, "Hamas");
  // Without an organisation named before, the description stays.
  Document plain = run("The company said a fire had been put out.");
  ASSERT_EQ(plain.quotes.size(), 1u);
  EXPECT_EQ(plain.quotes[0].speaker.entity, -1);
}

// A fuzz-found read before an empty subject phrase (session 6): the same sentence, whose
// speaker is the set-off name.
TEST(Quotes, SetOffNameAfterADatelineSpeaks) {
  Document doc = run(
      "UNITED NATIONS (AP) \u2014 The United Nations special envoy for Yemen, Hans Grundberg, "
      "told the Security Council on Thursday that renewed fighting threatened to plunge the "
      "country into \"a catastrophe.\"");
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(doc.quotes[0].speaker.name, "Hans Grundberg");
}

TEST(Quotes, QuantityOpenerIsNoPrepositionalClause) {
  Document doc = run(
      "At least 17 people died after the ferry sank, police said on Friday. Between 30 and 40 "
      "patients were sent home, a nurse said.");
  const Quote* q = find(doc, "At least 17 people died");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "police");
  const Quote* r = find(doc, "Between 30 and 40 patients");
  ASSERT_NE(r, nullptr);
}

TEST(Quotes, AdverbialAloneAfterTheCueIsNoReport) {
  Document doc = run(
      "Delta Terminal Services said it had detected an intrusion. No data appeared to have been "
      "stolen, it said in a statement.");
  const Quote* q = find(doc, "No data appeared");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "No data appeared to have been stolen");
  EXPECT_EQ(find(doc, "in a statement"), nullptr);
}

TEST(Quotes, DatelineWithAnUpperCasePossessivePlace) {
  Document doc = run(
      "COX'S BAZAR, Bangladesh, Jan 7 (AFP) - The fire destroyed more than 800 shelters, "
      "officials said.");
  const Quote* q = find(doc, "The fire destroyed");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->speaker.anonymous);
}

TEST(Quotes, AddingSharesTheSubjectOfTheSpeechVerbBefore) {
  Document doc = run(
      "Chief executive Richard Hale denied the allegation. The company had \"complied with every "
      "safety inspection,\" he said in a statement, adding that an independent investigation "
      "would be launched.");
  const Quote* q = find(doc, "an independent investigation");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Richard Hale");
}

TEST(Quotes, TermsOfAnonymityAfterAToldAddresseeAreNoReport) {
  Document doc = run(
      "Between 30 and 40 patients were sent home on Monday, a nurse told Reuters, speaking on "
      "condition of anonymity because she was not authorised to speak to the media.");
  const Quote* q = find(doc, "Between 30 and 40");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->speaker.anonymous);
  EXPECT_EQ(find(doc, "speaking on condition"), nullptr);
}

TEST(Quotes, FrontedPlaceAndItsAppositionAreTheReportersFrame) {
  Document doc = run(
      "At the hospital, the biggest in town, between 30 and 40 patients were sent home on Monday, "
      "a nurse said.");
  const Quote* q = find(doc, "between 30 and 40");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->speaker.anonymous);
}

TEST(Quotes, RelativeClauseAfterTheNameBeforeTheCueAfterAQuote) {
  Document doc = run(
      "\"Our people were sent down a shaft that everyone knew was unsafe,\" union general "
      "secretary Thabo Mokoena, who has led the union since 2019, told reporters.");
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(doc.quotes[0].speaker.name, "Thabo Mokoena");
}

// Session 8 rules, from eight new wire articles (tests/data/news_dev/nq-*).

// A short quote that is a sentence of its own continues the paragraph's speaker; a short
// fragment with no cue stays a scare quote.
TEST(Quotes, ShortWholeSentenceQuoteContinuesTheSpeaker) {
  Document doc = run(
      "\"We told them two years ago that the mountain was moving,\" said Rehema Said, a "
      "farmer who lost her house. \"Nobody came.\"\n\n"
      "The \"miracle\" of the rescue surprised everyone.");
  const Quote* q = find(doc, "Nobody came");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Rehema Said");
  EXPECT_EQ(find(doc, "miracle"), nullptr);
}

// Unquoted words after the last quoted ones make the reported clause one mixed quote, even
// when the quoted words are most of it; the quote's own attribution after it does not.
TEST(Quotes, UnquotedWordsAfterAPartialQuoteMakeTheClauseMixed) {
  Document doc = run(
      "A company spokesman said it was \"reviewing every step of the decision-making process\" "
      "and would share its findings with regulators.");
  const Quote* q = find(doc, "it was");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kMixed);
  EXPECT_EQ(find(doc, "reviewing"), nullptr);
  Document doc2 = run(
      "Mahmoud Qamati said the offer was a \"concession and a big mistake.\"");
  const Quote* d = find(doc2, "concession");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->kind, QuoteKind::kDirect);
}

// An interview printed as questions and answers: each answer paragraph is one direct quote of
// the interviewee (the person quoted last before the first question); the questions are not.
TEST(Quotes, InterviewAnswersAreTheIntervieweesWords) {
  Document doc = run(
      "In an interview, Ernest Addison said inflation was falling faster than expected.\n\n"
      "Q: Can Ghanaians expect lower borrowing costs soon?\n\n"
      "A: Not immediately. We have made real progress, but the job is not done.\n\n"
      "Q: What would you say to a trader?\n\n"
      "A: I understand her anger. I would tell her that stability is coming back.");
  const Quote* a1 = find(doc, "Not immediately");
  const Quote* a2 = find(doc, "I understand");
  ASSERT_NE(a1, nullptr);
  ASSERT_NE(a2, nullptr);
  EXPECT_EQ(a1->kind, QuoteKind::kDirect);
  EXPECT_EQ(a1->text, "Not immediately. We have made real progress, but the job is not done.");
  EXPECT_EQ(a1->speaker.name, "Ernest Addison");
  EXPECT_EQ(a2->speaker.name, "Ernest Addison");
  EXPECT_EQ(find(doc, "stability"), nullptr);  // speech within the answer: not again
  EXPECT_EQ(find(doc, "Can Ghanaians"), nullptr);
}

// "CLAUSE, X said in a statement, adding that ...": the cue reports the clause before it, the
// participle its own clause, both X's.
TEST(Quotes, SpeechParticipleAfterASetOffCueReportsOnItsOwn) {
  Document doc = run(
      "The recall covers batches made at the plant in Kalundborg between March and April, "
      "Halvorsen said in a statement, adding that patients should not stop taking the "
      "medicine.");
  const Quote* first = find(doc, "The recall covers");
  const Quote* second = find(doc, "patients should");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->speaker.name, "Halvorsen");
  EXPECT_EQ(first->text, "The recall covers batches made at the plant in Kalundborg between "
                         "March and April");
  EXPECT_EQ(second->speaker.name, "Halvorsen");
  EXPECT_EQ(second->cue, "adding");
}

// "Solberg wrote in a memo ... the memo said ... it said": a document named before speaks
// for who wrote it.
TEST(Quotes, DocumentNamedBeforeSpeaksForItsWriter) {
  Document doc = run(
      "\"This is the hardest decision I have made,\" Ingrid Solberg wrote in a memo to "
      "employees.\n\n"
      "Most of the cuts will fall on sales teams in Norway, the memo said. Affected employees "
      "will be told by the end of March, it said.\n\n"
      "The manager had warned head office in an email that staffing was low. \"Something will "
      "go wrong if nothing changes,\" the email said.");
  const Quote* a = find(doc, "Most of the cuts");
  const Quote* b = find(doc, "Affected employees");
  const Quote* c = find(doc, "Something will");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(a->speaker.name, "Ingrid Solberg");
  EXPECT_EQ(b->speaker.name, "Ingrid Solberg");
  EXPECT_EQ(c->speaker.description, "The manager");
}

// "Its foreign ministry said": an organisation word after "its" is a body that speaks.
TEST(Quotes, ItsOrganisationWordIsABodyThatSpeaks) {
  Document doc = run(
      "Saudi Arabia welcomed the agreement. Its foreign ministry said in a statement that the "
      "kingdom supported all efforts to reach a political solution.");
  const Quote* q = find(doc, "the kingdom");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "foreign ministry");
}

// "The minister for disaster management, Jenista Mhagama, said": a title set off before a
// name gives it that title; "the minister" later is the holder named last, not the first.
TEST(Quotes, TitleSetOffBeforeANameAndTheLatestHolder) {
  Document doc = run(
      "Prime Minister Kassim Majaliwa visited the area. \"We will not leave these families "
      "alone,\" he said.\n\n"
      "The minister for disaster management, Jenista Mhagama, said the toll was likely to "
      "rise. \"Our teams are still reaching villages that were cut off,\" the minister said.");
  const Quote* q = find(doc, "Our teams");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Jenista Mhagama");
}

// A name set off after a description after a quote ("..., the regional commissioner for
// Manyara, Amina Sendiga, told AFP"); an apposition that ends in a name ("The head of the
// mission, former Costa Rican foreign minister Manuel Gonzalez, told"); an organisation's
// name set off after an organisation word ("data protection authority, Datatilsynet,").
TEST(Quotes, NamesSetOffAfterDescriptions) {
  Document doc = run(
      "\"The water came at night, when families were asleep,\" the regional commissioner for "
      "Manyara, Amina Sendiga, told AFP by telephone.\n\n"
      "The head of the mission, former Costa Rican foreign minister Manuel Gonzalez, told "
      "reporters that observers had seen no tampering.\n\n"
      "Norway's data protection authority, Datatilsynet, said it was aware of the terms.");
  const Quote* a = find(doc, "The water");
  const Quote* b = find(doc, "observers had");
  const Quote* c = find(doc, "it was aware");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(a->speaker.name, "Amina Sendiga");
  EXPECT_EQ(b->speaker.name, "Manuel Gonzalez");
  EXPECT_EQ(c->speaker.name, "Datatilsynet");
}

// An unnamed spokesperson speaks on the record for a body: the body is the speaker and no
// anonymous source ("A CQC spokesperson", "The European Union's foreign policy spokesperson",
// "A spokesperson for the European Commission").
TEST(Quotes, SpokespersonSpeaksForTheBody) {
  Document doc = run(
      "A CQC spokesperson said the regulator would reflect carefully on the remarks. The "
      "European Union's foreign policy spokesperson said the bloc had full confidence in the "
      "institutions. A spokesperson for the European Commission said Brussels was in contact "
      "with Tokyo.");
  const Quote* a = find(doc, "the regulator");
  const Quote* b = find(doc, "the bloc");
  const Quote* c = find(doc, "Brussels");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(a->speaker.name, "CQC");
  EXPECT_FALSE(a->speaker.anonymous);
  EXPECT_EQ(a->speaker.description, "A CQC spokesperson");
  EXPECT_EQ(b->speaker.name, "European Union");
  EXPECT_FALSE(b->speaker.anonymous);
  EXPECT_EQ(c->speaker.name, "European Commission");
  EXPECT_FALSE(c->speaker.anonymous);
}

// "Two former employees ... said ... One said ...", "According to one of them, ...": one of an
// unnamed group is unnamed too, described by the group.
TEST(Quotes, OneAloneOrAccordingToOneOfThemIsOneOfTheGroup) {
  Document doc = run(
      "Two former employees, who spoke on condition of anonymity, said staff were asked to "
      "cover two floors. One said she had raised the problem with managers five times.\n\n"
      "Two diplomats familiar with the negotiations said the talks had nearly collapsed. "
      "According to one of them, the final list does not include the politician.");
  const Quote* a = find(doc, "she had raised");
  const Quote* b = find(doc, "the final list");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->speaker.name, "one of the former employees");
  EXPECT_TRUE(a->speaker.anonymous);
  EXPECT_EQ(b->speaker.name, "one of the diplomats familiar with the negotiations");
  EXPECT_TRUE(b->speaker.anonymous);
}

// A verb coordinated after a report shares the name set off after the subject: "The governor
// of the Bank of Ghana, Ernest Addison, has said ..., but warned that ...".
TEST(Quotes, CoordinatedCueTakesTheNameSetOffAfterTheSubject) {
  Document doc = run(
      "The governor of the Bank of Ghana, Ernest Addison, has said the crisis is over, but "
      "warned that interest rates would stay high until inflation falls.");
  const Quote* a = find(doc, "the crisis");
  const Quote* b = find(doc, "interest rates");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->speaker.name, "Ernest Addison");
  EXPECT_EQ(b->speaker.name, "Ernest Addison");
}

// "blamed" and "rejected" attribute a quoted fragment, and end a reported clause before them
// ("denied that officers had used live rounds and blamed \"...\"").
TEST(Quotes, BlameAndRejectAttributeQuotesAndEndAClause) {
  Document doc = run(
      "Security Minister Ibrahima Traore denied that officers had used live rounds and blamed "
      "\"criminal elements infiltrated among the strikers\" for the violence. Hamdard again "
      "rejected the allegation as \"baseless.\"");
  const Quote* d = find(doc, "officers had");
  const Quote* b = find(doc, "criminal elements");
  const Quote* r = find(doc, "baseless");
  ASSERT_NE(d, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(d->text, "officers had used live rounds");
  EXPECT_EQ(b->speaker.name, "Ibrahima Traore");
  EXPECT_EQ(b->cue, "blamed");
  EXPECT_EQ(r->speaker.name, "Hamdard");
}

// "the minister" is the holder of that title named last before it; "Prime Minister X" or
// "Vice President Y" holds another title.
TEST(Quotes, TheTitleIsItsLastHolderNotAPrimeMinisterOrAVicePresident) {
  Document doc = run(
      "Israeli Energy Minister Yuval Steinitz signed the deal. Vice President Joe Biden "
      "watched. Italian economic development minister Stefano Patuanelli sent a letter, but the "
      "minister said they would build another pipeline. President Donald Trump spoke later. "
      "The president called the notion a \"waste of time\".");
  const Quote* m = find(doc, "they would");
  const Quote* p = find(doc, "waste of time");
  ASSERT_NE(m, nullptr);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(m->speaker.name, "Stefano Patuanelli");
  EXPECT_EQ(p->speaker.name, "Donald Trump");
}

// The longer window after a quote is for a name set off by commas only: "...," referring to
// caves, and that some evidence suggests ... is no attribution of the quote.
TEST(Quotes, LongWindowAfterAQuoteOnlyForANameSetOff) {
  Document doc = run(
      "\"It is integrated into the lives of the community,\" said Professor Carl Lipo. He went "
      "on to add \"The exceptions to the rule are met by the fact there is also water there,\" "
      "referring to caves with fresh water, and that some historical evidence suggests there "
      "were wells.");
  const Quote* q = find(doc, "The exceptions");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Carl Lipo");
}

// A generic or hypothetical company is no company of the story: "the company will say you
// don't own it" far from any company's name keeps "company" (the far fallback is for "the
// company said").
TEST(Quotes, TheCompanyWillSayIsNoCompanyOfTheStory) {
  std::string text = "Shares of Hoshino Motors fell. Hoshino Motors apologized.";
  for (int i = 0; i < 16; ++i) text += " Analysts at banks in Tokyo and Osaka were busy with the numbers.";
  text += " You might think you buy a copy, but the company will say you do not own it.";
  Document doc = quotes_testing::make_document(text);
  Entity org;
  org.id = "e1";
  org.name = "Hoshino Motors";
  org.type = EntityType::kOrg;
  org.mentions.push_back(Mention{10, 24, 0});
  org.mentions.push_back(Mention{31, 45, 1});
  doc.entities.push_back(org);
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* q = find(doc, "you do not own");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker.name, "Hoshino Motors");
}

// A noun phrase set off after the cue describes the report: "..., the United Nations said, the
// largest exchange since a truce collapsed last year." reports the clause before the cue.
TEST(Quotes, NounPhraseSetOffAfterTheCueIsNoReport) {
  Document doc = run(
      "The two sides agreed on Sunday to release more than 900 prisoners, the United Nations "
      "said, the largest exchange since a truce collapsed last year.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text, "The two sides agreed on Sunday to release more than 900 prisoners");
  EXPECT_EQ(doc.quotes[0].speaker.name, "United Nations");
  Document doc2 = run("The deal was signed, officials said, the talks in Doha were hard.");
  EXPECT_NE(find(doc2, "the talks"), nullptr);
}

// A short quote between a determiner and its noun is a term: `called for a "null vote"
// campaign` reports nothing; `dismissed Lebanon as a "failed state"` still does.
TEST(Quotes, QuoteInsideANounPhraseIsATerm) {
  Document doc = run(
      "His allies have called for a \"null vote\" campaign. The envoy dismissed Lebanon as a "
      "\"failed state\". Smith called the disappearance an \"interesting\" case.");
  EXPECT_EQ(find(doc, "null vote"), nullptr);
  EXPECT_NE(find(doc, "failed state"), nullptr);
  EXPECT_NE(find(doc, "interesting"), nullptr);  // a characterisation: the speaker's word
}

// "Hours later, the Russian Foreign Ministry said ...": a span of time before "later" is an
// introduction, no speaker; ", and a diplomat in the capital, who ..., said" opens a clause of
// its own after a clause with a verb (not the last item of a list).
TEST(Quotes, HoursLaterAndACoordinatedClauseWithItsOwnSubject) {
  Document doc = run(
      "Hours later, the Russian Foreign Ministry said it would expel an equal number of "
      "diplomats. Addis Ababa has so far not accepted the offer, and a diplomat in the capital, "
      "who spoke on condition of anonymity, said the prime minister's office considered the "
      "militia a criminal gang.");
  const Quote* a = find(doc, "it would expel");
  const Quote* b = find(doc, "the prime minister");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->speaker.name, "Russian Foreign Ministry");
  EXPECT_EQ(b->speaker.name, "a diplomat in the capital");
  EXPECT_TRUE(b->speaker.anonymous);
}

// No attribution after a quote that a subordinate clause or the sentence's own predicate
// follows: `said "all options remain on the table" if attacks continued`, `called on all
// parties to allow "safe and unimpeded" access and said ...` (the subject, with its
// prepositional tail and the name set off after it, is the speaker of both).
TEST(Quotes, NoAttributionAfterAQuoteInsideThePredicate) {
  Document doc = run(
      "The Czech government said it had no plans to cut ties, but Novotny said \"all options "
      "remain on the table\" if attacks continued.\n\n"
      "The UN humanitarian coordinator for Ethiopia, Henrik Sorensen, called on all parties to "
      "allow \"safe and unimpeded\" access and said some 4.5 million people needed food.");
  const Quote* a = find(doc, "all options");
  const Quote* b = find(doc, "safe and");
  const Quote* c = find(doc, "some 4.5 million");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(a->speaker.name, "Novotny");
  EXPECT_EQ(b->speaker.name, "Henrik Sorensen");
  EXPECT_EQ(c->speaker.name, "Henrik Sorensen");
}

// "..., according to the unions' lawyer, Aissatou Kaba.": the name set off at the end is the
// source, the description its description.
TEST(Quotes, AccordingToADescriptionAndTheNameSetOffAfterIt) {
  Document doc = run(
      "Police arrested some 130 people across the capital, according to the unions' lawyer, "
      "Aissatou Kaba.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.name, "Aissatou Kaba");
  EXPECT_EQ(doc.quotes[0].speaker.description, "the unions' lawyer");
}

// "The mining company, Rio Verde Minerals, says ... The company says ...": the name the text
// set off after the noun is what "the company" means later, before a nearer organisation.
TEST(Quotes, TheCompanyIsTheNameSetOffAfterTheNoun) {
  Document doc = run(
      "The mining company, Rio Verde Minerals, says the project would create 1,300 jobs. "
      "Organisers from the Kreni movement disputed that. The company says those findings were "
      "based on flawed sampling.");
  const Quote* q = find(doc, "those findings");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Rio Verde Minerals");
}

// "declined to respond to Mr Forson's call" is a non-answer.
TEST(Quotes, DeclinedToRespondIsANonAnswer) {
  Document doc = run("The Bank of Ghana declined to respond to Mr Forson's call.");
  ASSERT_EQ(doc.non_answers.size(), 1u);
  EXPECT_EQ(doc.non_answers[0].cue, "declined to respond");
  EXPECT_TRUE(doc.quotes.empty());
}

// Two appositions: the first names the speaker ("Banda's lawyer, Kalekeni Kaphale, a former
// attorney general, said"); after a quote, a name set off first and a long description after it
// still reach the cue ("...," Kylychbek Asanov, the deputy head of the border service, told ...).
TEST(Quotes, NameSetOffFirstOfTwoAppositions) {
  Document doc = run(
      "Banda's lawyer, Kalekeni Kaphale, a former attorney general, said his client had never "
      "met Patel.\n\n"
      "\"This is a deliberate provocation and it will not go unanswered,\" Kylychbek Asanov, the "
      "deputy head of the border service, told reporters in Bishkek.");
  const Quote* a = find(doc, "his client");
  const Quote* b = find(doc, "This is a deliberate");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->speaker.name, "Kalekeni Kaphale");
  EXPECT_EQ(b->speaker.name, "Kylychbek Asanov");
}

// "according to a draft memorandum seen by Reuters": the document is the source, not who saw
// it; "The spokesperson said" later is the body the last spokesperson spoke for.
TEST(Quotes, DocumentSeenByIsTheSourceAndTheSpokespersonAgain) {
  Document doc = run(
      "Togo has committed to raising tax revenue by 2.5 percentage points, according to a draft "
      "memorandum seen by Reuters.\n\n"
      "A European Commission spokesperson said the rules would forbid it. The spokesperson said "
      "requests would not be considered.");
  const Quote* a = find(doc, "Togo has");
  const Quote* b = find(doc, "requests would");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->speaker.name, "draft memorandum");
  EXPECT_EQ(b->speaker.name, "European Commission");
  EXPECT_FALSE(b->speaker.anonymous);
}

// ---------------------------------------------------------------- round 4 (session 8)

// "urged both sides to reach an agreement": an appeal is no report of what was said; an
// appeal that quotes the words still is.
TEST(Quotes, UrgeFrameWithoutQuotedWordsIsNoReport) {
  Document doc = run(
      "The Ports Ministry said it was monitoring the situation and urged both sides to reach "
      "an agreement quickly.\n\n"
      "Simon Okoro urged delegates to \"close the gaps, not widen them.\"");
  EXPECT_EQ(find(doc, "both sides"), nullptr);
  EXPECT_NE(find(doc, "it was monitoring"), nullptr);
  bool quoted = false;
  for (const Quote& q : doc.quotes)
    if (q.text.find("close the gaps") != std::string::npos) quoted = true;
  EXPECT_TRUE(quoted);
}

// Two quoted pieces joined by the reporter's words are one mixed clause, not two fragments.
TEST(Quotes, TwoQuotedPiecesInOneClauseAreOneMixedQuote) {
  Document doc = run(
      "Her spokesperson, Tomas Banda, said the board \"stands by the results\" and would "
      "\"respect whatever the court decides.\"");
  const Quote* q = find(doc, "the board");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kMixed);
  EXPECT_EQ(find(doc, "stands by"), nullptr);
  EXPECT_EQ(find(doc, "respect whatever"), nullptr);
}

// What records show and what a report found are reports, of the record's owner; "the
// report says" later is the same owner. People who "found" something report nothing.
TEST(Quotes, RecordsShowAndAReportFoundAreReports) {
  Document doc = run(
      "Reports by the Fisheries Bureau seen by Reuters show that the number of boats has "
      "fallen by more than half since 2022.\n\n"
      "The Safety Board's final report found that the pilot lost control near the airport. "
      "The report says the warning system had been switched off.\n\n"
      "Police found that the door was locked.");
  const Quote* r = find(doc, "the number of boats");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(r->speaker.name.find("Fisheries Bureau"), std::string::npos) << r->speaker.name;
  const Quote* f = find(doc, "the pilot lost control");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->speaker.name, "Safety Board");
  const Quote* s = find(doc, "the warning system");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker.name, "Safety Board");
  EXPECT_EQ(find(doc, "the door"), nullptr);
}

// "on condition that he not be named", and "Both asked not to be named" after the report:
// anonymous sources. A delegate, a pilot, an engineer are sources.
TEST(Quotes, MoreWaysToAskForAnonymity) {
  Document doc = run(
      "A former Polar Air pilot, who spoke on condition that he not be named because he still "
      "works in the industry, said pilots had flown long days in the winter.\n\n"
      "Two engineers told the newspaper that their warnings had been left out of the report. "
      "Both asked not to be named for fear of losing work.\n\n"
      "One senior delegate, who spoke on condition of anonymity because the talks were "
      "confidential, said the gap was \"enormous\" and that no one expected a breakthrough.");
  const Quote* p = find(doc, "pilots had flown");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->speaker.anonymous);
  EXPECT_NE(p->speaker.name.find("Polar Air pilot"), std::string::npos) << p->speaker.name;
  const Quote* e = find(doc, "their warnings");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->speaker.anonymous);
  const Quote* g = find(doc, "the gap");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(g->speaker.anonymous);
  EXPECT_EQ(g->speaker.name, "One senior delegate");
}

// The coast guard is an institution, not an unnamed guard.
TEST(Quotes, TheCoastGuardIsNoAnonymousSource) {
  Document doc = run(
      "The Philippine coast guard said three vessels had surrounded the fishing boats on "
      "Monday.");
  const Quote* q = find(doc, "three vessels");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->speaker.anonymous);
}

// Titles with a complement before the name, names set off after an organisation's
// description or after a description with an "of" tail.
TEST(Quotes, NamesAfterATitlesComplementOrADescriptionSetOff) {
  Document doc = run(
      "U.S. Ambassador to the Philippines Karen Whitfield said that Washington would stand by "
      "its ally.\n\n"
      "The Brazilian coffee exporters council, Cecafe, said about 40,000 bags were stuck in "
      "warehouses.\n\n"
      "The petitioner, opposition leader Grace Mwale of the United Democratic Alliance, says "
      "she lost by fewer than 40,000 votes.");
  const Quote* a = find(doc, "Washington would");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Karen Whitfield");
  const Quote* c = find(doc, "about 40,000 bags");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker.name, "Cecafe");
  const Quote* m = find(doc, "she lost");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->speaker.name, "Grace Mwale");
}

// After a quote, a name set off with a short description before it still reaches the cue.
TEST(Quotes, DescriptionBeforeANameSetOffAfterAQuote) {
  Document doc = run(
      "\"We did not fly halfway around the world to be told to wait,\" the alliance's chair, "
      "Samoan environment minister Tavita Cedric Amosa, told AFP. \"Our islands do not have "
      "another year.\"");
  const Quote* q = find(doc, "We did not fly");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Tavita Cedric Amosa");
  const Quote* r = find(doc, "Our islands");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker.name, "Tavita Cedric Amosa");
}

// The person introduced right before an interview's first question is the one answering,
// not the person quoted earlier; with no one quoted yet, "she" may be the person named two
// sentences back.
TEST(Quotes, InterviewIntroducedBeforeTheFirstQuestionAndAnEarlierName) {
  Document doc = run(
      "Aida Fernandes has lived in the village for all of her 64 years. Now a mining company "
      "wants to dig a pit near her door.\n\n"
      "\"They told us it would be a small quarry,\" she says.\n\n"
      "Its chief executive, Emanuel Proenca, spoke to the newspaper last week.\n\n"
      "Q: Is that fair?\n\n"
      "A: No. We have held more than 40 public sessions since 2017.");
  const Quote* q = find(doc, "They told us");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Aida Fernandes");
  const Quote* a = find(doc, "No. We have held");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Emanuel Proenca");
}

// An unnamed source keeps a participle modifier that places it: "briefed on the talks",
// "involved in the operation".
TEST(Quotes, SourceKeepsAParticipleThatPlacesIt) {
  Document doc = run(
      "Three diplomats briefed on the talks said the agreement had been reached late on "
      "Wednesday.\n\n"
      "A police officer involved in the operation said the boat had been tracked for days.");
  const Quote* a = find(doc, "the agreement");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Three diplomats briefed on the talks");
  const Quote* b = find(doc, "the boat");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker.name.find("involved in the operation"), std::string::npos)
      << b->speaker.name;
}

// A chanted slogan is no quote; analysts, experts and observers speak in their role, on the
// record, unless the text asks for their anonymity.
TEST(Quotes, ChantedSlogansAndOnTheRecordRoles) {
  Document doc = run(
      "Outside the hall, protesters chanted \"Pay up now!\" as delegates arrived.\n\n"
      "Analysts at the bank said the recall could cost the company 300 million crowns.\n\n"
      "Legal experts say the petitioner will face a high bar this time.\n\n"
      "A senior official said the talks would resume on Monday.");
  EXPECT_EQ(find(doc, "Pay up"), nullptr);
  const Quote* a = find(doc, "the recall");
  ASSERT_NE(a, nullptr);
  EXPECT_FALSE(a->speaker.anonymous);
  const Quote* e = find(doc, "the petitioner");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->speaker.anonymous) << e->speaker.name << " / " << e->speaker.description;
  const Quote* o = find(doc, "the talks");
  ASSERT_NE(o, nullptr);
  EXPECT_TRUE(o->speaker.anonymous);
}

// The same unnamed source stays anonymous when "he" names it again.
TEST(Quotes, TheSameUnnamedSourceStaysAnonymous) {
  Document doc = run(
      "Analysts expect a long strike. A former Polar Air pilot, who spoke on condition that he "
      "not be named because he still works in the industry, said pilots had flown long days in "
      "the winter. \"You did not say no,\" he said.");
  const Quote* p = find(doc, "pilots had flown");
  ASSERT_NE(p, nullptr);
  ASSERT_TRUE(p->speaker.anonymous);
  const Quote* d = find(doc, "You did not");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker.name, p->speaker.name);
  EXPECT_TRUE(d->speaker.anonymous);
}

// The victims not identified yet are no request for anonymity by the sources.
TEST(Quotes, UnidentifiedVictimsAreNoAnonymityRequest) {
  Document doc = run(
      "\"The ward filled with smoke in minutes,\" two nurses at the hospital said. Both feared the "
      "dead would not be identified for days.");
  const Quote* q = find(doc, "The ward");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->speaker.reason.empty()) << q->speaker.reason;
}

// Session 9 (the bl articles): a speaker phrase that cuts an organisation's mention at a
// preposition of its name grows to the whole name ("The Committee to Protect Journalists
// (CPJ) said" was "Committee"); a named speaker loses a leading article before capitals ("The
// Kremlin" -> "Kremlin"), a lower-case owner and a time adverb ("The rebels' Supreme Political
// Council later issued a statement saying" -> "Supreme Political Council").
TEST(Quotes, OrganisationNamesWholeWithoutArticleOwnerOrAdverb) {
  const std::string text =
      "The Committee to Protect Journalists (CPJ) said at least 25 journalists were now behind "
      "bars. The Kremlin said on Friday it was too early to discuss a ceasefire. The rebels' "
      "Supreme Political Council later said the offer was a trap designed to please Washington.";
  Document doc = quotes_testing::make_document(text);
  Entity e;
  e.id = "e1";
  e.name = "Committee to Protect Journalists";
  e.type = EntityType::kOrg;
  const std::string m = "Committee to Protect Journalists";
  auto at = static_cast<uint32_t>(doc.text.find(m));
  e.mentions.push_back(Mention{at, at + static_cast<uint32_t>(m.size()), 0});
  doc.entities.push_back(e);
  Entity k;
  k.id = "e2";
  k.name = "Kremlin";
  k.type = EntityType::kOrg;
  auto kat = static_cast<uint32_t>(doc.text.find("Kremlin"));
  k.mentions.push_back(Mention{kat, kat + 7, 0});
  doc.entities.push_back(k);
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* a = find(doc, "at least 25");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Committee to Protect Journalists");
  const Quote* b = find(doc, "it was too early");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Kremlin");
  const Quote* c = find(doc, "the offer was");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker.name, "Supreme Political Council");
}

// Session 9: a reported clause ends before ", citing ..." (the ground given for it); "while"
// without a comma is the report's own condition, not a contrast; a pair of spaced dashes
// before the clause's verb sets off an aside inside it; a noun phrase set off after the cue
// may run to "as" ("..., the U.S. Navy said, the latest in a string of seizures as tensions
// rise.").
TEST(Quotes, CitingWhileDashPairsAndAnAppositionBeforeAs) {
  Document doc = run(
      "Tayfour said only eight civilians had died, citing the group's own contacts. The army has said "
      "it will not negotiate while fighters occupy civilian areas. The centre said the rainfall "
      "recorded on Saturday - 240mm in 24 hours - was the highest since records began. Iran's "
      "Guard seized a tanker on Wednesday, the Navy said, the latest in a string of "
      "seizures as tensions with Washington rise.");
  const Quote* a = find(doc, "only eight");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "only eight civilians had died");
  const Quote* b = find(doc, "it will not");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "it will not negotiate while fighters occupy civilian areas");
  const Quote* c = find(doc, "the rainfall");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->text.find("was the highest"), std::string::npos);
  const Quote* d = find(doc, "Iran's Guard seized");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker.name, "Navy");
}

// Session 9: "... and that CLAUSE" is a second report of the same cue when one of the two
// parts is mostly quoted words that close it (a direct fragment); otherwise the two stay one
// report.
TEST(Quotes, AndThatSplitsOffADirectFragmentOnly) {
  Document doc = run(
      "Jalali rejected the criticism, saying the Strait of Hormuz was \"not an American lake\" "
      "and that Iran was enforcing the law in its own waters. Mwale said 12 children were among "
      "the dead and that at least 1,500 homes had been destroyed.");
  const Quote* a = find(doc, "not an American lake");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, QuoteKind::kDirect);
  const Quote* b = find(doc, "Iran was enforcing");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, QuoteKind::kIndirect);
  EXPECT_EQ(b->speaker.name, "Jalali");
  const Quote* c = find(doc, "12 children");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->text.find("and that at least 1,500 homes"), std::string::npos);
  EXPECT_EQ(find(doc, "at least 1,500"), nullptr);
}

// Session 9: after a quote, an abbreviation's dot ("Dr. Mwangi said") and a name's plural
// possessive ("Abdulwahab al-Mahdi, the Huthis' chief negotiator, wrote") stay in the cue's
// window.
TEST(Quotes, AbbreviationDotsAndPluralPossessivesAfterAQuote) {
  Document doc = quotes_testing::make_document(
      "Doctors' leader Joseph Mwangi addressed the rally.\n\n\"We will not go back to work on "
      "promises,\" Dr. Mwangi said, as hundreds of doctors chanted.\n\n\"This initiative is a "
      "trap,\" Abdulwahab al-Mahdi, the Huthis' chief negotiator, wrote on X.");
  // (The test segmenter ends a sentence after "Dr."; the real one does not.)
  auto mw = static_cast<uint32_t>(doc.text.find("Mwangi said"));
  for (size_t i = 1; i < doc.sentences.size(); ++i)
    if (doc.sentences[i].start == mw) {
      doc.sentences[i - 1].end = doc.sentences[i].end;
      doc.sentences[i - 1].token_end = doc.sentences[i].token_end;
      doc.sentences.erase(doc.sentences.begin() + static_cast<long>(i));
      break;
    }
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* a = find(doc, "We will not");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Joseph Mwangi");
  const Quote* b = find(doc, "This initiative");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Abdulwahab al-Mahdi");
}

// Session 9: "Its adviser Mahjoub Tayfour said" (a name after its role), "Iran's official
// IRNA news agency said" (the name before an agency noun), ", telling parliament that ..." (a
// set-off participle with its addressee), and a subject holding an aside set off by commas
// ("a first consignment of relief material, including tents and medicines, would arrive").
TEST(Quotes, RoleNamesAgencyNamesTellingAndAsidesInTheSubject) {
  Document doc = run(
      "The RSF denied responsibility. Its adviser Mahjoub Tayfour said the group's forces had "
      "not operated in the area. Iran's official IRNA news agency said the tanker had been "
      "seized. Home Minister Hemraj Bhandari rejected the criticism, telling parliament that "
      "evacuation orders had been sent. Anil Mehta said a first consignment of relief material, "
      "including tents and medicines, would arrive by air on Tuesday.");
  const Quote* a = find(doc, "the group's forces");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Mahjoub Tayfour");
  const Quote* b = find(doc, "the tanker");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "IRNA");
  const Quote* c = find(doc, "evacuation orders");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker.name, "Hemraj Bhandari");
  const Quote* d = find(doc, "a first consignment");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker.name, "Anil Mehta");
}

// Session 9: an unnamed source keeps what ties it to a side ("A military official loyal to
// the government", like "close to the defence") and stays anonymous; "while" without a comma
// goes on even before a capital ("while RSF fighters occupy ...").
TEST(Quotes, SourcesLoyalToASideAndWhileBeforeACapital) {
  Document doc = run(
      "Fighting has flared around Marib. A military official loyal to the government said at "
      "least 60 fighters had been killed there. The army has said it will not negotiate while "
      "RSF fighters occupy civilian areas.");
  const Quote* a = find(doc, "at least 60");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "A military official loyal to the government");
  EXPECT_TRUE(a->speaker.anonymous);
  const Quote* b = find(doc, "it will not");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "it will not negotiate while RSF fighters occupy civilian areas");
}

// Session 9: `expressed "deep regret"` attributes the quote; `rejected what it called
// "baseless accusations."` is the subject's characterisation, no name; a pronoun inside a
// "what"/"which" clause is the sentence's own subject when it fits ("which she said").
TEST(Quotes, ExpressedWhatItCalledAndWhichSheSaid) {
  Document doc = run(
      "Mali recalled its envoy. The Algerian foreign ministry expressed \"deep regret\" at the "
      "recall and rejected what it called \"baseless accusations.\"\n\nOpposition leader Afi "
      "Kpodar spoke on Monday. Kpodar said the coalition would not go to the Constitutional "
      "Court, which she said \"has never once ruled against the regime.\"");
  const Quote* a = find(doc, "deep regret");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Algerian foreign ministry");
  const Quote* b = find(doc, "baseless accusations");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Algerian foreign ministry");
  const Quote* c = find(doc, "has never once");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker.name, "Afi Kpodar");
}

// Session 9: a two-city dateline ("BAMAKO/ALGIERS (Reuters) -") is nobody; "X, whose observers
// had called the vote \"calm and orderly,\" urged all sides ...": the quote is the body's that
// "whose" points back to, and an appeal's object after a quote ("urged all sides") is no
// inverted speaker.
TEST(Quotes, TwoCityDatelinesAndWhoseObservers) {
  Document doc = run(
      "BAMAKO/ALGIERS (Reuters) - Mali recalled its ambassador on Monday, accusing Algiers of "
      "shooting down a drone.\n\nThe regional bloc, whose observers had called the vote \"calm "
      "and orderly,\" urged all sides to show restraint.");
  const Quote* a = find(doc, "Algiers of");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Mali");
  const Quote* b = find(doc, "calm and orderly");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker.name, "sides");
  EXPECT_NE(b->speaker.name.find("bloc"), std::string::npos) << b->speaker.name;
}

}  // namespace
// Review (session 9): a person's name before "of <organisation>" stays the person's.
TEST(Quotes, APersonOfAnOrganisationStaysThePerson) {
  const std::string text =
      "\"The ice is melting from below,\" said study co-author Ted Scambos of CU Boulder's "
      "Cooperative Institute for Research in Environmental Sciences (CIRES).";
  Document doc = quotes_testing::make_document(text);
  Entity p;
  p.id = "e1";
  p.name = "Ted Scambos";
  p.type = EntityType::kPerson;
  auto at = static_cast<uint32_t>(doc.text.find("Ted Scambos"));
  p.mentions.push_back(Mention{at, at + 11, 0});
  doc.entities.push_back(p);
  Entity o;
  o.id = "e2";
  o.name = "Cooperative Institute for Research";
  o.type = EntityType::kOrg;
  auto oat = static_cast<uint32_t>(doc.text.find("Cooperative"));
  o.mentions.push_back(Mention{oat, oat + static_cast<uint32_t>(o.name.size()), 0});
  doc.entities.push_back(o);
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* q = find(doc, "The ice is melting");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Ted Scambos");
}


// Session 10 (the bm articles). Each test fails on the sources of fa468c7.

// "..., A and B said." / "..., officials in the N countries said.": a coordinated or
// prepositional subject of unnamed sources set off after the report is the speaker.
TEST(Quotes, CoordinatedAndPrepositionalUnnamedSubjectsAfterTheReport) {
  Document doc = run(
      "Floodwaters cut off three villages in the valley on Sunday and forced hundreds of "
      "families from their homes, rescue workers and police officers said.\n\n"
      "The ferry sank near the port after its engine failed, in a storm that closed the harbour, "
      "officials at the two ports said.");
  const Quote* a = find(doc, "Floodwaters cut off");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "rescue workers and police officers");
  EXPECT_TRUE(a->speaker.anonymous);
  const Quote* b = find(doc, "The ferry sank");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "officials at the two ports");
  EXPECT_TRUE(b->speaker.anonymous);
}

// Unnamed bodies of sources are anonymous, as the output contract writes an unnamed source;
// a state outlet and a named owner's lawyers are not.
TEST(Quotes, UnnamedBodiesOfSourcesAreAnonymous) {
  Document doc = run(
      "Campaign groups say the new law has silenced dozens of critics.\n\n"
      "Farm leaders said they would block the roads again on Monday.\n\n"
      "A relative of the missing fisherman said the boat had no radio.\n\n"
      "State radio said the army had retaken the town.\n\n"
      "The mayor's lawyers said the charges were politically motivated.");
  const Quote* a = find(doc, "the new law");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->speaker.anonymous) << a->speaker.name;
  EXPECT_EQ(a->speaker.name, "Campaign groups");
  const Quote* b = find(doc, "they would block");
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->speaker.anonymous) << b->speaker.name;
  const Quote* c = find(doc, "the boat had");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->speaker.anonymous) << c->speaker.name;
  const Quote* d = find(doc, "the army had");
  ASSERT_NE(d, nullptr);
  EXPECT_FALSE(d->speaker.anonymous) << d->speaker.name;
  const Quote* e = find(doc, "the charges");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->speaker.anonymous) << e->speaker.name;
}

// "A local fire official ... said ... \"...,\" the fire official said.": the definite
// description is the unnamed source again, under the source's own description.
TEST(Quotes, ADefiniteDescriptionEndingAnUnnamedSourceIsThatSource) {
  Document doc = run(
      "A local fire official, who asked not to be named, said the blaze began in a kitchen.\n\n"
      "\"The building had no working alarms,\" the fire official said.");
  const Quote* q = find(doc, "The building had");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "A local fire official");
  EXPECT_TRUE(q->speaker.anonymous);
}

// "has said X and has instead armed ...": the cue's auxiliary again after "and" opens the
// subject's next deed; "estimate that" is a cue; a restrictive clause after an unnamed source
// in "according to" is part of its description.
TEST(Quotes, RepeatedAuxiliaryEstimateThatAndRestrictiveSourceClauses) {
  Document doc = run(
      "The council has said it will not talk to the rebels and has instead armed village "
      "guards.\n\n"
      "Unions estimate that between 2,000 and 4,000 workers were sacked.\n\n"
      "Gunmen burned a market near the border, according to a police source who asked not to "
      "be named because he was not allowed to speak to reporters.");
  const Quote* a = find(doc, "it will not talk");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "it will not talk to the rebels");
  const Quote* b = find(doc, "between 2,000");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Unions");
  const Quote* c = find(doc, "Gunmen burned");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker.name,
            "a police source who asked not to be named because he was not allowed to speak to "
            "reporters");
  EXPECT_TRUE(c->speaker.anonymous);
}

// "he" after a sentence that quotes a person and names another person-typed word later (a
// recognizer error): the person quoted is "he".
TEST(Quotes, HeIsThePersonQuotedInThePreviousSentence) {
  const std::string text =
      "The attack began at dawn, said Tomas Verde, a spokesman for the Valley Front, which the "
      "army calls Red Hand.\n\n"
      "\"They came at night and burned the school,\" he told reporters.";
  Document doc = quotes_testing::make_document(text);
  auto add = [&](const char* id, const std::string& name) {
    Entity e;
    e.id = id;
    e.name = name;
    e.type = EntityType::kPerson;
    auto at = static_cast<uint32_t>(doc.text.find(name));
    e.mentions.push_back(Mention{at, at + static_cast<uint32_t>(name.size()), 0});
    doc.entities.push_back(e);
  };
  add("e1", "Tomas Verde");
  add("e2", "Red Hand");
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* q = find(doc, "They came at night");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Tomas Verde");
}


// A capitalised name with a "for/of" tail of capitalised words up to the comma is one
// speaker; an organisation mention across "and" grows the phrase to the whole name.
TEST(Quotes, OrganisationNamesAcrossForOfAndAnd) {
  Document doc = run(
      "The Centre for the Study of Armed Violence, an independent research group, said at "
      "least 40 people had died in the raids.");
  const Quote* a = find(doc, "at least 40");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker.name, "Centre for the Study of Armed Violence");
  const std::string text =
      "The Environment and Water Authority (EWA), a state regulator, said the river was safe.";
  Document doc2 = quotes_testing::make_document(text);
  Entity o;
  o.id = "e1";
  o.name = "Environment and Water Authority";
  o.type = EntityType::kOrg;
  auto at = static_cast<uint32_t>(doc2.text.find(o.name));
  o.mentions.push_back(Mention{at, at + static_cast<uint32_t>(o.name.size()), 0});
  doc2.entities.push_back(o);
  extract_quotes(&doc2, *Gazetteer::Empty());
  const Quote* b = find(doc2, "the river");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Environment and Water Authority");
}


// A whole unquoted clause before a quote set off by a comma is a report of its own (the quote
// stays direct); after a quote, "said a farmer who gave only his first name, Tomas" is Tomas
// (still an unnamed source, as a first name alone is).
TEST(Quotes, AClauseBeforeACommaSetQuoteAndAFirstNameGivenAfterTheCue) {
  Document doc = run(
      "A nurse at the district clinic said the ward had taken in 40 people by Sunday night, "
      "\"almost all of them children with burns to their arms and faces.\"\n\n"
      "\"The water took our goats and our seed. We have nothing left to plant,\" said a "
      "40-year-old farmer who gave only his first name, Tomas.");
  const Quote* a = find(doc, "the ward had");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "the ward had taken in 40 people by Sunday night");
  EXPECT_EQ(a->kind, QuoteKind::kIndirect);
  const Quote* b = find(doc, "almost all of them");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, QuoteKind::kDirect);
  const Quote* c = find(doc, "The water took");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker.name, "Tomas");
  EXPECT_TRUE(c->speaker.anonymous);
  // (an adverbial before the comma is no clause of its own)
  Document doc2 = run(
      "The minister spoke on Monday. She said, in remarks published by the state broadcaster on "
      "Friday, \"the border will stay closed until the attacks stop.\"");
  EXPECT_EQ(find(doc2, "in remarks"), nullptr);
  EXPECT_NE(find(doc2, "the border will stay"), nullptr);
}


// A sentence's first word before a lower-case noun is capitalised by position, no person's
// name from elsewhere in the story: "Water groups say" stays an unnamed body of sources.
TEST(Quotes, ASentenceFirstCapitalBeforeALowerCaseNounIsNoName) {
  const std::string text =
      "Water groups say the rivers have grown dirtier this year.\n\n"
      "Thousands of fish died, according to the Commission on Clean Water.";
  Document doc = quotes_testing::make_document(text);
  Entity o;
  o.id = "e1";
  o.name = "Commission on Clean Water";
  o.type = EntityType::kOrg;
  auto at = static_cast<uint32_t>(doc.text.find(o.name));
  o.mentions.push_back(Mention{at, at + static_cast<uint32_t>(o.name.size()), 1});
  doc.entities.push_back(o);
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* q = find(doc, "the rivers have");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->speaker.anonymous) << q->speaker.name;
}

// Session 10, bn: unnamed sources the stage kept on the record. A source noun alone that opens
// the sentence is capitalised by position ("Demonstrators said"); a body of sources with a
// prepositional tail ("relatives of the miners", "lawyers for the families") is headed by the
// body; a person described by an age is an unnamed source whatever the noun ("a 27-year-old
// bus conductor"), and "she" after that person's own sentence is that person.
TEST(Quotes, SentenceFirstSourceNounsTailedBodiesAndAgedPeopleAreAnonymous) {
  Document doc = run(
      "Demonstrators said the riot police had locked the gates of the square.\n\n"
      "Witnesses say the shooting lasted for nearly an hour.\n\n"
      "The strike has cost the mines millions of dollars, Mining Minister Peter Okello said. "
      "Dozens of men were detained, according to lawyers for the families.\n\n"
      "A 27-year-old bus conductor from Kasarani, who asked not to be named, said he had been "
      "beaten by officers. \"They did not ask for my name,\" he said.\n\n"
      "A local prosecutor said the charges would be filed on Monday.\n\n"
      "Prosecutors said the two men had laundered the money abroad.");
  const Quote* a = find(doc, "the riot police");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->speaker.anonymous) << a->speaker.name;
  EXPECT_EQ(a->speaker.name, "Demonstrators");
  const Quote* b = find(doc, "the shooting lasted");
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->speaker.anonymous) << b->speaker.name;
  const Quote* c = find(doc, "Dozens of men");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->speaker.anonymous) << c->speaker.name;
  EXPECT_EQ(c->speaker.name, "lawyers for the families");
  const Quote* d = find(doc, "he had been beaten");
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->speaker.anonymous) << d->speaker.name;
  const Quote* e = find(doc, "They did not ask");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->speaker.anonymous) << e->speaker.name;
  EXPECT_EQ(e->speaker.name, d->speaker.name);
  const Quote* f = find(doc, "the charges would");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->speaker.anonymous) << f->speaker.name;
  // (the prosecution's office speaks on the record)
  const Quote* g = find(doc, "the two men had laundered");
  ASSERT_NE(g, nullptr);
  EXPECT_FALSE(g->speaker.anonymous) << g->speaker.name;
}

// Session 10, bn: a body's name that opens the sentence after "The" and runs on over "of" is
// the whole recognised name ("The Permanent Conference of Andean Mayors (PCAM) said"); an
// organisation named with the city it sits in speaks itself, not the city ("the Canadian High
// Commission in Port Louis said"); a name given a bracketed short form keeps its "in" tail.
TEST(Quotes, SentenceFirstOrganisationNamesAndTheirSeat) {
  const std::string text =
      "The Permanent Conference of Andean Mayors (PCAM) said the water tariffs would rise.\n\n"
      "\"We are following the case closely,\" the Canadian High Commission in Port Louis said.\n\n"
      "The Observatory for Press Freedom in Bolivia (OPFB), a monitoring group, said at least "
      "nine reporters had been detained.";
  Document doc = quotes_testing::make_document(text);
  Entity o;
  o.id = "e1";
  o.name = "PCAM";
  o.type = EntityType::kOrg;
  const std::string full = "Permanent Conference of Andean Mayors";
  auto at = static_cast<uint32_t>(doc.text.find(full));
  o.mentions.push_back(Mention{at, at + static_cast<uint32_t>(full.size()), 1});
  at = static_cast<uint32_t>(doc.text.find("PCAM"));
  o.mentions.push_back(Mention{at, at + 4, 1});
  doc.entities.push_back(o);
  Entity p;
  p.id = "e2";
  p.name = "Port Louis";
  p.type = EntityType::kGpe;
  at = static_cast<uint32_t>(doc.text.find(p.name));
  p.mentions.push_back(Mention{at, at + static_cast<uint32_t>(p.name.size()), 1});
  doc.entities.push_back(p);
  extract_quotes(&doc, *Gazetteer::Empty());
  const Quote* a = find(doc, "the water tariffs");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->speaker.name == "PCAM" || a->speaker.name == full) << a->speaker.name;
  const Quote* b = find(doc, "We are following");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Canadian High Commission");
  // (a name the text gives a short form in brackets keeps its "in" and its country)
  const Quote* c = find(doc, "at least nine reporters");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker.name, "Observatory for Press Freedom in Bolivia");
}

// Session 10, bn: "REPORT, X said in a televised speech." / "..., X said in a video posted on
// Sunday.": the adverbial after the cue, with its participle, is no report; the clause before
// the comma is.
TEST(Quotes, AnAdverbialWithAParticipleAfterTheCueIsNoReport) {
  Document doc = run(
      "Twelve miners were trapped underground after the shaft collapsed, the governor said in a "
      "televised speech.\n\n"
      "The company will close two of its smelters, Norsk Metall said in a video posted on "
      "Sunday.");
  EXPECT_EQ(find(doc, "in a televised"), nullptr);
  EXPECT_EQ(find(doc, "in a video"), nullptr);
  const Quote* a = find(doc, "Twelve miners were trapped");
  ASSERT_NE(a, nullptr);
  const Quote* b = find(doc, "The company will close");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker.name, "Norsk Metall");
}

// Session 10, bn: "Several said ...", "Many say ...": a quantifier alone before the cue at the
// sentence's start speaks for some of the people just named, an unnamed source.
TEST(Quotes, AQuantifierAloneBeforeTheCueIsAnUnnamedSource) {
  Document doc = run(
      "Forty nurses walked off the ward on Monday. Many said the new shifts were unsafe.\n\n"
      "Several say they will not return until the hospital hires more staff.");
  const Quote* a = find(doc, "the new shifts");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->speaker.anonymous);
  EXPECT_EQ(a->speaker.name, "Many");
  const Quote* b = find(doc, "they will not return");
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->speaker.anonymous);
  EXPECT_EQ(b->speaker.name, "Several");
}

}  // namespace factwire
