import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// Search through the whole runtime: the folding search it sets up, the count it runs in the
/// background and feeds back.
@Suite("Search through the runtime")
struct SearchSessionTests {
    @Test("/强化学习 in Simplified finds every 強化學習 with highlights; n and N walk them with a counter")
    func simplifiedFindsTraditional() throws {
        let total = EssayText.text.components(separatedBy: "強化學習").count - 1
        #expect(total == 14)
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 120, rows: 36))
        try reader.press("/强化学习")
        #expect(reader.text.contains("強化學習"))
        #expect(reader.statusLine.contains("/强化学习"))
        try reader.press("<CR>")
        #expect(reader.statusLine.contains("match 1/\(total)"))
        // Every match on screen is highlighted on its Traditional characters.
        let grid = Screen.render(reader.state)
        let match = Theme(capability: .palette256).searchMatch
        let highlighted = (0..<grid.size.rows).flatMap { y in (0..<grid.size.columns).map { grid[$0, y] } }
            .filter { $0.style == match || $0.style.background == match.background }
        #expect(highlighted.map(\.text).joined().contains("化學習"))
        for index in 2...total {
            try reader.press("n")
            #expect(reader.statusLine.contains("match \(index)/\(total)"))
        }
        try reader.press("n")
        #expect(reader.statusLine.contains("continuing at the top"))
        try reader.press("N")
        #expect(reader.statusLine.contains("continuing at the end"))
        try reader.press("N")
        #expect(reader.statusLine.contains("match \(total - 1)/\(total)"))
    }

    @Test("/芯片, the mainland word, finds the essay's 晶片 with the counter; pingdian search too")
    func regionalWord() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 120, rows: 36))
        try reader.press("/芯片<CR>")
        #expect(reader.statusLine.contains("match 1/2"), "\(reader.statusLine)")
        let cursor = reader.state.cursor
        #expect(reader.state.document.text(in: cursor..<(cursor + 2)) == "晶片")
        let listing = Commands.search(try #require(SearchQuery("芯片")), in: nil, context: 4, json: false, color: .never,
                                      environment: [:])
        let lines = String(decoding: listing.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains("晶片") }, "\(lines)")
    }

    @Test("Esc returns to where the search started")
    func escapeReturns() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 120, rows: 36))
        try reader.press("/梁文鋒")
        #expect(reader.statusLine.contains("¶ 39/39"))
        try reader.press("<Esc>")
        #expect(reader.statusLine.contains("¶ 1/39"))
    }
}
