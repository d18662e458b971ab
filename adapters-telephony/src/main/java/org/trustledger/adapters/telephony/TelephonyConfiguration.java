package org.trustledger.adapters.telephony;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustledger.application.port.out.CallLog;

/** The adapter's own out-port implementation, unless another module brings a shared call log. */
@Configuration(proxyBeanMethods = false)
class TelephonyConfiguration {

    @Bean
    @ConditionalOnMissingBean(CallLog.class)
    CallLog inMemoryCallLog(TelephonyProperties properties) {
        return new InMemoryCallLog(properties.callLogSize());
    }
}
