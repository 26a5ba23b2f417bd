package org.voxgate.spi.media;

/**
 * The two legs of a relayed call. {@link #A} is the caller's leg (IOS "Answer"), {@link #B} the callee's
 * (IOS "Originate"). Each leg has its own relay ports: its peer sends to them and receives from them.
 */
public enum MediaLeg {
    A, B;

    public MediaLeg other() {
        return this == A ? B : A;
    }
}
