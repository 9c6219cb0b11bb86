@testable import NCursesTerminal
import Testing

/// Serialized: terminfo look-ups go through ncurses' global `cur_term` and are not thread-safe.
@Suite("TERM checks before ncurses opens a screen", .serialized)
struct TerminalTypeTests {
    private func message(_ environment: [String: String]) -> String? {
        do {
            _ = try TerminalType.check(environment: environment, fileDescriptor: 1)
            return nil
        } catch { return error.message }
    }

    @Test("A known, addressable terminal type passes")
    func known() throws {
        #expect(try TerminalType.check(environment: ["TERM": "xterm-256color"], fileDescriptor: 1) == "xterm-256color")
    }

    @Test("Unset or empty TERM says so and suggests a type")
    func unset() {
        for environment in [[:], ["TERM": ""]] {
            let text = message(environment)
            #expect(text?.hasPrefix("pingdian: TERM is not set;") == true)
            #expect(text?.contains("xterm-256color") == true)
        }
    }

    @Test("An unknown TERM is named in the message")
    func unknown() {
        #expect(message(["TERM": "nosuch"])?.hasPrefix("pingdian: unknown terminal type 'nosuch'") == true)
    }

    @Test("TERM=dumb cannot address the cursor")
    func dumb() {
        #expect(message(["TERM": "dumb"])?.hasPrefix("pingdian: terminal type 'dumb' cannot move the cursor") == true)
    }
}
