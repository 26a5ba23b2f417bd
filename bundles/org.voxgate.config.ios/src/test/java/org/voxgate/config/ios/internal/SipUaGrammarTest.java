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
        "retry foo 5, unknown retry", "timers foo 500, unknown timer", "retry, incomplete", "timers, incomplete",
        "retry register 11, 1-10", "retry response 0, 1-10", "timers connect 99, 100-1000", "timers register 1001, 100-1000",
        "timers connection aging 4, 5-30", "timers connection aging 31, 5-30", "timers connection 5, aging",
        "notify telephone-event max-duration 499, 500-3000", "notify telephone-event max-duration 3001, 500-3000",
        "notify telephone-event 1000, max-duration", "nat symmetric role both, active or passive",
        "nat symmetric check-media-src now, unexpected", "nat force, nat symmetric"})
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

    @Test
    void everyRetryAndTimerIsStoredAndTheInactiveOnesAreReported() throws Exception {
        ConfigDelta d = parser.parse("""
                sip-ua
                 retry response 3
                 retry prack 4
                 retry comet 5
                 retry rel1xx 6
                 retry notify 7
                 retry refer 8
                 retry subscribe 9
                 retry register 10
                 timers connect 100
                 timers disconnect 200
                 timers comet 300
                 timers prack 400
                 timers rel1xx 600
                 timers notify 700
                 timers register 150
                 timers connection aging 30
                 notify telephone-event max-duration 1000
                 retry invite 2
                 timers trying 150
                """);
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(SipUaKeys.RETRY_RESPONSE, 3)
                .containsEntry(SipUaKeys.RETRY_PRACK, 4).containsEntry(SipUaKeys.RETRY_COMET, 5)
                .containsEntry(SipUaKeys.RETRY_REL1XX, 6).containsEntry(SipUaKeys.RETRY_NOTIFY, 7)
                .containsEntry(SipUaKeys.RETRY_REFER, 8).containsEntry(SipUaKeys.RETRY_SUBSCRIBE, 9)
                .containsEntry(SipUaKeys.RETRY_REGISTER, 10).containsEntry(SipUaKeys.TIMERS_CONNECT, 100)
                .containsEntry(SipUaKeys.TIMERS_DISCONNECT, 200).containsEntry(SipUaKeys.TIMERS_COMET, 300)
                .containsEntry(SipUaKeys.TIMERS_PRACK, 400).containsEntry(SipUaKeys.TIMERS_REL1XX, 600)
                .containsEntry(SipUaKeys.TIMERS_NOTIFY, 700).containsEntry(SipUaKeys.TIMERS_REGISTER, 150)
                .containsEntry(SipUaKeys.TIMERS_CONNECTION_AGING, 30).containsEntry(SipUaKeys.NOTIFY_MAX_DURATION, 1000);
        // lines 2-17 are stored without behaviour yet, except retry register and timers register (the registrar
        // client's); retry invite, timers trying and the NOTIFY duration act
        assertThat(d.notYetActive).hasSize(14).allMatch(n -> n.contains("stored") && n.contains("not active yet"))
                .noneMatch(n -> n.contains(" register ")).noneMatch(n -> n.contains("notify telephone-event"));
        assertThat(d.notYetActive.get(0)).startsWith("line 2: retry response 3 (stored;");
    }

    @Test
    void retryByeAndCancelAreReportedAsNotActive() throws Exception {
        assertThat(parser.parse("sip-ua\n retry bye 3\n retry cancel 4\n retry invite 2\n").notYetActive)
                .hasSize(2).allMatch(n -> n.startsWith("line 2: retry bye 3") || n.startsWith("line 3: retry cancel 4"));
    }

    @Test
    void noFormsOfTheNewSettingsRemoveThem() throws Exception {
        ConfigDelta.Changes c = sipUa(" no retry register\n no timers connection aging\n no notify telephone-event max-duration\n"
                + " no nat symmetric role\n no nat symmetric check-media-src\n no timers rel1xx 300\n");
        assertThat(c.set).isEmpty();
        assertThat(c.removed).containsExactly(SipUaKeys.RETRY_REGISTER, SipUaKeys.TIMERS_CONNECTION_AGING,
                SipUaKeys.NOTIFY_MAX_DURATION, SipUaKeys.NAT_SYMMETRIC_ROLE, SipUaKeys.NAT_SYMMETRIC_CHECK_MEDIA_SRC,
                SipUaKeys.TIMERS_REL1XX);
    }

    @Test
    void natSettingsAreStoredAndReported() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n nat symmetric role ACTIVE\n nat symmetric check-media-src\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(SipUaKeys.NAT_SYMMETRIC_ROLE, "active")
                .containsEntry(SipUaKeys.NAT_SYMMETRIC_CHECK_MEDIA_SRC, true);
        assertThat(d.notYetActive).hasSize(2);
    }

    @Test
    void notifyMaxDurationBoundsAreAccepted() throws Exception {
        assertThat(sipUa(" notify telephone-event max-duration 500\n").set).containsEntry(SipUaKeys.NOTIFY_MAX_DURATION, 500);
        assertThat(sipUa(" notify telephone-event max-duration 3000\n").set).containsEntry(SipUaKeys.NOTIFY_MAX_DURATION, 3000);
    }
}
