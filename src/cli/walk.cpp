#include <algorithm>
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

std::vector<InputFile> expand_paths(const std::vector<std::string>& paths, const std::string& extension) {
  std::vector<InputFile> files;
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
      files.push_back({p, false, ""});
      continue;
    }
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      files.push_back({p, false, ec.message()});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file(ec) && it->path().extension() == extension)
        files.push_back({it->path().string(), false, ""});
    }
  }
  std::stable_sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  files.erase(
      std::unique(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
      files.end());
  return files;
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
