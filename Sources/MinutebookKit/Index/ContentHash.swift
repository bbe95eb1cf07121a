import Foundation

/// A 64-bit FNV-1a hash of a file's bytes (and its sidecar's), to tell an unchanged file.
enum ContentHash {
    static func of(_ data: Data, _ extra: Data? = nil) -> String {
        var hash = FNV1a()
        for chunk in [data, extra ?? Data()] {
            chunk.withUnsafeBytes { hash.add($0) }
        }
        return String(format: "%016llx-%d", hash.value, data.count)
    }
}
