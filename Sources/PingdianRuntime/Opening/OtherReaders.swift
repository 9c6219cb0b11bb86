import Foundation
import PingdianApp
import PingdianCore

/// Other readers' notes files (`--with`, `pingdian agree`), read for a text without ever writing
/// them: those that cannot be read are left out, each with one line naming it.
public enum OtherReaders {
    /// What was read: the layers (names made unique), and what to say of the files left out or
    /// made on another text.
    public struct Loaded: Sendable {
        public var layers: [ReaderLayer]
        public var problems: [Problem]

        /// The problems as lines for standard error.
        public var warnings: [String] { problems.map(\.description) }
    }

    /// What went wrong with one reader's file.
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        /// Left out: the file cannot be read, or holds no notes pingdian reads (why).
        case leftOut(file: String, reason: String)
        /// Made on another text (or version): its notes found again by their words, or not.
        case anotherText(file: String, found: Int, notFound: Int)

        /// One English line.
        public var description: String {
            switch self {
            case .leftOut(let file, let reason): return "\(file): \(reason); left out"
            case .anotherText(let file, let found, let notFound):
                return "\(file) was made on another text (or another version of it): "
                    + "\(found) of \(found + notFound) notes found again by their words, \(notFound) not found"
            }
        }

        /// The reader's warning for it.
        var warning: OpeningWarning {
            switch self {
            case .leftOut(let file, let reason): return .otherReaderLeftOut(file: file, reason: reason)
            case .anotherText(let file, let found, let notFound): return .otherReaderOnAnotherText(file: file, found: found, notFound: notFound)
            }
        }
    }

    /// Reads each of `paths` as a reader's notes on `document`.
    public static func load(_ paths: [String], document: TextDocument, taxonomy: Taxonomy) -> Loaded {
        var layers: [ReaderLayer] = []
        var problems: [Problem] = []
        for path in paths {
            let bytes: [UInt8]
            switch FileBytes.contents(path) {
            case .success(let read): bytes = read
            case .failure(let problem):
                problems.append(.leftOut(file: path, reason: problem == .missing ? "no such file" : "cannot be read"))
                continue
            }
            do {
                let layer = try ReaderLayer.read(bytes, file: path, document: document, taxonomy: taxonomy)
                // Made on another text, as the file says; or (a layer, which does not say) none of its notes found here.
                let placement = layer.placement(in: document)
                if layer.madeOnAnotherText || (placement.found == 0 && placement.notFound > 0) {
                    problems.append(.anotherText(file: path, found: placement.found, notFound: placement.notFound))
                }
                layers.append(layer)
            } catch {
                problems.append(.leftOut(file: path, reason: error.message))
            }
        }
        return Loaded(layers: ReaderLayer.uniquelyNamed(layers), problems: problems)
    }
}
