// The report goes out whole or not at all, and never over an input or through a planted link.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "cli.hpp"

namespace budgetlint::cli {

namespace fs = std::filesystem;

namespace {

UsageError write_error(const std::string& path, int error, bool zh) {
  ErrnoText why = errno_text(error);
  return UsageError::cannot_write_report(path, why.zh, why.en, zh);
}

// write(2) until all is written; false with errno set.
bool write_all(int fd, const std::string& content) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

mode_t current_umask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

}  // namespace

void check_output_target(const std::string& path, const std::vector<InputFile>& inputs, bool zh) {
  if (path.empty()) return;
  struct stat out{};
  if (::stat(path.c_str(), &out) == 0) {
    if (S_ISDIR(out.st_mode))
      throw UsageError::cannot_write_report(path, "这是一个文件夹，请给出报告的文件名（如 report.json）",
                                            "it is a folder; give a file name for the report (e.g. report.json)", zh);
    if (!S_ISREG(out.st_mode))
      throw UsageError::cannot_write_report(path, "这不是普通文件（设备、管道或套接字），报告不会写到这里",
                                            "it is not a regular file (a device, pipe or socket); the report is not "
                                            "written there",
                                            zh);
    for (const InputFile& in : inputs) {
      struct stat st{};
      if (in.stdin_input || ::stat(in.path.c_str(), &st) != 0) continue;
      if (st.st_dev == out.st_dev && st.st_ino == out.st_ino)
        throw UsageError::cannot_write_report(path, "它是被检查的文件“" + in.path + "”，写入会覆盖原文件",
                                              "it is the input file '" + in.path + "'; writing would destroy it", zh);
    }
  }
  fs::path parent = fs::path(path).parent_path();
  if (parent.empty()) parent = ".";
  struct stat dir{};
  if (::stat(parent.c_str(), &dir) != 0) {
    int error = errno;
    throw UsageError::cannot_write_report(path, "所在文件夹“" + parent.string() + "”" + errno_text(error).zh,
                                          "its folder '" + parent.string() + "': " + errno_text(error).en, zh);
  }
  if (!S_ISDIR(dir.st_mode))
    throw UsageError::cannot_write_report(path, "“" + parent.string() + "”不是文件夹",
                                          "'" + parent.string() + "' is not a folder", zh);
}

void write_output(const std::string& path, const std::string& content, bool zh) {
  if (path.empty()) {
    // A report lost on a full disk or a closed pipe must not pass as written (exit 0).
    std::cout.flush();
    if (!write_all(STDOUT_FILENO, content)) throw write_error(path, errno, zh);
    if (::fsync(STDOUT_FILENO) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP && errno != EBADF)
      throw write_error(path, errno, zh);
    return;
  }
  fs::path target(path);
  fs::path parent = target.parent_path();
  // Same folder, so that rename is atomic; mkstemp opens with O_EXCL, so a link planted at the
  // name is never followed, and the name cannot be guessed in advance.
  std::string temporary = (parent.empty() ? fs::path(".") : parent) / ("." + target.filename().string() + ".XXXXXX");
  int fd = ::mkstemp(temporary.data());
  if (fd < 0) throw write_error(path, errno, zh);
  auto fail = [&](int error) {
    ::unlink(temporary.c_str());
    return write_error(path, error, zh);
  };
  if (::fchmod(fd, 0666 & ~current_umask()) != 0 || !write_all(fd, content) || ::fsync(fd) != 0) {
    int error = errno;
    ::close(fd);
    throw fail(error);
  }
  if (::close(fd) != 0) throw fail(errno);
  // The target may have turned into something else since it was checked: look again.
  struct stat st{};
  if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
    ::unlink(temporary.c_str());
    throw UsageError::cannot_write_report(path, "这不是普通文件，报告不会写到这里",
                                          "it is not a regular file; the report is not written there", zh);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) throw fail(errno);
}

}  // namespace budgetlint::cli
