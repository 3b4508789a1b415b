#pragma once

#include <string>

#include "budgetlint/source.hpp"

namespace budgetlint {

/// A value with where it came from: the span of its figure and the text as printed.
template <class T>
struct Sourced {
  T value{};
  Span span;
  std::string raw;
};

}  // namespace budgetlint
