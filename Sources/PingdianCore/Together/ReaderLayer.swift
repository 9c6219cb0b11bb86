import Foundation

/// Another reader's notes on a text (`pingdian --with`, `pingdian agree`; Docs/together.md),
/// read from any file pingdian keeps or exchanges notes in: a state file, a layer file (a
/// second reading), a `pingdian export --format json`, W3C Web Annotations or a Hypothesis export.
public struct ReaderLayer: Sendable {
    /// Who the reader is: the creator most of the notes name, else the file's name without
    /// its extension.
    public var name: String
    /// The file, as given.
    public var file: String
    /// The notes, anchored in the text (those whose words are gone kept as orphans).
    public var annotations: [Annotation]
    /// Whether the file says it was made on another text (or another version of it): its notes
    /// were then found again by their quotes.
    public var madeOnAnotherText: Bool

    /// Makes a layer from its parts.
    public init(name: String, file: String, annotations: [Annotation], madeOnAnotherText: Bool = false) {
        self.name = name
        self.file = file
        self.annotations = annotations
        self.madeOnAnotherText = madeOnAnotherText
    }

    /// How many notes were found in the text, and how many were not.
    public func placement(in document: TextDocument) -> (found: Int, notFound: Int) {
        let found = annotations.filter { $0.anchor.resolve(in: document).range != nil }.count
        return (found, annotations.count - found)
    }

    /// Reads a reader's file. A state file from a newer pingdian, a corrupt one or a file that
    /// is no notes at all throws one line saying so (without the file's name, which the caller adds).
    public static func read(_ bytes: [UInt8], file: String, document: TextDocument, taxonomy: Taxonomy) throws(ImportError) -> ReaderLayer {
        let fingerprint = TextIdentity.fingerprint(of: document)
        if ReadingState.isStateFile(bytes) {
            let state: ReadingState
            do {
                state = try ReadingState.decode(bytes)
                try state.validate()
            } catch {
                if case .newerVersion(let found, let supported) = error.reason {
                    throw ImportError("written by a newer pingdian (state version \(found), this one reads up to \(supported))")
                }
                throw ImportError("not a valid pingdian notes file (\(error))")
            }
            return ReaderLayer(name: name(of: state.annotations, file: file), file: file, annotations: state.annotations,
                               madeOnAnotherText: state.text.sha256 != fingerprint)
        }
        if AnnotationLayer.isLayerFile(bytes) {
            let layer: AnnotationLayer
            do {
                layer = try AnnotationLayer.decode(bytes)
            } catch {
                throw ImportError("not a valid pingdian layer (\(error))")
            }
            let named = ReaderLayer(name: name(of: layer.annotations, file: file), file: file, annotations: layer.annotations)
            return named
        }
        let imported = try ImportFile.read(bytes, taxonomy: taxonomy)
        let plan = Importer.plan(imported, document: document, notes: [])
        return ReaderLayer(name: name(of: plan.annotations, file: file), file: file, annotations: plan.annotations,
                           madeOnAnotherText: imported.textSHA256.map { $0 != fingerprint } ?? false)
    }

    /// The creator most notes name (the first of equals), else the file's name without extension.
    static func name(of annotations: [Annotation], file: String) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for creator in annotations.compactMap(\.creator) {
            if counts[creator] == nil { order.append(creator) }
            counts[creator, default: 0] += 1
        }
        if let most = order.max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }) {
            return most
        }
        let base = URL(fileURLWithPath: file).lastPathComponent
        let stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : base
        return stem.isEmpty ? file : stem
    }

    /// Names made unique: a name two layers share gets " (2)", " (3)"… after the first.
    public static func uniquelyNamed(_ layers: [ReaderLayer]) -> [ReaderLayer] {
        var seen: [String: Int] = [:]
        return layers.map { layer in
            var layer = layer
            let count = (seen[layer.name] ?? 0) + 1
            seen[layer.name] = count
            if count > 1 { layer.name += " (\(count))" }
            return layer
        }
    }
}
