import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// Every new note records who made it (issue 17): `--author`, else `PINGDIAN_AUTHOR`, else git's
/// `user.name`, else the login name.
@Suite("Who made a note")
struct AuthorshipSessionTests {
    /// Makes one note (the first sentence, a claim, a few words) and returns its creator as saved.
    static func creatorOfANewNote(author: String? = nil, environment: [String: String] = [:]) throws -> String? {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes, author: author, environment: environment)
        try reader.press("a1我的看法。<CR>")
        #expect(reader.statusLine.contains("Note saved"))
        let saved = try scratch.savedNotes(notes)
        #expect(saved.count == 1)
        return saved.first?.creator
    }

    @Test("--author wins over PINGDIAN_AUTHOR, which wins over git")
    func flagAndVariable() throws {
        #expect(try Self.creatorOfANewNote(author: "王小明", environment: ["PINGDIAN_AUTHOR": "Alice"]) == "王小明")
        #expect(try Self.creatorOfANewNote(environment: ["PINGDIAN_AUTHOR": "  Alice Chen "]) == "Alice Chen")
    }

    @Test("Without either: git's user.name from the user's git configuration, else the login name")
    func gitThenLogin() throws {
        let home = try SessionHarness()
        defer { home.remove() }
        try home.write(".gitconfig", "[user]\n\tname = 林老師\n")
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        #expect(try Self.creatorOfANewNote(environment: ["HOME": home.folder.path, "PATH": path, "USER": "login-name"]) == "林老師")
        // No git configuration with a name: the login name.
        #expect(try Self.creatorOfANewNote(environment: ["HOME": home.path("nowhere"), "PATH": path, "USER": "login-name"]) == "login-name")
    }
}
