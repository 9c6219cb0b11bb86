import Foundation

/// What a command has to say once its work is done: warnings, output, and how it ends. Made
/// before anything is written, so that a test reads it; ``finish()`` writes it.
public struct CommandResult {
    /// Lines for standard error, each written after "pingdian: ", before the output.
    public var warnings: [String] = []
    /// The bytes for standard output.
    public var output: [UInt8] = []
    /// Lines for standard output after `output`, made one at a time as they are written, so that
    /// a long text is never held whole (`pingdian print`); nil when there are none.
    public var lines: ((_ emit: (String) -> Void) -> Void)?
    /// The failure that ends the command, said after the output; nil when it did not fail.
    public var failure: CommandFailure?
    /// The exit code when there is no failure: 0, or for instance 1 for `search` with no match.
    public var exitCode: Int32 = 0

    /// A result with the given warnings, output, failure and exit code.
    public init(warnings: [String] = [], output: [UInt8] = [], failure: CommandFailure? = nil, exitCode: Int32 = 0) {
        self.warnings = warnings
        self.output = output
        self.failure = failure
        self.exitCode = exitCode
    }

    /// A result that says only `failure`, after `warnings`.
    public static func failed(_ failure: CommandFailure, warnings: [String] = []) -> CommandResult {
        CommandResult(warnings: warnings, failure: failure)
    }

    /// `lines` as bytes for ``output``, each ended by a newline.
    public static func bytes(lines: [String]) -> [UInt8] {
        Array(lines.map { $0 + "\n" }.joined().utf8)
    }

    /// The standard output as text, the streamed lines included (for tests).
    public var text: String {
        var text = String(decoding: output, as: UTF8.self)
        lines?({ text += $0 + "\n" })
        return text
    }

    /// Writes the warnings, the output and the failure; exits with the failure's code, or with
    /// `exitCode` when it is not 0, and returns otherwise.
    public func finish() {
        for warning in warnings {
            FileHandle.standardError.write(Data("pingdian: \(warning)\n".utf8))
        }
        if !output.isEmpty { FileHandle.standardOutput.write(Data(output)) }
        lines?({ print($0) })
        if let failure { failure.exit() }
        if exitCode != 0 { exit(exitCode) }
    }
}
