package org.voxgate.sip.internal;

import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.voxgate.api.sipua.SipMessageTrace;
import org.voxgate.api.sipua.SipStatistics;
import org.voxgate.api.sipua.SipStatisticsDTO;
import org.voxgate.sip.stack.SipStackService;

/**
 * {@link SipStatistics} and {@link SipMessageTrace} over the stack's {@link StackMonitor}. A component of its
 * own (like {@link MessageHandlerBinding}) so that the stack component keeps one job; the monitor itself is
 * created with the stack, before any listening point opens.
 */
@Component(service = {SipStatistics.class, SipMessageTrace.class})
public class MonitorServices implements SipStatistics, SipMessageTrace {
    private final StackMonitor monitor;

    @Activate
    public MonitorServices(@Reference SipStackService stack) {
        this.monitor = ((SipStackComponent) stack).monitor();
    }

    @Override
    public SipStatisticsDTO snapshot() {
        SipStatisticsDTO dto = monitor.counters.snapshot();
        dto.countingOff = !monitor.isCounting();
        return dto;
    }

    @Override
    public void clear() {
        monitor.counters.clear();
    }

    @Override
    public void start() {
        monitor.startTrace();
    }

    @Override
    public void stop() {
        monitor.stopTrace();
    }

    @Override
    public boolean isOn() {
        return monitor.tracer.isOn();
    }

    @Override
    public AutoCloseable addSink(Consumer<String> sink) {
        return monitor.tracer.addSink(sink);
    }
}
