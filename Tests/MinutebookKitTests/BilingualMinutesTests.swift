import Foundation
import Testing

@testable import MinutebookKit

/// Bilingual minutes, as Welsh panels publish them: Welsh beside English in two columns, then paragraph by paragraph.
/// The Welsh is told by its function words (`Welsh`), kept as passages, and passed over by the question readers.
@Suite("Bilingual minutes (Welsh and English)")
struct BilingualMinutesTests {
    /// Invented: a two-column start (as a PDF's two-column table comes out of the reader, one line of two cells), then
    /// each Welsh paragraph followed by its English one.
    static let minutes = """
        PANEL HEDDLU A THROSEDDU GLANNAU TAF\tGLANNAU TAF POLICE AND CRIME PANEL
        Cofnodion cyfarfod o'r Panel a gynhaliwyd yn Neuadd y Sir ar 14 Hydref 2025\tMinutes of a meeting of the Panel held at County Hall on 14 October 2025
        4. CWESTIYNAU\t4. QUESTIONS
        Cyflwynwyd un cwestiwn yn unol â'r drefn.\tOne question had been submitted under the procedure.

        Cwestiwn 1 – y Cynghorydd Owain Prydderch:

        Question 1 – Councillor Owain Prydderch:

        Sawl swyddog heddlu sydd yn siarad Cymraeg yn y tîm cymdogaeth?

        How many officers in the neighbourhood team speak Welsh?

        Ymateb: Dywedodd y Comisiynydd fod 23 o swyddogion yn siarad Cymraeg.\tResponse: The Commissioner said that 23 officers spoke Welsh.

        5. ADRODDIAD Y COMISIYNYDD / THE COMMISSIONER'S REPORT

        Gofynnodd y Cynghorydd Nia Bowen pa gymorth oedd ar gael i ddioddefwyr twyll.

        Councillor Nia Bowen asked what support was available to victims of fraud. The Deputy Commissioner said that a caseworker had been funded since May.
        """

    @Test("Welsh is told from English by a share of its function words; English naming a Welsh place stays English")
    func tellsWelsh() {
        #expect(Welsh.isWelsh("Gofynnodd y Cynghorydd Nia Bowen pa gymorth oedd ar gael i ddioddefwyr twyll."))
        #expect(Welsh.isWelsh("Cwestiwn 1 – y Cynghorydd Owain Prydderch:"))
        #expect(!Welsh.isWelsh("Councillor Nia Bowen asked what support was available to victims of fraud."))
        #expect(!Welsh.isWelsh("Question 1 – Councillor Owain Prydderch:"))
        #expect(!Welsh.isWelsh("The Chief Constable said that the station at Pont y Felin would stay open, and that Ysgol y Llan had a PCSO."))
        #expect(!Welsh.isWelsh("DIWEDDARIAD CYFNODOL GAN Y COMISIYNYDD / PERIODIC UPDATE BY THE POLICE AND CRIME COMMISSIONER"))
    }

    /// The test as first written, on Foundation's `lowercased`, `split` by `Character` and `trimmingCharacters`:
    /// `Welsh.isWelsh` reads scalars instead, for speed, and must say the same.
    static func slowIsWelsh(_ text: String) -> Bool {
        let sample = QuestionText.prefix(text, Welsh.prefixBytes)
        var welsh = 0, english = 0, words = 0
        for word in sample.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: "'’"))
            guard !trimmed.isEmpty else { continue }
            words += 1
            if Vocabulary.welshFunctionWords.contains(trimmed) || Vocabulary.welshMinuteWords.contains(trimmed) || trimmed.hasSuffix("'r")
                || trimmed.hasSuffix("’r") || trimmed.contains("ŵ") || trimmed.contains("ŷ")
            {
                welsh += 1
            } else if Vocabulary.englishFunctionWords.contains(trimmed) {
                english += 1
            }
        }
        return welsh >= 1 && welsh > english * 2 && welsh * 10 >= words
    }

    @Test("the fast reading of Welsh agrees with the first one on every block of the corpus and the evaluation set")
    func fastAgreesWithSlow() throws {
        var texts = [
            "Gofynnodd y Cynghorydd Nia Bowen pa gymorth oedd ar gael i ddioddefwyr twyll.", "Ŵyr y Comisiynydd — ŷd, dŵr a’r môr",
            "Dywedodd y Prif Gwnstabl fod y w\u{302}yr wedi cyrraedd", "'R 'r’ ’r i'r Swyddfa'r", "Question 1 – Councillor Owain Prydderch:",
            "£2.5m for 2024/25 – “y Cyngor” 1,200 o swyddogion", "",
        ]
        let folders = ["corpus", "evaluation/documents"].map { TestSupport.repoRoot.appendingPathComponent($0) }
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) {
                guard let extracted = try? DocumentReader.read(try Data(contentsOf: file), url: file),
                    let document = try? DocumentParser.parse(extracted.text)
                else { continue }
                texts += document.items.flatMap(\.blocks).map(\.text)
            }
        }
        #expect(texts.count > 2_000)
        let disagreeing = texts.filter { Welsh.isWelsh($0) != Self.slowIsWelsh($0) }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(3))")
    }

    @Test("each question once, from the English, with its asker and answer; the Welsh stays a passage")
    func questionsFromTheEnglish() throws {
        let document = try DocumentParser.parse(Self.minutes)
        let found = document.items.flatMap { QuestionExtractor.extract(from: $0) }
        #expect(found.map(\.asker) == ["Cllr Owain Prydderch", "Cllr Nia Bowen"])
        #expect(found.first?.question == "How many officers in the neighbourhood team speak Welsh?")
        #expect(found.first?.respondentRole == .pcc)
        #expect(found.first?.answer == "The Commissioner said that 23 officers spoke Welsh.")
        #expect(found.last?.respondentRole == .deputyPCC)
        #expect(found.allSatisfy { !Welsh.isWelsh($0.question) && !Welsh.isWelsh($0.answer) })
        // The Welsh paragraphs are blocks of their own, so passages: found by a search for "swyddogion".
        let texts = document.items.flatMap(\.blocks).map(\.text)
        #expect(texts.contains("Ymateb: Dywedodd y Comisiynydd fod 23 o swyddogion yn siarad Cymraeg."))
        #expect(texts.contains("Gofynnodd y Cynghorydd Nia Bowen pa gymorth oedd ar gael i ddioddefwyr twyll."))
        // Titles side by side become one bilingual title, as the paragraph layout writes it.
        #expect(document.items.contains { $0.number == "4" && $0.title == "CWESTIYNAU / QUESTIONS" })
        #expect(document.items.contains { $0.number == "5" })
    }

    @Test("the panel's name comes from the English cell of a bilingual title, without the end of the Welsh name")
    func panelName() throws {
        #expect(try DocumentParser.parse(Self.minutes).metadata.body == "Glannau Taf Police and Crime Panel")
        #expect(
            MeetingHeader.panel(in: "PANEL HEDDLU A THROSEDDU ERYRI A CHLWYD\tERYRI AND CLWYD POLICE AND CRIME PANEL")
                == "Eryri and Clwyd Police and Crime Panel")
        #expect(try DocumentParser.parse(Self.minutes).metadata.meetingDate == "2025-10-14")
    }

    @Test("a table with two English columns is still a table")
    func englishTableStaysATable() throws {
        let text = """
            Minutes of the Glannau Taf Police and Crime Panel held on 14 October 2025

            4. Questions

            Question\tResponse
            How many officers speak Welsh?\tThe Commissioner said that 23 officers spoke Welsh.
            """
        let document = try DocumentParser.parse(text)
        #expect(document.items.flatMap(\.blocks).contains { $0.kind == .tableRow })
        #expect(document.items.flatMap { QuestionExtractor.extract(from: $0) }.first?.respondentRole == .pcc)
    }
}
