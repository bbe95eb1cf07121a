import Foundation
import GRDB
import Testing

@testable import MinutebookKit

/// `Tokenizer` and `Stemmer.porter` against FTS5 itself: the same text goes into an in-memory FTS5 table with
/// the index's tokenizer, and the words FTS5 stored (read back through `fts5vocab`) must be the words we make.
@Suite("Tokenizer and stemmer agree with FTS5")
struct TokenizerTests {
    /// Tricky text: accents (composed and combining), apostrophes, hyphens, slashes, digits, other scripts,
    /// compatibility characters, invisible characters.
    static let tricky: [String] = [
        "Café naïve résumé Ærø Øresund Łódź straße ŞİŞLİ İstanbul ǖ Ǘber",
        "cafe\u{301} re\u{301}sume\u{301} x\u{301}y \u{301}abc a\u{308}\u{301}b Москва\u{301}",
        "Clare's Law, Clare’s law, victims' champion, 'quoted' words",
        "co-opted peer-on-peer T/ACC FGM/MASH-related e-mail",
        "3.5% of £1,000 in 2019-20; 5th, 21st, 10am, 9MASHs",
        "Москва йогурт Ελλάδα ΣΟΦΊΑ Ελλάς",
        "हिन्दी नमस्ते 日本語 مرحبا",
        "ﬁnance ＦＵＬＬ ①② ² Ⅻ ǅemal ẞ µ ſ",
        "soft\u{AD}hyphen zero\u{200B}width non\u{A0}breaking tab\there",
        "MULTI-AGENCY Safeguarding Hubs (MASHs) and CAFÉS",
    ]

    /// English words through the porter steps, the odd ones included.
    static let english = """
        prosecute prosecutions prosecuting prosecuted caresses ponies ties caress cats feed agreed plastered bled motoring sing \
        conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional rational \
        valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator \
        feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize \
        electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible \
        irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective \
        bowdlerize probate rate cease controll roll generalizations oscillators cuckooing safeguarding policing police \
        agencies exploitation trafficking yyyyed bying eed eeds ies ss s is us sses
        """

    static func fts5Words(_ texts: [String], porter: Bool) throws -> [[String]] {
        let db = try DatabaseQueue()
        return try db.write { db in
            let tokenizer = porter ? "porter unicode61 remove_diacritics 2" : "unicode61 remove_diacritics 2"
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '\(tokenizer)')")
            try db.execute(sql: "CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
            for (index, text) in texts.enumerated() {
                try db.execute(sql: "INSERT INTO t(rowid, x) VALUES (?, ?)", arguments: [index, text])
            }
            return try texts.indices.map { index in
                try String.fetchAll(db, sql: "SELECT term FROM v WHERE doc = ? ORDER BY offset", arguments: [index])
            }
        }
    }

    @Test("words are FTS5's unicode61 words", arguments: tricky)
    func words(_ text: String) throws {
        #expect(Tokenizer.words(text) == (try Self.fts5Words([text], porter: false))[0])
    }

    @Test("porter stems are FTS5's", arguments: tricky + [english])
    func stems(_ text: String) throws {
        #expect(Tokenizer.words(text).map(Stemmer.porter) == (try Self.fts5Words([text], porter: true))[0])
    }

    @Test("every word of the bundled corpus is tokenized and stemmed as FTS5 does")
    func corpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try files.map { try String(contentsOf: TestSupport.corpus.appendingPathComponent($0), encoding: .utf8) }
        #expect(!texts.isEmpty)
        let plain = try Self.fts5Words(texts, porter: false)
        let stemmed = try Self.fts5Words(texts, porter: true)
        for (index, text) in texts.enumerated() {
            let words = Tokenizer.words(text)
            #expect(words == plain[index], "\(files[index])")
            let stems = words.map(Stemmer.porter)
            let differences = zip(stems, stemmed[index]).filter { $0 != $1 }.prefix(10)
            #expect(stems.count == stemmed[index].count && differences.isEmpty, "\(files[index]): \(Array(differences))")
        }
    }

    @Test("the index uses the tokenizer these tests mirror")
    func indexTokenizer() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try IndexStore.open(at: folder.appendingPathComponent("t.sqlite").path, create: true)
        let sql = try store.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE name IN ('passages_fts', 'questions_fts')")
        }
        #expect(sql.count == 2)
        for statement in sql {
            #expect(statement.replacingOccurrences(of: "'", with: "").contains("tokenize=porter unicode61 remove_diacritics 2"), "\(statement)")
        }
    }

    @Test("byte ranges of words are the words, as written")
    func ranges() {
        for text in Self.tricky {
            var copy = text
            let words = copy.withUTF8 { bytes in
                Tokenizer.wordRanges(bytes).map { Tokenizer.words(String(decoding: bytes[$0], as: UTF8.self)) }
            }
            #expect(words.allSatisfy { $0.count == 1 }, "\(text)")
            #expect(words.flatMap { $0 } == Tokenizer.words(text), "\(text)")
        }
    }

    @Test(
        "singular folds plurals only",
        arguments: [
            ("hubs", "hub"), ("agencies", "agency"), ("classes", "class"), ("status", "status"), ("crisis", "crisis"),
            ("MASHs", "mash"), ("police", "police"), ("bus", "bus"), ("ties", "tie"),
        ])
    func singular(_ word: String, _ expected: String) {
        #expect(Stemmer.singular(word) == expected)
    }
}
