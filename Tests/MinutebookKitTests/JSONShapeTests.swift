import Foundation
import Testing

@testable import MinutebookKit

/// The shape of what minutebook writes as JSON: snake_case keys everywhere, unknown values as `null`, closed
/// sets (roles, statuses, kinds) in one spelling.
@Suite("JSON shape")
struct JSONShapeTests {
    static func json(_ value: some Encodable) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try #require(try JSONSerialization.jsonObject(with: try encoder.encode(value)) as? [String: Any])
    }

    /// Every key of a JSON value, at any depth.
    static func keys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] { return Set(object.keys).union(object.values.flatMap(keys)) }
        if let array = value as? [Any] { return Set(array.flatMap(keys)) }
        return []
    }

    static func isSnakeCase(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    @Test("unknown values are written as null, keys in snake_case")
    func metadata() throws {
        let object = try Self.json(MeetingMetadata(kind: .minutes))
        #expect(Set(object.keys) == ["body", "meeting_date", "kind"])
        #expect(object["body"] is NSNull && object["meeting_date"] is NSNull)
        #expect(object["kind"] as? String == "minutes")
    }

    @Test("a question says respondent_role, in the role's one spelling")
    func question() throws {
        let answered = MemberQuestion(
            asker: "Cllr Hayes", question: "What is being done?", respondent: "the Deputy PCC",
            respondentRole: .deputyPCC, answer: "A plan.", status: .noInformation, line: 3)
        let object = try Self.json(answered)
        #expect(object["respondent_role"] as? String == "deputy_pcc")
        #expect(object["status"] as? String == "no_information")
        #expect(object["respondentRole"] == nil)
        let unanswered = try Self.json(
            MemberQuestion(
                asker: "a member", question: "Why?", respondent: nil, respondentRole: nil,
                answer: "", status: .unanswered, line: 9))
        #expect(unanswered["respondent"] is NSNull && unanswered["respondent_role"] is NSNull)
    }

    @Test("a missing key still reads as no value")
    func decodingWithoutTheKey() throws {
        struct Dated: Codable, Equatable {
            @Nullable var meetingDate: String? = nil
            var line: Int
        }
        let decoded = try JSONDecoder().decode(Dated.self, from: Data(#"{"line": 4}"#.utf8))
        #expect(decoded == Dated(meetingDate: nil, line: 4))
        let written = try Self.json(decoded)
        #expect(written["meetingDate"] is NSNull)
        #expect(try JSONDecoder().decode(Dated.self, from: try JSONEncoder().encode(Dated(meetingDate: "2018-02-02", line: 1))).meetingDate == "2018-02-02")
    }

    @Test("show's JSON of every corpus file has snake_case keys only")
    func understoodDocuments() throws {
        let taxonomy = try TestSupport.taxonomy()
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let url = TestSupport.corpus.appendingPathComponent(file)
            let shown = try UnderstoodDocument(data: try Data(contentsOf: url), url: url, taxonomy: taxonomy)
            let object = try Self.json(shown)
            let bad = Self.keys(object).filter { !Self.isSnakeCase($0) }
            #expect(bad.isEmpty, "\(file): \(bad.sorted())")
            let metadata = try #require(object["metadata"] as? [String: Any])
            #expect(metadata.keys.contains("meeting_date"), "\(file)")
        }
    }

    @Test("roles have one spelling: snake_case in JSON, either spelling read from flags and old indexes")
    func roles() throws {
        for role in Role.allCases {
            #expect(Self.isSnakeCase(role.rawValue))
            #expect(Role(flag: role.rawValue) == role)
            #expect(Role(flag: role.rawValue.replacingOccurrences(of: "_", with: "-").uppercased()) == role)
        }
        #expect(Role(flag: "deputy pcc") == nil)
        let speaker = try Self.json(Speaker(name: "Deputy PCC", role: .deputyPCC))
        #expect(speaker["role"] as? String == "deputy_pcc")
        #expect(Set(Role.respondents).union(Role.speakers) == Set(Role.allCases))
    }

    @Test("speakers stored by an earlier version read back")
    func storedSpeakers() {
        let stored = "\npcc\tPCC\ndeputy-pcc\tDeputy PCC\nchief_constable\tChief Constable\nunknown-role\tSomeone"
        #expect(
            Speaker.fromStored(stored) == [
                Speaker(name: "PCC", role: .pcc), Speaker(name: "Deputy PCC", role: .deputyPCC),
                Speaker(name: "Chief Constable", role: .chiefConstable),
            ])
        let speakers = [Speaker(name: "Deputy PCC", role: .deputyPCC), Speaker(name: "Cllr Hayes", role: .member)]
        #expect(Speaker.fromStored(Speaker.stored(speakers)) == speakers)
    }
}
