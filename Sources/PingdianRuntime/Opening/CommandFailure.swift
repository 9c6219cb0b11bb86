import Foundation

/// An error that ends a command with a one-line message on standard error and an exit code.
public struct CommandFailure: Error, Sendable {
    /// The line printed after "pingdian: ".
    public let message: String
    /// The exit code: 64 usage, 65 not a text (or layer, or state file), 66 cannot open, 70 a broken build, 1 otherwise.
    public let exitCode: Int32

    public init(message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    /// Prints "pingdian: MESSAGE" to standard error and exits.
    public func exit() -> Never {
        FileHandle.standardError.write(Data("pingdian: \(message)\n".utf8))
        Foundation.exit(exitCode)
    }
}

extension CommandFailure {
    /// `error` as a command failure: itself when it is one, else its description with exit code 1.
    public init(_ error: any Error) {
        self = error as? CommandFailure ?? CommandFailure(message: "\(error)", exitCode: 1)
    }

    /// Whether this is bad usage (64), which the argument parser says with the usage.
    public var isUsage: Bool { exitCode == 64 }

    /// Runs `body`, turning what it throws into the failure that ends the program: a
    /// ``CommandFailure`` as it is, anything else with exit code 1.
    public static func catching<Value>(_ body: () throws -> Value) throws(CommandFailure) -> Value {
        do {
            return try body()
        } catch {
            throw CommandFailure(error)
        }
    }
}
