import Foundation

extension StateStore {
    /// The state file in `directory` that was made for this very text — same scalars, same
    /// SHA-256 — whatever path it was opened from (the bundled essay, a copy, a file moved or
    /// renamed); the most recently updated one when there are several, nil when there is none.
    /// Exports, backups, corrupt copies and files that cannot be read are passed over. Reads
    /// every state file of the folder: for a text without a state file of its own name.
    public static func fileForSameText(as document: TextDocument, in directory: URL) -> URL? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return nil }
        var best: (url: URL, updated: Date)?
        for name in names where isStateFileName(name) {
            let url = directory.appendingPathComponent(name, isDirectory: false)
            guard let state = try? load(from: url), state.text.matches(document) else { continue }
            if best == nil || state.updated > best!.updated { best = (url, state.updated) }
        }
        return best?.url
    }

    /// Whether `directory` holds any state file, whose text ``fileForSameText(as:in:)`` would
    /// compare.
    public static func hasStateFiles(in directory: URL) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).contains(where: isStateFileName)
    }

    /// Whether a name in the state folder is a state file's: `<stem>.json`, not an export
    /// (`.export.json`), a corrupt file's copy (`.corrupt-…json`) or a hidden temporary file.
    static func isStateFileName(_ name: String) -> Bool {
        name.hasSuffix(".json") && !name.hasPrefix(".") && !name.hasSuffix(".export.json") && !name.contains(".corrupt-")
    }

    /// Makes the state file of a text's own name (`link`) point at the state file `target` made
    /// for the same text under another name, so that both names read and write one file from now
    /// on: a symbolic link by relative name (both are in the state folder). Returns false, making
    /// nothing, when `link` exists or cannot be made.
    public static func shareFile(_ target: URL, as link: URL) -> Bool {
        guard !FileManager.default.fileExists(atPath: link.path) else { return false }
        return (try? FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.lastPathComponent)) != nil
    }
}
