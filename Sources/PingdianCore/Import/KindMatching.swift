/// Finds the move kind among the free-form tags of a W3C or Hypothesis annotation.
public enum KindMatching {
    /// The kind of an annotation none of whose tags names a kind: `claim`, the most general move.
    public static let fallback = "claim"

    /// The key of the first tag that names a kind of `taxonomy` — its key, or its label in either
    /// language, ignoring case and surrounding white space; nil when no tag does.
    public static func kind(fromTags tags: [String], taxonomy: Taxonomy) -> String? {
        for tag in tags {
            let wanted = normalized(tag)
            for kind in taxonomy.kinds {
                let names = [kind.key, kind.label.traditionalChinese, kind.label.english].compactMap { $0 }
                if names.contains(where: { normalized($0) == wanted }) { return kind.key }
            }
        }
        return nil
    }

    private static func normalized(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
