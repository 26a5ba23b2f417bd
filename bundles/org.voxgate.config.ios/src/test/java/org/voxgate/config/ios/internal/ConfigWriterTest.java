package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.api.config.ApplyReport;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.DialPeerKeys;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.RegistrationKeys;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.config.SrstKeys;

/** {@link IosConfigurationService#apply} against an in-memory Config Admin: factory configs, merge, delete. */
class ConfigWriterTest {
    private static final String PEER_5 = ConfigPids.DIAL_PEER + "~5";

    private final FakeConfigAdmin cm = new FakeConfigAdmin();
    private final IosConfigurationService service = new IosConfigurationService();

    @BeforeEach
    void inject() throws Exception {
        Field f = IosConfigurationService.class.getDeclaredField("configAdmin");
        f.setAccessible(true);
        f.set(service, cm.admin);
    }

    @Test
    void aDialPeerBecomesAFactoryConfigurationNamedByItsTag() throws Exception {
        ApplyReport r = service.apply("dial-peer voice 5 voip\n session target ipv4:127.0.0.2\n preference 1\n", "test");
        assertThat(r.changedPids).containsExactly(PEER_5);
        assertThat(cm.store.get(PEER_5).factoryPid).isEqualTo(ConfigPids.DIAL_PEER);
        assertThat(cm.props(PEER_5)).containsExactlyInAnyOrderEntriesOf(Map.of(DialPeerKeys.TAG, 5,
                DialPeerKeys.TYPE, "voip", DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.2", DialPeerKeys.PREFERENCE, 1));
    }

    @Test
    void subCommandsMergeOntoTheExistingPeerAndNoFormsRemoveAttributes() throws Exception {
        cm.put(PEER_5, ConfigPids.DIAL_PEER, Map.of(DialPeerKeys.TAG, 5, DialPeerKeys.TYPE, "voip",
                DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.2", DialPeerKeys.PREFERENCE, 1, DialPeerKeys.HUNTSTOP, true));
        ApplyReport r = service.apply("dial-peer voice 5 voip\n preference 2\n no huntstop\n", "test");
        assertThat(r.changedPids).containsExactly(PEER_5);
        assertThat(cm.props(PEER_5)).containsExactlyInAnyOrderEntriesOf(Map.of(DialPeerKeys.TAG, 5,
                DialPeerKeys.TYPE, "voip", DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.2", DialPeerKeys.PREFERENCE, 2));
    }

    @Test
    void applyingTheSameTextTwiceChangesNothingTheSecondTime() throws Exception {
        String text = "dial-peer voice 5 voip\n dtmf-relay rtp-nte h245-signal\nsip-ua\n retry invite 2\n";
        assertThat(service.apply(text, "test").changedPids).containsExactly(ConfigPids.SIP_UA, PEER_5);
        ApplyReport second = service.apply(text, "test");
        assertThat(second.changedPids).isEmpty();
        assertThat(second.notYetActive).hasSize(1);
        assertThat(cm.store.get(PEER_5).updates).isEqualTo(1);
    }

    @Test
    void noDialPeerDeletesTheFactoryConfiguration() throws Exception {
        cm.put(PEER_5, ConfigPids.DIAL_PEER, Map.of(DialPeerKeys.TAG, 5, DialPeerKeys.TYPE, "voip"));
        assertThat(service.apply("no dial-peer voice 5\n", "test").changedPids).containsExactly(PEER_5);
        assertThat(cm.store).doesNotContainKey(PEER_5);
        assertThat(service.apply("no dial-peer voice 5\n", "test").changedPids).isEmpty();
    }

    @Test
    void deletingThenRecreatingReplacesInsteadOfMerging() throws Exception {
        cm.put(PEER_5, ConfigPids.DIAL_PEER, Map.of(DialPeerKeys.TAG, 5, DialPeerKeys.TYPE, "voip",
                DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.2"));
        service.apply("no dial-peer voice 5\ndial-peer voice 5 pots\n port 1/0/0\n", "test");
        assertThat(cm.props(PEER_5)).containsExactlyInAnyOrderEntriesOf(Map.of(DialPeerKeys.TAG, 5,
                DialPeerKeys.TYPE, "pots", DialPeerKeys.PORT, "1/0/0"));
    }

    @Test
    void theTypeOfAConfiguredPeerIsCheckedBeforeAnythingIsApplied() {
        cm.put(PEER_5, ConfigPids.DIAL_PEER, Map.of(DialPeerKeys.TAG, 5, DialPeerKeys.TYPE, "pots"));
        assertThatThrownBy(() -> service.apply("sip-ua\n retry bye 3\ndial-peer voice 5 voip\n", "test"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThat(cm.props(ConfigPids.SIP_UA)).isNull();
        assertThat(cm.props(PEER_5)).containsEntry(DialPeerKeys.TYPE, "pots");
    }

    @Test
    void aBadLineAppliesNothing() {
        assertThatThrownBy(() -> service.apply("dial-peer voice 5 voip\n preference 1\n preference 12\n", "test"))
                .isInstanceOf(IosConfigException.class);
        assertThat(cm.store).isEmpty();
    }

    @Test
    void aPeerFoundByItsTagAttributeIsUpdatedInPlace() throws Exception {
        String legacy = ConfigPids.DIAL_PEER + ".6d1f";
        cm.put(legacy, ConfigPids.DIAL_PEER, Map.of(DialPeerKeys.TAG, 7, DialPeerKeys.TYPE, "voip"));
        service.apply("dial-peer voice 7 voip\n huntstop\n", "test");
        assertThat(cm.props(legacy)).containsEntry(DialPeerKeys.HUNTSTOP, true);
        assertThat(cm.store).containsOnlyKeys(legacy);
    }

    @Test
    void singletonNoFormsRemoveKeysAndNeverCreateAnEmptyConfiguration() throws Exception {
        assertThat(service.apply("sip-ua\n no retry invite\n", "test").changedPids).isEmpty();
        assertThat(cm.props(ConfigPids.SIP_UA)).isNull();
        service.apply("sip-ua\n retry invite 3\n max-forwards 20\n", "test");
        ApplyReport r = service.apply("sip-ua\n no retry invite\n", "test");
        assertThat(r.changedPids).containsExactly(ConfigPids.SIP_UA);
        assertThat(cm.props(ConfigPids.SIP_UA)).containsExactlyInAnyOrderEntriesOf(Map.of(SipUaKeys.MAX_FORWARDS, 20));
    }

    @Test
    void registrarLinesWriteAndDeleteFactoryConfigurationsNamedPrimaryAndSecondary() throws Exception {
        String primary = ConfigPids.REGISTRATION + "~primary";
        String secondary = ConfigPids.REGISTRATION + "~secondary";
        ApplyReport r = service.apply("sip-ua\n registrar ipv4:127.0.0.30 tcp\n registrar ipv4:127.0.0.31 tcp secondary\n", "test");
        assertThat(r.changedPids).containsExactly(primary, secondary);
        assertThat(cm.store.get(primary).factoryPid).isEqualTo(ConfigPids.REGISTRATION);
        assertThat(cm.props(secondary)).containsExactlyInAnyOrderEntriesOf(Map.of(RegistrationKeys.REGISTRAR, "ipv4:127.0.0.31",
                RegistrationKeys.TRANSPORT, "tcp"));
        assertThat(r.notYetActive).as("the registrar client acts on them").isEmpty();
        assertThat(service.apply("sip-ua\n registrar ipv4:127.0.0.30 tcp\n", "test").changedPids).isEmpty();
        assertThat(service.apply("sip-ua\n registrar ipv4:127.0.0.30 expires 120\n", "test").changedPids).containsExactly(primary);
        assertThat(cm.props(primary)).containsExactlyInAnyOrderEntriesOf(Map.of(RegistrationKeys.REGISTRAR, "ipv4:127.0.0.30",
                RegistrationKeys.EXPIRES, 120));
        assertThat(service.apply("sip-ua\n no registrar secondary\n", "test").changedPids).containsExactly(secondary);
        assertThat(cm.store).doesNotContainKey(secondary).containsKey(primary);
        assertThat(service.apply("sip-ua\n no registrar secondary\n", "test").changedPids).isEmpty();
    }

    @Test
    void registrarServerGoesToTheSrstPid() throws Exception {
        service.apply("voice service voip\n sip\n  registrar server expires max 1500 min 500\n", "test");
        assertThat(cm.props(ConfigPids.SRST)).containsExactlyInAnyOrderEntriesOf(Map.of(SrstKeys.REGISTRAR_SERVER, true,
                SrstKeys.EXPIRES_MAX, 1500, SrstKeys.EXPIRES_MIN, 500));
        service.apply("voice service voip\n sip\n  no registrar server\n", "test");
        assertThat(cm.props(ConfigPids.SRST)).isEmpty();
    }
}
