// Calendar dates (src/corpus/dates.h) and plain numbers in CSV (format.cc).
#include "corpus/dates.h"

#include <gtest/gtest.h>

#include "factwire/corpus.h"

namespace factwire {
namespace {

TEST(Dates, OnlyRealCalendarDaysAreDays) {
  EXPECT_TRUE(dates::is_day("2026-03-02"));
  EXPECT_TRUE(dates::is_day("2024-02-29"));
  EXPECT_TRUE(dates::is_day("2000-02-29"));
  EXPECT_FALSE(dates::is_day("1900-02-29"));
  EXPECT_FALSE(dates::is_day("2026-02-29"));
  EXPECT_FALSE(dates::is_day("2026-02-30"));
  EXPECT_FALSE(dates::is_day("2026-13-45"));
  EXPECT_FALSE(dates::is_day("2026-04-31"));
  EXPECT_FALSE(dates::is_day("2026-00-10"));
  EXPECT_FALSE(dates::is_day("0000-01-01"));
  EXPECT_FALSE(dates::is_day("20260302"));
  EXPECT_FALSE(dates::is_day("2026"));
  EXPECT_FALSE(dates::is_day(""));
}

TEST(Dates, PublicationDatesMayCarryATime) {
  EXPECT_EQ(dates::publication_day("2021-03-05T12:00Z"), "2021-03-05");
  EXPECT_EQ(dates::publication_day("2021-03-05 12:00"), "2021-03-05");
  EXPECT_EQ(dates::publication_day("2021-03-05"), "2021-03-05");
  EXPECT_EQ(dates::publication_day("2021-02-30T12:00Z"), "");
  EXPECT_EQ(dates::publication_day("2021-03-05xyz"), "");
  EXPECT_EQ(dates::publication_day("2026"), "");
  std::string p = "2026-02-30";
  EXPECT_NE(dates::clean_published(&p).find("2026-02-30"), std::string::npos);
  EXPECT_EQ(p, "");
  p = "2026-03-01T00:00:00+01:00";
  EXPECT_EQ(dates::clean_published(&p), "");
  EXPECT_EQ(p, "2026-03-01");
}

TEST(Dates, QueryBoundsAreRealYearsMonthsOrDays) {
  EXPECT_TRUE(dates::is_date_prefix("2026"));
  EXPECT_TRUE(dates::is_date_prefix("2026-12"));
  EXPECT_TRUE(dates::is_date_prefix("2026-02-28"));
  EXPECT_FALSE(dates::is_date_prefix("2026-13"));
  EXPECT_FALSE(dates::is_date_prefix("2026-00"));
  EXPECT_FALSE(dates::is_date_prefix("2026-02-31"));
  EXPECT_FALSE(dates::is_date_prefix("26"));
  EXPECT_FALSE(dates::is_date_prefix("2026-1"));
}

TEST(TableFormat, CsvNumbersArePlainAndKeepTheirDigits) {
  Table t;
  t.columns = {"period", "max", "sum"};
  t.rows.push_back({std::string("2020-06"), 1368000000.0, 1368000027.0000002});
  t.rows.push_back({std::string("2019-09"), 2500000000.0, 8513349.62});
  t.rows.push_back({std::string("2019-10"), 1.7e9, 0.000125});
  t.rows.push_back({std::string("2019-11"), int64_t{1368000027}, -2.5});
  std::string csv = format_table(t, TableFormat::kCsv);
  EXPECT_EQ(csv.find("e+"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("e-"), std::string::npos) << csv;
  EXPECT_NE(csv.find("1368000000,1368000027"), std::string::npos) << csv;
  EXPECT_NE(csv.find("2500000000,8513349.62"), std::string::npos) << csv;
  EXPECT_NE(csv.find("1700000000,0.000125"), std::string::npos) << csv;
  EXPECT_NE(csv.find("1368000027,-2.5"), std::string::npos) << csv;
  Table noisy;  // the digits a figure's text carries, not its arithmetic's binary noise
  noisy.columns = {"value"};
  noisy.rows.push_back({6160000.499999999});
  noisy.rows.push_back({214748364.55});
  std::string n = format_table(noisy, TableFormat::kCsv);
  EXPECT_NE(n.find("\n6160000.5\r\n"), std::string::npos) << n;
  EXPECT_NE(n.find("\n214748364.55\r\n"), std::string::npos) << n;
  std::string table = format_table(t, TableFormat::kTable);
  EXPECT_EQ(table.find("e+"), std::string::npos) << table;
  EXPECT_NE(table.find("8513349.62"), std::string::npos) << table;
}

TEST(TableFormat, CsvAndTableTextIsAlwaysUtf8) {
  Table t;
  t.columns = {"source", "url"};
  t.rows.push_back({std::string("caf\xE9.example"), std::string("https://a.example/x\0y", 21)});
  for (TableFormat f : {TableFormat::kCsv, TableFormat::kTable}) {
    std::string out = format_table(t, f);
    EXPECT_NE(out.find("caf\xEF\xBF\xBD.example"), std::string::npos) << out;
    EXPECT_EQ(out.find('\0'), std::string::npos);
    EXPECT_EQ(out.find("\xE9."), std::string::npos);
  }
}

}  // namespace
}  // namespace factwire
