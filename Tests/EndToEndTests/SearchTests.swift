import Foundation
import PingdianTestSupport
import Testing

/// Searching the essay in a real terminal, typed in Simplified Chinese.
@Suite("Search in a terminal", .needs(.tmux))
struct SearchTests {
    @Test("/强化学习 in Simplified finds every 強化學習 with highlights; n and N walk them with a counter")
    func simplifiedFindsTraditional() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let essay = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Texts/amodei-deepseek-essay.zh-Hant.txt"), encoding: .utf8)
        let total = essay.components(separatedBy: "強化學習").count - 1
        #expect(total == 14)
        #expect(try CommandRun.pingdian(["search", "强化学习"]).standardOutput.split(separator: "\n").count == total)
        let tmux = try ReaderTests.reader(columns: 120, rows: 36, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("/")
        try tmux.sendText("强化学习")
        try tmux.waitForScreen("the preview on the first match") { $0.contains { $0.contains("強化學習") } && ($0.last ?? "").contains("/强化学习") }
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the counter") { ($0.last ?? "").contains("match 1/\(total)") }
        // The matches are highlighted on the Traditional characters (black on yellow).
        let colored = try tmux.screenWithEscapes().joined()
        #expect(colored.contains("48;5;178"))
        for index in 2...total {
            try tmux.sendKeys("n")
            try tmux.waitForScreen("match \(index)") { ($0.last ?? "").contains("match \(index)/\(total)") }
        }
        try tmux.sendKeys("n")
        try tmux.waitForScreen("the wrap") { ($0.last ?? "").contains("continuing at the top") }
        try tmux.sendKeys("N")
        try tmux.waitForScreen("back at the last") { ($0.last ?? "").contains("continuing at the end") }
        try tmux.sendKeys("N")
        try tmux.waitForScreen("the one before") { ($0.last ?? "").contains("match \(total - 1)/\(total)") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("Esc returns to where the search started")
    func escapeReturns() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(columns: 120, rows: 36, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("/")
        try tmux.sendText("梁文鋒")
        try tmux.waitForScreen("the preview at the end") { ($0.last ?? "").contains("¶ 39/39") }
        try tmux.sendKeys("Escape")
        try tmux.waitForScreen("back at the start") { ($0.last ?? "").contains("¶ 1/39") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }
}
