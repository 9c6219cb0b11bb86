import Foundation

/// The IRIs the W3C and Hypothesis exports give a text and its annotations: stable for the same
/// text and ids, so that exporting twice gives the same file (Docs/file-formats.md).
///
/// `urn:pingdian:` is not a registered URN namespace; the IRIs only need to be unique and stable.
public enum ExportIRI {
    /// The text: the `file://` IRI of its absolute path, or `urn:pingdian:text:<sha256>` when it
    /// has none (the bundled essay).
    public static func text(path: String?, sha256: String) -> String {
        guard let path else { return "urn:pingdian:text:\(sha256)" }
        return URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }

    /// The first 16 hex digits of the text's SHA-256, which every IRI of its annotations carries.
    static func textKey(_ sha256: String) -> String { String(sha256.prefix(16)) }

    /// The collection of a text's annotations: `urn:pingdian:<16 hex>`.
    public static func collection(textSHA256: String) -> String {
        "urn:pingdian:\(textKey(textSHA256))"
    }

    /// The collection's first (only) page: `urn:pingdian:<16 hex>/page/1`.
    public static func page(textSHA256: String) -> String {
        collection(textSHA256: textSHA256) + "/page/1"
    }

    /// An annotation: `urn:pingdian:<16 hex>:<id>`, the id percent-encoded.
    public static func annotation(_ id: String, textSHA256: String) -> String {
        collection(textSHA256: textSHA256) + ":" + percentEncoded(id)
    }

    /// A link between two annotations: `urn:pingdian:<16 hex>/link/<from>/<type>/<to>`.
    public static func link(from: String, type: LinkType, to: String, textSHA256: String) -> String {
        collection(textSHA256: textSHA256) + "/link/" + [from, type.rawValue, to].map(percentEncoded).joined(separator: "/")
    }

    /// The pingdian id an annotation IRI of ``annotation(_:textSHA256:)`` carries; nil for
    /// any other IRI.
    public static func annotationID(from iri: String) -> String? {
        let parts = iri.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "urn", parts[1] == "pingdian", parts[2].count == 16,
              parts[2].allSatisfy(\.isHexDigit), !parts[3].isEmpty else { return nil }
        return String(parts[3]).removingPercentEncoding
    }

    /// `text` with every byte of its UTF-8 outside `A–Z a–z 0–9 - . _ ~` written as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += String(format: "%%%02X", byte)
            }
        }
        return encoded
    }
}
