package org.trustledger.adapters.web.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.domain.InvalidValueException;

/** Lets managers see which auditor read what, and when. */
@RestController
class AccessLogController {
    private final AccessLog log;

    AccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/access-log")
    List<AccessLog.Entry> recent(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidValueException("limit", "limit must be between 1 and 1000");
        }
        return log.recent(limit);
    }
}
