import Foundation

/// Small certificates made for these tests with OpenSSL 3.0 (throwaway keys, discarded;
/// nothing here comes from the corpus). Commands, in order:
///
///     ec:         req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -days 365
///                 -subj "/C=GB/O=Archlint Test/CN=ec.example.test" -set_serial 0x00ABCDEF
///                 -addext "subjectAltName=DNS:ec.example.test,DNS:*.ec.example.test,IP:192.0.2.7,IP:2001:db8::1"
///                 -addext "basicConstraints=critical,CA:FALSE"
///     rsa1024md5: genrsa 1024; x509 -req -signkey … -md5 -days 9000 -set_serial 1
///                 (subject "/O=Archlint Test/CN=Weak Root", basicConstraints=critical,CA:TRUE;
///                 notAfter in 2051, so encoded as GeneralizedTime)
///     ed:         req -x509 -newkey ed25519 -days 365 -subj "/CN=ed25519.example.test" -set_serial 0x7f
///     dsa:        DSA-1024 key, req -x509 -sha256 -subj "/CN=dsa.example.test" -set_serial 2
///     pss:        RSA-PSS 2048 key, req -x509 -sha256 -multivalue-rdn
///                 -subj "/O=Archlint Test/CN=pss.example.test+UID=pss" -set_serial 3
///     psssha1:    RSA 2048 key, req -x509 -sha1 -sigopt rsa_padding_mode:pss (default PSS parameters)
///     ecsha1:     P-384 key, req -x509 -sha1 with string_mask=pkix and -utf8
///                 -subj "/O=Zürich AG/CN=ecsha1.example.test" (O becomes a BMPString)
///     k1:         secp256k1 key, req -x509 -sha256 -subj "/CN=k1.example.test"
///     explicit:   ecparam -name prime256v1 -param_enc explicit, req -x509 -sha256
///     ed448:      req -x509 with an Ed448 key
///     t61:        P-384 key, string_mask=nombstr, -subj "/O=Caf\xe9 Ltd/CN=t61.example.test"
///                 (O becomes a TeletexString holding a Latin-1 byte)
enum SelfMade {
    static let ec = """
        -----BEGIN CERTIFICATE-----
        MIICCjCCAa+gAwIBAgIEAKvN7zAKBggqhkjOPQQDAjA/MQswCQYDVQQGEwJHQjEW
        MBQGA1UECgwNQXJjaGxpbnQgVGVzdDEYMBYGA1UEAwwPZWMuZXhhbXBsZS50ZXN0
        MB4XDTI2MTEyNzE3MzIxOVoXDTI3MTEyNzE3MzIxOVowPzELMAkGA1UEBhMCR0Ix
        FjAUBgNVBAoMDUFyY2hsaW50IFRlc3QxGDAWBgNVBAMMD2VjLmV4YW1wbGUudGVz
        dDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABNd/BKrUoKR5E0Pa9VHKnHB6neBd
        8sU2T1b23KnLj5SH2AQ7vSoGqHbDIaWi+927fBWHU/uWbhI803KxSrz0CVKjgZgw
        gZUwHQYDVR0OBBYEFLNh52KP8bF+wEetlEZC4DtlkVP0MB8GA1UdIwQYMBaAFLNh
        52KP8bF+wEetlEZC4DtlkVP0MEUGA1UdEQQ+MDyCD2VjLmV4YW1wbGUudGVzdIIR
        Ki5lYy5leGFtcGxlLnRlc3SHBMAAAgeHECABDbgAAAAAAAAAAAAAAAEwDAYDVR0T
        AQH/BAIwADAKBggqhkjOPQQDAgNJADBGAiEAkDpZ5+wk0LjRi3vwqPteoAhhTEyy
        fA3vZRI5WmQu4V0CIQCBjWNipQFpuPoRBIquJDiDSEWslY3+smMdKEaXnQ5shA==
        -----END CERTIFICATE-----
        """

    static let rsa1024md5 = """
        -----BEGIN CERTIFICATE-----
        MIICAjCCAWugAwIBAgIBATANBgkqhkiG9w0BAQQFADAsMRYwFAYDVQQKDA1BcmNo
        bGludCBUZXN0MRIwEAYDVQQDDAlXZWFrIFJvb3QwIBcNMjYxMTI3MTczMjIzWhgP
        MjA1MTA3MTkxNzMyMjNaMCwxFjAUBgNVBAoMDUFyY2hsaW50IFRlc3QxEjAQBgNV
        BAMMCVdlYWsgUm9vdDCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAwOPGdxy+
        B25R4A0SphluYC4P/7EvBU5LesulIovuFaGK3fA0QQ5arn6mTa6zKXSOY7ovpb5n
        GDegPTgeG1WtxJl03Y5ZMipS3D2WRbn8Z2FDt8/34Vw+GXClatIouiWAOusUKGNz
        S3lVMl/eaknsk6MIewSTusVI+nK1xGkgMBECAwEAAaMyMDAwDwYDVR0TAQH/BAUw
        AwEB/zAdBgNVHQ4EFgQUtqmbKbnbVjxlQcsmiVhfsEyaHzwwDQYJKoZIhvcNAQEE
        BQADgYEAr57jC1ZS05uTJ060k/TMxE43PiWPXk0DvGDPef7f7eNkecGKGy9N+HZH
        zlcpmAh2pWqZl+mgY6dvI517iE+ETVXxG2QluuCqOjJ4a5rklU44gvk9Xzp/dotT
        FRpOt72csscPuXgAzmLW9EgtoRHaFF4kBHf9aSlbFHZ2nWI1dJI=
        -----END CERTIFICATE-----
        """

    static let ed = """
        -----BEGIN CERTIFICATE-----
        MIIBPzCB8qADAgECAgF/MAUGAytlcDAfMR0wGwYDVQQDDBRlZDI1NTE5LmV4YW1w
        bGUudGVzdDAeFw0yNjExMjcxNzMyMTlaFw0yNzExMjcxNzMyMTlaMB8xHTAbBgNV
        BAMMFGVkMjU1MTkuZXhhbXBsZS50ZXN0MCowBQYDK2VwAyEAvtmu0lxuzhop/T03
        5PKooLJvh4rDML3NT5vK8eWpWhqjUzBRMB0GA1UdDgQWBBR4hTw2NrEklrPeGIMW
        4lEVQymdqzAfBgNVHSMEGDAWgBR4hTw2NrEklrPeGIMW4lEVQymdqzAPBgNVHRMB
        Af8EBTADAQH/MAUGAytlcANBACnixsf8gPFSZnGkqxz9Ljpho9NSWMtqa+G1EGYR
        bWneipO+dnMJZBIQW4axxI9TNmRk8TbSz7Od2bK5u0Zdlgo=
        -----END CERTIFICATE-----
        """

    static let dsa = """
        -----BEGIN CERTIFICATE-----
        MIIC2DCCAoagAwIBAgIBAjALBglghkgBZQMEAwIwGzEZMBcGA1UEAwwQZHNhLmV4
        YW1wbGUudGVzdDAeFw0yNjExMjcxNzM1MTVaFw0yNjEyMjcxNzM1MTVaMBsxGTAX
        BgNVBAMMEGRzYS5leGFtcGxlLnRlc3QwggG+MIIBMwYHKoZIzjgEATCCASYCgYEA
        uTCa4FVQDxfjwGGCYy5veQ0k4ACjcJfvfLUgvErnnFqJ6/lEZHCNPgr6BR39klvd
        RiDmLOv57pAwy17fIbnPIAqxJQzyNDw93zRVbCi9HjneGuBPy1l6MvvnZKSvyrt8
        O6OBcnFKM53sLPiv1Ftx1JgHQMmNwSCipsX/jfbMFZkCHQD0x4lR+IghybaUmsb+
        v38BNSseSsqY6ftBgYCRAoGAPr8GlNl/15RqHiBOv/TXu26DnIi1xnbb4WWJyjR9
        VhVecaSbUZnIL5yXsWr+IMFrvWq3oY/S4bs7jh1tFeY+s18MaYq6FeTrGz+a7ojh
        3B9l9R+0s+6iuC+yDVvUFCbCZqIqkj/lc2OWYqcjAzeK0FBidTXsV6Vg4xeuCehD
        C1cDgYQAAoGASKrqiu6p2yrHXs0SdIoA6lGendC5K/oDZtuovxTp2jdyAWBM1F7h
        a+vrcdUvwhEKgy3uFLAqz8yIarudocvryXNQ/e+YY+ax9TNaGs6Lkzw9YhiFjtmS
        a51oW3FEXeo+tJegTw6wacxB9PxjUuIojpmQVpZs3xiOSjjDwgaZMV6jUzBRMB0G
        A1UdDgQWBBRwz/OXbEOb+n4rTQckGb0sC29k1zAfBgNVHSMEGDAWgBRwz/OXbEOb
        +n4rTQckGb0sC29k1zAPBgNVHRMBAf8EBTADAQH/MAsGCWCGSAFlAwQDAgM/ADA8
        AhwYVM54myLdR9l5tQR9GP35oJX6Ji3pWUzl7k8JAhxBYv8V2678e6YTsB3zudXQ
        VFXSpkTVPn+tV0TB
        -----END CERTIFICATE-----
        """

    static let pss = """
        -----BEGIN CERTIFICATE-----
        MIIDwjCCAnWgAwIBAgIBAzBCBgkqhkiG9w0BAQowNaAPMA0GCWCGSAFlAwQCAQUA
        oRwwGgYJKoZIhvcNAQEIMA0GCWCGSAFlAwQCAQUAogQCAgDeMEYxFjAUBgNVBAoM
        DUFyY2hsaW50IFRlc3QxLDARBgoJkiaJk/IsZAEBDANwc3MwFwYDVQQDDBBwc3Mu
        ZXhhbXBsZS50ZXN0MB4XDTI2MTEyNzE3MzUxNloXDTI2MTIyNzE3MzUxNlowRjEW
        MBQGA1UECgwNQXJjaGxpbnQgVGVzdDEsMBEGCgmSJomT8ixkAQEMA3BzczAXBgNV
        BAMMEHBzcy5leGFtcGxlLnRlc3QwggEgMAsGCSqGSIb3DQEBCgOCAQ8AMIIBCgKC
        AQEAtAh00PdLKW+aP5msQ1ZpJDe3t8sM9WU5PIW5I1qzVbPeTi4AUHWrz9KIHqCl
        MNi98B8rpjCNTDRfblksk21dVvrUT8/6IMmgF0fs46nxP9cbZ47yutFgaPhGEP9R
        Ck6dWGg5hDT3KjyS9pTxF0MV6itg7xs0nE2Ub96FgUB17c4yTEzgiZt0uyr0TqI/
        tbOMSgzhV9LAa+vkwzVgracfl3rL1hD6WmtnfsvI89E0DHnWRAvWdXB90khXGJe4
        f1ReUQ05RvKdWQXyu2uZO68i7C/jDFXGZqqj9uSqLh0PgU7sKTZxnIZitArNsivS
        XsuyUofseN2ZxUkYVvP1vPY7nQIDAQABo1MwUTAdBgNVHQ4EFgQUZGozaB5jZZPZ
        mYfOmbETEsta8t4wHwYDVR0jBBgwFoAUZGozaB5jZZPZmYfOmbETEsta8t4wDwYD
        VR0TAQH/BAUwAwEB/zBCBgkqhkiG9w0BAQowNaAPMA0GCWCGSAFlAwQCAQUAoRww
        GgYJKoZIhvcNAQEIMA0GCWCGSAFlAwQCAQUAogQCAgDeA4IBAQA7yZtCmJEPX7Nz
        dwdFPzHBzzGbxT317RW19FaSGXY1ftK4g72MUj+cGYro25T8tneQ1RIEgjJaxa1y
        47x0TLV+RwjUn/CfUG7hvlpzqcPCPUh59KnYLoLxk+2nRjZDULATJJyarOwQj5Em
        FNu7AomTQxAYC0iY5awm+/U6kIvMF8N1k1owUlf3eJph9T/KF7J41j5u/JDLzEzS
        lv05eajvrrVYtyFnejzc4SHjZcgWsDcRvOt27HqQgRw3mBwGnlA+UB2nbYDGHQ56
        HLkt07VPhimGw7AJa1toq1FSVfAyWsRyCCEhlj+KOqRs43o5WtgSptiJsvRCy08a
        NNPB6bXO
        -----END CERTIFICATE-----
        """

    static let psssha1 = """
        -----BEGIN CERTIFICATE-----
        MIIDGjCCAfygAwIBAgIBCTATBgkqhkiG9w0BAQowBqIEAgIA6jAgMR4wHAYDVQQD
        DBVwc3Mtc2hhMS5leGFtcGxlLnRlc3QwHhcNMjYxMTI3MTczNTE2WhcNMjYxMjI3
        MTczNTE2WjAgMR4wHAYDVQQDDBVwc3Mtc2hhMS5leGFtcGxlLnRlc3QwggEiMA0G
        CSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDpny8BdA6N4gdHpy/smaPDA8p7lD/e
        WlVW8FEmTKOzomMEiqu07AFkx8l2Urp4fRgySED4MtYzdek0rqt6NHTo/hiZftD7
        G5mUL4M/iFBgkggpEQsxoz9aVZByxnt3XSJxtOdi/3K54GfDnAbmdCjly983vv4p
        VFMiThJVz8FQMKyg29e3Qxl/4X5YP+VM6wNpsuXYWivKqcfnBZR2wn8zOzrglSWs
        dQSgqsDdTaX1Nt1KFdX13Zqs+LxNYZUkPnIboG35hWJFirW9xJf9MdATEtqbqvY7
        fo1Ywk1YeHjtEa/iQ+ps1SdUdlRJBwoHsDEz9prdCYbDUQI2ete2rGLXAgMBAAGj
        UzBRMB0GA1UdDgQWBBTQ22BGQP/3MCmMXQMboIc7LILNpDAfBgNVHSMEGDAWgBTQ
        22BGQP/3MCmMXQMboIc7LILNpDAPBgNVHRMBAf8EBTADAQH/MBMGCSqGSIb3DQEB
        CjAGogQCAgDqA4IBAQCQzGFhZKbChiIkOgeCI7EvVvUHkRbo+xxuWPL9L4pFBlli
        uZ/KfXFgsCxbOatC+6fgRGwpbuiqrG2Z4/3nMTrjQ8++IHnfL2gWYpPBJp7e1MmH
        iLoT5O32+LNzXiU7AJ/mQqTF7nF95LvFQfKOsl6tJPoctNuUOvQ4aakwD8CNCo0v
        kkVU5bAzktNwJtEsZ81Ram9VSU8Va/dyfCZNDpATg947CRhFtu1RuZV0EQ1J/zz0
        wlxe3eiB1smlf2ZSz6jjlk0oHD0/uRVkNc+JmeuMOYdTqMKY7GDObdSj419aSINV
        M9qm5ZF2sSAhvM2OgksTHS1fexUJVlKNCQxLQRXl
        -----END CERTIFICATE-----
        """

    static let ecsha1 = """
        -----BEGIN CERTIFICATE-----
        MIIBmTCCASACAQQwCQYHKoZIzj0EATA7MRswGQYDVQQKHhIAWgD8AHIAaQBjAGgA
        IABBAEcxHDAaBgNVBAMTE2Vjc2hhMS5leGFtcGxlLnRlc3QwHhcNMjYxMTI3MTcz
        NTE2WhcNMjYxMjI3MTczNTE2WjA7MRswGQYDVQQKHhIAWgD8AHIAaQBjAGgAIABB
        AEcxHDAaBgNVBAMTE2Vjc2hhMS5leGFtcGxlLnRlc3QwdjAQBgcqhkjOPQIBBgUr
        gQQAIgNiAASoxU+6lh8AEEPdOrzYtrYMjRVcqlxGiOJJ7ZtXAy41vE8jVEhfZY5G
        GhFFi4iG+oTKxOA9VvFBpBOpM5iG4mW4Lug/2pHpc7GLq6zccmyrEeXBW5Vk82gR
        L7sD8PkBU2swCQYHKoZIzj0EAQNoADBlAjAsB0zktkM9x/wuKJ/suhZIVmIk90Do
        q+VCIXw8uQiKmiAE9zsBENHfnI+GyvYKuUsCMQD8mitH3zcM2I2S8/CwpeCmNbtC
        hftzBLV5lxnT6RcHJeJvKp5q5bYPcuUFl4B5kSU=
        -----END CERTIFICATE-----
        """

    static let k1 = """
        -----BEGIN CERTIFICATE-----
        MIIBczCCARmgAwIBAgIBBTAKBggqhkjOPQQDAjAaMRgwFgYDVQQDDA9rMS5leGFt
        cGxlLnRlc3QwHhcNMjYxMTI3MTczNTE2WhcNMjYxMjI3MTczNTE2WjAaMRgwFgYD
        VQQDDA9rMS5leGFtcGxlLnRlc3QwVjAQBgcqhkjOPQIBBgUrgQQACgNCAARzw0Ji
        Pre5JfYLabksYv5lcEPsYRHyG0aNRz+8cNqnhvIJlspPhSP789vud1XIlv4r4r7S
        jfYmJ0OzvUfkIkQWo1MwUTAdBgNVHQ4EFgQUIjULdeEWgwON5/S/LscflXpcNU0w
        HwYDVR0jBBgwFoAUIjULdeEWgwON5/S/LscflXpcNU0wDwYDVR0TAQH/BAUwAwEB
        /zAKBggqhkjOPQQDAgNIADBFAiB8PmbQ5s21TQhe9orij9V1P8h49OHtd33wTb9r
        QzYTAAIhAJ9wCfxDCMrcBOL91434vyk1dSJOmHF/XybiyIeOyavm
        -----END CERTIFICATE-----
        """

    static let explicit = """
        -----BEGIN CERTIFICATE-----
        MIICdTCCAhygAwIBAgIBBjAKBggqhkjOPQQDAjAgMR4wHAYDVQQDDBVleHBsaWNp
        dC5leGFtcGxlLnRlc3QwHhcNMjYxMTI3MTczNTE2WhcNMjYxMjI3MTczNTE2WjAg
        MR4wHAYDVQQDDBVleHBsaWNpdC5leGFtcGxlLnRlc3QwggFLMIIBAwYHKoZIzj0C
        ATCB9wIBATAsBgcqhkjOPQEBAiEA/////wAAAAEAAAAAAAAAAAAAAAD/////////
        //////8wWwQg/////wAAAAEAAAAAAAAAAAAAAAD///////////////wEIFrGNdiq
        OpPns+u9VXaYhrxlHQawzFOw9jvOPD4n0mBLAxUAxJ02CIbnBJNqZnjhE50mt4Gf
        fpAEQQRrF9Hy4SxCR/i85uVjpEDydwN9gS3rM6D0oTlF2JjClk/jQuL+Gn+bjufr
        SnwPnhYrzjNXazFezsu2QGg3v1H1AiEA/////wAAAAD//////////7zm+q2nF56E
        87nKwvxjJVECAQEDQgAEJf4yOsA4HbzImgnzRTqIEoJ2iEoFi+RZLk9jj8f9D7x4
        HcHSIgeG5KMSuHcj8peZEYuy3A+HLoPXcyqcNOqpiqNTMFEwHQYDVR0OBBYEFEDX
        z7NUwiW+Vyv+GMwGaSIVkxLpMB8GA1UdIwQYMBaAFEDXz7NUwiW+Vyv+GMwGaSIV
        kxLpMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgFARAyGiqInAW
        1GAw579oojsjFXDfMFOTDyWuBpI8eYwCIEL7klbKfkjeoZuEci/Zap2+kkQ4rent
        i5Dd+5YS8J+t
        -----END CERTIFICATE-----
        """

    static let ed448 = """
        -----BEGIN CERTIFICATE-----
        MIIBhzCCAQegAwIBAgIBBzAFBgMrZXEwHTEbMBkGA1UEAwwSZWQ0NDguZXhhbXBs
        ZS50ZXN0MB4XDTI2MTEyNzE3MzUxNloXDTI2MTIyNzE3MzUxNlowHTEbMBkGA1UE
        AwwSZWQ0NDguZXhhbXBsZS50ZXN0MEMwBQYDK2VxAzoAMmLj1hiGRIiTHBXEtmwY
        4dQ30FPutlcDCiDtw4ZuulUthXFTdSvo1w7xMTXEWvghcKraQTVHeXaAo1MwUTAd
        BgNVHQ4EFgQUCCYfgaRbQLPknJRyyPtXYGYQ4FUwHwYDVR0jBBgwFoAUCCYfgaRb
        QLPknJRyyPtXYGYQ4FUwDwYDVR0TAQH/BAUwAwEB/zAFBgMrZXEDcwABzyn0ogNR
        IR9u9oo4qd+VmBuy3ixYfHyANUdVpNDZg7UzEF4LViOPysCxzKC1aKgfbiy+hZNJ
        xwCdbzlIL68E6SqCiA9JsgWR/EgWEYjd2B395CKTrOxOBUXoqznQ3V7kradYdwCZ
        qinx4O+OWQevJwA=
        -----END CERTIFICATE-----
        """

    static let t61 = """
        -----BEGIN CERTIFICATE-----
        MIIBgTCCAQcCAQgwCgYIKoZIzj0EAwIwLjERMA8GA1UEChQIQ2Fm6SBMdGQxGTAX
        BgNVBAMTEHQ2MS5leGFtcGxlLnRlc3QwHhcNMjYxMTI3MTczNTE2WhcNMjYxMjI3
        MTczNTE2WjAuMREwDwYDVQQKFAhDYWbpIEx0ZDEZMBcGA1UEAxMQdDYxLmV4YW1w
        bGUudGVzdDB2MBAGByqGSM49AgEGBSuBBAAiA2IABKjFT7qWHwAQQ906vNi2tgyN
        FVyqXEaI4kntm1cDLjW8TyNUSF9ljkYaEUWLiIb6hMrE4D1W8UGkE6kzmIbiZbgu
        6D/akelzsYurrNxybKsR5cFblWTzaBEvuwPw+QFTazAKBggqhkjOPQQDAgNoADBl
        AjEAoekJgwoXKaYzBP7TmG675Qt9dQR+6SCEs+Rb/e+/46sAGHujmhZNUULld6m7
        oYy7AjBH/gpysJb3VouPdof/xjUQ4OdgfzT4wQQDQSXipPV1HgWVwUrfXGRc5dN9
        bMhWqKM=
        -----END CERTIFICATE-----
        """

    /// DER bytes of a PEM literal.
    static func der(_ pem: String) -> [UInt8] {
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return [UInt8](Data(base64Encoded: body)!)
    }
}
