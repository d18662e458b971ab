package org.trustledger.adapters.web.party;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.trustledger.adapters.common.EventTexts;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.common.contact.ContactPresenter;
import org.trustledger.adapters.common.problem.ProblemDetailsAdvice;
import org.trustledger.adapters.web.security.SecurityConfiguration;
import org.trustledger.adapters.web.support.StrictJsonConfiguration;

/**
 * A web slice of the party API: the controllers, problem handling, correlation filter and security as configured,
 * the real mappers, and in-memory fakes of the in-ports; every test class using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        properties = {
            "trustledger.admin.username=" + PartyApiTest.ADMIN,
            "trustledger.admin.password=" + PartyApiTest.ADMIN_PASSWORD,
            // The clock stands still here, so a delay would never pass: throttling has tests of its own.
            "trustledger.login-throttle.account-free-failures=100",
            "trustledger.login-throttle.address-free-failures=1000",
            // As bootstrap's application.yml, so the JSON written here is the JSON clients get.
            "spring.jackson.default-property-inclusion=non_null",
            // Printing reads a response's headers while a streamed answer (an export) may still be writing them on
            // another thread, which failed a test now and then; the assertions say what went wrong.
            "spring.test.mockmvc.print=none"
        },
        // The generated mappers and their helpers are plain components, which a web slice leaves out by default.
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern =
                                "org\\.trustledger\\.adapters\\.web\\..*(MapperImpl|EventDataMapper|UiTexts|PartyPageModel|ContactStream|DisclosedExports)"))
@Import({
    SecurityConfiguration.class,
    StrictJsonConfiguration.class,
    PartyApiTestConfiguration.class,
    ValueMappings.class,
    ReasonTexts.class,
    ContactPresenter.class,
    ProblemDetailsAdvice.class,
    EventTexts.class
})
public @interface PartyApiTest {
    String ADMIN = "admin";
    String ADMIN_PASSWORD = "secret";
}
