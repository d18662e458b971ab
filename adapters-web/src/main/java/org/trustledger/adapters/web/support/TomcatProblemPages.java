package org.trustledger.adapters.web.support;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat itself refuses (a malformed URL, a bad header) never reach Spring; without this they are answered
 * with Tomcat's HTML page, naming the server. This valve answers them with a problem document instead.
 */
@Component
class TomcatProblemPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as a problem document; never a stack trace, never the server's name. */
    public static final class ProblemValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known != null ? known.getReasonPhrase() : "Error";
            try {
                // Tomcat answers these before any filter runs (a TRACE, a malformed header), so the headers go on here.
                SecurityHeaders.write(request, response);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"https://trustledger.org/problems/"
                            + (status < 500 ? "invalid-request" : "internal-error") + "\",\"title\":\"" + title
                            + "\",\"status\":" + status + ",\"detail\":\""
                            + (status < 500
                                    ? "the request is malformed (its URL, headers or encoding) and was not read"
                                    : "something went wrong on our side and nothing was recorded")
                            + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone or the response is already on its way: nothing more can be said to it.
            }
        }
    }
}
