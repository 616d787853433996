import ArchlintModel
import Testing

/// The CIDR classification the security-group rules share (PS104-PS110, PS121): the internet,
/// public ranges as wide as it, private (VPC-internal) ranges, and everything between.
@Suite struct AddressRangeTests {
    @Test(arguments: ["0.0.0.0/0", "::/0", "192.168.1.0/0", "0000:0000:0000:0000:0000:0000:0000:0000/0",
                      "11.0.0.0/8", "172.0.0.0/8", "10.0.0.0/7", "64.0.0.0/2", "2000::/3", "2001::/16"])
    func theInternetAndRangesAsWideAreInternetWide(cidr: String) throws {
        let range = try #require(AddressRange(cidr))
        #expect(range.isInternetWide)
        #expect(!range.isPrivate)
    }

    @Test(arguments: ["10.0.0.0/8", "10.1.2.0/24", "172.16.0.0/12", "172.31.255.0/24", "192.168.0.0/16",
                      "100.64.0.0/10", "127.0.0.1/32", "169.254.169.254/32", "fd00:1::/64", "fc00::/7", "fe80::/10", "::1/128"])
    func privateRangesAreNeitherPublicNorWide(cidr: String) throws {
        let range = try #require(AddressRange(cidr))
        #expect(range.isPrivate)
        #expect(!range.isInternetWide)
    }

    @Test(arguments: ["23.45.67.88/29", "52.0.0.0/12", "172.32.0.0/16", "1.2.3.5/16", "2001:db8:1234::/48", "2600::/17"])
    func narrowerPublicRangesAreNeither(cidr: String) throws {
        let range = try #require(AddressRange(cidr))
        #expect(!range.isPrivate)
        #expect(!range.isInternetWide)
    }

    @Test(arguments: ["", "10.0.0.0", "10.0.0/8", "256.0.0.0/8", "10.0.0.0/33", "::/129", "fffff::/16", "x/8", "10.0.0.0/-1"])
    func malformedTextIsNotARange(text: String) {
        #expect(AddressRange(text) == nil)
    }

    @Test func messagesNameHowWideAPublicRangeIs() {
        #expect(AddressRange.label("11.0.0.0/8") == "11.0.0.0/8 (a public range of 16,777,216 addresses)")
        #expect(AddressRange.label("2001::/16") == "2001::/16 (a public range of 2^112 addresses)")
        #expect(AddressRange.label("0.0.0.0/0") == "0.0.0.0/0")
        #expect(AddressRange.label("10.0.0.0/8") == "10.0.0.0/8")
    }

    @Test func anIngressRuleFromAPublicSlash8IsOpenToTheWorld() {
        let site = Site(file: "t.yaml", line: 1, column: 1, path: "Resources/G")
        let wide = IngressRule(site: site, ipProtocol: .known("tcp", site), fromPort: .known(22, site), toPort: .known(22, site),
                               cidr: .known("172.0.0.0/8", site))
        var office = wide
        office.cidr = .known("172.16.0.0/12", site)
        #expect(wide.isOpenToWorld)
        #expect(!office.isOpenToWorld)
    }
}
