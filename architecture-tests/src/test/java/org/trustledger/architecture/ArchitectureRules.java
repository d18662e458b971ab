package org.trustledger.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules of docs/ARCHITECTURE.md as ArchUnit rules. Each takes a {@link Layout}, so the tests can run it both on
 * Trust Ledger's classes (where it must hold) and on planted violations (where it must fail).
 */
final class ArchitectureRules {

    /** A library the domain may use besides the JDK; the reason is part of the rule so it is argued, not assumed. */
    record AllowedLibrary(String packages, String reason) {}

    /**
     * Everything the domain may use outside the JDK. Only pure, I/O-free libraries belong here; add one only with a
     * reason a reviewer can check.
     */
    static final List<AllowedLibrary> DOMAIN_LIBRARIES = List.of(new AllowedLibrary(
            "com.google.i18n.phonenumbers..",
            "libphonenumber parses, validates and formats phone numbers in memory; pure, no I/O, no framework"));

    /** Framework packages whose annotations must not appear on domain types, members or parameters. */
    static final List<String> FRAMEWORK_ANNOTATION_PACKAGES = List.of(
            "org.springframework..",
            "org.axonframework..",
            "jakarta..",
            "javax.persistence..",
            "javax.validation..",
            "javax.inject..",
            "com.fasterxml..",
            "tools.jackson..");

    private ArchitectureRules() {}

    /**
     * Rule 1, the module table: who may use whom inside the product. Only dependencies between the layers count here;
     * which libraries each layer may use is for the other rules. Every class must sit in some layer, so a new
     * package cannot slip past the table.
     */
    static ArchRule dependencyTable(Layout layout) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy(layout.domain())
                .layer("In-ports")
                .definedBy(layout.portIn())
                .layer("Out-ports")
                .definedBy(layout.portOut())
                .layer("Axon")
                .definedBy(layout.axon())
                .layer("Services")
                .definedBy(layout.service())
                // Any package under adapters is an adapter, so a new one needs no line here; that adapters do not
                // use each other is rule 4's to say.
                .layer("Adapters")
                .definedBy(layout.adapters())
                .layer("Bootstrap")
                .definedBy(layout.bootstrap())
                .whereLayer("Domain")
                .mayNotAccessAnyLayer()
                .whereLayer("In-ports")
                .mayOnlyAccessLayers("Domain")
                .whereLayer("Out-ports")
                .mayOnlyAccessLayers("Domain", "In-ports")
                .whereLayer("Axon")
                .mayOnlyAccessLayers("Domain", "In-ports", "Out-ports")
                .whereLayer("Services")
                .mayOnlyAccessLayers("Domain", "In-ports", "Out-ports", "Axon")
                .whereLayer("Adapters")
                .mayOnlyAccessLayers("Domain", "In-ports", "Out-ports")
                .whereLayer("Bootstrap")
                .mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitecture()
                .as("the module table of ARCHITECTURE.md holds between " + layout.all());
    }

    /** Rule 2: the domain is pure Java; outside the JDK it uses only {@link #DOMAIN_LIBRARIES}. */
    static ArchRule domainUsesOnlyJdkAndAllowedLibraries(Layout layout) {
        String[] allowed = Stream.concat(
                        Stream.of("java..", layout.domain()),
                        DOMAIN_LIBRARIES.stream().map(AllowedLibrary::packages))
                .toArray(String[]::new);
        String reasons = DOMAIN_LIBRARIES.stream()
                .map(library -> library.packages() + " (" + library.reason() + ")")
                .collect(Collectors.joining("; "));
        return classes()
                .that()
                .resideInAPackage(layout.domain())
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(allowed))
                .because("the domain is pure Java: the JDK's java.* packages (not javax.*, which also hosts"
                        + " non-JDK APIs) plus only these libraries: " + reasons);
    }

    /** Rule 3: the application core knows Axon's APIs but no Spring, JPA, web or Jackson. */
    static ArchRule applicationHasNoSpringJpaWebOrJackson(Layout layout) {
        return noClasses()
                .that()
                .resideInAPackage(layout.application())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.axonframework.spring..",
                        "org.axonframework.springboot..",
                        "jakarta.persistence..",
                        "javax.persistence..",
                        "org.hibernate..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "jakarta.ws.rs..",
                        "com.fasterxml.jackson..",
                        "tools.jackson..",
                        "org.axonframework.serialization.json..",
                        "org.axonframework.serialization.jackson3..")
                .because("the application may use the domain and Axon's messaging, modelling, event-sourcing and"
                        + " configuration APIs, but Spring (Axon's Spring integration included), JPA, the web and"
                        + " Jackson (Axon's Jackson serializers included) belong to adapters and bootstrap");
    }

    /**
     * Rule 4: adapters — any package under {@code adapters}, so a new one is covered without naming it here — reach
     * the core only through its ports (plus domain types), never each other (the shared {@code adapters.common} aside),
     * never bootstrap; only the persistence adapter uses Axon, to configure its storage engine.
     */
    static ArchRule adaptersUseOnlyPorts(Layout layout) {
        ArchRule onlyPorts = noClasses()
                .that()
                .resideInAPackage(layout.adapters())
                .should()
                .dependOnClassesThat(resideInAPackage(layout.application())
                        .and(not(resideInAnyPackage(layout.portIn(), layout.portOut())))
                        .as("are in the application but not in its ports"))
                .because("adapters call in-ports and implement out-ports; services and the Axon aggregate are"
                        + " wired by bootstrap");
        ArchRule notEachOther = slices().matching(layout.base() + ".adapters.(*)..")
                .namingSlices("adapter $1")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(layout.common()))
                .because("a new adapter is a new module that touches only ports and the shared adapters.common");
        ArchRule notBootstrap = noClasses()
                .that()
                .resideInAPackage(layout.adapters())
                .should()
                .dependOnClassesThat()
                .resideInAPackage(layout.bootstrap())
                .because("only bootstrap sees everything; nothing sees bootstrap");
        ArchRule onlyPersistenceUsesAxon = noClasses()
                .that()
                .resideInAPackage(layout.adapters())
                .and()
                .resideOutsideOfPackage(layout.persistence())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.axonframework..")
                .because("adapters talk to in-ports; Axon stays behind them, but for the persistence adapter's"
                        + " storage engine");
        return CompositeArchRule.of(onlyPorts)
                .and(notEachOther)
                .and(notBootstrap)
                .and(onlyPersistenceUsesAxon)
                .as("adapters reach the core only through ports and never each other");
    }

    /**
     * Rule 4c: each party is folded once, by the core. Adapters ask the audit query for a party as of a moment and for
     * its history with the status after each entry; they never fold a history themselves with the decider or the trust
     * policy, nor hold the sequenced events the fold walks.
     */
    static ArchRule adaptersDoNotFold(Layout layout) {
        String trust = layout.base() + ".domain.trust.";
        ArchRule noPolicy = noClasses()
                .that()
                .resideInAPackage(layout.adapters())
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the trust policy's fold",
                        (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getName().startsWith(trust + "TrustPolicy")
                                                && !c.getName().startsWith(trust + "TrustPolicySettings")
                                        || c.getName().equals(trust + "SequencedEvent")));
        ArchRule noDecider = noClasses()
                .that()
                .resideInAPackage(layout.adapters())
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the decider's fold",
                        call -> call.getTargetOwner().getName().equals(layout.base() + ".domain.party.PartyDecider")
                                && java.util.Set.of("replay", "evolve", "decide")
                                        .contains(call.getName())));
        return com.tngtech.archunit.lang.CompositeArchRule.of(noPolicy)
                .and(noDecider)
                .because("the core folds each party once and answers every edge from that fold")
                .as("adapters never fold a party's history");
    }

    /** The core's kept fold of each party, and the internals of the trust policy it is made of. */
    private static final java.util.Set<String> FOLD_INTERNALS = java.util.Set.of(
            "TrustFold",
            "PartyRecord",
            "TierReplay",
            "Tier",
            "Evidence",
            "EvidenceKind",
            "Totals",
            "DecayingSum",
            "Spoilers",
            "TrustReasons");

    /**
     * Rule 4d: the fold the core keeps of each party is the core's. Adapters neither read, store nor advance it — not
     * {@code TrustFold}, not the trust policy's internals it is made of, not the {@code PartyFolds} port the core reads
     * it through; the persistence adapter stores it only as part of the aggregate's snapshot, without naming it.
     */
    static ArchRule adaptersDoNotTouchTheKeptFold(Layout layout) {
        String trust = layout.base() + ".domain.trust.";
        String port = layout.base() + ".application.port.out.PartyFolds";
        return noClasses()
                .that()
                .resideInAPackage(layout.adapters())
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the core's kept fold or its internals", (com.tngtech.archunit.core.domain.JavaClass c) -> {
                            String name = c.getName();
                            int nested = name.indexOf('$');
                            String outer = nested < 0 ? name : name.substring(0, nested);
                            return outer.equals(port)
                                    || (outer.startsWith(trust)
                                            && FOLD_INTERNALS.contains(outer.substring(trust.length())));
                        }))
                .because("the core keeps one fold of each party and answers every edge from it through in-ports")
                .as("adapters never touch the core's fold of a party");
    }

    /**
     * Rule 4b, for one adapter: everything it uses of Trust Ledger is a port, a domain type, the shared
     * {@code adapters.common} or itself. Stricter than rule 4 (it names what is allowed rather than what is not), so
     * a new adapter can prove it stays at the edge.
     */
    static ArchRule adapterReachesCoreOnlyThroughPorts(Layout layout, String adapter) {
        return noClasses()
                .that()
                .resideInAPackage(adapter)
                .should()
                .dependOnClassesThat(resideInAPackage(layout.all())
                        .and(not(resideInAnyPackage(
                                adapter, layout.domain(), layout.portIn(), layout.portOut(), layout.common())))
                        .as("are in Trust Ledger but neither ports, domain, adapters.common nor " + adapter))
                .because("an adapter reaches the core only through its ports")
                .allowEmptyShould(false);
    }

    /**
     * What the e-mail adapter uses besides the JDK, Trust Ledger's ports and {@code adapters.common}; a new library in
     * it is argued here first.
     */
    static final List<AllowedLibrary> MAIL_LIBRARIES = List.of(
            new AllowedLibrary(
                    "jakarta.mail..", "Jakarta Mail's API, with Eclipse Angus Mail behind it: the IMAP client"),
            new AllowedLibrary(
                    "com.google.i18n.phonenumbers..", "libphonenumber finds the phone numbers in a signature"),
            new AllowedLibrary("org.jsoup..", "jsoup reads the text of a mail sent as HTML only"),
            new AllowedLibrary(
                    "org.springframework.boot..",
                    "Spring Boot binds the adapter's settings and shows its health on readiness"),
            new AllowedLibrary(
                    "org.springframework.context..", "Spring's configuration and lifecycle start and stop the poller"),
            new AllowedLibrary("org.springframework.beans..", "Spring finds the poller when the intake is on"),
            new AllowedLibrary("org.slf4j..", "the product's one logging API"));

    /**
     * Rule 4e, for a channel adapter: it uses only its own package, the domain's values, the application's ports,
     * {@code adapters.common}, the JDK and the libraries named for it; and nothing but bootstrap, which wires it, uses
     * it. So the adapter can be added or removed without a line changing elsewhere.
     */
    static ArchRule channelAdapterKeepsToItsOwn(Layout layout, String adapter, List<AllowedLibrary> libraries) {
        String[] allowed = Stream.concat(
                        Stream.of(
                                "java..", adapter, layout.domain(), layout.portIn(), layout.portOut(), layout.common()),
                        libraries.stream().map(AllowedLibrary::packages))
                .toArray(String[]::new);
        ArchRule usesOnlyItsOwn = classes()
                .that()
                .resideInAPackage(adapter)
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(allowed).as("are in " + String.join(", ", allowed)))
                .because("a channel adapter is its transport; the core is reached through ports only")
                .allowEmptyShould(false);
        ArchRule usedOnlyByBootstrap = noClasses()
                .that()
                .resideOutsideOfPackages(adapter, layout.bootstrap())
                .should()
                .dependOnClassesThat()
                .resideInAPackage(adapter)
                .because("only bootstrap wires an adapter; nothing else may lean on one");
        return CompositeArchRule.of(usesOnlyItsOwn)
                .and(usedOnlyByBootstrap)
                .as(adapter + " keeps to its ports, adapters.common and its libraries, and only bootstrap uses it");
    }

    /**
     * Rule 5: no cycles, neither between the top-level parts (domain, application, adapters, bootstrap) nor between
     * any two packages. The coarse rule is not implied by the fine one: a.x -> b.y and b.z -> a.w is a cycle between
     * a and b but not between packages.
     */
    static ArchRule noPackageCycles(Layout layout) {
        SliceRule parts = slices().matching(layout.base() + ".(*)..")
                .namingSlices("part $1")
                .should()
                .beFreeOfCycles();
        SliceRule packages = slices().matching(layout.base() + ".(**)")
                .namingSlices("package $1")
                .should()
                .beFreeOfCycles();
        return CompositeArchRule.of(parts).and(packages).as("no cycles between parts or packages of " + layout.all());
    }

    /**
     * Rule 6a: commands and events are immutable records, which is also what lets a switch over the sealed
     * interfaces be checked for completeness.
     */
    static ArchRule commandsAndEventsAreRecords(Layout layout) {
        return classes()
                .that()
                .implement(layout.partyCommand())
                .or()
                .implement(layout.partyEvent())
                .should()
                .beRecords()
                .because("commands and events are values; stored events are never changed");
    }

    /** Rule 6b: domain state changes only by deciding and evolving, never by setting. */
    static ArchRule noPublicSettersInDomain(Layout layout) {
        return noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(layout.domain())
                .and()
                .arePublic()
                .should()
                .haveNameMatching("set[A-Z0-9_].*")
                .because("the domain is immutable: state changes through evolve(state, event)");
    }

    /**
     * Rule 6c: no ambient state in the domain: no thread-local or scoped value decides what a constructor or a rule
     * does; what code needs is passed to it, and stored values are read through constructors that take them as stored.
     */
    static ArchRule noAmbientStateInDomain(Layout layout) {
        return noClasses()
                .that()
                .resideInAPackage(layout.domain())
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ThreadLocal.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.ScopedValue")
                .because("a switch no caller sees changes what code does; pass what it needs instead");
    }

    /** Rule 7: MapStruct mappers (and their shared configuration) translate at the edge, so they live in adapters. */
    static ArchRule mappersOnlyInAdapters(Layout layout) {
        return classes()
                .that()
                .areAnnotatedWith("org.mapstruct.Mapper")
                .or()
                .areAnnotatedWith("org.mapstruct.MapperConfig")
                .should()
                .resideInAPackage(layout.adapters())
                .because("mapping between the outside world and the core is an adapter's job")
                // a product without any mapper is fine
                .allowEmptyShould(true);
    }

    /**
     * Rule 8: no framework annotations anywhere in the domain: on types, fields, methods, constructors or parameters,
     * nor through an annotation of our own that carries one.
     */
    static ArchRule domainHasNoFrameworkAnnotations(Layout layout) {
        return classes()
                .that()
                .resideInAPackage(layout.domain())
                .should(carryNoAnnotationsFrom(FRAMEWORK_ANNOTATION_PACKAGES))
                .because("the domain is plain Java that no framework has to process");
    }

    private static ArchCondition<JavaClass> carryNoAnnotationsFrom(List<String> packages) {
        DescribedPredicate<JavaClass> frameworkType = resideInAnyPackage(packages.toArray(String[]::new));
        DescribedPredicate<JavaAnnotation<?>> frameworkAnnotation = DescribedPredicate.describe(
                "annotation from " + packages,
                annotation -> frameworkType.test(annotation.getRawType())
                        || annotation
                                .getRawType()
                                .isMetaAnnotatedWith(DescribedPredicate.describe(
                                        "framework annotation", meta -> frameworkType.test(meta.getRawType()))));
        return new ArchCondition<>("carry no annotations from " + packages) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                report(javaClass, javaClass.getAnnotations(), javaClass.getFullName(), events);
                for (JavaMember member : javaClass.getMembers()) {
                    report(javaClass, member.getAnnotations(), member.getFullName(), events);
                    if (member instanceof JavaCodeUnit codeUnit) {
                        for (JavaParameter parameter : codeUnit.getParameters()) {
                            report(
                                    javaClass,
                                    parameter.getAnnotations(),
                                    "parameter " + parameter.getIndex() + " of " + codeUnit.getFullName(),
                                    events);
                        }
                    }
                }
            }

            private void report(
                    JavaClass owner,
                    Iterable<? extends JavaAnnotation<?>> annotations,
                    String where,
                    ConditionEvents events) {
                for (JavaAnnotation<?> annotation : annotations) {
                    if (frameworkAnnotation.test(annotation)) {
                        events.add(SimpleConditionEvent.violated(
                                owner,
                                "<" + where + "> is annotated with @"
                                        + annotation.getRawType().getName() + " in " + owner.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    /**
     * Rule 10: who may do what is declared once, in the application's permission table; no chain outside
     * {@code adapters.common.security} (which turns that table into Spring Security's terms) names a role or an
     * authority itself.
     */
    static ArchRule rolesComeFromThePermissionTable(Layout layout) {
        return noClasses()
                .that()
                .resideInAPackage(layout.all())
                .and()
                .resideOutsideOfPackage(layout.base() + ".adapters.common.security..")
                .should()
                .callMethodWhere(new DescribedPredicate<JavaMethodCall>("a role or authority named by hand") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        String owner = call.getTargetOwner().getName();
                        return ROLE_NAMING_METHODS.contains(call.getName())
                                && (owner.equals(AUTHORIZED_URL) || owner.equals(AUTHORITY_MANAGER));
                    }
                })
                .because("the roles each use case needs are declared once, in the application's Permission table")
                .allowEmptyShould(true);
    }

    private static final String AUTHORIZED_URL =
            "org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer$AuthorizedUrl";
    private static final String AUTHORITY_MANAGER =
            "org.springframework.security.authorization.AuthorityAuthorizationManager";
    private static final List<String> ROLE_NAMING_METHODS =
            List.of("hasRole", "hasAnyRole", "hasAuthority", "hasAnyAuthority");

    /**
     * Rule 11: a channel adapter's security chain names its own sign-in: it calls {@code HttpSecurity.authenticationManager}
     * and takes no {@code AuthenticationManager} bean, so it never silently signs in with the web adapter's (the staff's
     * passwords), and works whether or not that adapter is deployed.
     */
    static ArchRule channelChainsNameTheirOwnSignIn(Layout layout, String adapter) {
        ArchRule ownSignIn = methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(adapter)
                .and()
                .haveRawReturnType("org.springframework.security.web.SecurityFilterChain")
                .should(
                        new ArchCondition<JavaMethod>(
                                "name their own sign-in with HttpSecurity.authenticationManager") {
                            @Override
                            public void check(JavaMethod method, ConditionEvents events) {
                                boolean names = method.getMethodCallsFromSelf().stream()
                                        .anyMatch(call -> call.getName().equals("authenticationManager")
                                                && call.getTargetOwner()
                                                        .getName()
                                                        .equals(
                                                                "org.springframework.security.config.annotation.web.builders"
                                                                        + ".HttpSecurity"));
                                events.add(new SimpleConditionEvent(
                                        method,
                                        names,
                                        method.getFullName() + (names ? " names" : " does not name")
                                                + " its own sign-in"));
                            }
                        })
                .allowEmptyShould(true);
        ArchRule noBean = noCodeUnits()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(adapter)
                .should(new ArchCondition<JavaCodeUnit>("take an AuthenticationManager") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        boolean takes = unit.getRawParameterTypes().stream()
                                .anyMatch(type -> type.isAssignableTo(
                                        "org.springframework.security.authentication.AuthenticationManager"));
                        events.add(new SimpleConditionEvent(
                                unit, takes, unit.getFullName() + (takes ? " takes" : " does not take") + " one"));
                    }
                })
                .allowEmptyShould(true);
        return CompositeArchRule.of(ownSignIn)
                .and(noBean)
                .as("the security chains of " + adapter + " name their own sign-in and take no AuthenticationManager");
    }
}
