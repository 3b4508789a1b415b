#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the pipeline when a PDF has no text layer.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P106",
    "scanned-pdf",
    Severity::Error,
    RuleInput::Input,
    "扫描件，无文字层",
    "A scan without a text layer",
    "扫描件，无文字层（共 {pages} 页），需要 OCR 或原始电子版",
    "a scan without a text layer ({pages} pages): run OCR or provide the original electronic file",
    "检查内容：PDF 是否有文字层。只有图片、几乎没有文字的 PDF 报告一次，不再逐项报告“缺少某部分”，退出码为 2。\n"
    "为何重要：扫描件里的数字无法核对，也无法被检索和无障碍阅读；公开文件应当使用原始电子版。\n"
    "示例：把盖章的纸质文件扫描成 PDF 后直接公开。\n"
    "正确写法：公开由 Word/WPS 直接导出的 PDF；只有扫描件时，先做文字识别（OCR）再检查识别出的文本。\n"
    "容差：全文可提取的文字少于每页约 8 个字节即视为无文字层。\n"
    "依据：《政府信息公开条例》关于便于公众检索、查阅的要求。",
    "What it checks: whether a PDF has a text layer. A PDF of images with next to no text is reported once, instead "
    "of as a flood of missing parts, and the exit status is 2.\n"
    "Why it matters: the figures of a scan cannot be checked, searched or read aloud; disclosures should be "
    "published as the original electronic file.\n"
    "Example: a signed paper copy scanned to PDF and published as it is.\n"
    "Correct: publish the PDF exported from Word/WPS; with only a scan, run OCR and check the recognised text.\n"
    "Tolerance: less than about 8 bytes of text per page counts as no text layer.\n"
    "References: the Regulations on Open Government Information (information that the public can search and "
    "read).",
    "0.2.0"};

}  // namespace

const Rule kP106{kInfo, check};

}  // namespace budgetlint::rules
