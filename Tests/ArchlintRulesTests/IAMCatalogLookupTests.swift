import ArchlintIAMCatalog
import Testing

/// Exact lookups go by service, then by binary search over the service's sorted names (no
/// per-action dictionary): every embedded action must be found by its own name, and text
/// out of order or with repeats must still read as before (first of a repeated name wins).
@Suite struct IAMCatalogLookupTests {
    @Test func everyActionIsFoundByItsName() {
        let catalog = IAMCatalog.shared
        let everything = catalog.expand("*")
        #expect(everything.count == catalog.actionCount)
        for action in everything {
            #expect(catalog.action(action.fullName) == action, "\(action.fullName)")
            #expect(catalog.action(action.fullName.uppercased()) == action, "\(action.fullName)")
            #expect(catalog.expand(action.fullName) == [action], "\(action.fullName)")
        }
    }

    @Test func unsortedServicesAndRepeatedNames() {
        let text = """
            zeta
            Write\tW\t1
            Alpha\tR\t0
            write\tL\t0
            Mid\tT\t1
            alpha\tP\t1
            sorted
            A\tL\t0
            B\tR\t1
            b\tW\t0
            C\tP\t0
            """
        let c = IAMCatalog(parsing: text)
        #expect(c.actionCount == 6)
        #expect(c.expand("zeta:*").map(\.name) == ["Write", "Alpha", "Mid"], "text order, repeats dropped")
        #expect(c.action("zeta:write")?.accessLevel == .write, "the first of a repeated name wins")
        #expect(c.action("zeta:ALPHA")?.accessLevel == .read)
        #expect(c.action("zeta:mid")?.accessLevel == .tagging)
        #expect(c.action("sorted:b")?.accessLevel == .read)
        #expect(c.action("sorted:c")?.accessLevel == .permissionsManagement)
        #expect(c.action("sorted:d") == nil)
        #expect(c.action("sorted") == nil)
        #expect(c.action("nope:a") == nil)
        #expect(c.resolve("zeta:Nope") == .unknownAction)
    }
}
