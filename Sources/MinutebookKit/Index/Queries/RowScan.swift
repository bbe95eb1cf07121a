import Foundation
import GRDB
import GRDBSQLite

extension Statement {
    /// Steps through the rows this statement gives for `arguments` through SQLite's C API — no `Row` per row, for
    /// scans over thousands of matches. `body` reads the columns from the handle (`sqlite3_column_…`) and returns
    /// false to stop. The statement is reset afterwards, so a cached statement can be used again.
    func forEachRow(_ db: Database, arguments: StatementArguments, _ body: (OpaquePointer) throws -> Bool) throws {
        try setArguments(arguments)
        let handle = sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            guard try body(handle) else { return }
        }
    }
}

/// Column `column` of the row at `handle` as UTF-8 bytes, valid until the statement steps on (empty for NULL).
func columnBytes(_ handle: OpaquePointer, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let bytes = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
}

/// Column `column` of the row at `handle` as text ("" for NULL), read with its length.
func columnText(_ handle: OpaquePointer, _ column: Int32) -> String {
    String(decoding: columnBytes(handle, column), as: UTF8.self)
}
