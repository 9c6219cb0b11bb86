import Foundation
import PingdianCore
import PingdianRuntime
import Testing

/// `pingdian export` as a library call: the export built in memory, its warnings, its usage errors.
@Suite("export without the executable")
struct ExportCommandTests {
    static let text = "儘管天冷，但我們出門。\n"

    @Test("The curated layer and the notes are exported together, in reading order; an id both use is warned about")
    func curatedAndNotes() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let path = try scratch.write("essay.txt", Self.text)
        try scratch.write("essay.moves.json", #"""
            {"format": "pingdian-layer", "version": 1, "id": "curated", "annotations": [
              {"id": "m1", "kind": "concession", "anchor": {"exact": "儘管天冷", "start": 0, "end": 4}}]}
            """#)
        let document = TextDocument(title: "essay.txt", text: Self.text)
        func notes(_ name: String, id: String) throws -> String {
            let note = Annotation(id: id, kind: "claim", anchor: TextAnchor.make(range: 7..<10, in: document), note: "出門")
            _ = try StateStore.apply([.saving(note)], to: URL(fileURLWithPath: scratch.path(name)), document: document, path: path)
            return scratch.path(name)
        }

        var warnings: [String] = []
        let export = try Commands.exportDocument(ExportRequest(file: path, format: .json, notes: notes("notes.json", id: "n1")),
                                                 language: .english, environment: [:], warnings: &warnings)
        #expect(export.annotations.map { "\($0.layer.rawValue) \($0.quote)" } == ["curated 儘管天冷", "user 們出門"])
        #expect(warnings.isEmpty)

        let csv = Commands.export(ExportRequest(file: path, format: .csv, layers: [.user], notes: scratch.path("notes.json")), environment: [:])
        #expect(csv.failure == nil && csv.warnings.isEmpty)
        #expect(csv.text.contains("們出門") && !csv.text.contains("儘管天冷"))

        let shared = Commands.export(ExportRequest(file: path, format: .json, notes: try notes("shared.json", id: "m1")), environment: [:])
        #expect(shared.warnings == [#"warning: the id "m1" is used by the curated and user layers; links to it are ambiguous"#])
    }

    @Test("An unknown format, layer or kind is bad usage that lists the valid ones")
    func usage() throws {
        #expect(throws: CommandFailure.self) { try ExportSelection.format("docx") }
        do {
            _ = try ExportSelection.layers("curated,mine")
            Issue.record("mine is not a layer")
        } catch {
            #expect(error.isUsage && error.message == "unknown layer 'mine'; the layers are curated, user, hints, conversion")
        }
        #expect(try ExportSelection.layers(" user , hints,") == [.user, .hints])
        #expect(try ExportSelection.format("W3C") == .w3c)
    }
}
