import Foundation
import PingdianCore
import PingdianRuntime
import Testing

/// `pingdian sources`: the passages checked against what they attribute, for people and scripts
/// (issue 14, item 4).
@Suite("pingdian sources")
struct SourcesCommandTests {
    @Test("The bundled essay's 86 passages, each with a verdict on the scale, and with a URL where a source was found")
    func bundled() throws {
        let result = Commands.sources(file: nil, layer: nil, json: true)
        #expect(result.exitCode == 0 && result.failure == nil)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output)) as? [[String: Any]])
        #expect(entries.count == 86)
        let scale = Set(AnnotationSource.Verdict.allCases.map(\.rawValue))
        for entry in entries {
            let verdict = try #require(entry["verdict"] as? String)
            #expect(scale.contains(verdict))
            if verdict != "not-in-source" { #expect(entry["url"] is String, "\(entry["id"] ?? "")") }
            #expect(entry["paragraph"] is Int)
        }
        #expect(Set(entries.compactMap { $0["verdict"] as? String }).count == 5, "not all faithful")
        let plain = String(decoding: Commands.sources(file: nil, layer: nil, json: false).output, as: UTF8.self)
        #expect(plain.hasPrefix("¶1 selective src-01\n  「一個科學家"))
    }

    @Test("A text with no sources layer is exit 66; one given with --layer is listed")
    func givenLayer() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let text = try scratch.write("t.txt", "他說甲是對的。\n")
        #expect(Commands.sources(file: text, layer: nil, json: false).failure?.exitCode == 66)
        let layer = try scratch.write("t.sources.json", #"{"format": "pingdian-layer", "version": 1, "id": "s", "annotations": [{"id": "s1", "kind": "reconstruction", "anchor": {"exact": "甲是對的", "start": 2, "end": 6}, "source": {"url": "https://example.org", "words": "A is right.", "verdict": "faithful-quote"}}]}"#)
        let listed = Commands.sources(file: text, layer: nil, json: false)
        #expect(String(decoding: listed.output, as: UTF8.self) == "¶1 faithful-quote s1\n  「甲是對的」\n  “A is right.”\n  https://example.org\n")
        #expect(Commands.sources(file: text, layer: layer, json: false).failure == nil)
    }
}
