import CNCursesW
@testable import NCursesTerminal
import TerminalKit
import Testing

@Suite("Input decoding")
struct InputDecoderTests {
    private func character(_ code: UInt32) -> DecodedInput { InputDecoder.decode(status: OK, code: code) }
    private func keyCode(_ code: Int32) -> DecodedInput { InputDecoder.decode(status: KEY_CODE_YES, code: UInt32(code)) }

    @Test("Printable scalars, one per call (IME input)")
    func printable() {
        #expect(character(0x61) == .key(.character("a")))
        #expect(character(0x8A55) == .key(.character("評")))
        #expect(character(0x3000) == .key(.character("\u{3000}")))
    }

    @Test("Enter, escape, backspace and tab from control characters")
    func namedControls() {
        #expect(character(13) == .key(.enter))
        #expect(character(10) == .key(.control("j")))
        #expect(character(27) == .key(.escape))
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
        #expect(character(9) == .key(.tab))
    }

    @Test("Other controls are Control and a letter (raw mode: Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-O)")
    func controlLetters() {
        #expect(character(3) == .key(.control("c")))
        #expect(character(26) == .key(.control("z")))
        #expect(character(19) == .key(.control("s")))
        #expect(character(15) == .key(.control("o")))
        #expect(character(1) == .key(.control("a")))
    }

    @Test("NUL, FS…US and C1 controls are ignored")
    func ignoredControls() {
        for code: UInt32 in [0, 28, 31, 0x80, 0x9F] { #expect(character(code) == .nothing) }
    }

    @Test("Function-key codes")
    func keyCodes() {
        #expect(keyCode(KEY_UP) == .key(.up))
        #expect(keyCode(KEY_DOWN) == .key(.down))
        #expect(keyCode(KEY_LEFT) == .key(.left))
        #expect(keyCode(KEY_RIGHT) == .key(.right))
        #expect(keyCode(KEY_NPAGE) == .key(.pageDown))
        #expect(keyCode(KEY_PPAGE) == .key(.pageUp))
        #expect(keyCode(KEY_HOME) == .key(.home))
        #expect(keyCode(KEY_END) == .key(.end))
        #expect(keyCode(KEY_DC) == .key(.delete))
        #expect(keyCode(KEY_BTAB) == .key(.backTab))
        #expect(keyCode(KEY_ENTER) == .key(.enter))
        #expect(keyCode(KEY_BACKSPACE) == .key(.backspace))
        #expect(keyCode(KEY_F0 + 1) == .key(.function(1)))
        #expect(keyCode(KEY_F0 + 12) == .key(.function(12)))
        #expect(keyCode(KEY_F0 + 13) == .nothing)
        #expect(keyCode(KEY_RESIZE) == .resize)
    }

    @Test("ERR (time-out or interrupted wait) reports nothing")
    func error() {
        #expect(InputDecoder.decode(status: ERR, code: 0) == .nothing)
    }

    @Test("A key right after Esc is that key with Alt: letters, CJK, Backspace; not another Esc or a control")
    func altKeys() {
        #expect(InputDecoder.altKey(0x62) == .alt("b"))
        #expect(InputDecoder.altKey(0x8A55) == .alt("評"))
        #expect(InputDecoder.altKey(127) == .alt("\u{7F}"))
        #expect(InputDecoder.altKey(8) == .alt("\u{7F}"))
        #expect(InputDecoder.altKey(27) == nil)
        #expect(InputDecoder.altKey(1) == nil)
    }
}
