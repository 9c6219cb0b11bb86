import Foundation

extension StateStore {
    /// The lock file of the state file at `url`: `<name>.lock` next to it (`essay.json.lock`).
    public static func lockURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".lock", isDirectory: false)
    }

    /// The backup of the state file at `url`: `<name>.bak` next to it, the file as it was before
    /// the last change.
    public static func backupURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".bak", isDirectory: false)
    }

    /// Applies `changes` to the state file at `url` and returns the state now in the file.
    ///
    /// Under an exclusive lock on ``lockURL(for:)``: re-reads the file (so changes another running
    /// copy made since are kept), applies the changes in order (``ReadingState/apply(_:now:)``),
    /// writes the new state to a temporary file and fsyncs it, keeps the file as it was as
    /// ``backupURL(for:)`` (a hard link renamed over it, or a copy where there are no hard
    /// links), renames the new state over the file and fsyncs the directory, which makes both
    /// renames durable. A missing file is created with
    /// the identity of `document` (opened from `path`, nil when bundled), at offset 0 unless a
    /// change sets the position.
    ///
    /// Refuses, writing nothing, when the file is corrupt, from a newer pingdian or unreadable
    /// (the error of ``load(from:)``), when the result would not read back (`.invalidChange`),
    /// or when the directory cannot be written (`.unwritable`).
    public static func apply(
        _ changes: [StateChange], to url: URL, document: TextDocument, path: String?, now: Date = Date()
    ) throws(StateFileError) -> ReadingState {
        // Never nil: without `writesNothingWhenUnchanged` a state is always written and returned.
        try locked(url: url, document: document, path: path, now: now, writesNothingWhenUnchanged: false) { _ in changes }
            ?? ReadingState(document: document, path: path, offset: 0, updated: now)
    }

    /// Like ``apply(_:to:document:path:now:)``, but the changes are made under the lock from the
    /// state as it is then (nil when there is no file yet), so that they can depend on it — an
    /// import skips notes another copy has just written. When `makeChanges` returns no change,
    /// nothing is written and the state as read is returned (nil when there is no file).
    @discardableResult
    public static func apply(
        to url: URL, document: TextDocument, path: String?, now: Date = Date(),
        changes makeChanges: (ReadingState?) -> [StateChange]
    ) throws(StateFileError) -> ReadingState? {
        try locked(url: url, document: document, path: path, now: now, writesNothingWhenUnchanged: true, makeChanges)
    }

    /// Lock, re-read, apply what `makeChanges` returns, check, back up, write, unlock.
    private static func locked(
        url: URL, document: TextDocument, path: String?, now: Date, writesNothingWhenUnchanged: Bool,
        _ makeChanges: (ReadingState?) -> [StateChange]
    ) throws(StateFileError) -> ReadingState? {
        let statePath = url.path
        return try StateLock.withLock(on: lockURL(for: url).path, forStateAt: statePath) { () throws(StateFileError) -> ReadingState? in
            let current = try read(from: url, remembered: true)
            let changes = makeChanges(current?.state)
            if changes.isEmpty && writesNothingWhenUnchanged { return current?.state }
            var state = current?.state ?? ReadingState(document: document, path: path, offset: 0, updated: now)
            state.apply(changes, now: now)
            do throws(FileFormatError) {
                try state.validate()
            } catch {
                throw .invalidChange(path: statePath, error)
            }
            do throws(SystemFailure) {
                AtomicFile.removeAbandonedTemporaries(ofPath: statePath)
                let backupPath = backupURL(for: url).path
                if current != nil { AtomicFile.removeAbandonedTemporaries(ofPath: backupPath) }
                let bytes = encoded(state)
                // The backup is taken once the new state is on disk, so a failed write changes nothing.
                try AtomicFile.replace(atPath: statePath, with: bytes) { () throws(SystemFailure) in
                    if let previous = current?.bytes {
                        try AtomicFile.keepAsBackup(ofPath: statePath, atPath: backupPath, bytes: previous)
                    }
                }
                RememberedStates.shared.remember(state, bytes: bytes, atPath: statePath)
            } catch {
                throw .unwritable(path: statePath, reason: error)
            }
            return state
        }
    }
}
