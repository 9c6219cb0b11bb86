import Foundation
import PingdianCore
import PingdianTestSupport
import Testing

/// `pingdian export` and `pingdian import` on the real binary: a text with a curated layer next to
/// it and the reader's notes in a state file, written to files and read back.
@Suite("pingdian export and import")
struct ExportImportCommandTests {
    static let text = "甲說：「天下𠀀事，皆可為也」。乙曰：不然*，非|全對。\n\n丙以為，甲之言自相矛盾，<script>亦無用。\n"

    /// A folder with `essay.txt`, its curated layer `essay.moves.json` (one claim) and a notes
    /// file `notes.json` holding three notes: overlapping, linked, with awkward notes.
    struct Setup {
        let folder: ScratchFolder
        let text: String
        let notes: String

        init() throws {
            folder = try ScratchFolder()
            text = try folder.write("essay.txt", Array(ExportImportCommandTests.text.utf8))
            let document = TextDocument(title: "essay.txt", text: ExportImportCommandTests.text)
            func anchor(_ quote: String) -> TextAnchor {
                let scalars = Array(quote.unicodeScalars)
                let start = (0...(document.scalarCount - scalars.count)).first { Array(document.scalars[$0..<$0 + scalars.count]) == scalars } ?? 0
                return TextAnchor.make(range: start..<start + scalars.count, in: document)
            }
            let layer = AnnotationLayer(id: "curated", annotations: [
                Annotation(id: "m1", kind: "claim", anchor: anchor("乙曰：不然*"), note: "乙的反駁"),
            ])
            try folder.write("essay.moves.json", layer.encoded())
            notes = folder.url.appendingPathComponent("notes.json").path
            _ = try StateStore.apply([
                .saving(Annotation(id: "n1", kind: "claim", anchor: anchor("天下𠀀事，皆可為也"), note: "他說 \"一切可為\"，\n然否？")),
                .saving(Annotation(id: "n2", kind: "irony", anchor: anchor("皆可為也」。乙曰"), note: "<script>alert(1)</script> | * , 𠀀")),
                .saving(Annotation(id: "n3", kind: "contradiction", anchor: anchor("甲之言自相矛盾"),
                                             links: [AnnotationLink(type: .contradicts, target: "n1"), AnnotationLink(type: .supports, target: "m1")])),
            ], to: URL(fileURLWithPath: notes), document: document, path: text)
        }

        func remove() { folder.remove() }
    }

    /// The `annotations` of a pingdian export, as (kind, quote, start, end, note, links as "type→quote").
    static func fields(ofJSON output: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let annotations = try #require(object["annotations"] as? [[String: Any]])
        let quoteByID = Dictionary(annotations.map { ($0["id"] as? String ?? "", $0["quote"] as? String ?? "") }) { a, _ in a }
        return annotations.map { annotation in
            let links = (annotation["links"] as? [[String: Any]] ?? []).map {
                "\($0["type"] as? String ?? "")→\(quoteByID[$0["target"] as? String ?? ""] ?? "?")"
            }.sorted()
            return ["\(annotation["kind"] ?? "")", "\(annotation["quote"] ?? "")", "\(annotation["start"] ?? "")",
                    "\(annotation["end"] ?? "")", "\(annotation["note"] ?? "")", links.joined(separator: ";")].joined(separator: " | ")
        }
    }

    @Test("export --format json: the curated layer and the notes by default, in reading order, with layers and links")
    func exportJSON() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let run = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", setup.notes])
        #expect(run.exitCode == 0 && run.standardError == "", "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "pingdian-export" && object["version"] as? Int == 1)
        let annotations = try #require(object["annotations"] as? [[String: Any]])
        #expect(annotations.map { $0["id"] as? String } == ["n1", "n2", "m1", "n3"])
        #expect(annotations.map { $0["layer"] as? String } == ["user", "user", "curated", "user"])
        #expect(annotations[0]["start"] as? Int == 4 && annotations[0]["end"] as? Int == 13)
        #expect(annotations[1]["note"] as? String == "<script>alert(1)</script> | * , 𠀀")
        let kinds = try #require(object["taxonomy"] as? [[String: Any]]).map { $0["key"] as? String }
        #expect(kinds == ["claim", "contradiction", "irony"], "the kinds used, in the taxonomy's order")

        let onlyCurated = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", setup.notes, "--layers", "curated"])
        #expect(try Self.fields(ofJSON: onlyCurated.standardOutput).count == 1)
        let onlyIrony = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", setup.notes, "--kinds", "irony"])
        #expect(try Self.fields(ofJSON: onlyIrony.standardOutput).count == 1)
        let withHints = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", setup.notes, "--layers", "curated,user,hints"])
        #expect(try Self.fields(ofJSON: withHints.standardOutput).count >= 4)
    }

    @Test("--output writes the file atomically and nothing on standard output; an unwritable place is exit 73")
    func output() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let path = setup.folder.url.appendingPathComponent("out.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let run = try CommandRun.pingdian(["export", setup.text, "--format", "hypothesis", "--notes", setup.notes, "--output", path])
        #expect(run.exitCode == 0 && run.standardOutput == "" && run.standardError == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect((object["annotations"] as? [Any])?.count == 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.folder.url.path).sorted()
                == ["essay.moves.json", "essay.txt", "notes.json", "notes.json.lock", "out.json"], "no temporary file left")
        let nowhere = try CommandRun.pingdian(["export", setup.text, "--format", "json", "-o", "/nonexistent/dir/out.json"])
        #expect(nowhere.exitCode == 73 && nowhere.standardError.hasPrefix("pingdian: /nonexistent/dir/out.json: cannot write the export"))
    }

    @Test("Unknown format, layer or kind: usage error listing the valid ones")
    func usage() throws {
        let format = try CommandRun.pingdian(["export", "--format", "docx"])
        #expect(format.exitCode == 64)
        #expect(format.standardError.contains("unknown format 'docx'; the formats are markdown, json, w3c, hypothesis, html, csv, brat, argdown"))
        let layer = try CommandRun.pingdian(["export", "--format", "json", "--layers", "curated,mine"])
        #expect(layer.exitCode == 64 && layer.standardError.contains("unknown layer 'mine'; the layers are curated, user, hints"))
        let kind = try CommandRun.pingdian(["export", "--format", "json", "--kinds", "claim,hyperbole"])
        #expect(kind.exitCode == 64 && kind.standardError.contains("unknown kind 'hyperbole'; the kinds are claim, concession,"))
        let missing = try CommandRun.pingdian(["export"])
        #expect(missing.exitCode == 64 && missing.standardError.contains("--format"))
    }

    @Test("Every format is written for the bundled essay; brat with --output also writes its text and configuration")
    func everyFormat() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for format in ExportFormat.allCases {
            let run = try CommandRun.pingdian(["export", "--format", format.rawValue])
            #expect(run.exitCode == 0, "\(format): \(run.standardError)")
            #expect(run.standardOutput.contains("自相矛盾") || format == .brat || format == .csv, "\(format)")
            #expect(run.standardOutput.count > 1000, "\(format)")
        }
        let ann = folder.url.appendingPathComponent("essay.ann").path
        let brat = try CommandRun.pingdian(["export", "--format", "brat", "--output", ann])
        #expect(brat.exitCode == 0)
        let text = try String(contentsOfFile: folder.url.appendingPathComponent("essay.txt").path, encoding: .utf8)
        #expect(text.unicodeScalars.count == 6512)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("annotation.conf").path))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("visual.conf").path))
        #expect(try String(contentsOfFile: ann, encoding: .utf8).contains("Contradicts"))
    }

    @Test("export --format w3c of the bundled essay with a few notes passes the W3C validator", .needs(.jsonschema))
    func w3cEssay() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let notes = folder.url.appendingPathComponent("notes.json").path
        let text = try LoadedEssay.document()
        func anchor(_ quote: String) -> TextAnchor {
            let scalars = Array(quote.unicodeScalars)
            let start = (0...(text.scalarCount - scalars.count)).first { Array(text.scalars[$0..<$0 + scalars.count]) == scalars } ?? 0
            return TextAnchor.make(range: start..<start + scalars.count, in: text)
        }
        _ = try StateStore.apply([
            .saving(Annotation(id: "note-a", kind: "irony", anchor: anchor("一個科學家"), note: "「一個」<b>*貶*</b> | 𠀀",
                                         links: [AnnotationLink(type: .contradicts, target: "c-mission-1")])),
            .saving(Annotation(id: "note-b", kind: "claim", anchor: anchor("科學家,幾個月前"), note: "兩行\n批語")),
        ], to: URL(fileURLWithPath: notes), document: text, path: nil)
        let out = folder.url.appendingPathComponent("essay.w3c.json").path
        let run = try CommandRun.pingdian(["export", "--format", "w3c", "--notes", notes, "-o", out])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let result = try W3CValidator.validate(file: out, optional: false)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.contains(", 0 MUST failures"), "\(result.output)")
    }

    @Test("JSON → import → JSON and W3C → import → JSON give the same annotations; a second import skips them all")
    func roundTrips() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let original = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", setup.notes, "--layers", "user"])
        for format in ["json", "w3c", "hypothesis"] {
            let exported = try CommandRun.pingdian(["export", setup.text, "--format", format, "--notes", setup.notes, "--layers", "user"])
            let file = try setup.folder.write("export.\(format)", Array(exported.standardOutput.utf8))
            let fresh = setup.folder.url.appendingPathComponent("fresh-\(format).json").path
            let imported = try CommandRun.pingdian(["import", file, setup.text, "--notes", fresh])
            #expect(imported.exitCode == 0, "\(imported.standardError)")
            #expect(imported.standardOutput.hasPrefix("3 imported, 0 skipped as duplicates, 0 orphaned ("), "\(imported.standardOutput)")
            let again = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", fresh, "--layers", "user"])
            #expect(try Self.fields(ofJSON: again.standardOutput) == Self.fields(ofJSON: original.standardOutput), "\(format)")
            let twice = try CommandRun.pingdian(["import", file, setup.text, "--notes", fresh])
            #expect(twice.standardOutput.hasPrefix("0 imported, 3 skipped as duplicates, 0 orphaned ("), "\(twice.standardOutput)")
        }
    }

    @Test("W3C → import → W3C gives the same annotations and links")
    func w3cRoundTrip() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let exported = try CommandRun.pingdian(["export", setup.text, "--format", "w3c", "--notes", setup.notes, "--layers", "user"])
        let file = try setup.folder.write("export.w3c.json", Array(exported.standardOutput.utf8))
        let fresh = setup.folder.url.appendingPathComponent("fresh.json").path
        #expect(try CommandRun.pingdian(["import", file, setup.text, "--notes", fresh]).exitCode == 0)
        let again = try CommandRun.pingdian(["export", setup.text, "--format", "w3c", "--notes", fresh, "--layers", "user"])
        func comparable(_ output: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let items = try #require((object["first"] as? [String: Any])?["items"] as? [[String: Any]])
            // Only the dates may differ: the import stamps when the notes were changed.
            return try items.map { item in
                var item = item
                item["modified"] = nil
                item["created"] = nil
                return String(decoding: try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys]), as: UTF8.self)
            }
        }
        #expect(try comparable(again.standardOutput) == comparable(exported.standardOutput))
    }

    @Test("import keeps the notes already there, renames a taken id, --dry-run writes nothing, the curated layer counts for duplicates")
    func importIntoExisting() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let exported = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", setup.notes])
        var edited = exported.standardOutput.replacingOccurrences(of: "\"note\" : \"<script>", with: "\"note\" : \"changed <script>")
        edited = edited.replacingOccurrences(of: "\"prefix\" : \"甲說：「\"", with: "\"prefix\" : \"\"")
        let file = try setup.folder.write("export.json", Array(edited.utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: setup.notes))
        let dry = try CommandRun.pingdian(["import", file, setup.text, "--notes", setup.notes, "--dry-run"])
        #expect(dry.exitCode == 0)
        #expect(dry.standardOutput.hasPrefix("1 to import, 3 skipped as duplicates, 0 orphaned, 1 given a new id (pingdian export file, dry run, nothing written to "),
                "\(dry.standardOutput)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: setup.notes)) == before)
        let run = try CommandRun.pingdian(["import", file, setup.text, "--notes", setup.notes])
        #expect(run.standardOutput.hasPrefix("1 imported, 3 skipped as duplicates, 0 orphaned, 1 given a new id (pingdian export file, into "))
        let listed = try CommandRun.pingdian(["notes", setup.text, "--notes", setup.notes, "--json"])
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]]).map { $0["id"] as? String }
        #expect(ids == ["n1", "n2", "n2-2", "n3"])
    }

    @Test("Hints imported as notes get ids of their own, so an export of notes and hints has no id twice")
    func hintsAsNotes() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let hints = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--layers", "hints"])
        let count = try Self.fields(ofJSON: hints.standardOutput).count
        #expect(count > 0, "the cue rules find something in the fixture")
        let file = try setup.folder.write("hints.json", Array(hints.standardOutput.utf8))
        let fresh = setup.folder.url.appendingPathComponent("fresh.json").path
        let imported = try CommandRun.pingdian(["import", file, setup.text, "--notes", fresh])
        #expect(imported.standardOutput.hasPrefix("\(count) imported, 0 skipped as duplicates, 0 orphaned, \(count) given a new id ("))
        let both = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", fresh, "--layers", "user,hints"])
        #expect(both.standardError == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(both.standardOutput.utf8)) as? [String: Any])
        let ids = try #require(object["annotations"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids.count == 2 * count && Set(ids).count == ids.count)
    }

    @Test("import refuses what it cannot read: not an export (65), a missing file (66), a corrupt notes file (65, untouched)")
    func importRefusals() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let layer = setup.folder.url.appendingPathComponent("essay.moves.json").path
        let notAnExport = try CommandRun.pingdian(["import", layer, setup.text, "--notes", setup.notes])
        #expect(notAnExport.exitCode == 65)
        #expect(notAnExport.standardError.hasPrefix("pingdian: \(layer): a \"pingdian-layer\" file is not something pingdian imports; expected"))
        let missing = try CommandRun.pingdian(["import", "/nonexistent.json", setup.text])
        #expect(missing.exitCode == 66 && missing.standardError == "pingdian: /nonexistent.json: no such file\n")
        let exported = try CommandRun.pingdian(["export", setup.text, "--format", "w3c", "--notes", setup.notes])
        let file = try setup.folder.write("export.json", Array(exported.standardOutput.utf8))
        let corrupt = try setup.folder.write("corrupt.json", Array(#"{"format": "pingdian-state", "version": 2, "#.utf8))
        let run = try CommandRun.pingdian(["import", file, setup.text, "--notes", corrupt])
        #expect(run.exitCode == 65 && run.standardError.contains("not a valid pingdian state file"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: corrupt)) == Data(#"{"format": "pingdian-state", "version": 2, "#.utf8))
        let other = setup.folder.url.appendingPathComponent("other.json").path
        let elsewhere = try CommandRun.pingdian(["import", file, "--notes", other])
        #expect(elsewhere.exitCode == 0)
        #expect(elsewhere.standardError.contains("was exported from another text") == false, "W3C files do not name their text's hash")
        #expect(elsewhere.standardOutput.hasPrefix("4 imported, 0 skipped as duplicates, 4 orphaned ("), "\(elsewhere.standardOutput)")
        let json = try CommandRun.pingdian(["export", setup.text, "--format", "json", "--notes", setup.notes])
        let jsonFile = try setup.folder.write("export.json", Array(json.standardOutput.utf8))
        let warned = try CommandRun.pingdian(["import", jsonFile, "--notes", other, "--dry-run"])
        #expect(warned.standardError.contains("was exported from another text"), "\(warned.standardError)")
    }
}

/// The bundled essay as the binary decodes it, from the repository's Texts/.
enum LoadedEssay {
    static func document() throws -> TextDocument {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Texts/amodei-deepseek-essay.zh-Hant.txt")
        return try TextDecoder.decode(Array(try Data(contentsOf: url)), title: url.lastPathComponent).0
    }
}
