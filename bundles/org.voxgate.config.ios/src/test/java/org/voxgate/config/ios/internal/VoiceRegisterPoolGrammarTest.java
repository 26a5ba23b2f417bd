package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxgate.api.config.ApplyReport;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.SrstPoolKeys;

/** {@code voice register pool N}: parsing, factory configurations {@code org.voxgate.srst.pool~N}, export. */
class VoiceRegisterPoolGrammarTest {
    private static final String POOL_1 = ConfigPids.SRST_POOL + "~1";
    private static final String POOL_2 = ConfigPids.SRST_POOL + "~2";

    private final IosParser parser = new IosParser(VoiceGrammar.create());
    private final FakeConfigAdmin cm = new FakeConfigAdmin();
    private final IosConfigurationService service = new IosConfigurationService();

    @BeforeEach
    void inject() throws Exception {
        Field f = IosConfigurationService.class.getDeclaredField("configAdmin");
        f.setAccessible(true);
        f.set(service, cm.admin);
    }

    @Test
    void aPoolBecomesAFactoryConfigurationNamedByItsTag() throws Exception {
        ApplyReport r = service.apply("""
                voice register pool 1
                 id number 4...
                 id network 10.1.2.0 mask 255.255.255.0
                 username branch password s3cret
                """, "test");
        assertThat(r.changedPids).containsExactly(POOL_1);
        assertThat(cm.store.get(POOL_1).factoryPid).isEqualTo(ConfigPids.SRST_POOL);
        assertThat(cm.props(POOL_1)).containsExactlyInAnyOrderEntriesOf(Map.of(SrstPoolKeys.TAG, 1,
                SrstPoolKeys.ID_NUMBER, "4...", SrstPoolKeys.ID_NETWORK, "10.1.2.0", SrstPoolKeys.ID_MASK, "255.255.255.0",
                SrstPoolKeys.USERNAME, "branch", SrstPoolKeys.PASSWORD, "s3cret"));
        assertThat(r.notYetActive).singleElement().asString().contains("line 1: voice register pool 1")
                .contains("feature:install voxgate-srst");
    }

    @Test
    void passwordsMayBeTypedClearWithTypeZeroOrAsTypeSeven() throws Exception {
        ConfigDelta d = parser.parse("voice register pool 1\n username a password 0 zero\nvoice register pool 2\n"
                + " username b password 7 " + Type7Password.encode("seven") + "\nvoice register pool 3\n username c password 7\n");
        assertThat(d.pools.get(1).changes.set).containsEntry(SrstPoolKeys.PASSWORD, "zero");
        assertThat(d.pools.get(2).changes.set).containsEntry(SrstPoolKeys.PASSWORD, "seven");
        assertThat(d.pools.get(3).changes.set).as("a lone 7 is the password").containsEntry(SrstPoolKeys.PASSWORD, "7");
    }

    @Test
    void subCommandsMergeOntoTheStoredPoolAndNoFormsRemoveTheirAttributes() throws Exception {
        cm.put(POOL_1, ConfigPids.SRST_POOL, Map.of(SrstPoolKeys.TAG, 1, SrstPoolKeys.ID_NUMBER, "4...",
                SrstPoolKeys.ID_NETWORK, "10.1.2.0", SrstPoolKeys.ID_MASK, "255.255.255.0",
                SrstPoolKeys.USERNAME, "branch", SrstPoolKeys.PASSWORD, "s3cret"));
        ApplyReport r = service.apply("voice register pool 1\n no id network 10.1.2.0 mask 255.255.255.0\n"
                + " no username branch password s3cret\n id number 5...\n", "test");
        assertThat(r.changedPids).containsExactly(POOL_1);
        assertThat(cm.props(POOL_1)).containsExactlyInAnyOrderEntriesOf(Map.of(SrstPoolKeys.TAG, 1,
                SrstPoolKeys.ID_NUMBER, "5..."));
        assertThat(service.apply("voice register pool 1\n no id number\n", "test").changedPids).containsExactly(POOL_1);
        assertThat(cm.props(POOL_1)).containsExactlyInAnyOrderEntriesOf(Map.of(SrstPoolKeys.TAG, 1));
    }

    @Test
    void noVoiceRegisterPoolDeletesItAndDeletingThenEnteringReplacesIt() throws Exception {
        cm.put(POOL_1, ConfigPids.SRST_POOL, Map.of(SrstPoolKeys.TAG, 1, SrstPoolKeys.ID_NUMBER, "4..."));
        cm.put(POOL_2, ConfigPids.SRST_POOL, Map.of(SrstPoolKeys.TAG, 2, SrstPoolKeys.ID_NUMBER, "5...",
                SrstPoolKeys.USERNAME, "u", SrstPoolKeys.PASSWORD, "p"));
        ApplyReport r = service.apply("no voice register pool 1\nno voice register pool 2\nvoice register pool 2\n"
                + " id network 127.0.0.0 mask 255.0.0.0\nno voice register pool 9\n", "test");
        assertThat(r.changedPids).containsExactly(POOL_1, POOL_2);
        assertThat(cm.store).doesNotContainKey(POOL_1);
        assertThat(cm.props(POOL_2)).containsExactlyInAnyOrderEntriesOf(Map.of(SrstPoolKeys.TAG, 2,
                SrstPoolKeys.ID_NETWORK, "127.0.0.0", SrstPoolKeys.ID_MASK, "255.0.0.0"));
        assertThat(service.apply("no voice register pool 1\n", "again").changedPids).isEmpty();
    }

    @Test
    void aPoolStoredUnderAnotherNameIsFoundByItsTagAttribute() throws Exception {
        cm.put(ConfigPids.SRST_POOL + ".legacy", ConfigPids.SRST_POOL, Map.of(SrstPoolKeys.TAG, 3, SrstPoolKeys.ID_NUMBER, "7..."));
        service.apply("voice register pool 3\n username u password p\n", "test");
        assertThat(cm.store).doesNotContainKey(ConfigPids.SRST_POOL + "~3");
        assertThat(cm.props(ConfigPids.SRST_POOL + ".legacy")).containsEntry(SrstPoolKeys.ID_NUMBER, "7...")
                .containsEntry(SrstPoolKeys.USERNAME, "u");
    }

    @Test
    void aGlobalCommandLeavesThePoolSubmode() throws Exception {
        ConfigDelta d = parser.parse("voice register pool 4\n id number 4001\nsip-ua\n max-forwards 9\n");
        assertThat(d.pools.get(4).changes.set).containsEntry(SrstPoolKeys.ID_NUMBER, "4001");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry("max.forwards", 9);
        assertThatThrownBy(() -> parser.parse("voice register pool 4\nsip-ua\n id number 4001\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void numbersAreUpperCasedAndAddressesNormalized() throws Exception {
        ConfigDelta d = parser.parse("voice register pool 1\n id number +49abc.t\n id network 010.001.0.0 mask 255.255.0.0\n");
        assertThat(d.pools.get(1).changes.set).containsEntry(SrstPoolKeys.ID_NUMBER, "+49ABC.T")
                .containsEntry(SrstPoolKeys.ID_NETWORK, "10.1.0.0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "voice register pool 0| out of range 1-1000", "voice register pool 1001| out of range 1-1000",
        "voice register pool| incomplete", "voice register pool 1 x| unexpected 'x'",
        "voice register global| not supported", "voice register| incomplete",
        "voice register pool 1 ; id number| incomplete", "voice register pool 1 ; id number 4G00| invalid id number",
        "voice register pool 1 ; id number T| invalid id number", "voice register pool 1 ; id number 40T1| invalid id number",
        "voice register pool 1 ; id number 4001 4002| unexpected '4002'",
        "voice register pool 1 ; id network 10.0.0.0| 'mask M.M.M.M' expected",
        "voice register pool 1 ; id network 10.0.0.0 255.0.0.0| 'mask' expected",
        "voice register pool 1 ; id network 10.0.0.256 mask 255.0.0.0| octet above 255",
        "voice register pool 1 ; id network host mask 255.0.0.0| not an IPv4 address",
        "voice register pool 1 ; id network 10.0.0.0 mask 255.0.255.0| not contiguous",
        "voice register pool 1 ; id mac 0011.2233.4455| 'id mac' is not supported",
        "voice register pool 1 ; username u| 'password P' expected", "voice register pool 1 ; username u secret p| 'password' expected",
        "voice register pool 1 ; username u password| incomplete", "voice register pool 1 ; username u password 3 p| unexpected 'p'",
        "voice register pool 1 ; username u password 7 XYZ| type 7", "voice register pool 1 ; username u\"x password p| invalid username",
        "voice register pool 1 ; destination-pattern 4001| unknown command"})
    void badLinesAreRefusedWithTheirLineNumberAndNothingIsWritten(String text, String reason) {
        String full = "sip-ua\n max-forwards 9\n" + text.replace(" ; ", "\n ") + "\n";
        int line = full.split("\n").length;
        assertThatThrownBy(() -> service.apply(full, "bad"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.reason()).contains(reason);
                });
        assertThat(cm.store).as("validated all, then applied: nothing written").isEmpty();
    }

    @Test
    void theExportPrintsPoolsAfterVoiceServiceVoipInTagOrder() throws Exception {
        service.apply("""
                sip-ua
                 max-forwards 10
                voice register pool 20
                 id number 5...
                voice register pool 3
                 username gw password p
                 id network 127.0.0.0 mask 255.0.0.0
                voice service voip
                 sip
                  registrar server
                """, "test");
        assertThat(service.runningConfig()).isEqualTo("""
                !
                voice service voip
                 sip
                  registrar server
                !
                voice register pool 3
                 id network 127.0.0.0 mask 255.0.0.0
                 username gw password 7 %s
                !
                voice register pool 20
                 id number 5...
                !
                sip-ua
                 max-forwards 10
                !
                end
                """.formatted(Type7Password.encode("p")));
    }

    @Test
    void fileInstallPoolsExportByTheirNameOrFileName() throws Exception {
        cm.put(ConfigPids.SRST_POOL + "~7", ConfigPids.SRST_POOL, Map.of("id.number", "4...", "id.network", "10.0.0.1"));
        cm.put(ConfigPids.SRST_POOL + ".a1b2", ConfigPids.SRST_POOL, Map.of("id.network", "127.0.0.0",
                "id.mask", "255.0.0.0", "felix.fileinstall.filename", "file:/home/etc/org.voxgate.srst.pool-2.cfg"));
        cm.put(ConfigPids.SRST_POOL + "~nameless", ConfigPids.SRST_POOL, Map.of("id.number", "9..."));
        assertThat(service.runningConfig()).isEqualTo("""
                !
                voice register pool 2
                 id network 127.0.0.0 mask 255.0.0.0
                !
                voice register pool 7
                 id network 10.0.0.1 mask 255.255.255.255
                 id number 4...
                !
                end
                """);
    }
}
