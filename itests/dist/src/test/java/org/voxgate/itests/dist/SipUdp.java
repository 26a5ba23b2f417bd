package org.voxgate.itests.dist;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The test UA's SIP transport and transactions over one UDP socket on 127.0.0.1: client transactions matched
 * by Via branch and retransmitted (T1 = 500 ms doubling to 4 s, RFC 3261 17.1) until a response comes, server
 * transactions absorbed (a retransmitted request gets the same response again and is not handed up twice).
 * Requests are handled on one handler thread, so a handler may itself run a client transaction.
 */
final class SipUdp implements AutoCloseable {
    private static final long T1_MS = 500;
    private static final long T2_MS = 4000;

    private final String name;
    private final DatagramSocket socket;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** Server transactions: key (branch + CSeq method) to the response sent (null while being handled). */
    private final Map<String, byte[]> answered = new ConcurrentHashMap<>();
    private final ExecutorService handler;
    private final Thread receiver;
    private final BiConsumer<SipMessage, InetSocketAddress> requests;
    private final Consumer<SipMessage> strayResponses;
    private final List<String> trace = new ArrayList<>();

    private static final class Pending {
        final CompletableFuture<SipMessage> fin = new CompletableFuture<>();
        volatile boolean provisional;
    }

    SipUdp(String name, int port, BiConsumer<SipMessage, InetSocketAddress> requests, Consumer<SipMessage> strayResponses)
            throws SocketException {
        this.name = name;
        this.socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.requests = requests;
        this.strayResponses = strayResponses;
        this.handler = Executors.newSingleThreadExecutor(r -> daemon(r, "sip-handler-" + name));
        this.receiver = daemon(this::receiveLoop, "sip-recv-" + name);
        receiver.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    void send(byte[] data, InetSocketAddress to) {
        trace(">>", to, new String(data, java.nio.charset.StandardCharsets.ISO_8859_1));
        try {
            socket.send(new DatagramPacket(data, data.length, to));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot send to " + to, e);
        }
    }

    /** Sends a response to a request and remembers it for the request's retransmissions. */
    void respond(SipMessage request, InetSocketAddress to, byte[] response) {
        answered.put(key(request), response);
        send(response, to);
    }

    /**
     * Sends the 2xx to an INVITE and retransmits it (T1 doubling to T2) until {@code acked} completes or 32 s pass
     * (RFC 3261 13.3.1.4), on a daemon thread of its own.
     */
    void respondUntilAcked(SipMessage invite, InetSocketAddress to, byte[] response, CompletableFuture<?> acked) {
        respond(invite, to, response);
        Thread t = daemon(() -> {
            long interval = T1_MS;
            for (long waited = 0; waited < 64 * T1_MS && !socket.isClosed(); waited += interval, interval = Math.min(interval * 2, T2_MS)) {
                try {
                    acked.get(interval, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException e) {
                    send(response, to);
                } catch (Exception e) {
                    return;
                }
            }
        }, "sip-2xx-" + name);
        t.start();
    }

    /** The last messages sent and received (at most 400), oldest first, for failure messages. */
    List<String> trace() {
        synchronized (trace) {
            return List.copyOf(trace);
        }
    }

    private void trace(String direction, InetSocketAddress peer, String text) {
        synchronized (trace) {
            if (trace.size() == 400) {
                trace.remove(0);
            }
            trace.add(direction + " " + peer.getPort() + " " + java.time.LocalTime.now() + "\n" + text);
        }
    }

    /**
     * Sends the request (whose top Via has this branch) and waits for its final response, retransmitting until
     * any response arrives. Throws if none comes within the timeout.
     */
    SipMessage transact(byte[] request, String branch, InetSocketAddress to, Duration timeout) {
        Pending p = new Pending();
        pending.put(branch, p);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            long interval = T1_MS;
            send(request, to);
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new IllegalStateException(name + ": no final response within " + timeout + " to:\n" + new String(request,
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                try {
                    return p.fin.get(Math.min(left, interval), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!p.provisional) {
                        send(request, to);
                        interval = Math.min(interval * 2, T2_MS);
                    } else {
                        interval = T2_MS;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pending.remove(branch);
        }
    }

    private void receiveLoop() {
        byte[] buf = new byte[65535];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                continue; // closed (loop ends) or ICMP port unreachable
            }
            if (packet.getLength() < 12) {
                continue; // keep-alive CRLFs
            }
            SipMessage m;
            try {
                m = SipMessage.parse(buf, packet.getLength());
            } catch (RuntimeException e) {
                System.err.println("[" + name + "] unparsable datagram: " + e);
                continue;
            }
            InetSocketAddress from = (InetSocketAddress) packet.getSocketAddress();
            trace("<<", from, m.raw);
            if (m.isRequest()) {
                onRequest(m, from);
            } else {
                onResponse(m);
            }
        }
    }

    private void onRequest(SipMessage m, InetSocketAddress from) {
        if (m.method().equals("ACK")) {
            requests.accept(m, from); // on this thread: a handler waiting for the call to be confirmed cannot block it
            return;
        }
        String key = key(m);
        if (answered.containsKey(key)) {
            byte[] last = answered.get(key);
            if (last.length > 0) {
                send(last, from); // retransmission: same answer, not handled twice
            }
            return;
        }
        answered.put(key, new byte[0]);
        handler.execute(() -> {
            try {
                requests.accept(m, from);
            } catch (RuntimeException e) {
                System.err.println("[" + name + "] handling " + m.method() + " failed: " + e);
            }
        });
    }

    private void onResponse(SipMessage m) {
        String branch = SipMessage.param(m.header("Via"), "branch");
        Pending p = branch == null ? null : pending.get(branch);
        if (p == null) {
            strayResponses.accept(m); // e.g. a retransmitted 200 to INVITE: the UA ACKs again
        } else if (m.status() < 200) {
            p.provisional = true;
        } else {
            p.fin.complete(m);
        }
    }

    private static String key(SipMessage request) {
        return SipMessage.param(request.header("Via"), "branch") + " " + request.cseqMethod() + " " + request.header("Call-ID");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        socket.close();
        handler.shutdownNow();
        try {
            receiver.join(5000);
            handler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
