import Foundation

/// The files of the package's `Texts/` folder, compiled into the binary by the EmbedTexts plugin.
public enum EmbeddedFiles {
    /// The names of all embedded files, sorted.
    public static var names: [String] { base64ByName.keys.sorted() }

    /// The bytes of the embedded file with this name, or nil when there is none.
    public static func bytes(named name: String) -> [UInt8]? {
        guard let base64 = base64ByName[name], let data = Data(base64Encoded: base64) else { return nil }
        return [UInt8](data)
    }
}

/// The names under which the bundled essay and its companions are embedded.
public enum BundledText {
    /// File name of the bundled essay in `Texts/`.
    public static let essayFileName = "amodei-deepseek-essay.zh-Hant.txt"
    /// File name of the move taxonomy in `Texts/`.
    public static let taxonomyFileName = "moves.taxonomy.json"
    /// File name of the taxonomy of the conversion layer (Docs/provenance.md).
    public static let conversionTaxonomyFileName = "conversion.taxonomy.json"

    /// File name of the layer that belongs next to a text of this file name (`<text>.moves.json`).
    public static func layerFileName(forText textFileName: String) -> String {
        let stem = textFileName.hasSuffix(".txt") ? String(textFileName.dropLast(4)) : textFileName
        return stem + ".moves.json"
    }

    /// File name of the conversion layer that belongs next to a text of this file name
    /// (`<text>.conversion.json`).
    public static func conversionLayerFileName(forText textFileName: String) -> String {
        let stem = textFileName.hasSuffix(".txt") ? String(textFileName.dropLast(4)) : textFileName
        return stem + ".conversion.json"
    }
}
