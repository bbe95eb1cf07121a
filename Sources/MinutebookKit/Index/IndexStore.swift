import Foundation
import GRDB

/// The SQLite file that holds the index.
///
/// `open(at:create:)` is the ingester's: WAL mode with a busy timeout, so a search can run while an ingest
/// writes; an older schema is migrated. `openForReading(at:)` is every query's: it never writes to the
/// file, never migrates it, and works on a read-only file or folder. Both refuse a path that is not a
/// regular file (a folder, a named pipe: checked with `stat` before anything opens it, so a pipe never
/// blocks) and a file that is not a minutebook index.
public struct IndexStore: Sendable {
    /// The default location in the repository (or any folder with an `index/` folder), relative to the working directory.
    public static let defaultPath = "index/minutebook.sqlite"

    /// The per-user location: `$XDG_DATA_HOME/minutebook/minutebook.sqlite`, else `~/.local/share/minutebook/minutebook.sqlite`.
    public static func userPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/minutebook/minutebook.sqlite"
    }

    /// `defaultPath` when the working directory has an `index/` folder (as the repository does), else `userPath()`.
    public static func resolvedDefaultPath(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: workingDirectory + "/index", isDirectory: &isFolder), isFolder.boolValue { return defaultPath }
        return userPath(environment: environment)
    }
    /// The page size of a new index, in bytes.
    static let pageSize = 8192
    /// Seconds one query may take before it is stopped (`IndexError.queryTooSlow`).
    public static let defaultQueryTimeLimit = 10.0

    /// How the file was opened.
    public enum Access: String, Sendable {
        /// For ingest: reads and writes, migrations.
        case readWrite
        /// A query on a file this process could write: opened read-write so SQLite tidies its `-wal` and `-shm`
        /// files away on close, but nothing is ever written (`write` refuses; no migrations).
        case queryOnly
        /// A read-only file (or folder with the `-wal` and `-shm` files present): `SQLITE_OPEN_READONLY`.
        case readOnly
        /// A read-only file with no `-wal` to read: opened `immutable=1`, so SQLite needs no `-shm` either.
        case immutable
    }

    public let path: String
    let writer: any DatabaseWriter
    public let access: Access
    /// Seconds one `read` may run; SQLite's progress handler stops it after that.
    public var queryTimeLimit = IndexStore.defaultQueryTimeLimit
    /// The index a rebuild will replace: its files are never read as documents either.
    var replacing: String?
    /// The index was made by an older minutebook and upgraded when it was opened (for a note to the user).
    public internal(set) var upgraded = false

    /// What to tell a user whose index was just upgraded.
    public var upgradeNote: String {
        "upgraded \(path) to this minutebook's index (smaller: item titles and section headings are indexed once, a question's text is kept once, in its passage, and a passage's kind and speakers are not repeated)"
    }

    /// The files of this index (and of the one it replaces) that an ingest must never read as documents.
    var ownFiles: [String] {
        ([path] + (replacing.map { [$0] } ?? [])).flatMap { base in ["", "-wal", "-shm", "-journal", ".lock"].map { base + $0 } }
    }

    /// Opens the index at `path` for writing; creates it (and its folder) when `create` is true, else a missing
    /// file is an error.
    public static func open(at path: String, create: Bool) throws(IndexError) -> IndexStore {
        let state = try inspect(path)
        if state == .missing && !create { throw .missing(path: path) }
        if state == .missing { try createFolder(for: path) }
        if state == .sqlite { try refuseUnlessIndex(path) }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // A page cache of up to 64 MB (SQLite's default is 2 MB): an ingest merges FTS5 segments, and with the
            // small cache it read the same pages back from the operating system again and again.
            // 8 KB pages for a new file (before GRDB turns on WAL, after which the size is fixed; an existing index
            // keeps its own): 1.5% smaller than 4 KB pages on the benchmark corpus, mostly the FTS5 tables' leaves.
            try db.execute(sql: "PRAGMA page_size = \(IndexStore.pageSize); PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
        }
        let pool: DatabasePool
        do { pool = try DatabasePool(path: path, configuration: config) } catch {
            throw Self.opening(path, error)
        }
        var store = IndexStore(path: path, writer: pool, access: .readWrite)
        store.upgraded = try store.migrate()
        if store.upgraded {
            // An upgrade leaves the space of what it moved or dropped (headings, in v3) free inside the file: give it back.
            do { try pool.writeWithoutTransaction { try $0.execute(sql: "VACUUM") } } catch { throw store.mapped(error) }
        }
        return store
    }

    /// Opens the index at `path` for queries, without ever writing to it. An index from an older minutebook is
    /// upgraded first when the file can be written (the one write a query may cause), refused otherwise.
    public static func openForReading(at path: String) throws(IndexError) -> IndexStore {
        let state = try inspect(path)
        guard state == .sqlite else { throw .missing(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        let writable = PathKind.isWritable(path) && PathKind.isWritable(folder.isEmpty ? "." : folder)
        let walBytes: Int = if case .regularFile(let size) = PathKind.of(path + "-wal") { size } else { 0 }
        let modes: [Access] = writable ? [.queryOnly] : walBytes > 0 ? [.readOnly, .immutable] : [.immutable, .readOnly]
        var lastError = IndexError.cannotOpen(path: path, reason: "no way to open it")
        for mode in modes where mode != .immutable || URIFilename.supported {
            let store: IndexStore
            do { store = try openReader(path, mode: mode) } catch {
                lastError = error
                continue
            }
            switch try store.identity() {
            case .current: return store
            case .empty: throw .missing(path: path)
            case .foreign: throw .notAnIndex(path: path)
            case .newer: throw .newerSchema(path: path)
            case .older:
                guard writable else { throw .outdatedReadOnly(path: path) }
                try? store.close()
                let writer = try open(at: path, create: false)
                try? writer.close()
                var upgraded = try openReader(path, mode: mode)
                upgraded.upgraded = true
                return upgraded
            }
        }
        throw lastError
    }

    static func openReader(_ path: String, mode: Access) throws(IndexError) -> IndexStore {
        var config = Configuration()
        config.readonly = mode != .queryOnly
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
            if mode == .queryOnly { try db.execute(sql: "PRAGMA query_only = 1") }
        }
        do {
            let queue = try DatabaseQueue(path: mode == .immutable ? URIFilename.immutable(path) : path, configuration: config)
            let store = IndexStore(path: path, writer: queue, access: mode)
            // The first read is where SQLite finds out whether it can use the -wal and -shm files.
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return store
        } catch {
            throw Self.opening(path, error)
        }
    }

    /// Closes the connection(s); the store cannot be used afterwards.
    func close() throws {
        if let pool = writer as? DatabasePool { try pool.close() } else if let queue = writer as? DatabaseQueue { try queue.close() }
    }

    // MARK: - What is at the path

    enum FileState: Equatable {
        case missing
        /// An empty file: an ingest makes an index of it.
        case empty
        /// A regular file with SQLite's header: an index, another program's database, or a damaged one.
        case sqlite
    }

    /// What is at `path`, from `stat` and the first bytes; anything but nothing, an empty file or an SQLite
    /// file is refused without being opened for writing.
    static func inspect(_ path: String) throws(IndexError) -> FileState {
        if path.isEmpty { throw .cannotOpen(path: path, reason: "the path is empty") }
        switch PathKind.of(path) {
        case .missing: return .missing
        case .regularFile(let size): if size == 0 { return .empty }
        case .unreachable(let reason): throw .cannotOpen(path: path, reason: reason)
        case let other: throw .notAFile(path: path, kind: other.noun ?? "not a regular file")
        }
        let header: Data
        do { header = try PathKind.readRegularFile(path, limit: .max, prefix: 16) } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        guard header.starts(with: Array("SQLite format 3".utf8)) else { throw .notAnIndex(path: path) }
        return .sqlite
    }

    /// Refuses the SQLite file at `path` unless it is a minutebook index this minutebook can write to. Found
    /// without writing: opening a pool would switch another program's database to WAL mode.
    static func refuseUnlessIndex(_ path: String) throws(IndexError) {
        let reader = try openReader(path, mode: .queryOnly)
        defer { try? reader.close() }
        switch try reader.identity() {
        case .foreign: throw .notAnIndex(path: path)
        case .newer: throw .newerSchema(path: path)
        case .empty, .current, .older: break
        }
    }

    private static func createFolder(for path: String) throws(IndexError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw .cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    /// An error from opening `path` as one line.
    private static func opening(_ path: String, _ error: Error) -> IndexError {
        if let error = error as? IndexError { return error }
        if let error = error as? DatabaseError, error.isDamage { return .damaged(path: path) }
        return .cannotOpen(path: path, reason: describe(error))
    }

    // MARK: - Schema

    enum Identity {
        /// No tables: a new file.
        case empty
        /// Every migration this minutebook knows, and no other.
        case current
        /// A minutebook index missing later migrations.
        case older
        /// A minutebook index with migrations this minutebook does not know.
        case newer
        /// Another program's database.
        case foreign
    }

    /// Whose database this is. A minutebook index has GRDB's migration table with minutebook's first migration
    /// and minutebook's tables; another program's database (even one made with GRDB) has not.
    func identity() throws(IndexError) -> Identity {
        let migrator = IndexSchema.migrator
        do {
            return try read { db -> Identity in
                let tables = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
                if tables.isEmpty { return .empty }
                // "v1" is minutebook's first migration, never renamed (a shipped migration is never edited).
                guard tables.isSuperset(of: ["grdb_migrations", "documents", "passages"]),
                    try migrator.appliedIdentifiers(db).contains("v1")
                else { return .foreign }
                if try migrator.hasBeenSuperseded(db) { return .newer }
                return try migrator.hasCompletedMigrations(db) ? .current : .older
            }
        } catch {
            throw mapped(error)
        }
    }

    /// Brings the schema up to date; true when an index made by an older minutebook was upgraded.
    private func migrate() throws(IndexError) -> Bool {
        let identity = try identity()
        switch identity {
        case .foreign: throw .notAnIndex(path: path)
        case .newer: throw .newerSchema(path: path)
        case .current: return false
        case .empty, .older: break
        }
        do { try IndexSchema.migrator.migrate(writer) } catch { throw mapped(error) }
        return identity == .older
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return error.localizedDescription
    }

    /// A database error as an `IndexError`: damage, a query stopped by its time limit, or SQLite's message.
    func mapped(_ error: Error) -> IndexError {
        switch error {
        case let error as IndexError: return error
        case let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT: return .queryTooSlow(seconds: queryTimeLimit)
        case let error as DatabaseError where error.isDamage: return .damaged(path: path)
        case is RowDecodingError: return .damaged(path: path)
        default: return .database(Self.describe(error))
        }
    }

    // MARK: - Transactions

    /// Runs `body` in one read transaction, stopped after `queryTimeLimit` seconds. SQLite errors become
    /// `IndexError`s (damage, `queryTooSlow`, or `database`); a row no sound index could hold (a NULL where
    /// the schema forbids it) is damage; other errors pass through.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let limit = queryTimeLimit
        func run(_ db: Database) throws -> T {
            let deadline = QueryDeadline(db, seconds: limit)
            defer { deadline.remove() }
            return try body(db)
        }
        do {
            // A query-only connection (`PRAGMA query_only = 1`, set once when it opens) reads in a plain transaction:
            // GRDB's `read` would set `query_only` on and off around every read, and SQLite expires every prepared
            // statement when a flag pragma runs, so each read prepared all its statements again.
            if access == .queryOnly, let queue = writer as? DatabaseQueue {
                return try queue.unsafeRead { db in
                    var result: T?
                    try db.inTransaction(.deferred) {
                        result = try run(db)
                        return .commit
                    }
                    return result!
                }
            }
            return try writer.read(run)
        } catch let error as DatabaseError {
            throw mapped(error)
        } catch let error as RowDecodingError {
            throw mapped(error)
        }
    }

    /// Runs `body` in one write transaction: all of it is stored, or none. Refused on a store opened for reading.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard access == .readWrite else { throw IndexError.database("the index was opened for reading only") }
        do {
            return try writer.write { db in
                let result = try body(db)
                try WriteSeam.beforeCommit(path, db)
                return result
            }
        } catch let error as DatabaseError { throw mapped(error) }
    }
}

extension DatabaseError {
    /// SQLite found the file damaged, or not a database at all.
    var isDamage: Bool { resultCode == .SQLITE_CORRUPT || resultCode == .SQLITE_NOTADB }
}
