import CTextEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How many terminal columns a Unicode scalar takes, as libc's `wcwidth` says.
///
/// ncursesw measures with the same `wcwidth`, so a layout measured here and the terminal never
/// disagree (Docs/layout.md §1). The answer depends on the C locale's character type: call
/// ``UTF8Locale/activate()`` once at start-up before measuring.
public enum CellWidth {
    /// The columns of `scalar`: 0 for combining and other zero-width scalars, 1 or 2 for printable
    /// ones, and nil for a scalar that cannot be printed (controls, unassigned, surrogates).
    public static func of(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }  // printable ASCII: the hot path
        let width = Int(pd_wcwidth(value))
        return width < 0 ? nil : width
    }

    /// The columns of a string whose scalars are all printable (unprintable ones count as 1).
    public static func of(_ text: String) -> Int {
        of(scalars: text.unicodeScalars)
    }

    /// The columns of scalars that are all printable (unprintable ones count as 1), without
    /// making a string of them. Inlinable, so that a caller in another module gets it specialized
    /// for its collection rather than walking it through protocol witnesses.
    @inlinable
    public static func of<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) -> Int {
        var total = 0
        for scalar in scalars { total += of(scalar) ?? 1 }
        return total
    }
}

/// Sets the C locale up so that `wcwidth` and ncursesw understand UTF-8 (Docs/design-notes.md,
/// "ncursesw from Swift 6": Swift never calls `setlocale`).
public enum UTF8Locale {
    /// Applies the user's character type (`LC_ALL`, `LC_CTYPE`, `LANG`); when that is missing, not
    /// installed or not UTF-8, falls back to `C.UTF-8`. Returns whether UTF-8 is now active. Only
    /// the character type is set: it is all that widths and ncursesw read, and loading every
    /// category of a locale is a dozen files at each start.
    @discardableResult
    public static func activate() -> Bool {
        _ = setlocale(LC_CTYPE, "")
        if isUTF8Active { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8Active { return true }
        }
        return false
    }

    /// Whether the C library's current character type is UTF-8.
    public static var isUTF8Active: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
