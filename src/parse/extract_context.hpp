#pragma once

#include <vector>

#include "budgetlint/model.hpp"
#include "budgetlint/parse.hpp"
#include "mentions.hpp"
#include "paragraphs.hpp"

namespace budgetlint::parse {

/// What every extractor needs: the paragraphs, their figures and the sections they fall in.
class ExtractContext {
 public:
  ExtractContext(const SourceText& source, const std::vector<Section>& sections, bool lines_are_paragraphs = false);

  const SourceText& source() const { return source_; }
  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<Mention>& mentions(std::size_t paragraph) const { return mentions_[paragraph]; }
  /// The figures after mention `n` of paragraph `paragraph` to the end of its sentence (“。”),
  /// on into the next paragraphs while the sentence goes on there: a PDF line ends a paragraph
  /// where “其中：基本支出” wraps onto “6,015.67万元，项目支出5,364.9万元。”. Never past a heading
  /// or a table cell.
  std::vector<const Mention*> rest_of_sentence(std::size_t paragraph, std::size_t n) const;
  /// Numbers with a money unit but more digits than any amount (P205).
  const std::vector<Sourced<std::string>>& absurd_amounts() const { return absurd_amounts_; }

  /// Indices of the narrative paragraphs inside sections of `topic`; when the document has
  /// no such section, the paragraphs outside every known section (so a missing heading
  /// still leaves its figures checkable).
  std::vector<std::size_t> paragraphs_about(SectionTopic topic) const;
  /// The topic of the top-level section holding 0-based `line`.
  SectionTopic topic_of_line(std::uint32_t line) const;
  SectionTopic topic_of_paragraph(std::size_t paragraph) const { return paragraph_topics_[paragraph]; }

 private:
  const SourceText& source_;
  const std::vector<Section>& sections_;
  std::vector<Paragraph> paragraphs_;
  std::vector<std::vector<Mention>> mentions_;
  std::vector<Sourced<std::string>> absurd_amounts_;
  std::vector<SectionTopic> line_topics_;       // of each line, from the top-level sections
  std::vector<SectionTopic> paragraph_topics_;  // of each paragraph's first line
};

Figure to_figure(const Mention& m);

/// The year and the department, from the title (or a labelled line).
void extract_title(const SourceText& source, Disclosure& d);
void extract_summary(const ExtractContext& ctx, int work_year, Disclosure& d);
void extract_three_public(const ExtractContext& ctx, int work_year, Disclosure& d);
void extract_assets(const ExtractContext& ctx, Disclosure& d);
void extract_years(const ExtractContext& ctx, Disclosure& d);
/// `layout`: where a PDF's words stand, so its tables read by geometry.
void extract_self_evaluation(const ExtractContext& ctx, const Layout& layout, Disclosure& d);

/// The year a change is measured against, from its sentence up to the figure: “较2020年”,
/// “比上年”, “与 2023年相比”; nullopt when none is named.
std::optional<Sourced<int>> prior_year_of(const Paragraph& p, const Mention& change, int work_year);

/// Context precision (DESIGN.md): the figures of a table, a project's 预算数 and its sources,
/// or a paragraph's figures of one unit are exact to the finest decimals any of them prints.
void settle_table_precision(StatTable& t);
void settle_project_precision(Project& p);
void settle_paragraph_precision(const Paragraph& p, std::vector<Mention>& mentions);

/// Fills in the subject-independent parts of a year-over-year claim from a figure.
Change make_change(const Paragraph& p, const Mention& m, ChangeSubject subject, std::size_t next_label_begin);

}  // namespace budgetlint::parse
