#include <algorithm>
#include <array>
#include <string>

#include "budgetlint/parse.hpp"
#include "mentions.hpp"
#include "paragraphs.hpp"
#include "performance_text.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::uint32_t kMaxHeadingCodePoints = 40;

struct TopicWords {
  SectionTopic topic;
  std::initializer_list<std::string_view> words;
};

// Checked in order: the specific topics first, so that “部门项目预算安排情况及绩效目标” is
// about performance, not the overview, and “绩效目标实现情况” is a self-evaluation result.
const std::array<TopicWords, 15> kTopics = {{
    {SectionTopic::ThreePublic, {"三公"}},
    {SectionTopic::OperatingCosts, {"机关运行经费", "机关运行费"}},
    {SectionTopic::Procurement, {"政府采购"}},
    {SectionTopic::Glossary, {"名词解释"}},
    {SectionTopic::OtherNotes, {"其他需要说明", "其他需说明", "其他说明"}},
    {SectionTopic::Assets, {"国有资产", "固定资产", "资产信息", "资产占用"}},
    {SectionTopic::EvalProblems, {"存在的问题", "改进措施"}},
    {SectionTopic::EvalConclusion, {"评价结论", "评价等级"}},
    {SectionTopic::EvalProcess, {"自评工作", "自评的组织"}},
    {SectionTopic::EvalResults, {"实现情况", "指标分析"}},
    {SectionTopic::Duties, {"职责", "职能", "机构设置"}},
    {SectionTopic::EvalBasics, {"基本情况", "部门概况"}},
    {SectionTopic::Performance, {"绩效"}},
    {SectionTopic::Overview, {"总体情况", "收支预算", "预算安排", "收支情况", "决算情况", "收入预算情况", "支出预算情况",
                               "预算编制说明"}},
    {SectionTopic::None, {}},
}};

SectionTopic topic_of(std::string_view title, DocumentKind kind) {
  for (const TopicWords& t : kTopics) {
    if (t.topic == SectionTopic::None) break;
    if (!contains_any(title, t.words)) continue;
    // A budget's “基本情况” is its duties section; only a self-evaluation has EvalBasics.
    if (t.topic == SectionTopic::EvalBasics && kind != DocumentKind::SelfEvaluation) return SectionTopic::Duties;
    return t.topic;
  }
  return SectionTopic::None;
}

// Word leaves “[bookmark: _Toc…]” before headings; it is not part of the title.
std::string_view strip_bookmarks(std::string_view line) {
  while (line.substr(0, 10) == "[bookmark:") {
    std::size_t close = line.find(']');
    if (close == std::string_view::npos) break;
    line = trim(line.substr(close + 1));
  }
  return line;
}

std::string title_without_residue(std::string_view title) { return std::string(trim(performance::without_residue(title))); }

// “二十一” → 21; 0 when not a Chinese numeral.
int chinese_ordinal(std::string_view s) {
  static constexpr std::array<std::string_view, 10> kDigits = {"〇", "一", "二", "三", "四",
                                                               "五", "六", "七", "八", "九"};
  int total = 0;
  int digit = 0;
  while (!s.empty()) {
    if (s.substr(0, 3) == "十") {
      total += (digit == 0 ? 1 : digit) * 10;
      digit = 0;
      s.remove_prefix(3);
      continue;
    }
    bool found = false;
    for (std::size_t d = 0; d < kDigits.size(); ++d) {
      if (s.substr(0, 3) == kDigits[d]) {
        digit = static_cast<int>(d);
        s.remove_prefix(3);
        found = true;
        break;
      }
    }
    if (!found) return 0;
  }
  return total + digit;
}

bool ends_with_table(std::string_view title) { return title.size() >= 3 && title.substr(title.size() - 3) == "表"; }

// “第四部分 名词解释” or “第四部分” over its title on the next line: a level-1 heading numbered
// “四”. Returns the bytes of “第四部分”, 0 when the line does not start so.
std::size_t part_prefix(std::string_view line) {
  if (line.substr(0, 3) != "第") return 0;
  std::size_t end = line.find("部分");
  if (end == std::string_view::npos || end < 6 || chinese_ordinal(line.substr(3, end - 3)) == 0) return 0;
  return end + 6;
}

// A part titled without a number (Shanghai numbers its parts in the 目录 only): a short line
// that is nothing but a part's title (“…主要职能”, “名词解释”, “…编制说明”), no figure, no cell
// gaps, no punctuation.
bool is_unnumbered_title(std::string_view line, DocumentKind kind) {
  if (kind == DocumentKind::SelfEvaluation || line.empty() || count_code_points(line) > 30) return false;
  bool part_title = false;
  for (std::string_view end : {"主要职能", "主要职责", "机构设置", "名词解释", "编制说明", "情况说明"}) {
    part_title |= line.size() >= end.size() && line.substr(line.size() - end.size()) == end;
  }
  if (!part_title) return false;
  for (char c : line) {
    if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\t') return false;
  }
  if (contains_any(line, {"。", "、", "万元"}) || (line.back() >= '0' && line.back() <= '9')) return false;
  return topic_of(line, kind) != SectionTopic::None;
}

}  // namespace

std::vector<Section> segment(const SourceText& source, DocumentKind kind, std::size_t first_line) {
  std::vector<Section> sections;
  for (std::size_t i = first_line; i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    // A Word table cell or an OCR table row (“一、预算执行情况\t\t其中…”), not a heading; a TAB
    // that only ends the line (“1、优化政务服务\t”) is Word's layout.
    if (trim(raw).find('\t') != std::string_view::npos || (!raw.empty() && raw[0] == '\t')) continue;
    std::string_view line = strip_bookmarks(trim(raw));
    HeadingNumber number = parse_heading_number(line);
    std::string part_title;
    if (std::size_t part = number.level == 0 ? part_prefix(line) : 0; part > 0) {
      number = {std::string(line.substr(3, part - 9)), 1, part};
      if (trim(line.substr(part)).empty()) {
        for (std::size_t n = i + 1; n < source.line_count() && n <= i + 2 && part_title.empty(); ++n)
          part_title = std::string(trim(source.line(n)));
      }
    }
    if (number.level == 0) continue;
    // Word's field codes (“{ TC … \\f C \\l 1 }”) and bookmarks are no part of the title.
    std::string clean = part_title.empty() ? title_without_residue(line.substr(number.length)) : part_title;
    // “1.机关运行经费。” is a title with a full stop, not a sentence.
    if (clean.size() > 3 && clean.substr(clean.size() - 3) == "。" && clean.find("。") == clean.size() - 3)
      clean.resize(clean.size() - 3);
    std::string_view rest = clean;
    // A long line or a sentence is a numbered paragraph (“（一）协助县政府…。”), not a heading;
    // “1、收入说明：2020年收入…” keeps only its title.
    std::size_t colon = rest.find(':');
    if (colon != std::string_view::npos && count_code_points(rest) > kMaxHeadingCodePoints)
      rest = rest.substr(0, colon);
    if (rest.empty() || count_code_points(rest) > kMaxHeadingCodePoints || contains(rest, "。")) continue;
    Section s;
    s.number = number.number;
    s.level = number.level;
    s.title = title_without_residue(rest);
    s.topic = ends_with_table(s.title) ? SectionTopic::None : topic_of(s.title, kind);
    // A “5、“三公”经费：” is a glossary entry; a “1.机关运行经费” under “（十）其他重要事项” names a part.
    s.named = s.level <= 2 || (!clean.empty() && clean.back() != ':') ? s.topic : SectionTopic::None;
    s.first_line = static_cast<std::uint32_t>(i + 1);
    auto begin = static_cast<std::uint32_t>(source.line_start(i) + (line.data() - raw.data()));
    s.heading = {begin, static_cast<std::uint32_t>(begin + line.size())};
    sections.push_back(std::move(s));
  }
  // Word numbering sometimes prints a top-level heading as “1、 部门职责…” or “5、 绩效预算信息”:
  // promote it when it continues the count of the 一、 headings around it (“四、” “5、” “六、”),
  // which a “8、机关运行费” of the glossary (between “八、” and “九、”) does not.
  int previous = 0;
  for (std::size_t k = 0; k < sections.size(); ++k) {
    Section& s = sections[k];
    if (s.level == 1) previous = chinese_ordinal(s.number);
    if (s.level != 3 || s.topic == SectionTopic::None || std::stoi(s.number) != previous + 1) continue;
    for (std::size_t m = k + 1; m < sections.size(); ++m) {
      if (sections[m].level != 1) continue;
      if (chinese_ordinal(sections[m].number) == previous + 2) {
        s.level = 1;
        previous += 1;
      }
      break;
    }
  }
  // A 3rd-level entry of the glossary names no part.
  bool in_glossary = false;
  for (Section& s : sections) {
    if (s.level == 1) in_glossary = s.topic == SectionTopic::Glossary;
    if (s.level > 2 && in_glossary) s.named = SectionTopic::None;
  }
  for (Section& s : sections) {
    if (s.level != 1) s.topic = SectionTopic::None;
  }
  // Parts titled without a number, for topics no numbered part covers.
  {
    std::vector<SectionTopic> covered;
    for (const Section& s : sections) {
      if (s.level == 1) covered.push_back(s.topic);
    }
    std::size_t numbered = sections.size();
    for (std::size_t i = first_line; i < source.line_count(); ++i) {
      std::string_view raw = source.line(i);
      std::string_view line = trim(raw);
      if (!is_unnumbered_title(line, kind)) continue;
      SectionTopic topic = topic_of(line, kind);
      if (std::find(covered.begin(), covered.end(), topic) != covered.end()) continue;
      bool is_heading = false;
      for (std::size_t k = 0; k < numbered; ++k) is_heading |= sections[k].first_line == i + 1;
      if (is_heading) continue;
      covered.push_back(topic);
      Section s;
      s.level = 1;
      s.title = std::string(line);
      s.topic = s.named = topic;
      s.first_line = static_cast<std::uint32_t>(i + 1);
      auto begin = static_cast<std::uint32_t>(source.line_start(i) + (line.data() - raw.data()));
      s.heading = {begin, static_cast<std::uint32_t>(begin + line.size())};
      sections.push_back(std::move(s));
    }
    std::stable_sort(sections.begin(), sections.end(),
                     [](const Section& a, const Section& b) { return a.first_line < b.first_line; });
  }
  // Each section runs to the line before the next heading of the same or a higher level.
  auto last = static_cast<std::uint32_t>(source.line_count());
  for (std::size_t k = 0; k < sections.size(); ++k) {
    sections[k].last_line = last;
    for (std::size_t m = k + 1; m < sections.size(); ++m) {
      if (sections[m].level <= sections[k].level) {
        sections[k].last_line = sections[m].first_line - 1;
        break;
      }
    }
  }
  return sections;
}

}  // namespace budgetlint::parse
