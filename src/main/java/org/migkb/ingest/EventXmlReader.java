package org.migkb.ingest;

import org.migkb.facts.EventRecord;
import org.migkb.facts.Provenance;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows event logs exported as XML: {@code wevtutil qe LOG /f:xml}, which writes bare
 * {@code <Event>} elements one after another, and Event Viewer's "Save as XML", which wraps
 * them in an {@code <Events>} document. Streamed with StAX, DTDs and external entities disabled.
 * Each event is cited by the line its {@code <Event>} element starts on.
 */
public final class EventXmlReader implements FormatReader {

    static final String NAMESPACE = "http://schemas.microsoft.com/win/2004/08/events/event";
    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");
    /** Keywords bits that mark audit events (the Security log's classic audit types). */
    private static final long AUDIT_SUCCESS = 0x0020000000000000L;
    private static final long AUDIT_FAILURE = 0x0010000000000000L;

    private static final XMLInputFactory FACTORY = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    @Override
    public String format() {
        return "event-log-xml";
    }

    @Override
    public boolean recognises(Preview preview) {
        String start = String.join("\n", preview.lines());
        return start.contains(NAMESPACE) && start.contains("<Event");
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        try (BufferedReader text = preview.encoding().openReader(source)) {
            // wevtutil writes a sequence of root elements: give them one root, after any declaration.
            text.mark(4096);
            char[] start = new char[4096];
            int n = Math.max(0, text.read(start));
            text.reset();
            String head = new String(start, 0, n);
            Matcher declaration = DECLARATION.matcher(head);
            int skip = declaration.find() ? declaration.end() : 0;
            text.skip(skip);
            int declarationLines = (int) head.substring(0, skip).chars().filter(c -> c == '\n').count();
            Reader wrapped = new ConcatenatedReader(List.of(new StringReader("<migkb-events>"), text,
                    new StringReader("</migkb-events>")));
            readEvents(wrapped, declarationLines, name, sink);
        }
    }

    private void readEvents(Reader reader, int lineOffset, String name, FactSink sink) throws IOException {
        XMLStreamReader xml = null;
        int line = 0;
        try {
            xml = FACTORY.createXMLStreamReader(reader);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Event")) {
                    line = xml.getLocation().getLineNumber() + lineOffset;
                    sink.record();
                    Provenance at = Provenance.ofLine(name, line);
                    EventRecord event = readEvent(xml, at, sink);
                    if (event != null) {
                        sink.fact(event);
                    }
                }
            }
        } catch (XMLStreamException e) {
            int at = e.getLocation() != null ? e.getLocation().getLineNumber() + lineOffset : line;
            sink.warn(Provenance.ofLine(name, at), "malformed XML (" + Excerpt.message(firstLine(e.getMessage()))
                    + "); the rest of the file was not read");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed
                }
            }
        }
    }

    /** What one {@code <Event>} element says, filled in as its children are read. */
    private static final class EventFields {
        String provider = "";
        String eventId = "";
        String level = "";
        String renderedLevel;
        String keywords = "";
        String task = "";
        String time = "";
        String computer = "";
        String user = "";
        String message;
        final List<String> data = new ArrayList<>();

        /**
         * Elements whose text is the value; the others carry attributes, children, or nothing
         * migkb uses. In RenderingInfo, Keywords and Task hold child elements.
         */
        boolean takesText(String element, boolean inRendering) {
            return switch (element) {
                case "Level", "Message" -> true;
                case "EventID", "Keywords", "Task", "Computer", "Data" -> !inRendering;
                default -> false;
            };
        }

        void text(String element, String value, boolean inRendering) {
            switch (element) {
                case "EventID" -> eventId = value;
                case "Level" -> {
                    if (inRendering) {
                        renderedLevel = value;
                    } else {
                        level = value;
                    }
                }
                case "Keywords" -> keywords = value;
                case "Task" -> task = value;
                case "Computer" -> computer = value;
                case "Data" -> data.add(value);
                case "Message" -> message = value;
                default -> throw new IllegalArgumentException(element);
            }
        }

        void attributes(String element, XMLStreamReader xml) {
            switch (element) {
                case "Provider" -> provider = attribute(xml, "Name", provider);
                case "TimeCreated" -> time = attribute(xml, "SystemTime", time);
                case "Security" -> user = attribute(xml, "UserID", user);
                default -> {
                    // nothing migkb uses
                }
            }
        }
    }

    /** Reads one {@code <Event>} up to its end tag; null (with a warning) when it lacks what an event needs. */
    private static EventRecord readEvent(XMLStreamReader xml, Provenance at, FactSink sink) throws XMLStreamException {
        EventFields fields = new EventFields();
        boolean inRendering = false;
        String tooLong = null; // why the event is skipped: an element's text past the cell bound
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                inRendering &= !xml.getLocalName().equals("RenderingInfo");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                inRendering |= element.equals("RenderingInfo");
                fields.attributes(element, xml);
                if (fields.takesText(element, inRendering)) {
                    String value = xml.getElementText(); // consumes the end tag
                    if (value.length() > InputLimits.CELL_CHARS) {
                        tooLong = tooLong != null ? tooLong : element + " holds " + value.length() + " characters, more than the "
                                + InputLimits.CELL_CHARS + " a value may have (-Dmigkb.maxCellChars); event skipped";
                    } else {
                        fields.text(element, value.strip(), inRendering);
                    }
                } else {
                    depth++;
                }
            }
        }
        if (tooLong != null) {
            sink.warn(at, tooLong);
            return null;
        }
        if (fields.provider.isEmpty() || !fields.eventId.matches("\\d{1,10}")) {
            sink.warn(at, "event without a provider name or a numeric EventID; skipped");
            return null;
        }
        if (!sink.wantsEvent(fields.provider, (int) (Long.parseLong(fields.eventId) & 0xFFFF))) {
            return null; // counted as a record; no rule can use it
        }
        String type = fields.renderedLevel != null ? fields.renderedLevel : typeOf(fields.level, fields.keywords);
        String description = fields.message != null ? fields.message : String.join("\n", fields.data);
        return new EventRecord(fields.provider, fields.provider.toUpperCase(Locale.ROOT),
                (int) (Long.parseLong(fields.eventId) & 0xFFFF), type,
                fields.task.isEmpty() || fields.task.equals("0") ? "None" : fields.task, fields.time, fields.computer,
                fields.user, description, fields.data, at);
    }

    private static String typeOf(String level, String keywords) {
        long bits = 0;
        try {
            bits = keywords.startsWith("0x") ? Long.parseUnsignedLong(keywords.substring(2), 16) : 0;
        } catch (NumberFormatException ignored) {
            // no usable keywords: the level decides
        }
        if ((bits & AUDIT_SUCCESS) != 0) {
            return "Audit Success";
        }
        if ((bits & AUDIT_FAILURE) != 0) {
            return "Audit Failure";
        }
        return level.matches("\\d+") ? EventLevels.ofLevel(level) : "Information";
    }

    private static String attribute(XMLStreamReader xml, String attribute, String otherwise) {
        String value = xml.getAttributeValue(null, attribute);
        return value != null ? value : otherwise;
    }

    /** Reads several readers one after the other. */
    private static final class ConcatenatedReader extends Reader {
        private final List<Reader> parts;
        private int current;

        ConcatenatedReader(List<Reader> parts) {
            this.parts = parts;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (current < parts.size()) {
                int n = parts.get(current).read(buffer, offset, length);
                if (n > 0) {
                    return n;
                }
                current++;
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            for (Reader part : parts) {
                part.close();
            }
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int newline = m.indexOf('\n');
        return (newline < 0 ? m : m.substring(newline + 1)).strip();
    }
}
