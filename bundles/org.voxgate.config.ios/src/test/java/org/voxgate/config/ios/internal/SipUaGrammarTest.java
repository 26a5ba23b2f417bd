package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.SipUaKeys;

class SipUaGrammarTest {
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    private ConfigDelta.Changes sipUa(String body) throws IosConfigException {
        return parser.parse("sip-ua\n" + body).changes.get(ConfigPids.SIP_UA);
    }

    @Test
    void retriesAndTimersAreStoredAsIntegers() throws Exception {
        ConfigDelta.Changes c = sipUa(" retry invite 2\n retry bye 3\n retry cancel 4\n timers trying 150\n timers expires 60000\n");
        assertThat(c.set).containsEntry(SipUaKeys.RETRY_INVITE, 2).containsEntry(SipUaKeys.RETRY_BYE, 3)
                .containsEntry(SipUaKeys.RETRY_CANCEL, 4).containsEntry(SipUaKeys.TIMERS_TRYING, 150)
                .containsEntry(SipUaKeys.TIMERS_EXPIRES, 60000);
    }

    @ParameterizedTest
    @CsvSource({
        "retry invite 0, 1-10", "retry invite 11, 1-10", "retry bye 0, 1-10", "retry cancel 11, 1-10",
        "timers trying 99, 100-1000", "timers trying 1001, 100-1000",
        "timers expires 59999, 60000-300000", "timers expires 300001, 60000-300000",
        "retry invite x, 1-10", "retry invite, 1-10", "retry invite 2 3, unexpected",
        "retry register 5, not supported", "timers connect 500, not supported"})
    void outOfRangeIsRefusedWithTheLineNumber(String line, String reason) {
        assertThatThrownBy(() -> parser.parse("sip-ua\n!\n " + line + "\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void rangeBoundsAreAccepted() throws Exception {
        ConfigDelta.Changes c = sipUa(" retry invite 1\n retry bye 10\n timers trying 1000\n timers expires 300000\n");
        assertThat(c.set).containsEntry(SipUaKeys.RETRY_INVITE, 1).containsEntry(SipUaKeys.RETRY_BYE, 10)
                .containsEntry(SipUaKeys.TIMERS_TRYING, 1000).containsEntry(SipUaKeys.TIMERS_EXPIRES, 300000);
    }

    @Test
    void noFormsRemoveTheAttributes() throws Exception {
        ConfigDelta.Changes c = sipUa(" no retry invite\n no retry bye 3\n no retry cancel\n no timers trying\n"
                + " no timers expires\n no sip-server\n");
        assertThat(c.set).isEmpty();
        assertThat(c.removed).containsExactly(SipUaKeys.RETRY_INVITE, SipUaKeys.RETRY_BYE, SipUaKeys.RETRY_CANCEL,
                SipUaKeys.TIMERS_TRYING, SipUaKeys.TIMERS_EXPIRES, SipUaKeys.SIP_SERVER);
    }

    @Test
    void sipServerIsStoredAsTyped() throws Exception {
        assertThat(sipUa(" sip-server ipv4:127.0.0.5\n").set).containsEntry(SipUaKeys.SIP_SERVER, "ipv4:127.0.0.5");
        assertThat(sipUa(" sip-server IPV4:127.0.0.5:5070\n").set).containsEntry(SipUaKeys.SIP_SERVER, "ipv4:127.0.0.5:5070");
        assertThat(sipUa(" sip-server dns:proxy.example.test:5060\n").set)
                .containsEntry(SipUaKeys.SIP_SERVER, "dns:proxy.example.test:5060");
    }

    @ParameterizedTest
    @CsvSource({"ipv4:127.0.0.256, octet", "ipv4:127.0.0, IPv4", "ipv4:127.0.0.1:0, 1-65535",
        "ipv4:127.0.0.1:65536, 1-65535", "ipv4:, incomplete", "dns:bad_host, host name", "127.0.0.1, ipv4:",
        "sip-server, ipv4:"})
    void badSipServerIsRefused(String target, String reason) {
        assertThatThrownBy(() -> parser.parse("sip-ua\n sip-server " + target + "\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void redirectionIsABooleanAndNoRedirectionSetsFalse() throws Exception {
        assertThat(sipUa(" no redirection\n").set).containsEntry(SipUaKeys.REDIRECT_HANDLING, false);
        assertThat(sipUa(" no redirection\n redirection\n").set).containsEntry(SipUaKeys.REDIRECT_HANDLING, true);
        assertThatThrownBy(() -> parser.parse("sip-ua\n redirection on\n")).isInstanceOf(IosConfigException.class);
    }
}
