import ArgumentParser
import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime

/// `pingdian manual`: pingdian(1) in mdoc, for `make install` (hidden from the help).
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: "Print the manual page pingdian(1) in mdoc.", shouldDisplay: false)

    func run() throws {
        // What the argument parser says of every command: this very program, asked for its dump.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--experimental-dump-help"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let dump = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // SOURCE_DATE_EPOCH, as reproducible builds set it; else today.
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let page = try ManualPage(dump: dump, keys: KeyHelpSection.all(strings: UIStrings(.english)), date: epoch.map(Date.init(timeIntervalSince1970:)) ?? Date())
        FileHandle.standardOutput.write(Data(page.mdoc.utf8))
    }
}
