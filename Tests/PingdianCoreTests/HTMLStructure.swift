/// A strict reader of the HTML the exporter writes: every `<` opens a well-formed tag, attribute
/// values are double-quoted and hold no `<`, `>` or `"`, and elements close in the order they
/// opened (the void ones excepted). Returns the problems found; none means well-nested.
enum HTMLStructure {
    static let voidElements: Set<String> = ["meta", "br", "hr", "link", "img", "input", "wbr", "col", "area", "base", "source"]
    /// Elements whose content is raw text: the reader skips to their end tag.
    static let rawTextElements: Set<String> = ["style"]

    /// The problems of `html`, and the names of the elements it opened, in order.
    static func check(_ html: String) -> (problems: [String], elements: [String]) {
        var problems: [String] = []
        var elements: [String] = []
        var stack: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func problem(_ text: String) { problems.append("at \(index): \(text)") }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ">" { problem("a bare >") }
            guard scalar == "<" else { index += 1; continue }
            guard let end = scalars[index...].firstIndex(of: ">") else { problem("an unclosed tag"); break }
            let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            if tag.hasPrefix("!") {
                if tag != "!DOCTYPE html" { problem("unexpected <\(tag)>") }
            } else if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if stack.last == name { stack.removeLast() } else { problem("</\(name)> closes <\(stack.last ?? "nothing")>") }
            } else {
                guard let name = tag.split(separator: " ").first.map(String.init), !name.isEmpty,
                      name.allSatisfy({ $0.isLetter || $0.isNumber }) else { problem("a bad tag <\(tag)>"); index = end + 1; continue }
                checkAttributes(String(tag.dropFirst(name.count)), problem: problem)
                elements.append(name)
                if !voidElements.contains(name) { stack.append(name) }
                if rawTextElements.contains(name) {
                    let close = Array("</\(name)>".unicodeScalars)
                    var search = end + 1
                    while search + close.count <= scalars.count, Array(scalars[search..<(search + close.count)]) != close { search += 1 }
                    index = search
                    continue
                }
            }
            index = end + 1
        }
        if !stack.isEmpty { problems.append("left open: \(stack)") }
        return (problems, elements)
    }

    /// Checks ` name="value"` pairs: names of letters, digits and hyphens; values without `<`, `>` or `"`.
    /// Reads scalars, as an HTML parser does: a value may start with a combining mark, which
    /// would make one `Character` of the quote and the mark.
    private static func checkAttributes(_ text: String, problem: (String) -> Void) {
        var rest = Substring(text).unicodeScalars
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
        }
        while !rest.isEmpty {
            guard rest.first == " " else { problem("attributes not separated by a space: \(String(rest))"); return }
            rest = rest.dropFirst()
            let name = String(String.UnicodeScalarView(rest.prefix(while: isNameScalar)))
            guard !name.isEmpty else { problem("a bad attribute name in \(text)"); return }
            rest = rest.dropFirst(name.unicodeScalars.count)
            guard rest.starts(with: "=\"".unicodeScalars) else { problem("an unquoted attribute \(name)"); return }
            rest = rest.dropFirst(2)
            guard let close = rest.firstIndex(of: "\"") else { problem("an unterminated attribute \(name)"); return }
            if rest[..<close].contains(where: { $0 == "<" || $0 == ">" }) { problem("< or > in attribute \(name)") }
            rest = rest[rest.index(after: close)...]
        }
    }
}
