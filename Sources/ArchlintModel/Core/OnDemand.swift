import Foundation

/// A value computed on first use, once, whichever thread asks first; later reads are a
/// lock and a load. Copies of a struct holding one share it.
public final class OnDemand<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    private var compute: (@Sendable () -> Value)?

    public init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    public init(_ value: Value) {
        stored = value
    }

    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let value = compute!()
        stored = value
        compute = nil
        return value
    }

    /// True once the value has been computed (or was given).
    public var isComputed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stored != nil
    }
}
