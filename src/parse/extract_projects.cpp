// Every project 绩效目标表 of a document: its title, then its lines up to the next title or
// the next top-level heading, read in the flavour they are printed in.
#include "performance_text.hpp"
#include "projects.hpp"

namespace budgetlint::parse {

using namespace performance;

std::vector<Project> read_projects(const SourceText& source) {
  std::vector<Project> projects;
  std::vector<std::pair<std::size_t, Title>> titles;
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    if (auto t = table_title(source, i)) titles.emplace_back(i, *t);
  }
  for (std::size_t n = 0; n < titles.size(); ++n) {
    std::size_t first = titles[n].first + 1;
    std::size_t last = n + 1 < titles.size() ? titles[n + 1].first : source.line_count();
    last = std::min(last, first + kMaxTableLines);
    std::size_t tabbed = 0;
    for (std::size_t i = first; i < last; ++i) {
      if (ends_tables(source.line(i))) {
        last = i;
        break;
      }
      tabbed += !source.line(i).empty() && source.line(i)[0] == '\t';
    }
    Project p;
    p.seq = titles[n].second.seq;
    p.name = titles[n].second.name;
    p.title = titles[n].second.span;
    if (tabbed > 3) {
      read_word_project(source, first, last, p);
    } else {
      read_pdf_project(source, first, last, p);
    }
    projects.push_back(std::move(p));
  }
  return projects;
}

}  // namespace budgetlint::parse
