import CellWidth
import Foundation
import PingdianApp
import PingdianCore
import PingdianDictionary

/// A text made ready for a ``ReaderSession`` before the terminal is taken: opened (a large one
/// provisionally, read in full in the background), its layer read, its position and notes
/// found. Whatever must end the program ends it here, while the terminal is still the shell's.
public struct PreparedReader {
    /// Where the session keeps the reading position and the reader's notes.
    public enum Storage: Sendable {
        /// The text's state file: the one given (`--notes PATH`), else the one under
        /// `$XDG_DATA_HOME/pingdian/`.
        case stateFile(override: String?)
        /// Memory only: no position read or saved, notes kept while the session runs
        /// (`pingdian snapshot`).
        case memory
    }

    /// The text and how to show it.
    let choice: TextChoice
    /// The interface language, from the flag or the locale.
    public let language: UILanguage
    /// The text as opened: exact, or provisional while `exact` reads it in full.
    let loaded: LoadedText
    /// The full reading of a large text, while `loaded` is provisional.
    let exact: BackgroundText?
    /// The layer and taxonomy of a text read whole; nil for a large text opened provisionally
    /// (the session reads its layer once the text is read in full).
    let layer: LayerLoading.Result?
    /// The position and notes.
    let storage: any ReaderStorage
    /// Where background work runs.
    let threads: BackgroundThreads
    /// The source text given with `--source`, read before the terminal is taken; nil for none.
    let sourceDocument: TextDocument?
    /// The folder of the reader's own dictionaries (`$XDG_DATA_HOME/pingdian/dictionaries/`), read
    /// at the first lookup.
    let dictionaryFolder: URL
    /// The environment the program was started with (the reader's name comes from it).
    let environment: [String: String]

    /// Opens `choice` for reading. A text that cannot be opened, a bad `--layer` or a bad
    /// `--ui-lang` throws the ``CommandFailure`` that ends the program with one line and its
    /// exit code. `progressive: false` reads a large text in full before returning.
    public static func prepare(
        _ choice: TextChoice, storage: Storage, environment: [String: String],
        threads: BackgroundThreads = .separate, progressive: Bool = true
    ) throws -> PreparedReader {
        // Widths come from the C library's wcwidth, which needs a UTF-8 character type.
        UTF8Locale.activate()
        let language = try choice.language(environment: environment)
        var (loaded, exact) = progressive
            ? try choice.openProgressively(threads: threads)
            : (try CommandFailure.catching { try LoadedText.open(choice.file, paragraphs: choice.paragraphs) }, nil)
        // A large text shows its first lines while the rest are counted; finding its state file
        // under another name compares whole texts, so then they are counted first.
        if case .stateFile(let override) = storage, !loaded.document.isCounted,
           ReadingStateFile.mayBeUnderAnotherName(override: override, for: loaded, environment: environment) {
            loaded = loaded.with(loaded.document.counted())
        }
        // A text read at once has its layer read before the terminal is taken (a bad one ends here).
        var layer: LayerLoading.Result?
        if exact == nil {
            switch choice.layer(for: loaded) {
            case .success(let loadedLayer): layer = loadedLayer
            case .failure(let failure): throw failure
            }
        }
        let kept: any ReaderStorage
        switch storage {
        case .stateFile(let override): kept = ReadingStateFile.open(override: override, for: loaded, environment: environment)
        case .memory: kept = MemoryStorage(text: loaded)
        }
        // A position saved beyond the first lines: they are counted as far as it, and a margin on
        // (`holding` gives the same document when they already reach it).
        if !loaded.document.isCounted, let stored = kept.storedOffset {
            loaded = loaded.with(loaded.document.holding(stored))
            kept.text = loaded
        }
        // A source text that cannot be read ends the program here, with its one line.
        let source = try choice.sourceText.map { path in try CommandFailure.catching { try LoadedText.open(path).document } }
        return PreparedReader(choice: choice, language: language, loaded: loaded, exact: exact, layer: layer, storage: kept, threads: threads,
                              sourceDocument: source,
                              dictionaryFolder: UserDictionaries.folder(dataDirectory: StateStore.directory(environment: environment)),
                              environment: environment)
    }
}
