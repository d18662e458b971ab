package org.trustledger.adapters.common.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/** Tells a person's browser reading pages from a client of the API, so each gets an answer it can show. */
public final class Pages {
    private Pages() {}

    /** A browser puts HTML first in what it accepts; a client of the API asks for JSON or for anything. */
    public static boolean wanted(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            MimeTypeUtils.sortBySpecificity(accepted);
            return !accepted.isEmpty() && MediaType.TEXT_HTML.equalsTypeAndSubtype(accepted.getFirst());
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
