package org.entente.scenario;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.InputError;
import org.entente.pack.Paths;

/** Writes scenario results as a JUnit XML report, the format Jenkins, GitLab and most CI servers read. */
public final class JUnitXml {

    private JUnitXml() {
    }

    /** Writes to a temporary file beside the target, then moves it into place: never a half-written report. */
    public static void write(Path target, List<ScenarioResult> results) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), ".entente-", ".xml");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                write(writer, results);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | XMLStreamException e) {
            throw new InputError(Paths.display(target), "cannot write the JUnit report: " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Best effort: the report itself was moved into place or an error was already raised.
                }
            }
        }
    }

    static void write(Writer out, List<ScenarioResult> results) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "entente scenarios");
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(results.stream()
                .filter(result -> result.error() == null && !result.failures().isEmpty()).count()));
        xml.writeAttribute("errors", String.valueOf(results.stream().filter(result -> result.error() != null).count()));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(results.stream().mapToDouble(ScenarioResult::seconds).sum()));
        for (ScenarioResult result : results) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", result.file());
            xml.writeAttribute("name", result.name() == null ? result.file() : result.name());
            xml.writeAttribute("time", seconds(result.seconds()));
            if (result.error() != null) {
                xml.writeStartElement("error");
                xml.writeAttribute("message", result.error());
                xml.writeCharacters(result.error());
                xml.writeEndElement();
            } else if (!result.failures().isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", result.failures().get(0));
                xml.writeCharacters(String.join("\n", result.failures()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
