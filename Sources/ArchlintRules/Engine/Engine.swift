import ArchlintModel
import Foundation

/// Runs rules over the model. Rules are independent, so they run in parallel; the result is
/// in rule ID order and every list inside it is sorted, so output never depends on scheduling.
/// `recordsChecked: false` leaves every run's `checked` empty: only JUnit's passing test cases
/// read it, and on a large scan it is a million entries copied, sorted and kept for nothing.
public enum Engine {
    public static func run(_ model: Architecture, options: RuleOptions, rules: [RuleMetadata]? = nil,
                           jobs: Int = ProcessInfo.processInfo.activeProcessorCount, recordsChecked: Bool = true,
                           ruleTime: (@Sendable (String, Duration) -> Void)? = nil) -> [RuleRun] {
        // A rule runs its Swift implementation, its declarative checks, or both.
        let selected = (rules ?? RuleCatalog.shared.defaultRules).compactMap { metadata -> (RuleMetadata, (any Rule.Type)?)? in
            let type = RuleRegistry.implementations[metadata.id]
            guard type != nil || metadata.hasChecks else { return nil }
            return (metadata, type)
        }
        let clock = ContinuousClock()
        // Worked out by the first rule that reads them, while the other thread runs rules that
        // do not (they were a serial prefix of the phase).
        let readsGrants = selected.contains { $0.1?.readsPolicyGrants ?? false }
        let grants = OnDemand<PolicyGrants> {
            guard readsGrants else { return PolicyGrants() }
            let start = clock.now
            let grants = PolicyGrants(model, jobs: jobs)
            ruleTime?("(grants)", clock.now - start)
            return grants
        }
        let patterns = PatternCache()
        let lookups = SharedLookups()
        let relations = Relations(model, now: options.now)
        // The longest rules first: started last, one of them was the whole tail of the phase.
        // Then one rule that reads the grants (it works them out), the rules that do not read
        // them, and the other grant readers last: started early, they waited on the grants
        // while a core stood idle.
        let everyValue = selected.filter { $0.1?.readsEveryValue ?? false }
        let rest = selected.filter { !($0.1?.readsEveryValue ?? false) }
        let grantReaders = rest.filter { $0.1?.readsPolicyGrants ?? false }
        let scheduled = everyValue + grantReaders.prefix(1) + rest.filter { !($0.1?.readsPolicyGrants ?? false) }
            + grantReaders.dropFirst()
        let results = ParallelMap.map(scheduled, jobs: jobs, oneAtATime: true) { metadata, type in
            let start = clock.now
            var context = RuleContext(metadata: metadata, options: options, grantsSource: grants, lookups: lookups,
                                      recordsChecked: recordsChecked)
            type?.init().check(model, &context)
            // Checks that select no type the model holds would read nothing: not even parsed.
            if metadata.checksMaySelect(anyOf: model.resourcesByType.keys) {
                for check in metadata.checks {
                    CheckEvaluator(check, patterns: patterns, relations: relations).run(model, &context)
                }
            }
            var run = context.run()
            model.defaultedValues.annotate(&run.findings)
            ruleTime?(metadata.id, clock.now - start)
            return run
        }
        // The expanded grants (a few objects per policy statement) are freed off the caller's
        // path: on a large scan that cascade of releases was a serial tail of the rules phase.
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(grants) {} }
        return results.sorted { $0.rule.id < $1.rule.id }
    }
}

