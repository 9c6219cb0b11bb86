/// What is wrong with a value of a pingdian JSON file: a value, so that the interface says it in
/// its own language (`UIStrings.formatProblem`) and ``description`` says it in English.
public enum FileFormatProblem: Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON, at this line and column.
    case notJSON(line: Int, column: Int, JSONSyntaxProblem)
    /// The top level is not an object (with `"format": expected`).
    case notAnObject(format: String, found: JSONValueSummary)
    /// The `format` member is another than `expected` (`found` nil: there is none).
    case wrongFormat(expected: String, found: JSONValueSummary?)
    /// Written by a newer pingdian: `format` version `found`, this one reads up to `supported`.
    case newerVersion(format: String, found: Int, supported: Int)
    /// A value of another type than the one expected.
    case expected(JSONValueType, found: JSONValueSummary)
    /// A member that must be there is not.
    case missing
    /// Something `JSONDecoder` reported in its own (English) words.
    case decoding(String)
    /// A colour that is not `#rrggbb`.
    case notAColour(String)
    /// A monochrome style that is not one of `allowed`.
    case notAMonochromeStyle(String, allowed: [String])
    /// A source's verdict that is not one of `allowed`.
    case notAVerdict(String, allowed: [String])
    /// A localised text with neither `zh-Hant` nor `en`.
    case needsALocalizedText
    /// A taxonomy without kinds.
    case noKinds
    /// A kind's key that is not lower-case ASCII letters, digits and hyphens.
    case invalidKey(String)
    /// A kind's key used already by `kinds[firstIndex]`.
    case duplicateKey(firstIndex: Int)
    /// A date that is not ISO 8601.
    case notADate(String)
    /// A layer whose id is empty.
    case emptyLayerID
    /// An annotation whose id is empty.
    case emptyID
    /// An annotation's id used already by `annotations[firstIndex]`.
    case duplicateID(firstIndex: Int)
    /// An annotation without a kind.
    case emptyKind
    /// Anchor offsets that are not a range.
    case notARange(start: Int, end: Int)
    /// An anchor with an empty quote.
    case emptyQuote
    /// An anchor whose quote is not as long as its range.
    case quoteLengthMismatch(scalars: Int, span: Int)
    /// A link to an id no annotation of the layer has.
    case noSuchTarget(String)
    /// A link from an annotation to itself.
    case linksToItself

    /// The broad kind of the problem.
    public var reason: FileFormatError.Reason {
        switch self {
        case .notJSON: return .notJSON
        case .notAnObject, .wrongFormat: return .wrongFormat
        case .newerVersion(_, let found, let supported): return .newerVersion(found: found, supported: supported)
        default: return .invalidValue
        }
    }

    /// The problem in a few English words.
    public var description: String {
        switch self {
        case .notJSON(let line, let column, let syntax): return "not valid JSON: line \(line), column \(column): \(syntax)"
        case .wrongFormat(let expected, nil): return "missing (expected \"\(expected)\")"
        case .wrongFormat(let expected, let found?): return "expected \"\(expected)\", found \(found)"
        case .notAnObject(let format, let found): return "expected a JSON object with \"format\": \"\(format)\", found \(found)"
        case .newerVersion(let format, let found, let supported):
            return "version \(found) was written by a newer pingdian; this one reads \(format) up to version \(supported) — please update pingdian"
        case .expected(let type, let found): return "expected \(type), found \(found)"
        case .missing: return "missing"
        case .decoding(let words): return words
        case .notAColour(let text): return "\"\(text)\" is not a #rrggbb colour"
        case .notAMonochromeStyle(let name, let allowed): return "\"\(name)\" is not a monochrome style (\(allowed.joined(separator: ", ")))"
        case .notAVerdict(let name, let allowed): return "\"\(name)\" is not a verdict (\(allowed.joined(separator: ", ")))"
        case .needsALocalizedText: return "needs a text for \"zh-Hant\" or \"en\" (or both)"
        case .noKinds: return "a taxonomy needs at least one kind"
        case .invalidKey(let key): return "\"\(key)\" is not a valid key (use lower-case ASCII letters, digits and hyphens)"
        case .duplicateKey(let first): return "duplicate key, already used by kinds[\(first)]"
        case .notADate(let text): return "\"\(text)\" is not an ISO 8601 date and time"
        case .emptyLayerID: return "a layer needs a non-empty id"
        case .emptyID: return "an annotation needs a non-empty id"
        case .duplicateID(let first): return "duplicate id, already used by annotations[\(first)]"
        case .emptyKind: return "an annotation needs a kind"
        case .notARange(let start, let end): return "start \(start) and end \(end) are not a range of offsets"
        case .emptyQuote: return "an anchor needs a non-empty quote"
        case .quoteLengthMismatch(let scalars, let span): return "exact has \(scalars) scalars but end − start is \(span)"
        case .noSuchTarget(let target): return "no annotation of the layer has id \"\(target)\""
        case .linksToItself: return "an annotation cannot link to itself"
        }
    }
}

/// The type of JSON value a file needed in a place.
public enum JSONValueType: Hashable, Sendable, CustomStringConvertible {
    case object, array, string, integer, positiveInteger, number, boolean
    /// A type `JSONDecoder` names that has no JSON word.
    case other(String)

    /// `an object`, `a positive integer`…
    public var description: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .integer: return "an integer"
        case .positiveInteger: return "a positive integer"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .other(let name): return "a value of type \(name)"
        }
    }
}

/// A JSON value found where another was expected, as a message shows it.
public enum JSONValueSummary: Hashable, Sendable, CustomStringConvertible {
    case null
    case boolean(Bool)
    /// A number as written.
    case number(String)
    /// A string, its first 40 scalars.
    case string(String)
    case array
    case object
    /// Nothing could be found at the path.
    case unknown

    /// The summary of `value`.
    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let value): self = .boolean(value)
        case .integer(let value): self = .number("\(value)")
        case .number(let value): self = .number("\(value)")
        case .string(let value):
            self = .string(value.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(value.unicodeScalars.prefix(40))) + "…" : value)
        case .array: self = .array
        case .object: self = .object
        }
    }

    /// `the string "12"`, `an array`, `null`.
    public var description: String {
        switch self {
        case .null: return "null"
        case .boolean(let value): return value ? "true" : "false"
        case .number(let text): return "the number \(text)"
        case .string(let text): return "the string \"\(text)\""
        case .array: return "an array"
        case .object: return "an object"
        case .unknown: return "something else"
        }
    }
}

/// Why bytes are not JSON.
public enum JSONSyntaxProblem: Hashable, Sendable, CustomStringConvertible {
    case textAfterTheValue, nestedTooDeeply, endOfFile, expectedValue, expectedMemberName
    case duplicateMember(String)
    case expectedColon, expectedCommaOrBrace, expectedCommaOrBracket
    case unterminatedString, invalidUTF8InString
    case invalidEscape(String)
    case controlCharacterInString, unpairedSurrogate, invalidUnicodeEscape, expectedHexDigits
    case expectedDigit, expectedDigitAfterPoint, expectedDigitInExponent, numberOutOfRange

    /// The problem in a few English words.
    public var description: String {
        switch self {
        case .textAfterTheValue: return "unexpected text after the end of the JSON value"
        case .nestedTooDeeply: return "nested too deeply"
        case .endOfFile: return "unexpected end of file, expected a value"
        case .expectedValue: return "expected a value"
        case .expectedMemberName: return "expected a member name in double quotes"
        case .duplicateMember(let name): return "duplicate member \"\(name)\""
        case .expectedColon: return "expected \":\" after the member name"
        case .expectedCommaOrBrace: return "expected \",\" or \"}\""
        case .expectedCommaOrBracket: return "expected \",\" or \"]\""
        case .unterminatedString: return "unterminated string"
        case .invalidUTF8InString: return "string is not valid UTF-8"
        case .invalidEscape(let escape): return "invalid escape \\\(escape)"
        case .controlCharacterInString: return "control character in a string (write it as an escape)"
        case .unpairedSurrogate: return "unpaired surrogate in \\u escape"
        case .invalidUnicodeEscape: return "invalid \\u escape"
        case .expectedHexDigits: return "expected four hex digits after \\u"
        case .expectedDigit: return "expected a digit"
        case .expectedDigitAfterPoint: return "expected a digit after \".\""
        case .expectedDigitInExponent: return "expected a digit in the exponent"
        case .numberOutOfRange: return "number out of range"
        }
    }
}
