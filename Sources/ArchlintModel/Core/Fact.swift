/// A value as the loader could establish it. Rules fire only on `.known` values:
/// an unresolved intrinsic, a template parameter or an ID described in no scanned file is
/// `.unknown`, and unknown is never treated as false.
public enum Fact<Value: Sendable>: Sendable {
    /// Written down and resolved, at this site.
    case known(Value, Site)
    /// Present at this site but not determinable offline (`Ref` to a parameter, `Fn::If`, ...).
    case unknown(Site)
    /// Not written at all: the AWS default applies.
    case absent

    @inlinable
    public var value: Value? {
        if case .known(let value, _) = self { return value }
        return nil
    }

    @inlinable
    public var site: Site? {
        switch self {
        case .known(_, let site), .unknown(let site): return site
        case .absent: return nil
        }
    }

    @inlinable
    public var isAbsent: Bool { if case .absent = self { return true } else { return false } }
    @inlinable
    public var isUnknown: Bool { if case .unknown = self { return true } else { return false } }

    // The accessors are inlinable: loaders and rules in other modules call them for every
    // value, and unspecialised generic calls showed in profiles.

    /// Transforms a known value; a transform that returns nil makes the fact unknown.
    @inlinable
    public func map<T: Sendable>(_ transform: (Value) -> T?) -> Fact<T> {
        switch self {
        case .known(let value, let site):
            if let mapped = transform(value) { return .known(mapped, site) }
            return .unknown(site)
        case .unknown(let site): return .unknown(site)
        case .absent: return .absent
        }
    }

    /// The known value, or `fallback` when absent; nil when unknown.
    @inlinable
    public func or(default fallback: Value) -> Value? {
        switch self {
        case .known(let value, _): return value
        case .absent: return fallback
        case .unknown: return nil
        }
    }
}

extension Fact: Equatable where Value: Equatable {}
extension Fact: Hashable where Value: Hashable {}
