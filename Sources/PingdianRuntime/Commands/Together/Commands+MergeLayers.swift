import Foundation
import PingdianCore

extension Commands {
    /// How many readers must agree for `pingdian merge-layers`: all, or a number.
    public enum AgreementThreshold: Sendable, Hashable {
        case all
        case atLeast(Int)
    }

    /// `pingdian merge-layers PATH… --agree all|N [--overlap 0.5] --output FILE`: what the readers
    /// agree on (``ConsensusMerge``) written as a layer file (`pingdian-layer`, usable with
    /// `--layer` or `--with`); prints what it left out and why. Files that cannot be read are left
    /// out with a line each. Exit 64 for a threshold that cannot be met, 65 fewer than two readers,
    /// 73 the output cannot be written.
    public static func mergeLayers(paths: [String], file: String?, agree: AgreementThreshold, overlap: Double, output: String) -> CommandResult {
        var warnings: [String] = []
        do {
            let readers = try ReadersOfText(paths: paths, file: file, layer: nil, warnings: &warnings)
            let (text, layers) = (readers.text, readers.layers)
            guard layers.count >= 2 else {
                throw CommandFailure(message: "merging needs two readers' notes; \(layers.count) could be read", exitCode: 65)
            }
            let required: Int
            switch agree {
            case .all: required = layers.count
            case .atLeast(let count):
                guard (2...layers.count).contains(count) else {
                    throw CommandFailure(message: "--agree \(count): between 2 and the \(layers.count) readers read, or all", exitCode: 64)
                }
                required = count
            }
            let merge = ConsensusMerge(layers: layers, document: text.document, required: required, overlap: overlap)
            let layer = AnnotationLayer(id: "consensus", name: LocalizedText(traditionalChinese: "共識", english: "Consensus"), annotations: merge.agreed)
            do {
                try Data(layer.encoded()).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure(message: "\(output): cannot be written (\(error.localizedDescription))", exitCode: 73)
            }
            var lines = ["\(output): \(merge.agreed.count) passage(s) on which \(required == layers.count ? "all" : "at least \(required) of") \(layers.count) readers agree (same kind, overlap ≥ \(overlap))"]
            if !merge.leftOut.isEmpty { lines.append("left out, \(merge.leftOut.count):") }
            for left in merge.leftOut {
                let quote = text.document.text(in: left.range).flattenedForListing
                let place = (text.document.paragraphIndex(containing: left.range.lowerBound) ?? 0) + 1
                lines.append("  ¶\(place) \(layers[left.reader].name) · \(left.annotation.kind) 「\(quote)」 — \(Self.why(left.reason, overlap: overlap))")
            }
            return CommandResult(warnings: warnings, output: CommandResult.bytes(lines: lines))
        } catch {
            return .failed(CommandFailure(error), warnings: warnings)
        }
    }

    /// Why a note was left out, in words.
    static func why(_ reason: ConsensusMerge.Reason, overlap: Double) -> String {
        switch reason {
        case .markedByNoOneElse: return "no other reader marked these words"
        case .otherKinds(let kinds): return "others marked these words as " + kinds.joined(separator: ", ")
        case .overlapTooSmall(let best): return String(format: "the same kind overlaps it by %.2f at most, under %.2f", best, overlap)
        case .tooFewAgree(let agreeing, let required): return "\(agreeing) reader(s) agree, \(required) needed"
        case .matchedElsewhere: return "the readers who agree with it went into a neighbouring passage"
        }
    }
}

extension String {
    /// At most 24 characters on one line, for a listing.
    var flattenedForListing: String {
        let flat = String(String.UnicodeScalarView(unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        return flat.count > 24 ? String(flat.prefix(23)) + "…" : flat
    }
}
