package org.voxgate.sip.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import gov.nist.javax.sip.message.SIPMessage;

/**
 * IOS {@code debug ccsip messages}: while on, every SIP message received and sent, whole, to the log
 * ({@code org.voxgate.sip.trace} at INFO, on the stack thread, like every other log line) and to the sinks
 * (consoles), which get it on one trace thread through a bounded queue, so a slow console never holds up
 * the stack: what does not fit is dropped and counted. When off, {@link #isOn()} is one volatile read.
 */
final class MessageTracer {
    static final Logger LOG = Logger.getLogger("org.voxgate.sip.trace");
    static final int QUEUE = 4096;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss.SSS zzz", Locale.ENGLISH);

    private final List<Consumer<String>> sinks = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final ThreadPoolExecutor delivery;
    private final ZoneId zone;
    private volatile boolean on;

    MessageTracer(ZoneId zone) {
        this.zone = zone;
        delivery = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "voxgate-sip-trace");
            t.setDaemon(true);
            return t;
        }, (r, executor) -> dropped.incrementAndGet());
    }

    boolean isOn() {
        return on;
    }

    void start() {
        if (!on) {
            on = true;
            LOG.info("SIP message tracing on (debug ccsip messages)");
        }
    }

    void stop() {
        sinks.clear();
        if (on) {
            on = false;
            LOG.info("SIP message tracing off");
        }
    }

    AutoCloseable addSink(Consumer<String> sink) {
        Consumer<String> registration = sink::accept; // its own identity: the same sink added twice is two registrations
        sinks.add(registration);
        return () -> sinks.remove(registration);
    }

    int sinkCount() {
        return sinks.size();
    }

    /** Traces one message if tracing is on; {@code from}/{@code to} as the stack reports them (host:port). */
    void trace(SIPMessage message, String from, String to, boolean sent, long time) {
        if (!on) {
            return;
        }
        String text = format(message.encode(), from, to, sent, time, zone);
        LOG.info(text);
        if (!sinks.isEmpty()) {
            delivery.execute(() -> deliver(text));
        }
    }

    private void deliver(String text) {
        long lost = dropped.getAndSet(0);
        for (Consumer<String> sink : sinks) {
            try {
                if (lost > 0) {
                    sink.accept("% " + lost + " SIP trace messages dropped (console too slow)");
                }
                sink.accept(text);
            } catch (RuntimeException e) {
                sinks.remove(sink);
                LOG.log(Level.FINE, "SIP trace sink failed, dropped", e);
            }
        }
    }

    void close() {
        stop();
        delivery.shutdownNow();
    }

    /** {@code host:port} as the RI writes it, with an IPv6 host bracketed ({@code [::1]:5060}). */
    static String bracketed(String hostPort) {
        int colon = hostPort == null ? -1 : hostPort.lastIndexOf(':');
        if (colon <= 0 || hostPort.startsWith("[") || hostPort.indexOf(':') == colon) {
            return hostPort;
        }
        return "[" + hostPort.substring(0, colon) + "]" + hostPort.substring(colon);
    }

    /**
     * The IOS shape: a time-stamped {@code //SIP/Msg/ccsipDisplayMsg:} line, {@code Received:} or {@code Sent:}
     * with the addresses (remote -> local, local -> remote), then the message with LF line ends; no trailing newline.
     */
    static String format(String encoded, String from, String to, boolean sent, long time, ZoneId zone) {
        StringBuilder b = new StringBuilder(encoded.length() + 128);
        b.append(STAMP.format(Instant.ofEpochMilli(time).atZone(zone))).append(": //SIP/Msg/ccsipDisplayMsg:\n");
        b.append(sent ? "Sent: " : "Received: ").append(bracketed(from)).append(" -> ").append(bracketed(to)).append('\n');
        b.append(encoded.replace("\r\n", "\n"));
        int end = b.length();
        while (end > 0 && (b.charAt(end - 1) == '\n' || b.charAt(end - 1) == '\r')) {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }
}
