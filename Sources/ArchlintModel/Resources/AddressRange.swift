/// An IPv4 or IPv6 CIDR as written in an ingress rule, classified for the network rules:
/// the whole internet, a public range as wide as it, a private (VPC-internal) range, or
/// another public range. Hand-written: no listed Swift package parses CIDRs, and libc's
/// `inet_pton` takes no prefix length.
public struct AddressRange: Sendable, Hashable {
    public let isIPv6: Bool
    public let prefix: Int
    /// The IPv4 address, or the first 32 bits of the IPv6 address.
    let head: UInt32

    public init?(_ text: String) {
        // Read by byte: `contains(":")` and `split` on substrings went through Foundation's
        // generic string search, about 10,000 instructions a CIDR, and every ingress rule asks.
        let bytes = Array(text.utf8)
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")), let prefix = Self.decimal(bytes[(slash + 1)...]),
              prefix >= 0 else { return nil }
        let address = bytes[..<slash]
        if address.contains(UInt8(ascii: ":")) {
            guard prefix <= 128, let head = Self.ipv6Head(Substring(text.utf8.prefix(slash))) else { return nil }
            (isIPv6, self.prefix, self.head) = (true, prefix, head)
        } else {
            let octets = address.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { Self.decimal($0) }
            guard prefix <= 32, octets.count == 4, octets.allSatisfy({ ($0 ?? 256) < 256 }) else { return nil }
            (isIPv6, self.prefix, self.head) = (false, prefix, octets.reduce(UInt32(0)) { $0 << 8 | UInt32($1!) })
        }
    }

    /// Decimal digits, with an optional `+` (as `Int(_:)` reads them), else nil; past 18 digits
    /// nil too (no prefix or octet is that long, and it cannot overflow).
    private static func decimal(_ written: ArraySlice<UInt8>) -> Int? {
        let digits = written.first == UInt8(ascii: "+") ? written.dropFirst() : written
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// The first two groups of an IPv6 address; the groups after `::` never reach them.
    private static func ipv6Head(_ address: Substring) -> UInt32? {
        let lead = address[..<(address.firstRange(of: "::")?.lowerBound ?? address.endIndex)].split(separator: ":")
        let groups = lead.prefix(2).map { UInt32($0, radix: 16) }
        guard groups.allSatisfy({ ($0 ?? 0x10000) < 0x10000 }) else { return nil }
        return (groups + [0, 0]).prefix(2).reduce(0) { $0 << 16 | $1! }
    }

    /// RFC 1918, shared (RFC 6598), loopback, link-local and "this network" IPv4; unique-local,
    /// link-local and loopback IPv6 (`::1` as a /128, not judged by its head).
    private static let privateIPv4: [(UInt32, Int)] = [
        (0x0000_0000, 8), (0x0A00_0000, 8), (0xAC10_0000, 12), (0xC0A8_0000, 16), (0x6440_0000, 10), (0x7F00_0000, 8), (0xA9FE_0000, 16),
    ]
    private static let privateIPv6: [(UInt32, Int)] = [(0xFC00_0000, 7), (0xFE80_0000, 10)]

    /// Every address of the range lies in a private block (a VPC-internal source).
    public var isPrivate: Bool {
        if isIPv6 && prefix == 128 && head == 0 { return true }
        return (isIPv6 ? Self.privateIPv6 : Self.privateIPv4).contains { block, length in
            prefix >= length && head >> UInt32(32 - length) == block >> UInt32(32 - length)
        }
    }

    /// The whole internet (any `/0`, however the address is written), or a public range so
    /// wide it is as good as the internet: an IPv4 /8 or wider (16,777,216 addresses, more than
    /// any office), an IPv6 /16 or wider.
    public var isInternetWide: Bool {
        prefix == 0 || (prefix <= (isIPv6 ? 16 : 8) && !isPrivate)
    }

    /// The CIDR as a message names it: `11.0.0.0/8 (a public range of 16,777,216 addresses)` for
    /// a wide public range, the text itself otherwise.
    public static func label(_ cidr: String) -> String {
        guard let range = AddressRange(cidr), range.prefix > 0, range.isInternetWide else { return cidr }
        if range.isIPv6 { return "\(cidr) (a public range of 2^\(128 - range.prefix) addresses)" }
        let count = String(UInt64(1) << UInt64(32 - range.prefix))
        var grouped = ""
        for (index, digit) in count.enumerated() {
            if index > 0 && (count.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return "\(cidr) (a public range of \(grouped) addresses)"
    }
}
