package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageTracerTest {
    private static final long TIME = 1_764_528_957_009L; // 2025-11-30T18:55:57.009Z
    private final MessageTracer tracer = new MessageTracer(ZoneOffset.UTC);
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord r) { logged.add(r.getLevel() + " " + r.getMessage()); }
        @Override public void flush() {}
        @Override public void close() {}
    };

    @BeforeEach
    void listen() {
        MessageTracer.LOG.addHandler(capture);
    }

    @AfterEach
    void close() {
        MessageTracer.LOG.removeHandler(capture);
        tracer.close();
    }

    @Test
    void formatIsTheIosShapeWithUnixLineEnds() {
        String text = MessageTracer.format(Messages.request("OPTIONS", "z9hG4bK1").encode(),
                "127.0.0.1:5070", "127.0.0.1:5060", false, TIME, ZoneOffset.UTC);
        assertThat(text).isEqualTo("""
                Nov 30 18:55:57.009 Z: //SIP/Msg/ccsipDisplayMsg:
                Received: 127.0.0.1:5070 -> 127.0.0.1:5060
                OPTIONS sip:100@127.0.0.1:5060 SIP/2.0
                Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1
                Max-Forwards: 70
                From: <sip:a@127.0.0.1>;tag=1
                To: <sip:100@127.0.0.1>
                Call-ID: call-z9hG4bK1@127.0.0.1
                CSeq: 1 OPTIONS
                Content-Length: 0""");
    }

    @Test
    void sentMessagesSayFromLocalToRemoteAndDayIsSpacePadded() {
        String text = MessageTracer.format("SIP/2.0 200 OK\r\n\r\n", "127.0.0.1:5060", "127.0.0.1:5070", true,
                1_772_409_600_000L, ZoneId.of("UTC")); // 2026-03-02T00:00Z
        assertThat(text).isEqualTo("Mar  2 00:00:00.000 UTC: //SIP/Msg/ccsipDisplayMsg:\nSent: 127.0.0.1:5060 -> 127.0.0.1:5070\nSIP/2.0 200 OK");
    }

    @Test
    void ipv6HostsAreBracketed() {
        assertThat(MessageTracer.bracketed("0:0:0:0:0:0:0:0:5060")).isEqualTo("[0:0:0:0:0:0:0:0]:5060");
        assertThat(MessageTracer.bracketed("[::1]:5060")).isEqualTo("[::1]:5060");
        assertThat(MessageTracer.bracketed("127.0.0.1:5060")).isEqualTo("127.0.0.1:5060");
        assertThat(MessageTracer.bracketed("host")).isEqualTo("host");
    }

    @Test
    void offTracesNothing() {
        List<String> console = new CopyOnWriteArrayList<>();
        tracer.addSink(console::add);
        tracer.trace(Messages.request("OPTIONS", "z9hG4bK1"), "a:1", "b:2", false, TIME);
        assertThat(tracer.isOn()).isFalse();
        assertThat(logged).isEmpty();
        assertThat(console).isEmpty();
    }

    @Test
    void onLogsAtInfoAndFeedsEverySinkUntilStopped() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        tracer.start();
        AutoCloseable handle = tracer.addSink(console::add);
        tracer.trace(Messages.request("OPTIONS", "z9hG4bK1"), "a:1", "b:2", false, TIME);
        assertThat(logged).anySatisfy(l -> assertThat(l).startsWith("INFO ").contains("Received: a:1 -> b:2\nOPTIONS sip:100@"));
        awaitSize(console, 1);
        assertThat(console.get(0)).contains("OPTIONS sip:100@127.0.0.1:5060 SIP/2.0");
        handle.close();
        tracer.trace(Messages.request("BYE", "z9hG4bK2"), "a:1", "b:2", true, TIME);
        assertThat(logged).anySatisfy(l -> assertThat(l).contains("Sent: a:1 -> b:2\nBYE"));
        tracer.addSink(console::add);
        tracer.stop();
        assertThat(tracer.sinkCount()).isZero();
        assertThat(tracer.isOn()).isFalse();
        TimeUnit.MILLISECONDS.sleep(100);
        assertThat(console).hasSize(1);
    }

    @Test
    void aFailingSinkIsDroppedAndTheOthersGoOn() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        tracer.start();
        tracer.addSink(t -> {
            throw new IllegalStateException("console gone");
        });
        tracer.addSink(console::add);
        tracer.trace(Messages.request("OPTIONS", "z9hG4bK1"), "a:1", "b:2", false, TIME);
        tracer.trace(Messages.request("OPTIONS", "z9hG4bK2"), "a:1", "b:2", false, TIME);
        awaitSize(console, 2);
        assertThat(tracer.sinkCount()).isEqualTo(1);
    }

    private static void awaitSize(List<String> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (list.size() < size && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(list).hasSize(size);
    }
}
