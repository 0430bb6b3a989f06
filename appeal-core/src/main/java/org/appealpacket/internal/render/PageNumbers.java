package org.appealpacket.internal.render;

import freemarker.template.TemplateNumberModel;
import java.util.Arrays;

/**
 * The packet page numbers a letter's template model holds, as slots whose values change while the
 * letters settle, so that the model is built once per packet instead of once per pass. Each slot
 * records that a template read it: a template that read none prints the same text whatever the
 * page counts, and needs no second evaluation. Used by one thread.
 */
public final class PageNumbers {
    private final int[] values;
    private boolean read;

    /** {@code size} slots, each 0 until set. */
    public PageNumbers(int size) {
        this.values = new int[size];
    }

    /** What the model holds for slot {@code index}: a number templates can print and compare. */
    public Object slot(int index) {
        return new Slot(this, index);
    }

    /**
     * Sets a slot's value.
     *
     * @return whether it changed
     */
    public boolean set(int index, int value) {
        if (values[index] == value) {
            return false;
        }
        values[index] = value;
        return true;
    }

    /** Forgets earlier reads (before a template is evaluated). */
    public void clearRead() {
        read = false;
    }

    /** Whether a slot was read since {@link #clearRead}. */
    public boolean wasRead() {
        return read;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }

    /**
     * One slot: a {@link Number} (the model is also written as JSON, for the file ID, where it
     * reads as the plain integer) and a FreeMarker number that notes each read.
     */
    private static final class Slot extends Number implements TemplateNumberModel {
        private static final long serialVersionUID = 1L;
        private final transient PageNumbers owner;
        private final int index;

        Slot(PageNumbers owner, int index) {
            this.owner = owner;
            this.index = index;
        }

        @Override
        public Number getAsNumber() {
            owner.read = true;
            return owner.values[index];
        }

        @Override
        public int intValue() {
            return owner.values[index];
        }

        @Override
        public long longValue() {
            return intValue();
        }

        @Override
        public float floatValue() {
            return intValue();
        }

        @Override
        public double doubleValue() {
            return intValue();
        }

        @Override
        public String toString() {
            return Integer.toString(intValue());
        }
    }
}
