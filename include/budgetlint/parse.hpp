#pragma once

#include <vector>

#include "budgetlint/model.hpp"
#include "budgetlint/source.hpp"

namespace budgetlint::parse {

/// Document kind from the title lines: 自评报告 before 决算 before 预算.
DocumentKind detect_kind(const SourceText& source);

/// The numbered headings (一、 (一) 1、 (1)) with their line ranges and topics, from
/// `first_line` (0-based) on: the lines of a 目录 before it are not headings.
std::vector<Section> segment(const SourceText& source, DocumentKind kind, std::size_t first_line = 0);

/// Builds the typed model of one disclosure. Never throws for bad input: what cannot be
/// read is simply absent from the model, and the rules report what is missing.
Disclosure extract(const SourceText& source);

}  // namespace budgetlint::parse
