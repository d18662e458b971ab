package org.trustledger.adapters.web.ui;

import java.util.Locale;
import org.springframework.validation.BindingResult;
import org.trustledger.domain.InvalidValueException;

/** Puts a value the domain refused beside the field it belongs to, in the reader's language when the bundle has it. */
final class Forms {
    private Forms() {}

    /**
     * @param fieldOfForm the form's name for the domain's field, or null when the form has no such field
     */
    static void reject(BindingResult form, InvalidValueException e, String fieldOfForm, UiTexts texts, Locale locale) {
        String key = "ui.invalid." + e.field();
        String text = texts.message(key, locale);
        String message = text.equals(key) ? texts.error(e, locale) : text;
        if (fieldOfForm != null && form.getFieldError(fieldOfForm) == null) {
            form.rejectValue(fieldOfForm, "invalid", message);
        } else if (fieldOfForm == null) {
            form.reject("invalid", message);
        }
    }
}
