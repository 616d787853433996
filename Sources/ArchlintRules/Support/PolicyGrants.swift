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
        /// Lowercased actions AWS's own service-role policies grant on `*` to the services
        /// that alone assume the owner (`ServiceRoleGrants`); empty for other owners.
        let grantedByAWS: Set<String>
        /// Prefixes of the services that alone assume the owner; empty for other owners.
        let trustedServices: Set<String>
        /// A queue, topic or bucket policy: its `Resource` can only name the resource it is
        /// attached to, so `*` there is not every resource (LP104–LP107 leave it alone).
        let isResourcePolicy: Bool

        init(owner: ResourceInfo, statements: [GrantStatement], trust: ServiceRoleGrants.Trust? = nil,
             isResourcePolicy: Bool = false) {
            self.owner = owner
            self.statements = statements
            self.isResourcePolicy = isResourcePolicy
            grantedByAWS = trust?.granted ?? []
            trustedServices = trust?.services ?? []
        }

        /// The actions of `actions` that AWS does not itself grant the owner's services on `*`.
        func beyondAWSGrants(_ actions: [IAMAction]) -> [IAMAction] {
            grantedByAWS.isEmpty ? actions : actions.filter { !grantedByAWS.contains($0.fullName.lowercased()) }
        }
    }

    /// Classes: the rules iterate these many times over, and a struct copied every field.
    final class GrantStatement: Sendable {
        let statement: Statement
        let entries: [ActionEntry]
        let onAllResources: Bool
        /// `Statement.allResourceServices`.
        let allResourceServices: Set<String>
        let onScopedResources: Bool
        /// Limited by a condition to some resources (`ScopingConditions`).
        let isScopedByConditions: Bool

        var site: Site { statement.site }
        var conditionsUnknown: Bool { statement.conditionsUnknown }
        var notActions: [Fact<String>] { statement.notActions }
        var notResources: [Fact<String>] { statement.notResources }
        var resourceSite: Site? { statement.resourceSite }

        init(_ statement: Statement) {
            self.statement = statement
            entries = statement.actionEntries
            allResourceServices = statement.allResourceServices
            onAllResources = !allResourceServices.isEmpty
            onScopedResources = statement.onScopedResources
            isScopedByConditions = statement.isScopedByConditions
        }

        func hasCondition(key: String) -> Bool { statement.hasCondition(key: key) }

        /// True when `Resource` reaches every resource the entry's actions work on: a bare `*`,
        /// or an ARN wildcard of the entry's service (`arn:aws:s3:::*` for `s3:PutObject`).
        func reachesEveryResource(of entry: ActionEntry) -> Bool {
            allResourceServices.contains("*") || allResourceServices.contains(entry.service.lowercased())
        }

        /// True when `Resource` holds a bare `*` or an ARN of every service's resources.
        var onEveryResourceOfEveryService: Bool { allResourceServices.contains("*") }
    }

    /// Judged documents in model order (`Architecture.policies`).
    let documents: [Document]
    /// Index in `Architecture.policies` → the AWS managed policy whose text that document is
    /// (`PolicyDocument.awsManagedCopy`): matched once per run for LP109, LP110 and LP114.
    let awsManagedCopies: [Int: AWSManagedPolicies.Fingerprint]

    init(_ model: Architecture, jobs: Int) {
        let policies = model.policies
        // Only files of their own can hold one (templates' policies are never matched).
        let files = policies.indices.filter { policies[$0].owner.origin != .cloudFormation }
        var copies: [Int: AWSManagedPolicies.Fingerprint] = [:]
        for (index, copy) in zip(files, ParallelMap.map(files, jobs: jobs) { policies[$0].awsManagedCopy }) where copy != nil {
            copies[index] = copy
        }
        awsManagedCopies = copies
        let judged = policies.indices.filter { policies[$0].isJudgedForGrants && copies[$0] == nil }
        let serviceGrants = ServiceRoleGrants.byOwner(model)
        documents = ParallelMap.map(judged, jobs: jobs) { index in
            let owner = policies[index].owner
            var isResourcePolicy = false
            if case .resource = policies[index].kind { isResourcePolicy = true }
            return Document(owner: owner, statements: policies[index].statements.filter(\.isAllow).map(GrantStatement.init),
                            trust: serviceGrants[owner], isResourcePolicy: isResourcePolicy)
        }
    }

    /// Nothing to judge: for runs whose rules never read grants.
    init() {
        documents = []
        awsManagedCopies = [:]
    }
}
