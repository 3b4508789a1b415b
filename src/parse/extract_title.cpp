// The document's year and department, from its title as the provinces print it:
//   “平乡县人民政府办公室2024年部门预算…”          the name before the year
//   “2026年度苏州市水务局单位预算公开”              the name between the year and the title word
//   “2026 年度福州市民政局(本级)” over “单位预算”   the title word on the next line
//   “上海市2026年市级单位预算” over “预算单位：…”   a place, a level, and the unit named below
//   “…委员会2026部门预算情况的说明”                 a year without 年
// and, where the title names no one, from a labelled line (编制部门：, 预算单位：, …) or another
// title line of the text (“附件：北京市气象局 2026 年度部门预算报表”).
#include <array>
#include <string>
#include <vector>

#include "extract_context.hpp"

namespace budgetlint::parse {
namespace {

// The title is within the first lines of a Word or OCR file; a pdftotext file may open with
// its tables, so the whole text is the fallback.
constexpr std::size_t kTitleLines = 15;
constexpr int kFirstYear = 1949;
constexpr int kLastYear = 2100;
constexpr std::size_t kMaxNameBytes = 40 * 3;

constexpr std::array<std::string_view, 14> kTitleWords = {
    "部门预算", "单位预算", "部门决算", "单位决算", "整体支出", "绩效自评", "自评报告",
    "预算信息", "决算信息", "预算公开", "决算公开", "部门整体", "预算情况", "决算情况"};
// The title words a department's name may stand before.
constexpr std::array<std::string_view, 4> kNamedTitles = {"部门预算", "单位预算", "部门决算", "单位决算"};
// A level between the year and the title word: “2026年市级单位预算”.
constexpr std::array<std::string_view, 7> kLevels = {"市本级", "市级", "区级", "县级", "省级", "本级", "市直"};
// Lines that name the department or unit.
constexpr std::array<std::string_view, 7> kNameLabels = {"预算单位:", "编制部门:", "填报单位:", "编制单位:",
                                                         "部门(单位)名称", "单位名称:", "部门名称:"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

template <std::size_t N>
bool starts_with_any(std::string_view s, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (starts_with(s, w)) return true;
  }
  return false;
}

// Words set apart by a gap are cells of a table, not one name or title.
bool has_cell_gap(std::string_view s) { return s.find("  ") != std::string_view::npos; }

bool looks_like_name(std::string_view s) {
  std::uint32_t n = count_code_points(s);
  return n >= 2 && n <= 40 && !contains_any(s, {",", "。", ":", "《", "按照", "根据"}) && !has_cell_gap(s) &&
         s.substr(0, 3) != "我" && s.substr(0, 3) != "本";
}

constexpr std::uint32_t kMaxTitleCodePoints = 60;

bool could_be_title(std::string_view line) {
  std::string_view t = trim(line);
  return !has_cell_gap(t) && count_code_points(t) <= kMaxTitleCodePoints;
}

// “上海市”, “苏州市”: a place, not a department.
bool is_place(std::string_view s) {
  if (count_code_points(s) > 5) return false;
  for (std::string_view end : {"省", "市", "县", "区", "州"}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

bool is_department(std::string_view s) { return looks_like_name(s) && !is_place(s); }

// Past the title lines a title must end as one does (“…部门预算信息公开”, “…情况说明”), not as
// an indicator cell that names a year's budget (“2025年部门预算项目绩效自评完成”).
bool ends_like_title(std::string_view line) {
  std::string_view t = trim(line);
  for (std::string_view end : {"预算", "决算", "公开", "说明", "报告", "情况", "表"}) {
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return true;
  }
  return false;
}

std::string_view strip_part_prefix(std::string_view s) {
  if (starts_with(s, "第") && contains(s.substr(0, 15), "部分")) s = trim(s.substr(s.find("部分") + 6));
  if (std::size_t colon = s.rfind(':'); colon != std::string_view::npos) s = trim(s.substr(colon + 1));  // “附件：…”
  if (std::size_t at = s.rfind("现将"); at != std::string_view::npos) s = trim(s.substr(at + 6));
  return s;
}

struct YearTitle {
  int year = 0;
  std::size_t line = 0;        ///< of a bracketed year
  std::size_t year_begin = 0;  ///< byte offsets of the year within the title
  std::size_t year_end = 0;
  std::string_view name_after;  ///< a name between the year and the title word
};

// A year followed by a title word, on `line` (the title word may open `next`).
std::optional<YearTitle> find_year_title(std::string_view line, std::string_view next) {
  for (std::size_t i = 0; i + 4 <= line.size(); ++i) {
    if (!is_digit(line[i]) || (i > 0 && is_digit(line[i - 1]))) continue;
    std::size_t j = i;
    while (j < line.size() && is_digit(line[j])) ++j;
    if (j - i != 4) continue;
    int year = std::stoi(std::string(line.substr(i, 4)));
    if (year < kFirstYear || year > kLastYear) continue;  // “3000年部门预算” is no year
    std::size_t k = j;
    while (k < line.size() && line[k] == ' ') ++k;
    bool nian = starts_with(line.substr(k), "年");
    if (nian) {
      k += 3;
      if (starts_with(line.substr(k), "度")) k += 3;
      while (k < line.size() && line[k] == ' ') ++k;
    }
    YearTitle t{year, 0, i, j, {}};
    std::string_view rest = line.substr(k);
    std::string_view after_level = rest;
    for (std::string_view level : kLevels) {
      if (starts_with(after_level, level)) {
        after_level.remove_prefix(level.size());
        break;
      }
    }
    if (starts_with_any(after_level, kTitleWords)) return t;
    if (!nian) continue;  // “2026部门预算” only with the title word right after the digits
    for (std::string_view w : kNamedTitles) {
      std::size_t at = rest.find(w);
      if (at == std::string_view::npos || at > kMaxNameBytes) continue;
      std::string_view name = trim(rest.substr(0, at));
      if (!looks_like_name(name)) continue;
      t.name_after = name;
      return t;
    }
    std::string_view name = trim(rest);
    if (!name.empty() && name.size() <= kMaxNameBytes && looks_like_name(name) && starts_with_any(trim(next), kNamedTitles)) {
      t.name_after = name;
      return t;
    }
  }
  return std::nullopt;
}

std::string_view next_nonblank(const SourceText& source, std::size_t i) {
  for (std::size_t k = i + 1; k < source.line_count(); ++k) {
    if (!trim(source.line(k)).empty()) return source.line(k);
  }
  return {};
}

// A title as one text: its line, and in the title lines the short lines a narrow title box
// wrapped it onto (“2026年烟台市人民政府办公室部” / “门预算”), each piece's source offset kept.
struct TitleText {
  struct Piece {
    std::size_t at = 0;        ///< where the piece begins in `text`
    std::uint32_t source = 0;  ///< and in the document
  };
  std::string text;
  std::vector<Piece> pieces;
  std::size_t line = 0;
  std::size_t last_line = 0;
  std::uint32_t source_of(std::size_t at) const {
    const Piece* p = &pieces.front();
    for (const Piece& q : pieces) {
      if (q.at <= at) p = &q;
    }
    return static_cast<std::uint32_t>(p->source + (at - p->at));
  }
  Span span_of(std::string_view part) const {
    auto at = static_cast<std::size_t>(part.data() - text.data());
    return {source_of(at), part.empty() ? source_of(at) : source_of(at + part.size() - 1) + 1};
  }
};

bool wraps_title(std::string_view l) {
  return !l.empty() && count_code_points(l) <= 30 && !contains_any(l, {"。", ",", ":", "目录"}) &&
         parse_heading_number(l).level == 0;
}

bool has_title_word(std::string_view s) {
  for (std::string_view w : kTitleWords) {
    if (contains(s, w)) return true;
  }
  return false;
}

TitleText title_text(const SourceText& source, std::size_t i, bool join) {
  TitleText t;
  t.line = t.last_line = i;
  auto add = [&](std::size_t k) {
    std::string_view raw = source.line(k);
    std::string_view l = trim(raw);
    t.pieces.push_back({t.text.size(), static_cast<std::uint32_t>(source.line_start(k) + (l.data() - raw.data()))});
    t.text += l;
    t.last_line = k;
  };
  add(i);
  if (!join || !wraps_title(trim(source.line(i)))) return t;
  for (std::size_t k = i + 1; k < source.line_count() && k <= i + 2 && !has_title_word(t.text); ++k) {
    if (!wraps_title(trim(source.line(k)))) break;
    add(k);
  }
  return t;
}

class TitleReader {
 public:
  TitleReader(const SourceText& source, Disclosure& d) : source_(source), d_(d) {}

  void read() {
    std::optional<YearTitle> title;
    TitleText text;
    for (int pass = 0; pass < 2 && !title; ++pass) {
      std::size_t nonblank = 0;
      for (std::size_t i = 0; i < source_.line_count() && !title; ++i) {
        std::string_view line = source_.line(i);
        if (trim(line).empty()) continue;
        if (pass == 0 && ++nonblank > kTitleLines) break;
        // The title lines may open with a sentence (“现将…2021年部门预算公开如下”); past them only
        // a line set as a title counts.
        if (has_cell_gap(trim(line)) || (pass == 1 && !(could_be_title(line) && ends_like_title(line)))) continue;
        text = title_text(source_, i, pass == 0);
        title = find_year_title(text.text, next_nonblank(source_, text.last_line));
      }
    }
    if (!title) {
      if (auto b = bracketed_year()) {
        title = b;
        text = title_text(source_, b->line, false);
      }
    }
    if (title) {
      std::string_view year = std::string_view(text.text).substr(title->year_begin, title->year_end - title->year_begin);
      d_.year = Sourced<int>{title->year, text.span_of(year), std::string(year)};
      if (name_of_title(text, *title, true)) return;
    }
    if (labelled_name()) return;
    // Another title line of the text names the department (a report's 附件 line, say).
    for (std::size_t i = 0; i < source_.line_count(); ++i) {
      if ((title && i == text.line) || !could_be_title(source_.line(i))) continue;
      TitleText other = title_text(source_, i, false);
      auto t = find_year_title(other.text, next_nonblank(source_, i));
      if (t && name_of_title(other, *t, false)) return;
    }
  }

 private:
  bool set_department(Span at, std::string_view name) {
    if (!is_department(name)) return false;
    d_.department = Sourced<std::string>{std::string(name), at, std::string(name)};
    return true;
  }

  bool set_department(std::size_t line_index, std::string_view name) {
    std::string_view full = source_.line(line_index);
    auto begin = static_cast<std::uint32_t>(source_.line_start(line_index) + (name.data() - full.data()));
    return set_department(Span{begin, static_cast<std::uint32_t>(begin + name.size())}, name);
  }

  // “部门整体绩效自评表（2024年度）”: a title line with its year in brackets after it.
  std::optional<YearTitle> bracketed_year() const {
    std::size_t nonblank = 0;
    std::string_view previous;
    for (std::size_t i = 0; i < source_.line_count() && nonblank < kTitleLines; ++i) {
      std::string_view line = trim(source_.line(i));  // offsets as title_text keeps them
      if (line.empty()) continue;
      ++nonblank;
      bool titled = contains_any(line, {"自评表", "绩效目标表", "评价报告"}) ||
                    (contains_any(previous, {"自评表", "绩效目标表", "评价报告"}) && starts_with(trim(line), "("));
      previous = line;
      if (!titled) continue;
      for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
        std::size_t y = open + 1;
        if (y + 4 > line.size() || !is_digit(line[y]) || (y + 4 < line.size() && is_digit(line[y + 4]))) continue;
        if (!starts_with(trim(line.substr(y + 4)), "年")) continue;
        int year = std::stoi(std::string(line.substr(y, 4)));
        if (year < kFirstYear || year > kLastYear) continue;
        return YearTitle{year, i, y, y + 4, {}};
      }
    }
    return std::nullopt;
  }

  // `main`: the document's own title, whose department may stand alone on the line above.
  bool name_of_title(const TitleText& text, const YearTitle& t, bool main) {
    if (!t.name_after.empty() && set_department(text.span_of(t.name_after), t.name_after)) return true;
    std::string_view before = strip_part_prefix(trim(std::string_view(text.text).substr(0, t.year_begin)));
    // “北京市信访办公室部门2026年度部门预算”: the word 部门 after the name is not part of it.
    if (before.size() > 4 * 3 && before.substr(before.size() - 6) == "部门") before.remove_suffix(6);
    if (set_department(text.span_of(before), before)) return true;
    // “平乡县人民政府办公室” on its own line above “2021年部门预算信息公开情况说明”.
    if (!before.empty() || !main) return false;
    for (std::size_t i = text.line; i-- > 0;) {
      std::string_view above = trim(source_.line(i));
      if (!above.empty()) return parse_heading_number(above).level == 0 && set_department(i, above);
    }
    return false;
  }

  // “编制部门：…”, “预算单位：…”, a form's “部门（单位）名称 …” cell.
  bool labelled_name() {
    for (std::size_t i = 0; i < source_.line_count(); ++i) {
      std::string_view l = trim(source_.line(i));
      for (std::string_view key : kNameLabels) {
        std::size_t at = l.find(key);
        if (at == std::string_view::npos) continue;
        std::string_view name = trim(l.substr(at + key.size()));
        if (std::size_t gap = name.find("  "); gap != std::string_view::npos) name = name.substr(0, gap);  // the next cell
        if (set_department(i, trim(name))) return true;
      }
    }
    return false;
  }

  const SourceText& source_;
  Disclosure& d_;
};

}  // namespace

void extract_title(const SourceText& source, Disclosure& d) { TitleReader(source, d).read(); }

}  // namespace budgetlint::parse
