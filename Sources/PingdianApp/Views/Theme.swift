import TerminalKit

/// The reader's styles for each colour capability: colours where there are colours,
/// attributes alone on monochrome terminals and with `NO_COLOR`.
public struct Theme: Sendable {
    public let capability: ColorCapability

    public init(capability: ColorCapability) { self.capability = capability }

    private func pick(_ colored: CellStyle, monochrome: CellStyle) -> CellStyle {
        capability == .monochrome ? monochrome : colored.limited(to: capability)
    }

    public var text: CellStyle { .plain }
    public var cursor: CellStyle { CellStyle(attributes: .reverse) }
    public var statusLine: CellStyle { CellStyle(attributes: .reverse) }
    public var statusMessage: CellStyle { CellStyle(attributes: [.reverse, .bold]) }
    public var divider: CellStyle { pick(CellStyle(foreground: .palette(244)), monochrome: CellStyle(attributes: .dim)) }
    public var sectionMark: CellStyle { pick(CellStyle(foreground: .palette(244)), monochrome: CellStyle(attributes: .dim)) }
    public var placeholder: CellStyle { pick(CellStyle(foreground: .palette(167)), monochrome: CellStyle(attributes: .underline)) }
    public var heading: CellStyle { CellStyle(attributes: .bold) }
    public var faint: CellStyle { pick(CellStyle(foreground: .palette(245)), monochrome: CellStyle(attributes: .dim)) }
    public var keyName: CellStyle { pick(CellStyle(foreground: .palette(75), attributes: .bold), monochrome: CellStyle(attributes: .bold)) }
}
