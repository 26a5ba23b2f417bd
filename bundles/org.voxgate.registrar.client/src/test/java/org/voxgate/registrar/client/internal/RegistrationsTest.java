package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voxgate.registrar.client.internal.FakeEnv.ok;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.api.registration.RegistrarDTO;
import org.voxgate.api.registration.RegistrationStatusDTO;

/** Lines times registrars, kept in line with the configuration; the current registrar. */
class RegistrationsTest {
    private final FakeEnv env = new FakeEnv();
    private final Registrations regs = new Registrations(env);
    private final RegistrarSpec primary = FakeEnv.spec("primary", "ipv4:127.0.0.41:5070", 3600);
    private final RegistrarSpec secondary = FakeEnv.spec("secondary", "ipv4:127.0.0.42:5070", 3600);

    private List<FakeEnv.Sent> sentTo(String registrar, String number) {
        return env.sent.stream().filter(s -> s.line.spec().name().equals(registrar) && s.line.number.equals(number)).toList();
    }

    private void answerAll(int granted) {
        for (FakeEnv.Sent s : List.copyOf(env.sent)) {
            if (!s.abandoned) {
                s.line.onAnswer(ok(s.attempt, granted));
            }
        }
    }

    @Test
    void everyLineRegistersWithBothRegistrarsAndLeavesWhenItsPeerGoes() {
        regs.registrar("primary", primary);
        regs.lines(Map.of("4001", 20001, "4002", 20002));
        assertThat(env.sent).hasSize(2);
        regs.registrar("secondary", secondary);
        assertThat(env.sent).hasSize(4);
        answerAll(3600);
        assertThat(regs.lines("primary")).extracting(d -> d.number + " " + d.registered).containsExactly("4001 true", "4002 true");
        assertThat(regs.lines("secondary")).extracting(d -> d.number).containsExactly("4001", "4002");

        regs.lines(Map.of("4001", 20011)); // 4002's dial peer is gone, 4001 moved to another tag
        assertThat(sentTo("primary", "4002")).last().satisfies(s -> assertThat(s.attempt.expires()).isZero());
        assertThat(sentTo("secondary", "4002")).last().satisfies(s -> assertThat(s.attempt.expires()).isZero());
        assertThat(regs.lines("primary")).extracting(d -> d.number + " " + d.peerTag).containsExactly("4001 20011");
    }

    @Test
    void noRegistrarUnregistersItsLinesOnly() {
        regs.registrar("primary", primary);
        regs.registrar("secondary", secondary);
        regs.lines(Map.of("4001", 20001));
        answerAll(3600);
        int before = env.sent.size();
        regs.registrar("secondary", null);
        assertThat(env.sent).hasSize(before + 1);
        assertThat(env.last().line.spec().name()).isEqualTo("secondary");
        assertThat(env.last().attempt.expires()).isZero();
        assertThat(regs.lines("secondary")).isEmpty();
        assertThat(regs.registrars()).extracting(r -> r.name).containsExactly("primary");
    }

    @Test
    void aNewAddressReRegistersButANewExpiresKeepsTheBinding() {
        regs.registrar("primary", primary);
        regs.lines(Map.of("4001", 20001));
        answerAll(3600);
        LineRegistration first = env.last().line;
        regs.registrar("primary", FakeEnv.spec("primary", "ipv4:127.0.0.41:5070", 600));
        assertThat(env.last().line).isSameAs(first);
        assertThat(env.last().attempt.expires()).isEqualTo(600);

        regs.registrar("primary", FakeEnv.spec("primary", "ipv4:127.0.0.43", 600));
        assertThat(env.sent.get(env.sent.size() - 2).attempt.expires()).isZero(); // the old registrar is told
        assertThat(env.last().line).isNotSameAs(first);
        assertThat(env.last().line.spec().host()).isEqualTo("127.0.0.43");
    }

    @Test
    void currentRegistrarFollowsWhereTheLinesAreRegistered() {
        assertThat(regs.current()).isEmpty();
        regs.registrar("secondary", secondary);
        assertThat(regs.current()).map(r -> r.name).contains("secondary");
        regs.registrar("primary", primary);
        regs.lines(Map.of("4001", 20001));
        assertThat(regs.current()).map(r -> r.name).contains("primary"); // nothing answered yet
        for (FakeEnv.Sent s : List.copyOf(env.sent)) {
            if (s.line.spec().primary()) {
                s.line.onAnswer(FakeEnv.answer(s.attempt, 503, "Service Unavailable"));
            } else {
                s.line.onAnswer(ok(s.attempt, 3600));
            }
        }
        RegistrarDTO current = regs.current().orElseThrow();
        assertThat(current.name).isEqualTo("secondary");
        assertThat(current.host).isEqualTo("127.0.0.42");
        assertThat(current.port).isEqualTo(5070);
        env.advance(10_000); // primary retries...
        assertThat(regs.current()).map(r -> r.name).contains("secondary"); // ...but is not back yet
        for (FakeEnv.Sent s : List.copyOf(env.sent)) {
            if (s.line.spec().primary() && !s.abandoned) {
                s.line.onAnswer(ok(s.attempt, 3600));
            }
        }
        assertThat(regs.current()).map(r -> r.name).contains("primary");
    }

    @Test
    void registrarStatusCountsLinesAndAttempts() {
        regs.registrar("primary", primary);
        regs.lines(Map.of("4001", 20001, "4002", 20002));
        FakeEnv.Sent to4001 = sentTo("primary", "4001").get(0);
        FakeEnv.Sent to4002 = sentTo("primary", "4002").get(0);
        to4001.line.onAnswer(ok(to4001.attempt, 3600));
        to4002.line.onAnswer(FakeEnv.answer(to4002.attempt, 403, "Forbidden"));
        RegistrarDTO dto = regs.registrars().get(0);
        assertThat(dto.lines).isEqualTo(2);
        assertThat(dto.linesRegistered).isEqualTo(1);
        assertThat(dto.registrations).isEqualTo(1);
        assertThat(dto.failures).isEqualTo(1);
        RegistrationStatusDTO failed = regs.lines("primary").get(1);
        assertThat(failed.lastFailure).isEqualTo("403 Forbidden");
        assertThat(failed.state).isEqualTo("failed");
        regs.lines(Map.of("4002", 20002));
        env.last().line.onAnswer(ok(env.last().attempt, 0)); // 4001 unregistered
        assertThat(regs.registrars().get(0).registrations).isEqualTo(1); // still counted
    }

    @Test
    void stopAllUnregistersEverythingThenSaysSo() {
        regs.registrar("primary", primary);
        regs.registrar("secondary", secondary);
        regs.lines(Map.of("4001", 20001));
        answerAll(3600);
        boolean[] done = {false};
        regs.stopAll(() -> done[0] = true);
        List<FakeEnv.Sent> unregisters = env.sent.stream().filter(s -> s.attempt.expires() == 0).toList();
        assertThat(unregisters).hasSize(2);
        unregisters.get(0).line.onAnswer(ok(unregisters.get(0).attempt, 0));
        assertThat(done[0]).isFalse();
        unregisters.get(1).line.onAnswer(ok(unregisters.get(1).attempt, 0));
        assertThat(done[0]).isTrue();
        boolean[] empty = {false};
        new Registrations(env).stopAll(() -> empty[0] = true);
        assertThat(empty[0]).isTrue();
        int sent = env.sent.size();
        regs.registrar("primary", primary); // a late configuration event while stopping starts nothing
        regs.lines(Map.of("4001", 20001, "4002", 20002));
        assertThat(env.sent).hasSize(sent);
    }
}
