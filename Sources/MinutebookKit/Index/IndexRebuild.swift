import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to an index without ever losing what is there: an ingest in place, holding the shared
/// `IndexLock`; a rebuild beside the old index, swapped in whole.
///
/// A rebuild refuses a path that holds anything but a minutebook index (or nothing, or an empty file),
/// builds the new index in `PATH.rebuild-PID-XXXXXXXX` in the same folder while holding the exclusive
/// lock, and only when it is complete renames it over `PATH` (`rename(2)`: at every moment `PATH` is the
/// whole old index or the whole new one). A failed or killed rebuild leaves the old index as it was; its
/// half-built file is removed, or by the next ingest if the process was killed.
///
/// Before the rename, the old index is switched out of WAL mode, which SQLite allows only once no other
/// connection has it open in WAL mode; so a query still reading the old file (through its open descriptor)
/// never shares a `-wal` or `-shm` file with the new one.
public enum IndexMaintenance {
    /// Runs `body` on the index at `path` opened for writing (created if missing), holding the shared lock:
    /// a rebuild cannot swap the file away meanwhile, and this refuses to start while a rebuild runs.
    public static func update<T>(at path: String, _ body: (IndexStore) throws -> T) throws -> T {
        let path = resolved(path)
        let state = try IndexStore.inspect(path)
        if state == .missing { try makeFolder(for: path) }
        if state == .sqlite { try IndexStore.refuseUnlessIndex(path) }  // before the lock file is made beside it
        let lock = try IndexLock(indexPath: path, mode: .shared)
        defer { withExtendedLifetime(lock) {} }
        removeAbandonedRebuilds(of: path)
        let store = try IndexStore.open(at: path, create: true)
        defer {
            try? store.close()
            tidy(path)
        }
        return try body(store)
    }

    /// Folds the write-ahead log into the index file and removes the `-wal` and `-shm` files, as SQLite does when
    /// the last connection closes — which GRDB's pool, closing its writer before its read-only readers, never is.
    /// A query then finds the file complete and has nothing to fold in itself. Skipped (after a second's wait)
    /// while another process has the index open.
    static func tidy(_ path: String) {
        var config = Configuration()
        config.busyMode = .timeout(1)
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return }
        _ = try? queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try? queue.close()
    }

    /// Builds a new index for `path` with `body` (given the new, empty index) and puts it in place of the old
    /// one when `body` returns; when `body` throws, the old index is left as it was.
    /// - Parameter wait: wait for other ingests of `path` to finish instead of failing with `IndexError.inUse`.
    /// - Throws: `IndexError.notAnIndex` (or `.notAFile`) when `path` holds something else, which is never touched.
    public static func rebuild<T>(at path: String, wait: Bool = false, _ body: (IndexStore) throws -> T) throws -> T {
        let path = resolved(path)
        try checkReplaceable(path)
        try makeFolder(for: path)
        let lock = try IndexLock(indexPath: path, mode: .exclusive, wait: wait)
        defer { withExtendedLifetime(lock) {} }
        try checkReplaceable(path)  // what was checked before the lock may have changed while waiting for it
        removeAbandonedRebuilds(of: path)
        return try build(replacing: path, body)
    }

    /// Builds the index at `path` with `body` unless it exists, holding the exclusive lock (waiting for it), so
    /// two processes that both find it missing build it once. Returns nil when it existed.
    public static func buildIfMissing<T>(at path: String, _ body: (IndexStore) throws -> T) throws -> T? {
        let path = resolved(path)
        guard try IndexStore.inspect(path) == .missing else { return nil }
        try makeFolder(for: path)
        let lock = try IndexLock(indexPath: path, mode: .exclusive, wait: true)
        defer { withExtendedLifetime(lock) {} }
        guard try IndexStore.inspect(path) == .missing else { return nil }
        removeAbandonedRebuilds(of: path)
        return try build(replacing: path, body)
    }

    private static func build<T>(replacing path: String, _ body: (IndexStore) throws -> T) throws -> T {
        let temporary = path + rebuildInfix + "\(getpid())-" + String(format: "%08x", UInt32.random(in: .min ... .max))
        defer { removeFiles(of: temporary) }  // nothing is left once renamed; everything when anything failed
        var store = try IndexStore.open(at: temporary, create: true)
        store.replacing = path
        let result: T
        do {
            result = try body(store)
            // Everything into the main file, so the renamed file is the whole index without its -wal.
            if let pool = store.writer as? DatabasePool { _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
            try store.close()
        } catch {
            try? store.close()
            throw error
        }
        if case .regularFile(let size) = PathKind.of(temporary + "-wal"), size > 0 {
            throw IndexError.swapFailed(path: path, reason: "the new index could not be checkpointed")
        }
        try swap(temporary, into: path)
        return result
    }

    /// Renames `temporary` over `path` once no connection has the old index open in WAL mode.
    private static func swap(_ temporary: String, into path: String) throws {
        var old: DatabaseQueue?
        defer { try? old?.close() }
        if case .regularFile(let size) = PathKind.of(path), size > 0 {
            do {
                old = try quiesce(path)
            } catch let error as IndexError {
                throw error
            } catch let error as DatabaseError where error.isDamage {
                // A damaged old index (the usual reason to rebuild): SQLite cannot switch its journal mode, and
                // its -wal belongs to nothing worth keeping.
                for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
            } catch {
                throw IndexError.swapFailed(path: path, reason: IndexStore.describe(error))
            }
            unlink(path + "-shm")  // left by WAL mode; nothing uses it once the mode is DELETE
        }
        guard rename(temporary, path) == 0 else {
            throw IndexError.swapFailed(path: path, reason: String(cString: strerror(errno)))
        }
        syncFolder(of: path)
    }

    /// Switches the old index out of WAL mode, waiting (up to the busy timeout, 30 s) for the queries that have
    /// it open to finish; returns the connection, to be closed after the rename.
    private static func quiesce(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(1)
        let queue = try DatabaseQueue(path: path, configuration: config)
        let deadline = Date().addingTimeInterval(30)
        while true {
            let mode = try? queue.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = DELETE") }
            if mode?.lowercased() == "delete" { return queue }
            // Damage shows here, not above: try? hid it.
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            if Date() > deadline {
                try? queue.close()
                throw IndexError.swapFailed(path: path, reason: "other minutebook commands kept it open for 30 s")
            }
            usleep(50_000)
        }
    }

    /// Refuses anything at `path` but nothing, an empty file or a minutebook index (damaged, older or newer).
    static func checkReplaceable(_ path: String) throws {
        guard try IndexStore.inspect(path) == .sqlite else { return }
        do {
            let reader = try IndexStore.openReader(path, mode: .queryOnly)
            defer { try? reader.close() }
            if try reader.identity() == .foreign { throw IndexError.notAnIndex(path: path) }
        } catch IndexError.damaged {
            // A damaged file must still show minutebook's tables in its schema to be replaced.
            guard isMinutebookSchema(path) else { throw IndexError.notAnIndex(path: path) }
        }
    }

    /// Whether the schema table of the SQLite file at `path` names minutebook's tables, read without trusting
    /// the rest of the file.
    private static func isMinutebookSchema(_ path: String) -> Bool {
        var config = Configuration()
        config.readonly = true
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: URIFilename.supported ? URIFilename.immutable(path) : path, configuration: config) } catch { return false }
        defer { try? queue.close() }
        let tables = (try? queue.read { try Set(String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")) }) ?? []
        return tables.isSuperset(of: ["grdb_migrations", "documents", "passages", "passages_fts"])
    }

    /// `path`, or where it points when it is a symlink: a rebuild replaces the index, not the link to it.
    static func resolved(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    static let rebuildInfix = ".rebuild-"

    /// Removes the half-built files of rebuilds whose process has gone (killed before it could tidy up). Called
    /// holding the lock, so no live rebuild of this index has files there; the process check is a second guard.
    static func removeAbandonedRebuilds(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + rebuildInfix
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            // NAME.rebuild-PID-XXXXXXXX, then perhaps -wal, -shm or -journal.
            let parts = name.dropFirst(prefix.count).split(separator: "-")
            guard parts.count >= 2, let pid = Int32(parts[0]), parts[1].count == 8, parts[1].allSatisfy(\.isHexDigit) else { continue }
            guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
            unlink(folder.isEmpty ? name : folder + "/" + name)
        }
    }

    private static func removeFiles(of path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    private static func makeFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, PathKind.of(folder) == .missing else { return }
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw IndexError.cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    /// Makes the rename durable: the folder's entry is on disk when this returns.
    private static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
