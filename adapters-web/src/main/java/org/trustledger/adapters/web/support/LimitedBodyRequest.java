package org.trustledger.adapters.web.support;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.springframework.web.server.ResponseStatusException;

/** A request whose body, sent without a declared length, stops with a 413 once it passes the limit. */
final class LimitedBodyRequest extends HttpServletRequestWrapper {
    private ServletInputStream limited;

    LimitedBodyRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Limited(super.getInputStream());
        }
        return limited;
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Limited(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > StrictJsonConfiguration.MAX_BODY_BYTES) {
                throw new ResponseStatusException(
                        org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                        "the request body is larger than " + StrictJsonConfiguration.MAX_BODY_BYTES / 1024 + " KB");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
