import CNCursesW
import TerminalKit

/// What one `wget_wch` result means to the reader.
enum DecodedInput: Hashable {
    /// A key.
    case key(Key)
    /// The terminal changed size (`KEY_RESIZE`).
    case resize
    /// A mouse event is waiting (`KEY_MOUSE`): read it with `getmouse`.
    case mouse
    /// Nothing to report: a time-out, an interrupted wait, or a key the reader has no use for.
    case nothing
}

/// Turns `wget_wch` results into ``Key``s. IME input arrives one scalar per call; ESC followed
/// at once by a key is that key with Alt (``altKey(_:)``, read by the event loop).
enum InputDecoder {
    /// Decodes the status `wget_wch` returned (`OK`, `KEY_CODE_YES` or `ERR`) and the code it stored.
    static func decode(status: Int32, code: UInt32) -> DecodedInput {
        switch status {
        case OK: return character(code)
        case KEY_CODE_YES: return keyCode(Int32(bitPattern: code))
        default: return .nothing
        }
    }

    /// A character code: controls become named keys or `.control(letter)`.
    private static func character(_ code: UInt32) -> DecodedInput {
        switch code {
        case 13: return .key(.enter)
        // Ctrl-J: a key of its own (a line break in the note editor); Enter sends CR in raw mode.
        case 10: return .key(.control("j"))
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 9: return .key(.tab)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(code) + 0x60))))
        case 0..<32, 0x80..<0xA0: return .nothing
        default:
            guard let scalar = Unicode.Scalar(code) else { return .nothing }
            return .key(.character(scalar))
        }
    }

    /// The Alt key of a character that came right after Esc: a printable one, or Backspace
    /// (Alt-Backspace); nil for another Esc or a control.
    static func altKey(_ code: UInt32) -> Key? {
        switch code {
        case 127, 8: return .alt("\u{7F}")
        case 0..<32, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(code).map(Key.alt)
        }
    }

    /// A function-key code (`KEY_*`).
    private static func keyCode(_ code: Int32) -> DecodedInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .key(.function(Int(code - KEY_F0)))
        default: return .nothing
        }
    }
}
