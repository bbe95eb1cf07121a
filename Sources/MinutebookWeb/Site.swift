import Foundation
import MinutebookKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The index as the web pages read it: a few read-only connections, taken in turn, so requests do not all
/// queue behind one. Nothing here ever writes.
///
/// The index file can be replaced while the server runs (`minutebook ingest --rebuild` renames a new file over
/// it): each request looks at the file (`stat`: device and inode) and, when it is another file, opens that one;
/// requests still running finish on the old file. A rebuild swaps its file in only once no connection has the
/// old one open (see `IndexMaintenance`), so the connections are closed whenever no request has used them for
/// `idleClose` seconds; the next request opens them again.
public final class Site: @unchecked Sendable {
    public let path: String
    /// How many connections are opened.
    public let connections: Int
    /// Seconds without a request after which the connections are closed.
    public let idleClose: Double

    private let lock = NSLock()
    private var current: OpenIndex?
    private var running = 0
    /// Bumped by every request, so a close scheduled at an earlier quiet moment does nothing.
    private var activity = 0
    private static let closer = DispatchQueue(label: "minutebook-web.idle-close")

    /// Opens `connections` read-only connections to the index at `path` (which must exist).
    public init(path: String, connections: Int = 4, idleClose: Double = 0.25) throws {
        self.path = path
        self.connections = max(1, connections)
        self.idleClose = idleClose
        current = try OpenIndex(path: path, file: try FileIdentity(path), connections: self.connections)
    }

    /// A reader for one page: one connection (the next in turn) of the file now at `path`, with its caches.
    func reader() throws -> Reader {
        let file = try FileIdentity(path)
        lock.lock()
        if let open = current, open.file == file {
            let reader = open.next()
            lock.unlock()
            return reader
        }
        lock.unlock()
        // Another file (or none open): open it outside the lock, then keep whichever was put in place first.
        let opened = try OpenIndex(path: path, file: file, connections: connections)
        lock.lock()
        defer { lock.unlock() }
        if let open = current, open.file == file { return open.next() }
        current = opened
        return opened.next()
    }

    /// Runs one request's work, counting it, so the connections are closed once the site has been quiet a while.
    func serving<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock {
            running += 1
            activity += 1
        }
        defer {
            let quiet: Int? = lock.withLock {
                running -= 1
                return running == 0 ? activity : nil
            }
            if let quiet { scheduleClose(after: quiet) }
        }
        return try body()
    }

    private func scheduleClose(after quiet: Int) {
        Self.closer.asyncAfter(deadline: .now() + idleClose) { [weak self] in
            guard let self else { return }
            let closing: OpenIndex? = self.lock.withLock {
                guard self.running == 0, self.activity == quiet else { return nil }
                defer { self.current = nil }
                return self.current
            }
            // Dropped here, outside the lock: the connections close once the last reader lets go of them.
            _ = closing
        }
    }

    /// Whether connections are open now (for tests).
    var isOpen: Bool { lock.withLock { current != nil } }

    /// The id of the document at `path` (as hits show it), for linking to its page.
    public func documentID(path: String) throws -> Int64? { try reader().documentIDs()[path] }
}

/// The device and inode of the file at a path: another number means another file was put there.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    init(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw IndexError.missing(path: path) }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// The connections to one index file, each with what the pages read again and again.
final class OpenIndex: @unchecked Sendable {
    let file: FileIdentity
    private let readers: [Reader]
    private var turn = 0
    private let lock = NSLock()

    init(path: String, file: FileIdentity, connections: Int) throws {
        self.file = file
        readers = try (0..<connections).map { _ in Reader(store: try IndexStore.openForReading(at: path)) }
    }

    func next() -> Reader {
        lock.withLock {
            turn = (turn + 1) % readers.count
            return readers[turn]
        }
    }
}

/// One connection, and what the pages read again and again (document ids, topic counts, the pages of documents),
/// kept until the index changes: SQLite's data version, read in the same connection, says when another
/// connection has written.
final class Reader: @unchecked Sendable {
    let store: IndexStore
    private let lock = NSLock()
    private var version: Int?
    private var ids: [String: Int64]?
    private var counts: [TopicCount]?
    private var pages: [String: Output] = [:]
    /// The most pages kept; past it they are all dropped and kept again as they are asked for.
    static let keptPages = 256

    init(store: IndexStore) { self.store = store }

    /// Forgets everything when the index has changed since it was read. Called holding the lock.
    private func refresh() throws {
        let now = try store.changeCounter()
        guard now != version else { return }
        version = now
        ids = nil
        counts = nil
        pages = [:]
    }

    private func cached<T>(_ slot: ReferenceWritableKeyPath<Reader, T?>, _ load: () throws -> T) throws -> T {
        try lock.withLock {
            try refresh()
            if let value = self[keyPath: slot] { return value }
            let value = try load()
            self[keyPath: slot] = value
            return value
        }
    }

    /// Document ids by path as hits show it.
    func documentIDs() throws -> [String: Int64] { try cached(\.ids) { try store.documentIDs() } }

    /// Every topic with its counts.
    func topicCounts() throws -> [TopicCount] { try cached(\.counts) { try store.topicCounts() } }

    /// The page named `key`, made by `make` the first time it is asked for in this version of the index.
    func page(_ key: String, _ make: () throws -> Output) throws -> Output {
        try lock.withLock {
            try refresh()
            if let page = pages[key] { return page }
            let page = try make()
            if pages.count >= Self.keptPages { pages = [:] }
            pages[key] = page
            return page
        }
    }
}

/// A request the pages cannot answer because of what was asked: 400 with a one-line message.
public struct BadRequest: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Something asked for that is not there: 404.
public struct NotFound: Error, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The query string, decoded and checked: every value a page reads goes through here.
public struct Parameters: Sendable {
    public private(set) var pairs: [(String, String)] = []

    /// The most a value may hold: a query or a draft question, with room to spare.
    public static let maximumLength = 2_000

    public init(query: String?) throws {
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decode(halves[0]) else { throw BadRequest("a parameter name is not valid percent-encoded UTF-8") }
            guard let value = Self.decode(halves.count > 1 ? halves[1] : "") else {
                throw BadRequest("the value of '\(key)' is not valid percent-encoded UTF-8")
            }
            guard value.count <= Self.maximumLength else { throw BadRequest("the value of '\(key)' is longer than \(Self.maximumLength) characters") }
            guard !value.unicodeScalars.contains(where: { $0.value == 0 }) else { throw BadRequest("the value of '\(key)' holds a NUL character") }
            pairs.append((key, value))
        }
    }

    init(pairs: [(String, String)]) { self.pairs = pairs }

    static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The value of `key`, nil when absent or empty.
    public func get(_ key: String) -> String? {
        guard let value = pairs.last(where: { $0.0 == key })?.1.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// Every non-empty value of `key`.
    public func all(_ key: String) -> [String] {
        pairs.filter { $0.0 == key }.map { $0.1.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A whole number in `range`, else `fallback` when absent.
    public func int(_ key: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = get(key) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw BadRequest("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// A date (YYYY-MM-DD).
    public func date(_ key: String) throws -> String? {
        guard let text = get(key) else { return nil }
        guard Self.isDate(text) else { throw BadRequest("\(key): '\(text)' is not a date; write YYYY-MM-DD (e.g. 2018-02-02)") }
        return text
    }

    /// One of `choices`.
    public func choice(_ key: String, _ choices: [String]) throws -> String? {
        guard let text = get(key) else { return nil }
        let value = text.lowercased().replacingOccurrences(of: "-", with: "_")
        guard let match = choices.first(where: { $0.replacingOccurrences(of: "-", with: "_") == value }) else {
            throw BadRequest("\(key) must be one of: \(choices.joined(separator: ", ")), not '\(text)'")
        }
        return match
    }

    static func isDate(_ text: String) -> Bool { CalendarDate.isValid(text) }

    /// These parameters with `key` set to `value` (or removed, when nil), and the page reset.
    public func setting(_ key: String, _ value: String?, adding: Bool = false) -> Parameters {
        var kept = pairs.filter { $0.0 != "page" && (adding || $0.0 != key) }
        if let value { kept.append((key, value)) }
        return Parameters(pairs: kept)
    }

    public func removing(_ key: String, value: String) -> Parameters {
        Parameters(pairs: pairs.filter { !($0.0 == "page") && !($0.0 == key && $0.1 == value) })
    }

    public func withPage(_ page: Int) -> Parameters {
        Parameters(pairs: pairs.filter { $0.0 != "page" } + (page > 1 ? [("page", String(page))] : []))
    }

    public func href(_ path: String) -> String {
        let nonEmpty = pairs.filter { !$0.1.isEmpty }
        return nonEmpty.isEmpty ? path : path + "?" + HTML.query(nonEmpty)
    }
}
