import ArgumentParser
import PingdianRuntime

/// `pingdian git-setup [DIR]`: git merges notes files with pingdian.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make a git repository merge notes files with 'pingdian merge-notes'.",
        discussion: """
        Writes the merge driver into the repository's .git/config and adds 'PATTERN merge=pingdian' \
        to its .gitattributes (commit that file). Git's configuration is not cloned: every clone \
        runs 'pingdian git-setup' once. Running it again changes nothing. Docs/together.md shows a \
        class set up from 'git init' to 'pingdian agree'.

        Exit codes: 0 done, 66 not in a git repository, 69 git missing, 73 cannot write.
        """)

    @Argument(help: "A folder of the repository (default: the current one).")
    var directory: String = "."

    @Option(help: "The files git merges with pingdian (a .gitattributes pattern).")
    var pattern: String = "*.json"

    @Option(help: "How git runs pingdian (default: 'pingdian' when that is this program on PATH, else its full path).")
    var command: String?

    func run() throws {
        Commands.gitSetup(directory: directory, pattern: pattern, command: command).finish()
    }
}
