package org.appealpacket.model;

/** When the denied care happens relative to the decision; decides the plan's decision clock. */
public enum ServiceTiming {
    PRE_SERVICE,
    POST_SERVICE,
    CONCURRENT
}
