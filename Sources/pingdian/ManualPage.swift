import Foundation
import PingdianApp

/// pingdian(1) in mdoc, made from what swift-argument-parser says of every command
/// (`--experimental-dump-help`: names, abstracts, discussions, options, defaults), with the
/// reader's keys from its key maps (the sections `?` shows) and the environment and files.
/// Written by hand rather than by the GenerateManual plugin, which drops every character that is
/// not ASCII (the Chinese of the examples); `make man` runs `pingdian manual`.
struct ManualPage {
    /// A command as the dump describes it (the members the page uses).
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    /// An argument, option or flag as the dump describes it.
    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var kind: String
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?
        var discussion: String?
    }

    private struct Dump: Decodable {
        var command: Command
    }

    let root: Command
    /// The reader's keys, section by section.
    let keys: [KeyHelpSection]
    /// The date on the page.
    let date: Date

    /// The page of the dump's JSON.
    init(dump: Data, keys: [KeyHelpSection], date: Date) throws {
        root = try JSONDecoder().decode(Dump.self, from: dump).command
        self.keys = keys
        self.date = date
    }

    /// The whole page.
    var mdoc: String {
        var lines = [".Dd " + Self.day(date), ".Dt PINGDIAN 1", ".Os", ".Sh NAME", ".Nm pingdian",
                     ".Nd " + Self.text(Self.description(root.abstract ?? "")), ".Sh SYNOPSIS",
                     ".Nm", ".Op Ar file", ".Op Ar options", ".Nm", ".Ar command", ".Op Ar arguments", ".Sh DESCRIPTION"]
        lines += Self.paragraphs(root.discussion ?? "")
        let commands = (root.subcommands ?? []).filter { $0.shouldDisplay ?? true && $0.commandName != "help" }
        if let read = commands.first(where: { $0.commandName == "read" }) {
            lines += [".Sh OPTIONS", "The options of the reader, the default command:"]
            lines += Self.options(read)
        }
        lines += [".Sh COMMANDS", ".Bl -tag -width Ds"]
        for command in commands {
            lines += [".It Cm " + command.commandName, Self.text(command.abstract ?? "")]
            if let discussion = command.discussion, !discussion.isEmpty { lines += [".Pp"] + Self.paragraphs(discussion) }
            lines += Self.options(command)
        }
        lines.append(".El")
        lines += [".Sh KEYS", "The reader's keys, as its help screen", ".Pq Ic \\&?", "lists them."]
        for section in keys {
            lines += [".Ss " + Self.text(section.title), ".Bl -tag -width Ds"]
            for row in section.rows { lines += [".It Sy " + Self.macroArgument(row.keys), Self.text(row.help)] }
            lines.append(".El")
        }
        lines += [
            ".Sh ENVIRONMENT", ".Bl -tag -width Ds",
            ".It Ev LC_ALL , LC_MESSAGES , LANG", "The interface language (Traditional Chinese or English) when --ui-lang is not given.",
            ".It Ev NO_COLOR", "Set to anything: no colours, attributes only.",
            ".It Ev PINGDIAN_AUTHOR", "Your name on the notes you make, when --author is not given (then git's user.name, then the login name).",
            ".It Ev XDG_DATA_HOME", "Where reading positions, notes and your dictionaries live (default ~/.local/share).",
            ".It Ev VISUAL , EDITOR", "The editor Ctrl-G opens on a note.",
            ".It Ev TERM", "The terminal; an unknown one is said in one line.",
            ".El",
            ".Sh FILES", ".Bl -tag -width Ds",
            ".It Pa $XDG_DATA_HOME/pingdian/", "One state file per text: the reading position, your notes, the words you saved.",
            ".It Pa $XDG_DATA_HOME/pingdian/dictionaries/", "Your own StarDict or CC-CEDICT dictionaries, looked up after the bundled one.",
            ".El",
            ".Sh SEE ALSO", ".Xr less 1 , .Xr git 1 , .Xr vim 1",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The one-line description of NAME: the abstract without the name in front ("評點 — read…"
    /// becomes "read… (評點)", as the page's name is already pingdian).
    static func description(_ abstract: String) -> String {
        let parts = abstract.components(separatedBy: " — ")
        guard parts.count == 2 else { return abstract }
        var rest = parts[1]
        if rest.hasSuffix(".") { rest.removeLast() }
        return rest + " (" + parts[0] + ")"
    }

    /// A command's options and arguments as a tag list; none when it has none to show.
    static func options(_ command: Command) -> [String] {
        let shown = (command.arguments ?? []).filter { $0.shouldDisplay && !($0.names ?? []).contains { $0.name == "help" || $0.name == "version" } }
        guard !shown.isEmpty else { return [] }
        var lines = [".Bl -tag -width Ds"]
        for argument in shown {
            var item = ".It "
            if argument.kind == "positional" {
                item += "Ar " + (argument.valueName ?? "value") + (argument.isRepeating ? " ..." : "")
            } else {
                let names = (argument.names ?? []).map { name in name.kind == "short" ? "Fl " + name.name : "Fl -" + name.name }
                item += names.joined(separator: " , ")
                if argument.kind == "option" { item += " Ar " + (argument.valueName ?? "value") }
            }
            lines.append(item)
            var help = argument.abstract ?? ""
            if let value = argument.defaultValue, !value.isEmpty { help += " (default: \(value))" }
            lines.append(text(help))
            if let discussion = argument.discussion, !discussion.isEmpty { lines.append(text(discussion)) }
        }
        lines.append(".El")
        return lines
    }

    /// Paragraphs of running text, separated by .Pp.
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { self.text($0.replacingOccurrences(of: "\n", with: " ")) }
            .filter { !$0.isEmpty }.enumerated().flatMap { index, paragraph in index == 0 ? [paragraph] : [".Pp", paragraph] }
    }

    /// One line of text safe in mdoc: backslashes escaped, a leading dot or quote guarded.
    static func text(_ text: String) -> String {
        var line = text.replacingOccurrences(of: "\\", with: "\\e").trimmingCharacters(in: .whitespaces)
        if line.hasPrefix(".") || line.hasPrefix("'") { line = "\\&" + line }
        return line
    }

    /// Words after a macro: as ``text(_:)``, and a word that is a macro's name (`Ar`, `Fl`…) kept
    /// as text.
    static func macroArgument(_ words: String) -> String {
        text(words).split(separator: " ", omittingEmptySubsequences: false).map { (word: Substring) -> String in
            let isMacroName = (2...3).contains(word.count) && word.first!.isUppercase && word.dropFirst().allSatisfy(\.isLowercase)
            return isMacroName ? "\\&" + word : String(word)
        }.joined(separator: " ")
    }

    /// "December 7, 2026", as mdoc's .Dd has it.
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MMMM d, yyyy"
        return formatter.string(from: date)
    }
}
