package org.voxgate.spi.call;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Ranked hooks on a call's way through the core. Implementations must be thread-safe, fast and must not
 * block: they run on the call's serial executor. An exception is logged and treated as "no opinion".
 */
@ConsumerType
public interface CallInterceptor {

    /**
     * After routing, before the outbound leg is placed. Return a redirect to answer the caller with it
     * instead of bridging (IOS {@code redirect ip2ip}); empty lets the call go on (the first interceptor,
     * by ranking, that returns a redirect wins).
     */
    default Optional<Redirect> onRoute(RouteContext context) {
        return Optional.empty();
    }
}
