package org.entente.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * The application's logging, set up in code: warnings and errors to stderr, Drools, KIE and Javalin silent (Drools
 * logs a great deal at INFO and reports rule compile errors that Entente reports once, as one line; serve reports
 * what Javalin would log as a one-line error or a JSON body). logback finds this class through
 * {@code META-INF/services} before it would search the class path for a logback.xml and parse it, which cost
 * every command a few hundred classes and an XML parser at start-up. The CLI's {@code --verbose} lowers the levels
 * at run time.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietLogging extends ContextAwareBase implements Configurator {

    /** Loggers that stay off unless --verbose asks for them. */
    static final List<String> SILENCED = List.of("org.drools", "org.kie", "io.javalin");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        SILENCED.forEach(name -> context.getLogger(name).setLevel(Level.OFF));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
