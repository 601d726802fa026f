package io.outeract.adapters.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every line a logger and those below it write during one test, at DEBUG and up, so that a test
 * can say that no secret nor what was said ever reaches a log. Register it with
 * {@code @RegisterExtension}; the logger's level is put back after the test.
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;

    public CapturedLogs(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        lines.start();
        logger.addAppender(lines);
    }

    @Override
    public void afterEach(ExtensionContext test) {
        logger.detachAppender(lines);
        logger.setLevel(levelBefore);
    }

    public List<ILoggingEvent> lines() {
        return lines.list;
    }

    /** Each line's message, without the causes of what it logged. */
    public List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Each line's message and its causes' messages, which a secret could hide in too. */
    public String everything() {
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent line : lines.list) {
            logged.add(line.getFormattedMessage());
            for (IThrowableProxy cause = line.getThrowableProxy(); cause != null;
                    cause = cause.getCause()) {
                logged.add(cause.getMessage());
            }
        }
        return String.join("\n", logged);
    }
}
