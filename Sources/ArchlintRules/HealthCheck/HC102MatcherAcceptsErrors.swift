import Foundation
import ArchlintModel

/// A health-check matcher that counts 4xx or 5xx responses as healthy: a target that answers
/// every request with an error stays in service.
struct HC102MatcherAcceptsErrors: Rule {
    static let id = "HC102"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for group in model.targetGroups.all {
            context.checked(group.resource)
            guard case .known(let codes, let site) = group.matcher else { continue }
            let accepted = Self.errorCodes(in: codes)
            guard !accepted.isEmpty else { continue }
            context.report("health check matcher \(codes) counts error responses as healthy (\(accepted.joined(separator: ", ")))",
                           at: site, on: group.resource)
        }
    }

    /// The parts of an `HttpCode` value (`200,202`, `200-299`) that reach into 400–599. gRPC
    /// codes (0–99) never do, so `GrpcCode` values pass through harmlessly.
    static func errorCodes(in codes: String) -> [String] {
        var found: [String] = []
        for part in codes.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard bounds.count == 1 || bounds.count == 2, bounds.allSatisfy({ $0 != nil }) else { continue }
            let low = bounds[0]!, high = bounds[bounds.count - 1]!
            let from = max(low, 400), to = min(high, 599)
            guard from <= to else { continue }
            found.append(from == to ? "\(from)" : "\(from)-\(to)")
        }
        return found
    }
}
