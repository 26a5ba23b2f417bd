package org.voxgate.registrar.client.internal;

import java.util.List;
import java.util.UUID;

import org.voxgate.api.registration.RegistrationStatusDTO;

/**
 * One line's registration with one registrar (RFC 3261 §10.2): the same Call-ID and an increasing CSeq for every
 * REGISTER of the binding, refresh before expiry, back-off after failures, {@code 423} answered with the
 * registrar's {@code Min-Expires}, {@code 401/407} with digest credentials (cached for the refreshes), and
 * {@code Expires: 0} when it is stopped. Not thread-safe: every method runs on the registrar client's one thread.
 */
final class LineRegistration {

    enum State {
        IDLE("idle"), REGISTERING("registering"), REGISTERED("registered"), REFRESHING("refreshing"), FAILED("failed"),
        UNREGISTERING("unregistering"), DONE("unregistered");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    /** What a registration needs from the client. */
    interface Env {
        /** Sends one REGISTER of {@code line}; its answer comes back through {@link #onAnswer}/{@link #onNoAnswer}. */
        Sent send(LineRegistration line, Attempt attempt) throws SendException;

        Cancellable schedule(Runnable task, long delayMs);

        long nowMillis();

        /** 0..1, for spreading refreshes. */
        double random();

        SipUaSettings ua();

        /** The line's reported status changed ({@code registered}, {@code failed: ...}, {@code unregistered}). */
        void reported(LineRegistration line, String status);
    }

    /** A REGISTER on its way; abandoning it stops its retransmissions. */
    interface Sent {
        void abandon();
    }

    interface Cancellable {
        void cancel();
    }

    /** The REGISTER could not be sent at all (no transport, unresolvable host...). */
    static final class SendException extends Exception {
        private static final long serialVersionUID = 1L;

        SendException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * One REGISTER to send.
     *
     * @param authorizationHeader {@code Authorization} or {@code Proxy-Authorization}, null without credentials
     */
    record Attempt(long cseq, int expires, String authorizationHeader, String authorization) {}

    /**
     * A final or provisional answer to one REGISTER.
     *
     * @param grantedExpires   our Contact's {@code expires}, else the {@code Expires} header, else -1
     * @param minExpires       {@code Min-Expires} of a 423, else -1
     * @param retryAfter       {@code Retry-After} seconds, else -1
     */
    record Answer(long cseq, int status, String reason, int grantedExpires, int minExpires,
            List<String> wwwAuthenticate, List<String> proxyAuthenticate, int retryAfter) {}

    static final String METHOD = "REGISTER";
    private static final int MAX_AUTH_ROUNDS = 2;
    private static final int MAX_INTERVAL_ROUNDS = 2;

    final String number;
    final String callId = UUID.randomUUID().toString();
    final String fromTag = Long.toHexString(UUID.randomUUID().getMostSignificantBits());
    private final Env env;
    private RegistrarSpec spec;
    private int peerTag;
    private int requestedExpires;

    private State state = State.IDLE;
    private long cseq;
    private long inFlightCseq = -1;
    private Sent inFlight;
    private DigestChallenge sentWith;
    private Cancellable giveUp;
    private Cancellable timer;
    private DigestSession digest;
    private int authRounds;
    private int intervalRounds;

    private boolean everRegistered;
    private long expiresAt;
    private String lastFailure;
    private String reportedStatus;
    private int consecutiveFailures;
    private long successes;
    private long failures;
    private Runnable onDone;

    LineRegistration(String number, int peerTag, RegistrarSpec spec, Env env) {
        this.number = number;
        this.peerTag = peerTag;
        this.spec = spec;
        this.env = env;
        this.requestedExpires = spec.expires();
    }

    void start() {
        if (state == State.IDLE) {
            send(State.REGISTERING);
        }
    }

    /**
     * A new configuration of the same registrar (same address, port and transport): a new {@code expires} is asked
     * for at once when registered, else with the next attempt.
     */
    void reconfigure(RegistrarSpec newSpec) {
        boolean expiresChanged = newSpec.expires() != spec.expires();
        spec = newSpec;
        if (expiresChanged) {
            requestedExpires = newSpec.expires();
            if (state == State.REGISTERED) {
                send(State.REFRESHING);
            }
        }
    }

    /** A failed registration is tried again now (e.g. credentials were configured). */
    void retryNow() {
        if (state == State.FAILED) {
            send(State.REGISTERING);
        }
    }

    /** Unregisters (Expires: 0) if the registrar may hold a binding of ours, then runs {@code done}. */
    void stop(Runnable done) {
        onDone = done;
        if (state == State.DONE) {
            finish(null);
            return;
        }
        if (state == State.UNREGISTERING) {
            return;
        }
        cancel(timer);
        if (everRegistered || inFlight != null) {
            authRounds = 0;
            send(State.UNREGISTERING);
        } else {
            finish(null);
        }
    }

    private void send(State next) {
        cancel(timer);
        cancel(giveUp);
        if (inFlight != null) {
            inFlight.abandon(); // a REGISTER with a higher CSeq supersedes it (RFC 3261 §10.3 step 7)
            inFlight = null;
        }
        state = next;
        long seq = ++cseq;
        int expires = next == State.UNREGISTERING ? 0 : requestedExpires;
        sentWith = digest == null ? null : digest.challenge;
        String authorization = digest == null ? null : digest.authorize(METHOD, spec.requestUri(), "");
        Attempt attempt = new Attempt(seq, expires, digest == null ? null : digest.headerName(), authorization);
        inFlightCseq = seq;
        try {
            inFlight = env.send(this, attempt);
        } catch (SendException e) {
            failed(e.getMessage(), -1);
            return;
        }
        SipUaSettings ua = env.ua();
        giveUp = env.schedule(() -> onNoAnswer(seq, "no response"), Timing.giveUpMs(ua.retryRegister(), ua.timersRegisterMs()));
    }

    void onAnswer(Answer a) {
        if (a.cseq() != inFlightCseq || inFlight == null || a.status() < 200) {
            return; // an answer to a superseded REGISTER, or a provisional
        }
        inFlight = null;
        cancel(giveUp);
        int status = a.status();
        if (status == 401 || status == 407) {
            challenged(a);
        } else if (state == State.UNREGISTERING) {
            finish(status < 300 ? "unregistered" : "unregistered (" + status + " " + a.reason() + ")");
        } else if (status < 300) {
            accepted(a);
        } else if (status == 423) {
            intervalTooBrief(a);
        } else {
            failed(status + " " + a.reason(), a.retryAfter());
        }
    }

    void onNoAnswer(long seq, String why) {
        if (seq != inFlightCseq || inFlight == null) {
            return;
        }
        inFlight.abandon();
        inFlight = null;
        failed(why, -1);
    }

    private void accepted(Answer a) {
        authRounds = 0;
        intervalRounds = 0;
        int granted = a.grantedExpires() >= 0 ? a.grantedExpires() : requestedExpires;
        if (granted == 0) {
            failed(a.status() + " " + a.reason() + " with expires 0", -1);
            return;
        }
        everRegistered = true;
        successes++;
        consecutiveFailures = 0;
        expiresAt = env.nowMillis() + granted * 1000L;
        state = State.REGISTERED;
        report("registered");
        timer = env.schedule(this::refresh, Timing.refreshDelayMs(granted, env.random()));
    }

    private void refresh() {
        if (state == State.REGISTERED) {
            send(State.REFRESHING);
        }
    }

    private void challenged(Answer a) {
        boolean proxy = a.status() == 407;
        String what = a.status() + " " + a.reason();
        DigestChallenge c = DigestChallenge.pick(proxy ? a.proxyAuthenticate() : a.wwwAuthenticate(), proxy);
        if (c == null) {
            failed(what + " (no digest challenge that can be answered)", -1);
            return;
        }
        SipUaSettings.Credentials credentials = env.ua().credentialsFor(number, c.realm());
        if (credentials == null) {
            failed(what + " (no sip-ua credentials for realm " + c.realm() + ")", -1);
            return;
        }
        boolean rejected = sentWith != null && sentWith.nonce().equals(c.nonce()) && !c.stale();
        if (rejected || authRounds >= MAX_AUTH_ROUNDS) {
            digest = null;
            failed(what + " (credentials rejected)", -1);
            return;
        }
        authRounds++;
        digest = new DigestSession(c, credentials);
        send(state);
    }

    private void intervalTooBrief(Answer a) {
        if (a.minExpires() > requestedExpires && a.minExpires() <= RegistrarSpec.EXPIRES_MAX
                && intervalRounds < MAX_INTERVAL_ROUNDS) {
            intervalRounds++;
            requestedExpires = a.minExpires();
            send(state);
            return;
        }
        failed("423 " + a.reason() + (a.minExpires() > 0 ? " (Min-Expires " + a.minExpires() + ")" : ""), -1);
    }

    private void failed(String why, int retryAfter) {
        cancel(giveUp);
        inFlight = null;
        authRounds = 0;
        intervalRounds = 0;
        failures++;
        lastFailure = why;
        if (state == State.UNREGISTERING) {
            finish("unregistered (" + why + ")");
            return;
        }
        consecutiveFailures++;
        state = State.FAILED;
        report("failed: " + why);
        timer = env.schedule(this::retry, Timing.backoffMs(consecutiveFailures, retryAfter));
    }

    private void retry() {
        if (state == State.FAILED) {
            send(State.REGISTERING);
        }
    }

    /** @param status what to report, e.g. {@code unregistered (no response)}; null when nothing was registered */
    private void finish(String status) {
        cancel(timer);
        cancel(giveUp);
        if (inFlight != null) {
            inFlight.abandon();
            inFlight = null;
        }
        state = State.DONE;
        if (status != null) {
            report(status);
        }
        Runnable done = onDone;
        onDone = null;
        if (done != null) {
            done.run();
        }
    }

    private void report(String status) {
        if (!status.equals(reportedStatus)) {
            reportedStatus = status;
            env.reported(this, status);
        }
    }

    private static void cancel(Cancellable c) {
        if (c != null) {
            c.cancel();
        }
    }

    // ---- status ---------------------------------------------------------------------------------

    State state() {
        return state;
    }

    boolean registered() {
        return (state == State.REGISTERED || state == State.REFRESHING) && env.nowMillis() < expiresAt;
    }

    /** The last attempt failed and no registration has been accepted since. */
    boolean failing() {
        return consecutiveFailures > 0;
    }

    RegistrarSpec spec() {
        return spec;
    }

    int requestedExpires() {
        return requestedExpires;
    }

    void peerTag(int tag) {
        peerTag = tag;
    }

    long successes() {
        return successes;
    }

    long failures() {
        return failures;
    }

    RegistrationStatusDTO dto() {
        long now = env.nowMillis();
        RegistrationStatusDTO dto = new RegistrationStatusDTO();
        dto.number = number;
        dto.registrar = spec.name();
        dto.peerTag = peerTag;
        dto.registered = registered();
        dto.expiresSeconds = dto.registered ? (expiresAt - now + 999) / 1000 : requestedExpires;
        dto.state = state.label;
        dto.lastFailure = lastFailure;
        dto.registrations = successes;
        dto.failures = failures;
        return dto;
    }

    @Override
    public String toString() {
        return "line " + number + " with " + spec.name() + " registrar " + spec.target();
    }
}
