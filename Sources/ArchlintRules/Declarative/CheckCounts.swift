import ArchlintModel
import Foundation

/// `count`: the number of elements of one or more lists, tested as one number. A list that is
/// not written has none. The count is known as a range: an element that is an unresolved
/// intrinsic may be an `!If` that removes it (`AWS::NoValue`), so it counts as zero or one,
/// and a test is decided only when it holds, or breaks, for every count in the range. A list
/// written as one value that cannot be known (`!GetAZs`, `!Ref` to a list parameter without a
/// default) leaves the count unknown.
extension CheckEvaluator {
    func count(_ paths: [PropertyPath], _ test: PropertyTest, _ scope: Scope, _ negated: Bool) -> Outcome {
        var low = 0, high = 0
        var operands: [Witness] = []
        for path in paths {
            let scope = scope.scope(for: path)
            guard let counted = count(path, in: scope) else { return .unknown }
            low += counted.low
            high += counted.high
            operands.append(counted.witness)
        }
        var holds = 0, fails = 0
        for number in low...high {
            guard let result = Self.test(test, String(number), patterns: patterns) else { return .unknown }
            if result != negated { holds += 1 } else { fails += 1 }
        }
        if holds > 0 && fails > 0 { return .unknown }
        if fails == 0 { return .holds }
        var witness = operands.first { !$0.absent } ?? operands[0]
        witness.value = low == high ? String(low) : "\(low) to \(high)"
        witness.absent = operands.allSatisfy(\.absent)
        (witness.parameter, witness.parameterFile, witness.choices) = (nil, nil, false)
        witness.related = operands
        return .fails([witness])
    }

    /// The range one path's list can count; nil when it cannot be known.
    private func count(_ path: PropertyPath, in scope: Scope) -> (low: Int, high: Int, witness: Witness)? {
        guard let branch = resolve(path, in: scope).first else { return nil }
        switch branch {
        case .absent:
            return (0, 0, Witness(site: scope.anchor, path: path, value: "0", absent: true))
        case .indeterminate:
            return nil
        case .value(let node, let site):
            var witness = Witness(site: site, path: path, value: "")
            switch node.value {
            case .list(let items):
                let open = items.filter { item in
                    switch item.value {
                    case .indeterminate, .parameterReference, .resourceReference, .templateText: return true
                    default: return false
                    }
                }.count
                let removed = items.filter { if case .null = $0.value { return true } else { return false } }.count
                return (items.count - open - removed, items.count - removed, witness)
            case .null:
                return (0, 0, witness)
            case .parameterDefault(let parameter, let text), .parameterValue(let parameter, let text, _):
                // A list parameter (`CommaDelimitedList`, `List<...>`) holds its elements joined by commas.
                witness.parameter = parameter
                if case .parameterValue(_, _, let file) = node.value { witness.parameterFile = file }
                let number = Self.elements(text)
                return (number, number, witness)
            case .parameterChoices(let parameter, let values):
                (witness.parameter, witness.choices, witness.value) = (parameter, true, values.joined(separator: ", "))
                let numbers = values.map(Self.elements)
                return (numbers.min() ?? 0, numbers.max() ?? 0, witness)
            case .text, .mapping, .indeterminate, .parameterReference, .resourceReference, .templateText:
                return nil
            }
        }
    }

    static func elements(_ joined: String) -> Int {
        joined.trimmingCharacters(in: .whitespaces).isEmpty ? 0 : joined.split(separator: ",", omittingEmptySubsequences: false).count
    }
}
