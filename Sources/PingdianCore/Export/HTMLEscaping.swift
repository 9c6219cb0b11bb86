/// Makes text safe to put in HTML, and names safe to use as ids and class names.
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`: safe in element content and in quoted attribute values.
    /// Control and bidi characters become the pictures the reader shows (``Placeholder/exportSymbol(for:)``):
    /// HTML forbids the controls, and they would act in a terminal that shows the file.
    static func text(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(Placeholder.exportSymbol(for: scalar) ?? scalar)
            }
        }
        return result
    }

    /// A name made of ASCII letters, digits and hyphens only, one-to-one with `name`: every other
    /// byte of its UTF-8 (the underscore included) is written `_hh`. Safe in an id, a class, a
    /// URL fragment and a CSS selector.
    static func token(_ name: String) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var result = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "_"
                result.unicodeScalars.append(digits[Int(byte >> 4)])
                result.unicodeScalars.append(digits[Int(byte & 15)])
            }
        }
        return result
    }

    /// The id of an annotation's passage (its first highlight), or of its card when it has none.
    static func passageID(_ annotationID: String) -> String { "a-" + token(annotationID) }

    /// The id of an annotation's note card beside its passage.
    static func noteID(_ annotationID: String) -> String { "n-" + token(annotationID) }

    /// The class that gives a kind its colour.
    static func kindClass(_ kindKey: String) -> String { "k-" + token(kindKey) }
}
