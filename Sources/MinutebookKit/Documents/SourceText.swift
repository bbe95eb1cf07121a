import Foundation

/// Turns the bytes of a file into text, or says in one line why it cannot.
///
/// UTF-8 is tried first (a byte-order mark is dropped); a file that is not valid
/// UTF-8 is read as Windows-1252, the encoding Word and older council systems
/// export. Empty and binary files are refused.
public enum SourceText {
    /// The largest file the ingester reads; larger files are reported, not read.
    public static let maximumFileSize = 64 * 1024 * 1024

    public static func decode(_ data: Data) throws(DocumentError) -> (text: String, encoding: String) {
        if data.isEmpty { throw .empty }
        if data.count > maximumFileSize { throw .tooLarge(bytes: data.count) }
        if looksBinary(data) { throw .binary }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            if text.allSatisfy({ $0.isWhitespace }) { throw .empty }
            return (text, "utf-8")
        }
        guard let text = decodeWindows1252(bytes) else { throw .undecodable }
        if text.allSatisfy({ $0.isWhitespace }) { throw .empty }
        return (text, "windows-1252")
    }

    /// A NUL byte, or more than 10% control bytes in the first 8 KiB, means binary.
    static func looksBinary(_ data: Data) -> Bool {
        data.prefix(8192).withUnsafeBytes { sample in
            var control = 0
            for byte in sample {
                if byte == 0 { return true }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
            }
            return control * 10 > sample.count
        }
    }

    /// Windows-1252: ASCII and Latin-1, with 0x80–0x9F mapped to typographic marks.
    static func decodeWindows1252(_ bytes: Data) -> String? {
        let high: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F {
                let value = high[Int(byte - 0x80)]
                guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
