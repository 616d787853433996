import ArchlintModel
import Testing

extension RuleMetadata: CustomTestStringConvertible {
    public var testDescription: String { "\(id) \(slug)" }
}
