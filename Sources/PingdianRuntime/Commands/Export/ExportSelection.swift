import Foundation
import PingdianCore

/// The values of `export`'s `--format`, `--layers` and `--kinds`, read from their text; a bad
/// one is a usage error (``CommandFailure/isUsage``) that lists the valid values.
public enum ExportSelection {
    /// The format named `name` (any case).
    public static func format(_ name: String) throws(CommandFailure) -> ExportFormat {
        guard let format = ExportFormat(rawValue: name.lowercased()) else {
            throw usage("unknown format '\(name)'; the formats are \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    /// The layers of a comma-separated list, at least one.
    public static func layers(_ list: String) throws(CommandFailure) -> Set<ExportLayer> {
        let names = items(of: list)
        let valid = ExportLayer.allCases.map(\.rawValue).joined(separator: ", ")
        guard !names.isEmpty else { throw usage("--layers needs at least one of \(valid)") }
        var layers: Set<ExportLayer> = []
        for name in names {
            guard let layer = ExportLayer(rawValue: name) else { throw usage("unknown layer '\(name)'; the layers are \(valid)") }
            layers.insert(layer)
        }
        return layers
    }

    /// The kind keys of a comma-separated list, at least one, each a kind of `taxonomy`.
    public static func kinds(_ list: String, taxonomy: Taxonomy) throws(CommandFailure) -> Set<String> {
        let keys = items(of: list)
        let valid = taxonomy.kinds.map(\.key).joined(separator: ", ")
        guard !keys.isEmpty else { throw usage("--kinds needs at least one of \(valid)") }
        for key in keys where taxonomy.kind(forKey: key) == nil {
            throw usage("unknown kind '\(key)'; the kinds are \(valid)")
        }
        return Set(keys)
    }

    /// The non-empty, trimmed items of a comma-separated list.
    static func items(of list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: 64)
    }
}
