package org.trustledger.architecture.planted.domainlibs.domain;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.Instant;

/** Legal: the JDK and the whitelisted libphonenumber. */
public class PhoneWithAllowedLibrary {
    Instant at;
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
}
