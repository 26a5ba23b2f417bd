package org.voxgate.spi.registrar;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.voxgate.spi.routing.RouteTarget;

/**
 * The gateway as registrar (SRST): the call core hands it every out-of-dialog REGISTER, parsed, and sends the
 * answer it returns; it also asks where a called number is registered before it consults the dial peers.
 * Implementations are thread-safe; {@link #register} is called on a stack thread and must not block longer
 * than the store's durable write.
 */
@ConsumerType
public interface Registrar {

    /** RFC 3261 10.3 processing of one REGISTER: the status and what the 200 (or 423, 401, ...) carries. */
    RegisterResult register(RegisterRequest request);

    /**
     * The contacts registered for {@code number}, in the order to try them (highest q first; sequential
     * forking), as route targets; empty when the number is not registered.
     */
    List<RouteTarget> locate(String number);
}
