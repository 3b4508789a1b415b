#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>
#include <utility>

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

InputFile problem_file(std::string path, std::string code, std::vector<std::pair<std::string, std::string>> args) {
  InputFile f;
  f.path = std::move(path);
  f.problem = std::move(code);
  f.problem_args = std::move(args);
  return f;
}

// P111 for what is not a regular file; nullopt for a regular file or a folder.
std::optional<InputFile> special_file(const std::string& path, fs::file_type type) {
  std::pair<const char*, const char*> what;
  switch (type) {
    case fs::file_type::fifo:
      what = {"命名管道（FIFO）", "a named pipe (FIFO)"};
      break;
    case fs::file_type::socket:
      what = {"套接字", "a socket"};
      break;
    case fs::file_type::block:
    case fs::file_type::character:
      what = {"设备文件", "a device"};
      break;
    case fs::file_type::regular:
    case fs::file_type::directory:
      return std::nullopt;
    default:
      what = {"特殊文件", "a special file"};
      break;
  }
  return problem_file(path, "P111", {{"what", what.first}, {"what_en", what.second}});
}

InputFile unlistable(const std::string& path, const std::string& zh, const std::string& en) {
  return problem_file(path, "P112", {{"reason", zh}, {"reason_en", en}});
}

// A symbolic link that resolves to nothing: its loop or its missing target, as a P112.
std::optional<InputFile> broken_link(const fs::path& path, const std::error_code& ec) {
  if (ec.value() == ELOOP)
    return unlistable(path.string(), "符号链接循环指向自身，无法解析，未检查",
                      "the symbolic link loops back on itself and cannot be resolved; not checked");
  std::error_code read_ec;
  fs::path target = fs::read_symlink(path, read_ec);
  return unlistable(path.string(), "符号链接指向的“" + target.string() + "”不存在，未检查",
                    "the symbolic link points to '" + target.string() + "', which does not exist; not checked");
}

struct Walker {
  const std::set<std::string>& take;
  Walk& walk;
  std::set<std::pair<dev_t, ino_t>> seen;  // folders entered, so that a link to a parent ends

  void folder(const fs::path& dir) {
    struct stat st{};
    if (::stat(dir.c_str(), &st) == 0 && !seen.insert({st.st_dev, st.st_ino}).second) return;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      ErrnoText why = errno_text(ec.value());
      walk.files.push_back(unlistable(dir.string(), "无法列出文件夹中的文件（" + why.zh + "），其中的文件未检查",
                                      "cannot list the folder (" + why.en + "); the files in it were not checked"));
      return;
    }
    std::vector<fs::path> folders;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      entry(it->path(), folders);
    }
    if (ec) {
      ErrnoText why = errno_text(ec.value());
      walk.files.push_back(unlistable(dir.string(), "列出文件夹时出错（" + why.zh + "），其中部分文件可能未检查",
                                      "listing the folder failed (" + why.en + "); some files in it may be unchecked"));
    }
    for (const fs::path& f : folders) folder(f);
  }

  void entry(const fs::path& path, std::vector<fs::path>& folders) {
    std::error_code ec;
    fs::file_status own = fs::symlink_status(path, ec);
    fs::file_status status = own;
    if (fs::is_symlink(own)) {
      status = fs::status(path, ec);
      if (ec || !fs::exists(status)) {
        walk.files.push_back(*broken_link(path, ec));
        return;
      }
    }
    if (fs::is_directory(status)) {
      folders.push_back(path);
      return;
    }
    if (auto special = special_file(path.string(), status.type())) {
      walk.files.push_back(std::move(*special));
      return;
    }
    std::string name = path.filename().string();
    if (name.rfind("~$", 0) == 0 || name.rfind(".~", 0) == 0) return;  // Office/WPS lock files
    std::string ext = lower(path.extension().string());
    if (take.count(ext))
      walk.files.push_back({path.string(), false, "", "", {}});
    else
      ++walk.skipped[ext.empty() ? "(无扩展名)" : ext];
  }
};

}  // namespace

ErrnoText errno_text(int error) {
  switch (error) {
    case ENOENT:
      return {"文件或文件夹不存在", "no such file or directory"};
    case EACCES:
    case EPERM:
      return {"没有访问权限", "permission denied"};
    case ENOSPC:
      return {"磁盘空间不足", "no space left on the device"};
    case EDQUOT:
      return {"超出磁盘配额", "disk quota exceeded"};
    case EROFS:
      return {"所在磁盘只读", "read-only file system"};
    case EISDIR:
      return {"这是一个文件夹", "it is a folder"};
    case ENOTDIR:
      return {"路径中有一段不是文件夹", "a part of the path is not a folder"};
    case ELOOP:
      return {"符号链接循环", "too many levels of symbolic links"};
    case EIO:
      return {"读写错误", "input/output error"};
    case EPIPE:
      return {"接收输出的管道已关闭", "the pipe reading the output was closed"};
    case ENAMETOOLONG:
      return {"路径过长", "the path is too long"};
    default:
      return {std::strerror(error), std::strerror(error)};
  }
}

Walk expand_paths(const std::vector<std::string>& paths, const std::vector<std::string>& extensions) {
  std::set<std::string> wanted;
  for (const std::string& e : extensions) wanted.insert(lower(e.empty() || e[0] == '.' ? e : "." + e));
  Walk walk;
  Walker walker{wanted.empty() ? walked_extensions() : wanted, walk, {}};
  std::vector<InputFile>& files = walk.files;
  for (const std::string& p : paths) {
    if (p == "-") {
      files.push_back({"-", true, "", "", {}});
      continue;
    }
    std::error_code ec;
    fs::file_status own = fs::symlink_status(p, ec);
    fs::file_status status = fs::status(p, ec);
    if (fs::is_symlink(own) && (ec || !fs::exists(status))) {
      files.push_back(*broken_link(p, ec));
      continue;
    }
    if (ec || !fs::exists(status)) {
      files.push_back({p, false, ec ? errno_text(ec.value()).zh : "文件或文件夹不存在", "", {}});
      continue;
    }
    if (fs::is_directory(status)) {
      walker.folder(p);
      continue;
    }
    if (auto special = special_file(p, status.type())) {
      files.push_back(std::move(*special));
      continue;
    }
    files.push_back({p, false, "", "", {}});  // named on its own: whatever it is, it is read and sniffed
  }
  std::stable_sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  files.erase(
      std::unique(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
      files.end());
  return walk;
}

namespace {

ReadFailure unreadable(int error) { return {"P104", {{"reason", errno_text(error).zh}}}; }

ReadFailure over_budget(std::size_t bytes, std::size_t max_bytes) {
  std::string mib = std::to_string((bytes + (1u << 20) - 1) >> 20);
  std::string limit = std::to_string(max_bytes >> 20);
  return {"P110",
          {{"reason", "文件大于 " + mib + " MiB，超过单个文件 " + limit + " MiB 的预算（--max-file-mb），未读取"},
           {"reason_en", "the file is over " + mib + " MiB, beyond the per-file budget of " + limit +
                             " MiB (--max-file-mb); it was not read"}}};
}

// read(2) until end of file or past the budget; false with errno set on an error.
bool read_all(int fd, std::size_t max_bytes, std::string& bytes, bool& over) {
  std::string buffer(1 << 16, '\0');
  for (;;) {
    ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return true;
    if (bytes.size() + static_cast<std::size_t>(n) > max_bytes) {
      over = true;
      return true;
    }
    bytes.append(buffer.data(), static_cast<std::size_t>(n));
  }
}

}  // namespace

std::optional<ReadFailure> read_checked(const InputFile& input, std::size_t max_bytes, std::string& bytes) {
  if (!input.problem.empty()) return ReadFailure{input.problem, input.problem_args};
  if (!input.missing_reason.empty()) return ReadFailure{"P104", {{"reason", input.missing_reason}}};
  bool over = false;
  if (input.stdin_input) {
    if (!read_all(STDIN_FILENO, max_bytes, bytes, over)) return unreadable(errno);
    if (over) return over_budget(max_bytes + 1, max_bytes);
    return std::nullopt;
  }
  // O_NONBLOCK: a FIFO put in the file's place after the walk must not block the open.
  int fd = ::open(input.path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return unreadable(errno);
  struct stat st{};
  std::optional<ReadFailure> failure;
  if (::fstat(fd, &st) != 0) {
    failure = unreadable(errno);
  } else if (S_ISDIR(st.st_mode)) {
    failure = unreadable(EISDIR);
  } else if (!S_ISREG(st.st_mode)) {
    fs::file_type type = S_ISFIFO(st.st_mode)   ? fs::file_type::fifo
                         : S_ISSOCK(st.st_mode) ? fs::file_type::socket
                                                : fs::file_type::character;
    failure = ReadFailure{"P111", special_file(input.path, type)->problem_args};
  } else if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    failure = over_budget(static_cast<std::size_t>(st.st_size), max_bytes);
  } else {
    bytes.reserve(static_cast<std::size_t>(st.st_size));
    if (!read_all(fd, max_bytes, bytes, over)) failure = unreadable(errno);
    else if (over) failure = over_budget(bytes.size() + 1, max_bytes);
  }
  ::close(fd);
  if (failure) bytes.clear();
  return failure;
}

bool read_input(const InputFile& input, std::string& bytes, std::string& error) {
  std::optional<ReadFailure> failure = read_checked(input, static_cast<std::size_t>(-1), bytes);
  if (!failure) return true;
  for (const auto& [name, value] : failure->args) {
    if (name == "reason" || name == "what") error = value;
  }
  return false;
}

}  // namespace budgetlint::cli
