import Foundation
@testable import PingdianCore
import Testing

/// Krippendorff's unitizing α against the worked examples of the literature, as DKPro Agreement's
/// tests (dkpro/dkpro-statistics, `Krippendorff2004Test`, `Krippendorff1995Test`,
/// `UnitizingAgreementTest`) state them. Exact values where DKPro's own output is asserted;
/// the papers' rounded figures with the papers' tolerances.
@Suite("Unitizing α")
struct UnitizingAlphaTests {
    typealias Unit = UnitizingStudy.Unit

    /// Krippendorff (2004), *Content Analysis* p. 254: two raters, categories c and k, on 150..<450.
    static let krippendorff2004 = UnitizingStudy(begin: 150, length: 300, raterCount: 2, units: [
        Unit(offset: 225, length: 70, rater: 0, category: "c"), Unit(offset: 370, length: 30, rater: 0, category: "c"),
        Unit(offset: 220, length: 80, rater: 1, category: "c"), Unit(offset: 355, length: 20, rater: 1, category: "c"),
        Unit(offset: 400, length: 20, rater: 1, category: "c"),
        Unit(offset: 180, length: 60, rater: 0, category: "k"), Unit(offset: 300, length: 50, rater: 0, category: "k"),
        Unit(offset: 180, length: 60, rater: 1, category: "k"), Unit(offset: 300, length: 50, rater: 1, category: "k"),
    ])

    @Test("Krippendorff 2004: D_O(c) = 13/900, D_E(c) ≈ .0532, α(c) ≈ .7286, α(k) = 1, overall ≈ .8587")
    func krippendorff2004() {
        let study = Self.krippendorff2004
        #expect(abs(study.observedDisagreement("c") - 13.0 / 900) < 1e-12)
        #expect(abs(study.expectedDisagreement("c") - 0.053221779855) < 1e-9)
        #expect(abs(study.alpha("c") - 0.728598996805) < 1e-9)
        #expect(abs(study.alpha("c") - 0.7286) < 1e-4, "the figure of the paper")
        #expect(study.observedDisagreement("k") == 0)
        #expect(abs(study.expectedDisagreement("k") - 0.048978565809) < 1e-9)
        #expect(study.alpha("k") == 1)
        #expect(abs(study.overallAlpha - 0.858665405184) < 1e-9)
        #expect(abs(study.overallAlpha - 0.8591) < 5e-4, "the figure of the paper, from rounded disagreements")
    }

    /// Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57: four
    /// categories on 24 positions stretched by `scale` (DKPro truncates toward zero).
    static func krippendorff1995(scale: Double) -> UnitizingStudy {
        let base: [(String, [(Int, Int, Int)])] = [
            ("A", [(2, 8, 0), (14, 6, 0), (4, 4, 1), (15, 2, 1)]),
            ("B", [(0, 18, 0), (0, 2, 1), (2, 1, 1), (3, 1, 1), (4, 1, 1), (5, 1, 1), (6, 3, 1), (9, 1, 1)]),
            ("C", [(2, 6, 0), (10, 2, 0), (14, 4, 0), (20, 2, 0), (0, 2, 1), (4, 4, 1), (10, 4, 1), (16, 2, 1), (20, 2, 1)]),
            ("D", [(0, 2, 0), (2, 8, 0), (10, 4, 0), (14, 6, 0), (20, 4, 0), (0, 4, 1), (4, 4, 1), (8, 7, 1), (15, 2, 1), (17, 7, 1)]),
        ]
        let units = base.flatMap { category, spans in
            spans.map { Unit(offset: Int(Double($0.0) * scale), length: Int(Double($0.1) * scale), rater: $0.2, category: category) }
        }
        return UnitizingStudy(begin: 0, length: Int(24 * scale), raterCount: 2, units: units)
    }

    @Test("Krippendorff 1995: the observed disagreements exactly, the expected ones and α as DKPro and (loosely) the paper give them")
    func krippendorff1995() {
        let unstretched = Self.krippendorff1995(scale: 1)
        for (category, observed) in [("A", 1.0 / 32), ("B", 653.0 / 288), ("C", 1.0 / 36), ("D", 223.0 / 576)] {
            #expect(abs(unstretched.observedDisagreement(category) - observed) < 1e-12, "\(category)")
        }
        let stretched = Self.krippendorff1995(scale: 50000)
        // The paper's asymptotic figures, at DKPro's tolerances (the paper's C is off, DKPro says).
        for (category, expected, alpha) in [("A", 0.06990, 0.553), ("B", 1.17731, -0.926), ("C", 0.08642, 0.679), ("D", 0.41445, 0.066)] {
            #expect(abs(stretched.expectedDisagreement(category) - expected) < 5e-3, "\(category)")
            #expect(abs(stretched.alpha(category) - alpha) < 0.02, "\(category)")
        }
        // DKPro's own output at half scale, asserted tightly there.
        let half = Self.krippendorff1995(scale: 0.5)
        #expect(abs(half.expectedDisagreement("C") - 0.054938271605) < 1e-9)
        #expect(abs(half.alpha("C") - 0.494382022472) < 1e-9)
    }

    @Test("DKPro's small cases: a unit against three short ones, a single unit, no units, zero-length units")
    func smallCases() {
        let example = UnitizingStudy(length: 10, raterCount: 2, units: [
            Unit(offset: 1, length: 8, rater: 0, category: "A"), Unit(offset: 2, length: 1, rater: 1, category: "A"),
            Unit(offset: 4, length: 1, rater: 1, category: "A"), Unit(offset: 6, length: 1, rater: 1, category: "A"),
        ])
        #expect(abs(example.observedDisagreement("A") - 0.91) < 1e-12)
        #expect(abs(example.expectedDisagreement("A") - 0.535185185185) < 1e-9)
        #expect(abs(example.alpha("A") - -0.700346020761) < 1e-9)
        let single = UnitizingStudy(length: 20, raterCount: 3, units: [Unit(offset: 0, length: 1, rater: 0, category: "X")])
        #expect(abs(single.observedDisagreement("X") - 1.0 / 600) < 1e-15)
        #expect(abs(single.overallAlpha) < 1e-12, "observed = expected: no information")
        #expect(UnitizingStudy(length: 20, raterCount: 3, units: []).overallAlpha.isNaN)
        let zero = UnitizingStudy(length: 15, raterCount: 2, units: [
            Unit(offset: 0, length: 0, rater: 0, category: "A"), Unit(offset: 2, length: 5, rater: 0, category: "A"),
            Unit(offset: 2, length: 5, rater: 1, category: "A"),
        ])
        #expect(abs(zero.expectedDisagreement("A") - 0.102811244980) < 1e-9)
        #expect(zero.alpha("A") == 1)
    }

    @Test("The distance of two segments, as DKPro's tests list them")
    func distances() {
        let d = UnitizingStudy.distance
        #expect(d(0, 1, false, 0, 2, false) == 0)
        #expect(d(1, 8, true, 2, 1, true) == 37)
        #expect(d(1, 8, true, 4, 1, true) == 25)
        #expect(d(1, 8, true, 6, 1, true) == 29)
        #expect(d(1, 8, true, 3, 1, false) == 0)
        #expect(d(2, 3, false, 2, 2, true) + d(5, 6, true, 4, 7, false) == 40)
        #expect(d(5, 6, true, 4, 2, true) == 26)
        #expect(d(5, 6, true, 6, 4, true) == 2)
        #expect(d(225, 70, true, 220, 80, true) == 50)
        #expect(d(370, 30, true, 355, 20, true) == 850)
        #expect(d(400, 50, false, 400, 20, true) == 400)
    }

    @Test("A reader's overlapping spans of one kind are one stretch; identical readers agree fully")
    func overlapsJoined() {
        let units = [Unit(offset: 10, length: 20, rater: 0, category: "claim"), Unit(offset: 15, length: 20, rater: 0, category: "claim"),
                     Unit(offset: 10, length: 25, rater: 1, category: "claim")]
        let study = UnitizingStudy(length: 100, raterCount: 2, units: units)
        #expect(study.unitCounts(of: "claim") == [1, 1])
        #expect(study.alpha("claim") == 1)
    }
}
