import Foundation

/// Who the reader is, recorded as the `creator` of every note they make (Docs/together.md):
/// `--author`, else `PINGDIAN_AUTHOR`, else git's `user.name`, else the login name.
public enum AuthorName {
    /// The name given by `--author` or `PINGDIAN_AUTHOR` (blank ones ignored): known without
    /// running anything; nil when neither is given.
    public static func given(flag: String?, environment: [String: String]) -> String? {
        [flag, environment["PINGDIAN_AUTHOR"]].lazy.compactMap { $0.flatMap(trimmed) }.first
    }

    /// The name to record: ``given(flag:environment:)``, else git's `user.name` (`git config
    /// user.name`, which reads the repository's, the user's and the system's configuration),
    /// else the login name (`LOGNAME`, `USER`, else the password database); nil when none is known.
    /// Runs git when the first two say nothing: call it off the key path.
    public static func resolve(flag: String?, environment: [String: String]) -> String? {
        given(flag: flag, environment: environment) ?? gitUserName(environment: environment) ?? loginName(environment: environment)
    }

    /// git's `user.name`, or nil when git is missing or has none.
    static func gitUserName(environment: [String: String]) -> String? {
        guard let git = ExternalCommand.find("git", environment: environment),
              let run = try? ExternalCommand.run(git, ["config", "--get", "user.name"], environment: environment),
              run.status == 0 else { return nil }
        return trimmed(String(decoding: run.output, as: UTF8.self))
    }

    /// The login name: `LOGNAME`, else `USER`, else the password database's name for the user.
    static func loginName(environment: [String: String]) -> String? {
        if let name = environment["LOGNAME"].flatMap(trimmed) ?? environment["USER"].flatMap(trimmed) { return name }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return trimmed(String(cString: name))
    }

    /// The text without white space around it; nil when nothing is left.
    private static func trimmed(_ text: String) -> String? {
        let result = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return result.isEmpty ? nil : result
    }
}
