package org.trustledger.application.port.in;

import java.time.Instant;

/** Re-assesses every party as of an instant, since evidence fades with time even when nothing new happens. */
public interface RefreshTrustUseCase {

    /** @return how many parties were re-assessed */
    int refreshAll(Instant asOf);
}
