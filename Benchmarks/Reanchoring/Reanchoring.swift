import Benchmark
import PingdianCore

/// Re-anchoring 1,000 notes in a 2 MB text (Docs/benchmarks.md): unchanged, after edits, and
/// only the notes whose quotes were edited, or deleted.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 100)

    Benchmark("Re-anchor 1,000 notes, text unchanged", closure: { benchmark in
        let workload = Workload.shared
        for anchor in workload.anchors { blackHole(anchor.resolve(in: workload.original)) }
    }, setup: prepare)

    Benchmark("Re-anchor 1,000 notes after edits", closure: { benchmark in
        let workload = Workload.shared
        for anchor in workload.anchors { blackHole(anchor.resolve(in: workload.edited)) }
    }, setup: prepare)

    Benchmark("Re-anchor the 20 notes whose quotes were edited", closure: { benchmark in
        let workload = Workload.shared
        for anchor in workload.anchorsWithEditedQuotes { blackHole(anchor.resolve(in: workload.edited)) }
    }, setup: prepare)

    Benchmark("Re-anchor the 5 notes whose quotes were deleted", closure: { benchmark in
        let workload = Workload.shared
        for anchor in workload.anchorsWithDeletedQuotes { blackHole(anchor.resolve(in: workload.edited)) }
    }, setup: prepare)
}

/// Builds the workload before measuring and tells, once, how the notes fared.
@Sendable func prepare() {
    let workload = Workload.shared
    let summary = ReanchorSummary(workload.anchors.map { $0.resolve(in: workload.edited) })
    let megabytes = Double(workload.original.text(in: 0..<workload.original.scalarCount).utf8.count) / 1_000_000
    print("workload: \(workload.original.scalarCount) scalars (\(megabytes) MB UTF-8), \(workload.anchors.count) notes; "
        + "after edits: \(summary.exact) exact, \(summary.relocated) relocated, \(summary.approximate) approximate, "
        + "\(summary.orphaned) orphaned")
}
