#include "corpus/ingest.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "corpus/dates.h"
#include "corpus/sources.h"

namespace factwire::corpus {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// CPU time of the calling thread, in nanoseconds.
int64_t thread_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// A bounded blocking queue.
template <typename T>
class Queue {
 public:
  explicit Queue(size_t cap) : cap_(cap) {}
  bool push(T v) {
    std::unique_lock<std::mutex> l(m_);
    not_full_.wait(l, [&] { return q_.size() < cap_ || closed_; });
    if (closed_) return false;
    q_.push_back(std::move(v));
    not_empty_.notify_one();
    return true;
  }
  enum Got { kItem, kTimeout, kClosed };
  Got pop(T* out, Clock::time_point deadline = Clock::time_point::max()) {
    std::unique_lock<std::mutex> l(m_);
    auto ready = [&] { return !q_.empty() || closed_; };
    if (deadline == Clock::time_point::max()) {
      not_empty_.wait(l, ready);
    } else if (!not_empty_.wait_until(l, deadline, ready)) {
      return kTimeout;
    }
    if (q_.empty()) return kClosed;
    *out = std::move(q_.front());
    q_.pop_front();
    not_full_.notify_one();
    return kItem;
  }
  void close() {
    std::lock_guard<std::mutex> l(m_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  std::mutex m_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> q_;
  size_t cap_;
  bool closed_ = false;
};

struct Work {
  Input input;
  std::string hash;
  uint64_t seq = 0;  // input order: the writer stores in this order
};

struct Analysed {
  uint64_t seq = 0;
  std::string name;
  std::string hash;
  uint64_t simhash = 0;
  Status status;
  std::optional<Document> doc;
};

uint64_t prefix64(const std::string& h) {
  uint64_t v = 0;
  std::memcpy(&v, h.data(), std::min<size_t>(8, h.size()));
  return v;
}

// Documents expected in a file, or -1 when counting would mean decoding it (gzip, WARC, feeds).
int64_t count_documents(const std::string& path, FileKind kind) {
  if (kind != FileKind::kOther) return -1;
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return -1;
  char buf[1 << 16];
  size_t n = std::fread(buf, 1, sizeof buf, f);
  if (n >= 2 && static_cast<unsigned char>(buf[0]) == 0x1f && static_cast<unsigned char>(buf[1]) == 0x8b) {
    std::fclose(f);
    return -1;
  }
  size_t i = 0;
  while (i < n && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) ++i;
  if (i >= n || buf[i] != '{') {
    std::fclose(f);
    return 1;  // one text or HTML document
  }
  int64_t lines = 0;
  bool nonblank = false;
  for (;;) {
    for (size_t k = 0; k < n; ++k) {
      char c = buf[k];
      if (c == '\n') {
        lines += nonblank;
        nonblank = false;
      } else if (c != ' ' && c != '\r' && c != '\t') {
        nonblank = true;
      }
    }
    n = std::fread(buf, 1, sizeof buf, f);
    if (n == 0) break;
  }
  std::fclose(f);
  return lines + nonblank;
}

}  // namespace

// True for the corpus database `db_path` itself and its -wal, -shm and -journal files.
static bool is_corpus_file(const std::string& file, const std::string& db_path) {
  std::error_code ec;
  fs::path f = fs::weakly_canonical(file, ec);
  if (ec) return false;
  fs::path db = fs::weakly_canonical(db_path, ec);
  if (ec) return false;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    if (f == fs::path(db.string() + suffix)) return true;
  }
  return false;
}

Result<IngestReport> run_ingest(const std::vector<std::string>& paths, const std::string& db_path,
                                const IngestOptions& opts) {
  if (!opts.analyze || !opts.open_stream) return Status::Internal("run_ingest needs analyze and open_stream");
  auto start = Clock::now();

  // The writer's connection: opening it creates or migrates the database, so a bad --db
  // fails here, before any work.
  // It waits as long as another writer holds the lock (docs/corpus.md: one writer at a time).
  auto writer_db = Corpus::open(db_path, {.busy_timeout_ms = -1});
  if (!writer_db.ok()) return writer_db.status();
  std::unique_ptr<Corpus> corpus = std::move(writer_db.value());
  corpus->set_near_duplicate_distance(opts.near_duplicate_bits);
  auto reader_db = Corpus::open(db_path, {.read_only = true});
  if (!reader_db.ok()) return reader_db.status();
  std::unique_ptr<Corpus> lookup = std::move(reader_db.value());

  IngestReport report;
  std::vector<std::string> missing;
  // "-" is standard input (read as analyze reads it); folders are listed, less the corpus's
  // own database files when it lies inside one.
  for (const std::string& p : paths) {
    if (p == "-") {
      report.files.push_back(p);
      continue;
    }
    for (auto& f : list_files({p}, &missing)) {
      if (!is_corpus_file(f, db_path)) report.files.push_back(std::move(f));
    }
  }

  std::mutex err_mu;
  auto report_error = [&](const std::string& name, const Status& s) {
    if (!opts.on_error) return;
    std::lock_guard<std::mutex> l(err_mu);
    opts.on_error(name, s);
  };
  for (const auto& m : missing) report_error(m, Status::NotFound("no such file or folder"));

  std::atomic<int64_t> inputs{0}, stored{0}, pending{0}, skipped{0}, errors{static_cast<int64_t>(missing.size())};
  std::atomic<int64_t> total{-1};
  std::atomic<int64_t> storage_ns{0}, analysis_ns{0}, reading_ns{0};
  std::atomic<int64_t> storage_cpu_ns{0}, analysis_cpu_ns{0};
  std::atomic<bool> stop{false};
  Status fatal;

  int jobs = opts.jobs > 0 ? opts.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  Queue<Work> work(static_cast<size_t>(jobs) * 16);
  // Input order: the reader numbers the documents; the writer stores them in that order.
  std::atomic<uint64_t> stored_upto{0};
  uint64_t next_seq = 0;
  const uint64_t window = static_cast<uint64_t>(std::max(256, jobs * 64)) + static_cast<uint64_t>(jobs) * 16;
  // Analysed documents waiting for the writer: enough for the workers to go on through a
  // commit (a few seconds at most), not a whole batch (2,048 articles) held twice in memory.
  Queue<Analysed> done(static_cast<size_t>(std::max(256, jobs * 64)));

  // Reader: files -> inputs not stored yet.
  std::thread reader([&] {
    auto t0 = Clock::now();
    std::vector<FileKind> kinds(report.files.size(), FileKind::kOther);
    std::vector<Status> sniffed(report.files.size());
    int64_t expected = 0;
    bool known = true;
    for (size_t i = 0; i < report.files.size(); ++i) {
      if (report.files[i] == "-") {  // standard input: read once, not sniffed or counted
        known = false;
        continue;
      }
      auto k = sniff_file(report.files[i]);
      if (!k.ok()) {
        sniffed[i] = k.status();
        continue;
      }
      kinds[i] = k.value();
      int64_t c = count_documents(report.files[i], kinds[i]);
      if (c < 0) known = false;
      expected += std::max<int64_t>(c, 0);
    }
    if (known) total = expected;
    std::unordered_set<uint64_t> seen;
    for (size_t i = 0; i < report.files.size() && !stop; ++i) {
      const std::string& file = report.files[i];
      if (!sniffed[i].ok()) {
        ++errors;
        report_error(file, sniffed[i]);
        continue;
      }
      // Standard input is sniffed as it is read: a piped feed or WARC file is split too.
      Result<std::unique_ptr<InputStream>> stream =
          file == "-"                   ? open_stdin(opts.read)
          : kinds[i] == FileKind::kWarc ? open_warc(file, opts.read)
          : kinds[i] == FileKind::kFeed ? open_feed(file, opts.read)
                                        : opts.open_stream(file, opts.read);
      if (!stream.ok()) {
        ++errors;
        report_error(file, stream.status());
        continue;
      }
      Input in;
      while (!stop && stream.value()->next(&in)) {
        ++inputs;
        if (!in.error.ok()) {
          ++errors;
          report_error(in.id.empty() ? file : in.id, in.error);
          continue;
        }
        std::string hash = sha256(in.bytes);
        auto known_hash = lookup->contains(hash);
        if (!seen.insert(prefix64(hash)).second || (known_hash.ok() && known_hash.value())) {
          ++skipped;
          continue;
        }
        auto t = Clock::now();
        reading_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(t - t0).count();
        // At most `window` documents ahead of the writer: those analysed before an earlier,
        // slower one wait for it in memory (see the writer).
        while (!stop && next_seq >= stored_upto.load() + window) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (!work.push(Work{std::move(in), std::move(hash), next_seq++})) break;
        t0 = Clock::now();
        in = Input{};
      }
    }
    reading_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count();
    work.close();
  });

  // Workers: inputs -> documents.
  std::atomic<int> workers_left{jobs};
  std::vector<std::thread> workers;
  for (int j = 0; j < jobs; ++j) {
    workers.emplace_back([&] {
      Work w;
      while (work.pop(&w) == Queue<Work>::kItem) {
        Analysed a;
        a.seq = w.seq;
        a.name = w.input.id;
        a.hash = std::move(w.hash);
        if (!stop) {
          auto t = Clock::now();
          int64_t cpu = thread_cpu_ns();
          // An impossible publication date is dropped with a warning, never stored.
          std::string note = dates::clean_published(&w.input.published);
          Result<Document> r = opts.analyze(w.input);
          if (r.ok() && !note.empty()) r.value().warnings.push_back(std::move(note));
          // The near-duplicate fingerprint is made here, not on the (single) writer thread.
          if (r.ok()) a.simhash = simhash64(r.value().text);
          analysis_cpu_ns += thread_cpu_ns() - cpu;
          analysis_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count();
          if (r.ok()) a.doc = std::move(r.value());
          else a.status = r.status();
        }
        if (!done.push(std::move(a))) break;
      }
      if (--workers_left == 0) done.close();
    });
  }

  // Writer: documents -> batches.
  std::atomic<bool> writer_done{false};
  std::mutex progress_mu;
  std::condition_variable progress_cv;
  std::thread writer([&] {
    bool in_batch = false;
    int n = 0;
    int64_t pending_new = 0, pending_old = 0;
    Clock::time_point deadline = Clock::time_point::max();
    auto timed = [&](auto&& f) {
      auto t = Clock::now();
      int64_t cpu = thread_cpu_ns();
      auto r = f();
      storage_cpu_ns += thread_cpu_ns() - cpu;
      storage_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count();
      return r;
    };
    auto commit = [&] {
      if (!in_batch) return;
      Status s = timed([&] { return corpus->commit(); });
      in_batch = false;
      n = 0;
      deadline = Clock::time_point::max();
      pending = 0;  // first, so that a progress snapshot never counts a new document twice
      if (!s.ok()) {
        fatal = s;
        stop = true;
        errors += pending_new;
        skipped += pending_old;
      } else {
        stored += pending_new;
        skipped += pending_old;
      }
      pending_new = pending_old = 0;
    };
    // Stores one document (in input order).
    auto handle = [&](Analysed& a) {
      if (stop) return;  // drain after a fatal error
      if (!a.doc) {
        ++errors;
        report_error(a.name, a.status);
        return;
      }
      if (!in_batch) {
        Status s = timed([&] { return corpus->begin(); });
        if (!s.ok()) {
          fatal = s;
          stop = true;
          return;
        }
        in_batch = true;
        deadline = Clock::now() + std::chrono::milliseconds(std::max(opts.batch_ms, 1));
      }
      DocumentMeta meta;
      meta.content_hash = a.hash;
      meta.simhash = a.simhash;
      Result<StoreResult> r = timed([&] { return corpus->store(*a.doc, meta); });
      if (!r.ok()) {
        if (r.status().code() == Code::kIoError || r.status().code() == Code::kCorrupt ||
            r.status().code() == Code::kBusy) {
          // The disk or the file failed, not the document: stop.
          fatal = r.status();
          stop = true;
          timed([&] { return corpus->rollback(); });
          in_batch = false;
          pending = 0;
          errors += pending_new;
          skipped += pending_old;
          pending_new = pending_old = 0;
          return;
        }
        ++errors;
        report_error(a.name, r.status());
      } else if (r.value().inserted) {
        ++pending_new;
      } else {
        ++pending_old;
      }
      pending = pending_new + pending_old;
      if (++n >= std::max(opts.batch_size, 1)) commit();
    };
    // Workers finish in any order; documents are stored in input order, so that document ids,
    // stories (a story is dated and named by its first copy) and the output of a rerun do not
    // depend on the thread timing. Those that finish early wait here (at most `window`).
    std::map<uint64_t, Analysed> held;
    uint64_t next = 0;
    Analysed a;
    for (;;) {
      auto got = done.pop(&a, deadline);
      if (got == Queue<Analysed>::kClosed) break;
      if (got == Queue<Analysed>::kTimeout) {
        commit();
        continue;
      }
      uint64_t seq = a.seq;
      held.emplace(seq, std::move(a));
      a = Analysed{};
      for (auto it = held.find(next); it != held.end(); it = held.find(++next)) {
        handle(it->second);
        held.erase(it);
      }
      stored_upto = next;
    }
    for (auto& [seq, rest] : held) handle(rest);  // none are left unless the input ended early
    stored_upto = next + held.size();
    commit();
    writer_done = true;
    std::lock_guard<std::mutex> l(progress_mu);
    progress_cv.notify_all();
  });

  auto snapshot = [&](bool final) {
    IngestProgress p;
    p.inputs = inputs;
    p.stored = stored;
    p.pending = pending;
    p.skipped = skipped;
    p.errors = errors;
    p.total = total;
    p.elapsed_s = seconds(Clock::now() - start);
    p.storage_s = storage_ns * 1e-9;
    p.analysis_s = analysis_ns * 1e-9;
    p.reading_s = reading_ns * 1e-9;
    p.storage_cpu_s = storage_cpu_ns * 1e-9;
    p.analysis_cpu_s = analysis_cpu_ns * 1e-9;
    p.done = final;
    return p;
  };
  {
    std::unique_lock<std::mutex> l(progress_mu);
    while (!writer_done) {
      progress_cv.wait_for(l, std::chrono::milliseconds(std::max(opts.progress_ms, 10)));
      if (!writer_done && opts.on_progress) {
        l.unlock();
        opts.on_progress(snapshot(false));
        l.lock();
      }
    }
  }
  reader.join();
  for (auto& w : workers) w.join();
  writer.join();
  report.progress = snapshot(true);
  if (opts.on_progress) opts.on_progress(report.progress);
  if (!fatal.ok()) return fatal;
  return report;
}

}  // namespace factwire::corpus
