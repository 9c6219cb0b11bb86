import Foundation
import PropertyBased
@testable import PingdianCore
import PingdianFixtures

/// One change to a JSON file, for the parser properties: at the byte level (truncate, delete,
/// insert a token, change a byte) or at the value level (a value of another type, a huge number,
/// deep nesting, a member removed or added). Described by plain numbers, so it shrinks and prints.
struct JSONMutation: CustomStringConvertible, Sendable {
    var kind: Int
    var position: Int
    var choice: Int

    var description: String { "(\(kind), \(position), \(choice))" }

    /// Text put into files: structure, numbers out of range, bad escapes, deep nesting, invalid UTF-8.
    static let tokens: [[UInt8]] = [
        "\"", "{", "}", "[", "]", ",", ":", "null", "true", "-", "1e999", "-1e999", "99999999999999999999999",
        "-9223372036854775809", "9223372036854775807", "-9223372036854775808", "1.5", "-0", "0.0000001e-999",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\u12\"", "\"\\x\"", "\"\u{7}\"", "\"\"", "\"x\"", "0", "01", ".5", "1.", "1e",
        "\u{FEFF}", "\"format\"", "\"version\"", "\"start\"", "\"end\"", "\"annotations\"", "2", "3", "999999",
        "<script>", "=cmd|' /C calc'!A0", "\"\u{202E}\u{1B}]2;x\u{7}\"",
    ].map { Array($0.utf8) } + [
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0xE4, 0xB8],
        Array(repeating: UInt8(ascii: "["), count: 600), Array(repeating: UInt8(ascii: "{"), count: 300),
        Array(String(repeating: "{\"a\":", count: 600).utf8), Array(String(repeating: "[", count: 100_000).utf8),
        Array("\"\(String(repeating: "長", count: 20_000))\"".utf8),
    ]

    /// Values put in place of others at the value level.
    static let values: [JSONValue] = [
        .null, .bool(true), .integer(0), .integer(-1), .integer(Int.max), .integer(Int.min), .integer(Int.max - 1),
        .number(1.5), .number(-0.0), .number(1e308), .number(.infinity), .string(""), .string("12"), .string("#12"),
        .string("claim"), .string("2025-13-45T99:99:99Z"), .string(String(repeating: "字", count: 5000)),
        .string("\u{0}\u{1B}[31m\u{202E}"), .array([]), .object([:]), .array([.null, .integer(1)]),
        .object(["format": .string("pingdian-layer"), "version": .integer(1)]),
        deep(200), .array(Array(repeating: .object([:]), count: 2000)),
    ]

    /// Arrays nested `depth` deep.
    static func deep(_ depth: Int) -> JSONValue {
        (0..<depth).reduce(JSONValue.null) { inner, _ in .array([inner]) }
    }

    /// A mutation drawn at random.
    static let generator = zip(Gen.int(in: 0...7), Gen.int(in: 0...1_000_000), Gen.int(in: 0...1_000))
        .map { JSONMutation(kind: $0, position: $1, choice: $2) }.eraseToAny()

    /// Up to three mutations.
    static let some = generator.array(of: 1...3).eraseToAny()

    /// `bytes` changed by `mutations`, in order.
    static func apply(_ mutations: [JSONMutation], to bytes: [UInt8]) -> [UInt8] {
        mutations.reduce(bytes) { $1.apply(to: $0) }
    }

    func apply(to bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let at = bytes.isEmpty ? 0 : position % (bytes.count + 1)
        switch kind {
        case 0: // truncate
            bytes.removeSubrange(at...)
        case 1: // delete a few bytes
            bytes.removeSubrange(at..<min(bytes.count, at + 1 + choice % 12))
        case 2: // insert a token
            bytes.insert(contentsOf: Self.tokens[choice % Self.tokens.count], at: at)
        case 3: // change a byte
            if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: choice &* 37) }
        default: // value level
            guard let value = try? JSONParser.parse(bytes) else {
                bytes.insert(contentsOf: Self.tokens[choice % Self.tokens.count], at: at)
                return bytes
            }
            var counter = position % max(1, Self.count(value))
            let changed = mutateNode(value, counter: &counter)
            bytes = Array(JSONText.render(changed).utf8)
        }
        return bytes
    }

    /// The number of values in a tree.
    static func count(_ value: JSONValue) -> Int {
        switch value {
        case .array(let elements): return 1 + elements.reduce(0) { $0 + count($1) }
        case .object(let members): return 1 + members.values.reduce(0) { $0 + count($1) }
        default: return 1
        }
    }

    /// The tree with the `counter`-th value (in pre-order) changed.
    private func mutateNode(_ value: JSONValue, counter: inout Int) -> JSONValue {
        if counter == 0 {
            counter = -1
            switch kind {
            case 4, 5: return Self.values[choice % Self.values.count]
            case 6: // remove a member or an element
                switch value {
                case .object(var members) where !members.isEmpty:
                    members.removeValue(forKey: members.keys.sorted()[choice % members.count])
                    return .object(members)
                case .array(var elements) where !elements.isEmpty:
                    elements.remove(at: choice % elements.count)
                    return .array(elements)
                default: return Self.values[choice % Self.values.count]
                }
            default: // add an unknown member, or duplicate an element
                switch value {
                case .object(var members):
                    members["unknown-\(choice)"] = Self.values[choice % Self.values.count]
                    return .object(members)
                case .array(let elements) where !elements.isEmpty:
                    return .array(elements + [elements[choice % elements.count]])
                default: return Self.values[choice % Self.values.count]
                }
            }
        }
        counter -= 1
        switch value {
        case .array(let elements):
            var result: [JSONValue] = []
            for element in elements { result.append(counter >= 0 ? mutateNode(element, counter: &counter) : element) }
            return .array(result)
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for key in members.keys.sorted() {
                let member = members[key]!
                result[key] = counter >= 0 ? mutateNode(member, counter: &counter) : member
            }
            return .object(result)
        default:
            return value
        }
    }
}

/// JSON text of a value, written without Foundation so that any value can be written: an
/// infinite number as `1e999`, every string escaped by hand, objects with sorted keys.
enum JSONText {
    static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    private static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .number(let number):
            out += number.isFinite ? "\(number)" : (number < 0 ? "-1e999" : "1e999")
        case .string(let text): writeString(text, to: &out)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                write(element, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                writeString(key, to: &out)
                out += ":"
                write(members[key]!, to: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// A random JSON value from a seed: any shape, up to `depth` deep, with hostile leaves.
    static func random(seed: UInt64, depth: Int = 6) -> JSONValue {
        var generator = SplitMix(seed: seed)
        return random(using: &generator, depth: depth)
    }

    private static func random(using generator: inout SplitMix, depth: Int) -> JSONValue {
        let names = ["format", "version", "id", "annotations", "kinds", "anchor", "exact", "start", "end", "key", "label",
                     "color", "text", "position", "offset", "updated", "links", "target", "type", "@context", "items",
                     "first", "selector", "rows", "metadata", "pingdian", "quote", "note", "kind", "zh-Hant", "en"]
        let pick = Int.random(in: 0..<(depth > 0 ? 10 : 6), using: &generator)
        switch pick {
        case 0: return JSONMutation.values[Int.random(in: 0..<JSONMutation.values.count, using: &generator)]
        case 1: return .integer(Int.random(in: -3...3000, using: &generator))
        case 2: return .string(["pingdian-layer", "pingdian-taxonomy", "pingdian-state", "pingdian-export", "Annotation",
                                "AnnotationPage", "AnnotationCollection", "TextQuoteSelector", "TextPositionSelector",
                                "tagging", "linking", "contradicts", "claim", "#ff0000", "一個科學家",
                                "2025-01-27T17:46:40Z"].randomElement(using: &generator)!)
        case 3: return .integer(Int.random(in: Int.min...Int.max, using: &generator))
        case 4: return .bool(Bool.random(using: &generator))
        case 5: return .string(String(repeating: "甲", count: Int.random(in: 0...40, using: &generator)))
        case 6, 7:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                members[names.randomElement(using: &generator)!] = random(using: &generator, depth: depth - 1)
            }
            return .object(members)
        default:
            return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in random(using: &generator, depth: depth - 1) })
        }
    }
}
