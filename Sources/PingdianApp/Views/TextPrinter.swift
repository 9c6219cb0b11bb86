import CellWidth
import PingdianCore
import TerminalKit

/// Lays out a whole text for output without a terminal (`pingdian print`, or a pipe).
public struct TextPrinter {
    public let document: TextDocument
    public let annotations: AnnotationSet
    public let options: LayoutOptions
    /// Colours to use, or nil for plain text.
    public let colorCapability: ColorCapability?

    public init(document: TextDocument, annotations: AnnotationSet = AnnotationSet(), options: LayoutOptions, colorCapability: ColorCapability?) {
        self.document = document
        self.annotations = annotations
        self.options = options
        self.colorCapability = colorCapability
    }

    /// Calls `emit` with each output line, top to bottom, laying out one paragraph at a time.
    public func printLines(_ emit: (String) -> Void) {
        let theme = Theme(capability: colorCapability ?? .monochrome)
        for (index, paragraph) in document.paragraphs.enumerated() {
            if index > 0 {
                if paragraph.startsSection {
                    emit("")
                    let mark = "＊　＊　＊"
                    let indent = String(repeating: " ", count: max(0, (options.width - CellWidth.of(mark)) / 2))
                    emit(indent + style(mark, theme.sectionMark))
                }
                emit("")
            }
            let layout = LineLayout.layout(paragraph: index, of: document, options: options)
            for line in layout.lines {
                let highlights = annotations.overlapping(line.range)
                var text = ""
                // A line broken after a space keeps it in the layout; printed, it would trail.
                var glyphs = line.glyphs[...]
                while let last = glyphs.last, !last.text.isEmpty, last.text.allSatisfy({ $0 == " " }) { glyphs.removeLast() }
                for glyph in glyphs {
                    if glyph.role == .placeholder {
                        text += style(glyph.text, theme.placeholder)
                    } else if let offset = glyph.offsets.first,
                              let (annotation, _) = AnnotationSet.innermost(at: offset, among: highlights) {
                        text += style(glyph.text, theme.highlight(annotation.kind))
                    } else {
                        text += glyph.text
                    }
                }
                emit(text)
            }
        }
    }

    private func style(_ text: String, _ style: CellStyle) -> String {
        colorCapability == nil ? text : AnsiStyle.styled(text, style)
    }
}
