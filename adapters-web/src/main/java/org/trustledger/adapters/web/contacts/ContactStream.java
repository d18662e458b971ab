package org.trustledger.adapters.web.contacts;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.trustledger.adapters.common.contact.ContactPresenter;
import org.trustledger.application.port.in.ContactLogUseCase;
import org.trustledger.application.port.in.ContactLogUseCase.ScreenedContact;

/**
 * The staff listening for contacts on this node, each with the language they read: every contact logged on any node
 * goes to each of them as one server-sent event named {@code call}, with a JSON body written in their language.
 */
@Component
class ContactStream implements SmartLifecycle {
    /** Browsers reconnect by themselves when a stream ends, so a stream need not live forever. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** The event's name: the dashboard's script listens for it, and so do scripts written against the call stream. */
    static final String EVENT = "call";

    private record Listener(SseEmitter emitter, Locale locale) {}

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ContactPresenter presenter;
    private final AutoCloseable following;
    private volatile boolean running;

    ContactStream(ContactLogUseCase contacts, ContactPresenter presenter) {
        this.presenter = presenter;
        // One subscription per node, whatever the number of browsers: the contact is screened once, then told to each.
        this.following = contacts.follow(this::publish);
    }

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
            // Sent at once, so the client knows it is listening before the first contact arrives.
            emitter.send(SseEmitter.event().comment("listening"));
        } catch (IOException e) {
            listeners.remove(listener);
        }
        return emitter;
    }

    private void publish(ScreenedContact contact) {
        for (Listener listener : listeners) {
            try {
                listener.emitter()
                        .send(SseEmitter.event()
                                .name(EVENT)
                                .id(contact.contact().key().contactId())
                                .data(presenter.present(contact, listener.locale()), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                // The client went away; one closed tab must not keep the others from hearing the contact.
                listeners.remove(listener);
            }
        }
    }

    int listening() {
        return listeners.size();
    }

    @PreDestroy
    void unfollow() throws Exception {
        following.close();
    }
}
