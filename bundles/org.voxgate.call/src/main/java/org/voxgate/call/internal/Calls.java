package org.voxgate.call.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Index of the calls in progress: by dialog (Call-ID + our tag) for in-dialog requests of either leg, and by
 * the inbound INVITE (Call-ID + caller's tag) for CANCEL. Keys are removed when the call ends.
 */
final class Calls {
    private final Map<String, Call> byDialog = new ConcurrentHashMap<>();
    private final Map<String, Call> byInvite = new ConcurrentHashMap<>();
    private final Set<Call> active = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong(0x11);
    private final AtomicLong attempted = new AtomicLong();

    String nextId() {
        attempted.incrementAndGet();
        return Long.toHexString(ids.getAndIncrement()).toUpperCase();
    }

    long attempted() {
        return attempted.get();
    }

    void add(Call call, String inviteKey) {
        active.add(call);
        if (inviteKey != null) {
            byInvite.put(inviteKey, call);
        }
    }

    void addDialog(String dialogKey, Call call) {
        byDialog.put(dialogKey, call);
    }

    void removeDialog(String dialogKey, Call call) {
        byDialog.remove(dialogKey, call);
    }

    Call byDialog(String callId, String localTag) {
        return localTag == null ? null : byDialog.get(Leg.key(callId, localTag));
    }

    Call byInvite(String callId, String fromTag) {
        return byInvite.get(inviteKey(callId, fromTag));
    }

    static String inviteKey(String callId, String fromTag) {
        return callId + ';' + fromTag;
    }

    /** Forgets every key of the call. */
    void remove(Call call) {
        active.remove(call);
        if (call.inviteKey != null) {
            byInvite.remove(call.inviteKey, call);
        }
        for (String key : call.dialogKeys()) {
            byDialog.remove(key, call);
        }
    }

    List<Call> snapshot() {
        List<Call> list = new ArrayList<>(active);
        list.sort(Comparator.comparingLong(c -> c.setupTime));
        return list;
    }

    int size() {
        return active.size();
    }
}
