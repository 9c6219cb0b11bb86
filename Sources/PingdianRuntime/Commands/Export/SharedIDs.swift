import PingdianCore

/// The ids two layers of an export both use (a notes file made beside another layer): the
/// export holds both annotations, and links to that id are ambiguous.
enum SharedIDs {
    /// One warning for each annotation whose id an earlier layer already used.
    static func warnings(_ sources: [(ExportLayer, [Annotation])]) -> [String] {
        var layerByID: [String: ExportLayer] = [:]
        var warnings: [String] = []
        for (layer, annotations) in sources {
            for annotation in annotations {
                if let other = layerByID[annotation.id], other != layer {
                    warnings.append("warning: the id \"\(annotation.id)\" is used by the \(other.rawValue) and \(layer.rawValue) layers; links to it are ambiguous")
                }
                layerByID[annotation.id] = layerByID[annotation.id] ?? layer
            }
        }
        return warnings
    }
}
