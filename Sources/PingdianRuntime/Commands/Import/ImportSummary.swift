import PingdianCore

/// The line `pingdian import` ends with.
enum ImportSummary {
    /// `3 imported, 1 skipped as duplicates, 1 orphaned (W3C Web Annotation file, into PATH)`,
    /// with what was left out or renamed when anything was.
    static func line(_ plan: ImportPlan, format: ImportFile.Format, into path: String, dryRun: Bool) -> String {
        var parts = ["\(plan.annotations.count) \(dryRun ? "to import" : "imported")",
                     "\(plan.duplicates) skipped as duplicates", "\(plan.orphaned) orphaned"]
        if plan.renamed > 0 { parts.append("\(plan.renamed) given a new id") }
        if plan.unusable > 0 { parts.append("\(plan.unusable) left out (no quote or position)") }
        let place = dryRun ? "dry run, nothing written to \(path)" : "into \(path)"
        return parts.joined(separator: ", ") + " (\(format.name) file, \(place))"
    }
}
