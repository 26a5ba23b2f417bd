package org.voxgate.sip.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javax.sip.ListeningPoint;
import javax.sip.SipProvider;

import org.voxgate.spi.transport.ListeningPointHandle;

/** A listening point with its own provider; closing detaches both from the stack once. */
final class OpenListeningPoint implements ListeningPointHandle {
    final ListeningPoint listeningPoint;
    final SipProvider provider;
    private final Consumer<OpenListeningPoint> closer;
    private final AtomicBoolean closed = new AtomicBoolean();

    OpenListeningPoint(ListeningPoint listeningPoint, SipProvider provider, Consumer<OpenListeningPoint> closer) {
        this.listeningPoint = listeningPoint;
        this.provider = provider;
        this.closer = closer;
    }

    @Override
    public String transport() {
        return listeningPoint.getTransport().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String address() {
        return listeningPoint.getIPAddress();
    }

    @Override
    public int port() {
        return listeningPoint.getPort();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closer.accept(this);
        }
    }

    @Override
    public String toString() {
        return transport() + " " + address() + ":" + port();
    }
}
