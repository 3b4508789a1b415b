// The type of a file from its first bytes, as file(1) does, and what to tell a finance officer
// about the types budgetlint cannot read.
#include <zip.h>

#include <algorithm>
#include <array>
#include <memory>

#include "budgetlint/input.hpp"

namespace budgetlint::input {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The entries of a ZIP container (OOXML, ODF, OFD) that tell what it holds.
FileType zip_type(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_error_fini(&error);
  if (!source) return FileType::Archive;
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, nullptr);
  if (!archive) {
    zip_source_free(source);
    return FileType::Archive;  // damaged: the DOCX reader would say so, but it is no DOCX
  }
  auto has = [&](const char* name) { return zip_name_locate(archive, name, ZIP_FL_NOCASE) >= 0; };
  FileType type = FileType::Archive;
  if (has("word/document.xml"))
    type = FileType::Docx;
  else if (has("xl/workbook.xml"))
    type = FileType::Xlsx;
  else if (has("ppt/presentation.xml"))
    type = FileType::Pptx;
  else if (has("OFD.xml"))
    type = FileType::Ofd;
  else if (has("mimetype") && has("content.xml"))
    type = FileType::Odf;
  else if (has("[Content_Types].xml"))
    type = FileType::Docx;  // an OOXML package without its main part: the reader reports it
  zip_discard(archive);
  return type;
}

// An OLE compound file names its streams in UTF-16LE; the stream says which program wrote it.
bool has_utf16_name(std::string_view bytes, std::string_view ascii) {
  std::string name;
  for (char c : ascii) {
    name.push_back(c);
    name.push_back('\0');
  }
  return std::search(bytes.begin(), bytes.end(), name.begin(), name.end()) != bytes.end();
}

bool looks_binary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  if (starts_with(head, "\xFF\xFE") || starts_with(head, "\xFE\xFF")) return false;  // UTF-16 with BOM
  std::size_t zeros_even = 0;
  std::size_t zeros_odd = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '\0') ++(i % 2 ? zeros_odd : zeros_even);
  }
  // A few stray NULs in a text are a damaged text (P109), not a binary file.
  if ((zeros_even + zeros_odd) * 1000 <= head.size()) return false;
  // UTF-16 without a BOM has a zero in every other byte of its ASCII, always on the same side
  // (a CJK character may add one on the other side); anything else is binary. The same test as
  // text::decode, so that what is sniffed as text is decoded as UTF-16.
  std::size_t units = head.size() / 2;
  bool utf16 = (zeros_odd * 32 >= units && zeros_even * 20 <= zeros_odd) ||
               (zeros_even * 32 >= units && zeros_odd * 20 <= zeros_even);
  return !utf16;
}

}  // namespace

FileType sniff(std::string_view bytes) {
  // A PDF may have junk before its header; readers accept it within the first kilobyte.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return FileType::Pdf;
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) return zip_type(bytes);
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return has_utf16_name(bytes, "EncryptedPackage") ? FileType::EncryptedOffice : FileType::OleDocument;
  }
  if (starts_with(bytes, "{\\rtf")) return FileType::Rtf;
  using namespace std::string_view_literals;
  static constexpr std::array<std::string_view, 8> kImages = {
      "\x89PNG\r\n\x1A\n"sv, "\xFF\xD8\xFF"sv, "GIF87a"sv, "GIF89a"sv, "BM"sv, "II*\0"sv, "MM\0*"sv, "\0\0\0\x0CjP"sv};
  for (std::string_view magic : kImages) {
    // “BM” opens many a text too: a bitmap has four zero bytes after its size.
    if (starts_with(bytes, magic) && (magic != "BM" || bytes.substr(6, 4) == "\0\0\0\0"sv)) return FileType::Image;
  }
  if (starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") return FileType::Image;
  static constexpr std::array<std::string_view, 6> kArchives = {
      "Rar!\x1A\x07"sv, "7z\xBC\xAF\x27\x1C"sv, "\x1F\x8B\x08"sv, "BZh9"sv, "\xFD" "7zXZ"sv, "MSCF"sv};
  for (std::string_view magic : kArchives) {
    if (starts_with(bytes, magic)) return FileType::Archive;
  }
  if (bytes.size() > 262 && bytes.substr(257, 5) == "ustar") return FileType::Archive;
  return looks_binary(bytes) ? FileType::Binary : FileType::Text;
}

FormatAdvice advice_for(FileType type, std::string_view bytes) {
  const std::string save_zh = "请用 Word 或 WPS 打开，另存为 .docx 或导出为 PDF 后再检查";
  const std::string save_en = "open it in Word or WPS and save it as .docx or export it as PDF, then check that";
  switch (type) {
    case FileType::OleDocument:
      if (has_utf16_name(bytes, "WordDocument"))
        return {"旧版 Word/WPS 文字文档（.doc/.wps）", "an old Word/WPS document (.doc/.wps)", save_zh, save_en};
      if (has_utf16_name(bytes, "Workbook") || has_utf16_name(bytes, "Book"))
        return {"旧版 Excel/WPS 表格（.xls/.et）", "an old Excel/WPS spreadsheet (.xls/.et)",
                "表格文件不是公开文本：请检查由它生成的 PDF 或 .docx 公开文件",
                "a spreadsheet is not the published text: check the PDF or .docx made from it"};
      return {"OLE 复合文档（旧版 Office/WPS 文件）", "an OLE compound file (old Office/WPS)", save_zh, save_en};
    case FileType::EncryptedOffice:
      return {"加密的 Office 文档", "an encrypted Office document", "请取消密码保护后另存为 .docx 或导出为 PDF",
              "remove the password, then save it as .docx or export it as PDF"};
    case FileType::Xlsx:
      return {"Excel 表格（.xlsx）", "an Excel workbook (.xlsx)",
              "表格文件不是公开文本：请检查由它生成的 PDF 或 .docx 公开文件",
              "a spreadsheet is not the published text: check the PDF or .docx made from it"};
    case FileType::Pptx:
      return {"PowerPoint 演示文稿（.pptx）", "a PowerPoint presentation (.pptx)", "请导出为 PDF 后再检查",
              "export it as PDF, then check that"};
    case FileType::Odf:
      return {"OpenDocument 文件（.odt/.ods）", "an OpenDocument file (.odt/.ods)",
              "请用 LibreOffice 或 WPS 另存为 .docx 或导出为 PDF", "save it as .docx or export it as PDF in LibreOffice or WPS"};
    case FileType::Ofd:
      return {"OFD 版式文件", "an OFD document", "请用 OFD 阅读器导出为 PDF 后再检查", "export it as PDF with an OFD reader"};
    case FileType::Rtf:
      return {"RTF 文档", "an RTF document", save_zh, save_en};
    case FileType::Image:
      return {"图片", "an image", "图片没有文字层：请提供原始电子版（PDF 或 .docx），或先做文字识别（OCR）",
              "an image has no text: provide the original PDF or .docx, or run OCR first"};
    case FileType::Archive:
      return {"压缩包或损坏的 ZIP 文件", "an archive or a damaged ZIP file", "请先解压，再检查其中的 PDF 或 .docx 文件",
              "unpack it and check the PDF or .docx files inside"};
    case FileType::Binary:
      return {"无法识别的二进制文件", "an unrecognised binary file", "请提供 PDF、.docx 或文本格式的公开文件",
              "provide the disclosure as PDF, .docx or text"};
    case FileType::Text:
    case FileType::Pdf:
    case FileType::Docx:
      break;
  }
  return {"", "", "", ""};
}

}  // namespace budgetlint::input
