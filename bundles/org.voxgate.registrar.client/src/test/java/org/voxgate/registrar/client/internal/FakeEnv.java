package org.voxgate.registrar.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Virtual time, recorded REGISTERs and reports: a registration under test runs without a stack or a thread. */
final class FakeEnv implements LineRegistration.Env {
    /** One REGISTER the registration sent. */
    static final class Sent implements LineRegistration.Sent {
        final LineRegistration line;
        final LineRegistration.Attempt attempt;
        boolean abandoned;

        Sent(LineRegistration line, LineRegistration.Attempt attempt) {
            this.line = line;
            this.attempt = attempt;
        }

        @Override
        public void abandon() {
            abandoned = true;
        }
    }

    private static final class Task implements LineRegistration.Cancellable, Comparable<Task> {
        final long due;
        final long order;
        final Runnable run;
        boolean cancelled;

        Task(long due, long order, Runnable run) {
            this.due = due;
            this.order = order;
            this.run = run;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Task o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(order, o.order);
        }
    }

    final List<Sent> sent = new ArrayList<>();
    final List<String> reports = new ArrayList<>();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long order;
    long now = 1_000_000;
    double random = 0.5;
    String sendFailure;
    SipUaSettings ua = SipUaSettings.from(Map.of("authentication.username", "gw", ".authentication.password", "secret"));

    @Override
    public LineRegistration.Sent send(LineRegistration line, LineRegistration.Attempt attempt)
            throws LineRegistration.SendException {
        if (sendFailure != null) {
            throw new LineRegistration.SendException(sendFailure, null);
        }
        Sent s = new Sent(line, attempt);
        sent.add(s);
        return s;
    }

    @Override
    public LineRegistration.Cancellable schedule(Runnable task, long delayMs) {
        Task t = new Task(now + delayMs, order++, task);
        tasks.add(t);
        return t;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public double random() {
        return random;
    }

    @Override
    public SipUaSettings ua() {
        return ua;
    }

    @Override
    public void reported(LineRegistration line, String status) {
        reports.add(line.number + "@" + line.spec().name() + " " + status);
    }

    /** Lets {@code ms} of virtual time pass, running what falls due. */
    void advance(long ms) {
        long end = now + ms;
        while (!tasks.isEmpty() && tasks.peek().due <= end) {
            Task t = tasks.poll();
            if (!t.cancelled) {
                now = t.due;
                t.run.run();
            }
        }
        now = end;
    }

    /** ms until the next live task, or -1. */
    long nextDueIn() {
        return tasks.stream().filter(t -> !t.cancelled).mapToLong(t -> t.due - now).min().orElse(-1);
    }

    Sent last() {
        return sent.get(sent.size() - 1);
    }

    static LineRegistration.Answer answer(LineRegistration.Attempt to, int status, String reason) {
        return new LineRegistration.Answer(to.cseq(), status, reason, -1, -1, List.of(), List.of(), -1);
    }

    static LineRegistration.Answer ok(LineRegistration.Attempt to, int granted) {
        return new LineRegistration.Answer(to.cseq(), 200, "OK", granted, -1, List.of(), List.of(), -1);
    }

    static LineRegistration.Answer challenge(LineRegistration.Attempt to, String wwwAuthenticate) {
        return new LineRegistration.Answer(to.cseq(), 401, "Unauthorized", -1, -1, List.of(wwwAuthenticate), List.of(), -1);
    }

    static LineRegistration.Answer intervalTooBrief(LineRegistration.Attempt to, int minExpires) {
        return new LineRegistration.Answer(to.cseq(), 423, "Interval Too Brief", -1, minExpires, List.of(), List.of(), -1);
    }

    static RegistrarSpec spec(String name, String target, int expires) {
        return RegistrarSpec.from(Map.of("service.pid", "org.voxgate.registration~" + name, "target", target,
                "expires", Integer.toString(expires)));
    }
}
