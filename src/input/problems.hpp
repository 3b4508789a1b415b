#pragma once

// The problems a reader reports instead of text, in one place so that every reader words them
// alike.
#include <string>

#include "budgetlint/input.hpp"

namespace budgetlint::input {

inline Document problem_document(FileType type, ReadProblem problem) {
  Document d;
  d.type = type;
  d.problem = std::move(problem);
  return d;
}

/// P108: the file is damaged (or beyond a limit), in both languages.
inline ReadProblem damaged(std::string reason_zh, std::string reason_en) {
  return {"P108", {{"reason", std::move(reason_zh)}, {"reason_en", std::move(reason_en)}}};
}

inline ReadProblem too_large(std::size_t bytes, const Limits& limits) {
  std::string mib = std::to_string(bytes >> 20);
  std::string limit = std::to_string(limits.max_bytes >> 20);
  return damaged("文件 " + mib + " MiB，超过 " + limit + " MiB 的上限",
                 "the file is " + mib + " MiB, over the limit of " + limit + " MiB");
}

}  // namespace budgetlint::input
