package org.trustledger.adapters.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration web slice tests start from, since this module has no application class of its own. */
@SpringBootApplication
class WebTestApplication {}
