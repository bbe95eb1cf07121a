import Foundation
import MinutebookKit

/// The index as the web pages read it: a few read-only connections, taken in turn, so requests do not all
/// queue behind one. Nothing here ever writes.
public final class Site: @unchecked Sendable {
    public let path: String
    private let stores: [IndexStore]
    private let catalogs: [Catalog]
    private var next = 0
    private let lock = NSLock()

    /// Opens `connections` read-only connections to the index at `path` (which must exist).
    public init(path: String, connections: Int = 4) throws {
        self.path = path
        var stores: [IndexStore] = []
        var catalogs: [Catalog] = []
        for _ in 0..<max(1, connections) {
            stores.append(try IndexStore.openForReading(at: path))
            catalogs.append(try Catalog.open(path: path))
        }
        self.stores = stores
        self.catalogs = catalogs
    }

    private func turn() -> Int {
        lock.lock(); defer { lock.unlock() }
        next = (next + 1) % stores.count
        return next
    }

    var store: IndexStore { stores[turn()] }

    /// The id of the document at `path` (as hits show it), for linking to its page.
    public func catalogDocumentID(path: String) throws -> Int64? { try catalog.documentIDs()[path] }
    var catalog: Catalog { catalogs[turn()] }
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
            guard let value = Self.decode(halves.count > 1 ? halves[1] : "") else { throw BadRequest("the value of '\(key)' is not valid percent-encoded UTF-8") }
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
