import Testing

@testable import MinutebookKit

/// The ranking's best-rows heap: whatever order rows come in, it keeps the same best rows a full sort would.
@Suite("Top rows")
struct TopRowsTests {
    /// A fixed sequence of scores with ties (so ids decide), from a small linear congruential generator.
    static func rows(_ count: Int, seed: UInt64) -> [RankedRow] {
        var state = seed
        return (0..<count).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return RankedRow(id: Int64(index), rank: -Double((state >> 33) % 200) / 10)
        }
    }

    @Test("keeps the best rows a sort keeps, for small and large capacities", arguments: [0, 1, 10, 500, 2_000])
    func keepsTheBest(_ capacity: Int) {
        let all = Self.rows(1_500, seed: UInt64(capacity) + 7)
        var top = TopRows(capacity: capacity)
        for row in all.shuffled() { top.offer(row) }
        let expected = Array(all.sorted(by: TopRows.before).prefix(capacity))
        #expect(top.sorted().map(\.id) == expected.map(\.id))
        #expect(top.worst?.id == expected.last?.id)
        #expect(top.isFull == (capacity <= all.count))
    }

    @Test("a row offered again with a better score replaces the one kept")
    func replacing() {
        var top = TopRows(capacity: 3)
        for (id, rank) in [(1, -1.0), (2, -2.0), (3, -3.0), (4, -0.5)] { top.offer(RankedRow(id: Int64(id), rank: rank)) }
        #expect(top.sorted().map(\.id) == [3, 2, 1])
        top.offer(RankedRow(id: 1, rank: -9), replacing: true)
        #expect(top.sorted().map(\.id) == [1, 3, 2])
        #expect(top.worst?.id == 2)
    }
}
