package org.voxgate.sip.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.voxgate.sip.stack.SipMessageHandler;
import org.voxgate.sip.stack.SipStackService;

/**
 * Hands the highest-ranked {@link SipMessageHandler} to the stack. It lives apart from the stack
 * component because the handler (the call core) itself needs the stack service: one component
 * holding both references would be a service cycle. The stack comes in through the constructor so
 * that it is there before the first handler is bound. Greedy: a better-ranked handler takes over at once.
 */
@Component(immediate = true)
public class MessageHandlerBinding {
    private final SipStackComponent stack;

    @Activate
    public MessageHandlerBinding(@Reference SipStackService stack) {
        this.stack = (SipStackComponent) stack;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindHandler")
    void bindHandler(SipMessageHandler handler) {
        stack.useHandler(handler);
    }

    void unbindHandler(SipMessageHandler handler) {
        stack.dropHandler(handler);
    }
}
