package org.voxgate.spi.registrar;

import java.util.List;

/**
 * The registrar's answer to one REGISTER.
 *
 * @param status          SIP status (200, 400, 401, 403, 423, 500, 503 ...)
 * @param reason          reason phrase, or null for the standard one
 * @param bindings        for 200: every current binding of the AOR (listed as Contact with its remaining expires)
 * @param minExpires      for 423: the Min-Expires value; else null
 * @param wwwAuthenticate for 401: the WWW-Authenticate header value; else null
 */
public record RegisterResult(int status, String reason, List<Binding> bindings, Integer minExpires, String wwwAuthenticate) {

    public RegisterResult {
        bindings = bindings == null ? List.of() : List.copyOf(bindings);
    }

    public static RegisterResult ok(List<Binding> bindings) {
        return new RegisterResult(200, null, bindings, null, null);
    }

    public static RegisterResult failure(int status, String reason) {
        return new RegisterResult(status, reason, List.of(), null, null);
    }
}
