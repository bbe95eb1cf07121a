import Foundation
import GRDB
import GRDBSQLite

/// Stops a statement that runs past its time: SQLite's progress handler, called every thousand virtual-machine
/// steps, interrupts it (`SQLITE_INTERRUPT`, reported as `IndexError.queryTooSlow`) once the deadline has passed.
/// One per read transaction; `remove()` before the connection is used for anything else.
///
/// See <https://www.sqlite.org/c3ref/progress_handler.html>.
final class QueryDeadline {
    private let connection: OpaquePointer?
    private let deadline: UnsafeMutablePointer<UInt64>

    /// Steps between two looks at the clock: a look costs tens of nanoseconds, a thousand steps some microseconds.
    static let steps: Int32 = 1_000

    init(_ db: Database, seconds: Double) {
        connection = db.sqliteConnection
        deadline = .allocate(capacity: 1)
        let nanoseconds = seconds.isFinite ? UInt64(max(0, min(seconds, 1e9)) * 1e9) : UInt64.max / 2
        deadline.initialize(to: DispatchTime.now().uptimeNanoseconds &+ nanoseconds)
        sqlite3_progress_handler(
            connection, Self.steps,
            { context in
                guard let context else { return 0 }
                return DispatchTime.now().uptimeNanoseconds >= context.load(as: UInt64.self) ? 1 : 0
            }, UnsafeMutableRawPointer(deadline))
    }

    func remove() {
        sqlite3_progress_handler(connection, 0, nil, nil)
    }

    deinit {
        deadline.deinitialize(count: 1)
        deadline.deallocate()
    }
}

/// SQLite URI file names, for opening a read-only index `immutable=1`.
/// See <https://www.sqlite.org/uri.html>.
enum URIFilename {
    /// Whether this SQLite reads `file:` names without `SQLITE_OPEN_URI` (GRDB does not pass it): built with
    /// `SQLITE_USE_URI` (Debian's and Ubuntu's are).
    static let supported: Bool = sqlite3_compileoption_used("USE_URI") == 1

    /// `file:/abs/path?immutable=1`, the path percent-encoded where URI syntax needs it.
    static func immutable(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(encoded)?immutable=1"
    }
}
