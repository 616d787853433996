import ArchlintModel

/// An S3 bucket whose policy does not deny requests made without TLS (`aws:SecureTransport`
/// false). S3 accepts plain HTTP unless a bucket policy refuses it.
struct EN105BucketInsecureTransport: Rule {
    static let id = "EN105"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        // A bucket policy that names no scanned bucket (a parameter, an import, a name no file
        // describes) may belong to any bucket of its template, or to one whose name is unknown.
        let attached = Set(model.buckets.all.flatMap { $0.policies.map(\.site) })
        let orphans = model.policies.filter { document in
            guard case .resource(.bucket) = document.kind else { return false }
            return !attached.contains(document.site)
        }
        let unjudgedFiles = Set(orphans.map(\.owner.file))
        // A policy names its bucket by name, and one name is one bucket: templates that declare
        // the same bucket name (copies of one template, one per environment) share its policies.
        var policiesByName: [String: [PolicyDocument]] = [:]
        for bucket in model.buckets.all {
            if let name = bucket.bucketName.value { policiesByName[name, default: []] += bucket.policies }
        }
        for bucket in model.buckets.all {
            context.checked(bucket.resource)
            if unjudgedFiles.contains(bucket.resource.file) { continue }
            if !orphans.isEmpty && bucket.bucketName.isUnknown { continue }
            let policies = bucket.bucketName.value.flatMap { policiesByName[$0] } ?? bucket.policies
            guard BucketTransport.verdict(policies) == .allowsPlainHTTP else { continue }
            context.report("no bucket policy denies requests without TLS (a Deny on aws:SecureTransport false)",
                           at: bucket.resource.site, on: bucket.resource)
        }
    }
}

enum BucketTransport {
    enum Verdict { case deniesPlainHTTP, allowsPlainHTTP, unknown }

    static func verdict(_ policies: [PolicyDocument]) -> Verdict {
        var unknown = false
        for policy in policies {
            if policy.hasUnknownStatements { unknown = true }
            for statement in policy.statements {
                switch deniesInsecureTransport(statement) {
                case true?: return .deniesPlainHTTP
                case nil: unknown = true
                case false?: continue
                }
            }
        }
        return unknown ? .unknown : .allowsPlainHTTP
    }

    /// True for a `Deny` with `Bool`/`BoolIfExists` `aws:SecureTransport: false`; nil when the
    /// statement might be one but is not fully known.
    static func deniesInsecureTransport(_ statement: Statement) -> Bool? {
        let transport = statement.conditions.filter {
            $0.key.caseInsensitiveCompare("aws:SecureTransport") == .orderedSame
                && ["bool", "boolifexists"].contains($0.op.lowercased())
        }
        let mayHaveIt = !transport.isEmpty || statement.conditionsUnknown
        switch statement.effect {
        case .known(.allow, _): return false
        case .known(.deny, _): break
        case .unknown, .absent: return mayHaveIt ? nil : false
        }
        if transport.contains(where: { condition in condition.values.contains { $0.value?.lowercased() == "false" } }) {
            return true
        }
        let valuesUnknown = transport.contains { condition in condition.values.contains { $0.isUnknown } }
        return valuesUnknown || statement.conditionsUnknown ? nil : false
    }
}
