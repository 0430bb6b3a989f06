package org.appealpacket.examples.bench;

/** A JVM that starts and exits: the cold-start baseline. */
public final class Idle {
    private Idle() {
    }

    public static void main(String[] args) {
        // Nothing: the time measured is the JVM's own start and exit.
    }
}
