import Foundation
import Testing

/// One passage hit of `minutebook search --json`. Optional fields decode from null or absence alike;
/// the test of the exact shape reads the raw objects instead.
struct Hit: Decodable, Equatable {
    struct Person: Decodable, Equatable {
        var name: String
        var role: String?
    }
    var document: String
    var path: String
    var meetingDate: String?
    var body: String?
    var item: String?
    var title: String?
    var kind: String
    var line: Int
    var passageKind: String
    var section: String?
    var speaker: String?
    var speakerRole: String?
    var speakers: [Person]
    var topics: [String]
    var text: String
    var snippet: String
    var score: Double
    var match: String

    /// Text, section heading and item title, lowercased: what a search matches against.
    var searchable: String { [title ?? "", section ?? "", text].joined(separator: "\n").lowercased() }
}

/// One meeting of `search --by-meeting --json`.
struct MeetingGroupJSON: Decodable {
    var meetingDate: String?
    var body: String?
    var documents: [String]
    var titles: [String]
    var hits: Int
    var best: Hit
}

struct IngestJSON: Decodable {
    struct Failure: Decodable {
        var path: String
        var error: String
    }
    var indexed: Int
    var unchanged: Int
    var removed: Int
    var failed: [Failure]
    var missing: [String]
    var retagged: Int
}

struct TopicJSON: Decodable {
    var id: String
    var name: String
    var passages: Int
    var questions: Int
    var meetings: Int
    var acronyms: [String]
    var terms: [String]
}

struct CheckJSON: Decodable {
    struct Check: Decodable {
        var name: String
        var ok: Bool
        var detail: String
    }
    var checks: [Check]
    var documents: Int
    var passages: Int
    var questions: Int
    var ok: Bool
}

enum JSONOut {
    static func decode<T: Decodable>(_ type: T.Type, _ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(T.self, from: Data(result.stdout.utf8))
        } catch {
            Issue.record("stdout is not the expected JSON (\(error)):\n\(result)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The raw top-level array of objects, for checks on which keys are present.
    static func objects(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [[String: Any]], "stdout is not a JSON array of objects:\n\(result)", sourceLocation: sourceLocation)
    }

    static func object(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [String: Any], "stdout is not a JSON object:\n\(result)", sourceLocation: sourceLocation)
    }
}

extension Workspace {
    /// `minutebook search ARGS --json`, which must exit 0; the hits.
    func searchHits(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> [Hit] {
        let result = try run(arguments: ["search"] + arguments + ["--json"])
        try #require(result.status == 0 && result.exitedNormally, "search failed:\n\(result)", sourceLocation: sourceLocation)
        return try JSONOut.decode([Hit].self, result, sourceLocation: sourceLocation)
    }

    func checkReport(sourceLocation: SourceLocation = #_sourceLocation) throws -> (CLIResult, CheckJSON) {
        let result = try run("check", "--json")
        return (result, try JSONOut.decode(CheckJSON.self, result, sourceLocation: sourceLocation))
    }

    func topicCounts(sourceLocation: SourceLocation = #_sourceLocation) throws -> [TopicJSON] {
        let result = try run("topics", "--json")
        try #require(result.status == 0, "topics failed:\n\(result)", sourceLocation: sourceLocation)
        return try JSONOut.decode([TopicJSON].self, result, sourceLocation: sourceLocation)
    }
}

/// Hit locations as "file:line", for readable failure messages.
func locations(_ hits: [Hit]) -> [String] { hits.map { "\($0.document):\($0.line)" } }
