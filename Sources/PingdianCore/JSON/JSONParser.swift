/// A strict JSON parser (RFC 8259) whose errors give a line and column, unlike Foundation's.
///
/// Used to read pingdian's own files before decoding them, so that a hand-edited file with a
/// missing comma is reported as `line 12, column 5: expected "," or "}"`.
struct JSONParser {
    /// Why bytes are not JSON, and where.
    struct SyntaxError: Error, Hashable, Sendable {
        /// 1-based line of the problem.
        var line: Int
        /// 1-based column (in Unicode scalars) of the problem.
        var column: Int
        /// What is wrong.
        var problem: JSONSyntaxProblem

        /// `line 3, column 7: expected a value`.
        var description: String { "line \(line), column \(column): \(problem)" }
    }

    private let bytes: [UInt8]
    private var index = 0

    /// Parses a whole document: one value, white space around it, and an optional UTF-8 BOM.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhiteSpace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhiteSpace()
        if parser.index < bytes.count { throw parser.error(.textAfterTheValue) }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private static let maximumDepth = 512

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error(.nestedTooDeeply) }
        guard index < bytes.count else { throw error(.endOfFile) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error(.expectedValue)
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONValue {
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhiteSpace()
        if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
        while true {
            skipWhiteSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error(.expectedMemberName) }
            let nameStart = index
            let name = try parseString()
            if members[name] != nil { throw error(.duplicateMember(name), at: nameStart) }
            skipWhiteSpace()
            guard peek(UInt8(ascii: ":")) else { throw error(.expectedColon) }
            index += 1
            skipWhiteSpace()
            members[name] = try parseValue(depth: depth + 1)
            skipWhiteSpace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
            throw error(.expectedCommaOrBrace)
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipWhiteSpace()
        if peek(UInt8(ascii: "]")) { index += 1; return .array(elements) }
        while true {
            skipWhiteSpace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhiteSpace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; return .array(elements) }
            throw error(.expectedCommaOrBracket)
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        if let plain = plainString() { return plain }
        let start = index
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error(.unterminatedString, at: start) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: utf8, as: UTF8.self) else {
                    throw error(.invalidUTF8InString, at: start)
                }
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error(.unterminatedString, at: start) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try parseUnicodeEscape())
                default: throw error(.invalidEscape(String(Unicode.Scalar(escape))), at: index - 2)
                }
            case 0x00..<0x20:
                throw error(.controlCharacterInString)
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    /// A string without escapes or control characters, made from its bytes in place (most
    /// strings of pingdian's files); nil, with nothing read, for any other string, which
    /// ``parseString()`` reads byte by byte and reports.
    private mutating func plainString() -> String? {
        var end = index + 1
        var isASCII = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            isASCII = isASCII && byte < 0x80
            end += 1
        }
        guard end < bytes.count else { return nil }
        let string: String? = bytes.withUnsafeBufferPointer { buffer in
            let content = UnsafeBufferPointer(rebasing: buffer[(index + 1)..<end])
            // ASCII is valid UTF-8 as it is; anything else is checked by the standard library.
            return isASCII ? String(decoding: content, as: UTF8.self) : String(validating: content, as: UTF8.self)
        }
        guard let string else { return nil }
        index = end + 1
        return string
    }

    /// The UTF-8 of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
    private mutating func parseUnicodeEscape() throws(SyntaxError) -> [UInt8] {
        let escapeStart = index - 2
        let first = try parseHex4()
        var value = first
        if (0xD800..<0xDC00).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw error(.unpairedSurrogate, at: escapeStart)
            }
            index += 2
            let second = try parseHex4()
            guard (0xDC00..<0xE000).contains(second) else { throw error(.unpairedSurrogate, at: escapeStart) }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else if (0xDC00..<0xE000).contains(first) {
            throw error(.unpairedSurrogate, at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(value) else { throw error(.invalidUnicodeEscape, at: escapeStart) }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.expectedHexDigits) }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.expectedHexDigits)
            }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek(UInt8(ascii: "-")) { index += 1 }
        if peek(UInt8(ascii: "0")) {
            index += 1
        } else {
            guard skipDigits() > 0 else { throw error(.expectedDigit, at: index) }
        }
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            index += 1
            guard skipDigits() > 0 else { throw error(.expectedDigitAfterPoint) }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard skipDigits() > 0 else { throw error(.expectedDigitInExponent) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let number = Double(text) else { throw error(.numberOutOfRange, at: start) }
        return .number(number)
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
            throw error(.expectedValue)
        }
        index += expected.count
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func skipWhiteSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// An error at a byte offset (the current one by default), as a line and a scalar column.
    private func error(_ problem: JSONSyntaxProblem, at offset: Int? = nil) -> SyntaxError {
        let offset = min(offset ?? index, bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SyntaxError(line: line, column: column, problem: problem)
    }
}
