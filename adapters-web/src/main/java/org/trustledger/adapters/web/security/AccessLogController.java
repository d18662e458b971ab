package org.trustledger.adapters.web.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.application.port.out.AccessLog;

/** Lets managers see which auditor read what, and when. */
@RestController
@Validated
class AccessLogController {
    private final AccessLog log;

    AccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/access-log")
    List<AccessLog.Entry> recent(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return log.recent(limit);
    }
}
