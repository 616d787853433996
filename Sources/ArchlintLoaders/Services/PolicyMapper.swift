import ArchlintModel
import ArchlintYAML
import Foundation

/// Reads an IAM policy document (identity, trust or resource policy) for IAM, S3, SQS, SNS and
/// KMS alike. CloudFormation and the AWS CLI spell it identically.
enum PolicyMapper {
    /// A resource type that carries one resource policy, `PolicyDocument` (SQS, SNS).
    static func resourcePolicy(_ type: String, on target: ResourcePolicyTarget) -> ResourceMapper {
        ResourceMapper(type) { properties, info, model in
            guard let document = properties.child("PolicyDocument") else { return }
            model.fragment.policyDocuments.append(PolicyMapper.document(document, owner: info, name: "PolicyDocument",
                                                                        kind: .resource(target)))
        }
    }

    static func document(_ written: Cursor, owner: ResourceInfo, name: String, kind: PolicyKind,
                         isEffective: Bool = true, isAWSManaged: Bool = false) -> PolicyDocument {
        // CloudFormation also accepts a policy document written as a JSON string.
        let cursor = written.isMapping ? written : (embeddedDocument(written) ?? written)
        var document = PolicyDocument(owner: owner, name: name, kind: kind, site: cursor.site, statements: [],
                                      isEffective: isEffective, isAWSManaged: isAWSManaged)
        guard let statements = cursor.child("Statement") else { return document }
        if statements.intrinsic != nil {
            document.hasUnknownStatements = true
            return document
        }
        let entries = statements.items
        document.hasUnknownStatements = entries.contains { !$0.isMapping || $0.intrinsic != nil }
        document.statements = entries.filter(\.isMapping).map(statement)
        return document
    }

    /// The AWS API returns policy documents URL-encoded; the CLI decodes them, but raw API
    /// output and some exports keep the string. Such a document is parsed on its own and every
    /// value in it reports at the string's site.
    static func embeddedDocument(_ cursor: Cursor) -> Cursor? {
        guard case .scalar(let text) = cursor.node.kind else { return cursor.isMapping ? cursor : nil }
        let decoded = text.removingPercentEncoding ?? text
        guard let nodes = try? YAML.parse(Array(decoded.utf8)), let root = nodes.first,
              case .mapping = root.kind else { return nil }
        return Cursor(node: root.relocated(to: cursor.site), site: cursor.site, template: nil)
    }

    static func statement(_ cursor: Cursor) -> Statement {
        var statement = Statement(site: cursor.site)
        statement.sid = cursor.child("Sid")?.string.value
        statement.effect = cursor.child("Effect")?.string.map { Effect(rawValue: $0) } ?? .absent
        if let action = cursor.child("Action") {
            statement.actions = action.strings
            statement.actionSite = action.site
        }
        if let notAction = cursor.child("NotAction") {
            statement.notActions = notAction.strings
            statement.actionSite = notAction.site
        }
        if let resource = cursor.child("Resource") {
            statement.resources = resource.strings
            statement.resourceSite = resource.site
        }
        if let notResource = cursor.child("NotResource") {
            statement.notResources = notResource.strings
            statement.resourceSite = notResource.site
        }
        if let principal = cursor.child("Principal") {
            statement.principals = principals(principal)
            statement.principalSite = principal.site
        }
        if let notPrincipal = cursor.child("NotPrincipal") {
            statement.notPrincipals = principals(notPrincipal)
            statement.principalSite = statement.principalSite ?? notPrincipal.site
        }
        if let condition = cursor.child("Condition") {
            if condition.intrinsic != nil || !condition.isMapping {
                statement.conditionsUnknown = !condition.isNull
            } else {
                for (op, block) in condition.pairs {
                    guard block.intrinsic == nil, block.isMapping else {
                        statement.conditionsUnknown = true
                        continue
                    }
                    for (key, values) in block.pairs {
                        statement.conditions.append(Condition(op: op, key: key, values: values.strings, site: values.site))
                    }
                }
            }
        }
        return statement
    }

    static func principals(_ cursor: Cursor) -> [Fact<Principal>] {
        if cursor.intrinsic != nil { return [.unknown(cursor.site)] }
        if case .scalar(let text) = cursor.node.kind {
            return [.known(Principal(kind: "*", value: text), cursor.site)]
        }
        if cursor.isSequence {
            // `Principal: ["*"]`: not valid IAM, but read as the wildcard it spells.
            return cursor.items.map { item in item.string.map { Principal(kind: "*", value: $0) } }.filter { !$0.isAbsent }
        }
        var result: [Fact<Principal>] = []
        for (kind, values) in cursor.pairs {
            for value in values.strings {
                switch value {
                case .known(let text, let site): result.append(.known(Principal(kind: kind, value: text), site))
                case .unknown(let site): result.append(.unknown(site))
                case .absent: break
                }
            }
        }
        return result
    }
}

extension Node {
    /// The same tree with every mark moved to one site (for documents embedded in a string).
    func relocated(to site: Site) -> Node {
        var copy = self
        copy.mark = Mark(line: site.line, column: site.column)
        switch kind {
        case .scalar: break
        case .sequence(let items): copy.kind = .sequence(items.map { $0.relocated(to: site) })
        case .mapping(let pairs):
            copy.kind = .mapping(pairs.map { Node.Pair(key: $0.key.relocated(to: site), value: $0.value.relocated(to: site)) })
        }
        return copy
    }
}
