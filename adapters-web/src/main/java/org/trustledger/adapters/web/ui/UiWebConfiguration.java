package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * One language at a time, Japanese first: a person's choice ({@code ?lang=en} on any page) is kept in a cookie;
 * without one, the request's {@code Accept-Language} picks Japanese or English, and anything else gets Japanese.
 */
@Configuration(proxyBeanMethods = false)
public class UiWebConfiguration implements WebMvcConfigurer {
    static final String LANGUAGE_PARAMETER = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("trustledger-lang") {
            @Override
            public void setLocaleContext(
                    HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
                Locale chosen = localeContext != null ? localeContext.getLocale() : null;
                super.setLocaleContext(
                        request, response, chosen == null ? null : new SimpleLocaleContext(supported(chosen)));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(UiWebConfiguration::fromHeader);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The first supported language of the header, in the client's order of preference; Japanese when none is. */
    static Locale fromHeader(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best != null ? best : Locale.JAPANESE;
        } catch (IllegalArgumentException malformed) {
            return Locale.JAPANESE;
        }
    }

    /** A supported language, so that a cookie or parameter naming another one cannot leave the page half-translated. */
    static Locale supported(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH
                : Locale.JAPANESE;
    }
}
