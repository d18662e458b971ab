package org.trustledger.architecture.planted.appframeworks.application.axon;

import jakarta.servlet.http.HttpServletRequest;

/** Violation: the web in the application. */
public class ProjectionUsingServlet {
    void on(HttpServletRequest request) {}
}
