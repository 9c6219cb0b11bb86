import Foundation
@testable import PingdianCore
import PingdianTestSupport
import Testing

/// The essay's reading report opened in a real browser: headless Chromium (Debian's `chromium`,
/// which `Scripts/test` installs).
@Suite("HTML report in headless Chromium", .serialized)
struct HTMLBrowserTests {
    @Test("The essay's report: Chromium's DOM keeps every highlight and the both-way links; a PNG screenshot",
          .needs(.chromium), .timeLimit(.minutes(3)))
    func essayInChromium() throws {
        let chromium = try #require(ExternalProgram.chromium.path)
        let export = try ExportFixture.essay()
        let html = HTMLExporter.export(export, language: .traditionalChinese)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("essay.html")
        try html.write(to: page, atomically: true, encoding: .utf8)

        let dom = try Self.run(chromium, ["--dump-dom", page.absoluteString], in: folder)
        // The browser built the same elements the file has: no highlight or card was moved or dropped.
        #expect(ExportTestSupport.count("<mark ", in: dom) == ExportTestSupport.count("<mark ", in: html))
        #expect(ExportTestSupport.count("<div class=\"note ", in: dom) == export.annotations.count)
        #expect(ExportTestSupport.count("<p class=\"para\">", in: dom) == export.document.paragraphs.count)
        for annotation in export.annotations where annotation.range != nil {
            #expect(dom.contains("<mark class=\"hl \(HTMLEscaping.kindClass(annotation.kindKey))\" id=\"\(HTMLEscaping.passageID(annotation.id))\""),
                    "no highlight for \(annotation.id)")
        }
        #expect(export.contradictionPairs.count == 20)
        for (first, second) in export.contradictionPairs {
            for (from, to) in [(first, second), (second, first)] {
                let card = HTMLExportTests.card(HTMLEscaping.noteID(from.id), in: dom)
                #expect(card?.contains("href=\"#\(HTMLEscaping.passageID(to.id))\"") == true, "\(from.id) does not link to \(to.id)")
            }
        }

        let screenshot = folder.appendingPathComponent("essay.png")
        _ = try Self.run(chromium, ["--screenshot=\(screenshot.path)", "--window-size=1200,2000", page.absoluteString], in: folder)
        let png = try Data(contentsOf: screenshot)
        #expect(png.count > 10_000)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        if let keep = ProcessInfo.processInfo.environment["PINGDIAN_KEEP_SCREENSHOT"] {
            try? png.write(to: URL(fileURLWithPath: keep))
        }
    }

    /// Runs headless Chromium with its own profile folder; returns standard output. Fails after a minute.
    static func run(_ chromium: String, _ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)"] + arguments
        let output = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("chromium did not finish within a minute: \(arguments)")
        }
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}
