package org.trustledger.architecture.planted.adapters.adapters.web;

import org.trustledger.architecture.planted.adapters.adapters.common.SharedTexts;

/** Legal: an adapter uses the shared adapters.common. */
public class WebUsingCommon {
    SharedTexts texts;
}
