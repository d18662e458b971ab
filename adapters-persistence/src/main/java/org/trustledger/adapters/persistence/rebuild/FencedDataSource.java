package org.trustledger.adapters.persistence.rebuild;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source whose connections each pass a {@link ConnectionFence} when taken and leave it when closed. */
public final class FencedDataSource extends DelegatingDataSource {
    private final ConnectionFence fence;

    public FencedDataSource(DataSource target, ConnectionFence fence) {
        super(target);
        this.fence = fence;
    }

    public ConnectionFence fence() {
        return fence;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return fenced(fence.pass(), () -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return fenced(fence.pass(), () -> obtainTargetDataSource().getConnection(username, password));
    }

    private interface Opening {
        Connection open() throws SQLException;
    }

    private static Connection fenced(Runnable leave, Opening opening) throws SQLException {
        Connection target;
        try {
            target = opening.open();
        } catch (SQLException | RuntimeException e) {
            leave.run();
            throw e;
        }
        AtomicBoolean left = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                FencedDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        try {
                            target.close();
                        } finally {
                            if (left.compareAndSet(false, true)) {
                                leave.run();
                            }
                        }
                        return null;
                    }
                    if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(target)) {
                        return target;
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
