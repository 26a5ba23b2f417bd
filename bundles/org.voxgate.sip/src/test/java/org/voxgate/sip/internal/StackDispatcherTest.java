package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.Timeout;
import javax.sip.TimeoutEvent;

import org.junit.jupiter.api.Test;
import org.voxgate.sip.stack.ClientTransactionListener;
import org.voxgate.sip.stack.SipMessageHandler;

/** Responses and timeouts of a plug-in's own client transactions go to its listener, all others to the handler. */
class StackDispatcherTest {
    private final List<String> seen = new ArrayList<>();
    private final SipMessageHandler handler = new SipMessageHandler() {
        @Override public void processRequest(javax.sip.RequestEvent e) { seen.add("handler request"); }
        @Override public void processResponse(ResponseEvent e) { seen.add("handler response"); }
        @Override public void processTimeout(TimeoutEvent e) { seen.add("handler timeout"); }
    };
    private final StackDispatcher dispatcher = new StackDispatcher(() -> handler, null, null);

    private static ClientTransaction transaction(Object applicationData) {
        return (ClientTransaction) Proxy.newProxyInstance(StackDispatcherTest.class.getClassLoader(),
                new Class<?>[] {ClientTransaction.class}, (proxy, method, args) ->
                        method.getName().equals("getApplicationData") ? applicationData : null);
    }

    @Test
    void ownTransactionsReachTheirListener() {
        ClientTransactionListener own = new ClientTransactionListener() {
            @Override public void processResponse(ResponseEvent e) { seen.add("listener response"); }
            @Override public void processTimeout(TimeoutEvent e) { seen.add("listener timeout"); }
        };
        ClientTransaction ct = transaction(own);
        dispatcher.processResponse(new ResponseEvent(this, ct, null, null));
        dispatcher.processTimeout(new TimeoutEvent(this, ct, Timeout.TRANSACTION));
        assertThat(seen).containsExactly("listener response", "listener timeout");
    }

    @Test
    void otherTransactionsAndStrayResponsesReachTheHandler() {
        ClientTransaction ct = transaction("call core data");
        dispatcher.processResponse(new ResponseEvent(this, ct, null, null));
        dispatcher.processResponse(new ResponseEvent(this, null, null, null));
        dispatcher.processTimeout(new TimeoutEvent(this, ct, Timeout.TRANSACTION));
        assertThat(seen).containsExactly("handler response", "handler response", "handler timeout");
    }

    @Test
    void aFailingListenerDoesNotEscape() {
        ClientTransactionListener failing = new ClientTransactionListener() {
            @Override public void processResponse(ResponseEvent e) { throw new IllegalStateException("boom"); }
            @Override public void processTimeout(TimeoutEvent e) { throw new IllegalStateException("boom"); }
        };
        ClientTransaction ct = transaction(failing);
        dispatcher.processResponse(new ResponseEvent(this, ct, null, null));
        dispatcher.processTimeout(new TimeoutEvent(this, ct, Timeout.TRANSACTION));
        assertThat(seen).isEmpty();
    }
}
