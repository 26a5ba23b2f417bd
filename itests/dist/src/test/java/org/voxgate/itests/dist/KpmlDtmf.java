package org.voxgate.itests.dist;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DTMF by KPML (RFC 4730, semantics.md §1.4 {@code sip-kpml}), both roles of one UA.
 * <p>
 * Notifier (the UA sends digits): accepts an in-dialog SUBSCRIBE Event: kpml (200, then the initial NOTIFY
 * without body), then reports each key that the subscription's regex matches in its own NOTIFY
 * ({@code <kpml-response code="200" digits="K" tag=…/>}); a one-shot subscription ends with the first report
 * and the next key waits for a new SUBSCRIBE. Subscriber (the UA receives digits): SUBSCRIBEs in-dialog with a
 * persistent {@code [x*#ABCD]} pattern; each code-200 report is a digit, without duration (KPML has none).
 */
final class KpmlDtmf {
    static final String REQUEST_BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<kpml-request xmlns=\"urn:ietf:params:xml:ns:kpml-request\" version=\"1.0\">"
            + "<pattern persist=\"persist\"><regex tag=\"dtmf\">[x*#ABCD]</regex></pattern></kpml-request>";
    private static final Pattern REGEX = Pattern.compile("<regex([^>]*)>([^<]*)</regex>");
    private static final Pattern TAG = Pattern.compile("tag\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PERSIST = Pattern.compile("persist\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("code\\s*=\\s*\"(\\d+)\"");
    private static final Pattern DIGITS = Pattern.compile("digits\\s*=\\s*\"([^\"]*)\"");

    /** What a peer subscribed to: its Event header (echoed in NOTIFYs), patterns with their tags, lifetime. */
    private record Subscription(String event, List<Pattern> patterns, List<String> tags, boolean persistent, int expires) {}

    private final DtmfUa ua;
    private Subscription subscription;
    private final List<String> requests = new ArrayList<>();

    KpmlDtmf(DtmfUa ua) {
        this.ua = ua;
    }

    /** The kpml-request bodies the peer SUBSCRIBEd with, in order. */
    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    // ---- notifier

    void onSubscribe(SipMessage subscribe, InetSocketAddress from) {
        String expiresHeader = subscribe.header("Expires");
        int expires = expiresHeader == null ? 7200 : Integer.parseInt(expiresHeader.trim());
        String body = subscribe.bodyText();
        List<Pattern> patterns = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Matcher r = REGEX.matcher(body);
        while (r.find()) {
            Matcher tag = TAG.matcher(r.group(1));
            tags.add(tag.find() ? tag.group(1) : null);
            patterns.add(Pattern.compile(javaRegex(r.group(2).trim())));
        }
        Matcher persist = PERSIST.matcher(body);
        boolean persistent = persist.find() && persist.group(1).equals("persist");
        ua.respond(subscribe, from, 200, "OK", List.of("Expires: " + expires), null, null);
        Subscription s = new Subscription(subscribe.header("Event"), patterns, tags, persistent, expires);
        if (patterns.isEmpty() && !body.isBlank()) {
            ua.problem("KPML SUBSCRIBE without a <regex>:\n" + subscribe);
        }
        ua.awaitCall(DtmfUa.SIP_TIMEOUT); // as UAC the 200 may still be on its way to call(): the dialog needs its To tag
        notify(s, expires == 0 ? "terminated;reason=timeout" : "active;expires=" + expires, null);
        synchronized (this) {
            requests.add(body);
            subscription = expires == 0 ? null : s;
            notifyAll();
        }
    }

    /** Reports each key the peer's subscription matches, waiting (bounded) for a subscription before each. */
    void send(String keys, int durationMs, int gapMs, Duration timeout) {
        for (char key : keys.toCharArray()) {
            DtmfDigit.event(key);
            long start = System.nanoTime();
            Subscription s = awaitSubscription(timeout);
            int matched = -1;
            for (int i = 0; i < s.patterns().size() && matched < 0; i++) {
                matched = s.patterns().get(i).matcher(String.valueOf(key)).matches() ? i : -1;
            }
            if (matched >= 0 || s.patterns().isEmpty()) {
                String tag = matched >= 0 && s.tags().get(matched) != null ? " tag=\"" + s.tags().get(matched) + "\"" : "";
                String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<kpml-response xmlns=\"urn:ietf:params:xml:ns:kpml-response\" version=\"1.0\" code=\"200\" text=\"OK\""
                        + " digits=\"" + key + "\"" + tag + "/>";
                if (!s.persistent()) {
                    synchronized (this) {
                        subscription = null; // one-shot: this report ends it (RFC 4730 5.2)
                    }
                }
                notify(s, s.persistent() ? "active;expires=" + s.expires() : "terminated;reason=noresource", xml);
            }
            Pacing.until(start + (durationMs + gapMs) * 1_000_000L);
        }
    }

    private synchronized Subscription awaitSubscription(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (subscription == null) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new IllegalStateException(ua.name + ": no SUBSCRIBE Event: kpml from the peer within " + timeout);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return subscription;
    }

    private void notify(Subscription s, String state, String xml) {
        byte[] body = xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8);
        ua.inDialog("NOTIFY", List.of("Event: " + s.event(), "Subscription-State: " + state),
                xml == null ? null : "application/kpml-response+xml", body);
    }

    /** RFC 4730 digit regex to java.util.regex: x is [0-9] (0-9 inside a class), * is literal. */
    static String javaRegex(String kpml) {
        StringBuilder b = new StringBuilder();
        boolean inClass = false;
        for (char c : kpml.toCharArray()) {
            switch (c) {
                case '[' -> { inClass = true; b.append(c); }
                case ']' -> { inClass = false; b.append(c); }
                case 'x', 'X' -> b.append(inClass ? "0-9" : "[0-9]");
                case '*' -> b.append("\\*");
                case '#' -> b.append("\\#");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---- subscriber

    /** SUBSCRIBEs in-dialog for every key, persistent; returns once the peer answered 2xx. */
    void subscribe() {
        subscribe(REQUEST_BODY);
    }

    /** SUBSCRIBEs in-dialog with that kpml-request body. */
    void subscribe(String kpmlRequest) {
        ua.inDialog("SUBSCRIBE", List.of("Event: kpml", "Expires: 7200", "Accept: application/kpml-response+xml"),
                "application/kpml-request+xml", kpmlRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** A NOTIFY Event: kpml: the digits of a code-200 report; the initial NOTIFY (no body) has none. */
    List<DtmfDigit> onNotify(SipMessage notify) {
        String state = notify.header("Subscription-State");
        if (state != null && state.trim().toLowerCase(java.util.Locale.ROOT).startsWith("terminated")) {
            ua.problem("KPML subscription terminated by the peer: " + state);
        }
        String body = notify.bodyText();
        if (body.isBlank()) {
            return List.of();
        }
        Matcher code = CODE.matcher(body);
        Matcher digits = DIGITS.matcher(body);
        if (!code.find() || !code.group(1).equals("200") || !digits.find()) {
            ua.problem("KPML NOTIFY without a code-200 report:\n" + notify);
            return List.of();
        }
        List<DtmfDigit> out = new ArrayList<>();
        for (char c : digits.group(1).toCharArray()) {
            out.add(new DtmfDigit(Character.toUpperCase(c), -1, DtmfMethod.SIP_KPML));
        }
        return out;
    }
}
