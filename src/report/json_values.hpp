#pragma once

// The values every part of `parse --format json` writes the same way.
#include <optional>

#include <nlohmann/json.hpp>

#include "budgetlint/model.hpp"

namespace budgetlint::report {

/// {line, column} where a value starts.
nlohmann::json position(const SourceText& source, Span span);

/// A printed amount: its position, its value as a decimal string and its raw text.
nlohmann::json amount(const SourceText& source, const Sourced<Amount>& a);
/// The same, or null when the document does not state it.
nlohmann::json amount(const SourceText& source, const std::optional<Sourced<Amount>>& a);

}  // namespace budgetlint::report
