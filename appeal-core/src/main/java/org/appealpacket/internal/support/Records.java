package org.appealpacket.internal.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Reading and copying records by their components, so that a component added later is never missed. */
public final class Records {
    private Records() {
    }

    /** The value of one component of a record. */
    public static @Nullable Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /**
     * A copy of a record with one component changed and every other component carried over,
     * through the canonical constructor (so its checks and copies run as for any new record).
     *
     * @throws IllegalArgumentException if the record has no such component
     */
    public static <R extends Record> R with(R record, String component, @Nullable Object value) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) record.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                values[i] = value;
                found = true;
            } else {
                values[i] = read(components[i], record);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        }
    }
}
