import Foundation
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// Briefs and "asked before?" over the bundled corpus.
@Suite("Brief and asked-before")
final class BriefTests {
    let store: IndexStore

    /// The corpus index shared by the test process, read-only.
    init() throws {
        store = try SharedCorpusIndex.openForReading()
    }

    @Test func mashBriefHasEverySection() throws {
        let brief = try BriefBuilder(store: store).brief("MASH")
        #expect(brief.topic.id == "mash")
        #expect(brief.summary.meetings == 2)
        #expect(brief.summary.firstMeeting == "2017-11-17" && brief.summary.lastMeeting == "2018-11-16")
        #expect(brief.timeline.map(\.meetingDate) == ["2017-11-17", "2018-11-16"])
        #expect(brief.timeline.allSatisfy { (1...2).contains($0.highlights.count) })
        #expect(brief.questions.contains { $0.asker == "Cllr Egleton" && $0.respondentRole == .chiefConstable })
        // "a report would be provided to the PCC" and the Action line are both commitments, with who gave them.
        #expect(brief.commitments.contains { $0.who == "Chief Constable" && $0.what.contains("a report would be provided") })
        #expect(brief.commitments.contains { $0.who == "PCC/Chief Constable" })
        #expect(brief.commitments.allSatisfy { !$0.quote.citation.isEmpty })
    }

    @Test func fgmBriefFiguresKeepTheirHeaders() throws {
        let brief = try BriefBuilder(store: store).brief("fgm")
        let row = try #require(brief.figures.first { $0.table?.cells.first == "Level of FGM Crime" })
        #expect(row.table?.header == ["Measure", "2016/17 Comparison", "2017/18 (April – Dec)"])
        #expect(row.table?.cells == ["Level of FGM Crime", "7", "0"])
        #expect(brief.figures.contains { $0.text.contains("£100,000") })
        // Undated documents come last in the timeline.
        #expect(brief.timeline.last?.meetingDate == nil)
        #expect(brief.summary.undatedDocuments.count == 1)
        // Every figure concerns FGM: a table row under the FGM heading, or a sentence from an FGM passage.
        #expect(brief.figures.allSatisfy { $0.table == nil || ($0.section ?? "").contains("FGM") })
    }

    @Test func gapsAreAnswersThatGaveNothing() throws {
        let hate = try BriefBuilder(store: store).brief("hate crime")
        #expect(hate.gaps.contains { $0.answer.contains("did not have the figures") })
        let lines = try BriefBuilder(store: store).brief("county lines")
        #expect(lines.gaps.contains { $0.answer.contains("not an issue he had considered") })
        #expect(lines.commitments.contains { $0.what.contains("would look at mobile phones") && $0.who == "PCC" })
    }

    @Test func unknownTopicListsTheKnownOnes() throws {
        #expect {
            try BriefBuilder(store: store).brief("burglary")
        } throws: { error in
            guard case SearchError.unknownTopic(let name, let known) = error else { return false }
            return name == "burglary" && known.contains("fgm") && known.contains("county-lines")
        }
    }

    @Test func briefIsDeterministic() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let a = try encoder.encode(BriefBuilder(store: store).brief("cybercrime"))
        let b = try encoder.encode(BriefBuilder(store: store).brief("cybercrime"))
        #expect(a == b)
    }

    @Test func dateRangeNarrowsTheBrief() throws {
        let brief = try BriefBuilder(store: store).brief("fgm", from: "2018-01-01", to: "2018-12-31")
        #expect(brief.timeline.allSatisfy { ($0.meetingDate ?? "") >= "2018-01-01" })
        #expect(brief.timeline.count == 2)
    }

    @Test func askedBeforeFindsDifferentlyWordedQuestionsOnTheTopic() throws {
        let result = try AskedBefore(store: store).similar(to: "What extra funding will go to tackling cuckooing and drug gangs?")
        #expect(result.topics == ["county-lines"])
        let first = try #require(result.matches.first)
        #expect(first.sharedTopics == ["county-lines"])
        #expect(first.question.topics.contains("county-lines"))
        #expect(result.matches.filter { $0.question.topics.contains("county-lines") }.count == 2)
        // Ordered by similarity.
        #expect(result.matches.map(\.similarity) == result.matches.map(\.similarity).sorted(by: >))
    }

    @Test func askedBeforeWithoutATopicUsesWords() throws {
        let result = try AskedBefore(store: store).similar(to: "Why won't the police share body camera footage?")
        #expect(result.matches.first?.question.question.contains("Body Cameras") == true)
        #expect(throws: SearchError.self) { try AskedBefore(store: store).similar(to: "what is the?") }
    }
}
