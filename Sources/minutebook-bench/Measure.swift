import Foundation

/// Process resource usage (getrusage RUSAGE_SELF).
struct Usage {
    /// User + system CPU seconds of the whole process so far.
    var cpuSeconds: Double
    /// High-water mark of resident memory over the process's lifetime, in bytes (ru_maxrss is KB on Linux, bytes on macOS).
    var peakResidentBytes: Int

    static func now() -> Usage {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        #if os(Linux)
        let peak = Int(usage.ru_maxrss) * 1024
        #else
        let peak = Int(usage.ru_maxrss)
        #endif
        return Usage(cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakResidentBytes: peak)
    }
}

/// Monotonic wall clock, in seconds.
@inline(__always) func wallClock() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000_000
}

/// Current resident memory from /proc (Linux), in bytes; nil elsewhere.
func currentResidentBytes() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Nearest-rank percentile of `samples` (any order), p in 0...100.
func percentile(_ samples: [Double], _ p: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(sorted.count - 1, max(0, rank - 1))]
}

/// Decimal megabytes (10^6 bytes), as the README quotes them.
func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

func fmt(_ value: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", value) }

/// Left-aligned (or right-aligned) fixed-width cell.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let count = text.count
    guard count < width else { return text }
    let fill = String(repeating: " ", count: width - count)
    return right ? fill + text : text + fill
}

func sizeOfFile(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}

/// One line to standard output, written at once (unbuffered, so a log file being polled is up to date).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
