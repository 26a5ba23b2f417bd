package org.voxgate.call.internal;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.voxgate.sip.stack.SipMessageHandler;
import org.voxgate.sip.stack.SipStackService;

/**
 * The call core: every request the stack lets through arrives here. Calls (dial peers, B2BUA) are
 * not built yet, so every request is answered out of dialog.
 */
@Component(immediate = true, service = SipMessageHandler.class)
public class CallCore implements SipMessageHandler {

    @Reference
    private SipStackService stack;

    private OutOfDialogResponder outOfDialog;

    @Activate
    void activate() {
        outOfDialog = new OutOfDialogResponder(stack);
    }

    @Override
    public void processRequest(RequestEvent event) {
        try {
            outOfDialog.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot answer " + event.getRequest().getMethod(), e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        // no client transactions yet: a stray response is dropped (RFC 3261 18.1.2)
    }
}
