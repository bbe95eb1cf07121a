import Foundation
import Testing

/// `minutebook questions` filters, on the bundled corpus (in process, on a copy of the shared index).
@Suite("questions: --respondent and --asker")
struct QuestionsCommandTests {
    struct Question: Decodable {
        var document: String
        var line: Int
        var asker: String
        var respondent: String?
        var respondentRole: String?
        var status: String
        var question: String
        var answer: String
    }

    func questions(_ ws: Workspace, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> [Question] {
        let result = try ws.run(arguments: ["questions"] + arguments + ["--json"])
        try #require(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return try JSONOut.decode([Question].self, result, sourceLocation: sourceLocation)
    }

    func key(_ question: Question) -> String { "\(question.document):\(question.line)" }

    @Test("--respondent R lists exactly the questions answered by R, for every role the corpus has")
    func respondent() throws {
        try withIndexedWorkspace { ws in
            let all = try questions(ws)
            let roles = Set(all.compactMap(\.respondentRole))
            // The corpus has answers from the PCC and from the Chief Constable at least.
            #expect(roles.contains("pcc") && roles.count >= 2, "\(roles.sorted())")
            var covered = 0
            for role in roles.sorted() {
                let answered = try questions(ws, "--respondent", role)
                #expect(!answered.isEmpty, "\(role)")
                #expect(answered.allSatisfy { $0.respondentRole == role }, "\(role): \(answered.map(\.respondentRole))")
                #expect(Set(answered.map(key)) == Set(all.filter { $0.respondentRole == role }.map(key)), "\(role)")
                covered += answered.count
            }
            #expect(covered == all.filter { $0.respondentRole != nil }.count, "each answered question has one respondent role")
            // Combined with a query: the PCC's answers about FGM are among the PCC's answers and among the FGM questions.
            let pccFGM = Set(try questions(ws, "fgm", "--respondent", "pcc").map(key))
            #expect(pccFGM.isSubset(of: Set(try questions(ws, "--respondent", "pcc").map(key))))
            #expect(pccFGM.isSubset(of: Set(try questions(ws, "fgm").map(key))))
            // Written with capitals or a hyphen, a role is the same role.
            #expect(try questions(ws, "--respondent", "PCC").count == (try questions(ws, "--respondent", "pcc")).count)
        }
    }

    @Test("--asker NAME lists the questions of members whose name contains NAME, any case")
    func asker() throws {
        try withIndexedWorkspace { ws in
            let all = try questions(ws)
            let hayes = try questions(ws, "--asker", "hayes")
            #expect(!hayes.isEmpty)
            #expect(hayes.allSatisfy { $0.asker.lowercased().contains("hayes") }, "\(hayes.map(\.asker))")
            #expect(Set(hayes.map(key)) == Set(all.filter { $0.asker.lowercased().contains("hayes") }.map(key)))
            #expect(try questions(ws, "--asker", "HAYES").count == hayes.count)
            // Every asker's questions are found by the asker's name.
            for asker in Set(all.map(\.asker)).sorted() where asker.hasPrefix("Cllr ") {
                let found = try questions(ws, "--asker", String(asker.dropFirst(5)))
                #expect(found.contains { $0.asker == asker }, "\(asker)")
            }
            #expect(try questions(ws, "--asker", "nobody-of-that-name").isEmpty)
        }
    }

    @Test("--asker and --respondent together: both must hold")
    func both() throws {
        try withIndexedWorkspace { ws in
            let all = try questions(ws)
            let pair = try #require(all.first { $0.respondentRole != nil && $0.asker.hasPrefix("Cllr ") }, "a question by a councillor with a respondent")
            let name = String(pair.asker.dropFirst(5)), role = try #require(pair.respondentRole)
            let both = try questions(ws, "--asker", name, "--respondent", role)
            #expect(both.contains { key($0) == key(pair) })
            #expect(Set(both.map(key)) == Set(all.filter { $0.asker.contains(name) && $0.respondentRole == role }.map(key)))
        }
    }
}

@Suite("questions: answers whose speaker the minutes do not name")
struct UnnamedSpeakerCommandTests {
    @Test("'Members were advised that …' is the answer: kept in questions --json with a null respondent, and shown as such by show")
    func unnamedSpeaker() throws {
        let ws = try Workspace(copyCorpus: false)
        defer { ws.remove() }
        try ws.write(
            "corpus/minutes.txt",
            """
            Minutes of the Redmarsh Police and Crime Panel held on 12 March 2024

            6. Police and Crime Plan performance

            Councillor Ada Stroud asked how many officers had been trained in risk assessment. Members were advised that 640 officers had completed the training.
            """)
        let ingest = try ws.run("ingest")
        try #require(ingest.status == 0, "\(ingest)")
        let listed = try ws.run("questions", "--json")
        try #require(listed.status == 0, "\(listed)")
        let questions = try JSONOut.objects(listed)
        #expect(questions.count == 1)
        #expect(questions.first?["respondent"] is NSNull)
        #expect(questions.first?["answer"] as? String == "Members were advised that 640 officers had completed the training.")
        #expect(questions.first?["status"] as? String == "answered")
        let shown = try ws.run("show", "corpus/minutes.txt")
        #expect(shown.stdout.contains("QUESTION by Cllr Ada Stroud → answer, speaker not named [answered]"), "\(shown)")
    }
}
