package org.migkb.ingest;

import org.migkb.facts.Provenance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Binary {@code .evtx} logs (Windows Vista and later): a chunked binary-XML format that migkb
 * recognises but does not read. The warning says how to export the log as XML, which it reads.
 */
public final class EvtxBinaryReader implements FormatReader {

    private static final byte[] SIGNATURE = "ElfFile\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String format() {
        return "event-log-evtx";
    }

    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public boolean recognises(Preview preview) {
        return preview.length() >= SIGNATURE.length
                && Arrays.equals(preview.head(), 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) {
        sink.warn(Provenance.ofFile(source.name()), "binary .evtx is not read; export the log as XML and give migkb"
                + " that file: wevtutil qe /lf:true \"" + source.name() + "\" /f:xml > events.xml"
                + " (or Event Viewer, Save All Events As, XML)");
    }
}
