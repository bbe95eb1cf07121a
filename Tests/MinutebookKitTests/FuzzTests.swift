import Foundation
import Testing

@testable import MinutebookKit

/// Seeded fuzzing of what reads user input: the query parser and searchers, and the document readers
/// (decoding, layout parsing, passages, speakers, question extraction). Whatever comes in, nothing may crash
/// and only the errors meant for users may come out (`SearchError`, `DocumentError`, `IndexError.queryTooSlow`).
///
/// Bounded for CI: at most `iterations` inputs and about `budget` seconds per test. Before a release, run it
/// longer: `MINUTEBOOK_FUZZ_ITERATIONS=200000 swift test --filter FuzzTests` (no time limit then), and
/// `MINUTEBOOK_FUZZ_SEED=N` for other inputs. A failure names the seed and iteration to reproduce it.
@Suite("fuzz", .serialized)
struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["MINUTEBOOK_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 100_000
    static let budget: Double = environment["MINUTEBOOK_FUZZ_ITERATIONS"] == nil ? 3 : .infinity
    static let seed = environment["MINUTEBOOK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x6D69_6E75_7465_626B

    /// Runs `body` for each iteration until the count or the time budget runs out; returns how many ran.
    static func run(_ body: (Int, inout Generator) throws -> Void) rethrows -> Int {
        var generator = Generator(seed: seed)
        let deadline = Date().addingTimeInterval(budget)
        var count = 0
        while count < iterations && Date() < deadline {
            try body(count, &generator)
            count += 1
        }
        return count
    }

    @Test("queries: the parser and both searchers take any input")
    func queries() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (writable, report) = try TestSupport.index(in: folder)
        #expect(report.failed.isEmpty)
        try writable.close()
        var store = try IndexStore.openForReading(at: folder.appendingPathComponent("test.sqlite").path)
        store.queryTimeLimit = 5
        let searcher = Searcher(store: store)
        let questions = QuestionSearcher(store: store)
        let ran = Self.run { iteration, random in
            let text = random.query()
            let parsed = QueryParser.parse(text)
            #expect(parsed.required.reduce(0) { $0 + $1.alternatives.count } + parsed.excluded.count <= QueryParser.maximumSearchTerms)
            _ = MatchPlan.passages(parsed)
            let options = SearchOptions(
                limit: random.limit(), sort: random.pick([nil, .relevance, .oldest, .newest]), raw: random.chance(0.2),
                expand: random.chance(0.7))
            let speaker: String? = random.chance(0.1) ? random.query() : nil
            Self.expectUserError(seed: Self.seed, iteration: iteration, text) {
                var options = options
                options.filters.speaker = speaker
                _ = try searcher.search(text, options: options)
            }
            Self.expectUserError(seed: Self.seed, iteration: iteration, text) {
                _ = try questions.search(text, options: QuestionOptions(asker: speaker, limit: options.limit, sort: options.sort))
            }
        }
        #expect(ran > 0)
    }

    @Test("documents: decoding, parsing, passages and questions take any bytes")
    func documents() throws {
        let tagger = TopicTagger(taxonomy: try TestSupport.taxonomy())
        let preparer = DocumentPreparer(tagger: tagger)
        let corpus = try FileManager.default.contentsOfDirectory(at: TestSupport.corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.map { try Data(contentsOf: $0) }
        let layouts = try FileManager.default.contentsOfDirectory(at: TestSupport.layouts, includingPropertiesForKeys: nil)
            .sorted { $0.path < $1.path }.map { try Data(contentsOf: $0) }
        let lines = (corpus + layouts).flatMap { String(decoding: $0, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let ran = Self.run { iteration, random in
            let data = random.document(from: lines, samples: corpus + layouts)
            let decoded: SourceText.Decoded
            do { decoded = try SourceText.decodeReporting(data) } catch {
                return  // a DocumentError, by the function's type: a one-line reason for the user
            }
            #expect(!decoded.text.unicodeScalars.contains("\u{0}"), "seed \(Self.seed) iteration \(iteration): a NUL reached the text")
            guard let document = try? DocumentParser.parse(decoded.text) else { return }
            for item in preparer.prepare(document) {
                for (passage, _) in item.passages { #expect(!passage.text.isEmpty || passage.kind == .tableRow) }
                for (question, _) in item.questions { #expect(question.line >= 1) }
            }
        }
        #expect(ran > 0)
    }

    static func expectUserError(seed: UInt64, iteration: Int, _ input: String, _ body: () throws -> Void) {
        do { try body() } catch is SearchError {} catch IndexError.queryTooSlow {} catch {
            Issue.record("seed \(seed) iteration \(iteration): raw error \(error) for \(input.debugDescription.prefix(300))")
        }
    }

    /// SplitMix64, with helpers for the inputs above.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

        mutating func limit() -> Int { pick([1, 3, 10, 50, 1_000, .max, Int.max / 2]) }

        static let queryPieces = [
            "OR", "NOT", "AND", "NEAR", "NEAR(", "fgm", "FGM", "police", "county", "lines", "\"county lines\"", "\"", "-", "*",
            "safeguard*", "(", ")", ":", "^", "text:", "{", "}", "%", "_", "\\", "'", ";", "--", "−", "“", "”", "😀",
            "e\u{301}", "\u{202E}", "\u{1B}[2J", "\u{0}", "\u{85}", "\u{7F}", "multi-agency", "Clare's", "MASH", "cuckooing",
        ]

        /// A query from operators, words, quotes, controls and random scalars; now and then very long.
        mutating func query() -> String {
            var text = ""
            let pieces = chance(0.05) ? 200 + below(2_000) : below(14)
            for _ in 0..<pieces {
                switch below(10) {
                case 0...5: text += Self.queryPieces[below(Self.queryPieces.count)]
                case 6, 7: text += String(UnicodeScalar(UInt8(32 + below(95))))
                case 8: if let scalar = Unicode.Scalar(UInt32(below(0x3000))) { text.unicodeScalars.append(scalar) }
                default: break
                }
                text += pick([" ", " ", "", " OR ", "\t", "\n"])
            }
            return text
        }

        /// A document: corpus lines shuffled and cut, layout markers, control characters, invalid UTF-8, NULs,
        /// long lines, or a sample re-encoded (UTF-16, Windows-1252) or damaged byte by byte.
        mutating func document(from lines: [String], samples: [Data]) -> Data {
            switch below(6) {
            case 0:
                var data = pick(samples)
                for _ in 0..<(1 + below(20)) where !data.isEmpty { data[below(data.count)] = UInt8(below(256)) }
                return data
            case 1:
                var data = pick(samples)
                data.insert(
                    contentsOf: [0xFF, 0xFE, 0x00, 0xC3, 0x28, 0xE2, 0x82, 0xED, 0xA0, 0x80, 0xF4, 0x90].shuffled().prefix(1 + below(6)),
                    at: below(data.count))
                return data
            case 2:
                let text = String(decoding: pick(samples), as: UTF8.self)
                var bytes: [UInt8] = chance(0.5) ? [0xFF, 0xFE] : []
                for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
                if chance(0.3) { bytes.removeLast() }
                return Data(bytes)
            case 3:
                return Data((0..<below(3_000)).map { _ in UInt8(below(256)) })
            default:
                let markers = [
                    "Minutes:", "Agenda item", "(1) What was done about it?", "[The PCC reported that it was done.]",
                    "41. APOLOGIES FOR ABSENCE", "Cllr Hayes asked the PCC whether", "The Chief Constable reported that",
                    "Councillor Jane Smith:", "- Asked about", "QUESTION ON NOTICE TO THE PANEL FROM MR. X", "Response by the Commissioner:",
                    "| a | b |", "|---|---|", "Qtr. 1:", "\t\t", "•", "Meeting of Thames Valley Police and Crime Panel, 3rd March, 2019 (Item 7.)",
                    "\u{1B}]0;title\u{7}", "\u{202E}", "\u{0}", "\r", String(repeating: "word ", count: 400),
                ]
                var text = ""
                for _ in 0..<below(120) {
                    text += chance(0.6) ? pick(lines) : pick(markers)
                    if chance(0.3) { text += " " + pick(markers) }
                    text += pick(["\n", "\n", "\n\n", "\r\n", " "])
                }
                return Data(text.utf8)
            }
        }
    }
}
