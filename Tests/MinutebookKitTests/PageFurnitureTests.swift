import Foundation
import Testing

@testable import MinutebookKit

/// Text out of a PDF: furniture dropped, a question and its answer put back together over a page break.
@Suite("page furniture")
struct PageFurnitureTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pdf-text/page-break.txt")

    @Test("running headers, footers and page numbers are dropped; the answer runs on over the break; hyphenation joined")
    func answerOverPageBreak() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        let document = try DocumentParser.parse(text)
        let questions = document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind) }
        #expect(questions.count == 2)
        let first = try #require(questions.first)
        #expect(first.asker == "Cllr Mallory")
        #expect(first.respondentRole == .pcc)
        #expect(first.answer.contains("by a quarter since then"), "\(first.answer)")
        #expect(first.answer.hasSuffix("would be advertised in April."), "\(first.answer)")
        let passages = document.items.flatMap(\.blocks).map(\.text)
        #expect(!passages.contains { $0.contains("Page 1 of 2") || $0.contains("Page 2 of 2") })
        // The title on the first page stays; its repeats at the top of later pages go.
        #expect(document.metadata.body == "Wealdshire Police and Crime Panel")
        #expect(passages.filter { $0.contains("Wealdshire Police and Crime Panel - 3 March 2023") }.isEmpty)
    }

    @Test(
        "text that is not from a PDF is left alone",
        arguments: [
            "Agenda item\n\n12\n\nApologies for absence\n\nThe Panel noted the apologies.",
            "During discussion Members raised the following points:-\n\n• Cllr Hayes asked about response times.",
        ])
    func plainText(_ text: String) {
        #expect(PageFurniture.clean(text).dropped.isEmpty)
        #expect(PageFurniture.clean(text).text == text)
    }

    @Test("a panel named without its place takes it from the host council above it")
    func hostCouncil() {
        let header = "Harrowfell County Council\n\nAt a Meeting of Police and Crime Panel held in Committee Room 2, County Hall"
        #expect(MeetingHeader.panel(in: header) == "Harrowfell Police and Crime Panel")
        #expect(MeetingHeader.panel(in: "Brantmoor Council Brantmoor Police, Fire and Crime Panel") == "Brantmoor Police, Fire and Crime Panel")
        #expect(MeetingHeader.panel(in: "Summary Colnebury Police, Fire and Crime Panel") == "Colnebury Police, Fire and Crime Panel")
        #expect(
            MeetingHeader.panel(in: "Soarbridge, Charnwold and Welland Police and Crime Panel") == "Soarbridge, Charnwold and Welland Police and Crime Panel")
        #expect(MeetingHeader.panel(in: "Wessexford and Isle of Wyke Police and Crime Panel") == "Wessexford and Isle of Wyke Police and Crime Panel")
        #expect(MeetingHeader.panel(in: "Minutes of Thames Valley Police and Crime Panel") == "Thames Valley Police and Crime Panel")
    }
}

/// The vocabulary is the one place offices, titles and verbs are written: the reader follows it.
@Suite("vocabulary")
struct VocabularyTests {
    @Test(
        "every office phrase is read as its office",
        arguments: Vocabulary.offices.filter { !$0.takesSubject }.flatMap { office in office.phrases.map { ($0, office.role) } })
    func office(_ phrase: String, _ role: Role) {
        // Acronyms are written in capitals, other offices with capitals.
        let written =
            phrase.count <= 4 || phrase.hasPrefix("t/")
            ? phrase.uppercased() : phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let start = SentenceReader.answerAtStart(of: "The \(written) said that the figures were improving.")
        #expect(start?.respondent?.role == role, "\(written)")
    }

    @Test("a member's title, an asking verb and a reply make a question", arguments: ["Cllr", "Councillor", "Mr", "Mrs", "Ms", "Miss", "Dr", "Professor"])
    func titles(_ title: String) {
        let item = AgendaItem(blocks: [
            Block(kind: .paragraph, text: "\(title) Hale asked whether the hub was funded. The Commissioner confirmed that it was.", line: 1)
        ])
        let found = QuestionExtractor.extract(from: item)
        #expect(found.count == 1)
        #expect(found.first?.asker.hasSuffix("Hale") == true)
        #expect(found.first?.respondentRole == .pcc)
    }
}

/// `--speaker` reads offices with the same vocabulary as the extractor.
@Suite("speaker filter roles")
struct SpeakerFilterRoleTests {
    @Test(arguments: [
        ("pcc", Role.pcc), ("commissioner", .pcc), ("mayor", .pcc), ("Police, Fire and Crime Commissioner", .pcc),
        ("deputy mayor for policing and crime", .deputyPCC), ("chief constable", .chiefConstable), ("dcc", .deputyChiefConstable),
        ("chief fire officer", .chiefFireOfficer), ("chief finance officer", .officer), ("chairman", .chair), ("councillor", .member),
        ("Chairwoman", .chair), ("vice-chair", .chair), ("members", .member), ("Cllrs", .member), ("independent member", .member),
        // The role ids, in the spelling of JSON and in the hyphenated one flags took before.
        ("deputy_pcc", .deputyPCC), ("deputy-pcc", .deputyPCC), ("Chief-Constable", .chiefConstable), ("chief_fire_officer", .chiefFireOfficer),
    ])
    func role(_ typed: String, _ role: Role) {
        #expect(Filters.role(typed) == role, "\(typed)")
    }

    @Test func aNameIsNotARole() {
        #expect(Filters.role("hayes") == nil)
    }
}
