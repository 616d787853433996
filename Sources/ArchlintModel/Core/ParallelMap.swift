import Foundation

/// Maps over an array on up to `jobs` threads, keeping input order in the output.
public enum ParallelMap {
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], jobs: Int,
                                                                _ transform: @Sendable (Input) -> Output) -> [Output] {
        if jobs <= 1 || inputs.count <= 1 { return inputs.map(transform) }
        let slots = ResultSlots<Output>(count: inputs.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, inputs.count)) { _ in
            while true {
                let index = next.increment()
                guard index < inputs.count else { return }
                slots.set(index, transform(inputs[index]))
            }
        }
        return slots.values()
    }
}

private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

private final class ResultSlots<Output>: @unchecked Sendable {
    private var storage: [Output?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Output) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }
    func values() -> [Output] { storage.map { $0! } }
}
