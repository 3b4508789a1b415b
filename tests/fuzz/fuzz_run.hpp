// What each fuzz target does with its input: read it as its reader's type, then the whole
// pipeline after reading (normalise, extract, every rule, the model and both reports), so a
// crash anywhere downstream shows too. The replay test runs saved crashers through the same.
#pragma once

#include <string>
#include <string_view>

namespace budgetlint::fuzz {

/// target: pdf, docx, docx_xml (the bytes are the document.xml of a well-formed .docx), text,
/// pipeline (sniffed and read as the command line reads a file, then every report).
void run(std::string_view target, std::string_view bytes);

/// `text` with one of its figures (a run of digits, chosen by `choice`) replaced by a huge or
/// odd one: 30 digits, INT64_MAX, many decimals, a thousands-separated giant.
std::string mutate_figure(const std::string& text, unsigned choice);

}  // namespace budgetlint::fuzz
