import Foundation
@testable import PingdianCore
import PingdianFixtures
import PingdianTestSupport
import Testing

/// Nominal α and Cohen's κ against reference implementations from a package registry (issue 17
/// item 4): the PyPI `krippendorff` package and scikit-learn's `cohen_kappa_score`, on the same
/// data, to 1e-9.
@Suite("Agreement against the PyPI references")
struct AgreementReferenceTests {
    /// What the reference script computed.
    struct Reference: Decodable {
        let alpha: Double
        let kappa: [[Double]]
    }

    /// Runs Tests/Support/agreement_reference.py on `units`.
    static func reference(_ units: [[String?]]) throws -> Reference {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(ExternalProgram.agreementReference.path))
        process.arguments = [URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Support/agreement_reference.py").path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let json = try JSONSerialization.data(withJSONObject: ["units": units.map { $0.map { $0 as Any? ?? NSNull() } }])
        input.fileHandleForWriting.write(json)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode(Reference.self, from: data)
    }

    /// Readers labelling units with kinds or "none", some leaving some out: each reader follows
    /// a shared truth with probability `faithfulness`, else picks at random.
    static func labels(units: Int, readers: Int, faithfulness: Int, missing: Int, seed: UInt64) -> [[String?]] {
        var random = SplitMix(seed: seed)
        let kinds = ["none", "claim", "evidence", "irony", "contradiction", "concession"]
        return (0..<units).map { _ in
            let truth = kinds[random.below(kinds.count)]
            return (0..<readers).map { _ -> String? in
                if random.below(100) < missing { return nil }
                return random.below(100) < faithfulness ? truth : kinds[random.below(kinds.count)]
            }
        }
    }

    @Test("Nominal α and every pairwise κ equal the references' on random readers, with missing labels", .needs(.agreementReference),
          arguments: [(4, 70, 10, 1 as UInt64), (2, 30, 0, 2), (7, 95, 25, 3), (3, 0, 5, 4)])
    func random(readers: Int, faithfulness: Int, missing: Int, seed: UInt64) throws {
        let units = Self.labels(units: 240, readers: readers, faithfulness: faithfulness, missing: missing, seed: seed)
        let reference = try Self.reference(units)
        let alpha = NominalAgreement.krippendorffAlpha(units)
        #expect(abs(alpha - reference.alpha) < 1e-9, "α \(alpha) ≠ \(reference.alpha)")
        #expect(reference.kappa.count == readers * (readers - 1) / 2)
        for row in reference.kappa {
            let (i, j) = (Int(row[0]), Int(row[1]))
            let kappa = NominalAgreement.cohenKappa(units.map { $0[i] }, units.map { $0[j] })
            #expect(abs(kappa - row[2]) < 1e-9, "κ(\(i),\(j)) \(kappa) ≠ \(row[2])")
        }
    }

    @Test("Perfect agreement is 1; labels given independently of each other are near 0")
    func extremes() {
        let same: [[String?]] = (0..<50).map { ["k\($0 % 4)", "k\($0 % 4)", "k\($0 % 4)"] }
        #expect(NominalAgreement.krippendorffAlpha(same) == 1)
        #expect(NominalAgreement.cohenKappa(same.map { $0[0] }, same.map { $0[1] }) == 1)
        let unrelated = Self.labels(units: 4000, readers: 2, faithfulness: 0, missing: 0, seed: 9)
        #expect(abs(NominalAgreement.krippendorffAlpha(unrelated)) < 0.03)
        #expect(abs(NominalAgreement.cohenKappa(unrelated.map { $0[0] }, unrelated.map { $0[1] })) < 0.03)
    }
}
