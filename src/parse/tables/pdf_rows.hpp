#pragma once

// The pieces every PDF table reader builds rows from: the header's columns stacked over its lines,
// where one column ends and the next begins, the wrapped cells of a column, the rows a merged cell
// covers, the form above a table, and the cells made of a row's words.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "grid.hpp"
#include "pdf_words.hpp"

namespace budgetlint::parse::pdf {

struct HeaderColumn {
  float x0 = 0;
  float x1 = 0;
  std::string label;             ///< its words top to bottom, joined
  std::vector<const Tok*> toks;  ///< the words of the label
};

struct Header {
  std::size_t first = 0;  ///< the lines the header stands on, its labels wrapped over them
  std::size_t last = 0;
  std::vector<HeaderColumn> columns;  ///< left to right
};

/// The words of a region on their lines, page after page.
std::vector<Line> lines_of_pages(std::vector<Tok>& toks);

/// How a table's header prints: a label wraps onto lines that touch (within `wrap_gap_em` of a
/// line), each of its words short (at most `label_chars` characters), as a form line above it is not.
struct HeaderShape {
  std::size_t label_chars = 6;
  float wrap_gap_em = 0.6f;
  /// No line holds the header's labels whole: each is split over touching lines (“序” over “号”).
  bool labels_split = false;
  /// Lines a whole line of labels takes over and under it: 2 for a header of two levels whose
  /// cells also wrap (“其中：” over “财政资金 | 其他资金”).
  std::size_t wrap_lines = 1;
};

/// The header: the first line whose labels `is_header` accepts (given all labels left to right,
/// spaceless), with the label lines wrapped over and under it (a label joins the word it stands
/// over, or is a column of its own where that line has none); where labels may be split, else
/// the first line of labels that does so with the lines touching it.
std::optional<Header> find_header(const std::vector<Line>& lines, const std::function<bool(const std::string&)>& is_header,
                                  const HeaderShape& shape = {});

/// Where one column ends and the next begins, one bound between each two columns.
std::vector<float> column_bounds(const std::vector<HeaderColumn>& cols, const std::vector<const Tok*>& body);

/// The column a word at `x` stands in.
std::size_t column_at(const std::vector<float>& bounds, float x);

/// Words close above one another in one column: one cell (a label wrapped over lines).
struct Block : Band {
  std::vector<const Tok*> toks;
  void add(const Tok* t) {
    cover(*t, toks.empty());
    toks.push_back(t);
  }
};

std::vector<Block> blocks_of(std::vector<const Tok*> toks, float wrap_gap);

/// The gap below which two lines of a column are one wrapped cell. With `least_is_cells` (rows
/// found by their anchors, which then cut cells that run together), the least gap between lines
/// is a cell's own: where most gaps are those of long cells, the usual gap is not the rows'.
float wrap_gap(const std::vector<const Tok*>& toks, float em, bool least_is_cells = false);

/// Rows of the anchor column that are one wrapped cell.
std::vector<Block> join_wrapped(std::vector<Block> rows, const std::vector<const Tok*>& beside, float em);

/// The label of a merged column that covers each row (nullptr where none does).
std::vector<const Block*> labels_of_rows(const std::vector<Block>& rows, const std::vector<Block>& labels, float em);
/// The record of each row where merged cells stand centred over a record's rows (a project's
/// 名称, 总额, 绩效目标 over its indicators): `labels` are the key column's cells, `cells` those of
/// every merged column (no record's cut goes through one); a row above the first label of its
/// page goes on with the record before (none before the first). Nothing where the labels cannot
/// all stand inside runs of whole rows.
std::optional<std::vector<std::optional<std::size_t>>> records_of_rows(const std::vector<Block>& rows,
                                                                       const std::vector<Block>& labels,
                                                                       const std::vector<const Block*>& cells, float em);

/// Lines (their centres, top to bottom) cut into runs, one per anchor in order (a run may be
/// empty when `empty_runs` or when there are fewer lines than anchors), so that the runs stand as
/// near their anchors as can be: each run's middle, or with `tops` its first line (cells set at
/// the top of their rows); a line marked in `apart` never shares a run with the next one. The
/// anchor of each line, and how far the runs stand off in all.
struct Runs {
  std::vector<std::size_t> anchor_of;
  float cost = 0;
};
Runs runs_by_centres(const std::vector<float>& centres, const std::vector<float>& anchors, bool empty_runs,
                     bool tops = false, const std::vector<bool>& apart = {});

/// The row a word beside the rows belongs to: the one it stands in, else the nearest on its page.
std::optional<std::size_t> nearest_row(const std::vector<Block>& rows, const Tok* t);

/// The words of a cell, one piece per line; a cell without words stands at `at`.
GridCell cell_of(std::vector<const Tok*> toks, Span at);

/// A label cell of a form: 项目名称, a figure's name, a goal's heading.
bool is_form_label(std::string_view text);

/// The form above a table's header (lines [0, end)), as rows of cells.
std::vector<std::vector<GridCell>> form_rows(const std::vector<Line>& lines, std::size_t end);

/// A table whose every row prints one word in an anchor column (its score, its 序号), the other
/// cells wrapped over lines and centred beside it, some columns merged over rows.
struct AnchoredForm {
  std::function<bool(const std::string&)> is_header;  ///< the header's labels (see find_header)
  std::function<bool(const std::string&)> anchor;     ///< the anchor column's label, spaceless
  std::function<bool(const std::string&)> merged;     ///< labels of columns merged over rows
  std::function<bool(const std::string&)> ends_body;  ///< the line after the rows, spaceless
  /// The words of the anchor column that stand for a row; unset: its figures (a score, a 序号).
  std::function<bool(std::string_view)> anchor_word;
  /// The merged column that names a record (项目名称), where all merged columns cover the rows
  /// of one record alike; unset: each merged column covers rows of its own (一级 over 二级).
  std::function<bool(const std::string&)> record_key;
  HeaderShape header;
  bool is_anchor_word(const Tok& t) const {
    return anchor_word ? anchor_word(t.text) : t.kind == TokKind::Amount || t.kind == TokKind::Digits;
  }
};

/// The rows of such a table from its region's words: the form above the header (cells in
/// reading order, columns unknown), the header (a cell per column), a row per anchor word with a
/// cell per column, the line that ends the body (a cell per word), and below it rows labelled in
/// the first column with the rest of their words as one cell. Without a header, an anchor
/// column or an anchor word, no rows: a table of another form is better unread than misread.
std::vector<GridRow> anchored_rows(const SourceText& source, const std::vector<const LayoutWord*>& words,
                                   const AnchoredForm& form);

}  // namespace budgetlint::parse::pdf
