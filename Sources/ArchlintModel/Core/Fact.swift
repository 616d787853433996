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

    public var value: Value? {
        if case .known(let value, _) = self { return value }
        return nil
    }

    public var site: Site? {
        switch self {
        case .known(_, let site), .unknown(let site): return site
        case .absent: return nil
        }
    }

    public var isAbsent: Bool { if case .absent = self { return true } else { return false } }
    public var isUnknown: Bool { if case .unknown = self { return true } else { return false } }

    /// Transforms a known value; a transform that returns nil makes the fact unknown.
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
