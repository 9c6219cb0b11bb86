import Foundation

extension Commands {
    /// `pingdian git-setup [DIR]`: makes the git repository holding `directory` merge notes files
    /// with `pingdian merge-notes` (Docs/together.md). Writes, in the repository's own
    /// configuration, the merge driver `merge.pingdian` (`<pingdian> merge-notes %O %A %B`), and
    /// adds `PATTERN merge=pingdian` to the `.gitattributes` at its top unless it is there.
    /// Running it again changes nothing. `command` is how git runs pingdian: by default `pingdian`
    /// when that is the program running, else this program's full path.
    public static func gitSetup(directory: String, pattern: String, command: String?,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        do {
            return CommandResult(output: CommandResult.bytes(lines: try settingUpGit(directory: directory, pattern: pattern, command: command,
                                                                                     environment: environment)))
        } catch {
            return .failed(CommandFailure(error))
        }
    }

    private static func settingUpGit(directory: String, pattern: String, command: String?, environment: [String: String]) throws -> [String] {
        guard let git = ExternalCommand.find("git", environment: environment) else {
            throw CommandFailure(message: "git is not on PATH: install git first", exitCode: 69)
        }
        let topLevel = try ExternalCommand.run(git, ["-C", directory, "rev-parse", "--show-toplevel"], environment: environment)
        guard topLevel.status == 0 else {
            throw CommandFailure(message: "\(directory) is not in a git repository: run 'git init' there first", exitCode: 66)
        }
        let top = String(decoding: topLevel.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let driver = (command ?? Self.pingdianCommand(environment: environment)) + " merge-notes %O %A %B"
        for (key, value) in [("merge.pingdian.name", "pingdian notes, merged note by note"), ("merge.pingdian.driver", driver)] {
            let set = try ExternalCommand.run(git, ["-C", top, "config", key, value], environment: environment)
            guard set.status == 0 else { throw CommandFailure(message: "git config \(key) failed in \(top)", exitCode: 73) }
        }
        let attributes = URL(fileURLWithPath: top).appendingPathComponent(".gitattributes")
        let line = "\(pattern) merge=pingdian"
        let existing = (try? String(contentsOf: attributes, encoding: .utf8)) ?? ""
        var said = ["git config merge.pingdian.driver \"\(driver)\" (in \(top)/.git/config)"]
        if existing.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) {
            said.append(".gitattributes already has: \(line)")
        } else {
            let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
            do {
                try Data((existing + separator + line + "\n").utf8).write(to: attributes, options: .atomic)
            } catch {
                throw CommandFailure(message: "\(attributes.path): cannot be written (\(error.localizedDescription))", exitCode: 73)
            }
            said.append(".gitattributes: added \(line) — commit it; every other clone runs 'pingdian git-setup' once")
        }
        return said
    }

    /// How git should run this program: `pingdian` when that name on `PATH` is this very
    /// program, else its full path (quoted for the shell when it needs it).
    static func pingdianCommand(environment: [String: String]) -> String {
        let running = URL(fileURLWithPath: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
            : (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            .resolvingSymlinksInPath().path
        if let onPath = ExternalCommand.find("pingdian", environment: environment),
           URL(fileURLWithPath: onPath).resolvingSymlinksInPath().path == running {
            return "pingdian"
        }
        let safe = running.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+".unicodeScalars.contains($0) }
        return safe ? running : "'" + running.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
