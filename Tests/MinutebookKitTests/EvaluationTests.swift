import Foundation
import Testing

@testable import MinutebookKit

/// Scores the question extractor on the labelled evaluation set in `evaluation/` (documents written in
/// other panels' layouts, each with a hand-written expected file: see `evaluation/FORMAT.md`).
///
/// Prints a table per layout and overall: recall and precision of question/answer pairs, and over the pairs
/// found, the accuracy of respondent roles, askers, boundaries (where question and answer start and end),
/// status and topics; and per document whether panel, date and kind are right. Set
/// `MINUTEBOOK_EVAL_VERBOSE=1` to list every miss.
@Suite("evaluation set")
struct EvaluationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `evaluation/`, or another set with the same layout (`MINUTEBOOK_EVAL_DIR`), e.g. documents held out while tuning.
    static let root =
        ProcessInfo.processInfo.environment["MINUTEBOOK_EVAL_DIR"].map { URL(fileURLWithPath: $0) }
        ?? repository.appendingPathComponent("evaluation")

    struct Expected: Decodable {
        struct Question: Decodable {
            var asker: String
            var respondentRole: String?
            var questionStart: String
            var questionEnd: String
            var answerStart: String
            var answerEnd: String
            var status: String
            var topics: [String]
        }
        struct Decoy: Decodable {
            var text: String
            var why: String?
        }
        var document: String
        var layout: String
        var panel: String?
        var meetingDate: String?
        var kind: String
        var questions: [Question]
        var decoys: [Decoy]
    }

    /// Lower case, letters and digits only, single spaces: how snippets are compared.
    static func norm(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// "In response, the PCC said" and "the PCC said" start the same answer.
    static func withoutLead(_ text: String) -> String {
        var raw = text.trimmingCharacters(in: .whitespaces)
        let lower = raw.lowercased()
        // The product's own response lead-ins ("In response to …", "With regard to a question from …").
        if Vocabulary.responseLeads.contains(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",") }) {
            // "In response to a query, the Commissioner …" and "the Commissioner …" start the same answer.
            if let comma = raw.firstIndex(of: ","), raw.distance(from: raw.startIndex, to: comma) < 200 {
                raw = String(raw[raw.index(after: comma)...])
            } else {
                raw = String(raw.drop(while: { $0 != " " }).dropFirst().drop(while: { $0 != " " }))
            }
        }
        return norm(raw)
    }

    static func surname(_ asker: String) -> String {
        let n = norm(asker)
        if n == "a member" || n == "members" || n.isEmpty { return "(unnamed)" }
        return n.split(separator: " ").last.map(String.init) ?? n
    }

    struct Tally {
        var expected = 0, found = 0, matched = 0
        var roles = 0, askers = 0, boundaries = 0, statuses = 0, topics = 0
        var decoys = 0, decoysTaken = 0
        var documents = 0, metadataRight = 0

        mutating func add(_ other: Tally) {
            expected += other.expected; found += other.found; matched += other.matched
            roles += other.roles; askers += other.askers; boundaries += other.boundaries; statuses += other.statuses; topics += other.topics
            decoys += other.decoys; decoysTaken += other.decoysTaken; documents += other.documents; metadataRight += other.metadataRight
        }

        var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
        var precision: Double { found == 0 ? 1 : Double(matched) / Double(found) }
        func share(_ count: Int) -> Double { matched == 0 ? 1 : Double(count) / Double(matched) }
    }

    /// Every question of a document with its topics, as the ingester stores them: read by its format's reader (text,
    /// a saved web page, PDF, Word or OpenDocument), then parsed and understood.
    static func understand(_ url: URL, taxonomy: Taxonomy) throws -> (MeetingMetadata, [(MemberQuestion, [String])]) {
        let extracted = try DocumentReader.read(try Data(contentsOf: url), url: url)
        let document = try DocumentParser.parse(extracted)
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: taxonomy))
        return (document.metadata, preparer.prepare(document).flatMap(\.questions))
    }

    static func score(_ expected: Expected, metadata: MeetingMetadata, found: [(MemberQuestion, [String])], log: inout [String]) -> Tally {
        var tally = Tally(expected: expected.questions.count, found: found.count, documents: 1)
        tally.decoys = expected.decoys.count
        let metadataRight = metadata.body == expected.panel && metadata.meetingDate == expected.meetingDate && metadata.kind.rawValue == expected.kind
        if metadataRight {
            tally.metadataRight = 1
        } else {
            log.append(
                "\(expected.document): metadata \(metadata.body ?? "nil") / \(metadata.meetingDate ?? "nil") / \(metadata.kind.rawValue), expected \(expected.panel ?? "nil") / \(expected.meetingDate ?? "nil") / \(expected.kind)"
            )
        }
        var taken = Set<Int>()
        for wanted in expected.questions {
            let qStart = norm(wanted.questionStart), aStart = withoutLead(wanted.answerStart)
            // An answer label that is all lead-in ("In response to a Member question,"): the scoring ignores the lead-in, so
            // the answer is known by its end.
            let onlyLead = aStart.isEmpty && !wanted.answerStart.isEmpty
            let candidate = found.indices.first { index in
                guard !taken.contains(index) else { return false }
                let question = norm(found[index].0.question)
                if !qStart.isEmpty { return question.contains(qStart) }
                if onlyLead { return question.isEmpty && norm(found[index].0.answer).hasSuffix(norm(wanted.answerEnd)) }
                return question.isEmpty && !aStart.isEmpty && norm(found[index].0.answer).contains(aStart)
            }
            guard let index = candidate else {
                log.append("\(expected.document): MISSED \(wanted.asker): \(wanted.questionStart.isEmpty ? wanted.answerStart : wanted.questionStart)")
                continue
            }
            taken.insert(index)
            tally.matched += 1
            let (question, topics) = found[index]
            let roleRight = question.respondentRole?.rawValue == wanted.respondentRole
            if roleRight { tally.roles += 1 }
            if surname(question.asker) == surname(wanted.asker) { tally.askers += 1 }
            let q = norm(question.question), a = withoutLead(question.answer)
            let boundaries =
                (qStart.isEmpty ? q.isEmpty : q.hasPrefix(qStart)) && q.hasSuffix(norm(wanted.questionEnd))
                // A label may quote the lead-in itself ("In response to a question on"): then the answer as written.
                && (onlyLead || (aStart.isEmpty ? a.isEmpty : a.hasPrefix(aStart) || norm(question.answer).hasPrefix(norm(wanted.answerStart))))
                && a.hasSuffix(norm(wanted.answerEnd))
            if boundaries { tally.boundaries += 1 }
            if question.status.rawValue == wanted.status { tally.statuses += 1 }
            if Set(topics) == Set(wanted.topics) { tally.topics += 1 }
            var wrong: [String] = []
            if !roleRight { wrong.append("role \(question.respondentRole?.rawValue ?? "nil") ≠ \(wanted.respondentRole ?? "nil")") }
            if surname(question.asker) != surname(wanted.asker) { wrong.append("asker \(question.asker) ≠ \(wanted.asker)") }
            if !boundaries {
                wrong.append(
                    "boundaries: Q «\(question.question.prefix(60))…\(question.question.suffix(40))» A «\(question.answer.prefix(50))…\(question.answer.suffix(50))»"
                )
            }
            if question.status.rawValue != wanted.status { wrong.append("status \(question.status.rawValue) ≠ \(wanted.status)") }
            if Set(topics) != Set(wanted.topics) { wrong.append("topics \(topics) ≠ \(wanted.topics)") }
            if !wrong.isEmpty { log.append("\(expected.document) line \(question.line): " + wrong.joined(separator: "; ")) }
        }
        for index in found.indices where !taken.contains(index) {
            let question = found[index].0
            let text = norm(question.question + " " + question.answer)
            if expected.decoys.contains(where: { text.contains(norm($0.text)) }) { tally.decoysTaken += 1 }
            log.append("\(expected.document) line \(question.line): EXTRA \(question.asker): \(question.question.prefix(90)) → \(question.answer.prefix(60))")
        }
        return tally
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }

    @Test("the extractor finds the labelled questions in every layout")
    func scoreTheEvaluationSet() throws {
        let expectedFiles = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("expected").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        try #require(!expectedFiles.isEmpty, "no evaluation set at \(Self.root.path)")
        let taxonomy = try Taxonomy.load(from: Self.repository.appendingPathComponent("index/topics.json"))
        var byLayout: [String: Tally] = [:]
        var log: [String] = []
        for file in expectedFiles {
            let data = try Data(contentsOf: Self.root.appendingPathComponent("expected/\(file)"))
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            let expected = try decoder.decode(Expected.self, from: data)
            let url = Self.root.appendingPathComponent("documents/\(expected.document)")
            let tally: Tally
            do {
                let (metadata, found) = try Self.understand(url, taxonomy: taxonomy)
                tally = Self.score(expected, metadata: metadata, found: found, log: &log)
            } catch {
                log.append("\(expected.document): not read: \(error)")
                tally = Tally(expected: expected.questions.count, documents: 1)
            }
            byLayout[expected.layout, default: Tally()].add(tally)
        }
        var total = Tally()
        var table = [
            "| layout | docs | pairs | found | recall | precision | roles | askers | boundaries | status | topics | decoys taken | metadata |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        func row(_ name: String, _ t: Tally) -> String {
            "| \(name) | \(t.documents) | \(t.expected) | \(t.found) | \(Self.percent(t.recall)) | \(Self.percent(t.precision)) | \(Self.percent(t.share(t.roles))) | \(Self.percent(t.share(t.askers))) | \(Self.percent(t.share(t.boundaries))) | \(Self.percent(t.share(t.statuses))) | \(Self.percent(t.share(t.topics))) | \(t.decoysTaken)/\(t.decoys) | \(t.metadataRight)/\(t.documents) |"
        }
        for (layout, tally) in byLayout.sorted(by: { $0.key < $1.key }) {
            table.append(row(layout, tally))
            total.add(tally)
        }
        table.append(row("**all**", total))
        print(table.joined(separator: "\n"))
        if ProcessInfo.processInfo.environment["MINUTEBOOK_EVAL_VERBOSE"] != nil { print(log.joined(separator: "\n")) }
        // Piped into another program, stdout is block-buffered; the runner may end before it is written out.
        fflush(nil)
        // MINUTEBOOK_EVAL_OUT=FILE: the table and every miss, written whole to a file (a pipe may interleave them with
        // the test runner's own output).
        if let out = ProcessInfo.processInfo.environment["MINUTEBOOK_EVAL_OUT"] {
            try? (table + log).joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }

        #expect(total.recall >= 0.95, "overall recall \(Self.percent(total.recall))")
        #expect(total.precision >= 0.95, "overall precision \(Self.percent(total.precision))")
        for (layout, tally) in byLayout {
            #expect(tally.recall >= 0.85, "\(layout): recall \(Self.percent(tally.recall))")
            #expect(tally.precision >= 0.85, "\(layout): precision \(Self.percent(tally.precision))")
        }
    }
}
