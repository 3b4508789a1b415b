#include <algorithm>
#include <cctype>
#include <set>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli.hpp"

namespace budgetlint::cli {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Files a folder walk hands to the readers: the types budgetlint reads, and the document types it
// cannot, so that each of those gets its P105 rather than being passed over in silence.
const std::set<std::string>& walked_extensions() {
  static const std::set<std::string> kExtensions = {
      ".pdf", ".docx", ".txt",                                                   // read
      ".doc", ".wps", ".wpt", ".dot", ".docm", ".dotx", ".rtf", ".odt", ".ofd",  // documents
      ".xls", ".xlsx", ".xlsm", ".et", ".ods", ".ppt", ".pptx", ".dps",          // sheets, slides
      ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif",                 // scans
      ".zip", ".rar", ".7z"};                                                    // archives
  return kExtensions;
}

}  // namespace

Walk expand_paths(const std::vector<std::string>& paths, const std::vector<std::string>& extensions) {
  std::set<std::string> wanted;
  for (const std::string& e : extensions) wanted.insert(lower(e.empty() || e[0] == '.' ? e : "." + e));
  const std::set<std::string>& take = wanted.empty() ? walked_extensions() : wanted;
  Walk walk;
  std::vector<InputFile>& files = walk.files;
  for (const std::string& p : paths) {
    if (p == "-") {
      files.push_back({"-", true, ""});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
      files.push_back({p, false, ec ? ec.message() : "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back({p, false, ""});  // named on its own: whatever it is, it is read and sniffed
      continue;
    }
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      files.push_back({p, false, ec.message()});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (!it->is_regular_file(ec)) continue;
      std::string name = it->path().filename().string();
      if (name.rfind("~$", 0) == 0 || name.rfind(".~", 0) == 0) continue;  // Office/WPS lock files
      std::string ext = lower(it->path().extension().string());
      if (take.count(ext))
        files.push_back({it->path().string(), false, ""});
      else
        ++walk.skipped[ext.empty() ? "(无扩展名)" : ext];
    }
  }
  std::stable_sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  files.erase(
      std::unique(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
      files.end());
  return walk;
}

bool read_input(const InputFile& input, std::string& bytes, std::string& error) {
  if (!input.missing_reason.empty()) {
    error = input.missing_reason;
    return false;
  }
  if (input.stdin_input) {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = buffer.str();
    return true;
  }
  std::ifstream in(input.path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = "read error";
    return false;
  }
  return true;
}

void write_output(const std::string& path, const std::string& content) {
  if (path.empty()) {
    std::cout << content;
    std::cout.flush();
    return;
  }
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw UsageError::cannot_write(path, std::strerror(errno));
    out << content;
    out.close();
    if (!out) throw UsageError::cannot_write(path, "write failed");
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw UsageError::cannot_write(path, ec.message());
  }
}

}  // namespace budgetlint::cli
