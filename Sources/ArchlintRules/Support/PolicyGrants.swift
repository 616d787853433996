import ArchlintIAMCatalog
import ArchlintModel

/// The `Allow` statements of every policy document the least-privilege rules judge, with each
/// `Action` entry expanded against the IAM catalog and the statement's shape worked out: built
/// once per run, in parallel, and shared by LP101–LP108. Each of those rules used to walk every
/// document and expand the same entries again (measured: two thirds of rule time on 1,000
/// templates went to that).
public final class PolicyGrants: Sendable {
    final class Document: Sendable {
        let owner: ResourceInfo
        let statements: [GrantStatement]

        init(owner: ResourceInfo, statements: [GrantStatement]) {
            self.owner = owner
            self.statements = statements
        }
    }

    /// Classes: the rules iterate these many times over, and a struct copied every field.
    final class GrantStatement: Sendable {
        let statement: Statement
        let entries: [ActionEntry]
        let onAllResources: Bool
        let onScopedResources: Bool
        let isScopedByResourceTags: Bool

        var site: Site { statement.site }
        var conditionsUnknown: Bool { statement.conditionsUnknown }
        var notActions: [Fact<String>] { statement.notActions }
        var notResources: [Fact<String>] { statement.notResources }
        var resourceSite: Site? { statement.resourceSite }

        init(_ statement: Statement) {
            self.statement = statement
            entries = statement.actionEntries
            onAllResources = statement.onAllResources
            onScopedResources = statement.onScopedResources
            isScopedByResourceTags = statement.isScopedByResourceTags
        }

        func hasCondition(key: String) -> Bool { statement.hasCondition(key: key) }
    }

    /// Judged documents in model order (`Architecture.policies`).
    let documents: [Document]

    init(_ model: Architecture, jobs: Int) {
        let policies = model.policies
        let judged = policies.indices.filter { policies[$0].isJudgedForGrants }
        documents = ParallelMap.map(judged, jobs: jobs) { index in
            Document(owner: policies[index].owner, statements: policies[index].statements.filter(\.isAllow).map(GrantStatement.init))
        }
    }

    /// Nothing to judge: for runs whose rules never read grants.
    init() { documents = [] }
}
