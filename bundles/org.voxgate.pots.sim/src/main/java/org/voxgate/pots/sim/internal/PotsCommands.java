package org.voxgate.pots.sim.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.voxgate.spi.port.Port;

/**
 * Gogo command {@code pots}: drive the simulated phones by hand. Gogo splits {@code pots dial 0/0/1 6605001} into
 * words, so one varargs function dispatches on them. Failures are thrown (non-zero exit from {@code voxgate-cli}).
 * Every {@link Port} service is listed by {@code pots status}; only this bundle's phones can dial, answer, hang up.
 */
@Component(service = PotsCommands.class,
        property = {"osgi.command.scope=voxgate", "osgi.command.function=pots"})
public class PotsCommands {
    static final String USAGE = "usage: pots status | pots dial PORT DIGITS | pots answer PORT | pots hangup PORT";

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<Port> ports = List.of();

    @Descriptor("simulated analog phones: pots status | pots dial PORT DIGITS | pots answer PORT | pots hangup PORT")
    public CharSequence pots(@Descriptor("status | dial PORT DIGITS | answer PORT | hangup PORT, PORT like 0/0/1")
            String... words) {
        String verb = words.length == 0 ? "status" : words[0];
        switch (verb) {
            case "status" -> {
                expect(words, 1);
                return status();
            }
            case "dial" -> {
                expect(words, 3);
                SimulatedPhone phone = phone(words[1]);
                act(() -> phone.dial(words[2]));
                return phone.id() + ": dialled " + words[2] + ", " + phone.state();
            }
            case "answer" -> {
                expect(words, 2);
                SimulatedPhone phone = phone(words[1]);
                act(phone::answer);
                return phone.id() + ": answered, " + phone.state();
            }
            case "hangup" -> {
                expect(words, 2);
                SimulatedPhone phone = phone(words[1]);
                act(phone::hangup);
                return phone.id() + ": on hook, " + phone.state();
            }
            default -> throw new IllegalArgumentException("% Invalid input: pots " + String.join(" ", words)
                    + "\n" + USAGE);
        }
    }

    PotsStatus status() {
        List<PortStatus> rows = new ArrayList<>();
        for (Port p : sorted()) {
            rows.add(p instanceof SimulatedPhone phone ? phone.status()
                    : new PortStatus(p.id(), p.signalling(), p.state(), null, null, 0, MediaCounters.NONE));
        }
        return new PotsStatus(rows);
    }

    private List<Port> sorted() {
        List<Port> list = new ArrayList<>(ports);
        list.sort(Comparator.comparing(PotsCommands::sortKey));
        return list;
    }

    /** "0/0/10" after "0/0/9". */
    private static String sortKey(Port p) {
        StringBuilder key = new StringBuilder();
        for (String part : p.id().split("/")) {
            key.append(part.matches("\\d{1,9}") ? String.format("%010d", Integer.parseInt(part)) : part).append('/');
        }
        return key.toString();
    }

    private SimulatedPhone phone(String id) {
        for (Port p : ports) {
            if (p.id().equals(id)) {
                if (p instanceof SimulatedPhone phone) {
                    return phone;
                }
                throw new IllegalArgumentException("% port " + id + " is not a simulated phone");
            }
        }
        List<String> ids = sorted().stream().map(Port::id).toList();
        throw new IllegalArgumentException("% no voice port " + id + (ids.isEmpty() ? "" : "; ports: "
                + String.join(", ", ids)));
    }

    /** Runs a phone action; its refusal becomes an IOS-style "% ..." error. */
    private static void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("% " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("% " + e.getMessage(), e);
        }
    }

    private static void expect(String[] words, int count) {
        if (words.length != count && !(count == 1 && words.length == 0)) {
            throw new IllegalArgumentException("% Invalid input: pots " + String.join(" ", words) + "\n" + USAGE);
        }
    }
}
