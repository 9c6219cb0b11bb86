import Foundation
import PropertyBased
import Testing
@testable import PingdianCore

/// The layer, taxonomy and state readers decode from the parsed ``JSONValue`` (``JSONField``),
/// no longer through `JSONDecoder` and `Codable`: on the shipped files and on every input of
/// the JSON properties they give the same value, or the same error (path, id, message), as the
/// `Codable` reading they replaced, which stays as the reference here.
@Suite("Property: decoding without Codable", .timeLimit(.minutes(2)))
struct FieldDecodingPropertyTests {
    /// The taxonomy file as the `Codable` reading saw it.
    private struct TaxonomyFile: Decodable {
        var kinds: [MoveKind]
    }

    /// What a reader gave: a value or an error as the reader is told it (the `Codable` reading
    /// keeps `JSONDecoder`'s words where the field reading has a problem value of the same words).
    enum Outcome<Value: Hashable>: Hashable {
        case value(Value)
        case error(String)

        init(_ body: () throws(FileFormatError) -> Value) {
            do { self = .value(try body()) } catch { self = .error(error.description) }
        }
    }

    /// The `Codable` reading of a file of `kind` (0 layer, 1 taxonomy, 2 state) and the new one.
    static func outcomes(_ bytes: [UInt8], kind: Int) -> (codable: AnyHashable, field: AnyHashable) {
        switch kind {
        case 0:
            let reader = JSONFileReader(format: AnnotationLayer.format, supportedVersion: AnnotationLayer.supportedVersion,
                                        identifyingMembers: ["annotations": "id"])
            let codable = Outcome { () throws(FileFormatError) in
                let layer = try reader.decode(AnnotationLayer.self, from: bytes)
                try layer.validate()
                return layer
            }
            return (codable, Outcome { () throws(FileFormatError) in try AnnotationLayer.decode(bytes) })
        case 1:
            let reader = JSONFileReader(format: Taxonomy.format, supportedVersion: Taxonomy.supportedVersion,
                                        identifyingMembers: ["kinds": "key"])
            let codable = Outcome { () throws(FileFormatError) in
                try Taxonomy(checking: reader.decode(TaxonomyFile.self, from: bytes).kinds)
            }
            return (codable, Outcome { () throws(FileFormatError) in try Taxonomy.decode(bytes) })
        default:
            let reader = JSONFileReader(format: ReadingState.format, supportedVersion: ReadingState.supportedVersion,
                                        identifyingMembers: ["annotations": "id"])
            let codable = Outcome { () throws(FileFormatError) in try reader.decode(ReadingState.self, from: bytes) }
            return (codable, Outcome { () throws(FileFormatError) in try ReadingState.decode(bytes) })
        }
    }

    /// Expects both readings of `bytes` to agree.
    static func expectSame(_ bytes: [UInt8], kind: Int, _ input: @autoclosure () -> String) {
        let (codable, field) = outcomes(bytes, kind: kind)
        #expect(codable == field, "\(input()): Codable \(codable), JSONField \(field)")
    }

    @Test("The shipped layer and taxonomy, and the samples of the JSON properties, read the same")
    func shippedFiles() throws {
        let texts = ExportFixture.textsFolder
        let layer = try Data(contentsOf: texts.appendingPathComponent("amodei-deepseek-essay.zh-Hant.moves.json"))
        let taxonomy = try Data(contentsOf: texts.appendingPathComponent("moves.taxonomy.json"))
        let (codableLayer, fieldLayer) = Self.outcomes(Array(layer), kind: 0)
        #expect(codableLayer == fieldLayer)
        guard case .value(let decoded)? = fieldLayer.base as? Outcome<AnnotationLayer> else {
            Issue.record("the shipped layer does not read: \(fieldLayer)")
            return
        }
        #expect(decoded.annotations.count > 90)
        Self.expectSame(Array(taxonomy), kind: 1, "the shipped taxonomy")
        for kind in 0...2 { Self.expectSame(JSONPropertyTests.sample(kind), kind: kind, "sample \(kind)") }
    }

    @Test("Numbers where integers go, out of range, nulls and unknown members: the same value or the same message")
    func chosenEdits() {
        let state = String(decoding: JSONPropertyTests.stateBytes, as: UTF8.self)
        let layer = String(decoding: JSONPropertyTests.layerBytes, as: UTF8.self)
        let edits: [(String, String)] = [
            (#""offset" : 120"#, #""offset" : 120.0"#), (#""offset" : 120"#, #""offset" : 1.2e2"#),
            (#""offset" : 120"#, #""offset" : -0.0"#), (#""offset" : 120"#, #""offset" : 1e999"#),
            (#""offset" : 120"#, #""offset" : null"#), (#""offset" : 120"#, #""offset" : 1.5"#),
            (#""offset" : 120"#, #""offset" : 1e20"#), (#""offset" : 120"#, #""offset" : "120""#),
            (#""offset" : 120"#, #""offset" : 120, "more" : [1.0, {"a" : 2e0}]"#),
            (#""offset" : 120"#, #""offset" : 120, "more" : [1e999]"#),
            (#""offset" : 120"#, #""offset" : 120, "more" : {"a" : {"b" : -1e999}}"#),
            (#""offset" : 120"#, #""offset" : 120, "more" : null"#),
            (#""quote" : "#, #""quote" : null, "q" : "#), (#""title" : "#, #""title" : 7, "t" : "#),
            (#""annotations" : ["#, #""annotations" : null, "a" : ["#), (#""annotations" : ["#, #""annotations" : {}, "a" : ["#),
            (#""updated" : ""#, #""updated" : "yesterday", "u" : ""#), (#""text" : {"#, #""text" : null, "t" : {"#),
            (#""created" : ""#, #""created" : "soon", "c" : ""#), (#""links" : ["#, #""links" : [null, "#),
        ]
        for (old, new) in edits {
            let edited = state.replacingOccurrences(of: old, with: new)
            #expect(edited != state || !state.contains(old), "\(old) is not in the sample")
            Self.expectSame(Array(edited.utf8), kind: 2, "state with \(new)")
        }
        let layerEdits: [(String, String)] = [
            (#""start" : "#, #""start" : 1.0, "s" : "#), (#""start" : "#, #""start" : null, "s" : "#),
            (#""anchor" : {"#, #""anchor" : null, "a" : {"#), (#""anchor" : {"#, #""anchor" : [], "a" : {"#),
            (#""type" : "#, #""type" : 3, "t" : "#), (#""target" : "#, #""target" : null, "t" : "#),
            (#""name" : {"#, #""name" : {"fr" : "x"}, "n" : {"#), (#""name" : {"#, #""name" : "x", "n" : {"#),
            (#""note" : "#, #""note" : [], "n" : "#), (#""exact" : "#, #""exact" : null, "e" : "#),
        ]
        for (old, new) in layerEdits {
            #expect(layer.contains(old), "\(old) is not in the sample")
            Self.expectSame(Array(layer.replacingOccurrences(of: old, with: new).utf8), kind: 0, "layer with \(new)")
        }
    }

    @Test("Mutated layers, taxonomies and state files: the same value or the same error")
    func mutatedFiles() async {
        let input = zip(Gen.int(in: 0...2), JSONMutation.some)
        await propertyCheck(count: Fuzz.cases(400), input: input) { kind, mutations in
            Fuzz.note("decoding mutated", "kind \(kind) mutations \(mutations)")
            Self.expectSame(JSONMutation.apply(mutations, to: JSONPropertyTests.sample(kind)), kind: kind, "kind \(kind) \(mutations)")
        }
    }

    @Test("Random JSON documents with the right header: the same value or the same error")
    func randomDocuments() async {
        await propertyCheck(count: Fuzz.cases(300), input: zip(Gen.uint64(in: 0...UInt64.max), Gen.int(in: 0...2))) { seed, kind in
            Fuzz.note("decoding random", "seed \(seed) kind \(kind)")
            var value = JSONText.random(seed: seed)
            if case .object(var members) = value {
                members["format"] = .string(["pingdian-layer", "pingdian-taxonomy", "pingdian-state"][kind])
                members["version"] = .integer(1)
                value = .object(members)
            }
            Self.expectSame(Array(JSONText.render(value).utf8), kind: kind, "seed \(seed) kind \(kind)")
        }
    }

    @Test("Files truncated anywhere: the same error")
    func truncations() {
        for kind in 0...2 {
            let sample = JSONPropertyTests.sample(kind)
            let step = max(1, sample.count / 500)
            for length in stride(from: 0, to: sample.count, by: step) {
                Self.expectSame(Array(sample[..<length]), kind: kind, "kind \(kind) cut at \(length)")
            }
        }
    }
}
