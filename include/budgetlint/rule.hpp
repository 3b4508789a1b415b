#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/decode.hpp"
#include "budgetlint/finding.hpp"
#include "budgetlint/model.hpp"

namespace budgetlint {

/// What a rule reads. Model rules are skipped when the document is not a disclosure.
enum class RuleInput { Input, Lines, Sections, Model };

/// Everything the user sees of a rule: `budgetlint rules`, `explain` and the messages.
struct RuleInfo {
  std::string_view code;  ///< family letter + three digits: T101
  std::string_view name;  ///< kebab-case, naming the defect
  Severity severity;
  RuleInput input;
  std::string_view title_zh;
  std::string_view title_en;
  std::string_view message_zh;  ///< fmt template with named fields: {total} {sum} {diff}
  std::string_view message_en;
  std::string_view doc_zh;  ///< headings 检查内容 为何重要 示例 正确写法 容差 依据
  std::string_view doc_en;  ///< headings What it checks / Why it matters / Example / Correct / Tolerance / References
  std::string_view since;
};

/// What one rule run sees, and where its findings go.
class RuleContext {
 public:
  RuleContext(const RuleInfo& info, const SourceText& source, const text::Decoded& decoded, const Disclosure& model,
              std::vector<Finding>& out)
      : info_(info), source_(source), decoded_(decoded), model_(model), out_(out) {}

  const SourceText& source() const { return source_; }
  const text::Decoded& decoded() const { return decoded_; }
  const Disclosure& model() const { return model_; }

  /// Adds a finding of this rule at `span`; fill in its args and evidence on the result.
  /// Past kMaxFindingsPerRule the finding is only counted (see unlisted()).
  Finding& report(Span span);
  /// The finding added last (by report() or a helper that reported).
  Finding& out_back() { return *last_; }
  /// Findings past the cap, which the pipeline sums up in one P113.
  std::size_t unlisted() const { return unlisted_; }

 private:
  const RuleInfo& info_;
  const SourceText& source_;
  const text::Decoded& decoded_;
  const Disclosure& model_;
  std::vector<Finding>& out_;
  std::size_t listed_ = 0;
  std::size_t unlisted_ = 0;
  Finding overflow_;  // what a rule fills in past the cap, then dropped
  Finding* last_ = nullptr;
};

/// Findings one rule lists in one file; a corrupt file could otherwise have one per byte.
inline constexpr std::size_t kMaxFindingsPerRule = 200;

using CheckFunction = void (*)(RuleContext&);

struct Rule {
  const RuleInfo& info;
  CheckFunction check;
};

}  // namespace budgetlint
