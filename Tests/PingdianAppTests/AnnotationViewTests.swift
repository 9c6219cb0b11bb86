import PingdianApp
import PingdianCore
import TerminalKit
import Testing

@Suite("Annotations on screen")
struct AnnotationViewTests {
    @Test("Highlights take their kind's colour; overlapping spans are underlined")
    func highlights() {
        let reader = ReaderHarness.annotated()
        let taxonomy = reader.state.annotations.taxonomy!
        func color(_ key: String) -> TerminalColor {
            let rgb = taxonomy.kind(forKey: key)!.color
            return TerminalColor.nearest(red: rgb.red, green: rgb.green, blue: rgb.blue)
        }
        #expect(reader.style(of: "說甲")?.foreground == color("claim"))
        #expect(reader.style(of: "說甲")?.attributes.contains(.underline) == false)
        // "甲是對的" is inside the claim: the innermost (the contradiction) colours it, underlined.
        #expect(reader.style(of: "是對的")?.foreground == color("contradiction"))
        #expect(reader.style(of: "是對的")?.attributes.contains(.underline) == true)
        #expect(reader.style(of: "自相矛盾")?.foreground == color("irony"))
        #expect(reader.style(of: "第二段")?.foreground == nil)
    }

    @Test("Monochrome terminals show kinds with attributes only")
    func monochrome() {
        let reader = ReaderHarness.annotated(capability: .monochrome)
        let taxonomy = reader.state.annotations.taxonomy!
        let style = reader.style(of: "自相矛盾")
        #expect(style?.foreground == nil)
        #expect(style?.attributes.isEmpty == false)
        #expect(taxonomy.kind(forKey: "irony")!.monochrome.isEmpty == false)
    }

    @Test("The pane lists the annotations on screen and shows the focused one in full")
    func pane() {
        var reader = ReaderHarness.annotated()
        let pane = { reader.screen.map { String($0.split(separator: "│", maxSplits: 1).dropFirst().first ?? "") }.joined(separator: "\n") }
        // The cursor starts on the claim: it is focused; the others are listed one line each.
        #expect(pane().contains("Notes  6"))
        #expect(pane().contains("■ Claim\n 「他說甲是對的」"))
        #expect(pane().contains("▍Contradiction 甲是錯的"))
        #expect(pane().contains("▍Irony 這就自相矛盾"))
        reader.press("x")
        let focused = pane()
        #expect(focused.contains("■ Contradiction"))
        #expect(focused.contains("「甲是對的」"))
        #expect(focused.contains("先說對，後說錯，兩者不能並存。"))
        #expect(focused.contains("↔ Contradicts"))
        #expect(focused.contains("「甲是錯的」"))
        #expect(reader.statusLine.contains("contradiction pair 1/2 · side 1/2"))
    }

    @Test("x and X walk the contradictions in reading order; % flips between the sides")
    func contradictions() {
        var reader = ReaderHarness.annotated()
        var visited: [String] = []
        for _ in 0..<4 {
            reader.press("x")
            visited.append(reader.state.focusedAnnotation?.id ?? "-")
        }
        #expect(visited == ["c1", "c2", "c3", "c4"])
        reader.press("x")
        #expect(reader.statusLine.contains("No more contradictions"))
        reader.press("%")
        #expect(reader.state.focusedAnnotation?.id == "c3")
        #expect(reader.cursorText == "承")
        reader.press("%")
        #expect(reader.state.focusedAnnotation?.id == "c4")
        reader.press("X")
        #expect(reader.state.focusedAnnotation?.id == "c3")
        reader.press("<C-o>")
        #expect(reader.state.focusedAnnotation?.id == "c4")
        reader.press("gg%")
        #expect(reader.statusLine.contains("not on a side of a contradiction"))
    }

    @Test("] and [ go from annotation to annotation")
    func annotationJumps() {
        var reader = ReaderHarness.annotated()
        reader.press("]")
        #expect(reader.state.focusedAnnotation?.id == "c1")
        #expect(reader.statusLine.contains("annotation 2/6"))
        reader.press("]]")
        #expect(reader.state.focusedAnnotation?.id == "irony-1")
        reader.press("[")
        #expect(reader.state.focusedAnnotation?.id == "c2")
        reader.press("G]")
        #expect(reader.state.focusedAnnotation?.id == "c3")
        reader.press("]]")
        #expect(reader.state.focusedAnnotation?.id == "c4")
        #expect(reader.statusLine.contains("No more annotations"))
    }

    @Test("A text without a layer says so in the pane, and the jumps say there is nothing")
    func noLayer() {
        var reader = ReaderHarness(Fixtures.numbered(3))
        #expect(reader.screen.joined().contains("This text has no annotation"))
        reader.press("x")
        #expect(reader.statusLine.contains("no annotation layer"))
    }
}
