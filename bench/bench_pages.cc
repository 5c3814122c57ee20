#include "bench_pages.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>

#include "ingest/reader.h"

namespace chronicle::bench {
namespace {

namespace fs = std::filesystem;

struct BenchFolder {
  std::string_view bench, folder;
};
constexpr BenchFolder kBenches[] = {
    {"aeb", "aeb"},
    {"trafilatura", "trafilatura-eval"},
    {"wcxb", "wcxb-dev"},
    {"readability", "readability"},
};

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// Runs `command` and returns its standard output; non-OK if it fails.
StatusOr<std::string> RunCommand(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return InternalError("cannot run: " + command);
  std::string out;
  char buf[1 << 14];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) out.append(buf, n);
  const int rc = pclose(pipe);
  if (rc != 0) {
    return FailedPreconditionError("command failed (status " + std::to_string(rc) +
                                   "): " + command);
  }
  return out;
}

// "<id>\t<path>" lines -> pairs.
std::vector<std::pair<std::string, std::string>> ParseListing(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    const std::string line = text.substr(at, eol - at);
    at = eol + 1;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

// Every *.html.gz below `dir`, sorted; the id is the file name's stem.
std::vector<std::pair<std::string, std::string>> GlobPages(const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string p = it->path().string();
    if (!it->is_regular_file() || p.size() < 8 ||
        p.compare(p.size() - 8, 8, ".html.gz") != 0) {
      continue;
    }
    std::string id = it->path().filename().string();
    id.resize(id.size() - 8);
    if (id == "source" || id == "expected")
      id = it->path().parent_path().filename().string();
    if (id.empty() || it->path().filename() == "expected.html.gz") continue;
    out.emplace_back(std::move(id), p);
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  return out;
}

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open");
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  if (in.bad()) return IoError(path + ": read error");
  return bytes;
}

bool IsGzip(std::string_view b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f &&
         static_cast<unsigned char>(b[1]) == 0x8b;
}

}  // namespace

bool IsKnownBench(std::string_view bench) {
  return std::any_of(std::begin(kBenches), std::end(kBenches),
                     [&](const BenchFolder& b) { return b.bench == bench; });
}

std::string DefaultBenchDir(std::string_view bench) {
  std::string folder(bench);
  for (const BenchFolder& b : kBenches) {
    if (b.bench == bench) folder = std::string(b.folder);
  }
  return std::string(CHRONICLE_SOURCE_DIR) + "/../shared/data/extract/" + folder;
}

std::string ScorerScript() {
  return std::string(CHRONICLE_SOURCE_DIR) + "/../shared/tools/extract_score.py";
}

std::string SystemPython() {
  if (const char* env = std::getenv("CHRONICLE_BENCH_PYTHON");
      env != nullptr && *env != 0) {
    return env;
  }
  return access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
}

Status Gunzip(std::string_view gz, std::string* out) {
  CHRONICLE_ASSIGN_OR_RETURN(*out, chronicle::Gunzip(gz, UINT64_MAX));
  return Status();
}

StatusOr<PageSet> LoadBenchPages(const std::string& bench, const std::string& dir,
                                 PageKind kind, bool keep_gz) {
  if (!IsKnownBench(bench)) {
    return InvalidArgumentError("unknown bench \"" + bench +
                                "\" (aeb, trafilatura, wcxb, readability)");
  }
  if (!fs::is_directory(dir)) return NotFoundError(dir + ": no such folder");
  PageSet set;
  std::vector<std::pair<std::string, std::string>> listing;
  std::string tmp;
  const std::string base_cmd =
      ShellQuote(SystemPython()) + " " + ShellQuote(ScorerScript());
  const std::string args = " --bench " + ShellQuote(bench) + " --data " + ShellQuote(dir);
  if (kind == PageKind::kText) {
    std::string templ = (fs::temp_directory_path() / "chronicle-astext-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr)
      return IoError("cannot create a temporary folder");
    tmp = templ;
    auto out = RunCommand(base_cmd + " astext" + args + " --out " + ShellQuote(tmp));
    if (!out.ok()) {
      fs::remove_all(tmp);
      return out.status();
    }
    listing = ParseListing(*out);
    set.listed_by = "extract_score.py astext";
  } else {
    auto out = fs::exists(ScorerScript())
                   ? RunCommand(base_cmd + " inputs" + args)
                   : StatusOr<std::string>(NotFoundError("no scorer"));
    if (out.ok()) {
      listing = ParseListing(*out);
      set.listed_by = "extract_score.py inputs";
    } else {
      listing = GlobPages(dir);
      set.listed_by = "glob";
    }
  }
  Status status;
  for (auto& [id, path] : listing) {
    auto file = ReadFile(path);
    if (!file.ok()) {
      status = file.status();
      break;
    }
    BenchPage page;
    page.id = std::move(id);
    page.path = std::move(path);
    if (IsGzip(*file)) {
      if (Status s = Gunzip(*file, &page.bytes); !s.ok()) {
        status = s.WithPrefix(page.path);
        break;
      }
      if (keep_gz) page.gz = std::move(file).value();
    } else {
      page.bytes = std::move(file).value();
    }
    set.bytes += page.bytes.size();
    set.pages.push_back(std::move(page));
  }
  if (!tmp.empty()) fs::remove_all(tmp);
  if (!status.ok()) return status;
  if (set.pages.empty()) return NotFoundError(dir + ": no pages found");
  return set;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // Linux: KB
}

double CurrentRssMb() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  if (!(statm >> pages_total >> pages_resident)) return 0;
  return static_cast<double>(pages_resident) *
         static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

}  // namespace chronicle::bench
