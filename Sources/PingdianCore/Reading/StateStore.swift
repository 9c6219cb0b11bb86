import Foundation

/// Where reading states live on disk, and how they are read and written (the side effects).
///
/// One file per text in `$XDG_DATA_HOME/pingdian/` (or `~/.local/share/pingdian/`), changed only
/// under a lock and written atomically, so that neither a second running copy nor a crash or a
/// full disk ever loses a change or leaves a half-written state.
public enum StateStore {
    /// The directory of state files: `$XDG_DATA_HOME/pingdian/` when that variable holds an
    /// absolute path (relative ones are ignored, as the XDG spec says), else
    /// `$HOME/.local/share/pingdian/`, else the same under the user's home directory.
    public static func directory(environment: [String: String]) -> URL {
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return URL(fileURLWithPath: dataHome, isDirectory: true).appendingPathComponent("pingdian", isDirectory: true)
        }
        let home: URL
        if let path = environment["HOME"], path.hasPrefix("/") {
            home = URL(fileURLWithPath: path, isDirectory: true)
        } else {
            home = FileManager.default.homeDirectoryForCurrentUser
        }
        return home.appendingPathComponent(".local/share/pingdian", isDirectory: true)
    }

    /// The name of the state file of a text.
    ///
    /// - The bundled essay (`path` nil): `bundled-<stem of title>.json`.
    /// - A file: `<stem of its name>-<16 hex digits>.json`, the digits from SHA-256 of the
    ///   absolute, standardized path, so that two `notes.txt` in different folders do not share
    ///   a state. Stems are sanitized: letters, digits, `-`, `_` and `.` are kept, runs of
    ///   anything else become one `_`, at most 64 scalars.
    public static func fileName(forTextAt path: String?, title: String) -> String {
        guard let path else { return "bundled-\(sanitizedStem(of: title)).json" }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let hash = SHA256.hexDigest(of: Array(absolute.utf8)).prefix(16)
        return "\(sanitizedStem(of: URL(fileURLWithPath: absolute).lastPathComponent))-\(hash).json"
    }

    /// The state file of a text: ``directory(environment:)`` plus ``fileName(forTextAt:title:)``.
    public static func fileURL(forTextAt path: String?, title: String, environment: [String: String]) -> URL {
        directory(environment: environment).appendingPathComponent(fileName(forTextAt: path, title: title), isDirectory: false)
    }

    /// Reads the state file at `url`; nil when there is none. A corrupt file or one from a newer
    /// pingdian is an error, and the file is never changed.
    public static func load(from url: URL) throws(StateFileError) -> ReadingState? {
        try read(from: url)?.state
    }

    /// The bytes of the state file at `url` and the state they hold; nil when there is no file.
    /// With `remembered`, bytes identical to those this process last read or wrote there are
    /// not decoded again (``RememberedStates``); ``load(from:)`` always decodes, and remembers.
    static func read(from url: URL, remembered: Bool = false) throws(StateFileError) -> (bytes: [UInt8], state: ReadingState)? {
        let path = url.path
        let bytes: [UInt8]
        do {
            guard let read = try AtomicFile.contents(atPath: path) else { return nil }
            bytes = read
        } catch {
            throw .unreadable(path: path, reason: error)
        }
        // The bytes this process last read or wrote here: the state they hold is known.
        if remembered, let known = RememberedStates.shared.state(atPath: path, bytes: bytes) { return (bytes, known) }
        do {
            let state = try ReadingState.decode(bytes)
            try state.validate()
            RememberedStates.shared.remember(state, bytes: bytes, atPath: path)
            return (bytes, state)
        } catch {
            if case .newerVersion(let found, let supported) = error.reason {
                throw .newerVersion(path: path, found: found, supported: supported)
            }
            throw .corrupt(path: path, error)
        }
    }

    /// Writes `state` to `url` atomically (temporary file, fsync, rename, fsync of the
    /// directory), creating the directory with mode 0700 if needed; the file gets mode 0600.
    ///
    /// Without the lock and without re-reading: a change made meanwhile by another running copy
    /// would be lost. Programs change state files with ``apply(_:to:document:path:now:)``.
    public static func save(_ state: ReadingState, to url: URL) throws(StateFileError) {
        let path = url.path
        do {
            try AtomicFile.makeDirectory(url.deletingLastPathComponent().path)
            try AtomicFile.replace(atPath: path, with: encoded(state))
        } catch {
            throw .unwritable(path: path, reason: error)
        }
    }

    /// The bytes of a state file: pretty-printed JSON with sorted keys and a final newline.
    static func encoded(_ state: ReadingState) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding cannot fail: the state holds only strings, integers, arrays and objects.
        let data = (try? encoder.encode(state)) ?? Data()
        return Array(data) + [0x0A]
    }

    /// A file-name-safe stem: the name without its last extension, sanitized, never empty.
    static func sanitizedStem(of name: String) -> String {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        var result = String.UnicodeScalarView()
        var lastWasReplaced = false
        for scalar in stem.unicodeScalars {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "-" || scalar == "_" || scalar == "."
            if keep {
                result.append(scalar)
                lastWasReplaced = false
            } else if !lastWasReplaced {
                result.append("_")
                lastWasReplaced = true
            }
            if result.count >= 64 { break }
        }
        while result.first == "." { result.removeFirst() }
        return result.isEmpty ? "text" : String(result)
    }
}
