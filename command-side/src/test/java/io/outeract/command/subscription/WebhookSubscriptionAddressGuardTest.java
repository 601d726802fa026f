package io.outeract.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard that keeps webhook calls off internal addresses. Names resolve through a resolver
 * of the test's own, so no name is looked up and nothing is connected to.
 */
class WebhookSubscriptionAddressGuardTest {

    private static final Map<String, String> NAMES = Map.of(
            "hooks.example.com", "93.184.215.14",
            "loopback.example.com", "127.0.0.1",
            "intranet.example.com", "10.1.2.3",
            "metadata.example.com", "169.254.169.254",
            "v6-loopback.example.com", "::1",
            "unique-local.example.com", "fd12:3456::1",
            "mixed.example.com", "93.184.215.14,192.168.1.20");

    private final Dns resolver = host -> {
        String addresses = NAMES.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return java.util.Arrays.stream(addresses.split(",")).map(literal -> {
            try {
                return InetAddress.getByName(literal);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    };

    private WebhookUrlGuard guard(String allowed) {
        return new WebhookUrlGuard(new GuardedDns(resolver, AddressPolicy.allowing(allowed)),
                false);
    }

    @Test
    void acceptsAnHttpsUrlWhoseHostResolvesToPublicAddresses() {
        assertThat(guard("").check("https://hooks.example.com/outeract").host())
                .isEqualTo("hooks.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://127.0.0.1/hook", "https://10.0.0.8/hook", "https://172.16.5.4/hook",
        "https://192.168.0.1/hook", "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook", "https://[fc00::1]/hook", "https://[fd00:ec2::254]/hook",
        "https://[fe80::1]/hook", "https://0.0.0.0/hook", "https://100.100.100.200/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[::127.0.0.1]/hook", "https://[::a9fe:a9fe]/latest/meta-data",
        "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook", "https://[2001:db8::1]/hook",
        "https://192.0.2.1/hook", "https://203.0.113.1/hook", "https://[100::1]/hook"})
    void refusesLiteralInternalAddresses(String url) {
        assertThatThrownBy(() -> guard("").check(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("which webhooks may not reach");
    }

    /** Resolvers disagree on what 0177.0.0.1 or 2130706433 names: octal, decimal, or none. */
    @ParameterizedTest
    @ValueSource(strings = {"https://2130706433/hook", "https://0177.0.0.1/hook",
        "https://10.1/hook", "https://0x7f.0.0.1/hook"})
    void refusesANumericHostThatIsNotPlainDottedDecimal(String url) {
        assertThatThrownBy(() -> guard("").check(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"loopback.example.com", "intranet.example.com",
        "metadata.example.com", "v6-loopback.example.com", "unique-local.example.com",
        "mixed.example.com"})
    void refusesAHostnameThatResolvesToAnInternalAddress(String host) {
        assertThatThrownBy(() -> guard("").check("https://" + host + "/hook"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(host + " resolves to")
                .hasMessageContaining("which webhooks may not reach");
    }

    @Test
    void refusesAHostnameThatDoesNotResolve() {
        assertThatThrownBy(() -> guard("").check("https://nowhere.example.com/hook"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere.example.com");
    }

    @Test
    void refusesPlainHttpCredentialsInTheUrlAndWhatIsNoUrl() {
        assertThatThrownBy(() -> guard("").check("http://hooks.example.com/hook"))
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> guard("").check("https://user:pw@hooks.example.com/"))
                .hasMessageContaining("must not carry credentials");
        assertThatThrownBy(() -> guard("").check("ftp://hooks.example.com/"))
                .hasMessageContaining("not a valid http(s) URL");
    }

    @Test
    void allowsARangeTheOperatorAllowedAndNothingBeyondIt() {
        WebhookUrlGuard guard = guard("10.1.0.0/16, 127.0.0.0/8");

        assertThatCode(() -> guard.check("https://intranet.example.com/hook"))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.check("https://127.0.0.1:8443/hook"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.check("https://10.2.0.1/hook"))
                .hasMessageContaining("a private address");
        assertThatThrownBy(() -> guard.check("https://[::1]/hook"))
                .hasMessageContaining("a loopback address");
    }

    @Test
    void theResolverHandsOkHttpNothingItRefuses() {
        GuardedDns dns = new GuardedDns(resolver, AddressPolicy.allowing(""));

        assertThatThrownBy(() -> dns.lookup("metadata.example.com"))
                .isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("169.254.169.254");
        assertThatCode(() -> assertThat(dns.lookup("hooks.example.com"))
                .extracting(InetAddress::getHostAddress).isEqualTo(List.of("93.184.215.14")))
                .doesNotThrowAnyException();
    }
}
