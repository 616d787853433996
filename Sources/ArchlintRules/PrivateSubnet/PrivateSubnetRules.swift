extension RuleRegistry {
    static let privateSubnet: [any Rule.Type] = [
        PS101PublicIPAssigned.self, PS102PublicSubnetPlacement.self, PS103SubnetNotDescribed.self,
        PS104OpenSecurityGroupWorkload.self, PS105LoadBalancerOpenPort.self, PS106InternetFacingLBPrivateSubnets.self,
        PS108WorldOpenAllTraffic.self, PS109WorldOpenRiskyPort.self, PS110WorldOpenOtherPort.self,
        PS121AllTrafficFromPublicRange.self, PS123DataStoreInPublicSubnet.self,
    ]
}
