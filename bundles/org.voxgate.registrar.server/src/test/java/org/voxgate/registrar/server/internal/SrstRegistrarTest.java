package org.voxgate.registrar.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voxgate.registrar.server.internal.Fixtures.T0;
import static org.voxgate.registrar.server.internal.Fixtures.at;
import static org.voxgate.registrar.server.internal.Fixtures.contact;
import static org.voxgate.registrar.server.internal.Fixtures.enabled;
import static org.voxgate.registrar.server.internal.Fixtures.registrar;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.registrar.server.internal.Fixtures.MemoryStore;
import org.voxgate.registrar.server.internal.Fixtures.Req;
import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.registrar.RegisterResult;
import org.voxgate.spi.routing.RouteTarget;

/** RFC 3261 §10.3 as the registrar applies it, one rule per test. */
class SrstRegistrarTest {
    private final MemoryStore store = new MemoryStore();

    private static List<String> contacts(RegisterResult r) {
        return r.bindings().stream().map(Binding::contact).toList();
    }

    @Test
    void withoutRegistrarServerEveryRegisterIsForbidden() {
        SrstRegistrar r = registrar(store, Map.of(), Pool.of(1, "6...", null, null, null, null));
        RegisterResult result = r.register(Req.register(contact("sip:6001@127.0.0.1:5062")).build());
        assertThat(result.status()).isEqualTo(403);
        assertThat(result.reason()).isEqualTo("Registrar server not enabled");
        assertThat(store.puts).isZero();
    }

    @Test
    void aRegisterThatMatchesNoPoolIsForbidden() {
        SrstRegistrar r = enabled(store);
        assertThat(r.register(Req.register(contact("sip:7001@h")).aor("7001").build()).status()).isEqualTo(403);
        SrstRegistrar noPools = registrar(new MemoryStore(), Map.of("registrar.server", true));
        assertThat(noPools.register(Req.register(contact("sip:6001@h")).build()).status()).isEqualTo(403);
    }

    @Test
    void aPoolAdmitsByNumberPatternOrBySourceNetwork() {
        SrstRegistrar r = registrar(store, Map.of("registrar.server", true),
                Pool.of(1, "6001", null, null, null, null), Pool.of(2, null, "10.1.0.0", "255.255.0.0", null, null));
        assertThat(r.register(Req.register(contact("sip:6001@h")).from("192.0.2.1").build()).status()).isEqualTo(200);
        assertThat(r.register(Req.register(contact("sip:6002@h")).aor("6002").from("192.0.2.1").build()).status())
                .isEqualTo(403);
        assertThat(r.register(Req.register(contact("sip:6002@h")).aor("6002").from("10.1.200.3").build()).status())
                .isEqualTo(200);
    }

    @Test
    void aContactWithoutExpiresGetsTheDefaultCappedAtMax() {
        RegisterResult result = enabled(store).register(Req.register(contact("sip:6001@127.0.0.1:5062")).build());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.bindings()).singleElement().satisfies(b -> {
            assertThat(b.expiresAt()).isEqualTo(T0 + 3_600_000);
            assertThat(b.q()).isEqualTo(1.0f);
            assertThat(b.callId()).isEqualTo("c1");
            assertThat(b.source()).isEqualTo("udp:127.0.0.1:5062");
        });
        SrstRegistrar small = registrar(new MemoryStore(), Map.of("registrar.server", true, "expires.max", 600),
                Pool.of(1, "6...", null, null, null, null));
        assertThat(small.register(Req.register(contact("sip:6001@h")).build()).bindings().get(0).expiresAt())
                .isEqualTo(T0 + 600_000);
    }

    @Test
    void theContactExpiresParameterWinsOverTheExpiresHeader() {
        SrstRegistrar r = enabled(store);
        RegisterResult result = r.register(Req.register(contact("sip:6001@a", 120, null), contact("sip:6001@b"))
                .expires(300).build());
        assertThat(result.bindings()).extracting(Binding::expiresAt).containsExactly(T0 + 120_000, T0 + 300_000);
    }

    @Test
    void moreThanMaxIsGrantedMax() {
        SrstRegistrar r = registrar(store, Map.of("registrar.server", true, "expires.max", 7200),
                Pool.of(1, "6...", null, null, null, null));
        RegisterResult result = r.register(Req.register(contact("sip:6001@h")).expires(86400).build());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.bindings().get(0).remainingSeconds(T0)).isEqualTo(7200);
    }

    @Test
    void lessThanMinIsRefusedWith423AndMinExpires() {
        SrstRegistrar r = registrar(store, Map.of("registrar.server", true, "expires.min", 120),
                Pool.of(1, "6...", null, null, null, null));
        RegisterResult result = r.register(Req.register(contact("sip:6001@a"), contact("sip:6001@b", 119, null))
                .expires(3600).build());
        assertThat(result.status()).isEqualTo(423);
        assertThat(result.minExpires()).isEqualTo(120);
        assertThat(store.puts).as("the valid contact is not bound either").isZero();
        assertThat(r.register(Req.register(contact("sip:6001@a")).expires(120).call("c2", 1).build()).status())
                .isEqualTo(200);
    }

    @Test
    void expiresZeroRemovesThatContactOnlyAndIsNotTooBrief() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a"), contact("sip:6001@b")).build());
        RegisterResult result = r.register(Req.register(contact("sip:6001@a", 0, null)).call("c1", 2).build());
        assertThat(result.status()).isEqualTo(200);
        assertThat(contacts(result)).containsExactly("sip:6001@b");
        assertThat(r.register(Req.register(contact("sip:6001@b")).expires(0).call("c1", 3).build()).bindings()).isEmpty();
        assertThat(store.map).isEmpty();
    }

    @Test
    void wildcardWithExpiresZeroRemovesEveryBinding() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a")).call("phone-a", 1).build());
        r.register(Req.register(contact("sip:6001@b")).call("phone-b", 1).build());
        RegisterResult result = r.register(Req.register().wildcard().expires(0).call("other", 1).build());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.bindings()).isEmpty();
        assertThat(store.map).isEmpty();
    }

    @Test
    void wildcardIsABadRequestWithoutExpiresZeroOrWithOtherContacts() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a")).build());
        assertThat(r.register(Req.register().wildcard().call("x", 1).build()).status()).isEqualTo(400);
        assertThat(r.register(Req.register().wildcard().expires(3600).call("x", 2).build()).status()).isEqualTo(400);
        RegisterResult mixed = r.register(Req.register(contact("sip:6001@b")).wildcard().expires(0).call("x", 3).build());
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.reason()).contains("only Contact");
        assertThat(store.lookup("6001", T0)).hasSize(1);
    }

    @Test
    void sameCallIdWithACSeqNotHigherFailsAndChangesNothing() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a")).call("c1", 5).build());
        RegisterResult lower = r.register(Req.register(contact("sip:6001@a", 0, null)).call("c1", 4).build());
        assertThat(lower.status()).isEqualTo(500);
        assertThat(lower.reason()).contains("Out of order");
        assertThat(r.register(Req.register(contact("sip:6001@a", 0, null)).call("c1", 5).build()).status())
                .as("equal CSeq").isEqualTo(500);
        assertThat(store.lookup("6001", T0)).hasSize(1);
        assertThat(r.register(Req.register(contact("sip:6001@a", 0, null)).call("c1", 6).build()).status()).isEqualTo(200);
        assertThat(store.lookup("6001", T0)).isEmpty();
    }

    @Test
    void anotherCallIdUpdatesWhateverItsCSeq() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a")).call("c1", 50).build());
        RegisterResult result = r.register(Req.register(contact("sip:6001@a", 600, null)).call("rebooted", 1).build());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.bindings()).singleElement().satisfies(b -> {
            assertThat(b.callId()).isEqualTo("rebooted");
            assertThat(b.expiresAt()).isEqualTo(T0 + 600_000);
        });
    }

    @Test
    void anOutOfOrderContactFailsTheWholeRequest() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a")).call("c1", 5).build());
        RegisterResult result = r.register(Req.register(contact("sip:6001@new"), contact("sip:6001@a")).call("c1", 3).build());
        assertThat(result.status()).isEqualTo(500);
        assertThat(contacts(RegisterResult.ok(store.lookup("6001", T0)))).containsExactly("sip:6001@a");
    }

    @Test
    void wildcardRespectsCallIdOrderingToo() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a")).call("c1", 5).build());
        assertThat(r.register(Req.register().wildcard().expires(0).call("c1", 5).build()).status()).isEqualTo(500);
        assertThat(r.register(Req.register().wildcard().expires(0).call("c1", 6).build()).status()).isEqualTo(200);
    }

    @Test
    void equivalentUrisAreOneBinding() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@Phone.Example.com:5062;transport=udp")).call("c1", 1).build());
        RegisterResult result = r.register(Req.register(contact("sip:6001@phone.example.com:5062;TRANSPORT=UDP;x=1"))
                .call("c1", 2).build());
        assertThat(result.bindings()).hasSize(1);
        assertThat(r.register(Req.register(contact("sip:6001@phone.example.com")).call("c1", 3).build()).bindings())
                .as("no port differs from :5062").hasSize(2);
    }

    @Test
    void aQueryListsTheBindingsWithoutChangingThem() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@a"), contact("sip:6001@b", 600, 0.5f)).build());
        int puts = store.puts;
        at(r, T0 + 100_000);
        RegisterResult query = r.register(Req.register().call("q", 1).build());
        assertThat(query.status()).isEqualTo(200);
        assertThat(contacts(query)).containsExactly("sip:6001@a", "sip:6001@b");
        assertThat(query.bindings().get(1).remainingSeconds(T0 + 100_000)).isEqualTo(500);
        assertThat(store.puts).isEqualTo(puts);
    }

    @Test
    void theOkListsEveryCurrentBindingNotOnlyTheRegisteredOnes() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@desk")).call("desk", 1).build());
        RegisterResult result = r.register(Req.register(contact("sip:6001@mobile")).call("mobile", 1).build());
        assertThat(contacts(result)).containsExactly("sip:6001@mobile", "sip:6001@desk");
    }

    @Test
    void qOutsideZeroToOneIsABadRequest() {
        assertThat(enabled(store).register(Req.register(contact("sip:6001@a", null, 1.5f)).build()).status())
                .isEqualTo(400);
    }

    @Test
    void expiredBindingsAreNeitherListedNorLocated() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@127.0.0.1:5062")).expires(60).build());
        at(r, T0 + 60_000);
        assertThat(r.locate("6001")).isEmpty();
        assertThat(r.register(Req.register().call("q", 1).build()).bindings()).isEmpty();
    }

    @Test
    void locateTriesHigherQFirstThenTheMostRecent() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@10.0.0.1", null, 0.5f)).call("a", 1).build());
        r.register(Req.register(contact("sip:6001@10.0.0.2", null, 0.9f)).call("b", 1).build());
        r.register(Req.register(contact("sip:6001@10.0.0.3", null, 0.5f)).call("c", 1).build());
        assertThat(r.locate("6001")).extracting(RouteTarget::host).containsExactly("10.0.0.2", "10.0.0.3", "10.0.0.1");
        r.register(Req.register(contact("sip:6001@10.0.0.1", null, 0.5f)).call("a", 2).build()); // refreshed: most recent
        assertThat(r.locate("6001")).extracting(RouteTarget::host).containsExactly("10.0.0.2", "10.0.0.1", "10.0.0.3");
        assertThat(r.locate("6002")).isEmpty();
    }

    @Test
    void locateFindsNothingWhenTheRegistrarServerIsOff() {
        SrstRegistrar r = enabled(store);
        r.register(Req.register(contact("sip:6001@10.0.0.1")).build());
        r.configure(Fixtures.config(Map.of("registrar.server", false)));
        assertThat(r.locate("6001")).isEmpty();
        assertThat(r.register(Req.register().build()).status()).isEqualTo(403);
    }

    @Test
    void theReadOnlyViewListsSettingsPoolsAndBindingsWithoutPasswords() {
        SrstRegistrar r = registrar(store, Map.of("registrar.server", true, "expires.max", 7200, "expires.min", 120),
                Pool.of(2, null, "127.0.0.0", "255.0.0.0", null, null), Pool.of(1, "6001", null, null, "alice", "pw"));
        store.put("6001", List.of(new Binding("6001", "sip:6001@a", 1f, T0 + 10_000, "x", 1, "udp:127.0.0.1:1")));
        store.put("7001", List.of(new Binding("7001", "sip:7001@b", 0.5f, T0 + 20_500, "y", 2, "tcp:127.0.0.2:2"),
                new Binding("7001", "sip:7001@c", 1f, T0 + 30_000, "z", 3, "udp:127.0.0.3:3")));
        var all = r.all();
        assertThat(all.enabled).isTrue();
        assertThat(all.expiresMax).isEqualTo(7200);
        assertThat(all.expiresMin).isEqualTo(120);
        assertThat(all.pools).extracting(p -> p.tag).containsExactly(1, 2);
        assertThat(all.pools.get(0).username).isEqualTo("alice");
        assertThat(all.pools.get(0).registrations).isEqualTo(1);
        assertThat(all.pools.get(1).idNetwork).isEqualTo("127.0.0.0");
        assertThat(all.pools.get(1).idMask).isEqualTo("255.0.0.0");
        assertThat(all.pools.get(1).registrations).isEqualTo(2);
        assertThat(all.registrations).extracting(b -> b.contact).containsExactly("sip:6001@a", "sip:7001@c", "sip:7001@b");
        assertThat(all.registrations.get(2).expires).isEqualTo(21);
        assertThat(all.registrations.get(2).source).isEqualTo("tcp:127.0.0.2:2");
        assertThat(all.toString()).doesNotContain("pw");
        assertThat(r.bindings("7001")).extracting(b -> b.pool).containsExactly(2, 2);
    }

    @Test
    void concurrentRegistersOfOneAorLoseNoContact() throws Exception {
        SrstRegistrar r = enabled(store);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            futures.add(pool.submit(() -> r.register(Req.register(contact("sip:6001@10.0.0.1:" + (5000 + n)))
                    .call("phone-" + n, 1).build()).status()));
        }
        for (var f : futures) {
            assertThat(f.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(store.lookup("6001", T0)).hasSize(200);
    }

    @Test
    void settingsOutOfRangeAreClamped() {
        SrstSettings s = SrstSettings.of(true, 100, 5000, "a\"b", "SHA-512", 0);
        assertThat(s.expiresMax()).isEqualTo(600);
        assertThat(s.expiresMin()).isEqualTo(600);
        assertThat(s.realm()).isEqualTo("ab");
        assertThat(s.algorithm()).isEqualTo(DigestAuthenticator.Algorithm.MD5);
        assertThat(s.problems()).hasSize(4);
        assertThat(SrstSettings.of(true, 86400, 3600, "r", "sha-256", 60).problems()).isEmpty();
    }
}
