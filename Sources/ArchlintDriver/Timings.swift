import Foundation

/// Wall time per phase of one run and CPU-bound time per rule, for `check --timings`: where a
/// slow run spends its time, without a profiler. Written to standard error, never to a report.
public final class Timings: @unchecked Sendable {
    private let lock = NSLock()
    private var phases: [(name: String, duration: Duration)] = []
    private var rules: [String: Duration] = [:]
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    public init() { start = clock.now }

    /// Runs `body`, adding its wall time to the phase `name` (phases keep first-seen order).
    public func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = clock.now
        defer { add(name, clock.now - start) }
        return try body()
    }

    public func add(_ name: String, _ duration: Duration) {
        lock.lock()
        defer { lock.unlock() }
        if let index = phases.firstIndex(where: { $0.name == name }) {
            phases[index].duration += duration
        } else {
            phases.append((name, duration))
        }
    }

    /// Time spent in one rule (rules run in parallel: these add up to more than the wall time).
    public func addRule(_ id: String, _ duration: Duration) {
        lock.lock()
        defer { lock.unlock() }
        rules[id, default: .zero] += duration
    }

    /// The phases in order, then the slowest rules, one per line.
    public func lines(slowestRules count: Int = 10) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var lines = phases.map { "timing: \(Self.pad($0.name)) \(Self.milliseconds($0.duration))" }
        let slowest = rules.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count)
        lines.append("timing: \(Self.pad("(all phases)")) \(Self.milliseconds(clock.now - start))")
        lines += slowest.map { "timing: rule \(Self.pad($0.key, 12)) \(Self.milliseconds($0.value))" }
        return lines
    }

    private static func pad(_ text: String, _ width: Int = 17) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format: "%9.1f ms", ms)
    }
}
