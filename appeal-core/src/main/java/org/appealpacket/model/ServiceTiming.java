package org.appealpacket.model;

/** When the denied care happens relative to the decision; decides the plan's decision clock. */
public enum ServiceTiming {
    /** The care has not happened yet (a prior authorization request). */
    PRE_SERVICE,
    /** The care has happened (a claim). */
    POST_SERVICE,
    /** The care is ongoing (a stay or a course of treatment under way). */
    CONCURRENT
}
