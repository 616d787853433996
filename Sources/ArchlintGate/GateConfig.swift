import ArchlintModel
import Foundation

/// `--fail-on`: the lowest severity that fails the run, or `never`.
public enum FailOn: String, Sendable, Hashable, CaseIterable {
    case error, warning, note, never

    public var threshold: Severity? { Severity(rawValue: rawValue) }
}

/// A problem with what the user asked for: the configuration, a baseline file, an inline
/// suppression, `--changed-since`. Always exit status 2, and always says where.
public struct GateError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// Where the problem is written, when it is written in a file.
    public var site: Site?

    public init(_ message: String, at site: Site? = nil) {
        self.message = message
        self.site = site
    }

    /// `file:line:column: message`, or the message alone.
    public var description: String {
        guard let site else { return message }
        return "\(site.file):\(site.line):\(site.column): \(message)"
    }
}

/// How a rule is configured in `rules:`.
public struct RuleSetting: Sendable, Hashable {
    public var enabled: Bool?
    public var severity: Severity?

    public init(enabled: Bool? = nil, severity: Severity? = nil) {
        self.enabled = enabled
        self.severity = severity
    }
}

/// The last day a waiver works (UTC, inclusive): it stops working at the next midnight.
public struct WaiverDate: Sendable, Hashable {
    /// As written: `2027-01-31`.
    public let text: String
    /// Midnight UTC after that day: the waiver is expired from this instant on.
    public let expiresAt: Date

    /// Nil unless `text` is a calendar date `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let start = calendar.date(from: components),
              let next = calendar.date(byAdding: .day, value: 1, to: start) else { return nil }
        self.text = text
        self.expiresAt = next
    }

    public func isExpired(at now: Date) -> Bool { now >= expiresAt }
}

/// A waiver of one rule's findings, from `.archlint.yml` (`suppress:`) or from a CloudFormation
/// resource's `Metadata.archlint.suppress`.
public struct Suppression: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// Config: findings whose file matches `path` (relative to the config's directory) and
        /// whose resource is `resource`; either may be left out, not both.
        case config(path: Glob?, resource: String?)
        /// Inline: findings in that template on that resource (by name, or at or below its path).
        case inline(file: String, resource: String, resourcePath: String)
    }

    /// A rule ID of the catalog.
    public var rule: String
    public var scope: Scope
    public var reason: String
    public var until: WaiverDate?
    /// Where it is written.
    public var site: Site

    public init(rule: String, scope: Scope, reason: String, until: WaiverDate?, site: Site) {
        self.rule = rule
        self.scope = scope
        self.reason = reason
        self.until = until
        self.site = site
    }

    public var kind: Waiver.Kind {
        if case .inline = scope { return .inline }
        return .config
    }
}

/// `.archlint.yml`, checked: every key known, every value of the right type.
public struct GateConfig: Sendable {
    /// The configuration file as shown in messages.
    public var file: String
    /// Absolute directory of the file: `exclude` and `suppress[].path` are relative to it.
    public var directory: String
    public var failOn: FailOn?
    public var exclude: [Glob] = []
    /// By rule ID (slugs are resolved while parsing).
    public var rules: [String: RuleSetting] = [:]
    public var suppressions: [Suppression] = []
    /// Rule parameters (see `RuleOptions`).
    public var expiryWindowDays: Int?
    public var secretNames: [String] = []
    public var allowedPrincipals: [String] = []
    /// Full action names (`ec2:DescribeInstances`), patterns already expanded with the IAM catalog.
    public var starOnlyActions: [String] = []
    /// Templates judged with the parameter values they are deployed with (`stacks:`).
    public var stacks: [StackSetting] = []
    /// The rules of every rule pack: `rule-packs:` and the `--rules` packs given with it.
    public var packRules: [RuleMetadata] = []

    public init(file: String, directory: String) {
        self.file = file
        self.directory = directory
    }

    /// The catalog's rules as configured: disabled ones left out, opt-in ones only when enabled
    /// here (`enable:` or `enabled: true`) or named in `enabling` (`--rule`), severities overridden.
    public func configuredRules(_ catalog: [RuleMetadata], enabling: Set<String> = []) -> [RuleMetadata] {
        catalog.compactMap { rule in
            let setting = rules[rule.id] ?? RuleSetting()
            if setting.enabled == false { return nil }
            if rule.optIn && setting.enabled != true && !enabling.contains(rule.id) { return nil }
            var configured = rule
            if let severity = setting.severity { configured.severity = severity }
            return configured
        }
    }
}

/// One entry of `stacks:`: a template and the parameter file it is deployed with, both as
/// absolute paths (written relative to the configuration's directory).
public struct StackSetting: Sendable, Hashable {
    public var template: String
    public var templateSite: Site
    public var parameters: String
    /// The parameter file as written in the configuration, for messages.
    public var parametersShown: String
    public var parametersSite: Site

    public init(template: String, templateSite: Site, parameters: String, parametersShown: String, parametersSite: Site) {
        self.template = template
        self.templateSite = templateSite
        self.parameters = parameters
        self.parametersShown = parametersShown
        self.parametersSite = parametersSite
    }
}
