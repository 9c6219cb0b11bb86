import Testing
@testable import PingdianCore

@Suite struct ReanchorSummaryTests {
    let matches: [AnchorMatch] = [
        .exact(0..<2), .relocated(5..<7, distance: 3), .relocated(9..<10, distance: 1),
        .approximate(12..<20, score: 0.9), .orphaned,
    ]

    @Test func countsEachOutcome() {
        let summary = ReanchorSummary(matches)
        #expect(summary == ReanchorSummary(exact: 1, relocated: 2, approximate: 1, orphaned: 1))
        #expect(summary.total == 5)
        #expect(summary.moved == 3)
        #expect(summary.moved + summary.orphaned > 0)
        #expect(matches.map(\.isReanchored) == [false, true, true, true, false])
        #expect(matches.map(\.range) == [0..<2, 5..<7, 9..<10, 12..<20, nil])
    }

    @Test func describesOnlyWhatChanged() {
        #expect(ReanchorSummary(matches).description(in: .english) == "2 moved, 1 approximate, 1 orphaned")
        #expect(ReanchorSummary(matches).description(in: .traditionalChinese) == "移位 2 則，近似 1 則，失去原文 1 則")
        #expect(ReanchorSummary(relocated: 2, orphaned: 1).description(in: .english) == "2 moved, 1 orphaned")
        #expect(ReanchorSummary(exact: 4).description(in: .english) == "all notes in place")
        let custom = ReanchorSummary(matches).description(separator: " · ", unchanged: "=") { outcome, count in
            "\(outcome)=\(count)"
        }
        #expect(custom == "relocated=2 · approximate=1 · orphaned=1")
    }
}
