package org.trustledger.adapters.telephony;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The staff listening for calls, each with the language they read: every call goes to each of them as one
 * server-sent event named {@code call}, with a JSON body written in their language.
 */
@Component
class CallStream implements SmartLifecycle {
    /** Browsers reconnect by themselves when a stream ends, so a stream need not live forever. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private record Listener(SseEmitter emitter, Locale locale) {}

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream as the product stops: an open stream is a request in flight, and the web server's
     * graceful shutdown would otherwise wait its whole grace period for streams that never end by themselves.
     */
    @Override
    public void stop() {
        running = false;
        for (Listener listener : listeners) {
            try {
                listener.emitter().complete();
            } catch (IllegalStateException alreadyDone) {
                // Completed by the client's going away at the same moment: nothing left to end.
            }
        }
        listeners.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the web server waits for the requests still in flight. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    SseEmitter listen(Locale locale) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Listener listener = new Listener(emitter, locale);
        listeners.add(listener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        try {
            // Sent at once, so the client knows it is listening before the first call rings.
            emitter.send(SseEmitter.event().comment("listening"));
        } catch (IOException e) {
            listeners.remove(listener);
        }
        return emitter;
    }

    void publish(String callId, Function<Locale, Object> event) {
        for (Listener listener : listeners) {
            try {
                listener.emitter()
                        .send(SseEmitter.event()
                                .name("call")
                                .id(callId)
                                .data(event.apply(listener.locale()), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                // The client went away; one closed tab must not keep the others from hearing the call.
                listeners.remove(listener);
            }
        }
    }

    int listening() {
        return listeners.size();
    }
}
