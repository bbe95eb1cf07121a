import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on `PATH.lock` beside an index, so an ingest and a rebuild of the same index never run
/// at once: every ingest holds it shared while it writes, a rebuild holds it exclusive from start to swap.
/// An ingest that finds a rebuild running (or a rebuild that finds an ingest) stops at once and says to run
/// it again, rather than writing to a file that is about to be replaced.
///
/// `flock(2)` locks belong to the open file and are released when the process ends, however it ends, so a
/// killed ingest never leaves the index locked. The lock file is empty and never removed (removing it
/// would let two processes lock two different files of the same name). Queries take no lock: they read
/// through SQLite's own locking, and the rebuild swaps the new file in only once no connection has the old
/// one open in WAL mode (see `IndexRebuild`).
final class IndexLock {
    enum Mode {
        /// An ingest writing to the index in place: several may run together (SQLite orders their writes).
        case shared
        /// A rebuild: nothing else may write to the index until the new file has replaced the old one.
        case exclusive
    }

    let path: String
    private let fd: Int32

    static func lockPath(for indexPath: String) -> String { indexPath + ".lock" }

    /// Takes the lock on `indexPath`'s lock file, creating it if needed.
    /// - Parameter wait: block until the lock is free instead of failing at once.
    /// - Throws: `IndexError.rebuildInProgress` or `.inUse` when it is held the other way and `wait` is false.
    init(indexPath: String, mode: Mode, wait: Bool = false) throws(IndexError) {
        path = Self.lockPath(for: indexPath)
        switch PathKind.of(path) {
        case .missing, .regularFile: break
        case let other: throw .cannotOpen(path: indexPath, reason: "its lock file \(path) is \(other.noun ?? "not a file")")
        }
        let fd = open(path, O_RDWR | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .cannotOpen(path: indexPath, reason: "cannot create its lock file \(path): \(String(cString: strerror(errno)))")
        }
        self.fd = fd
        let operation = (mode == .shared ? LOCK_SH : LOCK_EX) | (wait ? 0 : LOCK_NB)
        while flock(fd, operation) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            if code == EWOULDBLOCK {
                throw mode == .shared ? .rebuildInProgress(path: indexPath) : .inUse(path: indexPath)
            }
            throw .cannotOpen(path: indexPath, reason: "cannot lock \(path): \(String(cString: strerror(code)))")
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
