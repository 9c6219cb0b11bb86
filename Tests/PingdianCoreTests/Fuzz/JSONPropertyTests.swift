import Foundation
import PropertyBased
import Testing
@testable import PingdianCore

/// pingdian's JSON readers on random and mutated files: the layer, the taxonomy, the state file
/// and the three import formats. Each file is either read or refused with a clear error; nothing
/// crashes or hangs (Docs/faults.md).
@Suite("Property: the JSON readers", .timeLimit(.minutes(2)))
struct JSONPropertyTests {
    /// A layer of a few of the essay's curated annotations, with links.
    static let layerBytes: [UInt8] = {
        let full = try? AnnotationLayer.decode(Array((try? Data(contentsOf: ExportFixture.textsFolder
            .appendingPathComponent("amodei-deepseek-essay.zh-Hant.moves.json"))) ?? Data()))
        var annotations = Array(full?.annotations.prefix(6) ?? [])
        let ids = Set(annotations.map(\.id))
        for index in annotations.indices { annotations[index].links = annotations[index].links.filter { ids.contains($0.target) } }
        annotations[1].links.append(AnnotationLink(type: .contradicts, target: annotations[0].id))
        return AnnotationLayer(id: "curated", name: LocalizedText(traditionalChinese: "編者", english: "Editor"), annotations: annotations).encoded()
    }()

    static let taxonomyBytes = Array((try? Data(contentsOf: ExportFixture.textsFolder.appendingPathComponent("moves.taxonomy.json"))) ?? Data())

    /// A state file with a position and three notes, one linked.
    static let stateBytes: [UInt8] = {
        var state = ReadingState(document: ModelFixtures.essay, path: "/texts/essay.txt", offset: 120,
                                 updated: Date(timeIntervalSince1970: 1_738_000_000))
        state.annotations = [
            StateFolder.note("r1", at: 27, note: "善意的願景 <script>"),
            StateFolder.note("r2", at: 100, kind: "contradiction", links: [AnnotationLink(type: .contradicts, target: "r1")]),
            StateFolder.note("r3", at: 300, length: 9, note: "=cmd|' /C calc'!A0\n第二行"),
        ]
        for index in state.annotations.indices {
            state.annotations[index].created = state.updated
            state.annotations[index].modified = state.updated
        }
        return StateStore.encoded(state)
    }()

    static let importFiles: [[UInt8]] = [
        JSONExporter.export(InterchangeFixture.export),
        W3CExporter.export(InterchangeFixture.export),
        HypothesisExporter.export(InterchangeFixture.export, options: ExportOptions(now: Date(timeIntervalSince1970: 1_738_000_000))),
    ]

    @Test("The sample files read as they are")
    func samplesRead() throws {
        #expect(try AnnotationLayer.decode(Self.layerBytes).annotations.count == 6)
        #expect(try Taxonomy.decode(Self.taxonomyBytes).kinds.count >= 10)
        #expect(try JSONFileReader(format: ReadingState.format, supportedVersion: ReadingState.supportedVersion)
            .decode(ReadingState.self, from: Self.stateBytes).annotations.count == 3)
        for file in Self.importFiles { #expect(try ImportFile.read(file, taxonomy: ModelFixtures.taxonomy).annotations.count >= 3) }
    }

    /// Reads `bytes` with every reader that applies to `kind`, as the program would use the result.
    /// Any error must be the reader's own, with a message; a crash ends the test process.
    static func readAll(_ bytes: [UInt8], kind: Int) {
        let essay = ModelFixtures.essay
        switch kind {
        case 0:
            do {
                let layer = try AnnotationLayer.decode(bytes)
                _ = AnnotationIndex(layer: layer, document: essay, taxonomy: ModelFixtures.taxonomy)
            } catch {
                #expect(!error.message.isEmpty)
            }
            let report = LayerCheck.check(bytes, document: essay, taxonomy: ModelFixtures.taxonomy)
            _ = report.problems.map(\.description)
        case 1:
            do {
                let taxonomy = try Taxonomy.decode(bytes)
                #expect(!taxonomy.kinds.isEmpty)
            } catch {
                #expect(!error.message.isEmpty)
            }
        case 2:
            do {
                let state = try JSONFileReader(format: ReadingState.format, supportedVersion: ReadingState.supportedVersion,
                                               identifyingMembers: ["annotations": "id"]).decode(ReadingState.self, from: bytes)
                try state.validate()
                _ = AnnotationIndex(annotations: state.annotations, document: essay, taxonomy: ModelFixtures.taxonomy)
                _ = state.position.resolve(in: essay)
                _ = StateStore.encoded(state)
            } catch {
                #expect(!error.message.isEmpty)
            }
        default:
            do {
                let file = try ImportFile.read(bytes, taxonomy: ModelFixtures.taxonomy)
                let plan = Importer.plan(file, document: InterchangeFixture.document, notes: InterchangeFixture.notes)
                _ = Importer.plan(file, document: essay, notes: [])
                for annotation in plan.annotations { _ = annotation.anchor.resolve(in: InterchangeFixture.document) }
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }

    /// The sample file of a kind: 0 layer, 1 taxonomy, 2 state, 3… the import files.
    static func sample(_ kind: Int) -> [UInt8] {
        switch kind {
        case 0: return layerBytes
        case 1: return taxonomyBytes
        case 2: return stateBytes
        default: return importFiles[(kind - 3) % importFiles.count]
        }
    }

    @Test("Mutated layers, taxonomies, state files and exports: read or refused with a message, never a crash or a hang")
    func mutatedFiles() async {
        let input = zip(Gen.int(in: 0...5), JSONMutation.some)
        await propertyCheck(count: Fuzz.cases(400), input: input) { kind, mutations in
            let bytes = JSONMutation.apply(mutations, to: Self.sample(kind))
            Fuzz.note("json mutated", "kind \(kind) mutations \(mutations)")
            let started = ContinuousClock.now
            Self.readAll(bytes, kind: kind)
            #expect(ContinuousClock.now - started < .seconds(5), "slow: kind \(kind) \(mutations)")
        }
    }

    @Test("Random JSON documents of any shape: read or refused with a message by every reader")
    func randomDocuments() async {
        await propertyCheck(count: Fuzz.cases(300), input: zip(Gen.uint64(in: 0...UInt64.max), Gen.int(in: 0...5))) { seed, kind in
            Fuzz.note("json random", "seed \(seed) kind \(kind)")
            var value = JSONText.random(seed: seed)
            // Half the time, a document with the right header, so the readers go past it.
            if seed % 2 == 0, case .object(var members) = value {
                members["format"] = .string(["pingdian-layer", "pingdian-taxonomy", "pingdian-state", "pingdian-export",
                                             "pingdian-export", "pingdian-export"][kind])
                members["version"] = .integer(Int(seed % 3))
                value = .object(members)
            }
            Self.readAll(Array(JSONText.render(value).utf8), kind: kind)
        }
    }

    @Test("A file truncated anywhere is refused with a message by its reader, or read")
    func everyTruncation() {
        for kind in 0...5 {
            let sample = Self.sample(kind)
            // Every offset of files up to 1,500 bytes, 1,500 evenly spaced ones of longer files
            // (each parse is linear, so all of them would be quadratic); the notes file is cut
            // at every byte in StateFaultTests.
            let step = max(1, sample.count / 1500)
            for length in stride(from: 0, to: sample.count, by: step) {
                Self.readAll(Array(sample[..<length]), kind: kind)
            }
        }
    }
}
