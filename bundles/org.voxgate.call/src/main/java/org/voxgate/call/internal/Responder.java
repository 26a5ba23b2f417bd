package org.voxgate.call.internal;

import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.message.Response;

/**
 * Sends the final response to a request: through the request's server transaction, or without one
 * ({@link org.voxgate.sip.stack.SipStackService#sendWithoutTransaction}, docs/adr/0009).
 */
@FunctionalInterface
interface Responder {
    void send(Response response) throws SipException, InvalidArgumentException;
}
