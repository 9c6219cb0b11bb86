/// A 24-bit colour, written in JSON as `"#rrggbb"`.
public struct RGBColor: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The red channel, 0…255.
    public var red: UInt8
    /// The green channel, 0…255.
    public var green: UInt8
    /// The blue channel, 0…255.
    public var blue: UInt8

    /// Makes a colour from its channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb` (hex digits in either case); nil for anything else.
    public init?(hex: String) {
        let scalars = Array(hex.unicodeScalars)
        guard scalars.count == 7, scalars[0] == "#" else { return nil }
        var channels: [UInt8] = []
        for pair in stride(from: 1, to: 7, by: 2) {
            guard let high = hexDigitValue(scalars[pair]), let low = hexDigitValue(scalars[pair + 1]) else { return nil }
            channels.append(UInt8(high * 16 + low))
        }
        self.init(red: channels[0], green: channels[1], blue: channels[2])
    }

    /// The colour as `#rrggbb` in lower case.
    public var hex: String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var text = "#"
        for channel in [red, green, blue] {
            text.unicodeScalars.append(digits[Int(channel >> 4)])
            text.unicodeScalars.append(digits[Int(channel & 15)])
        }
        return text
    }

    /// The colour as `#rrggbb`.
    public var description: String { hex }

    /// Reads `"#rrggbb"`, failing with `"#12" is not a #rrggbb colour`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let color = RGBColor(hex: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a #rrggbb colour")
        }
        self = color
    }

    /// Reads a colour from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        let text = try field.string()
        guard let color = RGBColor(hex: text) else { throw field.failure(.notAColour(text)) }
        self = color
    }

    /// Writes `"#rrggbb"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}

/// The value of an ASCII hex digit, or nil.
private func hexDigitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0x41...0x46: return Int(scalar.value - 0x41 + 10)
    case 0x61...0x66: return Int(scalar.value - 0x61 + 10)
    default: return nil
    }
}
