// minutebook-web-bench: latency of the web pages against the in-process search, and throughput under load.
//
//   swift run -c release minutebook-web-bench [--index PATH] [--port 18181] [--requests 300] [--wrk-seconds 10]
//       [--query "county lines"] [--more-queries "police,hate crime,FGM"] [--profile N]
//
// Starts the web server in this process on loopback, then
//   1. times the in-process search (`Searcher.search`, as `minutebook search` runs it) for the query;
//   2. times the search page and the document page over HTTP, one request after another (p50, p95); then the
//      search page over one keep-alive connection and the in-process search taking turns, request by request
//      (for each query): the ratio the target is about, both measured under the same load; and the same search
//      with the page's facets (what the page asks of the library), so the web layer's own share shows;
//   3. runs `wrk` (Debian: apt-get install wrk), if present, with 50 connections for --wrk-seconds on each page;
//   4. for each of --more-queries (broader queries, whose pages count facets over their best 500 matches): the
//      in-process search and page, and the page under `wrk -c 1`, against the in-process search timed just before
//      and just after it.
// --profile N only builds the search page in process N times and exits (for `perf record`).
// Only 127.0.0.1 is ever contacted; every loop is bounded in count and time.
import Foundation
import Hummingbird
import MinutebookKit
import MinutebookWeb

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

struct Arguments {
    var index = IndexStore.defaultPath
    var port = 18181
    var requests = 300
    var wrkSeconds = 10
    var query = "county lines"
    var moreQueries = ["police", "hate crime", "FGM"]
    /// Only build the search page in process this many times, then exit (for `perf record`).
    var profile = 0

    init() throws {
        var rest = CommandLine.arguments.dropFirst()
        while let argument = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BadRequest("\(argument) needs a value") }
            switch argument {
            case "--index": index = value
            case "--port": port = Int(value) ?? port
            case "--requests": requests = max(10, min(100_000, Int(value) ?? requests))
            case "--wrk-seconds": wrkSeconds = max(1, min(120, Int(value) ?? wrkSeconds))
            case "--query": query = value
            case "--more-queries": moreQueries = value.split(separator: ",").map { String($0) }.filter { !$0.isEmpty }
            case "--profile": profile = max(1, min(1_000_000, Int(value) ?? 1))
            default: throw BadRequest("unknown option \(argument)")
            }
        }
    }
}

func percentile(_ samples: [Double], _ p: Double) -> Double {
    let sorted = samples.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func fetch(_ url: URL) async throws -> (Int, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let (data, response) = try await URLSession.shared.data(from: url)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard data.count > 0 else { throw BadRequest("empty answer from \(url)") }
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, elapsed)
}

if CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h") {
    print(
        """
        usage: minutebook-web-bench [--index PATH] [--port 18181] [--requests 300] [--wrk-seconds 10]
                                    [--query "county lines"] [--more-queries "police,hate crime,FGM"] [--profile N]
        Times the web pages against the in-process search on loopback (see BENCHMARKS.md).
        """)
    exit(0)
}
let arguments: Arguments
do { arguments = try Arguments() } catch let error as BadRequest {
    FileHandle.standardError.write(Data("minutebook-web-bench: \(error.message) (see --help)\n".utf8))
    exit(2)
}
if PathKind.of(arguments.index) == .missing, FileManager.default.fileExists(atPath: "corpus") {
    let taxonomy = try TaxonomyLocator.locate(explicit: nil, indexPath: arguments.index).taxonomy
    _ = try IndexMaintenance.buildIfMissing(at: arguments.index) { store in try Ingester(store: store, taxonomy: taxonomy).ingest(["corpus"]) }
}
let site = try Site(path: arguments.index)
let store = try IndexStore.openForReading(at: arguments.index)
let encodedQuery = arguments.query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
let searchPath = "/search?q=\(encodedQuery)"
let firstHit = try Searcher(store: store).search(arguments.query, options: SearchOptions(limit: 1)).hits.first
let documentID = try firstHit.flatMap { hit in try site.documentID(path: hit.source.path) } ?? 1
let documentPath = "/documents/\(documentID)"

// 1. In-process: the search as the CLI runs it, and the whole page built without HTTP.
let searcher = Searcher(store: store)
let pages = Pages(site: site)
if arguments.profile > 0 {
    for _ in 0..<arguments.profile { _ = try pages.search(try Parameters(query: "q=\(encodedQuery)"), format: .html) }
    exit(0)
}
var inProcess: [Double] = []
var inProcessPage: [Double] = []
for _ in 0..<arguments.requests {
    inProcess.append(try time { _ = try searcher.search(arguments.query, options: SearchOptions(limit: 10)) })
    inProcessPage.append(try time { _ = try pages.search(try Parameters(query: "q=\(encodedQuery)"), format: .html) })
}

// 2. Over HTTP on loopback.
let app = WebServer.application(pages: pages, host: "127.0.0.1", port: arguments.port)
let server = Task { try await app.runService() }
let base = "http://127.0.0.1:\(arguments.port)"
var ready = false
for _ in 0..<100 where !ready {
    if let (status, _) = try? await fetch(URL(string: base + "/topics")!), status == 200 { ready = true } else { try await Task.sleep(for: .milliseconds(100)) }
}
guard ready else { FileHandle.standardError.write(Data("the server did not start on port \(arguments.port)\n".utf8)); exit(1) }

var report: [String] = []
report.append("index: \(arguments.index); query: \(arguments.query); \(arguments.requests) requests each, one at a time")
report.append(
    "in-process search (Searcher.search, limit 10): p50 \(milliseconds(percentile(inProcess, 0.5))), p95 \(milliseconds(percentile(inProcess, 0.95)))")
report.append(
    "in-process search page (Pages.search, no HTTP): p50 \(milliseconds(percentile(inProcessPage, 0.5))), p95 \(milliseconds(percentile(inProcessPage, 0.95)))")
var searchP50 = 0.0
for (name, path) in [("search page", searchPath), ("document page", documentPath)] {
    var samples: [Double] = []
    for _ in 0..<arguments.requests {
        let (status, elapsed) = try await fetch(URL(string: base + path)!)
        guard status == 200 else { throw BadRequest("\(path) answered \(status)") }
        samples.append(elapsed)
    }
    if name == "search page" { searchP50 = percentile(samples, 0.5) }
    report.append("\(name) over HTTP (\(path)): p50 \(milliseconds(percentile(samples, 0.5))), p95 \(milliseconds(percentile(samples, 0.95)))")
}
report.append(String(format: "search page p50 / in-process search p50: %.2f×", searchP50 / percentile(inProcess, 0.5)))

/// One keep-alive HTTP/1.1 connection to the server on loopback, as light as a client can be (no URLSession): for
/// timing a page and the in-process search taking turns, so both meet the same load on a shared machine.
final class LoopbackClient {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var yes: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        var limit = timeval(tv_sec: 10, tv_usec: 0)  // a page that does not come in 10 s ends the run
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard socket >= 0, connected == 0 else { throw BadRequest("cannot connect to 127.0.0.1:\(port)") }
    }

    deinit { close(socket) }

    /// GETs `path` and reads the whole answer; returns its status.
    func get(_ path: String) throws -> Int {
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard send(socket, request, request.count, 0) == request.count else { throw BadRequest("send failed") }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var bodyStart: Int?, length = 0
        while true {
            let n = recv(socket, &buffer, buffer.count, 0)
            guard n > 0 else { throw BadRequest("the server closed the connection") }
            received += buffer[0..<n]
            if bodyStart == nil, let end = received.firstRange(of: Array("\r\n\r\n".utf8)) {
                bodyStart = end.upperBound
                let head = String(decoding: received[0..<end.lowerBound], as: UTF8.self).lowercased()
                guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                    let value = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
                else { throw BadRequest("no content-length in the answer") }
                length = value
            }
            if let bodyStart, received.count >= bodyStart + length {
                return Int(String(decoding: received[9..<12], as: UTF8.self)) ?? 0
            }
        }
    }
}

// 2b. The search page over one keep-alive connection and the in-process search, taking turns request by request:
// the ratio the target is about, with both measured under the same load.
do {
    let client = try LoopbackClient(port: arguments.port)
    for query in [arguments.query] + arguments.moreQueries {
        let path = "/search?q=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        var page: [Double] = [], search: [Double] = [], faceted: [Double] = []
        var withFacets = SearchOptions(limit: 10)
        withFacets.facets = Pages.facetMatches
        for _ in 0..<arguments.requests {
            var status = 0
            page.append(try time { status = try client.get(path) })
            guard status == 200 else { throw BadRequest("\(path) answered \(status)") }
            search.append(try time { _ = try searcher.search(query, options: SearchOptions(limit: 10)) })
            faceted.append(try time { _ = try searcher.search(query, options: withFacets) })
        }
        let (pageP50, searchP50, facetedP50) = (percentile(page, 0.5), percentile(search, 0.5), percentile(faceted, 0.5))
        report.append(
            "taking turns, \(query): search page over HTTP p50 \(milliseconds(pageP50)), p95 \(milliseconds(percentile(page, 0.95))); "
                + "in-process search p50 \(milliseconds(searchP50)), p95 \(milliseconds(percentile(search, 0.95)))"
                + String(format: "; page / search p50 %.2f×", pageP50 / searchP50)
                + "; the same search with the page's facets (best \(Pages.facetMatches)) p50 \(milliseconds(facetedP50))"
                + String(format: " (page / that %.2f×)", pageP50 / facetedP50))
    }
}

// 3. Throughput: wrk, 50 connections, bounded in time.
let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first { FileManager.default.isExecutableFile(atPath: $0) }
/// Runs wrk and returns its lines.
func runWRK(_ wrk: String, _ arguments: [String]) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: wrk)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
}

/// "50%    1.23ms" → seconds.
func wrkSeconds(_ line: String?) -> Double? {
    guard let field = line?.split(separator: " ", omittingEmptySubsequences: true).last else { return nil }
    for (unit, scale) in [("us", 1e-6), ("ms", 1e-3), ("s", 1.0)] where field.hasSuffix(unit) {
        return Double(field.dropLast(unit.count)).map { $0 * scale }
    }
    return nil
}

if let wrk {
    // One connection, keep-alive: the latency of a page as one user sees it, without URLSession's own overhead.
    for (name, path) in [("search page", searchPath), ("document page", documentPath)] {
        let lines = try runWRK(wrk, ["-t", "1", "-c", "1", "-d", "\(min(5, arguments.wrkSeconds))s", "--latency", base + path])
        let p50 = wrkSeconds(lines.first { $0.hasPrefix("50%") }), p90 = wrkSeconds(lines.first { $0.hasPrefix("90%") }),
            p99 = wrkSeconds(lines.first { $0.hasPrefix("99%") })
        report.append("\(name), wrk -c 1: p50 \(p50.map(milliseconds) ?? "?"), p90 \(p90.map(milliseconds) ?? "?"), p99 \(p99.map(milliseconds) ?? "?")")
        if name == "search page", let p50 {
            report.append(String(format: "search page p50 (wrk -c 1) / in-process search p50: %.2f×", p50 / percentile(inProcess, 0.5)))
        }
    }
    for path in [searchPath, documentPath] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments = ["-t", "2", "-c", "50", "-d", "\(arguments.wrkSeconds)s", "--latency", base + path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let rps = lines.first { $0.hasPrefix("Requests/sec") } ?? "Requests/sec: ?"
        let p50 = lines.first { $0.hasPrefix("50%") } ?? "50% ?"
        let p99 = lines.first { $0.hasPrefix("99%") } ?? "99% ?"
        let errors = lines.first { $0.hasPrefix("Non-2xx") || $0.hasPrefix("Socket errors") }
        report.append("wrk -c 50 -d \(arguments.wrkSeconds)s \(path): \(rps); latency \(p50), \(p99)" + (errors.map { "; \($0)" } ?? ""))
    }
} else {
    report.append("wrk is not installed (apt-get install wrk): no throughput figures")
}

// 4. Broader queries: the page (facets over the best 500 matches) against the search, in process and under wrk -c 1.
for query in arguments.moreQueries {
    let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    var search: [Double] = [], page: [Double] = []
    for _ in 0..<arguments.requests {
        search.append(try time { _ = try searcher.search(query, options: SearchOptions(limit: 10)) })
        page.append(try time { _ = try pages.search(try Parameters(query: "q=\(encoded)"), format: .html) })
    }
    var line = "query \(query): in-process search p50 \(milliseconds(percentile(search, 0.5))), page in process p50 \(milliseconds(percentile(page, 0.5)))"
    line += String(format: " (%.2f×)", percentile(page, 0.5) / percentile(search, 0.5))
    if let wrk {
        let lines = try runWRK(wrk, ["-t", "1", "-c", "1", "-d", "\(min(5, arguments.wrkSeconds))s", "--latency", base + "/search?q=\(encoded)"])
        for _ in 0..<arguments.requests { search.append(try time { _ = try searcher.search(query, options: SearchOptions(limit: 10)) }) }
        if let p50 = wrkSeconds(lines.first { $0.hasPrefix("50%") }) {
            line += "; page wrk -c 1 p50 \(milliseconds(p50)) against the search's p50 before and after, \(milliseconds(percentile(search, 0.5)))"
            line += String(format: ": %.2f×", p50 / percentile(search, 0.5))
        }
    }
    report.append(line)
}
server.cancel()
print(report.joined(separator: "\n"))
exit(0)
