package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voxgate.api.config.ConfigPids;

/**
 * {@code show running-config} and its core property: the exported text, applied to a fresh store, exports the
 * same text again (and the stores hold the same configuration).
 */
class RunningConfigRoundTripTest {
    /** Every command Voxgate accepts, written as {@code show running-config} prints it. */
    static final String EVERY_COMMAND = """
            !
            voice service voip
             allow-connections sip to sip
             redirect ip2ip
             shutdown forced
             sip
              bind control source-interface Loopback0
              bind media source-interface GigabitEthernet0/0.100
              call service stop
              listen-port non-secure 25700
              min-se 90
              redirect contact order best-match
              registrar server expires max 1500 min 500
              session transport tcp
              subscription maximum accept 20
              subscription maximum originate 30
              transport switch udp tcp
            !
            voice register pool 1
             id network 10.1.0.0 mask 255.255.0.0
             id number 4...
             username branch password 7 %s
            !
            voice register pool 20
             id number +4930T
            !
            sip-ua
             no transport udp
             calling-info pstn-to-sip unscreened discard
             calling-info pstn-to-sip from name set Gateway
             calling-info pstn-to-sip from number set 4000
             calling-info pstn-to-sip remote-party-id name set GW
             calling-info pstn-to-sip remote-party-id number set +4001
             calling-info pstn-to-sip asserted-id name set Site
             calling-info pstn-to-sip asserted-id number set 4002
             calling-info sip-to-pstn name set Caller
             calling-info sip-to-pstn number set 4003
             nat symmetric role passive
             nat symmetric check-media-src
             credentials number 4001 username gw1 password 7 %s realm example.test
             authentication username gw1 password 7 %s realm example.test
             max-forwards 10
             retry invite 2
             retry response 3
             retry bye 4
             retry cancel 5
             retry prack 6
             retry comet 7
             retry rel1xx 8
             retry notify 9
             retry refer 1
             retry subscribe 2
             retry register 3
             timers trying 150
             timers expires 60000
             timers connect 100
             timers disconnect 200
             timers comet 300
             timers prack 400
             timers rel1xx 600
             timers notify 700
             timers register 150
             timers connection aging 30
             no redirection
             notify telephone-event max-duration 1000
             registrar ipv4:127.0.0.30 expires 120 tcp
             registrar dns:registrar.example.test:5070 secondary
             sip-server ipv4:127.0.0.20:5070
            !
            dial-peer voice 5 pots
             description first line of the PBX
             huntstop
             preference 2
             destination-pattern 4001
             answer-address 55501..
             port 0/1/0
             forward-digits all
             prefix 9,
             incoming called-number 4001
             shutdown
            !
            dial-peer voice 40 pots
             destination-pattern 4002
             port 0/1/1
             forward-digits 3
            !
            dial-peer voice 3401 voip
             description to CUCM
             preference 1
             destination-pattern 9[2-9]..T
             session protocol sipv2
             session target ipv4:127.0.0.11:5070
             session transport tcp
             incoming called-number 5...$
             voice-class sip transport switch udp tcp
             redirect ip2ip
             dtmf-relay rtp-nte digit-drop sip-notify
             codec g711ulaw
            !
            dial-peer voice 4404 voip
             session target sip-server
            !
            end
            """.formatted(Type7Password.encode("pool secret"), Type7Password.encode("s3cret"), Type7Password.encode("other secret"));

    @Test
    void anEmptyStoreExportsNothingButTheFrame() throws Exception {
        assertThat(new Store().export()).isEqualTo("!\nend\n");
    }

    @Test
    void everyCommandExportsExactlyAsWritten() throws Exception {
        Store a = new Store();
        a.service.apply(EVERY_COMMAND, "test");
        assertThat(a.export()).isEqualTo(EVERY_COMMAND);
        assertFixedPoint(a);
    }

    @Test
    void theSeedExamplesTogetherExportInIosForm() throws Exception {
        Store a = new Store();
        a.service.apply(SeedExamplesTest.EXAMPLE_4_7 + SeedExamplesTest.EXAMPLE_4_8 + SeedExamplesTest.EXAMPLE_4_9
                + SeedExamplesTest.EXAMPLE_4_10, "seed");
        assertThat(a.export()).isEqualTo("""
                !
                voice service voip
                 redirect ip2ip
                 sip
                  bind control source-interface Loopback0
                  registrar server expires max 1500 min 500
                !
                sip-ua
                 no transport udp
                 max-forwards 10
                 notify telephone-event max-duration 1000
                 registrar ipv4:127.0.0.30 tcp
                 registrar ipv4:127.0.0.31 tcp secondary
                 sip-server ipv4:127.0.0.20
                !
                dial-peer voice 3400 voip
                 dtmf-relay sip-notify rtp-nte
                !
                dial-peer voice 3401 voip
                 session protocol sipv2
                 session target ipv4:127.0.0.11
                 session transport tcp
                !
                dial-peer voice 4404 voip
                 destination-pattern 4404...
                 session protocol sipv2
                 session target ipv4:127.0.0.12
                 voice-class sip transport switch udp tcp
                !
                end
                """);
        assertFixedPoint(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedExamplesTest.EXAMPLE_4_7, SeedExamplesTest.EXAMPLE_4_8, SeedExamplesTest.EXAMPLE_4_9,
        SeedExamplesTest.EXAMPLE_4_10})
    void eachSeedExampleIsAFixedPoint(String example) throws Exception {
        Store a = new Store();
        a.service.apply(example, "seed");
        assertFixedPoint(a);
    }

    @Test
    void defaultsTypedExplicitlyAreNotPrinted() throws Exception {
        Store a = new Store();
        a.service.apply("""
                voice service voip
                 sip
                  listen-port non-secure 5060
                  min-se 1800
                  redirect contact order longest-match
                  session transport udp
                  registrar server expires max 3600 min 60
                sip-ua
                 transport udp
                 max-forwards 70
                 retry invite 6
                 timers connection aging 5
                 notify telephone-event max-duration 2000
                 redirection
                 registrar ipv4:127.0.0.30 expires 3600 udp
                dial-peer voice 7 voip
                 preference 0
                 codec g729r8
                 session transport system
                dial-peer voice 8 pots
                 digit-strip
                """, "defaults");
        assertThat(a.export()).isEqualTo("""
                !
                voice service voip
                 sip
                  registrar server
                !
                sip-ua
                 registrar ipv4:127.0.0.30
                !
                dial-peer voice 7 voip
                !
                dial-peer voice 8 pots
                !
                end
                """);
        assertFixedPoint(a);
    }

    @Test
    void otherSpellingsComeOutInTheOneIosForm() throws Exception {
        Store a = new Store();
        a.service.apply("""
                sip-ua
                 registrar ipv4:127.0.0.31 secondary tcp expires 90
                 authentication username u password 0 clear
                dial-peer voice 9 pots
                 no digit-strip
                voice service voip
                 sip
                  bind all source-interface lo1
                  call service stop forced
                """, "spellings");
        assertThat(a.export()).contains(" registrar ipv4:127.0.0.31 expires 90 tcp secondary\n")
                .contains(" authentication username u password 7 " + Type7Password.encode("clear") + "\n")
                .contains("dial-peer voice 9 pots\n forward-digits all\n")
                .contains("  bind control source-interface Loopback1\n  bind media source-interface Loopback1\n")
                .contains("  call service stop forced\n");
        assertFixedPoint(a);
    }

    @Test
    void fileInstallStringValuesAndPeersWithoutNameExportToo() throws Exception {
        Store a = new Store();
        a.cm.put(ConfigPids.SIP_UA, null, Map.of("max.forwards", "12", "redirect.handling", "false"));
        a.cm.put(ConfigPids.TRANSPORT, null, Map.of("tcp", "false", "listen.port", "25701"));
        a.cm.put(ConfigPids.DIAL_PEER + "~12", ConfigPids.DIAL_PEER, Map.of("type", "voip",
                "session.target", "ipv4:127.0.0.9", "dtmf.relay", "rtp-nte, sip-kpml", "preference", "3", "huntstop", "true"));
        a.cm.put(ConfigPids.DIAL_PEER + ".legacy", ConfigPids.DIAL_PEER, Map.of("tag", 2, "type", "pots", "port", "0/1/2"));
        a.cm.put(ConfigPids.DIAL_PEER + "~broken", ConfigPids.DIAL_PEER, Map.of("type", "voip"));
        assertThat(a.export()).isEqualTo("""
                !
                voice service voip
                 sip
                  listen-port non-secure 25701
                !
                sip-ua
                 no transport tcp
                 max-forwards 12
                 no redirection
                !
                dial-peer voice 2 pots
                 port 0/1/2
                !
                dial-peer voice 12 voip
                 huntstop
                 preference 3
                 session target ipv4:127.0.0.9
                 dtmf-relay rtp-nte sip-kpml
                !
                end
                """);
        assertFixedPoint(a);
    }

    @Test
    void passwordsStoredUnderTheLegacyKeysAreExportedTooThePrivateKeyWinning() throws Exception {
        Store a = new Store();
        a.cm.put(ConfigPids.SIP_UA, null, Map.of("credentials.username", "c", "credentials.password", "legacy-c",
                "credentials.realm", "r", "authentication.username", "a", "authentication.password", "legacy-a",
                ".authentication.password", "private-a"));
        assertThat(a.export()).contains(" credentials username c password 7 " + Type7Password.encode("legacy-c") + " realm r\n")
                .contains(" authentication username a password 7 " + Type7Password.encode("private-a") + "\n");
        // applied to an empty store, the export gives the private keys only
        Store b = new Store();
        b.service.apply(a.export(), "running-config");
        assertThat(b.cm.props(ConfigPids.SIP_UA)).containsEntry(".credentials.password", "legacy-c")
                .containsEntry(".authentication.password", "private-a")
                .doesNotContainKeys("credentials.password", "authentication.password");
        assertThat(b.export()).isEqualTo(a.export());
    }

    @Test
    void noFormsTakeLinesOutOfTheExport() throws Exception {
        Store a = new Store();
        a.service.apply(EVERY_COMMAND, "test");
        a.service.apply("""
                voice service voip
                 no shutdown
                 sip
                  no registrar server
                  no bind all
                sip-ua
                 no registrar secondary
                 no credentials
                 no calling-info sip-to-pstn name
                no dial-peer voice 40
                dial-peer voice 5 pots
                 no shutdown
                """, "no forms");
        assertThat(a.export()).doesNotContain("shutdown forced", "registrar server", "bind ", "secondary", "credentials",
                "sip-to-pstn name", "dial-peer voice 40").contains(" registrar ipv4:127.0.0.30 expires 120 tcp\n");
        assertThat(a.export()).doesNotContain(" shutdown\n");
        assertFixedPoint(a);
    }

    /** parse(export(a)) into a fresh store exports the same text, and the stores hold the same configurations. */
    private static void assertFixedPoint(Store a) throws Exception {
        String first = a.export();
        Store b = new Store();
        b.service.apply(first, "running-config");
        assertThat(b.export()).isEqualTo(first);
        Store c = new Store();
        c.service.apply(b.export(), "running-config");
        assertThat(c.cm.store.keySet()).isEqualTo(b.cm.store.keySet());
        for (String pid : b.cm.store.keySet()) {
            assertThat(c.cm.props(pid)).as(pid).usingRecursiveComparison().isEqualTo(b.cm.props(pid));
        }
    }

    /** An IosConfigurationService over its own in-memory Config Admin. */
    static final class Store {
        final FakeConfigAdmin cm = new FakeConfigAdmin();
        final IosConfigurationService service = new IosConfigurationService();

        Store() throws Exception {
            Field f = IosConfigurationService.class.getDeclaredField("configAdmin");
            f.setAccessible(true);
            f.set(service, cm.admin);
        }

        String export() {
            return service.runningConfig();
        }
    }
}
