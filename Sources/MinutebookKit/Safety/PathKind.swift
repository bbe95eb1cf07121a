import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path, found with `stat(2)` (symlinks followed) without opening it: opening a named pipe
/// for reading blocks until something writes to it, and a device file may never end.
public enum PathKind: Equatable, Sendable {
    case missing
    case regularFile(size: Int)
    case folder
    case namedPipe
    case socket
    case device
    /// A symlink that points nowhere, or one that loops.
    case brokenLink
    /// `stat` failed for another reason (permission on a folder above it, a name too long…).
    case unreachable(String)

    public static func of(_ path: String) -> PathKind {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ENOENT || code == ELOOP {
                var link = stat()
                return lstat(path, &link) == 0 ? .brokenLink : .missing
            }
            if code == ENOTDIR { return .missing }
            return .unreachable(String(cString: strerror(code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile(size: Int(info.st_size))
        case S_IFDIR: return .folder
        case S_IFIFO: return .namedPipe
        case S_IFSOCK: return .socket
        case S_IFCHR, S_IFBLK: return .device
        default: return .unreachable("an unknown kind of file")
        }
    }

    /// "a folder", "a named pipe (FIFO)"… for messages; nil for a regular file or nothing.
    public var noun: String? {
        switch self {
        case .missing, .regularFile: nil
        case .folder: "a folder"
        case .namedPipe: "a named pipe (FIFO)"
        case .socket: "a socket"
        case .device: "a device file"
        case .brokenLink: "a broken or looping symlink"
        case .unreachable(let reason): "unreachable (\(reason))"
        }
    }

    /// Whether this process may write to `path` (`access(2)`; a read-only mount says no even to root).
    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// The file's bytes when `path` is a regular file of at most `limit` bytes (only its first `prefix`
    /// bytes when given). Never blocks on a pipe or device: the kind is checked first and the file opened
    /// with `O_NONBLOCK`.
    static func readRegularFile(_ path: String, limit: Int, prefix: Int? = nil) throws(FileReadError) -> Data {
        switch of(path) {
        case .missing: throw .missing
        case .regularFile(let size): if size > limit && prefix == nil { throw .tooLarge(size) }
        case let other: throw .notAFile(other.noun ?? "not a regular file")
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw .notAFile("not a regular file") }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: min(65_536, prefix ?? .max))
        while true {
            let wanted = min(buffer.count, (prefix ?? .max) - data.count)
            if wanted == 0 { break }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { throw .tooLarge(data.count) }
        }
        return data
    }

    enum FileReadError: Error, CustomStringConvertible {
        case missing
        case tooLarge(Int)
        /// What it is instead: "a folder", "a named pipe (FIFO)"…
        case notAFile(String)
        case unreadable(String)

        var description: String {
            switch self {
            case .missing: "no such file"
            case .tooLarge(let bytes): "it is \(bytes) bytes, too large"
            case .notAFile(let noun): "it is \(noun), not a regular file"
            case .unreadable(let reason): reason
            }
        }
    }
}
