package org.appealpacket.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-scope SLF4J 2 binding (registered in {@code META-INF/services}) that records every log
 * line, at every level, while a {@link #capture} is running, together with every
 * {@code java.util.logging} record (FreeMarker and the JDK log there). Outside a capture every
 * level is off, so the rest of the test suite logs nothing and keeps nothing.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
    private static volatile @Nullable List<String> recording;

    /**
     * Runs {@code work} with every log line recorded; the lines are formatted as
     * {@code LEVEL logger: message} followed by the messages of any throwable and its causes.
     */
    static synchronized List<String> capture(Runnable work) {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level rootLevel = root.getLevel();
        Handler jul = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String message = r.getMessage();
                if (r.getParameters() != null && message != null) {
                    message = java.text.MessageFormat.format(message, r.getParameters());
                }
                lines.add(format("JUL " + r.getLevel(), r.getLoggerName(), message, r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.setLevel(java.util.logging.Level.ALL);
        root.addHandler(jul);
        root.setLevel(java.util.logging.Level.ALL);
        recording = lines;
        try {
            work.run();
        } finally {
            recording = null;
            root.removeHandler(jul);
            root.setLevel(rootLevel);
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** True if SLF4J bound this provider (and not another on the class path). */
    static boolean bound() {
        return org.slf4j.LoggerFactory.getILoggerFactory() instanceof Factory;
    }

    private static String format(String level, @Nullable String logger, @Nullable String message, @Nullable Throwable t) {
        StringBuilder b = new StringBuilder(level).append(' ').append(logger).append(": ").append(message);
        for (Throwable x = t; x != null; x = x.getCause()) {
            b.append(" | ").append(x.getClass().getName()).append(": ").append(x.getMessage());
        }
        return b.toString();
    }

    private final Factory factory = new Factory();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class Factory implements ILoggerFactory {
        private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, CapturingLogger::new);
        }
    }

    private static final class CapturingLogger extends AbstractLogger {
        CapturingLogger(String name) {
            this.name = name;
        }

        private static boolean on() {
            return recording != null;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return CapturingLogger.class.getName();
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, @Nullable Marker marker, @Nullable String pattern,
                Object @Nullable [] arguments, @Nullable Throwable throwable) {
            List<String> lines = recording;
            if (lines != null) {
                String message = MessageFormatter.basicArrayFormat(pattern, arguments);
                lines.add(format(level.name(), name, message, throwable));
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return on();
        }

        @Override
        public boolean isTraceEnabled(@Nullable Marker marker) {
            return on();
        }

        @Override
        public boolean isDebugEnabled() {
            return on();
        }

        @Override
        public boolean isDebugEnabled(@Nullable Marker marker) {
            return on();
        }

        @Override
        public boolean isInfoEnabled() {
            return on();
        }

        @Override
        public boolean isInfoEnabled(@Nullable Marker marker) {
            return on();
        }

        @Override
        public boolean isWarnEnabled() {
            return on();
        }

        @Override
        public boolean isWarnEnabled(@Nullable Marker marker) {
            return on();
        }

        @Override
        public boolean isErrorEnabled() {
            return on();
        }

        @Override
        public boolean isErrorEnabled(@Nullable Marker marker) {
            return on();
        }
    }
}
