import Foundation
import PingdianTestSupport
import Testing

/// The bundled essay's curated reading, used as a new reader would in a real terminal (walking
/// the contradictions runs on the runtime in memory: Tests/PingdianRuntimeTests/CuratedLayerSessionTests).
@Suite("The curated layer in a terminal", .needs(.tmux))
struct CuratedLayerTests {
    @Test("The legend, the filter and the outline work in a real terminal")
    func views() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(columns: 120, rows: 40, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("L")
        try tmux.waitForScreen("the legend with the contradictions' count") { rows in
            rows.contains { $0.contains("Legend") } && rows.contains { $0.contains("Contradiction") && $0.contains("40") }
        }
        try tmux.sendKeys("q", "f", "j", "j", "j", "Space")
        try tmux.waitForText("[ ] ■ Contradiction")
        try tmux.sendKeys("Escape")
        // The filter closed (Esc is read alone only after the escape delay: a key sent with it
        // would be that key with Alt), and the status line says a filter is on.
        try tmux.waitForScreen("the filter closed, in the status line") { rows in
            !rows.contains { $0.contains("which kinds to show") } && (rows.last ?? "").contains("filtered")
        }
        try tmux.sendKeys("x")
        try tmux.waitForScreen("no contradictions while they are hidden") { ($0.last ?? "").contains("Contradictions are hidden by the filter") }
        try tmux.sendKeys("f", "a", "Escape")
        try tmux.waitForScreen("the filter closed, nothing filtered") { rows in
            !rows.contains { $0.contains("which kinds to show") } && !(rows.last ?? "").contains("filtered")
        }
        try tmux.sendKeys("o")
        try tmux.waitForText("Outline  156 of 156")
        try tmux.sendText("/從來也沒試圖")
        try tmux.sendKeys("Enter")
        try tmux.waitForText("Outline  1 of 156")
        try tmux.sendKeys("Enter")
        // The pane and the text arrive in one frame, but a capture can fall between its writes:
        // wait for the whole frame.
        try tmux.waitForScreen("the outline jumped to the passage, its card in the pane") { rows in
            rows.contains { $0.contains("■ Ad hominem") } && rows.contains { $0.contains("白宮的買辦") && $0.contains("│") }
        }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("At 100×30 the pane shows a claim's source words and verdict, s and S walk the attributions, and --source shows the source passage beside the claim")
    func sources() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let source = try data.write("on-deepseek.txt", Array("""
            On DeepSeek and Export Controls

            Context first. DeepSeek also does not show that China can always obtain the chips it needs via smuggling, or that the controls always have loopholes. I don't believe the export controls were ever designed to prevent China from getting a few tens of thousands of chips.

            """.utf8))
        let tmux = try ReaderTests.reader(["--source", source], columns: 100, rows: 30, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("s")
        let claim = try ReaderTests.waitForFrame(tmux, showing: "Source · distorted", status: "source 2/86 · distorted")
        #expect(claim.contains { $0.contains("“DeepSeek also does not show") }, "\(claim)")
        try tmux.sendKeys("s")
        try tmux.waitForScreen("the next attribution") { ($0.last ?? "").contains("source 3/86") }
        try tmux.sendKeys("S")
        try tmux.waitForScreen("back to the claim") { ($0.last ?? "").contains("source 2/86 · distorted") }
        try tmux.sendKeys("O")
        let beside = try ReaderTests.waitForFrame(tmux, showing: "Source · on-deepseek.txt")
        // The claim in the text on the left, the source passage in the pane on the right.
        #expect(beside.contains { $0.contains("強烈呼籲") && $0.contains("│") })
        #expect(beside.contains { $0.contains("Context first.") })
        // @ as an input method types it (full width): the cursor goes into the source; search,
        // select, Enter, a verdict and a note make an attribution of one's own.
        try tmux.sendKeys("O＠")
        try tmux.waitForScreen("the source with its cursor") { ($0.last ?? "").contains("In the source") }
        try tmux.sendKeys("/tens of", "Enter", "v)", "Enter")
        try ReaderTests.waitForFrame(tmux, showing: "Verdict for")
        try tmux.sendKeys("3略去了「數百萬顆」。", "Enter")
        try tmux.waitForScreen("the attribution saved") { ($0.last ?? "").contains("Attribution saved · selective") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("~ shows the reconstructed original, the cursor on the same word; C shows the conversion layer, 支援 ← 支持 with its note")
    func provenance() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(columns: 100, rows: 30, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendText("/無條件支援")
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the search on 無條件支援") { ($0.last ?? "").contains("match") }
        try tmux.sendKeys("~")
        let original = try ReaderTests.waitForFrame(tmux, showing: "无条件支持 AI 监管", status: "The original")
        #expect(!original.contains { $0.contains("人工智慧") }, "the original's words only: \(original)")
        // The cursor (drawn reversed) is on 无, the first character of the same words.
        let escaped = try tmux.screenWithEscapes().joined()
        #expect(escaped.contains(/\x1B\[[0-9;]*7m(\x1B\[[0-9;]*m)*无/), "the cursor on 无")
        try tmux.sendKeys("~")
        try ReaderTests.waitForFrame(tmux, showing: "無條件支援 AI 監管", status: "Back to the text")
        try tmux.sendKeys("C")
        try tmux.waitForScreen("the conversion layer") { ($0.last ?? "").contains("Conversion layer: 105 places") }
        try tmux.sendKeys("]")
        try tmux.waitForScreen("支援 ← 支持 with its note") { rows in
            rows.contains { $0.contains("original 支持 → converter's 支援") } && rows.contains { $0.contains("作者兩處都寫「支持」") }
        }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }
}
