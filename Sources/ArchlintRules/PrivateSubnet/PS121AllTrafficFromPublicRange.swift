import ArchlintModel

/// A security group that admits every protocol and port from a public range narrower than
/// the internet (an office or partner range); PS104, PS105 and PS108 judge the internet.
struct PS121AllTrafficFromPublicRange: Rule {
    static let id = "PS121"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        WorldOpenIngress.report(model, &context, everyGroup: true) { subject, rule in
            guard let range = rule.cidr.flatMap(AddressRange.init), !range.isPrivate, !range.isInternetWide,
                  WorldOpenIngress.reach(rule) == .everything else { return nil }
            return WorldOpenIngress.describe(subject, rule) + ", a public range: admit only the ports it needs"
        }
    }
}
