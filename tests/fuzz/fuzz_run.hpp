// What each fuzz target does with its input: read it as its reader's type, then the whole
// pipeline after reading (normalise, extract, every rule, the model and both reports), so a
// crash anywhere downstream shows too. The replay test runs saved crashers through the same.
#pragma once

#include <string_view>

namespace budgetlint::fuzz {

/// target: pdf, docx, docx_xml (the bytes are the document.xml of a well-formed .docx), text.
void run(std::string_view target, std::string_view bytes);

}  // namespace budgetlint::fuzz
