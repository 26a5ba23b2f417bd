package org.voxgate.registrar.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.voxgate.spi.registrar.RegisterRequest;

class PoolTest {

    @Test
    void numberPatternsAreExactWithDotsForOneCharacterAndATrailingTForMore() {
        Pool exact = Pool.of(1, "6001", null, null, null, null);
        assertThat(exact.matches("6001", null)).isTrue();
        assertThat(exact.matches("60011", null)).isFalse();
        Pool dots = Pool.of(1, "60..", null, null, null, null);
        assertThat(dots.matches("6042", null)).isTrue();
        assertThat(dots.matches("604", null)).isFalse();
        assertThat(dots.matches("7042", null)).isFalse();
        Pool open = Pool.of(1, "+4930T", null, null, null, null);
        assertThat(open.matches("+4930", null)).isTrue();
        assertThat(open.matches("+4930123456", null)).isTrue();
        assertThat(open.matches("+4931", null)).isFalse();
        assertThat(Pool.of(1, "a*#", null, null, null, null).matches("A*#", null)).isTrue();
    }

    @Test
    void networkAndMaskAdmitTheirSourceAddresses() {
        Pool p = Pool.of(2, null, "192.168.10.77", "255.255.255.0", null, null);
        assertThat(p.matches("anything", "192.168.10.1")).isTrue();
        assertThat(p.matches("anything", "192.168.11.1")).isFalse();
        assertThat(p.matches("anything", "phone.example.com")).isFalse();
        assertThat(p.matches("anything", null)).isFalse();
        assertThat(Pool.of(3, null, "10.0.0.5", "", null, null).matches("x", "10.0.0.5")).as("no mask = host").isTrue();
        assertThat(Pool.of(3, null, "10.0.0.5", "", null, null).matches("x", "10.0.0.6")).isFalse();
        assertThat(Pool.of(4, null, "0.0.0.0", "0.0.0.0", null, null).matches("x", "203.0.113.9")).isTrue();
    }

    @Test
    void eitherIdAdmits() {
        Pool p = Pool.of(1, "6001", "10.0.0.0", "255.0.0.0", null, null);
        assertThat(p.matches("6001", "192.0.2.1")).isTrue();
        assertThat(p.matches("9999", "10.2.3.4")).isTrue();
        assertThat(p.matches("9999", "192.0.2.1")).isFalse();
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> Pool.of(1, "60x1", null, null, null, null)).hasMessageContaining("id number");
        assertThatThrownBy(() -> Pool.of(1, null, "10.0.0", "255.0.0.0", null, null)).hasMessageContaining("id network");
        assertThatThrownBy(() -> Pool.of(1, null, "10.0.0.0", "255.0.255.0", null, null)).hasMessageContaining("contiguous");
        assertThatThrownBy(() -> Pool.of(1, null, "10.0.0.300", "255.0.0.0", null, null)).hasMessageContaining("IPv4");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(Pool.of(1, "6...", null, null, "alice", "s3cret").toString())
                .isEqualTo("voice register pool 1 id number 6... username alice password *****");
    }

    @Test
    void theTagComesFromTheAttributeOrTheConfigurationName() {
        assertThat(VoiceRegisterPools.of("org.voxgate.srst.pool~7", props("id.number", "6...")).tag()).isEqualTo(7);
        assertThat(VoiceRegisterPools.of("org.voxgate.srst.pool.1234-abcd",
                props("id.number", "6...", "felix.fileinstall.filename", "file:/h/etc/org.voxgate.srst.pool-9.cfg")).tag())
                .isEqualTo(9);
        assertThat(VoiceRegisterPools.of("org.voxgate.srst.pool~x", props("tag", 3, "id.network", "10.0.0.0",
                "id.mask", "255.0.0.0")).tag()).isEqualTo(3);
        assertThatThrownBy(() -> VoiceRegisterPools.of("org.voxgate.srst.pool~abc", props("id.number", "6...")))
                .hasMessageContaining("no tag");
        Pool auth = VoiceRegisterPools.of("org.voxgate.srst.pool~2", props("id.number", "7001", "username", "bob",
                "password", "pw"));
        assertThat(auth.authenticates()).isTrue();
        assertThat(auth.password()).isEqualTo("pw");
    }

    @Test
    void thePoolsAreReadFromConfigAdminByTagSkippingInvalidOnes() {
        ConfigurationAdmin cm = configAdmin(
                configuration("org.voxgate.srst.pool~5", props("id.number", "5...")),
                configuration("org.voxgate.srst.pool~2", props("id.network", "127.0.0.0", "id.mask", "255.0.0.0")),
                configuration("org.voxgate.srst.pool~3", props("id.number", "bad!")),
                configuration("org.voxgate.srst.pool~4", null));
        assertThat(VoiceRegisterPools.read(cm)).extracting(Pool::tag).containsExactly(2, 5);
    }

    @Test
    void aPoolChangeIsPickedUpFromTheConfigurationEvent() {
        List<Configuration> current = new ArrayList<>();
        ConfigurationAdmin cm = configAdmin(current);
        current.add(configuration("org.voxgate.srst.pool~1", props("id.number", "6001")));
        SrstRegistrar r = new SrstRegistrar(new Fixtures.MemoryStore(), cm, Fixtures.config(Map.of("registrar.server", true)));
        RegisterRequest req = Fixtures.Req.register(Fixtures.contact("sip:6002@h")).aor("6002").build();
        assertThat(r.register(req).status()).isEqualTo(403);
        current.add(configuration("org.voxgate.srst.pool~2", props("id.number", "6002")));
        @SuppressWarnings("unchecked")
        ServiceReference<ConfigurationAdmin> ref = (ServiceReference<ConfigurationAdmin>) Proxy.newProxyInstance(
                PoolTest.class.getClassLoader(), new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> null);
        r.configurationEvent(new ConfigurationEvent(ref, ConfigurationEvent.CM_UPDATED, VoiceRegisterPools.FACTORY_PID,
                "org.voxgate.srst.pool~2"));
        assertThat(r.register(req).status()).isEqualTo(200);
        assertThat(r.all().pools).extracting(p -> p.tag).containsExactly(1, 2);
    }

    static Dictionary<String, Object> props(Object... keyValues) {
        Hashtable<String, Object> d = new Hashtable<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            d.put((String) keyValues[i], keyValues[i + 1]);
        }
        return d;
    }

    static Configuration configuration(String pid, Dictionary<String, Object> properties) {
        return (Configuration) Proxy.newProxyInstance(PoolTest.class.getClassLoader(), new Class<?>[] {Configuration.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPid" -> pid;
                    case "getFactoryPid" -> VoiceRegisterPools.FACTORY_PID;
                    case "getProperties" -> properties;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static ConfigurationAdmin configAdmin(Configuration... configurations) {
        return configAdmin(List.of(configurations));
    }

    static ConfigurationAdmin configAdmin(List<Configuration> configurations) {
        return (ConfigurationAdmin) Proxy.newProxyInstance(PoolTest.class.getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> {
                    if (method.getName().equals("listConfigurations")) {
                        assertThat(args[0]).isEqualTo("(service.factoryPid=org.voxgate.srst.pool)");
                        return configurations.isEmpty() ? null : configurations.toArray(new Configuration[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
