package org.trustledger.adapters.web.party;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trustledger.adapters.common.EventTexts;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.LedgerExport;
import org.trustledger.application.port.in.LedgerExport.ExportedEntry;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyId;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a party's history or the whole ledger as JSON Lines or CSV, written while the event store is read, so that
 * neither the server nor the auditor's client holds the ledger in memory. Meant for auditors once roles exist.
 */
@RestController
class ExportController {
    /** The last column, {@code text}, is the entry in the reader's language; {@code data} holds its facts. */
    static final String[] COLUMNS = {
        "partyId", "sequence", "type", "recordedAt", "recordedBy", "correlationId", "data", "text"
    };

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final LedgerExport export;
    private final FindPartiesQuery parties;
    private final EventDataMapper eventData;
    private final EventTexts eventTexts;
    private final ObjectMapper json;

    ExportController(
            LedgerExport export,
            FindPartiesQuery parties,
            EventDataMapper eventData,
            EventTexts eventTexts,
            ObjectMapper json) {
        this.export = export;
        this.parties = parties;
        this.eventData = eventData;
        this.eventTexts = eventTexts;
        this.json = json;
    }

    /** The party's stored history, oldest first, one event a line; {@code format} is {@code jsonl} or {@code csv}. */
    @GetMapping("/api/v1/parties/{partyId}/export")
    ResponseEntity<StreamingResponseBody> party(
            @PathVariable String partyId, @RequestParam(defaultValue = "jsonl") String format, Locale locale) {
        PartyId id = PartyId.of(partyId);
        Format chosen = Format.of(format);
        // Asked before the body is streamed, so that an unknown party is a 404 rather than a broken download.
        parties.get(id);
        return body(chosen, "party-" + id, sink -> export.party(id, sink), locale);
    }

    /** Every stored event of the ledger in the order stored, one a line; {@code format} is {@code jsonl} or {@code csv}. */
    @GetMapping("/api/v1/export/ledger")
    ResponseEntity<StreamingResponseBody> ledger(@RequestParam(defaultValue = "jsonl") String format, Locale locale) {
        return body(Format.of(format), "ledger", export::ledger, locale);
    }

    private ResponseEntity<StreamingResponseBody> body(
            Format format, String name, Consumer<Consumer<ExportedEntry>> source, Locale locale) {
        StreamingResponseBody body = out -> write(format, out, source, locale);
        return ResponseEntity.ok()
                .contentType(format == Format.CSV ? CSV : JSON_LINES)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + name + "." + format.name().toLowerCase(Locale.ROOT) + "\"")
                .body(body);
    }

    private void write(Format format, OutputStream out, Consumer<Consumer<ExportedEntry>> source, Locale locale)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format == Format.CSV) {
            CSVPrinter csv =
                    CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(writer);
            source.accept(e -> {
                HistoryEntry entry = e.entry();
                try {
                    csv.printRecord(
                            e.partyId(),
                            entry.sequence(),
                            entry.type(),
                            entry.recordedAt(),
                            entry.recordedBy(),
                            entry.correlationId(),
                            json.writeValueAsString(eventData.data(entry.event())),
                            eventTexts.describe(entry.event(), locale));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
            csv.flush();
        } else {
            source.accept(e -> {
                try {
                    writer.write(json.writeValueAsString(line(e, locale)));
                    writer.write('\n');
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        }
        writer.flush();
    }

    private ObjectNode line(ExportedEntry e, Locale locale) {
        HistoryEntry entry = e.entry();
        ObjectNode node = json.createObjectNode();
        node.put("partyId", e.partyId().toString());
        node.put("sequence", entry.sequence());
        node.put("type", entry.type());
        node.put("recordedAt", entry.recordedAt().toString());
        node.put("recordedBy", entry.recordedBy());
        node.put("correlationId", entry.correlationId());
        node.set("data", eventData.data(entry.event()));
        node.put("text", eventTexts.describe(entry.event(), locale));
        return node;
    }

    private enum Format {
        JSONL,
        CSV;

        static Format of(String text) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(text.strip())) {
                    return format;
                }
            }
            throw new InvalidValueException("format", "'" + text + "' is not an export format; use jsonl or csv");
        }
    }
}
