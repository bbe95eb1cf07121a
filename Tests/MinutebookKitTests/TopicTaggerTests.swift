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
        for required in ["cybercrime", "county-lines", "fgm", "mash", "hate-crime", "domestic-abuse", "modern-slavery", "road-safety",
                         "mental-health", "honour-based-abuse", "child-sexual-exploitation"] {
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
