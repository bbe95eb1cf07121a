import Foundation
import GRDBSQLite

/// A read-only connection through the raw SQLite C API: the baseline minutebook's search is compared with.
final class BareConnection {
    let handle: OpaquePointer

    init(path: String, writable: Bool = false) throws {
        var db: OpaquePointer?
        let flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY
        let code = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "code \(code)"
            if let db { sqlite3_close_v2(db) }
            throw BenchError("cannot open \(path) with the SQLite C API: \(message)")
        }
        handle = db
    }

    deinit { sqlite3_close_v2(handle) }

    /// Prepares `sql` once; run it with `BareStatement.run(binding:)`.
    func prepare(_ sql: String) throws -> BareStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw BenchError("cannot prepare bare query (\(String(cString: sqlite3_errmsg(handle)))): \(sql)")
        }
        return BareStatement(statement: statement, connection: self)
    }

    /// Runs one or more statements, discarding rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw BenchError("bare SQLite failed (\(text)): \(sql.prefix(200))")
        }
    }

    /// The first column of the first row of `sql`, as text (for one-off look-ups).
    func scalarText(_ sql: String) throws -> String? {
        let statement = try prepare(sql)
        guard sqlite3_step(statement.statement) == SQLITE_ROW, let text = sqlite3_column_text(statement.statement, 0) else { return nil }
        return String(cString: text)
    }

    static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}

final class BareStatement {
    let statement: OpaquePointer
    let connection: BareConnection

    init(statement: OpaquePointer, connection: BareConnection) {
        self.statement = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds `expression` to ?1, steps through every row reading the rowid (and a second column's text, so a
    /// snippet() there is computed), resets. Returns the row count.
    @discardableResult
    func run(binding expression: String) throws -> Int {
        let bound = expression.withCString { sqlite3_bind_text(statement, 1, $0, -1, sqliteTransient) }
        guard bound == SQLITE_OK else { throw BenchError("bind failed: \(String(cString: sqlite3_errmsg(connection.handle)))") }
        var rows = 0
        var sink: Int64 = 0
        let columns = sqlite3_column_count(statement)
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_ROW {
                sink &+= sqlite3_column_int64(statement, 0)
                if columns > 1 { sink &+= Int64(sqlite3_column_bytes(statement, 1)) }
                rows += 1
            } else if code == SQLITE_DONE {
                break
            } else {
                let message = String(cString: sqlite3_errmsg(connection.handle))
                sqlite3_reset(statement)
                throw BenchError("bare query failed: \(message)")
            }
        }
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        blackHole(sink)
        return rows
    }
}

/// SQLite's "copy the bytes now" destructor, which Swift does not import as a constant.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
