import PingdianRuntime
/// The command lines that open the reader without swift-argument-parser: `pingdian` and
/// `pingdian FILE`.
///
/// Parsing with swift-argument-parser reflects over every command's options (Mirror, dynamic
/// casts, protocol-conformance scans): about a fifth of the reader's start-up (Docs/speed.md).
/// These two forms need none of it. Anything else — an option, a second argument, or a word that
/// names a subcommand (even when a file of that name exists) — goes to the parser, so help,
/// errors and exit codes stay its own.
enum PlainInvocation {
    /// The text to open for `arguments` (without the program's name): a choice with no file for
    /// none, with the file for one argument that is neither an option nor a command name; nil
    /// when the parser must read the arguments.
    static func choice(for arguments: [String], commandNames: Set<String>) -> TextChoice? {
        switch arguments.count {
        case 0:
            return TextChoice()
        case 1:
            let argument = arguments[0]
            guard !argument.isEmpty, !argument.hasPrefix("-"), !commandNames.contains(argument) else { return nil }
            return TextChoice(file: argument)
        default:
            return nil
        }
    }
}
