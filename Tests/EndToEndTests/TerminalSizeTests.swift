import CellWidth
import Foundation
import PingdianTestSupport
import Testing

/// Odd terminals: resize storms, very small and very large sizes, no colours (Docs/faults.md).
@Suite("Odd terminals", .needs(.tmux))
struct TerminalSizeTests {
    /// The display columns of a captured row.
    static func width(_ row: String) -> Int {
        UTF8Locale.activate()
        return CellWidth.of(row)
    }

    /// Every row but the status line has the divider in the same column, and there is a status line.
    static func isAligned(_ rows: [String], rowCount: Int) -> Bool {
        guard rows.count == rowCount, (rows.last ?? "").contains("? help") else { return false }
        let dividers = ReaderTests.columns(of: "│", in: Array(rows.dropLast()))
        return dividers.count == rowCount - 1 && Set(dividers).count == 1
    }

    @Test("20 resizes in quick succession: the final screen is right for the final size, the place kept")
    func resizeStorm() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendText("9G")
        try tmux.waitForScreen("paragraph 9") { ($0.last ?? "").contains("¶ 9/39") }
        let sizes = [(40, 10), (200, 60), (15, 4), (90, 25), (21, 6), (160, 20), (70, 30), (69, 30), (10, 3), (120, 50),
                     (33, 7), (250, 80), (80, 24), (19, 5), (101, 31), (55, 12), (300, 90), (72, 18), (45, 45), (110, 35)]
        for (columns, rows) in sizes { try tmux.resize(columns: columns, rows: rows) }
        let final = try tmux.waitForScreen("the final frame at 110×35") { rows in
            Self.isAligned(rows, rowCount: 35) && (rows.last ?? "").contains("¶ 9/39")
        }
        #expect(final.allSatisfy { Self.width($0) <= 110 })
        // And it still reads keys.
        try tmux.sendText("2G")
        try tmux.waitForScreen("paragraph 2") { ($0.last ?? "").contains("¶ 2/39") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A 10×3 terminal shows only the small-terminal message and quits on q")
    func tenByThree() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(columns: 10, rows: 3, dataHome: data)
        defer { tmux.close() }
        let screen = try tmux.waitForScreen("the small-terminal message") { rows in !rows.joined().isEmpty }
        #expect(screen.count == 3)
        #expect(screen.allSatisfy { Self.width($0) <= 10 }, "\(screen)")
        #expect(!screen.joined().contains("一個科學家"))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A 400×120 terminal: the text and the pane fill it, every row aligned")
    func veryLarge() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(columns: 400, rows: 120, dataHome: data)
        defer { tmux.close() }
        let screen = try tmux.waitForScreen("a 400×120 frame") { rows in
            Self.isAligned(rows, rowCount: 120) && rows.joined().contains("一個科學家")
        }
        #expect(screen.allSatisfy { Self.width($0) <= 400 })
        #expect(screen.filter { Self.width($0) > 300 }.count > 10, "the text uses the width")
        try tmux.sendKeys("G")
        try ReaderTests.waitForFrame(tmux, showing: "有意思的現象。", status: "100%")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("No colours (TERM=xterm-mono, TERM=vt100): attributes only, no colour escape reaches the screen",
          arguments: ["xterm-mono", "vt100"])
    func monochrome(term: String) throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(dataHome: data, environment: ["TERM": term])
        defer { tmux.close() }
        let screen = try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        #expect(Set(ReaderTests.columns(of: "│", in: Array(screen.dropLast()))).count == 1)
        let escapes = try tmux.screenWithEscapes().joined()
        let colourCodes = escapes.matches(of: /\x1B\[[0-9;]*m/).map { String($0.output) }.filter { code in
            code.contains("38;5;") || code.contains("48;5;") || code.contains(/[\[;][34][0-7][;m]/)
        }
        #expect(colourCodes.isEmpty, "\(Set(colourCodes))")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }
}
