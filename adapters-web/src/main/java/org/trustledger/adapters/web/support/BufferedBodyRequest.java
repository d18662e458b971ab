package org.trustledger.adapters.web.support;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request whose body was read whole (and checked) before anybody else looked at it. Its form fields are parsed from
 * those bytes here, since the container would otherwise read them from the connection, past every limit.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private final Map<String, String[]> parameters;
    private ServletInputStream stream;

    /**
     * @throws IllegalArgumentException when the query or the form is not valid percent-encoded UTF-8
     */
    BufferedBodyRequest(HttpServletRequest request, byte[] body, boolean form) {
        super(request);
        this.body = body;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        addFields(fields, request.getQueryString());
        if (form) {
            addFields(fields, strictUtf8(body));
        }
        // Fields set by whoever wrapped the request before (none in Tomcat, whose own parse would only repeat the
        // query).
        request.getParameterMap().forEach((name, values) -> {
            if (!fields.containsKey(name)) {
                fields.put(name, List.of(values));
            }
        });
        this.parameters = Collections.unmodifiableMap(fields.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().toArray(String[]::new), (a, b) -> a, LinkedHashMap::new)));
    }

    /** The text of the bytes, refusing overlong forms, encoded surrogates and every other invalid sequence. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid UTF-8", e);
        }
    }

    private static void addFields(Map<String, List<String>> fields, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
        }
    }

    /** Percent-decoding into bytes first, so that the bytes, not a lenient decoder, decide what is valid UTF-8. */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("a truncated percent escape");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("an invalid percent escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return strictUtf8(bytes.toByteArray());
    }

    @Override
    public ServletInputStream getInputStream() {
        if (stream == null) {
            stream = new Bytes(new ByteArrayInputStream(body));
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    private static final class Bytes extends ServletInputStream {
        private final ByteArrayInputStream in;

        Bytes(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the body was already read whole; read it blocking");
        }
    }
}
