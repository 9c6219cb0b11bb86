import Foundation
@testable import PingdianCore
import PingdianTexts
import Testing

/// The second reading of the essay, made by a reader who had not seen the curated layer
/// (issue 14, item 3): a layer that passes the check, with the contradictions the curated layer
/// misses, the essay's own tensions among them (Docs/moves.md).
@Suite("The second reading")
struct SecondReadingTests {
    static let bytes = EmbeddedFiles.bytes(named: "amodei-deepseek-essay.zh-Hant.second-reading.json")

    @Test("It passes the check against the essay and the taxonomy: 121 marks, 28 contradiction pairs")
    func passes() throws {
        let bytes = try #require(Self.bytes)
        let report = LayerCheck.check(bytes, document: ModelFixtures.essay, taxonomy: ModelFixtures.taxonomy)
        #expect(report.passed, "\(report.problems)")
        #expect(report.summary.hasPrefix("ok: 121 annotations, 28 contradiction pairs"), "\(report.summary)")
    }

    @Test("Most of its contradiction pairs are not in the curated layer, and it names the essay's own tensions")
    func additions() throws {
        let second = try AnnotationLayer.decode(try #require(Self.bytes))
        let curated = try AnnotationLayer.decode(try #require(EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName))))
        let curatedSides = curated.annotations.filter { $0.kind == "contradiction" }.map { $0.anchor.start..<$0.anchor.end }
        let newSides = second.annotations.filter { side in
            side.kind == "contradiction" && !curatedSides.contains { $0.overlaps(side.anchor.start..<side.anchor.end) }
        }
        #expect(newSides.count >= 20, "sides of contradictions the curated layer does not mark: \(newSides.count)")
        #expect(second.annotations.filter { $0.note?.contains("本文自身的矛盾") == true }.count >= 13)
    }
}
