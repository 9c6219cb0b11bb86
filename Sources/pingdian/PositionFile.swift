import Foundation
import PingdianCore

/// The reading position of one text in its state file: read once at start, written on quit,
/// suspend and signals. A state file that cannot be read is left untouched and never overwritten.
struct PositionFile {
    let url: URL
    let text: LoadedText
    /// The state as read, kept so that fields written by other versions survive a save.
    private(set) var state: ReadingState?
    /// Whether saving is allowed: false when the file exists but is corrupt, newer or unreadable.
    private(set) var isWritable = true

    /// The state file of a text: `--notes FILE` when given, else the one under
    /// `$XDG_DATA_HOME/pingdian/`. Returns the file and, when it cannot be used, why.
    static func open(override: String?, for text: LoadedText, environment: [String: String]) -> (PositionFile, String?) {
        let url = override.map { URL(fileURLWithPath: $0) }
            ?? StateStore.fileURL(forTextAt: text.path, title: text.document.title, environment: environment)
        var file = PositionFile(url: url, text: text)
        do {
            file.state = try StateStore.load(from: url)
            return (file, nil)
        } catch {
            file.isWritable = false
            return (file, error.message)
        }
    }

    /// Where to start reading: the saved position found again in the text, or nil.
    var savedOffset: Int? {
        state.map { $0.position.resolve(in: text.document) }
    }

    /// Saves the position at `offset`; returns an error message when that failed.
    mutating func save(offset: Int) -> String? {
        guard isWritable else { return nil }
        var next = state ?? ReadingState(document: text.document, path: text.path, offset: offset)
        next.position = ReadingPosition(offset: offset, in: text.document)
        next.updated = Date()
        do {
            try StateStore.save(next, to: url)
            state = next
            return nil
        } catch {
            return error.message
        }
    }
}
