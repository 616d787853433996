import ArchlintModel
import Foundation

/// A `NoEcho` parameter with a `Default`: NoEcho masks the value in the console and API, but
/// the default is written in the template, in plaintext, for anyone who reads it.
struct EN138NoEchoDefault: Rule {
    static let id = "EN138"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for template in model.templates {
            for parameter in template.parameters where parameter.noEcho {
                // Parameters are not resources: only one at fault is named (JUnit lists no passing ones).
                // An empty default (an optional secret left unset) writes nothing down, nor does
                // a sentinel (`none`, `****`, a number, an enumeration word).
                guard case .known(let value, let site) = parameter.defaultValue,
                      !value.trimmingCharacters(in: .whitespaces).isEmpty,
                      !EN130PlaintextSecretProperty.isPlainSetting(value) else { continue }
                let owner = ResourceInfo(name: parameter.name, type: "Parameter", site: parameter.site, origin: .cloudFormation)
                context.report("NoEcho parameter `\(parameter.name)` has a Default: the value is in the template in plaintext",
                               at: site, on: owner)
            }
        }
    }
}
