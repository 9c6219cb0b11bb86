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
}
