import Foundation

/// Maps over an array on up to `jobs` threads, keeping input order in the output.
public enum ParallelMap {
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], jobs: Int,
                                                                _ transform: @Sendable (Input) -> Output) -> [Output] {
        if jobs <= 1 || inputs.count <= 1 { return inputs.map(transform) }
        let count = inputs.count
        let workers = min(jobs, count)
        // Items are claimed in small batches (one lock per batch, not per item: tens of
        // thousands of small items made the lock the bottleneck), about 16 per worker, so
        // that uneven items still spread.
        let batch = max(1, count / (workers * 16))
        let slots = ResultSlots<Output>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let start = next.claim(batch)
                guard start < count else { return }
                for index in start..<min(start + batch, count) {
                    slots.set(index, transform(inputs[index]))
                }
            }
        }
        return slots.values()
    }
}

private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// The first of `count` consecutive items, now this caller's.
    func claim(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += count
        return value - count
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
