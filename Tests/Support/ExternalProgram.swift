import Foundation
import Testing

/// A program from outside the package that some tests run: each such test says so in one line,
/// with the ``Testing/Trait/needs(_:sourceLocation:)`` trait.
///
/// Where the program is missing the test is skipped, and says what it needs; under CI
/// (``ContinuousIntegration/isActive``) it fails instead, so a CI machine that lacks a program
/// cannot pass by running less. `Scripts/test` installs every one of them.
public enum ExternalProgram: Sendable, CaseIterable, CustomStringConvertible {
    /// tmux, with the `tmux-256color` terminfo entry: the end-to-end tests run the reader in it.
    case tmux
    /// Headless Chromium (`chromium` or `chromium-browser`): the HTML report in a real browser.
    case chromium
    /// python3 with jsonschema ≥ 4.18 and referencing: the W3C annotation validator.
    case jsonschema
    /// python3 with pypinyin: the reference the dictionary's tone marks and 注音 are checked against.
    case pypinyin
    /// `setpriv` (util-linux): runs the reader as `nobody`, for whom a read-only folder is read-only.
    case setpriv
    /// `prlimit` (util-linux): a file-size limit that stands in for a full disk.
    case prlimit
    /// git: notes shared through a repository, merged by `pingdian merge-notes`.
    case git
    /// python3 with the PyPI packages krippendorff and scikit-learn: the reference the agreement
    /// numbers (nominal α, Cohen's κ) are checked against.
    case agreementReference

    /// What the program is, as a skipped test names it.
    public var description: String {
        switch self {
        case .tmux: "tmux (and the tmux-256color terminfo entry)"
        case .chromium: "chromium (headless)"
        case .jsonschema: "python3 with jsonschema >= 4.18 and referencing (the W3C validator)"
        case .pypinyin: "python3 with pypinyin (the reference for pinyin and 注音)"
        case .setpriv: "setpriv (util-linux)"
        case .prlimit: "prlimit (util-linux)"
        case .git: "git"
        case .agreementReference: "python3 with krippendorff and scikit-learn (the reference for α and κ)"
        }
    }

    /// The program's full path, or nil when it is missing (for ``jsonschema``: python3's).
    public var path: String? {
        switch self {
        case .tmux: Self.tmuxPath
        case .chromium: Self.chromiumPath
        case .jsonschema: Self.jsonschemaPython
        case .pypinyin: Self.pypinyinPython
        case .setpriv: Self.setprivPath
        case .prlimit: Self.prlimitPath
        case .git: Self.gitPath
        case .agreementReference: Self.agreementPython
        }
    }

    /// Whether the program is here and usable. Looked up once per test run.
    public var isAvailable: Bool { path != nil }

    /// The program is missing on a machine where the tests must not skip it.
    public struct Missing: Error, CustomStringConvertible {
        /// The program.
        public let program: ExternalProgram
        /// What was missing, and what installs it.
        public var description: String {
            "\(program) is missing, and CI (CI=\(ContinuousIntegration.value ?? "")) requires it: "
                + "Scripts/test installs it"
        }
    }

    // Each is looked up the first time it is asked for.
    private static let tmuxPath: String? = {
        guard let tmux = which("tmux") else { return nil }
        return hasTerminfo("tmux-256color") ? tmux : nil
    }()
    private static let chromiumPath = which("chromium") ?? which("chromium-browser")
    private static let setprivPath = which("setpriv")
    private static let prlimitPath = which("prlimit")
    private static let gitPath = which("git")
    private static let pypinyinPython = pythonImporting("pypinyin.contrib.tone_convert, pypinyin.style.bopomofo")
    private static let agreementPython = pythonImporting("krippendorff, sklearn.metrics")

    /// python3's path when it imports `modules`; nil otherwise.
    private static func pythonImporting(_ modules: String) -> String? {
        guard let python = which("python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import " + modules]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? python : nil
    }
    private static let jsonschemaPython: String? = {
        guard let python = which("python3"), W3CValidator.environmentIsReady() else { return nil }
        return python
    }()

    /// The full path of an executable on `PATH`, or nil.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether ncurses can find the terminfo entry `name` where Debian's packages put it.
    static func hasTerminfo(_ name: String) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let folders = [environment["TERMINFO"], environment["HOME"].map { "\($0)/.terminfo" }].compactMap { $0 }
            + (environment["TERMINFO_DIRS"] ?? "").split(separator: ":").map(String.init)
            + ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"]
        let first = name.unicodeScalars.first!
        let subfolders = [String(first), String(first.value, radix: 16)]  // Linux: t/, macOS: 74/
        return folders.contains { folder in
            subfolders.contains { FileManager.default.fileExists(atPath: "\(folder)/\($0)/\(name)") }
        }
    }
}

/// Whether the tests run under continuous integration, where nothing may be skipped for want of
/// a program.
public enum ContinuousIntegration {
    /// The `CI` environment variable, as CI services set it (`CI=true`).
    public static let value = ProcessInfo.processInfo.environment["CI"]

    /// `CI` is set to anything but empty, `false`, `no` or `0`.
    public static let isActive: Bool = {
        guard let value else { return false }
        return !["", "false", "no", "0"].contains(value.lowercased())
    }()
}

extension Trait where Self == ConditionTrait {
    /// The test runs an external program: it is skipped where that is missing, except under CI,
    /// where it fails (``ExternalProgram/Missing``).
    ///
    /// ```swift
    /// @Suite("The reader in a terminal", .needs(.tmux))
    /// ```
    public static func needs(_ program: ExternalProgram, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled("needs \(program)", sourceLocation: sourceLocation) {
            if program.isAvailable { return true }
            if ContinuousIntegration.isActive { throw ExternalProgram.Missing(program: program) }
            return false
        }
    }
}
