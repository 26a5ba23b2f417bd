package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.SipUaKeys;

class CallingInfoGrammarTest {
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    @Test
    void everyFormIsStoredAndReported() throws Exception {
        ConfigDelta d = parser.parse("""
                sip-ua
                 calling-info pstn-to-sip unscreened discard
                 calling-info pstn-to-sip from name set Gateway
                 calling-info pstn-to-sip from number set 4001
                 calling-info pstn-to-sip remote-party-id name set GW
                 calling-info pstn-to-sip remote-party-id number set +4001
                 calling-info pstn-to-sip asserted-id name set Site
                 calling-info pstn-to-sip asserted-id number set 4002
                 calling-info sip-to-pstn name set Caller
                 calling-info sip-to-pstn number set 4003
                """);
        assertThat(d.changes.get(ConfigPids.SIP_UA).set)
                .containsEntry(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_UNSCREENED_DISCARD, true)
                .containsEntry(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_FROM_NAME, "Gateway")
                .containsEntry(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_FROM_NUMBER, "4001")
                .containsEntry(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_RPID_NAME, "GW")
                .containsEntry(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_RPID_NUMBER, "+4001")
                .containsEntry(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_PAID_NAME, "Site")
                .containsEntry(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_PAID_NUMBER, "4002")
                .containsEntry(SipUaKeys.CALLING_INFO_SIP_TO_PSTN_NAME, "Caller")
                .containsEntry(SipUaKeys.CALLING_INFO_SIP_TO_PSTN_NUMBER, "4003");
        assertThat(d.notYetActive).hasSize(9).allMatch(n -> n.contains("calling-info treatment is not active yet"));
    }

    @Test
    void noFormsRemoveWithOrWithoutTheValue() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n no calling-info pstn-to-sip unscreened discard\n"
                + " no calling-info sip-to-pstn name\n no calling-info pstn-to-sip from number set 4001\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).removed).containsExactly(
                SipUaKeys.CALLING_INFO_PSTN_TO_SIP_UNSCREENED_DISCARD, SipUaKeys.CALLING_INFO_SIP_TO_PSTN_NAME,
                SipUaKeys.CALLING_INFO_PSTN_TO_SIP_FROM_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calling-info", "calling-info pstn-to-sip", "calling-info pstn-to-sip from name Gateway",
        "calling-info pstn-to-sip from number set 40x1", "calling-info sip-to-pstn name set", "calling-info sip-to-pstn name set a b",
        "calling-info pstn-to-sip unscreened discard now"})
    void badFormsAreRefused(String line) {
        assertThatThrownBy(() -> parser.parse("sip-ua\n " + line + "\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
