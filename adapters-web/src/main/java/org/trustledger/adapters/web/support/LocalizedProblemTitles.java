package org.trustledger.adapters.web.support;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem document the title of its status in the request's language (Japanese unless English is asked
 * for, as for reasons and pages), so a client can show it as it is.
 */
@RestControllerAdvice
class LocalizedProblemTitles implements ResponseBodyAdvice<Object> {
    private final MessageSource messages;

    LocalizedProblemTitles(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(messages.getMessage(
                    "problem.title." + problem.getStatus(), null, problem.getTitle(), LocaleContextHolder.getLocale()));
        }
        return body;
    }
}
