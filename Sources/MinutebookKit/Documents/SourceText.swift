import Foundation

/// Turns the bytes of a file into text, or says in one line why it cannot.
///
/// UTF-16 (with a byte-order mark, or recognised by its zero bytes) is read as such. Otherwise UTF-8 is
/// tried first (a byte-order mark is dropped); a file that is mostly UTF-8 stays UTF-8, each stray byte
/// replaced with U+FFFD and a warning naming its line. Only a file that is clearly not UTF-8 — no valid
/// multi-byte sequences, or far more invalid bytes than valid ones — is read as Windows-1252, the encoding
/// Word and older council systems export. NUL bytes become U+FFFD too: SQLite would end the text at the
/// first one. Empty and binary files are refused.
public enum SourceText {
    /// The largest file the ingester reads; larger files are reported, not read.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Text, the encoding it was read in, and what had to be repaired ("line 12: a byte that is not UTF-8
    /// was replaced with U+FFFD").
    public struct Decoded: Equatable, Sendable {
        public var text: String
        /// `utf-8`, `windows-1252`, `utf-16le` or `utf-16be`.
        public var encoding: String
        public var warnings: [String]
    }

    public static func decode(_ data: Data) throws(DocumentError) -> (text: String, encoding: String) {
        let decoded = try decodeReporting(data)
        return (decoded.text, decoded.encoding)
    }

    /// `decode`, with the repairs made listed as warnings.
    public static func decodeReporting(_ data: Data) throws(DocumentError) -> Decoded {
        if data.isEmpty { throw .empty }
        if data.count > maximumFileSize { throw .tooLarge(bytes: data.count) }
        let decoded: Decoded
        if let order = utf16ByteOrder(data) {
            decoded = decodeUTF16(data, bigEndian: order.bigEndian, skip: order.bom ? 2 : 0)
            if controlShare(decoded.text) * 10 > 1 { throw .binary }
        } else {
            if looksBinary(data) { throw .binary }
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            decoded = decodeEightBit(bytes)
        }
        if decoded.text.allSatisfy({ $0.isWhitespace }) { throw .empty }
        return decoded
    }

    // MARK: - Binary

    /// Signatures of formats that are not text: PDF, ZIP (docx, xlsx, odt), OLE (doc, xls), PNG, JPEG, GIF,
    /// gzip, ELF, SQLite.
    static let binarySignatures: [[UInt8]] = [
        Array("%PDF".utf8), [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], [0x89, 0x50, 0x4E, 0x47],
        [0xFF, 0xD8, 0xFF], Array("GIF8".utf8), [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46], Array("SQLite format 3".utf8),
    ]

    /// A known binary signature, or, in the first 8 KiB, NUL bytes in more than 1% or control bytes in more than
    /// 10% of them. A stray NUL in text is not enough (it is replaced); a UTF-16 file is recognised before this.
    static func looksBinary(_ data: Data) -> Bool {
        if binarySignatures.contains(where: { data.starts(with: $0) }) { return true }
        return data.prefix(8192).withUnsafeBytes { sample in
            var control = 0, nul = 0
            for byte in sample {
                if byte == 0 { nul += 1 }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
            }
            return nul * 100 > sample.count || control * 10 > sample.count
        }
    }

    /// The share of control characters (but tab, newline, carriage return, form feed) among the first 8,192.
    static func controlShare(_ text: String) -> Double {
        var control = 0, total = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            if scalar.value < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains(scalar.value) { control += 1 }
        }
        return total == 0 ? 0 : Double(control) / Double(total)
    }

    // MARK: - UTF-16

    /// The byte order of a UTF-16 file: from its byte-order mark, or from where its zero bytes fall (text in a
    /// Latin script has a zero high byte in most code units, and no other zero bytes).
    static func utf16ByteOrder(_ data: Data) -> (bigEndian: Bool, bom: Bool)? {
        if data.starts(with: [0xFF, 0xFE]) { return (false, true) }
        if data.starts(with: [0xFE, 0xFF]) { return (true, true) }
        let sample = data.prefix(8192)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        sample.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            // On the buffer: Data's iterator costs a call per byte.
            for offset in 0..<(pairs * 2) where raw.load(fromByteOffset: offset, as: UInt8.self) == 0 {
                if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
            }
        }
        if zeroOdd * 10 >= pairs * 4 && zeroEven * 20 <= pairs { return (false, false) }
        if zeroEven * 10 >= pairs * 4 && zeroOdd * 20 <= pairs { return (true, false) }
        return nil
    }

    static func decodeUTF16(_ data: Data, bigEndian: Bool, skip: Int) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var warnings: [String] = []
        let body = data.dropFirst(skip)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        if body.count % 2 == 1 { warnings.append("the file ends with half a UTF-16 character, which was dropped") }
        var repairs = Repairs()
        var line = 1
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                if scalar.value == 0 {
                    repairs.nul(line)
                    scalars.append("\u{FFFD}")
                } else {
                    scalars.append(scalar)
                }
            case .error:
                repairs.invalid(line)
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        return Decoded(
            text: String(scalars), encoding: bigEndian ? "utf-16be" : "utf-16le",
            warnings: warnings + repairs.warnings(invalid: ("a code unit that is not valid UTF-16", "code units that are not valid UTF-16")))
    }

    // MARK: - UTF-8 and Windows-1252

    /// UTF-8 when the bytes mostly are (stray bytes and NULs replaced), else Windows-1252.
    static func decodeEightBit(_ bytes: Data) -> Decoded {
        // On the bytes in place (memchr, and the validation's contiguous path), not through Data's iterator.
        let hasNul = bytes.withUnsafeBytes { raw in raw.count > 0 && memchr(raw.baseAddress!, 0, raw.count) != nil }
        if !hasNul, let text = bytes.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) {
            return Decoded(text: text, encoding: "utf-8", warnings: [])
        }
        return bytes.withUnsafeBytes { raw in
            let input = raw.bindMemory(to: UInt8.self)
            var repairs = Repairs()
            var output: [UInt8] = []
            output.reserveCapacity(input.count + 16)
            var validMultibyte = 0
            var line = 1
            var i = 0
            while i < input.count {
                let byte = input[i]
                if byte < 0x80 {
                    if byte == 0x0A { line += 1 }
                    if byte == 0 {
                        repairs.nul(line)
                        output += [0xEF, 0xBF, 0xBD]
                    } else {
                        output.append(byte)
                    }
                    i += 1
                    continue
                }
                let length = validSequenceLength(input, at: i)
                if length > 0 {
                    validMultibyte += 1
                    output += input[i..<(i + length)]
                    i += length
                } else {
                    repairs.invalid(line)
                    output += [0xEF, 0xBF, 0xBD]
                    i += max(1, invalidSubpartLength(input, at: i))
                }
            }
            // Clearly not UTF-8: nothing but single stray bytes, or far more of them than real sequences.
            if repairs.invalidCount > 0 && (validMultibyte == 0 || repairs.invalidCount > validMultibyte * 4) {
                return decodeWindows1252(input)
            }
            return Decoded(
                text: String(decoding: output, as: UTF8.self), encoding: "utf-8",
                warnings: repairs.warnings(invalid: ("a byte that is not UTF-8", "bytes that are not UTF-8")))
        }
    }

    /// The length of the valid UTF-8 sequence of two to four bytes starting at `i`, or 0.
    static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = bytes[i]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + offset < bytes.count && range.contains(bytes[i + offset])
        }
        switch b0 {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// How many bytes one U+FFFD replaces at `i` (the "maximal subpart" rule Unicode recommends): a lead byte
    /// and the continuation bytes that follow it, up to the length it announces.
    static func invalidSubpartLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let announced: Int
        switch bytes[i] {
        case 0xC2...0xDF: announced = 2
        case 0xE0...0xEF: announced = 3
        case 0xF0...0xF4: announced = 4
        default: return 1
        }
        var length = 1
        while length < announced, i + length < bytes.count, (0x80...0xBF).contains(bytes[i + length]) { length += 1 }
        return length
    }

    /// Windows-1252: ASCII and Latin-1, with 0x80–0x9F mapped to typographic marks; the five bytes it leaves
    /// undefined, and NUL, become U+FFFD with a warning.
    static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded {
        let high: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        var repairs = Repairs()
        var line = 1
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if byte == 0 {
                repairs.nul(line)
                scalars.append("\u{FFFD}")
            } else if byte >= 0x80 && byte <= 0x9F {
                let value = high[Int(byte - 0x80)]
                if value == 0 { repairs.invalid(line) }
                scalars.append(value == 0 ? "\u{FFFD}" : Unicode.Scalar(value)!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return Decoded(
            text: String(scalars), encoding: "windows-1252",
            warnings: repairs.warnings(invalid: ("a byte undefined in Windows-1252", "bytes undefined in Windows-1252")))
    }

    /// What was replaced, and on which lines, for one warning each.
    struct Repairs {
        private(set) var invalidCount = 0
        private var invalidLines: [Int] = []
        private var nulCount = 0
        private var nulLines: [Int] = []

        mutating func invalid(_ line: Int) {
            invalidCount += 1
            if invalidLines.last != line { invalidLines.append(line) }
        }

        mutating func nul(_ line: Int) {
            nulCount += 1
            if nulLines.last != line { nulLines.append(line) }
        }

        /// - Parameter invalid: what the invalid ones are, for one and for several: ("a byte that is not UTF-8",
        ///   "bytes that are not UTF-8").
        func warnings(invalid: (one: String, several: String)) -> [String] {
            var warnings: [String] = []
            if invalidCount > 0 {
                warnings.append(
                    "\(Self.lines(invalidLines)): "
                        + (invalidCount == 1 ? "\(invalid.one) was" : "\(invalidCount) \(invalid.several) were") + " replaced with U+FFFD (�)")
            }
            if nulCount > 0 {
                warnings.append("\(Self.lines(nulLines)): \(nulCount == 1 ? "a NUL byte was" : "\(nulCount) NUL bytes were") replaced with U+FFFD (�)")
            }
            return warnings
        }

        /// "line 4", "lines 4, 9 and 12", "lines 4, 9, 12, 15, 20 and 31 more".
        static func lines(_ lines: [Int]) -> String {
            if lines.count == 1 { return "line \(lines[0])" }
            let shown = lines.prefix(5).map(String.init)
            if lines.count <= 5 { return "lines " + shown.dropLast().joined(separator: ", ") + " and " + shown.last! }
            return "lines " + shown.joined(separator: ", ") + " and \(lines.count - 5) more"
        }
    }
}
