#include "quotes/test_doc.h"

#include <cctype>

namespace factwire::quotes_testing {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void add_tokens(Document* doc, uint32_t s, uint32_t e, uint32_t sentence) {
  const std::string& t = doc->text;
  uint32_t i = s;
  while (i < e) {
    if (is_space(t[i])) {
      ++i;
      continue;
    }
    uint32_t b = i;
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (std::isalnum(c) || c >= 0x80) {
      while (i < e && !is_space(t[i]) &&
             (std::isalnum(static_cast<unsigned char>(t[i])) ||
              static_cast<unsigned char>(t[i]) >= 0x80 || t[i] == '-' || t[i] == '\''))
        ++i;
      // a multi-byte punctuation mark such as a curly quote is its own token
      if (i == b) ++i;
    } else {
      ++i;
    }
    Token tok;
    tok.start = b;
    tok.end = i;
    tok.sentence = sentence;
    tok.space_after = i < t.size() && is_space(t[i]);
    doc->tokens.push_back(tok);
  }
}

}  // namespace

Document make_document(std::string_view input) {
  Document doc;
  doc.id = "test";
  std::string text;
  std::vector<std::pair<std::string, ParagraphKind>> paras;
  size_t i = 0;
  while (i <= input.size()) {
    size_t br = input.find("\n\n", i);
    std::string_view p = input.substr(i, br == std::string_view::npos ? std::string_view::npos
                                                                       : br - i);
    while (!p.empty() && is_space(p.front())) p.remove_prefix(1);
    while (!p.empty() && is_space(p.back())) p.remove_suffix(1);
    if (!p.empty()) {
      ParagraphKind kind = ParagraphKind::kBody;
      if (p.substr(0, 6) == "PULL: ") {
        kind = ParagraphKind::kPullQuote;
        p.remove_prefix(6);
      }
      paras.emplace_back(std::string(p), kind);
    }
    if (br == std::string_view::npos) break;
    i = br + 2;
  }
  for (auto& [p, kind] : paras) {
    if (!doc.text.empty()) doc.text += "\n\n";
    Paragraph para;
    para.kind = kind;
    para.start = static_cast<uint32_t>(doc.text.size());
    doc.text += p;
    para.end = static_cast<uint32_t>(doc.text.size());
    doc.paragraphs.push_back(para);
  }
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    uint32_t s = para.start;
    for (uint32_t k = para.start; k < para.end; ++k) {
      char c = doc.text[k];
      if ((c == '.' || c == '!' || c == '?') && k + 2 < para.end && doc.text[k + 1] == ' ' &&
          std::isupper(static_cast<unsigned char>(doc.text[k + 2]))) {
        Sentence sent{s, k + 1, p, 0, 0};
        sent.token_begin = static_cast<uint32_t>(doc.tokens.size());
        add_tokens(&doc, s, k + 1, static_cast<uint32_t>(doc.sentences.size()));
        sent.token_end = static_cast<uint32_t>(doc.tokens.size());
        doc.sentences.push_back(sent);
        s = k + 2;
      }
    }
    Sentence sent{s, para.end, p, 0, 0};
    sent.token_begin = static_cast<uint32_t>(doc.tokens.size());
    add_tokens(&doc, s, para.end, static_cast<uint32_t>(doc.sentences.size()));
    sent.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sent);
  }
  return doc;
}

}  // namespace factwire::quotes_testing
