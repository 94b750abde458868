package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IPv4, IPv6 and MAC addresses in logs and configs; versions, times, OIDs, hashes and UUIDs are not addresses. */
class NetworkDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Accepted connection from ⟦192.168.1.20⟧:51234",
        "Mar 15 10:30:03 sshd[811]: Failed password for root from ⟦203.0.113.77⟧ port 22",
        "bind_address = ⟦10.0.0.5⟧\nallow = ⟦172.16.254.1⟧/24",
        "DNS ⟦8.8.8.8⟧ and ⟦1.1.1.1⟧.",
        "\"client_ip\": \"⟦198.51.100.23⟧\"",
        "v6 ⟦2001:db8::8a2e:370:7334⟧ and full ⟦2001:0db8:85a3:0000:0000:8a2e:0370:7334⟧",
        "link-local ⟦fe80::1ff:fe23:4567:890a⟧%eth0, mapped ⟦::ffff:192.0.2.128⟧",
        "url http://[⟦2001:db8::1⟧]:8080/",
    })
    void finds_ip_addresses(String marked) {
        Marked.finds(PiiType.IP, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "eth0 ⟦00:1A:2B:3C:4D:5E⟧ up",
        "hwaddr=⟦a4-83-e7-12-34-56⟧",
        "cisco ⟦0011.2233.4455⟧ learned on Gi0/1",
        "{\"mac\": \"⟦3c:22:fb:9a:01:7e⟧\"}",
    })
    void finds_mac_addresses(String marked) {
        Marked.finds(PiiType.MAC, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "listen on 0.0.0.0:8080, loopback 127.0.0.1, netmask 255.255.255.0, ::1 and ::",
        "version 1.2.3.4, ver = \"2.0.0.1\", build: 10.0.0.1",
        "OID 1.3.6.1.4.1.311 and 1.2.840.113549",
        "times 10:30:45 and 12:00:00.123, ratio 16:9",
        "C++ std::vector<int>::iterator and Foo::bar()",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "not an address 256.1.1.1 or 1.2.3 or 01.02.03.04",
        "mac 00:00:00:00:00:00 and ff:ff:ff:ff:ff:ff identify no device",
        "bytes de:ad:be:ef:00 and 00:11:22:33:44:55:66",
        "dict {\"a\": 1, \"b\": 2}, key: value, http://example.com:8080/path",
    })
    void leaves_what_is_not_an_address(String text) {
        Marked.clean(text);
    }

    @Test
    void ipv6_shapes() {
        assertThat(IpDetector.validV6("2001:db8::1")).isTrue();
        assertThat(IpDetector.validV6("1:2:3:4:5:6:7:8")).isTrue();
        assertThat(IpDetector.validV6("1:2:3:4:5:6:7")).isFalse();
        assertThat(IpDetector.validV6("1::2::3")).isFalse();
        assertThat(IpDetector.validV6("12345::1")).isFalse();
    }
}
