package org.trustledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.architecture.Layout.TRUST_LEDGER;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule must hold for Trust Ledger's production classes and must report every violation planted under
 * {@code org.trustledger.architecture.planted}; a rule that cannot fail would prove nothing.
 */
class ArchitectureRulesTest {

    private static final String PLANTED = "org.trustledger.architecture.planted";

    /** Production classes only: test classes, the planted ones among them, stay out. */
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(TRUST_LEDGER.base());

    @Nested
    class TheImportOfProductionClasses {

        @Test
        void givenTheClasspath_whenImported_thenEveryModuleIsThereAndNoTestClass() {
            Set<String> packages =
                    PRODUCT.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

            assertThat(packages)
                    .contains(
                            "org.trustledger.domain.party",
                            "org.trustledger.domain.identity",
                            "org.trustledger.application.port.in",
                            "org.trustledger.application.port.out",
                            "org.trustledger.application.service",
                            "org.trustledger.application.axon",
                            "org.trustledger.adapters.web.party",
                            "org.trustledger.adapters.common",
                            "org.trustledger.adapters.telephony",
                            "org.trustledger.adapters.mail",
                            "org.trustledger.adapters.persistence.eventstore",
                            "org.trustledger.bootstrap")
                    .noneMatch(name -> name.startsWith("org.trustledger.architecture"));
        }
    }

    @Nested
    class DependencyTable {

        @Test
        void givenTrustLedger_thenTheModuleTableHolds() {
            ArchitectureRules.dependencyTable(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedViolations_thenEachIsReported() {
            Layout planted = planted("layers");

            assertReports(
                    ArchitectureRules.dependencyTable(planted),
                    imported(planted),
                    planted.base() + ".domain.DomainCallingAPort",
                    planted.base() + ".application.port.in.InPortLeakingOutPort",
                    planted.base() + ".application.axon.AggregateCallingService",
                    planted.base() + ".application.misc.ClassOutsideEveryLayer",
                    planted.base() + ".adapters.web.ControllerCallingService",
                    planted.base() + ".adapters.web.ControllerReachingBootstrap");
        }
    }

    @Nested
    class DomainLibraries {

        @Test
        void givenTrustLedger_thenTheDomainUsesOnlyTheJdkAndAllowedLibraries() {
            ArchitectureRules.domainUsesOnlyJdkAndAllowedLibraries(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedViolations_thenEachIsReportedAndTheAllowedLibraryIsNot() {
            Layout planted = planted("domainlibs");
            ArchRule rule = ArchitectureRules.domainUsesOnlyJdkAndAllowedLibraries(planted);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".domain.DomainUsingSlf4j",
                    planted.base() + ".domain.DomainUsingJackson",
                    planted.base() + ".domain.DomainUsingJavaxSql");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".domain.PhoneWithAllowedLibrary");
        }

        @Test
        void givenTheWhitelist_thenEveryEntryNamesItsReason() {
            assertThat(ArchitectureRules.DOMAIN_LIBRARIES).isNotEmpty().allSatisfy(library -> {
                assertThat(library.packages()).endsWith("..");
                assertThat(library.reason()).isNotBlank();
            });
        }
    }

    @Nested
    class ApplicationFrameworks {

        @Test
        void givenTrustLedger_thenTheApplicationHasNoSpringJpaWebOrJackson() {
            ArchitectureRules.applicationHasNoSpringJpaWebOrJackson(TRUST_LEDGER)
                    .check(PRODUCT);
        }

        @Test
        void givenPlantedViolations_thenEachIsReportedAndAxonIsNot() {
            Layout planted = planted("appframeworks");
            ArchRule rule = ArchitectureRules.applicationHasNoSpringJpaWebOrJackson(planted);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".application.service.ServiceUsingSpring",
                    planted.base() + ".application.axon.AggregateUsingAxonSpring",
                    planted.base() + ".application.port.out.PortUsingJackson",
                    planted.base() + ".application.port.in.PortUsingJacksonAnnotations",
                    planted.base() + ".application.axon.ProjectionUsingServlet");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".application.axon.AxonMessagingAggregate");
        }
    }

    @Nested
    class Adapters {

        @Test
        void givenTrustLedger_thenNoAdapterFoldsAHistory() {
            ArchitectureRules.adaptersDoNotFold(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenTrustLedger_thenNoAdapterTouchesTheKeptFold() {
            ArchitectureRules.adaptersDoNotTouchTheKeptFold(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedViolations_thenEachUseOfTheKeptFoldIsReportedAndTheSettingsAreNot() {
            Layout planted = planted("fold");
            ArchRule rule = ArchitectureRules.adaptersDoNotTouchTheKeptFold(planted);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".adapters.web.WebAdvancingTheFold",
                    planted.base() + ".adapters.persistence.StoreReadingPartyFolds");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".adapters.web.WebReadingTheSettings");
        }

        @Test
        void givenTrustLedger_thenAdaptersUseOnlyPortsAndNotEachOther() {
            ArchitectureRules.adaptersUseOnlyPorts(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedViolations_thenEachIsReportedAndPortsAndAxonStorageAreNot() {
            Layout planted = planted("adapters");
            ArchRule rule = ArchitectureRules.adaptersUseOnlyPorts(planted);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".adapters.web.WebCallingService",
                    planted.base() + ".adapters.web.WebUsingProjection",
                    planted.base() + ".adapters.web.WebUsingAxonFramework",
                    planted.base() + ".adapters.web.WebUsingBootstrap",
                    planted.base() + ".adapters.persistence.PersistenceUsingWeb",
                    planted.base() + ".adapters.fax.FaxUsingWeb",
                    planted.base() + ".adapters.fax.FaxCallingService",
                    planted.base() + ".adapters.fax.FaxUsingAxonFramework");
            assertDoesNotReport(
                    rule,
                    imported(planted),
                    planted.base() + ".adapters.persistence.PersistenceUsingAxonStorage",
                    planted.base() + ".adapters.web.WebUsingCommon",
                    planted.base() + ".adapters.fax.FaxUsingPortAndCommon");
        }

        @Test
        void givenTheTelephonyAdapter_thenItReachesTheCoreOnlyThroughPorts() {
            ArchitectureRules.adapterReachesCoreOnlyThroughPorts(TRUST_LEDGER, TRUST_LEDGER.telephony())
                    .check(PRODUCT);
        }

        @Test
        void givenTheSharedAdapterModule_thenItReachesTheCoreOnlyThroughPorts() {
            ArchitectureRules.adapterReachesCoreOnlyThroughPorts(TRUST_LEDGER, TRUST_LEDGER.common())
                    .check(PRODUCT);
        }

        @Test
        void givenTheMailAdapter_thenItKeepsToItsPortsAndLibrariesAndOnlyBootstrapUsesIt() {
            ArchitectureRules.channelAdapterKeepsToItsOwn(
                            TRUST_LEDGER, TRUST_LEDGER.mail(), ArchitectureRules.MAIL_LIBRARIES)
                    .check(PRODUCT);
        }

        @Test
        void givenAPlantedMailAdapter_thenWhatItMayNotUseAndWhoMayNotUseItAreReported() {
            Layout planted = planted("mail");
            ArchRule rule = ArchitectureRules.channelAdapterKeepsToItsOwn(
                    planted, planted.mail(), ArchitectureRules.MAIL_LIBRARIES);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".adapters.mail.MailUsingWeb",
                    planted.base() + ".adapters.mail.MailCallingService",
                    planted.base() + ".adapters.mail.MailUsingJdbc",
                    planted.base() + ".adapters.web.WebUsingMail");
            assertDoesNotReport(
                    rule,
                    imported(planted),
                    planted.base() + ".adapters.mail.MailUsingPortsCommonAndLibraries",
                    planted.base() + ".bootstrap.BootstrapWiringMail");
        }

        @Test
        void givenAPlantedNewAdapter_thenWhatItUsesBesidePortsIsReported() {
            Layout planted = planted("adapters");
            ArchRule rule =
                    ArchitectureRules.adapterReachesCoreOnlyThroughPorts(planted, planted.base() + ".adapters.fax..");

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".adapters.fax.FaxUsingWeb",
                    planted.base() + ".adapters.fax.FaxCallingService");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".adapters.fax.FaxUsingPortAndCommon");
        }
    }

    @Nested
    class PackageCycles {

        @Test
        void givenTrustLedger_thenNoCycles() {
            ArchitectureRules.noPackageCycles(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedCycles_thenBothThePackageAndThePartCycleAreReported() {
            Layout planted = planted("cycles");

            assertReports(
                    ArchitectureRules.noPackageCycles(planted),
                    imported(planted),
                    planted.base() + ".domain.first.FirstInCycle",
                    planted.base() + ".domain.second.SecondInCycle",
                    planted.base() + ".alpha.x.AlphaCallingBeta",
                    planted.base() + ".beta.z.BetaCallingAlpha");
        }
    }

    @Nested
    class RecordsAndSetters {

        @Test
        void givenTrustLedger_thenCommandsAndEventsAreRecords() {
            ArchitectureRules.commandsAndEventsAreRecords(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedCommandsAndEvents_thenEveryNonRecordIsReported() {
            Layout planted = planted("records");
            ArchRule rule = ArchitectureRules.commandsAndEventsAreRecords(planted);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".domain.party.MutableCommand",
                    planted.base() + ".domain.party.IndirectCommand",
                    planted.base() + ".domain.party.EnumEvent");
            assertDoesNotReport(
                    rule,
                    imported(planted),
                    planted.base() + ".domain.party.RecordedCommand",
                    planted.base() + ".domain.party.RecordedEvent");
        }

        @Test
        void givenTrustLedger_thenTheDomainHasNoPublicSetters() {
            ArchitectureRules.noPublicSettersInDomain(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenTrustLedger_thenTheDomainHasNoAmbientState() {
            ArchitectureRules.noAmbientStateInDomain(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenAPlantedThreadLocalSwitch_thenItIsReportedButPlainClassesAreNot() {
            Layout planted = planted("records");
            ArchRule rule = ArchitectureRules.noAmbientStateInDomain(planted);

            assertReports(rule, imported(planted), planted.base() + ".domain.identity.AmbientSwitch");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".domain.identity.SettlementLike");
        }

        @Test
        void givenAPlantedSetter_thenItIsReportedButLookalikesAreNot() {
            Layout planted = planted("records");
            ArchRule rule = ArchitectureRules.noPublicSettersInDomain(planted);

            assertReports(rule, imported(planted), planted.base() + ".domain.identity.MutableName.setValue");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".domain.identity.SettlementLike");
        }
    }

    @Nested
    class Mappers {

        @Test
        void givenTrustLedger_thenMappersLiveOnlyInAdapters() {
            ArchitectureRules.mappersOnlyInAdapters(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedMappers_thenThoseOutsideAdaptersAreReported() {
            Layout planted = planted("mappers");
            ArchRule rule = ArchitectureRules.mappersOnlyInAdapters(planted);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".application.service.ServiceMapper",
                    planted.base() + ".domain.DomainMapperConfig");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".adapters.web.PlantedWebMapper");
        }
    }

    @Nested
    class DomainAnnotations {

        @Test
        void givenTrustLedger_thenTheDomainCarriesNoFrameworkAnnotations() {
            ArchitectureRules.domainHasNoFrameworkAnnotations(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenPlantedAnnotations_thenEachIsReportedAndJdkAnnotationsAreNot() {
            Layout planted = planted("annotations");
            ArchRule rule = ArchitectureRules.domainHasNoFrameworkAnnotations(planted);

            assertReports(
                    rule,
                    imported(planted),
                    planted.base() + ".domain.SpringComponent",
                    planted.base() + ".domain.JacksonRecord",
                    planted.base() + ".domain.Jackson3Naming",
                    planted.base() + ".domain.ValidatedParameter",
                    planted.base() + ".domain.AxonHandlerMethod",
                    planted.base() + ".domain.DomainStereotype",
                    planted.base() + ".domain.MetaAnnotatedService");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".domain.JdkAnnotated");
        }
    }

    @Nested
    class Security {

        @Test
        void givenTrustLedger_thenEveryChainTakesItsRolesFromThePermissionTable() {
            ArchitectureRules.rolesComeFromThePermissionTable(TRUST_LEDGER).check(PRODUCT);
        }

        @Test
        void givenTheTelephonyAdapter_thenItsChainNamesItsOwnSignIn() {
            ArchitectureRules.channelChainsNameTheirOwnSignIn(TRUST_LEDGER, TRUST_LEDGER.telephony())
                    .check(PRODUCT);
        }

        @Test
        void givenPlantedChains_thenRoleNamesOutsideTheTableAreReported() {
            Layout planted = planted("security");
            ArchRule rule = ArchitectureRules.rolesComeFromThePermissionTable(planted);

            assertReports(rule, imported(planted), planted.base() + ".adapters.fax.FaxChainNamingRoles");
            assertDoesNotReport(
                    rule,
                    imported(planted),
                    planted.base() + ".adapters.common.security.PlantedAllowed",
                    planted.base() + ".adapters.fax.FaxChainWithItsOwnSignIn");
        }

        @Test
        void givenPlantedChains_thenOneOnTheWebSignInIsReported() {
            Layout planted = planted("security");
            ArchRule rule =
                    ArchitectureRules.channelChainsNameTheirOwnSignIn(planted, planted.base() + ".adapters.fax..");

            assertReports(rule, imported(planted), planted.base() + ".adapters.fax.FaxChainOnTheWebSignIn");
            assertDoesNotReport(rule, imported(planted), planted.base() + ".adapters.fax.FaxChainWithItsOwnSignIn");
        }
    }

    private static Layout planted(String example) {
        return new Layout(PLANTED + "." + example);
    }

    /** Only the planted example's own package, so examples cannot disturb each other. */
    private static JavaClasses imported(Layout planted) {
        JavaClasses classes = new ClassFileImporter().importPackages(planted.base());
        assertThat(classes).as("planted classes under " + planted.base()).isNotEmpty();
        return classes;
    }

    private static void assertReports(ArchRule rule, JavaClasses planted, String... violators) {
        EvaluationResult result = rule.evaluate(planted);

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        String report = report(result);
        for (String violator : violators) {
            assertThat(mentions(report, violator))
                    .as("violation of " + violator + " reported in:%n%s", report)
                    .isTrue();
        }
    }

    private static void assertDoesNotReport(ArchRule rule, JavaClasses planted, String... legal) {
        String report = report(rule.evaluate(planted));
        for (String name : legal) {
            assertThat(mentions(report, name))
                    .as(name + " is legal, but reported in:%n%s", report)
                    .isFalse();
        }
    }

    /** Whole names only: {@code a.Foo} is not mentioned by {@code a.FooBar}. */
    private static boolean mentions(String report, String name) {
        return Pattern.compile(Pattern.quote(name) + "(?![\\w])")
                .matcher(report)
                .find();
    }

    private static String report(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
