// The 部门整体支出绩效自评表 and the 分项绩效项目清单 of a self-evaluation, from grid rows of any
// flavour. Rows whose cells stand in their columns (Word cells, PDF geometry) read by the header;
// OCR cells drift between columns (seed gaoyi-office-2021-selfeval.txt), so there an indicator
// row is read from the right: the last two figures are 分值 and 自评得分, the two
// texts before them 指标内容 and 评价标准, and the names before those 三级, then 二级/一级.
#include <algorithm>

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "cell_rows.hpp"

namespace budgetlint::parse {
namespace {

std::string spaceless(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// 一级指标 of the 部门整体 frameworks: 投入/过程/产出/效果 and 决策/过程/产出/效益/满意度.
bool is_level1_name(std::string_view name) {
  std::string s = spaceless(name);
  if (std::size_t open = s.find('('); open != std::string::npos) s.erase(open);
  if (s.size() > 6 && s.substr(s.size() - 6) == "指标") s.erase(s.size() - 6);
  for (std::string_view w : {"投入", "过程", "产出", "效果", "效益", "满意度", "决策"}) {
    if (s == w) return true;
  }
  return false;
}

struct TableReader {
  explicit TableReader(SelfEvaluation& target) : se(target) {}

  SelfEvaluation& se;
  int group1 = -1;
  int group2 = -1;
  // Header columns of a Word table (cells keep their columns there).
  int col_level1 = -1, col_level2 = -1, col_level3 = -1, col_content = -1, col_criterion = -1;
  int col_max = -1, col_score = -1;
  std::size_t header_cells = 0;
  // Rows that start a new 二级 group right after a page break (their index in se.scores).
  std::vector<std::size_t> break_starts;

  int group(int level, const GridCell& cell) {
    auto [name, max] = split_cell_maximum(cell);
    int& current = level == 1 ? group1 : group2;
    if (current >= 0 && se.groups[static_cast<std::size_t>(current)].name == name) {
      ScoreGroup& g = se.groups[static_cast<std::size_t>(current)];
      if (!g.maximum) g.maximum = max;
      return current;
    }
    ScoreGroup g;
    g.level = level;
    g.name = name;
    g.maximum = max;
    g.parent = level == 2 ? group1 : -1;
    g.span = cell.span;
    se.groups.push_back(std::move(g));
    current = static_cast<int>(se.groups.size()) - 1;
    if (level == 1) group2 = -1;
    return current;
  }

  void read_header(const GridRow& row) {
    header_cells = row.cells.size();
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      std::string t = spaceless(row.cells[i].text());
      int c = static_cast<int>(i);
      if (contains(t, "一级")) col_level1 = c;
      if (contains(t, "二级")) col_level2 = c;
      if (contains(t, "三级")) col_level3 = c;
      if (contains(t, "指标内容")) col_content = c;
      if (contains(t, "评价标准")) col_criterion = c;
      if (t == "分值") col_max = c;
      if (contains(t, "得分")) col_score = c;
    }
  }

  void read_budget(const GridRow& row) {
    const auto& cells = row.cells;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::string t = spaceless(cells[i].text());
      auto next_amount = [&]() -> std::optional<Sourced<Amount>> {
        for (std::size_t k = i + 1; k < cells.size(); ++k) {
          if (cells[k].blank()) continue;
          return cell_amount(cells[k]);
        }
        return std::nullopt;
      };
      if (starts_with(t, "预算数") && !se.table_budget) se.table_budget = next_amount();
      if (starts_with(t, "执行数") && !se.table_spent) se.table_spent = next_amount();
      if (!se.table_rate) se.table_rate = cell_amount(cells[i], true);
    }
  }

  // `levels` gives each name's column (1 or 2) where the flavour keeps columns, 0 where it
  // does not; the last name is the 三级指标.
  void add_score(const GridRow& row, const std::vector<GridCell>& names, const std::vector<int>& levels,
                 const GridCell* content, const GridCell* criterion, Sourced<Amount> max, Sourced<Amount> score) {
    int previous2 = group2;
    // Without columns, a 一级 word opens a 一级 group and anything else a 二级 group.
    for (std::size_t k = 0; k + 1 < names.size(); ++k) {
      if (names[k].blank()) continue;
      int level = k < levels.size() ? levels[k] : 0;
      if (level == 0) level = is_level1_name(split_cell_maximum(names[k]).first) ? 1 : 2;
      group(level, names[k]);
    }
    ScoreRow r;
    r.group1 = group1;
    r.group2 = group2;
    const GridCell& last = names.back();
    r.name = split_cell_maximum(last).first;
    if (content) r.content = content->text();
    if (criterion) r.criterion = criterion->text();
    r.maximum = std::move(max);
    r.score = std::move(score);
    r.span = (last.blank() ? row.cells.front() : last).span;
    if (row.after_break && group2 != previous2 && previous2 >= 0) break_starts.push_back(se.scores.size());
    se.scores.push_back(std::move(r));
  }

  // Rows whose cells stand in their columns (Word cells, PDF geometry) read by the header.
  bool read_positional(const GridRow& row) {
    bool in_columns = std::all_of(row.cells.begin(), row.cells.end(), [](const GridCell& c) { return c.column >= 0; });
    if (!in_columns || row.cells.size() != header_cells || col_level3 < 0 || col_max < 0 || col_score < 0) return false;
    auto at = [&](int c) { return &row.cells[static_cast<std::size_t>(c)]; };
    auto max = cell_amount(*at(col_max));
    auto score = cell_amount(*at(col_score));
    if (!max || !score) return false;
    std::vector<GridCell> names;
    std::vector<int> levels;
    for (auto [c, level] : {std::pair{col_level1, 1}, std::pair{col_level2, 2}}) {
      if (c < 0 || at(c)->blank()) continue;
      names.push_back(*at(c));
      levels.push_back(level);
    }
    names.push_back(*at(col_level3));
    add_score(row, names, levels, col_content >= 0 ? at(col_content) : nullptr,
              col_criterion >= 0 ? at(col_criterion) : nullptr, *max, *score);
    return true;
  }

  void read_row(const GridRow& row) {
    std::vector<GridCell> filled;
    for (const GridCell& c : row.cells) {
      if (!c.blank()) filled.push_back(c);
    }
    if (filled.empty()) return;
    std::string first = spaceless(filled.front().text());
    if (starts_with(first, "合计") || starts_with(first, "总计")) {
      if (filled.size() >= 3) {
        se.total_maximum = cell_amount(filled[filled.size() - 2]);
        se.total_score = cell_amount(filled.back());
      }
      return;
    }
    if (contains(first, "偏差")) {
      for (std::size_t k = 1; k < filled.size(); ++k) se.deviation += filled[k].text();
      return;
    }
    if (read_positional(row)) return;
    if (filled.size() < 3) return;
    auto score = cell_amount(filled.back());
    auto max = cell_amount(filled[filled.size() - 2]);
    if (!score || !max) return;  // a label row such as “二、工作整体完成情况”
    std::vector<GridCell> texts(filled.begin(), filled.end() - 2);
    const GridCell* content = nullptr;
    const GridCell* criterion = nullptr;
    std::size_t name_count = texts.size();
    if (texts.size() >= 3) {
      content = &texts[texts.size() - 2];
      criterion = &texts.back();
      name_count -= 2;
    } else if (texts.size() == 2) {
      criterion = &texts.back();
      name_count = 1;
    }
    std::vector<GridCell> names(texts.begin(), texts.begin() + static_cast<std::ptrdiff_t>(name_count));
    add_score(row, names, {}, content, criterion, *max, *score);
  }

  // A merged 二级 cell that crosses a page break shows its label only on the second page, so
  // the rows just before the break look like the previous group's. Move them when that makes
  // both groups' 分值 add up to their stated maxima exactly, and only then.
  void rebalance_page_breaks() {
    if (break_starts.empty()) return;
    std::vector<std::int64_t> maxima(se.groups.size(), 0);  // Σ 分值 of each 二级 group, in micros
    for (const ScoreRow& r : se.scores) {
      // Each 分值 is within ±10^18 micros (Amount::kMaxMicros); a sum that would overflow is no real table.
      if (r.group2 >= 0 && __builtin_add_overflow(maxima[static_cast<std::size_t>(r.group2)], r.maximum.value.micros,
                                                  &maxima[static_cast<std::size_t>(r.group2)]))
        return;
    }
    for (std::size_t start : break_starts) {
      int a = se.scores[start - 1].group2;
      int b = se.scores[start].group2;
      if (a < 0 || b < 0) continue;  // a new 一级 group without a 二级 one
      const ScoreGroup& ga = se.groups[static_cast<std::size_t>(a)];
      const ScoreGroup& gb = se.groups[static_cast<std::size_t>(b)];
      if (!ga.maximum || !gb.maximum || ga.parent != gb.parent) continue;
      std::int64_t& sum_a = maxima[static_cast<std::size_t>(a)];
      std::int64_t& sum_b = maxima[static_cast<std::size_t>(b)];
      if (sum_a == ga.maximum->value.micros) continue;
      std::int64_t moved = 0;
      for (std::size_t k = start; k-- > 0 && se.scores[k].group2 == a;) {
        moved += se.scores[k].maximum.value.micros;
        if (sum_a - moved == ga.maximum->value.micros && sum_b + moved == gb.maximum->value.micros) {
          for (std::size_t m = k; m < start; ++m) se.scores[m].group2 = b;
          sum_a -= moved;
          sum_b += moved;
          break;
        }
      }
    }
  }
};

}  // namespace

void read_score_table(const std::vector<GridRow>& rows, SelfEvaluation& se) {
  TableReader reader(se);
  bool header = false;
  for (const GridRow& row : rows) {
    if (!header) {
      bool has_max = false;
      bool has_score = false;
      for (const GridCell& c : row.cells) {
        std::string t = spaceless(c.text());
        has_max |= t == "分值";
        has_score |= contains(t, "得分");
      }
      if (has_max && has_score) {
        reader.read_header(row);
        header = true;
      } else {
        reader.read_budget(row);
      }
      continue;
    }
    reader.read_row(row);
  }
  reader.rebalance_page_breaks();
}

void read_project_list(const std::vector<GridRow>& rows, SelfEvaluation& se) {
  int col_seq = 0, col_name = -1, col_budget = -1, col_spent = -1, col_returned = -1, col_score = -1, col_target = -1,
      col_outcome = -1;
  bool header = false;
  for (const GridRow& row : rows) {
    const auto& cells = row.cells;
    if (!header) {
      for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string t = spaceless(cells[i].text());
        int c = static_cast<int>(i);
        if (t == "序号") col_seq = c;
        if (contains(t, "项目名称")) col_name = c;
        if (starts_with(t, "预算数")) col_budget = c;
        if (starts_with(t, "执行数")) col_spent = c;
        if (contains(t, "结余")) col_returned = c;
        if (contains(t, "得分")) col_score = c;
        if (contains(t, "目标") && !contains(t, "完成")) col_target = c;
        if (contains(t, "完成情况")) col_outcome = c;
      }
      header = col_name >= 0 && col_budget >= 0;
      continue;
    }
    std::size_t first = 0;
    while (first < cells.size() && cells[first].blank()) ++first;
    if (first == cells.size()) continue;
    auto seq = Amount::parse(cells[first].text());
    if (!seq || seq->decimals != 0) continue;  // the header's second line: “(调整后)”
    // An OCR row may drop or add a leading empty cell; columns count from the 序号.
    auto at = [&](int c) -> const GridCell* {
      if (c < 0 || first + static_cast<std::size_t>(c) < static_cast<std::size_t>(col_seq)) return nullptr;
      std::size_t i = first + static_cast<std::size_t>(c) - static_cast<std::size_t>(col_seq);
      return i < cells.size() ? &cells[i] : nullptr;
    };
    auto amount = [&](int c) -> std::optional<Sourced<Amount>> {
      const GridCell* cell = at(c);
      return cell ? cell_amount(*cell) : std::nullopt;
    };
    auto text = [&](int c) { return at(c) ? at(c)->text() : std::string(); };
    EvaluatedProject p;
    const GridCell& s = cells[first];
    p.seq = Sourced<int>{static_cast<int>(seq->micros / Amount::kScale), s.span, s.text()};
    p.name = text(col_name);
    p.budget = amount(col_budget);
    p.spent = amount(col_spent);
    p.returned = amount(col_returned);
    p.score = amount(col_score);
    p.target = text(col_target);
    p.outcome = text(col_outcome);
    const GridCell* name = at(col_name);
    p.span = name && !name->blank() ? name->span : p.seq->span;
    se.projects.push_back(std::move(p));
  }
  // A spreadsheet's General format drops trailing zeros: a column printing 4.484 beside 5 and 0
  // was not rounded to whole 万元, so every cell of it takes the column's finest precision.
  for (auto member : {&EvaluatedProject::budget, &EvaluatedProject::spent, &EvaluatedProject::returned}) {
    int finest = 0;
    for (const EvaluatedProject& p : se.projects) {
      if (p.*member) finest = std::max(finest, (p.*member)->value.decimals);
    }
    for (EvaluatedProject& p : se.projects) {
      if (p.*member) (p.*member)->value.decimals = finest;
    }
  }
}

}  // namespace budgetlint::parse
