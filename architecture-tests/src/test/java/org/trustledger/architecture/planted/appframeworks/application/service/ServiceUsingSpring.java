package org.trustledger.architecture.planted.appframeworks.application.service;

import org.springframework.stereotype.Service;

/** Violation: a Spring stereotype in the application. */
@Service
public class ServiceUsingSpring {}
