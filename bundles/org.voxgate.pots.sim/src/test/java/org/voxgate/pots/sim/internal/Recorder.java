package org.voxgate.pots.sim.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.voxgate.spi.port.PortCallListener;

/** Records what a port reports: "alerting", "answered", "released 88". */
final class Recorder implements PortCallListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile String sdp;

    @Override
    public void alerting() {
        events.add("alerting");
    }

    @Override
    public void answered(String sdp) {
        this.sdp = sdp;
        events.add("answered");
    }

    @Override
    public void released(int q850Cause) {
        events.add("released " + q850Cause);
    }
}
