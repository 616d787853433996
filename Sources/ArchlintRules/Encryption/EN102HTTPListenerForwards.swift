import ArchlintModel

/// A listener taking plaintext HTTP (or TCP on port 80) that forwards traffic instead of
/// redirecting it to HTTPS.
struct EN102HTTPListenerForwards: Rule {
    static let id = "EN102"

    func check(_ model: Architecture, _ context: inout RuleContext) {
        for listener in model.listeners.all {
            context.checked(listener.resource)
            guard case .known(let proto, _) = listener.protocolName else { continue }
            let port = listener.port.value
            let plaintext = proto.uppercased() == "HTTP" || (proto.uppercased() == "TCP" && port == 80)
            guard plaintext else { continue }
            for action in listener.defaultActions where action.type.value?.lowercased() == "forward" {
                context.report("\(proto.uppercased()) listener\(port.map { " on port \($0)" } ?? "") forwards traffic unencrypted instead of redirecting to HTTPS",
                               at: action.type.site ?? action.site, on: listener.resource)
            }
        }
    }
}
