import Foundation
import PingdianApp
import PingdianCore

/// The state file of one text as a reader session uses it: the reading position and the
/// reader's own annotations, read at start and changed through ``StateStore/apply`` — position on
/// quit, suspend and signals, annotations when the interface asks. A file that is corrupt, from a
/// newer pingdian or unreadable is never written: the reader runs read-only (a corrupt file is
/// first copied aside, see ``StateStore/preserveCopy(of:now:)``).
public final class ReadingStateFile: ReaderStorage {
    /// The state file.
    let url: URL
    /// The open text, whose identity a new state file gets.
    var text: LoadedText
    /// The state as last read or written; nil when there is no file yet (or it cannot be read).
    private(set) var state: ReadingState?
    /// Why the file is not written this session; nil when it is.
    private(set) var readOnlyReason: ReadOnlyReason?

    /// Why a state file is opened read-only.
    struct ReadOnlyReason: Error, Hashable {
        /// What was wrong with the file.
        let error: StateFileError
        /// Where a corrupt file was copied to, when it could be.
        let copy: URL?
    }

    /// The state file of a text: `--notes PATH` when given; else the one of its own name under
    /// `$XDG_DATA_HOME/pingdian/` (where that is a link to the file of the same text under
    /// another name, the file it points to); else, when there is none, the state file made for
    /// the same text — the same scalars — under another name (the bundled essay opened by path, a
    /// text moved, renamed or copied: ``StateStore/fileForSameText(as:in:)``); else the file of
    /// its own name, to be created.
    public static func url(override: String?, for text: LoadedText, environment: [String: String]) -> URL {
        located(override: override, for: text, environment: environment).url
    }

    /// ``url(override:for:environment:)``, and the file of the text's own name when the state was
    /// found under another name (nil otherwise).
    static func located(override: String?, for text: LoadedText, environment: [String: String]) -> (url: URL, ownName: URL?) {
        if let override { return (URL(fileURLWithPath: override), nil) }
        let own = ownFile(of: text, environment: environment)
        if exists(own) { return (own.resolvingSymlinksInPath(), nil) }
        guard let same = StateStore.fileForSameText(as: text.document, in: own.deletingLastPathComponent()) else { return (own, nil) }
        return (same, own)
    }

    /// Whether finding the state file of `text` may compare it with the texts of other state
    /// files (no `--notes`, no file of its own name, others in the folder): the whole text is
    /// needed for that.
    static func mayBeUnderAnotherName(override: String?, for text: LoadedText, environment: [String: String]) -> Bool {
        guard override == nil else { return false }
        let own = ownFile(of: text, environment: environment)
        return !exists(own) && StateStore.hasStateFiles(in: own.deletingLastPathComponent())
    }

    /// The state file of the text's own name under `$XDG_DATA_HOME/pingdian/`.
    private static func ownFile(of text: LoadedText, environment: [String: String]) -> URL {
        StateStore.fileURL(forTextAt: text.path, title: text.document.title, environment: environment)
    }

    /// Whether there is a file, or a link (even a broken one), at `url`.
    private static func exists(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil || FileManager.default.fileExists(atPath: url.path)
    }

    /// Opens the state file of `text` (see ``url(override:for:environment:)``) and reads it; a
    /// file that cannot be read makes the session read-only. A state found under another name
    /// is shared from now on: the text's own name becomes a link to it
    /// (``StateStore/shareFile(_:as:)``), so that notes made from either name are in one file.
    static func open(override: String?, for text: LoadedText, environment: [String: String]) -> ReadingStateFile {
        let location = located(override: override, for: text, environment: environment)
        if let ownName = location.ownName { _ = StateStore.shareFile(location.url, as: ownName) }
        let file = ReadingStateFile(url: location.url, text: text)
        do {
            file.state = try StateStore.load(from: file.url)
        } catch {
            file.becomeReadOnly(error)
        }
        return file
    }

    private init(url: URL, text: LoadedText) {
        self.url = url
        self.text = text
    }

    /// Whether nothing will be written to the file this session.
    var isReadOnly: Bool { readOnlyReason != nil }

    /// Where to start reading: the saved position found again in the text, or nil.
    var savedOffset: Int? {
        state.map { $0.position.resolve(in: text.document) }
    }

    var storedOffset: Int? { state?.position.offset }

    /// The reader's annotations as last read or written.
    var annotations: [Annotation] { state?.annotations ?? [] }
    var vocabulary: [VocabularyEntry] { state?.vocabulary ?? [] }

    /// Exports go next to the state file, named as the text's own state file is by default (its
    /// name and a short hash of its path), whatever `--notes` named this one.
    var exportStem: URL {
        url.deletingLastPathComponent()
            .appendingPathComponent(StateStore.fileName(forTextAt: text.path, title: text.document.title)).deletingPathExtension()
    }

    /// The warning to give at the start when the file will not be written.
    var warning: OpeningWarning? { readOnlyReason.map { .stateFileReadOnly($0.error, copy: $0.copy?.lastPathComponent) } }

    func apply(_ change: NoteChange) -> Result<[Annotation], StateFileError> {
        do throws(StateFileError) {
            return .success(try apply([.note(change)]).annotations)
        } catch {
            return .failure(error)
        }
    }

    func applyWord(_ change: StateChange) -> Result<[VocabularyEntry], StateFileError> {
        do throws(StateFileError) {
            return .success(try apply([change]).vocabulary)
        } catch {
            return .failure(error)
        }
    }

    /// Applies `changes` to the file as it is now on disk (keeping what another running copy
    /// wrote) and returns the new state, which this file keeps. Throws the read-only reason's
    /// error when the session is read-only; a file found corrupt or newer now makes it read-only.
    @discardableResult
    func apply(_ changes: [StateChange]) throws(StateFileError) -> ReadingState {
        if let readOnlyReason { throw readOnlyReason.error }
        do {
            let next = try StateStore.apply(changes, to: url, document: text.document, path: text.path)
            state = next
            return next
        } catch {
            if error.forbidsWriting { becomeReadOnly(error) }
            throw error
        }
    }

    /// Saves the position at `offset`; returns why that failed, nil when it worked or the
    /// session is read-only (the reader was told so when the file was opened).
    func savePosition(offset: Int) -> StateFileError? {
        guard !isReadOnly else { return nil }
        do {
            try apply([.setPosition(ReadingPosition(offset: offset, in: text.document))])
            return nil
        } catch {
            return error
        }
    }

    /// Records why the file will not be written, copying a corrupt file aside first.
    private func becomeReadOnly(_ error: StateFileError) {
        var copy: URL?
        if case .corrupt = error { copy = try? StateStore.preserveCopy(of: url) }
        readOnlyReason = ReadOnlyReason(error: error, copy: copy)
    }
}
