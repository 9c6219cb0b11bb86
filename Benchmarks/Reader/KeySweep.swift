import Benchmark
import Foundation
import PingdianApp
import PingdianCore
import TerminalKit

/// Every key of the reading view, each pressed once on a fresh reader (cold layout cache) that
/// was opened in the middle of the text with the 1,000 notes shown: the goal is every key
/// handled and drawn within 16 ms on the 50 MB text.
enum KeySweep {
    /// The goal for one key, handled and drawn.
    static let budget: Duration = .milliseconds(16)

    /// The first key of each binding of the reading view, with the command's name.
    static var keys: [(name: String, key: Key)] {
        KeyMap.standard.reading.bindings.compactMap { binding in
            binding.keys.first.map { ("\(binding.command)", $0) }
        }
    }

    /// A reader in the middle of the text, its notes shown and its cue hints set up (as
    /// `pingdian FILE` sets them up: suggested a paragraph at a time as they are drawn), its
    /// first frame drawn.
    static func startingState(_ fixture: Fixture, notes: AnnotationSet) -> AppState {
        let state = fixture.newState(
            at: fixture.document.scalarCount / 2, hints: true, exportFormats: [.json], annotations: notes)
        blackHole(Screen.render(state))
        return state
    }

    /// Presses each key once on its own fresh reader; returns how long each took (update and render).
    static func run(_ fixture: Fixture, notes: AnnotationSet) -> [(name: String, time: Duration)] {
        let clock = ContinuousClock()
        return keys.map { name, key in
            var state = startingState(fixture, notes: notes)
            let time = clock.measure {
                blackHole(state.update(.key(key)))
                blackHole(Screen.render(state))
            }
            return (name, time)
        }
    }

    /// Runs the sweep `rounds` times and prints each key's median, slowest first, marking those
    /// over the budget.
    static func report(_ fixture: Fixture, notes: AnnotationSet, rounds: Int = 3) {
        var times: [String: [Duration]] = [:]
        var order: [String] = []
        for _ in 0..<rounds {
            for (name, time) in run(fixture, notes: notes) {
                if times[name] == nil { order.append(name) }
                times[name, default: []].append(time)
            }
        }
        let medians = order.map { name in (name, times[name]!.sorted()[times[name]!.count / 2]) }
            .sorted { $0.1 > $1.1 }
        let over = medians.filter { $0.1 > budget }
        print("keys on the \(fixture.size.rawValue) text, median of \(rounds) (update + render, cold cache): "
            + "\(over.count) of \(medians.count) over \(milliseconds(budget)) ms")
        for (name, time) in medians.prefix(max(5, over.count)) {
            print("  \(name): \(milliseconds(time)) ms")
        }
    }

    /// A duration in milliseconds with two decimals.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1_000 + Double(attoseconds) / 1e15
        return String(format: "%.2f", value)
    }
}
