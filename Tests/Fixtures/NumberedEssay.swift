import PingdianCore
import PingdianTexts

/// The large texts the benchmarks (and `Benchmarks/compare.py`) read: the bundled essay repeated,
/// each copy's paragraphs numbered (`〔3·12〕`) and, when asked, its sentences too (`〔3·12·4〕`),
/// so that long quotes are unique while short ones recur, as in a real corpus.
public enum NumberedEssay {
    /// The bundled essay, decoded as the reader decodes it.
    public static let essay: TextDocument = {
        guard let bytes = EmbeddedFiles.bytes(named: BundledText.essayFileName),
              let essay = try? TextDecoder.decode(bytes, title: "essay").0, !essay.isEmpty else {
            fatalError("the bundled essay is missing from this build")
        }
        return essay
    }()

    /// Copy number `copy` of the essay, one line a paragraph, each line ending with LF.
    public static func copy(_ copy: Int, numberingSentences: Bool) -> String {
        var text = ""
        for (index, paragraph) in essay.paragraphs.enumerated() {
            text += "〔\(copy)·\(index)〕"
            var sentence = 0
            for scalar in essay.scalars[paragraph.range] {
                text.unicodeScalars.append(scalar)
                if numberingSentences && scalar == "。" {
                    sentence += 1
                    text += "〔\(copy)·\(index)·\(sentence)〕"
                }
            }
            text += "\n"
        }
        return text
    }

    /// Whole copies of the essay (from copy 1) until the text has at least `bytes` bytes of UTF-8.
    public static func repeated(toAtLeast bytes: Int, numberingSentences: Bool) -> TextDocument {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes / 2)
        var byteCount = 0
        var copy = 0
        while byteCount < bytes {
            copy += 1
            let text = Self.copy(copy, numberingSentences: numberingSentences)
            byteCount += text.utf8.count
            scalars.append(contentsOf: text.unicodeScalars)
        }
        return TextDocument(title: "generated", scalars: scalars)
    }
}
