package org.trustledger.architecture.planted.mail.adapters.mail;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.mail.Message;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.trustledger.architecture.planted.mail.adapters.common.SharedPresenter;
import org.trustledger.architecture.planted.mail.application.port.in.PlantedIntake;
import org.trustledger.architecture.planted.mail.application.port.out.PlantedLog;
import org.trustledger.architecture.planted.mail.domain.PlantedSender;

/** Legal: the mail adapter uses ports, a domain value, adapters.common, the JDK and its own libraries. */
public class MailUsingPortsCommonAndLibraries {
    PlantedIntake intake;
    PlantedLog log;
    PlantedSender sender;
    SharedPresenter presenter;
    Message message;
    PhoneNumberUtil numbers;
    Health health;
    List<String> lines;
}
