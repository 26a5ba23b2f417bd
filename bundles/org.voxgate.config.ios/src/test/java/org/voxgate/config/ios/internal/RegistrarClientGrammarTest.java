package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.RegistrationKeys;
import org.voxgate.api.config.SipUaKeys;

class RegistrarClientGrammarTest {
    private static final String PRIMARY = ConfigPids.REGISTRATION + "~primary";
    private static final String SECONDARY = ConfigPids.REGISTRATION + "~secondary";
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    @Test
    void registrarLinesBecomeOneFactoryConfigurationEach() throws Exception {
        ConfigDelta d = parser.parse("""
                sip-ua
                 registrar ipv4:127.0.0.30 tcp
                 registrar dns:registrar.example.test:5070 expires 120 secondary
                """);
        assertThat(d.factories.get(PRIMARY).values).isEqualTo(Map.of(RegistrationKeys.REGISTRAR, "ipv4:127.0.0.30",
                RegistrationKeys.TRANSPORT, "tcp"));
        assertThat(d.factories.get(SECONDARY).factoryPid).isEqualTo(ConfigPids.REGISTRATION);
        assertThat(d.factories.get(SECONDARY).values).isEqualTo(Map.of(RegistrationKeys.REGISTRAR,
                "dns:registrar.example.test:5070", RegistrationKeys.EXPIRES, 120));
        assertThat(d.notYetActive).as("the registrar client acts on them").isEmpty();
    }

    @Test
    void optionsMayComeInAnyOrderAndALaterLineReplacesAnEarlierOne() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n registrar ipv4:127.0.0.30 secondary tcp expires 60\n"
                + " registrar ipv4:127.0.0.31 udp secondary\n");
        assertThat(d.factories.get(SECONDARY).values).isEqualTo(Map.of(RegistrationKeys.REGISTRAR, "ipv4:127.0.0.31"));
        assertThat(d.factories).doesNotContainKey(PRIMARY);
    }

    @Test
    void noRegistrarDeletesTheConfiguration() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n no registrar secondary\n no registrar ipv4:127.0.0.30 tcp\n");
        assertThat(d.factories.get(SECONDARY).values).isNull();
        assertThat(d.factories.get(PRIMARY).values).isNull();
    }

    @ParameterizedTest
    @CsvSource({"registrar, incomplete", "registrar 127.0.0.1, ipv4:", "registrar ipv4:127.0.0.1 expires 59, 60-65535",
        "registrar ipv4:127.0.0.1 expires 65536, 60-65535", "registrar ipv4:127.0.0.1 expires, incomplete",
        "registrar ipv4:127.0.0.1 tls, unexpected", "registrar ipv4:127.0.0.1 tcp udp, twice",
        "registrar ipv4:127.0.0.1 expires 90 expires 90, twice", "registrar ipv4:127.0.0.1 secondary secondary, twice",
        "credentials username u password p, incomplete", "credentials username u realm r, 'password' expected",
        "credentials number x1 username u password p realm r, invalid number",
        "credentials username u password 7 XYZ realm r, type 7", "authentication password p, 'username' expected",
        "authentication username u password p realm, incomplete", "authentication username u password p extra, unexpected"})
    void badLinesAreRefusedWithTheirLineNumber(String line, String reason) {
        assertThatThrownBy(() -> parser.parse("sip-ua\n " + line + "\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void credentialsAndAuthenticationAreStoredWithClearPasswords() throws Exception {
        String type7 = Type7Password.encode("s3cret");
        ConfigDelta d = parser.parse("sip-ua\n credentials number 4001 username gw1 password 7 " + type7 + " realm example.test\n"
                + " authentication username gw1 password 0 other\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(SipUaKeys.CREDENTIALS_NUMBER, "4001")
                .containsEntry(SipUaKeys.CREDENTIALS_USERNAME, "gw1").containsEntry(SipUaKeys.CREDENTIALS_PASSWORD, "s3cret")
                .containsEntry(SipUaKeys.CREDENTIALS_REALM, "example.test")
                .containsEntry(SipUaKeys.AUTHENTICATION_USERNAME, "gw1").containsEntry(SipUaKeys.AUTHENTICATION_PASSWORD, "other")
                .doesNotContainKey(SipUaKeys.AUTHENTICATION_REALM);
        // private keys (leading '.'): Declarative Services never publishes them as service properties
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(".credentials.password", "s3cret")
                .containsEntry(".authentication.password", "other")
                .doesNotContainKeys("credentials.password", "authentication.password");
        assertThat(d.changes.get(ConfigPids.SIP_UA).removed).containsExactlyInAnyOrder(SipUaKeys.AUTHENTICATION_REALM,
                "credentials.password", "authentication.password");
        assertThat(d.notYetActive).hasSize(2).allMatch(n -> n.contains("REGISTER challenges")
                && n.contains("authentication of calls (challenges to INVITE) is not active yet"));
    }

    /** The reports of a stored line and of a refused one reach the log and the shell: never with the password. */
    @Test
    void reportsOfPasswordLinesHideThePassword() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n credentials username gw1 password Cl3ar-one realm r\n"
                + " authentication username gw1 password 0 Cl3ar-two\n authentication username gw1 password 7 "
                + Type7Password.encode("Cl3ar-three") + " realm r\n");
        assertThat(d.notYetActive).hasSize(3).noneMatch(n -> n.contains("Cl3ar")).noneMatch(n -> n.contains(
                Type7Password.encode("Cl3ar-three")));
        assertThat(d.notYetActive.get(0)).startsWith("line 2: credentials username gw1 password ***** realm r (");
        assertThat(d.notYetActive.get(1)).startsWith("line 3: authentication username gw1 password 0 ***** (");
        for (String bad : new String[] {"credentials username u password Cl3ar-four", // realm missing
            "credentials username u password 7 Cl3ar-five realm r"}) { // not type 7
            assertThatThrownBy(() -> parser.parse("sip-ua\n " + bad + "\n")).isInstanceOfSatisfying(
                    IosConfigException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain("Cl3ar");
                        assertThat(e.lineText()).doesNotContain("Cl3ar").contains("password");
                    });
        }
    }

    @Test
    void aPasswordWithoutTypeIsTakenAsTyped() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n authentication username u password 7 realm r\n credentials username u password 0 realm r\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(SipUaKeys.AUTHENTICATION_PASSWORD, "7")
                .containsEntry(SipUaKeys.AUTHENTICATION_REALM, "r").containsEntry(SipUaKeys.CREDENTIALS_PASSWORD, "0");
    }

    @Test
    void noFormsRemoveTheWholeGroup() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n no credentials username u password p realm r\n no authentication\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).isEmpty();
        assertThat(d.changes.get(ConfigPids.SIP_UA).removed).containsExactlyInAnyOrder(SipUaKeys.CREDENTIALS_NUMBER,
                SipUaKeys.CREDENTIALS_USERNAME, SipUaKeys.CREDENTIALS_PASSWORD, SipUaKeys.LEGACY_CREDENTIALS_PASSWORD,
                SipUaKeys.CREDENTIALS_REALM, SipUaKeys.AUTHENTICATION_USERNAME, SipUaKeys.AUTHENTICATION_PASSWORD,
                SipUaKeys.LEGACY_AUTHENTICATION_PASSWORD, SipUaKeys.AUTHENTICATION_REALM);
        assertThat(d.notYetActive).isEmpty();
    }

    @Test
    void reEnteringALineOrItsNoFormClearsAPasswordStoredUnderTheLegacyKey() throws Exception {
        RunningConfigRoundTripTest.Store store = new RunningConfigRoundTripTest.Store();
        store.cm.put(ConfigPids.SIP_UA, null, Map.of("credentials.username", "c", "credentials.password", "old-c",
                "credentials.realm", "r", "authentication.username", "a", "authentication.password", "old-a",
                "max.forwards", 20));
        store.service.apply("sip-ua\n authentication username a password new-a\n", "test");
        assertThat(store.cm.props(ConfigPids.SIP_UA)).containsEntry(".authentication.password", "new-a")
                .doesNotContainKey("authentication.password")
                .as("a line not entered again keeps its legacy key").containsEntry("credentials.password", "old-c");
        store.service.apply("sip-ua\n no credentials\n", "test");
        assertThat(store.cm.props(ConfigPids.SIP_UA)).containsOnlyKeys("authentication.username", ".authentication.password",
                "max.forwards");
    }
}
