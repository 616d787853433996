import ArchlintModel
import Foundation

/// The parts of the check format that read more than one value: defaults chosen by other
/// properties (`defaults: {P: [{when: C, value: V}, ...]}`), tests against another property
/// (`less-than: {property: P}`) and arithmetic subjects (`product: [A, B]`). The other values
/// are read by `operand`, as `property` reads one: unknown stays unknown, and a parameter's
/// default is named in the message.
extension CheckEvaluator {
    /// AWS's value for an absent property.
    enum DefaultValue {
        case value(String)
        /// A case's `when` cannot be known offline: neither can the default.
        case unknown
        case none
    }

    /// The condition's own `default`, the check's fixed default, or the first case that holds.
    func defaultValue(for path: PropertyPath, explicit: String?, in scope: Scope) -> DefaultValue {
        if let explicit { return .value(explicit) }
        if let fixed = spec.defaults[path] { return .value(fixed) }
        guard let cases = spec.defaultCases[path] else { return .none }
        for item in cases {
            guard let when = item.when else { return .value(item.text) }
            switch evaluate(when, in: scope, negated: false) {
            case .holds: return .value(item.text)
            case .unknown: return .unknown
            case .fails, .notApplicable: continue
            }
        }
        return .none
    }

    /// The one value a path without `[*]` reaches: written, or its default when absent.
    enum Operand {
        case known(Witness)
        case unknown
        /// Absent without a default, or written as null: nothing to judge.
        case missing
    }

    func operand(_ path: PropertyPath, in outer: Scope) -> Operand {
        let scope = outer.scope(for: path)
        guard let branch = resolve(path, in: scope).first else { return .missing }
        switch branch {
        case .absent:
            switch defaultValue(for: path, explicit: nil, in: scope) {
            case .value(let text): return .known(Witness(site: scope.anchor, path: path, value: text, absent: true))
            case .unknown: return .unknown
            case .none: return .missing
            }
        case .indeterminate:
            return .unknown
        case .value(let node, let site):
            var found = Witness(site: site, path: path, value: "")
            switch node.value {
            case .text(let text):
                found.value = text
            case .parameterDefault(let parameter, let text):
                (found.value, found.parameter) = (text, parameter)
            case .parameterValue(let parameter, let text, let file):
                (found.value, found.parameter, found.parameterFile) = (text, parameter, file)
            case .null:
                return .missing
            case .parameterChoices, .indeterminate, .parameterReference, .resourceReference, .templateText, .mapping, .list:
                return .unknown
            }
            return .known(found)
        }
    }

    /// Evaluates `body` with a test against another property made concrete with that value.
    /// A finding then stays on a written value: the one at fault, or when that is absent
    /// (judged at its default) the value it was compared with.
    func withReference(_ test: PropertyTest, in scope: Scope, _ body: (PropertyTest) -> Outcome) -> Outcome {
        guard let path = test.reference else { return body(test) }
        let other: Witness
        switch operand(path, in: scope) {
        case .unknown: return .unknown
        case .missing: return .notApplicable
        case .known(let found): other = found
        }
        let made: PropertyTest
        switch test {
        case .compareProperty(let comparison, _):
            guard let number = Self.number(other.value) else { return .unknown }
            made = .compare(comparison, number)
        default:
            made = .equals(CheckValue(plain: other.value))
        }
        let outcome = body(made)
        guard case .fails(var witnesses) = outcome else { return outcome }
        for index in witnesses.indices {
            if witnesses[index].absent && !other.absent { witnesses[index].site = other.site }
            witnesses[index].related.append(other)
        }
        return .fails(witnesses)
    }

    /// `sum`/`product` of property values, tested as one number: reported on the first operand
    /// that is written (else on the resource), never when an operand is unknown.
    func arithmetic(_ operation: Arithmetic, _ paths: [PropertyPath], _ test: PropertyTest, _ scope: Scope,
                    _ negated: Bool) -> Outcome {
        if operation == .count { return count(paths, test, scope, negated) }
        var operands: [Witness] = []
        var numbers: [Double] = []
        for path in paths {
            switch operand(path, in: scope) {
            case .unknown: return .unknown
            case .missing: return .notApplicable
            case .known(let found):
                guard let number = Self.number(found.value) else { return .unknown }
                operands.append(found)
                numbers.append(number)
            }
        }
        let result = operation == .sum ? numbers.reduce(0, +) : numbers.reduce(1, *)
        var witness = operands.first { !$0.absent } ?? operands[0]
        witness.value = CheckValue.number(result).description
        witness.absent = operands.allSatisfy(\.absent)
        (witness.parameter, witness.parameterFile) = (nil, nil)
        witness.related = operands
        return judge(test, witness.value, negated, witness)
    }

    /// `text` as a number, spaces around it allowed. Foundation's trimming is slow on Linux: a
    /// number written without spaces (nearly all) is read without it.
    static func number(_ text: String) -> Double? {
        Double(text) ?? Double(text.trimmingCharacters(in: .whitespaces))
    }
}

/// Whole numbers and ranges, as Elastic Load Balancing matchers write them: `200`, `200,202`,
/// `200-299`.
enum NumberRanges {
    /// nil when no part of the text is a number or a range; the parts that are not are skipped.
    static func parse(_ text: String) -> [ClosedRange<Int>]? {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0) ?? Int($0.trimmingCharacters(in: .whitespaces)) }
            guard bounds.count == 1 || bounds.count == 2, let low = bounds[0], let high = bounds[bounds.count - 1],
                  low <= high else { continue }
            ranges.append(low...high)
        }
        return ranges.isEmpty ? nil : ranges
    }

    /// The numbers of `text` inside `ranges`, written back as `400-499, 503`.
    static func overlap(_ text: String, _ ranges: [ClosedRange<Int>]) -> String {
        var found: [String] = []
        for part in parse(text) ?? [] {
            for range in ranges where part.overlaps(range) {
                let from = max(part.lowerBound, range.lowerBound), to = min(part.upperBound, range.upperBound)
                found.append(from == to ? "\(from)" : "\(from)-\(to)")
            }
        }
        return found.joined(separator: ", ")
    }
}
