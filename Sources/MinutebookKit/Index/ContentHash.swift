import Foundation

/// A 64-bit FNV-1a hash of a file's bytes (and its sidecar's), to tell an unchanged file.
enum ContentHash {
    static func of(_ data: Data, _ extra: Data? = nil) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for chunk in [data, extra ?? Data()] {
            chunk.withUnsafeBytes { buffer in
                for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            }
        }
        return String(format: "%016llx-%d", hash, data.count)
    }
}
