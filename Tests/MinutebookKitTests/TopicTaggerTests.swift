import Foundation
import Testing

@testable import MinutebookKit

@Suite("Topic tagger")
struct TopicTaggerTests {
    static let cases: [(String, [String])] = [
        ("There were 22 incidents of female genital mutilation.", ["fgm"]),
        ("An update on the FGM strategy was requested.", ["fgm"]),
        ("the benefits of 9 Multi-Agency Safeguarding Hubs", ["mash"]),
        ("the nine Multi Agency Safeguarding Hubs", ["mash"]),
        ("the work of MASHs was critical", ["mash"]),
        ("vulnerable people targeted by criminal gangs (cuckooing)", ["county-lines"]),
        ("children recruited to run drug lines", ["county-lines"]),
        ("the increasing use of County Lines", ["county-lines"]),
        ("email scams had resulted in huge losses", ["cybercrime"]),
        ("victims identified via Action Fraud", ["cybercrime"]),
        ("The window was smashed and the car mashed.", []),
        ("mash the potatoes", []),
        ("Honour-Based Abuse and forced marriage", ["honour-based-abuse"]),
        ("Level of Racist crime", ["hate-crime"]),
        ("promotion of Clare's Law in March", ["domestic-abuse"]),
        ("road safety week", ["road-safety"]),
    ]

    @Test("terms, acronyms and synonyms on whole words", arguments: cases)
    func tags(_ text: String, _ expected: [String]) throws {
        let tagger = TopicTagger(taxonomy: try TestSupport.taxonomy())
        #expect(tagger.topics(in: text) == expected)
    }

    @Test("the shipped taxonomy has the topics members asked for")
    func shippedTopics() throws {
        let ids = try TestSupport.taxonomy().topics.map(\.id)
        for required in [
            "cybercrime", "county-lines", "fgm", "mash", "hate-crime", "domestic-abuse", "modern-slavery", "road-safety",
            "mental-health", "honour-based-abuse", "child-sexual-exploitation",
        ] {
            #expect(ids.contains(required))
        }
    }

    @Test("a malformed taxonomy is reported with its path and what is wrong")
    func malformedTaxonomy() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("topics.json")
        try Data(#"{"topics": [{"id": "fgm", "name": "FGM", "acronyms": ["FGM"]}]}"#.utf8).write(to: file)
        #expect {
            try Taxonomy.load(from: file)
        } throws: { error in
            guard case TaxonomyError.malformed(let path, let reason) = error else { return false }
            return path == file.path && reason.contains("terms")
        }
        try Data(#"{"topics": [{"id": "Bad Id", "name": "x", "terms": ["x"], "acronyms": []}]}"#.utf8).write(to: file)
        #expect(throws: TaxonomyError.self) { try Taxonomy.load(from: file) }
    }

    @Test("a topic is found by id, name or acronym")
    func lookup() throws {
        let taxonomy = try TestSupport.taxonomy()
        #expect(taxonomy.topic(named: "county lines")?.id == "county-lines")
        #expect(taxonomy.topic(named: "County-Lines")?.id == "county-lines")
        #expect(taxonomy.topic(named: "fgm")?.id == "fgm")
        #expect(taxonomy.topic(named: "Multi-Agency Safeguarding Hubs")?.id == "mash")
        #expect(taxonomy.topic(named: "burglary") == nil)
    }
}

@Suite("Word tokenizer on bytes")
struct WordTokenizerBytesTests {
    /// The scalar-based tokenizer the byte version replaces.
    static func referenceWords(_ text: String) -> [Word] {
        var words: [Word] = []
        var buffer: [UInt8] = []
        var letters = 0, lowercase = 0
        var lastLowerS = false
        func close() {
            guard !buffer.isEmpty else { return }
            let capitalised = letters > 0 && (lowercase == 0 || (lowercase == 1 && lastLowerS && letters > 2))
            words.append(Word(folded: Stemmer.singular(String(decoding: buffer, as: UTF8.self)), capitalised: capitalised))
            buffer.removeAll()
            letters = 0; lowercase = 0; lastLowerS = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 97 && b <= 122 {
                    buffer.append(b); letters += 1; lowercase += 1; lastLowerS = b == 115
                } else if b >= 65 && b <= 90 {
                    buffer.append(b + 32); letters += 1; lastLowerS = false
                } else if b >= 48 && b <= 57 {
                    buffer.append(b); lastLowerS = false
                } else if b == 39, !buffer.isEmpty {
                    continue
                } else {
                    close()
                }
            } else if v == 0x2019, !buffer.isEmpty {
                continue
            } else if Tokenizer.isWordScalar(scalar) || (!buffer.isEmpty && Tokenizer.isDiacritic(scalar)) {
                guard let folded = Tokenizer.fold(scalar) else { continue }
                if scalar.properties.isLowercase { lowercase += 1 }
                if scalar.properties.isAlphabetic { letters += 1 }
                lastLowerS = false
                buffer.append(contentsOf: String(folded).utf8)
            } else {
                close()
            }
        }
        close()
        return words
    }

    static let texts: [String] = [
        "", "a", "MASHs and MASH hubs", "agencies’ classes bus is sses glasses",
        "Clare's Law, Clare’s law and 'quoted' words", "’leading apostrophe", "İstanbul ΣΊΣΥΦΟΣ Éclairs naïve café CAFÉS",
        "½ ² ١٢٣ １２ Ⅻ numbers", "ﬁnance ǅemal", "e\u{0301}tude", "county lines — drug lines; cuckooing", "FGM/MASH-related",
        "Multi-Agency Safeguarding Hubs", "ties tries lies", "£5m – 2.5% of 1,000", String(repeating: "İ", count: 40) + "s",
    ]

    @Test("words on bytes equal the scalar tokenizer", arguments: texts)
    func words(_ text: String) {
        #expect(WordTokenizer.words(text) == Self.referenceWords(text))
    }

    @Test("topics and mentions on bytes equal matching on words", arguments: texts + TopicTaggerTests.cases.map(\.0))
    func topics(_ text: String) throws {
        let tagger = TopicTagger(taxonomy: try TestSupport.taxonomy())
        let words = WordTokenizer.words(text)
        #expect(tagger.topics(in: text) == tagger.topics(in: words))
        var mentions = 0
        for index in words.indices {
            var matched = false
            tagger.forEachMatch(at: index, in: words) { _ in matched = true }
            if matched { mentions += 1 }
        }
        #expect(tagger.mentions(in: text) == mentions)
    }
}
