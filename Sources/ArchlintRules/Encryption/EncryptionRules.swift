extension RuleRegistry {
    static let encryption: [any Rule.Type] = [
        EN101PlaintextSecret.self, EN102HTTPListenerForwards.self, EN103WeakTLSPolicy.self,
        EN104EFSTransitEncryption.self, EN105BucketInsecureTransport.self, EN106BucketPublicOrUnencrypted.self,
        EN130PlaintextSecretProperty.self, EN137SecretInOutput.self, EN138NoEchoDefault.self,
        EN142RestStageClientCertificate.self, EN160AuthenticationMetadataSecret.self,
    ]
}
