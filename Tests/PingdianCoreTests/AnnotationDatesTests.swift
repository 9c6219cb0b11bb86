import Foundation
import Testing
@testable import PingdianCore

/// `created` and `modified` on annotations: whole seconds, ISO 8601, left out when unknown.
@Suite struct AnnotationDatesTests {
    let moment = Date(timeIntervalSince1970: 1_738_000_000)

    @Test func datesAreWholeSecondsAndRoundTrip() throws {
        var annotation = StateFolder.note("r1", at: 27)
        annotation.created = moment.addingTimeInterval(0.9)
        annotation.modified = moment.addingTimeInterval(61.5)
        #expect(annotation.created == moment)
        #expect(annotation.modified == moment.addingTimeInterval(61))
        let data = try JSONEncoder().encode(annotation)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""created":"2025-01-27T17:46:40Z""#))
        #expect(text.contains(#""modified":"2025-01-27T17:47:41Z""#))
        #expect(try JSONDecoder().decode(Annotation.self, from: data) == annotation)
    }

    @Test func layersWithoutDatesEncodeAsBefore() throws {
        let layer = AnnotationLayer(id: "curated", annotations: [StateFolder.note("m1", at: 27)])
        let text = String(decoding: layer.encoded(), as: UTF8.self)
        #expect(!text.contains("created"))
        #expect(!text.contains("modified"))
        var dated = layer
        dated.annotations[0].created = moment
        #expect(try AnnotationLayer.decode(dated.encoded()) == dated, "layers may carry dates too")
    }
}
