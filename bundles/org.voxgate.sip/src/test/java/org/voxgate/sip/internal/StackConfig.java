package org.voxgate.sip.internal;

import java.lang.annotation.Annotation;

/** The stack's configuration for tests, with the values a test changes settable one at a time. */
record StackConfig(int max_message_size, int tcp_read_timeout_ms, int max_tcp_connections, int max_server_transactions,
        int max_client_transactions, int thread_pool_size, int udp_receive_buffer, int udp_send_buffer,
        boolean message_statistics, int overload_delay_ms) implements SipStackComponent.Config {

    /** Small limits for unit tests; the overload delay is the component's default. */
    static StackConfig defaults() {
        return new StackConfig(65536, 5000, 64, 1000, 1000, 2, 65536, 65536, true, 1000);
    }

    StackConfig withThreads(int threads, int maxServerTransactions, int udpReceiveBuffer, boolean statistics) {
        return new StackConfig(max_message_size, tcp_read_timeout_ms, max_tcp_connections, maxServerTransactions,
                max_client_transactions, threads, udpReceiveBuffer, udp_send_buffer, statistics, overload_delay_ms);
    }

    StackConfig withOverloadDelay(int ms) {
        return new StackConfig(max_message_size, tcp_read_timeout_ms, max_tcp_connections, max_server_transactions,
                max_client_transactions, thread_pool_size, udp_receive_buffer, udp_send_buffer, message_statistics, ms);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return SipStackComponent.Config.class;
    }
}
