import Foundation

/// Runs the user's editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a note, as Ctrl-G asks.
public enum ExternalEditor {
    /// Writes `text` to a temporary file, runs the editor on it in the terminal, and returns the
    /// file's text afterwards; nil when the editor could not be run or exited with an error.
    public static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-note-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("note.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data(text.utf8).write(to: file)
            // Through the shell, so that EDITOR="code --wait" or "vim -u NONE" work as elsewhere.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command + " \"$1\"", "sh", file.path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            var edited = try String(contentsOf: file, encoding: .utf8)
            while edited.hasSuffix("\n") { edited.removeLast() }
            return edited
        } catch {
            return nil
        }
    }
}
