import Foundation
import GRDB

/// The SQLite file that holds the index. Opens it in WAL mode with a busy timeout, so a search can
/// run while an ingest writes; migrates an older schema; refuses a file that is not a minutebook index.
public struct IndexStore: Sendable {
    /// The default location, relative to the working directory.
    public static let defaultPath = "index/minutebook.sqlite"

    public let path: String
    let writer: any DatabaseWriter

    /// Opens the index at `path`; creates it (and its folder) when `create` is true, else a missing file is an error.
    public static func open(at path: String, create: Bool) throws(IndexError) -> IndexStore {
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists && !create { throw .missing(path: path) }
        if exists { try checkHeader(path) }
        if !exists {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                    throw .cannotOpen(path: path, reason: error.localizedDescription)
                }
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // A page cache of up to 64 MB (SQLite's default is 2 MB): an ingest merges FTS5 segments, and with the
            // small cache it read the same pages back from the operating system again and again.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
        }
        let pool: DatabasePool
        do { pool = try DatabasePool(path: path, configuration: config) } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
        let store = IndexStore(path: path, writer: pool)
        try store.migrate()
        return store
    }

    private static func checkHeader(_ path: String) throws(IndexError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path, reason: "permission denied") }
        defer { try? handle.close() }
        let header = handle.readData(ofLength: 16)
        if header.isEmpty { return }   // an empty file becomes a new index
        guard header.starts(with: Array("SQLite format 3".utf8)) else { throw .notAnIndex(path: path) }
    }

    private func migrate() throws(IndexError) {
        let migrator = IndexSchema.migrator
        do {
            let state = try writer.read { db -> (known: Bool, tables: Int, superseded: Bool) in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                let known = try db.tableExists("grdb_migrations")
                return (known, tables, known ? try migrator.hasBeenSuperseded(db) : false)
            }
            if state.tables > 0 && !state.known { throw IndexError.notAnIndex(path: path) }
            if state.superseded { throw IndexError.newerSchema(path: path) }
            try migrator.migrate(writer)
        } catch let error as IndexError {
            throw error
        } catch {
            throw .database(Self.describe(error))
        }
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return error.localizedDescription
    }

    /// Runs `body` in one read transaction. SQLite errors become `IndexError.database`; others pass through.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as DatabaseError { throw IndexError.database(Self.describe(error)) }
    }

    /// Runs `body` in one write transaction: all of it is stored, or none.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch let error as DatabaseError { throw IndexError.database(Self.describe(error)) }
    }
}
