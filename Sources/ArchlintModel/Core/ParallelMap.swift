import Foundation

/// Maps over an array on up to `jobs` threads, keeping input order in the output.
public enum ParallelMap {
    /// `oneAtATime`: items are claimed singly, in order, for a few long items whose order
    /// matters (rules: the longest first, the others as a thread comes free).
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], jobs: Int, oneAtATime: Bool = false,
                                                                _ transform: @Sendable (Input) -> Output) -> [Output] {
        if jobs <= 1 || inputs.count <= 1 { return inputs.map(transform) }
        let count = inputs.count
        let workers = min(jobs, count)
        // Items are claimed in batches (one lock per batch, not per item: tens of thousands
        // of small items made the lock the bottleneck) that shrink as the items run out, so
        // that the threads also finish together: each takes an eighth of its share of what is left.
        let slots = ResultSlots<Output>(count: count)
        let next = Counter(total: count, workers: workers, batched: !oneAtATime)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let (start, end) = next.claim()
                guard start < end else { return }
                for index in start..<end {
                    slots.set(index, transform(inputs[index]))
                }
            }
        }
        return slots.values()
    }
}

private final class Counter: @unchecked Sendable {
    private var value = 0
    private let total: Int
    private let divisor: Int
    private let lock = NSLock()

    init(total: Int, workers: Int, batched: Bool) {
        self.total = total
        divisor = batched ? workers * 8 : Int.max
    }

    /// The next consecutive items, now this caller's (empty once every item is taken).
    func claim() -> (start: Int, end: Int) {
        lock.lock()
        defer { lock.unlock() }
        let start = value
        value = min(total, value + max(1, (total - value) / divisor))
        return (start, value)
    }
}

/// One slot per item, each written once by the thread that claimed it: no lock needed, and
/// `concurrentPerform` returning orders every write before the read.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Output) { storage[index] = value }

    /// Moves every result out (each slot is read once).
    func values() -> [Output] {
        (0..<count).map { index in
            let value = storage[index]!
            storage[index] = nil
            return value
        }
    }
}
