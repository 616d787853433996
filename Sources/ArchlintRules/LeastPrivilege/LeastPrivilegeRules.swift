extension RuleRegistry {
    static let leastPrivilege: [any Rule.Type] = [
        LP101AdminAccess.self, LP102ServiceWildcardAllResources.self, LP103ServiceWildcardScoped.self,
        LP104PassRoleUnrestricted.self, LP105PrivilegeEscalation.self, LP106WriteOnAllResources.self,
        LP107DataReadOnAllResources.self, LP108NotResource.self, LP109AdminManagedPolicy.self,
        LP110FullAccessManagedPolicy.self, LP111PublicPrincipal.self, LP112CrossAccountTrust.self,
        LP113SharedTaskExecutionRole.self, LP114UnknownAction.self, LP160DecryptOnAllKeys.self, LP162BucketPolicyOtherAccount.self,
    ]
}
