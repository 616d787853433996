import ArchlintModel
import Foundation

/// Whole-model lookups that several rules read (the groups attached to workloads, the ingress
/// rules the world-open rules judge), worked out once per run by the first rule that asks and
/// then shared: each rule building its own was most of the time of PS104, PS105 and PS108-PS110.
public final class SharedLookups: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: AnyObject] = [:]

    public init() {}

    /// The lookup of type `T`, made by `make` the first time any rule asks for it.
    func value<T: Sendable>(_ type: T.Type, _ make: @escaping @Sendable () -> T) -> T {
        lock.lock()
        let box: OnDemand<T>
        if let found = values[ObjectIdentifier(type)] as? OnDemand<T> {
            box = found
        } else {
            box = OnDemand(make)
            values[ObjectIdentifier(type)] = box
        }
        lock.unlock()
        return box.value
    }
}
