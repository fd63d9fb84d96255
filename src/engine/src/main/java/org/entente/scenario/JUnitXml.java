package org.entente.scenario;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.InputError;
import org.entente.io.AtomicFile;
import org.entente.io.PathNames;
import org.entente.result.ScenarioResult;

/** Writes scenario results as a JUnit XML report, the format Jenkins, GitLab and most CI servers read. */
public final class JUnitXml {

    private JUnitXml() {
    }

    /**
     * Writes through a temporary file moved into place: never a half-written report.
     *
     * @param skipped scenarios that ran but make no claims (no expect)
     */
    public static void write(Path target, List<ScenarioResult> results, List<ScenarioResult> skipped) {
        StringWriter xml = new StringWriter();
        try {
            write(xml, results, skipped);
        } catch (XMLStreamException e) {
            throw new InputError(PathNames.display(target), "cannot write the JUnit report: " + e.getMessage());
        }
        AtomicFile.write(target, xml.toString());
    }

    static void write(Writer out, List<ScenarioResult> results, List<ScenarioResult> skipped)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "entente scenarios");
        xml.writeAttribute("tests", String.valueOf(results.size() + skipped.size()));
        xml.writeAttribute("failures", String.valueOf(results.stream()
                .filter(result -> result.error() == null && !result.failures().isEmpty()).count()));
        xml.writeAttribute("errors", String.valueOf(results.stream().filter(result -> result.error() != null).count()));
        xml.writeAttribute("skipped", String.valueOf(skipped.size()));
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
        for (ScenarioResult result : skipped) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", result.file());
            xml.writeAttribute("name", result.name());
            xml.writeAttribute("time", seconds(result.seconds()));
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", "no expect");
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
