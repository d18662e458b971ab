package org.trustledger.benchmarks;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.trustledger.adapters.web.security.ApiSignIn;
import org.trustledger.adapters.web.security.LoginThrottleProperties;
import org.trustledger.application.port.out.PersonalTokens;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * What signing a request in costs, per request, with the product's own pieces: HTTP Basic through the product's
 * authentication manager (throttling, account lookup, bcrypt cost 10), a personal bearer token through the product's
 * token filter (SHA-256 and a keyed lookup), and no security at all (the bare filter chain call). Accounts and tokens
 * are kept in memory, so the numbers leave out the one indexed read a token costs against the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AuthenticationBenchmark {
    private static final String PASSWORD = "plum blossoms in march";

    private AuthenticationManager basic;
    private Filter tokens;
    private String bearer;
    private final FilterChain application = (request, response) -> Blackhole.consumeCPU(1);

    @Setup
    public void setUp() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var accounts = new MapStaffAccounts();
        accounts.add(new StaffAccounts.Account("kenji", encoder.encode(PASSWORD), StaffAccounts.Role.STAFF, true));
        // The default limits; failed guesses counted in memory, as without a database.
        basic = ApiSignIn.basic(
                accounts, encoder, new LoginThrottleProperties(null, null, null, null), Clock.systemUTC());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        bearer = "Bearer " + ApiSignIn.TOKEN_PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var store = new MapPersonalTokens();
        store.add(new PersonalTokens.Token(
                "t-1", "kenji", ApiSignIn.tokenDigest(bearer.substring(7)), "bench", Instant.now(), false));
        tokens = ApiSignIn.personalTokens(store, accounts, (request, response, e) -> {
            throw new IllegalStateException("the benchmark's token was refused");
        });
    }

    @Benchmark
    public Object basic() {
        return basic.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("kenji", PASSWORD));
    }

    @Benchmark
    public Object token() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/parties");
        request.addHeader("Authorization", bearer);
        var response = new MockHttpServletResponse();
        tokens.doFilter(request, response, application);
        return response;
    }

    @Benchmark
    public Object securityOff() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/parties");
        request.addHeader("Authorization", bearer);
        var response = new MockHttpServletResponse();
        application.doFilter(request, response);
        SecurityContextHolder.clearContext();
        return response;
    }

    private static final class MapStaffAccounts implements StaffAccounts {
        private final Map<String, Account> accounts = new ConcurrentHashMap<>();

        @Override
        public Optional<Account> find(String username) {
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public List<Account> all() {
            return List.copyOf(accounts.values());
        }

        @Override
        public boolean add(Account account) {
            return accounts.putIfAbsent(account.username(), account) == null;
        }

        @Override
        public Change change(String username, UnaryOperator<Account> change) {
            Account changed = accounts.computeIfPresent(username, (name, account) -> change.apply(account));
            return changed == null ? new Change.NoSuchAccount() : new Change.Changed(changed);
        }
    }

    private static final class MapPersonalTokens implements PersonalTokens {
        private final Map<String, Token> byDigest = new ConcurrentHashMap<>();

        @Override
        public void add(Token token) {
            byDigest.put(token.digest(), token);
        }

        @Override
        public Optional<Token> findByDigest(String digest) {
            return Optional.ofNullable(byDigest.get(digest));
        }

        @Override
        public List<Token> ofOwner(String owner) {
            return byDigest.values().stream()
                    .filter(t -> t.owner().equals(owner))
                    .toList();
        }

        @Override
        public boolean revoke(String owner, String id) {
            return false;
        }

        @Override
        public int revokeAll(String owner) {
            return 0;
        }
    }
}
