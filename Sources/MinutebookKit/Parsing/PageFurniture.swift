import Foundation

/// Cleans text that came out of a PDF (`pdftotext`, or copied from a PDF viewer) before it is read:
/// page furniture is dropped and what a page break or a line end cut is put back together.
///
/// - **Furniture:** page numbers ("3", "Page 3 of 11", "- 3 -", "…/4"), file paths ("S:\Democratic
///   Services\…\Minutes.docx - 1"), protective markings ("OFFICIAL"), and any line that comes back at the top
///   or bottom of several pages once its digits are ignored (a running header "Brantmoor Police, Fire and
///   Crime Panel – 6 February 2023", a footer "Minutes – Page 2").
/// - **Page breaks:** when the text before a break does not end a sentence and the text after it goes on
///   in lower case, the blank lines between them are dropped, so the paragraph, question or answer stays one.
/// - **Hyphenation:** a word cut at a line end ("perfor-" / "mance") is joined on the first line.
///
/// Line numbers are kept: furniture and joined blanks are reported as lines to drop, and joined words move
/// within the lines, so every passage still points at the line it came from.
enum PageFurniture {
    struct Cleaned {
        var text: String
        /// 1-based numbers of the lines the reader should skip.
        var dropped: Set<Int>
        /// 1-based line number → page number, for text with form feeds (nil when the text has none).
        var pages: [Int]?
    }

    static func clean(_ text: String) -> Cleaned {
        guard mayNeedCleaning(text) else { return Cleaned(text: text, dropped: [], pages: nil) }
        return cleanLines(text)
    }

    /// A pass over the bytes: text with no form feed, no line ending in a hyphen, no short line that could be a page
    /// number, no path and no run of blank-separated wrapped lines needs nothing done (most text, not from a PDF).
    static func mayNeedCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let count = bytes.count
            if count > 0 {
                // A form feed, or a "\\" (a file path: it stands inside its line's text), anywhere.
                let base = UnsafeRawPointer(bytes.baseAddress!)
                if memchr(base, 12, count) != nil || memchr(base, 92, count) != nil { return true }
            }
            // Without a carriage return, each line ends at the next "\n" (memchr); otherwise byte by byte.
            let newlinesOnly = count == 0 || memchr(UnsafeRawPointer(bytes.baseAddress!), 13, count) == nil
            var lineStart = 0
            var wrappedBeforeBlank = 0
            // The last line with text ended a wrapped line (long, no closing punctuation) and a blank line followed it.
            var openWrap = false
            var sawBlank = false
            var index = 0
            while index <= count {
                if newlinesOnly {
                    if index < count, let found = memchr(UnsafeRawPointer(bytes.baseAddress! + index), 10, count - index) {
                        index = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
                    } else {
                        index = count
                    }
                } else {
                    while index < count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
                }
                var start = lineStart, end = index
                while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
                while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
                let length = end - start
                if length > 0 {
                    // "perfor-" at the end: a word hyphenated across lines ("points:-" is not).
                    if bytes[end - 1] == 45, length >= 3, bytes[end - 2] >= 97 && bytes[end - 2] <= 122 { return true }
                    // "Page 3 of 11", "- 3 -", "OFFICIAL": a bare number alone is a page number only next to a form feed.
                    if length <= 30, mightBeFurniture(bytes[start..<end]) {
                        let line = String(decoding: bytes[start..<end], as: UTF8.self)
                        if isFurniture(line), !isBareNumber(line) { return true }
                    }
                    if openWrap, sawBlank, bytes[start] >= 97 && bytes[start] <= 122 { wrappedBeforeBlank += 1 }
                    let last = bytes[end - 1]
                    openWrap = length >= 50 && last != 46 && last != 63 && last != 33 && last != 58 && last != 59
                    sawBlank = false
                } else {
                    sawBlank = true
                }
                lineStart = index + 1
                index += 1
            }
            return wrappedBeforeBlank >= 5
        }
    }

    static func cleanLines(_ text: String) -> Cleaned {
        // Lines as LineScanner counts them: "\r\n", "\n" and "\r" each end one.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        guard lines.count > 3 else { return Cleaned(text: text, dropped: [], pages: nil) }
        var page = 1
        var pageOf: [Int] = []
        var hasFormFeed = false
        for index in lines.indices {
            if lines[index].contains("\u{0C}") {
                hasFormFeed = true
                page += lines[index].filter { $0 == "\u{0C}" }.count
                lines[index] = lines[index].replacingOccurrences(of: "\u{0C}", with: "")
            }
            pageOf.append(page)
        }
        var dropped = Set<Int>()
        // Furniture by its look.
        for (index, line) in lines.enumerated() where isFurniture(line) { dropped.insert(index) }
        // A bare number is a page number only at the edge of a page; elsewhere it may number an agenda item.
        var edges = Set<Int>()
        if hasFormFeed {
            var byPage: [Int: [Int]] = [:]
            for index in lines.indices where !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { byPage[pageOf[index], default: []].append(index) }
            for indices in byPage.values { edges.formUnion(indices.prefix(2) + indices.suffix(2)) }
        }
        for index in dropped where isBareNumber(lines[index]) && !edges.contains(index) { dropped.remove(index) }
        // Running headers and footers: lines repeated at the edges of pages.
        if hasFormFeed, page >= 2 {
            var edgeCounts: [String: Set<Int>] = [:]
            var byPage: [Int: [Int]] = [:]
            for index in lines.indices where !lines[index].trimmingCharacters(in: .whitespaces).isEmpty && !dropped.contains(index) {
                byPage[pageOf[index], default: []].append(index)
            }
            for (p, indices) in byPage {
                for index in indices.prefix(3) + indices.suffix(3) { edgeCounts[shape(lines[index]), default: []].insert(p) }
            }
            let needed = max(2, (page + 1) / 2)
            for (p, indices) in byPage {
                // At the top of the first page a repeated header is the document's own title: it stays.
                for index in (p > 1 ? Array(indices.prefix(3)) : []) + indices.suffix(3) where edgeCounts[shape(lines[index])]!.count >= needed {
                    dropped.insert(index)
                }
            }
        }
        // Page breaks inside a sentence: the blank lines between the two halves go.
        var index = 0
        while index < lines.count {
            let isBreak = hasFormFeed ? (index > 0 && pageOf[index] != pageOf[index - 1]) : false
            if isBreak || (!hasFormFeed && dropped.contains(index)) {
                // The last kept line with text before the break, and the first after it.
                var before = index - 1
                while before >= 0, dropped.contains(before) || lines[before].trimmingCharacters(in: .whitespaces).isEmpty { before -= 1 }
                var after = index
                while after < lines.count, dropped.contains(after) || lines[after].trimmingCharacters(in: .whitespaces).isEmpty { after += 1 }
                if before >= 0, after < lines.count, continues(lines[before], into: lines[after]) {
                    for gap in (before + 1)..<after { dropped.insert(gap) }
                }
                index = max(index + 1, after)
                continue
            }
            index += 1
        }
        // Text pasted with a blank line after every wrapped line: when it is the document's habit, a blank line
        // inside a sentence goes.
        var insideSentence: [Int] = []
        var index2 = 1
        while index2 + 1 < lines.count {
            if lines[index2].trimmingCharacters(in: .whitespaces).isEmpty, !dropped.contains(index2) {
                let before = lines[index2 - 1].trimmingCharacters(in: .whitespaces)
                let after = lines[index2 + 1].trimmingCharacters(in: .whitespaces)
                if before.count >= 50, let last = before.last, !".?!:;\"”)]".contains(last), let first = after.first,
                    first.isLetter, !LineScanner.bulletGlyphs.contains(first) || after.dropFirst().first != " "
                {
                    insideSentence.append(index2)
                }
            }
            index2 += 1
        }
        let lowercaseJoins = insideSentence.filter { lines[$0 + 1].trimmingCharacters(in: .whitespaces).first?.isLowercase ?? false }.count
        if lowercaseJoins >= 5 { dropped.formUnion(insideSentence) }

        // Words hyphenated at a line end, joined on the first line.
        for index in lines.indices where !dropped.contains(index) {
            let line = lines[index]
            guard line.count >= 3, line.hasSuffix("-"), !line.hasSuffix("--"), !line.hasSuffix(" -") else { continue }
            let beforeHyphen = line[line.index(line.endIndex, offsetBy: -2)]
            guard beforeHyphen.isLetter, beforeHyphen.isLowercase else { continue }
            var next = index + 1
            while next < lines.count, dropped.contains(next) { next += 1 }
            guard next < lines.count else { continue }
            let following = lines[next].drop(while: { $0 == " " || $0 == "\t" })
            guard let first = following.first, first.isLetter, first.isLowercase else { continue }
            let wordEnd = following.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? following.endIndex
            lines[index] = String(line.dropLast()) + following[..<wordEnd]
            let indent = lines[next].prefix(while: { $0 == " " || $0 == "\t" })
            let rest = following[wordEnd...].drop(while: { $0 == " " })
            lines[next] = rest.isEmpty ? "" : String(indent) + String(rest)
            if rest.isEmpty { dropped.insert(next) }
        }
        guard !dropped.isEmpty || hasFormFeed || lines.joined(separator: "\n") != text else {
            return Cleaned(text: text, dropped: [], pages: nil)
        }
        return Cleaned(text: lines.joined(separator: "\n"), dropped: Set(dropped.map { $0 + 1 }), pages: hasFormFeed ? pageOf : nil)
    }

    /// Whether a short line could pass `isFurniture`: it holds a digit or a full stop, or starts as a protective
    /// marking does ("OFFICIAL", "Protect", "Restricted", "Unclassified", "Not protectively marked"). Most lines
    /// do not, and skip the Foundation calls.
    ///
    /// A line all ASCII (trimmed of spaces and tabs) is furniture that is not a bare number only as a page line
    /// ("Page 3", "3 of 11"), a path (a `/` or `\\` and a `.`) or a protective marking; a bare number ("3", "- 3 -")
    /// is not furniture here, so a line of digits and full stops alone skips the Foundation calls too.
    static func mightBeFurniture(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = line.first else { return false }
        let marking = [111, 112, 114, 117, 110].contains(UTF8Text.lower(first))
        if line.allSatisfy({ $0 < 0x80 }) {
            if marking { return true }
            let slash = line.contains(where: { $0 == 47 || $0 == 92 })
            if slash, line.contains(46) { return true }
            // "3 of 11"
            guard first >= 48 && first <= 57, line.count >= 6 else { return false }
            return UTF8Bytes.contains(UnsafeBufferPointer(rebasing: line), 111, 102)
        }
        if line.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == 46 }) { return true }
        return marking
    }

    /// A line that is only page furniture.
    static func isFurniture(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 160 else { return false }
        let lower = trimmed.lowercased()
        let words = lower.split(separator: " ")
        // "3", "- 3 -", "Page 3", "Page 3 of 11", "3 of 11", "…/4", "4/…"
        let core = lower.trimmingCharacters(in: CharacterSet(charactersIn: "-–—.…/ "))
        if !core.isEmpty, core.count <= 4, core.allSatisfy(\.isNumber) { return true }
        if words.count <= 4, words.first == "page", words.dropFirst().allSatisfy({ $0.allSatisfy(\.isNumber) || $0 == "of" }), words.count >= 2 {
            return true
        }
        if words.count == 3, words[1] == "of", words[0].allSatisfy(\.isNumber), words[2].allSatisfy(\.isNumber) { return true }
        // A file path: "S:\Democratic Services\PCP\Minutes.docx", "/home/…/minutes.doc"
        if trimmed.contains(":\\") || (trimmed.hasPrefix("\\\\")) { return true }
        if [".docx", ".doc", ".pdf", ".rtf"].contains(where: { lower.contains($0) }), !lower.contains(" the "), trimmed.contains("\\") || trimmed.contains("/")
        {
            return true
        }
        if ["official", "official-sensitive", "official sensitive", "not protectively marked", "protect", "restricted", "unclassified"].contains(lower) {
            return true
        }
        return false
    }

    /// "3", "12.", "- 3 -": a number and nothing else.
    static func isBareNumber(_ line: String) -> Bool {
        let core = line.trimmingCharacters(in: CharacterSet(charactersIn: "-–—.…/ \t"))
        return !core.isEmpty && core.allSatisfy(\.isNumber)
    }

    /// A line with its digits made alike, to find running headers whose page number or date changes.
    static func shape(_ line: String) -> String {
        String(line.trimmingCharacters(in: .whitespaces).lowercased().map { $0.isNumber ? "#" : $0 })
    }

    /// Whether text broken by a page break goes on: the first half does not end a sentence and the second
    /// starts in lower case (or the first half ends in a hyphen or a comma).
    static func continues(_ before: String, into after: String) -> Bool {
        let end = before.trimmingCharacters(in: .whitespaces)
        let start = after.trimmingCharacters(in: .whitespaces)
        guard let last = end.last, let first = start.first else { return false }
        // A table going on over the page: rows with the same number of columns.
        if end.contains("\t"), start.contains("\t") { return true }
        if end.hasPrefix("|"), start.hasPrefix("|"), end.filter({ $0 == "|" }).count == start.filter({ $0 == "|" }).count { return true }
        if ".?!:;".contains(last) || last == "\"" || last == "”" || last == "]" { return false }
        if last == "," || last == "-" { return true }
        return first.isLowercase
            || (first.isNumber && !start.contains(". ") && start.count > 20 && !(start.first?.isNumber == true && start.dropFirst().first == "."))
    }
}
