import Foundation
import PingdianCore

/// Other readers' notes files (`--with`, `pingdian agree`), read for a text without ever writing
/// them: those that cannot be read are left out, each with one line naming it.
public enum OtherReaders {
    /// What was read: the layers (names made unique) and a line for each file left out or found
    /// again on another text.
    public struct Loaded: Sendable {
        public var layers: [ReaderLayer]
        public var warnings: [String]
    }

    /// Reads each of `paths` as a reader's notes on `document`.
    public static func load(_ paths: [String], document: TextDocument, taxonomy: Taxonomy) -> Loaded {
        var layers: [ReaderLayer] = []
        var warnings: [String] = []
        for path in paths {
            let bytes: [UInt8]
            do {
                bytes = try FileBytes.read(path, missing: "no such file", unreadable: "cannot be read")
            } catch {
                warnings.append("\(error.message); left out")
                continue
            }
            do {
                let layer = try ReaderLayer.read(bytes, file: path, document: document, taxonomy: taxonomy)
                if layer.madeOnAnotherText {
                    let placement = layer.placement(in: document)
                    warnings.append("\(path) was made on another text (or another version of it): "
                                    + "\(placement.found) of \(layer.annotations.count) notes found again by their words, \(placement.notFound) not found")
                }
                layers.append(layer)
            } catch {
                warnings.append("\(path): \(error.message); left out")
            }
        }
        return Loaded(layers: ReaderLayer.uniquelyNamed(layers), warnings: warnings)
    }
}
